/**
 * Every VMCS field of the current SDM: name, encoding, width, type, access, group, description and
 * the control/capability that makes it exist.
 *
 * Encodings: SDM Vol 3D App. B ("Field Encoding in VMCS"), B.1 16-bit, B.2 64-bit, B.3 32-bit,
 * B.4 natural-width fields; encoding format: SDM Vol 3C 25.11.2 (Table "Structure of VMCS Component Encoding"):
 *   bit 0 access type (0 full, 1 high), bits 9:1 index, bits 11:10 type (0 control, 1 VM-exit
 *   information / read-only data, 2 guest state, 3 host state), bit 12 reserved (0),
 *   bits 14:13 width (0 16-bit, 1 64-bit, 2 32-bit, 3 natural), bits 31:15 reserved (0).
 * Field existence: SDM Vol 3C 25.6-25.9 (each field "exists only on processors that support the
 * 1-setting of ..."). FRED fields: FRED specification, now SDM Vol 3C 25.4.1/25.5/25.8.3/25.9.
 *
 * Naming scheme: Linux/KVM `enum vmcs_field` spellings (GUEST_RIP, VM_EXIT_REASON, PIN_BASED_VM_EXEC_CONTROL,
 * CPU_BASED_VM_EXEC_CONTROL, SECONDARY_VM_EXEC_CONTROL, EPT_POINTER, GUEST_CS_AR_BYTES, ...); fields KVM does
 * not name use the SDM name in the same style (GUEST_SMBASE, IO_RCX, HLAT_POINTER, ...). `aliases` holds
 * the other common spellings (SDM-style long names, Bochs/Hyper-V/Intel-sample spellings) so that
 * `VMCS.GUEST_CS_ACCESS_RIGHTS` resolves to the same field as `VMCS.GUEST_CS_AR_BYTES`.
 * Lookups are case-insensitive; the `_HIGH` suffix names the high half of a 64-bit field (encoding | 1).
 */
import type { ControlKind } from './controls';

export type VmcsWidth = '16' | '32' | '64' | 'natural';
export type VmcsType = 'control' | 'exit-info' | 'guest' | 'host';

/** Requirement for a field to exist: a control whose 1-setting the CPU supports, or a capability MSR bit, or a non-VMX feature. */
export type FieldRequirement =
  | { readonly control: ControlKind; readonly bit: string }
  | { readonly msr: number; readonly msrBit: number; readonly title: string }
  | { readonly feature: string };

export interface VmcsField {
  readonly name: string;
  readonly encoding: number;
  readonly width: VmcsWidth;
  readonly type: VmcsType;
  /** Read-only data (VM-exit information) fields; VMWRITE fails with error 13 unless IA32_VMX_MISC[29]. */
  readonly readOnly: boolean;
  /** bits 9:1 of the encoding. */
  readonly index: number;
  readonly description: string;
  /** The field exists if ANY of these is supported (absent: exists on every VMX processor). */
  readonly requires?: readonly FieldRequirement[];
  /** Group label for views, following the SDM's VMCS layout (SDM Vol 3C 25.3). */
  readonly sdmGroup: SdmGroup;
  readonly aliases: readonly string[];
  /** Source section, e.g. "SDM Vol 3D App. B.1.1". */
  readonly sdm: string;
}

export const SDM_GROUPS = [
  'Guest-state area: registers',
  'Guest-state area: non-register state',
  'Host-state area',
  'VM-execution control fields',
  'VM-exit control fields',
  'VM-entry control fields',
  'VM-exit information: basic',
  'VM-exit information: vectored events',
  'VM-exit information: event delivery',
  'VM-exit information: instruction execution',
  'VM-exit information: VM-instruction error',
] as const;
export type SdmGroup = (typeof SDM_GROUPS)[number];

// ---------------------------------------------------------------------------------------------
// Encoding format (SDM Vol 3C 25.11.2).

const WIDTH_CODES: readonly VmcsWidth[] = ['16', '64', '32', 'natural'];
const TYPE_CODES: readonly VmcsType[] = ['control', 'exit-info', 'guest', 'host'];

export interface DecodedVmcsEncoding {
  readonly accessHigh: boolean;
  readonly index: number;
  readonly type: VmcsType;
  readonly width: VmcsWidth;
  /** Reserved bits (12, 31:15) clear and high access only for 64-bit fields. */
  readonly wellFormed: boolean;
}

export function decodeVmcsEncoding(encoding: number): DecodedVmcsEncoding {
  const e = encoding >>> 0;
  const accessHigh = (e & 1) === 1;
  const width = WIDTH_CODES[(e >>> 13) & 3]!;
  return {
    accessHigh,
    index: (e >>> 1) & 0x1ff,
    type: TYPE_CODES[(e >>> 10) & 3]!,
    width,
    wellFormed: (e & 0xffff9000) === 0 && (!accessHigh || width === '64'),
  };
}

export function makeVmcsEncoding(width: VmcsWidth, type: VmcsType, index: number, accessHigh = false): number {
  return ((WIDTH_CODES.indexOf(width) << 13) | (TYPE_CODES.indexOf(type) << 10) | ((index & 0x1ff) << 1) | (accessHigh ? 1 : 0)) >>> 0;
}

// ---------------------------------------------------------------------------------------------
// The table. Each section lists rows of one width and type; a test checks every row against its encoding.

interface RowOpts {
  readonly aliases?: readonly string[];
  readonly requires?: readonly FieldRequirement[];
  readonly group?: SdmGroup;
}
type Row = readonly [name: string, encoding: number, description: string, opts?: RowOpts];

interface Section {
  readonly width: VmcsWidth;
  readonly type: VmcsType;
  readonly group: SdmGroup;
  readonly sdm: string;
  readonly rows: readonly Row[];
}

const c = (kind: ControlKind, bit: string): FieldRequirement => ({ control: kind, bit });
const EPT = [c('secondary', 'ENABLE_EPT')];
const VID = [c('secondary', 'VIRTUAL_INTERRUPT_DELIVERY')];
const PML = [c('secondary', 'ENABLE_PML')];
const POSTED = [c('pin', 'PROCESS_POSTED_INTERRUPTS')];
const SHADOW = [c('secondary', 'VMCS_SHADOWING')];
const VE = [c('secondary', 'EPT_VIOLATION_VE')];
const HLAT = [c('tertiary', 'ENABLE_HLAT')];
const IPIV = [c('tertiary', 'IPI_VIRTUALIZATION')];
const FRED_GUEST = [c('entry', 'LOAD_IA32_FRED'), c('secondaryExit', 'SAVE_IA32_FRED')];
const FRED_HOST = [c('secondaryExit', 'LOAD_IA32_FRED')];
const FRED_EVENT = [c('entry', 'LOAD_IA32_FRED')];
const CET_GUEST = [c('entry', 'LOAD_CET_STATE')];
const CET_HOST = [c('exit', 'LOAD_CET_STATE')];
const PASID = [c('secondary', 'PASID_TRANSLATION')];
const SPEC = [c('tertiary', 'VIRTUALIZE_IA32_SPEC_CTRL')];

