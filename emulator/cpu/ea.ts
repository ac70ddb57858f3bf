// Effective-address computation (SDM Vol 2 2.1.5), specialised per instruction at decode time.
// Results: 16-bit addressing 0..0xFFFF, 32-bit 0..2^32-1, 64-bit the exact signed 64-bit value
// (as a number; values beyond +-2^53 are non-canonical and are computed exactly with BigInt).
import type { Cpu } from './cpu';
import type { Insn } from './insn';

type EaFn = (c: Cpu, d: Insn) => number;

function exact64(c: Cpu, d: Insn): number {
  // Slow path for huge values: exact modular sum, then signed.
  const r = c.r;
  let v = BigInt.asIntN(32, BigInt(d.mdisp)) ;
  if (d.mbase >= 0) v += (BigInt(r[2 * d.mbase + 1]) << 32n) | BigInt(r[2 * d.mbase] >>> 0);
  if (d.midx >= 0) v += ((BigInt(r[2 * d.midx + 1]) << 32n) | BigInt(r[2 * d.midx] >>> 0)) << BigInt(d.mscale);
  if (d.mrip) v += BigInt(c.nrip);
  const s = BigInt.asIntN(64, v);
  return Number(s);
}

function v64(c: Cpu, g: number): number { return c.r[2 * g + 1] * 4294967296 + (c.r[2 * g] >>> 0); }

export function makeEa(d: Insn): EaFn {
  const disp = d.mdisp, b = d.mbase, i = d.midx, sh = d.mscale, scale = 1 << sh;
  if (d.asz === 8) {
    if (d.mrip) return (c) => c.nrip + disp;
    const check = (c: Cpu, d2: Insn, v: number): number => (v > 9007199254740991 || v < -9007199254740991 ? exact64(c, d2) : v);
    if (b >= 0 && i < 0) return (c, d2) => check(c, d2, v64(c, b) + disp);
    if (b < 0 && i >= 0) return (c, d2) => check(c, d2, v64(c, i) * scale + disp);
    if (b >= 0 && i >= 0) return (c, d2) => check(c, d2, v64(c, b) + v64(c, i) * scale + disp);
    return () => disp;
  }
  if (d.asz === 4) {
    if (d.mrip) return (c) => (c.nrip + disp) >>> 0; // EIP-relative (64-bit mode with 0x67)
    if (b >= 0 && i < 0) return (c) => (c.r[2 * b] + disp) >>> 0;
    if (b < 0 && i >= 0) return (c) => ((c.r[2 * i] << sh) + disp) >>> 0;
    if (b >= 0 && i >= 0) return (c) => (c.r[2 * b] + (c.r[2 * i] << sh) + disp) >>> 0;
    return () => disp >>> 0;
  }
  // 16-bit addressing: base/index are BX/BP/SI/DI, displacement sign-extended.
  if (b >= 0 && i < 0) return (c) => (c.r[2 * b] + disp) & 0xffff;
  if (b < 0 && i >= 0) return (c) => (c.r[2 * i] + disp) & 0xffff;
  if (b >= 0 && i >= 0) return (c) => (c.r[2 * b] + c.r[2 * i] + disp) & 0xffff;
  return () => disp & 0xffff;
}

/**
 * LEA with 64-bit address size: the exact 64-bit sum base + index*scale + disp (modulo 2^64), computed
 * on 32-bit halves (effective addresses may be any 64-bit value, not only canonical ones).
 * Returns the low dword and leaves the high dword in c.hi.
 */
export function lea64(c: Cpu, d: Insn): number {
  if (d.mrip) {
    const v = c.nrip + d.mdisp; // canonical RIP + disp32: exact as a double
    c.hi = Math.floor(v / 4294967296) | 0;
    return v | 0;
  }
  const r = c.r;
  let lo = d.mdisp >>> 0, hi = d.mdisp < 0 ? -1 : 0;
  if (d.mdispHi !== (d.mdisp < 0 ? -1 : 0)) hi = d.mdispHi;
  if (d.mbase >= 0) {
    const s = lo + (r[2 * d.mbase] >>> 0);
    hi = (hi + r[2 * d.mbase + 1] + (s > 0xffffffff ? 1 : 0)) | 0; lo = s >>> 0;
  }
  if (d.midx >= 0) {
    const sh = d.mscale;
    const ilo = r[2 * d.midx], ihi = r[2 * d.midx + 1];
    const slo = (ilo << sh) >>> 0, shi = sh === 0 ? ihi : (ihi << sh) | (ilo >>> (32 - sh));
    const s = lo + slo;
    hi = (hi + shi + (s > 0xffffffff ? 1 : 0)) | 0; lo = s >>> 0;
  }
  c.hi = hi;
  return lo | 0;
}
