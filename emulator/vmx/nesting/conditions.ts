// Exit-reason stop conditions (DESIGN.md section 5 "exit reasons filtered by level and condition"):
//
//   [exit:]REASONS [from L<n>] [to L<n>] [hardware|virtual] [if EXPR]
//
// REASONS is `*`/`any`, or a comma-separated list of exit-reason names (aliases and EXIT_REASON_ prefix
// accepted, case-insensitive) or numbers. EXPR is a C-like integer expression over the exit
// (qual, gpa, gla, rip, reason, len, intr, idt, from, to, virtual, field, value, ptr) and the registers of the
// exiting guest at the exit (rax..r15, eax..r15d). Example: `exit:EPT_VIOLATION from L2 to L1 virtual if qual & 2`.
import { exitReasonByName, exitReason, EXIT_REASONS } from '../arch';
import type { VmExitRecord } from '../vmx-unit';
import { regValue } from './guest-memory';

export class ExitConditionError extends Error {}

export type Expr =
  | { k: 'num'; v: bigint }
  | { k: 'var'; name: string }
  | { k: 'un'; op: string; a: Expr }
  | { k: 'bin'; op: string; a: Expr; b: Expr };

export interface ExitCondition {
  /** the text it was parsed from */
  text: string;
  /** basic exit reasons, null for any */
  reasons: Set<number> | null;
  from?: number;
  to?: number;
  kind?: 'hardware' | 'virtual';
  expr?: Expr;
}

/** What a condition can see of an exit (NestedExitRecord provides it). */
export interface ConditionSubject extends VmExitRecord {
  guestRegs?: Int32Array;
  guestRegsAt?: number;
  operand?: { field?: number; value?: bigint; pointer?: number };
}

const REGS64 = ['rax', 'rcx', 'rdx', 'rbx', 'rsp', 'rbp', 'rsi', 'rdi', 'r8', 'r9', 'r10', 'r11', 'r12', 'r13', 'r14', 'r15'];
const REGS32 = ['eax', 'ecx', 'edx', 'ebx', 'esp', 'ebp', 'esi', 'edi', 'r8d', 'r9d', 'r10d', 'r11d', 'r12d', 'r13d', 'r14d', 'r15d'];
const VARS: Record<string, string> = {
  qual: 'qual', qualification: 'qual', exit_qualification: 'qual',
  gpa: 'gpa', guest_physical: 'gpa', gla: 'gla', guest_linear: 'gla',
  rip: 'rip', reason: 'reason', len: 'len', intr: 'intr', idt: 'idt', from: 'from', to: 'to', virtual: 'virtual',
  field: 'field', value: 'value', ptr: 'ptr',
};
export const CONDITION_VARIABLES = [...Object.keys(VARS), ...REGS64, ...REGS32];

function levelOf(tok: string | undefined, what: string, text: string): number {
  const m = tok ? /^L?(\d+)$/i.exec(tok) : null;
  if (!m) throw new ExitConditionError(`'${text}': '${what}' needs a level such as L1${tok ? ` (got '${tok}')` : ''}`);
  return Number(m[1]);
}

