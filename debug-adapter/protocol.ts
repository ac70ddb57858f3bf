/**
 * The VMX Debugger's additions to the Debug Adapter Protocol: the `launch` arguments, the exception
 * filters, the function-breakpoint syntax for exit reasons and the custom requests the extension's
 * views use. Everything here is plain data so the extension can import these types without pulling
 * in the emulator.
 *
 * Custom requests (send them with `session.customRequest(command, args)` in VS Code):
 *   - `vmx/vmcs`  {@link VmcsRequestArguments}  -> {@link VmcsResponseBody}   the current VMCS, grouped as the SDM groups
 *                 it, with "changed since the previous stop" marks and decoded values
 *   - `vmx/exits` {@link ExitsRequestArguments} -> {@link ExitsResponseBody}  the VM-exit history, newest first, bounded
 *   - `vmx/state` (no arguments)                -> {@link VmxStateBody}       VMX operation, level, pointers, last failure/exit
 *   - `vmx/levels` (no arguments)               -> {@link LevelsResponseBody} the nesting levels L0..Ln, their VMCSs and resume points
 *   - `vmx/ept`   {@link EptRequestArguments}   -> {@link EptTableBody}       one EPT paging-structure table (non-zero entries)
 *   - `vmx/translate` {@link TranslateRequestArguments} -> {@link TranslateBody} the EPT walk of a guest-physical address
 *   - `vmx/signal` {@link SignalRequestArguments} -> {@link SignalResponseBody} sends the processor an NMI, INIT or start-up
 *                 IPI (taken at the next instruction boundary: VM exits 0/3/4 in non-root operation, see emulator/vmx/signals.ts)
 * They answer with an error while the target runs or before `launch`.
 */

/** `launch` request arguments (launch.json of debug type "vmx"). */
export interface VmxLaunchArguments {
  /** Program to debug: a NASM-dialect source (.asm/.nasm/.s/.inc) or a raw image. Required. */
  program: string;
  /** `asm` or `bin`; default from the file extension. */
  format?: 'asm' | 'bin';
  /** `long64` (64-bit mode, identity paging) or `real`; default: `real` for boot-sector sources and raw images, else `long64`. */
  startState?: 'long64' | 'real';
  /** Load address of a raw image: a number or a string like "0x7c00". */
  loadAddress?: number | string;
  /** Stop at the first instruction (default false: run to the first breakpoint). */
  stopOnEntry?: boolean;
  /** VMX capability profile: 'default', 'icelake-sp', restrictions like 'no-true-controls' (comma-separated). */
  cpuProfile?: string;
  /** Explicit VMX capability MSR values, e.g. { "0x480": "0xda0400000000001" }; exclusive with cpuProfile. */
  capabilityMsrs?: Record<string, string>;
  /** Guest RAM in MiB (default 256). */
  memoryMiB?: number;
  /** IA32_FEATURE_CONTROL as firmware leaves it (default locked with VMX outside SMX enabled). */
  featureControl?: { locked?: boolean; vmxOutsideSmx?: boolean; vmxInsideSmx?: boolean };
  /** Extra %include directories. */
  includePaths?: string[];
  /** Stop (and end the session on the next resume) after this many instructions. */
  maxInstructions?: number;
  /** Cache EPT translations like hardware and report stale ones (a missing INVEPT) as a stop. */
  strictTlb?: boolean;
  /** Print every VM exit (with levels) to the debug console. */
  traceExits?: boolean;
  /** Set by VS Code for "Run Without Debugging": breakpoints and exception filters are ignored. */
  noDebug?: boolean;
}

/**
 * Exception-breakpoint filters (`setExceptionBreakpoints`). `vmexit` accepts a condition (an
 * expression as in the debug console, e.g. `exit.reason == 10 && rax == 0`).
 */
