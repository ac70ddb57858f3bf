/**
 * Data breakpoints (watchpoints), access type "write":
 *
 *  - memory ranges, given by an expression (`qword [0x5000]`, `dword [rsp+8]`, a label = the qword at
 *    it) or an address and a size. The range is translated to physical addresses when the breakpoint
 *    is set (through the paging and EPT in force then) and watched there. A write that changes the
 *    watched bytes, or that starts inside them, stops the run just after the writing instruction
 *    (writes during event delivery or a VM exit: after the next instruction). Reads cannot be watched:
 *    the memory path has no read notifications.
 *  - VMCS fields by name (`vmcs.GUEST_RIP`, `vmcs[0x681e]`): the value of the field in the current
 *    VMCS; a VMX instruction that changes it (VMWRITE, or VMPTRLD/VMCLEAR switching the current
 *    VMCS) stops right after the instruction, a VM exit that changes it stops at the handler.
 *
 * Conditions and hit counts are evaluated at the write. dataIds are `mem:<address>:<size>` and
 * `vmcs:<encoding>`.
 */
import type { Machine } from '../emulator/machine';
import { lookupVmcsEncoding, lookupVmcsName, vmcsFieldSupported } from '../emulator/vmx/arch';
import type { DebugMemory } from './memory';
import { UserError, hex, hexBytes } from './util';

export interface DataBreakpointSpec { id: number; dataId: string; accessType?: string; condition?: string; hitCondition?: string }

interface Common { spec: DataBreakpointSpec; what: string; hits: number }
interface MemWatch extends Common { kind: 'memory'; la: number; size: number; pas: number[] }
interface VmcsWatch extends Common { kind: 'vmcs'; encoding: number; name: string }
type Watch = MemWatch | VmcsWatch;

export interface DataHit {
  ids: number[];
  /**
   * e.g. "qword [0x5000] changed from 0x0 to 0x5": the new value is read when this is called, so call
   * it at the stop (a qword store reaches memory as two dword writes; the hit is seen at the first).
   */
  text(): string;
  /** instruction count before the writing instruction retired */
  icount: number;
  /** linear address of the writing instruction */
  rip: number;
}

export interface DataInfo { dataId: string; description: string }

const SIZES: Record<number, string> = { 1: 'byte', 2: 'word', 4: 'dword', 8: 'qword' };

/** dataId for a memory range. */
export function memoryDataId(la: number | bigint, size: number): string { return `mem:${hex(la)}:${size}`; }
export function vmcsDataId(encoding: number): string { return `vmcs:${hexBytes(encoding, 2)}`; }

function sizeName(size: number): string { return SIZES[size] ?? `${size} bytes`; }

export function describeDataId(dataId: string): string {
  const m = /^mem:(0x[0-9a-f]+):(\d+)$/.exec(dataId);
  if (m) return `${sizeName(Number(m[2]))} [${m[1]}]`;
  const v = /^vmcs:(0x[0-9a-f]+)$/.exec(dataId);
  if (v) { const ref = lookupVmcsEncoding(Number(v[1])); return ref ? `vmcs.${ref.field.name}` : dataId; }
  return dataId;
}

export type Evaluator = (expr: string) => bigint;

export class DataWatches {
  private watches: Watch[] = [];
  private byPage = new Map<number, MemWatch[]>();
  /** last value seen per watch (bytes for memory, the field value or null for VMCS) */
  private saved = new Map<Watch, Uint8Array | bigint | null>();
  private vmcs: VmcsWatch[] = [];
  /** instruction of each watch's last hit: a qword store reaches the memory as two dword writes */
  private lastHit = new Map<Watch, string>();

  constructor(private readonly m: Machine, private readonly mem: DebugMemory, private readonly evaluate: Evaluator) {}

  get hasVmcsWatches(): boolean { return this.vmcs.length > 0; }
  get size(): number { return this.watches.length; }

