/**
 * Statement parser: turns preprocessed lines into assembler items
 * (NASM manual 3.1: `label: instruction operands ; comment`, with TIMES and
 * prefixes, pseudo-instructions DB/RESB/INCBIN/EQU, and the directives of ch. 7
 * and 8.1 that matter for flat binaries).
 */
import { Token, tokensToText } from './lexer';
import { Cursor, Expr, ExprSyntaxError, parseExpr } from './expr';
import { Operand, OperandError, parseOperand, splitOperands } from './operands';
import { isMnemonic, resolveMnemonic, MnemonicTarget } from './forms';
import { lookupReg, RegInfo } from './registers';
import type { PLine } from './preprocessor';
import type { EncodeSite, Prefixes, ROp } from './encoder';
import { pushAll } from './arrays';

export const DATA_UNITS: Record<string, number> = { db: 1, dw: 2, dd: 4, dq: 8, dt: 10, do: 16, dy: 32, dz: 64 };
export const RES_UNITS: Record<string, number> = { resb: 1, resw: 2, resd: 4, resq: 8, rest: 10, reso: 16, resy: 32, resz: 64 };

export type DataVal =
  | { t: 'expr'; e: Expr; col: number }
  | { t: 'str'; bytes: number[]; col: number }
  | { t: 'float'; f: number; col: number }
  | { t: 'undef'; col: number };

export interface SectionAttrs { align?: Expr; start?: Expr; vstart?: Expr; follows?: string; vfollows?: string; nobits?: boolean; progbits?: boolean }

interface Base { line: PLine; col: number; times?: Expr; timesCol?: number }

export type Item =
  | Base & { t: 'label'; name: string }
  | Base & { t: 'equ'; name: string; e: Expr }
  | Base & { t: 'insn'; mnem: string; target: MnemonicTarget; ops: Operand[]; prefixes: Prefixes; constant: boolean; memo: InsnMemo | null }
  | Base & { t: 'prefix'; bytes: number[] }
  | Base & { t: 'data'; unit: number; vals: DataVal[] }
  | Base & { t: 'res'; unit: number; count: Expr }
  | Base & { t: 'incbin'; file: string; skip?: Expr; len?: Expr }
  | Base & { t: 'align'; n: Expr; fill?: Item; b: boolean }
  | Base & { t: 'bits'; bits: 16 | 32 | 64 }
  | Base & { t: 'org'; e: Expr }
  | Base & { t: 'section'; name: string; attrs: SectionAttrs }
  | Base & { t: 'absolute'; e: Expr }
  | Base & { t: 'default'; rel: boolean }
  | Base & { t: 'struc'; name: string }
  | Base & { t: 'endstruc' }
  | Base & { t: 'istruc'; name: string }
  | Base & { t: 'at'; field: Expr; data?: Item }
  | Base & { t: 'iend' }
  | Base & { t: 'sectalign'; n: Expr };

/** What the assembler keeps for one instruction between passes (filled by assembler.ts). */
export interface InsnMemo {
  /** Operands with their values of the current pass (the objects are reused, their values replaced). */
  ops: ROp[];
  site: EncodeSite;
  bits: number;
  rel: boolean;
  /** Size from the last pass (-1: none yet). */
  size: number;
  /** The size cannot change: constant operands, none unknown. */
  constant: boolean;
}

export interface ParseDiag { line: PLine; col: number; severity: 'error' | 'warning'; message: string }

const PREFIXES = new Set(['lock', 'rep', 'repe', 'repz', 'repne', 'repnz', 'o16', 'o32', 'o64', 'a16', 'a32', 'a64', 'xacquire', 'xrelease', 'bnd', 'nobnd']);
const SEG_PREFIX = new Set(['es', 'cs', 'ss', 'ds', 'fs', 'gs']);
const DIRECTIVES = new Set([
  'bits', 'use16', 'use32', 'use64', 'org', 'section', 'segment', 'absolute', 'default', 'align', 'alignb', 'incbin', 'equ',
  'struc', 'endstruc', 'istruc', 'at', 'iend', 'cpu', 'global', 'extern', 'common', 'static', 'warning', 'float', 'sectalign',
  'times', 'list', 'nolist', 'map', 'required', 'gprefix', 'gpostfix', 'lprefix', 'lpostfix',
]);

