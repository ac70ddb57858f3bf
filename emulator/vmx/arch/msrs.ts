/**
 * MSR numbers used by hypervisor code, the VMX capability MSRs (SDM Vol 3D App. A) and the bit layouts
 * of IA32_FEATURE_CONTROL, IA32_VMX_BASIC, IA32_VMX_MISC, IA32_VMX_EPT_VPID_CAP, IA32_VMX_VMFUNC and
 * IA32_VMX_VMCS_ENUM.
 *
 * MSR numbers: SDM Vol 4 Table 2-2 ("IA-32 Architectural MSRs").
 * Naming scheme: the SDM name (IA32_...) ; vmx.inc emits `MSR_<name> equ <number>`.
 */
import { BitFieldDef, bit, bits, bitsBig, decodeLayout } from './bits';

export interface MsrDef {
  readonly index: number;
  readonly name: string;
  readonly title: string;
  readonly aliases?: readonly string[];
  /** True for the VMX capability MSRs 480H-493H (read-only). */
  readonly vmxCapability?: boolean;
  readonly sdm?: string;
}

type Row = readonly [index: number, name: string, title: string, aliases?: readonly string[]];

const GENERAL: readonly Row[] = [
  [0x10, 'IA32_TIME_STAMP_COUNTER', 'Time-stamp counter (TSC)', ['IA32_TSC', 'TSC']],
  [0x1b, 'IA32_APIC_BASE', 'APIC base address and enables', ['APIC_BASE']],
  [0x3a, 'IA32_FEATURE_CONTROL', 'Feature control (lock, VMX enables)', ['FEATURE_CONTROL', 'IA32_FEAT_CTL']],
  [0x3b, 'IA32_TSC_ADJUST', 'TSC adjust'],
  [0x48, 'IA32_SPEC_CTRL', 'Speculation control'],
  [0x49, 'IA32_PRED_CMD', 'Prediction command'],
  [0x9b, 'IA32_SMM_MONITOR_CTL', 'SMM monitor configuration'],
  [0x9e, 'IA32_SMBASE', 'SMBASE (readable in SMM only)'],
  [0xfe, 'IA32_MTRRCAP', 'MTRR capabilities'],
  [0x174, 'IA32_SYSENTER_CS', 'SYSENTER CS', ['SYSENTER_CS']],
  [0x175, 'IA32_SYSENTER_ESP', 'SYSENTER ESP', ['SYSENTER_ESP']],
  [0x176, 'IA32_SYSENTER_EIP', 'SYSENTER EIP', ['SYSENTER_EIP']],
  [0x1a0, 'IA32_MISC_ENABLE', 'Miscellaneous enables'],
  [0x1cc, 'IA32_FRED_RSP0', 'FRED stack pointer for ring 0'],
  [0x1cd, 'IA32_FRED_RSP1', 'FRED stack pointer for level 1'],
  [0x1ce, 'IA32_FRED_RSP2', 'FRED stack pointer for level 2'],
  [0x1cf, 'IA32_FRED_RSP3', 'FRED stack pointer for level 3'],
  [0x1d0, 'IA32_FRED_STKLVLS', 'FRED stack levels'],
  [0x1d1, 'IA32_FRED_SSP1', 'FRED shadow-stack pointer for level 1'],
  [0x1d2, 'IA32_FRED_SSP2', 'FRED shadow-stack pointer for level 2'],
  [0x1d3, 'IA32_FRED_SSP3', 'FRED shadow-stack pointer for level 3'],
  [0x1d4, 'IA32_FRED_CONFIG', 'FRED configuration'],
  [0x1d9, 'IA32_DEBUGCTL', 'Debug control', ['DEBUGCTL']],
  [0x277, 'IA32_PAT', 'Page attribute table', ['PAT']],
  [0x2ff, 'IA32_MTRR_DEF_TYPE', 'MTRR default type'],
  [0x38f, 'IA32_PERF_GLOBAL_CTRL', 'Performance counters global control', ['PERF_GLOBAL_CTRL']],
  [0x570, 'IA32_RTIT_CTL', 'Intel PT trace control'],
  [0x6a0, 'IA32_U_CET', 'User-mode CET configuration'],
  [0x6a2, 'IA32_S_CET', 'Supervisor-mode CET configuration', ['S_CET']],
  [0x6a4, 'IA32_PL0_SSP', 'Ring-0 shadow-stack pointer'],
  [0x6a5, 'IA32_PL1_SSP', 'Ring-1 shadow-stack pointer'],
  [0x6a6, 'IA32_PL2_SSP', 'Ring-2 shadow-stack pointer'],
  [0x6a7, 'IA32_PL3_SSP', 'Ring-3 shadow-stack pointer'],
  [0x6a8, 'IA32_INTERRUPT_SSP_TABLE_ADDR', 'Interrupt shadow-stack table address'],
  [0x6e0, 'IA32_TSC_DEADLINE', 'TSC-deadline timer target'],
  [0x6e1, 'IA32_PKRS', 'Protection keys for supervisor pages'],
  [0xd90, 'IA32_BNDCFGS', 'MPX supervisor bounds configuration', ['BNDCFGS']],
  [0xda0, 'IA32_XSS', 'XSAVES supervisor state mask'],
  [0x14ce, 'IA32_LBR_CTL', 'Last branch record control'],
  [0xc0000080, 'IA32_EFER', 'Extended feature enables', ['EFER']],
  [0xc0000081, 'IA32_STAR', 'SYSCALL target and segment selectors', ['STAR']],
  [0xc0000082, 'IA32_LSTAR', 'SYSCALL RIP in 64-bit mode', ['LSTAR']],
  [0xc0000083, 'IA32_CSTAR', 'SYSCALL RIP in compatibility mode', ['CSTAR']],
  [0xc0000084, 'IA32_FMASK', 'SYSCALL RFLAGS mask', ['FMASK', 'IA32_SFMASK', 'SFMASK']],
  [0xc0000100, 'IA32_FS_BASE', 'FS base', ['FS_BASE']],
  [0xc0000101, 'IA32_GS_BASE', 'GS base', ['GS_BASE']],
  [0xc0000102, 'IA32_KERNEL_GS_BASE', 'SWAPGS shadow GS base', ['KERNEL_GS_BASE']],
  [0xc0000103, 'IA32_TSC_AUX', 'Auxiliary TSC value (RDTSCP, RDPID)', ['TSC_AUX']],
];

