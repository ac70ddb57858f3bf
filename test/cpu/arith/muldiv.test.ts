// MUL, IMUL (1/2/3 operands), DIV, IDIV: results, CF/OF and #DE (SDM Vol 2A/2B). Expected products and
// quotients are computed here from their mathematical definition (BigInt), flags from the SDM rules.
import { describe, it, expect } from 'vitest';
import { nasmAvailable, runAsm } from '../harness';
import { table, faultDetail, CF, PF, AF, ZF, SF, OF, ARITH, DATA, Row } from './helpers';

const d = nasmAvailable() ? describe : describe.skip;
const D = `[abs 0x${DATA.toString(16)}]`;
const CO = CF | OF;
const M64 = (1n << 64n) - 1n;
const u = (v: bigint): bigint => BigInt.asUintN(64, v);
const HI = 0xdeadbeef00000000n;

d('MUL', () => {
  it('8/16/32/64-bit unsigned products; CF = OF = upper half non-zero', () => {
    const rows: Row[] = [
      [{ insn: 'mul bl', regs: { rax: 0x80n | HI, rbx: 2n } }, { regs: { rax: 0x100n | HI }, flags: CO, mask: CO }],
      [{ insn: 'mul bl', regs: { rax: 0x0fn, rbx: 0x0fn }, flags: CO }, { regs: { rax: 0xe1n }, flags: 0, mask: CO }],
      [{ insn: 'mul cx', regs: { rax: 0xffffn, rcx: 0xffffn, rdx: HI } }, { regs: { rax: 0x0001n, rdx: 0xfffen | HI }, flags: CO, mask: CO }],
      [{ insn: 'mul cx', regs: { rax: 0x100n, rcx: 0xffn } }, { regs: { rax: 0xff00n, rdx: 0n }, flags: 0, mask: CO }],
      // 32-bit: EDX:EAX, both upper halves zeroed.
      [{ insn: 'mul ecx', regs: { rax: 0xffffffffn | HI, rcx: 0xffffffffn, rdx: HI } }, { regs: { rax: 1n, rdx: 0xfffffffen }, flags: CO, mask: CO }],
      [{ insn: 'mul ecx', regs: { rax: 0x10000n, rcx: 0x10000n } }, { regs: { rax: 0n, rdx: 1n }, flags: CO, mask: CO }],
      [{ insn: 'mul ecx', regs: { rax: 0xffffn, rcx: 0x10001n }, flags: CO }, { regs: { rax: 0xffffffffn, rdx: 0n }, flags: 0, mask: CO }],
      [{ insn: 'mul rcx', regs: { rax: M64, rcx: M64 } }, { regs: { rax: 1n, rdx: M64 - 1n }, flags: CO, mask: CO }],
      [{ insn: 'mul rcx', regs: { rax: 0xffffffffn, rcx: 0x100000001n }, flags: CO }, { regs: { rax: 0xffffffffffffffffn, rdx: 0n }, flags: 0, mask: CO }],
      [{ insn: `mul qword ${D}`, regs: { rax: 0x8000000000000000n }, mem: [4n] }, { regs: { rax: 0n, rdx: 2n }, flags: CO, mask: CO }],
      [{ insn: `mul byte ${D}`, regs: { rax: 3n }, mem: [0x55n] }, { regs: { rax: 0xffn }, flags: 0, mask: CO }],
    ];
    // products with carries across every limb
    const pairs: [bigint, bigint][] = [[0x123456789abcdef0n, 0xfedcba9876543210n], [0xffffffff00000001n, 0xfffffffeffffffffn], [0x8000000080000000n, 0x8000000080000000n]];
    for (const [a, b] of pairs) {
      const p = a * b;
      rows.push([{ insn: 'mul rbx', regs: { rax: a, rbx: b } }, { regs: { rax: p & M64, rdx: p >> 64n }, flags: p >> 64n ? CO : 0, mask: CO }]);
      const a32 = a & 0xffffffffn, b32 = b >> 32n, p32 = a32 * b32;
      rows.push([{ insn: 'mul ebx', regs: { rax: a32, rbx: b32 } }, { regs: { rax: p32 & 0xffffffffn, rdx: p32 >> 32n }, flags: p32 >> 32n ? CO : 0, mask: CO }]);
    }
    expect(table(rows)).toBe(rows.length);
  });
});

