/**
 * NASM operand syntax (manual 3.2.x, 3.3): registers, effective addresses
 * `[size seg:base+index*scale+disp]` with `rel`/`abs`/`nosplit`, immediates with
 * size keywords and `strict`, `short`/`near`/`far`, far pointers `seg:off`,
 * and AVX-512 decorators `{k1}{z}`, `{1toN}`, `{sae}`, `{rn-sae}`...
 */
import type { Token } from './lexer';
import { Cursor, Expr, ExprSyntaxError, NameResolver, parseExpr } from './expr';
import { lookupReg, RegInfo } from './registers';

export const SIZE_KW: Record<string, number> = {
  byte: 1, word: 2, dword: 4, qword: 8, tword: 10, oword: 16, xword: 16, yword: 32, zword: 64,
};

export interface Decorators {
  mask?: RegInfo;
  zero?: boolean;
  /** {1toN} */
  bcst?: number;
  /** rounding: 1 rn, 2 rd, 3 ru, 4 rz (iced RoundingControl) */
  er?: number;
  sae?: boolean;
}

export interface RegOp { k: 'reg'; reg: RegInfo; col: number; deco?: Decorators; size?: number; to?: boolean }
export interface MemOp {
  k: 'mem';
  col: number;
  /** Explicit operand size in bytes (byte=1 ... zword=64). */
  size?: number;
  far?: boolean;
  near?: boolean;
  strict?: boolean;
  base?: RegInfo;
  index?: RegInfo;
  scale: number;
  disp?: Expr;
  /** Explicit displacement size in bits ([byte eax+1], [dword ...]). */
  dispSize?: number;
  seg?: RegInfo;
  /** true: `rel`, false: `abs`, undefined: `default` setting. */
  rel?: boolean;
  nosplit?: boolean;
  deco?: Decorators;
  /** Address size implied by the registers (16/32/64), 0 when none. */
  addrSize: number;
}
export interface ImmOp {
  k: 'imm';
  col: number;
  e: Expr;
  size?: number;
  strict?: boolean;
  jmp?: 'short' | 'near' | 'far';
  /** FPU `to` keyword (fadd to st1). */
  to?: boolean;
}
export interface FarOp { k: 'far'; col: number; seg: Expr; off: Expr; size?: number }
/** A bare `{sae}` / `{rn-sae}` operand. */
export interface DecoOp { k: 'deco'; col: number; deco: Decorators }

export type Operand = RegOp | MemOp | ImmOp | FarOp | DecoOp;

export class OperandError {
  constructor(public message: string, public col: number) {}
}

/** Split at top-level commas. */
export function splitOperands(toks: Token[]): Token[][] {
  const out: Token[][] = [];
  if (toks.length === 0) return out;
  let cur: Token[] = [];
  let depth = 0;
  for (const t of toks) {
    if (t.k === 'op') {
      if (t.t === '[' || t.t === '(' || t.t === '{') depth++;
      else if (t.t === ']' || t.t === ')' || t.t === '}') depth = Math.max(0, depth - 1);
      else if (t.t === ',' && depth === 0) { out.push(cur); cur = []; continue; }
    }
    cur.push(t);
  }
  out.push(cur);
  return out;
}

function parseDecorator(text: string, col: number, d: Decorators): void {
  const s = text.toLowerCase();
  let m: RegExpExecArray | null;
  if ((m = /^k([0-7])$/.exec(s))) { d.mask = lookupReg(s); return; }
  if (s === 'z') { d.zero = true; return; }
  if ((m = /^1to(\d+)$/.exec(s))) { d.bcst = parseInt(m[1], 10); return; }
  if (s === 'sae') { d.sae = true; return; }
  const er: Record<string, number> = { 'rn-sae': 1, 'rd-sae': 2, 'ru-sae': 3, 'rz-sae': 4 };
  if (er[s]) { d.er = er[s]; d.sae = true; return; }
  throw new OperandError(`invalid decorator \`{${text}}'`, col);
}

/** Parse trailing `{...}` groups starting at cursor. */
function parseDecorators(c: Cursor): Decorators | undefined {
  if (!c.isOp('{')) return undefined;
  const d: Decorators = {};
  while (c.isOp('{')) {
    const open = c.next()!;
    let text = '';
    while (!c.atEnd() && !c.isOp('}')) text += c.next()!.t;
    if (!c.isOp('}')) throw new OperandError('missing `}\' in decorator', open.col);
    c.next();
    parseDecorator(text, open.col, d);
  }
  return d;
}

