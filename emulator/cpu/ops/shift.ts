// Shifts and rotates: SHL/SAL SHR SAR ROL ROR RCL RCR SHLD SHRD (SDM Vol 2B), all operand sizes.
//
// Flags are computed eagerly (a shift defines CF/OF/SF/ZF/PF together; rotates touch only CF/OF).
// Architecturally undefined results: we produce what AMD Zen produces (this machine's processor, where the
// differential test runs; every choice was checked against it on random operands). Marked "undefined:" below.
//  - AF after SHL/SHR/SAR/SHLD/SHRD with a non-zero count: 1 (Bochs and QEMU produce 0).
//  - OF for counts > 1: the count-1 formula applied to the result: SHL, SHLD, ROL, RCL: MSB(result) XOR CF;
//    ROR, RCR, SHRD: MSB(result) XOR MSB-1(result); SHR, SAR: 0. (16-bit SHLD with count 16: OF = CF.)
//  - CF of SHL/SHR when the count is >= the operand width (8/16-bit operands): the last bit shifted out
//    for count = width, 0 beyond.
//  - 16-bit SHLD/SHRD with counts 17..31 ("result undefined"): the source rotated by count - 16, CF = 0.
// A masked count of 0 changes no flags and no value, but the destination is still accessed: a 32-bit
// register destination is written (its upper half zeroed, as on AMD Zen), a memory destination is
// read and checked for writability (faults as for a write) but not written.
import { Mnemonic } from 'iced-x86';
import type { Cpu } from '../cpu';
import type { Exec, Insn } from '../insn';
import { K_IMM, K_REG } from '../insn';
import { defineOps } from './registry';
import { rmw, reader, Rd, Wr } from './operand';
import { ARITH, CF, OF, AF, ZF, SF, PARITY, L_NONE, getCF, setFlags } from '../flags';
import { ud } from '../faults';

const MASK = [0, 0xff, 0xffff, 0, -1];
const SIGN = [0, 0x80, 0x8000, 0, 0x80000000 | 0];

/** Undefined AF after shifts with a non-zero count: set (AMD Zen behaviour; Bochs and QEMU produce 0). */
const SHIFT_AF = AF;

/** Writes all six arithmetic flags (no need to materialise the lazy state first). */
function setAll(c: Cpu, f: number): void { c.lop = L_NONE; c.flags = (c.flags & ~ARITH) | f; }
/** SF, ZF, PF of an 8/16/32-bit result (masked: unsigned for 1/2, int32 for 4). */
function szp(r: number, sign: number): number { return (r === 0 ? ZF : 0) | ((r & sign) !== 0 ? SF : 0) | PARITY[r & 0xff]; }
function szp64(lo: number, hi: number): number { return ((lo | hi) === 0 ? ZF : 0) | (hi < 0 ? SF : 0) | PARITY[lo & 0xff]; }

// ------------------------------------------------------------------------------------ 64-bit helpers
// Results of the pair helpers (module scratch: no allocation on the hot path).
let RL = 0, RH = 0;
/** (lo, hi) << n for 0 <= n <= 64 into RL/RH. */
function shl64(lo: number, hi: number, n: number): void {
  if (n === 0) { RL = lo; RH = hi; } else if (n < 32) { RH = (hi << n) | (lo >>> (32 - n)); RL = lo << n; } else if (n < 64) { RH = lo << (n - 32); RL = 0; } else { RL = 0; RH = 0; }
}
/** (lo, hi) >>> n for 0 <= n <= 64 into RL/RH. */
function shr64(lo: number, hi: number, n: number): void {
  if (n === 0) { RL = lo; RH = hi; } else if (n < 32) { RL = (lo >>> n) | (hi << (32 - n)); RH = hi >>> n; } else if (n < 64) { RL = hi >>> (n - 32); RH = 0; } else { RL = 0; RH = 0; }
}
/** Bit i (0..63) of (lo, hi). */
function bit64(lo: number, hi: number, i: number): number { return i < 32 ? (lo >>> i) & 1 : (hi >>> (i - 32)) & 1; }

