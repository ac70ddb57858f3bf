// MUL, IMUL (one-, two- and three-operand forms), DIV, IDIV (SDM Vol 2A/2B).
//
// 8/16-bit products and quotients are exact in doubles; 32x32 products use Math.imul for the low dword and a
// 16-bit split for the high dword (a 32x32 product exceeds 2^53); 64x64 products are exact 32-bit limb
// arithmetic. Divisions of 64/32 and 128/64 use 16-bit digit long division while the divisor fits 32 bits,
// doubles while the dividend fits 53 bits, and BigInt only for the remaining 128/64 cases.
//
// Flags: MUL/IMUL define CF = OF = "the result does not fit the destination"; SF, ZF, AF, PF are
// architecturally undefined. DIV/IDIV leave all six undefined. Our choices (see FLAGS_* below) match AMD Zen,
// the processor the differential test runs on.
import { Mnemonic } from 'iced-x86';
import type { Cpu } from '../cpu';
import type { Exec, Insn } from '../insn';
import { defineOps } from './registry';
import { reader, Rd } from './operand';
import { CF, OF, SF, ZF, AF, PF, setFlags } from '../flags';
import { CpuFault, DE, ud } from '../faults';

/**
 * Flags after MUL/IMUL: CF = OF = `overflow` (SDM). SF, ZF, AF, PF are architecturally undefined: we leave
 * them unchanged, as AMD Zen does (checked against it; Intel CPUs are reported to compute them from the result).
 */
function mulFlags(c: Cpu, overflow: boolean): void { setFlags(c, CF | OF, overflow ? CF | OF : 0); }

/**
 * DIV/IDIV: CF, OF, SF, ZF, AF, PF are all architecturally undefined. We produce what AMD Zen does (checked
 * against it for every size and many operands): CF and OF unchanged, SF = ZF = PF = 0, AF = 1.
 */
function divFlags(c: Cpu): void { setFlags(c, SF | ZF | AF | PF, AF); }

function divideError(what: string): CpuFault { return new CpuFault(DE, undefined, what); }

// ------------------------------------------------------------------------------------ limb arithmetic
/** High dword of the last mulu32/muls32 (int32). */
let MH = 0;
/** Unsigned 32x32 -> 64: returns the low dword (int32), high dword in MH. */
function mulu32(a: number, b: number): number {
  const ua = a >>> 0, ub = b >>> 0;
  const t = (ua >>> 16) * ub, u = (ua & 0xffff) * ub; // each < 2^48: exact
  const th = Math.floor(t / 65536), tl = t - th * 65536;
  MH = (th + Math.floor((tl * 65536 + u) / 4294967296)) | 0;
  return Math.imul(a, b);
}
/** Signed 32x32 -> 64: returns the low dword (int32), high dword in MH. */
function muls32(a: number, b: number): number {
  const lo = mulu32(a, b);
  MH = (MH - (a < 0 ? b : 0) - (b < 0 ? a : 0)) | 0;
  return lo;
}

/** 128-bit product limbs, low to high (int32). */
let P0 = 0, P1 = 0, P2 = 0, P3 = 0;
/** Unsigned 64x64 -> 128 into P0..P3. */
function mulu64(alo: number, ahi: number, blo: number, bhi: number): void {
  const l00 = mulu32(alo, blo), h00 = MH >>> 0;
  const l01 = mulu32(alo, bhi) >>> 0, h01 = MH >>> 0;
  const l10 = mulu32(ahi, blo) >>> 0, h10 = MH >>> 0;
  const l11 = mulu32(ahi, bhi) >>> 0, h11 = MH >>> 0;
  const m1 = h00 + l01 + l10;                       // < 3 * 2^32
  const c1 = Math.floor(m1 / 4294967296);
  const m2 = h01 + h10 + l11 + c1;
  const c2 = Math.floor(m2 / 4294967296);
  P0 = l00; P1 = m1 | 0; P2 = m2 | 0; P3 = (h11 + c2) | 0;
}
/** Subtracts (lo, hi) from the high 64 bits P3:P2. */
function subHigh(lo: number, hi: number): void {
  const l = (P2 >>> 0) - (lo >>> 0);
  P2 = l | 0;
  P3 = (P3 - hi - (l < 0 ? 1 : 0)) | 0;
}
/** Signed 64x64 -> 128 into P0..P3. */
function muls64(alo: number, ahi: number, blo: number, bhi: number): void {
  mulu64(alo, ahi, blo, bhi);
  if (ahi < 0) subHigh(blo, bhi);
  if (bhi < 0) subHigh(alo, ahi);
}

