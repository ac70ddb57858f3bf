// Descriptor-table access and checked segment loads (SDM Vol 3A 3.4, 5.5-5.8; Vol 2 MOV/POP Sreg, far JMP/CALL).
import { farTaskSwitch, isTaskSwitchTarget } from './task-switch';
import type { Cpu } from './cpu';
import { CpuFault, GP, NP, SS_, TS, NotImplemented } from './faults';
import { decodeDescriptor, Descriptor, AR_S, AR_P, AR_TYPE, T_CODE, T_WRITABLE, T_READABLE, T_CONFORMING, AR_DPL_SHIFT, AR_UNUSABLE, AR_L, AR_DB, T_ACCESSED } from './segments';
import { CS, SS, ES, DS, FS, GS } from './regs';

export interface RawDescriptor extends Descriptor { lo: number; hi: number; addr: number }

/** Reads the 8-byte descriptor for a selector from the GDT or LDT; #GP(sel) beyond the table limit. */
export function readDescriptor(c: Cpu, sel: number, faultVector = GP): RawDescriptor {
  const ti = sel & 4;
  const tableBase = ti ? c.ldtrBase : c.gdtrBase;
  const tableLimit = ti ? c.ldtrLimit : c.gdtrLimit;
  const off = sel & ~7;
  if (ti && (c.ldtrAr & AR_UNUSABLE || c.ldtrSel < 4)) throw new CpuFault(faultVector, sel & 0xfffc, `selector 0x${sel.toString(16)} refers to the LDT but no LDT is loaded`);
  if (off + 7 > tableLimit) throw new CpuFault(faultVector, sel & 0xfffc, `selector 0x${sel.toString(16)} is beyond the ${ti ? 'LDT' : 'GDT'} limit 0x${tableLimit.toString(16)}`);
  const addr = tableBase + off;
  const lo = c.readLin32(addr, false), hi = c.readLin32(addr + 4, false);
  return { ...decodeDescriptor(lo, hi), lo, hi, addr };
}

/** Reads a 16-byte system descriptor (LDT/TSS in IA-32e mode). */
export function readSystemDescriptor(c: Cpu, sel: number): RawDescriptor {
  const d = readDescriptor(c, sel);
  if (c.lma) {
    if ((sel & ~7) + 15 > c.gdtrLimit) throw new CpuFault(GP, sel & 0xfffc, `16-byte system descriptor for 0x${sel.toString(16)} exceeds the GDT limit`);
    d.baseHi = c.readLin32(d.addr + 8, false);
  }
  return d;
}

function setAccessed(c: Cpu, d: RawDescriptor): void {
  if (!(d.ar & T_ACCESSED)) { c.writeLin32(d.addr + 4, d.hi | 0x100, false); d.ar |= T_ACCESSED; }
}

const SEGN = ['ES', 'CS', 'SS', 'DS', 'FS', 'GS'];

/** MOV/POP Sreg, LDS/LES/LFS/LGS/LSS in protected mode (SDM Vol 2 MOV, "Operation"). */
export function loadDataSegment(c: Cpu, s: number, sel: number): void {
  sel &= 0xffff;
  if (!c.pe) { c.loadSegRealMode(s, sel); return; }
  if (s === SS) {
    const rpl = sel & 3;
    if (sel < 4) {
      // Null SS is allowed only in 64-bit mode at CPL < 3 with RPL == CPL.
      if (c.long64 && c.cpl !== 3 && rpl === c.cpl) { c.setSegCache(SS, sel, 0, 0, AR_UNUSABLE | (c.cpl << AR_DPL_SHIFT)); c.updateMode(); return; }
      throw new CpuFault(GP, 0, 'loading SS with a null selector');
    }
    const d = readDescriptor(c, sel);
    const dpl = (d.ar >> AR_DPL_SHIFT) & 3;
    if (rpl !== c.cpl || dpl !== c.cpl) throw new CpuFault(GP, sel & 0xfffc, `SS selector 0x${sel.toString(16)}: RPL ${rpl} and DPL ${dpl} must equal CPL ${c.cpl}`);
    if (!(d.ar & AR_S) || d.ar & T_CODE || !(d.ar & T_WRITABLE)) throw new CpuFault(GP, sel & 0xfffc, `SS selector 0x${sel.toString(16)} is not a writable data segment`);
    if (!(d.ar & AR_P)) throw new CpuFault(SS_, sel & 0xfffc, `SS segment 0x${sel.toString(16)} not present`);
    setAccessed(c, d);
    c.setSegCache(SS, sel, d.base, d.limit, d.ar);
    c.updateMode();
    return;
  }
  if (sel < 4) {
    // Null selector: loads fine, faults on use (outside 64-bit mode).
    c.setSegCache(s, sel, 0, 0, AR_UNUSABLE);
    return;
  }
  const d = readDescriptor(c, sel);
  const dpl = (d.ar >> AR_DPL_SHIFT) & 3, rpl = sel & 3;
  if (!(d.ar & AR_S) || (d.ar & T_CODE && !(d.ar & T_READABLE))) throw new CpuFault(GP, sel & 0xfffc, `${SEGN[s]} selector 0x${sel.toString(16)} is not a data or readable code segment`);
  if (!(d.ar & T_CODE && d.ar & T_CONFORMING) && (rpl > dpl || c.cpl > dpl)) throw new CpuFault(GP, sel & 0xfffc, `${SEGN[s]} selector 0x${sel.toString(16)}: DPL ${dpl} < max(CPL ${c.cpl}, RPL ${rpl})`);
  if (!(d.ar & AR_P)) throw new CpuFault(NP, sel & 0xfffc, `${SEGN[s]} segment 0x${sel.toString(16)} not present`);
  setAccessed(c, d);
  // In 64-bit mode the FS/GS base comes from the descriptor's 32-bit base (the MSRs hold 64-bit bases).
  c.setSegCache(s, sel, d.base, d.limit, d.ar);
}

