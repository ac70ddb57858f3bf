/**
 * Basic VM-exit reasons 0..77 and the exit-reason field format.
 *
 * SDM Vol 3D App. C ("VMX Basic Exit Reasons", Table C-1); exit-reason format: SDM Vol 3C 25.9.1
 * (Table "Format of Exit Reason").
 *
 * Naming scheme: Linux `EXIT_REASON_*` without the prefix (EXCEPTION_NMI, CR_ACCESS, IO_INSTRUCTION,
 * MSR_READ, INVALID_STATE, EPT_VIOLATION, VMOFF, VMON, ...). Reasons Linux does not name use the SDM
 * title in the same style (IO_SMI, GETSEC, RSM, PCONFIG, SPP, LOADIWKEY, ENCLV, SEAMCALL ...).
 * Numbers the SDM leaves unused (35, 38, 42, 71) are present with `reserved: true`.
 */
import { bit, bits } from './bits';

/** Which exit-qualification layout (see exit-qualifications.ts) applies to an exit reason. */
export type QualificationKind =
  | 'debug-exception' | 'page-fault-address' | 'sipi-vector' | 'task-switch' | 'cr-access' | 'mov-dr' | 'io'
  | 'apic-access' | 'ept-violation' | 'instruction-displacement' | 'linear-address' | 'entry-failure' | 'none';

export interface ExitReason {
  readonly reason: number;
  readonly name: string;
  readonly title: string;
  readonly description: string;
  readonly aliases?: readonly string[];
  /** Number not assigned in the SDM table. */
  readonly reserved?: boolean;
  /** The exit-reason value comes from a VM-entry failure (bit 31 set). */
  readonly entryFailure?: boolean;
  /** Unconditional exit in VMX non-root operation (no control needed). */
  readonly unconditional?: boolean;
  readonly qualification?: QualificationKind;
}

type Row = readonly [reason: number, name: string, title: string, description: string, extra?: Partial<Omit<ExitReason, 'reason' | 'name' | 'title' | 'description'>>];

