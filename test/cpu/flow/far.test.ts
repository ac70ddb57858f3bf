import { describe, it, expect } from 'vitest';
import { runFlow, userPages } from './flow-harness';
import { PRE64, REAL_TO_PM32 } from './snippets';
import { nasmAvailable } from '../harness';
import { CS, SS, DS, ES, FS } from '../../../emulator/cpu/regs';

const d = nasmAvailable() ? describe : describe.skip;
const h = (v: bigint | number): string => v.toString(16);


d('far JMP / CALL / RETF, LDS family (real mode)', () => {
  it('ptr16:16 jumps and calls, RETF and RETF imm16, LDS/LES/LSS', () => {
    const r = runFlow(`
  jmp start
lptr: dw 0x1234, 0x2000
sptr: dw 0x6ff0, 0x0000
start:
  mov sp, 0x7000
  jmp 0x07c0:(seg7c0 - 0x7c00)
seg7c0:
  mov ax, cs
  mov [cs:0x500], ax       ; 0x7c0:0x500 = linear 0x8100
  jmp 0:back
back:
  mov bx, cs
  push 0xaaaa              ; parameter
  call 0x07c0:(fn1 - 0x7c00)
  mov [0x600], sp
  call 0x07c0:(fn2 - 0x7c00)
  lds si, [lptr]
  mov ax, ds
  mov [es:0x602], ax
  mov [es:0x604], si
  xor ax, ax
  mov ds, ax
  les di, [lptr]
  lss sp, [sptr]
  hlt
fn1:
  mov dx, cs
  retf 2
fn2:
  mov cx, 0x77
  retf`, { mode: 'real' });
    expect(r.stop.reason).toBe('halted');
    const c = r.m.cpu;
    expect(r.m.mem.read16(0x8100)).toBe(0x07c0);
    expect(r.reg('rbx') & 0xffffn).toBe(0n);
    expect(r.reg('rdx') & 0xffffn).toBe(0x7c0n);
    expect(r.m.mem.read16(0x600)).toBe(0x7000);
    expect(r.reg('rcx') & 0xffffn).toBe(0x77n);
    expect(r.m.mem.read16(0x602)).toBe(0x2000);
    expect(r.m.mem.read16(0x604)).toBe(0x1234);
    expect(c.sel[ES]).toBe(0x2000);
    expect(r.reg('rdi') & 0xffffn).toBe(0x1234n);
    expect(c.sel[SS]).toBe(0);
    expect(r.reg('rsp') & 0xffffn).toBe(0x6ff0n);
    expect(c.sel[CS]).toBe(0);
  });

  it('m16:16 indirect far jmp and far call (segment override on the pointer)', () => {
    const r = runFlow(`
  jmp start
fptr: dw back, 0
cptr: dw fn2 - 0x7c00, 0x07c0
start:
  mov sp, 0x7000
  jmp 0x07c0:(seg7c0 - 0x7c00)
seg7c0:
  jmp far [cs:fptr - 0x7c00]
back:
  mov bx, cs
  call far [cptr]
  mov [0x600], sp
  hlt
fn2:
  mov cx, cs
  retf`, { mode: 'real' });
    expect(r.stop.reason).toBe('halted');
    expect(r.reg('rbx') & 0xffffn).toBe(0n);
    expect(r.reg('rcx') & 0xffffn).toBe(0x7c0n);
    expect(r.m.mem.read16(0x600)).toBe(0x7000);
  });
});