interface Term { reg: RegInfo; scale: bigint }

/** Constant-fold an expression that must not mention symbols. */
function constValue(e: Expr): bigint | undefined {
  switch (e.t) {
    case 'num': return e.v;
    case 'un': { const a = constValue(e.a); if (a === undefined) return undefined; return e.op === '-' ? -a : e.op === '~' ? ~a : a === 0n ? 1n : 0n; }
    case 'bin': {
      const a = constValue(e.a), b = constValue(e.b);
      if (a === undefined || b === undefined) return undefined;
      switch (e.op) {
        case '+': return a + b; case '-': return a - b; case '*': return a * b;
        case '<<': return a << b;
        default: return undefined;
      }
    }
    default: return undefined;
  }
}

function hasReg(e: Expr): boolean {
  switch (e.t) {
    case 'sym': return !!lookupReg(e.name) && !e.name.startsWith('$');
    case 'un': return hasReg(e.a);
    case 'bin': return hasReg(e.a) || hasReg(e.b);
    case 'cond': return hasReg(e.c) || hasReg(e.a) || hasReg(e.b);
    default: return false;
  }
}

/** Split an effective-address expression into register terms and a displacement. */
function linearize(e: Expr, col: number): { terms: Term[]; disp: Expr | null } {
  if (!hasReg(e)) return { terms: [], disp: e };
  switch (e.t) {
    case 'sym': return { terms: [{ reg: lookupReg(e.name)!, scale: 1n }], disp: null };
    case 'bin': {
      if (e.op === '+') {
        const a = linearize(e.a, col), b = linearize(e.b, col);
        return { terms: [...a.terms, ...b.terms], disp: addExpr(a.disp, b.disp) };
      }
      if (e.op === '-') {
        if (hasReg(e.b)) throw new OperandError('invalid effective address: cannot subtract a register', col);
        const a = linearize(e.a, col);
        return { terms: a.terms, disp: a.disp ? { t: 'bin', op: '-', a: a.disp, b: e.b, col } : { t: 'un', op: '-', a: e.b } };
      }
      if (e.op === '*') {
        const [re, ce] = hasReg(e.a) ? [e.a, e.b] : [e.b, e.a];
        if (hasReg(ce)) throw new OperandError('invalid effective address: register multiplied by register', col);
        const k = constValue(ce);
        if (k === undefined) throw new OperandError('invalid effective address: scale must be a constant', col);
        const inner = linearize(re, col);
        if (inner.disp) throw new OperandError('invalid effective address', col);
        return { terms: inner.terms.map(t => ({ reg: t.reg, scale: t.scale * k })), disp: null };
      }
      throw new OperandError('invalid effective address', col);
    }
    default:
      throw new OperandError('invalid effective address', col);
  }
}

function addExpr(a: Expr | null, b: Expr | null): Expr | null {
  if (!a) return b;
  if (!b) return a;
  return { t: 'bin', op: '+', a, b, col: 0 };
}

export interface OperandContext { bits: number; resolve: NameResolver }

