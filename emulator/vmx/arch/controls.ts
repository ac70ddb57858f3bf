/**
 * VMX control bits: pin-based, primary/secondary/tertiary processor-based VM-execution controls,
 * primary/secondary VM-exit controls and VM-entry controls.
 *
 * SDM Vol 3C 25.6.1 (pin-based), 25.6.2 (processor-based: primary, secondary, tertiary),
 * 25.7.1 (VM-exit controls, primary and secondary), 25.8.1 (VM-entry controls);
 * default settings and capability MSRs: SDM Vol 3D App. A.3 - A.5.
 *
 * Naming scheme: upper-case snake case of the SDM control name without the word "control",
 * e.g. "NMI exiting" -> NMI_EXITING, "enable EPT" -> ENABLE_EPT, "IA-32e mode guest" -> IA32E_MODE_GUEST.
 * `aliases` holds the Linux/KVM spellings (e.g. CPU_BASED_TPR_SHADOW -> USE_TPR_SHADOW) minus their prefix.
 */

export type ControlKind = 'pin' | 'primary' | 'secondary' | 'tertiary' | 'exit' | 'secondaryExit' | 'entry';

export const CONTROL_KINDS: readonly ControlKind[] = ['pin', 'primary', 'secondary', 'tertiary', 'exit', 'secondaryExit', 'entry'];

export interface ControlBit {
  readonly kind: ControlKind;
  readonly bit: number;
  readonly name: string;
  readonly title: string;
  /** Reserved bit that is 1 in the "default1" class (SDM App. A.2): must be 1 unless the TRUE MSRs say otherwise. */
  readonly default1?: boolean;
  readonly aliases?: readonly string[];
  /** Set for bits documented outside the SDM tables. */
  readonly note?: string;
}

export interface ControlKindInfo {
  readonly kind: ControlKind;
  readonly title: string;
  /** VMCS field holding the controls. */
  readonly field: string;
  /** 32 or 64 bits. */
  readonly width: 32 | 64;
  /** Capability MSR (non-TRUE) and, where it exists, the TRUE variant (SDM App. A.3 - A.5). */
  readonly capabilityMsr: number;
  readonly trueCapabilityMsr?: number;
  /** Prefix used for the mask constants in vmx.inc (`PIN_NMI_EXITING equ (1<<3)`). */
  readonly incPrefix: string;
  readonly sdm: string;
}

export const CONTROL_KIND_INFO: Readonly<Record<ControlKind, ControlKindInfo>> = {
  pin: { kind: 'pin', title: 'Pin-based VM-execution controls', field: 'PIN_BASED_VM_EXEC_CONTROL', width: 32, capabilityMsr: 0x481, trueCapabilityMsr: 0x48d, incPrefix: 'PIN_', sdm: 'SDM Vol 3C 25.6.1' },
  primary: { kind: 'primary', title: 'Primary processor-based VM-execution controls', field: 'CPU_BASED_VM_EXEC_CONTROL', width: 32, capabilityMsr: 0x482, trueCapabilityMsr: 0x48e, incPrefix: 'CPU_', sdm: 'SDM Vol 3C 25.6.2' },
  secondary: { kind: 'secondary', title: 'Secondary processor-based VM-execution controls', field: 'SECONDARY_VM_EXEC_CONTROL', width: 32, capabilityMsr: 0x48b, incPrefix: 'CPU2_', sdm: 'SDM Vol 3C 25.6.2' },
  tertiary: { kind: 'tertiary', title: 'Tertiary processor-based VM-execution controls', field: 'TERTIARY_VM_EXEC_CONTROL', width: 64, capabilityMsr: 0x492, incPrefix: 'CPU3_', sdm: 'SDM Vol 3C 25.6.2' },
  exit: { kind: 'exit', title: 'Primary VM-exit controls', field: 'VM_EXIT_CONTROLS', width: 32, capabilityMsr: 0x483, trueCapabilityMsr: 0x48f, incPrefix: 'EXIT_', sdm: 'SDM Vol 3C 25.7.1' },
  secondaryExit: { kind: 'secondaryExit', title: 'Secondary VM-exit controls', field: 'SECONDARY_VM_EXIT_CONTROLS', width: 64, capabilityMsr: 0x493, incPrefix: 'EXIT2_', sdm: 'SDM Vol 3C 25.7.1' },
  entry: { kind: 'entry', title: 'VM-entry controls', field: 'VM_ENTRY_CONTROLS', width: 32, capabilityMsr: 0x484, trueCapabilityMsr: 0x490, incPrefix: 'ENTRY_', sdm: 'SDM Vol 3C 25.8.1' },
};