/** Checks and loads CS for a far JMP/CALL/RET/IRET to a code segment at privilege `newCpl`. */
export function loadCodeSegment(c: Cpu, sel: number, d: RawDescriptor, newCpl: number): void {
  setAccessed(c, d);
  c.setSegCache(CS, (sel & ~3) | newCpl, d.base, d.limit, d.ar);
  c.cpl = newCpl;
  c.updateMode();
}

/** Validates a code-segment descriptor as the target of a far transfer (SDM Vol 2 JMP "Operation"). */
export function checkCodeTarget(c: Cpu, sel: number, kind: 'jmp' | 'call' | 'ret' | 'iret' | 'int'): RawDescriptor {
  if ((sel & 0xfffc) === 0) throw new CpuFault(GP, 0, `far ${kind} to a null selector`);
  const d = readDescriptor(c, sel);
  if (!(d.ar & AR_S)) {
    const type = d.ar & AR_TYPE;
    if (type === 4 || type === 12) throw new NotImplemented(`far ${kind} through a call gate (selector 0x${sel.toString(16)})`);
    if (isTaskSwitchTarget(type)) {
      if (kind === 'jmp' || kind === 'call') farTaskSwitch(c, sel, d, kind);
      throw new CpuFault(GP, sel & 0xfffc, `far ${kind} target 0x${sel.toString(16)} is a ${type === 5 ? 'task gate' : 'TSS'}, not a code segment`);
    }
    throw new CpuFault(GP, sel & 0xfffc, `far ${kind} target 0x${sel.toString(16)} is not a code segment`);
  }
  if (!(d.ar & T_CODE)) throw new CpuFault(GP, sel & 0xfffc, `far ${kind} target 0x${sel.toString(16)} is a data segment`);
  if (c.lma && d.ar & AR_L && d.ar & AR_DB) throw new CpuFault(GP, sel & 0xfffc, `code segment 0x${sel.toString(16)} has both L and D set`);
  return d;
}

/** Direct far JMP/CALL to a code segment (same privilege; conforming allowed from lower privilege). */
export function farTransferSamePrivilege(c: Cpu, sel: number, d: RawDescriptor, kind: 'jmp' | 'call'): void {
  const dpl = (d.ar >> AR_DPL_SHIFT) & 3, rpl = sel & 3;
  if (d.ar & T_CONFORMING) { if (dpl > c.cpl) throw new CpuFault(GP, sel & 0xfffc, `conforming code segment DPL ${dpl} > CPL ${c.cpl}`); }
  else if (rpl > c.cpl || dpl !== c.cpl) throw new CpuFault(GP, sel & 0xfffc, `far ${kind} to 0x${sel.toString(16)}: non-conforming DPL ${dpl} must equal CPL ${c.cpl} (RPL ${rpl})`);
  if (!(d.ar & AR_P)) throw new CpuFault(NP, sel & 0xfffc, `code segment 0x${sel.toString(16)} not present`);
  loadCodeSegment(c, sel, d, c.cpl);
}

/** Clears data segment registers that are not accessible at the new (outer) privilege (SDM IRET/RET). */
export function invalidateOuterSegments(c: Cpu): void {
  for (const s of [ES, DS, FS, GS]) {
    const ar = c.sar[s];
    if (ar & AR_UNUSABLE) continue;
    const dpl = (ar >> AR_DPL_SHIFT) & 3;
    const conformingCode = ar & T_CODE && ar & T_CONFORMING;
    if (!conformingCode && dpl < c.cpl) c.setSegCache(s, 0, 0, 0, AR_UNUSABLE);
  }
}

/** Reads the stack pointer for privilege `dpl` from the current TSS (32-bit or 64-bit TSS). */
export function tssStack(c: Cpu, dpl: number, ist = 0): { ss: number; sp: number } {
  if (c.trSel < 4 && !c.lma) throw new CpuFault(TS, 0, 'privilege change needs a TSS but TR is null');
  if (c.lma) {
    const off = ist ? 0x24 + (ist - 1) * 8 : 4 + dpl * 8;
    if (off + 7 > c.trLimit) throw new CpuFault(TS, c.trSel & 0xfffc, `TSS limit 0x${c.trLimit.toString(16)} too small for ${ist ? `IST${ist}` : `RSP${dpl}`}`);
    const lo = c.readLin32(c.trBase + off, false), hi = c.readLin32(c.trBase + off + 4, false);
    return { ss: 0, sp: hi * 4294967296 + (lo >>> 0) };
  }
  const is32 = (c.trAr & AR_TYPE) === 9 || (c.trAr & AR_TYPE) === 11;
  if (is32) {
    const off = 4 + dpl * 8;
    if (off + 5 > c.trLimit) throw new CpuFault(TS, c.trSel & 0xfffc, 'TSS too small for the ring stack');
    return { sp: c.readLin32(c.trBase + off, false) >>> 0, ss: c.readLin16(c.trBase + off + 4, false) };
  }
  const off = 2 + dpl * 4;
  return { sp: c.readLin16(c.trBase + off, false), ss: c.readLin16(c.trBase + off + 2, false) };
}
