// VMX instructions outside and in VMX root operation: #UD/#GP conditions, VMsucceed/VMfailInvalid/
// VMfailValid(n) exactly as the SDM's "Operation" sections (Vol 3C ch. 31).
import { describe, it, expect } from 'vitest';
import { nasmAvailable } from '../cpu/harness';
import { runVmx, CF, ZF } from './vmx-harness';

const ARITH = 0x8d5n;

describe.skipIf(!nasmAvailable())('VMX instructions', () => {
  it('VMXON without CR4.VMXE is #UD', () => {
    const r = runVmx('REVISION VMXON_REGION\nmov qword [ptr_scratch], VMXON_REGION\nvmxon [ptr_scratch]\nhlt');
    expect(r.stop.reason).toBe('triple-fault');
    expect(r.stop.reason === 'triple-fault' && r.stop.detail).toMatch(/#UD.*VMXON with CR4\.VMXE = 0/);
  });
  it('VMXON with IA32_FEATURE_CONTROL unlocked or VMX disabled is #GP(0)', () => {
    const a = runVmx('VMXON_OK\nhlt', { machine: { featureControl: { locked: false } } });
    expect(a.stop.reason === 'triple-fault' && a.stop.detail).toMatch(/#GP\(0x0\).*not locked/);
    const b = runVmx('VMXON_OK\nhlt', { machine: { featureControl: { locked: true, vmxOutsideSmx: false } } });
    expect(b.stop.reason === 'triple-fault' && b.stop.detail).toMatch(/#GP\(0x0\).*VMX disabled by firmware/);
  });
  it('VMXON succeeds with the right revision and a 4-KiB aligned region', () => {
    const r = runVmx('VMXON_OK\nSAVEFLAGS r15\nhlt');
    expect(r.stop.reason).toBe('halted');
    expect(r.reg('r15') & ARITH).toBe(0n);
    expect(r.m.vmx!.inVmx).toBe(true);
    expect(r.m.vmx!.vmxonPtr).toBe(0x200000);
  });
  it('VMXON with a wrong revision identifier or a misaligned pointer is VMfailInvalid', () => {
    const a = runVmx('ENABLE_VMXE\nmov dword [VMXON_REGION], 0x1234\nmov qword [ptr_scratch], VMXON_REGION\nvmxon [ptr_scratch]\nSAVEFLAGS r15\nhlt');
    expect(a.reg('r15') & ARITH).toBe(CF);
    expect(a.m.vmx!.inVmx).toBe(false);
    expect(a.m.vmx!.lastFailure?.message).toMatch(/revision identifier 0x1234/);
    const b = runVmx('ENABLE_VMXE\nREVISION VMXON_REGION\nmov qword [ptr_scratch], VMXON_REGION + 8\nvmxon [ptr_scratch]\nSAVEFLAGS r15\nhlt');
    expect(b.reg('r15') & ARITH).toBe(CF);
    expect(b.m.vmx!.lastFailure?.message).toMatch(/not 4-KiB aligned/);
  });
  it('VMXON in VMX root operation: VMfailInvalid without a current VMCS, VMfailValid(15) with one', () => {
    const a = runVmx('VMXON_OK\nvmxon [ptr_scratch]\nSAVEFLAGS r15\nhlt');
    expect(a.reg('r15') & ARITH).toBe(CF);
    const b = runVmx('VMXON_OK\nLOAD_VMCS VMCS_A\nmov qword [ptr_scratch], VMXON_REGION\nvmxon [ptr_scratch]\nSAVEFLAGS r15\nmov ebx, VM_INSTRUCTION_ERROR\nvmread r14, rbx\nhlt');
    expect(b.reg('r15') & ARITH).toBe(ZF);
    expect(b.reg('r14')).toBe(15n);
  });
  it('VMPTRLD checks: alignment (9), VMXON pointer (10), revision (11)', () => {
    const r = runVmx(`VMXON_OK
LOAD_VMCS VMCS_A
mov ebx, VM_INSTRUCTION_ERROR
mov qword [ptr_scratch], VMCS_B + 0x10
vmptrld [ptr_scratch]
vmread r12, rbx
mov qword [ptr_scratch], VMXON_REGION
vmptrld [ptr_scratch]
vmread r13, rbx
mov dword [VMCS_B], 0x42
mov qword [ptr_scratch], VMCS_B
vmptrld [ptr_scratch]
SAVEFLAGS r15
vmread r14, rbx
hlt`);
    expect([r.reg('r12'), r.reg('r13'), r.reg('r14')]).toEqual([9n, 10n, 11n]);
    expect(r.reg('r15') & ARITH).toBe(ZF);
  });
  it('VMCLEAR of the VMXON region is VMfailValid(3); VMPTRST stores the current pointer', () => {
    const r = runVmx(`VMXON_OK
LOAD_VMCS VMCS_A
mov qword [ptr_scratch], VMXON_REGION
vmclear [ptr_scratch]
mov ebx, VM_INSTRUCTION_ERROR
vmread r12, rbx
vmptrst [ptr_scratch]
mov r13, [ptr_scratch]
hlt`);
    expect(r.reg('r12')).toBe(3n);
    expect(r.reg('r13')).toBe(0x201000n);
  });
  it('VMREAD/VMWRITE: width truncation, high access, unsupported field (12), VMfailInvalid without a VMCS', () => {
    const r = runVmx(`VMXON_OK
mov ebx, GUEST_RIP
vmread rax, rbx
SAVEFLAGS r8
LOAD_VMCS VMCS_A
mov ebx, GUEST_CS_SELECTOR
mov rax, 0x123456789
vmwrite rbx, rax
vmread r9, rbx
mov ebx, TSC_OFFSET
mov rax, 0x1122334455667788
vmwrite rbx, rax
mov ebx, TSC_OFFSET_HIGH
vmread r10, rbx
mov ebx, 0x7fff
vmread r11, rbx
SAVEFLAGS r12
mov ebx, VM_INSTRUCTION_ERROR
vmread r13, rbx
hlt`);
    expect(r.reg('r8') & ARITH).toBe(CF);
    expect(r.reg('r9')).toBe(0x6789n);
    expect(r.reg('r10')).toBe(0x11223344n);
    expect(r.reg('r12') & ARITH).toBe(ZF);
    expect(r.reg('r13')).toBe(12n);
  });
  it('VMWRITE to a read-only field is VMfailValid(13) unless IA32_VMX_MISC[29]', () => {
    const body = `VMXON_OK
LOAD_VMCS VMCS_A
mov ebx, VM_EXIT_REASON
mov eax, 5
vmwrite rbx, rax
SAVEFLAGS r15
mov ebx, VM_INSTRUCTION_ERROR
vmread r14, rbx
hlt`;
    const allowed = runVmx(body);
    expect(allowed.reg('r15') & ARITH).toBe(0n);
    const misc = allowed.m.vmx!.caps[0x485]! & ~(1n << 29n);
    const denied = runVmx(body, { machine: { capabilityMsrs: { 0x485: misc } } });
    expect(denied.reg('r15') & ARITH).toBe(ZF);
    expect(denied.reg('r14')).toBe(13n);
  });
  it('VMRESUME of a clear VMCS is VMfailValid(5); VMCALL in root is VMfailValid(1)', () => {
    const r = runVmx(`VMXON_OK
LOAD_VMCS VMCS_A
mov ebx, VM_INSTRUCTION_ERROR
vmresume
vmread r12, rbx
vmcall
vmread r13, rbx
hlt`);
    expect(r.reg('r12')).toBe(5n);
    expect(r.reg('r13')).toBe(1n);
    expect(r.m.vmx!.lastFailure?.message).toMatch(/VMCALL executed in VMX root operation/);
  });
  it('VMXOFF leaves VMX operation; VMX instructions are then #UD', () => {
    const r = runVmx('VMXON_OK\nvmxoff\nSAVEFLAGS r15\nmov [ptr_scratch], rax\nvmptrld [ptr_scratch]\nhlt');
    expect(r.reg('r15') & ARITH).toBe(0n);
    expect(r.stop.reason === 'triple-fault' && r.stop.detail).toMatch(/#UD.*VMPTRLD outside VMX operation/);
  });
  it('capability MSRs read back the profile', () => {
    const r = runVmx('mov ecx, MSR_IA32_VMX_BASIC\nrdmsr\nshl rdx, 32\nor rax, rdx\nmov r15, rax\nhlt');
    expect(r.reg('r15')).toBe(r.m.vmx!.caps[0x480]);
    expect((r.reg('r15') >> 55n) & 1n).toBe(1n);
  });
});