// SDM Vol 3D App. A.1 - A.11 and Vol 4 Table 2-2.
const VMX: readonly Row[] = [
  [0x480, 'IA32_VMX_BASIC', 'Basic VMX information (App. A.1)'],
  [0x481, 'IA32_VMX_PINBASED_CTLS', 'Allowed settings of pin-based controls (App. A.3.1)'],
  [0x482, 'IA32_VMX_PROCBASED_CTLS', 'Allowed settings of primary processor-based controls (App. A.3.2)'],
  [0x483, 'IA32_VMX_EXIT_CTLS', 'Allowed settings of primary VM-exit controls (App. A.4.1)'],
  [0x484, 'IA32_VMX_ENTRY_CTLS', 'Allowed settings of VM-entry controls (App. A.5)'],
  [0x485, 'IA32_VMX_MISC', 'Miscellaneous VMX data (App. A.6)'],
  [0x486, 'IA32_VMX_CR0_FIXED0', 'CR0 bits fixed to 1 in VMX operation (App. A.7)'],
  [0x487, 'IA32_VMX_CR0_FIXED1', 'CR0 bits allowed to be 1 in VMX operation (App. A.7)'],
  [0x488, 'IA32_VMX_CR4_FIXED0', 'CR4 bits fixed to 1 in VMX operation (App. A.8)'],
  [0x489, 'IA32_VMX_CR4_FIXED1', 'CR4 bits allowed to be 1 in VMX operation (App. A.8)'],
  [0x48a, 'IA32_VMX_VMCS_ENUM', 'Highest VMCS field index (App. A.9)'],
  [0x48b, 'IA32_VMX_PROCBASED_CTLS2', 'Allowed settings of secondary processor-based controls (App. A.3.3)'],
  [0x48c, 'IA32_VMX_EPT_VPID_CAP', 'EPT and VPID capabilities (App. A.10)'],
  [0x48d, 'IA32_VMX_TRUE_PINBASED_CTLS', 'TRUE allowed settings of pin-based controls (App. A.3.1)'],
  [0x48e, 'IA32_VMX_TRUE_PROCBASED_CTLS', 'TRUE allowed settings of primary processor-based controls (App. A.3.2)'],
  [0x48f, 'IA32_VMX_TRUE_EXIT_CTLS', 'TRUE allowed settings of primary VM-exit controls (App. A.4.1)'],
  [0x490, 'IA32_VMX_TRUE_ENTRY_CTLS', 'TRUE allowed settings of VM-entry controls (App. A.5)'],
  [0x491, 'IA32_VMX_VMFUNC', 'Allowed VM functions (App. A.11)'],
  [0x492, 'IA32_VMX_PROCBASED_CTLS3', 'Allowed 1-settings of tertiary processor-based controls (App. A.3.4)'],
  [0x493, 'IA32_VMX_EXIT_CTLS2', 'Allowed 1-settings of secondary VM-exit controls (App. A.4.2)'],
];

