// Bit instructions: BT BTS BTR BTC, BSF BSR, TZCNT LZCNT POPCNT, SETcc, CMOVcc, BSWAP, LAHF SAHF (SDM Vol 2).
//
// Architecturally undefined results, chosen to match AMD Zen (the processor the differential test runs on;
// each checked against it):
//  - BT/BTS/BTR/BTC: OF, SF, AF, PF unchanged (ZF is architecturally unchanged).
//  - BSF/BSR: CF, OF, SF, AF, PF unchanged. With a zero source the destination is not written at all, not
//    even the upper half of a 32-bit register (AMD documents this; Intel documents "undefined").
//  - TZCNT/LZCNT: SF, AF, PF cleared, OF unchanged.
//  - BSWAP with a 16-bit operand: the 16-bit register becomes 0.
import { Mnemonic } from 'iced-x86';
import type { Cpu } from '../cpu';
import type { Exec, Insn } from '../insn';
import { K_IMM, K_MEM, K_REG } from '../insn';
import { defineOps } from './registry';
import { eaOf, reader, rmw, writer, Rd } from './operand';
import { CF, OF, AF, ZF, SF, PF, cond, setFlags } from '../flags';
import { ud } from '../faults';

function lockUd(d: Insn): Exec { return () => { throw ud(`LOCK prefix on ${d.text}`); }; }

// ------------------------------------------------------------------------------------ BT BTS BTR BTC
const BT = 0, BTS = 1, BTR = 2, BTC = 3;

/** Applies the BTx operation to bit `b` of value `v` (32-bit int or 16/8-bit unsigned); returns the new value. */
function btApply(op: number, v: number, b: number): number {
  const m = 1 << b;
  return op === BTS ? v | m : op === BTR ? v & ~m : v ^ m;
}
/** CF = the selected bit; OF/SF/AF/PF unchanged (undefined; AMD Zen), ZF unchanged (SDM). */
function btFlags(c: Cpu, bit: number): void { setFlags(c, CF, bit); }