type Row = readonly [bit: number, name: string, title: string, extra?: { aliases?: readonly string[]; note?: string }];

function mk(kind: ControlKind, rows: readonly Row[], default1Bits: readonly number[] = []): ControlBit[] {
  const out: ControlBit[] = [];
  for (const b of default1Bits) {
    out.push({ kind, bit: b, name: `RESERVED_DEFAULT1_${b}`, title: `Reserved (default1, bit ${b})`, default1: true });
  }
  for (const [bit, name, title, extra] of rows) out.push({ kind, bit, name, title, ...(extra ?? {}) });
  return out.sort((a, b) => a.bit - b.bit);
}

/** Bits that are reserved-1 ("default1") in the non-TRUE capability MSRs (SDM App. A.2). */
export const DEFAULT1_BITS: Readonly<Record<ControlKind, readonly number[]>> = {
  pin: [1, 2, 4],
  primary: [1, 4, 5, 6, 8, 13, 14, 15, 16, 26],
  secondary: [],
  tertiary: [],
  exit: [0, 1, 2, 3, 4, 5, 6, 7, 8, 10, 11, 13, 14, 16, 17],
  secondaryExit: [],
  entry: [0, 1, 2, 3, 4, 5, 6, 7, 8, 12],
};

/** The default1 bits as masks: pin 0x16, primary 0x0401e172, exit 0x00036dff, entry 0x000011ff. */
export const DEFAULT1_MASK: Readonly<Record<ControlKind, number>> = Object.fromEntries(
  (Object.keys(DEFAULT1_BITS) as ControlKind[]).map((k) => [k, DEFAULT1_BITS[k].reduce((m, b) => (m | (1 << b)) >>> 0, 0)]),
) as Record<ControlKind, number>;

// Default1 bits that also name a real control (e.g. primary bit 15 "CR3-load exiting") are listed once, as that control.
function d1(kind: ControlKind, rows: readonly Row[]): readonly number[] {
  const named = new Set(rows.map((r) => r[0]));
  return DEFAULT1_BITS[kind].filter((b) => !named.has(b));
}

// SDM Vol 3C 25.6.1, Table "Definitions of Pin-Based VM-Execution Controls"
const PIN_ROWS: readonly Row[] = [
  [0, 'EXTERNAL_INTERRUPT_EXITING', 'External-interrupt exiting', { aliases: ['EXT_INTR_MASK', 'EXT_INTR_EXITING', 'INTR_EXITING'] }],
  [3, 'NMI_EXITING', 'NMI exiting'],
  [5, 'VIRTUAL_NMIS', 'Virtual NMIs'],
  [6, 'ACTIVATE_PREEMPTION_TIMER', 'Activate VMX-preemption timer', { aliases: ['VMX_PREEMPTION_TIMER', 'PREEMPTION_TIMER'] }],
  [7, 'PROCESS_POSTED_INTERRUPTS', 'Process posted interrupts', { aliases: ['POSTED_INTR'] }],
];