/** Is this (lower-case) word something that can start a statement? */
export function isKeyword(w: string): boolean {
  return DIRECTIVES.has(w) || PREFIXES.has(w) || DATA_UNITS[w] !== undefined || RES_UNITS[w] !== undefined || isMnemonic(w);
}

function hasPrefixes(p: Prefixes): boolean {
  for (const k in p) if ((p as Record<string, unknown>)[k] !== undefined) return true;
  return false;
}

function exprIsConst(e: Expr): boolean {
  switch (e.t) {
    case 'num': case 'str': case 'float': return true;
    case 'sym': return false;
    case 'here': case 'start': return false;
    case 'un': return exprIsConst(e.a);
    case 'bin': return exprIsConst(e.a) && exprIsConst(e.b);
    case 'cond': return exprIsConst(e.c) && exprIsConst(e.a) && exprIsConst(e.b);
  }
}

function operandConst(o: Operand): boolean {
  switch (o.k) {
    case 'reg': case 'deco': return true;
    case 'mem': return !o.disp || exprIsConst(o.disp);
    case 'imm': return exprIsConst(o.e);
    case 'far': return exprIsConst(o.seg) && exprIsConst(o.off);
  }
}

export class Parser {
  items: Item[] = [];
  diags: ParseDiag[] = [];
  /** Current non-local label, for `.local` names (manual 3.9). */
  private lastGlobal = '';
  private line!: PLine;

  parseLines(lines: PLine[]): void {
    for (const l of lines) {
      this.line = l;
      try {
        this.parseLine(l.toks);
      } catch (e) {
        if (e instanceof ExprSyntaxError || e instanceof OperandError) this.err(e.col, e.message);
        else this.err(l.toks[0]?.col ?? 1, `internal error: ${e instanceof Error ? e.message : String(e)}`);
      }
    }
  }

  private err(col: number, message: string): void { this.diags.push({ line: this.line, col, severity: 'error', message }); }
  private warn(col: number, message: string): void { this.diags.push({ line: this.line, col, severity: 'warning', message }); }

  resolve = (name: string): string => {
    if (name.startsWith('.') && !name.startsWith('..')) return this.lastGlobal + name;
    return name;
  };

  private defineLabelName(name: string): string {
    if (name.startsWith('..@')) return name;
    if (name.startsWith('.') && !name.startsWith('..')) return this.lastGlobal + name;
    if (!name.startsWith('..')) this.lastGlobal = name;
    return name;
  }

  private push(item: Item): void { this.items.push(item); }

  private parseLine(toks: Token[]): void {
    if (toks.length === 0) return;
    let c = new Cursor(toks, (toks[toks.length - 1].col + toks[toks.length - 1].t.length));
    // [directive ...]
    if (c.isOp('[') && toks[1] && toks[1].k === 'id' && DIRECTIVES.has(toks[1].t.toLowerCase())) {
      const close = toks.findIndex(t => t.k === 'op' && t.t === ']');
      const inner = toks.slice(1, close < 0 ? undefined : close);
      if (close < 0) this.err(toks[0].col, 'missing `]\' after directive');
      c = new Cursor(inner, c.endCol);
      this.parseStatement(c, null);
      return;
    }
    // label?
    const t0 = toks[0];
    if (t0.k === 'id') {
      const low = t0.t.toLowerCase();
      const colon = c.isOp(':', 1);
      const next = toks[1];
      const nextIsEqu = next && next.k === 'id' && next.t.toLowerCase() === 'equ';
      if (colon || nextIsEqu || (!isKeyword(low) && !(lookupReg(low) && toks.length > 1) && (toks.length === 1 || (next.k === 'id' && isKeyword(next.t.toLowerCase()))))) {
        const raw = t0.t.startsWith('$') ? t0.t.slice(1) : t0.t;
        c.next();
        if (colon) c.next();
        if (nextIsEqu) {
          c.next();
          const name = this.defineLabelName(raw);
          if (c.atEnd()) { this.err(next.col, '`equ\' expects a value'); return; }
          const e = parseExpr(c, this.resolve);
          if (!c.atEnd()) this.err(c.col(), `unexpected \`${c.peek()!.t}' after expression`);
          this.push({ t: 'equ', name, e, line: this.line, col: t0.col });
          return;
        }
        if (!colon && toks.length === 1 && !raw.startsWith('.')) this.warn(t0.col, 'label alone on a line without a colon might be in error');
        const name = this.defineLabelName(raw);
        this.push({ t: 'label', name, line: this.line, col: t0.col });
        if (c.atEnd()) return;
        this.parseStatement(c, name);
        return;
      }
    }
    this.parseStatement(c, null);
  }

