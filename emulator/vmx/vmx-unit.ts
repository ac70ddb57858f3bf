// The processor's VMX state (SDM Vol 3C ch. 24 "Introduction to VMX operation"): VMX operation,
// VMXON pointer, current-VMCS pointer and cache, root/non-root, capability MSRs, VMfail reporting,
// and the exit history the debugger shows. Instruction semantics are in vmx-instructions.ts,
// entries in vm-entry.ts, exits in vm-exit.ts, non-root interception in nonroot.ts.
import type { Ept } from './ept';
import type { Cpu, MsrHandler } from '../cpu/cpu';
import { CR0_PE } from '../cpu/cpu';
import { setFlags, ARITH, CF, ZF } from '../cpu/flags';
import { CapabilityProfile, MSR, exitReasonName, vmInstructionErrorText, controlMask32 } from './arch';

const PIN_PREEMPTION_TIMER = controlMask32('pin', 'ACTIVATE_PREEMPTION_TIMER');
import { Vmcs, F } from './vmcs';
import { resolveProfile } from './capabilities';
import type { CheckFailure } from './vmentry-checks';
import type { CachedTranslation } from './ept';
import { LinearTlbModel } from './linear-tlb';
import { vmExit } from './vm-exit';
import { VmExitSignal } from '../cpu/faults';

export const INVALID_POINTER = -1; // architecturally FFFFFFFF_FFFFFFFFH

export interface VmExitRecord {
  seq: number;
  /** basic exit reason and the full 32-bit exit-reason field */
  reason: number;
  fullReason: number;
  name: string;
  qualification: bigint;
  guestRip: number;
  guestLinear?: number;
  guestPhysical?: number;
  interruptionInfo: number;
  instructionLength: number;
  /** VMCS address that was current (the guest's VMCS) */
  vmcs: number;
  /**
   * Nesting levels (nesting.ts, DESIGN.md section 4): the level whose code exited, the level whose handler
   * receives the exit, and whether the exit is a reflected (virtual) one emulated by an outer hypervisor.
   * Without nesting knowledge a hardware exit is L1 -> L0.
   */
  exitingLevel: number;
  receivingLevel: number;
  virtual: boolean;
  hostRip: number;
  tsc: number;
  /** VM-entry failure: the explained check */
  entryFailure?: CheckFailure;
  /** EPT violations/misconfigurations: the reason in words */
  detail?: string;
  /** IDT-vectoring information (exit during event delivery), 0 if none */
  idtVectoringInfo: number;
}

export interface VmxFailure {
  instruction: string;
  kind: 'VMfailInvalid' | 'VMfailValid';
  error?: number;
  message: string;
  /** for VMLAUNCH/VMRESUME control/host-state failures */
  check?: CheckFailure;
  rip: number;
}

export interface VmxOptions {
  /** Cache EPT translations per EPTP across VM entries and report stale ones (missing INVEPT detector). */
  strictTlb?: boolean;
  /** capability profile spec (see capabilities.ts) or explicit MSR values */
  profile?: string;
  capabilityMsrs?: Record<number, bigint>;
  maxExitHistory?: number;
}

