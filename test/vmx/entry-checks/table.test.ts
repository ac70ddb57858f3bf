// Baselines that must pass, the shape of the check table, coverage of every row by a case, the text
// renderings, and the micro-benchmark.
import { describe, expect, it } from 'vitest';
import { ICELAKE_SP_HOST, VMCS, VMCS_FIELDS } from '../../../emulator/vmx/arch';
import {
  VM_ENTRY_CHECKS, allVmEntryFailures, benchEntryChecks, checkVmEntry, explainCheckFailure, formatCheckFailure, vmEntryCheckCounts,
} from '../../../emulator/vmx/vmentry-checks';
import { CONTROL_CASES } from './controls-cases';
import { HOST_CASES } from './host-cases';
import { GUEST_CASES } from './guest-cases';
import { PERMISSIVE, newCtx, runCase, set, v86Guest } from './helpers';
import { defaultProfile } from '../../../emulator/vmx/capabilities';
import { baselineContext, checkVmEntryIncremental, newEntryCheckMemo } from '../../../emulator/vmx/vmentry-checks';

describe('valid baselines pass every check', () => {
  for (const profile of ['permissive', 'icelake'] as const) {
    it(`64-bit guest, 64-bit host (${profile})`, () => {
      const ctx = newCtx(profile, 'long64');
      expect(allVmEntryFailures(ctx)).toEqual([]);
      expect(checkVmEntry(ctx)).toBeNull();
    });
    it(`real-mode unrestricted guest with EPT (${profile})`, () => {
      const ctx = newCtx(profile, 'real-unrestricted');
      expect(ctx.vmcs.get('GUEST_CR0') & 1n).toBe(0n);
      expect(allVmEntryFailures(ctx)).toEqual([]);
    });
  }
  it('virtual-8086 guest (permissive)', () => {
    const ctx = newCtx();
    v86Guest(ctx);
    expect(allVmEntryFailures(ctx)).toEqual([]);
  });
  it('the emulator\'s default capability profile', () => {
    expect(allVmEntryFailures(baselineContext(defaultProfile(), 'long64'))).toEqual([]);
    expect(allVmEntryFailures(baselineContext(defaultProfile(), 'real-unrestricted'))).toEqual([]);
  });
  it('a valid VMCS link pointer, valid event injection and a valid MSR-load list pass', () => {
    const ctx = newCtx();
    set('VMCS_LINK_POINTER', 0x20000)(ctx);
    ctx.memory.set(0x20000, 0x12345);
    set('VM_ENTRY_INTR_INFO_FIELD', 0x80000b0e)(ctx); // #PF with error code
    set('VM_ENTRY_EXCEPTION_ERROR_CODE', 2)(ctx);
    set('VM_ENTRY_MSR_LOAD_COUNT', 2)(ctx);
    set('VM_ENTRY_MSR_LOAD_ADDR', 0x30000)(ctx);
    ctx.memory.set(0x30000, 0x174);
    ctx.memory.set(0x30010, 0xc0000102); // IA32_KERNEL_GS_BASE may be loaded
    expect(allVmEntryFailures(ctx)).toEqual([]);
  });
});

describe('the check table', () => {
  it('has unique ids, a section, a rule and known VMCS field names on every row', () => {
    const ids = new Set<string>();
    for (const c of VM_ENTRY_CHECKS) {
      expect(ids.has(c.id), c.id).toBe(false);
      ids.add(c.id);
      expect(c.section).toMatch(/^SDM Vol 3C 27\.\d/);
      expect(c.rule.length).toBeGreaterThan(20);
      expect(c.fields.length).toBeGreaterThan(0);
      for (const f of c.fields) expect(VMCS[f]?.name, `${c.id}: ${f}`).toBe(f);
      if (c.stage === 'controls') expect(c.vmError).toBe(7);
      if (c.stage === 'host') expect(c.vmError).toBe(8);
      if (c.stage === 'guest') expect(c.exitReason).toBe(33);
      if (c.stage === 'msr-load') expect(c.exitReason).toBe(34);
    }
  });
  it('walks the stages in SDM order: controls, host, guest, MSR loading', () => {
    const order = ['controls', 'host', 'guest', 'msr-load'];
    let last = 0;
    for (const c of VM_ENTRY_CHECKS) {
      const i = order.indexOf(c.stage);
      expect(i).toBeGreaterThanOrEqual(last);
      last = i;
    }
    expect(vmEntryCheckCounts()).toEqual({ controls: 59, host: 40, guest: 144, 'msr-load': 1 });
  });
  it('every row is exercised by at least one failing case', () => {
    const covered = new Set([...CONTROL_CASES, ...HOST_CASES, ...GUEST_CASES].map((c) => (c.id.startsWith('msr-load.') ? 'msr-load.entry' : c.id)));
    const missing = VM_ENTRY_CHECKS.map((c) => c.id).filter((id) => !covered.has(id));
    expect(missing).toEqual([]);
  });
  it('guards never hide a failure: skipping guarded rows gives the same first failure as running them all', () => {
    for (const c of [...CONTROL_CASES, ...HOST_CASES, ...GUEST_CASES].filter((x) => !x.all)) {
      const ctx = newCtx(c.profile, c.mode);
      c.mutate(ctx);
      expect(checkVmEntry(ctx)?.id, c.id).toBe(allVmEntryFailures(ctx)[0]?.id);
    }
  });
});

