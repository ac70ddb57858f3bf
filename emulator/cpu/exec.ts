// The run loop: block lookup/compile (cached per physical address, invalidated by code writes),
// instruction dispatch, event checks at instruction boundaries, fault delivery.
import type { Cpu } from './cpu';
import { ACC_X } from './cpu';
import { Insn, Exec } from './insn';
import { decodeBlock, decodeOne } from './decode';
import { compileInsn } from './ops';
import { jitBlock, BlockFn } from './jit';
import { CpuFault, NotImplemented, GP, DB, VmExitSignal } from './faults';
import { deliverEvent, EVENT_EXCEPTION, EVENT_EXTERNAL, EVENT_NMI, TripleFault } from './interrupts';
import { CS } from './regs';
import { TF, IF, RF } from './flags';
import { PAGE_SHIFT, PAGE_SIZE, MARK_CODE } from '../memory/phys-memory';

export interface InterruptSource {
  nextDeadline(): number;
  advance(tsc: number): void;
  pendingVector(): number;
  acknowledge(): number;
}

/** signalBoundary results */
export const SIGNAL_NONE = 0, SIGNAL_DONE = 1, SIGNAL_DELIVER_NMI = 2;
const NMI_VECTOR = 2;

export type RunStop =
  | { reason: 'budget' }
  | { reason: 'stop-request' }
  | { reason: 'breakpoint'; address: number }
  | { reason: 'halted' }
  | { reason: 'triple-fault'; detail: string }
  | { reason: 'not-implemented'; message: string }
  | { reason: 'magic-breakpoint' }
  | { reason: 'shutdown' }
  | { reason: 'vmx-abort'; code: number; detail: string }
  | { reason: 'exit'; code: number }
  | { reason: 'event'; detail: string };

interface Block {
  insns: Insn[]; n: number; bytes: number; pa: number; key: number; hits: number; fn: BlockFn | null | undefined;
  /** invalidated by a code write */
  dead: boolean;
  // Two successor links (taken / fall-through), valid for one cpu.tlbGeneration.
  ip1: number; g1: number; n1: Block | null;
  ip2: number; g2: number; n2: Block | null;
}
function newBlock(insns: Insn[], n: number, bytes: number, pa: number, key: number, fn: BlockFn | null | undefined): Block {
  return { insns, n, bytes, pa, key, hits: 0, fn, dead: false, ip1: NaN, g1: -1, n1: null, ip2: NaN, g2: -1, n2: null };
}

/** Executions of a block before it is compiled to a JavaScript function. */
const JIT_THRESHOLD = 8;

const MAX_BLOCK = 64;

export class Executor {
  private blocks = new Map<number, Block>();
  private pageBlocks = new Map<number, Block[]>();
  /** Per code page: 1 for each byte that a live block decoded. */
  private codeBytes = new Map<number, Uint8Array>();
  /** Linear addresses where execution stops before the instruction runs. */
  readonly breakpoints = new Set<number>();
  /** Skip the breakpoint at the current RIP once (resuming from it). */
  skipBreakpointOnce = false;
  interrupts: InterruptSource | null = null;
  /** VMX: wraps instructions compiled for non-root operation (they may exit). */
  nonRootWrap: ((d: Insn, e: Exec) => Exec) | null = null;
  /** VMX: instruction-boundary checks in non-root operation; returns true if a VM exit happened. */
  nonRootBoundary: (() => boolean) | null = null;
  /**
   * INIT, SIPI and NMI at an instruction boundary (vmx/signals.ts): SIGNAL_NONE, SIGNAL_DONE when they ended the
   * boundary (a VM exit or c.pendingStop), SIGNAL_DELIVER_NMI to deliver an NMI through the IDT.
   */
  signalBoundary: (() => number) | null = null;
  /** VMX: a VM exit after each non-root instruction (monitor trap flag) when this returns true. */
  mtfActive: (() => boolean) | null = null;
  mtfExit: (() => void) | null = null;
  /** VMX: TSC up to which compiled non-root blocks may chain without the boundary checks (-1: not at all). */
  nonRootChainLimit: (() => number) | null = null;
  /** VMX: a triple fault in non-root operation is a VM exit (returns true if it handled it). */
  onTripleFault: (() => boolean) | null = null;
  /** Last fault delivered (for stop descriptions). */
  lastFault: CpuFault | null = null;
  stats = { blocksCompiled: 0, blocksJitted: 0, invalidations: 0 };
  /** Block that just ran and wants a link to its successor. */
  private prev: Block | null = null;
  private prevGen = -1;
  /** Compile hot blocks to JavaScript (off: interpret every instruction; used by equivalence tests). */
  jit = true;