// ------------------------------------------------------------------------------------ SHL SHR SAR
// 8/16/32-bit forms: `a` is the destination value (unsigned for 1/2, int32 for 4), 1 <= n <= 31 (masked).

function shl(c: Cpu, a: number, n: number, size: number): number {
  const w = size << 3;
  let r: number, cf: number;
  if (n < w) { r = (a << n) & MASK[size]; cf = (a >>> (w - n)) & 1; } else {
    // n >= w only for 8/16-bit operands. undefined: CF = bit 0 for n = w, 0 for n > w (AMD Zen).
    r = 0; cf = n === w ? a & 1 : 0;
  }
  // OF is defined for n = 1 as MSB(result) XOR CF; undefined otherwise: same formula (AMD Zen).
  const of = ((r >>> (w - 1)) & 1) ^ cf;
  setAll(c, cf | (of ? OF : 0) | szp(r, SIGN[size]) | SHIFT_AF);
  return r;
}

function shr(c: Cpu, a: number, n: number, size: number): number {
  const w = size << 3;
  const u = size === 4 ? a >>> 0 : a;
  let r: number, cf: number;
  if (n < w) { r = (u >>> n) | 0; cf = (u >>> (n - 1)) & 1; } else {
    // undefined: CF for n > w (8/16-bit) is 0, as on AMD Zen.
    r = 0; cf = n === w ? (u >>> (w - 1)) & 1 : 0;
  }
  // OF is defined for n = 1 as MSB(original); undefined otherwise: 0 (AMD Zen).
  const of = n === 1 ? (u >>> (w - 1)) & 1 : 0;
  setAll(c, cf | (of ? OF : 0) | szp(r, SIGN[size]) | SHIFT_AF);
  return r;
}

function sar(c: Cpu, a: number, n: number, size: number): number {
  const s = size === 1 ? (a << 24) >> 24 : size === 2 ? (a << 16) >> 16 : a;
  // n <= 31, so >> is exact; for 8/16-bit operands with n >= width the result is all sign bits and CF the sign.
  const r = (s >> n) & MASK[size];
  const cf = (s >> (n - 1)) & 1;
  // OF is 0 for n = 1; undefined otherwise: 0 (AMD Zen).
  setAll(c, cf | szp(r, SIGN[size]) | SHIFT_AF);
  return r;
}

// 64-bit forms: 1 <= n <= 63; return the low dword, high in RH.
function shl64f(c: Cpu, lo: number, hi: number, n: number): number {
  const cf = bit64(lo, hi, 64 - n);
  shl64(lo, hi, n);
  const of = (RH >>> 31) ^ cf;
  setAll(c, cf | (of ? OF : 0) | szp64(RL, RH) | SHIFT_AF);
  return RL;
}
function shr64f(c: Cpu, lo: number, hi: number, n: number): number {
  const cf = bit64(lo, hi, n - 1);
  const of = n === 1 ? hi >>> 31 : 0;
  shr64(lo, hi, n);
  setAll(c, cf | (of ? OF : 0) | szp64(RL, RH) | SHIFT_AF);
  return RL;
}
function sar64f(c: Cpu, lo: number, hi: number, n: number): number {
  const cf = bit64(lo, hi, n - 1);
  if (n < 32) { RL = (lo >>> n) | (hi << (32 - n)); RH = hi >> n; } else if (n === 32) { RL = hi; RH = hi >> 31; } else { RL = hi >> (n - 32); RH = hi >> 31; }
  setAll(c, cf | szp64(RL, RH) | SHIFT_AF);
  return RL;
}

// ------------------------------------------------------------------------------------ ROL ROR RCL RCR
// Rotates change only CF and OF. `n` is the masked count (1..31, or 1..63 for 64-bit).

