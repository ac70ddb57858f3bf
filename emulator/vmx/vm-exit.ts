// VM exits (SDM Vol 3C ch. 28): record exit information, save guest state, MSR-store list,
// load host state, MSR-load list. Also used for VM-entry failures (exit reason bit 31), which
// record the reason and load host state without saving guest state (SDM 27.8).
import type { Cpu } from '../cpu/cpu';
import { EFER_LMA, EFER_LME } from '../cpu/cpu';
import { IF } from '../cpu/flags';
import { Vmcs, F, GUEST_SYSTEM_FIELDS } from './vmcs';
import type { VmxUnit, VmExitRecord } from './vmx-unit';
import type { CheckFailure } from './vmentry-checks';
import { controlMask32 } from './arch';
import { inactiveState, setInactiveState } from './activity';
import { MSR_PAT, MSR_SYSENTER_CS, MSR_SYSENTER_ESP, MSR_SYSENTER_EIP, MSR_DEBUGCTL } from '../cpu/msr';
import { loadStateMsr, stateMsr } from './state-msrs';
import { applyImage, hostImage } from './system-image';

export const EXIT_SAVE_DEBUG = controlMask32('exit', 'SAVE_DEBUG_CONTROLS');
export const EXIT_HOST_64 = controlMask32('exit', 'HOST_ADDRESS_SPACE_SIZE');
export const EXIT_ACK_INTR = controlMask32('exit', 'ACKNOWLEDGE_INTERRUPT_ON_EXIT');
export const EXIT_SAVE_PAT = controlMask32('exit', 'SAVE_IA32_PAT');
export const EXIT_LOAD_PAT = controlMask32('exit', 'LOAD_IA32_PAT');
export const EXIT_SAVE_EFER = controlMask32('exit', 'SAVE_IA32_EFER');
export const EXIT_LOAD_EFER = controlMask32('exit', 'LOAD_IA32_EFER');
export const EXIT_SAVE_TIMER = controlMask32('exit', 'SAVE_PREEMPTION_TIMER');
export const ENTRY_IA32E = controlMask32('entry', 'IA32E_MODE_GUEST');

export interface ExitInfo {
  reason: number;
  entryFailure?: boolean;
  qualification?: number | bigint;
  guestLinear?: number;
  guestPhysical?: number;
  intrInfo?: number;
  intrErrorCode?: number;
  instrLen?: number;
  instrInfo?: number;
  /** RIP to save for the guest (default: the current instruction) */
  guestRip?: number;
  check?: CheckFailure;
  /** why, in words (EPT violations/misconfigurations) */
  detail?: string;
}

const SECONDARY = controlMask32('primary', 'ACTIVATE_SECONDARY_CONTROLS');
const ENABLE_VPID = controlMask32('secondary', 'ENABLE_VPID');

