/**
 * VM-entry checks (Intel SDM Vol 3C chapter "VM Entries": 27.2 checks on the VMX controls and the host-state
 * area, 27.3.1 checks on the guest-state area, 27.4 loading MSRs; 26.x in the 2016 edition) with an explanation
 * of the failed check in words: which rule, which VMCS fields, what they hold and what was required.
 *
 * Every check is a row of VM_ENTRY_CHECKS (in SDM order); the table documents the checks and `checkVmEntry`
 * walks it. The first failing row is the architectural outcome:
 *  - stage 'controls' -> VMfailValid 7, 'host' -> VMfailValid 8 (27.2: VM entry does not start),
 *  - stage 'guest' -> VM-entry failure exit, reason 33, qualification 0/2/3/4 (27.8),
 *  - stage 'msr-load' -> VM-entry failure exit, reason 34, qualification = number of the bad entry (27.4).
 * The checks on the VMCS itself (27.1: launch state, current VMCS) are the VMX instruction's.
 */
import { vmInstructionErrorText, ICELAKE_SP_HOST, VMCS_FIELDS } from './arch';

const VMCS_SLOT_COUNT = VMCS_FIELDS.length;
import { CONTROL_CHECKS } from './checks/controls';
import { HOST_CHECKS } from './checks/host';
import { GUEST_DESCRIPTOR_TABLE_CHECKS, GUEST_REGISTER_CHECKS, GUEST_RIP_RFLAGS_CHECKS } from './checks/guest-registers';
import { GUEST_SEGMENT_CHECKS } from './checks/guest-segments';
import { GUEST_NONREGISTER_CHECKS } from './checks/guest-nonregister';
import { MSR_LOAD_CHECKS } from './checks/msr-load';
import { EntryCheckState, GUARD_WORDS, GUARD_WORD_SLOT, CONTROL_SLOTS } from './checks/state';
import { baselineContext } from './checks/baseline';
import type { CheckFailure, CheckOutcome, EntryCheckContext, VmEntryCheck } from './checks/types';

export type { CheckFailure, CheckOutcome, CheckStage, EntryCheckContext, VmcsView, VmEntryCheck } from './checks/types';
export type { EntryCheckState } from './checks/state';
export { ENTRY_FAILURE_QUALIFICATION, SECTION } from './checks/state';
export { EMULATED_CPU_HAS_RTM } from './checks/guest-nonregister';
export { MapVmcs, baselineContext, baselineFields, controlsFor } from './checks/baseline';
export type { BaselineMode } from './checks/baseline';

/** Every VM-entry check of the emulated processor, in the order the SDM lists them. */
export const VM_ENTRY_CHECKS: readonly VmEntryCheck[] = Object.freeze([
  ...CONTROL_CHECKS,
  ...HOST_CHECKS,
  ...GUEST_REGISTER_CHECKS,
  ...GUEST_SEGMENT_CHECKS,
  ...GUEST_DESCRIPTOR_TABLE_CHECKS,
  ...GUEST_RIP_RFLAGS_CHECKS,
  ...GUEST_NONREGISTER_CHECKS,
  ...MSR_LOAD_CHECKS,
]);

const byId = new Map<string, VmEntryCheck>();
for (const c of VM_ENTRY_CHECKS) {
  if (byId.has(c.id)) throw new Error(`vmentry-checks: duplicate check id ${c.id}`);
  byId.set(c.id, c);
}
/** The table row with this id (ids are unique). */
export function vmEntryCheck(id: string): VmEntryCheck | undefined { return byId.get(id); }

const state = new EntryCheckState();
/** The tests alone, for the hot loop. */
const TESTS: readonly ((s: EntryCheckState) => CheckOutcome | undefined)[] = VM_ENTRY_CHECKS.map((c) => c.test);
/** Guards as parallel arrays: word index (-1 = none) and mask. */
const GUARD_WORD = Int8Array.from(VM_ENTRY_CHECKS, (c) => (c.guard ? GUARD_WORDS.indexOf(c.guard.word) : -1));
const GUARD_MASK = Int32Array.from(VM_ENTRY_CHECKS, (c) => (c.guard ? c.guard.mask | 0 : 0));