  private parseStatement(c: Cursor, label: string | null, timesE?: Expr, timesCol?: number, prefixes: Prefixes = {}): void {
    const t = c.peek();
    if (!t) {
      if (hasPrefixes(prefixes)) this.emitPrefixOnly(prefixes, c.col(), timesE, timesCol);
      return;
    }
    if (t.k !== 'id') {
      this.err(t.col, `parser: instruction expected, found \`${t.t}'`);
      return;
    }
    const w = t.t.toLowerCase();
    const col = t.col;
    const base = { line: this.line, col, times: timesE, timesCol };
    // TIMES
    if (w === 'times') {
      c.next();
      if (c.atEnd()) { this.err(col, '`times\' expects a count'); return; }
      const e = parseExpr(c, this.resolve);
      if (c.atEnd()) { this.err(col, '`times\' expects an instruction or data after the count'); return; }
      if (timesE) { this.err(col, 'nested `times\' is not supported'); return; }
      this.parseStatement(c, label, e, col, prefixes);
      return;
    }
    // prefixes
    if (PREFIXES.has(w) || (SEG_PREFIX.has(w) && c.peek(1) && c.peek(1)!.k === 'id')) {
      c.next();
      const p: Prefixes = { ...prefixes };
      switch (w) {
        case 'lock': p.lock = true; break;
        case 'rep': p.rep = 'rep'; break;
        case 'repe': case 'repz': p.rep = 'repe'; break;
        case 'repne': case 'repnz': p.rep = 'repne'; break;
        case 'o16': p.osize = 16; break;
        case 'o32': p.osize = 32; break;
        case 'o64': p.osize = 64; break;
        case 'a16': p.asize = 16; break;
        case 'a32': p.asize = 32; break;
        case 'a64': p.asize = 64; break;
        case 'xacquire': p.xacquire = true; break;
        case 'xrelease': p.xrelease = true; break;
        case 'bnd': p.bnd = true; break;
        case 'nobnd': break;
        default: p.seg = lookupReg(w) as RegInfo;
      }
      this.parseStatement(c, label, timesE, timesCol, p);
      return;
    }
    if (hasPrefixes(prefixes) && !isMnemonic(w)) {
      this.err(col, `prefix not allowed before \`${t.t}'`);
      return;
    }
    // data
    if (DATA_UNITS[w] !== undefined) {
      c.next();
      const vals = this.parseData(c, col);
      if (vals.length === 0) { this.warn(col, `no operand for data declaration`); }
      this.push({ t: 'data', line: this.line, col, times: timesE, timesCol, unit: DATA_UNITS[w], vals });
      return;
    }
    if (RES_UNITS[w] !== undefined) {
      c.next();
      if (c.atEnd()) { this.err(col, `\`${t.t}' expects a count`); return; }
      const e = parseExpr(c, this.resolve);
      this.expectEnd(c);
      this.push({ ...base, t: 'res', unit: RES_UNITS[w], count: e });
      return;
    }
    if (DIRECTIVES.has(w)) {
      c.next();
      this.parseDirective(w, c, base);
      return;
    }
    const target = resolveMnemonic(w);
    if (!target) {
      this.err(col, `unknown instruction \`${t.t}'`);
      return;
    }
    c.next();
    const rest = c.toks.slice(c.i);
    const parts = splitOperands(rest);
    const ops: Operand[] = [];
    const ctx = { bits: 16, resolve: this.resolve };
    let pre = prefixes;
    for (const p of parts) {
      if (p.length === 0) { this.err(col, 'missing operand'); return; }
      const o = parseOperand(p, ctx, c.endCol);
      if (o.k === 'deco') { pre = { ...pre, deco: { ...(pre.deco ?? {}), ...o.deco } }; continue; }
      ops.push(o);
    }
    const constant = ops.every(operandConst);
    this.push({ t: 'insn', line: this.line, col, times: timesE, timesCol, mnem: w, target, ops, prefixes: pre, constant, memo: null });
  }

