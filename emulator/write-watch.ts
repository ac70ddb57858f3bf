// Write notifications for guest RAM pages, for the debugger: pages written since a snapshot (reverse
// execution) and writes to watched ranges (data breakpoints).
//
// It reuses the memory's self-modifying-code path: every RAM write checks `codePage[page]` and, when
// it is non-zero, calls `mem.onCodeWrite(pa)` after the write (bulk string writes call it once per
// page with the page address). Pages we watch carry the mark bit MARK_WATCH (the other bits belong to
// the executor and the TLB). Nothing is added to the write path: unwatched pages cost nothing, and a
// page armed for "first write" costs one call, after which it is disarmed.
import type { PhysMemory } from './memory/phys-memory';
import { PAGE_SHIFT, MARK_WATCH } from './memory/phys-memory';

const FIRST = 1, EVERY = 2;

export class WriteWatch {
  /** Per page: FIRST (report the next write once), EVERY (report every write). */
  private readonly armed: Uint8Array;
  private readonly pageCount: number;
  /** Called once per page for the first write after `armAll()`. */
  onFirstWrite: ((page: number) => void) | null = null;
  /** Called for every write to a page marked with `watchPages` (pa is the write's start, or the page start for bulk writes). */
  onWatchedWrite: ((pa: number) => void) | null = null;
  /** Called when the machine loads a program (memory is all zero again). */
  onReset: (() => void) | null = null;

  constructor(private readonly mem: PhysMemory) {
    this.pageCount = mem.size >>> PAGE_SHIFT;
    this.armed = new Uint8Array(this.pageCount);
    const invalidate = mem.onCodeWrite;
    mem.onCodeWrite = (pa, len) => this.written(pa, len, invalidate);
  }

  private written(pa: number, len: number, invalidate: (pa: number, len: number) => void): void {
    const p0 = pa >>> PAGE_SHIFT;
    // A write may straddle into the next page; the memory reports it once.
    const p1 = Math.min((pa + len - 1) >>> PAGE_SHIFT, this.pageCount - 1);
    const a = this.armed;
    let every = false;
    for (let p = p0; p <= p1; p++) {
      const m = a[p];
      if (m & FIRST) { a[p] = m & ~FIRST; this.onFirstWrite?.(p); }
      if (m & EVERY) every = true;
    }
    invalidate(pa, len);
    if (every) this.onWatchedWrite?.(pa);
    const cp = this.mem.codePage;
    for (let p = p0; p <= p1; p++) { if (a[p] !== 0) cp[p] |= MARK_WATCH; else cp[p] &= ~MARK_WATCH; }
  }

  /** Reports the next write to every page once (start of a snapshot interval). */
  armAll(): void {
    const a = this.armed, cp = this.mem.codePage;
    for (let p = 0; p < this.pageCount; p++) { a[p] |= FIRST; cp[p] |= MARK_WATCH; }
  }

  /** Replaces the set of pages whose every write is reported. */
  watchPages(pages: Iterable<number>): void {
    const a = this.armed;
    for (let p = 0; p < this.pageCount; p++) a[p] &= ~EVERY;
    for (const p of pages) if (p >= 0 && p < this.pageCount) a[p] |= EVERY;
    this.rearm();
  }

  /** Restores the marks after the executor cleared every code mark (flushBlocks). */
  rearm(): void {
    const a = this.armed, cp = this.mem.codePage;
    for (let p = 0; p < this.pageCount; p++) { if (a[p] !== 0) cp[p] |= MARK_WATCH; else cp[p] &= ~MARK_WATCH; }
  }

  /** Program load: RAM is zero, nothing has been written yet (watched ranges stay watched). */
  reset(): void {
    const a = this.armed;
    for (let p = 0; p < this.pageCount; p++) a[p] &= EVERY;
    this.onReset?.();
    this.rearm();
  }
}