function parseMemory(c: Cursor, ctx: OperandContext, op: MemOp): void {
  const open = c.next()!; // '['
  // find matching ']'
  let depth = 0, j = c.i;
  for (; j < c.toks.length; j++) {
    const t = c.toks[j];
    if (t.k === 'op' && t.t === '[') depth++;
    else if (t.k === 'op' && t.t === ']') { if (depth === 0) break; depth--; }
  }
  if (j >= c.toks.length) throw new OperandError('expecting `]\'', open.col);
  const inner = new Cursor(c.toks.slice(c.i, j), c.toks[j].col);
  c.i = j + 1;
  // leading keywords
  for (;;) {
    const t = inner.peek();
    if (!t || t.k !== 'id') break;
    const l = t.t.toLowerCase();
    if (SIZE_KW[l] !== undefined && !(inner.peek(1) && inner.peek(1)!.t === ':')) { op.dispSize = SIZE_KW[l] * 8; inner.next(); continue; }
    if (l === 'rel') { op.rel = true; inner.next(); continue; }
    if (l === 'abs') { op.rel = false; inner.next(); continue; }
    if (l === 'nosplit') { op.nosplit = true; inner.next(); continue; }
    const r = lookupReg(l);
    if (r && r.cls === 'seg' && inner.isOp(':', 1)) { op.seg = r; inner.next(); inner.next(); continue; }
    break;
  }
  if (inner.atEnd()) throw new OperandError('invalid effective address: empty', open.col);
  let e: Expr;
  try { e = parseExpr(inner, ctx.resolve); } catch (err) {
    if (err instanceof ExprSyntaxError) throw new OperandError(err.message, err.col);
    throw err;
  }
  if (!inner.atEnd()) throw new OperandError(`invalid effective address: unexpected \`${inner.peek()!.t}'`, inner.col());
  const { terms, disp } = linearize(e, open.col);
  // merge identical registers
  const merged: Term[] = [];
  for (const t of terms) {
    const m = merged.find(x => x.reg.reg === t.reg.reg);
    if (m) m.scale += t.scale; else merged.push({ ...t });
  }
  const regs = merged.filter(t => t.scale !== 0n);
  op.disp = disp ?? undefined;
  let addr = 0;
  for (const t of regs) {
    const r = t.reg;
    let sz = r.cls === 'r16' ? 16 : r.cls === 'r32' ? 32 : r.cls === 'r64' ? 64 : r.cls === 'ip' ? r.size : 0;
    if (r.cls === 'xmm' || r.cls === 'ymm' || r.cls === 'zmm') sz = -1; // VSIB index
    if (sz === 0) throw new OperandError(`invalid effective address: \`${r.name}' cannot be used in an address`, open.col);
    if (sz > 0) {
      if (addr && addr !== sz) throw new OperandError('invalid effective address: impossible combination of address sizes', open.col);
      addr = sz;
    }
  }
  op.addrSize = addr;
  if (regs.length > 2) throw new OperandError('invalid effective address: too many registers', open.col);
  const vsib = regs.find(t => t.reg.size >= 128 && t.reg.cls !== 'ip');
  if (vsib) {
    op.index = vsib.reg;
    op.scale = Number(vsib.scale);
    const other = regs.find(t => t !== vsib);
    if (other) {
      if (other.scale !== 1n) throw new OperandError('invalid effective address: base register scaled', open.col);
      op.base = other.reg;
    }
  } else if (regs.length === 2) {
    let [a, b] = regs;
    if (a.scale !== 1n && b.scale !== 1n) throw new OperandError('invalid effective address: two scaled registers', open.col);
    if (a.scale !== 1n) [a, b] = [b, a];
    // a has scale 1 -> base (NASM swaps so that esp/rsp is never the index)
    let base = a.reg, index = b.reg;
    const scale = b.scale;
    if (scale === 1n && (index.num === 4 && index.cls !== 'r16')) [base, index] = [index, base];
    if (addr === 16) {
      // 16-bit: base in {bx,bp}, index in {si,di}
      const isB = (r: RegInfo) => r.num === 3 || r.num === 5;
      if (!isB(base) && isB(index)) [base, index] = [index, base];
      if (scale !== 1n || !isB(base) || !(index.num === 6 || index.num === 7)) throw new OperandError('invalid effective address: impossible 16-bit register combination', open.col);
    }
    op.base = base; op.index = index; op.scale = Number(scale);
  } else if (regs.length === 1) {
    const t = regs[0];
    const s = t.scale;
    if (s === 1n) op.base = t.reg;
    else if (!op.nosplit && (s === 2n || s === 3n || s === 5n || s === 9n) && t.reg.num !== 4 && addr !== 16) {
      // NASM turns [eax*2] into [eax+eax], [eax*5] into [eax+eax*4] (manual 3.3)
      op.base = t.reg; op.index = t.reg; op.scale = Number(s - 1n);
    } else {
      op.index = t.reg; op.scale = Number(s);
    }
    if (addr === 16 && !(op.base && !op.index && [3, 5, 6, 7].includes(op.base.num))) throw new OperandError(`invalid effective address: \`${t.reg.name}' cannot be used as a 16-bit address`, open.col);
  }
  if (op.index && ![1, 2, 4, 8].includes(op.scale)) throw new OperandError(`invalid effective address: scale factor ${op.scale}`, open.col);
  if (op.index && op.index.num === 4 && op.index.cls !== 'r16' && op.index.size < 128) throw new OperandError(`invalid effective address: \`${op.index.name}' cannot be an index register`, open.col);
  if (op.base && op.base.cls === 'ip' && op.index) throw new OperandError('invalid effective address: rip cannot be used with an index', open.col);
  const deco = parseDecorators(c);
  if (deco) op.deco = deco;
}

