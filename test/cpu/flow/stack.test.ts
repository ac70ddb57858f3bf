import { describe, it, expect } from 'vitest';
import { runFlow, userPages } from './flow-harness';
import { PRE64, idt64, REAL_TO_PM32 } from './snippets';
import { nasmAvailable } from '../harness';
import { SS, FS, ES } from '../../../emulator/cpu/regs';

const d = nasmAvailable() ? describe : describe.skip;
const h = (v: bigint | number): string => v.toString(16);

d('PUSH / POP', () => {
  it('64-bit: register, immediate, memory, RSP forms, 16-bit with 66h', () => {
    const r = runFlow(`${PRE64}
val: dq 0xa1b2c3d4e5f60718
dst: dq 0
start:
  mov rax, 0x1122334455667788
  push rax
  pop rbx
  push -2
  pop rcx
  push 0x12345678
  pop rdx
  mov rsi, rsp
  push rsp
  pop rdi              ; old RSP
  push qword [rel val]
  pop qword [rel dst]
  mov r8, [rel dst]
  mov r9, rsp
  push word 0x1234     ; 66h: 2 bytes
  mov r10, rsp
  pop ax               ; 16-bit pop
  mov r11, rsp
  ; pop [rsp+8]: the address is computed after RSP is incremented
  sub rsp, 16
  mov qword [rsp], 0x55
  mov qword [rsp+8], 0
  mov qword [rsp+16], 0
  pop qword [rsp+8]    ; writes old rsp+16
  mov r12, [rsp+8]
  add rsp, 8
  ; pop rsp
  mov r14, rsp
  push 0x4000
  pop rsp
  mov r15, rsp
  mov rsp, r14
  hlt`);
    expect(r.stop.reason).toBe('halted');
    expect(h(r.reg('rbx'))).toBe('1122334455667788');
    expect(h(r.reg('rcx'))).toBe('fffffffffffffffe');
    expect(h(r.reg('rdx'))).toBe('12345678');
    expect(r.reg('rdi')).toBe(r.reg('rsi'));
    expect(h(r.reg('r8'))).toBe('a1b2c3d4e5f60718');
    expect(r.reg('r9') - r.reg('r10')).toBe(2n);
    expect(r.reg('r11')).toBe(r.reg('r9'));
    expect(r.reg('rax') & 0xffffn).toBe(0x1234n);
    expect(h(r.reg('r12'))).toBe('55');
    expect(h(r.reg('r15'))).toBe('4000');
  });

  it('64-bit: segment registers (16-bit store into the 8-byte slot), POP FS loads the selector', () => {
    const r = runFlow(`${PRE64}
start:
  push -1
  pop rax
  push fs
  pop rbx              ; upper 48 bits: the slot's previous contents
  push 0x10
  pop fs
  mov cx, fs
  mov rdx, rsp
  push fs
  sub rdx, rsp
  add rsp, 8
  hlt`);
    expect(r.stop.reason).toBe('halted');
    expect(h(r.reg('rbx'))).toBe('ffffffffffff0010');
    expect(r.reg('rcx') & 0xffffn).toBe(0x10n);
    expect(r.reg('rdx')).toBe(8n);
  });

  it('real mode: PUSH/POP 16 and 32-bit, segment registers, POP SS sets the interrupt shadow', () => {
    const r = runFlow(`
  mov sp, 0x7000
  mov ax, 0x1234
  push ax
  pop bx
  push dword 0x89abcdef
  pop ecx
  mov dx, 0x2000
  push dx
  pop es
  push es
  pop ds          ; ds = 0x2000
  mov si, sp
  push 0x0000
  pop ss          ; shadow
  nop
  hlt`, { mode: 'real', max: 14 });
    expect(r.stop.reason).toBe('budget');
    const c = r.m.cpu;
    expect(r.reg('rbx') & 0xffffn).toBe(0x1234n);
    expect(h(r.reg('rcx'))).toBe('89abcdef');
    expect(c.sel[ES]).toBe(0x2000);
    expect(c.sel[3]).toBe(0x2000);
    expect(c.sel[SS]).toBe(0);
    expect(c.sbase[ES]).toBe(0x20000);
    expect(c.shadow).toBe(1);
    expect(r.reg('rsp') & 0xffffn).toBe(0x7000n);
    void FS;
  });
});

