// A whole program on the CPU + local APIC: timer interrupts through the IDT, EOI, HLT woken by the
// timer, the STI shadow before HLT, and HLT with IF=0 (no wake-up source).
import { describe, it, expect } from 'vitest';
import { runFlow } from './flow-harness';
import { PRE64, idt64 } from './snippets';
import { nasmAvailable } from '../harness';

const d = nasmAvailable() ? describe : describe.skip;

const APIC = `
APIC      equ 0xFEE00000
SVR       equ 0xF0
EOI       equ 0xB0
LVT_TIMER equ 0x320
TMR_INIT  equ 0x380
TMR_CUR   equ 0x390
TMR_DIV   equ 0x3E0
`;

d('local APIC timer through the IDT', () => {
  it('periodic timer: HLT sleeps until each tick, the handler counts and EOIs, TSC advances across HLT', () => {
    const r = runFlow(`${PRE64}${APIC}
${idt64({ 0x40: 'tick' })}
tick:
  inc r12                          ; ticks seen
  mov rax, APIC
  mov dword [rax + EOI], 0
  iretq
start:
  lidt [rel idtr64]
  xor r12, r12
  xor r14, r14
  mov rax, APIC
  mov dword [rax + SVR], 0x1FF     ; software enable, spurious vector 0xFF
  mov dword [rax + TMR_DIV], 0xB   ; divide by 1
  mov dword [rax + LVT_TIMER], 0x20040 ; periodic, vector 0x40
  mov dword [rax + TMR_INIT], 5000
  rdtsc
  shl rdx, 32
  or rax, rdx
  mov r15, rax                     ; TSC before sleeping
.sleep:
  sti
  hlt                              ; STI shadow: the tick cannot slip in between STI and HLT
  inc r14                          ; wake-ups
  cmp r12, 4
  jb .sleep
  cli
  mov rax, APIC
  mov dword [rax + LVT_TIMER], 0x10040 ; masked
  rdtsc
  shl rdx, 32
  or rax, rdx
  sub rax, r15
  mov rbx, rax                     ; TSC elapsed over 4 periods
  hlt`, { max: 200_000 });
    expect(r.stop.reason).toBe('halted');
    expect(r.reg('r12')).toBe(4n);
    expect(r.reg('r14')).toBe(4n);
    expect(r.reg('r13')).toBe(0n);               // no unexpected vector
    // Four periods of 5000 ticks each elapse, mostly asleep: far more TSC than instructions executed.
    expect(r.reg('rbx') >= 4n * 5000n - 5000n).toBe(true);
    expect(r.m.cpu.icount < 200).toBe(true);
  });

  it('one-shot timer with IF=0 does not wake HLT: the machine reports halted with no wake-up source', () => {
    const r = runFlow(`${PRE64}${APIC}
${idt64({ 0x41: 'tick' })}
tick:
  inc r12
  iretq
start:
  lidt [rel idtr64]
  xor r12, r12
  mov rax, APIC
  mov dword [rax + SVR], 0x1FF
  mov dword [rax + TMR_DIV], 0xB
  mov dword [rax + LVT_TIMER], 0x41    ; one-shot, vector 0x41
  mov dword [rax + TMR_INIT], 100
  cli
  hlt`, { max: 10_000 });
    expect(r.stop.reason).toBe('halted');
    expect(r.reg('r12')).toBe(0n);
  });

  it('one-shot timer: the current count reads down while running and the interrupt arrives once', () => {
    const r = runFlow(`${PRE64}${APIC}
${idt64({ 0x42: 'tick' })}
tick:
  inc r12
  mov rax, APIC
  mov dword [rax + EOI], 0
  iretq
start:
  lidt [rel idtr64]
  xor r12, r12
  mov rbx, APIC
  mov dword [rbx + SVR], 0x1FF
  mov dword [rbx + TMR_DIV], 0xB
  mov dword [rbx + LVT_TIMER], 0x42
  mov dword [rbx + TMR_INIT], 300
  mov r8d, [rbx + TMR_CUR]            ; running: 0 < count < 300
  sti
.spin:
  cmp r12, 0
  je .spin
  mov ecx, 1000
.more:                                ; no second interrupt for a while after the one-shot fired
  dec ecx
  jnz .more
  cli
  mov edx, [rbx + TMR_CUR]            ; expired: 0
  hlt`, { max: 50_000 });
    expect(r.stop.reason).toBe('halted');
    expect(r.reg('r12')).toBe(1n);
    const cur = Number(r.reg('r8'));
    expect(cur > 0 && cur < 300).toBe(true);
    expect(Number(r.reg('rdx') & 0xffffffffn)).toBe(0);
  });
});