export function vmExit(u: VmxUnit, info: ExitInfo): VmExitRecord {
  const c = u.cpu;
  const v = u.current!;
  const guestRip = info.guestRip ?? c.rip;
  const fullReason = (info.reason & 0xffff) | (info.entryFailure ? 0x80000000 : 0);
  // Exit information (SDM 28.2).
  v.set(F.VM_EXIT_REASON, fullReason);
  const q = info.qualification ?? 0;
  if (typeof q === 'number') v.setNum(F.EXIT_QUALIFICATION, q); else v.setBig(F.EXIT_QUALIFICATION, BigInt.asUintN(64, q));
  if (!info.entryFailure) {
    if (info.guestLinear !== undefined) v.setNum(F.GUEST_LINEAR_ADDRESS, info.guestLinear);
    if (info.guestPhysical !== undefined) v.setNum(F.GUEST_PHYSICAL_ADDRESS, info.guestPhysical);
    v.set(F.VM_EXIT_INTR_INFO, info.intrInfo ?? 0);
    v.set(F.VM_EXIT_INTR_ERROR_CODE, info.intrErrorCode ?? 0);
    // An exit during event delivery records the event (SDM 28.2.4).
    v.set(F.IDT_VECTORING_INFO_FIELD, c.vectoringInfo);
    v.set(F.IDT_VECTORING_ERROR_CODE, c.vectoringError);
    v.set(F.VM_EXIT_INSTRUCTION_LEN, info.instrLen ?? 0);
    v.set(F.VMX_INSTRUCTION_INFO, info.instrInfo ?? 0);
    // VM exits clear the valid bit of the VM-entry interruption-information field (SDM 28.2.? end).
    v.set(F.VM_ENTRY_INTR_INFO_FIELD, v.lo[F.VM_ENTRY_INTR_INFO_FIELD] & 0x7fffffff);
    saveGuestState(u, v, guestRip);
  }
  // SDM 28.7: problems saving guest MSRs, or a processor in IA-32e mode exiting to a host without it, abort.
  const storeProblem = info.entryFailure || v.lo[F.VM_EXIT_MSR_STORE_COUNT] === 0 ? null : msrList(u, v.num(F.VM_EXIT_MSR_STORE_ADDR), v.u32(F.VM_EXIT_MSR_STORE_COUNT), 'store');
  const abort = storeProblem ? { code: VMX_ABORT_SAVE_GUEST_MSRS, detail: storeProblem }
    : c.efer & EFER_LMA && !(v.lo[F.VM_EXIT_CONTROLS] & EXIT_HOST_64) ? { code: VMX_ABORT_HOST_NOT_64, detail: 'the processor was in IA-32e mode (EFER.LMA = 1) and the "host address-space size" VM-exit control is 0' } : null;
  const rec = u.recordExit({
    seq: 0, reason: info.reason & 0xffff, fullReason, name: '', qualification: typeof q === 'bigint' ? BigInt.asUintN(64, q) : q === 0 ? 0n : BigInt(q >>> 0 === q ? q : BigInt.asUintN(64, BigInt(q))), guestRip,
    guestLinear: info.guestLinear, guestPhysical: info.guestPhysical, interruptionInfo: info.intrInfo ?? 0, instructionLength: info.instrLen ?? 0,
    vmcs: v.address, hostRip: v.snum(F.HOST_RIP), tsc: c.tsc, entryFailure: info.check, detail: info.detail,
    idtVectoringInfo: c.vectoringInfo, exitingLevel: 1, receivingLevel: 0, virtual: false,
  });
  c.vectoringInfo = 0;
  u.notifyPreExit(rec); // [nesting] guest registers/paging still live here
  if (abort) { vmxAbort(u, v, abort.code, abort.detail); return rec; }
  if (c.nonRoot) c.saveFetchEpoch(1);
  loadHostState(u, v);
  const loadProblem = v.lo[F.VM_EXIT_MSR_LOAD_COUNT] === 0 ? null : msrList(u, v.num(F.VM_EXIT_MSR_LOAD_ADDR), v.u32(F.VM_EXIT_MSR_LOAD_COUNT), 'load');
  if (loadProblem) { vmxAbort(u, v, VMX_ABORT_LOAD_HOST_MSRS, loadProblem); return rec; }
  c.nonRoot = false;
  c.restoreFetchEpoch(0);
  u.flushShadow();
  u.onNonRootChange();
  if (u.notifyExit(rec)) c.pendingStop = { reason: 'event', detail: `vm-exit` };
  return rec;
}

// Guest-state saving (SDM 28.3). The system part (GUEST_SYSTEM_FIELDS: control registers, segments, descriptor
// tables, SYSENTER MSRs) is staged as dword pairs by straight-line code, then compared with the VMCS and stored
// (marking changes dirty) in one loop; it is skipped when nothing could have changed it since the VM entry:
// the processor's sysGen is the one the entry left, and the fields were in sync with the processor then
// (Vmcs.sysSynced: saved by the previous exit and not written since; loading and saving them again gives the
// same values). The rest (RSP, RIP, RFLAGS, non-register state) is saved every time.
const SYS_SLOTS = Int32Array.from(GUEST_SYSTEM_FIELDS, (n) => F[n]);
const stageLo = new Int32Array(SYS_SLOTS.length), stageHi = new Int32Array(SYS_SLOTS.length);
const SEG0 = 3, GDTR0 = SEG0 + 32;
function stageNum(k: number, n: number): void { stageLo[k] = n | 0; stageHi[k] = Math.floor(n / 4294967296) | 0; }
/** Tests set VMXDBG_VERIFY_LAZY_SAVE=1: every skipped save is checked against a full one. */
const VERIFY_LAZY_SAVE = typeof process !== 'undefined' && process.env?.VMXDBG_VERIFY_LAZY_SAVE === '1';

