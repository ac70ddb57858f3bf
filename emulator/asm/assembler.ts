/**
 * Multi-pass assembly of parsed items into a flat binary.
 *
 * Like NASM's optimizer, passes repeat until every label is stable: jumps and
 * sign-extended forms start optimistic (short) for forward references and
 * grow when needed. A final pass then emits bytes, the source map, the
 * listing and every diagnostic.
 */
import { ABS, EvalCtx, evalExpr, Expr, INVALID, Val } from './expr';
import { encodeInstruction, EncodeRequest, newEncodeSite, ROp } from './encoder';
import { ByteBuf, dataOverflows, floatBytes, intBytes } from './data';
import { layoutSections, newSection, orderSections, Section } from './layout';
import type { InsnMemo, Item } from './parser';
import { lineText } from './parser';
import type { PLine } from './preprocessor';
import { dirName, joinPath } from './preprocessor';
import type { AsmDiagnostic, AsmSymbol, SourceLoc, SourceMapEntry } from './types';
import { pushAll } from './arrays';
import type { ImmOp, MemOp } from './operands';

interface Sym {
  name: string;
  value: bigint;
  seg: number;
  /** value and seg as the Val every reference evaluates to (Vals are immutable). */
  val: Val;
  kind: 'label' | 'equ';
  pass: number;
  line: PLine;
  col: number;
  section?: string;
}

export interface ListRec { line: PLine; addr: bigint; bytes: Uint8Array; total: number; reps: number; warn?: string[] }

export interface AssembleConfig {
  bits: 16 | 32 | 64;
  maxPasses: number;
  maxRep: number;
  maxOutput: number;
  includePaths: string[];
  mainFile: string;
  readFile: (path: string) => string | Uint8Array | undefined;
  builtinIncludes: (name: string) => string | undefined;
}

interface StrucFrame { name: string; sec: Section | null; abs: bigint | null }
interface IstrucFrame { name: string; start: bigint }

export function locOf(line: PLine, col: number): { loc: SourceLoc; macroLoc?: SourceLoc } {
  if (line.callSite) {
    return { loc: { file: line.callSite.file, line: line.callSite.line, col: line.callSite.col }, macroLoc: { file: line.file, line: line.line, col } };
  }
  return { loc: { file: line.file, line: line.line, col } };
}

export function diagAt(line: PLine, col: number, severity: 'error' | 'warning', message: string): AsmDiagnostic {
  const { loc, macroLoc } = locOf(line, col);
  const suffix = macroLoc ? ` (in macro \`${line.macro ?? '?'}' at ${macroLoc.file}:${macroLoc.line})` : '';
  return { file: loc.file, line: loc.line, col: loc.col, severity, message: message + suffix };
}

const NOP = new Uint8Array([0x90]);

/** T with every optional field written out (possibly as undefined). */
type AllFields<T> = { [K in keyof Required<T>]: T[K] };

export class Assembler {
  symbols = new Map<string, Sym>();
  sections: Section[] = [];
  private secByName = new Map<string, Section>();
  diags: AsmDiagnostic[] = [];
  private diagKeys = new Set<string>();
  sourceMap: SourceMapEntry[] = [];
  listRecs: ListRec[] = [];
  org = 0n;
  private pendingOrg: bigint | null = null;
  private orgSet = false;

  // per-pass state
  private pass = 0;
  private final = false;
  private changed = false;
  private sec!: Section;
  private abs: bigint | null = null;
  private absStart = 0n;
  private bits: 16 | 32 | 64 = 16;
  private defaultRel = false;
  private strucs: StrucFrame[] = [];
  private istrucs: IstrucFrame[] = [];
  private item!: Item;
  private outputExceeded = false;
  private incbinCache = new Map<string, Uint8Array | null>();
  converged = false;
  passes = 0;

  constructor(private items: Item[], private cfg: AssembleConfig) {
    this.getSection('.text');
  }

