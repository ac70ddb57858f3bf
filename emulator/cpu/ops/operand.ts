// Operand accessors specialised at compile time. Value convention: sizes 1/2 unsigned, 4 int32,
// 8 = low dword returned with the high dword in c.hi (readers) / passed as `hi` (writers).
import type { Cpu } from '../cpu';
import { Insn, K_IMM, K_MEM, K_REG } from '../insn';
import { makeEa } from '../ea';
import { NotImplemented } from '../faults';

export type Rd = (c: Cpu, d: Insn) => number;
export type Wr = (c: Cpu, d: Insn, v: number, hi: number) => void;

export function opKind(d: Insn, n: number): number { return n === 0 ? d.k0 : n === 1 ? d.k1 : d.k2; }
function opReg(d: Insn, n: number): [number, number] { return n === 0 ? [d.g0, d.h0] : n === 1 ? [d.g1, d.h1] : [d.g2, d.h2]; }

export function eaOf(d: Insn): (c: Cpu, d: Insn) => number {
  if (!d.ea) d.ea = makeEa(d);
  return d.ea;
}

export function regReader(g: number, hb: number, size: number): Rd {
  const i = g << 1;
  switch (size) {
    case 1: if (hb) { const j = (g - 4) << 1; return (c) => (c.r[j] >>> 8) & 0xff; } return (c) => c.r[i] & 0xff;
    case 2: return (c) => c.r[i] & 0xffff;
    case 4: return (c) => c.r[i];
    default: return (c) => { c.hi = c.r[i + 1]; return c.r[i]; };
  }
}
export function regWriter(g: number, hb: number, size: number): Wr {
  const i = g << 1;
  switch (size) {
    case 1: if (hb) { const j = (g - 4) << 1; return (c, _d, v) => { c.r[j] = (c.r[j] & ~0xff00) | ((v & 0xff) << 8); }; } return (c, _d, v) => { c.r[i] = (c.r[i] & ~0xff) | (v & 0xff); };
    case 2: return (c, _d, v) => { c.r[i] = (c.r[i] & ~0xffff) | (v & 0xffff); };
    case 4: return (c, _d, v) => { c.r[i] = v; c.r[i + 1] = 0; };
    default: return (c, _d, v, hi) => { c.r[i] = v; c.r[i + 1] = hi; };
  }
}

export function memReader(d: Insn, size: number): Rd {
  const ea = eaOf(d), s = d.mseg;
  switch (size) {
    case 1: return (c, d2) => c.read8(s, ea(c, d2));
    case 2: return (c, d2) => c.read16(s, ea(c, d2));
    case 4: return (c, d2) => c.read32(s, ea(c, d2));
    default: return (c, d2) => c.read64(s, ea(c, d2));
  }
}
export function memWriter(d: Insn, size: number): Wr {
  const ea = eaOf(d), s = d.mseg;
  switch (size) {
    case 1: return (c, d2, v) => c.write8(s, ea(c, d2), v);
    case 2: return (c, d2, v) => c.write16(s, ea(c, d2), v);
    case 4: return (c, d2, v) => c.write32(s, ea(c, d2), v);
    default: return (c, d2, v, hi) => c.write64(s, ea(c, d2), v, hi);
  }
}

export function immReader(d: Insn, size: number): Rd {
  const lo = d.imm, hi = d.immHi;
  switch (size) {
    case 1: { const v = lo & 0xff; return () => v; }
    case 2: { const v = lo & 0xffff; return () => v; }
    case 4: return () => lo;
    default: return (c) => { c.hi = hi; return lo; };
  }
}

/** Reader for operand n at `size` bytes. */
export function reader(d: Insn, n: number, size: number): Rd {
  const k = opKind(d, n);
  if (k === K_REG) { const [g, hb] = opReg(d, n); return regReader(g, hb, size); }
  if (k === K_MEM) return memReader(d, size);
  if (k === K_IMM) return immReader(d, size);
  throw new NotImplemented(`operand kind ${k} for ${d.text}`);
}
export function writer(d: Insn, n: number, size: number): Wr {
  const k = opKind(d, n);
  if (k === K_REG) { const [g, hb] = opReg(d, n); return regWriter(g, hb, size); }
  if (k === K_MEM) return memWriter(d, size);
  throw new NotImplemented(`destination operand kind ${k} for ${d.text}`);
}

/**
 * Read-modify-write pair for operand n: the reader computes the address once (kept in c.ea) and
 * checks writability first, so no partial state change happens on a fault.
 */
export function rmw(d: Insn, n: number, size: number): [Rd, Wr] {
  const k = opKind(d, n);
  if (k === K_REG) { const [g, hb] = opReg(d, n); return [regReader(g, hb, size), regWriter(g, hb, size)]; }
  if (k !== K_MEM) throw new NotImplemented(`read-modify-write operand kind ${k} for ${d.text}`);
  const ea = eaOf(d), s = d.mseg;
  const rd: Rd = (c, d2) => { const a = (c.ea = ea(c, d2)); c.probeWrite(s, a, size); return c.readSized(s, a, size); };
  let wr: Wr;
  switch (size) {
    case 1: wr = (c, _d, v) => c.write8(s, c.ea, v); break;
    case 2: wr = (c, _d, v) => c.write16(s, c.ea, v); break;
    case 4: wr = (c, _d, v) => c.write32(s, c.ea, v); break;
    default: wr = (c, _d, v, hi) => c.write64(s, c.ea, v, hi); break;
  }
  return [rd, wr];
}

export const MASKS = [0, 0xff, 0xffff, 0, 0xffffffff];
/** Masks a value to size (1, 2: unsigned; 4: int32). */
export function trunc(v: number, size: number): number { return size === 1 ? v & 0xff : size === 2 ? v & 0xffff : v | 0; }