const G_EXEC: SdmGroup = 'VM-execution control fields';
const G_EXIT: SdmGroup = 'VM-exit control fields';
const G_ENTRY: SdmGroup = 'VM-entry control fields';
const G_REG: SdmGroup = 'Guest-state area: registers';
const G_NONREG: SdmGroup = 'Guest-state area: non-register state';
const G_HOST: SdmGroup = 'Host-state area';
const I_BASIC: SdmGroup = 'VM-exit information: basic';
const I_VEC: SdmGroup = 'VM-exit information: vectored events';
const I_DELIV: SdmGroup = 'VM-exit information: event delivery';
const I_INSTR: SdmGroup = 'VM-exit information: instruction execution';
const I_ERR: SdmGroup = 'VM-exit information: VM-instruction error';

const SEGS = ['ES', 'CS', 'SS', 'DS', 'FS', 'GS', 'LDTR', 'TR'] as const;
const segRows = (base: number, suffix: string, what: string, aliasSuffixes: readonly string[], segs: readonly string[] = SEGS): Row[] =>
  segs.map((s, i) => [`GUEST_${s}_${suffix}`, base + 2 * i, `Guest ${s} ${what}`, { aliases: aliasSuffixes.map((a) => `GUEST_${s}_${a}`) }] as Row);

