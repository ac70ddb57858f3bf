// Per-pass state of the VM-entry checks: cached VMCS reads, values derived once per pass, and the
// capability data derived once per capability profile. Also the small helpers the check modules share.
import {
  CONTROLS, CONTROL_KIND_INFO, ControlKind, CapabilityProfile, MSR, VMCS_ENCODING, VMCS_FIELDS,
  allowedControlSettings, controlCapabilityMsr, controlKindSupported, controlMask, msrName,
} from '../arch';
import type { CheckOutcome, CheckStage, EntryCheckContext, GuardWord, VmEntryCheck } from './types';

// ---------------------------------------------------------------------------------------------
// Section titles. Numbers follow the SDM edition the architectural table cites (VMCS = ch. 25,
// VM entries = ch. 27); the 2016 edition (Vol 3C, order no. 326019) numbers the same sections 26.x.

const sec = (n: string, title: string, old: string): string => `SDM Vol 3C ${n} "${title}" (${old} in the 2016 edition)`;
export const SECTION = {
  exec: sec('27.2.1.1', 'VM-Execution Control Fields', '26.2.1.1'),
  exit: sec('27.2.1.2', 'VM-Exit Control Fields', '26.2.1.2'),
  entry: sec('27.2.1.3', 'VM-Entry Control Fields', '26.2.1.3'),
  hostCr: sec('27.2.2', 'Checks on Host Control Registers and MSRs', '26.2.2'),
  hostSeg: sec('27.2.3', 'Checks on Host Segment and Descriptor-Table Registers', '26.2.3'),
  hostAs: sec('27.2.4', 'Checks Related to Address-Space Size', '26.2.4'),
  guestCr: sec('27.3.1.1', 'Checks on Guest Control Registers, Debug Registers, and MSRs', '26.3.1.1'),
  guestSeg: sec('27.3.1.2', 'Checks on Guest Segment Registers', '26.3.1.2'),
  guestDt: sec('27.3.1.3', 'Checks on Guest Descriptor-Table Registers', '26.3.1.3'),
  guestRip: sec('27.3.1.4', 'Checks on Guest RIP and RFLAGS', '26.3.1.4'),
  guestNonReg: sec('27.3.1.5', 'Checks on Guest Non-Register State', '26.3.1.5'),
  guestPdpte: sec('27.3.1.6', 'Checks on Guest Page-Directory-Pointer-Table Entries', '26.3.1.6'),
  msrLoad: sec('27.4', 'Loading MSRs', '26.4'),
} as const;

/**
 * Exit qualifications of VM-entry failures (SDM Vol 3C 27.8 "VM-Entry Failures During or After Loading
 * Guest State", 26.8 in the 2016 edition). Not in the architectural table yet; defined here.
 */
export const ENTRY_FAILURE_QUALIFICATION = { DEFAULT: 0, PDPTE_LOAD: 2, NMI_INJECTION_STI_BLOCKING: 3, VMCS_LINK_POINTER: 4 } as const;
export const EXIT_REASON_INVALID_GUEST_STATE = 33;
export const EXIT_REASON_MSR_LOADING = 34;
export const VM_ERROR_INVALID_CONTROL = 7;
export const VM_ERROR_INVALID_HOST_STATE = 8;

// ---------------------------------------------------------------------------------------------
// VMCS field encodings by name, resolved once from the architectural table.

