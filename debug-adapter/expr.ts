/**
 * Debug-console / watch / hover / condition expressions.
 *
 *   operands   registers (rax eax ax al ah r8d r8w r8b rip rflags cs cr0 cr3 efer dr7 ...; optional `$` prefix),
 *              `rflags.ZF` style flags, labels and equ constants (`message`, `print_str.next`, `.next` relative
 *              to the label containing RIP), `$` (current RIP), numbers (0x1f, 1fh, 31, 0b11111, 'A'),
 *              VMCS fields `vmcs.GUEST_RIP` / `vmcs[0x681e]` (the current VMCS), `vmcs12.GUEST_RIP` /
 *              `vmcs12[0x681e]` (L1's VMCS for L2 as reconstructed; vmcs23 for L2's...), `vmcs02.X` (the
 *              hardware VMCS that runs L2; vmcs01 runs L1), the exit under consideration `exit.reason`
 *              (`exit.qualification`, `exit.guestRip`, `exit.guestLinear`, `exit.guestPhysical`),
 *              memory `byte|word|dword|qword [expr]` (plain `[expr]` is a qword; linear addresses).
 *   operators  NASM-like precedence, loosest first: `||`, `&&`, `== != < <= > >=`, `|`, `^`, `&`, `<< >>`,
 *              `+ -`, `* / %`, unary `- ~ !`; parentheses. Arithmetic is unsigned 64-bit (wraps).
 */
import { UserError } from './util';

export interface EvalEnv {
  /** Register value by lower-case name, undefined if not a register. */
  register(name: string): bigint | undefined;
  /** Label or equ constant (exact name), undefined if unknown. */
  symbol(name: string): bigint | undefined;
  /** Resolves `.local` against the label containing RIP. */
  localSymbol(name: string): bigint | undefined;
  flag(name: string): bigint | undefined;
  /** `which`: undefined for the current VMCS, else the two digits of `vmcsXY` (X's VMCS for level Y). */
  vmcsField(name: string, which?: string): bigint;
  vmcsEncoding(encoding: number, which?: string): bigint;
  exitField(name: string): bigint;
  memory(address: bigint, size: number): bigint;
  currentAddress(): bigint;
}

export type ValueKind = 'number' | 'register' | 'symbol' | 'memory' | 'vmcs' | 'flag' | 'expression';

export interface EvalResult {
  value: bigint;
  kind: ValueKind;
  /** For a label or memory operand: the address (memoryReference). */
  address?: bigint;
  /** Size in bytes for registers and memory operands. */
  size?: number;
  /** Name of the VMCS field for `vmcs.X` / `vmcs[enc]`. */
  vmcsField?: string;
  /** The `XY` of `vmcsXY.X` (another level's VMCS); absent for the current VMCS. */
  vmcs?: string;
}

const M64 = (1n << 64n) - 1n;
const wrap = (v: bigint) => v & M64;

type Tok = { t: 'num'; v: bigint; p: number } | { t: 'id'; v: string; p: number } | { t: 'op'; v: string; p: number } | { t: 'end'; p: number };

const OPS = ['||', '&&', '==', '!=', '<=', '>=', '<<', '>>', '+', '-', '*', '/', '%', '&', '|', '^', '~', '!', '<', '>', '(', ')', '[', ']', ','];

