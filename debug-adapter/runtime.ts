/**
 * The debugger runtime: owns a Machine and a loaded program and implements run control, the
 * stepping semantics of DESIGN.md section 5, breakpoints, call-stack tracking, VM-transition stops
 * and their descriptions. It knows nothing of DAP: the session (session.ts) maps requests to it and
 * its callbacks to events, so the CLI or tests can drive it directly.
 *
 * Nesting levels (DESIGN.md section 4) come from the emulator's reconstruction (vmx/nesting.ts):
 * `level()` is the level of the code being run, `outerLevels()` where each outer level resumes.
 * Stepping at level k treats the levels inside it as its guests: step over an exiting instruction
 * runs until level k runs again, step over VMLAUNCH/VMRESUME until an exit is delivered to level k
 * (a hardware exit for L0, a reflected one for a guest hypervisor), step out of a handler until
 * level k resumes its guest.
 */
import { Mnemonic } from 'iced-x86';
import { Machine, MachineOptions } from '../emulator/machine';
import { loadProgram, Program } from '../emulator/loader/program';
import type { StartMode } from '../emulator/loader/start-state';
import type { RunStop } from '../emulator/cpu/exec';
import { decodeOne } from '../emulator/cpu/decode';
import { CS, SS, RSP } from '../emulator/cpu/regs';
import type { VmExitRecord, VmxFailure } from '../emulator/vmx/vmx-unit';
import { Vmcs } from '../emulator/vmx/vmcs';
import { formatCheckFailure, explainCheckFailure } from '../emulator/vmx/vmentry-checks';
import type { CheckFailure } from '../emulator/vmx/vmentry-checks';
import { EXCEPTION_NAMES, INTERRUPTION_TYPES, decodeExitReason, lookupVmcsName, lookupVmcsEncoding, vmcsFieldSupported, MSR, RFLAGS_BITS } from '../emulator/vmx/arch';
import { SourceIndex } from './source-index';
import { DebugMemory } from './memory';
import { evaluate, interpolate, EvalEnv, EvalResult } from './expr';
import type { ExitBreakpointSpec } from './exit-breakpoints';
import { UserError, hex, toU64 } from './util';
import { readRegister, writeRegister, withFlag } from './registers';
export { REGISTER_NAMES } from './registers';
import { exitText, failureText, isEntryFailure } from './exit-text';
export { exitText, failureText, exitLevels } from './exit-text';
import { matchExitCondition, describeExit } from '../emulator/vmx/nesting';
import type { NestedExitRecord, ReconstructedVmcs, LevelInfo } from '../emulator/vmx/nesting';
import { SnapshotStore } from '../emulator/snapshot';
import { ReverseEngine, ReplayHost, ReplayHit, ReplayMode, Position, Target, Paused } from './reverse';
import { DataWatches, DataHit, DataBreakpointSpec } from './data-breakpoints';

// ------------------------------------------------------------------------------------------------ public types

export interface RuntimeConfig {
  program: string;
  format?: 'asm' | 'bin';
  mode?: StartMode;
  loadAddress?: number;
  stopOnEntry: boolean;
  machine: Omit<MachineOptions, 'onOutput'>;
  includePaths: string[];
  maxInstructions?: number;
  /** Print every VM exit (with levels) to the debug console. */
  traceExits?: boolean;
  noDebug: boolean;
}

export type StopReason = 'entry' | 'step' | 'breakpoint' | 'exception' | 'pause' | 'goto' | 'data breakpoint';

export interface StopInfo {
  reason: StopReason;
  /** Short description (VS Code shows it in the CALL STACK view and the exception widget title). */
  description: string;
  /** Longer text. */
  text?: string;
  hitBreakpointIds?: number[];
  /** For reason 'exception': the exceptionInfo answer. */
  exception?: { id: string; description: string; details: string[] };
  /** Completes the description when the run has stopped (set by hooks that stop before the outcome is known). */
  finish?: () => void;
}

export interface EndInfo { exitCode?: number; message: string }

export interface RuntimeListener {
  stopped(info: StopInfo): void;
  output(text: string, category: 'stdout' | 'stderr' | 'console' | 'important'): void;
  ended(info: EndInfo): void;
}

export type Granularity = 'instruction' | 'line';

/** A breakpoint on instruction addresses (source line, label or address). */
export interface AddressBreakpoint {
  id: number;
  addresses: number[];
  condition?: string;
  hitCondition?: string;
  logMessage?: string;
  hits: number;
  /** For stop descriptions: "hello.asm:12", "print_str", "0x100000". */
  where: string;
}

export interface ExitBreakpoint {
  id: number;
  spec: ExitBreakpointSpec;
  condition?: string;
  hitCondition?: string;
  hits: number;
}

export interface ExceptionFilters {
  vmexit: boolean;
  vmexitCondition?: string;
  vmxFailure: boolean;
  entryFailure: boolean;
  tripleFault: boolean;
  magic: boolean;
  /** Exceptions raised in VMX non-root operation (a guest), by vector (null: every vector). */
  guestException?: Set<number> | null;
}

/** Parses the guest-exception filter's condition: vectors as numbers or mnemonics, e.g. "#PF, #GP" or "14 13". */
export function parseVectors(text: string | undefined): Set<number> | null {
  if (text === undefined || text.trim() === '') return null;
  const out = new Set<number>();
  for (const t of text.split(/[\s,;|]+/).filter(Boolean)) {
    const n = /^(0x[0-9a-f]+|\d+)$/i.test(t) ? Number(t) : undefined;
    const byName = Object.entries(EXCEPTION_NAMES).find(([, name]) => name.replace('#', '').toLowerCase() === t.replace('#', '').toLowerCase());
    const v = n ?? (byName ? Number(byName[0]) : undefined);
    if (v === undefined || v < 0 || v > 31) throw new UserError(`'${t}' is not an exception vector (0..31) or mnemonic (#DE #DB #BP #OF #BR #UD #NM #DF #TS #NP #SS #GP #PF #MF #AC #MC #XM #VE #CP)`);
    out.add(v);
  }
  return out;
}

export interface FrameInfo {
  /** Nesting level of the code of this frame. */
  level: number;
  kind: 'current' | 'caller' | 'outer';
  /** Linear address shown for the frame (current RIP, call site, or the outer level's resume RIP; null: not observed). */
  address: number | null;
  name: string;
  /** outer frames: stack pointer the level resumes with */
  sp?: number;
}

/** A call tracked through cpu.callHook. */
interface CallFrame { from: number; to: number; sp: number }

type Transition =
  | { kind: 'exit'; rec: VmExitRecord }
  | { kind: 'entry'; launch: boolean; rip: number; level: number }
  | { kind: 'failure'; f: VmxFailure };

type Outcome =
  | { kind: 'done' }
  | { kind: 'data'; hit: DataHit }
  | { kind: 'stop'; info: StopInfo }
  | { kind: 'transition'; t: Transition }
  | { kind: 'end'; info: EndInfo };

/**
 * Which VM transitions end the current run (stepping), besides the user's breakpoints and filters:
 * any exit/entry/failure, an exit delivered to level `exitTo`, an entry after which level `entryInto` runs.
 */
interface Watch { exit?: boolean; entry?: boolean; failure?: boolean; exitTo?: number; entryInto?: number; reflectedFrom?: number }

const WATCH_ALL: Watch = { exit: true, entry: true, failure: true };
const WATCH_NONE: Watch = {};


const MAX_TRACKED_FRAMES = 4096;
const SLICE_MIN = 200, SLICE_MAX = 5_000_000;
/** Wall-clock length of one run slice; pause latency is about one slice. */
const SLICE_TARGET_MS = 10;
const OUTPUT_FLUSH_MS = 25;
/** Snapshots for reverse execution: at most every SNAP_MIN_INSNS instructions, at stops and every SNAP_EVERY_MS of running. */
const SNAP_MIN_INSNS = 5_000, SNAP_EVERY_MS = 50;
const OUTPUT_MAX_PENDING = 256 * 1024;
const OUTPUT_MAX_PER_FLUSH = 32 * 1024;

const yieldToEventLoop = () => new Promise<void>((r) => setImmediate(r));

function checkDetails(c: CheckFailure | undefined): string[] {
  if (!c) return [];
  try { return explainCheckFailure(c); } catch { return [formatCheckFailure(c)]; }
}