  run(): void {
    // The origin is needed before pass 1 for addresses to start out right.
    const orgItem = this.items.find(i => i.t === 'org') as (Item & { t: 'org' }) | undefined;
    if (orgItem) {
      const v = evalExpr(orgItem.e, { lookup: () => undefined, here: () => ({ v: 0n, seg: ABS, unk: true }), start: () => ({ v: 0n, seg: ABS, unk: true }), error: () => undefined });
      if (!v.unk) {
        this.org = v.v;
        for (const s of this.sections) { s.start = v.v; s.vstart = v.v; }
      }
    }
    let pass = 1;
    for (; pass <= this.cfg.maxPasses; pass++) {
      this.runPass(pass, false);
      if (!this.changed && pass > 1) { this.converged = true; break; }
    }
    this.passes = pass;
    if (!this.converged) {
      const first = this.items[0];
      const msg = `unable to find a stable layout after ${this.cfg.maxPasses} passes (phase error)`;
      if (first) this.diags.push(diagAt(first.line, first.col, 'error', msg));
      else this.diags.push({ file: this.cfg.mainFile, line: 1, col: 1, severity: 'error', message: msg });
    }
    for (const s of this.sections) if (!s.nobits) s.buf = new ByteBuf();
    this.runPass(pass + 1, true);
  }

  // ------------------------------------------------------------ diagnostics

  private report(severity: 'error' | 'warning', message: string, col?: number, item: Item = this.item): void {
    if (!this.final) return;
    const d = diagAt(item.line, col ?? item.col, severity, message);
    const key = `${d.file}:${d.line}:${d.col}:${d.severity}:${d.message}`;
    if (this.diagKeys.has(key)) return;
    this.diagKeys.add(key);
    this.diags.push(d);
    if (severity === 'warning') {
      const rec = this.listRecs.length && this.listRecs[this.listRecs.length - 1].line === item.line ? this.listRecs[this.listRecs.length - 1] : undefined;
      if (rec) (rec.warn ??= []).push(message);
    }
  }
  private error(message: string, col?: number): void { this.report('error', message, col); }
  private warning(message: string, col?: number): void { this.report('warning', message, col); }

  // ------------------------------------------------------------ sections / symbols

  private getSection(name: string): Section {
    let s = this.secByName.get(name);
    if (!s) {
      s = newSection(name, this.sections.length, this.org);
      this.sections.push(s);
      this.secByName.set(name, s);
    }
    return s;
  }

  private hereOverride: Val | null = null;

  private here(): Val {
    if (this.hereOverride) return this.hereOverride;
    if (this.abs !== null) return { v: this.abs, seg: ABS, unk: false };
    return { v: this.sec.vstart + BigInt(this.sec.size), seg: this.sec.index, unk: false };
  }

  private curAddr(): bigint { return this.abs !== null ? this.abs : this.sec.vstart + BigInt(this.sec.size); }

  /** Expression context of the current position (one object: evaluation is hot). */
  private readonly evalCtx: EvalCtx = this.makeCtx();

  private makeCtx(): EvalCtx {
    return {
      lookup: (name) => this.lookup(name),
      here: () => this.here(),
      start: () => this.abs !== null ? { v: this.absStart, seg: ABS, unk: false } : { v: this.sec.vstart, seg: this.sec.index, unk: false },
      error: (msg, col) => this.error(msg, col),
      undefinedSym: (name, col) => {
        if (this.final) this.error(`symbol \`${name}' not defined`, col);
      },
    };
  }

  private lookup(name: string): Val | undefined {
    const s = this.symbols.get(name);
    if (s) return s.val;
    const m = /^section\.(.+)\.(start|vstart)$/.exec(name);
    if (m) {
      const sec = this.secByName.get(m[1]);
      if (sec) return { v: m[2] === 'start' ? sec.start : sec.vstart, seg: ABS, unk: false };
    }
    return undefined;
  }

  private eval(e: Expr): Val {
    const v = evalExpr(e, this.evalCtx);
    return v;
  }

