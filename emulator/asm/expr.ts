/**
 * NASM expressions (manual 3.5): parsing to an AST and 64-bit evaluation.
 *
 * Precedence, lowest first: `?:`, `||`, `^^`, `&&`, comparisons
 * (`= == != <> < <= > >= <=>`), `|`, `^`, `&`, shifts (`<< >> <<< >>>`),
 * `+ -`, `* / // % %%`, unary (`+ - ~ !`). `/` and `%` are unsigned,
 * `//` and `%%` signed; all arithmetic wraps at 64 bits.
 *
 * Values carry a "segment": -1 for a plain scalar, >= 0 when the value is an
 * address relative to section N (as NASM's bin backend sees labels: they are
 * relocatable until link time, which matters for form selection: a label is
 * never encoded as a sign-extended byte), -2 for a value that is neither
 * ("expression is not simple or relocatable").
 */
import type { Token } from './lexer';

export type Expr =
  | { t: 'num'; v: bigint; /** its Val, made on first evaluation */ val?: Val }
  | { t: 'float'; f: number; text: string }
  | { t: 'str'; bytes: number[] }
  | { t: 'sym'; name: string; col: number }
  | { t: 'here' }
  | { t: 'start' }
  | { t: 'un'; op: string; a: Expr }
  | { t: 'bin'; op: string; a: Expr; b: Expr; col: number }
  | { t: 'cond'; c: Expr; a: Expr; b: Expr };

export const ABS = -1;
export const COMPLEX = -2;
/** A value NASM rejects at its use: "expression is not simple or relocatable". */
export const INVALID = -3;

export interface Val { v: bigint; seg: number; unk: boolean }

export interface EvalCtx {
  /** Value of a symbol, or undefined when it is not (yet) defined. */
  lookup(name: string): Val | undefined;
  here(): Val;
  start(): Val;
  /** Report an evaluation error (only reported when `final`). */
  error(msg: string, col?: number): void;
  /** Called for each undefined symbol. */
  undefinedSym?(name: string, col: number): void;
}

export class ExprSyntaxError {
  constructor(public message: string, public col: number) {}
}

/** Token cursor shared by the expression and operand parsers. */
export class Cursor {
  i = 0;
  constructor(public toks: Token[], public endCol = 1) {}
  peek(o = 0): Token | undefined { return this.toks[this.i + o]; }
  next(): Token | undefined { return this.toks[this.i++]; }
  atEnd(): boolean { return this.i >= this.toks.length; }
  isOp(t: string, o = 0): boolean { const k = this.toks[this.i + o]; return !!k && k.k === 'op' && k.t === t; }
  isId(lower: string, o = 0): boolean { const k = this.toks[this.i + o]; return !!k && k.k === 'id' && k.t.toLowerCase() === lower; }
  col(): number { const k = this.toks[this.i]; return k ? k.col : this.endCol; }
  expectOp(t: string): void {
    if (!this.isOp(t)) throw new ExprSyntaxError(`expected \`${t}'`, this.col());
    this.i++;
  }
}

/** Resolves identifiers (local-label prefixing) at parse time. */
export type NameResolver = (name: string) => string;

const CMP_OPS = new Set(['=', '==', '!=', '<>', '<', '<=', '>', '>=', '<=>']);
const SHIFT_OPS = new Set(['<<', '>>', '<<<', '>>>']);
const MUL_OPS = new Set(['*', '/', '//', '%', '%%']);

/**
 * Binary operators allowed in one expression: chains like `1+1+...` build left-deep trees whose evaluation
 * recurses once per operator, so their length is bounded like the nesting depth.
 */
export const MAX_EXPR_OPERATORS = 1000;
let operatorsLeft = MAX_EXPR_OPERATORS;

export function parseExpr(c: Cursor, resolve: NameResolver, depth = 0): Expr {
  if (depth > 200) throw new ExprSyntaxError('expression too deeply nested', c.col());
  if (depth === 0) operatorsLeft = MAX_EXPR_OPERATORS;
  const cond = parseBinary(c, resolve, 0, depth);
  if (c.isOp('?')) {
    c.next();
    const a = parseExpr(c, resolve, depth + 1);
    c.expectOp(':');
    const b = parseExpr(c, resolve, depth + 1);
    return { t: 'cond', c: cond, a, b };
  }
  return cond;
}

