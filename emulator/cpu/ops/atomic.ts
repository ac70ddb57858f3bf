// CMPXCHG, CMPXCHG8B, CMPXCHG16B, XADD (SDM Vol 2A/2C). The emulator runs one processor, so every
// read-modify-write here is atomic by construction; LOCK only needs its #UD check.
//
// LOCK is allowed only with a memory destination (#UD otherwise). CMPXCHG8B/16B have no register form
// (the decoder already reports ModRM.mod = 11 as invalid: #UD).
import { Mnemonic } from 'iced-x86';
import type { Cpu } from '../cpu';
import type { Exec, Insn } from '../insn';
import { K_MEM } from '../insn';
import { defineOps } from './registry';
import { eaOf, reader, rmw, regWriter } from './operand';
import { L_ADD, L_SUB, ZF, setFlags } from '../flags';
import { CpuFault, GP, ud } from '../faults';
import { FS } from '../regs';

function lockUd(d: Insn): Exec { return () => { throw ud(`LOCK prefix on ${d.text}`); }; }
const MASK = [0, 0xff, 0xffff, 0, -1];

/** Records the flags of CMP a, b (a - b) for 8/16/32-bit values. */
function cmpFlags(c: Cpu, a: number, b: number, size: number): void {
  c.lop = L_SUB; c.lsz = size; c.la = a; c.lb = b; c.lr = (a - b) & MASK[size];
}
function cmpFlags64(c: Cpu, alo: number, ahi: number, blo: number, bhi: number): void {
  const lo = (alo >>> 0) - (blo >>> 0);
  c.lop = L_SUB; c.lsz = 8; c.la = alo; c.lah = ahi; c.lb = blo; c.lbh = bhi;
  c.lr = lo | 0; c.lrh = (ahi - bhi - (lo < 0 ? 1 : 0)) | 0;
}

/**
 * CMPXCHG r/m, r: compares the accumulator with the destination (flags as CMP acc, dest). Equal: ZF = 1 and
 * dest = src. Not equal: ZF = 0 and acc = dest; a memory destination is written back with its own value
 * (the processor never produces a locked read without a locked write). A register destination is not
 * written on failure, so a 32-bit register keeps its upper half (AMD Zen; the SDM's DEST <- TEMP would
 * zero it, which Intel CPUs are reported to do).
 * The accumulator is written only on failure: on success a 32-bit CMPXCHG leaves RAX[63:32] unchanged.
 */
function cmpxchg(d: Insn): Exec {
  const mem = d.k0 === K_MEM;
  if (d.lock && !mem) return lockUd(d);
  const size = d.osz;
  const [rd, wr] = rmw(d, 0, size);
  const src = reader(d, 1, size);
  const acc = regWriter(0, 0, size);
  if (size === 8) {
    return (c, d2) => {
      const dlo = rd(c, d2), dhi = c.hi;
      const slo = src(c, d2), shi = c.hi;
      const alo = c.r[0], ahi = c.r[1];
      cmpFlags64(c, alo, ahi, dlo, dhi);
      if (alo === dlo && ahi === dhi) { wr(c, d2, slo, shi); return; }
      if (mem) wr(c, d2, dlo, dhi);
      c.r[0] = dlo; c.r[1] = dhi;
    };
  }
  const m = MASK[size];
  return (c, d2) => {
    const dv = rd(c, d2);
    const s = src(c, d2);
    const a = c.r[0] & m;
    cmpFlags(c, a, dv, size);
    if (a === dv) { wr(c, d2, s, 0); return; }
    if (mem) wr(c, d2, dv, 0);
    acc(c, d2, dv, 0);
  };
}

