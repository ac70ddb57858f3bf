/**
 * NASM preprocessor (manual ch. 4), token based.
 *
 * Supported: %define/%idefine/%xdefine/%ixdefine (with parameters), %undef,
 * %assign/%iassign, %defstr, %strlen, %substr, %strcat, %macro/%imacro ..
 * %endmacro (parameter ranges, defaults, greedy `+`, %0 %00 %1.. %{n} %%local,
 * %rotate), %if/%elif/%else/%endif and the %ifdef/%ifndef/%ifidn/%ifidni/
 * %ifmacro/%ifnum/%ifstr/%ifid/%ifempty/%ifctx families (with `n` negation and
 * %elif variants), %rep/%endrep/%exitrep, %include (include paths and
 * built-in includes), %push/%pop/%repl with %$ context-locals,
 * %error/%warning/%fatal, `%+` token pasting and `\` line continuation.
 *
 * Every limit is bounded (macro nesting, %rep counts, include depth, total
 * generated lines, expansions per line) so no input can hang or overflow.
 */
import { lexLine, tokensToText, Token, utf8 } from './lexer';
import { Cursor, evalExpr, ExprSyntaxError, parseExpr, Val } from './expr';
import { SourceLoc } from './types';
import { pushAll, bytesToLatin1 } from './arrays';

/** A line produced by the preprocessor, ready for the parser. */
export interface PLine {
  toks: Token[];
  /** Physical origin of the tokens (a macro body line inside expansions). */
  file: string;
  line: number;
  text: string;
  /** The user-written line (the outermost macro call) when inside a macro expansion. */
  callSite?: SourceLoc & { text: string };
  /** Innermost macro being expanded. */
  macro?: string;
  /** Macro nesting depth (0 outside macros). */
  depth: number;
  /** Tokens of this line came from a %rep or a macro (for listings). */
  generated: boolean;
  /** A preprocessor line kept only for the listing (directive, macro definition or call). */
  listOnly?: boolean;
}

export interface PPDiag { file: string; line: number; col: number; severity: 'error' | 'warning'; message: string }

export interface PPLimits {
  maxMacroDepth: number;
  maxRep: number;
  maxIncludeDepth: number;
  maxLines: number;
  maxExpansionsPerLine: number;
  /** Characters of a line produced by parameter substitution, token pasting or string directives. */
  maxLineLength: number;
  /** Tokens of a line after single-line macro expansion. */
  maxLineTokens: number;
}

export const DEFAULT_LIMITS: PPLimits = {
  maxMacroDepth: 1000,
  maxRep: 1_000_000,
  maxIncludeDepth: 50,
  // bounds time too: each generated line costs tens of microseconds through parsing and the passes
  maxLines: 500_000,
  maxExpansionsPerLine: 100_000,
  maxLineLength: 4 * 1024 * 1024,
  maxLineTokens: 1_000_000,
};

/** A generated line or string outgrew a limit (exponential macro growth): reported, and preprocessing stops. */
class LineTooBig {
  constructor(readonly message: string) {}
}

export interface PPOptions {
  file: string;
  includePaths: string[];
  readFile: (path: string) => string | Uint8Array | undefined;
  builtinIncludes: (name: string) => string | undefined;
  limits: PPLimits;
  /** Predefined single-line macros (`-D`). */
  defines?: Record<string, string>;
}

interface SMacro {
  name: string;
  params: string[] | null; // null: no parameter list
  body: Token[];
  ci: boolean;
}

interface RawLine { toks: Token[]; text: string; file: string; line: number; lexErrors: { col: number; message: string }[] }

interface MMacro {
  name: string;
  ci: boolean;
  min: number;
  max: number; // Infinity for *
  greedy: boolean;
  defaults: Token[][];
  body: RawLine[];
  file: string;
  line: number;
  usesLabelParam: boolean;
}

interface CondState {
  /** Some branch of this %if chain has been taken. */
  done: boolean;
  /** The current branch is being assembled. */
  active: boolean;
  /** The enclosing context was inactive (the whole chain is skipped). */
  parentSkip: boolean;
  sawElse: boolean;
  loc: { file: string; line: number; col: number };
}

type Frame =
  | { kind: 'file'; file: string; lines: string[]; i: number; conds: CondState[]; callSite?: PLine['callSite']; depthIncl: number }
  | {
    kind: 'macro'; mac: MMacro; lines: RawLine[]; i: number; conds: CondState[]; params: Token[][]; label: Token[] | null;
    id: number; callSite: NonNullable<PLine['callSite']>; depth: number; rotate: number
  }
  | { kind: 'rep'; body: RawLine[]; i: number; count: number; iter: number; conds: CondState[]; callSite?: PLine['callSite']; loc: { file: string; line: number } };

const DIRECTIVES = new Set([
  '%define', '%idefine', '%xdefine', '%ixdefine', '%undef', '%undefalias', '%assign', '%iassign', '%defstr', '%idefstr',
  '%deftok', '%ideftok', '%strlen', '%substr', '%strcat', '%macro', '%imacro', '%endmacro', '%endm', '%unmacro', '%unimacro',
  '%rotate', '%rep', '%endrep', '%exitrep', '%exitmacro', '%include', '%error', '%warning', '%fatal', '%push', '%pop', '%repl',
  '%line', '%pragma', '%use', '%local', '%arg', '%stacksize', '%clear', '%else', '%endif', '%depend', '%require',
]);

const COND_KINDS = ['', 'def', 'idn', 'idni', 'macro', 'num', 'str', 'id', 'token', 'empty', 'ctx', 'env', 'usable', 'usable', 'defalias'];

function isCondDirective(name: string): { kind: 'if' | 'elif'; test: string; neg: boolean } | null {
  const m = /^%(if|elif)(.*)$/.exec(name);
  if (!m) return null;
  const rest = m[2];
  const kind = m[1] as 'if' | 'elif';
  if (COND_KINDS.includes(rest)) return { kind, neg: false, test: rest };
  if (rest.startsWith('n') && COND_KINDS.includes(rest.slice(1))) return { kind, neg: true, test: rest.slice(1) };
  return null;
}

export interface PPResult { lines: PLine[]; diagnostics: PPDiag[]; fatal: boolean; files: string[] }

const decoder = new TextDecoder('utf-8');

