// String instructions MOVS STOS LODS CMPS SCAS (b/w/d/q) with REP/REPE/REPNE (SDM Vol 2 "Operation",
// Vol 1 7.3.9.1). INS/OUTS live in io.ts and share the helpers exported here.
//
// Addressing: the address size (d.asz) selects SI/ESI/RSI, DI/EDI/RDI and CX/ECX/RCX; the source
// segment is DS or the override, the destination is always ES; EFLAGS.DF selects the direction.
//
// REP is interruptible and bounded: one execution performs at most REP_CHUNK iterations; if the
// count is not exhausted it sets c.nrip = c.rip so that the instruction runs again after the run
// loop has checked events and the budget (architecturally an interrupt may be taken between
// iterations, with the return address at the REP instruction). Registers are updated as
// iterations complete, so a fault (#PF...) leaves RSI/RDI/RCX describing exactly the completed
// iterations and the instruction restarts correctly. With EFLAGS.TF one iteration runs per execution
// (single-step traps between iterations).
//
// Fast path: REP MOVS/STOS copy or fill page-sized chunks through the translated physical
// addresses (one translation per page, typed-array copies, code-page invalidation through the
// memory's onCodeWrite); anything unusual (MMIO, page-straddling elements, faults, offset wrap)
// falls back to the architectural element-by-element path.
import { Code, Mnemonic } from 'iced-x86';
import type { Cpu } from '../cpu';
import { ACC_R, ACC_W } from '../cpu';
import type { Exec, Insn } from '../insn';
import { defineOps, notImplemented, OpCompiler } from './registry';
import { DF, TF, L_SUB } from '../flags';
import { ES, DS, RCX, RSI, RDI, RAX } from '../regs';
import { PAGE_SHIFT } from '../../memory/phys-memory';

/** Maximum iterations of a REP string instruction per execution. */
export const REP_CHUNK = 4096;

/** Element size from the mnemonic (Movsb/Movsw/Movsd/Movsq, Insb...). */
export function elemSize(d: Insn): number {
  const name = Mnemonic[d.mnem] ?? '';
  switch (name[name.length - 1]) {
    case 'b': return 1;
    case 'w': return 2;
    case 'd': return 4;
    default: return 8;
  }
}

const SEG_PREFIX = /^(?:(?:rep|repe|repne|a16|a32|a64|o16|o32|o64|lock)\s+)*(es|cs|ss|ds|fs|gs)\s/;
const SEGS = ['es', 'cs', 'ss', 'ds', 'fs', 'gs'];
/**
 * Source segment of a string instruction: DS or the segment override. decode.ts only fills d.mseg for
 * OpKind.Memory operands, so the override is taken from the formatted text until it does (see report).
 */
export function srcSeg(d: Insn): number {
  if (d.mseg !== DS) return d.mseg;
  const m = SEG_PREFIX.exec(d.text);
  return m ? SEGS.indexOf(m[1]) : DS;
}

/** Index register (SI/ESI/RSI...) as an offset for the address size (64-bit: exact signed number). */
export function idx(c: Cpu, g: number, asz: number): number {
  const r = c.r, i = g << 1;
  return asz === 8 ? r[i + 1] * 4294967296 + (r[i] >>> 0) : asz === 4 ? r[i] >>> 0 : r[i] & 0xffff;
}
/** Adds `delta` (|delta| < 2^31) to a register at the address size (16: merge, 32: zero-extend, 64: carry). */
export function advance(c: Cpu, g: number, asz: number, delta: number): void {
  const r = c.r, i = g << 1;
  if (asz === 8) {
    const lo = (r[i] >>> 0) + delta;
    r[i] = lo | 0;
    if (lo > 0xffffffff) r[i + 1] = (r[i + 1] + 1) | 0;
    else if (lo < 0) r[i + 1] = (r[i + 1] - 1) | 0;
  } else if (asz === 4) { r[i] = (r[i] + delta) | 0; r[i + 1] = 0; }
  else r[i] = (r[i] & ~0xffff) | ((r[i] + delta) & 0xffff);
}
/** Count register CX/ECX/RCX as an unsigned number (inexact above 2^53, which only matters as "large"). */
export function count(c: Cpu, asz: number): number {
  const r = c.r;
  return asz === 8 ? (r[3] >>> 0) * 4294967296 + (r[2] >>> 0) : asz === 4 ? r[2] >>> 0 : r[2] & 0xffff;
}
/** Iterations allowed in this execution: one under single-step, else REP_CHUNK. */
export function repBudget(c: Cpu): number { return c.flags & TF ? 1 : REP_CHUNK; }