/** Remainder of the last division helper. */
let REM = 0;
/** Unsigned (hi:lo) / d for 32-bit hi < d (so the quotient fits 32 bits): quotient (unsigned number), remainder in REM. */
function divu64by32(hi: number, lo: number, d: number): number {
  const ud = d >>> 0, ul = lo >>> 0;
  let r = hi >>> 0;
  let x = r * 65536 + (ul >>> 16);        // < 2^48
  const q1 = Math.floor(x / ud); r = x - q1 * ud;
  x = r * 65536 + (ul & 0xffff);
  const q0 = Math.floor(x / ud); r = x - q0 * ud;
  REM = r;
  return q1 * 65536 + q0;
}

/** Quotient (lo, hi) and remainder (lo, hi) of the last 128/64 division. */
let QL = 0, QH = 0, RL = 0, RH = 0;
/**
 * Unsigned (n3 n2 n1 n0) / (dhi dlo), requiring n3:n2 < divisor (the quotient fits 64 bits; checked by the caller).
 */
function divu128by64(n0: number, n1: number, n2: number, n3: number, dlo: number, dhi: number): void {
  if (dhi === 0) {
    // Divisor < 2^32, and n3:n2 < divisor: n3 = 0. 16-bit digit long division over n2 (the running remainder), n1, n0.
    const d = dlo >>> 0;
    let r = n2 >>> 0;
    let q = 0;
    const digits = [n1 >>> 16, n1 & 0xffff, n0 >>> 16, n0 & 0xffff];
    let qh = 0;
    for (let k = 0; k < 4; k++) {
      const x = r * 65536 + digits[k];
      const qd = Math.floor(x / d); r = x - qd * d;
      if (k < 2) qh = qh * 65536 + qd; else q = q * 65536 + qd;
    }
    QL = q | 0; QH = qh | 0; RL = r | 0; RH = 0;
    return;
  }
  if (n3 === 0 && n2 === 0 && (n1 >>> 0) < 0x200000) {
    // Dividend < 2^53: exact in doubles (divisor >= 2^32 here, quotient < 2^21).
    const a = (n1 >>> 0) * 4294967296 + (n0 >>> 0), dv = (dhi >>> 0) * 4294967296 + (dlo >>> 0);
    if (dv > a) { QL = 0; QH = 0; RL = n0; RH = n1; return; }
    const q = Math.floor(a / dv), r = a - q * dv;
    QL = q | 0; QH = 0; RL = r | 0; RH = Math.floor(r / 4294967296) | 0;
    return;
  }
  // Slow path (rare: a 128-bit dividend with a divisor of 2^32 or more).
  const u32 = (v: number): bigint => BigInt(v >>> 0);
  const n = (u32(n3) << 96n) | (u32(n2) << 64n) | (u32(n1) << 32n) | u32(n0);
  const dv = (u32(dhi) << 32n) | u32(dlo);
  const q = n / dv, r = n % dv;
  QL = Number(BigInt.asIntN(32, q)); QH = Number(BigInt.asIntN(32, q >> 32n));
  RL = Number(BigInt.asIntN(32, r)); RH = Number(BigInt.asIntN(32, r >> 32n));
}
function ltu64(alo: number, ahi: number, blo: number, bhi: number): boolean {
  return (ahi >>> 0) < (bhi >>> 0) || (ahi === bhi && (alo >>> 0) < (blo >>> 0));
}