  private emitPrefixOnly(p: Prefixes, col: number, timesE?: Expr, timesCol?: number): void {
    const bytes: number[] = [];
    if (p.lock) bytes.push(0xf0);
    if (p.rep === 'rep' || p.rep === 'repe') bytes.push(0xf3);
    if (p.rep === 'repne') bytes.push(0xf2);
    if (p.seg) bytes.push([0x26, 0x2e, 0x36, 0x3e, 0x64, 0x65][p.seg.num]);
    if (p.osize) bytes.push(0x66);
    if (p.asize) bytes.push(0x67);
    this.push({ t: 'prefix', bytes, line: this.line, col, times: timesE, timesCol });
  }

  private expectEnd(c: Cursor): void {
    if (!c.atEnd()) this.err(c.col(), `unexpected \`${c.peek()!.t}' at end of line`);
  }

  parseData(c: Cursor, col: number): DataVal[] {
    const parts = splitOperands(c.toks.slice(c.i));
    c.i = c.toks.length;
    const vals: DataVal[] = [];
    for (const p of parts) {
      if (p.length === 0) { this.err(col, 'missing data value'); continue; }
      const pc = p[0].col;
      if (p.length === 1 && p[0].k === 'str') { vals.push({ t: 'str', bytes: p[0].bytes ?? [], col: pc }); continue; }
      if (p.length === 1 && p[0].k === 'op' && p[0].t === '?') { vals.push({ t: 'undef', col: pc }); continue; }
      if (p.length === 1 && p[0].k === 'float') { vals.push({ t: 'float', f: p[0].f ?? 0, col: pc }); continue; }
      if (p.length === 2 && p[0].k === 'op' && (p[0].t === '-' || p[0].t === '+') && p[1].k === 'float') {
        vals.push({ t: 'float', f: (p[0].t === '-' ? -1 : 1) * (p[1].f ?? 0), col: pc });
        continue;
      }
      // size keywords inside data are allowed and ignored (NASM allows `dd dword 5`?)
      let toks = p;
      if (toks[0].k === 'id' && ['byte', 'word', 'dword', 'qword'].includes(toks[0].t.toLowerCase()) && toks.length > 1) toks = toks.slice(1);
      const pcur = new Cursor(toks, c.endCol);
      const e = parseExpr(pcur, this.resolve);
      if (!pcur.atEnd()) { this.err(pcur.col(), `unexpected \`${pcur.peek()!.t}' in data`); continue; }
      vals.push({ t: 'expr', e, col: pc });
    }
    return vals;
  }

