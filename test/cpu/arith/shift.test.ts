// SHL/SAL SHR SAR ROL ROR RCL RCR SHLD SHRD: results and flags hand-derived from the SDM Vol 2B pseudo-code.
import { describe, it, expect } from 'vitest';
import { nasmAvailable, runAsm } from '../harness';
import { table, CF, PF, AF, ZF, SF, OF, ARITH, DATA, Row } from './helpers';

const d = nasmAvailable() ? describe : describe.skip;
const D = `[abs 0x${DATA.toString(16)}]`;
/** Defined flags of a shift with count > 1 (AF, OF undefined). */
const SH = CF | PF | ZF | SF;
/** Defined flags of a shift with count 1 (AF undefined). */
const SH1 = SH | OF;
const HI = 0xdeadbeef00000000n; // garbage in the upper half of a register

d('SHL / SAL', () => {
  it('8/16/32/64-bit results, CF (last bit out), OF (count 1), SF/ZF/PF', () => {
    const rows: Row[] = [
      // 0x81 << 1 = 0x02: CF = old bit 7 = 1; OF = MSB(result) ^ CF = 1; PF(0x02) odd -> 0.
      [{ insn: 'shl al, 1', regs: { rax: 0x81n } }, { regs: { rax: 0x02n }, flags: CF | OF, mask: SH1 }],
      [{ insn: 'sal al, 1', regs: { rax: 0x40n } }, { regs: { rax: 0x80n }, flags: SF | OF, mask: SH1 }],
      // count 9 > 8 (masked to 5 bits only): result 0, ZF, PF (CF undefined for count >= width).
      [{ insn: 'shl al, 9', regs: { rax: 0xffn } }, { regs: { rax: 0n }, flags: ZF | PF, mask: ZF | PF | SF }],
      // count 8 = width: CF = old bit 0.
      [{ insn: 'shl bl, cl', regs: { rbx: 0x01n, rcx: 8n } }, { regs: { rbx: 0n }, flags: ZF | PF, mask: ZF | PF | SF }],
      // 0x8421 << 4 = 0x4210: CF = bit 12 = 0; PF(0x10) odd.
      [{ insn: 'shl ax, 4', regs: { rax: 0x8421n | HI } }, { regs: { rax: 0x4210n | HI }, flags: 0, mask: SH }],
      // count 33 masked to 1 (32-bit): 0x40000000 -> 0x80000000, OF = 1 ^ 0; the upper half is zeroed.
      [{ insn: 'shl eax, 33', regs: { rax: 0x40000000n | HI } }, { regs: { rax: 0x80000000n }, flags: SF | OF | PF, mask: SH1 }],
      [{ insn: 'shl edx, cl', regs: { rdx: 0xffffffffn, rcx: 31n } }, { regs: { rdx: 0x80000000n }, flags: CF | SF | PF, mask: SH }],
      // count 65 masked to 1 (64-bit): CF = bit 63, OF = 0 ^ 1.
      [{ insn: 'shl rax, 65', regs: { rax: 0x8000000000000001n } }, { regs: { rax: 2n }, flags: CF | OF, mask: SH1 }],
      // 0x123456789 << 36: CF = old bit 28 = 0; result 0x3456789000000000, PF(0x00) = 1.
      [{ insn: 'shl rax, 36', regs: { rax: 0x123456789n } }, { regs: { rax: 0x3456789000000000n }, flags: PF, mask: SH }],
      [{ insn: 'shl rbx, cl', regs: { rbx: 0x00000001_80000000n, rcx: 32n } }, { regs: { rbx: 0x80000000_00000000n }, flags: CF | SF | PF, mask: SH }],
      [{ insn: 'shl r8, 63', regs: { r8: 3n } }, { regs: { r8: 0x8000000000000000n }, flags: CF | SF | PF, mask: SH }],
      // memory destinations
      [{ insn: `shl dword ${D}, 4`, mem: [0xaaaaaaaa_10000001n] }, { mem: [0xaaaaaaaa_00000010n], flags: CF, mask: SH }],
      [{ insn: `shl qword ${D}, cl`, regs: { rcx: 40n }, mem: [0x0000_00ff_ffff_ffffn] }, { mem: [0xffff_ff00_0000_0000n], flags: CF | SF | PF, mask: SH }],
      [{ insn: `shl byte ${D}, 1`, mem: [0x1234n] }, { mem: [0x1268n], flags: 0, mask: SH1 }],
    ];
    expect(table(rows)).toBe(rows.length);
  });
  it('count 0 (after masking) changes no flag and no value; a 32-bit register still has its upper half zeroed', () => {
    const all = ARITH;
    const rows: Row[] = [
      [{ insn: 'shl al, cl', regs: { rax: 0x81n, rcx: 0n }, flags: all }, { regs: { rax: 0x81n }, flags: all }],
      [{ insn: 'shl ax, cl', regs: { rax: 0x8001n, rcx: 32n }, flags: CF | ZF }, { regs: { rax: 0x8001n }, flags: CF | ZF }],
      [{ insn: 'shl rax, cl', regs: { rax: 0x8000000000000001n, rcx: 64n }, flags: OF | PF }, { regs: { rax: 0x8000000000000001n }, flags: OF | PF }],
      [{ insn: `shl qword ${D}, 64`, mem: [0x8000000000000001n], flags: SF }, { mem: [0x8000000000000001n], flags: SF }],
      // 32-bit register destinations are written even with count 0 (Intel and AMD): upper half zeroed.
      [{ insn: 'shl eax, cl', regs: { rax: 0xffffffff_12345678n, rcx: 0n }, flags: all }, { regs: { rax: 0x12345678n }, flags: all }],
      [{ insn: 'sar ebx, 32', regs: { rbx: 0xffffffff_87654321n }, flags: 0 }, { regs: { rbx: 0x87654321n }, flags: 0 }],
      [{ insn: 'rol ecx, 0', regs: { rcx: 0x1_00000001n } }, { regs: { rcx: 1n } }],
    ];
    expect(table(rows)).toBe(rows.length);
  });
});