export class Preprocessor {
  private smacros = new Map<string, SMacro[]>(); // case-sensitive
  private smacrosCI = new Map<string, SMacro[]>(); // keyed lower-case
  private mmacros = new Map<string, MMacro[]>();
  private mmacrosCI = new Map<string, MMacro[]>();
  private frames: Frame[] = [];
  private out: PLine[] = [];
  private diags: PPDiag[] = [];
  private uniq = 0;
  private ctxStack: { name: string; id: number }[] = [];
  private fatal = false;
  private totalLines = 0;
  private lineLimitHit = false;
  private cur: RawLine | null = null;
  private curFrame: Frame | null = null;
  private files: string[] = [];
  private bits = 16;
  /**
   * `NAME equ constant` lines seen so far: NASM's preprocessor runs in step with
   * the assembler, so `%if`/`%rep` may use constants defined earlier with EQU.
   */
  private equs = new Map<string, bigint>();
  /** Collecting a %macro or %rep body. */
  private collect: null | {
    kind: 'macro' | 'rep'; nest: number; body: RawLine[]; start: { file: string; line: number; col: number };
    mac?: MMacro; count?: number;
  } = null;

  constructor(private opts: PPOptions) {}

  run(source: string): PPResult {
    for (const [k, v] of Object.entries(this.opts.defines ?? {})) {
      this.defineSmacro(k, null, lexLine(v).tokens, false);
    }
    this.files.push(this.opts.file);
    this.frames.push({ kind: 'file', file: this.opts.file, lines: splitLines(source), i: 0, conds: [], depthIncl: 0 });
    let guard = 0;
    while (this.frames.length > 0 && !this.fatal) {
      if (++guard > this.opts.limits.maxLines * 4 + 1000) {
        this.error(this.opts.file, 1, 1, `preprocessor limit reached: more than ${this.opts.limits.maxLines * 4 + 1000} source, macro and %rep lines processed`);
        this.fatal = true;
        break;
      }
      try {
        const raw = this.nextRaw();
        if (!raw) continue;
        this.cur = raw;
        this.processLine(raw);
      } catch (e) {
        if (!(e instanceof LineTooBig)) throw e;
        this.errAt(1, e.message);
        this.fatal = true;
      }
    }
    if (this.collect) {
      const s = this.collect.start;
      this.error(s.file, s.line, s.col, this.collect.kind === 'macro' ? 'unterminated %macro: missing %endmacro' : 'unterminated %rep: missing %endrep');
      this.collect = null;
    }
    return { lines: this.out, diagnostics: this.diags, fatal: this.fatal, files: this.files };
  }

  // ------------------------------------------------------------ line source

  private nextRaw(): RawLine | null {
    const f = this.frames[this.frames.length - 1];
    this.curFrame = f;
    if (f.kind === 'file') {
      if (f.i >= f.lines.length) { this.popFrame(); return null; }
      const lineNo = f.i + 1;
      let text = f.lines[f.i++];
      // `\` at end of line continues it (manual 3.1)
      while (text.endsWith('\\') && f.i < f.lines.length && !/;/.test(text)) {
        text = text.slice(0, -1) + f.lines[f.i++];
      }
      const lx = lexLine(text);
      return { toks: lx.tokens, text, file: f.file, line: lineNo, lexErrors: lx.errors };
    }
    if (f.kind === 'macro') {
      if (f.i >= f.lines.length) { this.popFrame(); return null; }
      const body = f.lines[f.i++];
      // bodies of nested %rep / %macro are kept verbatim: parameters are substituted
      // when their lines are used (so %rotate inside %rep works as in NASM)
      if (this.collect) return body;
      return this.substituteParams(body, f);
    }
    // rep
    if (f.i >= f.body.length) {
      f.iter++;
      f.i = 0;
      if (f.iter >= f.count || f.body.length === 0) { this.popFrame(); return null; }
    }
    const r = f.body[f.i++];
    if (this.collect) return r;
    const mf = this.macroFrame();
    return mf ? this.substituteParams(r, mf) : r;
  }

  private popFrame(): void {
    const f = this.frames.pop();
    if (!f) return;
    for (const c of f.conds) {
      this.error(c.loc.file, c.loc.line, c.loc.col, f.kind === 'macro'
        ? `unterminated %if in macro \`${f.mac.name}'` : 'unterminated %if: missing %endif');
    }
  }

  private topConds(): CondState[] {
    return this.frames.length ? this.frames[this.frames.length - 1].conds : [];
  }

  private active(): boolean {
    const c = this.topConds();
    return c.length === 0 || c[c.length - 1].active;
  }

  private callSite(): PLine['callSite'] | undefined {
    for (let k = this.frames.length - 1; k >= 0; k--) {
      const f = this.frames[k];
      if (f.kind === 'macro') return f.callSite;
      if (f.callSite) return f.callSite;
      if (f.kind === 'file') return undefined;
    }
    return undefined;
  }

  private macroFrame(): Extract<Frame, { kind: 'macro' }> | null {
    for (let k = this.frames.length - 1; k >= 0; k--) {
      const f = this.frames[k];
      if (f.kind === 'macro') return f;
    }
    return null;
  }

  private macroDepth(): number {
    let d = 0;
    for (const f of this.frames) if (f.kind === 'macro') d++;
    return d;
  }

  // ------------------------------------------------------------ diagnostics

  private diag(sev: 'error' | 'warning', file: string, line: number, col: number, message: string): void {
    const cs = this.callSite();
    if (cs && this.cur && file === this.cur.file && line === this.cur.line) {
      const mf = this.macroFrame();
      const suffix = mf ? ` (in macro \`${mf.mac.name}' at ${file}:${line})` : '';
      this.diags.push({ file: cs.file, line: cs.line, col: cs.col, severity: sev, message: message + suffix });
      return;
    }
    this.diags.push({ file, line, col, severity: sev, message });
  }

  private error(file: string, line: number, col: number, message: string): void { this.diag('error', file, line, col, message); }

  private errAt(col: number, message: string): void {
    const r = this.cur;
    if (!r) { this.error(this.opts.file, 1, 1, message); return; }
    this.error(r.file, r.line, col, message);
  }

  private warnAt(col: number, message: string): void {
    const r = this.cur;
    if (!r) return;
    this.diag('warning', r.file, r.line, col, message);
  }

  // ------------------------------------------------------------ main dispatch

  /** Keep a file-level line that produces no code for the listing. */
  private listOnly(raw: RawLine): void {
    const f = this.frames[this.frames.length - 1];
    if (!f || f.kind !== 'file') return;
    this.out.push({ toks: [], file: raw.file, line: raw.line, text: raw.text, callSite: f.callSite, depth: 0, generated: false, listOnly: true });
  }

