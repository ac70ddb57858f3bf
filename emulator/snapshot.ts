// Machine snapshots for reverse execution: capture and restore the whole machine (CPU registers,
// flags, segments, control registers, MSRs, the instruction counter and TSC, memory, the local APIC
// and its timer, the UART, the debug ports, VMX operation with the cached current and shadow VMCS,
// the exit history and the nesting reconstruction). Execution is deterministic (time is the
// instruction counter), so any earlier state is "restore the nearest snapshot, run forward".
//
// Memory is kept as page versions: the pages written between two snapshots (write-watch.ts reports
// the first write of each page) are copied when the later snapshot is taken. Restoring snapshot k
// rewrites every page written after k with its newest version at or before k (zero if none: RAM is
// zero at program load). Snapshots after the restored one are dropped; re-running records them again.
//
// CPU, VMX and nesting state is copied field by field (a structural copy that keeps references to
// the machine's components and to functions), so state added to those classes later is covered
// without changes here; #private fields are not visible to it and must hold caches only (the CPU's TLB
// contexts are flushed on restore). Exit records in the exit histories are shared between snapshots unless
// something else refers to them (those can still change: the nesting reconstruction completes the
// last virtual exit when its receiver reads the exit information).
import type { Machine } from './machine';
import { Vmcs } from './vmx/vmcs';
import { isRegisterChunk } from './vmx/nesting';
import { randomState, setRandomState } from './cpu/ops/system';
import { PAGE_SHIFT, PAGE_SIZE } from './memory/phys-memory';

// ------------------------------------------------------------------------------------------------ structural copy

interface CopyContext {
  /** objects kept by reference (the machine's components) */
  live: Set<object>;
  memo: Map<object, unknown>;
  /** arrays whose elements are shared unless copied elsewhere (exit histories) */
  shared: Set<unknown>;
  /** copies of shared arrays made here (a snapshot keeps them to know which ones they are) */
  sharedOut: Set<unknown>;
  /** shared arrays are filled after everything else, when the memo knows every copied record */
  late: (() => void)[];
}

function copy(v: unknown, ctx: CopyContext, into?: unknown): unknown {
  if (v === null || typeof v !== 'object') return v;
  if (ctx.live.has(v)) return v;
  const seen = ctx.memo.get(v);
  if (seen !== undefined) return seen;
  if (Object.isFrozen(v)) return v;
  if (ArrayBuffer.isView(v)) {
    if (isRegisterChunk(v)) return v; // exit records' guest registers: write-once, shared
    const ta = v as unknown as { slice(): unknown; length: number; constructor: unknown };
    const t = into as { set?(a: unknown): void; length?: number; constructor?: unknown } | undefined;
    if (t && t.constructor === ta.constructor && t.length === ta.length && t.set) { t.set(v); ctx.memo.set(v, t); return t; }
    const out = ta.slice();
    ctx.memo.set(v, out);
    return out;
  }
  if (v instanceof Vmcs) {
    // The copy has no memo of earlier VM-entry checks: the next entry checks every field.
    const out = v.copy();
    ctx.memo.set(v, out);
    return out;
  }
  if (Array.isArray(v)) {
    const out = Array.isArray(into) ? into : [];
    out.length = 0;
    ctx.memo.set(v, out);
    if (ctx.shared.has(v)) {
      ctx.sharedOut.add(out);
      ctx.late.push(() => { for (const x of v) out.push(x !== null && typeof x === 'object' ? ctx.memo.get(x) ?? x : x); });
    } else for (const x of v) out.push(copy(x, ctx));
    return out;
  }
  if (v instanceof Map) {
    const out = into instanceof Map ? into : new Map();
    out.clear();
    ctx.memo.set(v, out);
    for (const [k, x] of v) out.set(copy(k, ctx), copy(x, ctx));
    return out;
  }
  if (v instanceof Set) {
    const out = into instanceof Set ? into : new Set();
    out.clear();
    ctx.memo.set(v, out);
    for (const x of v) out.add(copy(x, ctx));
    return out;
  }
  const out = Object.create(Object.getPrototypeOf(v)) as Record<string, unknown>;
  ctx.memo.set(v, out);
  for (const k of Object.keys(v)) out[k] = copy((v as Record<string, unknown>)[k], ctx);
  return out;
}