export class VmxUnit {
  readonly caps: CapabilityProfile;
  readonly profileNotes: string[];
  inVmx = false;
  vmxonPtr = INVALID_POINTER;
  /** current VMCS (cached contents) or null when the current-VMCS pointer is invalid */
  current: Vmcs | null = null;
  /** STI/MOV-SS blocking at VM entry time, for VMfailValid 26 */
  exitSeq = 0;
  readonly history: VmExitRecord[] = [];
  readonly maxHistory: number;
  lastFailure: VmxFailure | null = null;
  lastExit: VmExitRecord | null = null;
  /** Debugger hooks: return true to stop the run after the instruction. */
  onExit: ((rec: VmExitRecord) => boolean) | null = null;
  onEntry: ((vmcs: Vmcs, launch: boolean) => boolean) | null = null;
  onFailure: ((f: VmxFailure) => boolean) | null = null;
  /**
   * [nesting] Observers besides the single onExit/onEntry callbacks (return true to stop the run).
   * preExitListeners run inside the VM exit after the exit information is recorded and BEFORE host state
   * is loaded: the guest's registers, paging and EPT are still live (used to decode the exiting instruction).
   */
  readonly exitListeners: ((rec: VmExitRecord) => boolean | void)[] = [];
  readonly entryListeners: ((vmcs: Vmcs, launch: boolean) => boolean | void)[] = [];
  readonly preExitListeners: ((rec: VmExitRecord) => void)[] = [];
  /** Observers of reset() (program load). */
  readonly resetListeners: (() => void)[] = [];
  readonly counters = { exits: 0, entries: 0, failures: 0 };
  /** Last VM-entry failure explanation (invalid guest state / MSR loading). */
  lastEntryFailure: CheckFailure | null = null;
  /** VMX-preemption timer: TSC at entry and the value loaded (SDM 26.5.1). */
  private timerStart = 0;
  private timerValue = 0;
  timerActive = false;
  /** ACTIVITY_SHUTDOWN or ACTIVITY_WAIT_FOR_SIPI while the guest is in that state, else 0 (activity.ts) */
  inactiveActivity = 0;
  /** vm-entry.ts/vm-exit.ts: the VMCS of the last VM entry and Cpu.sysGen after it loaded guest state */
  entryVmcs: Vmcs | null = null;
  entrySysGen = -1;
  /** The VMCS, field-write stamp and Cpu.msrGen of the last guest / host SYSENTER (and DEBUGCTL) MSR loads: a load
   * from unchanged fields with no MSR written since is skipped */
  guestMsrVmcs: Vmcs | null = null; guestMsrStamp = -1; guestMsrGen = -1;
  hostMsrVmcs: Vmcs | null = null; hostMsrStamp = -1; hostMsrGen = -1;
  /** vm-entry.ts: the EPT translator of the last entry (reused while EPTP and mode-based execute stay the same) */
  eptCache: { ept: Ept; mbec: boolean } | null = null;
  /** vm-entry.ts: the VM-entry check context of this processor, refreshed per entry */
  entryCheckContext: unknown = null;
  /** Injected "other event" (type 7) made an MTF VM exit pending before the first instruction. */
  pendingMtfOnly = false;
  /** A guest IRET that unblocks NMIs (or virtual NMIs) is executing: exits during it report and undo that (SDM 28.2.1, 28.3.4). */
  iretUnblockingNmi = false;
  /** Called when root/non-root changes (the executor uses separate blocks for non-root code). */
  nonRootListeners: (() => void)[] = [];

  readonly strictTlb: boolean;
  private readonly eptTlbs = new Map<number, Map<number, CachedTranslation>>();
  /** strictTlb: linear and combined mappings per VPID (linear-tlb.ts) */
  readonly linearTlb: LinearTlbModel | null;
  /** strictTlb findings (bounded); onStaleTranslation may stop the run. */
  readonly staleTranslations: string[] = [];
  onStaleTranslation: ((message: string) => boolean) | null = null;

  constructor(readonly cpu: Cpu, opts: VmxOptions = {}) {
    this.strictTlb = opts.strictTlb ?? false;
    this.linearTlb = this.strictTlb ? new LinearTlbModel(this) : null;
    // looked up at each transition: a snapshot restore may replace the model
    if (this.strictTlb) this.nonRootListeners.push(() => this.linearTlb?.transition());
    if (opts.capabilityMsrs) { this.caps = Object.freeze({ ...resolveProfile('default').caps, ...opts.capabilityMsrs }); this.profileNotes = ['explicit capability MSR values']; }
    else { const r = resolveProfile(opts.profile ?? 'default'); this.caps = r.caps; this.profileNotes = r.notes; }
    this.maxHistory = opts.maxExitHistory ?? 1000;
    cpu.msrHandlers = cpu.msrHandlers.filter((h) => !(h as { vmx?: boolean }).vmx);
    cpu.msrHandlers.unshift(this.msrHandler());
    cpu.vmx = this;
  }

  cap(msr: number): bigint { return this.caps[msr] ?? 0n; }
  capLo(msr: number): number { return Number(this.cap(msr) & 0xffffffffn) >>> 0; }
  capHi(msr: number): number { return Number(this.cap(msr) >> 32n) >>> 0; }
  get revisionId(): number { return Number(this.cap(MSR.IA32_VMX_BASIC) & 0x7fffffffn); }