  private processLine(raw: RawLine): void {
    const toks = raw.toks;
    const first = toks[0];
    const dname = first && first.k === 'pp' ? first.t.toLowerCase() : '';

    // Collecting a %macro / %rep body: only track nesting.
    if (this.collect) {
      const c = this.collect;
      if (c.kind === 'macro') {
        if (dname === '%macro' || dname === '%imacro') c.nest++;
        else if (dname === '%endmacro' || dname === '%endm') {
          if (c.nest === 0) { this.listOnly(raw); this.finishMacro(); return; }
          c.nest--;
        }
      } else {
        if (dname === '%rep') c.nest++;
        else if (dname === '%endrep') {
          if (c.nest === 0) { this.listOnly(raw); this.finishRep(); return; }
          c.nest--;
        }
      }
      c.body.push(raw);
      this.listOnly(raw);
      return;
    }

    for (const e of raw.lexErrors) if (this.active()) this.errAt(e.col, e.message);

    // Conditionals are tracked even in skipped regions.
    const cd = dname ? isCondDirective(dname) : null;
    if (cd || dname === '%else' || dname === '%endif') {
      this.listOnly(raw);
      this.handleConditional(dname, cd, raw);
      return;
    }
    if (!this.active()) return;

    if (dname && (DIRECTIVES.has(dname) || (first.k === 'pp' && /^%[a-z]+$/i.test(first.t) && !/^%[0-9]/.test(first.t)))) {
      if (DIRECTIVES.has(dname)) { this.listOnly(raw); this.handleDirective(dname, raw); return; }
      // `%foo` where foo is not a directive (and not a param): unknown preprocessor directive
      if (!this.macroFrame() || !/^%[0-9]/.test(first.t)) {
        this.errAt(first.col, `unknown preprocessor directive \`${first.t}'`);
        return;
      }
    }

    // Ordinary line: expand single-line macros, then look for a macro call.
    let exp = this.expandSmacros(raw.toks);
    if (exp.length === 0) { this.emit(raw, exp); return; }
    // [directive] primitive forms stay as they are; handle `bits` tracking for __BITS__
    const t0 = exp[0];
    let labelToks: Token[] | null = null;
    let callIdx = 0;
    if (t0.k === 'id' && exp.length >= 2 && exp[1].k === 'op' && exp[1].t === ':' && exp[2] && exp[2].k === 'id' && this.findMMacros(exp[2].t)) {
      labelToks = exp.slice(0, 2);
      callIdx = 2;
    }
    const ct = exp[callIdx];
    if (ct && ct.k === 'id') {
      const defs = this.findMMacros(ct.t);
      if (defs) {
        const args = splitArgs(exp.slice(callIdx + 1));
        const nargs = args.length;
        const mac = defs.find(m => (nargs >= m.min && nargs <= m.max) || (m.greedy && nargs > m.max && m.max >= 1) || (nargs === 0 && m.min === 0));
        if (mac) {
          if (!labelToks) this.listOnly(raw);
          this.invokeMacro(mac, args, labelToks, raw, ct);
          return;
        }
        this.errAt(ct.col, `macro \`${ct.t}' exists, but not taking ${nargs} parameter${nargs === 1 ? '' : 's'}`);
        return;
      }
    }
    this.trackBits(exp);
    this.emit(raw, exp);
  }

  private trackBits(exp: Token[]): void {
    // [bits N] / bits N / use16.. keep __BITS__ current for %if checks
    let k = 0;
    if (exp[0] && exp[0].k === 'op' && exp[0].t === '[') k = 1;
    const t = exp[k];
    if (!t || t.k !== 'id') return;
    const l = t.t.toLowerCase();
    if (l === 'bits' && exp[k + 1] && exp[k + 1].k === 'num') {
      const v = Number(exp[k + 1].v);
      if (v === 16 || v === 32 || v === 64) this.bits = v;
    } else if (l === 'use16') this.bits = 16;
    else if (l === 'use32') this.bits = 32;
    else if (l === 'use64') this.bits = 64;
  }

  private emit(raw: RawLine, toks: Token[]): void {
    if (++this.totalLines > this.opts.limits.maxLines) {
      if (!this.lineLimitHit) {
        this.lineLimitHit = true;
        this.errAt(1, `preprocessor output exceeds ${this.opts.limits.maxLines} lines (runaway %rep or macro recursion?)`);
      }
      this.fatal = true;
      return;
    }
    if (toks.length > 2 && toks[0].k === 'id' && toks[1].k === 'id' && toks[1].t.toLowerCase() === 'equ' && !toks[0].t.startsWith('.')) {
      const v = this.evalQuiet(toks.slice(2));
      if (v !== undefined) this.equs.set(toks[0].t, v);
    }
    const mf = this.macroFrame();
    const cs = this.callSite();
    const generated = this.frames.some(f => f.kind !== 'file');
    this.out.push({
      toks, file: raw.file, line: raw.line, text: raw.text, callSite: cs, macro: mf?.mac.name,
      depth: this.macroDepth(), generated,
    });
  }

  // ------------------------------------------------------------ conditionals

  private handleConditional(dname: string, cd: ReturnType<typeof isCondDirective>, raw: RawLine): void {
    const conds = this.topConds();
    const col = raw.toks[0].col;
    const loc = { file: raw.file, line: raw.line, col };
    if (cd && cd.kind === 'if') {
      const parentActive = this.active();
      if (!parentActive) {
        conds.push({ done: true, active: false, parentSkip: true, sawElse: false, loc });
        return;
      }
      const v = this.evalCondition(cd.test, cd.neg, raw);
      conds.push({ done: v, active: v, parentSkip: false, sawElse: false, loc });
      return;
    }
    const top = conds[conds.length - 1];
    if (!top) {
      this.errAt(col, `\`${raw.toks[0].t}': no matching \`%if'`);
      return;
    }
    if (dname === '%endif') {
      conds.pop();
      return;
    }
    if (dname === '%else') {
      if (top.sawElse) this.warnAt(col, '%else after %else ignored');
      top.sawElse = true;
      top.active = !top.parentSkip && !top.done;
      top.done = true;
      return;
    }
    // %elif*
    if (top.sawElse) { this.errAt(col, '`%elif\' after `%else\''); top.active = false; return; }
    if (top.parentSkip || top.done) { top.active = false; return; }
    const v = this.evalCondition(cd!.test, cd!.neg, raw);
    top.active = v;
    top.done = v;
  }