function toFailure(c: VmEntryCheck, o: CheckOutcome): CheckFailure {
  const f: CheckFailure = {
    stage: c.stage, id: o.id ?? c.id, section: c.section, rule: o.rule ?? c.rule, fields: o.fields ?? [...c.fields], actual: o.actual, required: o.required,
  };
  if (c.vmError !== undefined) f.vmError = c.vmError;
  if (c.exitReason !== undefined) { f.exitReason = c.exitReason; f.qualification = o.qualification ?? c.qualification ?? 0; }
  return f;
}

/** Runs the checks in SDM order; returns the FIRST failure (the architectural outcome) or null. */
export function checkVmEntry(ctx: EntryCheckContext): CheckFailure | null {
  state.begin(ctx);
  const tests = TESTS, words = state.words;
  for (let i = 0; i < tests.length; i++) {
    const g = GUARD_WORD[i]!;
    if (g >= 0 && (words[g]! & GUARD_MASK[i]!) === 0) continue;
    const o = tests[i]!(state);
    if (o !== undefined) return toFailure(VM_ENTRY_CHECKS[i]!, o);
  }
  return null;
}

/**
 * Incremental checking for repeated entries with the same VMCS (the hot VM exit -> VMRESUME path).
 * Every traced pass records, for each row, the VMCS fields it read (directly, or through the values the
 * state derives from guest fields: CR0, CR4, RFLAGS, CS/SS access rights) and whether it read memory.
 * A later pass re-runs only the rows that read memory or a field modified since the last successful
 * pass, in table order, provided the values every row may use implicitly (the control fields and the
 * event to inject, the capability profile, IA32_EFER, VMLAUNCH vs VMRESUME) are unchanged; otherwise it
 * runs every row. Checks depend only on what they read, and the rows not re-run passed with the same
 * inputs, so the first failing row is the same as in a full pass.
 */
export interface EntryCheckMemo {
  /** control words (GUARD_WORDS 0..5) of the last successful pass; valid = false: do a full pass */
  valid: boolean;
  readonly globals: Int32Array;
  caps: unknown;
  /** values derived in begin() that are not in `globals` */
  ter: bigint; exit2: bigint; efer: bigint; launch: string;
  /** per row: the field slots it read */
  readonly deps: Int32Array[];
  /** per field slot, a bit set of the rows that read it (ROW_WORDS words per slot) */
  readonly readers: Int32Array;
  /** bit set of the rows that read memory (they always run) */
  readonly memRows: Int32Array;
}
const ROWS = VM_ENTRY_CHECKS.length;
const ROW_WORDS = (ROWS + 31) >>> 5;
const GLOBALS_LEN = 6;
const EMPTY = new Int32Array(0);
export function newEntryCheckMemo(): EntryCheckMemo {
  return {
    valid: false, globals: new Int32Array(GLOBALS_LEN), caps: null, ter: 0n, exit2: 0n, efer: 0n, launch: '',
    deps: new Array<Int32Array>(ROWS).fill(EMPTY), readers: new Int32Array(VMCS_SLOT_COUNT * ROW_WORDS), memRows: new Int32Array(ROW_WORDS),
  };
}
function sameGlobals(m: EntryCheckMemo, ctx: EntryCheckContext): boolean {
  const a = m.globals, w = state.words;
  for (let i = 0; i < GLOBALS_LEN; i++) if (a[i] !== w[i]) return false;
  return m.caps === ctx.caps && m.ter === state.ter && m.exit2 === state.exit2 && m.efer === ctx.cpu.efer && m.launch === ctx.launch;
}
/** Rows to run this pass (scratch). */
const RUN = new Int32Array(ROW_WORDS);

/**
 * `dirty[0..dirtyCount)` are the slots of the fields modified since the last successful pass of this memo
 * (the VMCS store keeps that list). On success the memo is updated; on failure the next pass is a full one.
 */
/** Rows to run again: those that read memory, and the readers of each changed slot. */
function markRows(run: Int32Array, memo: EntryCheckMemo, dirty: ArrayLike<number>, dirtyCount: number): void {
  run.set(memo.memRows);
  const readers = memo.readers;
  for (let k = 0; k < dirtyCount; k++) {
    const base = dirty[k] * ROW_WORDS;
    for (let w = 0; w < ROW_WORDS; w++) run[w] |= readers[base + w];
  }
}