/** Stages the system part of the processor's state in GUEST_SYSTEM_FIELDS order. */
function stageSystem(c: Cpu, v: Vmcs): void {
  const sl = stageLo, sh = stageHi;
  sl[0] = c.cr0; sh[0] = 0;
  stageNum(1, c.cr3);
  sl[2] = c.cr4; sh[2] = 0;
  for (let s = 0; s < 6; s++) {
    const k = SEG0 + 4 * s;
    sl[k] = c.sel[s]; sh[k] = 0;
    stageNum(k + 1, c.sbase[s]);
    sl[k + 2] = c.slimit[s] | 0; sh[k + 2] = 0;
    sl[k + 3] = c.sar[s] & 0x1f0ff; sh[k + 3] = 0;
  }
  sl[SEG0 + 24] = c.ldtrSel; sh[SEG0 + 24] = 0; stageNum(SEG0 + 25, c.ldtrBase);
  sl[SEG0 + 26] = c.ldtrLimit | 0; sh[SEG0 + 26] = 0; sl[SEG0 + 27] = c.ldtrAr & 0x1f0ff; sh[SEG0 + 27] = 0;
  sl[SEG0 + 28] = c.trSel; sh[SEG0 + 28] = 0; stageNum(SEG0 + 29, c.trBase);
  sl[SEG0 + 30] = c.trLimit | 0; sh[SEG0 + 30] = 0; sl[SEG0 + 31] = c.trAr & 0x1f0ff; sh[SEG0 + 31] = 0;
  stageNum(GDTR0, c.gdtrBase); sl[GDTR0 + 1] = c.gdtrLimit; sh[GDTR0 + 1] = 0;
  stageNum(GDTR0 + 2, c.idtrBase); sl[GDTR0 + 3] = c.idtrLimit; sh[GDTR0 + 3] = 0;
  const cs = stateMsr(c, MSR_SYSENTER_CS)!, esp = stateMsr(c, MSR_SYSENTER_ESP)!, eip = stateMsr(c, MSR_SYSENTER_EIP)!;
  sl[GDTR0 + 4] = cs[0]; sh[GDTR0 + 4] = 0;
  sl[GDTR0 + 5] = esp[0]; sh[GDTR0 + 5] = esp[1];
  sl[GDTR0 + 6] = eip[0]; sh[GDTR0 + 6] = eip[1];
  // SDM 28.2: the "IA-32e mode guest" entry control receives IA32_EFER.LMA.
  const entry = v.lo[F.VM_ENTRY_CONTROLS];
  sl[GDTR0 + 7] = c.efer & EFER_LMA ? entry | ENTRY_IA32E : entry & ~ENTRY_IA32E; sh[GDTR0 + 7] = 0;
}

/**
 * Stores the staged values whose VMCS copies differ (one well-predicted branch per field: most are unchanged).
 * The staged values are within their fields' widths, so an unchanged field compares equal (Vmcs.set applies the
 * width to what it stores either way).
 */
function storeSystem(v: Vmcs): void {
  const L = v.lo, H = v.hi, sl = stageLo, sh = stageHi, slots = SYS_SLOTS, n = slots.length;
  for (let k = 0; k < n; k++) {
    const s = slots[k], l = sl[k], h = sh[k];
    if (((L[s] ^ l) | (H[s] ^ h)) !== 0) v.set(s, l, h);
  }
}

/** VMXDBG_VERIFY_LAZY_SAVE: the skipped system part must equal what a full save would store. */
function verifySkippedSave(c: Cpu, v: Vmcs): void {
  stageSystem(c, v);
  for (let k = 0; k < SYS_SLOTS.length; k++) {
    const s = SYS_SLOTS[k];
    if (v.lo[s] !== stageLo[k] || v.hi[s] !== stageHi[k]) {
      throw new Error(`lazy guest-state save: ${GUEST_SYSTEM_FIELDS[k]} is 0x${(v.hi[s] >>> 0).toString(16)}_${(v.lo[s] >>> 0).toString(16)} in the VMCS but the processor holds 0x${(stageHi[k] >>> 0).toString(16)}_${(stageLo[k] >>> 0).toString(16)} (a writer of that state does not bump Cpu.sysGen)`);
    }
  }
}