  private evalCondition(test: string, neg: boolean, raw: RawLine): boolean {
    const args = raw.toks.slice(1);
    const col = raw.toks[0].col;
    let r = false;
    switch (test) {
      case '': {
        const v = this.evalPP(args, col, raw.toks[0].t);
        r = v !== undefined && v !== 0n;
        break;
      }
      case 'def':
        if (args.length === 0 || args[0].k !== 'id') { this.errAt(col, `\`${raw.toks[0].t}' expects macro identifiers`); r = false; }
        else r = args.filter(t => t.k === 'id').some(t => this.findSmacros(t.t) !== undefined || isBuiltinSmacro(t.t));
        break;
      case 'defalias': r = false; break;
      case 'macro': {
        const e = this.expandSmacros(args);
        r = e.length > 0 && e[0].k === 'id' && this.findMMacros(e[0].t) !== undefined;
        break;
      }
      case 'idn': case 'idni': {
        const e = this.expandSmacros(args);
        const parts = splitTopComma(e);
        if (parts.length !== 2) { this.errAt(col, `\`${raw.toks[0].t}' expects two comma-separated arguments`); r = false; break; }
        const a = tokensToText(parts[0]).replace(/\s+/g, ' ').trim();
        const b = tokensToText(parts[1]).replace(/\s+/g, ' ').trim();
        r = test === 'idni' ? a.toLowerCase() === b.toLowerCase() : a === b;
        break;
      }
      case 'num': { const e = this.expandSmacros(args); r = e.length === 1 && e[0].k === 'num' || (e.length === 2 && e[0].t === '-' && e[1].k === 'num'); break; }
      case 'str': { const e = this.expandSmacros(args); r = e.length === 1 && e[0].k === 'str'; break; }
      case 'id': { const e = this.expandSmacros(args); r = e.length === 1 && e[0].k === 'id'; break; }
      case 'token': { const e = this.expandSmacros(args); r = e.length === 1; break; }
      case 'empty': { const e = this.expandSmacros(args); r = e.length === 0; break; }
      case 'ctx': {
        const top = this.ctxStack[this.ctxStack.length - 1];
        r = !!top && args.some(t => t.t === top.name);
        break;
      }
      case 'env': r = false; break;
      case 'usable': r = true; break;
    }
    return neg ? !r : r;
  }

  /** Evaluate a constant expression without reporting anything. */
  private evalQuiet(toks: Token[]): bigint | undefined {
    try {
      const cur = new Cursor(toks, 1);
      const ast = parseExpr(cur, n => n);
      if (!cur.atEnd()) return undefined;
      let failed = false;
      const v = evalExpr(ast, {
        lookup: (n) => { const x = this.equs.get(n); return x === undefined ? undefined : { v: x, seg: -1, unk: false }; },
        here: () => { failed = true; return { v: 0n, seg: -1, unk: true }; },
        start: () => { failed = true; return { v: 0n, seg: -1, unk: true }; },
        error: () => { failed = true; },
        undefinedSym: () => { failed = true; },
      });
      return failed || v.unk ? undefined : v.v;
    } catch {
      return undefined;
    }
  }

  /** Evaluate a preprocessor-time expression (for %if, %assign, %rep...). */
  private evalPP(args: Token[], col: number, what: string): bigint | undefined {
    const e = this.expandSmacros(args);
    if (e.length === 0) { this.errAt(col, `\`${what}' expects an expression`); return undefined; }
    let failed = false;
    try {
      const cur = new Cursor(e, col);
      const ast = parseExpr(cur, n => n);
      if (!cur.atEnd()) { this.errAt(cur.col(), `trailing garbage after expression in \`${what}'`); return undefined; }
      const v: Val = evalExpr(ast, {
        lookup: (n) => { const x = this.equs.get(n); return x === undefined ? undefined : { v: x, seg: -1, unk: false }; },
        here: () => { failed = true; return { v: 0n, seg: -1, unk: true }; },
        start: () => { failed = true; return { v: 0n, seg: -1, unk: true }; },
        error: (m, c) => { this.errAt(c ?? col, m); failed = true; },
        undefinedSym: (n, c) => {
          if (!failed) this.errAt(c, `symbol \`${n}' not defined before use in \`${what}'`);
          failed = true;
        },
      });
      if (failed) return undefined;
      return v.v;
    } catch (err) {
      if (err instanceof ExprSyntaxError) { this.errAt(err.col, err.message); return undefined; }
      throw err;
    }
  }

  // ------------------------------------------------------------ directives