const NAMES = [
  'PIN_BASED_VM_EXEC_CONTROL', 'CPU_BASED_VM_EXEC_CONTROL', 'SECONDARY_VM_EXEC_CONTROL', 'TERTIARY_VM_EXEC_CONTROL',
  'VM_EXIT_CONTROLS', 'SECONDARY_VM_EXIT_CONTROLS', 'VM_ENTRY_CONTROLS', 'CR3_TARGET_COUNT',
  'IO_BITMAP_A', 'IO_BITMAP_B', 'MSR_BITMAP', 'VIRTUAL_APIC_PAGE_ADDR', 'TPR_THRESHOLD', 'APIC_ACCESS_ADDR',
  'POSTED_INTR_NV', 'POSTED_INTR_DESC_ADDR', 'VIRTUAL_PROCESSOR_ID', 'EPT_POINTER', 'PML_ADDRESS', 'SPPT_POINTER',
  'VM_FUNCTION_CONTROL', 'EPTP_LIST_ADDRESS', 'VMREAD_BITMAP', 'VMWRITE_BITMAP', 'VE_INFORMATION_ADDRESS',
  'VM_EXIT_MSR_STORE_COUNT', 'VM_EXIT_MSR_STORE_ADDR', 'VM_EXIT_MSR_LOAD_COUNT', 'VM_EXIT_MSR_LOAD_ADDR',
  'VM_ENTRY_MSR_LOAD_COUNT', 'VM_ENTRY_MSR_LOAD_ADDR', 'VM_ENTRY_INTR_INFO_FIELD', 'VM_ENTRY_EXCEPTION_ERROR_CODE', 'VM_ENTRY_INSTRUCTION_LEN',
  'HOST_CR0', 'HOST_CR3', 'HOST_CR4', 'HOST_IA32_SYSENTER_ESP', 'HOST_IA32_SYSENTER_EIP', 'HOST_IA32_PERF_GLOBAL_CTRL', 'HOST_IA32_PAT',
  'HOST_IA32_EFER', 'HOST_IA32_PKRS', 'HOST_S_CET', 'HOST_SSP', 'HOST_INTR_SSP_TABLE',
  'HOST_ES_SELECTOR', 'HOST_CS_SELECTOR', 'HOST_SS_SELECTOR', 'HOST_DS_SELECTOR', 'HOST_FS_SELECTOR', 'HOST_GS_SELECTOR', 'HOST_TR_SELECTOR',
  'HOST_FS_BASE', 'HOST_GS_BASE', 'HOST_TR_BASE', 'HOST_GDTR_BASE', 'HOST_IDTR_BASE', 'HOST_RIP',
  'GUEST_CR0', 'GUEST_CR3', 'GUEST_CR4', 'GUEST_DR7', 'GUEST_IA32_DEBUGCTL', 'GUEST_SYSENTER_ESP', 'GUEST_SYSENTER_EIP',
  'GUEST_IA32_PERF_GLOBAL_CTRL', 'GUEST_IA32_PAT', 'GUEST_IA32_EFER', 'GUEST_BNDCFGS', 'GUEST_IA32_PKRS', 'GUEST_UINV',
  'GUEST_S_CET', 'GUEST_SSP', 'GUEST_INTR_SSP_TABLE',
  'GUEST_GDTR_BASE', 'GUEST_GDTR_LIMIT', 'GUEST_IDTR_BASE', 'GUEST_IDTR_LIMIT', 'GUEST_RIP', 'GUEST_RFLAGS',
  'GUEST_ACTIVITY_STATE', 'GUEST_INTERRUPTIBILITY_INFO', 'GUEST_PENDING_DBG_EXCEPTIONS', 'VMCS_LINK_POINTER',
  'GUEST_PDPTR0', 'GUEST_PDPTR1', 'GUEST_PDPTR2', 'GUEST_PDPTR3',
] as const;
type FieldName = (typeof NAMES)[number];

function enc(name: string): number {
  const e = VMCS_ENCODING[name];
  if (e === undefined) throw new Error(`vmentry-checks: VMCS field ${name} is not in the architectural table`);
  return e;
}
export const F = Object.freeze(Object.fromEntries(NAMES.map((n) => [n, enc(n)]))) as Readonly<Record<FieldName, number>>;