d('IMUL', () => {
  it('one-operand signed products; CF = OF = result does not fit the low half', () => {
    const rows: Row[] = [
      // -1 * -128 = 128: does not fit in AL.
      [{ insn: 'imul cl', regs: { rax: 0xffn, rcx: 0x80n } }, { regs: { rax: 0x0080n }, flags: CO, mask: CO }],
      [{ insn: 'imul cl', regs: { rax: 0xfen, rcx: 3n }, flags: CO }, { regs: { rax: 0xfffan }, flags: 0, mask: CO }],
      [{ insn: 'imul cx', regs: { rax: 0x8000n, rcx: 0x8000n } }, { regs: { rax: 0n, rdx: 0x4000n }, flags: CO, mask: CO }],
      [{ insn: 'imul cx', regs: { rax: 0xfffen, rcx: 0x4000n } }, { regs: { rax: 0x8000n, rdx: 0xffffn }, flags: 0, mask: CO }],
      [{ insn: 'imul ecx', regs: { rax: 0xffffffffn | HI, rcx: 0xffffffffn, rdx: HI } }, { regs: { rax: 1n, rdx: 0n }, flags: 0, mask: CO }],
      [{ insn: 'imul ecx', regs: { rax: 0x80000000n, rcx: 0x80000000n } }, { regs: { rax: 0n, rdx: 0x40000000n }, flags: CO, mask: CO }],
      [{ insn: 'imul ecx', regs: { rax: 0x80000000n, rcx: 1n } }, { regs: { rax: 0x80000000n, rdx: 0xffffffffn }, flags: 0, mask: CO }],
      // -2^63 * -1 = 2^63: RDX:RAX = 0:0x8000..., does not fit in 64 signed bits.
      [{ insn: 'imul rcx', regs: { rax: 0x8000000000000000n, rcx: M64 } }, { regs: { rax: 0x8000000000000000n, rdx: 0n }, flags: CO, mask: CO }],
      [{ insn: 'imul rcx', regs: { rax: u(-3n), rcx: 5n } }, { regs: { rax: u(-15n), rdx: M64 }, flags: 0, mask: CO }],
      [{ insn: 'imul rcx', regs: { rax: 0x7fffffffffffffffn, rcx: 0x7fffffffffffffffn } }, { regs: { rax: 1n, rdx: 0x3fffffffffffffffn }, flags: CO, mask: CO }],
    ];
    const pairs: [bigint, bigint][] = [[-0x123456789abcdefn, 0x7edcba9876543210n], [-0x100000000n, -0x100000000n], [-1n, 0x8000000000000000n]];
    for (const [a, b] of pairs) {
      const p = BigInt.asIntN(64, a) * BigInt.asIntN(64, b);
      const lo = BigInt.asIntN(64, p);
      rows.push([{ insn: 'imul rbx', regs: { rax: u(a), rbx: u(b) } }, { regs: { rax: u(p), rdx: u(p >> 64n) }, flags: lo !== p ? CO : 0, mask: CO }]);
    }
    expect(table(rows)).toBe(rows.length);
  });
  it('two- and three-operand forms: truncated result, CF = OF = signed overflow', () => {
    const rows: Row[] = [
      [{ insn: 'imul ax, cx', regs: { rax: 0x100n | HI, rcx: 0x100n } }, { regs: { rax: HI }, flags: CO, mask: CO }],
      [{ insn: 'imul ax, cx', regs: { rax: 0xffffn, rcx: 0x8000n } }, { regs: { rax: 0x8000n }, flags: CO, mask: CO }],
      [{ insn: 'imul ax, cx, -1', regs: { rcx: 0x8000n } }, { regs: { rax: 0x8000n }, flags: CO, mask: CO }],
      [{ insn: 'imul ax, cx, -1', regs: { rcx: 0x7fffn } }, { regs: { rax: 0x8001n }, flags: 0, mask: CO }],
      // 2 * 0x7fffffff = 0xfffffffe: overflow; upper half of RAX zeroed.
      [{ insn: 'imul eax, ecx, 0x7fffffff', regs: { rax: HI, rcx: 2n } }, { regs: { rax: 0xfffffffen }, flags: CO, mask: CO }],
      [{ insn: 'imul eax, ecx', regs: { rax: u(-50000n) | HI, rcx: 40000n } }, { regs: { rax: u(-2000000000n) & 0xffffffffn }, flags: 0, mask: CO }],
      [{ insn: 'imul eax, ecx', regs: { rax: u(-50000n), rcx: 50000n } }, { regs: { rax: u(-2500000000n) & 0xffffffffn }, flags: CO, mask: CO }],
      [{ insn: 'imul rax, rcx', regs: { rax: 0x100000000n, rcx: 0x100000000n } }, { regs: { rax: 0n }, flags: CO, mask: CO }],
      [{ insn: 'imul rax, rcx', regs: { rax: u(-0x80000000n), rcx: 0x100000000n } }, { regs: { rax: 0x8000000000000000n }, flags: 0, mask: CO }],
      [{ insn: 'imul r8, r9, -2', regs: { r9: 0x4000000000000000n } }, { regs: { r8: 0x8000000000000000n }, flags: 0, mask: CO }],
      [{ insn: 'imul r8, r9, -2', regs: { r9: 0x4000000000000001n } }, { regs: { r8: u(-0x8000000000000002n) }, flags: CO, mask: CO }],
      [{ insn: `imul rsi, ${D}`, regs: { rsi: 3n }, mem: [u(-7n)] }, { regs: { rsi: u(-21n) }, flags: 0, mask: CO }],
      [{ insn: `imul edi, dword ${D}, 1000`, mem: [0x7fffffffn] }, { regs: { rdi: (0x7fffffffn * 1000n) & 0xffffffffn }, flags: CO, mask: CO }],
    ];
    expect(table(rows)).toBe(rows.length);
  });
  it('undefined SF/ZF/AF/PF after MUL/IMUL are left unchanged (AMD Zen)', () => {
    const rows: Row[] = [
      [{ insn: 'mul rcx', regs: { rax: 2n, rcx: 3n }, flags: SF | ZF | AF | PF }, { flags: SF | ZF | AF | PF }],
      [{ insn: 'imul eax, ecx', regs: { rax: 0n, rcx: 3n }, flags: CF | OF }, { flags: 0 }],
      [{ insn: 'imul bl', regs: { rax: 0x40n, rbx: 4n }, flags: ZF }, { flags: ZF | CO }],
    ];
    expect(table(rows)).toBe(rows.length);
  });
});