  private handleDirective(d: string, raw: RawLine): void {
    const toks = raw.toks;
    const col = toks[0].col;
    const rest = toks.slice(1);
    switch (d) {
      case '%define': case '%idefine': case '%xdefine': case '%ixdefine': {
        const nameTok = rest[0];
        if (!nameTok || (nameTok.k !== 'id' && nameTok.k !== 'pp')) { this.errAt(col, `\`${d}' expects a macro identifier`); return; }
        const name = this.ctxName(nameTok.t);
        let params: string[] | null = null;
        let k = 1;
        if (rest[1] && rest[1].t === '(' && rest[1].col === nameTok.col + nameTok.t.length) {
          params = [];
          k = 2;
          while (k < rest.length && rest[k].t !== ')') {
            if (rest[k].k === 'id') params.push(rest[k].t);
            else if (rest[k].t !== ',') { this.errAt(rest[k].col, 'parameter identifier expected'); return; }
            k++;
          }
          if (k >= rest.length) { this.errAt(col, 'missing `)\' in macro parameter list'); return; }
          k++;
        }
        let body = rest.slice(k);
        if (d === '%xdefine' || d === '%ixdefine') body = this.expandSmacros(body);
        this.defineSmacro(name, params, body, d === '%idefine' || d === '%ixdefine');
        return;
      }
      case '%undef': {
        const t = rest[0];
        if (!t) { this.errAt(col, '`%undef\' expects a macro identifier'); return; }
        this.undefSmacro(this.ctxName(t.t));
        return;
      }
      case '%assign': case '%iassign': {
        const t = rest[0];
        if (!t || (t.k !== 'id' && t.k !== 'pp')) { this.errAt(col, `\`${d}' expects a macro identifier`); return; }
        const v = this.evalPP(rest.slice(1), col, d);
        if (v === undefined) return;
        const sv = BigInt.asIntN(64, v);
        const body: Token[] = sv < 0n
          ? [{ k: 'op', t: '-', col: t.col }, { k: 'num', t: String(-sv), col: t.col, v: -sv }]
          : [{ k: 'num', t: String(sv), col: t.col, v: sv }];
        this.defineSmacro(this.ctxName(t.t), null, body, d === '%iassign');
        return;
      }
      case '%defstr': case '%idefstr': {
        const t = rest[0];
        if (!t) { this.errAt(col, `\`${d}' expects a macro identifier`); return; }
        const text = tokensToText(this.expandSmacros(rest.slice(1)));
        this.defineSmacro(this.ctxName(t.t), null, [strToken(text, t.col)], d === '%idefstr');
        return;
      }
      case '%deftok': case '%ideftok': {
        const t = rest[0];
        if (!t) { this.errAt(col, `\`${d}' expects a macro identifier`); return; }
        const e = this.expandSmacros(rest.slice(1));
        const s = e[0] && e[0].k === 'str' ? decoder.decode(new Uint8Array(e[0].bytes ?? [])) : '';
        this.defineSmacro(this.ctxName(t.t), null, lexLine(s).tokens, d === '%ideftok');
        return;
      }
      case '%strlen': {
        const t = rest[0];
        const e = this.expandSmacros(rest.slice(1));
        if (!t || e.length !== 1 || e[0].k !== 'str') { this.errAt(col, '`%strlen\' requires a macro name and a string'); return; }
        const n = BigInt(e[0].bytes?.length ?? 0);
        this.defineSmacro(this.ctxName(t.t), null, [{ k: 'num', t: String(n), col: t.col, v: n }], false);
        return;
      }
      case '%strcat': {
        const t = rest[0];
        const e = this.expandSmacros(rest.slice(1)).filter(x => x.t !== ',');
        if (!t || e.some(x => x.k !== 'str')) { this.errAt(col, '`%strcat\' requires a macro name and strings'); return; }
        const bytes: number[] = [];
        for (const x of e) {
          if (bytes.length + (x.bytes?.length ?? 0) > this.opts.limits.maxLineLength) throw new LineTooBig(`\`%strcat' makes a string of more than ${this.opts.limits.maxLineLength} bytes`);
          pushAll(bytes, x.bytes ?? []);
        }
        this.defineSmacro(this.ctxName(t.t), null, [bytesStrToken(bytes, t.col)], false);
        return;
      }
      case '%substr': {
        const t = rest[0];
        const e = this.expandSmacros(rest.slice(1));
        const parts = splitTopComma(e);
        if (!t || parts.length < 2 || parts[0].length !== 1 || parts[0][0].k !== 'str') { this.errAt(col, '`%substr\' requires a macro name, a string and a position'); return; }
        const bytes = parts[0][0].bytes ?? [];
        const start = this.evalPP(parts[1], col, d);
        const len = parts[2] ? this.evalPP(parts[2], col, d) : 1n;
        if (start === undefined || len === undefined) return;
        const s = Number(BigInt.asIntN(64, start)) - 1;
        let l = Number(BigInt.asIntN(64, len));
        if (l < 0) l = bytes.length - s + l + 1;
        this.defineSmacro(this.ctxName(t.t), null, [bytesStrToken(bytes.slice(Math.max(0, s), Math.max(0, s) + Math.max(0, l)), t.col)], false);
        return;
      }
      case '%macro': case '%imacro': this.startMacro(d === '%imacro', raw); return;
      case '%endmacro': case '%endm': this.errAt(col, `\`${toks[0].t}': not defining a macro`); return;
      case '%unmacro': case '%unimacro': {
        const t = rest[0];
        if (t) { this.mmacros.delete(t.t); this.mmacrosCI.delete(t.t.toLowerCase()); }
        return;
      }
      case '%rotate': {
        const mf = this.macroFrame();
        if (!mf) { this.errAt(col, '`%rotate\' invoked outside a macro call'); return; }
        const v = this.evalPP(rest, col, d);
        if (v === undefined || mf.params.length === 0) return;
        const n = mf.params.length;
        const r = ((Number(BigInt.asIntN(64, v) % BigInt(n)) % n) + n) % n;
        mf.rotate = (mf.rotate + r) % n; // O(1): parameters are read through paramAt
        return;
      }
      case '%rep': {
        const v = this.evalPP(rest.filter(t => !(t.k === 'id' && t.t.toLowerCase() === '.nolist')), col, d);
        let count = v === undefined ? 0 : Number(BigInt.asIntN(64, v));
        if (count < 0) count = 0;
        if (count > this.opts.limits.maxRep) {
          this.errAt(col, `%rep count ${count} exceeds the limit of ${this.opts.limits.maxRep}`);
          count = 0;
        }
        this.collect = { kind: 'rep', nest: 0, body: [], start: { file: raw.file, line: raw.line, col }, count };
        return;
      }
      case '%endrep': this.errAt(col, '`%endrep\': no matching `%rep\''); return;
      case '%exitrep': {
        for (let k = this.frames.length - 1; k >= 0; k--) {
          const f = this.frames[k];
          if (f.kind === 'rep') { this.frames.length = k; return; }
          if (f.kind === 'file') break;
        }
        this.errAt(col, '`%exitrep\' not within `%rep\' block');
        return;
      }
      case '%exitmacro': {
        for (let k = this.frames.length - 1; k >= 0; k--) {
          const f = this.frames[k];
          if (f.kind === 'macro') { this.frames.length = k; return; }
          if (f.kind === 'file') break;
        }
        this.errAt(col, '`%exitmacro\' not within `%macro\' block');
        return;
      }
      case '%include': this.include(rest, raw, col); return;
      case '%error': case '%warning': case '%fatal': {
        const e = this.expandSmacros(rest);
        let msg: string;
        if (e.length === 1 && e[0].k === 'str') msg = decoder.decode(new Uint8Array(e[0].bytes ?? []));
        else msg = tokensToText(e);
        if (!msg) msg = `${d} directive`;
        if (d === '%warning') this.warnAt(col, msg);
        else this.errAt(col, msg);
        if (d === '%fatal') this.fatal = true;
        return;
      }
      case '%push': {
        const name = rest[0]?.t ?? '';
        this.ctxStack.push({ name, id: ++this.uniq });
        return;
      }
      case '%pop':
        if (!this.ctxStack.length) this.errAt(col, '`%pop\': context stack is already empty');
        else this.ctxStack.pop();
        return;
      case '%repl':
        if (!this.ctxStack.length) this.errAt(col, '`%repl\': context stack is empty');
        else this.ctxStack[this.ctxStack.length - 1].name = rest[0]?.t ?? '';
        return;
      case '%clear': this.smacros.clear(); this.smacrosCI.clear(); this.mmacros.clear(); this.mmacrosCI.clear(); return;
      case '%line': case '%pragma': case '%depend': case '%require': case '%stacksize': return;
      case '%use': this.warnAt(col, `\`%use' packages are not supported; ignored`); return;
      case '%local': case '%arg': this.errAt(col, `\`${d}' is not supported`); return;
      case '%undefalias': return;
      default: this.errAt(col, `unknown preprocessor directive \`${toks[0].t}'`);
    }
  }