type Fields = Record<string, unknown>;

/** Own data fields of a component, minus configuration, wiring (functions, listeners) and `skip`. */
function captureFields(obj: object, skip: readonly string[], ctx: CopyContext): Fields {
  const out: Fields = {};
  for (const k of Object.keys(obj)) {
    if (skip.includes(k) || /Listeners$/.test(k)) continue;
    const v = (obj as Fields)[k];
    if (typeof v === 'function') continue;
    out[k] = copy(v, ctx);
  }
  return out;
}

/** Writes captured fields back; typed arrays, arrays, maps and sets are refilled in place (others may hold them). */
function applyFields(obj: object, fields: Fields, ctx: CopyContext): void {
  const o = obj as Fields;
  for (const k of Object.keys(fields)) {
    const cur = o[k];
    const v = fields[k];
    const inPlace = cur !== null && typeof cur === 'object' && !ctx.live.has(cur) && !Object.isFrozen(cur)
      && (ArrayBuffer.isView(cur) || Array.isArray(cur) || cur instanceof Map || cur instanceof Set);
    const nv = copy(v, ctx, inPlace ? cur : undefined);
    if (nv !== cur) o[k] = nv;
  }
}

// ------------------------------------------------------------------------------------------------ machine state

/** CPU fields that are wiring, transient run-loop signals or the TLB (flushed on restore instead). */
const CPU_SKIP = ['mem', 'io', 'vmx', 'callHook', 'eventIntercept', 'msrHandlers', 'pendingStop', 'stopRequest', 'tlbGeneration', 'tlbTag', 'tlbPa', 'tlbPerm', 'tlbUsed', 'tlbUsedN'];
const VMX_SKIP = ['cpu', 'caps', 'profileNotes', 'strictTlb', 'maxHistory', 'succeed'];
const NESTING_SKIP = ['u', 'maxHistory'];

interface MachineState {
  cpu: Fields;
  random: ReturnType<typeof randomState>;
  lastFault: unknown;
  apic: ReturnType<Machine['apic']['snapshot']>;
  uart: ReturnType<Machine['uart']['snapshot']>;
  shutdownPort: number;
  vmx: Fields | null;
  nesting: Fields | null;
  /** copies of the exit-history arrays (elements shared with other snapshots) */
  shared: Set<unknown>;
}

function liveSet(m: Machine): Set<object> {
  const s = new Set<object>([m, m.cpu, m.mem, m.exec, m.io, m.mmio, m.apic, m.uart]);
  if (m.vmx) s.add(m.vmx);
  if (m.nesting) s.add(m.nesting);
  return s;
}

function historyArrays(m: Machine): Set<unknown> {
  const s = new Set<unknown>();
  if (m.vmx) s.add(m.vmx.history);
  const nh = m.nesting ? (m.nesting as unknown as { history?: unknown }).history : undefined;
  if (Array.isArray(nh)) s.add(nh);
  return s;
}

function captureMachine(m: Machine): MachineState {
  const ctx: CopyContext = { live: liveSet(m), memo: new Map(), shared: historyArrays(m), sharedOut: new Set(), late: [] };
  const state: MachineState = {
    cpu: captureFields(m.cpu, CPU_SKIP, ctx),
    random: randomState(m.cpu),
    lastFault: m.exec.lastFault,
    apic: m.apic.snapshot(),
    uart: m.uart.snapshot(),
    shutdownPort: m.debugPorts.shutdown.state,
    vmx: m.vmx ? captureFields(m.vmx, VMX_SKIP, ctx) : null,
    nesting: m.nesting ? captureFields(m.nesting, NESTING_SKIP, ctx) : null,
    shared: ctx.sharedOut,
  };
  for (const f of ctx.late) f();
  return state;
}