const ROWS: readonly Row[] = [
  [0, 'EXCEPTION_NMI', 'Exception or NMI', 'An exception whose exception-bitmap bit is 1, or an NMI with "NMI exiting" = 1', { qualification: 'debug-exception' }],
  [1, 'EXTERNAL_INTERRUPT', 'External interrupt', 'An external interrupt arrived and "external-interrupt exiting" was 1'],
  [2, 'TRIPLE_FAULT', 'Triple fault', 'An exception while trying to call the double-fault handler, not itself causing a VM exit', { unconditional: true }],
  [3, 'INIT_SIGNAL', 'INIT signal', 'An INIT signal arrived', { unconditional: true }],
  [4, 'SIPI_SIGNAL', 'Start-up IPI (SIPI)', 'A SIPI arrived while the processor was in the wait-for-SIPI state', { qualification: 'sipi-vector', unconditional: true }],
  [5, 'IO_SMI', 'I/O SMI', 'An SMI arrived immediately after an I/O instruction and caused an SMM VM exit'],
  [6, 'OTHER_SMI', 'Other SMI', 'An SMI arrived (not right after an I/O instruction) and caused an SMM VM exit'],
  [7, 'INTERRUPT_WINDOW', 'Interrupt window', 'RFLAGS.IF = 1 with no STI/MOV SS blocking and "interrupt-window exiting" = 1', { aliases: ['PENDING_INTERRUPT'] }],
  [8, 'NMI_WINDOW', 'NMI window', 'No virtual-NMI blocking and "NMI-window exiting" = 1'],
  [9, 'TASK_SWITCH', 'Task switch', 'The guest attempted a task switch', { qualification: 'task-switch', unconditional: true }],
  [10, 'CPUID', 'CPUID', 'The guest executed CPUID', { unconditional: true }],
  [11, 'GETSEC', 'GETSEC', 'The guest executed GETSEC', { unconditional: true }],
  [12, 'HLT', 'HLT', 'The guest executed HLT with "HLT exiting" = 1'],
  [13, 'INVD', 'INVD', 'The guest executed INVD', { unconditional: true }],
  [14, 'INVLPG', 'INVLPG', 'The guest executed INVLPG with "INVLPG exiting" = 1', { qualification: 'linear-address' }],
  [15, 'RDPMC', 'RDPMC', 'The guest executed RDPMC with "RDPMC exiting" = 1'],
  [16, 'RDTSC', 'RDTSC', 'The guest executed RDTSC with "RDTSC exiting" = 1'],
  [17, 'RSM', 'RSM', 'The guest executed RSM in SMM'],
  [18, 'VMCALL', 'VMCALL', 'VMCALL executed by the guest (or by the executive monitor: SMM VM exit)', { unconditional: true }],
  [19, 'VMCLEAR', 'VMCLEAR', 'The guest executed VMCLEAR', { qualification: 'instruction-displacement', unconditional: true }],
  [20, 'VMLAUNCH', 'VMLAUNCH', 'The guest executed VMLAUNCH', { unconditional: true }],
  [21, 'VMPTRLD', 'VMPTRLD', 'The guest executed VMPTRLD', { qualification: 'instruction-displacement', unconditional: true }],
  [22, 'VMPTRST', 'VMPTRST', 'The guest executed VMPTRST', { qualification: 'instruction-displacement', unconditional: true }],
  [23, 'VMREAD', 'VMREAD', 'The guest executed VMREAD (not satisfied by a shadow VMCS)', { qualification: 'instruction-displacement', unconditional: true }],
  [24, 'VMRESUME', 'VMRESUME', 'The guest executed VMRESUME', { unconditional: true }],
  [25, 'VMWRITE', 'VMWRITE', 'The guest executed VMWRITE (not satisfied by a shadow VMCS)', { qualification: 'instruction-displacement', unconditional: true }],
  [26, 'VMOFF', 'VMXOFF', 'The guest executed VMXOFF', { aliases: ['VMXOFF'], unconditional: true }],
  [27, 'VMON', 'VMXON', 'The guest executed VMXON', { aliases: ['VMXON'], qualification: 'instruction-displacement', unconditional: true }],
  [28, 'CR_ACCESS', 'Control-register access', 'MOV to/from CR0/CR3/CR4/CR8, CLTS or LMSW that the controls intercept', { aliases: ['CONTROL_REGISTER_ACCESS'], qualification: 'cr-access' }],
  [29, 'DR_ACCESS', 'MOV DR', 'MOV to or from a debug register with "MOV-DR exiting" = 1', { aliases: ['MOV_DR'], qualification: 'mov-dr' }],
  [30, 'IO_INSTRUCTION', 'I/O instruction', 'IN/OUT/INS/OUTS intercepted by unconditional I/O exiting or the I/O bitmaps', { qualification: 'io' }],
  [31, 'MSR_READ', 'RDMSR', 'RDMSR without MSR bitmaps, outside the bitmap ranges, or with the read bit set', { aliases: ['RDMSR'] }],
  [32, 'MSR_WRITE', 'WRMSR', 'WRMSR without MSR bitmaps, outside the bitmap ranges, or with the write bit set', { aliases: ['WRMSR'] }],
  [33, 'INVALID_STATE', 'VM-entry failure: invalid guest state', 'VM entry failed one of the guest-state checks', { aliases: ['INVALID_GUEST_STATE', 'ENTRY_FAILURE_GUEST_STATE'], entryFailure: true, qualification: 'entry-failure' }],
  [34, 'MSR_LOAD_FAIL', 'VM-entry failure: MSR loading', 'VM entry failed while loading an MSR from the VM-entry MSR-load area', { aliases: ['ENTRY_FAILURE_MSR_LOADING', 'MSR_LOADING'], entryFailure: true, qualification: 'entry-failure' }],
  [35, 'RESERVED_35', 'Reserved (35)', 'Not used', { reserved: true }],
  [36, 'MWAIT_INSTRUCTION', 'MWAIT', 'The guest executed MWAIT with "MWAIT exiting" = 1', { aliases: ['MWAIT'] }],
  [37, 'MONITOR_TRAP_FLAG', 'Monitor trap flag', 'MTF VM exit after an instruction (or injected event) with "monitor trap flag" = 1', { aliases: ['MTF'] }],
  [38, 'RESERVED_38', 'Reserved (38)', 'Not used', { reserved: true }],
  [39, 'MONITOR_INSTRUCTION', 'MONITOR', 'The guest executed MONITOR with "MONITOR exiting" = 1', { aliases: ['MONITOR'] }],
  [40, 'PAUSE_INSTRUCTION', 'PAUSE', 'PAUSE with "PAUSE exiting" = 1, or a PAUSE loop detected by PAUSE-loop exiting', { aliases: ['PAUSE'] }],
  [41, 'MCE_DURING_VMENTRY', 'VM-entry failure: machine-check event', 'A machine-check event occurred during VM entry', { aliases: ['ENTRY_FAILURE_MACHINE_CHECK'], entryFailure: true }],
  [42, 'RESERVED_42', 'Reserved (42)', 'Not used', { reserved: true }],
  [43, 'TPR_BELOW_THRESHOLD', 'TPR below threshold', 'The virtual TPR dropped below the TPR threshold (use TPR shadow, no virtual-interrupt delivery)'],
  [44, 'APIC_ACCESS', 'APIC access', 'Access to the APIC-access page with "virtualize APIC accesses" = 1', { qualification: 'apic-access' }],
  [45, 'EOI_INDUCED', 'Virtualized EOI', 'EOI virtualization for a vector whose EOI-exit bitmap bit is 1', { aliases: ['VIRTUALIZED_EOI'] }],
  [46, 'GDTR_IDTR', 'Access to GDTR or IDTR', 'LGDT/LIDT/SGDT/SIDT with "descriptor-table exiting" = 1', { qualification: 'instruction-displacement' }],
  [47, 'LDTR_TR', 'Access to LDTR or TR', 'LLDT/LTR/SLDT/STR with "descriptor-table exiting" = 1', { qualification: 'instruction-displacement' }],
  [48, 'EPT_VIOLATION', 'EPT violation', 'A guest-physical access was disallowed by the EPT paging structures', { qualification: 'ept-violation' }],
  [49, 'EPT_MISCONFIG', 'EPT misconfiguration', 'A guest-physical access found a misconfigured EPT paging-structure entry', { aliases: ['EPT_MISCONFIGURATION'] }],
  [50, 'INVEPT', 'INVEPT', 'The guest executed INVEPT', { qualification: 'instruction-displacement', unconditional: true }],
  [51, 'RDTSCP', 'RDTSCP', 'RDTSCP with "enable RDTSCP" and "RDTSC exiting" both 1'],
  [52, 'PREEMPTION_TIMER', 'VMX-preemption timer expired', 'The VMX-preemption timer counted down to zero', { aliases: ['VMX_PREEMPTION_TIMER_EXPIRED'] }],
  [53, 'INVVPID', 'INVVPID', 'The guest executed INVVPID', { qualification: 'instruction-displacement', unconditional: true }],
  [54, 'WBINVD', 'WBINVD or WBNOINVD', 'WBINVD/WBNOINVD with "WBINVD exiting" = 1'],
  [55, 'XSETBV', 'XSETBV', 'The guest executed XSETBV', { unconditional: true }],
  [56, 'APIC_WRITE', 'APIC write', 'A write to the virtual-APIC page that the VMM must virtualize'],
  [57, 'RDRAND', 'RDRAND', 'RDRAND with "RDRAND exiting" = 1'],
  [58, 'INVPCID', 'INVPCID', 'INVPCID with "enable INVPCID" and "INVLPG exiting" both 1', { qualification: 'instruction-displacement' }],
  [59, 'VMFUNC', 'VMFUNC', 'VMFUNC for a function not enabled or failing its function-specific checks'],
  [60, 'ENCLS', 'ENCLS', 'ENCLS with "enable ENCLS exiting" = 1 and the leaf\'s ENCLS-exiting bitmap bit set'],
  [61, 'RDSEED', 'RDSEED', 'RDSEED with "RDSEED exiting" = 1'],
  [62, 'PML_FULL', 'Page-modification log full', 'The PML index was out of range when a guest-physical address had to be logged'],
  [63, 'XSAVES', 'XSAVES', 'XSAVES with "enable XSAVES/XRSTORS" = 1 and a matching XSS-exiting bitmap bit', { qualification: 'instruction-displacement' }],
  [64, 'XRSTORS', 'XRSTORS', 'XRSTORS with "enable XSAVES/XRSTORS" = 1 and a matching XSS-exiting bitmap bit', { qualification: 'instruction-displacement' }],
  [65, 'PCONFIG', 'PCONFIG', 'PCONFIG with "enable PCONFIG" = 1 and the leaf\'s PCONFIG-exiting bitmap bit set'],
  [66, 'SPP', 'SPP-related event', 'Sub-page permission processing caused a VM exit (e.g. SPPT misconfiguration or miss)', { aliases: ['SPP_RELATED_EVENT'] }],
  [67, 'UMWAIT', 'UMWAIT', 'UMWAIT with "enable user wait and pause" and "RDTSC exiting" both 1'],
  [68, 'TPAUSE', 'TPAUSE', 'TPAUSE with "enable user wait and pause" and "RDTSC exiting" both 1'],
  [69, 'LOADIWKEY', 'LOADIWKEY', 'LOADIWKEY with "LOADIWKEY exiting" = 1'],
  [70, 'ENCLV', 'ENCLV', 'ENCLV with "enable ENCLV exiting" = 1 and the leaf\'s ENCLV-exiting bitmap bit set'],
  [71, 'RESERVED_71', 'Reserved (71)', 'Not used in the SDM table (the TDX module calls it an SGX conflict)', { reserved: true }],
  [72, 'ENQCMD_PASID_FAIL', 'ENQCMD PASID translation failure', 'ENQCMD with PASID translation could not translate the PASID'],
  [73, 'ENQCMDS_PASID_FAIL', 'ENQCMDS PASID translation failure', 'ENQCMDS with PASID translation could not translate the PASID'],
  [74, 'BUS_LOCK', 'Bus lock', 'The guest acquired a bus lock with "VMM bus-lock detection" = 1'],
  [75, 'NOTIFY', 'Instruction timeout', 'No event window opened within the instruction-timeout (notify window) period', { aliases: ['INSTRUCTION_TIMEOUT'] }],
  [76, 'SEAMCALL', 'SEAMCALL', 'The guest executed SEAMCALL', { unconditional: true }],
  [77, 'TDCALL', 'TDCALL', 'The guest executed TDCALL', { unconditional: true }],
];