  /** Capability MSRs are readable when CPUID reports VMX (SDM App. A); writes #GP. */
  private msrHandler(): MsrHandler & { vmx: boolean } {
    return {
      vmx: true,
      read: (_c, index) => {
        if (index < 0x480 || index > 0x493) return undefined;
        const v = this.caps[index];
        if (v === undefined) return undefined;
        return [Number(BigInt.asIntN(32, v)), Number(BigInt.asIntN(32, v >> 32n))];
      },
      write: () => false,
    };
  }

  // ------------------------------------------------------------------ CR fixed bits (SDM Vol 3C 24.8)
  /** Returns a description of the violated fixed bit, or null, for a CR0 value in VMX operation. */
  cr0FixedViolation(cr0: number, unrestrictedGuest: boolean): string | null {
    let f0 = this.capLo(MSR.IA32_VMX_CR0_FIXED0);
    const f1 = this.capLo(MSR.IA32_VMX_CR0_FIXED1);
    if (unrestrictedGuest) f0 &= ~(CR0_PE | 0x80000000);
    const must1 = f0 & ~cr0, must0 = cr0 & ~f1;
    if (must1) return `CR0 bit(s) 0x${(must1 >>> 0).toString(16)} must be 1 in VMX operation (IA32_VMX_CR0_FIXED0 = 0x${(f0 >>> 0).toString(16)})`;
    if (must0) return `CR0 bit(s) 0x${(must0 >>> 0).toString(16)} must be 0 in VMX operation (IA32_VMX_CR0_FIXED1 = 0x${(f1 >>> 0).toString(16)})`;
    return null;
  }
  /** Non-root operation with "unrestricted guest" = 1 (PE/PG may be 0). */
  unrestrictedGuestActive(): boolean {
    const v = this.current;
    if (!v || !this.cpu.nonRoot) return false;
    const proc = v.u32(F.CPU_BASED_VM_EXEC_CONTROL);
    return (proc & 0x80000000) !== 0 && (v.u32(F.SECONDARY_VM_EXEC_CONTROL) & 0x80) !== 0;
  }
  cr4FixedViolation(cr4: number): string | null {
    const f0 = this.capLo(MSR.IA32_VMX_CR4_FIXED0), f1 = this.capLo(MSR.IA32_VMX_CR4_FIXED1);
    const must1 = f0 & ~cr4, must0 = cr4 & ~f1;
    if (must1) return `CR4 bit(s) 0x${(must1 >>> 0).toString(16)} must be 1 in VMX operation (IA32_VMX_CR4_FIXED0 = 0x${(f0 >>> 0).toString(16)})`;
    if (must0) return `CR4 bit(s) 0x${(must0 >>> 0).toString(16)} must be 0 in VMX operation (IA32_VMX_CR4_FIXED1 = 0x${(f1 >>> 0).toString(16)})`;
    return null;
  }

  // ------------------------------------------------------------------ VMsucceed / VMfail (SDM Vol 3C 31.2 "Conventions")
  succeed(): void { setFlags(this.cpu, ARITH, 0); }
  failInvalid(instruction: string, message: string): void {
    setFlags(this.cpu, ARITH, CF);
    this.reportFailure({ instruction, kind: 'VMfailInvalid', message, rip: this.cpu.rip });
  }
  failValid(instruction: string, error: number, detail?: string, check?: CheckFailure): void {
    setFlags(this.cpu, ARITH, ZF);
    this.current!.set(F.VM_INSTRUCTION_ERROR, error);
    const text = vmInstructionErrorText(error);
    this.reportFailure({ instruction, kind: 'VMfailValid', error, message: detail ? `${text} — ${detail}` : text, check, rip: this.cpu.rip });
  }
  /** VMfail(error): VMfailValid when there is a current VMCS, else VMfailInvalid. */
  fail(instruction: string, error: number, detail?: string): void {
    if (this.current) this.failValid(instruction, error, detail);
    else this.failInvalid(instruction, `${vmInstructionErrorText(error)}${detail ? ' — ' + detail : ''} (no current VMCS, so VMfailInvalid)`);
  }
  private reportFailure(f: VmxFailure): void {
    this.lastFailure = f;
    this.counters.failures++;
    if (this.onFailure && this.onFailure(f)) this.cpu.pendingStop = { reason: 'event', detail: describeFailure(f) };
  }