const LEVELS: ((op: string) => boolean)[] = [
  op => op === '||',
  op => op === '^^',
  op => op === '&&',
  op => CMP_OPS.has(op),
  op => op === '|',
  op => op === '^',
  op => op === '&',
  op => SHIFT_OPS.has(op),
  op => op === '+' || op === '-',
  op => MUL_OPS.has(op),
];

function parseBinary(c: Cursor, resolve: NameResolver, level: number, depth: number): Expr {
  if (level >= LEVELS.length) return parseUnary(c, resolve, depth);
  let a = parseBinary(c, resolve, level + 1, depth);
  for (;;) {
    const tk = c.peek();
    if (!tk || tk.k !== 'op' || !LEVELS[level](tk.t)) break;
    if (--operatorsLeft < 0) throw new ExprSyntaxError(`expression has more than ${MAX_EXPR_OPERATORS} operators`, tk.col);
    c.next();
    const b = parseBinary(c, resolve, level + 1, depth);
    a = { t: 'bin', op: tk.t, a, b, col: tk.col };
  }
  return a;
}

function parseUnary(c: Cursor, resolve: NameResolver, depth: number): Expr {
  if (depth > 200) throw new ExprSyntaxError('expression too deeply nested', c.col());
  const tk = c.peek();
  if (tk && tk.k === 'op' && (tk.t === '-' || tk.t === '+' || tk.t === '~' || tk.t === '!')) {
    c.next();
    const a = parseUnary(c, resolve, depth + 1);
    return tk.t === '+' ? a : { t: 'un', op: tk.t, a };
  }
  return parsePrimary(c, resolve, depth);
}

function parsePrimary(c: Cursor, resolve: NameResolver, depth: number): Expr {
  const tk = c.next();
  if (!tk) throw new ExprSyntaxError('expression syntax error: unexpected end of line', c.endCol);
  switch (tk.k) {
    case 'num': return { t: 'num', v: tk.v ?? 0n };
    case 'float': return { t: 'float', f: tk.f ?? 0, text: tk.t };
    case 'str': return { t: 'str', bytes: tk.bytes ?? [] };
    case 'id': {
      const name = tk.t.startsWith('$') ? tk.t.slice(1) : tk.t;
      return { t: 'sym', name: resolve(name), col: tk.col };
    }
    case 'op':
      if (tk.t === '(') {
        const e = parseExpr(c, resolve, depth + 1);
        c.expectOp(')');
        return e;
      }
      if (tk.t === '$') return { t: 'here' };
      if (tk.t === '$$') return { t: 'start' };
      break;
    default: break;
  }
  throw new ExprSyntaxError(`expression syntax error at \`${tk.t}'`, tk.col);
}

// ---------------------------------------------------------------- evaluation

const M64 = (1n << 64n) - 1n;
const u64 = (v: bigint) => v & M64;
const s64 = (v: bigint) => BigInt.asIntN(64, v);

export function strValue(bytes: number[]): bigint {
  let v = 0n;
  for (let i = Math.min(bytes.length, 8) - 1; i >= 0; i--) v = (v << 8n) | BigInt(bytes[i]);
  return v;
}

const scalar = (v: bigint, unk = false): Val => ({ v: u64(v), seg: ABS, unk });

export function evalExpr(e: Expr, ctx: EvalCtx): Val {
  switch (e.t) {
    case 'num': return e.val ??= { v: e.v, seg: ABS, unk: false };
    case 'float': ctx.error('floating-point constant not allowed here'); return scalar(0n);
    case 'str': return scalar(strValue(e.bytes));
    case 'here': return ctx.here();
    case 'start': return ctx.start();
    case 'sym': {
      const v = ctx.lookup(e.name);
      if (v) return v;
      ctx.undefinedSym?.(e.name, e.col);
      return { v: 0n, seg: ABS, unk: true };
    }
    case 'cond': {
      const c = evalExpr(e.c, ctx);
      const a = evalExpr(e.a, ctx);
      const b = evalExpr(e.b, ctx);
      const r = c.v !== 0n ? a : b;
      return { ...r, unk: r.unk || c.unk };
    }
    case 'un': {
      const a = evalExpr(e.a, ctx);
      switch (e.op) {
        case '-': return { v: u64(-a.v), seg: a.seg === ABS ? ABS : COMPLEX, unk: a.unk };
        case '~':
          if (a.seg !== ABS && !a.unk) ctx.error('`~\' operator may only be applied to scalar values');
          return scalar(~a.v, a.unk);
        case '!':
          if (a.seg !== ABS && !a.unk) ctx.error('`!\' operator may only be applied to scalar values');
          return scalar(a.v === 0n ? 1n : 0n, a.unk);
      }
      return a;
    }
    case 'bin': {
      const a = evalExpr(e.a, ctx);
      const b = evalExpr(e.b, ctx);
      return binop(e.op, a, b, ctx, e.col);
    }
  }
}

