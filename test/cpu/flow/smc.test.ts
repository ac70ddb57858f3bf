// Self-modifying code: a write kills exactly the decoded blocks whose bytes it overlaps (also when it
// straddles into the next page); data writes beside code on the same page leave the code's blocks alone.
import { describe, it, expect } from 'vitest';
import { runFlow } from './flow-harness';
import { PRE64 } from './snippets';
import { nasmAvailable } from '../harness';

const d = nasmAvailable() ? describe : describe.skip;

d('self-modifying code', () => {
  it('patching a called function is seen on the next call; data writes on the code page keep blocks', () => {
    const r = runFlow(`${PRE64}
start:
  xor r12, r12
  mov ecx, 20
.loop:
  call patched
  add r12, rax
  mov [rel data], rcx                 ; data on the same page as the code: no invalidation
  cmp ecx, 11
  jne .next
  mov dword [rel patched + 1], 10     ; mov eax, imm32: the immediate is at +1
.next:
  dec ecx
  jnz .loop
  hlt
patched:
  mov eax, 1
  ret
data: dq 0`, { max: 10_000 });
    expect(r.stop.reason).toBe('halted');
    expect(r.reg('r12')).toBe(10n * 1n + 10n * 10n);  // ecx 20..11 before the patch, 10..1 after
    expect(r.m.exec.stats.invalidations).toBe(1);
  });

  it('a write straddling a page boundary invalidates code at the start of the next page', () => {
    const r = runFlow(`${PRE64}
start:
  xor r12, r12
  mov ecx, 12
.loop:
  call ABS(next_page)
  add r12, rax
  cmp ecx, 6
  jne .skip
  ; 4-byte store at next_page-2: its upper two bytes are the opcode byte and first immediate byte
  mov dword [ABS(next_page) - 2], 0x05b8ffff   ; ... ff ff | b8 05 -> mov eax, 0x..05
.skip:
  dec ecx
  jnz .loop
  hlt
align 4096
  times 4096 - 8 db 0x90
  dq 0
next_page:
  mov eax, 1
  ret`, { max: 10_000 });
    expect(r.stop.reason).toBe('halted');
    expect(r.reg('r12')).toBe(7n * 1n + 5n * 5n);   // ecx 12..6 call before the patch, 5..1 after
  });
});