function parseHitCondition(s: string): ((hits: number) => boolean) | undefined {
  const m = /^\s*(==|>=|<=|>|<|%|=)?\s*(\d+)\s*$/.exec(s);
  if (!m) return undefined;
  const n = Number(m[2]);
  switch (m[1]) {
    case '==': case '=': return (h) => h === n;
    case '>': return (h) => h > n;
    case '<': return (h) => h < n;
    case '<=': return (h) => h <= n;
    case '%': return (h) => n > 0 && h % n === 0;
    default: return (h) => h >= n; // "N" and ">=N": from the N-th hit on
  }
}
/** Validates a hit condition; returns an error message or undefined. */
export function checkHitCondition(s: string | undefined): string | undefined {
  if (s === undefined || s.trim() === '') return undefined;
  return parseHitCondition(s) ? undefined : `hit condition '${s}' must be N, ==N, >N, >=N, <N, <=N or %N`;
}

// ------------------------------------------------------------------------------------------------ the runtime

export class VmxRuntime {
  readonly machine: Machine;
  readonly mem: DebugMemory;
  program: Program | null = null;
  sources: SourceIndex = new SourceIndex([], []);
  state: 'unloaded' | 'stopped' | 'running' | 'ended' = 'unloaded';
  endInfo: EndInfo | null = null;
  lastStop: StopInfo | null = null;

  // breakpoints
  private addressBps: AddressBreakpoint[] = [];
  private bpsAt = new Map<number, AddressBreakpoint[]>();
  private exitBps: ExitBreakpoint[] = [];
  filters: ExceptionFilters = { vmexit: false, vmxFailure: true, entryFailure: true, tripleFault: true, magic: true };
  private machineBps = new Set<number>();
  private temp: { addr: number; level: number; sp: number } | null = null;

  // run control
  private pauseRequested = false;
  private disposed = false;
  private slice = 10_000;
  private watch: Watch = WATCH_NONE;
  private hookStop: { t: Transition | null; user: StopInfo | null } | null = null;
  private transitions: Transition[] = [];
  private retWatch: { level: number; depth: number; hit: boolean } | null = null;
  /** No further execution possible (triple fault, instruction limit). */
  private dead: string | null = null;

  // call stacks per level, and the levels that are in an exit handler (received an exit, not yet resumed their guest)
  private stacks: CallFrame[][] = [[], []];
  private inHandler: boolean[] = [];

  // VMCS snapshots at the last two stops (change marks)
  private snapNow: { address: number; lo: Int32Array; hi: Int32Array } | null = null;
  private snapPrev: { address: number; lo: Int32Array; hi: Int32Array } | null = null;

  // reverse execution (reverse.ts) and data breakpoints (data-breakpoints.ts)
  readonly store: SnapshotStore | null;
  private readonly engine: ReverseEngine | null;
  private replay: ReplayMode | null = null;
  private replayHits: (Omit<ReplayHit, 'at'> & { at?: Target })[] = [];
  /** Instructions retired at the furthest stop so far: re-executed guest output below it was already shown. */
  private highWater = 0;
  private lastSnapMs = 0;
  readonly data: DataWatches;
  private dataHit: DataHit | null = null;

  // guest console output
  private outChunks: Uint8Array[] = [];
  private outPending = 0;
  private outDropped = 0;
  private outTimer: NodeJS.Timeout | null = null;
  private readonly decoder = new TextDecoder('utf-8');

  constructor(readonly config: RuntimeConfig, private readonly listener: RuntimeListener) {
    this.machine = new Machine({ ...config.machine, onOutput: (_src, bytes) => this.onGuestOutput(bytes) });
    this.mem = new DebugMemory(this.machine);
    this.mem.onWrite = () => this.noteEdit();
    this.store = config.noDebug ? null : new SnapshotStore(this.machine);
    this.engine = this.store ? new ReverseEngine(this.replayHost()) : null;
    this.data = new DataWatches(this.machine, this.mem, (e) => this.evaluate(e).value);
  }

  get cpu() { return this.machine.cpu; }
  get vmx() { return this.machine.vmx; }

  /** Assembles/loads the program and sets the start state. Throws ProgramError (with diagnostics) or Error. */
  load(): void {
    const c = this.config;
    this.program = loadProgram(c.program, { format: c.format, mode: c.mode, loadAddress: c.loadAddress, includePaths: c.includePaths });
    this.machine.load(this.program.image);
    const asm = this.program.asm;
    this.sources = asm ? new SourceIndex(asm.sourceMap, asm.symbols, asm.files ?? [this.program.path]) : new SourceIndex([], [], []);
    this.installHooks();
    this.state = 'stopped';
    this.snapshotVmcs();
    this.store?.take(this.snapshotExtra());
  }

  dispose(): void {
    this.disposed = true;
    this.pauseRequested = true;
    if (this.outTimer) { clearTimeout(this.outTimer); this.outTimer = null; }
  }

  // ---------------------------------------------------------------------------------------------- levels

  /** Nesting level of the code being run (0 = the outermost hypervisor, or no VMX at all). */
  level(): number { return this.machine.nesting ? this.machine.nesting.levelOfCurrentCode() : this.cpu.nonRoot ? 1 : 0; }

  /** Levels L0..Ln as the nesting reconstruction sees them (empty without VMX). */
  levels(): LevelInfo[] { return this.machine.nesting?.levels() ?? []; }

  /** The levels around the current one, innermost first, with where each resumes (null: not observed yet). */
  outerLevels(): { level: number; rip: number | null; rsp?: number; from: string }[] {
    const cur = this.level();
    const lv = this.levels();
    const out: { level: number; rip: number | null; rsp?: number; from: string }[] = [];
    for (let k = cur - 1; k >= 0; k--) {
      const r = lv[k]?.resumesAt;
      out.push(r ? { level: k, rip: r.rip, rsp: r.rsp, from: r.from } : { level: k, rip: null, from: `L${k}'s VMCS host state was not observed` });
    }
    return out;
  }

  /** The latest exit, hardware or reflected. */
  lastExit(): VmExitRecord | null {
    const h = this.machine.nesting?.exitHistory();
    return h && h.length ? h[h.length - 1] : this.vmx?.lastExit ?? null;
  }

  /** A guest hypervisor's current VMCS as reconstructed (level >= 1), or null. */
  reconstructedVmcs(level: number): ReconstructedVmcs | null {
    return level >= 1 ? this.levels()[level]?.vmcs ?? null : null;
  }

  /** Whether level k is a hypervisor (in VMX operation), so that it can have exit handlers. */
  private isHypervisor(k: number): boolean {
    if (k === 0) return !!this.vmx?.inVmx;
    return !!this.levels()[k]?.inVmx;
  }

  operationName(): 'off' | 'root' | 'non-root' {
    if (!this.vmx || !this.vmx.inVmx) return this.cpu.nonRoot ? 'non-root' : 'off';
    return this.cpu.nonRoot ? 'non-root' : 'root';
  }

  /** "vCPU 0 — L1 (non-root, 64-bit)" */
  threadName(): string {
    const op = this.operationName();
    const mode = this.cpu.modeName();
    const opText = op === 'off' ? '' : op === 'root' ? 'VMX root, ' : 'non-root, ';
    return `vCPU 0 — L${this.level()} (${opText}${mode})`;
  }

  // ---------------------------------------------------------------------------------------------- addresses

  /** Linear address of the current instruction. */
  pc(): number { return this.machine.exec.ripLinear(); }

  /** RIP value for a linear address in the current code segment. */
  private ripFor(la: number): number {
    const c = this.cpu;
    if (c.long64) return la;
    const off = la - c.sbase[CS];
    if (off < 0 || off > c.slimit[CS]) throw new UserError(`${hex(la)} is outside the current code segment (CS base ${hex(c.sbase[CS])}, limit ${hex(c.slimit[CS])})`);
    return off;
  }

  describeAddress(la: number): string {
    const loc = this.sources.locAt(la);
    const sym = this.sources.symbolize(la);
    const parts = [hex(la)];
    if (sym) parts.push(sym);
    if (loc) parts.push(`${loc.file.replace(/^.*[\\/]/, '')}:${loc.line}`);
    return parts.join(' ');
  }

  // ---------------------------------------------------------------------------------------------- hooks

