/**
 * VM-instruction error numbers 1..28 (stored in the VM_INSTRUCTION_ERROR field on VMfailValid).
 *
 * SDM Vol 3C 31.4 ("VM Instruction Error Numbers", Table 31-1). Texts paraphrase the SDM's.
 * Numbers 14, 21 and 27 are not assigned (`reserved: true`).
 * Short names (used for `VMX_ERROR_<NAME>` in vmx.inc) follow Linux's VMXERR_* where short enough.
 */

export interface VmInstructionError {
  readonly number: number;
  readonly name: string;
  readonly text: string;
  /** Instruction(s) that report it. */
  readonly instructions: readonly string[];
  readonly reserved?: boolean;
}

type Row = readonly [number: number, name: string, text: string, instructions: readonly string[], reserved?: boolean];

const ROWS: readonly Row[] = [
  [1, 'VMCALL_IN_VMX_ROOT', 'VMCALL executed in VMX root operation', ['VMCALL']],
  [2, 'VMCLEAR_INVALID_ADDRESS', 'VMCLEAR with invalid physical address', ['VMCLEAR']],
  [3, 'VMCLEAR_VMXON_POINTER', 'VMCLEAR with VMXON pointer', ['VMCLEAR']],
  [4, 'VMLAUNCH_NONCLEAR_VMCS', 'VMLAUNCH with non-clear VMCS', ['VMLAUNCH']],
  [5, 'VMRESUME_NONLAUNCHED_VMCS', 'VMRESUME with non-launched VMCS', ['VMRESUME']],
  [6, 'VMRESUME_AFTER_VMXOFF', 'VMRESUME after VMXOFF (VMXOFF and VMXON between VMLAUNCH and VMRESUME)', ['VMRESUME']],
  [7, 'ENTRY_INVALID_CONTROL_FIELD', 'VM entry with invalid control field(s)', ['VMLAUNCH', 'VMRESUME']],
  [8, 'ENTRY_INVALID_HOST_STATE', 'VM entry with invalid host-state field(s)', ['VMLAUNCH', 'VMRESUME']],
  [9, 'VMPTRLD_INVALID_ADDRESS', 'VMPTRLD with invalid physical address', ['VMPTRLD']],
  [10, 'VMPTRLD_VMXON_POINTER', 'VMPTRLD with VMXON pointer', ['VMPTRLD']],
  [11, 'VMPTRLD_BAD_REVISION', 'VMPTRLD with incorrect VMCS revision identifier', ['VMPTRLD']],
  [12, 'UNSUPPORTED_VMCS_COMPONENT', 'VMREAD/VMWRITE from/to unsupported VMCS component', ['VMREAD', 'VMWRITE']],
  [13, 'VMWRITE_READ_ONLY_COMPONENT', 'VMWRITE to read-only VMCS component', ['VMWRITE']],
  [14, 'RESERVED_14', 'Reserved', [], true],
  [15, 'VMXON_IN_VMX_ROOT', 'VMXON executed in VMX root operation', ['VMXON']],
  [16, 'ENTRY_INVALID_EXECUTIVE_VMCS', 'VM entry with invalid executive-VMCS pointer', ['VMLAUNCH', 'VMRESUME']],
  [17, 'ENTRY_NONLAUNCHED_EXECUTIVE_VMCS', 'VM entry with non-launched executive VMCS', ['VMLAUNCH', 'VMRESUME']],
  [18, 'ENTRY_EXECUTIVE_VMCS_NOT_VMXON', 'VM entry with executive-VMCS pointer not VMXON pointer (when attempting to deactivate the dual-monitor treatment of SMIs and SMM)', ['VMLAUNCH', 'VMRESUME']],
  [19, 'VMCALL_NONCLEAR_VMCS', 'VMCALL with non-clear VMCS (when attempting to activate the dual-monitor treatment of SMIs and SMM)', ['VMCALL']],
  [20, 'VMCALL_INVALID_EXIT_CONTROLS', 'VMCALL with invalid VM-exit control fields', ['VMCALL']],
  [21, 'RESERVED_21', 'Reserved', [], true],
  [22, 'VMCALL_BAD_MSEG_REVISION', 'VMCALL with incorrect MSEG revision identifier (when attempting to activate the dual-monitor treatment of SMIs and SMM)', ['VMCALL']],
  [23, 'VMXOFF_DUAL_MONITOR', 'VMXOFF under dual-monitor treatment of SMIs and SMM', ['VMXOFF']],
  [24, 'VMCALL_INVALID_SMM_MONITOR', 'VMCALL with invalid SMM-monitor features (when attempting to activate the dual-monitor treatment of SMIs and SMM)', ['VMCALL']],
  [25, 'ENTRY_INVALID_EXECUTIVE_CONTROLS', 'VM entry with invalid VM-execution control fields in executive VMCS (when attempting to return from SMM)', ['VMRESUME']],
  [26, 'ENTRY_EVENTS_BLOCKED_BY_MOV_SS', 'VM entry with events blocked by MOV SS', ['VMLAUNCH', 'VMRESUME']],
  [27, 'RESERVED_27', 'Reserved', [], true],
  [28, 'INVALID_INVEPT_INVVPID_OPERAND', 'Invalid operand to INVEPT/INVVPID', ['INVEPT', 'INVVPID']],
];

export const VM_INSTRUCTION_ERRORS: readonly VmInstructionError[] = Object.freeze(
  ROWS.map(([number, name, text, instructions, reserved]) => Object.freeze({ number, name, text, instructions, ...(reserved ? { reserved } : {}) })),
);

/** Numeric constants: VM_INSTRUCTION_ERROR.VMLAUNCH_NONCLEAR_VMCS === 4. */
export const VMX_ERROR: Readonly<Record<string, number>> = Object.freeze(
  Object.fromEntries(VM_INSTRUCTION_ERRORS.filter((e) => !e.reserved).map((e) => [e.name, e.number])),
);

const byNumber = new Map<number, VmInstructionError>(VM_INSTRUCTION_ERRORS.map((e) => [e.number, e]));

export function vmInstructionError(n: number): VmInstructionError | undefined { return byNumber.get(n); }

/** "VMLAUNCH with non-clear VMCS" or "unknown VM-instruction error 99". */
export function vmInstructionErrorText(n: number): string {
  const e = byNumber.get(n);
  return e && !e.reserved ? e.text : `unknown VM-instruction error ${n}`;
}