  /** Evaluate a value that must be a plain number known now (TIMES, RESB, ALIGN...). */
  private evalCount(e: Expr, what: string, col?: number): number | null {
    const v = this.eval(e);
    if (v.unk) {
      if (this.final) this.error(`non-constant argument supplied to ${what}`, col);
      return null;
    }
    if (v.seg !== ABS) {
      if (this.final) this.error(`non-constant argument supplied to ${what}`, col);
      return null;
    }
    const n = BigInt.asIntN(64, v.v);
    if (n < 0n) {
      if (this.final) this.error(`${what} value ${n} is negative`, col);
      return 0;
    }
    if (n > BigInt(this.cfg.maxRep)) {
      if (this.final) this.error(`${what} value ${n} exceeds the limit of ${this.cfg.maxRep}`, col);
      return 0;
    }
    return Number(n);
  }

  private define(name: string, val: Val, kind: 'label' | 'equ', col: number): void {
    const prev = this.symbols.get(name);
    if (prev && prev.pass === this.pass) {
      if (this.final && (prev.line !== this.item.line || prev.col !== col)) {
        const where = locOf(prev.line, prev.col).loc;
        this.error(`label \`${name}' redefined (first defined at ${where.file}:${where.line}:${where.col})`, col);
      }
      return;
    }
    if (val.seg === INVALID) {
      this.error('expression is not simple or relocatable', col);
    }
    const value = BigInt.asUintN(64, val.v);
    if (!prev) {
      this.symbols.set(name, { name, value, seg: val.seg, val: { v: value, seg: val.seg, unk: false }, kind, pass: this.pass, line: this.item.line, col, section: this.abs === null && kind === 'label' ? this.sec.name : undefined });
      this.changed = true;
      return;
    }
    if (prev.value !== value || prev.seg !== val.seg) {
      this.changed = true;
      prev.val = { v: value, seg: val.seg, unk: false };
    }
    prev.value = value;
    prev.seg = val.seg;
    prev.kind = kind;
    prev.pass = this.pass;
    prev.line = this.item.line;
    prev.col = col;
    prev.section = this.abs === null && kind === 'label' ? this.sec.name : undefined;
  }

  // ------------------------------------------------------------ passes

  private runPass(pass: number, final: boolean): void {
    this.pass = pass;
    this.final = final;
    this.changed = false;
    this.bits = this.cfg.bits;
    this.defaultRel = false;
    this.abs = null;
    this.strucs = [];
    this.istrucs = [];
    this.pendingOrg = null;
    this.orgSet = false;
    this.outputExceeded = false;
    for (const s of this.sections) s.size = 0;
    this.sec = this.getSection('.text');
    for (const it of this.items) {
      this.item = it;
      this.doItem(it);
    }
    if (final) {
      for (const s of this.strucs) this.report('error', `\`struc ${s.name}' without \`endstruc'`, undefined, this.items[this.items.length - 1]);
      for (const s of this.istrucs) this.report('error', `\`istruc ${s.name}' without \`iend'`, undefined, this.items[this.items.length - 1]);
    }
    const newOrg = this.pendingOrg ?? 0n;
    if (newOrg !== this.org) { this.org = newOrg; this.changed = true; }
    const lay = layoutSections(this.sections, this.org, (e) => {
      const v = evalExpr(e, { lookup: n => this.lookup(n), here: () => ({ v: 0n, seg: ABS, unk: true }), start: () => ({ v: 0n, seg: ABS, unk: true }), error: () => undefined });
      return v.unk ? undefined : v.v;
    });
    if (lay.changed) this.changed = true;
    if (final) {
      for (const e of lay.errors) this.diags.push({ file: this.cfg.mainFile, line: 1, col: 1, severity: 'error', message: e });
    }
  }