function saveGuestState(u: VmxUnit, v: Vmcs, guestRip: number): void {
  const c = u.cpu;
  const exitCtl = v.lo[F.VM_EXIT_CONTROLS];
  // In sync now means in sync at the entry too: the last save was at an earlier exit, and fields only gain writes.
  if (u.entryVmcs === v && v.sysSynced && c.sysGen === u.entrySysGen) {
    if (VERIFY_LAZY_SAVE) verifySkippedSave(c, v);
  } else {
    stageSystem(c, v);
    storeSystem(v);
    v.sysSavedAt = v.sysWrites;
  }
  v.set(F.GUEST_RSP, c.r[8], c.r[9]);
  v.setNum(F.GUEST_RIP, guestRip);
  v.set(F.GUEST_RFLAGS, c.getFlags());
  // Non-register state (SDM 28.3.4). Our interrupt shadow does not record its source: it is reported
  // as blocking by STI when IF=1 and by MOV SS otherwise.
  v.set(F.GUEST_ACTIVITY_STATE, inactiveState(u) || (c.halted ? 1 : 0));
  v.set(F.GUEST_INTERRUPTIBILITY_INFO, (c.shadow ? (c.flags & IF ? 1 : 2) : 0) | (c.nmiBlocked ? 8 : 0));
  v.set(F.GUEST_PENDING_DBG_EXCEPTIONS, 0);
  if (exitCtl & EXIT_SAVE_DEBUG) {
    v.setNum(F.GUEST_DR7, c.dr[7]);
    const dbg = stateMsr(c, MSR_DEBUGCTL); if (dbg) v.set(F.GUEST_IA32_DEBUGCTL, dbg[0], dbg[1]);
  }
  if (exitCtl & EXIT_SAVE_PAT) { const pat = stateMsr(c, MSR_PAT)!; v.set(F.GUEST_IA32_PAT, pat[0], pat[1]); }
  if (exitCtl & EXIT_SAVE_EFER) v.set(F.GUEST_IA32_EFER, c.efer);
  if (exitCtl & EXIT_SAVE_TIMER) v.set(F.VMX_PREEMPTION_TIMER_VALUE, u.preemptionTimerRemaining());
}

/** Host-state loading (SDM 28.5). */
function loadHostState(u: VmxUnit, v: Vmcs): void {
  const c = u.cpu;
  const exitCtl = v.u32(F.VM_EXIT_CONTROLS);
  const host64 = (exitCtl & EXIT_HOST_64) !== 0;
  // CR0, CR3, CR4, segment registers with their fixed attributes, LDTR, TR, GDTR, IDTR (SDM 28.5.1, 28.5.2).
  applyImage(c, hostImage(v));
  c.dr[7] = 0x400;
  // DEBUGCTL is cleared, the SYSENTER MSRs loaded (skipped when loaded from the same fields with no MSR written since).
  if (u.hostMsrVmcs !== v || u.hostMsrStamp !== v.hostWrites || u.hostMsrGen !== c.msrGen) {
    loadStateMsr(c, MSR_DEBUGCTL, 0, 0);
    loadStateMsr(c, MSR_SYSENTER_CS, v.lo[F.HOST_IA32_SYSENTER_CS], 0);
    loadStateMsr(c, MSR_SYSENTER_ESP, v.lo[F.HOST_IA32_SYSENTER_ESP], v.hi[F.HOST_IA32_SYSENTER_ESP]);
    loadStateMsr(c, MSR_SYSENTER_EIP, v.lo[F.HOST_IA32_SYSENTER_EIP], v.hi[F.HOST_IA32_SYSENTER_EIP]);
    u.hostMsrVmcs = v; u.hostMsrStamp = v.hostWrites; u.hostMsrGen = c.msrGen;
  }
  if (exitCtl & EXIT_LOAD_PAT) loadStateMsr(c, MSR_PAT, v.lo[F.HOST_IA32_PAT], v.hi[F.HOST_IA32_PAT]);
  if (exitCtl & EXIT_LOAD_EFER) c.efer = v.lo[F.HOST_IA32_EFER];
  else c.efer = host64 ? c.efer | EFER_LMA | EFER_LME : c.efer & ~(EFER_LMA | EFER_LME);
  // IA32_FS_BASE and IA32_GS_BASE are the FS/GS base addresses just loaded (cpu/msr.ts).
  c.r[8] = v.lo[F.HOST_RSP]; c.r[9] = v.hi[F.HOST_RSP];
  c.setFlagsValue(2);
  c.cpl = 0;
  c.shadow = 0;
  c.halted = false;
  setInactiveState(u, 0);
  c.ept = null;
  // Translations of VPID 0000H (SDM Vol 3C 29.4.3.1): VM exits invalidate them unless "enable VPID" is 1.
  c.selectTlbContext(0, -1);
  c.updateMode();
  if (!(v.u32(F.CPU_BASED_VM_EXEC_CONTROL) & SECONDARY && v.u32(F.SECONDARY_VM_EXEC_CONTROL) & ENABLE_VPID)) c.refreshTlbContext();
  if (!host64 && c.cr4 & 0x20 && c.cr0 & 0x80000000) c.loadPdptes();
  c.rip = c.nrip = v.snum(F.HOST_RIP);
}

