// Local xAPIC of one logical processor, memory-mapped at IA32_APIC_BASE (default 0xFEE00000).
// Reference: Intel SDM Vol. 3A, chapter "Advanced Programmable Interrupt Controller (APIC)"
// (chapter 11 in current editions, chapter 10 before 2023): "Local APIC Register Address Map"
// (Table 11-1), "Local Vector Table", "APIC Timer", "Error Handling", "Issuing Interprocessor
// Interrupts", "Task and Processor Priorities", "Interrupt Acceptance for Fixed Interrupts",
// "Signaling Interrupt Servicing Completion" (EOI), "Spurious Interrupt".
//
// Scope and simplifications (all deterministic):
// - xAPIC MMIO only (no x2APIC MSRs). Relocation/global disable through IA32_APIC_BASE (MSR 0x1B)
//   belongs to the machine, which registers this device on its MmioBus.
// - Register accesses: aligned 32-bit accesses are the architectural ones. Narrower or unaligned
//   reads return the corresponding bytes of the 32-bit register (bytes 4..15 of each 16-byte slot
//   read 0); narrower or unaligned writes are ignored (the SDM calls them model specific).
//   Aligned accesses to unimplemented offsets set ESR bit 7 "illegal register address" and read 0.
// - Time: the machine supplies a monotonically increasing TSC ("now"; 1 tick per emulated
//   instruction). The APIC timer's input clock (the bus clock in the SDM) is taken to be the TSC
//   clock, so the timer decrements once every `divide` TSC ticks. Arming at TSC t0 with initial
//   count N: current count = N at t0, N-1 at t0+d, ... and the timer reaches 0 (fires) at
//   t0 + N*d. Periodic mode reloads N at that same tick (a read at a firing tick returns N, never
//   0) and fires every N*d ticks thereafter, exactly, from t0. One-shot mode stays at 0.
//   Changing the divide configuration while counting keeps the current count and continues from
//   the current tick at the new rate (the fraction of the current divided tick is dropped).
//   Changing one-shot <-> periodic does not restart the timer (SDM "APIC Timer").
// - TSC-deadline mode (LVT timer bits 18:17 = 10b) is not supported (CPUID.01H:ECX[24] should not
//   be advertised): the mode bits are stored as written so the debugger shows what the guest did,
//   but the timer is disarmed on entering that mode (as the SDM says for any TSC-deadline
//   transition), never fires, initial-count writes are ignored and the current count reads 0
//   (SDM: in TSC-deadline mode "writes to the initial-count register are ignored; and current-count
//   register always reads 0"). IA32_TSC_DEADLINE is not emulated. The reserved mode 11b is treated
//   the same way.
// - Delivery is instantaneous, so every "delivery status" bit reads 0 (idle).
// - IPIs (ICR): fixed and lowest-priority IPIs whose destination set contains this APIC (shorthand
//   self or all-including-self; physical destination == own ID or 0xFF; logical destination
//   matching LDR under the DFR flat/cluster model) set this APIC's IRR (on a uniprocessor the
//   lowest-priority target is this APIC). NMI, INIT (level assert) and start-up IPIs whose destination
//   contains this APIC (not by the self shorthand, which allows only fixed delivery) go to the CPU
//   through `onSignal` (vmx/signals.ts decides what they do, at the processor's next boundary check);
//   an INIT level de-assert has no effect. Everything else (destinations that
//   exclude this APIC, SMI and reserved delivery modes) is recorded in `ipiLog()` but not delivered.
// - Illegal vectors (0..15): a sent IPI sets ESR bit 5 (send illegal vector); any interrupt
//   received or generated locally (LVT, self-IPI) with such a vector sets ESR bit 6 (receive
//   illegal vector) and never sets an IRR bit. Every error also raises the LVT error interrupt
//   unless it is masked (an illegal vector in the LVT error entry itself only sets ESR bit 6).
// - Software disable (SVR bit 8 = 0, the reset state): all LVT entries get their mask bit set and
//   cannot be unmasked until re-enabled; IRR/ISR hold their bits and nothing is dispensed to the
//   CPU (pendingVector() = -1). Incoming fixed interrupts are still latched into IRR.
// - Only edge-triggered local sources exist; TMR is set for level-triggered fixed IPIs, and an EOI
//   for a level-triggered vector would be broadcast to I/O APICs, of which there are none.

