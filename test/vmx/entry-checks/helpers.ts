// Shared fixtures for the VM-entry check tests: capability profiles, baseline contexts, mutation helpers and
// the table-driven runner (one case = one violated check).
import { expect } from 'vitest';
import { CapabilityProfile, ICELAKE_SP_HOST, MSR, controlMask32 } from '../../../emulator/vmx/arch';
import {
  BaselineMode, CheckFailure, allVmEntryFailures, baselineContext, checkVmEntry, explainCheckFailure, formatCheckFailure, vmEntryCheck,
} from '../../../emulator/vmx/vmentry-checks';

const ctl = (must1: number, may1: number): bigint => (BigInt(may1 >>> 0) << 32n) | BigInt(must1 >>> 0);

/**
 * A permissive CPU: every control may be 1 (TRUE MSRs with Ice Lake's must-be-1 bits; the secondary controls force
 * "WBINVD exiting" so that their allowed-0 check can fail), 4-level EPT with UC/WB/A-D, all activity states,
 * 4 CR3 targets, no zero-length injection (MISC[30] = 0), no "any error code" (BASIC[56] = 0), CR4 without LA57.
 */
export const PERMISSIVE: CapabilityProfile = Object.freeze({
  [MSR.IA32_VMX_BASIC]: 0x12345n | (4096n << 32n) | (6n << 50n) | (1n << 54n) | (1n << 55n),
  [MSR.IA32_VMX_PINBASED_CTLS]: ctl(0x16, 0xffffffff),
  [MSR.IA32_VMX_PROCBASED_CTLS]: ctl(0x0401e172, 0xffffffff),
  [MSR.IA32_VMX_EXIT_CTLS]: ctl(0x00036dff, 0xffffffff),
  [MSR.IA32_VMX_ENTRY_CTLS]: ctl(0x000011ff, 0xffffffff),
  [MSR.IA32_VMX_TRUE_PINBASED_CTLS]: ctl(0x16, 0xffffffff),
  [MSR.IA32_VMX_TRUE_PROCBASED_CTLS]: ctl(0x04006172, 0xffffffff),
  [MSR.IA32_VMX_TRUE_EXIT_CTLS]: ctl(0x00036dfb, 0xffffffff),
  [MSR.IA32_VMX_TRUE_ENTRY_CTLS]: ctl(0x000011fb, 0xffffffff),
  [MSR.IA32_VMX_PROCBASED_CTLS2]: ctl(0x40, 0xffffffff),
  [MSR.IA32_VMX_PROCBASED_CTLS3]: 0xffn,
  [MSR.IA32_VMX_EXIT_CTLS2]: 0x3n,
  [MSR.IA32_VMX_MISC]: 5n | (1n << 5n) | (7n << 6n) | (4n << 16n) | (1n << 29n),
  [MSR.IA32_VMX_CR0_FIXED0]: 0x80000021n,
  [MSR.IA32_VMX_CR0_FIXED1]: 0xffffffffn,
  [MSR.IA32_VMX_CR4_FIXED0]: 0x2000n,
  [MSR.IA32_VMX_CR4_FIXED1]: 0x00ff6fffn,
  [MSR.IA32_VMX_VMCS_ENUM]: 0x52n,
  [MSR.IA32_VMX_EPT_VPID_CAP]: 0x00000f01067341c1n & ~(1n << 7n),
  [MSR.IA32_VMX_VMFUNC]: 1n,
});

export const PROFILES: Readonly<Record<'permissive' | 'icelake', CapabilityProfile>> = { permissive: PERMISSIVE, icelake: ICELAKE_SP_HOST };
export type ProfileName = keyof typeof PROFILES;
export type Ctx = ReturnType<typeof baselineContext>;

export const newCtx = (profile: ProfileName = 'permissive', mode: BaselineMode = 'long64'): Ctx => baselineContext(PROFILES[profile], mode);

// ---- mutation helpers
export type Mut = (c: Ctx) => void;
export const set = (name: string, v: bigint | number): Mut => (c) => { c.vmcs.set(name, v); };
export const or = (name: string, bits: bigint | number): Mut => (c) => { c.vmcs.set(name, c.vmcs.get(name) | BigInt(bits)); };
export const clr = (name: string, bits: bigint | number): Mut => (c) => { c.vmcs.set(name, c.vmcs.get(name) & ~BigInt(bits)); };
export const mem32 = (pa: number, v: number): Mut => (c) => { c.memory.set(pa, v >>> 0); };
export const cpuEfer = (v: bigint): Mut => (c) => { c.cpu.efer = v; };
export const seq = (...ms: Mut[]): Mut => (c) => { for (const m of ms) m(c); };