/** VMX-abort indicators (SDM Vol 3C 28.7 "VMX Aborts") this processor can produce. */
export const VMX_ABORT_SAVE_GUEST_MSRS = 1, VMX_ABORT_LOAD_HOST_MSRS = 4, VMX_ABORT_HOST_NOT_64 = 6;
const ABORT_TEXT: Record<number, string> = {
  1: 'failure saving guest MSRs', 2: 'host checksum failure', 3: 'current VMCS corrupted', 4: 'failure loading host MSRs',
  5: 'machine-check event during VM exit', 6: 'IA-32e mode before the VM exit with "host address-space size" = 0',
};

/**
 * A VMX abort (SDM Vol 3C 28.7): the VMX-abort indicator is written to the current VMCS's region (the VMCS data
 * itself is not written back) and the processor enters the VMX-abort shutdown state, which only a reset leaves:
 * the run stops there.
 */
function vmxAbort(u: VmxUnit, v: Vmcs, code: number, detail: string): void {
  const c = u.cpu;
  v.abort = code;
  c.mem.write32(v.address + 4, code);
  c.halted = true;
  c.pendingStop = { reason: 'vmx-abort', code, detail: `VMX abort ${code} (${ABORT_TEXT[code]}): ${detail}; VMCS 0x${v.address.toString(16)}` };
}

/**
 * VM-exit MSR-store and MSR-load lists: 16-byte entries {index, reserved, data} (SDM 25.7.2, 28.4, 28.6).
 * Returns what makes the VMX abort (SDM 28.4: reserved bits, the x2APIC range, IA32_SMBASE, an MSR that cannot
 * be read; 28.6 adds FS/GS base, IA32_SMM_MONITOR_CTL and values WRMSR would reject), or null.
 */
export function msrList(u: VmxUnit, addr: number, count: number, kind: 'store' | 'load'): string | null {
  const c = u.cpu;
  for (let i = 0; i < count; i++) {
    const e = addr + i * 16;
    const index = c.mem.read32(e) >>> 0, rsvd = c.mem.read32(e + 4);
    const what = `VM-exit MSR-${kind} entry ${i + 1} (MSR 0x${index.toString(16)})`;
    if (rsvd !== 0) return `${what}: bits 63:32 of the index dword pair are 0x${(rsvd >>> 0).toString(16)}`;
    if ((index >>> 8) === 0x8) return `${what}: MSRs in the x2APIC range 800H-8FFH may not be in the list`;
    if (index === 0x9e) return `${what}: IA32_SMBASE may not be in the list`;
    if (kind === 'store') {
      let val: [number, number] | undefined;
      try { val = c.readMsr(index); } catch { val = undefined; }
      if (!val) return `${what}: RDMSR of it would fault`;
      c.mem.write32(e + 8, val[0]); c.mem.write32(e + 12, val[1]);
    } else {
      if (index === 0xc0000100 || index === 0xc0000101 || index === 0x9b) return `${what}: FS base, GS base and IA32_SMM_MONITOR_CTL may not be loaded this way`;
      const lo = c.mem.read32(e + 8), hi = c.mem.read32(e + 12);
      let ok = false;
      try { ok = c.writeMsr(index, lo, hi); } catch { ok = false; }
      if (!ok) return `${what}: WRMSR of 0x${(hi >>> 0).toString(16).padStart(8, '0')}${(lo >>> 0).toString(16).padStart(8, '0')} would fault`;
    }
  }
  return null;
}