function rol(c: Cpu, a: number, n: number, size: number): number {
  const w = size << 3;
  const t = size === 4 ? n : n & (w - 1);
  const r = t === 0 ? a : ((a << t) | (a >>> (w - t))) & MASK[size];
  const cf = r & 1;
  // OF defined for n = 1: MSB(result) XOR CF. undefined for n > 1: the same formula (AMD Zen).
  setFlags(c, CF | OF, cf | ((((r >>> (w - 1)) & 1) ^ cf) ? OF : 0));
  return r;
}
function ror(c: Cpu, a: number, n: number, size: number): number {
  const w = size << 3;
  const t = size === 4 ? n : n & (w - 1);
  const r = t === 0 ? a : ((a >>> t) | (a << (w - t))) & MASK[size];
  // CF = MSB(result); OF defined for n = 1: MSB XOR MSB-1 of the result; undefined for n > 1: same formula.
  setFlags(c, CF | OF, ((r >>> (w - 1)) & 1) | ((((r >>> (w - 1)) ^ (r >>> (w - 2))) & 1) ? OF : 0));
  return r;
}
function rcl(c: Cpu, a: number, n: number, size: number): number {
  const cin = getCF(c) ? 1 : 0;
  let r: number, cf: number;
  if (size === 4) {
    r = (a << n) | (cin << (n - 1)) | (n > 1 ? a >>> (33 - n) : 0);
    cf = (a >>> (32 - n)) & 1;
  } else {
    // (CF:dest) rotated within w+1 bits; the count is taken modulo 9 / 17 (SDM RCL tempCOUNT).
    const w = size << 3, w1 = w + 1;
    const t = n % w1;
    const v = (cin << w) | a;
    const v2 = t === 0 ? v : ((v << t) | (v >>> (w1 - t))) & ((1 << w1) - 1);
    r = v2 & MASK[size]; cf = v2 >>> w;
  }
  const w = size << 3;
  // OF defined for n = 1: MSB(result) XOR CF; undefined otherwise: same formula (AMD Zen).
  setFlags(c, CF | OF, cf | ((((r >>> (w - 1)) & 1) ^ cf) ? OF : 0));
  return r;
}
function rcr(c: Cpu, a: number, n: number, size: number): number {
  const cin = getCF(c) ? 1 : 0;
  let r: number, cf: number;
  if (size === 4) {
    r = (a >>> n) | (cin << (32 - n)) | (n > 1 ? a << (33 - n) : 0);
    cf = (a >>> (n - 1)) & 1;
  } else {
    const w = size << 3, w1 = w + 1;
    const t = n % w1;
    const v = (cin << w) | a;
    const v2 = t === 0 ? v : ((v >>> t) | (v << (w1 - t))) & ((1 << w1) - 1);
    r = v2 & MASK[size]; cf = v2 >>> w;
  }
  const w = size << 3;
  // OF defined for n = 1: MSB(dest) XOR CF before the rotate = MSB XOR MSB-1 of the result; undefined otherwise: same.
  setFlags(c, CF | OF, cf | ((((r >>> (w - 1)) ^ (r >>> (w - 2))) & 1) ? OF : 0));
  return r;
}

function rol64(c: Cpu, lo: number, hi: number, n: number): number {
  shl64(lo, hi, n); const l = RL, h = RH;
  shr64(lo, hi, 64 - n); RL |= l; RH |= h;
  const cf = RL & 1;
  setFlags(c, CF | OF, cf | (((RH >>> 31) ^ cf) ? OF : 0));
  return RL;
}
function ror64(c: Cpu, lo: number, hi: number, n: number): number {
  shr64(lo, hi, n); const l = RL, h = RH;
  shl64(lo, hi, 64 - n); RL |= l; RH |= h;
  setFlags(c, CF | OF, (RH >>> 31) | ((((RH >>> 31) ^ (RH >>> 30)) & 1) ? OF : 0));
  return RL;
}
function rcl64(c: Cpu, lo: number, hi: number, n: number): number {
  const cin = getCF(c) ? 1 : 0;
  const cf = bit64(lo, hi, 64 - n);
  shr64(lo, hi, 65 - n); let l = RL, h = RH;          // bits wrapping around through CF
  if (n <= 32) l |= cin << (n - 1); else h |= cin << (n - 33);
  shl64(lo, hi, n); RL |= l; RH |= h;
  setFlags(c, CF | OF, cf | (((RH >>> 31) ^ cf) ? OF : 0));
  return RL;
}
function rcr64(c: Cpu, lo: number, hi: number, n: number): number {
  const cin = getCF(c) ? 1 : 0;
  const cf = bit64(lo, hi, n - 1);
  shl64(lo, hi, 65 - n); let l = RL, h = RH;
  if (n === 1) h |= cin << 31; else if (64 - n >= 32) h |= cin << (32 - n); else l |= cin << (64 - n);
  shr64(lo, hi, n); RL |= l; RH |= h;
  setFlags(c, CF | OF, cf | ((((RH >>> 31) ^ (RH >>> 30)) & 1) ? OF : 0));
  return RL;
}

