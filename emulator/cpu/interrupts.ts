// Event delivery through the IVT/IDT in real, protected and IA-32e mode (SDM Vol 3A 6.12, 6.14, 20.1.4),
// double/triple-fault escalation (Table 6-5), and IRET (SDM Vol 2 IRET "Operation").
import { idtTaskGate, iretTaskReturn } from './task-switch';
import type { Cpu } from './cpu';
import { CpuFault, GP, NP, SS_, DF, TS } from './faults';
import { IF, TF, NT, RF, VM, AC as ACF, materialize } from './flags';
import { AR_DPL_SHIFT, AR_P, AR_TYPE, AR_L, AR_UNUSABLE, T_CONFORMING, AR_DB } from './segments';
import { CS, SS } from './regs';
import { checkCodeTarget, loadCodeSegment, tssStack, readDescriptor, invalidateOuterSegments } from './descriptors';
import { loadDataSegment } from './descriptors';

// Interruption types in the VMX encoding (SDM Vol 3C 25.8.3), shared with VM-entry event injection.
export const EVENT_EXTERNAL = 0, EVENT_NMI = 2, EVENT_EXCEPTION = 3, EVENT_SOFT_INT = 4, EVENT_PRIV_SOFT_EXC = 5, EVENT_SOFT_EXC = 6;

export class TripleFault extends Error {}

const CONTRIBUTORY = new Set([0, 10, 11, 12, 13]);

/** Delivers an event; faults during delivery escalate to #DF and then to a triple fault. */
export function deliverEvent(c: Cpu, vector: number, type: number, errorCode: number | undefined, rip: number, depth = 0): void {
  // VMX non-root operation: the exception bitmap etc. may turn the event into a VM exit (SDM 26.2).
  if (depth === 0 && c.nonRoot && c.eventIntercept !== null && c.eventIntercept(vector, type, errorCode)) return;
  try {
    deliverOnce(c, vector, type, errorCode, rip);
    // The NMI handler runs with NMIs blocked until the next IRET (SDM Vol 3A 6.7.1).
    if (type === EVENT_NMI) c.nmiBlocked = true;
  } catch (e) {
    if (!(e instanceof CpuFault)) throw e;
    // A fault while delivering INT n/INT3/INTO is a fault of that instruction: RIP stays on it (SDM 6.12.1.1).
    if (depth === 0 && isSoftware(type)) throw e;
    const second = e.vector;
    if (vector === DF && type === EVENT_EXCEPTION) throw new TripleFault(`triple fault: ${e.toString()} while delivering #DF`);
    const firstContrib = type === EVENT_EXCEPTION && CONTRIBUTORY.has(vector);
    const firstPf = type === EVENT_EXCEPTION && vector === 14;
    if ((firstContrib && CONTRIBUTORY.has(second)) || (firstPf && (second === 14 || CONTRIBUTORY.has(second)))) {
      try { deliverOnce(c, DF, EVENT_EXCEPTION, 0, rip); } catch (e2) {
        if (e2 instanceof CpuFault) throw new TripleFault(`triple fault: ${e2.toString()} while delivering #DF (after ${e.toString()})`);
        throw e2;
      }
      return;
    }
    if (depth > 8) throw new TripleFault(`triple fault: nested faults while delivering vector ${vector} (${e.toString()})`);
    deliverEvent(c, second, EVENT_EXCEPTION, e.errorCode, rip, depth + 1);
  }
}

function isSoftware(type: number): boolean { return type === EVENT_SOFT_INT || type === EVENT_SOFT_EXC || type === EVENT_PRIV_SOFT_EXC; }

