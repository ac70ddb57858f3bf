// NASM building blocks shared by the flow tests.

/** Prelude for 64-bit snippets: ABS() turns a label into a scalar (NASM bin format). */
export const PRE64 = `%define ORG 0x100000
%define ABS(x) ((x) - $$ + ORG)
jmp start
`;

/**
 * A 64-bit IDT (`idt64`, pseudo-descriptor `idtr64`). `map` gives vector -> handler label (or
 * [label, dpl]); other vectors 0..31 go to stubs that record the vector in r13 and print '!'.
 */
export function idt64(map: Record<number, string | [string, number]>): string {
  const lines = ['align 16', 'idt64:'];
  for (let v = 0; v < 256; v++) {
    const e = map[v];
    const [lab, dpl] = e === undefined ? [v < 32 ? `unexp_${v}` : 'unexpected', 0] : typeof e === 'string' ? [e, 0] : e;
    const attr = 0x8e | (dpl << 5);
    lines.push(`dw ABS(${lab}) & 0xffff, 0x08`, `db 0, 0x${attr.toString(16)}`, `dw (ABS(${lab}) >> 16) & 0xffff`, 'dd 0, 0');
  }
  lines.push('idt64_end:', 'idtr64: dw idt64_end - idt64 - 1', 'dq idt64');
  for (let v = 0; v < 32; v++) lines.push(`unexp_${v}: mov r13d, ${v}`, 'jmp unexpected_common');
  lines.push('unexpected: mov r13d, 0xff', "unexpected_common: mov al, '!'", 'out 0xe9, al', 'cli', 'hlt');
  return lines.join('\n');
}

/**
 * Real mode -> 32-bit protected mode prelude (org 0x7c00): flat GDT (0x08 code32, 0x10 data32,
 * 0x18 code16 base 0, 0x20 data16), LGDT, CR0.PE, far JMP to `pm32`, data segments and ESP = 0x9000.
 * The snippet continues with `bits 32` code at label pm32_body.
 */
export const REAL_TO_PM32 = `
jmp start
align 8
gdt: dq 0
  dq 0x00cf9a000000ffff ; 0x08 code32 flat
  dq 0x00cf92000000ffff ; 0x10 data32 flat
  dq 0x00009a000000ffff ; 0x18 code16 base 0 limit 64K
  dq 0x000092000000ffff ; 0x20 data16
gdt_end:
gdtr: dw gdt_end - gdt - 1
  dd gdt
start:
  cli
  xor ax, ax
  mov ds, ax
  lgdt [gdtr]
  mov eax, cr0
  or al, 1
  mov cr0, eax
  jmp 0x08:pm32
bits 32
pm32:
  mov ax, 0x10
  mov ds, ax
  mov es, ax
  mov ss, ax
  mov fs, ax
  mov gs, ax
  mov esp, 0x9000
  jmp pm32_body
`;