// ------------------------------------------------------------------------------------ compilers
type F32 = (c: Cpu, a: number, n: number, size: number) => number;
type F64 = (c: Cpu, lo: number, hi: number, n: number) => number;

function lockUd(d: Insn): Exec | null { return d.lock ? () => { throw ud(`LOCK prefix on ${d.text}`); } : null; }

/** Executor for a masked count of 0: access the destination, change nothing else. */
function zeroCount(d: Insn, size: number, rd: Rd, wr: Wr): Exec {
  if (d.k0 === K_REG) {
    if (size !== 4) return () => {};
    return (c, d2) => { wr(c, d2, rd(c, d2), 0); };
  }
  return (c, d2) => { rd(c, d2); };
}

function shiftOp(f: F32, f64: F64) {
  return (d: Insn): Exec => {
    const bad = lockUd(d); if (bad) return bad;
    const size = d.osz;
    const [rd, wr] = rmw(d, 0, size);
    const cmask = size === 8 ? 63 : 31;
    if (d.k1 === K_IMM) {
      const n = d.imm & cmask;
      if (n === 0) return zeroCount(d, size, rd, wr);
      if (size === 8) return (c, d2) => { const lo = rd(c, d2); const r = f64(c, lo, c.hi, n); wr(c, d2, r, RH); };
      return (c, d2) => { wr(c, d2, f(c, rd(c, d2), n, size), 0); };
    }
    // Count in CL.
    const z = zeroCount(d, size, rd, wr);
    if (size === 8) {
      return (c, d2) => {
        const n = c.r[2] & 63;
        if (n === 0) { z(c, d2); return; }
        const lo = rd(c, d2); const r = f64(c, lo, c.hi, n); wr(c, d2, r, RH);
      };
    }
    return (c, d2) => {
      const n = c.r[2] & 31;
      if (n === 0) { z(c, d2); return; }
      wr(c, d2, f(c, rd(c, d2), n, size), 0);
    };
  };
}

// ------------------------------------------------------------------------------------ SHLD SHRD
// d = destination, s = source register, 1 <= n <= 31 (masked).

