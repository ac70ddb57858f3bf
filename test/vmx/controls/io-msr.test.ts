// I/O instruction exiting (unconditional and I/O bitmaps, SDM 25.6.4, qualification Table 28-5) and MSR bitmaps
// (SDM 25.6.9: read-low, read-high, write-low, write-high; MSRs outside both ranges always exit).
import { describe, it, expect } from 'vitest';
import { runHv, expectDone, reasons, GUEST_DATA } from './prelude';

describe('I/O exiting', () => {
  it('unconditional I/O exiting: size, direction, string, REP, operand encoding and port', () => {
    const guest = `mov al, 'x'
out 0x80, al
mov dx, 0x3f8
in ax, dx
in eax, dx
mov dx, 0xe9
lea rsi, [GUEST_DATA]
mov ecx, 4
rep outsb
mov dx, 0x70
lea rdi, [GUEST_DATA + 0x40]
insd`;
    const r = runHv({ guest, proc: 'CPU_UNCONDITIONAL_IO_EXITING' });
    expectDone(r);
    expect(reasons(r)).toEqual([30, 30, 30, 30, 30, 18]);
    const e = r.exits;
    expect(e.map((x) => x.qual).slice(0, 5)).toEqual([
      0x00800040n,  // OUT imm8, 1 byte, immediate operand (bit 6)
      0x03f80009n,  // IN AX, DX: size 1 (2 bytes), IN (bit 3)
      0x03f8000bn,  // IN EAX, DX: size 3
      0x00e90030n,  // REP OUTSB: string (bit 4), REP (bit 5)
      0x0070001bn,  // INSD: IN, string, 4 bytes
    ]);
    expect(e.slice(0, 5).map((x) => x.len)).toEqual([2, 2, 1, 2, 1]);
    // string I/O: guest-linear address of the source/destination, instruction information = address size and segment
    expect(e[3].linear).toBe(BigInt(GUEST_DATA));
    expect(e[3].info).toBe((2 << 7) | (3 << 15)); // 64-bit addressing, DS
    expect(e[4].linear).toBe(BigInt(GUEST_DATA + 0x40));
    expect((e[4].info >> 7) & 7).toBe(2);
    expect(r.out).toBe(''); // nothing reached the debug port: every access exited
    expect(r.history[3]).toMatchObject({ reason: 30, guestLinear: GUEST_DATA });
  });

  it('I/O bitmaps: only ports whose bit is set exit (bitmaps override unconditional I/O exiting); accesses spanning A/B and wrapping exit', () => {
    const guest = `in al, 0x71
in al, 0x70
mov dx, 0x7ffe
out dx, al
mov dx, 0x7fff
out dx, ax
mov dx, 0x8000
out dx, al
mov dx, 0xffff
out dx, ax
mov dx, 0xe9
mov al, 'k'
out dx, al`;
    const setup = `mov byte [IOBM_A_PAGE + 0x70 / 8], 1 << (0x70 & 7)
mov byte [IOBM_B_PAGE], 1            ; port 0x8000`;
    const r = runHv({ guest, setup, proc: 'CPU_USE_IO_BITMAPS | CPU_UNCONDITIONAL_IO_EXITING' });
    expectDone(r);
    expect(reasons(r)).toEqual([30, 30, 30, 30, 18]);
    expect(r.exits.slice(0, 4).map((x) => x.qual)).toEqual([
      0x00700048n,  // IN AL, 0x70
      0x7fff0001n,  // OUT DX, AX at 0x7fff: the second byte (0x8000) is in bitmap B
      0x80000000n,  // OUT DX, AL at 0x8000
      0xffff0001n,  // OUT DX, AX at 0xffff wraps to port 0: always exits
    ]);
    expect(r.out).toBe('k');
  });
});

describe('MSR bitmaps', () => {
  it('read/write, low/high ranges; MSRs outside both ranges always exit', () => {
    const guest = `mov ecx, 0x174
rdmsr                  ; read-low bit set: exit
mov ecx, 0x175
rdmsr                  ; read-low bit clear: executes
mov ecx, 0x175
xor eax, eax
xor edx, edx
wrmsr                  ; write-low bit set: exit
mov ecx, 0x174
wrmsr                  ; write-low bit clear: executes
mov ecx, 0xc0000080
rdmsr                  ; read-high bit set: exit
mov ecx, 0xc0000100
rdmsr                  ; read-high bit clear: executes
wrmsr                  ; write-high bit set: exit
mov ecx, 0x40000000
rdmsr                  ; outside the ranges: exit
mov ecx, 0xc0002000
xor eax, eax
wrmsr                  ; just past the high range: exit`;
    const setup = `mov byte [MSRBM_PAGE + 0x174 / 8], 1 << (0x174 & 7)
mov byte [MSRBM_PAGE + 2048 + 0x175 / 8], 1 << (0x175 & 7)
mov byte [MSRBM_PAGE + 1024 + 0x80 / 8], 1 << (0x80 & 7)
mov byte [MSRBM_PAGE + 3072 + 0x100 / 8], 1 << (0x100 & 7)`;
    const r = runHv({ guest, setup, proc: 'CPU_USE_MSR_BITMAPS' });
    expectDone(r);
    expect(reasons(r)).toEqual([31, 32, 31, 32, 31, 32, 18]);
    expect(r.exits.slice(0, 6).map((e) => Number(e.rcx))).toEqual([0x174, 0x175, 0xc0000080, 0xc0000100, 0x40000000, 0xc0002000]);
    expect(r.exits.slice(0, 6).map((e) => e.len)).toEqual([2, 2, 2, 2, 2, 2]);
    expect(r.exits.every((e) => e.qual === 0n)).toBe(true);
  });

  it('without "use MSR bitmaps" every RDMSR and WRMSR exits', () => {
    const r = runHv({ guest: 'mov ecx, 0x10\nrdmsr\nmov ecx, 0x174\nwrmsr' });
    expectDone(r);
    expect(reasons(r)).toEqual([31, 32, 18]);
  });
});
