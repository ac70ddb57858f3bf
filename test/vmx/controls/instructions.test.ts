// Instruction-exiting controls (SDM Vol 3C 26.1.3, 25.6.2): one test per control, asserting the exit reason,
// qualification, instruction length/information as the hypervisor reads them with VMREAD and as the emulator
// records them (m.vmx.history).
import { describe, it, expect } from 'vitest';
import { runHv, expectDone, reasons, GUEST_DATA } from './prelude';

describe('instruction-exiting controls', () => {
  it('HLT exiting: reason 12, length 1; the guest does not halt', () => {
    const r = runHv({ guest: 'hlt', proc: 'CPU_HLT_EXITING' });
    expectDone(r);
    expect(reasons(r)).toEqual([12, 18]);
    expect(r.exits[0].len).toBe(1);
    expect(r.exits[0].rip).toBe(BigInt(r.label('guest_entry')));
    expect(r.history[0]).toMatchObject({ reason: 12, name: 'HLT', instructionLength: 1, guestRip: r.label('guest_entry') });
  });

  it('INVLPG exiting: reason 14, qualification = linear address of the operand', () => {
    const r = runHv({ guest: 'invlpg [0x123456]\nmov rax, 0x7000\ninvlpg [rax + 0x10]', proc: 'CPU_INVLPG_EXITING' });
    expectDone(r);
    expect(reasons(r)).toEqual([14, 14, 18]);
    expect(r.exits.map((e) => e.qual)).toEqual([0x123456n, 0x7010n, 0n]);
    expect(r.history[1].qualification).toBe(0x7010n);
  });

  it('MWAIT exiting (36) and MONITOR exiting (39), length 3', () => {
    const r = runHv({ guest: `lea rax, [GUEST_DATA]\nxor ecx, ecx\nxor edx, edx\nmonitor\nxor eax, eax\nmwait`, proc: 'CPU_MWAIT_EXITING | CPU_MONITOR_EXITING' });
    expectDone(r);
    expect(reasons(r)).toEqual([39, 36, 18]);
    expect(r.exits.slice(0, 2).map((e) => e.len)).toEqual([3, 3]);
  });

  it('RDPMC exiting: reason 15, length 2', () => {
    const r = runHv({ guest: 'xor ecx, ecx\nrdpmc', proc: 'CPU_RDPMC_EXITING' });
    expectDone(r);
    expect(reasons(r)).toEqual([15, 18]);
    expect(r.exits[0].len).toBe(2);
  });

  it('RDTSC exiting (16) and RDTSCP exiting (51, needs "enable RDTSCP")', () => {
    const r = runHv({ guest: 'rdtsc\nrdtscp', proc: 'CPU_RDTSC_EXITING', proc2: 'CPU2_ENABLE_RDTSCP' });
    expectDone(r);
    expect(reasons(r)).toEqual([16, 51, 18]);
    expect(r.exits.slice(0, 2).map((e) => e.len)).toEqual([2, 3]);
  });

  it('TSC offsetting without RDTSC exiting: RDTSC and RDTSCP return TSC + TSC_OFFSET, no exit', () => {
    const guest = `rdtsc
shl rdx, 32
or rax, rdx
mov [GUEST_DATA], rax
rdtscp
shl rdx, 32
or rax, rdx
mov [GUEST_DATA + 8], rax`;
    const r = runHv({ guest, proc: 'CPU_USE_TSC_OFFSETTING', proc2: 'CPU2_ENABLE_RDTSCP', setup: 'VMW TSC_OFFSET, 0x10000000000' });
    expectDone(r);
    expect(reasons(r)).toEqual([18]);
    const a = r.q(GUEST_DATA), b = r.q(GUEST_DATA + 8);
    expect(a).toBeGreaterThan(0x10000000000n);
    expect(a).toBeLessThan(0x10000000000n + BigInt(r.m.cpu.tsc));
    expect(b).toBeGreaterThan(a);
    // a negative offset (two's complement) moves the guest's TSC back
    const n = runHv({ guest, proc: 'CPU_USE_TSC_OFFSETTING', proc2: 'CPU2_ENABLE_RDTSCP', setup: 'VMW TSC_OFFSET, -0x100' });
    expectDone(n);
    expect(BigInt.asIntN(64, n.q(GUEST_DATA))).toBeLessThan(BigInt(n.m.cpu.tsc) - 0x100n);
  });

  it('MOV-DR exiting: reason 29, qualification DR number, direction and GPR', () => {
    const r = runHv({ guest: 'mov eax, 0x400\nmov dr7, rax\nmov rbx, dr6\nmov dr0, rcx', proc: 'CPU_MOV_DR_EXITING' });
    expectDone(r);
    expect(reasons(r)).toEqual([29, 29, 29, 18]);
    expect(r.exits.slice(0, 3).map((e) => e.qual)).toEqual([7n, 0x316n, 0x100n]);
    expect(r.exits[0].len).toBe(3);
  });

  it('PAUSE exiting: reason 40', () => {
    const r = runHv({ guest: 'pause', proc: 'CPU_PAUSE_EXITING' });
    expectDone(r);
    expect(reasons(r)).toEqual([40, 18]);
    expect(r.exits[0].len).toBe(2);
  });

  it('WBINVD exiting: reason 54', () => {
    const r = runHv({ guest: 'wbinvd', proc2: 'CPU2_WBINVD_EXITING' });
    expectDone(r);
    expect(reasons(r)).toEqual([54, 18]);
    expect(r.exits[0].len).toBe(2);
  });

  it('RDRAND (57) / RDSEED (61) exiting: instruction information = destination register and operand size', () => {
    const r = runHv({ guest: 'rdrand eax\nrdseed rbx\nrdrand cx', proc2: 'CPU2_RDRAND_EXITING | CPU2_RDSEED_EXITING' });
    expectDone(r);
    expect(reasons(r)).toEqual([57, 61, 57, 18]);
    // SDM Table 28-14: bits 6:3 register, bits 12:11 operand size (0 = 16, 1 = 32, 2 = 64 bits)
    expect(r.exits.slice(0, 3).map((e) => e.info)).toEqual([1 << 11, (3 << 3) | (2 << 11), 1 << 3]);
  });

  it('descriptor-table exiting: GDTR/IDTR (46) and LDTR/TR (47) with instruction identity and operands', () => {
    const guest = `sgdt [GUEST_DATA]
mov rbx, GUEST_DATA
lidt [rbx + 8]
sldt ax
str cx
xor eax, eax
lldt ax
ltr [GUEST_DATA + 0x20]`;
    const r = runHv({ guest, proc2: 'CPU2_DESCRIPTOR_TABLE_EXITING' });
    expectDone(r);
    expect(reasons(r)).toEqual([46, 46, 47, 47, 47, 47, 18]);
    const e = r.exits;
    const ID = (n: number) => n << 28, MEM64 = (2 << 7) | (3 << 15), NOINDEX = 1 << 22, NOBASE = 1 << 27, REG = 1 << 10;
    // SGDT [disp32]: no base, no index, DS, 64-bit addressing; qualification = displacement
    expect(e[0].info >>> 0).toBe((MEM64 | NOINDEX | NOBASE | ID(0)) >>> 0);
    expect(e[0].qual).toBe(BigInt(GUEST_DATA));
    // LIDT [rbx + 8]: base RBX (3)
    expect(e[1].info >>> 0).toBe((MEM64 | NOINDEX | (3 << 23) | ID(3)) >>> 0);
    expect(e[1].qual).toBe(8n);
    // SLDT ax (identity 0), STR cx (1, reg1 = 1), LLDT ax (2), LTR m16 (3)
    expect([e[2].info & (REG | (15 << 3) | (3 << 28)), e[3].info & (REG | (15 << 3) | (3 << 28)), e[4].info & (REG | (3 << 28))]).toEqual([REG, REG | (1 << 3) | ID(1), REG | ID(2)]);
    expect(e[5].info >>> 0).toBe((MEM64 | NOINDEX | NOBASE | ID(3)) >>> 0);
    expect(e[5].qual).toBe(BigInt(GUEST_DATA + 0x20));
  });
});
