// Mode switches (SDM Vol 3A 9.8.5, 9.9): real -> protected -> IA-32e, the direct real -> IA-32e switch, and
// leaving IA-32e mode. Far JMPs come from far.ts; `xchg bx, bx` checkpoints stop the run for inspection.
import { describe, it, expect } from 'vitest';
import { runSys, expectHalted, REAL_PRELUDE } from './helpers';
import { EFER_LMA } from '../../../emulator/cpu/cpu';

// GDT for the switches: 0x08 64-bit code, 0x10 flat data, 0x18 32-bit code.
const GDT = `
align 8
gdt:    dq 0
        dq 0x00AF9A000000FFFF
        dq 0x00CF92000000FFFF
        dq 0x00CF9A000000FFFF
gdt_end:
gdtr:   dw gdt_end - gdt - 1
        dd gdt
`;
// 4-level tables at 0x1000 (PML4), 0x2000 (PDPT), 0x3000 (PD: first 2 MiB, identity).
const TABLES = `
        mov dword [0x1000], 0x2003
        mov dword [0x2000], 0x3003
        mov dword [0x3000], 0x83
`;

describe('mode transitions', () => {
  it('real -> protected 32-bit -> IA-32e (compatibility, then 64-bit)', () => {
    const r = runSys(`${REAL_PRELUDE}
        lgdt [gdtr]
${TABLES}
        mov eax, cr0
        or eax, 1
        mov cr0, eax
        jmp 0x18:pm32
bits 32
pm32:   mov ax, 0x10
        mov ds, ax
        mov ss, ax
        mov esp, 0x7000
        xchg bx, bx                     ; checkpoint 1: protected 32-bit
        mov eax, cr4
        or eax, 0x20
        mov cr4, eax
        mov eax, 0x1000
        mov cr3, eax
        mov ecx, 0xC0000080
        rdmsr
        or eax, 0x100
        wrmsr
        mov eax, cr0
        or eax, 0x80000000
        mov cr0, eax
        xchg bx, bx                     ; checkpoint 2: compatibility mode
        jmp 0x08:lm64
bits 64
lm64:   mov rax, 0x1122334455667788
        mov rbx, [0x7c00]
        hlt
${GDT}`, { mode: 'real' });
    expect(r.stop).toEqual({ reason: 'magic-breakpoint' });
    expect(r.m.cpu.modeName()).toBe('protected 32-bit');
    r.resume();
    expect(r.stop).toEqual({ reason: 'magic-breakpoint' });
    expect(r.m.cpu.modeName()).toBe('compatibility 32-bit');
    expect(r.m.cpu.efer & EFER_LMA).toBe(EFER_LMA);
    r.resume();
    expectHalted(r);
    expect(r.m.cpu.modeName()).toBe('64-bit');
    expect(r.reg('rax')).toBe(0x1122334455667788n);
    expect(r.reg('rbx')).toBe(r.u64(0x7c00));
  });

  it('direct real -> IA-32e switch (PE and PG together)', () => {
    const r = runSys(`${REAL_PRELUDE}
        lgdt [gdtr]
${TABLES}
        mov eax, 0x20
        mov cr4, eax
        mov eax, 0x1000
        mov cr3, eax
        mov ecx, 0xC0000080
        rdmsr
        or eax, 0x100
        wrmsr
        mov eax, cr0
        or eax, 0x80000001
        mov cr0, eax
        mov si, 0x55aa                  ; still executes (16-bit compatibility mode)
        xchg bx, bx
        jmp 0x08:lm64
bits 64
lm64:   mov rax, -1
        hlt
${GDT}`, { mode: 'real' });
    expect(r.stop).toEqual({ reason: 'magic-breakpoint' });
    expect(r.m.cpu.modeName()).toBe('compatibility 16-bit');
    expect(r.reg('rsi') & 0xffffn).toBe(0x55aan);
    r.resume();
    expectHalted(r);
    expect(r.m.cpu.modeName()).toBe('64-bit');
    expect(r.reg('rax')).toBe(0xffffffffffffffffn);
  });

  it('leaving IA-32e mode: compatibility mode, clear PG (LMA=0), clear LME', () => {
    const r = runSys(`
        lgdt [rel gdtr64]
        push 0x18                       ; to 32-bit compatibility code with a far return
        lea rax, [rel compat]
        push rax
        o64 retf
bits 32
compat: mov eax, cr0
        and eax, 0x7fffffff
        mov cr0, eax                    ; paging off: IA-32e mode deactivated
        mov ecx, 0xC0000080
        rdmsr
        and eax, ~0x100
        wrmsr
        mov ebx, 0x600d
        hlt
bits 64
align 8
farptr: dd compat
        dw 0x18
gdt64:  dq 0
        dq 0x00AF9A000000FFFF
        dq 0x00CF92000000FFFF
        dq 0x00CF9A000000FFFF
gdtr64: dw 31
        dq gdt64`);
    expectHalted(r);
    expect(r.m.cpu.modeName()).toBe('protected 32-bit');
    expect(r.m.cpu.efer & (EFER_LMA | 0x100)).toBe(0);
    expect(r.reg('rbx')).toBe(0x600dn);
  });
});
