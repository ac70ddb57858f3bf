// BT/BTS/BTR/BTC, BSF/BSR, TZCNT/LZCNT/POPCNT, SETcc, CMOVcc, BSWAP, LAHF/SAHF (SDM Vol 2).
import { describe, it, expect } from 'vitest';
import { nasmAvailable } from '../harness';
import { table, faultDetail, CF, PF, AF, ZF, SF, OF, ARITH, DATA, Row } from './helpers';

const d = nasmAvailable() ? describe : describe.skip;
const A = (off: number): string => `[abs 0x${(DATA + off).toString(16)}]`;
const HI = 0xdeadbeef00000000n;
const M64 = (1n << 64n) - 1n;

d('BT / BTS / BTR / BTC', () => {
  it('register bit base: offsets modulo the operand width; CF = the bit; ZF unchanged', () => {
    const rows: Row[] = [
      [{ insn: 'bt eax, 5', regs: { rax: 0x20n } }, { regs: { rax: 0x20n }, flags: CF, mask: CF | ZF }],
      [{ insn: 'bt eax, 37', regs: { rax: 0x20n }, flags: ZF }, { flags: CF | ZF, mask: CF | ZF }], // 37 mod 32 = 5
      [{ insn: 'bt ax, cx', regs: { rax: 0x8n, rcx: 0x13n } }, { flags: CF, mask: CF }], // 19 mod 16 = 3
      [{ insn: 'bt rax, rcx', regs: { rax: 0x8000000000000000n, rcx: 0x7fn }, flags: CF }, { flags: CF, mask: CF }], // 127 mod 64 = 63
      [{ insn: 'bts rax, 63', regs: { rax: 0n } }, { regs: { rax: 0x8000000000000000n }, flags: 0, mask: CF }],
      [{ insn: 'btr ebx, 33', regs: { rbx: 3n | HI } }, { regs: { rbx: 1n }, flags: CF, mask: CF }], // 32-bit write zeroes the upper half
      [{ insn: 'btc rax, rcx', regs: { rax: 0n, rcx: 100n } }, { regs: { rax: 1n << 36n }, flags: 0, mask: CF }],
      [{ insn: 'btc rax, rcx', regs: { rax: 1n << 36n, rcx: 36n }, flags: ZF }, { regs: { rax: 0n }, flags: CF | ZF, mask: CF | ZF }],
      [{ insn: 'bts cx, 15', regs: { rcx: HI } }, { regs: { rcx: HI | 0x8000n }, flags: 0, mask: CF }],
      [{ insn: 'btr dx, ax', regs: { rdx: 0xffffn, rax: 0xfffen } }, { regs: { rdx: 0xbfffn }, flags: CF, mask: CF }], // 0xfffe mod 16 = 14
    ];
    expect(table(rows)).toBe(rows.length);
  });
  it('memory bit strings: immediate offsets modulo the width, register offsets address outside the operand (negative too)', () => {
    const rows: Row[] = [
      [{ insn: `bt dword ${A(0)}, 35`, mem: [0x8n] }, { flags: CF, mask: CF }], // 35 mod 32 = 3
      [{ insn: `btc qword ${A(8)}, 200`, mem: [0n, 0n] }, { mem: [0n, 1n << 8n], flags: 0, mask: CF }], // 200 mod 64 = 8
      [{ insn: `bts word ${A(0)}, 300`, mem: [0x1234_0000n] }, { mem: [0x1234_1000n], flags: 0, mask: CF }], // 300 mod 16 = 12
      // offset -1 (32-bit): dword at EA - 4, bit 31.
      [{ insn: `bt dword ${A(8)}, ecx`, regs: { rcx: 0xffffffffn }, mem: [0x8000000000000000n, 0n] }, { flags: CF, mask: CF }],
      // offset 70 (64-bit): qword at EA + 8, bit 6.
      [{ insn: `bts qword ${A(8)}, rcx`, regs: { rcx: 70n }, mem: [0n, 0n, 0n] }, { mem: [0n, 0n, 0x40n], flags: 0, mask: CF }],
      // offset -17 (16-bit): word at EA - 4 (DATA+12), bit 15 = bit 47 of the qword at DATA+8.
      [{ insn: `btr word ${A(16)}, cx`, regs: { rcx: 0xffefn }, mem: [0n, M64, 0n] }, { mem: [0n, 0xffff7fffffffffffn, 0n], flags: CF, mask: CF }],
      // offset 167: dword at EA + 20, bit 7
      [{ insn: `btc dword ${A(0)}, ecx`, regs: { rcx: 32n * 5n + 7n }, mem: [0n, 0n, 0n, 0n] }, { mem: [0n, 0n, 0x80n << 32n, 0n], flags: 0, mask: CF }],
      // the register offset is signed 64-bit: -65 selects the qword at EA - 16, bit 63.
      [{ insn: `btr qword ${A(16)}, rdx`, regs: { rdx: BigInt.asUintN(64, -65n) }, mem: [M64, 0n, 0n] }, { mem: [0x7fffffffffffffffn, 0n, 0n], flags: CF, mask: CF }],
      [{ insn: `lock bts dword ${A(4)}, ecx`, regs: { rcx: 1n }, mem: [0n] }, { mem: [2n << 32n], flags: 0, mask: CF }],
      // EA from registers plus the bit offset
      [{ insn: `mov rsi, 0x${DATA.toString(16)}\nbt qword [rsi + 8], rax`, regs: { rax: BigInt.asUintN(64, -1n) }, mem: [0x8000000000000000n, 0n] }, { flags: CF, mask: CF }],
    ];
    expect(table(rows)).toBe(rows.length);
  });
  it('undefined OF/SF/AF/PF are left unchanged (AMD Zen)', () => {
    const rows: Row[] = [
      [{ insn: 'bt eax, 0', regs: { rax: 1n }, flags: OF | SF | AF | PF | ZF }, { flags: OF | SF | AF | PF | ZF | CF }],
      [{ insn: 'bts rax, 1', regs: { rax: 0n }, flags: CF }, { flags: 0 }],
    ];
    expect(table(rows)).toBe(rows.length);
  });
  it('LOCK with a register destination or on BT is #UD', () => {
    expect(faultDetail('db 0xf0, 0x0f, 0xab, 0xc8')).toMatch(/first fault: #UD/); // lock bts eax, ecx
    expect(faultDetail(`db 0xf0, 0x0f, 0xa3, 0x0c, 0x25\ndd 0x${DATA.toString(16)}`)).toMatch(/first fault: #UD/); // lock bt [abs DATA], ecx
  });
});

d('BSF / BSR / TZCNT / LZCNT / POPCNT', () => {
  it('BSF / BSR: ZF = source is 0; destination unchanged for a zero source', () => {
    const rows: Row[] = [
      [{ insn: 'bsf eax, ecx', regs: { rax: HI, rcx: 0x80n }, flags: ZF }, { regs: { rax: 7n }, flags: 0, mask: ZF }],
      [{ insn: 'bsf eax, ecx', regs: { rax: 0xdeadbeef12345678n, rcx: 0n } }, { regs: { rax: 0xdeadbeef12345678n }, flags: ZF, mask: ZF }],
      [{ insn: 'bsf rax, rcx', regs: { rax: 5n, rcx: HI } }, { regs: { rax: 32n }, flags: 0, mask: ZF }],
      [{ insn: 'bsf rax, rcx', regs: { rcx: 0x8000000000000000n } }, { regs: { rax: 63n }, flags: 0, mask: ZF }],
      [{ insn: 'bsf rax, rcx', regs: { rax: 77n, rcx: 0n } }, { regs: { rax: 77n }, flags: ZF, mask: ZF }],
      [{ insn: 'bsr rax, rcx', regs: { rcx: 0x0000010000000000n } }, { regs: { rax: 40n }, flags: 0, mask: ZF }],
      [{ insn: 'bsr rax, rcx', regs: { rcx: 0x00000000ffffffffn } }, { regs: { rax: 31n }, flags: 0, mask: ZF }],
      [{ insn: 'bsr ax, cx', regs: { rax: HI | 0xffffn, rcx: 1n } }, { regs: { rax: HI }, flags: 0, mask: ZF }],
      [{ insn: 'bsr ax, cx', regs: { rax: HI | 0x1234n, rcx: 0xffff0000n } }, { regs: { rax: HI | 0x1234n }, flags: ZF, mask: ZF }],
      [{ insn: 'bsr edx, ecx', regs: { rcx: 0x80000001n } }, { regs: { rdx: 31n }, flags: 0, mask: ZF }],
      [{ insn: `bsf esi, dword ${A(0)}`, mem: [0x100000_0000n | 0x00100000n] }, { regs: { rsi: 20n }, flags: 0, mask: ZF }],
      // undefined CF/OF/SF/AF/PF: unchanged (AMD Zen)
      [{ insn: 'bsf eax, ecx', regs: { rcx: 2n }, flags: CF | OF | SF | AF | PF | ZF }, { regs: { rax: 1n }, flags: CF | OF | SF | AF | PF }],
    ];
    expect(table(rows)).toBe(rows.length);
  });
  it('TZCNT / LZCNT: CF = source is 0, ZF = result is 0', () => {
    const rows: Row[] = [
      [{ insn: 'tzcnt eax, ecx', regs: { rax: HI, rcx: 0n } }, { regs: { rax: 32n }, flags: CF, mask: CF | ZF }],
      [{ insn: 'tzcnt ax, cx', regs: { rax: HI, rcx: 0x8000n } }, { regs: { rax: HI | 15n }, flags: 0, mask: CF | ZF }],
      [{ insn: 'tzcnt ax, cx', regs: { rcx: 0xffff0000n } }, { regs: { rax: 16n }, flags: CF, mask: CF | ZF }],
      [{ insn: 'tzcnt rax, rcx', regs: { rcx: 1n } }, { regs: { rax: 0n }, flags: ZF, mask: CF | ZF }],
      [{ insn: 'tzcnt rax, rcx', regs: { rcx: 0x100000000n } }, { regs: { rax: 32n }, flags: 0, mask: CF | ZF }],
      [{ insn: 'tzcnt rax, rcx', regs: { rcx: 0n } }, { regs: { rax: 64n }, flags: CF, mask: CF | ZF }],
      [{ insn: 'lzcnt eax, ecx', regs: { rcx: 1n } }, { regs: { rax: 31n }, flags: 0, mask: CF | ZF }],
      [{ insn: 'lzcnt rax, rcx', regs: { rcx: 0n } }, { regs: { rax: 64n }, flags: CF, mask: CF | ZF }],
      [{ insn: 'lzcnt rax, rcx', regs: { rcx: 0x80000000n } }, { regs: { rax: 32n }, flags: 0, mask: CF | ZF }],
      [{ insn: 'lzcnt ax, cx', regs: { rax: HI, rcx: 0x8000n } }, { regs: { rax: HI }, flags: ZF, mask: CF | ZF }],
      [{ insn: 'lzcnt ax, cx', regs: { rcx: 0x10000n } }, { regs: { rax: 16n }, flags: CF, mask: CF | ZF }],
      [{ insn: `lzcnt rdi, qword ${A(0)}`, mem: [0x00ff000000000000n] }, { regs: { rdi: 8n }, flags: 0, mask: CF | ZF }],
      // undefined: SF, AF, PF cleared, OF unchanged (AMD Zen)
      [{ insn: 'tzcnt eax, ecx', regs: { rcx: 2n }, flags: OF | SF | AF | PF | CF | ZF }, { flags: OF }],
    ];
    expect(table(rows)).toBe(rows.length);
  });
  it('POPCNT: ZF = source is 0, CF/OF/SF/AF/PF cleared', () => {
    const rows: Row[] = [
      [{ insn: 'popcnt rax, rcx', regs: { rcx: M64 }, flags: ARITH }, { regs: { rax: 64n }, flags: 0 }],
      [{ insn: 'popcnt eax, ecx', regs: { rax: HI, rcx: HI }, flags: ARITH }, { regs: { rax: 0n }, flags: ZF }],
      [{ insn: 'popcnt ax, cx', regs: { rax: HI, rcx: 0xf0f0n } }, { regs: { rax: HI | 8n }, flags: 0 }],
      [{ insn: 'popcnt rax, rcx', regs: { rcx: 0x8000000100000001n } }, { regs: { rax: 3n }, flags: 0 }],
      [{ insn: `popcnt edx, dword ${A(0)}`, mem: [0x12345678n] }, { regs: { rdx: 13n }, flags: 0 }],
    ];
    expect(table(rows)).toBe(rows.length);
  });
});

// SDM Vol 1 Table B-1 conditions, by name.
const CONDS: [string, (f: number) => boolean][] = [
  ['o', (f) => !!(f & OF)], ['no', (f) => !(f & OF)], ['b', (f) => !!(f & CF)], ['ae', (f) => !(f & CF)],
  ['e', (f) => !!(f & ZF)], ['ne', (f) => !(f & ZF)], ['be', (f) => !!(f & (CF | ZF))], ['a', (f) => !(f & (CF | ZF))],
  ['s', (f) => !!(f & SF)], ['ns', (f) => !(f & SF)], ['p', (f) => !!(f & PF)], ['np', (f) => !(f & PF)],
  ['l', (f) => !!(f & SF) !== !!(f & OF)], ['ge', (f) => !!(f & SF) === !!(f & OF)],
  ['le', (f) => !!(f & ZF) || !!(f & SF) !== !!(f & OF)], ['g', (f) => !(f & ZF) && !!(f & SF) === !!(f & OF)],
];
const FLAG_SETS = [0, CF, ZF, SF, OF, PF, SF | OF, CF | ZF, ZF | SF, ARITH, OF | ZF, SF | CF];

d('SETcc / CMOVcc', () => {
  it('SETcc writes 1 or 0 for every condition and flag combination', () => {
    const rows: Row[] = [];
    for (const [cc, p] of CONDS) for (const f of FLAG_SETS) {
      rows.push([{ insn: `set${cc} al`, regs: { rax: HI | 0xffn }, flags: f }, { regs: { rax: HI | (p(f) ? 1n : 0n) }, flags: f }]);
    }
    rows.push([{ insn: `setne byte ${A(1)}`, mem: [0xffffn], flags: 0 }, { mem: [0x01ffn] }]);
    rows.push([{ insn: 'setc ah', regs: { rax: 0xff00n }, flags: 0 }, { regs: { rax: 0n } }]);
    rows.push([{ insn: 'setc sil', regs: { rsi: 0xff00n }, flags: CF }, { regs: { rsi: 0xff01n } }]);
    expect(table(rows)).toBe(rows.length);
  });
  it('CMOVcc: moves when true; 32-bit forms zero the upper half even when false', () => {
    const rows: Row[] = [];
    for (const [cc, p] of CONDS) for (const f of [0, CF | ZF, SF, OF | PF]) {
      rows.push([{ insn: `cmov${cc} eax, ecx`, regs: { rax: HI | 0x1111n, rcx: HI | 0x2222n }, flags: f }, { regs: { rax: p(f) ? 0x2222n : 0x1111n }, flags: f }]);
      rows.push([{ insn: `cmov${cc} rax, rcx`, regs: { rax: HI | 0x1111n, rcx: 0x2222n }, flags: f }, { regs: { rax: p(f) ? 0x2222n : HI | 0x1111n } }]);
      rows.push([{ insn: `cmov${cc} ax, cx`, regs: { rax: HI | 0x1111n, rcx: 0x2222n }, flags: f }, { regs: { rax: HI | (p(f) ? 0x2222n : 0x1111n) } }]);
    }
    rows.push([{ insn: `cmovz rdx, ${A(0)}`, regs: { rdx: 1n }, mem: [0x123456789n], flags: ZF }, { regs: { rdx: 0x123456789n } }]);
    rows.push([{ insn: `cmovz edx, ${A(0)}`, regs: { rdx: HI | 1n }, mem: [0x123456789n], flags: 0 }, { regs: { rdx: 1n } }]);
    expect(table(rows)).toBe(rows.length);
  });
  it('CMOVcc reads its memory source even when the condition is false (faults)', () => {
    expect(faultDetail('xor eax, eax\ninc eax\nmov rbx, 0x8000000000000000\ncmovz eax, [rbx]')).toMatch(/first fault: #GP/);
  });
});

d('BSWAP / LAHF / SAHF', () => {
  it('BSWAP 32/64 (and the undefined 16-bit form: register cleared)', () => {
    const rows: Row[] = [
      [{ insn: 'bswap eax', regs: { rax: HI | 0x12345678n } }, { regs: { rax: 0x78563412n } }],
      [{ insn: 'bswap r9', regs: { r9: 0x0123456789abcdefn } }, { regs: { r9: 0xefcdab8967452301n } }],
      [{ insn: 'bswap rcx', regs: { rcx: 0x80n } }, { regs: { rcx: 0x8000000000000000n } }],
      [{ insn: 'db 0x66, 0x0f, 0xc8', regs: { rax: HI | 0x12345678n } }, { regs: { rax: HI | 0x12340000n } }],
    ];
    expect(table(rows)).toBe(rows.length);
  });
  it('LAHF / SAHF in 64-bit mode', () => {
    const rows: Row[] = [
      // AH = SF:ZF:0:AF:0:PF:1:CF
      [{ insn: 'lahf', regs: { rax: HI | 0xffffn }, flags: ARITH }, { regs: { rax: HI | 0xd7ffn } }],
      [{ insn: 'lahf', regs: { rax: 0n }, flags: OF }, { regs: { rax: 0x0200n } }],
      [{ insn: 'lahf', flags: CF | PF }, { regs: { rax: 0x0700n } }],
      // SAHF loads SF ZF AF PF CF from AH; OF unchanged.
      [{ insn: 'sahf', regs: { rax: 0xff00n }, flags: 0 }, { flags: SF | ZF | AF | PF | CF }],
      [{ insn: 'sahf', regs: { rax: 0x0000n }, flags: ARITH }, { flags: OF }],
      [{ insn: 'sahf', regs: { rax: 0x4100n }, flags: SF }, { flags: ZF | CF }],
    ];
    expect(table(rows)).toBe(rows.length);
  });
});
