// VMX aborts (SDM Vol 3C 28.7): a problem while saving guest MSRs (MSR-store list) or loading host MSRs
// (VM-exit MSR-load list) writes the VMX-abort indicator into the VMCS region and shuts the processor down.
import { describe, it, expect } from 'vitest';
import { runHv, GUEST_DATA } from './prelude';

const VMCS_REGION = 0x201000;
const LIST = GUEST_DATA + 0x100;

describe('VMX abort', () => {
  it('MSR-store list naming an x2APIC MSR: abort indicator 1 in the VMCS region, the run stops with it', () => {
    const r = runHv({ guest: 'cpuid', setup: `        mov     dword [${LIST}], 0x802
        mov     dword [${LIST} + 4], 0
        VMW     VM_EXIT_MSR_STORE_ADDR, ${LIST}
        VMW     VM_EXIT_MSR_STORE_COUNT, 1` });
    expect(r.stop).toEqual({ reason: 'vmx-abort', code: 1, detail: expect.stringMatching(/^VMX abort 1 \(failure saving guest MSRs\): VM-exit MSR-store entry 1 \(MSR 0x802\): MSRs in the x2APIC range/) });
    expect(r.m.mem.read32(VMCS_REGION + 4)).toBe(1);
    expect(r.m.vmx!.current!.abort).toBe(1);
    expect(r.m.cpu.nonRoot).toBe(true); // no host state was loaded
  });

  it('VM-exit MSR-load list with a value WRMSR rejects: abort indicator 4 after host state is loaded', () => {
    const r = runHv({ guest: 'cpuid', setup: `        mov     dword [${LIST}], 0x277             ; IA32_PAT
        mov     dword [${LIST} + 4], 0
        mov     dword [${LIST} + 8], 0x02020202    ; memory type 2 is reserved
        mov     dword [${LIST} + 12], 0
        VMW     VM_EXIT_MSR_LOAD_ADDR, ${LIST}
        VMW     VM_EXIT_MSR_LOAD_COUNT, 1` });
    expect(r.stop.reason).toBe('vmx-abort');
    expect(r.stop.reason === 'vmx-abort' && r.stop.code).toBe(4);
    expect(r.stop.reason === 'vmx-abort' && r.stop.detail).toMatch(/MSR-load entry 1 \(MSR 0x277\): WRMSR of 0x0000000002020202 would fault/);
    expect(r.m.mem.read32(VMCS_REGION + 4)).toBe(4);
    expect(r.m.cpu.rip).toBe(r.label('hv_exit')); // host state was loaded before the list
    expect(r.m.vmx!.history.at(-1)!.reason).toBe(10);
  });
});