export type SegName = 'ES' | 'CS' | 'SS' | 'DS' | 'FS' | 'GS' | 'LDTR' | 'TR';
export interface SegFields { sel: number; base: number; limit: number; ar: number; selName: string; baseName: string; limitName: string; arName: string }
export const SEG: Readonly<Record<SegName, SegFields>> = Object.freeze(Object.fromEntries(
  (['ES', 'CS', 'SS', 'DS', 'FS', 'GS', 'LDTR', 'TR'] as SegName[]).map((s) => [s, {
    sel: enc(`GUEST_${s}_SELECTOR`), base: enc(`GUEST_${s}_BASE`), limit: enc(`GUEST_${s}_LIMIT`), ar: enc(`GUEST_${s}_AR_BYTES`),
    selName: `GUEST_${s}_SELECTOR`, baseName: `GUEST_${s}_BASE`, limitName: `GUEST_${s}_LIMIT`, arName: `GUEST_${s}_AR_BYTES`,
  }]),
)) as Record<SegName, SegFields>;

/** Encoding -> dense slot for the per-pass read cache. */
const SLOT = new Int16Array(0x8000).fill(-1);
VMCS_FIELDS.forEach((f, i) => { if (f.encoding < 0x8000) SLOT[f.encoding] = i; });
const NSLOTS = VMCS_FIELDS.length;
const SLOT_CR0 = SLOT[enc('GUEST_CR0')]!, SLOT_CR4 = SLOT[enc('GUEST_CR4')]!, SLOT_RFLAGS = SLOT[enc('GUEST_RFLAGS')]!;
const SLOT_CS_AR = SLOT[enc('GUEST_CS_AR_BYTES')]!, SLOT_SS_AR = SLOT[enc('GUEST_SS_AR_BYTES')]!;
/** Dense slots of the fields begin() derives the control values from (per slot: 1). */
export const CONTROL_SLOTS = new Uint8Array(NSLOTS);
for (const n of ['PIN_BASED_VM_EXEC_CONTROL', 'CPU_BASED_VM_EXEC_CONTROL', 'SECONDARY_VM_EXEC_CONTROL', 'TERTIARY_VM_EXEC_CONTROL', 'VM_EXIT_CONTROLS',
  'SECONDARY_VM_EXIT_CONTROLS', 'VM_ENTRY_CONTROLS', 'VM_ENTRY_INTR_INFO_FIELD']) CONTROL_SLOTS[SLOT[enc(n)]!] = 1;
/** Dense slot of the field a guard word comes from (incremental passes: a row skipped by its guard depends on it). */
export const GUARD_WORD_SLOT: readonly number[] = ['PIN_BASED_VM_EXEC_CONTROL', 'CPU_BASED_VM_EXEC_CONTROL', 'SECONDARY_VM_EXEC_CONTROL',
  'VM_EXIT_CONTROLS', 'VM_ENTRY_CONTROLS', 'VM_ENTRY_INTR_INFO_FIELD', 'GUEST_RFLAGS'].map((n) => SLOT[enc(n)]!);

// ---------------------------------------------------------------------------------------------
// Bits used by the checks (mask constants from the architectural control table).

