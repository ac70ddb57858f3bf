import { describe, it, expect } from 'vitest';
import { runFlow, userPages } from './flow-harness';
import { PRE64, idt64 } from './snippets';
import { nasmAvailable } from '../harness';
import { CS } from '../../../emulator/cpu/regs';

const d = nasmAvailable() ? describe : describe.skip;
const h = (v: bigint | number): string => v.toString(16);

d('software interrupts in real mode (IVT)', () => {
  it('INT n, INT3, INTO (OF=1 and OF=0), INT1 through IVT handlers; IRET restores CS:IP and FLAGS', () => {
    const r = runFlow(`
  jmp start
h21:
  pushf
  pop dx                   ; FLAGS inside the handler (IF cleared)
  mov bx, 0x4321
  iret
h3: inc byte [0x600]
  iret
h4: inc byte [0x601]
  iret
h1: inc byte [0x602]
  iret
start:
  mov sp, 0x7000
  mov word [0x21*4], h21
  mov word [0x21*4+2], 0
  mov word [3*4], h3
  mov word [3*4+2], 0
  mov word [4*4], h4
  mov word [4*4+2], 0
  mov word [1*4], h1
  mov word [1*4+2], 0
  sti
  int 0x21
after21:
  pushf
  pop cx
  mov si, sp
  int3
  mov al, 0x7f
  add al, 1                ; OF=1
  into
  xor al, al               ; OF=0
  into
  int1
  cli
  hlt`, { mode: 'real' });
    expect(r.stop.reason).toBe('halted');
    expect(h(r.reg('rbx') & 0xffffn)).toBe('4321');
    expect(r.reg('rdx') & 0x200n).toBe(0n);
    expect(r.reg('rcx') & 0x200n).toBe(0x200n);
    expect(r.reg('rsi') & 0xffffn).toBe(0x7000n);
    expect([r.m.mem.read8(0x600), r.m.mem.read8(0x601), r.m.mem.read8(0x602)]).toEqual([1, 1, 1]);
  });

  it('STI sets the interrupt shadow only when IF was 0', () => {
    const r = runFlow(`
  cli
  sti
  nop
  hlt`, { mode: 'real', max: 2 });
    expect(r.stop.reason).toBe('budget');
    expect(r.m.cpu.shadow).toBe(1);
    const r2 = runFlow(`
  sti
  nop
  sti
  nop
  hlt`, { mode: 'real', max: 3 });
    expect(r2.m.cpu.shadow).toBe(0);
  });
});

d('software interrupts in 64-bit mode (IDT)', () => {
  it('INT n frame and IRETQ back; INT3 and INT1 return after the instruction; INTO is #UD', () => {
    const r = runFlow(`${PRE64}
start:
  lidt [rel idtr64]
  mov r15, rsp
  int 0x40
after40:
  mov r14, rsp
  int3
after3:
  int1
after1:
  db 0xce                  ; INTO (NASM refuses it in 64-bit code)
  hlt
h40:
  mov r8, [rsp]            ; RIP
  mov r9, [rsp+8]          ; CS
  mov r10, [rsp+16]        ; RFLAGS
  mov r11, [rsp+24]        ; RSP
  mov r12, [rsp+32]        ; SS
  iretq
h3:
  mov rbx, [rsp]
  iretq
h1:
  mov rcx, [rsp]
  iretq
hud:
  mov rdx, [rsp]
  mov rax, [rsp]
  inc rax                  ; skip the one-byte INTO
  mov [rsp], rax
  iretq
${idt64({ 0x40: 'h40', 3: 'h3', 1: 'h1', 6: 'hud' })}`);
    expect(r.stop.reason).toBe('halted');
    expect(r.out).toBe('');
    expect(Number(r.reg('r8'))).toBe(r.sym('after40'));
    expect(r.reg('r9')).toBe(8n);
    expect(r.reg('r10') & 0x2n).toBe(2n);
    expect(r.reg('r11')).toBe(r.reg('r15'));
    expect(r.reg('r12')).toBe(0x10n);
    expect(r.reg('r14')).toBe(r.reg('r15'));
    expect(Number(r.reg('rbx'))).toBe(r.sym('after3'));
    expect(Number(r.reg('rcx'))).toBe(r.sym('after1'));
    expect(Number(r.reg('rdx'))).toBe(r.sym('after1'));
  });

  const ring3 = (rflags: number, body: string) => runFlow(`${PRE64}
start:
  lidt [rel idtr64]
  push 0x23
  push 0x80000
  push ${rflags}
  push 0x2b
  push ring3
  iretq
ring3:
${body}
gp_handler:
  pop r12                  ; error code
  mov r13, [rsp]           ; faulting RIP
  mov al, 'G'
  out 0xe9, al
  hlt
h80:
  mov r14, [rsp+16]        ; RFLAGS at the INT
  mov r15, [rsp+8]         ; CS
  mov al, 'K'
  out 0xe9, al
  hlt
${idt64({ 13: 'gp_handler', 0x80: ['h80', 3], 0x81: 'h80' })}`, { setup: (m) => userPages(m), max: 200 });

  it('CLI at CPL 3 > IOPL is #GP(0) on the CLI', () => {
    const r = ring3(0x202, `at_cli:
  cli
  jmp $`);
    expect(r.out).toBe('G');
    expect(r.reg('r12')).toBe(0n);
    expect(Number(r.reg('r13'))).toBe(r.sym('at_cli'));
  });

  it('CLI/STI at CPL 3 with IOPL 3 change IF; INT 0x80 through a DPL-3 gate reaches ring 0', () => {
    const r = ring3(0x3202, `  cli
  sti
  cli
  int 0x80
  jmp $`);
    expect(r.out).toBe('K');
    expect(r.reg('r14') & 0x200n).toBe(0n);
    expect(r.reg('r14') & 0x3000n).toBe(0x3000n);
    expect(r.reg('r15')).toBe(0x2bn);
    expect(r.m.cpu.sel[CS]).toBe(8);
  });

  it('STI at CPL 3 > IOPL is #GP(0)', () => {
    const r = ring3(0x2, `at_sti:
  sti
  jmp $`);
    expect(r.out).toBe('G');
    expect(Number(r.reg('r13'))).toBe(r.sym('at_sti'));
  });

  // SDM Vol 2 INT n: a gate DPL < CPL is #GP(vector*8+2) reported on the INT instruction itself.
  // interrupts.ts deliverEvent currently delivers faults raised during a software interrupt's delivery
  // with the return address of the *next* instruction (see the report); enable once that is fixed.
  it.todo('INT n through a DPL-0 gate from CPL 3 is #GP(vector*8+2) with RIP at the INT');
});
