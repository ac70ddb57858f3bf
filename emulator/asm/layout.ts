/**
 * Sections of a flat binary, laid out as `nasm -f bin` does (manual 8.1.3):
 * `.text` first at `org`, then the other progbits sections in order of
 * declaration, then nobits sections (`.bss` is nobits); each section is
 * aligned to its `align=` (default 4, raised by ALIGN/ALIGNB/SECTALIGN) unless
 * `start=` places it; `vstart=` gives it a different address space; nobits
 * sections follow the previous section's virtual address.
 */
import type { Expr } from './expr';
import { ByteBuf } from './data';

export interface Section {
  name: string;
  index: number;
  nobits: boolean;
  align: number;
  startE?: Expr;
  vstartE?: Expr;
  follows?: string;
  vfollows?: string;
  declOrder: number;
  /** Layout results (from the previous pass). */
  start: bigint;
  vstart: bigint;
  /** Bytes (or reserved space) in the current pass. */
  size: number;
  buf: ByteBuf | null;
  /** Content has been emitted (so the section takes space in the file). */
  used: boolean;
}

export function newSection(name: string, index: number, org: bigint): Section {
  const nobits = name === '.bss' || name.startsWith('.bss.') || name === '.tbss';
  return { name, index, nobits, align: 4, declOrder: index, start: org, vstart: org, size: 0, buf: null, used: false };
}

export function alignUp(v: bigint, a: number): bigint {
  if (a <= 1) return v;
  const A = BigInt(a);
  const r = v % A;
  return r === 0n ? v : v + (A - r);
}

/** Section order in the output image. */
export function orderSections(secs: Section[]): Section[] {
  const text = secs.find(s => s.name === '.text');
  const prog = secs.filter(s => !s.nobits && s !== text && !s.follows).sort((a, b) => a.declOrder - b.declOrder);
  const nob = secs.filter(s => s.nobits && !s.follows).sort((a, b) => a.declOrder - b.declOrder);
  const order: Section[] = [...(text ? [text] : []), ...prog, ...nob];
  // follows=NAME places a section right after NAME
  const pending = secs.filter(s => s.follows);
  let guard = 0;
  while (pending.length && guard++ < 1000) {
    const s = pending.shift()!;
    const i = order.findIndex(o => o.name === s.follows);
    if (i < 0) { order.push(s); continue; }
    order.splice(i + 1, 0, s);
  }
  return order;
}

export interface LayoutResult { changed: boolean; errors: string[] }

/**
 * Compute section start/vstart from sizes. `evalConst` evaluates start=/vstart=
 * expressions (must be constants).
 */
export function layoutSections(secs: Section[], org: bigint, evalConst: (e: Expr) => bigint | undefined): LayoutResult {
  const errors: string[] = [];
  let changed = false;
  const order = orderSections(secs);
  let pos = org;
  let vend = org;
  let first = true;
  const byName = new Map(secs.map(s => [s.name, s]));
  for (const s of order) {
    let start: bigint;
    let vstart: bigint;
    if (s.nobits) {
      const vf = s.vfollows ? byName.get(s.vfollows) : undefined;
      const base = vf ? vf.vstart + BigInt(vf.size) : vend;
      vstart = s.vstartE ? (evalConst(s.vstartE) ?? 0n) : alignUp(base, s.align);
      start = s.startE ? (evalConst(s.startE) ?? vstart) : vstart;
      vend = vstart + BigInt(s.size);
    } else {
      if (s.startE) start = evalConst(s.startE) ?? pos;
      else if (first) start = org;
      else start = alignUp(pos, s.align);
      if (start < pos && !first) errors.push(`sections \`${s.name}' and a previous section overlap`);
      if (start < org) errors.push(`section \`${s.name}' begins before the program origin`);
      const vf = s.vfollows ? byName.get(s.vfollows) : undefined;
      if (s.vstartE) vstart = evalConst(s.vstartE) ?? start;
      else if (vf) vstart = alignUp(vf.vstart + BigInt(vf.size), s.align);
      else vstart = start;
      pos = start + BigInt(s.size);
      vend = vstart + BigInt(s.size);
      first = false;
    }
    if (start !== s.start || vstart !== s.vstart) changed = true;
    s.start = start;
    s.vstart = vstart;
  }
  return { changed, errors };
}