d('SHR / SAR', () => {
  it('results and flags', () => {
    const rows: Row[] = [
      // SHR: OF (count 1) = MSB of the original operand.
      [{ insn: 'shr al, 1', regs: { rax: 0x81n } }, { regs: { rax: 0x40n }, flags: CF | OF, mask: SH1 }],
      [{ insn: 'shr al, 1', regs: { rax: 0x02n } }, { regs: { rax: 0x01n }, flags: 0, mask: SH1 }],
      // 0x8421 >> 4 = 0x0842: CF = bit 3 = 0; PF(0x42) even.
      [{ insn: 'shr ax, cl', regs: { rax: 0x8421n, rcx: 4n } }, { regs: { rax: 0x0842n }, flags: PF, mask: SH }],
      [{ insn: 'shr ax, 16', regs: { rax: 0x8000n } }, { regs: { rax: 0n }, flags: ZF | PF, mask: ZF | PF | SF }],
      [{ insn: 'shr ebx, 31', regs: { rbx: 0x80000000n | HI } }, { regs: { rbx: 1n }, flags: 0, mask: SH }],
      [{ insn: 'shr ebx, 1', regs: { rbx: 0x80000001n } }, { regs: { rbx: 0x40000000n }, flags: CF | OF | PF, mask: SH1 }],
      [{ insn: 'shr rbx, 63', regs: { rbx: 0x8000000000000000n } }, { regs: { rbx: 1n }, flags: 0, mask: SH }],
      // 0xFEDCBA9876543210 >> 40 = 0xFEDCBA: CF = bit 39 = 1; PF(0xBA) odd.
      [{ insn: 'shr rbx, 40', regs: { rbx: 0xfedcba9876543210n } }, { regs: { rbx: 0xfedcban }, flags: CF, mask: SH }],
      [{ insn: 'shr rsi, cl', regs: { rsi: 0x1_00000000n, rcx: 33n } }, { regs: { rsi: 0n }, flags: CF | ZF | PF, mask: SH }],
      // SAR: sign fill, OF (count 1) = 0.
      [{ insn: 'sar al, 1', regs: { rax: 0x81n } }, { regs: { rax: 0xc0n }, flags: CF | SF | PF, mask: SH1 }],
      // count 20 > 8: all sign bits, CF = sign.
      [{ insn: 'sar al, 20', regs: { rax: 0x80n } }, { regs: { rax: 0xffn }, flags: CF | SF | PF, mask: SH }],
      [{ insn: 'sar ax, cl', regs: { rax: 0x7fffn, rcx: 31n } }, { regs: { rax: 0n }, flags: ZF | PF, mask: SH }],
      // count 36 masked to 4: 0x80000010 -> 0xF8000001, CF = bit 3 = 0.
      [{ insn: 'sar eax, cl', regs: { rax: 0x80000010n, rcx: 36n } }, { regs: { rax: 0xf8000001n }, flags: SF, mask: SH }],
      [{ insn: 'sar rax, 63', regs: { rax: 0x8000000000000000n } }, { regs: { rax: 0xffffffffffffffffn }, flags: SF | PF, mask: SH }],
      // 0x7FFFFFFF00000000 >> 33 = 0x3FFFFFFF: CF = bit 32 = 1.
      [{ insn: 'sar rax, 33', regs: { rax: 0x7fffffff00000000n } }, { regs: { rax: 0x3fffffffn }, flags: CF | PF, mask: SH }],
      [{ insn: 'sar rdx, 32', regs: { rdx: 0x80000000_7fffffffn } }, { regs: { rdx: 0xffffffff_80000000n }, flags: 0 | SF | PF, mask: SH }],
      [{ insn: `sar word ${D}, 1`, mem: [0xaaaaaaaaaaaa8001n] }, { mem: [0xaaaaaaaaaaaac000n], flags: CF | SF | PF, mask: SH1 }],
      [{ insn: `shr qword ${D}, 1`, mem: [0x8000000000000003n] }, { mem: [0x4000000000000001n], flags: CF | OF, mask: SH1 }],
    ];
    expect(table(rows)).toBe(rows.length);
  });
});