  private include(rest: Token[], raw: RawLine, col: number): void {
    const e = this.expandSmacros(rest);
    let name: string | undefined;
    if (e.length === 1 && e[0].k === 'str') name = decoder.decode(new Uint8Array(e[0].bytes ?? []));
    else if (e.length >= 2 && e[0].t === '<') name = tokensToText(e.slice(1, -1)).replace(/\s+/g, '');
    if (!name) { this.errAt(col, '`%include\' expects a file name'); return; }
    let depth = 0;
    for (const f of this.frames) if (f.kind === 'file') depth = Math.max(depth, f.depthIncl);
    if (depth + 1 > this.opts.limits.maxIncludeDepth) {
      this.errAt(col, `include depth limit (${this.opts.limits.maxIncludeDepth}) exceeded including \`${name}' (recursive %include?)`);
      return;
    }
    const found = this.resolveInclude(name, raw.file);
    if (!found) {
      this.errAt(col, `unable to open include file \`${name}'`);
      return;
    }
    if (!this.files.includes(found.path)) this.files.push(found.path);
    this.frames.push({
      kind: 'file', file: found.path, lines: splitLines(found.text), i: 0, conds: [],
      callSite: this.callSite(), depthIncl: depth + 1,
    });
  }

  private resolveInclude(name: string, fromFile: string): { path: string; text: string } | undefined {
    const cands: string[] = [];
    const isAbs = name.startsWith('/') || /^[A-Za-z]:[\\/]/.test(name);
    if (isAbs) cands.push(name);
    else {
      cands.push(joinPath(dirName(fromFile), name));
      cands.push(joinPath(dirName(this.opts.file), name));
      for (const p of this.opts.includePaths) cands.push(joinPath(p, name));
    }
    const seen = new Set<string>();
    for (const c of cands) {
      if (seen.has(c)) continue;
      seen.add(c);
      let data: string | Uint8Array | undefined;
      try { data = this.opts.readFile(c); } catch { data = undefined; }
      if (data !== undefined) return { path: c, text: typeof data === 'string' ? data : decoder.decode(data) };
    }
    const base = name.replace(/^.*[\\/]/, '');
    let bi: string | undefined;
    try { bi = this.opts.builtinIncludes(name); } catch { bi = undefined; }
    if (bi !== undefined) return { path: `<builtin>/${base}`, text: bi };
    return undefined;
  }

  // ------------------------------------------------------------ %macro

  private startMacro(ci: boolean, raw: RawLine): void {
    const toks = raw.toks;
    const col = toks[0].col;
    const nameTok = toks[1];
    if (!nameTok || nameTok.k !== 'id') { this.errAt(col, '`%macro\' expects a macro name'); this.collect = { kind: 'macro', nest: 0, body: [], start: { file: raw.file, line: raw.line, col } }; return; }
    let k = 2;
    let min = 0, max = 0, greedy = false;
    const t = toks[k];
    if (t && t.k === 'num') {
      min = max = Number(t.v ?? 0n);
      k++;
      if (toks[k] && toks[k].t === '-') {
        k++;
        if (toks[k] && toks[k].t === '*') { max = Infinity; k++; }
        else if (toks[k] && toks[k].k === 'num') { max = Number(toks[k].v ?? 0n); k++; }
        else this.errAt(toks[k]?.col ?? col, '`%macro\' expects a parameter count range');
      }
      if (toks[k] && toks[k].t === '+') { greedy = true; k++; }
    } else if (t && !(t.k === 'id' && t.t.toLowerCase() === '.nolist')) {
      this.errAt(t.col, '`%macro\' expects a parameter count');
    }
    if (toks[k] && toks[k].k === 'id' && toks[k].t.toLowerCase() === '.nolist') k++;
    const defaults = k < toks.length ? splitArgs(toks.slice(k)) : [];
    if (max < min) { this.errAt(col, 'minimum parameter count exceeds maximum'); max = min; }
    const mac: MMacro = {
      name: nameTok.t, ci, min, max, greedy, defaults, body: [], file: raw.file, line: raw.line, usesLabelParam: false,
    };
    this.collect = { kind: 'macro', nest: 0, body: mac.body, start: { file: raw.file, line: raw.line, col }, mac };
  }

  private finishMacro(): void {
    const c = this.collect!;
    this.collect = null;
    const mac = c.mac;
    if (!mac) return;
    mac.usesLabelParam = mac.body.some(l => l.toks.some(t => t.t === '%00'));
    const map = mac.ci ? this.mmacrosCI : this.mmacros;
    const key = mac.ci ? mac.name.toLowerCase() : mac.name;
    const list = (map.get(key) ?? []).filter(m => !(m.min === mac.min && m.max === mac.max));
    list.push(mac);
    map.set(key, list);
  }

  private finishRep(): void {
    const c = this.collect!;
    this.collect = null;
    const count = c.count ?? 0;
    if (count <= 0 || c.body.length === 0) return;
    this.frames.push({ kind: 'rep', body: c.body, i: 0, count, iter: 0, conds: [], callSite: this.callSite(), loc: { file: c.start.file, line: c.start.line } });
  }

  private findMMacros(name: string): MMacro[] | undefined {
    const a = this.mmacros.get(name);
    const b = this.mmacrosCI.get(name.toLowerCase());
    if (a && b) return a.concat(b);
    return a ?? b;
  }

  private invokeMacro(mac: MMacro, args: Token[][], label: Token[] | null, raw: RawLine, nameTok: Token): void {
    if (this.macroDepth() >= this.opts.limits.maxMacroDepth) {
      this.errAt(nameTok.col, `macro nesting limit (${this.opts.limits.maxMacroDepth}) exceeded in \`${mac.name}' (infinite recursion?)`);
      return;
    }
    let params = args;
    if (mac.greedy && params.length > mac.max && mac.max >= 1) {
      const head = params.slice(0, mac.max - 1);
      const tailToks: Token[] = [];
      params.slice(mac.max - 1).forEach((p, idx) => {
        if (idx > 0) tailToks.push({ k: 'op', t: ',', col: p[0]?.col ?? 0 });
        pushAll(tailToks, p);
      });
      params = [...head, tailToks];
    }
    // defaults for missing trailing params
    if (isFinite(mac.max) && params.length < mac.max) {
      const need = mac.max - params.length;
      const from = params.length - mac.min;
      for (let i = 0; i < need; i++) {
        const d = mac.defaults[from + i];
        if (d) params.push(d);
        else break;
      }
    }
    if (label && !mac.usesLabelParam) {
      this.emit(raw, label);
    }
    const cs = this.callSite() ?? { file: raw.file, line: raw.line, col: nameTok.col, text: raw.text };
    this.frames.push({
      kind: 'macro', mac, lines: mac.body, i: 0, conds: [], params, label: label ? label.slice(0, 1) : null,
      id: ++this.uniq, callSite: cs, depth: this.macroDepth() + 1, rotate: 0,
    });
  }