function binop(op: string, a: Val, b: Val, ctx: EvalCtx, col: number): Val {
  const unk = a.unk || b.unk;
  if (op === '+') {
    let seg: number;
    if (a.seg === ABS) seg = b.seg;
    else if (b.seg === ABS) seg = a.seg;
    else seg = INVALID;
    return { v: u64(a.v + b.v), seg, unk };
  }
  if (op === '-') {
    let seg: number;
    if (b.seg === ABS) seg = a.seg;
    else if (a.seg === b.seg && a.seg >= 0) seg = ABS;
    else seg = a.seg === INVALID || b.seg === INVALID ? INVALID : COMPLEX;
    return { v: u64(a.v - b.v), seg, unk };
  }
  if ((a.seg !== ABS || b.seg !== ABS) && !unk) {
    if (SHIFT_OPS.has(op)) ctx.error('shift operator may only be applied to scalar values', col);
    else if (MUL_OPS.has(op)) {
      const r = binop(op, { ...a, seg: ABS }, { ...b, seg: ABS }, ctx, col);
      return { ...r, seg: INVALID };
    }
    else ctx.error(`\`${op}' operator may only be applied to scalar values`, col);
  }
  const x = a.v, y = b.v;
  switch (op) {
    case '*': return scalar(x * y, unk);
    case '/': case '//': case '%': case '%%': {
      if (y === 0n) {
        if (!unk) ctx.error('division by zero', col);
        return scalar(0n, unk);
      }
      if (op === '/') return scalar(u64(x) / u64(y), unk);
      if (op === '%') return scalar(u64(x) % u64(y), unk);
      if (op === '//') return scalar(s64(x) / s64(y), unk);
      return scalar(s64(x) % s64(y), unk);
    }
    case '<<': case '<<<': return scalar(y >= 64n ? 0n : x << y, unk);
    case '>>': return scalar(y >= 64n ? 0n : u64(x) >> y, unk);
    case '>>>': return scalar(s64(x) >> (y >= 64n ? 63n : y), unk);
    case '&': return scalar(x & y, unk);
    case '|': return scalar(x | y, unk);
    case '^': return scalar(x ^ y, unk);
    case '&&': return scalar(x !== 0n && y !== 0n ? 1n : 0n, unk);
    case '||': return scalar(x !== 0n || y !== 0n ? 1n : 0n, unk);
    case '^^': return scalar((x !== 0n) !== (y !== 0n) ? 1n : 0n, unk);
    case '=': case '==': return scalar(x === y ? 1n : 0n, unk);
    case '!=': case '<>': return scalar(x !== y ? 1n : 0n, unk);
    case '<': return scalar(s64(x) < s64(y) ? 1n : 0n, unk);
    case '<=': return scalar(s64(x) <= s64(y) ? 1n : 0n, unk);
    case '>': return scalar(s64(x) > s64(y) ? 1n : 0n, unk);
    case '>=': return scalar(s64(x) >= s64(y) ? 1n : 0n, unk);
    case '<=>': return scalar(s64(x) < s64(y) ? M64 : s64(x) > s64(y) ? 1n : 0n, unk);
  }
  ctx.error(`unknown operator \`${op}'`, col);
  return scalar(0n, unk);
}

/** True if the expression mentions a symbol, `$` or `$$` (i.e. may change between passes). */
export function exprIsConst(e: Expr): boolean {
  switch (e.t) {
    case 'num': case 'float': case 'str': return true;
    case 'sym': case 'here': case 'start': return false;
    case 'un': return exprIsConst(e.a);
    case 'bin': return exprIsConst(e.a) && exprIsConst(e.b);
    case 'cond': return exprIsConst(e.c) && exprIsConst(e.a) && exprIsConst(e.b);
  }
}

/** Collect symbol names referenced by an expression. */
export function exprSymbols(e: Expr, out: string[] = []): string[] {
  switch (e.t) {
    case 'sym': out.push(e.name); break;
    case 'un': exprSymbols(e.a, out); break;
    case 'bin': exprSymbols(e.a, out); exprSymbols(e.b, out); break;
    case 'cond': exprSymbols(e.c, out); exprSymbols(e.a, out); exprSymbols(e.b, out); break;
    default: break;
  }
  return out;
}

export { u64, s64 };
