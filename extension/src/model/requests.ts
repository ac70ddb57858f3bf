/**
 * Shapes of the adapter's custom requests as the extension uses them. The existing ones come from
 * debug-adapter/protocol.ts (plain data, no emulator code). The ones marked REQUESTED do not exist in
 * the adapter yet: the views show "not available from this adapter" until they do (README.md,
 * "The VS Code extension", "Views").
 */
export type {
  VmcsResponseBody, VmcsFieldSnapshot, VmcsRequestArguments, ExitsResponseBody, ExitRecordSnapshot, ExitsRequestArguments,
  VmxStateBody, VmxLaunchArguments,
} from '../../../debug-adapter/protocol';
export { EXCEPTION_FILTERS, EXIT_BREAKPOINT_PREFIX } from '../../../debug-adapter/protocol';

/** Commands of the custom requests. */
export const REQ = {
  vmcs: 'vmx/vmcs',
  exits: 'vmx/exits',
  state: 'vmx/state',
  /** REQUESTED */
  levels: 'vmx/levels',
  /** REQUESTED */
  ept: 'vmx/ept',
  /** REQUESTED */
  translate: 'vmx/translate',
} as const;

// ------------------------------------------------------------------------------------------------ vmx/levels (REQUESTED)

/** `vmx/levels` (no arguments): the nesting levels L0..Ln as the nesting reconstruction sees them. */
export interface LevelsResponseBody {
  /** Level of the code that runs now. */
  current: number;
  levels: LevelSnapshot[];
}
export interface VmcsRef {
  /** Address as the level that uses it sees it (guest-physical for guest hypervisors). */
  address: string;
  /** e.g. "vmcs01", "vmcs02", "vmcs12", "shadow"; free text. */
  role?: string;
  launched: boolean;
  /** The level's current VMCS. */
  current: boolean;
}
export interface LevelSnapshot {
  level: number;
  mode: 'root' | 'guest' | 'guest-hypervisor';
  running: boolean;
  inVmx: boolean;
  vmxonPointer?: string;
  currentVmcs?: string;
  /** Every VMCS the level used (L0: the hardware VMCSs; Lk: reconstructed ones). */
  vmcss: VmcsRef[];
  /** The hardware (L0) VMCS whose guest is this level's code, when known. */
  hardwareVmcs?: string;
  /** Where the level continues when it is not the one running. */
  resumesAt?: { rip: string; rsp?: string; from: string; source?: { path: string; line: number } };
}

// ------------------------------------------------------------------------------------------------ vmx/vmcs extension (REQUESTED)

/**
 * `vmx/vmcs` with `{ level: k, address: "0x..." }` for k >= 1 answers a guest hypervisor's
 * reconstructed VMCS: same VmcsResponseBody, only observed fields, `available: true`.
 */
export interface VmcsByAddressArguments { level?: number; address?: string; includeUnsupported?: boolean }

// ------------------------------------------------------------------------------------------------ vmx/ept (REQUESTED)

/**
 * `vmx/ept`: one EPT paging-structure table (host-physical), non-zero entries only.
 * Arguments: `{ eptp?: string, table?: string, tableLevel?: 4|3|2|1 }`; without `table` the PML4 of
 * `eptp` (default: EPT_POINTER of the current VMCS).
 */
export interface EptRequestArguments { eptp?: string; table?: string; tableLevel?: number }
export interface EptTableBody {
  available: boolean;
  reason?: string;
  eptp?: string;
  /** Host-physical address of this table. */
  table?: string;
  /** 4 = PML4, 3 = PDPT, 2 = PD, 1 = PT. */
  tableLevel?: number;
  entries?: { index: number; value: string }[];
}

// ------------------------------------------------------------------------------------------------ vmx/translate (REQUESTED)

/** `vmx/translate`: `{ gpa: string, eptp?: string }` -> the EPT walk (as eptTranslateForDebugger does it). */
export interface TranslateRequestArguments { gpa: string; eptp?: string }
export interface TranslateBody {
  ok: boolean;
  eptp: string;
  gpa: string;
  hpa?: string;
  /** Top-down: PML4E, PDPTE, PDE, PTE (fewer with large pages or a fault). */
  steps: { name: string; level: number; entryAddress: string; value: string }[];
  /** Why the walk failed (violation or misconfiguration), in words; names the last step. */
  problem?: string;
  misconfig?: boolean;
  pageSize?: number;
}