describe('renderings', () => {
  it('one line for a control failure names the error, the requirement and the value', () => {
    const f = runCase({ id: 'controls.pin.allowed0', profile: 'icelake', mutate: set('PIN_BASED_VM_EXEC_CONTROL', 0x9) });
    expect(formatCheckFailure(f)).toBe(
      'VMfailValid 7 (VM entry with invalid control field(s)) — bits 1 (reserved, default1), 2 (reserved, default1), 4 (reserved, default1) must be 1 on this CPU ' +
      '(IA32_VMX_TRUE_PINBASED_CTLS allowed 0-settings = 0x00000016); found PIN_BASED_VM_EXEC_CONTROL = 0x00000009 (bits 1, 2, 4 clear) [controls.pin.allowed0]',
    );
  });
  it('explains a guest-state failure line by line', () => {
    const f = runCase({ id: 'guest.cs.l-and-d', mutate: set('GUEST_CS_AR_BYTES', 0xe09b) });
    const lines = explainCheckFailure(f);
    expect(lines[0]).toBe('VM-entry failure, exit reason 33 (invalid guest state), qualification 0 (default)');
    expect(lines.join('\n')).toMatch(/Section: +SDM Vol 3C 27\.3\.1\.2 "Checks on Guest Segment Registers"/);
    expect(lines.join('\n')).toMatch(/Fields: +GUEST_CS_AR_BYTES, VM_ENTRY_CONTROLS/);
    expect(lines.join('\n')).toMatch(/Actual: +GUEST_CS_AR_BYTES = 0x0000e09b \(P S=1 DPL=0 type=0xb \(Code, execute\/read, accessed\) L D\/B G\)/);
    expect(lines.join('\n')).toMatch(/Required: +D\/B = 0 when L = 1/);
  });
  it('names the MSR-load entry for exit reason 34', () => {
    const ctx = newCtx();
    set('VM_ENTRY_MSR_LOAD_COUNT', 1)(ctx);
    set('VM_ENTRY_MSR_LOAD_ADDR', 0x30000)(ctx);
    ctx.memory.set(0x30000, 0xc0000101);
    const f = checkVmEntry(ctx)!;
    expect(f).toMatchObject({ stage: 'msr-load', exitReason: 34, qualification: 1, id: 'msr-load.fs-gs-base' });
    expect(formatCheckFailure(f)).toContain('exit reason 34 (MSR loading), qualification 1 (MSR-load entry 1)');
    expect(f.actual).toContain('IA32_GS_BASE');
  });
  it('collects every failure for "also wrong"', () => {
    const ctx = newCtx();
    set('GUEST_RFLAGS', 0)(ctx);
    set('HOST_CS_SELECTOR', 0)(ctx);
    set('CR3_TARGET_COUNT', 9)(ctx);
    const ids = allVmEntryFailures(ctx).map((f) => f.id);
    expect(ids).toEqual(['controls.cr3-target-count', 'host.cs.selector-nonzero', 'guest.rflags.reserved']);
    expect(checkVmEntry(ctx)!.id).toBe('controls.cr3-target-count');
  });
});

