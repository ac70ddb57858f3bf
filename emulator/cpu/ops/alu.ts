// Integer ALU: ADD ADC SUB SBB CMP AND OR XOR TEST INC DEC NEG NOT (SDM Vol 2), lazy flags.
import { Mnemonic } from 'iced-x86';
import type { Cpu } from '../cpu';
import type { Exec, Insn } from '../insn';
import { defineOps } from './registry';
import { reader, rmw, Rd, Wr } from './operand';
import { L_ADD, L_ADC, L_SUB, L_SBB, L_LOGIC, L_INC, L_DEC, getCF } from '../flags';
import { ud } from '../faults';

type Kind = 'add' | 'adc' | 'sub' | 'sbb' | 'cmp' | 'and' | 'or' | 'xor' | 'test';

/** 8/16/32-bit result (unmasked for 8/16, int32 for 32) and lazy-flag record. */
function op32(kind: Kind, c: Cpu, a: number, b: number, size: number): number {
  let r: number, lop: number;
  switch (kind) {
    case 'add': r = a + b; lop = L_ADD; break;
    case 'adc': { const cf = getCF(c) ? 1 : 0; r = a + b + cf; c.lcf = cf; lop = L_ADC; break; }
    case 'sub': case 'cmp': r = a - b; lop = L_SUB; break;
    case 'sbb': { const cf = getCF(c) ? 1 : 0; r = a - b - cf; c.lcf = cf; lop = L_SBB; break; }
    case 'and': case 'test': r = a & b; lop = L_LOGIC; break;
    case 'or': r = a | b; lop = L_LOGIC; break;
    default: r = a ^ b; lop = L_LOGIC; break;
  }
  if (size === 4) r |= 0; else r &= size === 1 ? 0xff : 0xffff;
  c.lop = lop; c.lsz = size; c.la = a; c.lb = b; c.lr = r;
  return r;
}

/** 64-bit: operands (alo, ahi) (blo, bhi); result low returned, high in c.lrh. */
function op64(kind: Kind, c: Cpu, alo: number, ahi: number, blo: number, bhi: number): number {
  let rlo: number, rhi: number, lop: number;
  switch (kind) {
    case 'add': case 'adc': {
      const cf = kind === 'adc' ? (getCF(c) ? 1 : 0) : 0;
      const lo = (alo >>> 0) + (blo >>> 0) + cf;
      rlo = lo | 0; rhi = (ahi + bhi + (lo > 0xffffffff ? 1 : 0)) | 0;
      c.lcf = cf; lop = kind === 'adc' ? L_ADC : L_ADD; break;
    }
    case 'sub': case 'cmp': case 'sbb': {
      const cf = kind === 'sbb' ? (getCF(c) ? 1 : 0) : 0;
      const lo = (alo >>> 0) - (blo >>> 0) - cf;
      rlo = lo | 0; rhi = (ahi - bhi - (lo < 0 ? 1 : 0)) | 0;
      c.lcf = cf; lop = kind === 'sbb' ? L_SBB : L_SUB; break;
    }
    case 'and': case 'test': rlo = alo & blo; rhi = ahi & bhi; lop = L_LOGIC; break;
    case 'or': rlo = alo | blo; rhi = ahi | bhi; lop = L_LOGIC; break;
    default: rlo = alo ^ blo; rhi = ahi ^ bhi; lop = L_LOGIC; break;
  }
  c.lop = lop; c.lsz = 8; c.la = alo; c.lah = ahi; c.lb = blo; c.lbh = bhi; c.lr = rlo; c.lrh = rhi;
  return rlo;
}

function binop(kind: Kind) {
  return (d: Insn): Exec => {
    const size = d.osz;
    const writes = kind !== 'cmp' && kind !== 'test';
    const src = reader(d, 1, size);
    let rd: Rd, wr: Wr | null = null;
    if (writes) [rd, wr] = rmw(d, 0, size); else rd = reader(d, 0, size);
    if (d.lock && (!writes || d.k0 !== 2)) return () => { throw ud('LOCK prefix on a register destination'); };
    if (size === 8) {
      if (!wr) return (c, d2) => { const alo = rd(c, d2), ahi = c.hi; const blo = src(c, d2); op64(kind, c, alo, ahi, blo, c.hi); };
      const w = wr;
      return (c, d2) => { const alo = rd(c, d2), ahi = c.hi; const blo = src(c, d2); const r = op64(kind, c, alo, ahi, blo, c.hi); w(c, d2, r, c.lrh); };
    }
    // xor r, r / sub r, r idiom needs no special case: the generic path is exact.
    if (!wr) return (c, d2) => { op32(kind, c, rd(c, d2), src(c, d2), size); };
    const w = wr;
    return (c, d2) => { const a = rd(c, d2); const b = src(c, d2); w(c, d2, op32(kind, c, a, b, size), 0); };
  };
}

function incdec(isInc: boolean) {
  return (d: Insn): Exec => {
    const size = d.osz;
    const [rd, wr] = rmw(d, 0, size);
    if (size === 8) {
      return (c, d2) => {
        const alo = rd(c, d2), ahi = c.hi;
        const cf = getCF(c) ? 1 : 0;
        const lo = (alo >>> 0) + (isInc ? 1 : -1);
        const rlo = lo | 0, rhi = (ahi + (isInc ? (lo > 0xffffffff ? 1 : 0) : (lo < 0 ? -1 : 0))) | 0;
        c.lop = isInc ? L_INC : L_DEC; c.lsz = 8; c.lcf = cf; c.la = alo; c.lah = ahi; c.lb = 1; c.lbh = 0; c.lr = rlo; c.lrh = rhi;
        wr(c, d2, rlo, rhi);
      };
    }
    const mask = size === 1 ? 0xff : size === 2 ? 0xffff : -1;
    return (c, d2) => {
      const a = rd(c, d2);
      const cf = getCF(c) ? 1 : 0;
      const r = ((isInc ? a + 1 : a - 1) & mask) | 0;
      c.lop = isInc ? L_INC : L_DEC; c.lsz = size; c.lcf = cf; c.la = a; c.lb = 1; c.lr = r;
      wr(c, d2, r, 0);
    };
  };
}

function neg(d: Insn): Exec {
  const size = d.osz;
  const [rd, wr] = rmw(d, 0, size);
  if (size === 8) return (c, d2) => { const lo = rd(c, d2), hi = c.hi; const r = op64('sub', c, 0, 0, lo, hi); wr(c, d2, r, c.lrh); };
  return (c, d2) => { wr(c, d2, op32('sub', c, 0, rd(c, d2), size), 0); };
}

function not(d: Insn): Exec {
  const size = d.osz;
  const [rd, wr] = rmw(d, 0, size);
  if (size === 8) return (c, d2) => { const lo = rd(c, d2); wr(c, d2, ~lo, ~c.hi); };
  const mask = size === 1 ? 0xff : size === 2 ? 0xffff : -1;
  return (c, d2) => { wr(c, d2, ~rd(c, d2) & mask, 0); };
}

defineOps([
  [Mnemonic.Add, binop('add')], [Mnemonic.Adc, binop('adc')], [Mnemonic.Sub, binop('sub')], [Mnemonic.Sbb, binop('sbb')],
  [Mnemonic.Cmp, binop('cmp')], [Mnemonic.And, binop('and')], [Mnemonic.Or, binop('or')], [Mnemonic.Xor, binop('xor')],
  [Mnemonic.Test, binop('test')], [Mnemonic.Inc, incdec(true)], [Mnemonic.Dec, incdec(false)], [Mnemonic.Neg, neg], [Mnemonic.Not, not],
]);
