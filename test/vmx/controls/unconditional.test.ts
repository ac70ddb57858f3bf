// Instructions that cause VM exits unconditionally (SDM Vol 3C 26.1.2): CPUID, GETSEC, INVD, XSETBV and the VMX
// instructions (with the exit qualification = displacement and the VMX-instruction information, SDM 28.2.1, 28.2.5).
import { describe, it, expect } from 'vitest';
import { runHv, expectDone, reasons, GUEST_DATA } from './prelude';

const SKIP_UD = `        test    eax, eax
        jnz     hv_advance
        mov     ebx, GUEST_RIP
        vmread  rsi, rbx
        cmp     byte [rsi + 1], 0x37    ; GETSEC is 0F 37, XSETBV 0F 01 D1
        setne   al
        movzx   eax, al
        lea     rsi, [rsi + rax + 2]
        vmwrite rbx, rsi
        jmp     hv_resume`;

describe('unconditional exits', () => {
  it('CPUID (10) and INVD (13), with no control set', () => {
    const r = runHv({ guest: 'mov eax, 1\ncpuid\ninvd' });
    expectDone(r);
    expect(reasons(r)).toEqual([10, 13, 18]);
    expect(r.exits.slice(0, 2).map((e) => e.len)).toEqual([2, 2]);
    expect(r.exits[0].rax).toBe(1n); // the leaf is in the guest's RAX for the handler to emulate
  });

  it('XSETBV and GETSEC: the #UD for CR4.OSXSAVE = 0 / CR4.SMXE = 0 has priority over the exit (SDM 26.1.1)', () => {
    // The emulated CPU has neither XSAVE nor SMX (IA32_VMX_CR4_FIXED1 lets a guest set neither bit), so on it
    // these "unconditional" exits can only be observed as #UD, here intercepted through the exception bitmap.
    const r = runHv({ guest: 'xor ecx, ecx\nxsetbv\ngetsec', setup: 'VMW EXCEPTION_BITMAP, 1 << 6', handler: SKIP_UD });
    expectDone(r);
    expect(reasons(r)).toEqual([0, 0, 18]);
    expect(r.exits.slice(0, 2).map((e) => e.intrInfo >>> 0)).toEqual([0x80000306, 0x80000306]);
  });

  it('VMX instructions in the guest: reason, displacement qualification and instruction information', () => {
    const guest = `vmptrld [GUEST_DATA + 8]
mov ebx, GUEST_RIP
vmread rax, rbx
lea rsi, [GUEST_DATA]
vmwrite rcx, [rsi + 0x10]
vmclear [rsi + rdx*4 + 0x20]
vmptrst [rsi]
vmxon [rsi]
vmlaunch
vmresume
vmxoff
invept rax, [rsi]
invvpid rdx, [rsi + 0x30]`;
    const r = runHv({ guest, maxExits: 20 });
    expectDone(r);
    expect(reasons(r)).toEqual([21, 23, 25, 19, 22, 27, 20, 24, 26, 50, 53, 18]);
    const e = r.exits;
    const MEM64 = (2 << 7) | (3 << 15), NOINDEX = 1 << 22, NOBASE = 1 << 27, REG = 1 << 10, BASE = (n: number) => n << 23, INDEX = (n: number) => n << 18, REG2 = (n: number) => (n << 28) >>> 0;
    // VMPTRLD [disp32]: qualification = displacement
    expect(e[0].qual).toBe(BigInt(GUEST_DATA + 8));
    expect(e[0].info).toBe(MEM64 | NOINDEX | NOBASE);
    // VMREAD rax, rbx: register operand RAX (reg1 = 0, bit 10), field encoding in RBX (reg2 = 3)
    expect(e[1].info >>> 0).toBe((REG | REG2(3)) >>> 0);
    // VMWRITE rcx, [rsi + 0x10]: memory source with base RSI, encoding in RCX (reg2 = 1)
    expect(e[2].info >>> 0).toBe((MEM64 | NOINDEX | BASE(6) | REG2(1)) >>> 0);
    expect(e[2].qual).toBe(0x10n);
    // VMCLEAR [rsi + rdx*4 + 0x20]: scaling 2 (x4), index RDX, base RSI
    expect(e[3].info).toBe(MEM64 | 2 | INDEX(2) | BASE(6));
    expect(e[3].qual).toBe(0x20n);
    expect([e[4].info, e[5].info]).toEqual([MEM64 | NOINDEX | BASE(6), MEM64 | NOINDEX | BASE(6)]);
    // INVEPT rax, [rsi] / INVVPID rdx, [rsi + 0x30]: type register in reg2
    expect(e[9].info >>> 0).toBe((MEM64 | NOINDEX | BASE(6) | REG2(0)) >>> 0);
    expect(e[10].info >>> 0).toBe((MEM64 | NOINDEX | BASE(6) | REG2(2)) >>> 0);
    expect(e[10].qual).toBe(0x30n);
    expect(e.slice(0, 11).map((x) => x.len)).toEqual([8, 3, 4, 6, 3, 4, 3, 3, 3, 5, 6]);
    // the guest's VMX instructions changed nothing in the hypervisor's VMX state
    expect(r.m.vmx!.current!.address).toBe(0x201000);
  });

  it('VMCALL exits in every guest mode (here compatibility mode), where the other VMX instructions raise #UD first (SDM 31.3 VMCALL)', () => {
    // the guest far-returns into the 32-bit code segment 0x18 (CS.L = 0 with IA32_EFER.LMA = 1: compatibility mode)
    const guest = `push 0x18
lea rax, [rel compat]
push rax
retfq`;
    const extra = `bits 32
compat:
        mov     ebx, 0x4400
        vmread  eax, ebx                ; #UD in compatibility mode, intercepted through the exception bitmap
        vmcall
bits 64`;
    const skipVmread = `        test    eax, eax
        jnz     hv_advance
        mov     ebx, GUEST_RIP                  ; #UD: skip the 3-byte VMREAD
        vmread  rsi, rbx
        add     rsi, 3
        vmwrite rbx, rsi
        jmp     hv_resume`;
    const r = runHv({ guest, extra, setup: 'VMW EXCEPTION_BITMAP, 1 << 6', handler: skipVmread });
    expectDone(r);
    expect(reasons(r)).toEqual([0, 18]);
    expect(r.exits[0].intrInfo >>> 0).toBe(0x80000306);
    expect(r.exits[0].rip).toBe(BigInt(r.label('compat') + 5));
    expect(r.exits[1].rip).toBe(BigInt(r.label('compat') + 8));
  });
});