function btOp(op: number) {
  return (d: Insn): Exec => {
    const size = d.osz;
    const w = size << 3;
    // LOCK: only BTS/BTR/BTC with a memory destination.
    if (d.lock && (op === BT || d.k0 !== K_MEM)) return lockUd(d);
    const immOffset = d.k1 === K_IMM;
    if (d.k0 === K_REG || immOffset) {
      // Bit offset modulo the operand width (register base or immediate offset): no address adjustment.
      const ib = d.imm & (w - 1);
      const off: Rd = immOffset ? () => ib : reader(d, 1, size);
      if (op === BT) {
        const src = reader(d, 0, size);
        if (size === 8) return (c, d2) => { const lo = src(c, d2), hi = c.hi; const b = off(c, d2) & 63; btFlags(c, b < 32 ? (lo >>> b) & 1 : (hi >>> (b - 32)) & 1); };
        return (c, d2) => { const v = src(c, d2); btFlags(c, (v >>> (off(c, d2) & (w - 1))) & 1); };
      }
      const [rd, wr] = rmw(d, 0, size);
      if (size === 8) {
        return (c, d2) => {
          let lo = rd(c, d2), hi = c.hi;
          const b = off(c, d2) & 63;
          if (b < 32) { btFlags(c, (lo >>> b) & 1); lo = btApply(op, lo, b); } else { btFlags(c, (hi >>> (b - 32)) & 1); hi = btApply(op, hi, b - 32); }
          wr(c, d2, lo, hi);
        };
      }
      return (c, d2) => {
        const v = rd(c, d2);
        const b = off(c, d2) & (w - 1);
        btFlags(c, (v >>> b) & 1);
        wr(c, d2, btApply(op, v, b), 0);
      };
    }
    // Memory bit string with a register bit offset (SDM "bit base / bit offset"): the signed offset selects
    // the operand-sized unit at EA + (offset SAR log2(w)) * size (offset range +-2^15, +-2^31, +-2^63), and
    // bit (offset mod w) in it. The address wraps at the address size.
    const ea = eaOf(d), seg = d.mseg, asz = d.asz, g = d.g1;
    const addr = (c: Cpu, d2: Insn): number => {
      const base = ea(c, d2);
      let disp: number;
      if (size === 2) disp = (((c.r[g << 1] << 16) >> 16) >> 4) * 2;
      else if (size === 4) disp = (c.r[g << 1] >> 5) * 4;
      else {
        const hi = c.r[(g << 1) + 1];
        // Offsets of 2^53 or more: exact BigInt path (the address is then usually non-canonical and faults).
        if (hi >= 0x200000 || hi < -0x200000) return exactAddr(c, base, g, asz);
        disp = Math.floor((hi * 4294967296 + (c.r[g << 1] >>> 0)) / 64) * 8;
      }
      const a = base + disp;
      if (asz === 2) return a & 0xffff;
      if (asz === 4) return (a >>> 0);
      return a; // 64-bit: |base| and |disp| < 2^53 here, so the sum is exact
    };
    if (op === BT) {
      return (c, d2) => {
        const a = addr(c, d2);
        const b = c.r[g << 1] & (w - 1);
        if (size === 8) { const lo = c.read64(seg, a), hi = c.hi; btFlags(c, b < 32 ? (lo >>> b) & 1 : (hi >>> (b - 32)) & 1); return; }
        const v = size === 2 ? c.read16(seg, a) : c.read32(seg, a);
        btFlags(c, (v >>> b) & 1);
      };
    }
    return (c, d2) => {
      const a = addr(c, d2);
      const b = c.r[g << 1] & (w - 1);
      c.probeWrite(seg, a, size);
      if (size === 8) {
        let lo = c.read64(seg, a), hi = c.hi;
        if (b < 32) { btFlags(c, (lo >>> b) & 1); lo = btApply(op, lo, b); } else { btFlags(c, (hi >>> (b - 32)) & 1); hi = btApply(op, hi, b - 32); }
        c.write64(seg, a, lo, hi);
        return;
      }
      const v = size === 2 ? c.read16(seg, a) : c.read32(seg, a);
      btFlags(c, (v >>> b) & 1);
      if (size === 2) c.write16(seg, a, btApply(op, v, b)); else c.write32(seg, a, btApply(op, v, b));
    };
  };
}

/** Exact EA + (offset SAR 6) * 8 for a 64-bit register offset of 2^53 or more, wrapped to the address size. */
function exactAddr(c: Cpu, base: number, g: number, asz: number): number {
  const off = (BigInt(c.r[(g << 1) + 1]) << 32n) | BigInt(c.r[g << 1] >>> 0);
  const a = BigInt(Math.round(base)) + ((off >> 6n) << 3n);
  return Number(asz === 8 ? BigInt.asIntN(64, a) : asz === 4 ? BigInt.asUintN(32, a) : BigInt.asUintN(16, a));
}

// ------------------------------------------------------------------------------------ BSF BSR TZCNT LZCNT POPCNT
/** Count of trailing zeros of a non-zero int32. */
function ctz32(v: number): number { return 31 - Math.clz32(v & -v); }

/** BSF/BSR: ZF = source is 0. Undefined CF, OF, SF, AF, PF: left unchanged (AMD Zen). */
function bsxFlags(c: Cpu, zero: boolean): void { setFlags(c, ZF, zero ? ZF : 0); }
/** TZCNT/LZCNT: CF = source is 0, ZF = result is 0. Undefined: SF, AF, PF cleared and OF unchanged (AMD Zen). */
function cntFlags(c: Cpu, cf: boolean, zf: boolean): void { setFlags(c, ZF | CF | SF | AF | PF, (cf ? CF : 0) | (zf ? ZF : 0)); }

