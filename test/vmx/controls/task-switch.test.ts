// Task switches in VMX non-root operation (SDM Vol 3C 26.4.2): a 32-bit protected-mode guest (unrestricted
// guest over an identity EPT, paging off) attempts task switches by far JMP and CALL (to a TSS and through a
// task gate), by IRET with NT = 1 and through a task gate in the IDT; each passes the checks the SDM lists
// (gate, TSS selector and descriptor) and causes VM exit 9 with the TSS selector and source in the
// qualification. Checks that fail are faults in the guest (here intercepted by the exception bitmap).
import { describe, it, expect } from 'vitest';
import { runHv, expectDone, reasons, GUEST_DATA } from './prelude';
import { runAsm } from '../../cpu/harness';
import { F } from '../../../emulator/vmx/vmcs';

const GDT = GUEST_DATA + 0x800, TSS_A = GUEST_DATA + 0x400, IDT32 = GUEST_DATA + 0xc00;

/** Identity EPT (1 GiB of 2-MiB pages), a 32-bit flat guest without paging, its own GDT with TSSs and gates, an IDT with a task gate. */
const SETUP = `
EPT_PML4 equ 0x300000
EPT_PDPT equ 0x301000
EPT_PD   equ 0x302000
GDT32    equ 0x${GDT.toString(16)}
TSS_A    equ 0x${TSS_A.toString(16)}
IDT32    equ 0x${IDT32.toString(16)}
        mov     qword [EPT_PML4], EPT_PDPT | 7
        mov     qword [EPT_PDPT], EPT_PD | 7
        xor     ecx, ecx
.ept:   mov     rax, rcx
        shl     rax, 21
        or      rax, 7 | (6 << 3) | 0x80
        mov     [EPT_PD + rcx*8], rax
        inc     ecx
        cmp     ecx, 512
        jb      .ept
        VMW     EPT_POINTER, EPT_PML4 | 0x1e
        ; guest GDT: 08 code32, 10 data32, 18 available 32-bit TSS, 20 task gate -> 18, 28 busy 32-bit TSS,
        ; 30 available TSS not present, 38 available TSS with limit 0x20, 40 task gate DPL 0 (for CPL checks: none here)
        mov     qword [GDT32 + 0x00], 0
        mov     rax, 0x00cf9b000000ffff
        mov     [GDT32 + 0x08], rax
        mov     rax, 0x00cf93000000ffff
        mov     [GDT32 + 0x10], rax
        mov     rax, (0x89 << 40) | 0x67 | ((TSS_A & 0xffffff) << 16)
        mov     [GDT32 + 0x18], rax
        mov     rax, (0x85 << 40) | (0x18 << 16)
        mov     [GDT32 + 0x20], rax
        mov     rax, (0x8b << 40) | 0x67 | ((TSS_A & 0xffffff) << 16)
        mov     [GDT32 + 0x28], rax
        mov     rax, (0x09 << 40) | 0x67 | ((TSS_A & 0xffffff) << 16)
        mov     [GDT32 + 0x30], rax
        mov     rax, (0x89 << 40) | 0x20 | ((TSS_A & 0xffffff) << 16)
        mov     [GDT32 + 0x38], rax
        VMW     GUEST_GDTR_BASE, GDT32
        VMW     GUEST_GDTR_LIMIT, 0x3f
        ; the current task: TR = 0x28 (busy), its previous-task link names 0x28 too (for IRET with NT = 1)
        mov     dword [TSS_A], 0x28
        VMW     GUEST_TR_SELECTOR, 0x28
        VMW     GUEST_TR_BASE, TSS_A
        VMW     GUEST_TR_LIMIT, 0x67
        VMW     GUEST_TR_AR_BYTES, 0x8b
        ; IDT: vector 0x40 task gate -> 0x18 (DPL 3 so INT 40h is allowed), vector 6 (#UD) task gate -> 0x18
        mov     rax, (0xe5 << 40) | (0x18 << 16)
        mov     [IDT32 + 0x40*8], rax
        mov     rax, (0x85 << 40) | (0x18 << 16)
        mov     [IDT32 + 6*8], rax
        VMW     GUEST_IDTR_BASE, IDT32
        VMW     GUEST_IDTR_LIMIT, 0x7ff
        ; 32-bit protected mode, paging off (unrestricted guest), not IA-32e
        mov     ebx, VM_ENTRY_CONTROLS
        vmread  rax, rbx
        and     eax, ~ENTRY_IA32E_MODE_GUEST
        vmwrite rbx, rax
        mov     rax, cr0
        and     eax, 0x7fffffff
        VMW     GUEST_CR0, rax
        mov     rax, cr4
        and     eax, ~(1 << 5)
        VMW     GUEST_CR4, rax
        VMW     GUEST_CS_AR_BYTES, 0xc09b
        VMW     EXCEPTION_BITMAP, (1 << 10) | (1 << 11) | (1 << 13)
`;