function deliverOnce(c: Cpu, vector: number, type: number, errorCode: number | undefined, rip: number): void {
  materialize(c);
  const ext = isSoftware(type) ? 0 : 1;
  const idtErr = (vector << 3) | 2 | ext;
  if (!c.pe) {
    // Real mode: IVT of 4-byte CS:IP vectors (SDM Vol 3A 20.1.4).
    if (vector * 4 + 3 > c.idtrLimit) throw new CpuFault(GP, idtErr, `vector ${vector} beyond the IVT limit`);
    const ip = c.readLin16(c.idtrBase + vector * 4, false), cs = c.readLin16(c.idtrBase + vector * 4 + 2, false);
    c.push(2, c.flags & 0xffff);
    c.push(2, c.sel[CS]);
    c.push(2, rip & 0xffff);
    c.flags &= ~(IF | TF | ACF | RF);
    c.loadSegRealMode(CS, cs);
    c.rip = c.nrip = ip;
    c.halted = false;
    return;
  }
  if (c.lma) { deliverLong(c, vector, type, errorCode, rip, idtErr); return; }
  // Protected mode (SDM Vol 3A 6.12.1).
  if (vector * 8 + 7 > c.idtrLimit) throw new CpuFault(GP, idtErr, `vector ${vector} beyond the IDT limit 0x${c.idtrLimit.toString(16)}`);
  const lo = c.readLin32(c.idtrBase + vector * 8, false), hi = c.readLin32(c.idtrBase + vector * 8 + 4, false);
  const gtype = (hi >>> 8) & 0x1f, gdpl = (hi >>> 13) & 3;
  if (gtype !== 5 && gtype !== 6 && gtype !== 7 && gtype !== 14 && gtype !== 15) throw new CpuFault(GP, idtErr, `IDT entry ${vector} is not an interrupt, trap or task gate (type ${gtype})`);
  if (isSoftware(type) && type !== EVENT_PRIV_SOFT_EXC && gdpl < c.cpl) throw new CpuFault(GP, idtErr, `INT ${vector}: gate DPL ${gdpl} < CPL ${c.cpl}`);
  if (!(hi & 0x8000)) throw new CpuFault(NP, idtErr, `IDT gate ${vector} not present`);
  if (gtype === 5) idtTaskGate(c, lo, vector, type, errorCode, isSoftware(type), rip);
  const sel = lo >>> 16;
  const offset = gtype >= 14 ? ((hi & 0xffff0000) | (lo & 0xffff)) >>> 0 : lo & 0xffff;
  const gate32 = gtype >= 14;
  const d = checkCodeTarget(c, sel, 'int');
  const dpl = (d.ar >> AR_DPL_SHIFT) & 3;
  if (dpl > c.cpl) throw new CpuFault(GP, (sel & 0xfffc) | ext, `interrupt handler segment DPL ${dpl} > CPL ${c.cpl}`);
  if (!(d.ar & AR_P)) throw new CpuFault(NP, (sel & 0xfffc) | ext, `interrupt handler segment not present`);
  const size = gate32 ? 4 : 2;
  const oldFlags = c.flags, oldCs = c.sel[CS], oldSs = c.sel[SS], oldSp = c.sp();
  if (!(d.ar & T_CONFORMING) && dpl < c.cpl) {
    // Inter-privilege: switch to the TSS stack for the new ring.
    const st = tssStack(c, dpl);
    if ((st.ss & 0xfffc) === 0) throw new CpuFault(TS, ext, 'TSS ring stack selector is null');
    const sd = readDescriptor(c, st.ss, TS);
    if (((sd.ar >> AR_DPL_SHIFT) & 3) !== dpl || (st.ss & 3) !== dpl) throw new CpuFault(TS, (st.ss & 0xfffc) | ext, 'TSS stack segment privilege mismatch');
    if (!(sd.ar & AR_P)) throw new CpuFault(SS_, (st.ss & 0xfffc) | ext, 'TSS stack segment not present');
    c.cpl = dpl;
    c.setSegCache(SS, st.ss, sd.base, sd.limit, sd.ar);
    c.updateMode();
    c.setSp(st.sp);
    c.push(size, oldSs);
    c.push(size, oldSp);
    c.push(size, oldFlags);
    c.push(size, oldCs);
    c.push(size, rip);
    if (errorCode !== undefined) c.push(size, errorCode);
    loadCodeSegment(c, sel, d, dpl);
    invalidateOuterSegments(c);
  } else {
    c.push(size, oldFlags);
    c.push(size, oldCs);
    c.push(size, rip);
    if (errorCode !== undefined) c.push(size, errorCode);
    loadCodeSegment(c, sel, d, c.cpl);
  }
  c.flags &= ~(TF | NT | RF | VM);
  if (gtype === 6 || gtype === 14) c.flags &= ~IF;
  c.rip = c.nrip = offset;
  c.halted = false;
}