export function checkVmEntryIncremental(ctx: EntryCheckContext, memo: EntryCheckMemo, dirty: ArrayLike<number>, dirtyCount: number): CheckFailure | null {
  memCtx.inner = ctx;
  memCtx.vmcs = ctx.vmcs; memCtx.caps = ctx.caps; memCtx.maxPhysAddr = ctx.maxPhysAddr; memCtx.launch = ctx.launch; memCtx.cpu = ctx.cpu;
  const run = RUN;
  let same = memo.valid && state.view === ctx.vmcs && memo.caps === ctx.caps && memo.efer === ctx.cpu.efer && memo.launch === ctx.launch;
  for (let k = 0; same && k < dirtyCount; k++) if (CONTROL_SLOTS[dirty[k]] !== 0) same = false;
  // Unchanged controls (the VM exit -> VMRESUME case): the control values of the last pass still hold, and only
  // the rows that read a changed field or memory run again; when there are none, the last pass's result stands.
  if (same) {
    markRows(run, memo, dirty, dirtyCount);
    let any = 0;
    for (let w = 0; w < ROW_WORDS; w++) any |= run[w];
    if (any === 0) return null;
    state.beginSameControls(memCtx);
  } else {
    state.begin(memCtx);
    same = memo.valid && sameGlobals(memo, ctx);
    if (same) markRows(run, memo, dirty, dirtyCount); else run.fill(-1);
  }
  const words = state.words;
  if (TRACE.length > 4096) TRACE.length = 0;
  for (let w = 0; w < ROW_WORDS; w++) {
    let m = run[w];
    while (m !== 0) {
      const low = m & -m;
      m ^= low;
      const i = (w << 5) + 31 - Math.clz32(low);
      if (i >= ROWS) break;
      const g = GUARD_WORD[i];
      if (g >= 0 && (words[g] & GUARD_MASK[i]) === 0) { const d = GUARD_DEPS[g]; setDeps(memo, i, d, 0, d.length, false); continue; }
      const start = TRACE.length;
      memRead = false;
      state.trace = TRACE;
      let o: CheckOutcome | undefined;
      try { o = TESTS[i]!(state); } finally { state.trace = null; }
      setDeps(memo, i, TRACE, start, TRACE.length, memRead);
      if (o !== undefined) { memo.valid = false; return toFailure(VM_ENTRY_CHECKS[i]!, o); }
    }
  }
  if (!same) for (let i = 0; i < GLOBALS_LEN; i++) memo.globals[i] = words[i];
  memo.valid = true;
  memo.caps = ctx.caps;
  memo.ter = state.ter; memo.exit2 = state.exit2; memo.efer = ctx.cpu.efer; memo.launch = ctx.launch;
  return null;
}
/** Replaces row i's dependencies in the memo (its deps list, the per-slot reader sets, the memory set). */
/** Replaces row i's dependencies (deps[from..to)) in the memo: its deps list, the per-slot reader sets, the memory set. */
function setDeps(memo: EntryCheckMemo, i: number, deps: ArrayLike<number>, from: number, to: number, usesMemory: boolean): void {
  const old = memo.deps[i], readers = memo.readers;
  const w = i >>> 5, bit = 1 << (i & 31);
  if (!sameList(old, deps, from, to)) {
    for (let k = 0; k < old.length; k++) readers[old[k] * ROW_WORDS + w] &= ~bit;
    for (let k = from; k < to; k++) readers[deps[k] * ROW_WORDS + w] |= bit;
    const copy = new Int32Array(to - from);
    for (let k = from; k < to; k++) copy[k - from] = deps[k];
    memo.deps[i] = copy;
  }
  if (usesMemory) memo.memRows[w] |= bit; else memo.memRows[w] &= ~bit;
}
function sameList(a: Int32Array, b: ArrayLike<number>, from: number, to: number): boolean {
  if (a.length !== to - from) return false;
  for (let k = 0; k < a.length; k++) if (a[k] !== b[from + k]) return false;
  return true;
}
/** A row skipped by its guard depends on the guard's field. */
const GUARD_DEPS: readonly Int32Array[] = GUARD_WORD_SLOT.map((slot) => Int32Array.of(slot));
const TRACE: number[] = [];
let memRead = false;
/** Context wrapper that notes memory reads (rows reading guest memory always re-run). */
const memCtx: EntryCheckContext & { inner: EntryCheckContext } = {
  inner: null as unknown as EntryCheckContext,
  vmcs: null as unknown as EntryCheckContext['vmcs'], caps: null as unknown as EntryCheckContext['caps'], maxPhysAddr: 0, launch: 'vmlaunch',
  cpu: null as unknown as EntryCheckContext['cpu'],
  readPhys32(pa: number): number { memRead = true; return memCtx.inner.readPhys32(pa); },
  readPhys64(pa: number): bigint { memRead = true; return memCtx.inner.readPhys64(pa); },
};