/** XADD r/m, r: temp = dest + src; src = dest; dest = temp (flags as ADD). With one register for both, it ends as the sum. */
function xadd(d: Insn): Exec {
  if (d.lock && d.k0 !== K_MEM) return lockUd(d);
  const size = d.osz;
  const [rd, wr] = rmw(d, 0, size);
  const src = reader(d, 1, size);
  const srcW = regWriter(d.g1, d.h1, size);
  if (size === 8) {
    return (c, d2) => {
      const dlo = rd(c, d2), dhi = c.hi;
      const slo = src(c, d2), shi = c.hi;
      const lo = (dlo >>> 0) + (slo >>> 0);
      const rlo = lo | 0, rhi = (dhi + shi + (lo > 0xffffffff ? 1 : 0)) | 0;
      c.lop = L_ADD; c.lsz = 8; c.la = dlo; c.lah = dhi; c.lb = slo; c.lbh = shi; c.lr = rlo; c.lrh = rhi;
      srcW(c, d2, dlo, dhi);
      wr(c, d2, rlo, rhi);
    };
  }
  const m = MASK[size];
  return (c, d2) => {
    const dv = rd(c, d2);
    const s = src(c, d2);
    const r = (dv + s) & m;
    c.lop = L_ADD; c.lsz = size; c.la = dv; c.lb = s; c.lr = r;
    srcW(c, d2, dv, 0);
    wr(c, d2, r, 0);
  };
}

/**
 * CMPXCHG8B m64 / CMPXCHG16B m128: compares EDX:EAX (RDX:RAX) with the memory operand. Equal: ZF = 1 and
 * memory = ECX:EBX (RCX:RBX). Not equal: ZF = 0, EDX:EAX (RDX:RAX) = memory (32-bit writes zero the upper
 * halves of RAX/RDX), and memory is written back unchanged. Only ZF changes. CMPXCHG16B requires a 16-byte
 * aligned operand (#GP(0)).
 */
function cmpxchgNb(wide: boolean) {
  return (d: Insn): Exec => {
    if (d.k0 !== K_MEM) return () => { throw ud(`${d.text}: register operand`); };
    const ea = eaOf(d), seg = d.mseg;
    if (!wide) {
      return (c, d2) => {
        const a = ea(c, d2);
        c.probeWrite(seg, a, 8);
        const lo = c.read64(seg, a), hi = c.hi;
        const R = c.r;
        if (lo === R[0] && hi === R[4]) {
          c.write64(seg, a, R[6], R[2]); // ECX:EBX
          setFlags(c, ZF, ZF);
        } else {
          c.write64(seg, a, lo, hi);
          R[0] = lo; R[1] = 0; R[4] = hi; R[5] = 0;
          setFlags(c, ZF, 0);
        }
      };
    }
    return (c, d2) => {
      const a = ea(c, d2);
      const la = c.long64 && seg >= FS ? a + c.sbase[seg] : a;
      if (la % 16 !== 0) throw new CpuFault(GP, 0, `CMPXCHG16B operand at 0x${(la < 0 ? la + 2 ** 64 : la).toString(16)} not 16-byte aligned`);
      c.probeWrite(seg, a, 16);
      const l0 = c.read64(seg, a), h0 = c.hi;
      const l1 = c.read64(seg, a + 8), h1 = c.hi;
      const R = c.r;
      if (l0 === R[0] && h0 === R[1] && l1 === R[4] && h1 === R[5]) {
        c.write64(seg, a, R[6], R[7]);     // RBX
        c.write64(seg, a + 8, R[2], R[3]); // RCX
        setFlags(c, ZF, ZF);
      } else {
        c.write64(seg, a, l0, h0);
        c.write64(seg, a + 8, l1, h1);
        R[0] = l0; R[1] = h0; R[4] = l1; R[5] = h1;
        setFlags(c, ZF, 0);
      }
    };
  };
}

defineOps([
  [Mnemonic.Cmpxchg, cmpxchg],
  [Mnemonic.Xadd, xadd],
  [Mnemonic.Cmpxchg8b, cmpxchgNb(false)],
  [Mnemonic.Cmpxchg16b, cmpxchgNb(true)],
]);