export const EXCEPTION_FILTERS = {
  vmexit: 'vmexit',
  vmxFailure: 'vmx-failure',
  entryFailure: 'entry-failure',
  tripleFault: 'triple-fault',
  magic: 'magic',
  guestException: 'guest-exception',
} as const;
export type ExceptionFilterId = (typeof EXCEPTION_FILTERS)[keyof typeof EXCEPTION_FILTERS];

/**
 * Exit-reason breakpoints are function breakpoints whose name starts with `exit:` so that VS Code
 * shows them in the BREAKPOINTS view, lets the user edit them and keeps them across sessions:
 *
 *     exit:<reason>[ from L<n>][ to L<n>]
 *
 * - `<reason>`: a basic exit-reason name from the architectural table (`CPUID`, `EPT_VIOLATION`,
 *   `IO_INSTRUCTION`, `MSR_READ`, ...; case-insensitive, the `EXIT_REASON_` prefix and the table's
 *   aliases are accepted), a number (`10`, `0x30`), or `*` for every exit.
 * - `from L<n>`: the level whose execution caused the exit (the guest); `to L<n>`: the level that
 *   receives it: a hardware exit is always received by L0; an exit a guest hypervisor receives
 *   (e.g. `from L2 to L1`) is a reflected one, stopped at that hypervisor's handler.
 * - `hardware` or `virtual`: only exits delivered by the processor, or only reflected ones.
 * - `if <expr>`: a condition over the exit (qual, gpa, gla, rip, reason, len, intr, idt, from, to,
 *   virtual, field, value, ptr) and the exiting guest's registers (rax..r15).
 * - Several reasons: `exit:CPUID,MSR_READ`.
 * - The breakpoint's condition and hit count work as for other breakpoints; in the condition
 *   `exit.reason`, `exit.qualification`, `exit.guestRip`, `exit.guestLinear` and `exit.guestPhysical`
 *   describe the exit being considered, registers and `vmcs.*` are the state after the exit.
 *
 * Examples: `exit:CPUID`, `exit:10`, `exit:EPT_VIOLATION from L2`, `exit:CPUID from L2 to L1`,
 * `exit:* to L0`, `exit:EPT_VIOLATION virtual if qual & 2`.
 * Any other function-breakpoint name is a label (e.g. `vmexit_handler`, `print_str.next`).
 */
export const EXIT_BREAKPOINT_PREFIX = 'exit:';

// ------------------------------------------------------------------------------------------------ vmx/vmcs

export interface VmcsRequestArguments {
  /** Nesting level whose VMCS to show: 0 (default) the hardware VMCSs, k >= 1 a guest hypervisor's reconstructed VMCS. */
  level?: number;
  /** Which VMCS of that level (default: its current one). */
  address?: string;
  /** Include fields this CPU profile does not support (default false). */
  includeUnsupported?: boolean;
}
export interface VmcsFieldSnapshot {
  name: string;
  /** Full-field encoding, e.g. 0x681e. */
  encoding: number;
  group: string;
  width: '16' | '32' | '64' | 'natural';
  type: 'control' | 'exit-info' | 'guest' | 'host';
  readOnly: boolean;
  supported: boolean;
  /** Hex value, e.g. "0x0000000000100148". */
  value: string;
  /** Value differs from the one at the previous stop (false at the first stop). */
  changed: boolean;
  /** Decoded meaning (control bits, access rights, exit reason...), when the field has one. */
  decoded?: string[];
  description: string;
  /** Reconstructed VMCSs: how the field was observed ('vmwrite', 'shadow-vmwrite', 'vmread', 'shadow'). */
  source?: string;
}
export interface VmcsResponseBody {
  /** false when there is no current VMCS (then only `reason` is set). */
  available: boolean;
  reason?: string;
  address?: string;
  launchState?: 'clear' | 'launched';
  revisionId?: string;
  shadowIndicator?: boolean;
  level?: number;
  /** e.g. "vmcs01", "vmcs12 (reconstructed)" */
  role?: string;
  /** true for a guest hypervisor's VMCS rebuilt from its VMX traffic (only observed fields are listed) */
  reconstructed?: boolean;
  groups?: { name: string; fields: VmcsFieldSnapshot[] }[];
}

