// Control-register accesses in VMX non-root operation (SDM Vol 3C 26.1.3, 26.3, Table 28-3): CR3-load/store
// exiting with CR3-target values, CR8-load/store exiting, and the CR0/CR4 guest/host masks with read shadows
// (MOV to/from CR0/CR4, CLTS, LMSW, SMSW).
import { describe, it, expect } from 'vitest';
import { runHv, expectDone, reasons, GUEST_DATA } from './prelude';

const CR0_MP = 2n, CR0_TS = 8n;

describe('control-register access exiting', () => {
  it('CR3-store and CR3-load exiting: qualification = CR number, access type, GPR', () => {
    const r = runHv({ guest: 'mov rbx, cr3\nmov cr3, rcx', proc: 'CPU_CR3_LOAD_EXITING | CPU_CR3_STORE_EXITING' });
    expectDone(r);
    expect(reasons(r)).toEqual([28, 28, 18]);
    expect(r.exits[0].qual).toBe(0x313n); // CR3, MOV from CR (1 << 4), RBX (3 << 8)
    expect(r.exits[1].qual).toBe(0x103n); // CR3, MOV to CR, RCX
    expect(r.history.slice(0, 2).map((h) => h.qualification)).toEqual([0x313n, 0x103n]);
  });

  it('CR3-target values: MOV to CR3 of a target value does not exit, any other value does', () => {
    const r = runHv({
      guest: 'mov rax, cr3\nmov cr3, rax\nmov [GUEST_DATA], rax\nmov rdx, 0x5000\nmov cr3, rdx',
      proc: 'CPU_CR3_LOAD_EXITING',
      setup: 'mov rax, cr3\nVMW CR3_TARGET_VALUE1, rax\nVMW CR3_TARGET_COUNT, 2',
    });
    expectDone(r);
    expect(reasons(r)).toEqual([28, 18]);
    expect(r.exits[0].qual).toBe(0x203n); // MOV to CR3 from RDX
    // a count of 0 makes every MOV to CR3 exit
    const z = runHv({ guest: 'mov rax, cr3\nmov cr3, rax', proc: 'CPU_CR3_LOAD_EXITING', setup: 'mov rax, cr3\nVMW CR3_TARGET_VALUE0, rax' });
    expect(reasons(z)).toEqual([28, 18]);
  });

  it('CR8-load and CR8-store exiting (no TPR shadow): the local APIC TPR is untouched', () => {
    const r = runHv({ guest: 'mov eax, 5\nmov cr8, rax\nmov rcx, cr8', proc: 'CPU_CR8_LOAD_EXITING | CPU_CR8_STORE_EXITING' });
    expectDone(r);
    expect(reasons(r)).toEqual([28, 28, 18]);
    expect(r.exits[0].qual).toBe(8n);       // MOV to CR8 from RAX
    expect(r.exits[1].qual).toBe(0x118n);   // MOV from CR8 to RCX
    expect(r.m.apic.tpr).toBe(0);
    // without the controls, CR8 is the TPR
    const n = runHv({ guest: 'mov eax, 5\nmov cr8, rax\nmov rcx, cr8\nmov [GUEST_DATA], rcx' });
    expect(reasons(n)).toEqual([18]);
    expect(n.m.apic.tpr).toBe(0x50);
    expect(n.q(GUEST_DATA)).toBe(5n);
  });

  it('CR0 guest/host mask and read shadow: reads return the shadow, writes matching it do not exit, CLTS/LMSW/MOV exit', () => {
    const guest = `mov rax, cr0
mov [GUEST_DATA], rax          ; shadowed read: TS = 1 (shadow), MP = 0
smsw rbx
mov [GUEST_DATA + 8], rbx      ; SMSW also returns the shadow
mov cr0, rax                   ; masked bits equal the shadow: no exit, the real TS stays 0
cpuid                          ; an exit to look at the real GUEST_CR0
clts                           ; TS owned by the host, shadow TS = 1: exit, type CLTS
mov rax, cr0
and eax, ~CR0_TS
mov cr0, rax                   ; TS differs from the shadow: exit, MOV to CR0 from RAX
mov ecx, CR0_PE | CR0_MP | CR0_TS
lmsw cx                        ; MP differs from the shadow: exit, type LMSW, source data in bits 31:16`;
    const r = runHv({ guest, setup: 'VMW CR0_GUEST_HOST_MASK, CR0_TS | CR0_MP\nVMW CR0_READ_SHADOW, CR0_TS' });
    expectDone(r);
    expect(reasons(r)).toEqual([10, 28, 28, 28, 18]);
    const seen = r.q(GUEST_DATA);
    expect(seen & (CR0_TS | CR0_MP)).toBe(CR0_TS);
    expect(seen & 1n).toBe(1n);
    expect(r.q(GUEST_DATA + 8) & 0xffffn & (CR0_TS | CR0_MP)).toBe(CR0_TS);
    expect(r.exits[0].cr0 & CR0_TS).toBe(0n); // the real CR0.TS was not written
    expect(r.exits[1].qual).toBe(0x20n);        // CLTS: access type 2
    expect(r.exits[2].qual).toBe(0x0n);         // MOV to CR0 from RAX
    expect(r.exits[3].qual).toBe(0x000b0030n);  // LMSW, register operand, source 0x000b; bits 11:8 are 0 for LMSW
    expect(r.exits[3].len).toBe(3);
  });

  it('CLTS with TS owned by the host and shadow TS = 0 neither exits nor changes CR0', () => {
    const r = runHv({ guest: 'clts\ncpuid', setup: 'mov rax, cr0\nor eax, CR0_TS\nVMW GUEST_CR0, rax\nVMW CR0_GUEST_HOST_MASK, CR0_TS\nVMW CR0_READ_SHADOW, 0' });
    expectDone(r);
    expect(reasons(r)).toEqual([10, 18]);
    expect(r.exits[0].cr0 & CR0_TS).toBe(CR0_TS);
  });

  it('LMSW with a memory operand: qualification bit 6, guest-linear address', () => {
    const r = runHv({ guest: 'mov word [GUEST_DATA], 0x3\nlmsw [GUEST_DATA]', setup: 'VMW CR0_GUEST_HOST_MASK, CR0_MP\nVMW CR0_READ_SHADOW, 0' });
    expectDone(r);
    expect(reasons(r)).toEqual([28, 18]);
    expect(r.exits[0].qual).toBe(0x00030070n);
    expect(r.exits[0].linear).toBe(BigInt(GUEST_DATA));
  });

  it('CR4 guest/host mask: the guest sees the shadow VMXE = 0 and cannot change the real VMXE without an exit', () => {
    const guest = `mov rax, cr4
mov [GUEST_DATA], rax
mov cr4, rax                   ; VMXE = 0 matches the shadow: no exit, the real VMXE stays 1
cpuid
or eax, CR4_VMXE
mov cr4, rax                   ; differs from the shadow: exit`;
    const r = runHv({ guest, setup: 'VMW CR4_GUEST_HOST_MASK, CR4_VMXE\nVMW CR4_READ_SHADOW, 0' });
    expectDone(r);
    expect(reasons(r)).toEqual([10, 28, 18]);
    expect(r.q(GUEST_DATA) & 0x2000n).toBe(0n);
    expect(r.exits[0].cr4 & 0x2000n).toBe(0x2000n);
    expect(r.exits[1].qual).toBe(4n);
  });
});