function applyMachine(m: Machine, s: MachineState): void {
  const ctx: CopyContext = { live: liveSet(m), memo: new Map(), shared: s.shared, sharedOut: new Set(), late: [] };
  applyFields(m.cpu, s.cpu, ctx);
  if (m.vmx && s.vmx) applyFields(m.vmx, s.vmx, ctx);
  if (m.nesting && s.nesting) applyFields(m.nesting, s.nesting, ctx);
  for (const f of ctx.late) f();
  setRandomState(m.cpu, s.random);
  m.exec.lastFault = s.lastFault as Machine['exec']['lastFault'];
  m.exec.skipBreakpointOnce = false;
  m.apic.restore(s.apic);
  m.uart.restore(s.uart);
  m.debugPorts.shutdown.state = s.shutdownPort;
  m.cpu.pendingStop = null;
  m.cpu.stopRequest = false;
  m.cpu.flushTlb();
  m.flushCode();
}

/**
 * Identifies a machine state: equal keys mean the same architectural position in a run (registers,
 * flags, instruction pointer, control registers, the instruction counter and VMX event counts).
 */
export function positionKey(m: Machine): string {
  const c = m.cpu;
  const u = m.vmx;
  const parts: (number | string)[] = [c.icount, c.rip, c.getFlags(), c.cr0, c.cr3, c.cr4, c.efer, c.nonRoot ? 1 : 0, c.halted ? 1 : 0, c.shadow, c.tscAdjust];
  for (let i = 0; i < 32; i++) parts.push(c.r[i]);
  for (let i = 0; i < 6; i++) parts.push(c.sel[i], c.sbase[i]);
  if (u) parts.push(u.exitSeq, u.counters.entries, u.counters.failures, u.inVmx ? 1 : 0, u.current ? u.current.address : -1);
  return parts.join(',');
}

// ------------------------------------------------------------------------------------------------ the store

export interface Snapshot {
  /** creation order */
  readonly seq: number;
  /** instruction counter when taken */
  readonly icount: number;
  /** positionKey() when taken */
  readonly key: string;
  /** the caller's own state (e.g. the debugger's call stacks), returned by restore() */
  readonly extra: unknown;
  readonly state: MachineState;
  /** page number -> contents at this snapshot, for the pages written since the previous one */
  readonly pages: Map<number, Uint8Array>;
}

export interface SnapshotOptions {
  /** Memory for page copies before older snapshots are merged (default 256 MiB). */
  maxBytes?: number;
  /** Snapshots kept before older ones are merged (default 400). */
  maxSnapshots?: number;
}

/** Estimated size of a snapshot's register/VMX state (the page copies are counted exactly). */
const STATE_BYTES = 16 * 1024;

export class SnapshotStore {
  private snaps: Snapshot[] = [];
  /** pages written since the newest snapshot */
  private dirty: number[] = [];
  private seq = 0;
  private pageBytes = 0;
  private readonly maxBytes: number;
  private readonly maxSnapshots: number;

  constructor(readonly machine: Machine, opts: SnapshotOptions = {}) {
    this.maxBytes = opts.maxBytes ?? 256 * 1024 * 1024;
    this.maxSnapshots = Math.max(2, opts.maxSnapshots ?? 400);
    const w = machine.writeWatch();
    if (w.onFirstWrite) throw new Error('this machine already has a snapshot store');
    w.onFirstWrite = (p) => { this.dirty.push(p); };
    w.onReset = () => this.clear();
    // Attached after a program was loaded: RAM is not all zero, so every non-zero page is a first version.
    if (machine.image) this.dirty = nonZeroPages(machine.mem.u8);
    w.armAll();
  }

  /** Snapshots, oldest first; the first one is the base (nothing before it can be restored). */
  get list(): readonly Snapshot[] { return this.snaps; }
  get newest(): Snapshot | null { return this.snaps.length ? this.snaps[this.snaps.length - 1] : null; }
  get base(): Snapshot | null { return this.snaps[0] ?? null; }
  /** Memory held by the store (page copies plus an estimate of the register state). */
  get bytes(): number { return this.pageBytes + this.snaps.length * STATE_BYTES; }

  private clear(): void {
    this.snaps = [];
    this.dirty = [];
    this.pageBytes = 0;
    this.machine.writeWatch().armAll();
  }