import type { MmioDevice, MmioSize } from './mmio-bus';
import type { MmioBus } from './mmio-bus';

export const LOCAL_APIC_DEFAULT_BASE = 0xfee00000;
export const LOCAL_APIC_SIZE = 0x1000;

/** Register offsets (SDM Table "Local APIC Register Address Map"). */
export const APIC_REG = {
  ID: 0x020,
  VERSION: 0x030,
  TPR: 0x080,
  APR: 0x090,
  PPR: 0x0a0,
  EOI: 0x0b0,
  RRD: 0x0c0,
  LDR: 0x0d0,
  DFR: 0x0e0,
  SVR: 0x0f0,
  ISR: 0x100,
  TMR: 0x180,
  IRR: 0x200,
  ESR: 0x280,
  LVT_CMCI: 0x2f0,
  ICR_LO: 0x300,
  ICR_HI: 0x310,
  LVT_TIMER: 0x320,
  LVT_THERMAL: 0x330,
  LVT_PERF: 0x340,
  LVT_LINT0: 0x350,
  LVT_LINT1: 0x360,
  LVT_ERROR: 0x370,
  TIMER_INITIAL: 0x380,
  TIMER_CURRENT: 0x390,
  TIMER_DIVIDE: 0x3e0,
} as const;

/** Version register: version 0x14 (integrated xAPIC), max LVT entry 6 (7 entries incl. CMCI), no EOI-broadcast suppression. */
export const APIC_VERSION_VALUE = 0x00060014;

// ESR bits (SDM "Error Handling", Figure "Error Status Register")
export const ESR_SEND_ILLEGAL_VECTOR = 1 << 5;
export const ESR_RECV_ILLEGAL_VECTOR = 1 << 6;
export const ESR_ILLEGAL_REGISTER = 1 << 7;

export const LVT_MASKED = 1 << 16;
export const SVR_APIC_ENABLED = 1 << 8;

export const TIMER_ONE_SHOT = 0;
export const TIMER_PERIODIC = 1;
export const TIMER_TSC_DEADLINE = 2;

// LVT entries, index -> offset, and the writable bits of each (SDM Figure "Local Vector Table").
// Delivery status (bit 12) and remote IRR (bit 14) are read-only and always 0 here.
const Lvt = { Timer: 0, Thermal: 1, Perf: 2, Lint0: 3, Lint1: 4, Error: 5, Cmci: 6 } as const;
const LVT_COUNT = 7;
const LVT_OFFSETS = [0x320, 0x330, 0x340, 0x350, 0x360, 0x370, 0x2f0];
const LVT_WRITABLE = [
  0x000700ff, // timer: vector, mask, timer mode 18:17
  0x000107ff, // thermal: vector, delivery mode, mask
  0x000107ff, // performance counters
  0x0001a7ff, // LINT0: vector, delivery mode, polarity, trigger mode, mask
  0x0001a7ff, // LINT1
  0x000100ff, // error: vector, mask
  0x000107ff, // CMCI
];
const NAMES = ['timer', 'thermal', 'perf', 'lint0', 'lint1', 'error', 'cmci'];

/** ICR low writable bits: vector, delivery mode, destination mode, level, trigger mode, shorthand. */
const ICR_LO_WRITABLE = 0x000ccfff;

const DELIVERY_MODES = ['fixed', 'lowest-priority', 'SMI', 'reserved(3)', 'NMI', 'INIT', 'start-up', 'reserved(7)'];

export interface IpiRecord {
  icrLo: number;
  icrHi: number;
  delivered: boolean;
  /** Human-readable decoding, for the debugger. */
  note: string;
}

export interface LocalApicState {
  version: 1;
  id: number;
  tpr: number;
  ldr: number;
  dfr: number;
  svr: number;
  irr: number[];
  isr: number[];
  tmr: number[];
  esr: number;
  esrPending: number;
  icrLo: number;
  icrHi: number;
  lvt: number[];
  initialCount: number;
  divideConfig: number;
  timerArmed: boolean;
  timerBase: number;
  /** null = never (Infinity is not JSON). */
  nextFire: number | null;
  now: number;
  ipiLog: IpiRecord[];
}