const m32 = (kind: ControlKind, name: string): number => Number(controlMask(kind, name));
export const PIN = {
  EXT_INT: m32('pin', 'EXTERNAL_INTERRUPT_EXITING'), NMI: m32('pin', 'NMI_EXITING'), VNMI: m32('pin', 'VIRTUAL_NMIS'),
  TIMER: m32('pin', 'ACTIVATE_PREEMPTION_TIMER'), POSTED: m32('pin', 'PROCESS_POSTED_INTERRUPTS'),
};
export const PROC = {
  TERTIARY: m32('primary', 'ACTIVATE_TERTIARY_CONTROLS'), TPR_SHADOW: m32('primary', 'USE_TPR_SHADOW'),
  NMI_WINDOW: m32('primary', 'NMI_WINDOW_EXITING'), IO_BITMAPS: m32('primary', 'USE_IO_BITMAPS'), MTF: m32('primary', 'MONITOR_TRAP_FLAG'),
  MSR_BITMAPS: m32('primary', 'USE_MSR_BITMAPS'), SECONDARY: m32('primary', 'ACTIVATE_SECONDARY_CONTROLS'),
};
export const SEC = {
  APIC_ACCESS: m32('secondary', 'VIRTUALIZE_APIC_ACCESSES'), EPT: m32('secondary', 'ENABLE_EPT'), X2APIC: m32('secondary', 'VIRTUALIZE_X2APIC_MODE'),
  VPID: m32('secondary', 'ENABLE_VPID'), UG: m32('secondary', 'UNRESTRICTED_GUEST'), APIC_REG: m32('secondary', 'APIC_REGISTER_VIRTUALIZATION'),
  VID: m32('secondary', 'VIRTUAL_INTERRUPT_DELIVERY'), VMFUNC: m32('secondary', 'ENABLE_VM_FUNCTIONS'), SHADOW: m32('secondary', 'VMCS_SHADOWING'),
  ENCLS: m32('secondary', 'ENCLS_EXITING'), PML: m32('secondary', 'ENABLE_PML'), VE: m32('secondary', 'EPT_VIOLATION_VE'),
  PT_GPA: m32('secondary', 'PT_USES_GUEST_PHYSICAL_ADDRESSES'), MBEC: m32('secondary', 'MODE_BASED_EPT_EXECUTE'),
  SPP: m32('secondary', 'SUB_PAGE_WRITE_PERMISSIONS'),
};
export const EXIT = {
  HOST_64: m32('exit', 'HOST_ADDRESS_SPACE_SIZE'), PERF: m32('exit', 'LOAD_IA32_PERF_GLOBAL_CTRL'), ACK_INT: m32('exit', 'ACKNOWLEDGE_INTERRUPT_ON_EXIT'),
  LOAD_PAT: m32('exit', 'LOAD_IA32_PAT'), LOAD_EFER: m32('exit', 'LOAD_IA32_EFER'), SAVE_TIMER: m32('exit', 'SAVE_PREEMPTION_TIMER'),
  CLEAR_RTIT: m32('exit', 'CLEAR_IA32_RTIT_CTL'), CET: m32('exit', 'LOAD_CET_STATE'), PKRS: m32('exit', 'LOAD_PKRS'),
  SECONDARY: m32('exit', 'ACTIVATE_SECONDARY_CONTROLS'),
};
export const ENTRY = {
  DEBUG: m32('entry', 'LOAD_DEBUG_CONTROLS'), IA32E: m32('entry', 'IA32E_MODE_GUEST'), SMM: m32('entry', 'ENTRY_TO_SMM'),
  DUAL: m32('entry', 'DEACTIVATE_DUAL_MONITOR_TREATMENT'), PERF: m32('entry', 'LOAD_IA32_PERF_GLOBAL_CTRL'), PAT: m32('entry', 'LOAD_IA32_PAT'),
  EFER: m32('entry', 'LOAD_IA32_EFER'), BNDCFGS: m32('entry', 'LOAD_IA32_BNDCFGS'), RTIT: m32('entry', 'LOAD_IA32_RTIT_CTL'),
  UINV: m32('entry', 'LOAD_UINV'), CET: m32('entry', 'LOAD_CET_STATE'), PKRS: m32('entry', 'LOAD_PKRS'),
};

// ---------------------------------------------------------------------------------------------
// Capability data derived once per profile.

export interface ControlCaps {
  readonly supported: boolean;
  readonly msr: number;
  readonly msrName: string;
  /** 32-bit kinds: numbers; 64-bit kinds (tertiary, secondaryExit): must1 = 0 */
  readonly must1: bigint;
  readonly may1: bigint;
  readonly must1n: number;
  readonly may1n: number;
}
export interface CapsInfo {
  readonly ctl: Readonly<Record<ControlKind, ControlCaps>>;
  readonly revisionId: number;
  readonly noHwErrorCodeCheck: boolean;
  readonly cr3Targets: number;
  readonly activity: readonly boolean[];
  readonly zeroLengthInjection: boolean;
  readonly cr0Fixed0: bigint; readonly cr0Fixed1: bigint; readonly cr4Fixed0: bigint; readonly cr4Fixed1: bigint;
  readonly eptUc: boolean; readonly eptWb: boolean; readonly eptWalk4: boolean; readonly eptWalk5: boolean; readonly eptAd: boolean; readonly eptSss: boolean;
  readonly vmfunc: bigint;
  readonly linearWidth: number;
  readonly mtf: boolean;
  readonly cet: boolean;
  readonly sgx: boolean;
  readonly errorCodeVectors: number;
}