function deliverLong(c: Cpu, vector: number, type: number, errorCode: number | undefined, rip: number, idtErr: number): void {
  // IA-32e mode: 16-byte gates (SDM Vol 3A 6.14).
  if (vector * 16 + 15 > c.idtrLimit) throw new CpuFault(GP, idtErr, `vector ${vector} beyond the IDT limit 0x${c.idtrLimit.toString(16)}`);
  const base = c.idtrBase + vector * 16;
  const lo = c.readLin32(base, false), hi = c.readLin32(base + 4, false), hi2 = c.readLin32(base + 8, false);
  const gtype = (hi >>> 8) & 0x1f, gdpl = (hi >>> 13) & 3, ist = hi & 7;
  if (gtype !== 14 && gtype !== 15) throw new CpuFault(GP, idtErr, `IDT entry ${vector} is not a 64-bit interrupt or trap gate (type ${gtype})`);
  if (isSoftware(type) && type !== EVENT_PRIV_SOFT_EXC && gdpl < c.cpl) throw new CpuFault(GP, idtErr, `INT ${vector}: gate DPL ${gdpl} < CPL ${c.cpl}`);
  if (!(hi & 0x8000)) throw new CpuFault(NP, idtErr, `IDT gate ${vector} not present`);
  const sel = lo >>> 16;
  const target = hi2 * 4294967296 + (((hi & 0xffff0000) | (lo & 0xffff)) >>> 0);
  const ext = isSoftware(type) ? 0 : 1;
  const d = checkCodeTarget(c, sel, 'int');
  const dpl = (d.ar >> AR_DPL_SHIFT) & 3;
  if (!(d.ar & AR_L) || d.ar & AR_DB) throw new CpuFault(GP, (sel & 0xfffc) | ext, `interrupt handler segment 0x${sel.toString(16)} is not a 64-bit code segment`);
  if (dpl > c.cpl) throw new CpuFault(GP, (sel & 0xfffc) | ext, `interrupt handler segment DPL ${dpl} > CPL ${c.cpl}`);
  if (!(d.ar & AR_P)) throw new CpuFault(NP, (sel & 0xfffc) | ext, 'interrupt handler segment not present');
  if (target < -0x800000000000 || target >= 0x800000000000) throw new CpuFault(GP, ext, 'interrupt handler address is not canonical');
  const oldFlags = c.flags, oldCs = c.sel[CS], oldSs = c.sel[SS];
  const oldRspLo = c.r[8], oldRspHi = c.r[9];
  const newCpl = d.ar & T_CONFORMING ? c.cpl : dpl;
  let rsp: number;
  if (ist || newCpl < c.cpl) rsp = tssStack(c, newCpl, ist).sp;
  else rsp = c.r[9] * 4294967296 + (c.r[8] >>> 0);
  rsp = rsp - (((rsp % 16) + 16) % 16); // align to 16 (SDM 6.14.2)
  if (rsp < -0x800000000000 || rsp >= 0x800000000000) throw new CpuFault(SS_, ext, 'interrupt stack pointer is not canonical');
  // Build the frame with supervisor writes at the new privilege.
  const frame: [number, number][] = [
    [oldSs & 0xffff, 0], [oldRspLo, oldRspHi], [oldFlags, 0], [oldCs & 0xffff, 0], [rip | 0, Math.floor(rip / 4294967296) | 0],
  ];
  if (errorCode !== undefined) frame.push([errorCode, 0]);
  const savedCpl = c.cpl;
  c.cpl = newCpl;
  try {
    let p = rsp;
    for (const [flo, fhi] of frame) { p -= 8; c.writeLin64(p, flo, fhi, newCpl === 3); }
    rsp = p;
  } catch (e) { c.cpl = savedCpl; throw e; }
  if (newCpl < savedCpl) c.setSegCache(SS, newCpl, 0, 0, AR_UNUSABLE | (newCpl << AR_DPL_SHIFT));
  c.r[8] = rsp | 0; c.r[9] = Math.floor(rsp / 4294967296) | 0;
  loadCodeSegment(c, sel, d, newCpl);
  c.flags &= ~(TF | NT | RF | VM);
  if (gtype === 14) c.flags &= ~IF;
  c.rip = c.nrip = target;
  c.halted = false;
}

