// LGDT/LIDT/SGDT/SIDT in each mode, LLDT/SLDT, LTR/STR with the busy bit, UMIP (SDM Vol 2).
import { describe, it, expect } from 'vitest';
import { runSys, expectFirstFault, expectHalted, REAL_PRELUDE, USER_PAGES } from './helpers';

const real = (body: string) => runSys(REAL_PRELUDE + body, { mode: 'real' });

describe('LGDT / SGDT / LIDT / SIDT', () => {
  it('real mode: 16-bit operand size loads a 24-bit base, 32-bit the full base; SGDT stores 32 bits', () => {
    const r = real(`
        lgdt [g]
        sgdt [0x6000]
        o32 lgdt [g]
        sgdt [0x6010]
        o32 lidt [g]
        sidt [0x6020]
        lidt [null_idt]
        hlt
g:      dw 0x1234
        dd 0xab123456`);
    expectHalted(r);
    expect(r.u32(0x6000) & 0xffff).toBe(0x1234);
    expect(r.u32(0x6002)).toBe(0x00123456);
    expect(r.u32(0x6012)).toBe(0xab123456);
    expect(r.u32(0x6022)).toBe(0xab123456);
    expect(r.m.cpu.gdtrBase).toBe(0xab123456);
  });
  it('16-bit protected mode round trip', () => {
    const r = real(`
        mov eax, cr0
        or al, 1
        mov cr0, eax
        o32 lgdt [g]
        o32 sgdt [0x6000]
        hlt
g:      dw 0x0fff
        dd 0x00345000`);
    expectHalted(r);
    expect(r.m.cpu.modeName()).toBe('protected 16-bit');
    expect(r.u32(0x6000) & 0xffff).toBe(0xfff);
    expect(r.u32(0x6002)).toBe(0x345000);
  });
  it('32-bit protected mode round trip', () => {
    const r = real(`
        lgdt [gdtr]
        mov eax, cr0
        or al, 1
        mov cr0, eax
        jmp 0x08:pm32
bits 32
pm32:   mov ax, 0x10
        mov ds, ax
        sidt [0x6000]
        lidt [i]
        sidt [0x6010]
        sgdt [0x6020]
        hlt
align 8
gdt:    dq 0
        dq 0x00CF9A000000FFFF
        dq 0x00CF92000000FFFF
gdtr:   dw 23
        dd gdt
i:      dw 0x7ff
        dd 0x00050000`);
    expectHalted(r);
    expect(r.m.cpu.modeName()).toBe('protected 32-bit');
    expect(r.u32(0x6000) & 0xffff).toBe(0);
    expect(r.u32(0x6010) & 0xffff).toBe(0x7ff);
    expect(r.u32(0x6012)).toBe(0x50000);
    expect(r.u32(0x6020) & 0xffff).toBe(23);
  });
  it('64-bit mode: 10-byte form with a canonical high base', () => {
    const r = runSys(`
        sgdt [0x200000]
        lidt [rel i]
        sidt [0x200010]
        lgdt [0x200000]
        hlt
i:      dw 0xfff
        dq 0xffff800000001000`);
    expectHalted(r);
    const sa = r.m.systemArea!;
    expect(r.u32(0x200000) & 0xffff).toBe(sa.gdtLimit);
    expect(r.u64(0x200002)).toBe(BigInt(sa.gdt));
    expect(r.u32(0x200010) & 0xffff).toBe(0xfff);
    expect(r.u64(0x200012)).toBe(0xffff800000001000n);
    expect(r.m.cpu.idtrBase).toBe(-0x800000000000 + 0x1000);
  });
  it('#GP(0) for a non-canonical base (64-bit) and for LGDT at CPL 3', () => {
    expectFirstFault(runSys(`lgdt [rel g]\n hlt\ng: dw 0xfff\n dq 0x0000800000000000`), /^#GP\(0x0\): LGDT: base 0x800000000000 is not canonical/);
    expectFirstFault(runSys(`${USER_PAGES}\n USER_PAGES\n TO_RING3 user\nuser: lidt [rel user]\n hlt`), /^#GP\(0x0\): LIDT at CPL 3/);
  });
  it('SGDT works at CPL 3 unless CR4.UMIP=1', () => {
    const ok = runSys(`${USER_PAGES}\n USER_PAGES\n SET_LSTAR kernel\n TO_RING3 user\nuser: sgdt [0x1ff000]\n str eax\n syscall\nkernel: hlt`);
    expectHalted(ok);
    expect(ok.reg('rax')).toBe(0x30n);
    expect(ok.u32(0x1ff000) & 0xffff).toBe(ok.m.systemArea!.gdtLimit);
    for (const insn of ['sgdt [0x1ff000]', 'sidt [0x1ff000]', 'sldt eax', 'str eax', 'smsw eax']) {
      const r = runSys(`${USER_PAGES}\n USER_PAGES\n mov rax, cr4\n or eax, 0x800\n mov cr4, rax\n TO_RING3 user\nuser: ${insn}\n hlt`);
      expectFirstFault(r, /at CPL 3 with CR4\.UMIP=1/);
    }
  });
});

// A GDT for 64-bit mode: 0x08 code64, 0x10 data, 0x18 LDT (16 bytes, base 0xffff800000001000), 0x28 TSS (16 bytes).
const GDT64 = `
align 16
gdt:    dq 0
        dq 0x00AF9A000000FFFF
        dq 0x00CF92000000FFFF
        dq 0x00008200100000ff, 0x00000000ffff8000
        dq 0x0000890020000067, 0
gdt_end:
gdtr:   dw gdt_end - gdt - 1
        dq gdt
`;

describe('LLDT / SLDT / LTR / STR', () => {
  it('LLDT loads a 16-byte LDT descriptor with a 64-bit base; SLDT reads it back; null LDTR is allowed', () => {
    const r = runSys(`
        lgdt [rel gdtr]
        mov ax, 0x18
        lldt ax
        mov rbx, -1
        sldt ebx
        xchg bx, bx
        xor eax, eax
        lldt ax
        sldt [0x200000]
        hlt
${GDT64}`);
    expect(r.stop).toEqual({ reason: 'magic-breakpoint' });
    expect(r.reg('rbx')).toBe(0x18n);
    expect(r.m.cpu.ldtrBase).toBe(-0x800000000000 + 0x1000);
    expect(r.m.cpu.ldtrLimit).toBe(0xff);
    r.resume();
    expectHalted(r);
    expect(r.m.cpu.ldtrAr & 0x10000).toBe(0x10000);
  });
  it('LTR marks the TSS busy in the GDT; a second LTR is #GP(selector)', () => {
    const r = runSys(`
        lgdt [rel gdtr]
        mov ax, 0x28
        ltr ax
        str ecx
        mov dl, [rel gdt + 0x28 + 5]
        xchg bx, bx
        ltr ax
        hlt
${GDT64}`);
    expect(r.stop).toEqual({ reason: 'magic-breakpoint' });
    expect(r.reg('rcx')).toBe(0x28n);
    expect(r.reg('rdx') & 0xffn).toBe(0x8bn);
    expect(r.m.cpu.trBase).toBe(0x2000);
    expect(r.m.cpu.trLimit).toBe(0x67);
    expect(r.m.cpu.trAr & 0xf).toBe(11);
    r.resume();
    expectFirstFault(r, /^#GP\(0x28\): LTR 0x28: TSS is busy/);
  });
  it('type checks: LLDT of a TSS, LTR of an LDT or a code segment, TI=1, null', () => {
    expectFirstFault(runSys(`lgdt [rel gdtr]\n mov ax, 0x28\n lldt ax\n hlt\n${GDT64}`), /^#GP\(0x28\): LLDT 0x28: descriptor is not an LDT/);
    expectFirstFault(runSys(`lgdt [rel gdtr]\n mov ax, 0x18\n ltr ax\n hlt\n${GDT64}`), /^#GP\(0x18\): LTR 0x18: descriptor is not an available 64-bit TSS/);
    expectFirstFault(runSys(`lgdt [rel gdtr]\n mov ax, 0x08\n ltr ax\n hlt\n${GDT64}`), /^#GP\(0x8\): LTR 0x8/);
    expectFirstFault(runSys(`lgdt [rel gdtr]\n mov ax, 0x1c\n ltr ax\n hlt\n${GDT64}`), /^#GP\(0x1c\): LTR 0x1c: selector refers to the LDT/);
    expectFirstFault(runSys(`xor eax, eax\n ltr ax\n hlt`), /^#GP\(0x0\): LTR with a null selector/);
  });
  it('the start state\'s TSS (available in the GDT) can be loaded with LTR', () => {
    const r = runSys(`mov ax, 0x30\n ltr ax\n sgdt [0x200000]\n mov rax, [0x200002]\n mov bl, [rax + 0x35]\n hlt`);
    expectHalted(r);
    expect(r.reg('rbx') & 0xffn).toBe(0x8bn);
  });
  it('LLDT/LTR/SLDT/STR are #UD in real mode', () => {
    expectFirstFault(real(`xor ax, ax\n lldt ax\n hlt`), /^#UD: LLDT in real mode/);
    expectFirstFault(real(`str ax\n hlt`), /^#UD: STR in real mode/);
  });
});