  /** Replaces the data breakpoints; returns, per spec, null when set or why it is not. */
  set(specs: DataBreakpointSpec[]): (string | null)[] {
    const out: (string | null)[] = [];
    const watches: Watch[] = [];
    for (const spec of specs) {
      try {
        if (spec.accessType && spec.accessType !== 'write') throw new UserError(`only 'write' data breakpoints are supported (the emulator's memory path reports writes, not reads)`);
        watches.push(this.resolve(spec));
        out.push(null);
      } catch (e) { out.push(e instanceof Error ? e.message : String(e)); }
    }
    this.watches = watches;
    this.byPage.clear();
    for (const w of watches) {
      if (w.kind !== 'memory') continue;
      for (const p of new Set(w.pas.map((pa) => Math.floor(pa / 4096)))) {
        let l = this.byPage.get(p);
        if (!l) this.byPage.set(p, (l = []));
        l.push(w);
      }
    }
    this.vmcs = watches.filter((w): w is VmcsWatch => w.kind === 'vmcs');
    this.m.writeWatch().watchPages(this.byPage.keys());
    this.refresh();
    return out;
  }

  private resolve(spec: DataBreakpointSpec): Watch {
    const id = spec.dataId;
    const mm = /^mem:(0x[0-9a-f]+):(\d+)$/.exec(id);
    if (mm) {
      const la = Number(BigInt.asIntN(64, BigInt(mm[1])));
      const size = Number(mm[2]);
      if (size < 1 || size > 4096) throw new UserError(`data breakpoint size must be 1..4096 bytes (got ${size})`);
      const pas: number[] = [];
      for (let i = 0; i < size; i++) {
        const t = this.mem.translate(la + i);
        if (!t.ok) throw new UserError(`cannot watch ${hex(la + i)}: ${t.why}`);
        if (t.pa >= this.m.mem.size) throw new UserError(`cannot watch ${hex(la + i)}: it is not RAM (physical ${hex(t.pa)})`);
        pas.push(t.pa);
      }
      const phys = pas[0] !== la ? ` (physical ${hex(pas[0])})` : '';
      return { kind: 'memory', spec, la, size, pas, what: `${sizeName(size)} [${hex(la)}]${phys}`, hits: 0 };
    }
    const mv = /^vmcs:(0x[0-9a-f]+)$/.exec(id);
    if (mv) {
      const ref = lookupVmcsEncoding(Number(mv[1]));
      if (!ref || ref.high) throw new UserError(`${mv[1]} is not a full VMCS field encoding`);
      const u = this.m.vmx;
      if (!u) throw new UserError('this machine has no VMX');
      if (!vmcsFieldSupported(ref.field, u.caps)) throw new UserError(`${ref.field.name} does not exist on this CPU profile`);
      return { kind: 'vmcs', spec, encoding: ref.field.encoding, name: ref.field.name, what: `vmcs.${ref.field.name}`, hits: 0 };
    }
    throw new UserError(`unknown data breakpoint id '${id}' (get one from dataBreakpointInfo)`);
  }

  private current(w: Watch): Uint8Array | bigint | null {
    if (w.kind === 'memory') {
      const u8 = this.m.mem.u8;
      return Uint8Array.from(w.pas, (pa) => u8[pa]);
    }
    return this.m.vmx?.current?.readEncoding(w.encoding) ?? null;
  }

  private format(w: Watch, v: Uint8Array | bigint | null): string {
    if (v === null) return 'none (no current VMCS)';
    if (typeof v === 'bigint') return hex(v);
    let x = 0n;
    for (let i = v.length - 1; i >= 0; i--) x = (x << 8n) | BigInt(v[i]);
    return v.length <= 8 ? hexBytes(x, v.length) : `${v.length} bytes`;
    void w;
  }

  /** Takes the current values as the reference (after a stop, a debugger write or a replay). */
  refresh(): void {
    this.saved.clear();
    this.lastHit.clear();
    for (const w of this.watches) this.saved.set(w, this.current(w));
  }

  private qualifies(w: Watch): boolean {
    const s = w.spec;
    if (s.condition) {
      try { if (this.evaluate(s.condition) === 0n) return false; } catch { /* a broken condition stops, like other breakpoints */ }
    }
    w.hits++;
    if (s.hitCondition) {
      const m = /^\s*(==|>=|<=|>|<|%|=)?\s*(\d+)\s*$/.exec(s.hitCondition);
      if (m) {
        const n = Number(m[2]), h = w.hits;
        const ok = m[1] === '==' || m[1] === '=' ? h === n : m[1] === '>' ? h > n : m[1] === '<' ? h < n : m[1] === '<=' ? h <= n : m[1] === '%' ? n > 0 && h % n === 0 : h >= n;
        if (!ok) return false;
      }
    }
    return true;
  }