// SDM Vol 3C 25.6.2, Table "Definitions of Primary Processor-Based VM-Execution Controls"
const PRIMARY_ROWS: readonly Row[] = [
  [2, 'INTERRUPT_WINDOW_EXITING', 'Interrupt-window exiting', { aliases: ['INTR_WINDOW_EXITING', 'VIRTUAL_INTR_PENDING'] }],
  [3, 'USE_TSC_OFFSETTING', 'Use TSC offsetting', { aliases: ['USE_TSC_OFFSETING'] }],
  [7, 'HLT_EXITING', 'HLT exiting'],
  [9, 'INVLPG_EXITING', 'INVLPG exiting'],
  [10, 'MWAIT_EXITING', 'MWAIT exiting'],
  [11, 'RDPMC_EXITING', 'RDPMC exiting'],
  [12, 'RDTSC_EXITING', 'RDTSC exiting'],
  [15, 'CR3_LOAD_EXITING', 'CR3-load exiting'],
  [16, 'CR3_STORE_EXITING', 'CR3-store exiting'],
  [17, 'ACTIVATE_TERTIARY_CONTROLS', 'Activate tertiary controls'],
  [19, 'CR8_LOAD_EXITING', 'CR8-load exiting'],
  [20, 'CR8_STORE_EXITING', 'CR8-store exiting'],
  [21, 'USE_TPR_SHADOW', 'Use TPR shadow', { aliases: ['TPR_SHADOW'] }],
  [22, 'NMI_WINDOW_EXITING', 'NMI-window exiting', { aliases: ['VIRTUAL_NMI_PENDING'] }],
  [23, 'MOV_DR_EXITING', 'MOV-DR exiting'],
  [24, 'UNCONDITIONAL_IO_EXITING', 'Unconditional I/O exiting', { aliases: ['UNCOND_IO_EXITING'] }],
  [25, 'USE_IO_BITMAPS', 'Use I/O bitmaps'],
  [27, 'MONITOR_TRAP_FLAG', 'Monitor trap flag'],
  [28, 'USE_MSR_BITMAPS', 'Use MSR bitmaps'],
  [29, 'MONITOR_EXITING', 'MONITOR exiting'],
  [30, 'PAUSE_EXITING', 'PAUSE exiting'],
  [31, 'ACTIVATE_SECONDARY_CONTROLS', 'Activate secondary controls', { aliases: ['SEC_CONTROLS'] }],
];