d('PUSHF / POPF', () => {
  it('real mode: 16-bit POPF writes all flags (IOPL, NT); 32-bit POPFD sets AC/ID, keeps VM, clears RF', () => {
    const r = runFlow(`
  mov sp, 0x7000
  push 0xfeff            ; everything but TF
  popf
  pushf
  pop bx
  push dword 0x00270000  ; ID | VM | AC | RF
  popfd
  pushfd
  pop ecx
  push 0
  popf
  hlt`, { mode: 'real' });
    expect(r.stop.reason).toBe('halted');
    expect(h(r.reg('rbx') & 0xffffn)).toBe('7ed7');
    expect(h(r.reg('rcx'))).toBe('240002');
  });

  it('64-bit CPL 0: POPFQ changes IOPL and IF; PUSHFQ clears RF/VM in the image', () => {
    const r = runFlow(`${PRE64}
start:
  push 0x3202
  popfq
  pushfq
  pop rax
  push 0x10002
  popfq
  pushfq
  pop rbx
  hlt`);
    expect(h(r.reg('rax'))).toBe('3202');
    expect(h(r.reg('rbx'))).toBe('2');
  });

  const ring3 = (rflags: number, popValue: number) => runFlow(`${PRE64}
start:
  push 0x23              ; SS
  push 0x80000           ; RSP
  push ${rflags}         ; RFLAGS
  push 0x2b              ; CS
  push ring3
  iretq
ring3:
  push ${popValue}
  popfq
  pushfq
  pop rbx
  jmp $`, { max: 30, setup: (m) => userPages(m) });

  it('CPL 3, IOPL 0: POPFQ changes neither IF nor IOPL', () => {
    const r = ring3(0x202, 0x3000 | 0x800 | 0x1);
    expect(r.stop.reason).toBe('budget');
    expect(r.m.cpu.cpl).toBe(3);
    expect(h(r.reg('rbx'))).toBe('a03'); // IF kept (1), IOPL kept (0), OF/CF taken
  });

  it('CPL 3, IOPL 3: POPFQ changes IF but not IOPL', () => {
    const r = ring3(0x3002, 0x200);
    expect(r.m.cpu.cpl).toBe(3);
    expect(h(r.reg('rbx'))).toBe('3202');
  });

  it('32-bit protected mode CPL 0: POPFD writes IOPL and IF', () => {
    const r = runFlow(`${REAL_TO_PM32}
pm32_body:
  push 0x3202
  popfd
  pushfd
  pop ebx
  push 0
  popfd
  hlt`, { mode: 'real' });
    expect(r.stop.reason).toBe('halted');
    expect(r.m.cpu.bits).toBe(32);
    expect(h(r.reg('rbx'))).toBe('3202');
  });
});