  /** Substitute %1.. %0 %00 %%x %{n} in a macro body line (text level, so `foo%1` pastes). */
  private substituteParams(body: RawLine, f: Extract<Frame, { kind: 'macro' }>): RawLine {
    const toks = body.toks;
    if (!toks.some(t => t.k === 'pp')) return body;
    let text = '';
    let pos = 0; // position in body.text
    const src = body.text;
    for (const t of toks) {
      if (t.k !== 'pp') continue;
      const rep = this.paramText(t.t, f);
      if (rep === null) continue;
      const start = t.col - 1;
      text += src.slice(pos, start) + rep;
      pos = start + t.t.length;
      if (text.length > this.opts.limits.maxLineLength) throw new LineTooBig(`macro parameter substitution makes a line of more than ${this.opts.limits.maxLineLength} characters (exponential macro recursion?)`);
    }
    text += src.slice(pos);
    if (text.length > this.opts.limits.maxLineLength) throw new LineTooBig(`macro parameter substitution makes a line of ${text.length} characters, over the limit of ${this.opts.limits.maxLineLength} (exponential macro recursion?)`);
    const lx = lexLine(text);
    return { toks: lx.tokens, text, file: body.file, line: body.line, lexErrors: lx.errors };
  }

  private paramText(t: string, f: Extract<Frame, { kind: 'macro' }>): string | null {
    if (t.startsWith('%%')) return `..@${f.id}.${t.slice(2)}`;
    if (t === '%0') return String(f.params.length);
    if (t === '%00') return f.label ? f.label[0].t : '';
    // %n is the n-th parameter after the %rotate offset (1-based; out of range: empty)
    const at = (n: number): string => {
      const N = f.params.length;
      const p = n >= 1 && n <= N ? f.params[(n - 1 + f.rotate) % N] : undefined;
      return p ? tokensToText(p) : '';
    };
    let m = /^%(-?\d+)$/.exec(t) ?? /^%\{(-?\d+)\}$/.exec(t);
    if (m) {
      let n = parseInt(m[1], 10);
      if (n < 0) n = f.params.length + n + 1;
      return at(n);
    }
    m = /^%\{(-?\d+):(-?\d+)\}$/.exec(t);
    if (m) {
      const N = f.params.length;
      let a = parseInt(m[1], 10), b = parseInt(m[2], 10);
      if (a < 0) a = N + a + 1;
      if (b < 0) b = N + b + 1;
      // indices beyond the parameters expand to nothing: clamp so a range costs at most N + 2 entries
      a = Math.min(Math.max(a, 0), N + 1); b = Math.min(Math.max(b, 0), N + 1);
      const out: string[] = [];
      if (a <= b) for (let i = a; i <= b; i++) out.push(at(i));
      else for (let i = a; i >= b; i--) out.push(at(i));
      return out.join(',');
    }
    if (t === '%?') return f.mac.name;
    if (t === '%??') return f.mac.name;
    return null;
  }

  // ------------------------------------------------------------ single-line macros

  private defineSmacro(name: string, params: string[] | null, body: Token[], ci: boolean): void {
    const map = ci ? this.smacrosCI : this.smacros;
    const key = ci ? name.toLowerCase() : name;
    const np = params ? params.length : -1;
    const list = (map.get(key) ?? []).filter(m => (m.params ? m.params.length : -1) !== np);
    list.push({ name, params, body: body.map(t => ({ ...t })), ci });
    map.set(key, list);
  }

  private undefSmacro(name: string): void {
    this.smacros.delete(name);
    this.smacrosCI.delete(name.toLowerCase());
  }

  private findSmacros(name: string): SMacro[] | undefined {
    return this.smacros.get(name) ?? this.smacrosCI.get(name.toLowerCase());
  }

  private ctxName(name: string): string {
    const m = /^%(\$+)(.*)$/.exec(name);
    if (!m) return name;
    const lvl = m[1].length;
    const ctx = this.ctxStack[this.ctxStack.length - lvl];
    if (!ctx) { this.errAt(1, `\`${name}': context stack is too shallow`); return `..@0.${m[2]}`; }
    return `..@${ctx.id}.${m[2]}`;
  }

  expandSmacros(toks: Token[]): Token[] {
    if (toks.length === 0) return toks;
    let needs = false;
    for (const t of toks) {
      if (t.k === 'pp' || (t.k === 'id' && (this.smacros.size || this.smacrosCI.size || isBuiltinSmacro(t.t)))) { needs = true; break; }
    }
    if (!needs) return toks;
    const budget = { n: this.opts.limits.maxExpansionsPerLine, reported: false };
    const out = this.expandRec(toks, new Set(), budget, 0);
    const max = this.opts.limits.maxLineTokens;
    if (out.length > max) throw new LineTooBig(`single-line macro expansion makes a line of ${out.length} tokens, over the limit of ${max} (exponential %define growth?)`);
    return pasteTokens(out, this.opts.limits.maxLineLength);
  }