function tokenize(s: string): Tok[] {
  const out: Tok[] = [];
  let i = 0;
  while (i < s.length) {
    const ch = s[i];
    if (/\s/.test(ch)) { i++; continue; }
    const p = i;
    if (ch === "'" || ch === '"' || ch === '`') {
      const j = s.indexOf(ch, i + 1);
      if (j < 0) throw new UserError(`unterminated character constant at column ${p + 1}`);
      const text = s.slice(i + 1, j);
      if (text.length === 0 || text.length > 8) throw new UserError(`character constant must have 1 to 8 characters (column ${p + 1})`);
      let v = 0n;
      for (let k = text.length - 1; k >= 0; k--) v = (v << 8n) | BigInt(text.charCodeAt(k) & 0xff);
      out.push({ t: 'num', v, p });
      i = j + 1;
      continue;
    }
    if (/[0-9]/.test(ch)) {
      let j = i;
      while (j < s.length && /[0-9a-zA-Z_]/.test(s[j])) j++;
      const text = s.slice(i, j).replace(/_/g, '').toLowerCase();
      let v: bigint | undefined;
      if (/^0x[0-9a-f]+$/.test(text)) v = BigInt(text);
      else if (/^0b[01]+$/.test(text)) v = BigInt(text);
      else if (/^0o[0-7]+$/.test(text)) v = BigInt(text);
      else if (/^[0-9][0-9a-f]*h$/.test(text)) v = BigInt('0x' + text.slice(0, -1));
      else if (/^[01]+b$/.test(text)) v = BigInt('0b' + text.slice(0, -1));
      else if (/^[0-9]+d?$/.test(text)) v = BigInt(text.replace(/d$/, ''));
      if (v === undefined) throw new UserError(`bad number '${s.slice(i, j)}' at column ${p + 1}`);
      out.push({ t: 'num', v, p });
      i = j;
      continue;
    }
    if (/[A-Za-z_.$?@]/.test(ch)) {
      let j = i + 1;
      while (j < s.length && /[A-Za-z0-9_.$?@#~]/.test(s[j])) j++;
      out.push({ t: 'id', v: s.slice(i, j), p });
      i = j;
      continue;
    }
    const op = OPS.find((o) => s.startsWith(o, i));
    if (!op) throw new UserError(`unexpected '${ch}' at column ${p + 1}`);
    out.push({ t: 'op', v: op, p });
    i += op.length;
  }
  out.push({ t: 'end', p: s.length });
  return out;
}

const SIZES: Record<string, number> = { byte: 1, word: 2, dword: 4, qword: 8 };

class Parser {
  private i = 0;
  private primaries = 0;
  private last: EvalResult | null = null;
  constructor(private readonly toks: Tok[], private readonly env: EvalEnv) {}

  parse(): EvalResult {
    const v = this.or();
    const t = this.peek();
    if (t.t !== 'end') throw new UserError(`unexpected '${t.t === 'num' ? t.v.toString() : (t as { v: string }).v}' at column ${t.p + 1}`);
    if (this.primaries === 1 && this.last) return { ...this.last, value: v };
    return { value: v, kind: 'expression' };
  }

  private peek(): Tok { return this.toks[this.i]; }
  private isOp(...ops: string[]): string | null {
    const t = this.peek();
    return t.t === 'op' && ops.includes(t.v) ? t.v : null;
  }
  private expect(op: string): void {
    const t = this.peek();
    if (t.t !== 'op' || t.v !== op) throw new UserError(`expected '${op}' at column ${t.p + 1}`);
    this.i++;
  }

  private binary(next: () => bigint, ops: string[], f: (op: string, a: bigint, b: bigint) => bigint): bigint {
    let a = next();
    for (let op = this.isOp(...ops); op; op = this.isOp(...ops)) {
      const p = this.peek().p;
      this.i++;
      const b = next();
      try { a = wrap(f(op, a, b)); } catch (e) { throw new UserError(`${e instanceof Error ? e.message : e} at column ${p + 1}`); }
    }
    return a;
  }
  private or(): bigint { return this.binary(() => this.and(), ['||'], (_o, a, b) => (a !== 0n || b !== 0n ? 1n : 0n)); }
  private and(): bigint { return this.binary(() => this.cmp(), ['&&'], (_o, a, b) => (a !== 0n && b !== 0n ? 1n : 0n)); }
  private cmp(): bigint {
    return this.binary(() => this.bor(), ['==', '!=', '<=', '>=', '<', '>'], (o, a, b) => {
      const r = o === '==' ? a === b : o === '!=' ? a !== b : o === '<' ? a < b : o === '>' ? a > b : o === '<=' ? a <= b : a >= b;
      return r ? 1n : 0n;
    });
  }
  private bor(): bigint { return this.binary(() => this.bxor(), ['|'], (_o, a, b) => a | b); }
  private bxor(): bigint { return this.binary(() => this.band(), ['^'], (_o, a, b) => a ^ b); }
  private band(): bigint { return this.binary(() => this.shift(), ['&'], (_o, a, b) => a & b); }
  private shift(): bigint { return this.binary(() => this.add(), ['<<', '>>'], (o, a, b) => (b > 63n ? 0n : o === '<<' ? a << b : a >> b)); }
  private add(): bigint { return this.binary(() => this.mul(), ['+', '-'], (o, a, b) => (o === '+' ? a + b : a - b)); }
  private mul(): bigint {
    return this.binary(() => this.unary(), ['*', '/', '%'], (o, a, b) => {
      if (o === '*') return a * b;
      if (b === 0n) throw new Error('division by zero');
      return o === '/' ? a / b : a % b;
    });
  }
  private unary(): bigint {
    const op = this.isOp('-', '~', '!', '+');
    if (op) {
      this.i++;
      const v = this.unary();
      this.primaries = 2; // not a plain primary any more
      return wrap(op === '-' ? -v : op === '~' ? ~v : op === '!' ? (v === 0n ? 1n : 0n) : v);
    }
    return this.primary();
  }

  private memory(size: number): bigint {
    this.expect('[');
    const inner = new Parser(this.toks, this.env);
    inner.i = this.i;
    const addr = inner.or();
    this.i = inner.i;
    this.expect(']');
    const v = this.env.memory(addr, size);
    this.note({ value: v, kind: 'memory', address: addr, size });
    return v;
  }

  private note(r: EvalResult): void { this.primaries++; this.last = r; }

  private primary(): bigint {
    const t = this.peek();
    if (t.t === 'num') { this.i++; this.note({ value: t.v, kind: 'number' }); return wrap(t.v); }
    if (t.t === 'op' && t.v === '(') {
      this.i++;
      const v = this.or();
      this.expect(')');
      this.primaries = 2;
      return v;
    }
    if (t.t === 'op' && t.v === '[') return this.memory(8);
    if (t.t !== 'id') throw new UserError(t.t === 'end' ? 'expression expected' : `unexpected '${(t as { v: string }).v}' at column ${t.p + 1}`);
    this.i++;
    const name = t.v;
    const lower = name.toLowerCase();
    // size [expr]
    if (SIZES[lower] !== undefined && this.peek().t !== 'end') {
      if (this.peek().t === 'id' && (this.peek() as { v: string }).v.toLowerCase() === 'ptr') this.i++;
      if (this.isOp('[')) return this.memory(SIZES[lower]);
    }
    // vmcs[expr], vmcs12[expr]
    const vm = /^vmcs(\d\d)?$/.exec(lower);
    if (vm && this.isOp('[')) {
      this.i++;
      const inner = new Parser(this.toks, this.env);
      inner.i = this.i;
      const enc = inner.or();
      this.i = inner.i;
      this.expect(']');
      if (enc > 0xffffffffn) throw new UserError(`VMCS encoding ${enc.toString(16)} is wider than 32 bits`);
      const v = this.env.vmcsEncoding(Number(enc), vm[1]);
      this.note({ value: v, kind: 'vmcs', vmcsField: `0x${enc.toString(16)}`, ...(vm[1] ? { vmcs: vm[1] } : {}) });
      return v;
    }
    const vf = /^vmcs(\d\d)?\./.exec(lower);
    if (vf) {
      const field = name.slice(vf[0].length);
      const v = this.env.vmcsField(field, vf[1]);
      this.note({ value: v, kind: 'vmcs', vmcsField: field.toUpperCase(), ...(vf[1] ? { vmcs: vf[1] } : {}) });
      return v;
    }
    if (lower.startsWith('exit.')) {
      const v = this.env.exitField(name.slice(5));
      this.note({ value: v, kind: 'expression' });
      return v;
    }
    if (lower.startsWith('rflags.') || lower.startsWith('eflags.')) {
      const v = this.env.flag(name.slice(7).toUpperCase());
      if (v === undefined) throw new UserError(`unknown flag '${name.slice(7)}' (CF PF AF ZF SF TF IF DF OF IOPL NT RF VM AC VIF VIP ID)`);
      this.note({ value: v, kind: 'flag' });
      return v;
    }
    if (name === '$') { const v = this.env.currentAddress(); this.note({ value: v, kind: 'number', address: v }); return v; }
    const regName = lower.startsWith('$') ? lower.slice(1) : lower;
    const reg = this.env.register(regName);
    if (reg !== undefined) { this.note({ value: reg, kind: 'register' }); return reg; }
    const sym = name.startsWith('.') ? this.env.localSymbol(name) : this.env.symbol(name.startsWith('$') ? name.slice(1) : name);
    if (sym !== undefined) { const v = wrap(sym); this.note({ value: v, kind: 'symbol', address: v }); return v; }
    throw new UserError(`unknown name '${name}' (not a register, label or constant)`);
  }
}

/** Evaluates an expression (throws UserError with a message for the user). */
export function evaluate(text: string, env: EvalEnv): EvalResult {
  if (typeof text !== 'string' || text.trim() === '') throw new UserError('empty expression');
  if (text.length > 4096) throw new UserError('expression too long');
  return new Parser(tokenize(text), env).parse();
}

/** Replaces `{expr}` in a log message by the expressions' values (hex); `{{`/`}}` are literal braces. */
export function interpolate(message: string, env: EvalEnv): string {
  let out = '';
  for (let i = 0; i < message.length; i++) {
    const ch = message[i];
    if (ch === '{' && message[i + 1] === '{') { out += '{'; i++; continue; }
    if (ch === '}' && message[i + 1] === '}') { out += '}'; i++; continue; }
    if (ch === '{') {
      const j = message.indexOf('}', i + 1);
      if (j < 0) { out += message.slice(i); break; }
      const e = message.slice(i + 1, j);
      try { out += '0x' + evaluate(e, env).value.toString(16); } catch (err) { out += `<${err instanceof Error ? err.message : err}>`; }
      i = j;
      continue;
    }
    out += ch;
  }
  return out;
}

/** Identifier-ish prefix that ends at `column` (1-based) of `text`, for completions. */
export function completionPrefix(text: string, column: number): { prefix: string; start: number } {
  const end = Math.max(0, Math.min(text.length, column - 1));
  let start = end;
  while (start > 0 && /[A-Za-z0-9_.$?@#~]/.test(text[start - 1])) start--;
  return { prefix: text.slice(start, end), start };
}