// SDM Vol 3C 25.6.2, Table "Definitions of Secondary Processor-Based VM-Execution Controls"
const SECONDARY_ROWS: readonly Row[] = [
  [0, 'VIRTUALIZE_APIC_ACCESSES', 'Virtualize APIC accesses', { aliases: ['VIRT_APIC_ACCESSES'] }],
  [1, 'ENABLE_EPT', 'Enable EPT', { aliases: ['EPT'] }],
  [2, 'DESCRIPTOR_TABLE_EXITING', 'Descriptor-table exiting', { aliases: ['DESC', 'DESC_EXITING'] }],
  [3, 'ENABLE_RDTSCP', 'Enable RDTSCP', { aliases: ['RDTSCP'] }],
  [4, 'VIRTUALIZE_X2APIC_MODE', 'Virtualize x2APIC mode', { aliases: ['VIRTUAL_X2APIC'] }],
  [5, 'ENABLE_VPID', 'Enable VPID', { aliases: ['VPID'] }],
  [6, 'WBINVD_EXITING', 'WBINVD exiting'],
  [7, 'UNRESTRICTED_GUEST', 'Unrestricted guest'],
  [8, 'APIC_REGISTER_VIRTUALIZATION', 'APIC-register virtualization', { aliases: ['APIC_REGISTER_VIRT'] }],
  [9, 'VIRTUAL_INTERRUPT_DELIVERY', 'Virtual-interrupt delivery', { aliases: ['VIRTUAL_INTR_DELIVERY', 'VIRT_INTR_DELIVERY'] }],
  [10, 'PAUSE_LOOP_EXITING', 'PAUSE-loop exiting'],
  [11, 'RDRAND_EXITING', 'RDRAND exiting'],
  [12, 'ENABLE_INVPCID', 'Enable INVPCID', { aliases: ['INVPCID'] }],
  [13, 'ENABLE_VM_FUNCTIONS', 'Enable VM functions', { aliases: ['ENABLE_VMFUNC', 'VMFUNC'] }],
  [14, 'VMCS_SHADOWING', 'VMCS shadowing', { aliases: ['SHADOW_VMCS'] }],
  [15, 'ENCLS_EXITING', 'Enable ENCLS exiting'],
  [16, 'RDSEED_EXITING', 'RDSEED exiting'],
  [17, 'ENABLE_PML', 'Enable PML', { aliases: ['PAGE_MOD_LOGGING'] }],
  [18, 'EPT_VIOLATION_VE', 'EPT-violation #VE'],
  [19, 'CONCEAL_VMX_FROM_PT', 'Conceal VMX from PT', { aliases: ['PT_CONCEAL_VMX'] }],
  [20, 'ENABLE_XSAVES', 'Enable XSAVES/XRSTORS', { aliases: ['XSAVES'] }],
  [21, 'PASID_TRANSLATION', 'PASID translation'],
  [22, 'MODE_BASED_EPT_EXECUTE', 'Mode-based execute control for EPT', { aliases: ['MODE_BASED_EPT_EXEC'] }],
  [23, 'SUB_PAGE_WRITE_PERMISSIONS', 'Sub-page write permissions for EPT', { aliases: ['SPP'] }],
  [24, 'PT_USES_GUEST_PHYSICAL_ADDRESSES', 'Intel PT uses guest physical addresses', { aliases: ['PT_USE_GPA'] }],
  [25, 'USE_TSC_SCALING', 'Use TSC scaling', { aliases: ['TSC_SCALING'] }],
  [26, 'ENABLE_USER_WAIT_PAUSE', 'Enable user wait and pause', { aliases: ['USR_WAIT_PAUSE'] }],
  [27, 'ENABLE_PCONFIG', 'Enable PCONFIG'],
  [28, 'ENABLE_ENCLV_EXITING', 'Enable ENCLV exiting', { aliases: ['ENCLV_EXITING'] }],
  [29, 'ENABLE_EPC_VIRTUALIZATION_EXTENSIONS', 'Enable EPC virtualization extensions', { note: 'Named as in VMware\'s host VT-x capability dump (seed 000); not listed in recent SDM tables' }],
  [30, 'VMM_BUS_LOCK_DETECTION', 'VMM bus-lock detection', { aliases: ['BUS_LOCK_DETECTION'] }],
  [31, 'INSTRUCTION_TIMEOUT', 'Instruction timeout', { aliases: ['NOTIFY_VM_EXITING'] }],
];

// SDM Vol 3C 25.6.2, Table "Definitions of Tertiary Processor-Based VM-Execution Controls" (64 bits)
const TERTIARY_ROWS: readonly Row[] = [
  [0, 'LOADIWKEY_EXITING', 'LOADIWKEY exiting'],
  [1, 'ENABLE_HLAT', 'Enable HLAT'],
  [2, 'EPT_PAGING_WRITE_CONTROL', 'EPT paging-write control'],
  [3, 'GUEST_PAGING_VERIFICATION', 'Guest-paging verification'],
  [4, 'IPI_VIRTUALIZATION', 'IPI virtualization', { aliases: ['IPI_VIRT'] }],
  [7, 'VIRTUALIZE_IA32_SPEC_CTRL', 'Virtualize IA32_SPEC_CTRL', { aliases: ['SPEC_CTRL_VIRT'] }],
];