export const EXIT_REASONS: readonly ExitReason[] = Object.freeze(
  ROWS.map(([reason, name, title, description, extra]) => Object.freeze({ reason, name, title, description, ...(extra ?? {}) })),
);

/** Highest basic exit reason in the table. */
export const MAX_EXIT_REASON = 77;

const byNumber = new Map<number, ExitReason>(EXIT_REASONS.map((r) => [r.reason, r]));
const byName = new Map<string, ExitReason>();
for (const r of EXIT_REASONS) {
  byName.set(r.name, r);
  for (const a of r.aliases ?? []) byName.set(a, r);
}

/** Numeric constants: EXIT_REASON.CPUID === 10. */
export const EXIT_REASON: Readonly<Record<string, number>> = Object.freeze(
  Object.fromEntries(EXIT_REASONS.filter((r) => !r.reserved).map((r) => [r.name, r.reason])),
);

export function exitReason(basic: number): ExitReason | undefined { return byNumber.get(basic); }
/** Case-insensitive; accepts aliases and an optional `EXIT_REASON_` prefix. */
export function exitReasonByName(name: string): ExitReason | undefined {
  const n = name.trim().toUpperCase().replace(/^EXIT_REASON_/, '');
  return byName.get(n);
}
const NAME_BY_NUMBER: readonly string[] = Array.from({ length: Math.max(...EXIT_REASONS.map((r) => r.reason)) + 1 }, (_, i) => byNumber.get(i)?.name ?? `UNKNOWN_${i}`);
/** Name of a basic exit reason (an array lookup: every VM exit records it). */
export function exitReasonName(basic: number): string {
  return basic >= 0 && basic < NAME_BY_NUMBER.length ? NAME_BY_NUMBER[basic] : `UNKNOWN_${basic}`;
}