  private installHooks(): void {
    const c = this.cpu;
    c.callHook = (kind, from, to) => this.onCallHook(kind, from, to);
    const v = this.vmx;
    if (!v) return;
    v.onExit = () => this.onHardwareExit();
    v.onFailure = (f) => this.onVmxFailure(f);
    // Events in VMX non-root operation pass the exception bitmap check here: the guest-exception filter sees them.
    const intercept = c.eventIntercept;
    if (intercept) {
      c.eventIntercept = (vector, type, ec) => {
        const exits = intercept(vector, type, ec);
        if (this.filters.guestException !== undefined && (type === 3 || type === 5 || type === 6)) this.onGuestException(vector, type, ec, exits);
        return exits;
      };
    }
    // strictTlb: a translation the EPT paging structures no longer give (a missing INVEPT) stops the run.
    v.onStaleTranslation = () => !this.replay && !this.config.noDebug;
    const n = this.machine.nesting;
    if (n) {
      // After the nesting reconstruction's own listeners: levels are up to date when these run.
      n.exitListeners.push((rec) => this.onVmExit(rec));
      v.entryListeners.push((_vmcs, launch) => this.onVmEntry(launch));
    } else {
      v.onExit = (rec) => { this.onHardwareExit(); return this.onVmExit(rec); };
      v.onEntry = (_vmcs, launch) => this.onVmEntry(launch);
    }
  }

  private onCallHook(kind: number, from: number, to: number): void {
    const lvl = this.level();
    const st = this.stacks[lvl] ?? (this.stacks[lvl] = []);
    const sp = this.cpu.sp();
    if (kind === 0) {
      st.push({ from, to, sp });
      if (st.length > MAX_TRACKED_FRAMES) st.shift();
      return;
    }
    let popped = false;
    while (st.length && st[st.length - 1].sp < sp) { st.pop(); popped = true; }
    const w = this.retWatch;
    if (w && !w.hit && w.level === lvl && (st.length < w.depth || (w.depth === 0 && !popped))) {
      w.hit = true;
      this.cpu.pendingStop = { reason: 'event', detail: 'step-out' };
    }
  }

  private stopFromHook(t: Transition | null, user: StopInfo | null): boolean {
    if (!this.hookStop) this.hookStop = { t, user };
    return true;
  }

  private note(t: Transition): void {
    if (this.transitions.length < 64) this.transitions.push(t);
  }

  /** A hardware exit: L0's handler starts with an empty call stack. */
  private onHardwareExit(): boolean {
    this.inHandler[0] = true;
    this.stacks[0] = [];
    return false;
  }

  /** Every exit, hardware (received by L0) or reflected (received by a guest hypervisor). */
  private onVmExit(rec: VmExitRecord): boolean {
    const to = rec.receivingLevel;
    if (to > 0) { this.inHandler[to] = true; this.stacks[to] = []; }
    if (this.replay) return this.replayTransition('exit', exitText(rec), true);
    const t: Transition = { kind: 'exit', rec };
    this.note(t);
    if (this.config.traceExits && this.cpu.icount + this.cpu.bk >= this.highWater) this.listener.output(`${describeExit(rec as NestedExitRecord)}\n`, 'console');
    if (this.config.noDebug) return false;
    const dh = rec.virtual ? null : this.data.checkVmcs('by the VM exit', this.cpu.icount, this.pc());
    if (dh) return this.stopFromHook(t, this.dataStop(dh));
    const failed = isEntryFailure(rec);
    if (failed) {
      if (this.filters.entryFailure) return this.stopFromHook(t, this.failureStop(exitText(rec), 'entry-failure', checkDetails(rec.entryFailure)));
      return this.watch.exit || this.watch.exitTo === to ? this.stopFromHook(t, null) : false;
    }
    // exit-reason breakpoints: reasons, levels, hardware/virtual, `if` over the exit; then the breakpoint's own condition
    const ids: number[] = [];
    let condError: string | null = null;
    for (const bp of this.exitBps) {
      if (!matchExitCondition(bp.spec, rec as NestedExitRecord)) continue;
      if (bp.condition) {
        try { if (evaluate(bp.condition, this.env(rec)).value === 0n) continue; } catch (e) { condError = `exit breakpoint condition '${bp.condition}': ${e instanceof Error ? e.message : e}`; ids.push(bp.id); continue; }
      }
      bp.hits++;
      if (bp.hitCondition && !parseHitCondition(bp.hitCondition)?.(bp.hits)) continue;
      ids.push(bp.id);
    }
    const at = `stopped at the L${to} handler (${rec.virtual ? 'its' : ''}HOST_RIP ${hex(rec.hostRip)})`.replace('(itsHOST_RIP', "(its HOST_RIP");
    if (ids.length) {
      return this.stopFromHook(t, { reason: 'breakpoint', description: exitText(rec), text: condError ?? `${exitText(rec)}; ${at}`, hitBreakpointIds: ids });
    }
    if (this.filters.vmexit) {
      let hit = true;
      if (this.filters.vmexitCondition) {
        try { hit = evaluate(this.filters.vmexitCondition, this.env(rec)).value !== 0n; } catch (e) {
          return this.stopFromHook(t, { reason: 'exception', description: `${exitText(rec)} (condition error: ${e instanceof Error ? e.message : e})`, exception: { id: 'vmexit', description: exitText(rec), details: [] } });
        }
      }
      if (hit) return this.stopFromHook(t, { reason: 'exception', description: exitText(rec), text: at, exception: { id: 'vmexit', description: exitText(rec), details: this.exitDetails(rec) } });
    }
    const w = this.watch;
    return w.exit || w.exitTo === to || (rec.virtual && w.reflectedFrom === rec.exitingLevel) ? this.stopFromHook(t, null) : false;
  }

  /** A successful VM entry; the level now running is up to date. */
  private onVmEntry(launch: boolean): boolean {
    const k = this.level();
    // Level k-1 resumed its guest: it left its handler (unless this entry delivers a reflected exit to k).
    if (k >= 1) this.inHandler[k - 1] = false;
    if (launch && k >= 1) this.stacks[k] = [];
    if (this.replay) return this.replayTransition('entry', '', false);
    const t: Transition = { kind: 'entry', launch, rip: this.cpu.rip, level: k };
    this.note(t);
    if (this.config.noDebug) return false;
    return this.watch.entry || this.watch.entryInto === k ? this.stopFromHook(t, null) : false;
  }

  private onVmxFailure(f: VmxFailure): boolean {
    if (this.replay) return this.replayTransition('failure', failureText(f), true);
    const t: Transition = { kind: 'failure', f };
    this.note(t);
    if (this.config.noDebug) return false;
    if (this.filters.vmxFailure || this.watch.failure) return this.stopFromHook(t, this.failureStop(failureText(f), 'vmx-failure', checkDetails(f.check)));
    return false;
  }

  /**
   * A VM transition while re-executing: 'fine' steps stop after every transition (so each is a state
   * of its own), 'scan' also records exits and failures for reverseContinue.
   */
  private replayTransition(kind: 'exit' | 'entry' | 'failure', description: string, hit: boolean): boolean {
    if (this.replay === 'fast') return false;
    if (this.replay === 'scan') {
      if (!hit) return false;
      this.replayHits.push({ kind: kind === 'exit' ? 'exit' : 'failure', description });
      if (kind === 'exit') {
        const dh = this.data.checkVmcs('by the VM exit', this.cpu.icount, this.pc());
        if (dh) this.replayHits.push({ kind: 'data', description: `Data breakpoint: ${dh.text()}`, breakpointIds: dh.ids });
      }
    }
    return true;
  }

  /** A VMX instruction succeeded (only observed while VMCS-field data breakpoints exist). */
  private onVmxSuccess(): void {
    if (this.replay === 'fast' || this.replay === 'fine' || this.state !== 'running') return;
    const c = this.cpu;
    const at = this.pc();
    const dh = this.data.checkVmcs(`by the instruction at ${this.describeAddress(at)}`, c.icount + c.bk, at);
    if (!dh) return;
    if (this.replay === 'scan') { this.replayHits.push({ kind: 'data', description: `Data breakpoint: ${dh.text()}`, breakpointIds: dh.ids }); c.pendingStop = { reason: 'event', detail: 'data-breakpoint' }; return; }
    this.stopFromHook(null, this.dataStop(dh));
    c.pendingStop = { reason: 'event', detail: 'data-breakpoint' };
  }

  /** A write to a page with a memory data breakpoint. */
  private onDataWrite(pa: number): void {
    if (this.replay === 'fast' || this.replay === 'fine' || this.state !== 'running') return;
    const c = this.cpu;
    // During an instruction c.icount counts the instructions before its block and c.bk is its index (jit.ts contract).
    const icount = c.icount + c.bk;
    const rip = c.long64 ? c.rip : (c.sbase[CS] + c.rip) % 4294967296;
    const hit = this.data.onWrite(pa, icount, rip);
    if (!hit) return;
    if (this.replay === 'scan') {
      this.replayHits.push({ kind: 'data', at: { icount: icount + 1, first: true }, description: () => `Data breakpoint: ${hit.text()}, written by the instruction at ${this.describeAddress(hit.rip)}`, breakpointIds: hit.ids });
      return;
    }
    if (!this.dataHit) this.dataHit = hit;
    c.pendingStop = { reason: 'event', detail: 'data-breakpoint' };
  }