d('PUSHA / POPA', () => {
  it('real mode: PUSHA layout and POPA (SP slot skipped), 32-bit PUSHAD/POPAD', () => {
    const r = runFlow(`
  mov sp, 0x7000
  mov ax, 1
  mov cx, 2
  mov dx, 3
  mov bx, 4
  mov bp, 6
  mov si, 7
  mov di, 8
  pusha
  mov ax, [0x7000-2]      ; AX slot
  mov [0x6000], ax
  mov ax, [0x7000-10]     ; SP slot
  mov [0x6002], ax
  mov ax, [0x7000-16]     ; DI slot
  mov [0x6004], ax
  mov word [0x7000-10], 0x1234  ; ignored by POPA
  xor ax, ax
  xor cx, cx
  xor dx, dx
  xor bx, bx
  xor bp, bp
  xor si, si
  xor di, di
  popa
  mov eax, 0x11111111
  mov ebx, 0x44444444
  pushad
  xor eax, eax
  xor ebx, ebx
  mov [0x6006], sp
  popad
  hlt`, { mode: 'real' });
    expect(r.stop.reason).toBe('halted');
    const mem = r.m.mem;
    expect(mem.read16(0x6000)).toBe(1);
    expect(mem.read16(0x6002)).toBe(0x7000);
    expect(mem.read16(0x6004)).toBe(8);
    expect(mem.read16(0x6006)).toBe(0x7000 - 32);
    expect(r.reg('rcx') & 0xffffn).toBe(2n);
    expect(r.reg('rdx') & 0xffffn).toBe(3n);
    expect(r.reg('rbp') & 0xffffn).toBe(6n);
    expect(r.reg('rsi') & 0xffffn).toBe(7n);
    expect(r.reg('rdi') & 0xffffn).toBe(8n);
    expect(h(r.reg('rax'))).toBe('11111111');
    expect(h(r.reg('rbx'))).toBe('44444444');
    expect(r.reg('rsp') & 0xffffn).toBe(0x7000n);
  });

  it('64-bit mode: PUSHA is #UD', () => {
    const r = runFlow(`${PRE64}
start:
  lidt [rel idtr64]
  db 0x60        ; pusha
  hlt
ud_handler:
  mov r12d, 1
  hlt
${idt64({ 6: 'ud_handler' })}`);
    expect(r.reg('r12')).toBe(1n);
    expect(r.out).toBe('');
  });
});

d('ENTER / LEAVE', () => {
  it('real mode: nesting level 3 copies the display and pushes the frame pointer; LEAVE undoes it', () => {
    const r = runFlow(`
  mov sp, 0x7000
  mov bp, 0x6000
  mov word [0x6000-2], 0xaaaa
  mov word [0x6000-4], 0xbbbb
  enter 8, 3
  mov [0x5000], bp
  mov [0x5002], sp
  leave
  hlt`, { mode: 'real' });
    expect(r.stop.reason).toBe('halted');
    const mem = r.m.mem;
    expect(mem.read16(0x6ffe)).toBe(0x6000);
    expect(mem.read16(0x6ffc)).toBe(0xaaaa);
    expect(mem.read16(0x6ffa)).toBe(0xbbbb);
    expect(mem.read16(0x6ff8)).toBe(0x6ffe);
    expect(mem.read16(0x5000)).toBe(0x6ffe);
    expect(mem.read16(0x5002)).toBe(0x6ff0);
    expect(r.reg('rbp') & 0xffffn).toBe(0x6000n);
    expect(r.reg('rsp') & 0xffffn).toBe(0x7000n);
  });

  it('64-bit: ENTER level 0 and level 2, LEAVE', () => {
    const r = runFlow(`${PRE64}
start:
  mov rbp, 0x1111
  mov r8, rsp
  enter 0x20, 0
  mov r9, rbp
  mov r10, rsp
  leave
  mov r11, rsp
  mov r12, rbp
  mov rbp, 0x300000
  mov qword [0x300000-8], 0x77
  enter 0x10, 2
  mov r13, [rsp+0x10]     ; copied display entry
  leave
  hlt`);
    expect(r.stop.reason).toBe('halted');
    const rsp0 = r.reg('r8');
    expect(r.reg('r9')).toBe(rsp0 - 8n);
    expect(r.reg('r10')).toBe(rsp0 - 8n - 0x20n);
    expect(r.reg('r11')).toBe(rsp0);
    expect(h(r.reg('r12'))).toBe('1111');
    // level 2: push rbp (0x300000), push [rbp-8] (0x77), push frame; rsp -= 0x10
    const c = r.m.cpu;
    const frame = rsp0 - 8n;
    expect(Number(c.getBig(5))).toBe(0x300000);
    expect(r.m.mem.read32(Number(frame))).toBe(0x300000);
    expect(r.m.mem.read32(Number(frame) - 8)).toBe(0x77);
    expect(r.m.mem.read32(Number(frame) - 16)).toBe(Number(frame));
    expect(r.reg('r13')).toBe(frame); // [rsp+0x10] is the pushed frame pointer
    expect(r.reg('rsp')).toBe(rsp0);
  });
});
