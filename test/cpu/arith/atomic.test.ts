// CMPXCHG, CMPXCHG8B, CMPXCHG16B, XADD and LOCK (SDM Vol 2A/2C).
import { describe, it, expect } from 'vitest';
import { nasmAvailable } from '../harness';
import { table, faultDetail, CF, PF, AF, ZF, SF, OF, ARITH, DATA, Row } from './helpers';

const d = nasmAvailable() ? describe : describe.skip;
const A = (off: number): string => `[abs 0x${(DATA + off).toString(16)}]`;
const HI = 0xdeadbeef00000000n;
const M64 = (1n << 64n) - 1n;

d('CMPXCHG', () => {
  it('success: ZF = 1, destination = source, accumulator not written', () => {
    const rows: Row[] = [
      [{ insn: 'cmpxchg cl, dl', regs: { rax: 0x42n, rcx: 0x42n, rdx: 0x99n } }, { regs: { rax: 0x42n, rcx: 0x99n }, flags: ZF | PF }],
      [{ insn: 'cmpxchg cx, dx', regs: { rax: HI | 0x1234n, rcx: 0x1234n, rdx: 0xffffn } }, { regs: { rax: HI | 0x1234n, rcx: 0xffffn }, flags: ZF | PF }],
      // 32-bit: RAX keeps its upper half (not written); the destination register is written (upper half zeroed).
      [{ insn: 'cmpxchg ecx, edx', regs: { rax: HI | 5n, rcx: HI | 5n, rdx: 0x11111111_22222222n } }, { regs: { rax: HI | 5n, rcx: 0x22222222n }, flags: ZF | PF }],
      [{ insn: 'cmpxchg rcx, rdx', regs: { rax: M64, rcx: M64, rdx: 7n } }, { regs: { rax: M64, rcx: 7n }, flags: ZF | PF }],
      [{ insn: `cmpxchg ${A(0)}, edx`, regs: { rax: 0x10n, rdx: 0x20n }, mem: [0x77777777_00000010n] }, { regs: { rax: 0x10n }, mem: [0x77777777_00000020n], flags: ZF | PF }],
      [{ insn: `lock cmpxchg ${A(8)}, rdx`, regs: { rax: 3n, rdx: 4n }, mem: [0n, 3n] }, { mem: [0n, 4n], flags: ZF | PF }],
      // accumulator as destination: always equal
      [{ insn: 'cmpxchg eax, ecx', regs: { rax: 0x12345678n, rcx: 9n } }, { regs: { rax: 9n }, flags: ZF | PF }],
    ];
    expect(table(rows)).toBe(rows.length);
  });
  it('failure: flags of CMP accumulator, destination; accumulator = destination', () => {
    const rows: Row[] = [
      // 1 - 2 = 0xFF: CF (borrow), AF (borrow from bit 3), SF, PF (8 bits)
      [{ insn: 'cmpxchg cl, dl', regs: { rax: 1n, rcx: 2n, rdx: 0x99n } }, { regs: { rax: 2n, rcx: 2n }, flags: CF | AF | SF | PF }],
      // 0x8000 - 1 = 0x7FFF: OF (sign change), AF
      [{ insn: 'cmpxchg cx, dx', regs: { rax: HI | 0x8000n, rcx: 1n, rdx: 0x5555n } }, { regs: { rax: HI | 1n, rcx: 1n }, flags: OF | AF | PF }],
      // 32-bit failure: EAX = dest, zero-extended; a register destination is not written (upper half kept, AMD Zen).
      [{ insn: 'cmpxchg ecx, edx', regs: { rax: HI | 0x10n, rcx: HI | 0x20n, rdx: 0x99n } }, { regs: { rax: 0x20n, rcx: HI | 0x20n }, flags: CF | SF | PF }],
      // 0 - 2^63 = 2^63: CF (borrow), OF (sign change), SF, PF
      [{ insn: 'cmpxchg rcx, rdx', regs: { rax: 0n, rcx: 0x8000000000000000n, rdx: 1n } }, { regs: { rax: 0x8000000000000000n, rcx: 0x8000000000000000n }, flags: CF | OF | SF | PF }],
      // memory destination: written back unchanged (locked read + locked write)
      [{ insn: `cmpxchg ${A(0)}, edx`, regs: { rax: HI | 0x30n, rdx: 0x20n }, mem: [0x77777777_00000010n] }, { regs: { rax: 0x10n }, mem: [0x77777777_00000010n], flags: 0 }],
      [{ insn: `lock cmpxchg byte ${A(1)}, dl`, regs: { rax: 0xffn, rdx: 0x20n }, mem: [0x0000n] }, { regs: { rax: 0n }, mem: [0n], flags: SF | PF }],
    ];
    expect(table(rows)).toBe(rows.length);
  });
  it('LOCK with a register destination is #UD', () => {
    expect(faultDetail('db 0xf0, 0x0f, 0xb1, 0xd1')).toMatch(/first fault: #UD/); // lock cmpxchg ecx, edx
  });
});

d('CMPXCHG8B / CMPXCHG16B', () => {
  it('CMPXCHG8B: only ZF changes; memory written back on failure', () => {
    const rows: Row[] = [
      [{ insn: `cmpxchg8b ${A(0)}`, regs: { rax: HI | 0x11111111n, rdx: HI | 0x22222222n, rbx: 0x33333333n, rcx: 0x44444444n }, mem: [0x22222222_11111111n], flags: CF | OF },
        { regs: { rax: HI | 0x11111111n, rdx: HI | 0x22222222n }, mem: [0x44444444_33333333n], flags: ZF | CF | OF }],
      [{ insn: `lock cmpxchg8b ${A(8)}`, regs: { rax: HI | 1n, rdx: HI | 2n, rbx: 3n, rcx: 4n }, mem: [0n, 0x88888888_77777777n], flags: ZF | SF },
        { regs: { rax: 0x77777777n, rdx: 0x88888888n }, mem: [0n, 0x88888888_77777777n], flags: SF }],
    ];
    expect(table(rows)).toBe(rows.length);
  });
  it('CMPXCHG16B: 128-bit compare and exchange', () => {
    const rows: Row[] = [
      [{ insn: `cmpxchg16b ${A(16)}`, regs: { rax: 0x1111n, rdx: 0x2222n, rbx: 0x3333n, rcx: 0x4444n }, mem: [0n, 0n, 0x1111n, 0x2222n], flags: PF },
        { regs: { rax: 0x1111n, rdx: 0x2222n }, mem: [0n, 0n, 0x3333n, 0x4444n], flags: ZF | PF }],
      [{ insn: `lock cmpxchg16b ${A(0)}`, regs: { rax: 0x1111n, rdx: 0x2222n, rbx: 0x3333n, rcx: 0x4444n }, mem: [0x1111n, 0x2223n], flags: ZF },
        { regs: { rax: 0x1111n, rdx: 0x2223n }, mem: [0x1111n, 0x2223n], flags: 0 }],
      [{ insn: `cmpxchg16b ${A(0)}`, regs: { rax: 0n, rdx: M64 }, mem: [M64, 0n], flags: 0 },
        { regs: { rax: M64, rdx: 0n }, mem: [M64, 0n], flags: 0 }],
    ];
    expect(table(rows)).toBe(rows.length);
  });
  it('CMPXCHG16B needs a 16-byte aligned operand (#GP(0)); register operands are #UD', () => {
    expect(faultDetail(`cmpxchg16b ${A(8)}`)).toMatch(/first fault: #GP\(0x0\).*16-byte aligned/);
    expect(faultDetail(`mov rsi, 0x${(DATA + 4).toString(16)}\ncmpxchg16b [rsi]`)).toMatch(/first fault: #GP\(0x0\)/);
    expect(faultDetail('db 0x0f, 0xc7, 0xc8')).toMatch(/first fault: #UD/); // cmpxchg8b eax
    expect(faultDetail('db 0x48, 0x0f, 0xc7, 0xc8')).toMatch(/first fault: #UD/); // cmpxchg16b rax
  });
});

d('XADD', () => {
  it('exchange and add, ADD flags, all sizes', () => {
    const rows: Row[] = [
      [{ insn: 'xadd cl, dl', regs: { rcx: 0xffn, rdx: 1n } }, { regs: { rcx: 0n, rdx: 0xffn }, flags: CF | ZF | AF | PF }],
      [{ insn: 'xadd cx, dx', regs: { rcx: HI | 0x7fffn, rdx: HI | 1n } }, { regs: { rcx: HI | 0x8000n, rdx: HI | 0x7fffn }, flags: OF | SF | AF | PF }],
      [{ insn: 'xadd ecx, edx', regs: { rcx: HI | 1n, rdx: HI | 2n } }, { regs: { rcx: 3n, rdx: 1n }, flags: PF }],
      [{ insn: 'xadd rcx, rdx', regs: { rcx: M64, rdx: M64 } }, { regs: { rcx: M64 - 1n, rdx: M64 }, flags: CF | SF | AF }],
      // same register: the sum wins
      [{ insn: 'xadd eax, eax', regs: { rax: HI | 0x12345678n } }, { regs: { rax: 0x2468acf0n }, flags: AF | PF }],
      [{ insn: 'xadd ah, al', regs: { rax: 0x0201n } }, { regs: { rax: 0x0302n }, flags: PF }],
      [{ insn: `lock xadd ${A(0)}, ecx`, regs: { rcx: 5n }, mem: [0x99999999_fffffffen] }, { regs: { rcx: 0xfffffffen }, mem: [0x99999999_00000003n], flags: CF | AF | PF }],
      [{ insn: `xadd qword ${A(8)}, rcx`, regs: { rcx: 0x8000000000000000n }, mem: [0n, 0x8000000000000000n] }, { regs: { rcx: 0x8000000000000000n }, mem: [0n, 0n], flags: CF | ZF | OF | PF }],
      [{ insn: 'xadd eax, ecx', regs: { rax: 1n, rcx: 1n }, flags: ARITH }, { flags: 0 }],
    ];
    expect(table(rows)).toBe(rows.length);
  });
  it('LOCK XADD with a register destination is #UD', () => {
    expect(faultDetail('db 0xf0, 0x0f, 0xc1, 0xc8')).toMatch(/first fault: #UD/);
  });
});