export function parseExitCondition(text: string): ExitCondition {
  const src = text.trim();
  let body = src.replace(/^exit\s*:\s*/i, '');
  let exprText: string | undefined;
  const ifm = /(^|\s)if(\s|$)/i.exec(body);
  if (ifm) {
    exprText = body.slice(ifm.index + ifm[0].length).trim();
    body = body.slice(0, ifm.index).trim();
    if (!exprText) throw new ExitConditionError(`'${src}': 'if' needs an expression, e.g. 'if qual & 2'`);
  }
  const toks = body.split(/\s+/).filter(Boolean);
  if (toks.length === 0) throw new ExitConditionError(`'${src}': expected an exit reason (e.g. EPT_VIOLATION, CPUID, or * for any)`);
  const cond: ExitCondition = { text: src, reasons: null };
  const first = toks.shift()!;
  if (first !== '*' && first.toLowerCase() !== 'any') {
    cond.reasons = new Set();
    for (const name of first.split(',').filter(Boolean)) {
      const n = /^\d+$/.test(name) ? Number(name) : undefined;
      const r = n !== undefined ? exitReason(n) : exitReasonByName(name);
      if (!r || r.reserved) {
        const near = EXIT_REASONS.filter((e) => !e.reserved && e.name.includes(name.toUpperCase().replace(/^EXIT_REASON_/, '').slice(0, 4))).slice(0, 4).map((e) => e.name);
        throw new ExitConditionError(`'${src}': unknown exit reason '${name}'${near.length ? ` (did you mean ${near.join(', ')}?)` : ''}`);
      }
      cond.reasons.add(r.reason);
    }
  }
  while (toks.length) {
    const t = toks.shift()!.toLowerCase();
    if (t === 'from' || t === 'to') {
      if (cond[t] !== undefined) throw new ExitConditionError(`'${src}': '${t}' given twice`);
      cond[t] = levelOf(toks.shift(), t, src);
    } else if (t === 'hardware' || t === 'hw' || t === 'virtual' || t === 'reflected') {
      const k = t === 'hw' ? 'hardware' : t === 'reflected' ? 'virtual' : t;
      if (cond.kind && cond.kind !== k) throw new ExitConditionError(`'${src}': an exit is either hardware or virtual, not both`);
      cond.kind = k;
    } else throw new ExitConditionError(`'${src}': unexpected '${t}' (expected from L<n>, to L<n>, hardware, virtual or if <expression>)`);
  }
  if (cond.from !== undefined && cond.to !== undefined && cond.to >= cond.from) throw new ExitConditionError(`'${src}': an exit goes from a level to an outer one (to L${cond.to} must be less than from L${cond.from})`);
  if (cond.kind === 'hardware' && cond.to !== undefined && cond.to !== 0) throw new ExitConditionError(`'${src}': hardware exits are always received by L0 (to L${cond.to} needs 'virtual')`);
  if (cond.kind === 'virtual' && cond.to === 0) throw new ExitConditionError(`'${src}': virtual exits are received by a guest hypervisor (L1 or deeper), not L0`);
  if (exprText !== undefined) cond.expr = parseExpr(exprText, src);
  return cond;
}

export function matchExitCondition(cond: ExitCondition, rec: ConditionSubject): boolean {
  if (cond.reasons && !cond.reasons.has(rec.reason)) return false;
  if (cond.from !== undefined && rec.exitingLevel !== cond.from) return false;
  if (cond.to !== undefined && rec.receivingLevel !== cond.to) return false;
  if (cond.kind && (cond.kind === 'virtual') !== rec.virtual) return false;
  if (cond.expr) return evalExpr(cond.expr, rec) !== 0n;
  return true;
}

function variable(name: string, rec: ConditionSubject): bigint {
  const r64 = REGS64.indexOf(name), r32 = REGS32.indexOf(name);
  if (r64 >= 0 || r32 >= 0) {
    if (!rec.guestRegs) return 0n;
    const v = regValue(rec.guestRegs, r64 >= 0 ? r64 : r32, rec.guestRegsAt ?? 0);
    return r64 >= 0 ? v : v & 0xffffffffn;
  }
  const big = (n: number | undefined) => BigInt.asUintN(64, BigInt(n ?? 0));
  switch (VARS[name]) {
    case 'qual': return rec.qualification;
    case 'gpa': return big(rec.guestPhysical);
    case 'gla': return big(rec.guestLinear);
    case 'rip': return big(rec.guestRip);
    case 'reason': return BigInt(rec.reason);
    case 'len': return BigInt(rec.instructionLength);
    case 'intr': return BigInt(rec.interruptionInfo >>> 0);
    case 'idt': return BigInt(rec.idtVectoringInfo >>> 0);
    case 'from': return BigInt(rec.exitingLevel);
    case 'to': return BigInt(rec.receivingLevel);
    case 'virtual': return rec.virtual ? 1n : 0n;
    case 'field': return BigInt(rec.operand?.field ?? 0);
    case 'value': return rec.operand?.value ?? 0n;
    case 'ptr': return big(rec.operand?.pointer);
  }
  return 0n;
}