/** Elements that fit from offset `off` without wrapping the address-size space (0 if the first straddles it). */
function span(asz: number, off: number, size: number, down: boolean, max: number): number {
  if (asz === 8) return max;
  const lim = asz === 4 ? 4294967296 : 65536;
  if (off + size > lim) return 0;
  return Math.min(max, down ? Math.floor(off / size) + 1 : Math.floor((lim - off) / size));
}
/** Elements that fit in the 4 KiB page of linear address `la` (0 if the first element straddles it). */
function pageRoom(la: number, size: number, down: boolean): number {
  const o = la & 0xfff;
  if (o + size > 4096) return 0;
  return down ? Math.floor(o / size) + 1 : Math.floor((4096 - o) / size);
}

/**
 * Checks and translates a run of k elements starting at seg:off (descending when `down`); returns the
 * lowest physical address of the run, or -1 when the fast path cannot be used (the caller falls back
 * to element-by-element execution, which raises any fault at the right element).
 */
function physRun(c: Cpu, seg: number, off: number, size: number, k: number, down: boolean, write: boolean): number {
  const la = c.linear(seg, off, size, write);
  const lastOff = down ? off - (k - 1) * size : off + (k - 1) * size;
  c.linear(seg, lastOff, size, write);
  const pa = c.xlate ? c.translate(la, write ? ACC_W : ACC_R, c.cpl === 3) : la;
  const lo = down ? pa - (k - 1) * size : pa;
  if (lo < 0 || lo + k * size > c.mem.size) return -1;
  return lo;
}

/** Elements of the current chunk for the fast path: min over wrap and page constraints. */
function chunkLen(c: Cpu, offs: number[], segs: number[], size: number, asz: number, down: boolean, max: number): number {
  let k = max;
  for (let j = 0; j < offs.length; j++) {
    k = Math.min(k, span(asz, offs[j], size, down, k));
    if (k < 2) return 0;
    // Linear address only for the page position (no checks here; physRun checks).
    const s = segs[j];
    const la = c.long64 ? (s >= 4 ? offs[j] + c.sbase[s] : offs[j]) : (c.sbase[s] + offs[j]) >>> 0;
    k = Math.min(k, pageRoom(la, size, down));
    if (k < 2) return 0;
  }
  return k;
}

function invalidateCode(c: Cpu, pa: number, bytes: number): void {
  const cp = c.mem.codePage;
  const first = pa >>> PAGE_SHIFT, last = (pa + bytes - 1) >>> PAGE_SHIFT;
  for (let p = first; p <= last; p++) if (cp[p] !== 0) c.mem.marked(p << PAGE_SHIFT, 1 << PAGE_SHIFT);
}

// ------------------------------------------------------------------------------------------ MOVS

function movsOne(c: Cpu, seg: number, size: number, asz: number): void {
  const step = c.flags & DF ? -size : size;
  const v = c.readSized(seg, idx(c, RSI, asz), size);
  const hi = c.hi;
  c.writeSized(ES, idx(c, RDI, asz), size, v, hi);
  advance(c, RSI, asz, step);
  advance(c, RDI, asz, step);
}

/** Bulk part of REP MOVS: up to `max` elements within one page of source and destination; returns elements done. */
function movsBulk(c: Cpu, seg: number, size: number, asz: number, max: number): number {
  const down = (c.flags & DF) !== 0;
  const si = idx(c, RSI, asz), di = idx(c, RDI, asz);
  const k = chunkLen(c, [si, di], [seg, ES], size, asz, down, max);
  if (k < 2) return 0;
  let ps: number, pd: number;
  try {
    ps = physRun(c, seg, si, size, k, down, false);
    if (ps < 0) return 0;
    pd = physRun(c, ES, di, size, k, down, true);
    if (pd < 0) return 0;
  } catch {
    return 0; // the element path raises the fault at the right element
  }
  const bytes = k * size;
  const u8 = c.mem.u8;
  const overlap = pd < ps + bytes && ps < pd + bytes;
  if (!overlap || (!down && pd <= ps) || (down && pd >= ps)) u8.copyWithin(pd, ps, ps + bytes);
  else {
    // Overlapping in the direction that makes element order visible: copy element by element.
    for (let i = 0; i < k; i++) {
      const o = down ? (k - 1 - i) * size : i * size;
      if (size === 1) u8[pd + o] = u8[ps + o]; else u8.copyWithin(pd + o, ps + o, ps + o + size);
    }
  }
  invalidateCode(c, pd, bytes);
  const delta = down ? -bytes : bytes;
  advance(c, RSI, asz, delta);
  advance(c, RDI, asz, delta);
  advance(c, RCX, asz, -k);
  return k;
}

