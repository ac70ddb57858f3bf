// Task switches (SDM Vol 3A 8.3 "Task Switching"): the checks every attempt makes on the task gate and the
// new TSS descriptor, before any state changes. In VMX non-root operation a task switch that passes them
// causes a VM exit instead (SDM Vol 3C 26.4.2 "Treatment of Task Switches", exit reason 9); the switch
// itself (saving the old task, loading the new one) is not implemented and says so at run time.
import type { Cpu } from './cpu';
import { CpuFault, GP, NP, TS, NotImplemented } from './faults';
import { readDescriptor, RawDescriptor } from './descriptors';
import { AR_DPL_SHIFT, AR_P, AR_S, AR_TYPE } from './segments';

/** Exit-qualification "source of task switch initiation" (SDM Vol 3C Table 28-2 "Exit Qualification for Task Switches"). */
export const TASK_SOURCE_CALL = 0, TASK_SOURCE_IRET = 1, TASK_SOURCE_JMP = 2, TASK_SOURCE_IDT_GATE = 3;
const SOURCE_NAME = ['CALL', 'IRET', 'JMP', 'a task gate in the IDT'];

const TSS16_AVAILABLE = 1, TSS16_BUSY = 3, TASK_GATE = 5, TSS32_AVAILABLE = 9, TSS32_BUSY = 11;

/** Whether a system-descriptor type names a TSS or a task gate (a far JMP/CALL to it is a task switch). */
export function isTaskSwitchTarget(type: number): boolean {
  return type === TSS16_AVAILABLE || type === TSS16_BUSY || type === TASK_GATE || type === TSS32_AVAILABLE || type === TSS32_BUSY;
}

/**
 * Checks 2-4 of SDM Vol 3C 26.4.2 on the new TSS selector and descriptor: in the GDT and within its limit, a TSS of
 * the right busy state (available for JMP/CALL/task gates, busy for IRET), present, and with a limit of at least
 * 67H (32-bit) or 2BH (16-bit). `ext` is the EXT bit of the error codes (1 for hardware events).
 */
function checkNewTss(c: Cpu, sel: number, source: number, ext: number): RawDescriptor {
  const iret = source === TASK_SOURCE_IRET;
  const badSel = iret ? TS : GP; // IRET reports its task-link problems as #TS (SDM IRET "Operation", TASK-RETURN)
  const code = (sel & 0xfffc) | ext;
  if (sel & 4) throw new CpuFault(badSel, code, `task switch by ${SOURCE_NAME[source]}: TSS selector 0x${sel.toString(16)} refers to the LDT (TSS descriptors are in the GDT)`);
  if ((sel & 0xfffc) === 0) throw new CpuFault(badSel, code, `task switch by ${SOURCE_NAME[source]}: null TSS selector`);
  if ((sel & ~7) + 7 > c.gdtrLimit) throw new CpuFault(badSel, code, `task switch by ${SOURCE_NAME[source]}: TSS selector 0x${sel.toString(16)} is beyond the GDT limit 0x${c.gdtrLimit.toString(16)}`);
  const d = readDescriptor(c, sel, badSel);
  const type = d.ar & AR_TYPE;
  const want = iret ? [TSS16_BUSY, TSS32_BUSY] : [TSS16_AVAILABLE, TSS32_AVAILABLE];
  if (d.ar & AR_S || !want.includes(type)) {
    const what = d.ar & AR_S ? 'a code/data segment' : type === TSS16_BUSY || type === TSS32_BUSY ? 'a busy TSS' : type === TSS16_AVAILABLE || type === TSS32_AVAILABLE ? 'an available TSS' : `system type ${type}`;
    throw new CpuFault(badSel, code, `task switch by ${SOURCE_NAME[source]}: selector 0x${sel.toString(16)} is ${what}, not ${iret ? 'a busy' : 'an available'} TSS`);
  }
  if (!(d.ar & AR_P)) throw new CpuFault(NP, code, `task switch by ${SOURCE_NAME[source]}: TSS 0x${sel.toString(16)} not present`);
  const min = type === TSS32_AVAILABLE || type === TSS32_BUSY ? 0x67 : 0x2b;
  if (d.limit < min) throw new CpuFault(TS, code, `task switch by ${SOURCE_NAME[source]}: TSS 0x${sel.toString(16)} limit 0x${d.limit.toString(16)} is below 0x${min.toString(16)}`);
  return d;
}

