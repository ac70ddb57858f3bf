// Exit-reason stop conditions: parsing (with clear errors) and matching against exit records.
import { describe, it, expect } from 'vitest';
import { parseExitCondition, matchExitCondition, ExitConditionError, describeExit, NestedExitRecord } from '../../emulator/vmx/nesting';

function rec(over: Partial<NestedExitRecord>): NestedExitRecord {
  return {
    seq: 1, reason: 48, fullReason: 48, name: 'EPT_VIOLATION', qualification: 0x182n, guestRip: 0x401020, guestPhysical: 0x5000, guestLinear: 0x5000,
    interruptionInfo: 0, instructionLength: 0, vmcs: 0x401000, hostRip: 0x1000, tsc: 0, idtVectoringInfo: 0,
    exitingLevel: 2, receivingLevel: 1, virtual: true, ...over,
  };
}

describe('parseExitCondition', () => {
  it('parses reasons, levels, kind and condition', () => {
    const c = parseExitCondition('exit:EPT_VIOLATION from L2 to L1 virtual if qual & 2');
    expect([...c.reasons!]).toEqual([48]);
    expect([c.from, c.to, c.kind]).toEqual([2, 1, 'virtual']);
    expect(c.expr).toBeDefined();
    const d = parseExitCondition('cpuid,EXIT_REASON_IO_INSTRUCTION,48 from 2 hw');
    expect([...d.reasons!].sort((a, b) => a - b)).toEqual([10, 30, 48]);
    expect([d.from, d.kind]).toEqual([2, 'hardware']);
    expect(parseExitCondition('*').reasons).toBeNull();
    expect(parseExitCondition('exit: any to L1').to).toBe(1);
    expect([...parseExitCondition('VMXON').reasons!]).toEqual([27]); // alias of VMON
  });
  it('explains mistakes', () => {
    const err = (t: string) => { try { parseExitCondition(t); } catch (e) { expect(e).toBeInstanceOf(ExitConditionError); return (e as Error).message; } return 'no error'; };
    expect(err('exit:EPT_VIOLATON')).toMatch(/unknown exit reason 'EPT_VIOLATON' \(did you mean EPT_VIOLATION/);
    expect(err('exit:CPUID from')).toMatch(/'from' needs a level such as L1/);
    expect(err('exit:CPUID from L1 to L2')).toMatch(/to L2 must be less than from L1/);
    expect(err('exit:CPUID to L1 hardware')).toMatch(/hardware exits are always received by L0/);
    expect(err('exit:CPUID hardware virtual')).toMatch(/either hardware or virtual/);
    expect(err('exit:CPUID sometimes')).toMatch(/unexpected 'sometimes'/);
    expect(err('exit:CPUID if')).toMatch(/'if' needs an expression/);
    expect(err('exit:CPUID if qual &')).toMatch(/expression ends too early/);
    expect(err('exit:CPUID if bogus == 1')).toMatch(/unknown name 'bogus'/);
    expect(err('exit:CPUID if (rax == 1')).toMatch(/missing '\)'/);
    expect(err('')).toMatch(/expected an exit reason/);
  });
});

describe('matchExitCondition', () => {
  it('filters by reason, levels, kind and expression', () => {
    const r = rec({});
    expect(matchExitCondition(parseExitCondition('exit:EPT_VIOLATION from L2 to L1 virtual if qual & 2'), r)).toBe(true);
    expect(matchExitCondition(parseExitCondition('exit:EPT_VIOLATION from L2 to L1 virtual if qual & 4'), r)).toBe(false);
    expect(matchExitCondition(parseExitCondition('exit:EPT_VIOLATION hardware'), r)).toBe(false);
    expect(matchExitCondition(parseExitCondition('exit:CPUID'), r)).toBe(false);
    expect(matchExitCondition(parseExitCondition('* from L1'), r)).toBe(false);
    expect(matchExitCondition(parseExitCondition('* if gpa == 0x5000 && rip > 0x401000 && !(qual & 1)'), r)).toBe(true);
    expect(matchExitCondition(parseExitCondition('* if (qual >> 7) & 1 == 1'), r)).toBe(true); // == binds tighter than &: (qual>>7) & (1 == 1)
  });
  it('sees the exiting guest registers', () => {
    const regs = new Int32Array(32);
    regs[0] = 1; regs[2 * 1] = 0x480; regs[2 * 15 + 1] = 1; // rax = 1, rcx = 0x480, r15 = 2^32
    const r = rec({ reason: 10, name: 'CPUID', virtual: false, receivingLevel: 0, guestRegs: regs });
    expect(matchExitCondition(parseExitCondition('CPUID if eax == 1 && rcx == 0x480 && r15 == 0x100000000 && r15d == 0'), r)).toBe(true);
  });
});

describe('describeExit', () => {
  it('formats levels, reason and details', () => {
    expect(describeExit(rec({ qualification: 0x8an }))).toBe('L2->L1 virtual EPT_VIOLATION (48) gpa=0x5000 write (page read-only) rip=0x401020');
    const regs = new Int32Array(32);
    expect(describeExit(rec({ reason: 10, name: 'CPUID', virtual: false, receivingLevel: 0, guestRegs: regs }))).toBe('L2->L0 hardware CPUID (10) leaf=0x0 rip=0x401020');
    expect(describeExit(rec({ reason: 25, name: 'VMWRITE', virtual: false, exitingLevel: 1, receivingLevel: 0, operand: { field: 0x681e, value: 0x1234n } }))).toBe('L1->L0 hardware VMWRITE (25) GUEST_RIP=0x1234 rip=0x401020');
    expect(describeExit(rec({ reason: 33, name: 'INVALID_STATE', fullReason: 0x80000021, virtual: false, receivingLevel: 0 }))).toBe('L2->L0 hardware INVALID_STATE (33) VM-entry failure');
  });
});