  private parseDirective(w: string, c: Cursor, base: Base): void {
    const col = base.col;
    switch (w) {
      case 'bits': {
        const tk = c.next();
        const v = tk && tk.k === 'num' ? Number(tk.v) : NaN;
        if (v !== 16 && v !== 32 && v !== 64) { this.err(tk?.col ?? col, '`bits\' expects 16, 32 or 64'); return; }
        this.expectEnd(c);
        this.push({ ...base, t: 'bits', bits: v });
        return;
      }
      case 'use16': case 'use32': case 'use64':
        this.push({ ...base, t: 'bits', bits: Number(w.slice(3)) as 16 | 32 | 64 });
        return;
      case 'org': {
        if (c.atEnd()) { this.err(col, '`org\' expects an address'); return; }
        const e = parseExpr(c, this.resolve);
        this.expectEnd(c);
        this.push({ ...base, t: 'org', e });
        return;
      }
      case 'section': case 'segment': {
        const nt = c.next();
        if (!nt) { this.err(col, `\`${w}' expects a section name`); return; }
        let name = nt.t;
        // section names may contain characters the lexer splits (".text$foo")
        while (!c.atEnd() && c.peek()!.col === nt.col + name.length && c.peek()!.t !== ',') name += c.next()!.t;
        const attrs: SectionAttrs = {};
        while (!c.atEnd()) {
          const a = c.next()!;
          const al = a.t.toLowerCase();
          if (c.isOp('=')) {
            c.next();
            if (al === 'follows' || al === 'vfollows') {
              const v = c.next();
              let s = v?.t ?? '';
              while (!c.atEnd() && c.peek()!.col === (v!.col + s.length)) s += c.next()!.t;
              attrs[al] = s;
              continue;
            }
            const e = parseExprTokensUntilSpace(c, this.resolve);
            if (al === 'align') attrs.align = e;
            else if (al === 'start') attrs.start = e;
            else if (al === 'vstart') attrs.vstart = e;
            else this.warn(a.col, `unknown section attribute \`${a.t}' ignored`);
          } else if (al === 'nobits') attrs.nobits = true;
          else if (al === 'progbits') attrs.progbits = true;
          else if (['code', 'text', 'data', 'bss', 'rdata', 'info', 'alloc', 'noalloc', 'exec', 'noexec', 'write', 'nowrite', 'private', 'public', 'use16', 'use32', 'use64', 'class', 'flat'].includes(al)) { /* ignored in bin */ }
          else this.warn(a.col, `unknown section attribute \`${a.t}' ignored`);
        }
        this.push({ ...base, t: 'section', name, attrs });
        return;
      }
      case 'absolute': {
        if (c.atEnd()) { this.err(col, '`absolute\' expects an address'); return; }
        const e = parseExpr(c, this.resolve);
        this.expectEnd(c);
        this.push({ ...base, t: 'absolute', e });
        return;
      }
      case 'default': {
        const a = c.next();
        const l = a?.t.toLowerCase();
        if (l === 'rel') this.push({ ...base, t: 'default', rel: true });
        else if (l === 'abs') this.push({ ...base, t: 'default', rel: false });
        else if (l === 'bnd' || l === 'nobnd') { /* MPX: ignored */ }
        else this.err(a?.col ?? col, '`default\' expects `rel\' or `abs\'');
        return;
      }
      case 'align': case 'alignb': {
        if (c.atEnd()) { this.err(col, `\`${w}' expects an alignment`); return; }
        const parts = splitOperands(c.toks.slice(c.i));
        c.i = c.toks.length;
        const ncur = new Cursor(parts[0], c.endCol);
        const n = parseExpr(ncur, this.resolve);
        if (!ncur.atEnd()) this.err(ncur.col(), `unexpected \`${ncur.peek()!.t}'`);
        let fill: Item | undefined;
        if (parts.length > 1) {
          const rest = parts.slice(1).flatMap((p, i) => i ? [{ k: 'op', t: ',', col: p[0]?.col ?? col } as Token, ...p] : p);
          const sub = new Parser();
          sub.lastGlobal = this.lastGlobal;
          sub.line = this.line;
          sub.parseStatement(new Cursor(rest, c.endCol), null);
          pushAll(this.diags, sub.diags);
          fill = sub.items[0];
        }
        this.push({ ...base, t: 'align', n, fill, b: w === 'alignb' });
        return;
      }
      case 'sectalign': {
        const a = c.peek();
        if (a && a.k === 'id' && (a.t.toLowerCase() === 'on' || a.t.toLowerCase() === 'off')) return;
        if (c.atEnd()) { this.err(col, '`sectalign\' expects a value'); return; }
        const n = parseExpr(c, this.resolve);
        this.push({ ...base, t: 'sectalign', n });
        return;
      }
      case 'incbin': {
        const parts = splitOperands(c.toks.slice(c.i));
        c.i = c.toks.length;
        const f = parts[0];
        if (!f || f.length !== 1 || f[0].k !== 'str') { this.err(col, '`incbin\' expects a file name'); return; }
        const file = new TextDecoder().decode(new Uint8Array(f[0].bytes ?? []));
        const skip = parts[1] ? parseExpr(new Cursor(parts[1], c.endCol), this.resolve) : undefined;
        const len = parts[2] ? parseExpr(new Cursor(parts[2], c.endCol), this.resolve) : undefined;
        this.push({ ...base, t: 'incbin', file, skip, len });
        return;
      }
      case 'equ':
        this.err(col, '`equ\' must be preceded by a label');
        return;
      case 'struc': {
        const nt = c.next();
        if (!nt || nt.k !== 'id') { this.err(col, '`struc\' expects a structure name'); return; }
        const name = this.defineLabelName(nt.t);
        this.push({ ...base, t: 'struc', name });
        return;
      }
      case 'endstruc':
        this.push({ ...base, t: 'endstruc' });
        return;
      case 'istruc': {
        const nt = c.next();
        if (!nt || nt.k !== 'id') { this.err(col, '`istruc\' expects a structure name'); return; }
        this.push({ ...base, t: 'istruc', name: this.resolve(nt.t) });
        return;
      }
      case 'at': {
        const parts = splitOperands(c.toks.slice(c.i));
        c.i = c.toks.length;
        if (!parts[0] || parts[0].length === 0) { this.err(col, '`at\' expects a field name'); return; }
        const field = parseExpr(new Cursor(parts[0], c.endCol), this.resolve);
        let data: Item | undefined;
        if (parts.length > 1) {
          const rest = parts.slice(1).flatMap((p, i) => i ? [{ k: 'op', t: ',', col: p[0]?.col ?? col } as Token, ...p] : p);
          const sub = new Parser();
          sub.lastGlobal = this.lastGlobal;
          sub.line = this.line;
          sub.parseStatement(new Cursor(rest, c.endCol), null);
          pushAll(this.diags, sub.diags);
          data = sub.items[0];
        }
        this.push({ ...base, t: 'at', field, data });
        return;
      }
      case 'iend':
        this.push({ ...base, t: 'iend' });
        return;
      case 'cpu': case 'float': case 'list': case 'nolist': case 'warning': case 'map':
      case 'gprefix': case 'gpostfix': case 'lprefix': case 'lpostfix': case 'required':
        return; // no effect on flat binaries
      case 'global': case 'static': case 'common':
        return; // symbols are all visible in a flat binary
      case 'extern':
        this.err(col, '`extern\' is not supported in flat binary output (bin format has no relocations)');
        return;
      case 'times':
        return;
    }
    this.err(col, `unknown directive \`${w}'`);
  }
}

function parseExprTokensUntilSpace(c: Cursor, resolve: (n: string) => string): Expr {
  // attribute values end at whitespace: collect adjacent tokens
  const start = c.i;
  let end = c.i + 1;
  while (end < c.toks.length) {
    const prev = c.toks[end - 1];
    const cur = c.toks[end];
    if (cur.col !== prev.col + prev.t.length) break;
    end++;
  }
  const sub = new Cursor(c.toks.slice(start, end), c.endCol);
  c.i = end;
  return parseExpr(sub, resolve);
}

export function lineText(l: PLine): string {
  return l.generated ? tokensToText(l.toks) : l.text.replace(/\s+$/, '');
}