const SECTIONS: readonly Section[] = [
  // ---- B.1.1 16-bit control fields
  {
    width: '16', type: 'control', group: G_EXEC, sdm: 'SDM Vol 3D App. B.1.1', rows: [
      ['VIRTUAL_PROCESSOR_ID', 0x0000, 'Virtual-processor identifier (VPID) tagging linear and combined mappings', { aliases: ['VPID', 'VIRTUAL_PROCESSOR_IDENTIFIER'], requires: [c('secondary', 'ENABLE_VPID')] }],
      ['POSTED_INTR_NV', 0x0002, 'Posted-interrupt notification vector', { aliases: ['POSTED_INTERRUPT_NOTIFICATION_VECTOR', 'POSTED_INTR_NOTIFICATION_VECTOR'], requires: POSTED }],
      ['EPTP_INDEX', 0x0004, 'EPTP index: index of the current EPTP in the EPTP list (for #VE and EPTP switching)', { requires: VE }],
      ['HLAT_PREFIX_SIZE', 0x0006, 'HLAT prefix size (number of linear-address bits that select HLAT)', { requires: HLAT }],
      ['LAST_PID_POINTER_INDEX', 0x0008, 'Last index of the PID-pointer table (IPI virtualization)', { aliases: ['LAST_PID_PTR_INDEX'], requires: IPIV }],
    ],
  },
  // ---- B.1.2 16-bit guest-state fields
  {
    width: '16', type: 'guest', group: G_REG, sdm: 'SDM Vol 3D App. B.1.2', rows: [
      ...segRows(0x0800, 'SELECTOR', 'selector', ['SEL']),
      ['GUEST_INTR_STATUS', 0x0810, 'Guest interrupt status: RVI (bits 7:0) and SVI (bits 15:8)', { aliases: ['GUEST_INTERRUPT_STATUS'], requires: VID, group: G_NONREG }],
      ['GUEST_PML_INDEX', 0x0812, 'PML index: next entry of the page-modification log', { aliases: ['PML_INDEX'], requires: PML, group: G_NONREG }],
      ['GUEST_UINV', 0x0814, 'Guest user-interrupt notification vector (UINV)', { aliases: ['UINV'], requires: [c('entry', 'LOAD_UINV'), c('exit', 'CLEAR_UINV')], group: G_NONREG }],
    ],
  },
  // ---- B.1.3 16-bit host-state fields
  {
    width: '16', type: 'host', group: G_HOST, sdm: 'SDM Vol 3D App. B.1.3', rows: [
      ['HOST_ES_SELECTOR', 0x0c00, 'Host ES selector', { aliases: ['HOST_ES_SEL'] }],
      ['HOST_CS_SELECTOR', 0x0c02, 'Host CS selector', { aliases: ['HOST_CS_SEL'] }],
      ['HOST_SS_SELECTOR', 0x0c04, 'Host SS selector', { aliases: ['HOST_SS_SEL'] }],
      ['HOST_DS_SELECTOR', 0x0c06, 'Host DS selector', { aliases: ['HOST_DS_SEL'] }],
      ['HOST_FS_SELECTOR', 0x0c08, 'Host FS selector', { aliases: ['HOST_FS_SEL'] }],
      ['HOST_GS_SELECTOR', 0x0c0a, 'Host GS selector', { aliases: ['HOST_GS_SEL'] }],
      ['HOST_TR_SELECTOR', 0x0c0c, 'Host TR selector', { aliases: ['HOST_TR_SEL'] }],
    ],
  },
  // ---- B.2.1 64-bit control fields
  {
    width: '64', type: 'control', group: G_EXEC, sdm: 'SDM Vol 3D App. B.2.1', rows: [
      ['IO_BITMAP_A', 0x2000, 'Physical address of I/O bitmap A (ports 0000H-7FFFH)', { aliases: ['ADDRESS_OF_IO_BITMAP_A', 'IO_BITMAP_A_ADDRESS', 'IO_BITMAP_A_ADDR'] }],
      ['IO_BITMAP_B', 0x2002, 'Physical address of I/O bitmap B (ports 8000H-FFFFH)', { aliases: ['ADDRESS_OF_IO_BITMAP_B', 'IO_BITMAP_B_ADDRESS', 'IO_BITMAP_B_ADDR'] }],
      ['MSR_BITMAP', 0x2004, 'Physical address of the 4-KByte MSR bitmaps', { aliases: ['MSR_BITMAPS', 'ADDRESS_OF_MSR_BITMAPS', 'MSR_BITMAP_ADDRESS', 'MSR_BITMAP_ADDR'], requires: [c('primary', 'USE_MSR_BITMAPS')] }],
      ['VM_EXIT_MSR_STORE_ADDR', 0x2006, 'Physical address of the VM-exit MSR-store area', { aliases: ['VM_EXIT_MSR_STORE_ADDRESS'], group: G_EXIT }],
      ['VM_EXIT_MSR_LOAD_ADDR', 0x2008, 'Physical address of the VM-exit MSR-load area', { aliases: ['VM_EXIT_MSR_LOAD_ADDRESS'], group: G_EXIT }],
      ['VM_ENTRY_MSR_LOAD_ADDR', 0x200a, 'Physical address of the VM-entry MSR-load area', { aliases: ['VM_ENTRY_MSR_LOAD_ADDRESS'], group: G_ENTRY }],
      ['EXECUTIVE_VMCS_POINTER', 0x200c, 'Executive-VMCS pointer (dual-monitor treatment of SMIs and SMM)', { aliases: ['EXECUTIVE_VMCS_PTR', 'EXECUTIVE_VMCS_PTR_FULL'] }],
      ['PML_ADDRESS', 0x200e, 'Physical address of the page-modification log', { aliases: ['PML_ADDR'], requires: PML }],
      ['TSC_OFFSET', 0x2010, 'TSC offset added to RDTSC/RDTSCP/RDMSR(IA32_TSC) results in the guest', { aliases: ['TSC_OFFSET_FULL'] }],
      ['VIRTUAL_APIC_PAGE_ADDR', 0x2012, 'Physical address of the virtual-APIC page', { aliases: ['VIRTUAL_APIC_ADDRESS', 'VIRTUAL_APIC_ADDR', 'VIRTUAL_APIC_PAGE_ADDRESS'], requires: [c('primary', 'USE_TPR_SHADOW')] }],
      ['APIC_ACCESS_ADDR', 0x2014, 'Physical address of the APIC-access page', { aliases: ['APIC_ACCESS_ADDRESS'], requires: [c('secondary', 'VIRTUALIZE_APIC_ACCESSES')] }],
      ['POSTED_INTR_DESC_ADDR', 0x2016, 'Physical address of the posted-interrupt descriptor', { aliases: ['POSTED_INTERRUPT_DESCRIPTOR_ADDRESS', 'POSTED_INTR_DESCRIPTOR_ADDRESS'], requires: POSTED }],
      ['VM_FUNCTION_CONTROL', 0x2018, 'VM-function controls (bit 0: EPTP switching)', { aliases: ['VM_FUNCTION_CONTROLS', 'VMFUNC_CONTROLS', 'VMFUNC_CONTROL'], requires: [c('secondary', 'ENABLE_VM_FUNCTIONS')] }],
      ['EPT_POINTER', 0x201a, 'Extended-page-table pointer (EPTP)', { aliases: ['EPTP', 'EPT_POINTER_FULL', 'EPTP_FULL'], requires: EPT }],
      ['EOI_EXIT_BITMAP0', 0x201c, 'EOI-exit bitmap for vectors 0-63', { aliases: ['EOI_EXIT_BITMAP_0'], requires: VID }],
      ['EOI_EXIT_BITMAP1', 0x201e, 'EOI-exit bitmap for vectors 64-127', { aliases: ['EOI_EXIT_BITMAP_1'], requires: VID }],
      ['EOI_EXIT_BITMAP2', 0x2020, 'EOI-exit bitmap for vectors 128-191', { aliases: ['EOI_EXIT_BITMAP_2'], requires: VID }],
      ['EOI_EXIT_BITMAP3', 0x2022, 'EOI-exit bitmap for vectors 192-255', { aliases: ['EOI_EXIT_BITMAP_3'], requires: VID }],
      ['EPTP_LIST_ADDRESS', 0x2024, 'Physical address of the EPTP list (VM function 0, EPTP switching)', { aliases: ['EPTP_LIST_ADDR'], requires: [{ msr: 0x491, msrBit: 0, title: 'VM function 0 (EPTP switching)' }] }],
      ['VMREAD_BITMAP', 0x2026, 'Physical address of the VMREAD bitmap (VMCS shadowing)', { aliases: ['VMREAD_BITMAP_ADDRESS', 'VMREAD_BITMAP_ADDR'], requires: SHADOW }],
      ['VMWRITE_BITMAP', 0x2028, 'Physical address of the VMWRITE bitmap (VMCS shadowing)', { aliases: ['VMWRITE_BITMAP_ADDRESS', 'VMWRITE_BITMAP_ADDR'], requires: SHADOW }],
      ['VE_INFORMATION_ADDRESS', 0x202a, 'Physical address of the virtualization-exception information area', { aliases: ['VIRTUALIZATION_EXCEPTION_INFORMATION_ADDRESS', 'VE_INFO_ADDRESS', 'VE_INFO_ADDR'], requires: VE }],
      ['XSS_EXIT_BITMAP', 0x202c, 'XSS-exiting bitmap (XSAVES/XRSTORS)', { aliases: ['XSS_EXITING_BITMAP'], requires: [c('secondary', 'ENABLE_XSAVES')] }],
      ['ENCLS_EXITING_BITMAP', 0x202e, 'ENCLS-exiting bitmap (one bit per ENCLS leaf)', { requires: [c('secondary', 'ENCLS_EXITING')] }],
      ['SPPT_POINTER', 0x2030, 'Sub-page-permission-table pointer (SPPTP)', { aliases: ['SUB_PAGE_PERMISSION_TABLE_POINTER', 'SPPTP'], requires: [c('secondary', 'SUB_PAGE_WRITE_PERMISSIONS')] }],
      ['TSC_MULTIPLIER', 0x2032, 'TSC multiplier (TSC scaling)', { requires: [c('secondary', 'USE_TSC_SCALING')] }],
      ['TERTIARY_VM_EXEC_CONTROL', 0x2034, 'Tertiary processor-based VM-execution controls', { aliases: ['TERTIARY_PROCESSOR_BASED_VM_EXECUTION_CONTROLS', 'TERTIARY_PROC_BASED_CTLS', 'PROC_BASED_CTLS3', 'CPU_BASED_VM_EXEC_CONTROL3'], requires: [c('primary', 'ACTIVATE_TERTIARY_CONTROLS')] }],
      ['ENCLV_EXITING_BITMAP', 0x2036, 'ENCLV-exiting bitmap (one bit per ENCLV leaf)', { requires: [c('secondary', 'ENABLE_ENCLV_EXITING')] }],
      ['LOW_PASID_DIRECTORY_ADDRESS', 0x2038, 'Low PASID directory address (PASID translation)', { aliases: ['LOW_PASID_DIRECTORY'], requires: PASID }],
      ['HIGH_PASID_DIRECTORY_ADDRESS', 0x203a, 'High PASID directory address (PASID translation)', { aliases: ['HIGH_PASID_DIRECTORY'], requires: PASID }],
      ['SHARED_EPT_POINTER', 0x203c, 'Shared-EPT pointer (SEAM VMX operation, Intel TDX only)', { aliases: ['SHARED_EPTP'], requires: [{ feature: 'SEAM VMX operation (Intel TDX module)' }] }],
      ['PCONFIG_EXITING_BITMAP', 0x203e, 'PCONFIG-exiting bitmap (one bit per PCONFIG leaf)', { requires: [c('secondary', 'ENABLE_PCONFIG')] }],
      ['HLAT_POINTER', 0x2040, 'Hypervisor-managed linear-address translation pointer (HLATP)', { aliases: ['HLATP', 'HYPERVISOR_MANAGED_LINEAR_ADDRESS_TRANSLATION_POINTER'], requires: HLAT }],
      ['PID_POINTER_TABLE', 0x2042, 'Physical address of the PID-pointer table (IPI virtualization)', { aliases: ['PID_POINTER_TABLE_ADDRESS', 'PID_POINTER_TABLE_ADDR'], requires: IPIV }],
      ['SECONDARY_VM_EXIT_CONTROLS', 0x2044, 'Secondary VM-exit controls', { aliases: ['SECONDARY_VM_EXIT_CONTROL', 'VM_EXIT_CONTROLS2', 'EXIT_CTLS2'], requires: [c('exit', 'ACTIVATE_SECONDARY_CONTROLS')], group: G_EXIT }],
      ['IA32_SPEC_CTRL_MASK', 0x204a, 'IA32_SPEC_CTRL mask: bits the guest cannot modify', { aliases: ['SPEC_CTRL_MASK'], requires: SPEC }],
      ['IA32_SPEC_CTRL_SHADOW', 0x204c, 'IA32_SPEC_CTRL shadow: value the guest reads', { aliases: ['SPEC_CTRL_SHADOW'], requires: SPEC }],
      ['INJECTED_EVENT_DATA', 0x2052, 'Injected-event data (FRED event data delivered with an injected event)', { requires: FRED_EVENT, group: G_ENTRY }],
    ],
  },
  // ---- B.2.2 64-bit read-only data fields
  {
    width: '64', type: 'exit-info', group: I_BASIC, sdm: 'SDM Vol 3D App. B.2.2', rows: [
      ['GUEST_PHYSICAL_ADDRESS', 0x2400, 'Guest-physical address of an EPT violation or misconfiguration', { aliases: ['GUEST_PHYS_ADDR', 'GUEST_PHYSICAL_ADDR', 'GPA'], requires: EPT }],
      ['ORIGINAL_EVENT_DATA', 0x2404, 'Original-event data (FRED event data of the event being delivered)', { requires: FRED_EVENT, group: I_DELIV }],
    ],
  },
  // ---- B.2.3 64-bit guest-state fields
  {
    width: '64', type: 'guest', group: G_REG, sdm: 'SDM Vol 3D App. B.2.3', rows: [
      ['VMCS_LINK_POINTER', 0x2800, 'VMCS link pointer (shadow VMCS; all ones when unused)', { aliases: ['VMCS_LINK_PTR', 'GUEST_VMCS_LINK_POINTER'], group: G_NONREG }],
      ['GUEST_IA32_DEBUGCTL', 0x2802, 'Guest IA32_DEBUGCTL', { aliases: ['GUEST_DEBUGCTL'] }],
      ['GUEST_IA32_PAT', 0x2804, 'Guest IA32_PAT', { aliases: ['GUEST_PAT'], requires: [c('entry', 'LOAD_IA32_PAT'), c('exit', 'SAVE_IA32_PAT')] }],
      ['GUEST_IA32_EFER', 0x2806, 'Guest IA32_EFER', { aliases: ['GUEST_EFER'], requires: [c('entry', 'LOAD_IA32_EFER'), c('exit', 'SAVE_IA32_EFER')] }],
      ['GUEST_IA32_PERF_GLOBAL_CTRL', 0x2808, 'Guest IA32_PERF_GLOBAL_CTRL', { aliases: ['GUEST_PERF_GLOBAL_CTRL'], requires: [c('entry', 'LOAD_IA32_PERF_GLOBAL_CTRL'), c('exit', 'SAVE_IA32_PERF_GLOBAL_CTRL')] }],
      ['GUEST_PDPTR0', 0x280a, 'Guest PDPTE0 (PAE paging with EPT)', { aliases: ['GUEST_PDPTE0'], requires: EPT, group: G_NONREG }],
      ['GUEST_PDPTR1', 0x280c, 'Guest PDPTE1 (PAE paging with EPT)', { aliases: ['GUEST_PDPTE1'], requires: EPT, group: G_NONREG }],
      ['GUEST_PDPTR2', 0x280e, 'Guest PDPTE2 (PAE paging with EPT)', { aliases: ['GUEST_PDPTE2'], requires: EPT, group: G_NONREG }],
      ['GUEST_PDPTR3', 0x2810, 'Guest PDPTE3 (PAE paging with EPT)', { aliases: ['GUEST_PDPTE3'], requires: EPT, group: G_NONREG }],
      ['GUEST_BNDCFGS', 0x2812, 'Guest IA32_BNDCFGS', { aliases: ['GUEST_IA32_BNDCFGS'], requires: [c('entry', 'LOAD_IA32_BNDCFGS'), c('exit', 'CLEAR_IA32_BNDCFGS')] }],
      ['GUEST_IA32_RTIT_CTL', 0x2814, 'Guest IA32_RTIT_CTL', { aliases: ['GUEST_RTIT_CTL'], requires: [c('entry', 'LOAD_IA32_RTIT_CTL'), c('exit', 'CLEAR_IA32_RTIT_CTL')] }],
      ['GUEST_IA32_LBR_CTL', 0x2816, 'Guest IA32_LBR_CTL', { aliases: ['GUEST_LBR_CTL'], requires: [c('entry', 'LOAD_IA32_LBR_CTL'), c('exit', 'CLEAR_IA32_LBR_CTL')] }],
      ['GUEST_IA32_PKRS', 0x2818, 'Guest IA32_PKRS', { aliases: ['GUEST_PKRS'], requires: [c('entry', 'LOAD_PKRS')] }],
      ['GUEST_IA32_FRED_CONFIG', 0x281a, 'Guest IA32_FRED_CONFIG', { aliases: ['GUEST_FRED_CONFIG'], requires: FRED_GUEST }],
      ['GUEST_IA32_FRED_RSP1', 0x281c, 'Guest IA32_FRED_RSP1', { aliases: ['GUEST_FRED_RSP1'], requires: FRED_GUEST }],
      ['GUEST_IA32_FRED_RSP2', 0x281e, 'Guest IA32_FRED_RSP2', { aliases: ['GUEST_FRED_RSP2'], requires: FRED_GUEST }],
      ['GUEST_IA32_FRED_RSP3', 0x2820, 'Guest IA32_FRED_RSP3', { aliases: ['GUEST_FRED_RSP3'], requires: FRED_GUEST }],
      ['GUEST_IA32_FRED_STKLVLS', 0x2822, 'Guest IA32_FRED_STKLVLS', { aliases: ['GUEST_FRED_STKLVLS'], requires: FRED_GUEST }],
      ['GUEST_IA32_FRED_SSP1', 0x2824, 'Guest IA32_FRED_SSP1', { aliases: ['GUEST_FRED_SSP1'], requires: FRED_GUEST }],
      ['GUEST_IA32_FRED_SSP2', 0x2826, 'Guest IA32_FRED_SSP2', { aliases: ['GUEST_FRED_SSP2'], requires: FRED_GUEST }],
      ['GUEST_IA32_FRED_SSP3', 0x2828, 'Guest IA32_FRED_SSP3', { aliases: ['GUEST_FRED_SSP3'], requires: FRED_GUEST }],
    ],
  },
  // ---- B.2.4 64-bit host-state fields
  {
    width: '64', type: 'host', group: G_HOST, sdm: 'SDM Vol 3D App. B.2.4', rows: [
      ['HOST_IA32_PAT', 0x2c00, 'Host IA32_PAT', { aliases: ['HOST_PAT'], requires: [c('exit', 'LOAD_IA32_PAT')] }],
      ['HOST_IA32_EFER', 0x2c02, 'Host IA32_EFER', { aliases: ['HOST_EFER'], requires: [c('exit', 'LOAD_IA32_EFER')] }],
      ['HOST_IA32_PERF_GLOBAL_CTRL', 0x2c04, 'Host IA32_PERF_GLOBAL_CTRL', { aliases: ['HOST_PERF_GLOBAL_CTRL'], requires: [c('exit', 'LOAD_IA32_PERF_GLOBAL_CTRL')] }],
      ['HOST_IA32_PKRS', 0x2c06, 'Host IA32_PKRS', { aliases: ['HOST_PKRS'], requires: [c('exit', 'LOAD_PKRS')] }],
      ['HOST_IA32_FRED_CONFIG', 0x2c08, 'Host IA32_FRED_CONFIG', { aliases: ['HOST_FRED_CONFIG'], requires: FRED_HOST }],
      ['HOST_IA32_FRED_RSP1', 0x2c0a, 'Host IA32_FRED_RSP1', { aliases: ['HOST_FRED_RSP1'], requires: FRED_HOST }],
      ['HOST_IA32_FRED_RSP2', 0x2c0c, 'Host IA32_FRED_RSP2', { aliases: ['HOST_FRED_RSP2'], requires: FRED_HOST }],
      ['HOST_IA32_FRED_RSP3', 0x2c0e, 'Host IA32_FRED_RSP3', { aliases: ['HOST_FRED_RSP3'], requires: FRED_HOST }],
      ['HOST_IA32_FRED_STKLVLS', 0x2c10, 'Host IA32_FRED_STKLVLS', { aliases: ['HOST_FRED_STKLVLS'], requires: FRED_HOST }],
      ['HOST_IA32_FRED_SSP1', 0x2c12, 'Host IA32_FRED_SSP1', { aliases: ['HOST_FRED_SSP1'], requires: FRED_HOST }],
      ['HOST_IA32_FRED_SSP2', 0x2c14, 'Host IA32_FRED_SSP2', { aliases: ['HOST_FRED_SSP2'], requires: FRED_HOST }],
      ['HOST_IA32_FRED_SSP3', 0x2c16, 'Host IA32_FRED_SSP3', { aliases: ['HOST_FRED_SSP3'], requires: FRED_HOST }],
    ],
  },
  // ---- B.3.1 32-bit control fields
  {
    width: '32', type: 'control', group: G_EXEC, sdm: 'SDM Vol 3D App. B.3.1', rows: [
      ['PIN_BASED_VM_EXEC_CONTROL', 0x4000, 'Pin-based VM-execution controls', { aliases: ['PIN_BASED_VM_EXECUTION_CONTROLS', 'PIN_BASED_CTLS', 'PIN_BASED_CONTROLS', 'PINBASED_CTLS'] }],
      ['CPU_BASED_VM_EXEC_CONTROL', 0x4002, 'Primary processor-based VM-execution controls', { aliases: ['PRIMARY_PROCESSOR_BASED_VM_EXECUTION_CONTROLS', 'PROC_BASED_CTLS', 'PRIMARY_PROC_BASED_CTLS', 'PROCBASED_CTLS', 'PROCESSOR_BASED_VM_EXECUTION_CONTROLS'] }],
      ['EXCEPTION_BITMAP', 0x4004, 'Exception bitmap: one bit per vector; 1 = the exception causes a VM exit'],
      ['PAGE_FAULT_ERROR_CODE_MASK', 0x4006, 'Page-fault error-code mask', { aliases: ['PF_ERROR_CODE_MASK', 'PAGE_FAULT_ERRORCODE_MASK'] }],
      ['PAGE_FAULT_ERROR_CODE_MATCH', 0x4008, 'Page-fault error-code match', { aliases: ['PF_ERROR_CODE_MATCH', 'PAGE_FAULT_ERRORCODE_MATCH'] }],
      ['CR3_TARGET_COUNT', 0x400a, 'CR3-target count'],
      ['VM_EXIT_CONTROLS', 0x400c, 'Primary VM-exit controls', { aliases: ['PRIMARY_VM_EXIT_CONTROLS', 'VM_EXIT_CONTROL', 'EXIT_CTLS', 'VMEXIT_CONTROLS'], group: G_EXIT }],
      ['VM_EXIT_MSR_STORE_COUNT', 0x400e, 'VM-exit MSR-store count', { group: G_EXIT }],
      ['VM_EXIT_MSR_LOAD_COUNT', 0x4010, 'VM-exit MSR-load count', { group: G_EXIT }],
      ['VM_ENTRY_CONTROLS', 0x4012, 'VM-entry controls', { aliases: ['VM_ENTRY_CONTROL', 'ENTRY_CTLS', 'VMENTRY_CONTROLS'], group: G_ENTRY }],
      ['VM_ENTRY_MSR_LOAD_COUNT', 0x4014, 'VM-entry MSR-load count', { group: G_ENTRY }],
      ['VM_ENTRY_INTR_INFO_FIELD', 0x4016, 'VM-entry interruption-information field (event injection)', { aliases: ['VM_ENTRY_INTR_INFO', 'VM_ENTRY_INTERRUPTION_INFORMATION', 'VM_ENTRY_INTERRUPTION_INFO', 'VM_ENTRY_INTERRUPTION_INFORMATION_FIELD'], group: G_ENTRY }],
      ['VM_ENTRY_EXCEPTION_ERROR_CODE', 0x4018, 'VM-entry exception error code', { aliases: ['VM_ENTRY_EXCEPTION_ERRORCODE'], group: G_ENTRY }],
      ['VM_ENTRY_INSTRUCTION_LEN', 0x401a, 'VM-entry instruction length (software interrupts and exceptions)', { aliases: ['VM_ENTRY_INSTRUCTION_LENGTH'], group: G_ENTRY }],
      ['TPR_THRESHOLD', 0x401c, 'TPR threshold', { requires: [c('primary', 'USE_TPR_SHADOW')] }],
      ['SECONDARY_VM_EXEC_CONTROL', 0x401e, 'Secondary processor-based VM-execution controls', { aliases: ['SECONDARY_PROCESSOR_BASED_VM_EXECUTION_CONTROLS', 'PROC_BASED_CTLS2', 'SECONDARY_PROC_BASED_CTLS', 'PROCBASED_CTLS2', 'CPU_BASED_VM_EXEC_CONTROL2'], requires: [c('primary', 'ACTIVATE_SECONDARY_CONTROLS')] }],
      ['PLE_GAP', 0x4020, 'PAUSE-loop exiting gap', { requires: [c('secondary', 'PAUSE_LOOP_EXITING')] }],
      ['PLE_WINDOW', 0x4022, 'PAUSE-loop exiting window', { requires: [c('secondary', 'PAUSE_LOOP_EXITING')] }],
      ['NOTIFY_WINDOW', 0x4024, 'Instruction-timeout control (notify window)', { aliases: ['INSTRUCTION_TIMEOUT_CONTROL'], requires: [c('secondary', 'INSTRUCTION_TIMEOUT')] }],
    ],
  },
  // ---- B.3.2 32-bit read-only data fields
  {
    width: '32', type: 'exit-info', group: I_BASIC, sdm: 'SDM Vol 3D App. B.3.2', rows: [
      ['VM_INSTRUCTION_ERROR', 0x4400, 'VM-instruction error number of the last VMfailValid', { aliases: ['VM_INSTRUCTION_ERROR_FIELD', 'VMX_INSTRUCTION_ERROR'], group: I_ERR }],
      ['VM_EXIT_REASON', 0x4402, 'Exit reason: basic reason (15:0) and flags', { aliases: ['EXIT_REASON', 'VMEXIT_REASON'] }],
      ['VM_EXIT_INTR_INFO', 0x4404, 'VM-exit interruption information', { aliases: ['VM_EXIT_INTERRUPTION_INFORMATION', 'VM_EXIT_INTERRUPTION_INFO', 'EXIT_INTR_INFO'], group: I_VEC }],
      ['VM_EXIT_INTR_ERROR_CODE', 0x4406, 'VM-exit interruption error code', { aliases: ['VM_EXIT_INTERRUPTION_ERROR_CODE', 'EXIT_INTR_ERROR_CODE'], group: I_VEC }],
      ['IDT_VECTORING_INFO_FIELD', 0x4408, 'IDT-vectoring information (event being delivered when the VM exit occurred)', { aliases: ['IDT_VECTORING_INFO', 'IDT_VECTORING_INFORMATION', 'IDT_VECTORING_INFORMATION_FIELD'], group: I_DELIV }],
      ['IDT_VECTORING_ERROR_CODE', 0x440a, 'IDT-vectoring error code', { group: I_DELIV }],
      ['VM_EXIT_INSTRUCTION_LEN', 0x440c, 'VM-exit instruction length', { aliases: ['VM_EXIT_INSTRUCTION_LENGTH', 'EXIT_INSTRUCTION_LEN', 'EXIT_INSTRUCTION_LENGTH'], group: I_INSTR }],
      ['VMX_INSTRUCTION_INFO', 0x440e, 'VM-exit instruction information', { aliases: ['VM_EXIT_INSTRUCTION_INFORMATION', 'VM_EXIT_INSTRUCTION_INFO', 'EXIT_INSTRUCTION_INFO', 'VMX_INSTRUCTION_INFORMATION'], group: I_INSTR }],
    ],
  },
  // ---- B.3.3 32-bit guest-state fields
  {
    width: '32', type: 'guest', group: G_REG, sdm: 'SDM Vol 3D App. B.3.3', rows: [
      ...segRows(0x4800, 'LIMIT', 'segment limit', []),
      ['GUEST_GDTR_LIMIT', 0x4810, 'Guest GDTR limit'],
      ['GUEST_IDTR_LIMIT', 0x4812, 'Guest IDTR limit'],
      ...segRows(0x4814, 'AR_BYTES', 'access rights', ['ACCESS_RIGHTS', 'AR', 'ACCESS_RIGHTS_BYTES', 'RIGHTS']),
      ['GUEST_INTERRUPTIBILITY_INFO', 0x4824, 'Guest interruptibility state', { aliases: ['GUEST_INTERRUPTIBILITY_STATE', 'GUEST_INTERRUPTIBILITY', 'GUEST_INTR_STATE'], group: G_NONREG }],
      ['GUEST_ACTIVITY_STATE', 0x4826, 'Guest activity state (0 active, 1 HLT, 2 shutdown, 3 wait-for-SIPI)', { group: G_NONREG }],
      ['GUEST_SMBASE', 0x4828, 'Guest SMBASE', { aliases: ['GUEST_SM_BASE', 'GUEST_IA32_SMBASE'] }],
      ['GUEST_SYSENTER_CS', 0x482a, 'Guest IA32_SYSENTER_CS', { aliases: ['GUEST_IA32_SYSENTER_CS'] }],
      ['VMX_PREEMPTION_TIMER_VALUE', 0x482e, 'VMX-preemption timer value', { aliases: ['GUEST_VMX_PREEMPTION_TIMER_VALUE', 'PREEMPTION_TIMER_VALUE', 'GUEST_PREEMPTION_TIMER'], requires: [c('pin', 'ACTIVATE_PREEMPTION_TIMER')], group: G_NONREG }],
    ],
  },
  // ---- B.3.4 32-bit host-state field
  {
    width: '32', type: 'host', group: G_HOST, sdm: 'SDM Vol 3D App. B.3.4', rows: [
      ['HOST_IA32_SYSENTER_CS', 0x4c00, 'Host IA32_SYSENTER_CS', { aliases: ['HOST_SYSENTER_CS'] }],
    ],
  },
  // ---- B.4.1 natural-width control fields
  {
    width: 'natural', type: 'control', group: G_EXEC, sdm: 'SDM Vol 3D App. B.4.1', rows: [
      ['CR0_GUEST_HOST_MASK', 0x6000, 'CR0 guest/host mask: 1 = bit owned by the host', { aliases: ['CR0_MASK'] }],
      ['CR4_GUEST_HOST_MASK', 0x6002, 'CR4 guest/host mask: 1 = bit owned by the host', { aliases: ['CR4_MASK'] }],
      ['CR0_READ_SHADOW', 0x6004, 'CR0 read shadow (value the guest reads for host-owned bits)', { aliases: ['CR0_SHADOW'] }],
      ['CR4_READ_SHADOW', 0x6006, 'CR4 read shadow (value the guest reads for host-owned bits)', { aliases: ['CR4_SHADOW'] }],
      ['CR3_TARGET_VALUE0', 0x6008, 'CR3-target value 0', { aliases: ['CR3_TARGET_VALUE_0'] }],
      ['CR3_TARGET_VALUE1', 0x600a, 'CR3-target value 1', { aliases: ['CR3_TARGET_VALUE_1'] }],
      ['CR3_TARGET_VALUE2', 0x600c, 'CR3-target value 2', { aliases: ['CR3_TARGET_VALUE_2'] }],
      ['CR3_TARGET_VALUE3', 0x600e, 'CR3-target value 3', { aliases: ['CR3_TARGET_VALUE_3'] }],
    ],
  },
  // ---- B.4.2 natural-width read-only data fields
  {
    width: 'natural', type: 'exit-info', group: I_BASIC, sdm: 'SDM Vol 3D App. B.4.2', rows: [
      ['EXIT_QUALIFICATION', 0x6400, 'Exit qualification', { aliases: ['VM_EXIT_QUALIFICATION', 'EXIT_QUAL'] }],
      ['IO_RCX', 0x6402, 'I/O RCX (SMM VM exits after I/O instructions)', { aliases: ['IO_RCX_VALUE'], group: I_INSTR }],
      ['IO_RSI', 0x6404, 'I/O RSI (SMM VM exits after I/O instructions)', { aliases: ['IO_RSI_VALUE'], group: I_INSTR }],
      ['IO_RDI', 0x6406, 'I/O RDI (SMM VM exits after I/O instructions)', { aliases: ['IO_RDI_VALUE'], group: I_INSTR }],
      ['IO_RIP', 0x6408, 'I/O RIP (SMM VM exits after I/O instructions)', { aliases: ['IO_RIP_VALUE'], group: I_INSTR }],
      ['GUEST_LINEAR_ADDRESS', 0x640a, 'Guest-linear address', { aliases: ['GUEST_LINEAR_ADDR', 'GLA'] }],
    ],
  },
  // ---- B.4.3 natural-width guest-state fields
  {
    width: 'natural', type: 'guest', group: G_REG, sdm: 'SDM Vol 3D App. B.4.3', rows: [
      ['GUEST_CR0', 0x6800, 'Guest CR0'],
      ['GUEST_CR3', 0x6802, 'Guest CR3'],
      ['GUEST_CR4', 0x6804, 'Guest CR4'],
      ...segRows(0x6806, 'BASE', 'segment base', []),
      ['GUEST_GDTR_BASE', 0x6816, 'Guest GDTR base'],
      ['GUEST_IDTR_BASE', 0x6818, 'Guest IDTR base'],
      ['GUEST_DR7', 0x681a, 'Guest DR7'],
      ['GUEST_RSP', 0x681c, 'Guest RSP'],
      ['GUEST_RIP', 0x681e, 'Guest RIP'],
      ['GUEST_RFLAGS', 0x6820, 'Guest RFLAGS'],
      ['GUEST_PENDING_DBG_EXCEPTIONS', 0x6822, 'Guest pending debug exceptions', { aliases: ['GUEST_PENDING_DEBUG_EXCEPTIONS', 'GUEST_PENDING_DEBUG_EXCEPTION', 'PENDING_DEBUG_EXCEPTIONS'], group: G_NONREG }],
      ['GUEST_SYSENTER_ESP', 0x6824, 'Guest IA32_SYSENTER_ESP', { aliases: ['GUEST_IA32_SYSENTER_ESP'] }],
      ['GUEST_SYSENTER_EIP', 0x6826, 'Guest IA32_SYSENTER_EIP', { aliases: ['GUEST_IA32_SYSENTER_EIP'] }],
      ['GUEST_S_CET', 0x6828, 'Guest IA32_S_CET', { aliases: ['GUEST_IA32_S_CET'], requires: CET_GUEST }],
      ['GUEST_SSP', 0x682a, 'Guest SSP (shadow-stack pointer)', { requires: CET_GUEST }],
      ['GUEST_INTR_SSP_TABLE', 0x682c, 'Guest IA32_INTERRUPT_SSP_TABLE_ADDR', { aliases: ['GUEST_IA32_INTERRUPT_SSP_TABLE_ADDR', 'GUEST_INTERRUPT_SSP_TABLE_ADDR'], requires: CET_GUEST }],
    ],
  },
  // ---- B.4.4 natural-width host-state fields
  {
    width: 'natural', type: 'host', group: G_HOST, sdm: 'SDM Vol 3D App. B.4.4', rows: [
      ['HOST_CR0', 0x6c00, 'Host CR0'],
      ['HOST_CR3', 0x6c02, 'Host CR3'],
      ['HOST_CR4', 0x6c04, 'Host CR4'],
      ['HOST_FS_BASE', 0x6c06, 'Host FS base'],
      ['HOST_GS_BASE', 0x6c08, 'Host GS base'],
      ['HOST_TR_BASE', 0x6c0a, 'Host TR base'],
      ['HOST_GDTR_BASE', 0x6c0c, 'Host GDTR base'],
      ['HOST_IDTR_BASE', 0x6c0e, 'Host IDTR base'],
      ['HOST_IA32_SYSENTER_ESP', 0x6c10, 'Host IA32_SYSENTER_ESP', { aliases: ['HOST_SYSENTER_ESP'] }],
      ['HOST_IA32_SYSENTER_EIP', 0x6c12, 'Host IA32_SYSENTER_EIP', { aliases: ['HOST_SYSENTER_EIP'] }],
      ['HOST_RSP', 0x6c14, 'Host RSP (loaded on VM exit)'],
      ['HOST_RIP', 0x6c16, 'Host RIP (VM-exit handler entry point)'],
      ['HOST_S_CET', 0x6c18, 'Host IA32_S_CET', { aliases: ['HOST_IA32_S_CET'], requires: CET_HOST }],
      ['HOST_SSP', 0x6c1a, 'Host SSP (shadow-stack pointer)', { requires: CET_HOST }],
      ['HOST_INTR_SSP_TABLE', 0x6c1c, 'Host IA32_INTERRUPT_SSP_TABLE_ADDR', { aliases: ['HOST_IA32_INTERRUPT_SSP_TABLE_ADDR', 'HOST_INTERRUPT_SSP_TABLE_ADDR'], requires: CET_HOST }],
    ],
  },
];