  private doItem(it: Item): void {
    switch (it.t) {
      case 'label':
        this.define(it.name, this.here(), 'label', it.col);
        return;
      case 'equ': {
        const v = this.eval(it.e);
        if (v.unk && this.final) return; // undefined symbol already reported
        this.define(it.name, v, 'equ', it.col);
        return;
      }
      case 'bits': this.bits = it.bits; return;
      case 'default': this.defaultRel = it.rel; return;
      case 'org': {
        const v = this.eval(it.e);
        if (v.unk) return;
        if (v.seg !== ABS) { this.error('program origin must be a constant'); return; }
        if (this.orgSet && this.pendingOrg !== v.v) { this.error('program origin redefined'); return; }
        this.pendingOrg = v.v;
        this.orgSet = true;
        return;
      }
      case 'section': {
        const s = this.getSection(it.name);
        const a = it.attrs;
        if (a.nobits) s.nobits = true;
        if (a.progbits) s.nobits = false;
        if (a.align) {
          const n = this.evalCount(a.align, 'section alignment');
          if (n !== null) {
            if (n === 0 || (n & (n - 1)) !== 0) this.error('section alignment must be a power of two');
            else s.align = Math.max(s.align === 4 && !s.startE ? n : s.align, n);
          }
        }
        if (a.start) s.startE = a.start;
        if (a.vstart) s.vstartE = a.vstart;
        if (a.follows) s.follows = a.follows;
        if (a.vfollows) s.vfollows = a.vfollows;
        if (a.align && s.align === 4) { /* keep */ }
        this.sec = s;
        this.abs = null;
        return;
      }
      case 'absolute': {
        const v = this.eval(it.e);
        this.abs = v.v;
        this.absStart = v.v;
        return;
      }
      case 'sectalign': {
        const n = this.evalCount(it.n, 'SECTALIGN');
        if (n && this.abs === null && (n & (n - 1)) === 0) this.sec.align = Math.max(this.sec.align, n);
        return;
      }
      case 'struc': {
        this.strucs.push({ name: it.name, sec: this.sec, abs: this.abs });
        this.abs = 0n;
        this.absStart = 0n;
        this.define(it.name, { v: 0n, seg: ABS, unk: false }, 'label', it.col);
        return;
      }
      case 'endstruc': {
        const f = this.strucs.pop();
        if (!f) { this.error('`endstruc\' without `struc\''); return; }
        this.define(`${f.name}_size`, { v: this.abs ?? 0n, seg: ABS, unk: false }, 'equ', it.col);
        this.sec = f.sec ?? this.getSection('.text');
        this.abs = f.abs;
        return;
      }
      case 'istruc':
        this.istrucs.push({ name: it.name, start: this.curAddr() });
        return;
      case 'at': {
        const f = this.istrucs[this.istrucs.length - 1];
        if (!f) { this.error('`at\' outside `istruc\''); return; }
        const fv = this.eval(it.field);
        const base = this.lookup(f.name);
        if (!fv.unk) {
          const pad = (fv.v - (base?.v ?? 0n)) - (this.curAddr() - f.start);
          const p = BigInt.asIntN(64, pad);
          if (p < 0n) this.error('`at\' field offset is behind the current position (fields out of order?)');
          else if (p > 0n) this.emitFill(Number(p), 0);
        }
        if (it.data) this.doItem(it.data);
        return;
      }
      case 'iend': {
        const f = this.istrucs.pop();
        if (!f) { this.error('`iend\' without `istruc\''); return; }
        const size = this.lookup(`${f.name}_size`);
        if (!size) { if (this.final) this.error(`structure \`${f.name}' not defined`); return; }
        const p = BigInt.asIntN(64, size.v - (this.curAddr() - f.start));
        if (p < 0n) this.error(`data exceeds the size of structure \`${f.name}'`);
        else if (p > 0n) this.emitFill(Number(p), 0);
        return;
      }
      case 'align': {
        const n = this.evalCount(it.n, 'ALIGN', it.col);
        if (n === null || n === 0) return;
        if ((n & (n - 1)) === 0 && this.abs === null) this.sec.align = Math.max(this.sec.align, n);
        const off = this.abs !== null ? this.abs - this.absStart : BigInt(this.sec.size);
        const pad = Number((BigInt(n) - (off % BigInt(n))) % BigInt(n));
        if (pad === 0) return;
        if (it.b || this.abs !== null || this.sec.nobits) { this.reserve(pad, false); return; }
        if (it.fill) {
          for (let i = 0; i < pad; i++) { this.doTimesInner(it.fill); }
          return;
        }
        this.emitBytesRepeated(NOP, pad, 'insn', it);
        return;
      }
      default:
        break;
    }
    // items that can be repeated with TIMES
    if (it.times) {
      const n = this.evalCount(it.times, 'TIMES', it.timesCol);
      if (n === null || n === 0) return;
      this.doTimes(it, n);
      return;
    }
    this.doTimesInner(it);
  }