d('mode switches by far JMP', () => {
  it('real -> 32-bit protected (far jmp after CR0.PE), far call/RETF there, INT/IRETD via a 32-bit IDT, back to real mode', () => {
    const r = runFlow(`${REAL_TO_PM32}
pm32_body:
  mov al, 'P'
  out 0xe9, al
  mov ebx, 0x12345678         ; no operand-size prefix needed in 32-bit code
  call 0x08:fn32
  ; 32-bit IDT with vector 0x30
  mov eax, int30
  mov [idt32 + 0x30*8], ax
  mov word [idt32 + 0x30*8 + 2], 0x08
  mov word [idt32 + 0x30*8 + 4], 0x8e00
  mov word [idt32 + 0x30*8 + 6], 0   ; handler below 64 KiB
  lidt [idtr32]
  mov ebp, esp
  int 0x30
after_int:
  ; back to real mode: 16-bit code segment, clear PE, far jmp
  jmp 0x18:pm16
fn32:
  mov al, 'F'
  out 0xe9, al
  retf
int30:
  mov esi, [esp]              ; EIP
  mov edi, [esp+4]            ; CS
  mov al, 'I'
  out 0xe9, al
  iretd
bits 16
pm16:
  mov ax, 0x20
  mov ds, ax
  mov eax, cr0
  and al, 0xfe
  mov cr0, eax
  jmp 0:real_again
real_again:
  xor ax, ax
  mov ds, ax
  mov ss, ax
  mov al, 'R'
  out 0xe9, al
  hlt
align 8
idt32: times 0x31*8 db 0
idtr32: dw 0x31*8 - 1
  dd idt32`, { mode: 'real' });
    expect(r.stop.reason).toBe('halted');
    expect(r.out).toBe('PFIR');
    const c = r.m.cpu;
    expect(c.pe).toBe(false);
    expect(c.bits).toBe(16);
    expect(c.sel[CS]).toBe(0);
    expect(h(r.reg('rbx'))).toBe('12345678');
    expect(Number(r.reg('rsi'))).toBe(r.sym('after_int'));
    expect(r.reg('rdi')).toBe(8n);
    expect(r.reg('rsp') & 0xffffffffn).toBe(0x9000n);
  });

  it('64-bit -> compatibility mode (RETFQ to a 32-bit code segment) -> 64-bit (jmp ptr16:32); LSS', () => {
    const r = runFlow(`${PRE64}
fp:  dq 0x7f000
     dw 0x10
start:
  mov r15, rsp
  push 0x18
  push compat
  o64 retf
bits 32
compat:
  mov al, 'c'
  out 0xe9, al
  mov ebx, 0x12345678
  jmp 0x08:back64
bits 64
back64:
  mov al, '6'
  out 0xe9, al
  lss rsp, [rel fp]
  mov r10, rsp
  mov rsp, r15
  hlt`);
    expect(r.stop.reason).toBe('halted');
    expect(r.out).toBe('c6');
    expect(r.m.cpu.long64).toBe(true);
    expect(h(r.reg('rbx'))).toBe('12345678');
    expect(h(r.reg('r10'))).toBe('7f000');
    expect(r.m.cpu.sel[SS]).toBe(0x10);
    expect(r.reg('rsp')).toBe(r.reg('r15'));
  });

  it('64-bit: jmp far m16:32 to compatibility mode and back; far call m16:64 / RETFQ', () => {
    const r = runFlow(`${PRE64}
p32: dd compat
     dw 0x18
p64: dq fn64
     dw 0x08
start:
  mov r15, rsp
  jmp far dword [rel p32]
bits 32
compat:
  mov al, 'c'
  out 0xe9, al
  jmp 0x08:back64
bits 64
back64:
  mov r8, rsp
  o64 call far [rel p64]
  mov r9, rsp
  hlt
fn64:
  mov r11, [rsp+8]         ; pushed CS (8 bytes)
  mov r12, [rsp]           ; return RIP
  o64 retf`);
    expect(r.stop.reason).toBe('halted');
    expect(r.out).toBe('c');
    expect(r.m.cpu.long64).toBe(true);
    expect(r.reg('r9')).toBe(r.reg('r8'));
    expect(r.reg('r11')).toBe(8n);
  });

  it('RETF to an outer privilege level (ring 0 -> ring 3) loads SS:RSP and clears inaccessible data segments', () => {
    const r = runFlow(`${PRE64}
start:
  mov ax, 0x10
  mov es, ax
  push 0x23                ; SS
  push 0x80000             ; RSP
  push 0x1111              ; 16 bytes of parameters released by imm16
  push 0x2222
  push 0x2b                ; CS
  push ring3               ; RIP
  o64 retf 16
ring3:
  jmp $`, { setup: (m) => userPages(m), max: 20 });
    expect(r.stop.reason).toBe('budget');
    const c = r.m.cpu;
    expect(c.cpl).toBe(3);
    expect(c.sel[CS]).toBe(0x2b);
    expect(c.sel[SS]).toBe(0x23);
    expect(h(r.reg('rsp'))).toBe(h(0x80000 + 16)); // imm16 also released on the caller's stack
    expect(c.sel[ES]).toBe(0); // DPL 0 data segment invalidated on the return to ring 3
  });
});