/** The raw sections (width/type declared per section) - exported so tests can check rows against their encodings. */
export const VMCS_FIELD_SECTIONS: readonly { readonly width: VmcsWidth; readonly type: VmcsType; readonly sdm: string; readonly names: readonly string[] }[] =
  SECTIONS.map((s) => ({ width: s.width, type: s.type, sdm: s.sdm, names: s.rows.map((r) => r[0]) }));

/** Every VMCS field, in SDM Appendix B order. */
export const VMCS_FIELDS: readonly VmcsField[] = Object.freeze(
  SECTIONS.flatMap((s) =>
    s.rows.map(([name, encoding, description, opts]): VmcsField => {
      const d = decodeVmcsEncoding(encoding);
      return Object.freeze({
        name,
        encoding,
        width: d.width,
        type: d.type,
        readOnly: d.type === 'exit-info',
        index: d.index,
        description,
        ...(opts?.requires ? { requires: opts.requires } : {}),
        sdmGroup: opts?.group ?? s.group,
        aliases: Object.freeze([...(opts?.aliases ?? [])]),
        sdm: s.sdm,
      });
    }),
  ),
);

const byName = new Map<string, VmcsField>();
const byEncoding = new Map<number, VmcsField>();
for (const f of VMCS_FIELDS) {
  byEncoding.set(f.encoding, f);
  byName.set(f.name, f);
  for (const a of f.aliases) byName.set(a, f);
}