  private doTimes(it: Item, n: number): void {
    // constant content: compute once and repeat
    if (it.t === 'data' && it.vals.every(v => v.t !== 'expr' || isConstExpr(v.e))) {
      const bytes = this.dataBytes(it);
      if (bytes) this.emitBytesRepeated(bytes, n, 'data', it);
      return;
    }
    if (it.t === 'insn' && it.constant) {
      const bytes = this.insnBytes(it);
      if (bytes !== null) this.emitBytesRepeated(bytes, n, 'insn', it);
      return;
    }
    if (it.t === 'res') {
      const c = this.evalCount(it.count, 'RESB', it.col);
      if (c !== null) this.reserve(c * it.unit * n, true);
      return;
    }
    // NASM: `$` inside a TIMES line is the address of the start of the line for every repetition
    const saved = this.hereOverride;
    this.hereOverride = this.here();
    try {
      for (let i = 0; i < n && !this.outputExceeded; i++) this.doTimesInner(it);
    } finally {
      this.hereOverride = saved;
    }
  }

  private doTimesInner(it: Item): void {
    switch (it.t) {
      case 'insn': {
        const bytes = this.insnBytes(it);
        if (bytes !== null) this.emitBytes(bytes, 'insn', it);
        return;
      }
      case 'prefix': this.emitBytes(new Uint8Array(it.bytes), 'insn', it); return;
      case 'data': {
        const bytes = this.dataBytes(it);
        if (bytes) this.emitBytes(bytes, 'data', it);
        return;
      }
      case 'res': {
        const c = this.evalCount(it.count, `RES${['', 'B', 'W', '', 'D', '', '', '', 'Q', '', 'T'][it.unit] ?? 'B'}`, it.col);
        if (c !== null) this.reserve(c * it.unit, true);
        return;
      }
      case 'incbin': {
        const data = this.incbin(it);
        if (data) this.emitBytes(data, 'data', it);
        return;
      }
      default:
        this.doItem(it);
    }
  }

  // ------------------------------------------------------------ emission

  private checkRoom(n: number): boolean {
    const total = this.abs !== null ? 0 : this.sec.size + n;
    if (total > this.cfg.maxOutput || n < 0) {
      if (!this.outputExceeded) {
        this.outputExceeded = true;
        this.error(`output exceeds the limit of ${this.cfg.maxOutput} bytes`);
      }
      return false;
    }
    return true;
  }

  private emitBytes(bytes: Uint8Array | number, kind: 'insn' | 'data', it: Item): void {
    if (this.abs !== null) {
      this.error('attempt to assemble code or data in absolute space (struc/absolute): use RESB etc.');
      return;
    }
    if (typeof bytes === 'number') {
      if (this.checkRoom(bytes)) this.sec.size += bytes;
      return;
    }
    if (!this.checkRoom(bytes.length)) return;
    const s = this.sec;
    const off = s.size;
    if (s.nobits) {
      if (bytes.some(b => b !== 0)) this.warning(`attempt to initialize memory in BSS section \`${s.name}': ignored`);
    } else if (this.final) {
      s.buf!.writeAt(off, bytes);
      this.record(it, kind, off, bytes.length, bytes, 1);
    }
    s.size += bytes.length;
  }

