import { describe, it, expect } from 'vitest';
import { runFlow, userPages } from './flow-harness';
import { PRE64, idt64 } from './snippets';
import { nasmAvailable } from '../harness';
import type { Machine } from '../../../emulator/machine';

const d = nasmAvailable() ? describe : describe.skip;
const h = (v: bigint | number): string => v.toString(16);

d('IN / OUT / INS / OUTS', () => {
  it('real mode: OUT imm8/DX of sizes 1/2/4 to port 0xE9, IN reads 0xE9, rep outsb/insb, DF=1 outsb', () => {
    const r = runFlow(`
  jmp start
msg: db 'hello'
start:
  mov sp, 0x7000
  mov al, 'A'
  out 0xe9, al
  mov dx, 0xe9
  mov al, 'B'
  out dx, al
  mov ax, 'C'
  out dx, ax
  mov eax, 'D'
  out dx, eax
  out 0xe9, ax
  in al, 0xe9
  mov bl, al
  in ax, dx
  mov cx, ax
  cld
  mov si, msg
  mov cx, 5
  rep outsb
  std
  mov si, msg + 4
  mov cx, 5
  rep outsb
  cld
  mov di, 0x600
  mov cx, 3
  rep insb
  mov [0x610], di
  hlt`, { mode: 'real' });
    expect(r.stop.reason).toBe('halted');
    expect(r.out).toBe('ABCDDhelloolleh');
    expect(r.reg('rbx') & 0xffn).toBe(0xe9n);
    expect([r.m.mem.read8(0x600), r.m.mem.read8(0x601), r.m.mem.read8(0x602), r.m.mem.read8(0x603)]).toEqual([0xe9, 0xe9, 0xe9, 0]);
    expect(r.m.mem.read16(0x610)).toBe(0x603);
    expect(r.reg('rcx') & 0xffffn).toBe(0n);
  });

  it('64-bit: IN eax zero-extends into RAX; outsb with a32 and a segment override', () => {
    const r = runFlow(`${PRE64}
msg: db 'xyz'
start:
  mov rax, -1
  mov dx, 0xe9
  in eax, dx
  mov r8, rax
  lea rsi, [rel msg]
  mov ecx, 3
  a32 rep outsb
  lea rsi, [rel msg]
  gs outsb
  hlt`);
    expect(r.stop.reason).toBe('halted');
    expect(h(r.reg('r8'))).toBe('e9');
    expect(r.out).toBe('xyzx');
  });

  // Ring 3 with an I/O permission bitmap that allows only port 0xE9 (ports 0..255 covered).
  const ioSetup = (m: Machine): void => {
    userPages(m);
    const tss = m.systemArea!.tss;
    m.mem.write16(tss + 0x66, 0x68);
    for (let i = 0; i < 32; i++) m.mem.write8(tss + 0x68 + i, 0xff);
    m.mem.write8(tss + 0x68 + (0xe9 >> 3), 0xff & ~(1 << (0xe9 & 7)));
    m.mem.write8(tss + 0x68 + 32, 0xff);
    m.cpu.trLimit = 0x68 + 32;
  };
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
  pop r12                 ; error code
  mov r13, [rsp]          ; faulting RIP
  mov al, 'G'
  out 0xe9, al
  hlt
${idt64({ 13: 'gp_handler' })}`, { setup: ioSetup, max: 200 });

  it('CPL 3 > IOPL: allowed by the TSS bitmap for 0xE9, #GP(0) for a denied port', () => {
    const r = ring3(0x2, `  mov al, 'u'
  out 0xe9, al
  mov dx, 0xe9
  in al, dx
denied:
  out 0x80, al
  jmp $`);
    expect(r.stop.reason).toBe('halted');
    expect(r.out).toBe('uG');
    expect(r.reg('r12')).toBe(0n);
    expect(Number(r.reg('r13'))).toBe(r.sym('denied'));
  });

  it('CPL 3 > IOPL: a port beyond the TSS limit and a 2-byte access straddling a denied bit fault', () => {
    const r = ring3(0x2, `  mov dx, 0x3f8
beyond:
  out dx, al
  jmp $`);
    expect(r.out).toBe('G');
    expect(Number(r.reg('r13'))).toBe(r.sym('beyond'));
    const r2 = ring3(0x2, `  mov dx, 0xe9
wide:
  out dx, ax              ; port 0xEA is denied
  jmp $`);
    expect(r2.out).toBe('G');
    expect(Number(r2.reg('r13'))).toBe(r2.sym('wide'));
  });

  it('CPL 3 with IOPL 3: no bitmap check; rep outsb works', () => {
    const r = ring3(0x3002, `  out 0x80, al
  lea rsi, [rel m3]
  mov dx, 0xe9
  mov ecx, 2
  rep outsb
  jmp $
m3: db 'ok'`);
    expect(r.stop.reason).toBe('budget');
    expect(r.out).toBe('ok');
  });
});