  /** An exception in a guest (SDM 26.2: before the exception bitmap decides between delivery and a VM exit). */
  private onGuestException(vector: number, type: number, ec: number | undefined, exits: boolean): void {
    const want = this.filters.guestException;
    if (this.replay || this.config.noDebug || this.state !== 'running' || (want && !want.has(vector))) return;
    const c = this.cpu;
    const name = EXCEPTION_NAMES[vector] ?? `vector ${vector}`;
    const parts = [`${name} (${vector})`];
    if (type !== 3) parts.push(INTERRUPTION_TYPES[type] ?? `type ${type}`);
    if (ec !== undefined) parts.push(`error code ${hex(ec)}`);
    if (vector === 14) parts.push(`CR2 ${hex(c.cr2)}`);
    const what = `Guest exception in L${this.level()}: ${parts.join(', ')} at RIP ${hex(c.rip)}`;
    const info: StopInfo = { reason: 'exception', description: what, exception: { id: 'guest-exception', description: what, details: [] } };
    // How it ended is known when the run stops (delivery can still fail into a triple fault, which exits).
    const mark = this.transitions.length;
    info.finish = () => {
      const ex = this.transitions.slice(mark).find((t): t is { kind: 'exit'; rec: VmExitRecord } => t.kind === 'exit');
      const how = exits ? `a VM exit (exception bitmap)${ex ? `: ${exitText(ex.rec)}` : ''}`
        : ex ? `its delivery failed and ended in ${exitText(ex.rec)}; stopped at the L${ex.rec.receivingLevel} handler` : "delivered through the guest's IDT";
      info.description = info.exception!.description = `${what} — ${how}`;
    };
    this.stopFromHook(null, info);
    c.pendingStop = { reason: 'event', detail: 'guest-exception' };
  }

  private dataStop(h: DataHit): StopInfo {
    return { reason: 'data breakpoint', description: `Data breakpoint: ${h.text()}`, hitBreakpointIds: h.ids };
  }

  private failureStop(description: string, id: string, details: string[]): StopInfo {
    return { reason: 'exception', description, text: details.join('\n') || undefined, exception: { id, description, details } };
  }

  exitDetails(rec: VmExitRecord): string[] {
    const d = decodeExitReason(rec.fullReason >>> 0);
    const out = [`reason: ${d.text} — ${d.title}`, `qualification: ${hex(rec.qualification)}`, `guest RIP: ${hex(rec.guestRip)}`, `handler (HOST_RIP): ${hex(rec.hostRip)}`];
    if (rec.guestLinear !== undefined) out.push(`guest-linear address: ${hex(rec.guestLinear)}`);
    if (rec.guestPhysical !== undefined) out.push(`guest-physical address: ${hex(rec.guestPhysical)}`);
    if (rec.instructionLength) out.push(`instruction length: ${rec.instructionLength}`);
    if (rec.detail) out.push(rec.detail);
    return out;
  }

  // ---------------------------------------------------------------------------------------------- breakpoints

  setAddressBreakpoints(kind: string, bps: AddressBreakpoint[]): void {
    this.addressBpsByKind.set(kind, bps);
    this.addressBps = [...this.addressBpsByKind.values()].flat();
    this.bpsAt.clear();
    for (const bp of this.addressBps) for (const a of bp.addresses) {
      let l = this.bpsAt.get(a);
      if (!l) this.bpsAt.set(a, (l = []));
      l.push(bp);
    }
    this.syncMachineBreakpoints();
  }
  private addressBpsByKind = new Map<string, AddressBreakpoint[]>();

  setExitBreakpoints(bps: ExitBreakpoint[]): void { this.exitBps = bps; }

  /** Installs the breakpoints in the machine (`force`: the machine's set was changed behind our back, by re-execution). */
  private syncMachineBreakpoints(force = false): void {
    const want = new Set<number>(this.config.noDebug ? [] : this.bpsAt.keys());
    if (this.temp) want.add(this.temp.addr);
    if (!force && want.size === this.machineBps.size && [...want].every((a) => this.machineBps.has(a))) return;
    this.machineBps = want;
    this.machine.setBreakpoints(want);
  }

  // ---------------------------------------------------------------------------------------------- expressions

  /** Evaluation environment; `exit` is the exit record `exit.*` refers to (default: the last exit). */
  env(exit?: VmExitRecord): EvalEnv {
    return {
      register: (n) => this.readRegister(n),
      symbol: (n) => {
        const l = this.sources.labels.get(n) ?? this.sources.equs.get(n);
        return l === undefined ? undefined : toU64(l);
      },
      localSymbol: (n) => {
        const here = this.sources.symbolize(this.pc());
        if (!here) return undefined;
        const parent = here.replace(/\+0x[0-9a-f]+$/, '').split('.')[0];
        const v = this.sources.labels.get(parent + n);
        return v === undefined ? undefined : toU64(v);
      },
      flag: (n) => {
        const f = this.cpu.getFlags();
        if (n === 'IOPL') return BigInt((f >>> 12) & 3);
        const b = RFLAGS_BITS.find((x) => x.name === n && !x.name.startsWith('IOPL') && x.name !== 'FIXED1');
        return b ? BigInt((f >>> b.bit) & 1) : undefined;
      },
      vmcsField: (n, w) => this.readVmcsByName(n, w),
      vmcsEncoding: (e, w) => this.readVmcsByEncoding(e, w),
      exitField: (n) => {
        const r = exit ?? this.lastExit();
        if (!r) throw new UserError('no VM exit has happened yet');
        switch (n.toLowerCase()) {
          case 'reason': return BigInt(r.reason);
          case 'fullreason': return BigInt(r.fullReason >>> 0);
          case 'qualification': return r.qualification;
          case 'guestrip': return toU64(r.guestRip);
          case 'guestlinear': return toU64(r.guestLinear ?? 0);
          case 'guestphysical': return toU64(r.guestPhysical ?? 0);
          case 'hostrip': return toU64(r.hostRip);
          case 'length': case 'instructionlength': return BigInt(r.instructionLength);
          case 'from': return BigInt(r.exitingLevel);
          case 'to': return BigInt(r.receivingLevel);
          case 'virtual': return r.virtual ? 1n : 0n;
          case 'hardware': return r.virtual ? 0n : 1n;
          default: throw new UserError(`unknown exit field '${n}' (reason, fullReason, qualification, guestRip, guestLinear, guestPhysical, hostRip, length, from, to, virtual, hardware)`);
        }
      },
      memory: (addr, size) => this.mem.readValue(Number(BigInt.asIntN(64, addr)), size),
      currentAddress: () => toU64(this.pc()),
    };
  }

  evaluate(text: string, exit?: VmExitRecord): EvalResult { return evaluate(text, this.env(exit)); }

  readRegister(name: string): bigint | undefined { return readRegister(this.cpu, name); }

  /** Debugger write of a register (sub-registers keep the other bits, as in GDB). */
  writeRegister(name: string, value: bigint): void {
    this.requireStopped();
    writeRegister(this.cpu, name, value);
    this.noteEdit();
  }

  setFlag(name: string, value: bigint): void {
    this.writeRegister('rflags', withFlag(this.cpu.getFlags(), name, value));
  }

  private requireVmcs() {
    const v = this.vmx?.current;
    if (!this.vmx) throw new UserError('this machine has no VMX (CPUID.1:ECX.VMX = 0)');
    if (!v) throw new UserError('there is no current VMCS (no VMPTRLD yet, or after VMCLEAR/VMXOFF)');
    return v;
  }

