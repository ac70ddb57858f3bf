import { describe, expect, it } from 'vitest';
import {
  EXIT_REASON, EXIT_REASONS, MAX_EXIT_REASON, VMX_ERROR, VM_INSTRUCTION_ERRORS, decodeExitReason, exitReason, exitReasonByName,
  exitReasonName, vmInstructionError, vmInstructionErrorText,
} from '../../emulator/vmx/arch';

describe('basic exit reasons (SDM Vol 3D App. C)', () => {
  it('has every number 0..77 exactly once', () => {
    expect(EXIT_REASONS.length).toBe(78);
    EXIT_REASONS.forEach((r, i) => expect(r.reason).toBe(i));
    expect(MAX_EXIT_REASON).toBe(77);
    expect(EXIT_REASONS.filter((r) => r.reserved).map((r) => r.reason)).toEqual([35, 38, 42, 71]);
    const names = new Set<string>();
    for (const r of EXIT_REASONS) {
      for (const n of [r.name, ...(r.aliases ?? [])]) {
        expect(names.has(n), n).toBe(false);
        names.add(n);
      }
      expect(r.title.length).toBeGreaterThan(2);
      expect(r.description.length).toBeGreaterThan(5);
    }
  });

  it('uses the Linux names', () => {
    const spot: Record<number, string> = {
      0: 'EXCEPTION_NMI', 1: 'EXTERNAL_INTERRUPT', 2: 'TRIPLE_FAULT', 3: 'INIT_SIGNAL', 4: 'SIPI_SIGNAL', 7: 'INTERRUPT_WINDOW',
      8: 'NMI_WINDOW', 9: 'TASK_SWITCH', 10: 'CPUID', 12: 'HLT', 18: 'VMCALL', 20: 'VMLAUNCH', 24: 'VMRESUME', 26: 'VMOFF', 27: 'VMON',
      28: 'CR_ACCESS', 29: 'DR_ACCESS', 30: 'IO_INSTRUCTION', 31: 'MSR_READ', 32: 'MSR_WRITE', 33: 'INVALID_STATE', 34: 'MSR_LOAD_FAIL',
      37: 'MONITOR_TRAP_FLAG', 41: 'MCE_DURING_VMENTRY', 44: 'APIC_ACCESS', 48: 'EPT_VIOLATION', 49: 'EPT_MISCONFIG', 50: 'INVEPT',
      52: 'PREEMPTION_TIMER', 53: 'INVVPID', 55: 'XSETBV', 59: 'VMFUNC', 62: 'PML_FULL', 74: 'BUS_LOCK', 75: 'NOTIFY', 77: 'TDCALL',
    };
    for (const [n, name] of Object.entries(spot)) expect(exitReasonName(Number(n))).toBe(name);
    expect(EXIT_REASON.CPUID).toBe(10);
    expect(exitReasonByName('EXIT_REASON_VMXON')!.reason).toBe(27);
    expect(exitReasonByName('ept_violation')!.reason).toBe(48);
    expect(exitReason(33)!.entryFailure).toBe(true);
    expect(exitReason(48)!.qualification).toBe('ept-violation');
    expect(exitReasonName(999)).toBe('UNKNOWN_999');
  });

  it('decodes the exit-reason field (SDM Vol 3C 25.9.1)', () => {
    expect(decodeExitReason(48)).toMatchObject({ basic: 48, name: 'EPT_VIOLATION', entryFailure: false, text: 'EPT_VIOLATION (48)' });
    const f = decodeExitReason(0x80000021);
    expect(f).toMatchObject({ basic: 33, name: 'INVALID_STATE', entryFailure: true });
    expect(f.text).toBe('INVALID_STATE (33), VM-entry failure');
    expect(decodeExitReason((1 << 28) | 6)).toMatchObject({ pendingMtf: true, fromVmxRoot: false });
    expect(decodeExitReason((1 << 29) | 18)).toMatchObject({ pendingMtf: false, fromVmxRoot: true });
    expect(decodeExitReason((1 << 27) | 1).enclaveMode).toBe(true);
  });
});

describe('VM-instruction errors (SDM Vol 3C 31.4)', () => {
  it('has 1..28', () => {
    expect(VM_INSTRUCTION_ERRORS.map((e) => e.number)).toEqual(Array.from({ length: 28 }, (_, i) => i + 1));
    expect(VM_INSTRUCTION_ERRORS.filter((e) => e.reserved).map((e) => e.number)).toEqual([14, 21, 27]);
    for (const e of VM_INSTRUCTION_ERRORS) if (!e.reserved) expect(e.instructions.length, e.name).toBeGreaterThan(0);
  });
  it('has the SDM texts', () => {
    expect(vmInstructionErrorText(4)).toBe('VMLAUNCH with non-clear VMCS');
    expect(vmInstructionErrorText(5)).toBe('VMRESUME with non-launched VMCS');
    expect(vmInstructionErrorText(7)).toBe('VM entry with invalid control field(s)');
    expect(vmInstructionErrorText(8)).toBe('VM entry with invalid host-state field(s)');
    expect(vmInstructionErrorText(12)).toBe('VMREAD/VMWRITE from/to unsupported VMCS component');
    expect(vmInstructionErrorText(13)).toBe('VMWRITE to read-only VMCS component');
    expect(vmInstructionErrorText(15)).toBe('VMXON executed in VMX root operation');
    expect(vmInstructionErrorText(26)).toBe('VM entry with events blocked by MOV SS');
    expect(vmInstructionErrorText(28)).toBe('Invalid operand to INVEPT/INVVPID');
    expect(vmInstructionErrorText(14)).toBe('unknown VM-instruction error 14');
    expect(vmInstructionError(11)!.name).toBe('VMPTRLD_BAD_REVISION');
    expect(VMX_ERROR.VMLAUNCH_NONCLEAR_VMCS).toBe(4);
  });
});