export const MSRS: readonly MsrDef[] = Object.freeze([
  ...GENERAL.map(([index, name, title, aliases]): MsrDef => ({ index, name, title, ...(aliases ? { aliases } : {}), sdm: 'SDM Vol 4 Table 2-2' })),
  ...VMX.map(([index, name, title]): MsrDef => ({ index, name, title, vmxCapability: true, sdm: 'SDM Vol 3D App. A' })),
]);

/** Numeric constants for the MSRs most used in code. */
export const MSR = {
  IA32_TIME_STAMP_COUNTER: 0x10,
  IA32_APIC_BASE: 0x1b,
  IA32_FEATURE_CONTROL: 0x3a,
  IA32_SPEC_CTRL: 0x48,
  IA32_SYSENTER_CS: 0x174,
  IA32_SYSENTER_ESP: 0x175,
  IA32_SYSENTER_EIP: 0x176,
  IA32_DEBUGCTL: 0x1d9,
  IA32_PAT: 0x277,
  IA32_PERF_GLOBAL_CTRL: 0x38f,
  IA32_RTIT_CTL: 0x570,
  IA32_S_CET: 0x6a2,
  IA32_INTERRUPT_SSP_TABLE_ADDR: 0x6a8,
  IA32_PKRS: 0x6e1,
  IA32_BNDCFGS: 0xd90,
  IA32_XSS: 0xda0,
  IA32_LBR_CTL: 0x14ce,
  IA32_EFER: 0xc0000080,
  IA32_STAR: 0xc0000081,
  IA32_LSTAR: 0xc0000082,
  IA32_CSTAR: 0xc0000083,
  IA32_FMASK: 0xc0000084,
  IA32_FS_BASE: 0xc0000100,
  IA32_GS_BASE: 0xc0000101,
  IA32_KERNEL_GS_BASE: 0xc0000102,
  IA32_TSC_AUX: 0xc0000103,
  IA32_VMX_BASIC: 0x480,
  IA32_VMX_PINBASED_CTLS: 0x481,
  IA32_VMX_PROCBASED_CTLS: 0x482,
  IA32_VMX_EXIT_CTLS: 0x483,
  IA32_VMX_ENTRY_CTLS: 0x484,
  IA32_VMX_MISC: 0x485,
  IA32_VMX_CR0_FIXED0: 0x486,
  IA32_VMX_CR0_FIXED1: 0x487,
  IA32_VMX_CR4_FIXED0: 0x488,
  IA32_VMX_CR4_FIXED1: 0x489,
  IA32_VMX_VMCS_ENUM: 0x48a,
  IA32_VMX_PROCBASED_CTLS2: 0x48b,
  IA32_VMX_EPT_VPID_CAP: 0x48c,
  IA32_VMX_TRUE_PINBASED_CTLS: 0x48d,
  IA32_VMX_TRUE_PROCBASED_CTLS: 0x48e,
  IA32_VMX_TRUE_EXIT_CTLS: 0x48f,
  IA32_VMX_TRUE_ENTRY_CTLS: 0x490,
  IA32_VMX_VMFUNC: 0x491,
  IA32_VMX_PROCBASED_CTLS3: 0x492,
  IA32_VMX_EXIT_CTLS2: 0x493,
} as const;