/** Same checks, but collects every failure (for the debugger: "also wrong: ..."). */
export function allVmEntryFailures(ctx: EntryCheckContext): CheckFailure[] {
  state.begin(ctx);
  const out: CheckFailure[] = [];
  for (const c of VM_ENTRY_CHECKS) {
    let o: CheckOutcome | undefined;
    try { o = c.test(state); } catch (e) { o = { actual: `check could not be evaluated: ${(e as Error).message}`, required: c.rule }; }
    if (o !== undefined) out.push(toFailure(c, o));
  }
  return out;
}

const QUAL_TEXT: Readonly<Record<number, string>> = { 0: 'default', 2: 'PDPTE loading', 3: 'NMI injection while blocked by STI', 4: 'VMCS link pointer' };

function outcomeHead(f: CheckFailure): string {
  if (f.vmError !== undefined) return `VMfailValid ${f.vmError} (${vmInstructionErrorText(f.vmError)})`;
  if (f.exitReason === 34) return `VM-entry failure, exit reason 34 (MSR loading), qualification ${f.qualification ?? 0} (MSR-load entry ${f.qualification ?? 0})`;
  const q = f.qualification ?? 0;
  return `VM-entry failure, exit reason ${f.exitReason ?? 33} (invalid guest state), qualification ${q} (${QUAL_TEXT[q] ?? 'reserved'})`;
}

/** One line for stop descriptions: outcome — what was required; what the VMCS holds [check id]. */
export function formatCheckFailure(f: CheckFailure): string {
  return `${outcomeHead(f)} — ${f.required}; found ${f.actual} [${f.id}]`;
}

/** Multi-line explanation: outcome, section, rule, fields, actual, required. */
export function explainCheckFailure(f: CheckFailure): string[] {
  return [
    outcomeHead(f),
    `Check:    ${f.id} (${f.stage})`,
    `Section:  ${f.section}`,
    `Rule:     ${f.rule}`,
    `Fields:   ${f.fields.join(', ')}`,
    `Actual:   ${f.actual}`,
    `Required: ${f.required}`,
  ];
}

/** Counts of checks per stage (for docs and the report). */
export function vmEntryCheckCounts(): Record<string, number> {
  const r: Record<string, number> = {};
  for (const c of VM_ENTRY_CHECKS) r[c.stage] = (r[c.stage] ?? 0) + 1;
  return r;
}

/** Micro-benchmark for `npm run bench`: CPU microseconds per full pass over a valid 64-bit VMCS (Ice Lake profile, Map-backed VMCS view). */
export function benchEntryChecks(iterations = 20000, warmup = 30000): number {
  const ctx = baselineContext(ICELAKE_SP_HOST, 'long64');
  if (checkVmEntry(ctx) !== null) throw new Error('benchEntryChecks: the baseline VMCS does not pass');
  for (let i = 0; i < warmup; i++) checkVmEntry(ctx); // let the JIT settle
  // CPU time of this process, so that other work on a busy machine does not count
  const c0 = process.cpuUsage();
  for (let i = 0; i < iterations; i++) checkVmEntry(ctx);
  const c = process.cpuUsage(c0);
  return (c.user + c.system) / iterations;
}