  constructor(readonly cpu: Cpu) {
    cpu.mem.onCodeWrite = (pa, len) => this.codeWritten(pa, len);
  }

  /**
   * Self-modifying code: a write of `len` bytes at `pa` kills the blocks whose bytes it overlaps. Data that
   * shares a page with code (hypervisor save areas, VMCS regions beside handlers) leaves the code's blocks alive.
   */
  codeWritten(pa: number, len: number): void {
    const end = pa + len;
    for (let page = pa >>> PAGE_SHIFT; page <= (end - 1) >>> PAGE_SHIFT; page++) {
      const map = this.codeBytes.get(page);
      if (map === undefined) { this.cpu.mem.codePage[page] &= ~MARK_CODE; continue; }
      const base = page << PAGE_SHIFT;
      const lo = Math.max(pa, base) - base, hi = Math.min(end, base + PAGE_SIZE) - base;
      let hit = false;
      for (let o = lo; o < hi; o++) if (map[o] !== 0) { hit = true; break; }
      if (!hit) continue;
      const list = this.pageBlocks.get(page)!;
      const keep: Block[] = [];
      for (const b of list) {
        if (b.pa < base + hi && b.pa + b.bytes > base + lo) { this.blocks.delete(b.key); b.dead = true; }
        else keep.push(b);
      }
      this.stats.invalidations++;
      if (keep.length === 0) { this.pageBlocks.delete(page); this.codeBytes.delete(page); this.cpu.mem.codePage[page] &= ~MARK_CODE; continue; }
      this.pageBlocks.set(page, keep);
      map.fill(0);
      for (const b of keep) map.fill(1, b.pa - base, b.pa - base + b.bytes);
    }
  }

  flushBlocks(): void {
    for (const b of this.blocks.values()) b.dead = true;
    this.blocks.clear();
    this.pageBlocks.clear();
    this.codeBytes.clear();
    const cp = this.cpu.mem.codePage;
    for (let p = 0; p < cp.length; p++) if (cp[p] !== 0) cp[p] &= ~MARK_CODE;
  }

  /** Linear address of the current instruction. */
  ripLinear(): number {
    const c = this.cpu;
    return c.long64 ? c.rip : (c.sbase[CS] + c.rip) >>> 0;
  }

  private fetchBlock(la: number): Block {
    const c = this.cpu;
    const pa = c.xlate ? c.translate(la, ACC_X, c.cpl === 3) : la;
    const key = pa * 8 + (c.bits >> 4) * 2 + (c.nonRoot ? 1 : 0);
    const hit = this.blocks.get(key);
    if (hit) return hit;
    return this.compile(la, pa, key);
  }

  private compile(la: number, pa: number, key: number): Block {
    const c = this.cpu;
    const mem = c.mem;
    const pageEnd = (Math.floor(pa / 4096) + 1) * 4096;
    const inRam = pa < mem.size;
    const end = Math.min(pageEnd, pa + MAX_BLOCK * 15);
    const window = inRam ? mem.u8.subarray(pa, Math.min(end, mem.size)) : mem.readBytes(pa, end - pa);
    const bps = this.breakpoints;
    const { insns, truncatedAt } = decodeBlock(window, c.bits, la, MAX_BLOCK, bps.size ? (off) => bps.has(la + off) : undefined);
    if (insns.length === 0 && truncatedAt === 0) {
      // The instruction crosses into the next page: decode from both pages, uncached.
      const bytes = new Uint8Array(15);
      for (let k = 0; k < 15; k++) {
        try { bytes[k] = c.readLin8(la + k, c.cpl === 3); } catch (e) { if (k === 0) throw e; break; }
      }
      const { insn } = decodeOne(bytes, c.bits, la);
      insn.exec = this.compileFor(insn);
      return newBlock([insn], 1, insn.len, pa, -1, null);
    }
    for (const d of insns) d.exec = this.compileFor(d);
    let bytes = 0;
    for (const d of insns) bytes += d.len;
    const block = newBlock(insns, insns.length, bytes, pa, key, inRam ? undefined : null);
    if (inRam) {
      this.blocks.set(key, block);
      const page = Math.floor(pa / 4096);
      let list = this.pageBlocks.get(page);
      if (!list) this.pageBlocks.set(page, (list = []));
      list.push(block);
      let map = this.codeBytes.get(page);
      if (map === undefined) this.codeBytes.set(page, (map = new Uint8Array(PAGE_SIZE)));
      map.fill(1, pa - page * PAGE_SIZE, pa - page * PAGE_SIZE + bytes);
      mem.codePage[page] |= MARK_CODE;
    }
    this.stats.blocksCompiled++;
    return block;
  }