d('DIV / IDIV', () => {
  it('unsigned quotients and remainders, all sizes', () => {
    const rows: Row[] = [
      [{ insn: 'div cl', regs: { rax: 0x100n | HI, rcx: 3n } }, { regs: { rax: 0x0155n | HI } }],
      [{ insn: 'div cl', regs: { rax: 0xfe00n, rcx: 0xffn } }, { regs: { rax: 0xfefen } }], // 65024 / 255 = 254 rem 254
      [{ insn: 'div cx', regs: { rax: 0n, rdx: 1n, rcx: 0x10n } }, { regs: { rax: 0x1000n, rdx: 0n } }],
      // 2^32 / 3 = 0x55555555 rem 1; RAX/RDX upper halves zeroed.
      [{ insn: 'div ecx', regs: { rax: HI, rdx: 1n | HI, rcx: 3n } }, { regs: { rax: 0x55555555n, rdx: 1n } }],
      [{ insn: 'div ecx', regs: { rax: 0xffffffffn, rdx: 0xfffffffen, rcx: 0xffffffffn } }, { regs: { rax: 0xffffffffn, rdx: 0xfffffffen } }],
      [{ insn: 'div rcx', regs: { rax: 0n, rdx: 1n, rcx: 3n } }, { regs: { rax: 0x5555555555555555n, rdx: 1n } }],
      [{ insn: `div qword ${D}`, regs: { rax: 1000n }, mem: [7n] }, { regs: { rax: 142n, rdx: 6n } }],
    ];
    // 128/64 divisions exercising every path (small divisor, 53-bit dividend, full 128-bit)
    const cases: [bigint, bigint][] = [[(0x12345n << 64n) | 0x6789abcdef012345n, 0x123456789abcdefn], [(0xfffffffen << 64n) | M64, 0xffffffffn],
      [0x1fffffffffffffn, 0x123456789n], [(M64 - 1n) << 64n | M64, M64], [0x123n, 0x8000000000000000n]];
    for (const [n, v] of cases) rows.push([{ insn: 'div rbx', regs: { rax: n & M64, rdx: n >> 64n, rbx: v } }, { regs: { rax: n / v, rdx: n % v } }]);
    expect(table(rows)).toBe(rows.length);
  });
  it('signed quotients truncate toward zero; the remainder has the dividend\'s sign', () => {
    const rows: Row[] = [
      [{ insn: 'idiv cl', regs: { rax: 0xfff9n, rcx: 2n } }, { regs: { rax: 0xfffdn } }], // -7 / 2 = -3 rem -1
      [{ insn: 'idiv cl', regs: { rax: 0x0007n, rcx: 0xfen } }, { regs: { rax: 0x01fdn } }], // 7 / -2 = -3 rem 1
      [{ insn: 'idiv cl', regs: { rax: 0xff80n, rcx: 1n } }, { regs: { rax: 0x0080n } }], // -128 / 1 fits
      [{ insn: 'idiv cx', regs: { rax: 0x0000n, rdx: 0xffffn, rcx: 0xfffen } }, { regs: { rax: 0x8000n, rdx: 0n } }], // -65536 / -2 = 32768: overflow? no: see below
      [{ insn: 'idiv ecx', regs: { rax: u(-7n) & 0xffffffffn, rdx: 0xffffffffn, rcx: u(-2n) & 0xffffffffn } }, { regs: { rax: 3n, rdx: 0xffffffffn } }],
      [{ insn: 'idiv ecx', regs: { rax: 0n, rdx: 0xc0000000n, rcx: 0x80000000n } }, { regs: { rax: 0x80000000n, rdx: 0n } }], // -2^62 / -2^31 = 2^31: overflow? see below
      [{ insn: 'idiv rcx', regs: { rax: 0n, rdx: M64, rcx: u(-4n) } }, { regs: { rax: 0x4000000000000000n, rdx: 0n } }], // -2^64 / -4 = 2^62
      [{ insn: 'idiv rcx', regs: { rax: 0x8000000000000000n, rdx: M64, rcx: 1n } }, { regs: { rax: 0x8000000000000000n, rdx: 0n } }], // -2^63 / 1
      [{ insn: 'idiv rcx', regs: { rax: 5n, rdx: 0n, rcx: u(-3n) } }, { regs: { rax: u(-1n), rdx: 2n } }],
      [{ insn: 'idiv rcx', regs: { rax: u(-5n), rdx: M64, rcx: 3n } }, { regs: { rax: u(-1n), rdx: u(-2n) } }],
    ];
    // rows 3 and 5 overflow (quotient 32768 > 32767, 2^31 > 2^31-1): replace with in-range neighbours
    rows[3] = [{ insn: 'idiv cx', regs: { rax: 0x0002n, rdx: 0xffffn, rcx: 0xfffen } }, { regs: { rax: 0x7fffn, rdx: 0n } }]; // -65534 / -2 = 32767
    // (-2^62 + 2^31 + 1) / -2^31 = 2^31 - 2 rem -(2^31 - 1)
    rows[5] = [{ insn: 'idiv ecx', regs: { rax: 0x80000001n, rdx: 0xc0000000n, rcx: 0x80000000n } }, { regs: { rax: 0x7ffffffen, rdx: 0x80000001n } }];
    const cases: [bigint, bigint][] = [[-((0x12345n << 64n) | 0x6789abcdef012345n), 0x123456789abcdefn], [(0x12345n << 64n) | 7n, -0x7edcba9876543210n], [-0x1fffffffffffffn, -0x12345n]];
    for (const [n, v] of cases) {
      let q = n / v; const r = n - q * v; // BigInt division truncates toward zero
      q = BigInt.asIntN(64, q);
      const nn = BigInt.asUintN(128, n);
      rows.push([{ insn: 'idiv rbx', regs: { rax: nn & M64, rdx: nn >> 64n, rbx: u(v) } }, { regs: { rax: u(q), rdx: u(r) } }]);
    }
    expect(table(rows)).toBe(rows.length);
  });
  it('undefined flags after DIV/IDIV: CF, OF unchanged; SF = ZF = PF = 0, AF = 1 (AMD Zen)', () => {
    const rows: Row[] = [
      [{ insn: 'div cl', regs: { rax: 10n, rcx: 3n }, flags: ARITH }, { flags: CF | OF | AF }],
      [{ insn: 'idiv rcx', regs: { rax: 10n, rcx: 3n }, flags: 0 }, { flags: AF }],
    ];
    expect(table(rows)).toBe(rows.length);
  });
  it('#DE on a zero divisor and on quotient overflow, raised before any register changes', () => {
    const cases: [string, RegExp][] = [
      ['mov ax, 5\nxor cl, cl\ndiv cl', /divide by zero/],
      ['mov rax, 5\nxor ecx, ecx\ndiv rcx', /divide by zero/],
      ['mov ax, 0x100\nmov cl, 1\ndiv cl', /quotient overflow/],
      ['mov dx, 1\nmov ax, 0\nmov cx, 1\ndiv cx', /quotient overflow/],
      ['mov edx, 3\nmov ecx, 3\ndiv ecx', /quotient overflow/],
      ['mov rdx, 1\nmov rcx, 1\ndiv rcx', /quotient overflow/],
      ['mov ax, 0x8000\nmov cl, 0xff\nidiv cl', /quotient overflow/], // -32768 / -1 (AX) > 127
      ['mov ax, 0xff80\ncwd\nmov cx, 0xffff\nmov ax, 0x8000\nidiv cx', /quotient overflow/], // INT16_MIN / -1
      ['mov eax, 0x80000000\ncdq\nmov ecx, -1\nidiv ecx', /quotient overflow/], // INT32_MIN / -1
      ['mov rax, 0x8000000000000000\ncqo\nmov rcx, -1\nidiv rcx', /quotient overflow/], // INT64_MIN / -1
      ['mov rax, 0\nmov rdx, 0x4000000000000000\nmov rcx, 0x7fffffffffffffff\nidiv rcx', /quotient overflow/], // 2^126 / (2^63-1) > 2^63
      ['mov rax, 0\nmov rdx, 0xc000000000000000\nmov rcx, 0x8000000000000000\nidiv rcx', /quotient overflow/], // -2^126 / -2^63 = 2^63
      [`mov qword ${D}, 0\ndiv qword ${D}`, /divide by zero/],
    ];
    for (const [body, why] of cases) {
      const detail = faultDetail(body);
      expect(detail, body).toMatch(/first fault: #DE/);
      expect(detail, body).toMatch(why);
    }
  });
  it('#DE is delivered through the IDT with RIP at the DIV and the registers untouched', () => {
    const IDT = 0x500000;
    const r = runAsm(`
  mov rax, handler
  mov word [abs ${IDT}], ax
  mov word [abs ${IDT + 2}], 0x08
  mov word [abs ${IDT + 4}], 0x8e00
  shr rax, 16
  mov word [abs ${IDT + 6}], ax
  shr rax, 16
  mov dword [abs ${IDT + 8}], eax
  mov dword [abs ${IDT + 12}], 0
  lidt [rel idtr]
  mov rax, 0x8000000000000000
  mov rdx, -1
  mov rcx, -1
faulting:
  idiv rcx
  hlt
handler:
  mov rsi, [rsp]
  lea rdi, [rel faulting]
  hlt
idtr: dw 0xfff
  dq ${IDT}`);
    expect(r.stop.reason).toBe('halted');
    expect(r.reg('rsi')).toBe(r.reg('rdi'));
    expect(r.reg('rax')).toBe(0x8000000000000000n);
    expect(r.reg('rdx')).toBe(M64);
  });
});

d('MUL/DIV in 16-bit real mode', () => {
  it('16-bit defaults and 66h forms', () => {
    const r = runAsm(`
  mov ax, 300
  mov bx, 300
  mul bx               ; 90000 = 0x15F90: DX = 1, AX = 0x5F90
  mov [0x500], ax
  mov [0x502], dx
  mov eax, 100000
  mov ecx, 7
  xor edx, edx
  div ecx              ; 14285 rem 5
  mov [0x504], eax
  mov [0x508], edx
  hlt`, { mode: 'real' });
    expect(r.stop.reason).toBe('halted');
    expect(r.m.mem.read32(0x500) >>> 0).toBe(0x00015f90);
    expect(r.m.mem.read32(0x504)).toBe(14285);
    expect(r.m.mem.read32(0x508)).toBe(5);
  });
});