const capsCache = new WeakMap<CapabilityProfile, CapsInfo>();
const KINDS: readonly ControlKind[] = ['pin', 'primary', 'secondary', 'tertiary', 'exit', 'secondaryExit', 'entry'];
const bitOf = (v: bigint | undefined, b: number): boolean => (((v ?? 0n) >> BigInt(b)) & 1n) === 1n;

/**
 * Vectors whose hardware exceptions deliver an error code (#DF 8, #TS 10, #NP 11, #SS 12, #GP 13, #PF 14, #AC 17;
 * #CP 21 on processors with CET): SDM Vol 3C 27.2.1.3 / Vol 3A 6.3.1. Kept as a bit mask for the hot path.
 */
function errorCodeVectorMask(cet: boolean): number {
  let m = 0;
  for (const v of [8, 10, 11, 12, 13, 14, 17]) m |= 1 << v;
  if (cet) m |= 1 << 21;
  return m >>> 0;
}

export function capsInfo(caps: CapabilityProfile): CapsInfo {
  let c = capsCache.get(caps);
  if (c) return c;
  const ctl = {} as Record<ControlKind, ControlCaps>;
  for (const k of KINDS) {
    const { mustBeOne, mayBeOne } = allowedControlSettings(k, caps);
    const msr = controlCapabilityMsr(k, caps);
    ctl[k] = {
      supported: controlKindSupported(k, caps), msr, msrName: msrName(msr), must1: mustBeOne, may1: mayBeOne,
      must1n: Number(mustBeOne & 0xffffffffn), may1n: Number(mayBeOne & 0xffffffffn),
    };
  }
  const basic = caps[MSR.IA32_VMX_BASIC] ?? 0n;
  const misc = caps[MSR.IA32_VMX_MISC] ?? 0n;
  const ept = caps[MSR.IA32_VMX_EPT_VPID_CAP] ?? 0n;
  const cr4f1 = caps[MSR.IA32_VMX_CR4_FIXED1] ?? 0n;
  const cet = bitOf(ctl.entry.may1, Math.log2(ENTRY.CET)) || bitOf(ctl.exit.may1, Math.log2(EXIT.CET));
  c = Object.freeze({
    ctl: Object.freeze(ctl),
    revisionId: Number(basic & 0x7fffffffn),
    noHwErrorCodeCheck: bitOf(basic, 56),
    cr3Targets: Number((misc >> 16n) & 0x1ffn),
    // activity states 0..3: active always; HLT, shutdown, wait-for-SIPI per IA32_VMX_MISC bits 6..8 (App. A.6)
    activity: Object.freeze([true, bitOf(misc, 6), bitOf(misc, 7), bitOf(misc, 8)]),
    zeroLengthInjection: bitOf(misc, 30),
    cr0Fixed0: caps[MSR.IA32_VMX_CR0_FIXED0] ?? 0n, cr0Fixed1: caps[MSR.IA32_VMX_CR0_FIXED1] ?? 0n,
    cr4Fixed0: caps[MSR.IA32_VMX_CR4_FIXED0] ?? 0n, cr4Fixed1: cr4f1,
    // IA32_VMX_EPT_VPID_CAP (App. A.10): 6 walk length 4, 7 walk length 5, 8 UC, 14 WB, 21 A/D, 23 supervisor shadow stack
    eptUc: bitOf(ept, 8), eptWb: bitOf(ept, 14), eptWalk4: bitOf(ept, 6), eptWalk5: bitOf(ept, 7), eptAd: bitOf(ept, 21), eptSss: bitOf(ept, 23),
    vmfunc: caps[MSR.IA32_VMX_VMFUNC] ?? 0n,
    // 5-level paging (57-bit linear addresses) exists iff CR4.LA57 (bit 12) may be 1 in VMX operation.
    linearWidth: bitOf(cr4f1, 12) ? 57 : 48,
    mtf: bitOf(ctl.primary.may1, 27),
    cet,
    // SGX is reported as present when the CPU supports "enable ENCLS exiting" (no CPUID in the profile).
    sgx: bitOf(ctl.secondary.may1, Math.log2(SEC.ENCLS)),
    errorCodeVectors: errorCodeVectorMask(cet),
  });
  capsCache.set(caps, c);
  return c;
}