// ------------------------------------------------------------------------------------ MUL / IMUL (one operand)
function mul1(signed: boolean) {
  return (d: Insn): Exec => {
    if (d.lock) return () => { throw ud(`LOCK prefix on ${d.text}`); };
    const size = d.osz;
    const src = reader(d, 0, size);
    switch (size) {
      case 1:
        return (c, d2) => {
          const b = src(c, d2), a = c.r[0] & 0xff;
          const p = signed ? (((a << 24) >> 24) * ((b << 24) >> 24)) & 0xffff : a * b;
          c.r[0] = (c.r[0] & ~0xffff) | p;
          // CF=OF: MUL: AH != 0; IMUL: AX != sign-extended AL.
          mulFlags(c, signed ? ((p << 24) >> 24) !== ((p << 16) >> 16) : p > 0xff);
        };
      case 2:
        return (c, d2) => {
          const b = src(c, d2), a = c.r[0] & 0xffff;
          const p = signed ? ((a << 16) >> 16) * ((b << 16) >> 16) : a * b; // exact
          const lo = p & 0xffff, hi = (p >>> 16) & 0xffff;
          c.r[0] = (c.r[0] & ~0xffff) | lo;
          c.r[4] = (c.r[4] & ~0xffff) | hi;
          mulFlags(c, signed ? ((lo << 16) >> 16) !== p : hi !== 0);
        };
      case 4:
        return (c, d2) => {
          const b = src(c, d2);
          const lo = signed ? muls32(c.r[0], b) : mulu32(c.r[0], b), hi = MH;
          c.r[0] = lo; c.r[1] = 0; c.r[4] = hi; c.r[5] = 0;
          mulFlags(c, signed ? hi !== lo >> 31 : hi !== 0);
        };
      default:
        return (c, d2) => {
          const blo = src(c, d2), bhi = c.hi;
          const r = c.r;
          if (signed) muls64(r[0], r[1], blo, bhi); else mulu64(r[0], r[1], blo, bhi);
          r[0] = P0; r[1] = P1; r[4] = P2; r[5] = P3;
          const sx = P1 >> 31;
          mulFlags(c, signed ? P2 !== sx || P3 !== sx : (P2 | P3) !== 0);
        };
    }
  };
}

// ------------------------------------------------------------------------------------ IMUL (two/three operands)
function imul(d: Insn): Exec {
  if (d.nops === 1) return mul1(true)(d);
  if (d.lock) return () => { throw ud(`LOCK prefix on ${d.text}`); };
  const size = d.osz;
  const i = d.g0 << 1;
  // Two-operand: dest = dest * src; three-operand: dest = src * imm.
  const a: Rd = d.nops === 3 ? reader(d, 1, size) : reader(d, 0, size);
  const b: Rd = d.nops === 3 ? reader(d, 2, size) : reader(d, 1, size);
  switch (size) {
    case 2:
      return (c, d2) => {
        const x = a(c, d2), y = b(c, d2);
        const p = ((x << 16) >> 16) * ((y << 16) >> 16);
        const lo = p & 0xffff;
        c.r[i] = (c.r[i] & ~0xffff) | lo;
        mulFlags(c, ((lo << 16) >> 16) !== p);
      };
    case 4:
      return (c, d2) => {
        const x = a(c, d2), y = b(c, d2);
        // The double product is exact up to 2^53 and only rounds beyond it, so the int32 range test is exact.
        const p = x * y;
        c.r[i] = Math.imul(x, y); c.r[i + 1] = 0;
        mulFlags(c, p > 2147483647 || p < -2147483648);
      };
    default:
      return (c, d2) => {
        const xlo = a(c, d2), xhi = c.hi;
        const ylo = b(c, d2), yhi = c.hi;
        muls64(xlo, xhi, ylo, yhi);
        c.r[i] = P0; c.r[i + 1] = P1;
        const sx = P1 >> 31;
        mulFlags(c, P2 !== sx || P3 !== sx);
      };
  }
}