/** IRET / IRETD / IRETQ with operand size `size` (SDM Vol 2 IRET). */
export function iret(c: Cpu, size: number): void {
  materialize(c);
  if (!c.pe) {
    const ip = c.pop(size), cs = c.pop(size), fl = c.pop(size);
    c.loadSegRealMode(CS, cs & 0xffff);
    const mask = size === 2 ? 0xffff : 0x257fd5;
    c.setFlagsValue((c.flags & ~mask) | (fl & mask));
    c.nrip = size === 2 ? ip & 0xffff : ip >>> 0;
    return;
  }
  if (c.flags & NT) iretTaskReturn(c);
  // Read the frame before changing anything.
  const sp = c.sp();
  const rd = (i: number): [number, number] => { const lo = c.readSized(SS, wrapSp(c, sp + i * size), size); return [lo, size === 8 ? c.hi : 0]; };
  const [ipLo, ipHi] = rd(0);
  const cs = rd(1)[0] & 0xffff;
  const fl = rd(2)[0];
  const rpl = cs & 3;
  if (rpl < c.cpl) throw new CpuFault(GP, cs & 0xfffc, `IRET to CS 0x${cs.toString(16)} with RPL ${rpl} < CPL ${c.cpl}`);
  const d = checkCodeTarget(c, cs, 'iret');
  const dpl = (d.ar >> AR_DPL_SHIFT) & 3;
  if (d.ar & T_CONFORMING ? dpl > rpl : dpl !== rpl) throw new CpuFault(GP, cs & 0xfffc, `IRET target CS 0x${cs.toString(16)}: DPL ${dpl} does not match RPL ${rpl}`);
  if (!(d.ar & AR_P)) throw new CpuFault(NP, cs & 0xfffc, 'IRET target code segment not present');
  const to64 = c.lma && (d.ar & AR_L) !== 0;
  let target = size === 8 ? ipHi * 4294967296 + (ipLo >>> 0) : size === 4 ? ipLo >>> 0 : ipLo & 0xffff;
  if (to64 && (target < -0x800000000000 || target >= 0x800000000000)) throw new CpuFault(GP, 0, 'IRETQ to a non-canonical RIP');
  if (!to64 && !c.lma && target > d.limit) throw new CpuFault(GP, 0, `IRET target 0x${target.toString(16)} beyond CS limit`);
  // Flags: IOPL only at CPL 0, IF only when CPL <= IOPL (SDM IRET).
  let mask = 0x254dd5 | 0x200 | 0x3000; // CF PF AF ZF SF TF DF OF NT AC ID + IF + IOPL
  if (c.cpl > 0) mask &= ~0x3000;
  if (c.cpl > ((c.flags >> 12) & 3)) mask &= ~IF;
  if (size === 2) mask &= 0xffff;
  mask |= RF;
  const newFlags = (c.flags & ~mask) | (fl & mask);
  const outer = rpl > c.cpl || c.long64 || size === 8;
  if (outer) {
    const [spLo, spHi] = rd(3);
    const ss = rd(4)[0] & 0xffff;
    const oldCpl = c.cpl;
    c.cpl = rpl;
    try {
      if (c.lma && (ss & 0xfffc) === 0) {
        if (!to64 || rpl === 3) throw new CpuFault(GP, 0, 'IRET to a null SS outside 64-bit mode or to ring 3');
        c.setSegCache(SS, ss, 0, 0, AR_UNUSABLE | (rpl << AR_DPL_SHIFT));
      } else loadDataSegment(c, SS, ss);
    } catch (e) { c.cpl = oldCpl; throw e; }
    loadCodeSegment(c, cs, d, rpl);
    c.setFlagsValue(newFlags);
    if (c.ssz === 8) { c.r[8] = spLo; c.r[9] = spHi; } else c.setSp(size === 2 ? spLo & 0xffff : spLo >>> 0);
    if (rpl > oldCpl) invalidateOuterSegments(c);
  } else {
    loadCodeSegment(c, cs, d, c.cpl);
    c.setFlagsValue(newFlags);
    c.setSp(wrapSp(c, sp + 3 * size));
  }
  c.nrip = target;
  c.updateMode();
}

function wrapSp(c: Cpu, v: number): number { return c.ssz === 8 ? v : c.ssz === 4 ? v >>> 0 : v & 0xffff; }
void AR_TYPE;