/** Name/alias (upper case) -> field, so `VMCS.GUEST_RIP` and `VMCS.GUEST_CS_ACCESS_RIGHTS` work. */
export const VMCS: Readonly<Record<string, VmcsField>> = Object.freeze(Object.fromEntries(byName));

/** Name/alias (upper case) -> encoding. */
export const VMCS_ENCODING: Readonly<Record<string, number>> = Object.freeze(Object.fromEntries([...byName].map(([n, f]) => [n, f.encoding])));

/** Case-insensitive lookup by name or alias; `<NAME>_HIGH` returns the 64-bit field too (see lookupVmcsName). */
export function vmcsFieldByName(name: string): VmcsField | undefined {
  return lookupVmcsName(name)?.field;
}

export interface VmcsFieldRef {
  readonly field: VmcsField;
  /** True when the name/encoding selects the high 32 bits of a 64-bit field (access type high). */
  readonly high: boolean;
  /** The encoding actually named (field.encoding, or field.encoding | 1 for the high half). */
  readonly encoding: number;
}

export function lookupVmcsName(name: string): VmcsFieldRef | undefined {
  const n = name.trim().toUpperCase();
  const f = byName.get(n);
  if (f) return { field: f, high: false, encoding: f.encoding };
  if (n.endsWith('_HIGH')) {
    const g = byName.get(n.slice(0, -5));
    if (g && g.width === '64') return { field: g, high: true, encoding: g.encoding | 1 };
  }
  if (n.endsWith('_FULL')) {
    const g = byName.get(n.slice(0, -5));
    if (g && g.width === '64') return { field: g, high: false, encoding: g.encoding };
  }
  return undefined;
}

