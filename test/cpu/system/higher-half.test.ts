// 4-level paging of higher-half (negative canonical) addresses is exact to the byte: the walk must not
// convert the address to an unsigned double (2^64 - 2^39 + x cannot be represented to the byte).
import { describe, it, expect } from 'vitest';
import { runAsm, nasmAvailable } from '../harness';

const d = nasmAvailable() ? describe : describe.skip;

d('higher-half linear addresses', () => {
  it('an alias through PML4[511] reads the same bytes as the identity map, at page ends too', () => {
    const r = runAsm(`
  mov rax, cr3
  and rax, ~0xfff
  mov rbx, [rax]                 ; PML4[0] -> PDPT of the identity map
  mov [rax + 511*8], rbx         ; PML4[511]: 0xffffff8000000000 aliases physical 0
  mov rcx, cr3
  mov cr3, rcx
  mov dword [0x300ffc], 0x44332211
  mov dword [0x301000], 0x88776655
  mov rsi, 0xffffff8000300fff
  movzx eax, byte [rsi]          ; 0x44: the last byte of the page
  movzx ebx, byte [rsi + 1]      ; 0x55: the first byte of the next page
  mov rdi, 0xffffff80003ffffd
  mov dword [0x3ffffc], 0xddccbbaa
  movzx ecx, byte [rdi]          ; 0xbb
  hlt`);
    expect(r.stop.reason).toBe('halted');
    expect(r.reg('rax')).toBe(0x44n);
    expect(r.reg('rbx')).toBe(0x55n);
    expect(r.reg('rcx')).toBe(0xbbn);
  });
});