  readVmcsByName(name: string, which?: string): bigint {
    const ref = lookupVmcsName(name);
    if (!ref) throw new UserError(`unknown VMCS field '${name}'`);
    return this.readVmcsByEncoding(ref.encoding, which);
  }
  /** VMREAD as the debugger sees it; `which` = "12" for vmcs12 (L1's VMCS for L2, reconstructed), "02" for the hardware VMCS running L2. */
  readVmcsByEncoding(enc: number, which?: string): bigint {
    const ref = lookupVmcsEncoding(enc);
    if (!ref) throw new UserError(`0x${(enc >>> 0).toString(16)} is not a VMCS field encoding (VMREAD would fail with error 12)`);
    if (!this.vmx) throw new UserError('this machine has no VMX (CPUID.1:ECX.VMX = 0)');
    if (!vmcsFieldSupported(ref.field, this.vmx.caps)) throw new UserError(`${ref.field.name} does not exist on this CPU profile (VMREAD would fail with error 12, unsupported VMCS component)`);
    if (which === undefined) return this.requireVmcs().readEncoding(enc)!;
    const owner = Number(which[0]), guest = Number(which[1]);
    if (owner === 0) {
      const v = this.hardwareVmcsOf(guest);
      return v.readEncoding(enc)!;
    }
    if (guest !== owner + 1) throw new UserError(`vmcs${which}: L${owner}'s VMCS is for its guest L${owner + 1} (write vmcs${owner}${owner + 1})`);
    const vm = this.reconstructedVmcs(owner);
    if (!vm) throw new UserError(`L${owner} has no current VMCS (no VMPTRLD by L${owner} observed${this.levels().length <= owner ? `; L${owner} does not exist` : ''})`);
    const full = vm.fields.get(ref.field.encoding);
    if (full === undefined) throw new UserError(`${ref.field.name} of L${owner}'s VMCS ${hex(vm.address)} has not been observed (no VMWRITE, VMREAD or shadow-VMCS access to it yet)`);
    return ref.high ? full >> 32n : full;
  }

  /** The hardware VMCS that runs level k (vmcs0k): the current one if it does, else its region in memory. */
  private hardwareVmcsOf(k: number): Vmcs {
    const a = this.levels()[k]?.hardwareVmcs ?? null;
    if (k < 1 || a === null) throw new UserError(`no hardware VMCS has run L${k} yet`);
    const cur = this.vmx?.current;
    if (cur && cur.address === a) return cur;
    if (a < 0 || a + 4096 > this.machine.mem.size) throw new UserError(`the VMCS of L${k} at ${hex(a)} is outside RAM`);
    return Vmcs.load(this.machine.mem, a);
  }

  /** Debugger VMWRITE: the same rules as the instruction (unsupported field: error 12; read-only field: error 13). */
  writeVmcs(nameOrEncoding: string | number, value: bigint): void {
    this.requireStopped();
    const v = this.requireVmcs();
    const ref = typeof nameOrEncoding === 'number' ? lookupVmcsEncoding(nameOrEncoding) : lookupVmcsName(nameOrEncoding);
    if (!ref) throw new UserError(`unknown VMCS field ${typeof nameOrEncoding === 'number' ? hex(nameOrEncoding) : `'${nameOrEncoding}'`} (VMWRITE error 12)`);
    const caps = this.vmx!.caps;
    if (!vmcsFieldSupported(ref.field, caps)) throw new UserError(`VMWRITE to ${ref.field.name} would fail: unsupported VMCS component on this CPU profile (VM-instruction error 12)`);
    const miscAllowsRo = ((caps[MSR.IA32_VMX_MISC] ?? 0n) & (1n << 29n)) !== 0n;
    if (ref.field.readOnly && !miscAllowsRo) throw new UserError(`VMWRITE to ${ref.field.name} would fail: it is a read-only VM-exit information field and IA32_VMX_MISC[29] = 0 (VM-instruction error 13)`);
    v.writeEncoding(ref.encoding, toU64(value));
    this.noteEdit();
  }

  // ---------------------------------------------------------------------------------------------- stack

  frames(): FrameInfo[] {
    const lvl = this.level();
    const pc = this.pc();
    const out: FrameInfo[] = [{ level: lvl, kind: 'current', address: pc, name: this.sources.symbolize(pc) ?? hex(pc) }];
    const st = this.stacks[lvl] ?? [];
    for (let i = st.length - 1; i >= 0; i--) {
      const f = st[i];
      out.push({ level: lvl, kind: 'caller', address: f.from, name: this.sources.symbolize(f.from) ?? hex(f.from) });
    }
    for (const o of this.outerLevels()) {
      if (o.rip === null) { out.push({ level: o.level, kind: 'outer', address: null, name: `L${o.level} — resume point unknown (${o.from})` }); continue; }
      const sym = this.sources.symbolize(o.rip);
      out.push({ level: o.level, kind: 'outer', address: o.rip, sp: o.rsp, name: `L${o.level} — resumes at HOST_RIP ${hex(o.rip)}${sym ? ` (${sym})` : ''}` });
    }
    return out;
  }

  /** Depth of tracked calls at the current level. */
  callDepth(): number { return (this.stacks[this.level()] ?? []).length; }

  // ---------------------------------------------------------------------------------------------- VMCS change marks

  private snapshotVmcs(): void {
    const v = this.vmx?.current;
    this.snapPrev = this.snapNow;
    this.snapNow = v ? { address: v.address, lo: v.lo.slice(), hi: v.hi.slice() } : null;
    this.recPrev = this.recNow;
    this.recNow = new Map(this.levels().filter((l) => l.vmcs).map((l) => [l.level, { address: l.vmcs!.address, fields: new Map(l.vmcs!.fields) }]));
  }
  private recNow = new Map<number, { address: number; fields: Map<number, bigint> }>();
  private recPrev = new Map<number, { address: number; fields: Map<number, bigint> }>();

  /** Whether a field of level k's reconstructed VMCS changed (or was first observed) since the previous stop. */
  reconstructedChanged(k: number, encoding: number): boolean {
    const p = this.recPrev.get(k), vm = this.reconstructedVmcs(k);
    if (!p || !vm || p.address !== vm.address) return false;
    return p.fields.get(encoding) !== vm.fields.get(encoding);
  }

  /** Whether a VMCS slot changed between the previous stop and now. */
  vmcsChanged(slot: number): boolean {
    const v = this.vmx?.current;
    const p = this.snapPrev;
    if (!v || !p || p.address !== v.address) return false;
    return p.lo[slot] !== v.lo[slot] || p.hi[slot] !== v.hi[slot];
  }

  // ---------------------------------------------------------------------------------------------- run control

  private requireStopped(): void {
    if (this.state === 'running') throw new UserError('the target is running (pause it first)');
    if (this.state === 'ended') throw new UserError(`the program has ended${this.endInfo ? ': ' + this.endInfo.message : ''}`);
    if (this.state === 'unloaded') throw new UserError('no program is loaded');
  }

  /** Reports a stop without running (stop on entry, goto). */
  stopHere(info: StopInfo): void {
    this.requireStopped();
    this.finish({ kind: 'stop', info });
  }

  /**
   * Sends the processor an NMI, an INIT or a start-up IPI (vector 0..255), as another processor would: it takes effect at
   * the next instruction boundary when execution resumes (emulator/vmx/signals.ts). Returns what is then pending.
   */
  sendSignal(kind: 'init' | 'sipi' | 'nmi', vector = 0): { init: boolean; sipi: number | null; nmi: boolean } {
    this.requireStopped();
    this.machine.sendSignal(kind, vector);
    this.noteEdit();
    return { init: this.cpu.pendingInit, sipi: this.cpu.pendingSipi >= 0 ? this.cpu.pendingSipi : null, nmi: this.cpu.pendingNmi };
  }

  /** Sets RIP to a linear address (goto) and reports a 'goto' stop. */
  gotoAddress(la: number): void {
    this.requireStopped();
    this.cpu.rip = this.cpu.nrip = this.ripFor(la);
    this.cpu.halted = false;
    this.noteEdit();
    this.finish({ kind: 'stop', info: { reason: 'goto', description: `Jumped to ${this.describeAddress(la)}` } });
  }

  pause(): void {
    if (this.state === 'running') this.pauseRequested = true;
  }

  /** Starts continue/stepIn/next/stepOut; the outcome is reported through the listener. */
  resume(kind: 'continue' | 'stepIn' | 'next' | 'stepOut', granularity: Granularity = 'line'): void {
    this.requireStopped();
    if (this.dead) {
      const msg = this.dead;
      this.finish({ kind: 'end', info: { message: msg } });
      return;
    }
    if (kind === 'stepOut') this.checkStepOut();
    this.state = 'running';
    this.pauseRequested = false;
    this.transitions = [];
    const startPc = this.pc();
    const job = kind === 'continue' ? this.runFree(WATCH_NONE)
      : kind === 'stepIn' ? this.lineLoop(granularity, () => this.stepInOnce())
      : kind === 'next' ? this.lineLoop(granularity, () => this.nextOnce())
      : this.stepOut();
    job.then((o) => (o.kind === 'data' ? this.landData(o.hit) : o)).then((o) => this.finish(this.describe(kind, o, startPc)), (e: unknown) => {
      this.listener.output(`vmxdbg: internal error while running: ${e instanceof Error ? e.stack ?? e.message : String(e)}\n`, 'stderr');
      this.finish({ kind: 'stop', info: { reason: 'exception', description: `internal error: ${e instanceof Error ? e.message : e}` } });
    });
  }

