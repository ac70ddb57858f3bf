// Address <-> source line lookups over the assembler's source map, and labels by address.
import { resolve as resolvePath } from 'node:path';
import type { AsmSymbol, SourceLoc, SourceMapEntry } from '../emulator/asm';

export interface ResolvedLine {
  /** The line that actually has code (the requested one or the nearest following one). */
  line: number;
  /** First address of each place the line's code was emitted (several for lines inside macro bodies). */
  addresses: number[];
}

/** Normalizes a source path the same way for the assembler's names and the client's paths. */
export function normalizePath(p: string): string {
  if (p.startsWith('<')) return p;
  return resolvePath(p);
}

export class SourceIndex {
  /** Instruction entries sorted by address. */
  private readonly insns: SourceMapEntry[];
  private readonly starts: Float64Array;
  /** file -> line -> entries whose `loc` (outer line) or `macroLoc` (macro body line) is that line */
  private readonly byLine = new Map<string, Map<number, SourceMapEntry[]>>();
  /** Labels sorted by address (for "symbol+offset" names). */
  private readonly labelsByAddr: { name: string; value: number }[];
  readonly labels = new Map<string, number>();
  readonly equs = new Map<string, number>();
  readonly files: string[];

  constructor(sourceMap: readonly SourceMapEntry[], symbols: readonly AsmSymbol[], files: readonly string[] = []) {
    this.insns = sourceMap.filter((e) => e.kind === 'insn' && e.size > 0).map((e) => ({
      ...e, loc: { ...e.loc, file: normalizePath(e.loc.file) }, macroLoc: e.macroLoc ? { ...e.macroLoc, file: normalizePath(e.macroLoc.file) } : undefined,
    }));
    this.insns.sort((a, b) => a.addr - b.addr);
    this.starts = Float64Array.from(this.insns.map((e) => e.addr));
    const add = (loc: SourceLoc, e: SourceMapEntry) => {
      let m = this.byLine.get(loc.file);
      if (!m) this.byLine.set(loc.file, (m = new Map()));
      let list = m.get(loc.line);
      if (!list) m.set(loc.line, (list = []));
      list.push(e);
    };
    for (const e of this.insns) {
      add(e.loc, e);
      if (e.macroLoc && (e.macroLoc.file !== e.loc.file || e.macroLoc.line !== e.loc.line)) add(e.macroLoc, e);
    }
    for (const s of symbols) {
      if (s.kind === 'label') this.labels.set(s.name, s.value);
      else this.equs.set(s.name, s.value);
    }
    this.labelsByAddr = [...this.labels].map(([name, value]) => ({ name, value })).sort((a, b) => a.value - b.value);
    const fs = new Set<string>(files.map(normalizePath));
    for (const e of this.insns) fs.add(e.loc.file);
    this.files = [...fs];
  }

  get empty(): boolean { return this.insns.length === 0; }

  /** The instruction entry containing `addr`, if any. */
  entryAt(addr: number): SourceMapEntry | undefined {
    const s = this.starts;
    let lo = 0, hi = s.length - 1, found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (s[mid] <= addr) { found = mid; lo = mid + 1; } else hi = mid - 1;
    }
    if (found < 0) return undefined;
    const e = this.insns[found];
    return addr < e.addr + e.size ? e : undefined;
  }

  /** Source location (the line the user wrote) of the instruction at `addr`. */
  locAt(addr: number): SourceLoc | undefined { return this.entryAt(addr)?.loc; }

  /** Instruction start addresses known from the source map within [from, to). */
  instructionStarts(from: number, to: number): number[] {
    const s = this.starts;
    let lo = 0, hi = s.length;
    while (lo < hi) { const mid = (lo + hi) >> 1; if (s[mid] < from) lo = mid + 1; else hi = mid; }
    const out: number[] = [];
    for (let i = lo; i < s.length && s[i] < to; i++) if (out[out.length - 1] !== s[i]) out.push(s[i]);
    return out;
  }

  /** First address of the run of instructions with the same outer line that contains `addr`. */
  lineStart(addr: number): number {
    const e = this.entryAt(addr);
    if (!e) return addr;
    let i = this.starts.indexOf(e.addr);
    while (i > 0) {
      const p = this.insns[i - 1];
      if (p.addr + p.size !== this.insns[i].addr || p.loc.file !== e.loc.file || p.loc.line !== e.loc.line) break;
      i--;
    }
    return this.insns[i].addr;
  }

  /** Lines of a file that have code, for breakpoint placement. */
  private linesOf(file: string): Map<number, SourceMapEntry[]> | undefined { return this.byLine.get(normalizePath(file)); }

  /** Addresses for a line breakpoint: the line's code, or the nearest following line with code in the same file. */
  resolveLine(file: string, line: number): ResolvedLine | undefined {
    const m = this.linesOf(file);
    if (!m) return undefined;
    let best = -1;
    for (const l of m.keys()) if (l >= line && (best < 0 || l < best)) best = l;
    if (best < 0) return undefined;
    const key = normalizePath(file);
    const entries = [...m.get(best)!].sort((a, b) => a.addr - b.addr);
    const matches = (e: SourceMapEntry) => (e.loc.file === key && e.loc.line === best) || (e.macroLoc?.file === key && e.macroLoc.line === best);
    // Keep the first instruction of each contiguous run (a macro call line emits several instructions).
    const addresses: number[] = [];
    for (const e of entries) {
      const prev = this.entryAt(e.addr - 1);
      if (prev && prev.addr + prev.size === e.addr && matches(prev)) continue;
      addresses.push(e.addr);
    }
    return { line: best, addresses };
  }

  /** Lines with code in [startLine, endLine] of a file (breakpointLocations). */
  linesWithCode(file: string, startLine: number, endLine: number): number[] {
    const m = this.linesOf(file);
    if (!m) return [];
    return [...m.keys()].filter((l) => l >= startLine && l <= endLine).sort((a, b) => a - b);
  }

  /** Nearest label at or below `addr`: `name` or `name+0x12`. */
  symbolize(addr: number): string | undefined {
    const l = this.labelsByAddr;
    let lo = 0, hi = l.length - 1, found = -1;
    while (lo <= hi) { const mid = (lo + hi) >> 1; if (l[mid].value <= addr) { found = mid; lo = mid + 1; } else hi = mid - 1; }
    if (found < 0) return undefined;
    // Prefer the last label defined at that address (local labels come after their parent).
    const s = l[found];
    const off = addr - s.value;
    if (off > 0x10000) return undefined;
    return off === 0 ? s.name : `${s.name}+0x${off.toString(16)}`;
  }

  /** The label exactly at `addr`, if any. */
  labelAt(addr: number): string | undefined {
    const n = this.symbolize(addr);
    return n !== undefined && !n.includes('+') ? n : undefined;
  }
}
