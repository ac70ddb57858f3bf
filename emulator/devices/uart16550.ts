// National Semiconductor / TI PC16550D UART, as COM1 (ports 0x3F8..0x3FF).
// Register map and bit meanings from the PC16550D datasheet (TI SNLS378), Table 2 "Register
// Summary" and sections 8.x; behavioural details follow QEMU hw/char/serial.c where the datasheet
// leaves timing to the hardware.
//
//   off DLAB=0 read / write          DLAB=1
//   0   RBR (receive) / THR (send)   DLL divisor latch low
//   1   IER (bits 3:0)               DLM divisor latch high
//   2   IIR (read) / FCR (write)
//   3   LCR (bit 7 = DLAB)
//   4   MCR (bits 4:0; bit 4 = loopback)
//   5   LSR (read only)
//   6   MSR (read only; reading clears the delta bits 3:0)
//   7   SCR scratch
//
// Model:
// - Transmission is instantaneous: a THR write emits the byte at once (host.output('com1', ...)),
//   so LSR.THRE and LSR.TEMT are always 1 and the "THR empty" interrupt condition re-arms right
//   after every THR write (datasheet 8.6.3; QEMU sets thr_ipending when the byte has gone).
// - Received bytes come from `input()` (debug console) or, in loopback mode, from THR writes.
//   They wait in an unbounded queue that stands for the line + receive FIFO: the host side never
//   overruns the guest, so OE/PE/FE/BI are never set and the receiver-line-status interrupt never
//   occurs. LSR.DR = queue not empty. With FIFOs disabled (16450 mode) RBR is the queue head.
// - FIFO mode (FCR bit 0): the received-data interrupt (IIR id 0x4) asserts when the queue holds
//   at least the trigger level (1/4/8/14, FCR bits 7:6); below it and non-empty the character-
//   timeout interrupt (IIR id 0xC) asserts at once (real hardware waits 4 character times; there
//   is no line time here, so the timeout is treated as already elapsed — deterministic).
// - Loopback (MCR bit 4, datasheet 8.6.7 "MCR bit 4"): THR goes to the receiver instead of the
//   line, the external receive input is disconnected (bytes given to `input()` are dropped), and
//   the modem inputs read back the MCR outputs: CTS=RTS, DSR=DTR, RI=OUT1, DCD=OUT2, producing
//   delta bits and modem-status interrupts as usual.
// - Outside loopback the modem inputs read as a connected terminal: CTS=DSR=DCD=1, RI=0 (as QEMU).
// - Interrupt output: `irqPending()` is the 16550 INTR pin (some IER-enabled condition is pending,
//   i.e. IIR bit 0 = 0). No interrupt controller is wired yet, so nothing consumes it; on a PC the
//   MCR.OUT2 bit gates INTR onto IRQ4, which is the consumer's job (`out2()` exposes it).

import type { DeviceHost } from './device-host';
import { IoBus, IoSize, PortDevice, byteWiseRead, byteWiseWrite } from './io-bus';

export const COM1_BASE = 0x3f8;
export const COM1_IRQ = 4;

// IER bits
const IER_RDA = 0x01; // received data available
const IER_THRE = 0x02; // transmitter holding register empty
const IER_RLS = 0x04; // receiver line status (never asserts: no line errors in this model)
const IER_MS = 0x08; // modem status
// IIR interrupt identification (bits 3:0), highest priority first
const IIR_NONE = 0x01;
const IIR_RLS = 0x06; // (never reported)
const IIR_RDA = 0x04;
const IIR_TIMEOUT = 0x0c;
const IIR_THRE = 0x02;
const IIR_MS = 0x00;
const IIR_FIFO_ENABLED = 0xc0;
// LSR bits
const LSR_DR = 0x01;
const LSR_THRE = 0x20;
const LSR_TEMT = 0x40;
// LCR
const LCR_DLAB = 0x80;
// MCR
const MCR_DTR = 0x01;
const MCR_RTS = 0x02;
const MCR_OUT1 = 0x04;
const MCR_OUT2 = 0x08;
const MCR_LOOP = 0x10;
// MSR
const MSR_CTS = 0x10;
const MSR_DSR = 0x20;
const MSR_RI = 0x40;
const MSR_DCD = 0x80;
const MSR_TERI = 0x04;

const FIFO_TRIGGER = [1, 4, 8, 14];