  private emitBytesRepeated(bytes: Uint8Array | number, n: number, kind: 'insn' | 'data', it: Item): void {
    if (this.abs !== null) { this.error('attempt to assemble code or data in absolute space'); return; }
    if (typeof bytes === 'number') {
      if (this.checkRoom(bytes * n)) this.sec.size += bytes * n;
      return;
    }
    const total = bytes.length * n;
    if (!this.checkRoom(total)) return;
    const s = this.sec;
    const off = s.size;
    if (s.nobits) {
      if (bytes.some(b => b !== 0)) this.warning(`attempt to initialize memory in BSS section \`${s.name}': ignored`);
    } else if (this.final) {
      const buf = s.buf!;
      buf.ensure(off + total);
      if (bytes.length === 1) buf.fillAt(off, n, bytes[0]);
      else for (let i = 0; i < n; i++) buf.writeAt(off + i * bytes.length, bytes);
      if (kind === 'insn' && n <= 4096) {
        for (let i = 0; i < n; i++) this.record(it, kind, off + i * bytes.length, bytes.length, bytes, 1);
      } else this.record(it, kind, off, total, bytes, n);
    }
    s.size += total;
  }

  private emitFill(n: number, b: number): void {
    this.emitBytesRepeated(new Uint8Array([b]), n, 'data', this.item);
  }

  private reserve(n: number, warn: boolean): void {
    if (n <= 0) return;
    if (this.abs !== null) { this.abs += BigInt(n); return; }
    const s = this.sec;
    if (!this.checkRoom(n)) return;
    if (!s.nobits) {
      if (warn) this.warning(`uninitialized space declared in ${s.name} section: zeroing`);
      if (this.final) {
        s.buf!.fillAt(s.size, n, 0);
        this.record(this.item, 'data', s.size, n, new Uint8Array(Math.min(n, 16)), 1);
      }
    }
    s.size += n;
  }

  private lineTexts = new WeakMap<PLine, string>();
  private textOf(line: PLine): string {
    let t = this.lineTexts.get(line);
    if (t === undefined) { t = lineText(line).trim(); this.lineTexts.set(line, t); }
    return t;
  }

  private record(it: Item, kind: 'insn' | 'data', off: number, size: number, bytes: Uint8Array, reps: number): void {
    const s = this.sec;
    const addr = s.vstart + BigInt(off);
    const { loc, macroLoc } = locOf(it.line, it.col);
    const e: SourceMapEntry = {
      addr: Number(addr), offset: Number(s.start - this.org) + off, size, kind, loc, text: this.textOf(it.line), section: s.name,
    };
    if (macroLoc) e.macroLoc = macroLoc;
    this.sourceMap.push(e);
    // listings show the offset within the section, like nasm -l
    const loff = BigInt(off);
    const last = this.listRecs[this.listRecs.length - 1];
    if (last && last.line === it.line && last.addr + BigInt(last.total) === loff && last.reps === 1 && reps === 1 && last.total < 4096) {
      // same source line: merge (e.g. a DB with several values, TIMES of an instruction)
      const nb = new Uint8Array(Math.min(last.total + size, 64));
      nb.set(last.bytes.subarray(0, Math.min(last.bytes.length, nb.length)));
      if (last.total < nb.length) nb.set(bytes.subarray(0, nb.length - last.total), last.total);
      last.bytes = nb;
      last.total += size;
      return;
    }
    this.listRecs.push({ line: it.line, addr: loff, bytes: bytes.slice(0, 64), total: reps > 1 ? bytes.length : size, reps });
  }

  // ------------------------------------------------------------ instructions & data

  /** The operands with this pass's values, in the statement's reusable operand objects. */
  private evalOps(it: Item & { t: 'insn' }, memo: InsnMemo): ROp[] {
    const out = memo.ops;
    for (let i = 0; i < out.length; i++) {
      const o = out[i];
      switch (o.k) {
        case 'reg': break;
        case 'mem': {
          const dv = o.disp ? this.eval(o.disp) : undefined;
          if (dv && dv.seg === INVALID && !dv.unk) this.error('expression is not simple or relocatable', o.col);
          o.dv = dv;
          break;
        }
        case 'imm': {
          const v = this.eval(o.e);
          if (v.seg === INVALID && !v.unk) this.error('expression is not simple or relocatable', o.col);
          o.v = v;
          break;
        }
        case 'far': o.sv = this.eval(o.seg); o.ov = this.eval(o.off); break;
      }
    }
    return out;
  }