const IPI_LOG_MAX = 32;

function highestBit(bits: Uint32Array): number {
  for (let i = 7; i >= 0; i--) {
    const w = bits[i];
    if (w !== 0) return i * 32 + 31 - Math.clz32(w);
  }
  return -1;
}
const setBit = (bits: Uint32Array, v: number): void => {
  bits[v >>> 5] |= 1 << (v & 31);
};
const clearBit = (bits: Uint32Array, v: number): void => {
  bits[v >>> 5] &= ~(1 << (v & 31));
};

/** Divide value for the divide configuration register (bits 3,1,0; SDM Figure "Divide Configuration Register"). */
export function apicDivideValue(config: number): number {
  const idx = (config & 3) | ((config >> 1) & 4);
  return idx === 7 ? 1 : 2 << idx;
}

export class LocalApic implements MmioDevice {
  private readonly initialId: number;
  private id = 0;
  private tprReg = 0;
  private ldr = 0;
  private dfr = 0xffffffff;
  private svr = 0xff;
  private readonly irr = new Uint32Array(8);
  private readonly isr = new Uint32Array(8);
  private readonly tmr = new Uint32Array(8);
  private esr = 0;
  private esrPending = 0;
  private icrLo = 0;
  private icrHi = 0;
  private readonly lvt: number[] = new Array<number>(LVT_COUNT).fill(LVT_MASKED);
  private initialCount = 0;
  private divideConfig = 0;
  // Timer: armed at TSC `timerBase` with `initialCount`, counting every `divideValue` ticks.
  private timerArmed = false;
  private timerBase = 0;
  private nextFire = Infinity;
  private now = 0;
  private ipis: IpiRecord[] = [];

  /** INIT and start-up IPIs this APIC receives from its own ICR (the Machine passes them to the CPU). */
  onSignal: ((kind: 'init' | 'sipi' | 'nmi', vector: number) => void) | null = null;
  constructor(opts?: { id?: number }) {
    this.initialId = (opts?.id ?? 0) & 0xff;
    this.reset();
  }

  /** Power-up / RESET state (SDM "Local APIC State After Power-Up or Reset"); the time base is kept. */
  reset(): void {
    this.id = this.initialId;
    this.tprReg = 0;
    this.ldr = 0;
    this.dfr = 0xffffffff;
    this.svr = 0xff;
    this.irr.fill(0);
    this.isr.fill(0);
    this.tmr.fill(0);
    this.esr = 0;
    this.esrPending = 0;
    this.icrLo = 0;
    this.icrHi = 0;
    this.lvt.fill(LVT_MASKED);
    this.initialCount = 0;
    this.divideConfig = 0;
    this.timerArmed = false;
    this.timerBase = 0;
    this.nextFire = Infinity;
    this.ipis = [];
  }

  // ---- time ------------------------------------------------------------------------------------

  /** Sets the current TSC; fires the timer if it is due (so a forgotten advance() cannot lose it). */
  setNow(tsc: number): void {
    this.now = tsc;
    if (tsc >= this.nextFire) this.advance(tsc);
  }

  /** TSC at which the timer next reaches zero, or Infinity. */
  nextDeadline(): number {
    return this.nextFire;
  }

  /** Fires the timer expiries due by `tsc`. Several missed periodic expiries coalesce into one IRR bit. */
  advance(tsc: number): void {
    if (tsc > this.now) this.now = tsc;
    if (tsc < this.nextFire) return;
    if (this.timerMode() === TIMER_PERIODIC) {
      const period = this.initialCount * this.divideValue();
      this.nextFire += (Math.floor((tsc - this.nextFire) / period) + 1) * period;
    } else {
      this.timerArmed = false;
      this.nextFire = Infinity;
    }
    const lvt = this.lvt[Lvt.Timer];
    if (!(lvt & LVT_MASKED)) this.acceptLocal(lvt & 0xff, false);
  }

  private catchUp(): void {
    if (this.now >= this.nextFire) this.advance(this.now);
  }

  private timerMode(): number {
    return (this.lvt[Lvt.Timer] >>> 17) & 3;
  }

  private divideValue(): number {
    return apicDivideValue(this.divideConfig);
  }