function bsx(reverse: boolean) {
  return (d: Insn): Exec => {
    if (d.lock) return lockUd(d);
    const size = d.osz;
    const src = reader(d, 1, size);
    const i = d.g0 << 1;
    if (size === 8) {
      return (c, d2) => {
        const lo = src(c, d2), hi = c.hi;
        if ((lo | hi) === 0) { bsxFlags(c, true); return; }
        let n: number;
        if (reverse) n = hi !== 0 ? 63 - Math.clz32(hi) : 31 - Math.clz32(lo);
        else n = lo !== 0 ? ctz32(lo) : 32 + ctz32(hi);
        c.r[i] = n; c.r[i + 1] = 0;
        bsxFlags(c, false);
      };
    }
    return (c, d2) => {
      const v = src(c, d2);
      if (v === 0) { bsxFlags(c, true); return; }
      const n = reverse ? 31 - Math.clz32(v) : ctz32(v);
      if (size === 2) c.r[i] = (c.r[i] & ~0xffff) | n; else { c.r[i] = n; c.r[i + 1] = 0; }
      bsxFlags(c, false);
    };
  };
}

function cnt(kind: 'tz' | 'lz' | 'pop') {
  return (d: Insn): Exec => {
    if (d.lock) return lockUd(d);
    const size = d.osz;
    const w = size << 3;
    const src = reader(d, 1, size);
    const i = d.g0 << 1;
    const put = (c: Cpu, n: number): void => { if (size === 2) c.r[i] = (c.r[i] & ~0xffff) | n; else { c.r[i] = n; c.r[i + 1] = 0; } };
    if (kind === 'pop') {
      return (c, d2) => {
        const lo = src(c, d2), hi = size === 8 ? c.hi : 0;
        const n = popcnt32(lo) + popcnt32(hi);
        put(c, n);
        // POPCNT: ZF = source is 0; CF, OF, SF, AF, PF cleared (SDM).
        setFlags(c, ZF | CF | OF | SF | AF | PF, n === 0 ? ZF : 0);
      };
    }
    if (size === 8) {
      return (c, d2) => {
        const lo = src(c, d2), hi = c.hi;
        let n: number;
        if (kind === 'tz') n = lo !== 0 ? ctz32(lo) : hi !== 0 ? 32 + ctz32(hi) : 64;
        else n = hi !== 0 ? Math.clz32(hi) : 32 + Math.clz32(lo);
        put(c, n);
        cntFlags(c, n === 64, n === 0);
      };
    }
    return (c, d2) => {
      const v = src(c, d2);
      let n: number;
      if (kind === 'tz') n = v === 0 ? w : ctz32(v);
      else n = Math.clz32(v) - (32 - w);
      put(c, n);
      cntFlags(c, n === w, n === 0);
    };
  };
}
function popcnt32(v: number): number {
  v = v - ((v >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  v = (v + (v >>> 4)) & 0x0f0f0f0f;
  return Math.imul(v, 0x01010101) >>> 24;
}

// ------------------------------------------------------------------------------------ SETcc CMOVcc
const SETCC: Mnemonic[] = [Mnemonic.Seto, Mnemonic.Setno, Mnemonic.Setb, Mnemonic.Setae, Mnemonic.Sete, Mnemonic.Setne, Mnemonic.Setbe, Mnemonic.Seta,
  Mnemonic.Sets, Mnemonic.Setns, Mnemonic.Setp, Mnemonic.Setnp, Mnemonic.Setl, Mnemonic.Setge, Mnemonic.Setle, Mnemonic.Setg];
const CMOVCC: Mnemonic[] = [Mnemonic.Cmovo, Mnemonic.Cmovno, Mnemonic.Cmovb, Mnemonic.Cmovae, Mnemonic.Cmove, Mnemonic.Cmovne, Mnemonic.Cmovbe, Mnemonic.Cmova,
  Mnemonic.Cmovs, Mnemonic.Cmovns, Mnemonic.Cmovp, Mnemonic.Cmovnp, Mnemonic.Cmovl, Mnemonic.Cmovge, Mnemonic.Cmovle, Mnemonic.Cmovg];
/** Mnemonic -> tttn: the index in the tables above is the x86 condition encoding (SDM Vol 1 Table B-1). */
const TTTN = new Map<number, number>([...SETCC.map((m, i) => [m, i] as [number, number]), ...CMOVCC.map((m, i) => [m, i] as [number, number])]);

function setcc(d: Insn): Exec {
  if (d.lock) return lockUd(d);
  const tttn = TTTN.get(d.mnem)!;
  const w = writer(d, 0, 1);
  return (c, d2) => w(c, d2, cond(c, tttn) ? 1 : 0, 0);
}

function cmovcc(d: Insn): Exec {
  if (d.lock) return lockUd(d);
  const tttn = TTTN.get(d.mnem)!;
  const size = d.osz;
  const src = reader(d, 1, size); // the source is read (and may fault) whatever the condition
  const i = d.g0 << 1;
  switch (size) {
    case 2: return (c, d2) => { const v = src(c, d2); if (cond(c, tttn)) c.r[i] = (c.r[i] & ~0xffff) | v; };
    // 32-bit: the destination is written (upper half zeroed) even when the condition is false (SDM CMOVcc).
    case 4: return (c, d2) => { const v = src(c, d2); if (cond(c, tttn)) c.r[i] = v; c.r[i + 1] = 0; };
    default: return (c, d2) => { const lo = src(c, d2), hi = c.hi; if (cond(c, tttn)) { c.r[i] = lo; c.r[i + 1] = hi; } };
  }
}

// ------------------------------------------------------------------------------------ BSWAP LAHF SAHF
function bswap32(v: number): number { return (v << 24) | ((v & 0xff00) << 8) | ((v >>> 8) & 0xff00) | (v >>> 24); }
function bswap(d: Insn): Exec {
  const i = d.g0 << 1;
  switch (d.osz) {
    // undefined: BSWAP r16 clears the 16-bit register (AMD Zen).
    case 2: return (c) => { c.r[i] &= ~0xffff; };
    case 4: return (c) => { c.r[i] = bswap32(c.r[i]); c.r[i + 1] = 0; };
    default: return (c) => { const lo = c.r[i]; c.r[i] = bswap32(c.r[i + 1]); c.r[i + 1] = bswap32(lo); };
  }
}

/** LAHF: AH = SF:ZF:0:AF:0:PF:1:CF. Valid in 64-bit mode (CPUID.80000001H:ECX.LAHF-SAHF = 1). */
function lahf(): Exec {
  return (c) => { const f = c.getFlags() & (SF | ZF | AF | PF | CF); c.r[0] = (c.r[0] & ~0xff00) | ((f | 2) << 8); };
}
/** SAHF: SF, ZF, AF, PF, CF from AH (bits 1, 3, 5 ignored); OF unchanged. */
function sahf(): Exec {
  return (c) => { setFlags(c, SF | ZF | AF | PF | CF, (c.r[0] >>> 8) & 0xff); };
}

defineOps([
  [Mnemonic.Bt, btOp(BT)], [Mnemonic.Bts, btOp(BTS)], [Mnemonic.Btr, btOp(BTR)], [Mnemonic.Btc, btOp(BTC)],
  [Mnemonic.Bsf, bsx(false)], [Mnemonic.Bsr, bsx(true)],
  [Mnemonic.Tzcnt, cnt('tz')], [Mnemonic.Lzcnt, cnt('lz')], [Mnemonic.Popcnt, cnt('pop')],
  [SETCC, setcc], [CMOVCC, cmovcc],
  [Mnemonic.Bswap, bswap], [Mnemonic.Lahf, lahf], [Mnemonic.Sahf, sahf],
]);
