// VM entries (SDM Vol 3C ch. 27): checks (vmentry-checks.ts), loading guest state, the VM-entry
// MSR-load list, event injection, activity state, and entering VMX non-root operation.
import { EFER_LMA, EFER_LME, MAXPHYADDR } from '../cpu/cpu';
import { SS } from '../cpu/regs';
import { AR_DPL_SHIFT } from '../cpu/segments';
import { deliverEvent, TripleFault, EVENT_SOFT_INT, EVENT_SOFT_EXC, EVENT_PRIV_SOFT_EXC } from '../cpu/interrupts';
import { CpuFault, VmExitSignal } from '../cpu/faults';
import { F, Vmcs } from './vmcs';
import type { VmxUnit } from './vmx-unit';
import { checkVmEntryIncremental, newEntryCheckMemo, EntryCheckContext, EntryCheckMemo } from './vmentry-checks';
import { vmExit, ENTRY_IA32E } from './vm-exit';
import { controlMask32 } from './arch';
import { Ept } from './ept';
import { setInactiveState } from './activity';
import { applyImage, guestImage } from './system-image';
import { MSR_PAT, MSR_SYSENTER_CS, MSR_SYSENTER_ESP, MSR_SYSENTER_EIP, MSR_DEBUGCTL } from '../cpu/msr';
import { loadStateMsr } from './state-msrs';

const ENTRY_LOAD_DEBUG = controlMask32('entry', 'LOAD_DEBUG_CONTROLS');
const ENTRY_LOAD_PAT = controlMask32('entry', 'LOAD_IA32_PAT');
const ENTRY_LOAD_EFER = controlMask32('entry', 'LOAD_IA32_EFER');
const SECONDARY = controlMask32('primary', 'ACTIVATE_SECONDARY_CONTROLS');
const ENABLE_EPT = controlMask32('secondary', 'ENABLE_EPT');
const MBEC = controlMask32('secondary', 'MODE_BASED_EPT_EXECUTE');
const ENABLE_VPID = controlMask32('secondary', 'ENABLE_VPID');

/** The EPT translator of the last entry, reused while EPTP and mode-based execute stay the same. */
function eptFor(u: VmxUnit, eptp: number, mbec: boolean): Ept {
  let e = u.eptCache;
  if (!e || e.ept.eptp !== eptp || e.mbec !== mbec) u.eptCache = e = { ept: new Ept(u, eptp, mbec), mbec };
  return e.ept;
}

export const EXIT_REASON_INVALID_STATE = 33, EXIT_REASON_MSR_LOAD_FAIL = 34;

/** MSRs that may not be loaded through the VM-entry MSR-load list (SDM 27.4). */
const MSR_LOAD_FORBIDDEN = new Set([0x9e /* IA32_SMBASE */, 0x8b /* IA32_BIOS_SIGN_ID */]);

/** The check context of a VM entry made by this processor (one object per VmxUnit, refreshed per entry). */
interface UnitCheckContext extends EntryCheckContext { cpu: { efer: bigint; cr0: bigint; cr4: bigint }; eferNum: number; cr0Num: number; cr4Num: number }
export function checkContext(u: VmxUnit, v: Vmcs, launch: boolean): EntryCheckContext {
  const c = u.cpu;
  let ctx = u.entryCheckContext as UnitCheckContext | null;
  if (!ctx) {
    const mem = c.mem;
    ctx = {
      vmcs: v.view, caps: u.caps, maxPhysAddr: MAXPHYADDR, launch: 'vmlaunch',
      readPhys32: (pa) => mem.read32(pa),
      readPhys64: (pa) => (BigInt(mem.read32(pa + 4) >>> 0) << 32n) | BigInt(mem.read32(pa) >>> 0),
      cpu: { efer: 0n, cr0: 0n, cr4: 0n }, eferNum: NaN, cr0Num: NaN, cr4Num: NaN,
    };
    u.entryCheckContext = ctx;
  }
  ctx.vmcs = v.view;
  ctx.caps = u.caps;
  ctx.launch = launch ? 'vmlaunch' : 'vmresume';
  // The bigint views of the current CR0/CR4/EFER are rebuilt only when the registers change.
  if (ctx.eferNum !== c.efer) { ctx.eferNum = c.efer; ctx.cpu.efer = BigInt(c.efer >>> 0); }
  if (ctx.cr0Num !== c.cr0) { ctx.cr0Num = c.cr0; ctx.cpu.cr0 = BigInt(c.cr0 >>> 0); }
  if (ctx.cr4Num !== c.cr4) { ctx.cr4Num = c.cr4; ctx.cpu.cr4 = BigInt(c.cr4 >>> 0); }
  return ctx;
}