function movs(d: Insn): Exec {
  const size = elemSize(d), asz = d.asz, seg = srcSeg(d);
  if (d.rep === 0) return (c) => movsOne(c, seg, size, asz);
  return (c) => {
    let n = count(c, asz);
    if (n === 0) return;
    let budget = repBudget(c);
    while (n > 0 && budget > 0) {
      let k = budget > 1 && n > 1 ? movsBulk(c, seg, size, asz, Math.min(n, budget)) : 0;
      if (k === 0) { movsOne(c, seg, size, asz); advance(c, RCX, asz, -1); k = 1; }
      n -= k; budget -= k;
    }
    if (n > 0) c.nrip = c.rip;
  };
}

// ------------------------------------------------------------------------------------------ STOS

function accLo(c: Cpu, size: number): number {
  const v = c.r[RAX << 1];
  return size === 1 ? v & 0xff : size === 2 ? v & 0xffff : v;
}

function stosOne(c: Cpu, size: number, asz: number): void {
  c.writeSized(ES, idx(c, RDI, asz), size, accLo(c, size), c.r[(RAX << 1) + 1]);
  advance(c, RDI, asz, c.flags & DF ? -size : size);
}

function stosBulk(c: Cpu, size: number, asz: number, max: number): number {
  const down = (c.flags & DF) !== 0;
  const di = idx(c, RDI, asz);
  const k = chunkLen(c, [di], [ES], size, asz, down, max);
  if (k < 2) return 0;
  let pd: number;
  try {
    pd = physRun(c, ES, di, size, k, down, true);
    if (pd < 0) return 0;
  } catch {
    return 0;
  }
  const bytes = k * size;
  const mem = c.mem;
  const v = accLo(c, size);
  if (size === 1) mem.u8.fill(v, pd, pd + bytes);
  else {
    const dv = mem.dv;
    const hi = c.r[(RAX << 1) + 1];
    if (size === 2) for (let o = 0; o < bytes; o += 2) dv.setUint16(pd + o, v, true);
    else if (size === 4) for (let o = 0; o < bytes; o += 4) dv.setInt32(pd + o, v, true);
    else for (let o = 0; o < bytes; o += 8) { dv.setInt32(pd + o, v, true); dv.setInt32(pd + o + 4, hi, true); }
  }
  invalidateCode(c, pd, bytes);
  advance(c, RDI, asz, down ? -bytes : bytes);
  advance(c, RCX, asz, -k);
  return k;
}

function stos(d: Insn): Exec {
  const size = elemSize(d), asz = d.asz;
  if (d.rep === 0) return (c) => stosOne(c, size, asz);
  return (c) => {
    let n = count(c, asz);
    if (n === 0) return;
    let budget = repBudget(c);
    while (n > 0 && budget > 0) {
      let k = budget > 1 && n > 1 ? stosBulk(c, size, asz, Math.min(n, budget)) : 0;
      if (k === 0) { stosOne(c, size, asz); advance(c, RCX, asz, -1); k = 1; }
      n -= k; budget -= k;
    }
    if (n > 0) c.nrip = c.rip;
  };
}

// ------------------------------------------------------------------------------------------ LODS

function lodsOne(c: Cpu, seg: number, size: number, asz: number): void {
  const v = c.readSized(seg, idx(c, RSI, asz), size);
  c.setReg(RAX, size, 0, v, c.hi);
  advance(c, RSI, asz, c.flags & DF ? -size : size);
}

function lods(d: Insn): Exec {
  const size = elemSize(d), asz = d.asz, seg = srcSeg(d);
  if (d.rep === 0) return (c) => lodsOne(c, seg, size, asz);
  return (c) => {
    let n = count(c, asz);
    if (n === 0) return;
    let budget = repBudget(c);
    while (n > 0 && budget > 0) { lodsOne(c, seg, size, asz); advance(c, RCX, asz, -1); n--; budget--; }
    if (n > 0) c.nrip = c.rip;
  };
}