  /** Captures the machine now. Call at an instruction boundary (not from inside a run). */
  take(extra?: unknown): Snapshot {
    const m = this.machine;
    const u8 = m.mem.u8;
    const pages = new Map<number, Uint8Array>();
    for (const p of this.dirty) pages.set(p, u8.slice(p << PAGE_SHIFT, (p + 1) << PAGE_SHIFT));
    this.pageBytes += pages.size * PAGE_SIZE;
    this.dirty = [];
    m.writeWatch().armAll();
    const s: Snapshot = { seq: ++this.seq, icount: m.cpu.icount, key: positionKey(m), extra, state: captureMachine(m), pages };
    this.snaps.push(s);
    this.thin();
    return s;
  }

  /**
   * Makes the newest state the base: called after the debugger changed the machine (registers,
   * memory, VMCS fields, RIP), which the recorded history cannot replay.
   */
  rebase(extra?: unknown): Snapshot {
    const s = this.take(extra);
    const n = this.snaps.length - 1;
    for (let j = n - 1; j >= 0; j--) {
      for (const [p, v] of this.snaps[j].pages) if (!s.pages.has(p)) s.pages.set(p, v);
    }
    this.snaps = [s];
    this.pageBytes = s.pages.size * PAGE_SIZE;
    return s;
  }

  /** Newest snapshot accepted by `pred` (searching from the newest back). */
  find(pred: (s: Snapshot) => boolean): Snapshot | null {
    for (let i = this.snaps.length - 1; i >= 0; i--) if (pred(this.snaps[i])) return this.snaps[i];
    return null;
  }

  /** Puts the machine back into the state of `s` (one of `list`); later snapshots are dropped. Returns `s.extra`. */
  restore(s: Snapshot): unknown {
    const k = this.snaps.indexOf(s);
    if (k < 0) throw new Error('restore: this snapshot is no longer kept');
    const m = this.machine;
    const u8 = m.mem.u8;
    const pages = new Set<number>(this.dirty);
    for (let j = k + 1; j < this.snaps.length; j++) for (const p of this.snaps[j].pages.keys()) pages.add(p);
    for (const p of pages) {
      const v = this.versionAt(p, k);
      if (v) u8.set(v, p << PAGE_SHIFT); else u8.fill(0, p << PAGE_SHIFT, (p + 1) << PAGE_SHIFT);
    }
    for (let j = k + 1; j < this.snaps.length; j++) this.pageBytes -= this.snaps[j].pages.size * PAGE_SIZE;
    this.snaps.length = k + 1;
    this.dirty = [];
    m.writeWatch().armAll();
    applyMachine(m, s.state);
    return s.extra;
  }

  private versionAt(page: number, k: number): Uint8Array | undefined {
    for (let j = k; j >= 0; j--) {
      const v = this.snaps[j].pages.get(page);
      if (v) return v;
    }
    return undefined;
  }

  /**
   * Keeps the store within its limits by merging snapshots into their successors, always the one
   * whose removal leaves the shortest gap (so the kept ones stay evenly spread); the base and the
   * newest are kept.
   */
  private thin(): void {
    while (this.snaps.length > 2 && (this.snaps.length > this.maxSnapshots || this.bytes > this.maxBytes)) {
      let best = 1, gap = Infinity;
      for (let i = 1; i < this.snaps.length - 1; i++) {
        const g = this.snaps[i + 1].icount - this.snaps[i - 1].icount;
        if (g < gap) { gap = g; best = i; }
      }
      const gone = this.snaps[best], next = this.snaps[best + 1];
      for (const [p, v] of gone.pages) {
        if (next.pages.has(p)) this.pageBytes -= PAGE_SIZE; else next.pages.set(p, v);
      }
      this.snaps.splice(best, 1);
    }
  }
}

function nonZeroPages(u8: Uint8Array): number[] {
  const out: number[] = [];
  const words = new Int32Array(u8.buffer, u8.byteOffset, u8.byteLength >>> 2);
  const perPage = PAGE_SIZE >>> 2;
  for (let p = 0, w = 0; w < words.length; p++, w += perPage) {
    for (let i = w; i < w + perPage; i++) if (words[i] !== 0) { out.push(p); break; }
  }
  return out;
}