  /** In an exit handler of level `lvl` (at its outermost call level): step out runs until it resumes its guest. */
  private inExitHandler(lvl: number): boolean {
    return !!this.inHandler[lvl] && this.isHypervisor(lvl) && this.callDepth() === 0;
  }

  private checkStepOut(): void {
    const lvl = this.level();
    if (this.inExitHandler(lvl) || this.callDepth() > 0) return;
    throw new UserError(`Step Out: the code at ${this.describeAddress(this.pc())} was not entered through a tracked CALL at L${lvl}${!this.inHandler[lvl] ? ' and is not a VM-exit handler' : ''}; use Continue or a breakpoint`);
  }

  private finish(o: Outcome): void {
    if (this.disposed) return;
    this.flushOutput(true);
    if (o.kind === 'end') {
      this.state = 'ended';
      this.endInfo = o.info;
      this.listener.ended(o.info);
      return;
    }
    const info = o.kind === 'stop' ? o.info : { reason: 'step' as const, description: 'Step' };
    if (info.finish) { info.finish(); delete info.finish; }
    this.state = 'stopped';
    this.lastStop = info;
    this.snapshotVmcs();
    this.data.refresh();
    this.highWater = Math.max(this.highWater, this.cpu.icount);
    this.maybeSnapshot(true);
    this.listener.stopped(info);
  }

  /** Turns a step/continue outcome into the stop description (DESIGN.md section 5 wording). */
  private describe(kind: string, o: Outcome, startPc: number): Outcome {
    if (o.kind === 'end' || o.kind === 'stop') return o;
    if (o.kind === 'transition') {
      const t = o.t;
      if (t.kind === 'entry') {
        const on = t.level >= 2 ? ` (L0 runs it for L${t.level - 1})` : '';
        return { kind: 'stop', info: { reason: 'step', description: `VM entry: ${t.launch ? 'VMLAUNCH' : 'VMRESUME'} succeeded — L${t.level} guest at RIP ${hex(t.rip)}${on}` } };
      }
      if (t.kind === 'exit') {
        const text = exitText(t.rec);
        if (isEntryFailure(t.rec)) return { kind: 'stop', info: this.failureStop(text, 'entry-failure', checkDetails(t.rec.entryFailure)) };
        return { kind: 'stop', info: { reason: 'step', description: text, text: `${text}; stopped at the L${t.rec.receivingLevel} exit handler (HOST_RIP ${hex(t.rec.hostRip)})` } };
      }
      return { kind: 'stop', info: this.failureStop(failureText(t.f), 'vmx-failure', checkDetails(t.f.check)) };
    }
    // plain step completion: mention VM transitions that happened on the way (step over a guest exit)
    const exits = this.transitions.filter((t): t is { kind: 'exit'; rec: VmExitRecord } => t.kind === 'exit');
    if (kind === 'next' && exits.length) {
      const first = exits[0].rec;
      const mine = exits.filter((e) => e.rec.exitingLevel === first.exitingLevel);
      const by = Math.max(...mine.map((e) => e.rec.receivingLevel));
      return { kind: 'stop', info: { reason: 'step', description: `Stepped over ${first.name} (${first.reason}): the VM exit was handled by L${by} and the guest resumed${exits.length > 1 ? ` (${exits.length} exits)` : ''}` } };
    }
    if (kind === 'stepOut') {
      const lvl = this.level();
      const entry = [...this.transitions].reverse().find((t) => t.kind === 'entry' && t.level === lvl);
      if (entry && entry.kind === 'entry') return { kind: 'stop', info: { reason: 'step', description: `Stepped out of the exit handler: ${entry.launch ? 'VMLAUNCH' : 'VMRESUME'} resumed the L${lvl} guest at RIP ${hex(entry.rip)}` } };
      return { kind: 'stop', info: { reason: 'step', description: `Returned to ${this.describeAddress(this.pc())}` } };
    }
    void startPc;
    return { kind: 'stop', info: { reason: 'step', description: 'Step' } };
  }

  // ---------------------------------------------------------------------------------------------- engine

  private prepare(watch: Watch): void {
    this.watch = watch;
    this.hookStop = null;
  }

  /** Maps a machine stop to an outcome; null means "keep running" (free runs only). */
  private classify(s: RunStop, free: boolean): Outcome | null {
    switch (s.reason) {
      case 'budget': return free ? null : { kind: 'done' };
      case 'stop-request': return { kind: 'stop', info: { reason: 'pause', description: 'Paused' } };
      case 'event': {
        if (this.dataHit) {
          const hit = this.dataHit;
          this.dataHit = null;
          this.hookStop = null;
          return { kind: 'data', hit };
        }
        const h = this.hookStop;
        this.hookStop = null;
        if (this.retWatch?.hit) return { kind: 'done' };
        if (!h) {
          // Stops requested by the emulator itself (e.g. a stale EPT translation report).
          if (s.detail !== 'vm-exit' && s.detail !== 'vm-entry' && s.detail !== 'step-out') {
            return { kind: 'stop', info: { reason: 'exception', description: s.detail, exception: { id: 'event', description: s.detail, details: [] } } };
          }
          return free ? null : { kind: 'done' };
        }
        if (h.user) return { kind: 'stop', info: h.user };
        if (h.t) return { kind: 'transition', t: h.t };
        return free ? null : { kind: 'done' };
      }
      case 'breakpoint': return null; // handled by the caller
      case 'halted':
        return { kind: 'stop', info: { reason: 'exception', description: 'The processor is halted and nothing can wake it', text: `HLT at ${this.describeAddress(this.pc())} with ${this.cpu.interruptsEnabled ? 'no interrupt source armed' : 'interrupts disabled (IF = 0)'}`, exception: { id: 'halted', description: 'HLT with nothing to wake the processor', details: [] } } };
      case 'triple-fault': {
        const d = `Triple fault: ${s.detail}`;
        this.dead = `${d} (the processor is in shutdown state)`;
        if (!this.filters.tripleFault || this.config.noDebug) return { kind: 'end', info: { message: this.dead } };
        return { kind: 'stop', info: { reason: 'exception', description: d, exception: { id: 'triple-fault', description: d, details: [s.detail] } } };
      }
      case 'vmx-abort': {
        const d = s.detail;
        this.dead = `${d} (the processor is in the VMX-abort shutdown state; only a reset leaves it)`;
        if (this.config.noDebug) return { kind: 'end', info: { message: this.dead } };
        return { kind: 'stop', info: { reason: 'exception', description: d, exception: { id: 'vmx-abort', description: d, details: ['The VMX-abort indicator was written to the VMCS region (offset 4); resuming ends the session.'] } } };
      }
      case 'not-implemented':
        return { kind: 'stop', info: { reason: 'exception', description: `Not implemented: ${s.message}`, exception: { id: 'not-implemented', description: s.message, details: ['The emulator does not implement this; resuming retries the same instruction.'] } } };
      case 'magic-breakpoint':
        if (!this.filters.magic || this.config.noDebug) return free ? null : { kind: 'done' };
        return { kind: 'stop', info: { reason: 'exception', description: 'Magic breakpoint (xchg bx, bx)', exception: { id: 'magic', description: 'Bochs magic breakpoint: xchg bx, bx', details: [] } } };
      case 'shutdown': return { kind: 'end', info: { exitCode: 0, message: 'Shutdown (Bochs port 0x8900)' } };
      case 'exit': return { kind: 'end', info: { exitCode: s.code, message: `exit port 0xF4: status ${s.code}` } };
    }
    return { kind: 'stop', info: { reason: 'exception', description: `stopped: ${JSON.stringify(s)}` } };
  }

  private limitStop(): Outcome | null {
    const max = this.config.maxInstructions;
    if (max === undefined || this.cpu.icount < max) return null;
    this.dead = `instruction limit of ${max} reached`;
    return { kind: 'stop', info: { reason: 'exception', description: `Instruction limit of ${max} reached`, exception: { id: 'limit', description: `maxInstructions (${max}) reached`, details: ['Resuming ends the session.'] } } };
  }

  /** One instruction (or event delivery). */
  private stepOnce(watch: Watch): Outcome {
    const lim = this.limitStop();
    if (lim) return lim;
    this.prepare(watch);
    const s = this.machine.step();
    if (s.reason === 'breakpoint') return { kind: 'done' };
    return this.classify(s, false) ?? { kind: 'done' };
  }