// ---------------------------------------------------------------------------------------------
// Per-pass state.

const MASK64 = 0xffffffffffffffffn;

export class EntryCheckState {
  ctx!: EntryCheckContext;
  caps!: CapsInfo;
  private readonly vals: bigint[] = new Array<bigint>(NSLOTS).fill(0n);
  /** per slot: pass number when `vals` / `low` were last read */
  private readonly stamp = new Uint32Array(NSLOTS);
  private readonly stampLow = new Uint32Array(NSLOTS);
  private readonly low = new Float64Array(NSLOTS);
  private gen = 0;
  private capsFor: CapabilityProfile | null = null;
  private physShift = 39n;
  private physFor = 39;
  private canonWidth = 48;
  private canonShift = 47n;

  // Values derived once per pass from the control fields (read on every entry anyway). Incremental
  // passes treat them as inputs of every row: when one changes, every row runs again.
  pin = 0; proc = 0; sec = 0; ter = 0n; exit = 0; exit2 = 0n; entry = 0;
  intr = 0; injecting = false; intrType = 0; intrVector = 0;
  ia32e = false; host64 = false; ug = false; ept = false;
  // Values derived from guest-state fields. Rows reach them through getters that record the field
  // as a dependency, so a change of e.g. GUEST_RFLAGS re-runs only the rows that looked at it.
  private cr0v = 0; private cr4v = 0; private rflagsv = 0; private csArv = 0; private ssArv = 0;
  get cr0(): number { if (this.trace !== null) this.trace.push(SLOT_CR0); return this.cr0v; }
  get cr4(): number { if (this.trace !== null) this.trace.push(SLOT_CR4); return this.cr4v; }
  get rflags(): number { if (this.trace !== null) this.trace.push(SLOT_RFLAGS); return this.rflagsv; }
  get csAr(): number { if (this.trace !== null) this.trace.push(SLOT_CS_AR); return this.csArv; }
  get ssAr(): number { if (this.trace !== null) this.trace.push(SLOT_SS_AR); return this.ssArv; }
  get pe(): boolean { return (this.cr0 & 1) !== 0; }
  get pg(): boolean { return (this.cr0 & 0x80000000) !== 0; }
  get v86(): boolean { return (this.rflags & 0x20000) !== 0; }
  get csL(): boolean { return (this.csAr & 0x2000) !== 0; }
  /** pin, proc, sec, exit, entry, intr, rflags (GUARD_WORDS order) for the guards of the walk */
  readonly words = new Int32Array(7);