  /** Current-count register value at the current TSC (side-effect free). */
  currentCount(): number {
    if (!this.timerArmed) return 0;
    const n = this.initialCount;
    const steps = Math.floor((this.now - this.timerBase) / this.divideValue());
    if (this.timerMode() === TIMER_PERIODIC) return n - (steps % n);
    return steps >= n ? 0 : n - steps;
  }

  // ---- interrupt interface to the CPU -------------------------------------------------------

  get tpr(): number {
    return this.tprReg;
  }
  set tpr(v: number) {
    this.tprReg = v & 0xff;
  }
  /** CR8 view of TPR: CR8[3:0] = TPR[7:4]; MOV to CR8 clears TPR[3:0] (SDM "Task Priority in IA-32e Mode"). */
  get cr8(): number {
    return this.tprReg >>> 4;
  }
  set cr8(v: number) {
    this.tprReg = (v & 0xf) << 4;
  }

  get softwareEnabled(): boolean {
    return (this.svr & SVR_APIC_ENABLED) !== 0;
  }

  /** PPR (SDM "Processor Priority Register"): TPR if TPR[7:4] >= ISRV[7:4], else ISRV[7:4]:0. */
  ppr(): number {
    const isrv = Math.max(highestBit(this.isr), 0);
    return this.tprReg >>> 4 >= isrv >>> 4 ? this.tprReg : isrv & 0xf0;
  }

  /** APR, as the SDM defines it (P6/Pentium "Arbitration Priority Register"; reads are kept for compatibility). */
  apr(): number {
    const tpr = this.tprReg >>> 4;
    const isrv = Math.max(highestBit(this.isr), 0) >>> 4;
    const irrv = Math.max(highestBit(this.irr), 0) >>> 4;
    if (tpr >= irrv && tpr > isrv) return this.tprReg;
    return Math.max(tpr & isrv, irrv) << 4;
  }

  /** Highest IRR vector whose priority class exceeds PPR[7:4], or -1 (also -1 while software-disabled). */
  pendingVector(): number {
    if (!(this.svr & SVR_APIC_ENABLED)) return -1;
    const v = highestBit(this.irr);
    if (v < 0) return -1;
    return v >>> 4 > this.ppr() >>> 4 ? v : -1;
  }

  /** INTA cycle: moves the highest deliverable IRR bit to ISR and returns its vector, or -1. */
  acknowledge(): number {
    const v = this.pendingVector();
    if (v < 0) return -1;
    clearBit(this.irr, v);
    setBit(this.isr, v);
    return v;
  }

  /**
   * Latches a fixed-mode interrupt from another source (future I/O APIC / PIC / MSI) into IRR,
   * with the same illegal-vector rule as local sources.
   */
  acceptInterrupt(vector: number, levelTriggered = false): void {
    this.acceptLocal(vector & 0xff, levelTriggered);
  }

  private acceptLocal(vector: number, level: boolean): void {
    if (vector < 16) {
      this.signalError(ESR_RECV_ILLEGAL_VECTOR);
      return;
    }
    setBit(this.irr, vector);
    if (level) setBit(this.tmr, vector);
    else clearBit(this.tmr, vector);
  }

  private signalError(bits: number): void {
    this.esrPending |= bits;
    const lvt = this.lvt[Lvt.Error];
    if (lvt & LVT_MASKED) return;
    const v = lvt & 0xff;
    if (v < 16) this.esrPending |= ESR_RECV_ILLEGAL_VECTOR;
    else {
      setBit(this.irr, v);
      clearBit(this.tmr, v);
    }
  }

  private eoi(): void {
    const v = highestBit(this.isr);
    if (v >= 0) clearBit(this.isr, v);
  }

  // ---- IPIs -------------------------------------------------------------------------------

  /** IPIs sent through the ICR, most recent last (bounded), with whether they were delivered. */
  ipiLog(): IpiRecord[] {
    return this.ipis.map((r) => ({ ...r }));
  }

  private matchesLogical(mda: number): boolean {
    if (mda === 0xff) return true; // broadcast
    const ldr = this.ldr >>> 24;
    if (this.dfr >>> 28 === 0xf) return (mda & ldr) !== 0; // flat model
    if (this.dfr >>> 28 === 0x0) return (mda & 0xf0) === (ldr & 0xf0) && (mda & ldr & 0x0f) !== 0; // cluster model
    return false;
  }