  /** Leaves VMX operation and forgets all VMX state (machine reset / program load). */
  reset(): void {
    this.inVmx = false; this.vmxonPtr = INVALID_POINTER; this.current = null; this.cpu.nonRoot = false;
    this.history.length = 0; this.lastExit = null; this.lastFailure = null; this.lastEntryFailure = null; this.timerActive = false; this.inactiveActivity = 0; this.entryVmcs = null; this.guestMsrVmcs = this.hostMsrVmcs = null;
    this.counters.exits = this.counters.entries = this.counters.failures = 0;
    this.eptTlbs.clear(); this.staleTranslations.length = 0; this.shadow = null;
    this.linearTlb?.reset();
    this.cpu.msrHandlers = this.cpu.msrHandlers.filter((h) => !(h as { vmx?: boolean }).vmx);
    this.cpu.msrHandlers.unshift(this.msrHandler());
    for (const l of this.resetListeners) l();
  }

  /** The shadow VMCS (VMCS link pointer) while in non-root operation with VMCS shadowing; written back on VM exit. */
  private shadow: Vmcs | null = null;
  shadowVmcs(): Vmcs | null {
    const v = this.current;
    if (!v) return null;
    const link = v.num(F.VMCS_LINK_POINTER);
    if (v.lo[F.VMCS_LINK_POINTER] === -1 && v.hi[F.VMCS_LINK_POINTER] === -1) return null;
    if (!this.shadow || this.shadow.address !== link) {
      if (this.shadow) this.shadow.flush(this.cpu.mem);
      this.shadow = Vmcs.load(this.cpu.mem, link);
    }
    return this.shadow;
  }
  /** Observers of shadow-VMCS writes (nesting reconstruction). */
  shadowWriteListeners: ((encoding: number) => void)[] = [];
  noteShadowWrite(encoding: number): void { for (const l of this.shadowWriteListeners) l(encoding); }
  /** VMfailValid recorded in a given VMCS (the shadow VMCS for shadowed VMREAD/VMWRITE). */
  failValidOn(v: Vmcs, instruction: string, error: number, detail?: string): void {
    setFlags(this.cpu, ARITH, ZF);
    v.set(F.VM_INSTRUCTION_ERROR, error);
    const text = vmInstructionErrorText(error);
    this.reportFailure({ instruction, kind: 'VMfailValid', error, message: detail ? `${text} — ${detail}` : text, rip: this.cpu.rip });
  }
  /** Writes the shadow VMCS back to memory (on VM exit: root software may VMPTRLD it next). */
  flushShadow(): void { if (this.shadow) { this.shadow.flush(this.cpu.mem); this.shadow = null; } }

  eptTlb(eptp: number): Map<number, CachedTranslation> {
    const key = Math.floor(eptp / 4096);
    let t = this.eptTlbs.get(key);
    if (!t) this.eptTlbs.set(key, (t = new Map()));
    return t;
  }
  /** INVEPT: single-context (one EPTP) or all-context; guest-physical and combined mappings (SDM 29.4.3.1). */
  invalidateEpt(eptp: number | null): void {
    if (eptp === null) this.eptTlbs.clear(); else this.eptTlbs.delete(Math.floor(eptp / 4096));
    this.linearTlb?.invalidateEpt(eptp);
  }
  /** INVVPID types 0 individual-address, 1 single-context, 2 all-context, 3 single-context-retaining-globals (strictTlb model). */
  invalidateVpid(type: number, vpid: number, la: number): void {
    const t = this.linearTlb;
    if (!t) return;
    if (type === 0) t.invalidateAddress(vpid, la);
    else if (type === 1 || type === 3) t.invalidateVpid(vpid, type === 3);
    else t.invalidateAll();
  }
  reportStaleTranslation(message: string): void {
    if (this.staleTranslations.length < 100) this.staleTranslations.push(message);
    if (this.onStaleTranslation && this.onStaleTranslation(message)) this.cpu.pendingStop = { reason: 'event', detail: message };
  }

