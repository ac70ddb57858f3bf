// VM exits skip saving the guest's system state (segments, descriptor tables, CR0/CR3/CR4, SYSENTER MSRs)
// when nothing changed it since the VM entry (emulator/vmx/vm-exit.ts, Cpu.sysGen). A guest that changes
// each kind of that state between CPUID exits must find it saved at the next exit; with
// VMXDBG_VERIFY_LAZY_SAVE (set for every test run) each skipped save is also compared with a full one.
import { describe, it, expect } from 'vitest';
import { runHv, expectDone, reasons, GUEST_DATA } from './prelude';
import { F } from '../../../emulator/vmx/vmcs';

describe('lazy guest-state save', () => {
  it('the cross-check is on for the tests', () => {
    expect(process.env.VMXDBG_VERIFY_LAZY_SAVE).toBe('1');
  });

  it('changes to DS, SYSENTER_ESP, CR4, GDTR and the GS base between exits are all in the VMCS at the next exit', () => {
    const guest = `
        cpuid                                   ; exit: full save, the fields are in sync from here
        cpuid                                   ; exit: nothing changed (skipped save)
        xor     eax, eax
        mov     ds, ax                          ; segment load
        cpuid
        mov     ecx, 0x175                      ; IA32_SYSENTER_ESP
        mov     eax, 0x12345678
        xor     edx, edx
        wrmsr
        cpuid
        mov     rax, cr4
        xor     eax, 1 << 7                     ; PGE
        mov     cr4, rax
        cpuid
        sgdt    [${GUEST_DATA}]
        dec     word [${GUEST_DATA}]            ; GDTR limit - 1
        lgdt    [${GUEST_DATA}]
        cpuid
        mov     ecx, 0xc0000101                 ; IA32_GS_BASE
        mov     eax, 0x5000
        xor     edx, edx
        wrmsr
        cpuid`;
    const r = runHv({ guest, proc: 'CPU_USE_MSR_BITMAPS', maxExits: 16 });
    expectDone(r);
    expect(reasons(r)).toEqual([10, 10, 10, 10, 10, 10, 10, 18]);
    const v = r.m.vmx!.current!;
    expect(v.u32(F.GUEST_DS_SELECTOR)).toBe(0);
    expect(v.u32(F.GUEST_DS_AR_BYTES) & 0x10000).toBe(0x10000); // unusable
    expect(v.u32(F.GUEST_SYSENTER_ESP)).toBe(0x12345678);
    expect(v.u32(F.GUEST_CR4) & 0x80).toBe(r.exits[0].cr4 & 0x80n ? 0 : 0x80);
    expect(v.u32(F.GUEST_GDTR_LIMIT)).toBe(Number(r.q(GUEST_DATA) & 0xffffn));
    expect(v.num(F.GUEST_GS_BASE)).toBe(0x5000);
  });
});
