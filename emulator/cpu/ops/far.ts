// Far control transfers and far-pointer loads: far JMP and far CALL (ptr16:16/32 and m16:16/32/64),
// RETF (with imm16, same and outer privilege), LDS/LES/LFS/LGS/LSS (SDM Vol 2 "Operation").
// Call gates are reported as not implemented and task switches handled by descriptors.ts (checkCodeTarget, task-switch.ts).
import { Mnemonic } from 'iced-x86';
import type { Cpu } from '../cpu';
import { hex64 } from '../cpu';
import type { Exec, Insn } from '../insn';
import { K_FAR, K_MEM } from '../insn';
import { defineOps } from './registry';
import { eaOf, regWriter } from './operand';
import { setFarJmp, setFarCall } from './branch';
import { CpuFault, GP, NP, ud } from '../faults';
import { CS, SS, DS, ES, FS, GS, RSP } from '../regs';
import { AR_DPL_SHIFT, AR_L, AR_P, AR_UNUSABLE, T_CONFORMING } from '../segments';
import { checkCodeTarget, farTransferSamePrivilege, loadCodeSegment, loadDataSegment, invalidateOuterSegments, RawDescriptor } from '../descriptors';
import { wrapSp } from './stack';

/** Address of the selector word that follows an offset of `osz` bytes at `ea`, wrapped to the address size. */
function nextEa(ea: number, osz: number, asz: number): number {
  const v = ea + osz;
  return asz === 2 ? v & 0xffff : asz === 4 ? v >>> 0 : v;
}

/** Reads a far pointer m16:16/32/64 from memory: [offset, selector]. The offset is an exact (64-bit signed) number. */
function readFarPtr(c: Cpu, d: Insn, osz: number): [number, number] {
  const ea = eaOf(d)(c, d);
  const lo = c.readSized(d.mseg, ea, osz);
  const off = osz === 8 ? c.hi * 4294967296 + (lo >>> 0) : osz === 4 ? lo >>> 0 : lo;
  const sel = c.read16(d.mseg, nextEa(ea, osz, d.asz));
  return [off, sel];
}

/** Target instruction pointer of a far transfer into descriptor `d` (checked before anything changes). */
function farTarget(c: Cpu, d: RawDescriptor, off: number, osz: number): number {
  if (c.lma && d.ar & AR_L) {
    if (off < -0x800000000000 || off >= 0x800000000000) throw new CpuFault(GP, 0, `far transfer to non-canonical address 0x${hex64(off)}`);
    return off;
  }
  const t = osz === 2 ? off & 0xffff : off >>> 0;
  if (t > d.limit) throw new CpuFault(GP, 0, `far transfer target 0x${t.toString(16)} beyond the code segment limit 0x${d.limit.toString(16)}`);
  return t;
}

/** Real-mode far target: IP truncated to the operand size and checked against the (cached) CS limit. */
function realTarget(c: Cpu, off: number, osz: number): number {
  const t = osz === 2 ? off & 0xffff : off >>> 0;
  if (t > c.slimit[CS]) throw new CpuFault(GP, 0, `far transfer target 0x${t.toString(16)} beyond the CS limit 0x${c.slimit[CS].toString(16)}`);
  return t;
}

/** Far JMP to sel:off with operand size osz (real mode, or protected/IA-32e mode to a code segment). */
export function farJump(c: Cpu, sel: number, off: number, osz: number): void {
  sel &= 0xffff;
  if (!c.pe) {
    const t = realTarget(c, off, osz);
    c.loadSegRealMode(CS, sel);
    c.nrip = t;
    return;
  }
  const d = checkCodeTarget(c, sel, 'jmp');
  const t = farTarget(c, d, off, osz);
  // Loading CS recomputes the mode: this is how a jump after setting CR0.PE enters protected mode, and
  // how a jump to an L=1 segment with EFER.LMA enters 64-bit mode.
  farTransferSamePrivilege(c, sel, d, 'jmp');
  c.nrip = t;
}

function pushPair(c: Cpu, osz: number, v: number): void {
  if (osz === 8) c.push(8, v | 0, Math.floor(v / 4294967296) | 0);
  else c.push(osz, v | 0);
}

/** Far CALL to sel:off: pushes CS and the return IP with the operand size, then transfers. */
export function farCall(c: Cpu, sel: number, off: number, osz: number): void {
  sel &= 0xffff;
  const ret = c.nrip, oldCs = c.sel[CS];
  const slo = c.r[RSP << 1], shi = c.r[(RSP << 1) + 1];
  if (!c.pe) {
    const t = realTarget(c, off, osz);
    try { c.push(osz, oldCs); c.push(osz, ret | 0); } catch (e) { c.r[RSP << 1] = slo; c.r[(RSP << 1) + 1] = shi; throw e; }
    c.loadSegRealMode(CS, sel);
    c.nrip = t;
    return;
  }
  const d = checkCodeTarget(c, sel, 'call');
  const t = farTarget(c, d, off, osz);
  try {
    pushPair(c, osz, oldCs);
    pushPair(c, osz, ret);
    farTransferSamePrivilege(c, sel, d, 'call');
  } catch (e) {
    c.r[RSP << 1] = slo; c.r[(RSP << 1) + 1] = shi;
    throw e;
  }
  c.nrip = t;
}

