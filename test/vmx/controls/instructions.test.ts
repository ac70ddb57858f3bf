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

  it('TSC scaling: RDTSC, RDTSCP and RDMSR IA32_TSC return (TSC * TSC_MULTIPLIER) >> 48 + TSC_OFFSET', () => {
    // two reads 404 instructions apart (the TSC counts one tick per retired instruction); the multiplier 2^47 halves the rate
    const guest = `rdtsc
shl rdx, 32
or rax, rdx
mov [GUEST_DATA], rax
mov ecx, 200
.wait: dec ecx
jnz .wait
rdtscp
shl rdx, 32
or rax, rdx
mov [GUEST_DATA + 8], rax
mov ecx, 0x10
rdmsr
shl rdx, 32
or rax, rdx
mov [GUEST_DATA + 16], rax`;
    const setup = 'VMW TSC_OFFSET, 0x1000\nVMW TSC_MULTIPLIER, 1 << 47';
    const r = runHv({ guest, proc: 'CPU_USE_TSC_OFFSETTING | CPU_USE_MSR_BITMAPS', proc2: 'CPU2_ENABLE_RDTSCP | CPU2_USE_TSC_SCALING', setup });
    expectDone(r);
    expect(reasons(r)).toEqual([18]);
    const [a, b, m] = [r.q(GUEST_DATA), r.q(GUEST_DATA + 8), r.q(GUEST_DATA + 16)];
    const exitTsc = BigInt(r.history[0].tsc);
    expect(a - 0x1000n).toBeGreaterThan(0n);
    expect(a - 0x1000n).toBeLessThanOrEqual(exitTsc / 2n);
    expect(b - a).toBeGreaterThanOrEqual(202n);   // (404 + 1) / 2 ticks
    expect(b - a).toBeLessThanOrEqual(204n);
    expect(m - b).toBeGreaterThanOrEqual(2n);     // 5 ticks later: RDMSR of IA32_TSC is scaled and offset too (SDM 26.3)
    expect(m - b).toBeLessThanOrEqual(3n);
    // the same guest with offsetting only: the full rate, and RDMSR IA32_TSC offset as well
    const o = runHv({ guest, proc: 'CPU_USE_TSC_OFFSETTING | CPU_USE_MSR_BITMAPS', proc2: 'CPU2_ENABLE_RDTSCP', setup: 'VMW TSC_OFFSET, 0x10000000000' });
    expectDone(o);
    expect(o.q(GUEST_DATA + 8) - o.q(GUEST_DATA)).toBeGreaterThanOrEqual(404n);
    expect(o.q(GUEST_DATA + 16)).toBeGreaterThan(0x10000000000n);
    expect(o.q(GUEST_DATA + 16) - o.q(GUEST_DATA + 8)).toBeLessThanOrEqual(8n);
    // "use TSC scaling" without "use TSC offsetting": neither applies (SDM 26.3)
    const n = runHv({ guest, proc: 'CPU_USE_MSR_BITMAPS', proc2: 'CPU2_ENABLE_RDTSCP | CPU2_USE_TSC_SCALING', setup });
    expectDone(n);
    expect(n.q(GUEST_DATA + 8) - n.q(GUEST_DATA)).toBeGreaterThanOrEqual(404n);
    expect(n.q(GUEST_DATA)).toBeLessThan(BigInt(n.history[0].tsc));
  });

  it('PAUSE-loop exiting: a PAUSE more than PLE_Window ticks into a loop of PAUSEs at most PLE_Gap apart exits (40)', () => {
    // one PAUSE every 3 instructions (gap 3 <= PLE_Gap 16): the loop starts at the first PAUSE after VM entry and
    // exits on the first PAUSE more than 200 ticks later, i.e. in iteration 68
    const loop = 'mov ecx, 100000\n.loop: pause\ndec ecx\njnz .loop';
    const ple = 'VMW PLE_GAP, 16\nVMW PLE_WINDOW, 200';
    const r = runHv({ guest: loop, proc2: 'CPU2_PAUSE_LOOP_EXITING', setup: ple, maxExits: 3 });
    expectDone(r);
    expect(reasons(r)).toEqual([40, 40, 40]);
    expect(r.exits[0].len).toBe(2);
    expect(r.exits[0].rip).toBe(BigInt(r.label('guest_entry') + 5));
    expect(100000n - r.exits[0].rcx).toBe(67n);   // 67 iterations done, the 68th PAUSE exits
    // the handler skips the exiting PAUSE; the next PAUSE is the first after VM entry and starts a new loop
    expect(r.exits[0].rcx - r.exits[1].rcx).toBe(68n);
    expect(r.exits[1].rcx - r.exits[2].rcx).toBe(68n);
    // PAUSEs 24 ticks apart (> PLE_Gap): each one starts a new loop, none exits
    const sparse = 'mov ecx, 100\n.loop: pause\nmov edx, 10\n.w: dec edx\njnz .w\ndec ecx\njnz .loop';
    const s = runHv({ guest: sparse, proc2: 'CPU2_PAUSE_LOOP_EXITING', setup: ple });
    expectDone(s);
    expect(reasons(s)).toEqual([18]);
    // a wider window lets the same dense loop run longer
    const w = runHv({ guest: loop, proc2: 'CPU2_PAUSE_LOOP_EXITING', setup: 'VMW PLE_GAP, 16\nVMW PLE_WINDOW, 2000', maxExits: 1 });
    expect(100000n - w.exits[0].rcx).toBe(667n);
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