/** Lookup by encoding, including the high-half encodings (encoding | 1) of 64-bit fields. */
export function lookupVmcsEncoding(encoding: number): VmcsFieldRef | undefined {
  const e = encoding >>> 0;
  if (e & 1) {
    const f = byEncoding.get(e & ~1);
    return f && f.width === '64' ? { field: f, high: true, encoding: e } : undefined;
  }
  const f = byEncoding.get(e);
  return f ? { field: f, high: false, encoding: e } : undefined;
}

export function vmcsFieldByEncoding(encoding: number): VmcsField | undefined {
  return lookupVmcsEncoding(encoding)?.field;
}

/** Display name of an encoding: the field name, `<NAME>_HIGH`, or `unknown VMCS field 0x....`. */
export function vmcsFieldName(encoding: number): string {
  const r = lookupVmcsEncoding(encoding);
  if (!r) return `unknown VMCS field 0x${(encoding >>> 0).toString(16).padStart(4, '0')}`;
  return r.high ? `${r.field.name}_HIGH` : r.field.name;
}

/** Bytes needed to hold the field's value in 64-bit mode (natural width = 8). */
export function vmcsFieldBytes(width: VmcsWidth): 2 | 4 | 8 {
  return width === '16' ? 2 : width === '32' ? 4 : 8;
}

/** Highest index (bits 9:1) over a set of fields: the value of IA32_VMX_VMCS_ENUM[9:1] for a CPU supporting them. */
export function vmcsHighestIndex(fields: readonly VmcsField[] = VMCS_FIELDS): number {
  return fields.reduce((m, f) => Math.max(m, f.index), 0);
}

/** Highest index over every field of the table (0x29 = INJECTED_EVENT_DATA). */
export const VMCS_ENUM_HIGHEST_INDEX = vmcsHighestIndex();

/** IA32_VMX_VMCS_ENUM value for a set of supported fields (SDM Vol 3D App. A.9). */
export function vmcsEnumValue(fields: readonly VmcsField[] = VMCS_FIELDS): bigint {
  return BigInt(vmcsHighestIndex(fields) << 1);
}

/** Fields grouped for views, in SDM_GROUPS order. */
export function vmcsFieldsByGroup(fields: readonly VmcsField[] = VMCS_FIELDS): ReadonlyMap<SdmGroup, readonly VmcsField[]> {
  const m = new Map<SdmGroup, VmcsField[]>(SDM_GROUPS.map((g) => [g, []]));
  for (const f of fields) m.get(f.sdmGroup)!.push(f);
  return m;
}