d('ROL / ROR / RCL / RCR', () => {
  const CO = CF | OF;
  it('rotates change only CF (and OF for count 1)', () => {
    const keep = ZF | SF | PF | AF;
    const rows: Row[] = [
      [{ insn: 'rol al, 1', regs: { rax: 0x81n }, flags: keep }, { regs: { rax: 0x03n }, flags: keep | CF | OF }],
      // count 8: rotation by 0 mod 8, but CF = LSB(result) still updated (count & 1FH != 0).
      [{ insn: 'rol al, 8', regs: { rax: 0x81n } }, { regs: { rax: 0x81n }, flags: CF, mask: CF }],
      [{ insn: 'ror ax, 4', regs: { rax: 0x1234n }, flags: CF }, { regs: { rax: 0x4123n }, flags: 0, mask: CF }],
      [{ insn: 'ror ax, 16', regs: { rax: 0x8000n } }, { regs: { rax: 0x8000n }, flags: CF, mask: CF }],
      // ROR count 1: OF = MSB(result) ^ MSB-1(result).
      [{ insn: 'ror eax, 1', regs: { rax: 1n | HI } }, { regs: { rax: 0x80000000n }, flags: CF | OF, mask: CO }],
      [{ insn: 'rol ebx, cl', regs: { rbx: 0x80000001n, rcx: 4n } }, { regs: { rbx: 0x18n }, flags: 0, mask: CF }],
      [{ insn: 'rol rax, 4', regs: { rax: 0xf00000000000000fn } }, { regs: { rax: 0xffn }, flags: CF, mask: CF }],
      [{ insn: 'ror rax, 36', regs: { rax: 0x0123456789abcdefn } }, { regs: { rax: 0x789abcdef0123456n }, flags: 0, mask: CF }],
      [{ insn: 'rol rax, 1', regs: { rax: 0x4000000000000000n } }, { regs: { rax: 0x8000000000000000n }, flags: OF, mask: CO }],
      [{ insn: 'rol rbx, cl', regs: { rbx: 5n, rcx: 64n }, flags: CF | OF | ZF }, { regs: { rbx: 5n }, flags: CF | OF | ZF }],
      [{ insn: `ror dword ${D}, 8`, mem: [0x11111111_12345678n] }, { mem: [0x11111111_78123456n], flags: 0, mask: CF }],
    ];
    expect(table(rows)).toBe(rows.length);
  });
  it('RCL / RCR rotate through CF (counts mod 9 / 17 for 8/16-bit)', () => {
    const rows: Row[] = [
      [{ insn: 'rcl al, 1', regs: { rax: 0x80n }, flags: 0 }, { regs: { rax: 0n }, flags: CF | OF, mask: CO }],
      [{ insn: 'rcl al, 1', regs: { rax: 0x40n }, flags: CF }, { regs: { rax: 0x81n }, flags: OF, mask: CO }],
      // count 9 = identity for 9-bit rotation: value and CF unchanged.
      [{ insn: 'rcl al, 9', regs: { rax: 0x55n }, flags: CF }, { regs: { rax: 0x55n }, flags: CF, mask: CF }],
      [{ insn: 'rcr bl, cl', regs: { rbx: 0xaan, rcx: 18n }, flags: 0 }, { regs: { rbx: 0xaan }, flags: 0, mask: CF }],
      // RCR count 1: OF = MSB(dest) ^ CF before the rotate.
      [{ insn: 'rcr ax, 1', regs: { rax: 1n }, flags: CF }, { regs: { rax: 0x8000n }, flags: CF | OF, mask: CO }],
      // 16-bit count 17 = identity; count 16 = rotate right by 16 in 17 bits = left by 1.
      [{ insn: 'rcr ax, 17', regs: { rax: 0x1234n }, flags: CF }, { regs: { rax: 0x1234n }, flags: CF, mask: CF }],
      [{ insn: 'rcr ax, 16', regs: { rax: 0x8001n }, flags: 0 }, { regs: { rax: 0x0002n }, flags: CF, mask: CF }],
      // (CF=1:0x12345678) rotated right by 8 in 33 bits: 0xF1123456, CF = old bit 7 = 0.
      [{ insn: 'rcr eax, 8', regs: { rax: 0x12345678n }, flags: CF }, { regs: { rax: 0xf1123456n }, flags: 0, mask: CF }],
      [{ insn: 'rcl ecx, 31', regs: { rcx: 2n }, flags: CF }, { regs: { rcx: 0x40000000n }, flags: CF, mask: CF }],
      [{ insn: 'rcl rax, 1', regs: { rax: 0x8000000000000000n }, flags: CF }, { regs: { rax: 1n }, flags: CF | OF, mask: CO }],
      // 65-bit rotate right by 63 = left by 2: 1 -> 4, CF = old bit 62 = 0.
      [{ insn: 'rcr rax, 63', regs: { rax: 1n }, flags: 0 }, { regs: { rax: 4n }, flags: 0, mask: CF }],
      [{ insn: 'rcl rax, 33', regs: { rax: 0x1_00000000n }, flags: CF }, { regs: { rax: 0x1_00000001n }, flags: 0, mask: CF }],
      [{ insn: 'rcr rdx, cl', regs: { rdx: 0x1_00000000n, rcx: 32n }, flags: CF }, { regs: { rdx: 0x1_00000001n }, flags: 0, mask: CF }],
      [{ insn: `rcr qword ${D}, cl`, regs: { rcx: 1n }, mem: [2n], flags: CF }, { mem: [0x8000000000000001n], flags: OF, mask: CO }],
      // multi-precision shift chain: RDX:RAX <<= 1, then >>= 1 back.
      [{ insn: 'shl rax, 1\nrcl rdx, 1', regs: { rax: 0x8000000000000000n, rdx: 0x8000000000000000n } }, { regs: { rax: 0n, rdx: 1n }, flags: CF, mask: CF }],
      [{ insn: 'shr rdx, 1\nrcr rax, 1', regs: { rax: 0n, rdx: 1n } }, { regs: { rax: 0x8000000000000000n, rdx: 0n }, flags: 0, mask: CF }],
      // nine RCL 1 of an 8-bit register return it and CF to their start values.
      [{ insn: 'rcl al, 1\n'.repeat(9), regs: { rax: 0xa5n }, flags: CF }, { regs: { rax: 0xa5n }, flags: CF, mask: CF }],
      // 128-bit rotate-through-carry chain over memory: 4 words rotated left by one bit.
      [{ insn: `rcl qword ${D}, 1\nrcl qword [abs 0x${(DATA + 8).toString(16)}], 1`, mem: [0x8000000000000000n, 0x8000000000000001n], flags: CF }, { mem: [1n, 3n], flags: CF, mask: CF }],
    ];
    expect(table(rows)).toBe(rows.length);
  });
});