const msrByIndex = new Map<number, MsrDef>(MSRS.map((m) => [m.index, m]));
const msrByName = new Map<string, MsrDef>();
for (const m of MSRS) {
  msrByName.set(m.name, m);
  for (const a of m.aliases ?? []) msrByName.set(a, m);
}

export function msrByNumber(index: number): MsrDef | undefined { return msrByIndex.get(index >>> 0); }
/** Case-insensitive; accepts aliases and an optional `MSR_` prefix. */
export function msrByNameLookup(name: string): MsrDef | undefined {
  const n = name.toUpperCase();
  return msrByName.get(n) ?? (n.startsWith('MSR_') ? msrByName.get(n.slice(4)) : undefined);
}
export function msrName(index: number): string {
  return msrByNumber(index)?.name ?? `MSR 0x${(index >>> 0).toString(16)}`;
}
/** True for the VMX capability MSRs (480H-493H). */
export function isVmxCapabilityMsr(index: number): boolean { return index >= 0x480 && index <= 0x493; }

// ---------------------------------------------------------------------------------------------
// IA32_FEATURE_CONTROL (SDM Vol 3C 24.7 "Enabling and Entering VMX Operation"; Vol 4 Table 2-2).

export const FEATURE_CONTROL_LAYOUT: readonly BitFieldDef[] = [
  { name: 'lock', lo: 0, hi: 0, title: 'Lock bit (WRMSR #GP once set; VMXON #GP while clear)' },
  { name: 'vmxInsideSmx', lo: 1, hi: 1, title: 'Enable VMX inside SMX operation' },
  { name: 'vmxOutsideSmx', lo: 2, hi: 2, title: 'Enable VMX outside SMX operation' },
  { name: 'senterLocalEnables', lo: 8, hi: 14, title: 'SENTER local function enables' },
  { name: 'senterGlobalEnable', lo: 15, hi: 15, title: 'SENTER global enable' },
  { name: 'sgxLaunchControlEnable', lo: 17, hi: 17, title: 'SGX launch control enable' },
  { name: 'sgxGlobalEnable', lo: 18, hi: 18, title: 'SGX global enable' },
  { name: 'lmceOn', lo: 20, hi: 20, title: 'LMCE on' },
];
export const FEATURE_CONTROL_LOCK = 1 << 0;
export const FEATURE_CONTROL_VMX_INSIDE_SMX = 1 << 1;
export const FEATURE_CONTROL_VMX_OUTSIDE_SMX = 1 << 2;

// ---------------------------------------------------------------------------------------------
// IA32_VMX_BASIC (SDM Vol 3D App. A.1).

export const MEMORY_TYPE_NAMES: Readonly<Record<number, string>> = { 0: 'UC', 1: 'WC', 4: 'WT', 5: 'WP', 6: 'WB', 7: 'UC-' };