/** Performs VMLAUNCH/VMRESUME after the instruction's own checks. Returns true if the guest is now running. */
export function vmEntry(u: VmxUnit, launch: boolean, instruction: string): boolean {
  const c = u.cpu;
  const v = u.current!;
  // Checks run incrementally per VMCS: only rows whose inputs changed since the last successful entry.
  let memo = v.checkMemo as EntryCheckMemo | null;
  if (!memo) v.checkMemo = memo = newEntryCheckMemo();
  const failure = checkVmEntryIncremental(checkContext(u, v, launch), memo, v.changedSlots, v.changed());
  if (!failure) v.clearDirty();
  if (failure && (failure.stage === 'controls' || failure.stage === 'host')) {
    u.failValid(instruction, failure.vmError ?? (failure.stage === 'controls' ? 7 : 8), undefined, failure);
    return false;
  }
  if (failure) {
    // VM-entry failure during or after loading guest state (SDM 27.8): exit with bit 31 set.
    u.entryFailed(failure);
    vmExit(u, { reason: failure.exitReason ?? EXIT_REASON_INVALID_STATE, entryFailure: true, qualification: failure.qualification ?? 0, check: failure });
    return false;
  }
  c.saveFetchEpoch(0);
  loadGuestState(u, v);
  const bad = loadMsrList(u, v);
  if (bad) {
    // The failure exit loads host state over the partly loaded guest state (SDM 27.8).
    const f = { stage: 'msr-load' as const, exitReason: EXIT_REASON_MSR_LOAD_FAIL, qualification: bad.entry, id: 'msr-load.entry', section: 'VM-entry: loading MSRs',
      rule: 'Each entry of the VM-entry MSR-load list must name an MSR that can be loaded, with reserved bits 63:32 of the index entry clear and a value valid for that MSR',
      fields: ['VM_ENTRY_MSR_LOAD_ADDR', 'VM_ENTRY_MSR_LOAD_COUNT'], actual: bad.detail, required: 'a loadable MSR and value' };
    u.entryFailed(f);
    vmExit(u, { reason: EXIT_REASON_MSR_LOAD_FAIL, entryFailure: true, qualification: bad.entry, check: f });
    return false;
  }
  if (launch) v.launched = true;
  c.nonRoot = true;
  u.onNonRootChange();
  u.counters.entries++;
  u.startPreemptionTimer();
  // Event injection (SDM 27.6) through the guest IDT, with RIP already the guest's.
  const intr = v.u32(F.VM_ENTRY_INTR_INFO_FIELD);
  if (intr & 0x80000000) {
    const vector = intr & 0xff, type = (intr >>> 8) & 7;
    const ec = intr & 0x800 ? v.u32(F.VM_ENTRY_EXCEPTION_ERROR_CODE) : undefined;
    const soft = type === EVENT_SOFT_INT || type === EVENT_SOFT_EXC || type === EVENT_PRIV_SOFT_EXC;
    const ret = soft ? c.rip + v.u32(F.VM_ENTRY_INSTRUCTION_LEN) : c.rip;
    c.halted = false;
    setInactiveState(u, 0); // a vectoring VM entry leaves the guest active (SDM 27.6.2)
    if (type === 7) u.pendingMtfOnly = true; // "other event": MTF pending (SDM 27.6.1)
    else {
      // depth 1: an injected event is delivered, not intercepted (faults during its delivery nest normally).
      try { deliverEvent(c, vector, type, ec, ret, 1); }
      catch (e) {
        if (e instanceof TripleFault) { vmExit(u, { reason: 2, guestRip: c.rip }); return false; }
        // An exit during delivery (EPT violation, task switch through a task gate) happens in the guest now entered.
        if (e instanceof VmExitSignal) {
          const stop = u.notifyEntry(v, launch);
          e.perform();
          if (stop && !c.pendingStop) c.pendingStop = { reason: 'event', detail: 'vm-entry' };
          return false;
        }
        if (e instanceof CpuFault) throw e;
        throw e;
      }
    }
  }
  c.restoreFetchEpoch(1);
  if (u.notifyEntry(v, launch)) c.pendingStop = { reason: 'event', detail: 'vm-entry' };
  return true;
}