const run = (guest: string, handler?: string) => runHv({ guest: `bits 32\n${guest}`, proc2: 'CPU2_ENABLE_EPT | CPU2_UNRESTRICTED_GUEST', setup: SETUP, handler });

/** Handler fragment: after an exception exit (reason 0), skip the 7-byte far JMP/CALL that faulted. */
const SKIP7_ON_EXCEPTION = `        test    eax, eax
        jnz     hv_advance
        mov     ebx, GUEST_RIP
        vmread  rsi, rbx
        add     rsi, 7
        vmwrite rbx, rsi
        jmp     hv_resume`;

describe('task switches in VMX non-root operation (exit reason 9)', () => {
  it('far JMP and CALL to a TSS and through a task gate: qualification = TSS selector | source << 30, instruction length 7', () => {
    const r = run('jmp 0x18:0\ncall 0x18:0\njmp 0x20:0\ncall 0x20:0');
    expectDone(r);
    expect(reasons(r)).toEqual([9, 9, 9, 9, 18]);
    expect(r.exits.slice(0, 4).map((e) => Number(e.qual))).toEqual([0x80000018, 0x18, 0x80000018, 0x18]); // JMP = 2, CALL = 0; the gate's TSS
    expect(r.exits.slice(0, 4).map((e) => e.len)).toEqual([7, 7, 7, 7]);
    expect(r.exits[0].rip).toBe(BigInt(r.label('guest_entry')));
    expect(r.exits[0].idtVectoring & 0x80000000).toBe(0);
    expect(r.history[0].name).toBe('TASK_SWITCH');
    // The attempt changed nothing in the guest: TR is still 0x28, the TSS descriptors keep their busy bits.
    expect(r.m.vmx!.current!.u32(F.GUEST_TR_SELECTOR)).toBe(0x28);
    expect(r.q(GDT + 0x18) >> 40n & 0xffn).toBe(0x89n);
  });

  it('IRET with NT = 1: source 1 (IRET) and the previous-task link of the current TSS', () => {
    const r = run('pushfd\nor dword [esp], 1 << 14\npopfd\niretd');
    expectDone(r);
    expect(reasons(r)).toEqual([9, 18]);
    expect(Number(r.exits[0].qual)).toBe(0x40000028);
    expect(r.exits[0].len).toBe(1);
  });

  it('INT n through a task gate in the IDT: source 3, IDT-vectoring information = the software interrupt, length 2', () => {
    const r = run('int 0x40');
    expectDone(r);
    expect(reasons(r)).toEqual([9, 18]);
    expect(Number(r.exits[0].qual)).toBe(0xc0000018);
    expect(r.exits[0].idtVectoring >>> 0).toBe(0x80000440); // valid, software interrupt (4), vector 0x40
    expect(r.exits[0].len).toBe(2);
    expect(r.exits[0].rip).toBe(BigInt(r.label('guest_entry')));
  });

  it('a hardware exception through a task gate (#UD): source 3, IDT-vectoring = hardware exception 6, length 0', () => {
    const r = run('ud2', `        cmp     eax, 9
        jne     hv_advance
        mov     ebx, GUEST_RIP
        vmread  rsi, rbx
        add     rsi, 2
        vmwrite rbx, rsi
        jmp     hv_resume`);
    expectDone(r);
    expect(reasons(r)).toEqual([9, 18]);
    expect(Number(r.exits[0].qual)).toBe(0xc0000018);
    expect(r.exits[0].idtVectoring >>> 0).toBe(0x80000306);
    expect(r.exits[0].len).toBe(0);
  });

  it('checks before the exit are faults: busy TSS #GP, not present #NP, limit below 67H #TS, each with the TSS selector', () => {
    const r = run('jmp 0x28:0\njmp 0x30:0\njmp 0x38:0', SKIP7_ON_EXCEPTION);
    expectDone(r);
    expect(reasons(r)).toEqual([0, 0, 0, 18]);
    expect(r.exits.slice(0, 3).map((e) => e.intrInfo & 0xff)).toEqual([13, 11, 10]);
    expect(r.exits.slice(0, 3).map((e) => e.intrError)).toEqual([0x28, 0x30, 0x38]);
  });
});

describe('task switches outside VMX non-root operation', () => {
  it('IA-32e mode: far JMP to a TSS selector is #GP(selector), not a task switch', () => {
    const r = runAsm(`bits 64
org 0x100000
        jmp     far [rel target]
target: dq 0
        dw 0x30`);
    expect(r.stop.reason).toBe('triple-fault');
    expect(r.stop.reason === 'triple-fault' && r.stop.detail).toMatch(/0x30/);
  });
});