  private check(list: readonly Watch[], test: (w: Watch, old: Uint8Array | bigint | null, now: Uint8Array | bigint | null) => boolean, by: string, icount: number, rip: number): DataHit | null {
    const ids: number[] = [];
    const parts: { w: Watch; old: Uint8Array | bigint | null }[] = [];
    for (const w of list) {
      const old = this.saved.get(w) ?? null;
      const now = this.current(w);
      if (!test(w, old, now)) continue;
      this.saved.set(w, now);
      const at = `${icount}:${rip}`;
      if (this.lastHit.get(w) === at) continue;
      this.lastHit.set(w, at);
      if (!this.qualifies(w)) continue;
      ids.push(w.spec.id);
      parts.push({ w, old });
    }
    if (!ids.length) return null;
    const text = () => parts.map(({ w, old }) => {
      const a = this.format(w, old), b = this.format(w, this.current(w));
      return a === b ? `${w.what} written (value ${b} unchanged)` : `${w.what} changed from ${a} to ${b}`;
    }).join('; ') + (by ? ` ${by}` : '');
    return { ids, text, icount, rip };
  }

  /** A RAM write at physical `pa` (page start for bulk writes) by the instruction at `rip`. */
  onWrite(pa: number, icount: number, rip: number): DataHit | null {
    const p0 = Math.floor(pa / 4096), p1 = Math.floor((pa + 7) / 4096);
    const list = p0 === p1 ? this.byPage.get(p0) : [...new Set([...(this.byPage.get(p0) ?? []), ...(this.byPage.get(p1) ?? [])])];
    if (!list || !list.length) return null;
    return this.check(list, (w, old, now) => {
      if (w.kind !== 'memory') return false;
      if (w.pas.includes(pa)) return true;
      const o = old as Uint8Array, n = now as Uint8Array;
      for (let i = 0; i < n.length; i++) if (o[i] !== n[i]) return true;
      return false;
    }, '', icount, rip);
  }

  /** After a VMX instruction or a VM exit: VMCS fields whose value changed. */
  checkVmcs(by: string, icount: number, rip: number): DataHit | null {
    if (!this.vmcs.length) return null;
    return this.check(this.vmcs, (_w, old, now) => old !== now, by, icount, rip);
  }
}

/** Resolves an expression (or a VMCS field name) to a data breakpoint target. */
export function dataInfoForExpression(text: string, evalExpr: (t: string) => { kind: string; value: bigint; address?: bigint; size?: number; vmcsField?: string }): DataInfo {
  const r = evalExpr(text) as ReturnType<typeof evalExpr> & { vmcs?: string };
  if (r.kind === 'vmcs' && r.vmcs) throw new UserError(`data breakpoints watch the current VMCS (vmcs.NAME); another level's VMCS (vmcs${r.vmcs}) cannot be watched`);
  if (r.kind === 'vmcs' && r.vmcsField) {
    const ref = lookupVmcsName(r.vmcsField) ?? lookupVmcsEncoding(Number(r.vmcsField));
    if (!ref) throw new UserError(`'${text}' is not a VMCS field`);
    return { dataId: vmcsDataId(ref.field.encoding), description: `vmcs.${ref.field.name}` };
  }
  if (r.kind === 'memory' && r.address !== undefined) {
    const size = r.size ?? 8;
    return { dataId: memoryDataId(r.address, size), description: `${sizeName(size)} [${hex(r.address)}]` };
  }
  if (r.kind === 'symbol' && r.address !== undefined) {
    return { dataId: memoryDataId(r.address, 8), description: `qword [${text.trim()}] (${hex(r.address)})` };
  }
  throw new UserError(`'${text}' is not memory or a VMCS field: write it as e.g. qword [${text.trim()}] or vmcs.GUEST_RIP`);
}