  private sendIpi(): void {
    const lo = this.icrLo;
    const vector = lo & 0xff;
    const mode = (lo >>> 8) & 7;
    const logical = (lo >>> 11) & 1;
    const level = (lo >>> 15) & 1;
    const shorthand = (lo >>> 18) & 3;
    const dest = this.icrHi >>> 24;
    let toSelf: boolean;
    let destText: string;
    switch (shorthand) {
      case 1:
        toSelf = true;
        destText = 'self';
        break;
      case 2:
        toSelf = true;
        destText = 'all including self';
        break;
      case 3:
        toSelf = false;
        destText = 'all excluding self';
        break;
      default:
        toSelf = logical ? this.matchesLogical(dest) : dest === this.id || dest === 0xff;
        destText = `${logical ? 'logical' : 'physical'} 0x${dest.toString(16)}`;
    }
    let delivered = false;
    let why = '';
    if (mode === 0 || mode === 1) {
      if (vector < 16) {
        this.signalError(ESR_SEND_ILLEGAL_VECTOR);
        why = 'illegal vector';
        if (toSelf) this.acceptLocal(vector, level === 1);
      } else if (toSelf) {
        this.acceptLocal(vector, level === 1);
        delivered = true;
      } else why = 'no processor at that destination';
    } else if (mode === 4 || mode === 5 || mode === 6) {
      if (shorthand === 1) why = 'the self shorthand allows only fixed delivery';
      else if (!toSelf) why = 'no processor at that destination';
      else if (mode === 5 && level === 1 && ((lo >>> 14) & 1) === 0) why = 'INIT level de-assert has no effect'; // level-triggered, level bit (14) 0
      else if (!this.onSignal) why = 'no processor attached';
      else delivered = true;
    } else why = `${DELIVERY_MODES[mode]} IPIs are not implemented`;
    const note = `${DELIVERY_MODES[mode]} vector 0x${vector.toString(16)} to ${destText}` + (delivered ? '' : ` (not delivered: ${why})`);
    this.ipis.push({ icrLo: lo, icrHi: this.icrHi, delivered, note });
    if (this.ipis.length > IPI_LOG_MAX) this.ipis.shift();
    // Last: the CPU takes it at its next boundary check (vmx/signals.ts).
    if (delivered && (mode === 4 || mode === 5 || mode === 6)) this.onSignal!(mode === 4 ? 'nmi' : mode === 5 ? 'init' : 'sipi', vector);
  }

  // ---- registers --------------------------------------------------------------------------

  /** Side-effect-free value of the 32-bit register at `reg` (16-byte aligned), or undefined if unimplemented. */
  peek(reg: number): number | undefined {
    switch (reg) {
      case APIC_REG.ID:
        return (this.id << 24) >>> 0;
      case APIC_REG.VERSION:
        return APIC_VERSION_VALUE;
      case APIC_REG.TPR:
        return this.tprReg;
      case APIC_REG.APR:
        return this.apr();
      case APIC_REG.PPR:
        return this.ppr();
      case APIC_REG.EOI: // write-only
      case APIC_REG.RRD: // remote read is not supported by xAPIC
        return 0;
      case APIC_REG.LDR:
        return this.ldr;
      case APIC_REG.DFR:
        return this.dfr;
      case APIC_REG.SVR:
        return this.svr;
      case APIC_REG.ESR:
        return this.esr;
      case APIC_REG.ICR_LO:
        return this.icrLo;
      case APIC_REG.ICR_HI:
        return this.icrHi;
      case APIC_REG.TIMER_INITIAL:
        return this.initialCount;
      case APIC_REG.TIMER_CURRENT:
        return this.currentCount();
      case APIC_REG.TIMER_DIVIDE:
        return this.divideConfig;
    }
    if (reg >= APIC_REG.ISR && reg < APIC_REG.ESR) {
      const bank = reg < APIC_REG.TMR ? this.isr : reg < APIC_REG.IRR ? this.tmr : this.irr;
      return bank[(reg >>> 4) & 7];
    }
    const l = LVT_OFFSETS.indexOf(reg);
    return l >= 0 ? this.lvt[l] : undefined;
  }