// SDM Vol 3C 25.7.1, Table "Definitions of Primary VM-Exit Controls"
const EXIT_ROWS: readonly Row[] = [
  [2, 'SAVE_DEBUG_CONTROLS', 'Save debug controls'],
  [9, 'HOST_ADDRESS_SPACE_SIZE', 'Host address-space size', { aliases: ['HOST_ADDR_SPACE_SIZE'] }],
  [12, 'LOAD_IA32_PERF_GLOBAL_CTRL', 'Load IA32_PERF_GLOBAL_CTRL'],
  [15, 'ACKNOWLEDGE_INTERRUPT_ON_EXIT', 'Acknowledge interrupt on exit', { aliases: ['ACK_INTR_ON_EXIT'] }],
  [18, 'SAVE_IA32_PAT', 'Save IA32_PAT'],
  [19, 'LOAD_IA32_PAT', 'Load IA32_PAT'],
  [20, 'SAVE_IA32_EFER', 'Save IA32_EFER'],
  [21, 'LOAD_IA32_EFER', 'Load IA32_EFER'],
  [22, 'SAVE_PREEMPTION_TIMER', 'Save VMX-preemption timer value', { aliases: ['SAVE_VMX_PREEMPTION_TIMER'] }],
  [23, 'CLEAR_IA32_BNDCFGS', 'Clear IA32_BNDCFGS', { aliases: ['CLEAR_BNDCFGS'] }],
  [24, 'CONCEAL_VMX_FROM_PT', 'Conceal VMX from PT', { aliases: ['PT_CONCEAL_PIP'] }],
  [25, 'CLEAR_IA32_RTIT_CTL', 'Clear IA32_RTIT_CTL'],
  [26, 'CLEAR_IA32_LBR_CTL', 'Clear IA32_LBR_CTL'],
  [27, 'CLEAR_UINV', 'Clear UINV'],
  [28, 'LOAD_CET_STATE', 'Load CET state'],
  [29, 'LOAD_PKRS', 'Load PKRS'],
  [30, 'SAVE_IA32_PERF_GLOBAL_CTRL', 'Save IA32_PERF_GLOBAL_CTRL'],
  [31, 'ACTIVATE_SECONDARY_CONTROLS', 'Activate secondary controls'],
];

// SDM Vol 3C 25.7.1, Table "Definitions of Secondary VM-Exit Controls" (64 bits; FRED)
const SECONDARY_EXIT_ROWS: readonly Row[] = [
  [0, 'SAVE_IA32_FRED', 'Save IA32_FRED MSRs'],
  [1, 'LOAD_IA32_FRED', 'Load IA32_FRED MSRs'],
];

// SDM Vol 3C 25.8.1, Table "Definitions of VM-Entry Controls"
const ENTRY_ROWS: readonly Row[] = [
  [2, 'LOAD_DEBUG_CONTROLS', 'Load debug controls'],
  [9, 'IA32E_MODE_GUEST', 'IA-32e mode guest', { aliases: ['IA32E_MODE'] }],
  [10, 'ENTRY_TO_SMM', 'Entry to SMM', { aliases: ['SMM'] }],
  [11, 'DEACTIVATE_DUAL_MONITOR_TREATMENT', 'Deactivate dual-monitor treatment', { aliases: ['DEACT_DUAL_MONITOR'] }],
  [13, 'LOAD_IA32_PERF_GLOBAL_CTRL', 'Load IA32_PERF_GLOBAL_CTRL'],
  [14, 'LOAD_IA32_PAT', 'Load IA32_PAT'],
  [15, 'LOAD_IA32_EFER', 'Load IA32_EFER'],
  [16, 'LOAD_IA32_BNDCFGS', 'Load IA32_BNDCFGS', { aliases: ['LOAD_BNDCFGS'] }],
  [17, 'CONCEAL_VMX_FROM_PT', 'Conceal VMX from PT', { aliases: ['PT_CONCEAL_PIP'] }],
  [18, 'LOAD_IA32_RTIT_CTL', 'Load IA32_RTIT_CTL'],
  [19, 'LOAD_UINV', 'Load UINV'],
  [20, 'LOAD_CET_STATE', 'Load CET state'],
  [21, 'LOAD_IA32_LBR_CTL', 'Load guest IA32_LBR_CTL'],
  [22, 'LOAD_PKRS', 'Load PKRS'],
  [23, 'LOAD_IA32_FRED', 'Load IA32_FRED MSRs', { note: 'FRED (flexible return and event delivery)' }],
];