// ------------------------------------------------------------------------------------------ CMPS / SCAS

/** Records the lazy flags of `a - b` (CMP) and returns true when equal. 8-byte operands are (lo, hi) pairs. */
function cmpFlags(c: Cpu, size: number, a: number, ah: number, b: number, bh: number): boolean {
  c.lop = L_SUB; c.lsz = size; c.la = a; c.lb = b;
  if (size === 8) {
    const lo = (a >>> 0) - (b >>> 0);
    c.lr = lo | 0; c.lrh = (ah - bh - (lo < 0 ? 1 : 0)) | 0;
    c.lah = ah; c.lbh = bh;
    return a === b && ah === bh;
  }
  const r = a - b;
  c.lr = size === 4 ? r | 0 : r & (size === 1 ? 0xff : 0xffff);
  return r === 0;
}

/** One CMPS iteration; returns true when the elements are equal. */
function cmpsOne(c: Cpu, seg: number, size: number, asz: number): boolean {
  const a = c.readSized(seg, idx(c, RSI, asz), size), ah = c.hi;
  const b = c.readSized(ES, idx(c, RDI, asz), size), bh = c.hi;
  const step = c.flags & DF ? -size : size;
  advance(c, RSI, asz, step);
  advance(c, RDI, asz, step);
  return cmpFlags(c, size, a, ah, b, bh);
}

function scasOne(c: Cpu, size: number, asz: number): boolean {
  const b = c.readSized(ES, idx(c, RDI, asz), size), bh = c.hi;
  advance(c, RDI, asz, c.flags & DF ? -size : size);
  return cmpFlags(c, size, accLo(c, size), c.r[(RAX << 1) + 1], b, bh);
}

/** REPE (rep=1) / REPNE (rep=2) loop around a compare step. */
function repCompare(rep: number, asz: number, one: (c: Cpu) => boolean): Exec {
  const untilEqual = rep === 2;
  return (c) => {
    let n = count(c, asz);
    if (n === 0) return;
    let budget = repBudget(c);
    while (budget > 0) {
      const eq = one(c);
      advance(c, RCX, asz, -1);
      n--; budget--;
      if (n === 0 || eq === untilEqual) return;
    }
    c.nrip = c.rip;
  };
}

function cmps(d: Insn): Exec {
  const size = elemSize(d), asz = d.asz, seg = srcSeg(d);
  const one = (c: Cpu): boolean => cmpsOne(c, seg, size, asz);
  if (d.rep === 0) return (c) => { one(c); };
  return repCompare(d.rep, asz, one);
}

function scas(d: Insn): Exec {
  const size = elemSize(d), asz = d.asz;
  const one = (c: Cpu): boolean => scasOne(c, size, asz);
  if (d.rep === 0) return (c) => { one(c); };
  return repCompare(d.rep, asz, one);
}

// MOVSD and CMPSD share their mnemonics with the SSE2 scalar-double instructions: the SSE module
// registers its compilers here instead of in the registry (a mnemonic is defined once).
let sseMovsd: OpCompiler | null = null;
let sseCmpsd: OpCompiler | null = null;
export function setSseMovsd(f: OpCompiler): void { sseMovsd = f; }
export function setSseCmpsd(f: OpCompiler): void { sseCmpsd = f; }

defineOps([
  [[Mnemonic.Movsb, Mnemonic.Movsw, Mnemonic.Movsq], movs],
  [Mnemonic.Movsd, (d) => (d.code === Code.Movsd_m32_m32 ? movs(d) : sseMovsd ? sseMovsd(d) : notImplemented(d, 'movsd (SSE2)'))],
  [[Mnemonic.Stosb, Mnemonic.Stosw, Mnemonic.Stosd, Mnemonic.Stosq], stos],
  [[Mnemonic.Lodsb, Mnemonic.Lodsw, Mnemonic.Lodsd, Mnemonic.Lodsq], lods],
  [[Mnemonic.Cmpsb, Mnemonic.Cmpsw, Mnemonic.Cmpsq], cmps],
  [Mnemonic.Cmpsd, (d) => (d.code === Code.Cmpsd_m32_m32 ? cmps(d) : sseCmpsd ? sseCmpsd(d) : notImplemented(d, 'cmpsd (SSE2)'))],
  [[Mnemonic.Scasb, Mnemonic.Scasw, Mnemonic.Scasd, Mnemonic.Scasq], scas],
]);