  read(offset: number, size: MmioSize): number {
    this.catchUp();
    if (size === 4 && (offset & 0xf) === 0) {
      const v = this.peek(offset & 0xff0);
      if (v === undefined) {
        this.signalError(ESR_ILLEGAL_REGISTER);
        return 0;
      }
      return v;
    }
    // Narrow/unaligned read: bytes of the 32-bit registers, 0 for bytes 4..15 of a slot.
    let v = 0;
    for (let i = 0; i < size; i++) {
      const a = offset + i;
      const b = a & 0xf;
      const byte = b < 4 ? ((this.peek(a & 0xff0) ?? 0) >>> (8 * b)) & 0xff : 0;
      v += byte * 2 ** (8 * i);
    }
    return v;
  }

  write(offset: number, size: MmioSize, value: number): void {
    this.catchUp();
    if (size !== 4 || (offset & 0xf) !== 0) return; // model specific on hardware: ignored here
    const v = value >>> 0;
    const reg = offset & 0xff0;
    switch (reg) {
      case APIC_REG.ID:
        this.id = v >>> 24;
        return;
      case APIC_REG.TPR:
        this.tprReg = v & 0xff;
        return;
      case APIC_REG.EOI:
        this.eoi();
        return;
      case APIC_REG.LDR:
        this.ldr = (v & 0xff000000) >>> 0;
        return;
      case APIC_REG.DFR:
        this.dfr = (v | 0x0fffffff) >>> 0;
        return;
      case APIC_REG.SVR:
        // Bits 7:0 spurious vector, bit 8 APIC software enable; focus checking (bit 9) and EOI-
        // broadcast suppression (bit 12) are reserved on this model.
        this.svr = v & 0x1ff;
        if (!(this.svr & SVR_APIC_ENABLED)) for (let i = 0; i < LVT_COUNT; i++) this.lvt[i] |= LVT_MASKED;
        return;
      case APIC_REG.ESR:
        // A write latches the errors seen since the previous write and clears the accumulator.
        this.esr = this.esrPending;
        this.esrPending = 0;
        return;
      case APIC_REG.ICR_LO:
        this.icrLo = v & ICR_LO_WRITABLE;
        this.sendIpi();
        return;
      case APIC_REG.ICR_HI:
        this.icrHi = (v & 0xff000000) >>> 0;
        return;
      case APIC_REG.TIMER_INITIAL:
        this.writeInitialCount(v);
        return;
      case APIC_REG.TIMER_DIVIDE:
        this.writeDivide(v & 0xb);
        return;
      case APIC_REG.VERSION:
      case APIC_REG.APR:
      case APIC_REG.PPR:
      case APIC_REG.RRD:
      case APIC_REG.TIMER_CURRENT:
        return; // read-only
    }
    if (reg >= APIC_REG.ISR && reg < APIC_REG.ESR) return; // ISR/TMR/IRR are read-only
    const l = LVT_OFFSETS.indexOf(reg);
    if (l < 0) {
      this.signalError(ESR_ILLEGAL_REGISTER);
      return;
    }
    let nv = v & LVT_WRITABLE[l];
    if (!(this.svr & SVR_APIC_ENABLED)) nv |= LVT_MASKED;
    if (l === Lvt.Timer) this.writeLvtTimer(nv);
    else this.lvt[l] = nv;
  }

  private writeLvtTimer(nv: number): void {
    const oldMode = this.timerMode();
    this.lvt[Lvt.Timer] = nv;
    const newMode = this.timerMode();
    if (oldMode === newMode) return;
    if (oldMode >= TIMER_TSC_DEADLINE || newMode >= TIMER_TSC_DEADLINE) {
      this.timerArmed = false;
      this.nextFire = Infinity;
    } else if (oldMode === TIMER_PERIODIC && this.timerArmed) {
      // periodic -> one-shot: the count in progress runs to 0 and stops. Rebase to the start of
      // the current period so the one-shot formula sees the same count.
      const period = this.initialCount * this.divideValue();
      this.timerBase += Math.floor((this.now - this.timerBase) / period) * period;
    }
  }