// ------------------------------------------------------------------------------------ DIV / IDIV
function div(signed: boolean) {
  return (d: Insn): Exec => {
    if (d.lock) return () => { throw ud(`LOCK prefix on ${d.text}`); };
    const size = d.osz;
    const src = reader(d, 0, size);
    switch (size) {
      case 1:
        return (c, d2) => {
          const v = src(c, d2);
          if (v === 0) throw divideError('divide by zero');
          const ax = c.r[0] & 0xffff;
          let q: number, rem: number;
          if (signed) {
            const n = (ax << 16) >> 16, dv = (v << 24) >> 24;
            q = Math.trunc(n / dv); rem = n % dv;
            if (q > 127 || q < -128) throw divideError(`quotient overflow (${n} / ${dv})`);
          } else {
            q = Math.floor(ax / v); rem = ax - q * v;
            if (q > 0xff) throw divideError(`quotient overflow (0x${ax.toString(16)} / 0x${v.toString(16)})`);
          }
          c.r[0] = (c.r[0] & ~0xffff) | (q & 0xff) | ((rem & 0xff) << 8);
          divFlags(c);
        };
      case 2:
        return (c, d2) => {
          const v = src(c, d2);
          if (v === 0) throw divideError('divide by zero');
          const n32 = ((c.r[4] & 0xffff) << 16) | (c.r[0] & 0xffff);
          let q: number, rem: number;
          if (signed) {
            const dv = (v << 16) >> 16;
            q = Math.trunc(n32 / dv); rem = n32 % dv;
            if (q > 32767 || q < -32768) throw divideError(`quotient overflow (${n32} / ${dv})`);
          } else {
            const n = n32 >>> 0;
            q = Math.floor(n / v); rem = n - q * v;
            if (q > 0xffff) throw divideError(`quotient overflow (0x${n.toString(16)} / 0x${v.toString(16)})`);
          }
          c.r[0] = (c.r[0] & ~0xffff) | (q & 0xffff);
          c.r[4] = (c.r[4] & ~0xffff) | (rem & 0xffff);
          divFlags(c);
        };
      case 4:
        return (c, d2) => {
          const v = src(c, d2);
          if (v === 0) throw divideError('divide by zero');
          const lo = c.r[0], hi = c.r[4];
          let q: number, rem: number;
          if (signed) {
            if (hi === lo >> 31) { q = Math.trunc(lo / v); rem = lo % v; } else {
              // |dividend| >= 2^31: divide magnitudes.
              const neg = hi < 0;
              let ml = lo, mh = hi;
              if (neg) { ml = -lo | 0; mh = (~hi + (ml === 0 ? 1 : 0)) | 0; }
              const mv = Math.abs(v);
              if ((mh >>> 0) >= mv) throw divideError('quotient overflow');
              const uq = divu64by32(mh, ml, mv);
              q = neg !== (v < 0) ? -uq : uq; rem = neg ? -REM : REM;
            }
            if (q > 0x7fffffff || q < -0x80000000) throw divideError('quotient overflow');
          } else {
            const ud = v >>> 0;
            if (hi === 0) { const n = lo >>> 0; q = Math.floor(n / ud); rem = n - q * ud; } else {
              if ((hi >>> 0) >= ud) throw divideError('quotient overflow');
              q = divu64by32(hi, lo, ud); rem = REM;
            }
          }
          c.r[0] = q | 0; c.r[1] = 0; c.r[4] = rem | 0; c.r[5] = 0;
          divFlags(c);
        };
      default:
        return (c, d2) => {
          const vlo = src(c, d2), vhi = c.hi;
          if ((vlo | vhi) === 0) throw divideError('divide by zero');
          const r = c.r;
          const n0 = r[0], n1 = r[1], n2 = r[4], n3 = r[5];
          if (!signed) {
            if (!ltu64(n2, n3, vlo, vhi)) throw divideError('quotient overflow');
            divu128by64(n0, n1, n2, n3, vlo, vhi);
            r[0] = QL; r[1] = QH; r[4] = RL; r[5] = RH;
            divFlags(c);
            return;
          }
          // Signed: divide magnitudes, then check the quotient range.
          const neg = n3 < 0, dneg = vhi < 0;
          let a0 = n0, a1 = n1, a2 = n2, a3 = n3;
          if (neg) {
            // 128-bit two's complement negation.
            a0 = ~a0; a1 = ~a1; a2 = ~a2; a3 = ~a3;
            a0 = (a0 + 1) | 0;
            if (a0 === 0) { a1 = (a1 + 1) | 0; if (a1 === 0) { a2 = (a2 + 1) | 0; if (a2 === 0) a3 = (a3 + 1) | 0; } }
          }
          let dl = vlo, dh = vhi;
          if (dneg) { dl = -vlo | 0; dh = (~vhi + (dl === 0 ? 1 : 0)) | 0; }
          // Magnitude quotient must fit 64 bits unsigned for the division helper, then 63 bits signed.
          if (!ltu64(a2, a3, dl, dh)) throw divideError('quotient overflow');
          divu128by64(a0, a1, a2, a3, dl, dh);
          let ql = QL, qh = QH, rl = RL, rh = RH;
          const qneg = neg !== dneg;
          // Range: quotient magnitude <= 2^63 - 1, or exactly 2^63 when negative.
          if (qh < 0 && !(qneg && qh === (0x80000000 | 0) && ql === 0)) throw divideError('quotient overflow');
          if (qneg) { ql = -ql | 0; qh = (~qh + (ql === 0 ? 1 : 0)) | 0; }
          if (neg) { rl = -rl | 0; rh = (~rh + (rl === 0 ? 1 : 0)) | 0; }
          r[0] = ql; r[1] = qh; r[4] = rl; r[5] = rh;
          divFlags(c);
        };
    }
  };
}

defineOps([
  [Mnemonic.Mul, mul1(false)],
  [Mnemonic.Imul, imul],
  [Mnemonic.Div, div(false)],
  [Mnemonic.Idiv, div(true)],
]);