function farCompiler(kind: 'jmp' | 'call') {
  const go = kind === 'jmp' ? farJump : farCall;
  return (d: Insn): Exec => {
    const osz = d.osz;
    if (d.k0 === K_FAR) {
      const sel = d.farSel, off = osz === 2 ? d.farOff & 0xffff : d.farOff >>> 0;
      return (c) => go(c, sel, off, osz);
    }
    if (d.k0 === K_MEM) return (c, d2) => { const [off, sel] = readFarPtr(c, d2, osz); go(c, sel, off, osz); };
    return () => { throw ud(`far ${kind} with a register operand`); };
  };
}

// ------------------------------------------------------------------------------------------ RETF

function retf(d: Insn): Exec {
  const size = d.osz;
  const extra = d.nops > 0 ? d.imm & 0xffff : 0;
  return (c) => {
    const ssz = c.ssz;
    const sp = c.sp();
    const rd = (off: number): number => {
      const lo = c.readSized(SS, wrapSp(ssz, sp + off), size);
      return size === 8 ? c.hi * 4294967296 + (lo >>> 0) : size === 4 ? lo >>> 0 : lo;
    };
    const ip = rd(0);
    const cs = rd(size) & 0xffff;
    if (!c.pe) {
      const t = realTarget(c, ip, size);
      c.loadSegRealMode(CS, cs);
      c.setSp(wrapSp(ssz, sp + 2 * size + extra));
      c.nrip = t;
      return;
    }
    const rpl = cs & 3;
    if (rpl < c.cpl) throw new CpuFault(GP, cs & 0xfffc, `RETF to CS 0x${cs.toString(16)} with RPL ${rpl} < CPL ${c.cpl}`);
    const dsc = checkCodeTarget(c, cs, 'ret');
    const dpl = (dsc.ar >> AR_DPL_SHIFT) & 3;
    if (dsc.ar & T_CONFORMING ? dpl > rpl : dpl !== rpl) throw new CpuFault(GP, cs & 0xfffc, `RETF target CS 0x${cs.toString(16)}: DPL ${dpl} does not match RPL ${rpl}`);
    if (!(dsc.ar & AR_P)) throw new CpuFault(NP, cs & 0xfffc, `RETF target code segment 0x${cs.toString(16)} not present`);
    const t = farTarget(c, dsc, ip, size);
    if (rpl === c.cpl) {
      loadCodeSegment(c, cs, dsc, c.cpl);
      c.setSp(wrapSp(ssz, sp + 2 * size + extra));
      c.nrip = t;
      return;
    }
    // Return to an outer privilege level: SS:RSP of the caller follow the parameters (SDM Vol 2 RET).
    const newSpOff = 2 * size + extra;
    const lo = c.readSized(SS, wrapSp(ssz, sp + newSpOff), size), hi = size === 8 ? c.hi : 0;
    const ss = c.readSized(SS, wrapSp(ssz, sp + newSpOff + size), size) & 0xffff;
    const to64 = c.lma && (dsc.ar & AR_L) !== 0;
    const oldCpl = c.cpl;
    c.cpl = rpl;
    try {
      if (c.lma && (ss & 0xfffc) === 0) {
        // A null SS is allowed when returning to 64-bit mode at CPL < 3 (SDM Vol 2 RET).
        if (!to64 || rpl === 3) throw new CpuFault(GP, 0, 'RETF to a null SS outside 64-bit mode or to ring 3');
        c.setSegCache(SS, ss, 0, 0, AR_UNUSABLE | (rpl << AR_DPL_SHIFT));
      } else loadDataSegment(c, SS, ss);
    } catch (e) { c.cpl = oldCpl; throw e; }
    loadCodeSegment(c, cs, dsc, rpl);
    if (c.ssz === 8) { c.r[RSP << 1] = lo; c.r[(RSP << 1) + 1] = hi; }
    else c.setSp(size === 2 ? lo & 0xffff : lo >>> 0);
    if (extra) c.setSp(wrapSp(c.ssz, c.sp() + extra));
    invalidateOuterSegments(c);
    c.nrip = t;
  };
}

// ------------------------------------------------------------------------------------------ LDS LES LFS LGS LSS

function loadFarPointer(s: number) {
  return (d: Insn): Exec => {
    if (d.k1 !== K_MEM) return () => { throw ud(`${d.text}: far pointer load needs a memory operand`); };
    const size = d.osz;
    const ea = eaOf(d), seg = d.mseg, asz = d.asz;
    const w = regWriter(d.g0, 0, size);
    return (c, d2) => {
      const a = ea(c, d2);
      const off = c.readSized(seg, a, size), hi = c.hi;
      const sel = c.read16(seg, nextEa(a, size, asz));
      // The segment load comes first: if it faults the register keeps its value. LSS does not inhibit
      // interrupts (only MOV SS and POP SS do, SDM Vol 3A 6.8.3).
      loadDataSegment(c, s, sel);
      w(c, d2, off, size === 8 ? hi : 0);
    };
  };
}

defineOps([
  [Mnemonic.Retf, retf],
  [Mnemonic.Lds, loadFarPointer(DS)],
  [Mnemonic.Les, loadFarPointer(ES)],
  [Mnemonic.Lfs, loadFarPointer(FS)],
  [Mnemonic.Lgs, loadFarPointer(GS)],
  [Mnemonic.Lss, loadFarPointer(SS)],
]);
setFarJmp(farCompiler('jmp'));
setFarCall(farCompiler('call'));