/** The checks passed: a VM exit in VMX non-root operation, else the (unimplemented) task switch. */
function switchTo(c: Cpu, tssSel: number, source: number, instrLen: number, event: { vector: number; type: number; errorCode?: number } | null): never {
  if (c.nonRoot && c.vmx) c.vmx.taskSwitchExit(tssSel, source, instrLen, event);
  throw new NotImplemented(`hardware task switch by ${SOURCE_NAME[source]} to TSS 0x${tssSel.toString(16)} (outside VMX non-root operation, where it would be a VM exit)`);
}

/**
 * Far JMP/CALL whose selector names a TSS or task gate (SDM Vol 2 JMP/CALL "Operation", TASK-GATE and
 * TASK-STATE-SEGMENT). In IA-32e mode neither exists: #GP(selector).
 */
export function farTaskSwitch(c: Cpu, sel: number, gate: RawDescriptor, kind: 'jmp' | 'call'): never {
  const source = kind === 'jmp' ? TASK_SOURCE_JMP : TASK_SOURCE_CALL;
  const type = gate.ar & AR_TYPE;
  if (c.lma) throw new CpuFault(GP, sel & 0xfffc, `far ${kind} to ${type === TASK_GATE ? 'a task gate' : 'a TSS'} (selector 0x${sel.toString(16)}) in IA-32e mode`);
  const dpl = (gate.ar >> AR_DPL_SHIFT) & 3, rpl = sel & 3;
  const instrLen = c.nrip - c.rip;
  if (type === TASK_GATE) {
    if (dpl < c.cpl || dpl < rpl) throw new CpuFault(GP, sel & 0xfffc, `far ${kind} through task gate 0x${sel.toString(16)}: gate DPL ${dpl} < max(CPL ${c.cpl}, RPL ${rpl})`);
    if (!(gate.ar & AR_P)) throw new CpuFault(NP, sel & 0xfffc, `far ${kind} through task gate 0x${sel.toString(16)}: gate not present`);
    const tss = gate.lo >>> 16;
    checkNewTss(c, tss, source, 0); // no privilege check on a TSS reached through a task gate
    switchTo(c, tss, source, instrLen, null);
  }
  if (dpl < c.cpl || dpl < rpl) throw new CpuFault(GP, sel & 0xfffc, `far ${kind} to TSS 0x${sel.toString(16)}: DPL ${dpl} < max(CPL ${c.cpl}, RPL ${rpl})`);
  checkNewTss(c, sel, source, 0);
  return switchTo(c, sel, source, instrLen, null);
}

/** IRET with EFLAGS.NT = 1: return to the task in the previous-task link of the current TSS (SDM Vol 2 IRET, TASK-RETURN). */
export function iretTaskReturn(c: Cpu): never {
  if (c.lma) throw new CpuFault(GP, 0, 'IRET with EFLAGS.NT = 1 in IA-32e mode');
  const link = c.readLin32(c.trBase, false) & 0xffff;
  checkNewTss(c, link, TASK_SOURCE_IRET, 0);
  return switchTo(c, link, TASK_SOURCE_IRET, c.nrip - c.rip, null);
}

/**
 * Event delivery through a task gate in the (protected-mode) IDT, after the gate's own DPL and P checks. Software
 * interrupts and exceptions report their instruction length (`returnRip` is the next instruction's address).
 */
export function idtTaskGate(c: Cpu, gateLo: number, vector: number, type: number, errorCode: number | undefined, software: boolean, returnRip: number): never {
  const tss = gateLo >>> 16;
  checkNewTss(c, tss, TASK_SOURCE_IDT_GATE, software ? 0 : 1);
  return switchTo(c, tss, TASK_SOURCE_IDT_GATE, software ? returnRip - c.rip : 0, { vector, type, errorCode });
}