  onNonRootChange(): void { for (const l of this.nonRootListeners) l(); }

  /**
   * A task switch that passed its checks in VMX non-root operation (cpu/task-switch.ts): VM exit 9 with the new TSS
   * selector and the source in the qualification (SDM Vol 3C 26.4.2, Table 28-2); the instruction length for
   * CALL/JMP/IRET and software interrupts. Through a task gate in the IDT the event being delivered is
   * recorded as the IDT-vectoring information (SDM 28.2.4).
   */
  taskSwitchExit(selector: number, source: number, instrLen: number, event: { vector: number; type: number; errorCode?: number } | null): never {
    const qualification = (selector & 0xffff) + (source & 3) * 0x40000000;
    throw new VmExitSignal(() => {
      if (event) {
        this.cpu.vectoringInfo = 0x80000000 | (event.type << 8) | event.vector | (event.errorCode !== undefined ? 0x800 : 0);
        this.cpu.vectoringError = event.errorCode ?? 0;
      }
      vmExit(this, { reason: 9, qualification, instrLen });
    }, `VM exit 9 (task switch${event ? ` delivering vector ${event.vector} through a task gate in the IDT` : ''})`);
  }
  entryFailed(f: CheckFailure): void { this.lastEntryFailure = f; this.counters.failures++; }

  /** Starts the VMX-preemption timer from the VMCS when "activate VMX-preemption timer" is 1. */
  startPreemptionTimer(): void {
    const v = this.current!;
    this.timerActive = (v.u32(F.PIN_BASED_VM_EXEC_CONTROL) & PIN_PREEMPTION_TIMER) !== 0;
    this.timerStart = this.cpu.tsc;
    this.timerValue = v.u32(F.VMX_PREEMPTION_TIMER_VALUE);
  }
  /** TSC at which the timer reaches zero (it counts down by 1 every 2^rate TSC ticks: IA32_VMX_MISC[4:0]). */
  preemptionDeadline(): number {
    if (!this.timerActive) return Infinity;
    const rate = Number(this.cap(MSR.IA32_VMX_MISC) & 0x1fn);
    const startTick = Math.floor(this.timerStart / 2 ** rate);
    return (startTick + this.timerValue) * 2 ** rate;
  }
  preemptionTimerRemaining(): number {
    const rate = Number(this.cap(MSR.IA32_VMX_MISC) & 0x1fn);
    const elapsed = Math.floor(this.cpu.tsc / 2 ** rate) - Math.floor(this.timerStart / 2 ** rate);
    return Math.max(0, this.timerValue - elapsed) >>> 0;
  }

  /** Completes (seq, name) and keeps an exit record; the caller builds it with every field so all records share one shape. */
  recordExit(full: VmExitRecord): VmExitRecord {
    full.seq = ++this.exitSeq;
    full.name = exitReasonName(full.reason);
    this.history.push(full);
    // Bounded with amortised trimming: at most 2 x maxHistory records are ever kept.
    if (this.history.length >= 2 * this.maxHistory) this.history.splice(0, this.history.length - this.maxHistory);
    this.lastExit = full;
    this.counters.exits++;
    return full;
  }

  // [nesting] listener fan-out; each returns true when some observer wants the run to stop.
  notifyPreExit(rec: VmExitRecord): void { for (const l of this.preExitListeners) l(rec); }
  notifyExit(rec: VmExitRecord): boolean {
    let stop = this.onExit ? this.onExit(rec) : false;
    for (const l of this.exitListeners) if (l(rec)) stop = true;
    return stop;
  }
  notifyEntry(v: Vmcs, launch: boolean): boolean {
    let stop = this.onEntry ? this.onEntry(v, launch) : false;
    for (const l of this.entryListeners) if (l(v, launch)) stop = true;
    return stop;
  }
}

export function describeFailure(f: VmxFailure): string {
  if (f.kind === 'VMfailInvalid') return `${f.instruction} failed: VMfailInvalid — ${f.message}`;
  return `${f.instruction} failed: VMfailValid ${f.error} — ${f.message}`;
}