  private expandRec(toks: Token[], active: Set<SMacro>, budget: { n: number; reported: boolean }, depth: number): Token[] {
    const out: Token[] = [];
    for (let i = 0; i < toks.length; i++) {
      const t = toks[i];
      if (t.k === 'pp' && /^%\$+[^$]/.test(t.t)) {
        const name = this.ctxName(t.t);
        const defs = this.findSmacros(name);
        if (defs && defs[0] && !defs[0].params) {
          pushAll(out, this.expandRec(defs[0].body.map(b => ({ ...b, col: t.col, exp: true })), active, budget, depth + 1));
        } else out.push({ k: 'id', t: name, col: t.col });
        continue;
      }
      if (t.k !== 'id') { out.push(t); continue; }
      const builtin = this.builtinSmacro(t);
      if (builtin) { out.push(builtin); continue; }
      const defs = this.findSmacros(t.t);
      if (!defs) { out.push(t); continue; }
      if (budget.n-- <= 0 || depth > 1000) {
        if (!budget.reported) { budget.reported = true; this.errAt(t.col, 'single-line macro expansion limit exceeded (recursive %define?)'); }
        out.push(t);
        continue;
      }
      let def: SMacro | undefined;
      let args: Token[][] = [];
      let consumed = 0;
      const nxt = toks[i + 1];
      if (nxt && nxt.k === 'op' && nxt.t === '(' && defs.some(d => d.params)) {
        // parse arguments up to the matching ')'
        let d = 0, j = i + 1;
        const cur: Token[][] = [[]];
        for (; j < toks.length; j++) {
          const x = toks[j];
          if (x.t === '(' && x.k === 'op') { if (d++ === 0) continue; }
          else if (x.t === ')' && x.k === 'op') { if (--d === 0) break; }
          else if (x.t === ',' && d === 1) { cur.push([]); continue; }
          cur[cur.length - 1].push(x);
        }
        if (j < toks.length) {
          const n = cur.length === 1 && cur[0].length === 0 ? 0 : cur.length;
          def = defs.find(m => m.params && m.params.length === n) ?? defs.find(m => m.params && m.params.length > 0 && n > m.params.length);
          if (def && def.params && n > def.params.length) {
            // last parameter is greedy (NASM 2.16 `%define f(a,b+)`): join the rest
            const k = def.params.length;
            const joined: Token[] = [];
            cur.slice(k - 1).forEach((a, idx) => { if (idx) joined.push({ k: 'op', t: ',', col: t.col }); pushAll(joined, a); });
            args = [...cur.slice(0, k - 1), joined];
          } else args = cur;
          consumed = j - i;
        }
      }
      if (!def) def = defs.find(m => !m.params);
      if (!def || active.has(def)) { out.push(t); continue; }
      let body: Token[];
      if (def.params && def.params.length) {
        const pidx = new Map(def.params.map((p, k) => [p, k]));
        body = [];
        for (const b of def.body) {
          const k = b.k === 'id' ? pidx.get(b.t) : undefined;
          if (k !== undefined) pushAll(body, (args[k] ?? []).map(a => ({ ...a, col: t.col, exp: true })));
          else body.push({ ...b, col: t.col, exp: true });
        }
      } else body = def.body.map(b => ({ ...b, col: t.col, exp: true }));
      i += consumed;
      const na = new Set(active); na.add(def);
      pushAll(out, this.expandRec(body, na, budget, depth + 1));
      if (out.length > this.opts.limits.maxLineTokens) return out;
    }
    return out;
  }

  private builtinSmacro(t: Token): Token | null {
    const n = t.t;
    if (!n.startsWith('__')) return null;
    const r = this.cur;
    switch (n) {
      case '__FILE__': case '__?FILE?__': return strToken(r?.file ?? '', t.col);
      case '__LINE__': case '__?LINE?__': { const v = BigInt(r?.line ?? 0); return { k: 'num', t: String(v), col: t.col, v, exp: true }; }
      case '__BITS__': case '__?BITS?__': { const v = BigInt(this.bits); return { k: 'num', t: String(v), col: t.col, v, exp: true }; }
      case '__NASM_MAJOR__': case '__?NASM_MAJOR?__': return { k: 'num', t: '2', col: t.col, v: 2n, exp: true };
      case '__NASM_MINOR__': case '__?NASM_MINOR?__': return { k: 'num', t: '16', col: t.col, v: 16n, exp: true };
      case '__OUTPUT_FORMAT__': case '__?OUTPUT_FORMAT?__': return { k: 'id', t: 'bin', col: t.col, exp: true };
      case '__VMXDBG__': return { k: 'num', t: '1', col: t.col, v: 1n, exp: true };
    }
    return null;
  }
}

function isBuiltinSmacro(name: string): boolean {
  return /^__\??(FILE|LINE|BITS|NASM_MAJOR|NASM_MINOR|OUTPUT_FORMAT)\??__$/.test(name) || name === '__VMXDBG__';
}

function strToken(s: string, col: number): Token {
  return { k: 'str', t: `'${s.replace(/'/g, '')}'`, col, bytes: utf8(s), exp: true };
}

function bytesStrToken(bytes: number[], col: number): Token {
  const s = bytesToLatin1(bytes.filter(b => b !== 0x60 && b !== 0x5c));
  return { k: 'str', t: '`' + s + '`', col, bytes, exp: true };
}

/** `a %+ b` pastes tokens (manual 4.1.4). */
function pasteTokens(toks: Token[], maxLength: number): Token[] {
  if (!toks.some(t => t.k === 'pp' && t.t === '%+')) return toks;
  const out: Token[] = [];
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    if (t.k === 'pp' && t.t === '%+') {
      const prev = out.pop();
      const next = toks[++i];
      if (!prev || !next) { if (prev) out.push(prev); continue; }
      if (prev.t.length + next.t.length > maxLength) throw new LineTooBig(`token pasting makes a token of ${prev.t.length + next.t.length} characters, over the limit of ${maxLength}`);
      const lx = lexLine(prev.t + next.t);
      for (const x of lx.tokens) out.push({ ...x, col: prev.col, exp: true });
      continue;
    }
    out.push(t);
  }
  return out;
}

/** Split macro-call arguments at top-level commas; `{...}` groups (braces stripped). */
export function splitArgs(toks: Token[]): Token[][] {
  if (toks.length === 0) return [];
  const out: Token[][] = [[]];
  let brace = 0;
  for (const t of toks) {
    if (t.k === 'op' && t.t === '{') { if (brace++ === 0 && out[out.length - 1].length === 0) continue; }
    else if (t.k === 'op' && t.t === '}') { if (--brace === 0) continue; if (brace < 0) brace = 0; }
    else if (t.k === 'op' && t.t === ',' && brace === 0) { out.push([]); continue; }
    out[out.length - 1].push(t);
  }
  return out;
}

function splitTopComma(toks: Token[]): Token[][] {
  const out: Token[][] = [[]];
  let d = 0;
  for (const t of toks) {
    if (t.k === 'op' && (t.t === '(' || t.t === '[' || t.t === '{')) d++;
    else if (t.k === 'op' && (t.t === ')' || t.t === ']' || t.t === '}')) d--;
    else if (t.k === 'op' && t.t === ',' && d === 0) { out.push([]); continue; }
    out[out.length - 1].push(t);
  }
  return out;
}

export function splitLines(text: string): string[] {
  const lines = text.split(/\r?\n/);
  if (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
  return lines;
}

export function dirName(p: string): string {
  const i = Math.max(p.lastIndexOf('/'), p.lastIndexOf('\\'));
  return i < 0 ? '.' : i === 0 ? '/' : p.slice(0, i);
}

export function joinPath(dir: string, name: string): string {
  if (dir === '.' || dir === '') return name;
  return dir.endsWith('/') || dir.endsWith('\\') ? dir + name : `${dir}/${name}`;
}