/** Parse one operand. */
export function parseOperand(toks: Token[], ctx: OperandContext, endCol: number): Operand {
  const c = new Cursor(toks, endCol);
  const col = toks[0]?.col ?? endCol;
  if (toks.length === 0) throw new OperandError('missing operand', endCol);
  let size: number | undefined;
  let strict = false;
  let jmp: ImmOp['jmp'];
  let to = false;
  // keywords
  for (;;) {
    const t = c.peek();
    if (!t || t.k !== 'id' || c.i + 1 >= toks.length) break;
    const l = t.t.toLowerCase();
    if (SIZE_KW[l] !== undefined) { size = SIZE_KW[l]; c.next(); continue; }
    if (l === 'strict') { strict = true; c.next(); continue; }
    if (l === 'short' || l === 'near' || l === 'far') { jmp = l; c.next(); continue; }
    if (l === 'to') { to = true; c.next(); continue; }
    break;
  }
  const t = c.peek()!;
  // bare decorator operand: {sae} / {rn-sae}
  if (t.k === 'op' && t.t === '{') {
    const d = parseDecorators(c);
    if (!c.atEnd()) throw new OperandError(`unexpected \`${c.peek()!.t}'`, c.col());
    return { k: 'deco', col, deco: d ?? {} };
  }
  // seg:[mem] (segment override written outside the brackets)
  let segOutside: RegInfo | undefined;
  if (t.k === 'id' && c.isOp(':', 1) && c.isOp('[', 2)) {
    const r = lookupReg(t.t);
    if (r && r.cls === 'seg') { segOutside = r; c.next(); c.next(); }
  }
  if (c.isOp('[')) {
    const op: MemOp = { k: 'mem', col, scale: 1, addrSize: 0 };
    if (size !== undefined) op.size = size;
    if (jmp === 'far') op.far = true;
    if (jmp === 'near') op.near = true;
    if (strict) op.strict = true;
    parseMemory(c, ctx, op);
    if (segOutside) op.seg = segOutside;
    if (!c.atEnd()) throw new OperandError(`unexpected \`${c.peek()!.t}' after memory operand`, c.col());
    return op;
  }
  if (t.k === 'id') {
    const r = t.t.startsWith('$') ? undefined : lookupReg(t.t);
    if (r && (c.i + 1 === toks.length || c.isOp('{', 1))) {
      c.next();
      const deco = parseDecorators(c);
      if (!c.atEnd()) throw new OperandError(`unexpected \`${c.peek()!.t}' after register`, c.col());
      const op: RegOp = { k: 'reg', reg: r, col: t.col };
      if (deco) op.deco = deco;
      if (size !== undefined) op.size = size;
      if (to) op.to = true;
      return op;
    }
  }
  // immediate, possibly seg:off
  let e: Expr;
  try {
    e = parseExpr(c, ctx.resolve);
    if (c.isOp(':')) {
      c.next();
      const off = parseExpr(c, ctx.resolve);
      if (!c.atEnd()) throw new OperandError(`unexpected \`${c.peek()!.t}'`, c.col());
      return { k: 'far', col, seg: e, off, size };
    }
  } catch (err) {
    if (err instanceof ExprSyntaxError) throw new OperandError(err.message, err.col);
    throw err;
  }
  if (!c.atEnd()) {
    const bad = c.peek()!;
    if (bad.k === 'id' && lookupReg(bad.t)) throw new OperandError(`register \`${bad.t}' not allowed in an immediate expression`, bad.col);
    throw new OperandError(`unexpected \`${bad.t}' in operand`, bad.col);
  }
  if (hasReg(e)) {
    throw new OperandError('invalid use of a register in an expression (missing brackets?)', col);
  }
  const op: ImmOp = { k: 'imm', col, e };
  if (size !== undefined) op.size = size;
  if (strict) op.strict = true;
  if (jmp) op.jmp = jmp;
  if (to) op.to = true;
  return op;
}