function evalExpr(e: Expr, rec: ConditionSubject): bigint {
  switch (e.k) {
    case 'num': return e.v;
    case 'var': return variable(e.name, rec);
    case 'un': {
      const a = evalExpr(e.a, rec);
      return e.op === '!' ? (a === 0n ? 1n : 0n) : e.op === '~' ? BigInt.asUintN(64, ~a) : BigInt.asUintN(64, -a);
    }
    case 'bin': {
      if (e.op === '&&') return evalExpr(e.a, rec) !== 0n && evalExpr(e.b, rec) !== 0n ? 1n : 0n;
      if (e.op === '||') return evalExpr(e.a, rec) !== 0n || evalExpr(e.b, rec) !== 0n ? 1n : 0n;
      const a = evalExpr(e.a, rec), b = evalExpr(e.b, rec);
      const u = (v: bigint) => BigInt.asUintN(64, v);
      switch (e.op) {
        case '|': return a | b; case '^': return a ^ b; case '&': return a & b;
        case '==': return a === b ? 1n : 0n; case '!=': return a !== b ? 1n : 0n;
        case '<': return a < b ? 1n : 0n; case '<=': return a <= b ? 1n : 0n; case '>': return a > b ? 1n : 0n; case '>=': return a >= b ? 1n : 0n;
        case '<<': return u(a << (b & 63n)); case '>>': return a >> (b & 63n);
        case '+': return u(a + b); case '-': return u(a - b); case '*': return u(a * b);
        case '/': return b === 0n ? 0n : a / b; case '%': return b === 0n ? 0n : a % b;
      }
    }
  }
  return 0n;
}

// Precedence climbing, lowest first.
const LEVELS: string[][] = [['||'], ['&&'], ['|'], ['^'], ['&'], ['==', '!='], ['<', '<=', '>', '>='], ['<<', '>>'], ['+', '-'], ['*', '/', '%']];

function parseExpr(text: string, src: string): Expr {
  const toks: { t: string; pos: number }[] = [];
  const re = /\s*(0x[0-9a-f_]+|0b[01_]+|\d[\d_]*|[a-z_][a-z0-9_]*|\|\||&&|==|!=|<=|>=|<<|>>|[-+*/%&|^~!()<>])/giy;
  let m: RegExpExecArray | null;
  let pos = 0;
  while (pos < text.length) {
    re.lastIndex = pos;
    m = re.exec(text);
    if (!m) { if (/^\s*$/.test(text.slice(pos))) break; throw new ExitConditionError(`'${src}': unexpected character '${text.slice(pos).trim()[0]}' at column ${pos + 1} of the condition`); }
    toks.push({ t: m[1], pos: m.index + m[0].length - m[1].length });
    pos = re.lastIndex;
  }
  let i = 0;
  const fail = (msg: string): never => { throw new ExitConditionError(`'${src}': ${msg} in condition '${text}'`); };
  const primary = (): Expr => {
    const tok = toks[i++];
    if (!tok) return fail('expression ends too early');
    const t = tok.t;
    if (t === '(') { const e = binary(0); if (toks[i++]?.t !== ')') fail(`missing ')' for '(' at column ${tok.pos + 1}`); return e; }
    if (t === '!' || t === '~' || t === '-') return { k: 'un', op: t, a: primary() };
    if (/^(0x|0b|\d)/i.test(t)) return { k: 'num', v: BigInt(t.replace(/_/g, '')) };
    const name = t.toLowerCase();
    if (/^[a-z_]/.test(name)) {
      if (!CONDITION_VARIABLES.includes(name)) fail(`unknown name '${t}' (known: qual, gpa, gla, rip, reason, len, intr, from, to, virtual, field, value, ptr and the registers rax..r15, eax..r15d)`);
      return { k: 'var', name };
    }
    return fail(`unexpected '${t}' at column ${tok.pos + 1}`);
  };
  const binary = (level: number): Expr => {
    if (level >= LEVELS.length) return primary();
    let a = binary(level + 1);
    while (i < toks.length && LEVELS[level].includes(toks[i].t)) {
      const op = toks[i++].t;
      a = { k: 'bin', op, a, b: binary(level + 1) };
    }
    return a;
  };
  const e = binary(0);
  if (i < toks.length) fail(`unexpected '${toks[i].t}' at column ${toks[i].pos + 1}`);
  return e;
}
