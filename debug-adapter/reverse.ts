/**
 * Reverse execution (DAP `stepBack` and `reverseContinue`) by snapshots and deterministic
 * re-execution. The emulator's time is the instruction counter (the TSC and the APIC timer advance
 * per retired instruction), so restoring the nearest earlier snapshot and running forward reaches
 * any earlier state exactly.
 *
 * A state is named by a Position: its instruction count and positionKey() (registers, flags, control
 * registers, VMX event counts). Several states share an instruction count (a VM exit or a fault is
 * delivered without retiring an instruction), so going to a Position runs quickly to the first state
 * with the count just below it, then one step at a time, stopping after every VM transition, until
 * the key matches. A one-shot breakpoint at the Position's address also stops the steps where a
 * stop happened between an event delivery and the next instruction (a breakpoint on an interrupt
 * handler).
 *
 *   stepBack         the state just before the current one in that sequence (instruction granularity); with
 *                    line granularity, at the current level: the start of the previous source line, where
 *                    outer levels handling this level's exits belong to the instruction that exited (the
 *                    reverse of step over); from the start of an exit handler, back to the guest
 *                    instruction that caused the exit; from a level's first instruction, back to the
 *                    level that started it (the reverse of step into);
 *   reverseContinue  the latest earlier state where a breakpoint (with its condition), a data
 *                    breakpoint, a VM exit or a VMX instruction failure would have stopped, scanning back
 *                    one snapshot interval at a time; the start of the recorded history if there is none.
 *
 * The history starts at program load, or at the last change the debugger made to the machine
 * (registers, memory, VMCS fields, RIP): those cannot be replayed, so they rebase the history.
 */
import type { Machine } from '../emulator/machine';
import type { SnapshotStore, Snapshot } from '../emulator/snapshot';
import { positionKey } from '../emulator/snapshot';
import { UserError } from './util';

/** A state of the run: instruction count, identity key, linear RIP and nesting level. */
export interface Position { icount: number; key: string; pc: number; level: number }
/** The first state whose instruction count is `icount` (just after that instruction retired). */
export interface FirstAt { icount: number; first: true }
export type Target = Position | FirstAt;

export type ReplayMode = 'fast' | 'fine' | 'scan';

/** Something that would have stopped a forward run (reverseContinue stops at the latest one). */
export interface ReplayHit {
  kind: 'breakpoint' | 'exit' | 'failure' | 'data';
  at: Target;
  /** stop description, e.g. "VM exit L1->L0: CPUID (10)..." (a function: computed at the stop) */
  description: string | (() => string);
  breakpointIds?: number[];
}

/** What the engine needs from the debugger runtime. */
export interface ReplayHost {
  readonly machine: Machine;
  readonly store: SnapshotStore;
  /** Hooks' behaviour while replaying: 'fast' never stops, 'fine' stops after every VM transition, 'scan' stops and records hits. */
  setReplay(mode: ReplayMode | null): void;
  /** Hits recorded by the hooks (VM exits, failures, data breakpoints) since the last call, oldest first. */
  drainHits(): ReplayHit[];
  /** Addresses of the user's breakpoints and, for one of them, the hit it is now (condition checked, no side effects). */
  breakpointAddresses(): number[];
  breakpointHit(address: number): ReplayHit | null;
  /** The debugger's own state that snapshots carry (call stacks...). */
  applyExtra(extra: unknown): void;
  pc(): number;
  level(): number;
  /** "file:line" of an address for line-granularity stepping, or null without source. */
  lineOf(pc: number): string | null;
  lineStart(pc: number): number;
  /** A pause request arrived. */
  paused(): boolean;
}

/** Fine steps before giving up on finding a position (the window it lies in is known, so this is a safety net). */
const MAX_FINE_STEPS = 2_000_000;
/** Instructions looked back for the previous line; grows by 8x up to the limit. */
const LINE_WINDOW = 64, LINE_WINDOW_MAX = 1 << 18;
const SLICE_MS = 10;
const yieldToEventLoop = () => new Promise<void>((r) => setImmediate(r));

export class Paused extends Error {}

export class ReverseEngine {
  constructor(private readonly h: ReplayHost) {}