// Timing lives in npm run bench (benchEntryChecks); here the incremental walk used on every VM entry
// is checked against full passes: after a successful pass, mutate fields and both must agree.
describe('incremental checking (the VM-entry fast path)', () => {
  it('gives the same first failure as a full pass for random single-field mutations', () => {
    let seed = 12345;
    const rnd = () => { seed = (seed * 1103515245 + 12345) >>> 0; return seed; };
    const fields = VMCS_FIELDS.filter((f) => !f.readOnly);
    let disagreements = 0, failures = 0;
    for (let round = 0; round < 300; round++) {
      const ctx = baselineContext(ICELAKE_SP_HOST);
      const memo = newEntryCheckMemo();
      expect(checkVmEntryIncremental(ctx, memo, [], 0)).toBeNull();
      const f = fields[rnd() % fields.length];
      const slot = VMCS_FIELDS.indexOf(f);
      const old = ctx.vmcs.read(f.encoding);
      const bit = BigInt(rnd() % (f.width === '16' ? 16 : f.width === '32' ? 32 : 64));
      ctx.vmcs.setEncoding(f.encoding, old ^ (1n << bit));
      const inc = checkVmEntryIncremental(ctx, memo, [slot], 1);
      const fullPass = checkVmEntry(ctx);
      if ((inc?.id ?? null) !== (fullPass?.id ?? null)) disagreements++;
      if (fullPass) failures++;
    }
    expect(disagreements).toBe(0);
    expect(failures).toBeGreaterThan(50);
  });
  it('stays exact over long chains of passes on one memo (guest-state values derived per pass included)', () => {
    // The fields a hypervisor changes between exits, plus any field now and then. A failing pass is
    // undone so that the chain keeps exercising incremental passes after successful ones.
    let seed = 987654;
    const rnd = () => { seed = (seed * 1103515245 + 12345) >>> 0; return seed; };
    // [field, bits worth flipping] (the mode bits the checks derive per pass: PE, PG, VM, IF, L, D/B, DPL, type...)
    const hot = ([['GUEST_RIP', [3, 12, 31, 47]], ['GUEST_RSP', [4, 40]], ['GUEST_RFLAGS', [1, 3, 8, 9, 14, 17]], ['GUEST_CR0', [0, 5, 16, 31]],
      ['GUEST_CR4', [5, 7, 13, 17]], ['GUEST_CS_AR_BYTES', [0, 2, 3, 5, 7, 13, 14, 15, 16]], ['GUEST_SS_AR_BYTES', [1, 3, 5, 6, 7, 14, 16]],
      ['GUEST_CS_SELECTOR', [0, 1, 3]], ['GUEST_SS_SELECTOR', [0, 1]], ['GUEST_INTERRUPTIBILITY_INFO', [0, 1, 3]], ['GUEST_ACTIVITY_STATE', [0, 1]],
      ['VM_ENTRY_INTR_INFO_FIELD', [0, 8, 9, 11, 31]], ['GUEST_PENDING_DBG_EXCEPTIONS', [12, 14]], ['VM_ENTRY_MSR_LOAD_COUNT', [0]]] as const)
      .map(([n, bits]) => ({ f: VMCS_FIELDS.find((x) => x.name === n)!, bits }));
    const writable = VMCS_FIELDS.filter((f) => !f.readOnly);
    for (const mode of ['long64', 'real-unrestricted'] as const) {
      const ctx = baselineContext(defaultProfile(), mode);
      const memo = newEntryCheckMemo();
      expect(checkVmEntryIncremental(ctx, memo, [], 0)).toBeNull();
      let passes = 0, incremental = 0, fails = 0;
      for (let step = 0; step < 600; step++) {
        const n = 1 + (rnd() % 3);
        const undo: [number, bigint][] = [], dirty: number[] = [];
        for (let k = 0; k < n; k++) {
          const h = rnd() % 4 === 0 ? null : hot[rnd() % hot.length];
          const f = h ? h.f : writable[rnd() % writable.length];
          const old = ctx.vmcs.read(f.encoding);
          const width = f.width === '16' ? 16 : f.width === '32' ? 32 : 64;
          const bit = BigInt(h ? h.bits[rnd() % h.bits.length] : rnd() % width);
          undo.push([f.encoding, old]);
          ctx.vmcs.setEncoding(f.encoding, old ^ (1n << bit));
          dirty.push(VMCS_FIELDS.indexOf(f));
        }
        const wasValid = memo.valid;
        const inc = checkVmEntryIncremental(ctx, memo, dirty, dirty.length);
        const full = checkVmEntry(ctx);
        expect(inc?.id ?? null, `step ${step}`).toBe(full?.id ?? null);
        passes++;
        if (wasValid) incremental++;
        if (inc) {
          fails++;
          for (const [e, v] of undo.reverse()) ctx.vmcs.setEncoding(e, v);
          expect(checkVmEntryIncremental(ctx, memo, [], 0)).toBeNull();
        }
      }
      expect(incremental).toBeGreaterThan(passes / 3);
      expect(fails).toBeGreaterThan(20);
      expect(fails).toBeLessThan(passes);
    }
  });
});