d('SHLD / SHRD', () => {
  it('double-precision shifts, all sizes, CL and immediate counts, memory destinations', () => {
    const rows: Row[] = [
      // 0x1234:0xABCD << 4 -> 0x234A; CF = bit 12 of dest = 1; PF(0x4A) odd.
      [{ insn: 'shld ax, bx, 4', regs: { rax: 0x1234n, rbx: 0xabcdn } }, { regs: { rax: 0x234an }, flags: CF, mask: SH }],
      [{ insn: 'shrd ax, bx, 4', regs: { rax: 0x1234n, rbx: 0xabcdn } }, { regs: { rax: 0xd123n }, flags: 0 | SF, mask: SH }],
      [{ insn: 'shld ax, bx, 16', regs: { rax: 0x1235n, rbx: 0xabcdn } }, { regs: { rax: 0xabcdn }, flags: CF | SF, mask: SH }],
      // count 1 sets OF on a sign change.
      [{ insn: 'shld eax, ebx, 1', regs: { rax: 0x40000000n | HI, rbx: 0x80000000n } }, { regs: { rax: 0x80000001n }, flags: SF | OF, mask: SH1 }],
      [{ insn: 'shrd eax, ebx, 1', regs: { rax: 0x80000001n, rbx: 0n } }, { regs: { rax: 0x40000000n }, flags: CF | OF | PF, mask: SH1 }],
      // (0x12345678 >> 8) | (0x9ABCDEF0 << 24) = 0xF0123456; CF = bit 7 = 0; PF(0x56) even.
      [{ insn: 'shrd eax, ebx, cl', regs: { rax: 0x12345678n, rbx: 0x9abcdef0n, rcx: 8n } }, { regs: { rax: 0xf0123456n }, flags: SF | PF, mask: SH }],
      [{ insn: 'shld rax, rbx, 16', regs: { rax: 0x0123456789abcdefn, rbx: 0xfedcba9876543210n } }, { regs: { rax: 0x456789abcdeffedcn }, flags: CF, mask: SH }],
      [{ insn: 'shrd rax, rbx, 40', regs: { rax: 0x0123456789abcdefn, rbx: 0xfedcba9876543210n } }, { regs: { rax: 0x9876543210012345n }, flags: SF, mask: SH }],
      [{ insn: 'shld rax, rbx, cl', regs: { rax: 1n, rbx: 0x8000000000000000n, rcx: 127n } }, { regs: { rax: 0xc000000000000000n }, flags: SF | PF, mask: SH }],
      [{ insn: `shld dword ${D}, ecx, 8`, regs: { rcx: 0xab000000n }, mem: [0x77777777_00123456n] }, { mem: [0x77777777_123456abn], flags: 0, mask: SH }],
      [{ insn: `shrd qword ${D}, rcx, cl`, regs: { rcx: 0x0f08n }, mem: [0xffn] }, { mem: [0x0800000000000000n], flags: CF | PF, mask: SH }],
      // counts of 0 change nothing
      [{ insn: 'shld ax, bx, 0', regs: { rax: 0x1234n, rbx: 0xffffn }, flags: ARITH }, { regs: { rax: 0x1234n }, flags: ARITH }],
      [{ insn: 'shrd rax, rbx, cl', regs: { rax: 7n, rbx: 1n, rcx: 64n }, flags: ZF }, { regs: { rax: 7n }, flags: ZF }],
    ];
    expect(table(rows)).toBe(rows.length);
  });
});

