// MOVZX, MOVSX, MOVSXD, CBW/CWDE/CDQE, CWD/CDQ/CQO (SDM Vol 2): no flags change.
import { describe, it, expect } from 'vitest';
import { nasmAvailable, runAsm } from '../harness';
import { table, ARITH, DATA, Row } from './helpers';

const d = nasmAvailable() ? describe : describe.skip;
const A = (off: number): string => `[abs 0x${(DATA + off).toString(16)}]`;
const HI = 0xdeadbeef00000000n;
const M64 = (1n << 64n) - 1n;

d('MOVZX / MOVSX / MOVSXD', () => {
  it('zero and sign extension into 16/32/64-bit destinations', () => {
    const rows: Row[] = [
      [{ insn: 'movzx ax, bl', regs: { rax: HI | 0xffffn, rbx: 0x80n } }, { regs: { rax: HI | 0x0080n } }],
      [{ insn: 'movzx eax, bl', regs: { rax: M64, rbx: 0xffn } }, { regs: { rax: 0xffn } }],
      [{ insn: 'movzx eax, bh', regs: { rax: M64, rbx: 0x9900n } }, { regs: { rax: 0x99n } }],
      [{ insn: 'movzx rax, bx', regs: { rax: M64, rbx: 0x18000n } }, { regs: { rax: 0x8000n } }],
      [{ insn: `movzx ecx, byte ${A(3)}`, regs: { rcx: M64 }, mem: [0xfe000000n] }, { regs: { rcx: 0xfen } }],
      [{ insn: `movzx r8, word ${A(2)}`, mem: [0xabcd0000n] }, { regs: { r8: 0xabcdn } }],
      [{ insn: 'movsx ax, bl', regs: { rax: HI, rbx: 0x80n } }, { regs: { rax: HI | 0xff80n } }],
      [{ insn: 'movsx ax, bl', regs: { rax: HI | 0xffffn, rbx: 0x7fn } }, { regs: { rax: HI | 0x007fn } }],
      [{ insn: 'movsx eax, bx', regs: { rax: M64, rbx: 0x8000n } }, { regs: { rax: 0xffff8000n } }],
      [{ insn: 'movsx rax, bl', regs: { rbx: 0x80n } }, { regs: { rax: 0xffffffffffffff80n } }],
      [{ insn: 'movsx eax, ch', regs: { rax: M64, rcx: 0x8000n } }, { regs: { rax: 0xffffff80n } }],
      [{ insn: `movsx rsi, word ${A(6)}`, mem: [0x8001_0000_0000_0000n] }, { regs: { rsi: 0xffffffffffff8001n } }],
      [{ insn: 'movsxd rax, ebx', regs: { rbx: HI | 0x80000000n } }, { regs: { rax: 0xffffffff80000000n } }],
      [{ insn: 'movsxd rax, ebx', regs: { rax: M64, rbx: HI | 0x7fffffffn } }, { regs: { rax: 0x7fffffffn } }],
      [{ insn: `movsxd rdi, dword ${A(4)}`, mem: [0xfffffffe_00000000n] }, { regs: { rdi: BigInt.asUintN(64, -2n) } }],
      // MOVSXD without REX.W: a 32-bit move (upper half zeroed); with 66h: a 16-bit move.
      [{ insn: 'db 0x63, 0xc3', regs: { rax: M64, rbx: HI | 0x80000000n } }, { regs: { rax: 0x80000000n } }],
      [{ insn: 'db 0x66, 0x63, 0xc3', regs: { rax: M64, rbx: 0x8000n } }, { regs: { rax: 0xffffffffffff8000n } }],
      // flags untouched
      [{ insn: 'movsx eax, bl', regs: { rbx: 0x80n }, flags: ARITH }, { flags: ARITH }],
    ];
    expect(table(rows)).toBe(rows.length);
  });
});

d('CBW / CWDE / CDQE / CWD / CDQ / CQO', () => {
  it('accumulator extensions', () => {
    const rows: Row[] = [
      [{ insn: 'cbw', regs: { rax: HI | 0x1280n } }, { regs: { rax: HI | 0xff80n } }],
      [{ insn: 'cbw', regs: { rax: HI | 0xff7fn } }, { regs: { rax: HI | 0x007fn } }],
      [{ insn: 'cwde', regs: { rax: HI | 0x12348000n } }, { regs: { rax: 0xffff8000n } }],
      [{ insn: 'cwde', regs: { rax: M64 - 0x8000n } }, { regs: { rax: 0x7fffn } }],
      [{ insn: 'cdqe', regs: { rax: HI | 0x80000000n } }, { regs: { rax: 0xffffffff80000000n } }],
      [{ insn: 'cdqe', regs: { rax: HI | 0x7fffffffn } }, { regs: { rax: 0x7fffffffn } }],
      [{ insn: 'cwd', regs: { rax: 0x8000n, rdx: HI | 0x1234n } }, { regs: { rax: 0x8000n, rdx: HI | 0xffffn } }],
      [{ insn: 'cwd', regs: { rax: 0x7fffn, rdx: HI | 0x1234n } }, { regs: { rdx: HI } }],
      [{ insn: 'cdq', regs: { rax: 0x80000000n, rdx: M64 } }, { regs: { rdx: 0xffffffffn } }],
      [{ insn: 'cdq', regs: { rax: HI | 0x7fffffffn, rdx: M64 } }, { regs: { rax: HI | 0x7fffffffn, rdx: 0n } }],
      [{ insn: 'cqo', regs: { rax: 0x8000000000000000n } }, { regs: { rdx: M64 } }],
      [{ insn: 'cqo', regs: { rax: 0x7fffffffffffffffn, rdx: 5n } }, { regs: { rdx: 0n } }],
      [{ insn: 'cqo', regs: { rax: 0x80000000n, rdx: 5n }, flags: ARITH }, { regs: { rdx: 0n }, flags: ARITH }],
    ];
    expect(table(rows)).toBe(rows.length);
  });
  it('16-bit real mode: CBW/CWD and the 66h forms', () => {
    const r = runAsm(`
  mov ax, 0x0080
  cbw
  cwd
  mov [0x500], ax
  mov [0x502], dx
  mov ax, 0x8000
  cwde
  mov [0x504], eax
  movzx ebx, byte [0x505]
  mov [0x508], ebx
  hlt`, { mode: 'real' });
    expect(r.stop.reason).toBe('halted');
    expect(r.m.mem.read32(0x500) >>> 0).toBe(0xffffff80);
    expect(r.m.mem.read32(0x504) >>> 0).toBe(0xffff8000);
    expect(r.m.mem.read32(0x508)).toBe(0x80);
  });
});