export const VMX_BASIC_LAYOUT: readonly BitFieldDef[] = [
  { name: 'revisionId', lo: 0, hi: 30, title: 'VMCS revision identifier' },
  { name: 'vmcsSize', lo: 32, hi: 44, title: 'VMXON / VMCS region size in bytes' },
  { name: 'physAddr32', lo: 48, hi: 48, title: 'Region addresses limited to 32 bits' },
  { name: 'dualMonitor', lo: 49, hi: 49, title: 'Dual-monitor treatment of SMIs and SMM supported' },
  { name: 'memoryType', lo: 50, hi: 53, title: 'Memory type for VMCS accesses', values: MEMORY_TYPE_NAMES },
  { name: 'insOutsInfo', lo: 54, hi: 54, title: 'VM exits due to INS/OUTS report instruction information' },
  { name: 'trueControls', lo: 55, hi: 55, title: 'Default1 controls may be 0 (TRUE capability MSRs exist)' },
  { name: 'noErrorCodeCheck', lo: 56, hi: 56, title: 'Hardware exceptions may be injected with or without error code' },
];
export interface VmxBasic {
  revisionId: number; vmcsSize: number; physAddr32: boolean; dualMonitor: boolean; memoryType: number; memoryTypeName: string;
  insOutsInfo: boolean; trueControls: boolean; noErrorCodeCheck: boolean;
}
export function decodeVmxBasic(v: bigint): VmxBasic {
  const d = decodeLayout(VMX_BASIC_LAYOUT, v);
  return {
    revisionId: d.revisionId as number, vmcsSize: d.vmcsSize as number, physAddr32: d.physAddr32 as boolean,
    dualMonitor: d.dualMonitor as boolean, memoryType: d.memoryType as number, memoryTypeName: d.memoryTypeName as string,
    insOutsInfo: d.insOutsInfo as boolean, trueControls: d.trueControls as boolean, noErrorCodeCheck: d.noErrorCodeCheck as boolean,
  };
}

// ---------------------------------------------------------------------------------------------
// IA32_VMX_MISC (SDM Vol 3D App. A.6).

export const VMX_MISC_LAYOUT: readonly BitFieldDef[] = [
  { name: 'preemptionTimerRate', lo: 0, hi: 4, title: 'VMX-preemption timer counts down when TSC bit X changes (X = this value)' },
  { name: 'saveEferLma', lo: 5, hi: 5, title: 'VM exits store IA32_EFER.LMA into the "IA-32e mode guest" entry control' },
  { name: 'activityHlt', lo: 6, hi: 6, title: 'Activity state HLT supported' },
  { name: 'activityShutdown', lo: 7, hi: 7, title: 'Activity state shutdown supported' },
  { name: 'activityWaitForSipi', lo: 8, hi: 8, title: 'Activity state wait-for-SIPI supported' },
  { name: 'ptInVmx', lo: 14, hi: 14, title: 'Intel PT can be used in VMX operation' },
  { name: 'rdmsrSmbaseInSmm', lo: 15, hi: 15, title: 'RDMSR can read IA32_SMBASE in SMM' },
  { name: 'cr3TargetCount', lo: 16, hi: 24, title: 'Number of CR3-target values supported' },
  { name: 'maxMsrListCode', lo: 25, hi: 27, title: 'Recommended maximum MSR-list entries = 512 * (N + 1)' },
  { name: 'smmMonitorCtlBit2', lo: 28, hi: 28, title: 'IA32_SMM_MONITOR_CTL[2] can be set (VMXOFF unblocks SMIs)' },
  { name: 'vmwriteAnyField', lo: 29, hi: 29, title: 'VMWRITE can write any supported field, including VM-exit information fields' },
  { name: 'zeroLengthInjection', lo: 30, hi: 30, title: 'Injection of software interrupts/exceptions with instruction length 0 allowed' },
  { name: 'msegRevisionId', lo: 32, hi: 63, title: 'MSEG revision identifier' },
];
export interface VmxMisc {
  preemptionTimerRate: number; saveEferLma: boolean; activityHlt: boolean; activityShutdown: boolean; activityWaitForSipi: boolean;
  ptInVmx: boolean; rdmsrSmbaseInSmm: boolean; cr3TargetCount: number; maxMsrListEntries: number; smmMonitorCtlBit2: boolean;
  vmwriteAnyField: boolean; zeroLengthInjection: boolean; msegRevisionId: number;
}
export function decodeVmxMisc(v: bigint): VmxMisc {
  return {
    preemptionTimerRate: bits(v, 0, 4), saveEferLma: bit(v, 5), activityHlt: bit(v, 6), activityShutdown: bit(v, 7),
    activityWaitForSipi: bit(v, 8), ptInVmx: bit(v, 14), rdmsrSmbaseInSmm: bit(v, 15), cr3TargetCount: bits(v, 16, 24),
    maxMsrListEntries: 512 * (bits(v, 25, 27) + 1), smmMonitorCtlBit2: bit(v, 28), vmwriteAnyField: bit(v, 29),
    zeroLengthInjection: bit(v, 30), msegRevisionId: Number(bitsBig(v, 32, 63)),
  };
}