  private get m(): Machine { return this.h.machine; }

  here(): Position {
    const m = this.m;
    return { icount: m.cpu.icount, key: positionKey(m), pc: this.h.pc(), level: this.h.level() };
  }

  private same(a: Position, b: Position): boolean { return a.icount === b.icount && a.key === b.key; }

  /** Restores a snapshot with the debugger's state that goes with it. */
  restore(s: Snapshot): void {
    const extra = this.h.store.restore(s);
    this.h.applyExtra(extra);
  }

  /** The snapshot to replay from for a state with instruction count `icount` (strictly earlier count, else the base). */
  private startFor(icount: number): Snapshot {
    const st = this.h.store;
    const base = st.base;
    if (!base) throw new UserError('no execution history is recorded');
    const s = st.find((x) => x.icount < icount) ?? base;
    if (s.icount > icount) throw new UserError('that point is before the start of the recorded history');
    return s;
  }

  /** Goes to `t` (a state of the recorded history). */
  async seek(t: Target): Promise<void> {
    this.restore(this.startFor(t.icount));
    if ('first' in t) { await this.drive(t.icount, null, false, null); return; }
    await this.drive(t.icount - 1, null, false, null);
    await this.drive(t.icount, t, false, null);
  }

  /**
   * Runs forward (replay mode): to the first state with instruction count `icount` when `goal` is
   * null, else one step at a time until the state is `goal`. With `scan`, the user's breakpoints are
   * armed and every hit is passed to `hits`. Throws when the run cannot reach its goal.
   */
  private async drive(icount: number, goal: Position | null, scan: boolean, hits: ((h: ReplayHit) => void) | null, record?: Position[]): Promise<void> {
    const m = this.m, c = m.cpu, ex = m.exec, h = this.h;
    const bps = ex.breakpoints;
    bps.clear();
    const user = scan ? new Set(h.breakpointAddresses()) : new Set<number>();
    for (const a of user) bps.add(a);
    if (goal) bps.add(goal.pc);
    let skip = false;
    let last = performance.now();
    let steps = 0, idle = 0;
    try {
      for (;;) {
        if (goal) {
          if (c.icount === goal.icount && positionKey(m) === goal.key) return;
          if (c.icount > goal.icount || ++steps > MAX_FINE_STEPS) throw new UserError(`re-execution did not reach the recorded state at instruction ${goal.icount} (the run is not deterministic here)`);
        } else if (c.icount >= icount) return;
        h.setReplay(scan ? 'scan' : goal ? 'fine' : 'fast');
        ex.skipBreakpointOnce = skip;
        const before = c.icount;
        const s = m.run(goal ? 1 : icount - c.icount);
        skip = false;
        if (s.reason === 'breakpoint') {
          skip = true;
          if (scan && user.has(s.address)) { const hit = h.breakpointHit(s.address); if (hit) hits!(hit); }
        } else if (s.reason === 'halted' || s.reason === 'triple-fault' || s.reason === 'vmx-abort' || s.reason === 'shutdown' || s.reason === 'exit' || s.reason === 'not-implemented') {
          throw new UserError(`re-execution stopped early (${s.reason}${'detail' in s ? `: ${s.detail}` : ''}) at instruction ${c.icount}`);
        }
        for (const hit of h.drainHits()) if (scan) hits!(hit);
        if (record && goal) {
          const p = this.here();
          if (!this.same(p, record[record.length - 1])) record.push(p);
        }
        idle = c.icount === before ? idle + 1 : 0;
        if (idle > MAX_FINE_STEPS) throw new UserError(`re-execution makes no progress at instruction ${c.icount}`);
        const now = performance.now();
        if (now - last >= SLICE_MS) {
          h.setReplay(null);
          await yieldToEventLoop();
          last = performance.now();
          if (h.paused()) throw new Paused('paused');
        }
      }
    } finally {
      h.setReplay(null);
      bps.clear();
    }
  }