  begin(ctx: EntryCheckContext): void {
    this.ctx = ctx;
    if (ctx.caps !== this.capsFor) { this.caps = capsInfo(ctx.caps); this.capsFor = ctx.caps; }
    if (++this.gen === 0xffffffff) { this.stamp.fill(0); this.stampLow.fill(0); this.gen = 1; }
    if (ctx.maxPhysAddr !== this.physFor) { this.physFor = ctx.maxPhysAddr; this.physShift = BigInt(ctx.maxPhysAddr); }
    if (this.caps.linearWidth !== this.canonWidth) { this.canonWidth = this.caps.linearWidth; this.canonShift = BigInt(this.canonWidth - 1); }
    this.pin = this.n(F.PIN_BASED_VM_EXEC_CONTROL);
    this.proc = this.n(F.CPU_BASED_VM_EXEC_CONTROL);
    // Controls that are not activated act as 0 (SDM 25.6.2) and are not checked.
    this.sec = this.proc & PROC.SECONDARY ? this.n(F.SECONDARY_VM_EXEC_CONTROL) : 0;
    this.ter = this.proc & PROC.TERTIARY ? this.r(F.TERTIARY_VM_EXEC_CONTROL) : 0n;
    this.exit = this.n(F.VM_EXIT_CONTROLS);
    this.exit2 = this.exit & EXIT.SECONDARY ? this.r(F.SECONDARY_VM_EXIT_CONTROLS) : 0n;
    this.entry = this.n(F.VM_ENTRY_CONTROLS);
    this.intr = this.n(F.VM_ENTRY_INTR_INFO_FIELD);
    this.injecting = (this.intr & 0x80000000) !== 0;
    this.intrType = (this.intr >>> 8) & 7;
    this.intrVector = this.intr & 0xff;
    this.ia32e = (this.entry & ENTRY.IA32E) !== 0;
    this.host64 = (this.exit & EXIT.HOST_64) !== 0;
    this.ug = (this.sec & SEC.UG) !== 0;
    this.ept = (this.sec & SEC.EPT) !== 0;
    const w = this.words;
    w[0] = this.pin; w[1] = this.proc; w[2] = this.sec; w[3] = this.exit; w[4] = this.entry; w[5] = this.intr;
    this.guestValues();
    this.view = ctx.vmcs;
  }
  /** The VMCS view whose control values the last begin() derived. */
  view: unknown = null;
  /**
   * Starts a pass over the same VMCS view as the last begin() when none of the fields the control values
   * come from changed since (CONTROL_SLOTS): only the guest-state values are read again.
   */
  beginSameControls(ctx: EntryCheckContext): void {
    this.ctx = ctx;
    if (++this.gen === 0xffffffff) { this.stamp.fill(0); this.stampLow.fill(0); this.gen = 1; }
    this.guestValues();
  }
  private guestValues(): void {
    this.cr0v = this.lo(F.GUEST_CR0);
    this.cr4v = this.lo(F.GUEST_CR4);
    this.rflagsv = this.lo(F.GUEST_RFLAGS);
    this.csArv = this.n(SEG.CS.ar);
    this.ssArv = this.n(SEG.SS.ar);
    this.words[6] = this.rflagsv;
  }

  /** When non-null, every field slot a check reads is appended (dependency recording for incremental passes). */
  trace: number[] | null = null;

  /** Full value of a field, read once per pass. */
  r(encoding: number): bigint {
    const i = SLOT[encoding]!;
    if (this.trace !== null) this.trace.push(i);
    if (this.stamp[i] !== this.gen) this.load(i, encoding);
    return this.vals[i]!;
  }
  /** Value of a 16/32-bit field (or the low 32 bits of a wider one) as a number. */
  n(encoding: number): number {
    const i = SLOT[encoding]!;
    if (this.trace !== null) this.trace.push(i);
    if (this.stampLow[i] !== this.gen) this.loadLow(i, encoding);
    return this.low[i]!;
  }
  /** Low 32 bits of a natural-width field as a number. */
  lo(encoding: number): number { return this.n(encoding); }
  private load(i: number, encoding: number): void {
    this.vals[i] = this.ctx.vmcs.read(encoding);
    this.stamp[i] = this.gen;
  }
  private loadLow(i: number, encoding: number): void {
    const view = this.ctx.vmcs;
    if (view.read32 !== undefined) this.low[i] = view.read32(encoding);
    else {
      if (this.stamp[i] !== this.gen) this.load(i, encoding);
      const v = this.vals[i]!;
      const n = Number(v); // exact below 2^53; fields are unsigned
      this.low[i] = n >= 0 && n <= 0xffffffff ? n : n >= 0 && n < 9007199254740992 ? n % 4294967296 : Number(BigInt.asUintN(32, v));
    }
    this.stampLow[i] = this.gen;
  }