  /** Runs in time slices until something stops it; `temp` is a step-over return breakpoint. */
  private async runFree(watch: Watch, temp: { addr: number; level: number; sp: number } | null = null): Promise<Outcome> {
    this.temp = temp;
    this.syncMachineBreakpoints();
    this.machine.exec.skipBreakpointOnce = true;
    let last = performance.now();
    for (;;) {
      if (this.pauseRequested) return { kind: 'stop', info: { reason: 'pause', description: `Paused at ${this.describeAddress(this.pc())}` } };
      const lim = this.limitStop();
      if (lim) return lim;
      this.prepare(watch);
      const max = this.config.maxInstructions;
      const budget = max === undefined ? this.slice : Math.max(1, Math.min(this.slice, max - this.cpu.icount));
      const t0 = performance.now();
      const s = this.machine.run(budget);
      const t1 = performance.now();
      if (s.reason === 'budget') {
        // Keep slices near SLICE_TARGET_MS whatever the speed (JIT-compiled loops run at 100+ MIPS,
        // code that keeps writing its own page can run 1000 times slower): pause latency ~ one slice.
        const ms = Math.max(t1 - t0, 0.01);
        const scale = Math.min(4, Math.max(0.05, SLICE_TARGET_MS / ms));
        this.slice = Math.round(Math.min(SLICE_MAX, Math.max(SLICE_MIN, this.slice * scale)));
      }
      if (s.reason === 'breakpoint') {
        const o = this.onBreakpoint(s.address);
        if (o) return o;
        this.machine.exec.skipBreakpointOnce = true;
      } else {
        const o = this.classify(s, true);
        if (o) return o;
      }
      this.maybeSnapshot(false);
      if (t1 - last >= SLICE_TARGET_MS) { await yieldToEventLoop(); last = performance.now(); }
      if (this.disposed) return { kind: 'stop', info: { reason: 'pause', description: 'Disposed' } };
    }
  }

  private onBreakpoint(addr: number): Outcome | null {
    const t = this.temp;
    if (t && addr === t.addr && this.level() === t.level && this.cpu.sp() >= t.sp) { this.temp = null; return { kind: 'done' }; }
    const list = this.bpsAt.get(addr);
    if (!list || this.config.noDebug) return null;
    const env = this.env();
    const ids: number[] = [];
    for (const bp of list) {
      if (bp.condition) {
        try { if (evaluate(bp.condition, env).value === 0n) continue; } catch (e) {
          return { kind: 'stop', info: { reason: 'breakpoint', description: `Breakpoint condition error at ${bp.where}: ${e instanceof Error ? e.message : e}`, hitBreakpointIds: [bp.id] } };
        }
      }
      bp.hits++;
      if (bp.hitCondition && !parseHitCondition(bp.hitCondition)?.(bp.hits)) continue;
      if (bp.logMessage !== undefined) { this.listener.output(interpolate(bp.logMessage, env) + '\n', 'console'); continue; }
      ids.push(bp.id);
    }
    if (!ids.length) return null;
    const first = list.find((b) => b.id === ids[0])!;
    return { kind: 'stop', info: { reason: 'breakpoint', description: `Breakpoint at ${first.where}`, hitBreakpointIds: ids } };
  }

  /** Repeats `step` until the source line changes (line granularity) or once (instruction granularity). */
  private async lineLoop(granularity: Granularity, step: () => Promise<Outcome>): Promise<Outcome> {
    const startPc = this.pc();
    const start = granularity === 'line' ? this.sources.locAt(startPc) : undefined;
    if (!start) return step();
    const lineStart = this.sources.lineStart(startPc);
    let last = performance.now();
    for (;;) {
      const o = await step();
      if (o.kind !== 'done') return o;
      const pc = this.pc();
      const loc = this.sources.locAt(pc);
      if (!loc || loc.file !== start.file || loc.line !== start.line || pc === lineStart) return o;
      if (this.pauseRequested) return { kind: 'stop', info: { reason: 'pause', description: `Paused at ${this.describeAddress(pc)}` } };
      const now = performance.now();
      if (now - last >= SLICE_TARGET_MS) { await yieldToEventLoop(); last = performance.now(); if (this.disposed) return o; }
    }
  }

  /** Decodes the instruction at the current RIP without side effects. */
  private peek(): { mnem: number; len: number } | null {
    const la = this.pc();
    const r = this.mem.read(la, 15);
    if (r.readable === 0) return null;
    try {
      const { insn, truncated } = decodeOne(r.bytes, this.cpu.bits, la);
      return truncated ? null : { mnem: insn.mnem, len: insn.len };
    } catch { return null; }
  }

  /**
   * Step into one instruction. An exit from a nested guest (L2 and deeper) first reaches L0; the handler
   * of the level that receives it is L0's if L0 handles it alone, else that of the guest hypervisor L0
   * reflects it to. Which one is known only later: run until the reflected exit is delivered or the
   * guest resumes, and in the second case go back (snapshots) to L0's handler.
   */
  private async stepInOnce(): Promise<Outcome> {
    const k = this.level();
    const o = this.stepOnce(WATCH_ALL);
    if (k < 2 || !this.engine || o.kind !== 'transition' || o.t.kind !== 'exit' || o.t.rec.virtual || isEntryFailure(o.t.rec) || o.t.rec.exitingLevel !== k) return o;
    const atL0 = this.engine.here();
    const o2 = await this.runFree({ reflectedFrom: k, entryInto: k, failure: true });
    if (o2.kind === 'transition' && o2.t.kind === 'entry' && o2.t.level === k) {
      await this.seekTo(atL0);
      return o;
    }
    return o2;
  }

  /** Step over one instruction (DESIGN.md section 5). */
  private async nextOnce(): Promise<Outcome> {
    const insn = this.peek();
    const c = this.cpu;
    if (insn && insn.mnem === Mnemonic.Call) {
      return this.runFree(WATCH_NONE, { addr: this.pc() + insn.len, level: this.level(), sp: c.sp() });
    }
    const k = this.level();
    if (insn && (insn.mnem === Mnemonic.Vmlaunch || insn.mnem === Mnemonic.Vmresume) && this.isHypervisor(k)) {
      // Run the guest until the next VM exit delivered to this level; stop at its handler. A guest
      // hypervisor's VMLAUNCH is emulated by L0, which may also just resume it after the instruction (VMfail).
      const o = await this.runFree(k === 0 ? { exitTo: 0, failure: true } : { exitTo: k, entryInto: k, failure: true });
      if (o.kind === 'transition' && o.t.kind === 'entry' && o.t.level === k) return { kind: 'done' };
      return o;
    }
    if (k >= 1) {
      const o = this.stepOnce({ exit: true, failure: true });
      if (o.kind === 'transition' && o.t.kind === 'exit' && !isEntryFailure(o.t.rec)) {
        // Let the outer levels handle it until this level runs again (like stepping over a system call).
        const o2 = await this.runFree({ entryInto: k });
        if (o2.kind === 'transition' && o2.t.kind === 'entry') return { kind: 'done' };
        return o2;
      }
      return o;
    }
    return this.stepOnce(WATCH_ALL);
  }

  private async stepOut(): Promise<Outcome> {
    const lvl = this.level();
    if (this.inExitHandler(lvl)) {
      // Inside an exit handler: run until the handler resumes its guest (level lvl+1 runs again).
      const o = await this.runFree({ entryInto: lvl + 1, failure: true });
      if (o.kind === 'transition' && o.t.kind === 'entry') return { kind: 'done' };
      return o;
    }
    this.retWatch = { level: lvl, depth: this.callDepth(), hit: false };
    try {
      return await this.runFree(WATCH_NONE);
    } finally { this.retWatch = null; }
  }

  // ---------------------------------------------------------------------------------------------- reverse execution

  /** The debugger's state that goes with a snapshot: where it is, and the call stacks tracked so far. */
  private snapshotExtra(): { pc: number; level: number; stacks: CallFrame[][]; inHandler: boolean[] } {
    return { pc: this.pc(), level: this.level(), stacks: this.stacks.map((st) => st.map((f) => ({ ...f }))), inHandler: this.inHandler.slice() };
  }

  private applyExtra(x: unknown): void {
    const e = x as ReturnType<VmxRuntime['snapshotExtra']>;
    this.stacks = e.stacks.map((st) => st.map((f) => ({ ...f })));
    this.inHandler = e.inHandler.slice();
    this.dead = null;
    this.retWatch = null;
    this.temp = null;
    this.hookStop = null;
    this.dataHit = null;
    this.data.refresh(); // watched values as of the restored state
  }