function shld(c: Cpu, d: number, s: number, n: number, size: number): number {
  let r: number, cf: number;
  if (size === 4) { r = (d << n) | (s >>> (32 - n)); cf = (d >>> (32 - n)) & 1; }
  else if (n <= 16) { r = ((d << n) | (s >>> (16 - n))) & 0xffff; cf = (d >>> (16 - n)) & 1; }
  else {
    // undefined (16-bit operand, count 17..31): AMD Zen rotates the source left by n - 16 (the 48-bit
    // value dest:src:src shifted left by n, top 16 bits) and clears CF and OF. (Bochs models Intel P6 and later as shifting
    // dest:src:dest instead.)
    const k = n - 16;
    r = ((s << k) | (s >>> (16 - k))) & 0xffff;
    setAll(c, szp(r, 0x8000) | SHIFT_AF);
    return r;
  }
  const w = size << 3;
  // OF defined for n = 1: sign change (= MSB(result) XOR CF); undefined otherwise: MSB(dest << n) XOR CF,
  // which is the same except for a 16-bit count of 16, where it is CF (AMD Zen).
  const of = (n === w ? 0 : (r >>> (w - 1)) & 1) ^ cf;
  setAll(c, cf | (of ? OF : 0) | szp(r, SIGN[size]) | SHIFT_AF);
  return r;
}
function shrd(c: Cpu, d: number, s: number, n: number, size: number): number {
  let r: number, cf: number;
  if (size === 4) { r = (d >>> n) | (s << (32 - n)); cf = (d >>> (n - 1)) & 1; }
  else if (n <= 16) { r = ((d >>> n) | (s << (16 - n))) & 0xffff; cf = (d >>> (n - 1)) & 1; }
  else {
    // undefined (16-bit operand, count 17..31): AMD Zen rotates the source right by n - 16 (the 48-bit
    // value src:src:dest shifted right by n, low 16 bits), clears CF and sets OF as below.
    const k = n - 16;
    r = ((s >>> k) | (s << (16 - k))) & 0xffff;
    cf = 0;
  }
  const w = size << 3;
  // OF defined for n = 1: sign change (= MSB XOR MSB-1 of the result); undefined otherwise: the same (AMD Zen).
  const of = ((r >>> (w - 1)) ^ (r >>> (w - 2))) & 1;
  setAll(c, cf | (of ? OF : 0) | szp(r, SIGN[size]) | SHIFT_AF);
  return r;
}
function shld64(c: Cpu, dlo: number, dhi: number, slo: number, shi: number, n: number): number {
  const cf = bit64(dlo, dhi, 64 - n);
  shr64(slo, shi, 64 - n); const l = RL, h = RH;
  shl64(dlo, dhi, n); RL |= l; RH |= h;
  const of = (RH >>> 31) ^ cf;
  setAll(c, cf | (of ? OF : 0) | szp64(RL, RH) | SHIFT_AF);
  return RL;
}
function shrd64(c: Cpu, dlo: number, dhi: number, slo: number, shi: number, n: number): number {
  const cf = bit64(dlo, dhi, n - 1);
  shl64(slo, shi, 64 - n); const l = RL, h = RH;
  shr64(dlo, dhi, n); RL |= l; RH |= h;
  const of = ((RH >>> 31) ^ (RH >>> 30)) & 1;
  setAll(c, cf | (of ? OF : 0) | szp64(RL, RH) | SHIFT_AF);
  return RL;
}

function doubleShift(left: boolean) {
  return (d: Insn): Exec => {
    const bad = lockUd(d); if (bad) return bad;
    const size = d.osz;
    const [rd, wr] = rmw(d, 0, size);
    const src = reader(d, 1, size);
    const cmask = size === 8 ? 63 : 31;
    const immCount = d.k2 === K_IMM;
    const ic = d.imm & cmask;
    if (immCount && ic === 0) return zeroCount(d, size, rd, wr);
    const z = zeroCount(d, size, rd, wr);
    if (size === 8) {
      const f = left ? shld64 : shrd64;
      return (c, d2) => {
        const n = immCount ? ic : c.r[2] & 63;
        if (n === 0) { z(c, d2); return; }
        const dlo = rd(c, d2), dhi = c.hi;
        const slo = src(c, d2), shi = c.hi;
        const r = f(c, dlo, dhi, slo, shi, n);
        wr(c, d2, r, RH);
      };
    }
    const f = left ? shld : shrd;
    if (immCount) return (c, d2) => { const a = rd(c, d2); wr(c, d2, f(c, a, src(c, d2), ic, size), 0); };
    return (c, d2) => {
      const n = c.r[2] & 31;
      if (n === 0) { z(c, d2); return; }
      const a = rd(c, d2);
      wr(c, d2, f(c, a, src(c, d2), n, size), 0);
    };
  };
}

defineOps([
  [[Mnemonic.Shl, Mnemonic.Sal], shiftOp(shl, shl64f)],
  [Mnemonic.Shr, shiftOp(shr, shr64f)],
  [Mnemonic.Sar, shiftOp(sar, sar64f)],
  [Mnemonic.Rol, shiftOp(rol, rol64)],
  [Mnemonic.Ror, shiftOp(ror, ror64)],
  [Mnemonic.Rcl, shiftOp(rcl, rcl64)],
  [Mnemonic.Rcr, shiftOp(rcr, rcr64)],
  [Mnemonic.Shld, doubleShift(true)],
  [Mnemonic.Shrd, doubleShift(false)],
]);
