// SYSCALL/SYSRET, SYSENTER/SYSEXIT, SWAPGS, FS/GS base instructions (SDM Vol 2).
import { describe, it, expect } from 'vitest';
import { runSys, expectFirstFault, expectHalted, USER_PAGES } from './helpers';
import { CS, SS, GS, FS } from '../../../emulator/cpu/regs';

describe('SYSCALL / SYSRET', () => {
  it('round trip: SYSRET to ring 3 with the fixed selectors, SYSCALL back with RCX/R11 and FMASK', () => {
    const r = runSys(`${USER_PAGES}
        USER_PAGES
        SET_LSTAR kernel
        mov ecx, 0xC0000084             ; FMASK: clear IF, TF, AC
        mov eax, 0x40300
        xor edx, edx
        wrmsr
        mov ecx, 0xC0000081
        xor eax, eax
        mov edx, 0x00180008
        wrmsr
        lea rcx, [rel user]
        mov r11d, 0x243                 ; IF | ZF | CF (and reserved bit 1)
        o64 sysret
user:   mov eax, cs
        mov r13, rax
        mov eax, ss
        mov r14, rax
        lea r15, [rel after]
        syscall
after:  hlt
kernel: mov eax, cs
        mov r8, rax
        mov eax, ss
        mov r9, rax
        hlt`);
    expectHalted(r);
    const c = r.m.cpu;
    expect(r.reg('r13')).toBe(0x2bn);
    expect(r.reg('r14')).toBe(0x23n);
    expect(r.reg('r8')).toBe(0x08n);
    expect(r.reg('r9')).toBe(0x10n);
    expect(r.reg('rcx')).toBe(r.reg('r15'));
    expect(Number(r.reg('r11')) & 0x243).toBe(0x243);   // user RFLAGS (IF=1) saved in R11
    expect(c.getFlags() & 0x200).toBe(0);                 // IF cleared by FMASK
    expect(c.cpl).toBe(0);
    expect(c.sar[CS]).toBe(0xa09b);
    expect(c.sar[SS]).toBe(0xc093);
    expect(c.slimit[CS]).toBe(0xffffffff);
  });
  it('SYSRET (32-bit operand size) returns to compatibility mode at ECX', () => {
    const r = runSys(`${USER_PAGES}
        USER_PAGES
        mov ecx, 0xC0000081
        xor eax, eax
        mov edx, 0x00200008             ; user base 0x20: CS 0x23 (compat), SS 0x2b
        wrmsr
        lea rcx, [rel user]
        mov r11d, 2
        sysret
bits 32
user:   xchg bx, bx
        hlt`);
    expect(r.stop).toEqual({ reason: 'magic-breakpoint' });
    expect(r.m.cpu.modeName()).toBe('compatibility 32-bit');
    expect(r.m.cpu.sel[CS]).toBe(0x23);
    expect(r.m.cpu.sel[SS]).toBe(0x2b);
    expect(r.m.cpu.cpl).toBe(3);
  });
  it('SYSRET to a non-canonical RCX is #GP(0) at CPL 0', () => {
    const r = runSys(`mov rcx, 0x0000800000000000\n o64 sysret`);
    expectFirstFault(r, /^#GP\(0x0\): SYSRET to non-canonical RCX 0x800000000000/);
    expect(r.m.cpu.cpl).toBe(0);
  });
  it('SYSCALL in compatibility mode is #UD (Intel); SYSENTER from compatibility mode enters 64-bit mode', () => {
    const compat = (code: string, pre = '') => runSys(`${pre}
        lgdt [rel g]
        push 0x18
        lea rax, [rel c32]
        push rax
        o64 retf
bits 32
c32:    ${code}
bits 64
k64:    hlt
align 8
gdt:    dq 0, 0x00AF9A000000FFFF, 0x00CF92000000FFFF, 0x00CF9A000000FFFF
g:      dw 31
        dq gdt`);
    expectFirstFault(compat('syscall'), /^#UD: SYSCALL outside 64-bit mode/);
    const r = compat('sysenter', `mov ecx, 0x174\n mov eax, 8\n xor edx, edx\n wrmsr\n mov ecx, 0x176\n lea rax, [rel k64]\n wrmsr\n mov ecx, 0x175\n mov eax, 0x90000\n wrmsr\n`);
    expectHalted(r);
    expect(r.m.cpu.modeName()).toBe('64-bit');
    expect(r.reg('rsp')).toBe(0x90000n);
  });
  it('#UD with EFER.SCE=0; SYSRET at CPL 3 is #GP', () => {
    expectFirstFault(runSys(`mov ecx, 0xC0000080\n rdmsr\n and eax, ~1\n wrmsr\n syscall`), /^#UD: SYSCALL with EFER\.SCE=0/);
    expectFirstFault(runSys(`${USER_PAGES}\n USER_PAGES\n TO_RING3 user\nuser: o64 sysret`), /^#GP\(0x0\): SYSRET at CPL 3/);
  });
});

describe('SYSENTER / SYSEXIT', () => {
  it('64-bit round trip through the SYSENTER MSRs', () => {
    const r = runSys(`${USER_PAGES}
        USER_PAGES
        mov ecx, 0x174
        mov eax, 0x08
        xor edx, edx
        wrmsr
        mov ecx, 0x175
        mov eax, 0x180000
        wrmsr
        mov ecx, 0x176
        lea rax, [rel kernel]
        wrmsr
        lea rdx, [rel user]
        mov ecx, 0x170000
        o64 sysexit
user:   mov eax, cs
        mov r13, rax
        mov r14, rsp
        sysenter
kernel: hlt`);
    expectHalted(r);
    expect(r.reg('r13')).toBe(0x2bn);
    expect(r.reg('r14')).toBe(0x170000n);
    expect(r.reg('rsp')).toBe(0x180000n);
    expect(r.m.cpu.sel[CS]).toBe(0x08);
    expect(r.m.cpu.sel[SS]).toBe(0x10);
    expect(r.m.cpu.cpl).toBe(0);
  });
  it('#GP(0) when IA32_SYSENTER_CS is null', () => {
    expectFirstFault(runSys(`sysenter`), /SYSENTER with IA32_SYSENTER_CS\[15:2\] = 0/);
  });
});

describe('SWAPGS and FS/GS bases', () => {
  it('SWAPGS exchanges GS.base and IA32_KERNEL_GS_BASE', () => {
    const r = runSys(`
        mov ecx, 0xC0000101
        mov eax, 0x1000
        xor edx, edx
        wrmsr
        mov ecx, 0xC0000102
        mov eax, 0x5000
        mov edx, 0xffff8000
        wrmsr
        swapgs
        mov ecx, 0xC0000101
        rdmsr
        mov r8d, eax
        mov r9d, edx
        mov ecx, 0xC0000102
        rdmsr
        mov r10d, eax
        mov r11d, edx
        hlt`);
    expectHalted(r);
    expect([r.reg('r8'), r.reg('r9'), r.reg('r10'), r.reg('r11')]).toEqual([0x5000n, 0xffff8000n, 0x1000n, 0n]);
    expect(r.m.cpu.sbase[GS]).toBe(-0x800000000000 + 0x5000);
  });
  it('SWAPGS at CPL 3 is #GP(0); outside 64-bit mode #UD', () => {
    expectFirstFault(runSys(`${USER_PAGES}\n USER_PAGES\n TO_RING3 user\nuser: swapgs`), /^#GP\(0x0\): SWAPGS at CPL 3/);
    expectFirstFault(runSys(`lgdt [rel g]\n push 0x18\n lea rax, [rel c32]\n push rax\n o64 retf\nbits 32\nc32: db 0x0f, 0x01, 0xf8\nbits 64\nalign 8\ngdt: dq 0, 0x00AF9A000000FFFF, 0x00CF92000000FFFF, 0x00CF9A000000FFFF\ng: dw 31\n dq gdt`), /^#UD/);
  });
  it('RD/WR FS/GS BASE need CR4.FSGSBASE; canonical check on writes', () => {
    expectFirstFault(runSys(`rdfsbase rax`), /^#UD: RDFSBASE with CR4\.FSGSBASE=0/);
    const r = runSys(`
        mov rax, cr4
        or eax, 0x10000
        mov cr4, rax
        mov rax, 0xffff800000002000
        wrgsbase rax
        mov eax, 0x3000
        wrfsbase eax
        rdgsbase rbx
        rdfsbase rcx
        rdgsbase edx
        hlt`);
    expectHalted(r);
    expect(r.reg('rbx')).toBe(0xffff800000002000n);
    expect(r.reg('rcx')).toBe(0x3000n);
    expect(r.reg('rdx')).toBe(0x2000n);
    expect(r.m.cpu.sbase[FS]).toBe(0x3000);
    expectFirstFault(runSys(`mov rax, cr4\n or eax, 0x10000\n mov cr4, rax\n mov rax, 0x0000800000000000\n wrfsbase rax`), /WRFSBASE: 0x800000000000 is not canonical/);
  });
});