  /** Steps back one instruction, or to the start of the previous source line. */
  async stepBack(granularity: 'instruction' | 'line'): Promise<Position> {
    const t = this.here();
    const base = this.h.store.base;
    if (!base) throw new UserError('no execution history is recorded');
    let window = LINE_WINDOW;
    for (;;) {
      const from = Math.max(base.icount, t.icount - window);
      const s = this.startFor(from + 1);
      if (s.icount === t.icount && s.key === t.key) throw new UserError(this.startMessage());
      this.restore(s);
      if (from > s.icount) await this.drive(from, null, false, null);
      const seq: Position[] = [this.here()];
      await this.drive(t.icount, t, false, null, seq);
      const k = seq.length - 1; // seq[k] is t
      const canGrow = from > base.icount && window < LINE_WINDOW_MAX;
      if (k === 0) {
        if (canGrow) { window *= 8; continue; }
        throw new UserError(this.startMessage());
      }
      const target = granularity === 'instruction' ? seq[k - 1] : this.previousLine(seq, t, canGrow);
      if (target === 'grow') { window *= 8; continue; }
      await this.seek(target);
      return target;
    }
  }

  /** Line-granularity target in `seq` (ending with `t`), or 'grow' when the window is too short to tell. */
  private previousLine(seq: Position[], t: Position, canGrow: boolean): Position | 'grow' {
    const k = seq.length - 1, lvl = t.level;
    const latest = (pred: (p: Position) => boolean): number => { let i = k - 1; while (i >= 0 && !pred(seq[i])) i--; return i; };
    const j = latest((p) => p.level === lvl);
    if (j < 0) {
      if (canGrow) return 'grow';
      // The level's first instruction: back to the level that started it (its VMLAUNCH), else the previous state.
      const i = latest((p) => p.level === lvl - 1);
      return seq[i >= 0 ? i : k - 1];
    }
    // A guest ran since this level's previous instruction: this is the start of an exit handler; go back to
    // the guest instruction that caused the exit.
    if (seq.slice(j + 1, k).some((p) => p.level > lvl)) return seq[latest((p) => p.level > lvl)];
    // Otherwise outer levels at most handled this level's exit: the previous line of this level.
    const line = this.lineKey(seq[j]);
    let cur = j;
    while (line !== null && seq[cur].pc !== this.h.lineStart(seq[cur].pc)) {
      let p = cur - 1;
      while (p >= 0 && seq[p].level < lvl) p--;
      if (p < 0) return canGrow ? 'grow' : seq[cur];
      if (seq[p].level !== lvl || this.lineKey(seq[p]) !== line) break;
      cur = p;
    }
    return seq[cur];
  }

  private lineKey(p: Position): string | null {
    const l = this.h.lineOf(p.pc);
    return l === null ? null : `L${p.level} ${l}`;
  }

  private startMessage(): string {
    return 'already at the start of the recorded history (program start, or the last change the debugger made to registers, memory or VMCS fields)';
  }

  /**
   * Goes back to the latest earlier state where a forward run would have stopped; returns that hit,
   * or null after going to the start of the recorded history.
   */
  async reverseContinue(): Promise<ReplayHit | null> {
    const store = this.h.store;
    let end = this.here();
    let s = this.startFor(end.icount);
    if (s.icount === end.icount && s.key === end.key) throw new UserError(this.startMessage());
    for (;;) {
      const found: ReplayHit[] = [];
      this.restore(s);
      const collect = (hit: ReplayHit) => { found.push(hit); if (found.length > 8) found.shift(); };
      if (end.icount - 1 > s.icount) await this.drive(end.icount - 1, null, true, collect);
      await this.drive(end.icount, end, true, collect);
      // The latest hit strictly before `end`.
      while (found.length) {
        const hit = found.pop()!;
        if ('key' in hit.at && this.same(hit.at, end)) continue;
        await this.seek(hit.at);
        if (this.same(this.here(), end)) continue;
        return hit;
      }
      const i = store.list.indexOf(s);
      if (i <= 0) { this.restore(s); return null; }
      const prev = store.list[i - 1];
      end = { icount: s.icount, key: s.key, pc: (s.extra as { pc?: number } | undefined)?.pc ?? 0, level: (s.extra as { level?: number } | undefined)?.level ?? 0 };
      s = prev;
    }
  }
}