function loadGuestState(u: VmxUnit, v: Vmcs): void {
  const c = u.cpu;
  const entry = v.u32(F.VM_ENTRY_CONTROLS);
  // CR0, CR3, CR4, segment registers, LDTR, TR, GDTR, IDTR (SDM 27.3.2.1, 27.3.2.2), decoded once per field change.
  applyImage(c, guestImage(v));
  if (entry & ENTRY_LOAD_DEBUG) { c.dr[7] = v.u32(F.GUEST_DR7); loadStateMsr(c, MSR_DEBUGCTL, v.lo[F.GUEST_IA32_DEBUGCTL], v.hi[F.GUEST_IA32_DEBUGCTL]); }
  if (u.guestMsrVmcs !== v || u.guestMsrStamp !== v.sysWrites || u.guestMsrGen !== c.msrGen) {
    loadStateMsr(c, MSR_SYSENTER_CS, v.lo[F.GUEST_SYSENTER_CS], 0);
    loadStateMsr(c, MSR_SYSENTER_ESP, v.lo[F.GUEST_SYSENTER_ESP], v.hi[F.GUEST_SYSENTER_ESP]);
    loadStateMsr(c, MSR_SYSENTER_EIP, v.lo[F.GUEST_SYSENTER_EIP], v.hi[F.GUEST_SYSENTER_EIP]);
    u.guestMsrVmcs = v; u.guestMsrStamp = v.sysWrites; u.guestMsrGen = c.msrGen;
  }
  if (entry & ENTRY_LOAD_PAT) loadStateMsr(c, MSR_PAT, v.lo[F.GUEST_IA32_PAT], v.hi[F.GUEST_IA32_PAT]);
  if (entry & ENTRY_LOAD_EFER) c.efer = v.lo[F.GUEST_IA32_EFER];
  else {
    // SDM 27.3.2.1: LMA and LME take the value of the "IA-32e mode guest" control (LME only when paging).
    const ia32e = (entry & ENTRY_IA32E) !== 0;
    c.efer = ia32e ? c.efer | EFER_LMA | ((c.cr0 & 0x80000000) ? EFER_LME : 0) : c.efer & ~(EFER_LMA | ((c.cr0 & 0x80000000) ? EFER_LME : 0));
  }
  // IA32_FS_BASE and IA32_GS_BASE are the FS/GS base addresses just loaded (cpu/msr.ts).
  c.r[8] = v.lo[F.GUEST_RSP]; c.r[9] = v.hi[F.GUEST_RSP];
  c.setFlagsValue(v.u32(F.GUEST_RFLAGS));
  // CPL is SS.DPL (SDM 27.3.2.2 note).
  c.cpl = (c.sar[SS] >> AR_DPL_SHIFT) & 3;
  const proc2 = v.u32(F.CPU_BASED_VM_EXEC_CONTROL) & SECONDARY ? v.u32(F.SECONDARY_VM_EXEC_CONTROL) : 0;
  const eptp = v.num(F.EPT_POINTER), mbec = (proc2 & MBEC) !== 0;
  c.ept = proc2 & ENABLE_EPT ? eptFor(u, eptp, mbec) : null;
  // VPIDs (SDM Vol 3C 29.1, 29.4.3.1): with "enable VPID" the guest's linear mappings are tagged with its
  // VPID and survive VM entries and exits; without, VM entry invalidates those of VPID 0000H, which the
  // guest then shares with the host. Combined mappings (EPT) are invalidated on every entry all the same,
  // a flush the architecture allows: EPT changes then show at the next entry (and strictTlb sees every
  // guest-physical access to report stale EPT translations).
  const vpid = proc2 & ENABLE_VPID ? v.lo[F.VIRTUAL_PROCESSOR_ID] & 0xffff : 0;
  c.selectTlbContext(vpid, c.ept ? eptp + (mbec ? 2 ** 40 : 0) : -1);
  c.updateMode();
  if (c.ept) c.flushTlbContext();
  else if (vpid === 0) c.refreshTlbContext();
  if (c.cr0 & 0x80000000 && c.cr4 & 0x20 && !(c.efer & EFER_LMA)) {
    // PAE paging: with EPT the PDPTEs come from the VMCS, without EPT from guest CR3 (SDM 27.3.2.4).
    if (c.ept) for (let i = 0; i < 4; i++) c.pdpte[i] = v.num(F[`GUEST_PDPTR${i}`]);
    else c.loadPdptes();
  }
  const intr = v.u32(F.GUEST_INTERRUPTIBILITY_INFO);
  c.shadow = intr & 3 ? 1 : 0;
  c.nmiBlocked = (intr & 8) !== 0;
  const activity = v.u32(F.GUEST_ACTIVITY_STATE);
  // HLT is the core's halt; shutdown and wait-for-SIPI stop instruction execution too (SDM 27.6.2), with
  // the events they block or let through decided at the instruction boundary (nonroot.ts).
  c.halted = activity !== 0;
  setInactiveState(u, activity);
  c.rip = c.nrip = v.snum(F.GUEST_RIP);
  // The system fields were in sync with the processor state just loaded from them (vm-exit.ts saveGuestState).
  u.entryVmcs = v; u.entrySysGen = c.sysGen;
}