  /** Compiles an instruction for the current root/non-root state. */
  private compileFor(d: Insn): Exec {
    const e = compileInsn(d);
    return this.cpu.nonRoot && this.nonRootWrap ? this.nonRootWrap(d, e) : e;
  }

  /** Decodes the instruction at the current RIP without executing it (debugger, descriptions). */
  peekInsn(): Insn | null {
    try { return this.fetchBlock(this.ripLinear()).insns[0] ?? null; } catch { return null; }
  }

  /** Runs up to `budget` instructions. */
  run(budget: number): RunStop {
    const c = this.cpu;
    let left = budget;
    c.pendingStop = null;
    while (left > 0) {
      if (c.stopRequest) { c.stopRequest = false; return { reason: 'stop-request' }; }
      if ((c.pendingInit || c.pendingSipi >= 0 || c.pendingNmi) && this.signalBoundary) {
        const sig = this.signalBoundary();
        if (sig === SIGNAL_DELIVER_NMI) {
          c.halted = false;
          const r = this.deliver(NMI_VECTOR, EVENT_NMI, undefined, c.rip);
          if (r) return r;
          continue;
        }
        if (sig !== SIGNAL_NONE) {
          if (c.pendingStop) { const s = c.pendingStop; c.pendingStop = null; return s; }
          continue;
        }
      }
      // Timer events due by now are raised before the boundary checks see what is pending (a VM exit for an
      // interrupt that became due happens here, not one block later).
      const ints = this.interrupts;
      if (ints !== null && c.tsc >= ints.nextDeadline()) ints.advance(c.tsc);
      if (c.nonRoot && this.nonRootBoundary) {
        if (this.nonRootBoundary()) { if (c.pendingStop) { const s = c.pendingStop; c.pendingStop = null; return s; } continue; }
      }
      // ---- events at the instruction boundary (SDM Vol 3A 6.9 priorities, simplified: external interrupts)
      if (ints) {
        if (c.halted) {
          if (ints.pendingVector() < 0 || !(c.flags & IF)) {
            // In non-root operation a pending interrupt or the preemption timer may end the halt with a VM exit.
            const wake = c.nonRoot && c.vmx ? Math.min(ints.nextDeadline(), c.vmx.preemptionDeadline()) : ints.nextDeadline();
            if (c.nonRoot && ints.pendingVector() >= 0) { if (this.nonRootBoundary && this.nonRootBoundary()) continue; }
            if (c.nonRoot && wake !== Infinity) { if (wake > c.tsc) c.tscAdjust += wake - c.tsc; ints.advance(c.tsc); if (this.nonRootBoundary && this.nonRootBoundary()) continue; }
            const dl = ints.nextDeadline();
            if (dl === Infinity || !(c.flags & IF)) return { reason: 'halted' };
            // Skip idle time to the next timer event (TSC keeps running while halted).
            c.tscAdjust += dl - c.tsc;
            ints.advance(c.tsc);
            continue;
          }
        }
        if (c.shadow === 0 && c.flags & IF && ints.pendingVector() >= 0) {
          const v = ints.acknowledge();
          if (v >= 0) {
            c.halted = false;
            const r = this.deliver(v, EVENT_EXTERNAL, undefined, c.rip);
            if (r) return r;
            continue;
          }
        }
      }
      if (c.halted) return { reason: 'halted' };
      const la = this.ripLinear();
      if (this.breakpoints.size !== 0 && this.breakpoints.has(la)) {
        if (this.skipBreakpointOnce) this.skipBreakpointOnce = false;
        else return { reason: 'breakpoint', address: la };
      }
      this.skipBreakpointOnce = false;
      const start = c.rip;
      let k = 0;
      try {
        // The previous block's link to this RIP, made under the same TLB generation, saves the lookup (VMX
        // transitions keep their generations, cpu.ts restoreFetchEpoch); else fetch and link.
        const prev = this.prev, gen = c.tlbGeneration;
        let blk: Block;
        if (prev !== null && prev.ip1 === c.rip && prev.g1 === gen && prev.n1 !== null && !prev.n1.dead) { blk = prev.n1; this.prev = null; }
        else if (prev !== null && prev.ip2 === c.rip && prev.g2 === gen && prev.n2 !== null && !prev.n2.dead) { blk = prev.n2; this.prev = null; }
        else {
          blk = this.fetchBlock(la);
          if (prev !== null) {
            this.prev = null;
            if (this.prevGen === gen && blk.key >= 0) {
              if (prev.n1 === null || prev.g1 !== gen) { prev.ip1 = c.rip; prev.g1 = gen; prev.n1 = blk; }
              else { prev.ip2 = c.rip; prev.g2 = gen; prev.n2 = blk; }
            }
          }
        }
        let n = blk.n;
        if (n > left) n = left;
        const blkNonRoot = c.nonRoot;
        const mtf = c.nonRoot && this.mtfActive !== null && this.mtfActive();
        const shadowBefore = c.shadow;
        const single = c.shadow !== 0 || (c.flags & TF) !== 0 || mtf;
        if (single) n = 1;
        const insns = blk.insns;
        let ip = c.rip;
        if (n === blk.n && !single && blk.fn !== null && this.jit
          && (c.long64 || (ip + blk.bytes - 1 <= c.slimit[CS] && ip + blk.bytes <= (c.bits === 16 ? 0x10000 : 4294967296)))) {
          let fn: BlockFn | null | undefined = blk.fn;
          if (fn === undefined && ++blk.hits >= JIT_THRESHOLD) {
            fn = jitBlock(insns, c.bits);
            blk.fn = fn;
            if (fn) this.stats.blocksJitted++;
          }
          if (fn && !mtf) {
            // Fast path: run compiled blocks back to back along their links until an event is due,
            // the budget ends, a stop is requested, or a link is missing.
            const deadline = ints ? ints.nextDeadline() - c.tscAdjust : Infinity;
            const bps = this.breakpoints.size !== 0 ? this.breakpoints : null;
            // In VMX non-root operation a chain also ends where a boundary check could fire (nonRootChainLimit)
            // and when an interrupt becomes pending; a VM entry or exit ends it too.
            const guest = c.nonRoot;
            const guestLimit = !guest ? Infinity : this.nonRootChainLimit !== null ? this.nonRootChainLimit() : -1;
            let b = blk;
            for (;;) {
              c.bk = 0;
              try { fn(c, b.insns); } catch (e) { k = c.bk; throw e; }
              c.bk = 0;
              c.icount += b.n;
              left -= b.n;
              // A VMX transition ends the chain (the boundary checks run first), keeping this block as the one to
              // link to the code the other side resumes at.
              if (c.nonRoot !== guest) { this.prev = b; this.prevGen = c.tlbGeneration; break; }
              if (c.pendingStop !== null || c.stopRequest || c.icount >= deadline || c.halted) break;
              if (c.pendingNmi || c.pendingInit || c.pendingSipi >= 0 || (guest && (c.tsc >= guestLimit || (ints !== null && ints.pendingVector() >= 0)))) break;
              const nip = c.rip, gen = c.tlbGeneration;
              let nb: Block | null = null;
              if (b.ip1 === nip && b.g1 === gen) nb = b.n1; else if (b.ip2 === nip && b.g2 === gen) nb = b.n2;
              if (nb === null || nb.dead) { this.prev = b; this.prevGen = gen; break; }
              if (nb.n > left || !(nb.fn) || (c.flags & TF) !== 0 || c.shadow !== 0) { this.prev = b; this.prevGen = gen; break; }
              if (bps !== null && bps.has(c.long64 ? nip : (c.sbase[CS] + nip) >>> 0)) { this.prev = null; break; }
              if (!c.long64 && (nip + nb.bytes - 1 > c.slimit[CS] || nip + nb.bytes > (c.bits === 16 ? 0x10000 : 4294967296))) { this.prev = null; break; }
              b = nb; fn = nb.fn;
            }
            c.flags &= ~RF;
            if (c.pendingStop) { const s = c.pendingStop; c.pendingStop = null; return s; }
            continue;
          }
        }
        if (c.long64) {
          for (; k < n; k++) {
            const d = insns[k];
            c.rip = ip; c.nrip = ip + d.len; c.bk = k;
            d.exec(c, d);
            ip = c.nrip;
          }
        } else {
          // CS limit and IP wrap (SDM Vol 3A 5.3): checked per instruction outside 64-bit mode.
          const mask = c.bits === 16 ? 0xffff : 0xffffffff;
          const limit = c.slimit[CS];
          for (; k < n; k++) {
            const d = insns[k];
            if (ip + d.len - 1 > limit) throw new CpuFault(GP, 0, `instruction at 0x${ip.toString(16)} beyond CS limit 0x${limit.toString(16)}`);
            c.rip = ip; c.nrip = (ip + d.len) & mask; c.bk = k;
            if (mask === 0xffffffff) c.nrip = (ip + d.len) >>> 0;
            d.exec(c, d);
            ip = c.nrip;
          }
        }
        c.rip = ip;
        c.bk = 0;
        c.icount += k;
        left -= k;
        // A whole block that made a VMX transition links to where the other side resumes (as the chain loop does).
        if (k === blk.n && c.nonRoot !== blkNonRoot && blk.key >= 0) { this.prev = blk; this.prevGen = c.tlbGeneration; }
        if (mtf && k > 0 && c.nonRoot && this.mtfExit) this.mtfExit();
        if (single) {
          // Only a shadow that existed before this instruction expires; one it just created stays (SDM 6.8.3),
          // and a MOV SS/POP SS shadow also suppresses the single-step trap.
          const shadowNew = shadowBefore === 0 && c.shadow !== 0;
          if (shadowBefore !== 0 && k > 0) c.shadow = 0;
          if (c.flags & TF && k > 0 && !c.pendingStop && !shadowNew) {
            c.dr[6] = (c.dr[6] | 0x4000) >>> 0; // DR6.BS
            const r = this.deliver(DB, EVENT_EXCEPTION, undefined, c.rip);
            if (r) return r;
          }
        }
        c.flags &= ~RF;
        if (c.pendingStop) { const s = c.pendingStop; c.pendingStop = null; return s; }
      } catch (e) {
        c.bk = 0;
        c.icount += k;
        left -= k;
        if (e instanceof CpuFault) {
          // Faults restore RIP to the faulting instruction (SDM Vol 3A 6.5).
          if (k === 0) c.rip = start;
          this.lastFault = e;
          const r = this.deliver(e.vector, EVENT_EXCEPTION, e.errorCode, c.rip, e);
          if (r) return r;
          left--;
          continue;
        }
        if (e instanceof VmExitSignal) {
          if (k === 0) c.rip = start;
          e.perform();
          if (c.pendingStop) { const s = c.pendingStop; c.pendingStop = null; return s; }
          left--;
          continue;
        }
        if (e instanceof NotImplemented) return { reason: 'not-implemented', message: e.message };
        if (e instanceof StopSignal) { c.icount += e.retired; left -= e.retired; return e.stop; }
        throw e;
      }
    }
    return { reason: 'budget' };
  }

