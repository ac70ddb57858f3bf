// Port I/O: IN, OUT (imm8 and DX forms), INS, OUTS (with REP) (SDM Vol 2; protection SDM Vol 1 19.5).
import { Mnemonic } from 'iced-x86';
import type { Cpu } from '../cpu';
import type { Exec, Insn } from '../insn';
import { K_IMM } from '../insn';
import { defineOps } from './registry';
import { CpuFault, GP } from '../faults';
import { DF } from '../flags';
import { ES, RAX, RCX, RDX, RSI, RDI } from '../regs';
import { AR_TYPE, AR_UNUSABLE } from '../segments';
import { elemSize, srcSeg, idx, advance, count, repBudget } from './string';

/**
 * I/O permission check (SDM Vol 1 19.5.1/19.5.2): in protected mode (and IA-32e mode) with CPL > IOPL,
 * every bit of the TSS I/O permission bitmap for the accessed ports must be clear; the bitmap offset
 * is the word at TSS+0x66 and any byte of the check beyond the TSS limit means #GP(0). Real mode: no check.
 */
export function checkIoPermission(c: Cpu, port: number, size: number): void {
  if (!c.pe || c.cpl <= ((c.flags >> 12) & 3)) return;
  const type = c.trAr & AR_TYPE;
  const why = `I/O to port 0x${port.toString(16)} at CPL ${c.cpl} > IOPL ${(c.flags >> 12) & 3}`;
  // Only a 32-bit (or 64-bit) TSS has an I/O bitmap.
  if (c.trAr & AR_UNUSABLE || (type !== 9 && type !== 11) || c.trLimit < 0x67) throw new CpuFault(GP, 0, `${why}: no I/O permission bitmap`);
  const base = c.readLin16(c.trBase + 0x66, false);
  const off = base + (port >>> 3);
  // The processor always reads two bytes of the bitmap (SDM Vol 1 19.5.2).
  if (off + 1 > c.trLimit) throw new CpuFault(GP, 0, `${why}: port beyond the I/O permission bitmap (TSS limit 0x${c.trLimit.toString(16)})`);
  const bits = c.readLin16(c.trBase + off, false);
  const mask = ((1 << size) - 1) << (port & 7);
  if (bits & mask) throw new CpuFault(GP, 0, `${why}: denied by the I/O permission bitmap`);
}

function portOf(d: Insn, immOperand: number): (c: Cpu) => number {
  const isImm = (immOperand === 0 ? d.k0 : d.k1) === K_IMM;
  const p = d.imm & 0xff;
  return isImm ? () => p : (c) => c.r[RDX << 1] & 0xffff;
}

function inOp(d: Insn): Exec {
  const size = d.s0 as 1 | 2 | 4;
  const port = portOf(d, 1);
  return (c) => {
    const p = port(c);
    checkIoPermission(c, p, size);
    const v = c.io.read(p, size);
    c.setReg(RAX, size, 0, size === 4 ? v | 0 : v);
  };
}

function outOp(d: Insn): Exec {
  const size = d.s1 as 1 | 2 | 4;
  const port = portOf(d, 0);
  return (c) => {
    const p = port(c);
    checkIoPermission(c, p, size);
    const v = c.getReg(RAX, size, 0);
    c.io.write(p, size, size === 4 ? v >>> 0 : v);
  };
}

// INS: ES:[(E/R)DI] <- port DX. The destination is checked (segment, paging) before the port is read so
// a fault does not lose the input.
function insOne(c: Cpu, size: 1 | 2 | 4, asz: number): void {
  const p = c.r[RDX << 1] & 0xffff;
  const di = idx(c, RDI, asz);
  c.probeWrite(ES, di, size);
  const v = c.io.read(p, size);
  c.writeSized(ES, di, size, size === 4 ? v | 0 : v);
  advance(c, RDI, asz, c.flags & DF ? -size : size);
}

// OUTS: port DX <- DS:[(E/R)SI] (segment override allowed).
function outsOne(c: Cpu, seg: number, size: 1 | 2 | 4, asz: number): void {
  const p = c.r[RDX << 1] & 0xffff;
  const v = c.readSized(seg, idx(c, RSI, asz), size);
  c.io.write(p, size, size === 4 ? v >>> 0 : v);
  advance(c, RSI, asz, c.flags & DF ? -size : size);
}

function stringIo(d: Insn, one: (c: Cpu) => void): Exec {
  const size = elemSize(d);
  const asz = d.asz;
  if (d.rep === 0) {
    return (c) => { checkIoPermission(c, c.r[RDX << 1] & 0xffff, size); one(c); };
  }
  return (c) => {
    let n = count(c, asz);
    if (n === 0) return;
    checkIoPermission(c, c.r[RDX << 1] & 0xffff, size);
    let budget = repBudget(c);
    while (n > 0 && budget > 0) { one(c); advance(c, RCX, asz, -1); n--; budget--; }
    if (n > 0) c.nrip = c.rip;
  };
}

function ins(d: Insn): Exec {
  const size = elemSize(d) as 1 | 2 | 4, asz = d.asz;
  return stringIo(d, (c) => insOne(c, size, asz));
}
function outs(d: Insn): Exec {
  const size = elemSize(d) as 1 | 2 | 4, asz = d.asz, seg = srcSeg(d);
  return stringIo(d, (c) => outsOne(c, seg, size, asz));
}

defineOps([
  [Mnemonic.In, inOp],
  [Mnemonic.Out, outOp],
  [[Mnemonic.Insb, Mnemonic.Insw, Mnemonic.Insd], ins],
  [[Mnemonic.Outsb, Mnemonic.Outsw, Mnemonic.Outsd], outs],
]);