// ---------------------------------------------------------------------------------------------
// IA32_VMX_EPT_VPID_CAP (SDM Vol 3D App. A.10).

export const EPT_VPID_CAP_LAYOUT: readonly BitFieldDef[] = [
  { name: 'executeOnly', lo: 0, hi: 0, title: 'EPT execute-only translations supported' },
  { name: 'pageWalk4', lo: 6, hi: 6, title: 'Page-walk length of 4 supported' },
  { name: 'pageWalk5', lo: 7, hi: 7, title: 'Page-walk length of 5 supported' },
  { name: 'memoryTypeUc', lo: 8, hi: 8, title: 'EPT paging-structure memory type UC allowed' },
  { name: 'memoryTypeWb', lo: 14, hi: 14, title: 'EPT paging-structure memory type WB allowed' },
  { name: 'pde2MbPages', lo: 16, hi: 16, title: 'EPT PDE can map a 2-MByte page' },
  { name: 'pdpte1GbPages', lo: 17, hi: 17, title: 'EPT PDPTE can map a 1-GByte page' },
  { name: 'invept', lo: 20, hi: 20, title: 'INVEPT supported' },
  { name: 'accessedDirty', lo: 21, hi: 21, title: 'Accessed and dirty flags for EPT supported' },
  { name: 'advancedExitInfo', lo: 22, hi: 22, title: 'Advanced VM-exit information for EPT violations' },
  { name: 'supervisorShadowStack', lo: 23, hi: 23, title: 'Supervisor shadow-stack control supported' },
  { name: 'inveptSingleContext', lo: 25, hi: 25, title: 'Single-context INVEPT supported' },
  { name: 'inveptAllContext', lo: 26, hi: 26, title: 'All-context INVEPT supported' },
  { name: 'invvpid', lo: 32, hi: 32, title: 'INVVPID supported' },
  { name: 'invvpidIndividualAddress', lo: 40, hi: 40, title: 'Individual-address INVVPID supported' },
  { name: 'invvpidSingleContext', lo: 41, hi: 41, title: 'Single-context INVVPID supported' },
  { name: 'invvpidAllContext', lo: 42, hi: 42, title: 'All-context INVVPID supported' },
  { name: 'invvpidSingleContextRetainingGlobals', lo: 43, hi: 43, title: 'Single-context-retaining-globals INVVPID supported' },
  { name: 'maxHlatPrefixSize', lo: 48, hi: 53, title: 'Maximum HLAT prefix size' },
];
export function decodeEptVpidCap(v: bigint): Record<string, boolean | number> {
  return decodeLayout(EPT_VPID_CAP_LAYOUT, v) as Record<string, boolean | number>;
}

// ---------------------------------------------------------------------------------------------
// IA32_VMX_VMFUNC (SDM Vol 3D App. A.11) and VM-function controls (SDM Vol 3C 25.6.14).

export const VMFUNC_LAYOUT: readonly BitFieldDef[] = [
  { name: 'eptpSwitching', lo: 0, hi: 0, title: 'VM function 0: EPTP switching' },
];
export const VMFUNC_EPTP_SWITCHING = 0;

// ---------------------------------------------------------------------------------------------
// IA32_VMX_VMCS_ENUM (SDM Vol 3D App. A.9): bits 9:1 = highest index value used in any VMCS encoding.

export const VMCS_ENUM_LAYOUT: readonly BitFieldDef[] = [
  { name: 'highestIndex', lo: 1, hi: 9, title: 'Highest index value used for any VMCS encoding' },
];
export function decodeVmcsEnum(v: bigint): { highestIndex: number } { return { highestIndex: bits(v, 1, 9) }; }
