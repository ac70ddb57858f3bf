// VMCS regions and the capability MSRs that describe them (SDM Vol 3C 25.11 "Software Use of Virtual-Machine
// Control Structures", 25.11.1 "Software Use of Virtual-Machine Control Structures"; Vol 3D App. A.1):
// - the processor caches the contents of the current VMCS; writes to the region behind its back are not
//   seen, VMWRITEs reach memory on VMCLEAR (the emulator's choice: only then), and VMPTRLD reads them back;
// - without IA32_VMX_BASIC[55] the TRUE capability MSRs do not exist.
import { describe, it, expect } from 'vitest';
import { nasmAvailable } from '../cpu/harness';
import { runVmx } from './vmx-harness';
import { F, FIELD_DATA_OFFSET } from '../../emulator/vmx/vmcs';

const SNAPSHOT_BEFORE = 0x210000, SNAPSHOT_AFTER = 0x211000;

describe.skipIf(!nasmAvailable())('VMCS region: cached while current, written back on VMCLEAR', () => {
  it('VMWRITE reaches the region only at VMCLEAR; a write to the region while current is not seen and is overwritten; VMPTRLD reads it back', () => {
    const ripSlot = FIELD_DATA_OFFSET + 8 * F.GUEST_RIP;
    const r = runVmx(`VMXON_OK
LOAD_VMCS VMCS_A
mov ebx, GUEST_RIP
mov eax, 0x12345678
vmwrite rbx, rax
mov dword [VMCS_A + ${ripSlot}], 0xdead     ; software writes the region while it is current
vmread r12, rbx                              ; the processor's copy: 0x12345678
mov rsi, VMCS_A
mov rdi, ${SNAPSHOT_BEFORE}
mov ecx, 512
rep movsq
mov qword [ptr_scratch], VMCS_A
vmclear [ptr_scratch]                        ; write-back, launch state clear, no current VMCS
mov rsi, VMCS_A
mov rdi, ${SNAPSHOT_AFTER}
mov ecx, 512
rep movsq
mov ebx, GUEST_RIP
vmread r13, rbx                              ; no current VMCS: VMfailInvalid
pushfq
pop r14
vmptrld [ptr_scratch]
vmread r15, rbx
hlt`);
    expect(r.stop.reason).toBe('halted');
    expect(r.reg('r12')).toBe(0x12345678n);
    expect(r.m.mem.read32(SNAPSHOT_BEFORE + ripSlot) >>> 0).toBe(0xdead);
    expect(r.m.mem.read32(SNAPSHOT_AFTER + ripSlot) >>> 0).toBe(0x12345678);
    expect(r.reg('r14') & 1n).toBe(1n); // CF: VMfailInvalid
    expect(r.reg('r15')).toBe(0x12345678n);
    // the region's header: revision identifier, abort indicator 0, launch state clear (our format, vmcs.ts)
    expect(r.m.mem.read32(SNAPSHOT_AFTER) >>> 0).toBe(r.m.vmx!.revisionId);
    expect(r.m.mem.read32(SNAPSHOT_AFTER + 4)).toBe(0);
    expect(r.m.mem.read32(SNAPSHOT_AFTER + 8)).toBe(0);
  });

  it('VMPTRLD of another VMCS writes the current one back first; switching back finds both values', () => {
    const r = runVmx(`VMXON_OK
LOAD_VMCS VMCS_B
LOAD_VMCS VMCS_A
mov ebx, GUEST_RSP
mov eax, 0xaaaa
vmwrite rbx, rax
mov qword [ptr_scratch], VMCS_B
vmptrld [ptr_scratch]
mov eax, 0xbbbb
vmwrite rbx, rax
mov qword [ptr_scratch], VMCS_A
vmptrld [ptr_scratch]
vmread r12, rbx
mov qword [ptr_scratch], VMCS_B
vmptrld [ptr_scratch]
vmread r13, rbx
hlt`);
    expect([r.reg('r12'), r.reg('r13')]).toEqual([0xaaaan, 0xbbbbn]);
  });
});

describe.skipIf(!nasmAvailable())('capability MSRs of a profile without TRUE controls', () => {
  it('IA32_VMX_BASIC[55] = 0: the plain control MSRs are readable, RDMSR of IA32_VMX_TRUE_PINBASED_CTLS is #GP(0)', () => {
    const ok = runVmx('mov ecx, MSR_IA32_VMX_BASIC\nrdmsr\nmov r12, rdx\nmov ecx, MSR_IA32_VMX_PINBASED_CTLS\nrdmsr\nmov r13, rax\nhlt', { machine: { cpuProfile: 'no-true-controls' } });
    expect(ok.stop.reason).toBe('halted');
    expect((ok.reg('r12') >> 23n) & 1n).toBe(0n); // bit 55 of IA32_VMX_BASIC
    expect(ok.reg('r13') & 0x16n).toBe(0x16n);     // default1 pin-based bits must be 1 (App. A.3.1)
    const gp = runVmx('mov ecx, MSR_IA32_VMX_TRUE_PINBASED_CTLS\nrdmsr\nhlt', { machine: { cpuProfile: 'no-true-controls' } });
    expect(gp.stop.reason).toBe('triple-fault');
    expect(gp.stop.reason === 'triple-fault' && gp.stop.detail).toMatch(/#GP\(0x0\)/);
    // the default profile has them
    const dflt = runVmx('mov ecx, MSR_IA32_VMX_TRUE_PINBASED_CTLS\nrdmsr\nhlt');
    expect(dflt.stop.reason).toBe('halted');
  });

  it('the default profile advertises PAUSE-loop exiting and TSC scaling (both implemented, see controls/instructions.test.ts)', () => {
    const r = runVmx('mov ecx, MSR_IA32_VMX_PROCBASED_CTLS2\nrdmsr\nmov r12, rdx\nhlt');
    expect((r.reg('r12') >> 10n) & 1n).toBe(1n);
    expect((r.reg('r12') >> 25n) & 1n).toBe(1n);
  });
});
