// RFLAGS bits (SDM Vol 1 3.4.3) and the lazy arithmetic-flag evaluator.
// Arithmetic instructions record (operation, size, a, b, result) instead of computing six flags;
// a flag is derived only when read. Undefined flags are documented where they are produced.
import type { Cpu } from './cpu';

export const CF = 1 << 0, PF = 1 << 2, AF = 1 << 4, ZF = 1 << 6, SF = 1 << 7, TF = 1 << 8, IF = 1 << 9, DF = 1 << 10, OF = 1 << 11;
export const IOPL = 3 << 12, NT = 1 << 14, RF = 1 << 16, VM = 1 << 17, AC = 1 << 18, VIF = 1 << 19, VIP = 1 << 20, ID = 1 << 21;
export const ARITH = CF | PF | AF | ZF | SF | OF;
/** Bits software can change with POPF/IRET at CPL 0 (reserved bit 1 always 1). */
export const FLAGS_WRITABLE = ARITH | TF | IF | DF | IOPL | NT | RF | AC | ID | VIF | VIP | VM;

// Lazy operations.
export const L_NONE = 0, L_ADD = 1, L_ADC = 2, L_SUB = 3, L_SBB = 4, L_LOGIC = 5, L_INC = 6, L_DEC = 7;

export const PARITY = (() => {
  const t = new Uint8Array(256);
  for (let i = 0; i < 256; i++) { let b = i, p = 1; while (b) { p ^= b & 1; b >>>= 1; } t[i] = p ? PF : 0; }
  return t;
})();

const SIGN = [0, 0x80, 0x8000, 0, 0x80000000];
const MASK = [0, 0xff, 0xffff, 0, 0xffffffff];

/** Unsigned a < b on (lo, hi) 64-bit pairs. */
function ltu64(alo: number, ahi: number, blo: number, bhi: number): boolean {
  return (ahi >>> 0) < (bhi >>> 0) || (ahi === bhi && (alo >>> 0) < (blo >>> 0));
}

function carry(c: Cpu): boolean {
  const s = c.lsz;
  if (s === 8) {
    switch (c.lop) {
      case L_ADD: return ltu64(c.lr, c.lrh, c.la, c.lah);
      case L_ADC: return ltu64(c.lr, c.lrh, c.la, c.lah) || (c.lcf !== 0 && c.lr === c.la && c.lrh === c.lah);
      case L_SUB: return ltu64(c.la, c.lah, c.lb, c.lbh);
      case L_SBB: return ltu64(c.la, c.lah, c.lb, c.lbh) || (c.lcf !== 0 && c.la === c.lb && c.lah === c.lbh);
      case L_LOGIC: return false;
      default: return c.lcf !== 0;
    }
  }
  const m = MASK[s];
  const a = c.la & m, b = c.lb & m, r = c.lr & m;
  const ua = a >>> 0, ub = b >>> 0, ur = r >>> 0;
  switch (c.lop) {
    case L_ADD: return ur < ua;
    case L_ADC: return ur < ua || (c.lcf !== 0 && ur === ua);
    case L_SUB: return ua < ub;
    case L_SBB: return ua < ub || (c.lcf !== 0 && ua === ub);
    case L_LOGIC: return false;
    default: return c.lcf !== 0;
  }
}

function overflow(c: Cpu): boolean {
  const s = c.lsz;
  let a: number, b: number, r: number, sign: number;
  if (s === 8) { a = c.lah; b = c.lbh; r = c.lrh; sign = 0x80000000; } else { a = c.la; b = c.lb; r = c.lr; sign = SIGN[s]; }
  switch (c.lop) {
    case L_ADD: case L_ADC: return (((a ^ r) & (b ^ r)) & sign) !== 0;
    case L_SUB: case L_SBB: return (((a ^ b) & (a ^ r)) & sign) !== 0;
    case L_INC: return s === 8 ? (c.lrh === -0x80000000 && c.lr === 0) : (r & MASK[s]) >>> 0 === sign >>> 0;
    case L_DEC: return s === 8 ? (c.lrh === 0x7fffffff && c.lr === -1) : (r & MASK[s]) >>> 0 === (sign - 1) >>> 0;
    default: return false;
  }
}

export function getCF(c: Cpu): boolean { return c.lop === L_NONE ? (c.flags & CF) !== 0 : carry(c); }
export function getZF(c: Cpu): boolean {
  if (c.lop === L_NONE) return (c.flags & ZF) !== 0;
  return c.lsz === 8 ? (c.lr | c.lrh) === 0 : (c.lr & MASK[c.lsz]) === 0;
}
export function getSF(c: Cpu): boolean {
  if (c.lop === L_NONE) return (c.flags & SF) !== 0;
  return c.lsz === 8 ? c.lrh < 0 : (c.lr & SIGN[c.lsz]) !== 0;
}
export function getOF(c: Cpu): boolean { return c.lop === L_NONE ? (c.flags & OF) !== 0 : overflow(c); }
export function getPF(c: Cpu): boolean { return c.lop === L_NONE ? (c.flags & PF) !== 0 : PARITY[c.lr & 0xff] !== 0; }
/** AF after logic operations is architecturally undefined: we produce 0. */
export function getAF(c: Cpu): boolean {
  if (c.lop === L_NONE) return (c.flags & AF) !== 0;
  if (c.lop === L_LOGIC) return false;
  return ((c.la ^ c.lb ^ c.lr) & 0x10) !== 0;
}

/** Folds the lazy state into c.flags so that every bit of c.flags is authoritative. */
export function materialize(c: Cpu): void {
  const op = c.lop;
  if (op === L_NONE) return;
  if (op === L_LOGIC && c.lsz !== 8) {
    // Fast path for AND/OR/XOR/TEST: CF = OF = AF = 0 (AF undefined: 0).
    const r = c.lr & MASK[c.lsz];
    c.flags = (c.flags & ~ARITH) | PARITY[r & 0xff] | (r === 0 ? ZF : 0) | ((r & SIGN[c.lsz]) !== 0 ? SF : 0);
    c.lop = L_NONE;
    return;
  }
  let f = c.flags & ~ARITH;
  if (carry(c)) f |= CF;
  f |= PARITY[c.lr & 0xff];
  if (getAF(c)) f |= AF;
  if (getZF(c)) f |= ZF;
  if (getSF(c)) f |= SF;
  if (overflow(c)) f |= OF;
  c.flags = f;
  c.lop = L_NONE;
}

/** Condition codes in the x86 encoding order (tttn, SDM Vol 1 Appendix B). */
export function cond(c: Cpu, cc: number): boolean {
  let r: boolean;
  switch (cc >> 1) {
    case 0: r = getOF(c); break;
    case 1: r = getCF(c); break;
    case 2: r = getZF(c); break;
    case 3: r = getCF(c) || getZF(c); break;
    case 4: r = getSF(c); break;
    case 5: r = getPF(c); break;
    case 6: r = getSF(c) !== getOF(c); break;
    default: r = getZF(c) || getSF(c) !== getOF(c); break;
  }
  return (cc & 1) !== 0 ? !r : r;
}

/** Sets arithmetic flags explicitly (shifts, multiplies, BT...): `set` bits among `which`. */
export function setFlags(c: Cpu, which: number, set: number): void {
  // The pending (lazy) state describes only the six arithmetic flags: setting all of them needs none of it.
  if (which === ARITH) c.lop = L_NONE; else materialize(c);
  c.flags = (c.flags & ~which) | (set & which);
}