// ------------------------------------------------------------------------------------------------ vmx/exits

export interface ExitsRequestArguments {
  /** Maximum number of records (default 100, at most 1000). */
  limit?: number;
}
export interface ExitRecordSnapshot {
  seq: number;
  reason: number;
  name: string;
  /** Full 32-bit exit-reason field, hex. */
  fullReason: string;
  entryFailure: boolean;
  qualification: string;
  guestRip: string;
  guestLinear?: string;
  guestPhysical?: string;
  hostRip: string;
  vmcs: string;
  tsc: number;
  /** Level that exited and level that received the exit. */
  fromLevel: number;
  toLevel: number;
  /** Hardware exit (true) or a reflected (virtual) exit reconstructed by the nesting model. */
  hardware: boolean;
  /** One-line description as in stop descriptions. */
  text: string;
  detail?: string;
}
export interface ExitsResponseBody {
  /** Exits since the program was loaded (the history keeps the latest ones only). */
  total: number;
  exits: ExitRecordSnapshot[];
}

// ------------------------------------------------------------------------------------------------ vmx/state

export interface VmxStateBody {
  /** CPUID reports VMX on this machine. */
  vmxSupported: boolean;
  inVmxOperation: boolean;
  /** 'off' outside VMX operation. */
  operation: 'off' | 'root' | 'non-root';
  /** Nesting level of the code being run (0 = outermost hypervisor). */
  level: number;
  cpuMode: string;
  vmxonPointer?: string;
  currentVmcs?: string;
  launchState?: 'clear' | 'launched';
  lastFailure?: string;
  lastEntryFailure?: string;
  lastExit?: string;
  counters: { exits: number; entries: number; failures: number };
  capabilityProfile: string[];
  instructions: number;
  /** EPT translations are cached like hardware does and stale ones reported (launch argument strictTlb). */
  strictTlb?: boolean;
  /** The capability profile launched with (launch argument cpuProfile, or explicit capabilityMsrs). */
  cpuProfile?: string;
}

// ------------------------------------------------------------------------------------------------ vmx/levels

/** `vmx/levels` (no arguments): the nesting levels L0..Ln as the nesting reconstruction sees them. */
export interface LevelsResponseBody {
  /** Level of the code that runs now. */
  current: number;
  levels: LevelSnapshot[];
}
export interface VmcsRef {
  /** Address as the level that uses it sees it (guest-physical for guest hypervisors). */
  address: string;
  /** e.g. "vmcs01", "vmcs02", "vmcs12". */
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

// ------------------------------------------------------------------------------------------------ vmx/ept, vmx/translate

/**
 * `vmx/ept`: one EPT paging-structure table (host-physical), non-zero entries only. Without `table`,
 * the PML4 of `eptp` (default: EPT_POINTER of the current VMCS).
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

/** `vmx/translate`: the EPT walk of a guest-physical address (default EPTP: the current VMCS's). */
export interface TranslateRequestArguments { gpa: string; eptp?: string }
export interface TranslateBody {
  ok: boolean;
  eptp: string;
  gpa: string;
  hpa?: string;
  /** Top-down: PML4E, PDPTE, PDE, PTE (fewer with large pages or a fault); level 4 = PML4E. */
  steps: { name: string; level: number; entryAddress: string; value: string }[];
  /** Why the walk failed (violation or misconfiguration), in words; names the last step. */
  problem?: string;
  misconfig?: boolean;
  pageSize?: number;
}

/** `vmx/signal` arguments: the signal, and the vector of a start-up IPI (0..255; a number or a string like "0x9a"). */
export interface SignalRequestArguments { kind: 'nmi' | 'init' | 'sipi'; vector?: number | string }
/** What is pending after `vmx/signal` (an INIT stays pending while VMX root operation or wait-for-SIPI blocks it, an NMI while NMIs are blocked). */
export interface SignalResponseBody { pending: { init: boolean; sipi: number | null; nmi: boolean } }