  /** Periodic snapshots (never while re-executing): at stops, and during runs every SNAP_EVERY_MS. */
  private maybeSnapshot(atStop: boolean): void {
    const st = this.store;
    if (!st || this.replay) return;
    const d = this.cpu.icount - (st.newest?.icount ?? 0);
    if (d < SNAP_MIN_INSNS) return;
    const now = performance.now();
    if (!atStop && now - this.lastSnapMs < SNAP_EVERY_MS) return;
    st.take(this.snapshotExtra());
    this.lastSnapMs = now;
  }

  /** The debugger changed the machine: the history before this point can no longer be replayed into it. */
  private noteEdit(): void {
    this.cpu.sysGen++; this.cpu.msrGen++; // a debugger edit may have changed state VMX transitions save or load (cpu.ts)
    this.store?.rebase(this.snapshotExtra());
    this.highWater = this.cpu.icount;
    this.data.refresh();
  }

  private replayHost(): ReplayHost {
    const rt = this; // for the getters below
    return {
      get machine() { return rt.machine; },
      get store() { return rt.store!; },
      setReplay: (m) => { this.replay = m; },
      drainHits: () => {
        const hits = this.replayHits;
        this.replayHits = [];
        return hits.map((h) => ({ ...h, at: h.at ?? this.engine!.here() }));
      },
      breakpointAddresses: () => [...this.bpsAt.keys()],
      breakpointHit: (addr) => this.breakpointWouldStop(addr),
      applyExtra: (x) => this.applyExtra(x),
      pc: () => this.pc(),
      level: () => this.level(),
      lineOf: (pc) => { const l = this.sources.locAt(pc); return l ? `${l.file}:${l.line}` : null; },
      lineStart: (pc) => this.sources.lineStart(pc),
      paused: () => this.pauseRequested || this.disposed,
    };
  }

  /** Whether a forward run would stop at the breakpoints at `addr` now (conditions; hit counts and logpoints left alone). */
  private breakpointWouldStop(addr: number): ReplayHit | null {
    const list = this.bpsAt.get(addr);
    if (!list) return null;
    const env = this.env();
    const ids: number[] = [];
    for (const bp of list) {
      if (bp.logMessage !== undefined) continue;
      if (bp.condition) { try { if (evaluate(bp.condition, env).value === 0n) continue; } catch { /* stops, as forward */ } }
      ids.push(bp.id);
    }
    if (!ids.length) return null;
    const first = list.find((b) => b.id === ids[0])!;
    return { kind: 'breakpoint', at: this.engine!.here(), description: `Breakpoint at ${first.where}`, breakpointIds: ids };
  }

  /** A data breakpoint was hit during a run that went on to the end of its block: go back to just after the write. */
  private async landData(hit: DataHit): Promise<Outcome> {
    if (this.engine && this.cpu.icount !== hit.icount + 1) await this.seekTo({ icount: hit.icount + 1, first: true });
    const info = this.dataStop(hit);
    info.description += `, written by the instruction at ${this.describeAddress(hit.rip)}`;
    return { kind: 'stop', info };
  }

  /** Goes to a recorded state (re-execution arms breakpoints of its own: the user's are put back). */
  private async seekTo(t: Target): Promise<void> {
    try { await this.engine!.seek(t); } finally { this.syncMachineBreakpoints(true); }
  }

  /** Whether stepBack/reverseContinue can go anywhere from here. */
  canReverse(): string | null {
    if (!this.engine || !this.store?.base) return 'reverse execution is not available in a run without debugging';
    const b = this.store.base;
    if (b.icount === this.cpu.icount && this.store.list.length === 1 && b.key === this.engine.here().key) return 'already at the start of the recorded history (program start, or the last change the debugger made to registers, memory or VMCS fields)';
    return null;
  }

  /** Starts stepBack / reverseContinue; the outcome is reported through the listener like a forward step. */
  reverse(kind: 'stepBack' | 'reverseContinue', granularity: Granularity = 'line'): void {
    this.requireStopped();
    const why = this.canReverse();
    if (why) throw new UserError(why);
    const engine = this.engine!;
    const from = engine.here();
    this.state = 'running';
    this.pauseRequested = false;
    this.transitions = [];
    const job: Promise<Outcome> = kind === 'stepBack'
      ? engine.stepBack(granularity).then((p) => ({ kind: 'stop', info: this.backStop(from, p) }))
      : engine.reverseContinue().then((hit) => ({ kind: 'stop', info: this.reverseStop(hit) }));
    job.catch((e: unknown): Outcome => {
      if (e instanceof Paused) return { kind: 'stop', info: { reason: 'pause', description: `Paused during reverse execution at ${this.describeAddress(this.pc())}` } };
      const msg = e instanceof Error ? e.message : String(e);
      if (!(e instanceof UserError)) this.listener.output(`vmxdbg: internal error during reverse execution: ${e instanceof Error ? e.stack ?? msg : msg}\n`, 'stderr');
      return { kind: 'stop', info: { reason: 'exception', description: `Reverse execution failed: ${msg}`, exception: { id: 'reverse', description: msg, details: [] } } };
    }).then((o) => {
      this.syncMachineBreakpoints(true); // re-execution used breakpoints of its own

      this.finish(o);
    });
  }

  private backStop(from: Position, to: Position): StopInfo {
    const where = this.describeAddress(to.pc);
    let across = '';
    if (to.level !== from.level) across = ` — back in L${to.level}, before the VM ${to.level > from.level ? 'exit' : 'entry'}`;
    return { reason: 'step', description: `Stepped back to ${where}${across}` };
  }

  private reverseStop(hit: ReplayHit | null): StopInfo {
    if (!hit) return { reason: 'entry', description: 'Reverse continue reached the start of the recorded history (program start, or the last change the debugger made)' };
    const reason: StopReason = hit.kind === 'breakpoint' ? 'breakpoint' : hit.kind === 'data' ? 'data breakpoint' : 'step';
    const text = typeof hit.description === 'function' ? hit.description() : hit.description;
    return { reason, description: `Reverse continue: ${text}`, ...(hit.breakpointIds ? { hitBreakpointIds: hit.breakpointIds } : {}) };
  }

  // ---------------------------------------------------------------------------------------------- data breakpoints

  /** Replaces the data breakpoints; per spec null (set) or why not. */
  setDataBreakpoints(specs: DataBreakpointSpec[]): (string | null)[] {
    const res = this.data.set(specs);
    this.machine.writeWatch().onWatchedWrite = this.data.size ? (pa) => this.onDataWrite(pa) : null;
    this.machine.setVmxSuccessObserver(this.data.hasVmcsWatches ? () => this.onVmxSuccess() : null);
    return res;
  }

  // ---------------------------------------------------------------------------------------------- guest output

  private onGuestOutput(bytes: Uint8Array): void {
    // Re-executed instructions (reverse execution, or running again over them) already printed.
    if (this.replay || this.cpu.icount + this.cpu.bk < this.highWater) return;
    if (this.outPending + bytes.length > OUTPUT_MAX_PENDING) { this.outDropped += bytes.length; }
    else { this.outChunks.push(bytes.slice()); this.outPending += bytes.length; }
    if (!this.outTimer && !this.disposed) this.outTimer = setTimeout(() => { this.outTimer = null; this.flushOutput(false); }, OUTPUT_FLUSH_MS);
  }

  /** Sends pending guest output (bounded per flush unless `all`). */
  flushOutput(all: boolean): void {
    if (this.outPending === 0 && this.outDropped === 0) return;
    const buf = Buffer.concat(this.outChunks);
    const n = all ? buf.length : Math.min(buf.length, OUTPUT_MAX_PER_FLUSH);
    const rest = buf.subarray(n);
    this.outChunks = rest.length ? [rest] : [];
    this.outPending = rest.length;
    const text = this.decoder.decode(buf.subarray(0, n), { stream: true });
    if (text) this.listener.output(text, 'stdout');
    if (this.outDropped) {
      this.listener.output(`\n[vmxdbg: ${this.outDropped} bytes of guest output dropped (output flood)]\n`, 'important');
      this.outDropped = 0;
    }
    if (this.outPending && !this.outTimer && !this.disposed) this.outTimer = setTimeout(() => { this.outTimer = null; this.flushOutput(false); }, OUTPUT_FLUSH_MS);
  }

  // ---------------------------------------------------------------------------------------------- misc

  /** For evaluate/watch: the guest stack pointer as a linear address. */
  stackPointer(): number {
    const c = this.cpu;
    return c.long64 ? c.getNum(RSP) : c.sbase[SS] + c.sp();
  }
}