export const PIN = (n: string): number => controlMask32('pin', n);
export const PROC = (n: string): number => controlMask32('primary', n);
export const SEC = (n: string): number => controlMask32('secondary', n);
export const EXIT = (n: string): number => controlMask32('exit', n);
export const ENTRY = (n: string): number => controlMask32('entry', n);
export const pin = (n: string): Mut => or('PIN_BASED_VM_EXEC_CONTROL', PIN(n));
export const proc = (n: string): Mut => or('CPU_BASED_VM_EXEC_CONTROL', PROC(n));
export const sec = (n: string): Mut => or('SECONDARY_VM_EXEC_CONTROL', SEC(n));
export const noSec = (n: string): Mut => clr('SECONDARY_VM_EXEC_CONTROL', SEC(n));
export const exit = (n: string): Mut => or('VM_EXIT_CONTROLS', EXIT(n));
export const noExit = (n: string): Mut => clr('VM_EXIT_CONTROLS', EXIT(n));
export const entry = (n: string): Mut => or('VM_ENTRY_CONTROLS', ENTRY(n));
export const noEntry = (n: string): Mut => clr('VM_ENTRY_CONTROLS', ENTRY(n));

/** A valid virtual-8086 guest (legacy protected mode with 32-bit paging, RFLAGS.VM = 1). */
export const v86Guest: Mut = seq(
  noEntry('IA32E_MODE_GUEST'), set('GUEST_IA32_EFER', 0), set('GUEST_CR4', 0x2000), set('GUEST_CR0', 0x80000031),
  set('GUEST_RFLAGS', 0x20002), set('GUEST_RIP', 0x100),
  ...['CS', 'SS', 'DS', 'ES', 'FS', 'GS'].map((s, i) => seq(
    set(`GUEST_${s}_SELECTOR`, 0x1000 + i * 0x100), set(`GUEST_${s}_BASE`, (0x1000 + i * 0x100) << 4), set(`GUEST_${s}_LIMIT`, 0xffff), set(`GUEST_${s}_AR_BYTES`, 0xf3))),
);

/** Expected outcome per stage. */
export const STAGE_OUTCOME = { controls: { vmError: 7 }, host: { vmError: 8 }, guest: { exitReason: 33 }, 'msr-load': { exitReason: 34 } } as const;

export interface Case {
  /** failure id expected */
  id: string;
  /** what makes this case different from others with the same id */
  name?: string;
  profile?: ProfileName;
  mode?: BaselineMode;
  mutate: Mut;
  /** the field the explanation must name (default: the row's first field) */
  field?: string;
  /** substring expected in `actual` */
  shows?: string;
  /** substring expected in `required` */
  needs?: string;
  qualification?: number;
  /** the check cannot be the first failure (an earlier check always fires): look for it among all failures */
  all?: boolean;
}

/** Runs one case: baseline passes, the mutation fails exactly `id`, and the explanation names field and values. */
export function runCase(c: Case): CheckFailure {
  const ctx = newCtx(c.profile, c.mode);
  expect(checkVmEntry(ctx), 'baseline must pass').toBeNull();
  c.mutate(ctx);
  const first = checkVmEntry(ctx);
  const f = c.all ? allVmEntryFailures(ctx).find((x) => x.id === c.id) : first;
  expect(first, 'the mutated VMCS must fail').not.toBeNull();
  expect(f?.id, f ? explainCheckFailure(f).join('\n') : 'no failure').toBe(c.id);
  const failure = f!;
  const rowId = c.id.startsWith('msr-load.') ? 'msr-load.entry' : c.id;
  const row = vmEntryCheck(rowId)!;
  expect(row, `table row ${rowId}`).toBeDefined();
  expect(failure.stage).toBe(row.stage);
  expect(c.id.startsWith(failure.stage === 'msr-load' ? 'msr-load.' : `${failure.stage}.`)).toBe(true);
  const outcome = STAGE_OUTCOME[failure.stage];
  if ('vmError' in outcome) {
    expect(failure.vmError).toBe(outcome.vmError);
    expect(failure.exitReason).toBeUndefined();
    expect(formatCheckFailure(failure)).toContain(`VMfailValid ${outcome.vmError}`);
  } else {
    expect(failure.vmError).toBeUndefined();
    expect(failure.exitReason).toBe(outcome.exitReason);
    expect(failure.qualification).toBe(c.qualification ?? 0);
    expect(formatCheckFailure(failure)).toContain(`exit reason ${outcome.exitReason}`);
  }
  expect(failure.section).toMatch(/^SDM Vol 3C 27\.[2-4]/);
  expect(failure.rule.length).toBeGreaterThan(20);
  const field = c.field ?? row.fields[0]!;
  expect(failure.fields).toContain(field);
  const text = explainCheckFailure(failure).join('\n');
  expect(text).toContain(field);
  expect(text).toContain(failure.actual);
  expect(text).toContain(failure.required);
  expect(failure.required.length).toBeGreaterThan(3);
  if (c.shows) expect(failure.actual).toContain(c.shows);
  if (c.needs) expect(failure.required).toContain(c.needs);
  return failure;
}

export const caseName = (c: Case): string => `${c.id}${c.name ? ` (${c.name})` : ''}${c.profile === 'icelake' ? ' [Ice Lake]' : ''}`;