/** VM-entry MSR-load list (SDM 27.4). Returns the failing entry (1-based), or null. */
function loadMsrList(u: VmxUnit, v: Vmcs): { entry: number; detail: string } | null {
  const c = u.cpu;
  const addr = v.num(F.VM_ENTRY_MSR_LOAD_ADDR), count = v.u32(F.VM_ENTRY_MSR_LOAD_COUNT);
  for (let i = 0; i < count; i++) {
    const e = addr + i * 16;
    const index = c.mem.read32(e) >>> 0, rsvd = c.mem.read32(e + 4);
    const lo = c.mem.read32(e + 8), hi = c.mem.read32(e + 12);
    if (rsvd !== 0) return { entry: i + 1, detail: `entry ${i + 1}: bits 63:32 of the index dword pair are 0x${(rsvd >>> 0).toString(16)}` };
    if (MSR_LOAD_FORBIDDEN.has(index) || (index >>> 8) === 0x8 /* x2APIC */) return { entry: i + 1, detail: `entry ${i + 1}: MSR 0x${index.toString(16)} may not be loaded by VM entry` };
    try {
      if (!c.writeMsr(index, lo, hi)) return { entry: i + 1, detail: `entry ${i + 1}: MSR 0x${index.toString(16)} does not exist on this CPU` };
    } catch (e) {
      return { entry: i + 1, detail: `entry ${i + 1}: WRMSR 0x${index.toString(16)} would fault (${e instanceof CpuFault ? e.detail : String(e)})` };
    }
  }
  return null;
}