const ROWS: Readonly<Record<ControlKind, readonly Row[]>> = {
  pin: PIN_ROWS,
  primary: PRIMARY_ROWS,
  secondary: SECONDARY_ROWS,
  tertiary: TERTIARY_ROWS,
  exit: EXIT_ROWS,
  secondaryExit: SECONDARY_EXIT_ROWS,
  entry: ENTRY_ROWS,
};

/** Every defined bit of every control field, per kind, sorted by bit (default1 reserved bits included, `default1: true`). */
export const CONTROLS: Readonly<Record<ControlKind, readonly ControlBit[]>> = Object.fromEntries(
  CONTROL_KINDS.map((k) => {
    const list = mk(k, ROWS[k], d1(k, ROWS[k])).map((c) => (DEFAULT1_BITS[k].includes(c.bit) ? { ...c, default1: true } : c));
    return [k, Object.freeze(list)];
  }),
) as Record<ControlKind, readonly ControlBit[]>;

/** All named (non-reserved) control bits of all kinds. */
export const CONTROL_BITS: readonly ControlBit[] = CONTROL_KINDS.flatMap((k) => CONTROLS[k].filter((c) => !c.name.startsWith('RESERVED_')));

const byName = new Map<string, ControlBit>();
for (const c of CONTROL_BITS) {
  byName.set(`${c.kind}:${c.name}`, c);
  for (const a of c.aliases ?? []) byName.set(`${c.kind}:${a}`, c);
}

/** Looks a control bit up by kind and name or alias (case-insensitive). */
export function controlBit(kind: ControlKind, name: string): ControlBit | undefined {
  return byName.get(`${kind}:${name.toUpperCase()}`);
}

/** Mask (bigint, safe for the 64-bit tertiary and secondary-exit controls) of a named control bit; throws if unknown. */
export function controlMask(kind: ControlKind, name: string): bigint {
  const c = controlBit(kind, name);
  if (!c) throw new Error(`unknown ${kind} control ${name}`);
  return 1n << BigInt(c.bit);
}

/** Like controlMask but as a 32-bit number (only for 32-bit control kinds). */
export function controlMask32(kind: ControlKind, name: string): number {
  const m = controlMask(kind, name);
  if (m > 0xffffffffn) throw new Error(`${kind} control ${name} is above bit 31`);
  return Number(m);
}

/** Names of the set bits; unnamed bits are reported as `BIT<n>` (default1 bits as `RESERVED_DEFAULT1_<n>`). */
export function decodeControls(kind: ControlKind, value: number | bigint): string[] {
  const v = typeof value === 'bigint' ? BigInt.asUintN(64, value) : BigInt(value >>> 0);
  const table = CONTROLS[kind];
  const out: string[] = [];
  const width = CONTROL_KIND_INFO[kind].width;
  for (let b = 0; b < width; b++) {
    if (((v >> BigInt(b)) & 1n) === 0n) continue;
    const c = table.find((x) => x.bit === b);
    out.push(c ? c.name : `BIT${b}`);
  }
  return out;
}

/** Human titles of the set bits (for views and stop descriptions). */
export function describeControls(kind: ControlKind, value: number | bigint): string[] {
  const v = typeof value === 'bigint' ? BigInt.asUintN(64, value) : BigInt(value >>> 0);
  const out: string[] = [];
  for (let b = 0; b < CONTROL_KIND_INFO[kind].width; b++) {
    if (((v >> BigInt(b)) & 1n) === 0n) continue;
    out.push(CONTROLS[kind].find((x) => x.bit === b)?.title ?? `Undefined bit ${b}`);
  }
  return out;
}
