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
    if (d.mrip) return (c) => (c.nrip + disp) % 4294967296 >>> 0; // EIP-relative (64-bit mode with 0x67)
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