export interface Uart16550State {
  ier: number;
  lcr: number;
  mcr: number;
  scr: number;
  dll: number;
  dlm: number;
  fcr: number;
  rbr: number;
  msrDelta: number;
  modemIn: number;
  thrPending: boolean;
  rx: number[];
}

export class Uart16550 implements PortDevice {
  private ier = 0;
  private lcr = 0;
  private mcr = 0;
  private scr = 0;
  private dll = 0x0c; // 9600 baud with the 1.8432 MHz PC clock (QEMU's reset value)
  private dlm = 0;
  /** FCR as last written with bit 0 set (bits 0 and 7:6 matter); 0 when FIFOs are disabled. */
  private fcr = 0;
  /** Last byte read from RBR (RBR keeps it when the queue runs dry). */
  private rbr = 0;
  private msrDelta = 0;
  /** Modem input lines CTS/DSR/RI/DCD in their MSR bit positions 7:4. */
  private modemIn = MSR_CTS | MSR_DSR | MSR_DCD;
  /** "THR empty" interrupt condition (cleared by reading IIR when it is the source, or writing THR). */
  private thrPending = false;
  private rx: number[] = [];
  private rxHead = 0;

  constructor(
    private readonly host: DeviceHost,
    readonly base = COM1_BASE,
    readonly name: 'com1' = 'com1',
  ) {}

  reset(): void {
    this.ier = 0;
    this.lcr = 0;
    this.mcr = 0;
    this.scr = 0;
    this.dll = 0x0c;
    this.dlm = 0;
    this.fcr = 0;
    this.rbr = 0;
    this.msrDelta = 0;
    this.modemIn = MSR_CTS | MSR_DSR | MSR_DCD;
    this.thrPending = false;
    this.rx = [];
    this.rxHead = 0;
  }

  // ---- host side -------------------------------------------------------------------------

  /** Queues received bytes (debug console input). Dropped in loopback mode; returns bytes accepted. */
  input(bytes: Uint8Array | number[] | string): number {
    if (this.mcr & MCR_LOOP) return 0;
    const arr = typeof bytes === 'string' ? Array.from(new TextEncoder().encode(bytes)) : Array.from(bytes);
    for (const b of arr) this.rx.push(b & 0xff);
    return arr.length;
  }

  /** Bytes received but not yet read by the guest. */
  rxQueued(): number {
    return this.rx.length - this.rxHead;
  }

  /** INTR output: an interrupt enabled in IER is pending (IIR bit 0 = 0). */
  irqPending(): boolean {
    return (this.iir() & 1) === 0;
  }

  /** MCR.OUT2, which gates INTR onto IRQ4 on PC hardware. */
  out2(): boolean {
    return (this.mcr & MCR_OUT2) !== 0;
  }

  // ---- port interface ----------------------------------------------------------------------

  read(port: number, size: IoSize): number {
    if (size === 1) return this.readReg(port - this.base);
    return byteWiseRead((p) => this.readReg(p - this.base), port, size, this.base + 7);
  }

  write(port: number, size: IoSize, value: number): void {
    if (size === 1) this.writeReg(port - this.base, value & 0xff);
    else byteWiseWrite((p, v) => this.writeReg(p - this.base, v), port, size, value, this.base + 7);
  }

  private readReg(off: number): number {
    switch (off) {
      case 0:
        if (this.lcr & LCR_DLAB) return this.dll;
        if (this.rxHead < this.rx.length) {
          this.rbr = this.rx[this.rxHead++];
          if (this.rxHead === this.rx.length) {
            this.rx = [];
            this.rxHead = 0;
          }
        }
        return this.rbr;
      case 1:
        return this.lcr & LCR_DLAB ? this.dlm : this.ier;
      case 2: {
        const iir = this.iir();
        // Reading IIR while "THR empty" is the reported source clears it (datasheet Table 4).
        if ((iir & 0x0f) === IIR_THRE) this.thrPending = false;
        return iir;
      }
      case 3:
        return this.lcr;
      case 4:
        return this.mcr;
      case 5:
        return (this.rxQueued() > 0 ? LSR_DR : 0) | LSR_THRE | LSR_TEMT;
      case 6: {
        const v = this.modemIn | this.msrDelta;
        this.msrDelta = 0;
        return v;
      }
      case 7:
        return this.scr;
      default:
        return 0xff;
    }
  }