  private deliver(vector: number, type: number, errorCode: number | undefined, rip: number, fault?: CpuFault): RunStop | null {
    const c = this.cpu;
    try {
      c.vectoringInfo = c.nonRoot ? (0x80000000 | (type << 8) | vector | (errorCode !== undefined ? 0x800 : 0)) : 0;
      c.vectoringError = errorCode ?? 0;
      try { deliverEvent(c, vector, type, errorCode, rip); } finally { c.vectoringInfo = 0; }
    } catch (e) {
      if (e instanceof VmExitSignal) {
        c.rip = rip;
        c.vectoringInfo = 0x80000000 | (type << 8) | vector | (errorCode !== undefined ? 0x800 : 0);
        e.perform();
        const s = c.pendingStop; c.pendingStop = null; return s;
      }
      if (e instanceof TripleFault) {
        if (c.nonRoot && this.onTripleFault && this.onTripleFault()) return c.pendingStop;
        return { reason: 'triple-fault', detail: `${e.message}${fault ? ` (first fault: ${fault.toString()})` : ''}` };
      }
      if (e instanceof NotImplemented) return { reason: 'not-implemented', message: e.message };
      throw e;
    }
    return c.pendingStop;
  }
}

/** Thrown by an instruction that must end the run after it retires (e.g. a VM exit the debugger stops on). */
export class StopSignal {
  constructor(readonly stop: RunStop, readonly retired = 1) {}
}