// ---------------------------------------------------------------------------------------------
// Exit-reason field (SDM Vol 3C 25.9.1).

export interface ExitReasonBit { readonly bit: number; readonly name: string; readonly title: string }
export const EXIT_REASON_FLAG_BITS: readonly ExitReasonBit[] = [
  { bit: 26, name: 'BUS_LOCK_DETECTED', title: 'A bus lock was asserted while the exiting instruction executed (VMM bus-lock detection)' },
  { bit: 27, name: 'ENCLAVE_MODE', title: 'VM exit was incident to enclave mode' },
  { bit: 28, name: 'PENDING_MTF', title: 'Pending MTF VM exit (SMM VM exit that took priority over an MTF VM exit)' },
  { bit: 29, name: 'FROM_VMX_ROOT', title: 'VM exit from VMX root operation (SMM VM exits only)' },
  { bit: 31, name: 'ENTRY_FAILURE', title: 'VM-entry failure' },
];
export const EXIT_REASON_BASIC_MASK = 0xffff;
export const EXIT_REASON_ENTRY_FAILURE = 0x80000000;

export interface DecodedExitReason {
  basic: number;
  name: string;
  title: string;
  entryFailure: boolean;
  pendingMtf: boolean;
  fromVmxRoot: boolean;
  enclaveMode: boolean;
  busLockDetected: boolean;
  /** e.g. "EPT_VIOLATION (48)" or "INVALID_STATE (33), VM-entry failure". */
  text: string;
}

export function decodeExitReason(value: number): DecodedExitReason {
  const basic = bits(value, 0, 15);
  const r = byNumber.get(basic);
  const d = {
    basic,
    name: r?.name ?? `UNKNOWN_${basic}`,
    title: r?.title ?? `Unknown exit reason ${basic}`,
    entryFailure: bit(value, 31),
    pendingMtf: bit(value, 28),
    fromVmxRoot: bit(value, 29),
    enclaveMode: bit(value, 27),
    busLockDetected: bit(value, 26),
  };
  const flags = EXIT_REASON_FLAG_BITS.filter((f) => bit(value, f.bit)).map((f) => (f.bit === 31 ? 'VM-entry failure' : f.name));
  return { ...d, text: `${d.name} (${basic})${flags.length ? ', ' + flags.join(', ') : ''}` };
}