  private writeReg(off: number, v: number): void {
    switch (off) {
      case 0:
        if (this.lcr & LCR_DLAB) {
          this.dll = v;
          return;
        }
        if (this.mcr & MCR_LOOP) this.rx.push(v);
        else this.host.output(this.name, [v]);
        this.thrPending = true; // sent instantly: THR empty again
        return;
      case 1:
        if (this.lcr & LCR_DLAB) {
          this.dlm = v;
          return;
        }
        // Enabling ETBEI while THR is empty raises the THRE interrupt at once (QEMU serial.c).
        if ((this.ier ^ v) & IER_THRE) this.thrPending = (v & IER_THRE) !== 0;
        this.ier = v & 0x0f;
        return;
      case 2: {
        // FCR (datasheet 8.4): bit 0 enables FIFOs and must be 1 for the other bits to take
        // effect; changing bit 0 clears both FIFOs; bit 1 clears the receive FIFO; bit 2 the
        // transmit FIFO (always empty here); bits 7:6 = receive trigger level.
        const wasEnabled = (this.fcr & 1) !== 0;
        const enable = (v & 1) !== 0;
        if (wasEnabled !== enable || (enable && v & 0x02)) this.clearRx();
        this.fcr = enable ? v & 0xc1 : 0;
        return;
      }
      case 3:
        this.lcr = v;
        return;
      case 4:
        this.mcr = v & 0x1f;
        this.updateModemInputs();
        return;
      case 7:
        this.scr = v;
        return;
      default:
        return; // LSR and MSR writes are ignored (factory test only)
    }
  }

  private clearRx(): void {
    this.rx = [];
    this.rxHead = 0;
  }

  private updateModemInputs(): void {
    let now: number;
    if (this.mcr & MCR_LOOP) {
      now =
        (this.mcr & MCR_RTS ? MSR_CTS : 0) |
        (this.mcr & MCR_DTR ? MSR_DSR : 0) |
        (this.mcr & MCR_OUT1 ? MSR_RI : 0) |
        (this.mcr & MCR_OUT2 ? MSR_DCD : 0);
    } else {
      now = MSR_CTS | MSR_DSR | MSR_DCD;
    }
    const changed = now ^ this.modemIn;
    // DCTS, DDSR, DDCD: any change; TERI: RI trailing edge (1 -> 0) only.
    let delta = (changed >> 4) & 0x0b;
    if (this.modemIn & MSR_RI && !(now & MSR_RI)) delta |= MSR_TERI;
    this.msrDelta |= delta;
    this.modemIn = now;
  }

  /** Interrupt identification by priority (datasheet Table 4). */
  private iir(): number {
    const fifo = (this.fcr & 1) !== 0;
    const hi = fifo ? IIR_FIFO_ENABLED : 0;
    const q = this.rxQueued();
    // Priority 1, receiver line status (IER_RLS -> IIR_RLS): never pending, no line errors here.
    if (this.ier & IER_RDA && q > 0) {
      if (!fifo || q >= FIFO_TRIGGER[this.fcr >> 6]) return hi | IIR_RDA;
      return hi | IIR_TIMEOUT;
    }
    if (this.ier & IER_THRE && this.thrPending) return hi | IIR_THRE;
    if (this.ier & IER_MS && this.msrDelta !== 0) return hi | IIR_MS;
    return hi | IIR_NONE;
  }

  // ---- state for reverse debugging ----------------------------------------------------------

  snapshot(): Uart16550State {
    return {
      ier: this.ier,
      lcr: this.lcr,
      mcr: this.mcr,
      scr: this.scr,
      dll: this.dll,
      dlm: this.dlm,
      fcr: this.fcr,
      rbr: this.rbr,
      msrDelta: this.msrDelta,
      modemIn: this.modemIn,
      thrPending: this.thrPending,
      rx: this.rx.slice(this.rxHead),
    };
  }

  restore(s: Uart16550State): void {
    this.ier = s.ier;
    this.lcr = s.lcr;
    this.mcr = s.mcr;
    this.scr = s.scr;
    this.dll = s.dll;
    this.dlm = s.dlm;
    this.fcr = s.fcr;
    this.rbr = s.rbr;
    this.msrDelta = s.msrDelta;
    this.modemIn = s.modemIn;
    this.thrPending = s.thrPending;
    this.rx = s.rx.slice();
    this.rxHead = 0;
  }
}

/** Creates COM1 and registers it at 0x3F8..0x3FF. */
export function attachUart(bus: IoBus, host: DeviceHost, base = COM1_BASE): Uart16550 {
  const uart = new Uart16550(host, base);
  bus.register(base, base + 7, uart, 'com1');
  return uart;
}