d('undefined flags and results: our documented choices (AMD Zen behaviour)', () => {
  it('shift AF = 1, OF for counts > 1, CF for counts >= width, 16-bit SHLD/SHRD counts > 16', () => {
    const rows: Row[] = [
      [{ insn: 'shl eax, 3', regs: { rax: 1n } }, { regs: { rax: 8n }, flags: AF }],
      [{ insn: 'shr al, 2', regs: { rax: 0x80n } }, { regs: { rax: 0x20n }, flags: AF }],
      // SHL count > 1: OF = MSB(result) ^ CF.
      [{ insn: 'shl al, 2', regs: { rax: 0x20n } }, { regs: { rax: 0x80n }, flags: AF | SF | OF }],
      [{ insn: 'shl al, 2', regs: { rax: 0x60n } }, { regs: { rax: 0x80n }, flags: AF | SF | CF }],
      // count = width: CF = the last bit shifted out (bit 0 for SHL, the MSB for SHR).
      [{ insn: 'shl bl, cl', regs: { rbx: 0x01n, rcx: 8n } }, { regs: { rbx: 0n }, flags: AF | CF | ZF | PF | OF }],
      [{ insn: 'shr ax, 16', regs: { rax: 0x8000n } }, { regs: { rax: 0n }, flags: AF | CF | ZF | PF }],
      // SHR count > 1: OF = 0; SHL/SHR count > width: CF = 0.
      [{ insn: 'shr ax, 17', regs: { rax: 0xffffn }, flags: CF | OF }, { regs: { rax: 0n }, flags: AF | ZF | PF }],
      [{ insn: 'shl al, 10', regs: { rax: 0xffn }, flags: CF }, { regs: { rax: 0n }, flags: AF | ZF | PF }],
      // ROL count > 1: OF = MSB(result) ^ CF; ROR: MSB ^ MSB-1.
      [{ insn: 'rol al, 2', regs: { rax: 0x60n } }, { regs: { rax: 0x81n }, flags: CF }],
      [{ insn: 'ror al, 2', regs: { rax: 0x01n } }, { regs: { rax: 0x40n }, flags: OF }],
      // 16-bit SHLD/SHRD with count 17..31: the source rotated by count - 16; CF = 0.
      [{ insn: 'shld ax, bx, 20', regs: { rax: 0x1234n, rbx: 0xabcdn }, flags: CF | OF }, { regs: { rax: 0xbcdan }, flags: AF | SF }],
      [{ insn: 'shrd ax, bx, 20', regs: { rax: 0x1234n, rbx: 0xabcdn }, flags: CF }, { regs: { rax: 0xdabcn }, flags: AF | SF }],
    ];
    expect(table(rows)).toBe(rows.length);
  });
});

d('shifts in 16-bit real mode', () => {
  it('16-bit default operand size, 32-bit operands through 66h', () => {
    const r = runAsm(`
  mov ax, 0x4001
  shl ax, 1            ; 0x8002: CF=0, OF=1 (sign change), SF=1, PF(0x02)=0
  mov [0x500], ax
  pushf
  pop word [0x502]
  mov eax, 0x80000001
  rol eax, 4           ; 0x00000018
  mov [0x504], eax
  mov cl, 4
  mov dx, 0x1234
  shrd dx, ax, cl      ; (0x1234 >> 4) | (0x0018 << 12) = 0x8123
  mov [0x508], dx
  hlt`, { mode: 'real' });
    expect(r.stop.reason).toBe('halted');
    expect(r.m.mem.read32(0x500) & 0xffff).toBe(0x8002);
    expect((r.m.mem.read32(0x500) >>> 16) & (CF | PF | ZF | SF | OF)).toBe(OF | SF);
    expect(r.m.mem.read32(0x504) >>> 0).toBe(0x18);
    expect(r.m.mem.read32(0x508) & 0xffff).toBe(0x8123);
  });
});
