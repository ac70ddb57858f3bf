import { describe, expect, it } from 'vitest';
import { IoBus, attachUart } from '../../emulator/devices';
import { RecordingHost } from './helpers';

const B = 0x3f8;
const [THR, IER, IIR, LCR, MCR, LSR, MSR, SCR] = [0, 1, 2, 3, 4, 5, 6, 7].map((o) => B + o);
const FCR = IIR;

function setup() {
  const bus = new IoBus();
  const host = new RecordingHost();
  const uart = attachUart(bus, host);
  const rd = (p: number) => bus.read(p, 1);
  const wr = (p: number, v: number) => bus.write(p, 1, v);
  return { bus, host, uart, rd, wr };
}

describe('16550 UART (COM1)', () => {
  it('transmits THR writes to the host and always reports THRE|TEMT', () => {
    const { host, rd, wr } = setup();
    expect(rd(LSR)).toBe(0x60);
    for (const c of 'OK') wr(THR, c.charCodeAt(0));
    expect(host.text('com1')).toBe('OK');
    expect(rd(LSR)).toBe(0x60);
  });

  it('DLAB switches offsets 0/1 to the divisor latch', () => {
    const { host, rd, wr } = setup();
    wr(IER, 0x05);
    wr(LCR, 0x83); // DLAB + 8N1
    wr(THR, 0x01); // DLL
    wr(IER, 0x00); // DLM
    expect(rd(THR)).toBe(0x01);
    expect(rd(IER)).toBe(0x00);
    expect(host.out).toEqual([]); // nothing transmitted
    wr(LCR, 0x03);
    expect(rd(LCR)).toBe(0x03);
    expect(rd(IER)).toBe(0x05); // IER untouched by the DLM write
    wr(LCR, 0x80);
    expect(rd(THR)).toBe(0x01);
  });

  it('IER keeps bits 3:0, SCR is a scratch register, MCR keeps bits 4:0', () => {
    const { rd, wr } = setup();
    wr(IER, 0xff);
    expect(rd(IER)).toBe(0x0f);
    wr(SCR, 0x5a);
    expect(rd(SCR)).toBe(0x5a);
    wr(MCR, 0xff);
    expect(rd(MCR)).toBe(0x1f);
  });

  it('receives queued input: LSR.DR, RBR order, data-available interrupt', () => {
    const { uart, rd, wr } = setup();
    expect(rd(IIR)).toBe(0x01);
    expect(uart.input('ab')).toBe(2);
    expect(rd(LSR)).toBe(0x61);
    expect(uart.irqPending()).toBe(false); // not enabled in IER
    wr(IER, 0x01);
    expect(uart.irqPending()).toBe(true);
    expect(rd(IIR)).toBe(0x04);
    expect(rd(THR)).toBe(0x61);
    expect(rd(THR)).toBe(0x62);
    expect(rd(LSR)).toBe(0x60);
    expect(uart.irqPending()).toBe(false);
    expect(rd(THR)).toBe(0x62); // RBR keeps the last byte
  });

  it('FIFO mode: IIR bits 7:6, trigger level and character timeout, FCR clears', () => {
    const { uart, rd, wr } = setup();
    wr(IER, 0x01);
    wr(FCR, 0x41); // enable, trigger 4
    expect(rd(IIR)).toBe(0xc1);
    uart.input([1, 2, 3]);
    expect(rd(IIR)).toBe(0xcc); // below trigger: timeout
    uart.input([4]);
    expect(rd(IIR)).toBe(0xc4);
    wr(FCR, 0x43); // clear receive FIFO
    expect(rd(LSR) & 1).toBe(0);
    expect(rd(IIR)).toBe(0xc1);
    uart.input([9]);
    wr(FCR, 0x00); // disabling FIFOs clears them too
    expect(rd(IIR)).toBe(0x01);
    expect(uart.rxQueued()).toBe(0);
  });

  it('THR-empty interrupt: raised on enable, cleared by reading IIR, re-raised by a THR write', () => {
    const { uart, rd, wr } = setup();
    wr(IER, 0x02);
    expect(uart.irqPending()).toBe(true);
    expect(rd(IIR)).toBe(0x02);
    expect(uart.irqPending()).toBe(false);
    expect(rd(IIR)).toBe(0x01);
    wr(THR, 0x41);
    expect(rd(IIR)).toBe(0x02);
    // received data has priority over THRE
    wr(THR, 0x41);
    wr(IER, 0x03);
    uart.input([7]);
    expect(rd(IIR)).toBe(0x04);
    rd(THR);
    expect(rd(IIR)).toBe(0x02);
    wr(IER, 0x00);
    expect(uart.irqPending()).toBe(false);
  });

  it('loopback: THR comes back on RBR, nothing goes out, MSR mirrors MCR with deltas', () => {
    const { host, uart, rd, wr } = setup();
    expect(rd(MSR)).toBe(0xb0); // connected terminal: DCD, DSR, CTS
    wr(MCR, 0x10); // loopback, all outputs off
    expect(rd(MSR)).toBe(0x0b); // CTS, DSR, DCD fell: DCTS, DDSR, DDCD
    expect(rd(MSR)).toBe(0x00); // deltas clear on read
    wr(THR, 0xae);
    expect(host.out).toEqual([]);
    expect(rd(LSR)).toBe(0x61);
    expect(rd(THR)).toBe(0xae);
    expect(uart.input('x')).toBe(0); // external input disconnected
    wr(MCR, 0x1f); // DTR RTS OUT1 OUT2
    expect(rd(MSR)).toBe(0xfb);
    wr(MCR, 0x1b); // OUT1 (RI) drops: trailing edge
    expect(rd(MSR)).toBe(0xb4);
    // modem status interrupt
    wr(IER, 0x08);
    expect(uart.irqPending()).toBe(false);
    wr(MCR, 0x19);
    expect(rd(IIR)).toBe(0x00);
    expect(rd(MSR)).toBe(0xa1);
    expect(uart.irqPending()).toBe(false);
    wr(MCR, 0x08); // leave loopback: lines back to the terminal
    expect(rd(MSR)).toBe(0xb1);
    expect(uart.out2()).toBe(true);
    wr(THR, 0x21);
    expect(host.text('com1')).toBe('!');
  });

  it('wider accesses are split into byte accesses within the device', () => {
    const { bus, rd, wr } = setup();
    wr(LCR, 0x83);
    bus.write(THR, 2, 0x0180); // DLL=0x80, DLM=0x01
    expect(rd(THR)).toBe(0x80);
    expect(rd(IER)).toBe(0x01);
    expect(bus.read(B + 6, 4)).toBe(0xffff00b0); // MSR, SCR, then 2 bytes past the device
  });

  it('snapshot/restore round-trips', () => {
    const { uart, rd, wr } = setup();
    wr(IER, 0x03);
    wr(SCR, 0x42);
    uart.input('xyz');
    const s = JSON.parse(JSON.stringify(uart.snapshot()));
    rd(THR);
    wr(SCR, 0);
    uart.restore(s);
    expect(rd(SCR)).toBe(0x42);
    expect(rd(THR)).toBe(0x78);
    expect(uart.rxQueued()).toBe(2);
  });
});