  /** Address sets no bit at or above MAXPHYADDR. */
  physOk(addr: bigint): boolean { return (addr >> this.physShift) === 0n; }
  /** Canonical for the processor's linear-address width. */
  canonical(v: bigint): boolean {
    const top = v >> this.canonShift;
    return top === 0n || top === (MASK64 >> this.canonShift);
  }
  get linearWidth(): number { return this.canonWidth; }
  get maxPhys(): number { return this.physFor; }
}

// ---------------------------------------------------------------------------------------------
// Formatting helpers (used only when a check fails).

export function h(v: bigint | number, digits = 0): string {
  const b = typeof v === 'bigint' ? BigInt.asUintN(64, v) : BigInt(v < 0 ? v >>> 0 : Math.trunc(v));
  return '0x' + b.toString(16).padStart(digits, '0');
}
export const h16 = (v: bigint | number): string => h(v, 4);
export const h32 = (v: bigint | number): string => h(v, 8);
export const h64 = (v: bigint | number): string => h(v, 16);
export const fv = (name: string, v: bigint | number, digits = 16): string => `${name} = ${h(v, digits)}`;

/** "bit 3" / "bits 1, 2, 4" for a mask. */
export function bitList(mask: bigint | number): string {
  const m = typeof mask === 'bigint' ? mask : BigInt(mask >>> 0);
  const out: number[] = [];
  for (let b = 0; b < 64; b++) if ((m >> BigInt(b)) & 1n) out.push(b);
  return out.length === 1 ? `bit ${out[0]}` : `bits ${out.join(', ')}`;
}

/** Bit list with the control names: 'bit 7 ("Unrestricted guest")'. */
export function controlBitList(kind: ControlKind, mask: bigint | number): string {
  const m = typeof mask === 'bigint' ? mask : BigInt(mask >>> 0);
  const parts: string[] = [];
  for (let b = 0; b < 64; b++) {
    if (((m >> BigInt(b)) & 1n) === 0n) continue;
    const c = CONTROLS[kind].find((x) => x.bit === b);
    parts.push(c ? (c.default1 && c.name.startsWith('RESERVED_') ? `${b} (reserved, default1)` : `${b} ("${c.title}")`) : `${b} (reserved)`);
  }
  return (parts.length === 1 ? 'bit ' : 'bits ') + parts.join(', ');
}

export const CONTROL_FIELD: Readonly<Record<ControlKind, string>> = Object.fromEntries(
  KINDS.map((k) => [k, CONTROL_KIND_INFO[k].field]),
) as Record<ControlKind, string>;

// ---------------------------------------------------------------------------------------------
// Table-row builders.

type Test = (s: EntryCheckState) => CheckOutcome | undefined;
export function controlCheck(id: string, section: string, fields: readonly string[], rule: string, test: Test): VmEntryCheck {
  return { id, stage: 'controls', vmError: VM_ERROR_INVALID_CONTROL, section, rule, fields, test };
}
export function hostCheck(id: string, section: string, fields: readonly string[], rule: string, test: Test): VmEntryCheck {
  return { id, stage: 'host', vmError: VM_ERROR_INVALID_HOST_STATE, section, rule, fields, test };
}
export function guestCheck(id: string, section: string, fields: readonly string[], rule: string, test: Test, qualification = 0): VmEntryCheck {
  return { id, stage: 'guest', exitReason: EXIT_REASON_INVALID_GUEST_STATE, qualification, section, rule, fields, test };
}
export function msrLoadCheck(id: string, fields: readonly string[], rule: string, test: Test): VmEntryCheck {
  return { id, stage: 'msr-load' as CheckStage, exitReason: EXIT_REASON_MSR_LOADING, qualification: 0, section: SECTION.msrLoad, rule, fields, test };
}

/** Adds a fast-path guard to a row (see CheckGuard). */
export function guarded(c: VmEntryCheck, word: GuardWord, mask: number): VmEntryCheck { return { ...c, guard: { word, mask } }; }
export const GUARD_WORDS: readonly GuardWord[] = ['pin', 'proc', 'sec', 'exit', 'entry', 'intr', 'rflags'];

/** Outcome helper. */
export const fail = (actual: string, required: string): CheckOutcome => ({ actual, required });