  private newMemo(it: Item & { t: 'insn' }): InsnMemo {
    const ops: ROp[] = [];
    const none: Val = { v: 0n, seg: ABS, unk: true };
    for (const o of it.ops) {
      switch (o.k) {
        case 'reg': ops.push(o); break;
        // one property layout per kind (every field present) keeps the encoder's operand reads monomorphic
        case 'mem': {
          const m: AllFields<MemOp & { dv?: Val }> = {
            k: 'mem', col: o.col, size: o.size, far: o.far, near: o.near, strict: o.strict, base: o.base, index: o.index, scale: o.scale,
            disp: o.disp, dispSize: o.dispSize, seg: o.seg, rel: o.rel, nosplit: o.nosplit, deco: o.deco, addrSize: o.addrSize, dv: undefined,
          };
          ops.push(m);
          break;
        }
        case 'imm': {
          const m: AllFields<ImmOp & { v: Val }> = { k: 'imm', col: o.col, e: o.e, size: o.size, strict: o.strict, jmp: o.jmp, to: o.to, v: none };
          ops.push(m);
          break;
        }
        case 'far': ops.push({ ...o, sv: none, ov: none }); break;
        case 'deco': break;
      }
    }
    return { ops, site: newEncodeSite(), bits: 0, rel: false, size: -1, constant: false };
  }

  /** Bytes of an instruction (final pass) or just its size (earlier passes). */
  private insnBytes(it: Item & { t: 'insn' }): Uint8Array | number | null {
    if (this.abs !== null) {
      this.error('attempt to assemble code in absolute space');
      return null;
    }
    const memo = it.memo ??= this.newMemo(it);
    if (!this.final && memo.constant && memo.bits === this.bits && memo.rel === this.defaultRel) return memo.size;
    const ops = this.evalOps(it, memo);
    const req: EncodeRequest = {
      mnem: it.mnem, target: it.target, ops, prefixes: it.prefixes, bits: this.bits, ip: this.curAddr(), defaultRel: this.defaultRel, final: this.final, site: memo.site,
    };
    const r = encodeInstruction(req);
    for (const w of r.warnings) this.warning(w.message, w.col);
    if (r.error) {
      this.error(r.error, r.errorCol);
      // keep the previous pass's size so layout stays stable in early passes
      return this.final ? null : (memo.size >= 0 ? memo.size : null);
    }
    memo.size = r.bytes ? r.bytes.length : (r.size ?? 0);
    memo.bits = this.bits;
    memo.rel = this.defaultRel;
    memo.constant = it.constant && !r.unknown;
    return this.final ? (r.bytes ?? null) : memo.size;
  }

  private dataBytes(it: Item & { t: 'data' }): Uint8Array | null {
    const out: number[] = [];
    const unit = it.unit;
    for (const v of it.vals) {
      switch (v.t) {
        case 'str': {
          pushAll(out, v.bytes);
          const pad = (unit - (v.bytes.length % unit)) % unit;
          for (let i = 0; i < pad; i++) out.push(0);
          break;
        }
        case 'undef':
          for (let i = 0; i < unit; i++) out.push(0);
          break;
        case 'float': {
          const b = floatBytes(v.f, unit);
          if (!b) { this.error(`floating-point constant not supported in a ${unit * 8}-bit data declaration`, v.col); for (let i = 0; i < unit; i++) out.push(0); }
          else out.push(...b);
          break;
        }
        case 'expr': {
          const val = this.eval(v.e);
          if (val.seg === INVALID && !val.unk) this.error('expression is not simple or relocatable', v.col);
          if (unit > 8 && unit !== 10 && unit !== 16 && unit !== 32 && unit !== 64) { out.push(...intBytes(val.v, unit)); break; }
          if (!val.unk && val.seg === ABS && dataOverflows(val.v, unit)) {
            this.warning(`${['', 'byte', 'word', '', 'dword'][unit] ?? `${unit * 8}-bit`} data exceeds bounds`, v.col);
          }
          if (unit === 10) {
            // integer in DT: NASM stores it as an 80-bit integer
            out.push(...intBytes(val.v, 10));
          } else out.push(...intBytes(val.v, unit));
          break;
        }
      }
    }
    return new Uint8Array(out);
  }