  private writeInitialCount(v: number): void {
    if (this.timerMode() >= TIMER_TSC_DEADLINE) return; // ignored in TSC-deadline mode
    this.initialCount = v;
    if (v === 0) {
      // "A write of 0 to the initial-count register effectively stops the local APIC timer."
      this.timerArmed = false;
      this.nextFire = Infinity;
      return;
    }
    this.timerArmed = true;
    this.timerBase = this.now;
    this.nextFire = this.now + v * this.divideValue();
  }

  private writeDivide(cfg: number): void {
    const oldDiv = this.divideValue();
    this.divideConfig = cfg;
    const div = this.divideValue();
    if (!this.timerArmed || div === oldDiv) return;
    // Keep the current count c; it reaches 0 after c ticks of the new divided clock.
    const n = this.initialCount;
    const steps = Math.floor((this.now - this.timerBase) / oldDiv);
    const c = this.timerMode() === TIMER_PERIODIC ? n - (steps % n) : n - steps;
    this.timerBase = this.now - (n - c) * div;
    this.nextFire = this.now + c * div;
  }

  // ---- state for reverse debugging ---------------------------------------------------------

  snapshot(): LocalApicState {
    return {
      version: 1,
      id: this.id,
      tpr: this.tprReg,
      ldr: this.ldr,
      dfr: this.dfr,
      svr: this.svr,
      irr: Array.from(this.irr),
      isr: Array.from(this.isr),
      tmr: Array.from(this.tmr),
      esr: this.esr,
      esrPending: this.esrPending,
      icrLo: this.icrLo,
      icrHi: this.icrHi,
      lvt: this.lvt.slice(),
      initialCount: this.initialCount,
      divideConfig: this.divideConfig,
      timerArmed: this.timerArmed,
      timerBase: this.timerBase,
      nextFire: this.nextFire === Infinity ? null : this.nextFire,
      now: this.now,
      ipiLog: this.ipiLog(),
    };
  }

  restore(state: object): void {
    const s = state as Partial<LocalApicState>;
    const arr8 = (a: unknown): a is number[] => Array.isArray(a) && a.length === 8;
    if (s.version !== 1 || !arr8(s.irr) || !arr8(s.isr) || !arr8(s.tmr) || !Array.isArray(s.lvt) || s.lvt.length !== LVT_COUNT) {
      throw new Error('LocalApic.restore: not a LocalApic snapshot (version 1)');
    }
    const full = s as LocalApicState;
    this.id = full.id;
    this.tprReg = full.tpr;
    this.ldr = full.ldr;
    this.dfr = full.dfr;
    this.svr = full.svr;
    this.irr.set(full.irr);
    this.isr.set(full.isr);
    this.tmr.set(full.tmr);
    this.esr = full.esr;
    this.esrPending = full.esrPending;
    this.icrLo = full.icrLo;
    this.icrHi = full.icrHi;
    for (let i = 0; i < LVT_COUNT; i++) this.lvt[i] = full.lvt[i];
    this.initialCount = full.initialCount;
    this.divideConfig = full.divideConfig;
    this.timerArmed = full.timerArmed;
    this.timerBase = full.timerBase;
    this.nextFire = full.nextFire === null ? Infinity : full.nextFire;
    this.now = full.now;
    this.ipis = full.ipiLog.map((r) => ({ ...r }));
  }

  /** Named register values for a debugger view. */
  describe(): Record<string, number> {
    const out: Record<string, number> = {
      id: this.id,
      tpr: this.tprReg,
      ppr: this.ppr(),
      svr: this.svr,
      esr: this.esr,
      icrLo: this.icrLo,
      icrHi: this.icrHi,
      initialCount: this.initialCount,
      currentCount: this.currentCount(),
      divideConfig: this.divideConfig,
    };
    for (let i = 0; i < LVT_COUNT; i++) out['lvt.' + NAMES[i]] = this.lvt[i];
    return out;
  }
}

/** Registers `apic` on `bus` at `base` (4 KiB). */
export function attachLocalApic(bus: MmioBus, apic: LocalApic, base = LOCAL_APIC_DEFAULT_BASE): LocalApic {
  bus.register(base, LOCAL_APIC_SIZE, apic, 'local-apic');
  return apic;
}