  private incbin(it: Item & { t: 'incbin' }): Uint8Array | null {
    let data = this.incbinCache.get(it.file);
    if (data === undefined) {
      data = null;
      const from = it.line.file;
      const cands = it.file.startsWith('/') ? [it.file] : [joinPath(dirName(from), it.file), joinPath(dirName(this.cfg.mainFile), it.file), ...this.cfg.includePaths.map(p => joinPath(p, it.file))];
      for (const c of cands) {
        let d: string | Uint8Array | undefined;
        try { d = this.cfg.readFile(c); } catch { d = undefined; }
        if (d !== undefined) { data = typeof d === 'string' ? new TextEncoder().encode(d) : d; break; }
      }
      if (!data) {
        const bi = this.cfg.builtinIncludes(it.file);
        if (bi !== undefined) data = new TextEncoder().encode(bi);
      }
      this.incbinCache.set(it.file, data);
    }
    if (!data) { this.error(`unable to open incbin file \`${it.file}'`); return null; }
    let start = 0, len = data.length;
    if (it.skip) { const n = this.evalCount(it.skip, 'INCBIN'); if (n !== null) start = Math.min(n, data.length); }
    if (it.len) { const n = this.evalCount(it.len, 'INCBIN'); if (n !== null) len = n; }
    return data.subarray(start, Math.min(data.length, start + len));
  }

  // ------------------------------------------------------------ results

  image(): { bytes: Uint8Array; sections: { name: string; start: number; vstart: number; size: number; nobits: boolean; fileOffset: number }[] } {
    let end = 0n;
    for (const s of this.sections) {
      if (s.nobits || s.size === 0) continue;
      const e = s.start - this.org + BigInt(s.size);
      if (e > end) end = e;
    }
    let len = Number(end);
    if (len > this.cfg.maxOutput) {
      this.diags.push({ file: this.cfg.mainFile, line: 1, col: 1, severity: 'error', message: `output image would be ${len} bytes (sections placed far apart?), over the limit of ${this.cfg.maxOutput}` });
      len = 0;
    }
    const out = new Uint8Array(Math.max(0, len));
    for (const s of this.sections) {
      if (s.nobits || !s.buf || s.size === 0) continue;
      const off = Number(s.start - this.org);
      if (off < 0 || off >= out.length) continue;
      out.set(s.buf.bytes().subarray(0, Math.min(s.size, out.length - off)), off);
    }
    const sections = orderSections(this.sections).map(s => ({
      name: s.name, start: Number(s.start), vstart: Number(s.vstart), size: s.size, nobits: s.nobits, fileOffset: s.nobits ? -1 : Number(s.start - this.org),
    }));
    return { bytes: out, sections };
  }

  symbolList(): AsmSymbol[] {
    const out: AsmSymbol[] = [];
    for (const s of this.symbols.values()) {
      if (s.name.startsWith('..@')) continue;
      const sym: AsmSymbol = { name: s.name, value: Number(s.value), kind: s.kind, loc: locOf(s.line, s.col).loc };
      if (s.section) sym.section = s.section;
      out.push(sym);
    }
    return out;
  }

}

function isConstExpr(e: Expr): boolean {
  switch (e.t) {
    case 'num': case 'str': case 'float': return true;
    case 'sym': case 'here': case 'start': return false;
    case 'un': return isConstExpr(e.a);
    case 'bin': return isConstExpr(e.a) && isConstExpr(e.b);
    case 'cond': return isConstExpr(e.c) && isConstExpr(e.a) && isConstExpr(e.b);
  }
}
