/**
 * A line scanner for NASM-dialect sources: finds symbol definitions (labels, local labels, EQU,
 * %define/%assign, %macro, struc) and identifier references with their exact columns, resolves local
 * labels (`.next` -> `print_str.next`), and records %include lines and block structure for folding.
 * It is deliberately forgiving (it runs on every keystroke on half-written code); the real assembler
 * provides the diagnostics.
 */
import { isRegName } from '../../emulator/asm/registers';
import { isMnemonic } from '../../emulator/asm/forms';

export type SymKind = 'label' | 'local' | 'equ' | 'define' | 'macro' | 'struc';

export interface SymDef { name: string; kind: SymKind; line: number; col: number; length: number; value?: string; detail?: string; parent?: string }
export interface SymRef { name: string; line: number; col: number; length: number; /** written form (e.g. ".next") */ text: string; macroCall?: boolean }
export interface IncludeRef { file: string; line: number; col: number; length: number }
export interface Block { kind: 'macro' | 'if' | 'rep' | 'struc' | 'istruc'; start: number; end: number }

export interface ScanResult {
  defs: SymDef[];
  refs: SymRef[];
  includes: IncludeRef[];
  blocks: Block[];
  /** Line -> first word (mnemonic, directive or macro name), lower-case. */
  heads: Map<number, { word: string; col: number }>;
  /** Global label in effect on each line (for local-label completion). */
  scopeAt: string[];
  comments: number[];
}

export const SIZE_WORDS = new Set(['byte', 'word', 'dword', 'qword', 'tword', 'oword', 'yword', 'zword', 'ptr', 'near', 'far', 'short', 'rel', 'abs', 'strict', 'nosplit', 'seg', 'wrt', 'to', 'at', 'default', 'dup']);
export const DATA_DIRECTIVES = new Set(['db', 'dw', 'dd', 'dq', 'dt', 'do', 'dy', 'dz', 'resb', 'resw', 'resd', 'resq', 'rest', 'reso', 'resy', 'resz', 'incbin', 'times']);
export const ASM_DIRECTIVES = [
  'bits', 'use16', 'use32', 'use64', 'org', 'section', 'segment', 'align', 'alignb', 'times', 'equ', 'incbin', 'global', 'extern', 'common',
  'absolute', 'struc', 'endstruc', 'istruc', 'iend', 'at', 'default', 'cpu', 'float', 'sectalign', 'db', 'dw', 'dd', 'dq', 'dt', 'do', 'dy', 'dz',
  'resb', 'resw', 'resd', 'resq', 'rest', 'reso', 'resy', 'resz',
];
export const PP_DIRECTIVES = [
  '%define', '%xdefine', '%idefine', '%ixdefine', '%undef', '%assign', '%iassign', '%macro', '%imacro', '%endmacro', '%rep', '%endrep', '%exitrep',
  '%if', '%ifdef', '%ifndef', '%ifidn', '%ifidni', '%ifmacro', '%ifnum', '%ifstr', '%ifid', '%elif', '%elifdef', '%elifndef', '%else', '%endif',
  '%include', '%error', '%warning', '%fatal', '%strlen', '%substr', '%strcat', '%rotate', '%push', '%pop', '%repl', '%line', '%pathsearch', '%depend', '%local', '%unmacro',
];

/** Splits off a `;` comment, respecting quotes; returns the code part with strings blanked out. */
export function codeOf(line: string): { code: string; comment: number } {
  let q: string | null = null;
  let out = '';
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (q) { out += c === q ? c : ' '; if (c === q) q = null; continue; }
    if (c === '"' || c === "'" || c === '`') { q = c; out += c; continue; }
    if (c === ';') return { code: out, comment: i };
    out += c;
  }
  return { code: out, comment: -1 };
}

const ID = /(?:\.\.@|%%|[A-Za-z_.?$@])[A-Za-z0-9_.?$@#~]*/g;

/** Line heads that are neither instructions nor macro calls: prefixes and directives. */
const NOT_MACRO_HEADS = new Set([
  'rep', 'repe', 'repz', 'repne', 'repnz', 'lock', 'xacquire', 'xrelease', 'bnd', 'o16', 'o32', 'o64', 'a16', 'a32', 'a64',
  ...ASM_DIRECTIVES, ...DATA_DIRECTIVES, ...SIZE_WORDS,
]);

export function isRegister(w: string): boolean { return isRegName(w.toLowerCase()); }

export function scan(text: string): ScanResult {
  const lines = text.split(/\r?\n/);
  const res: ScanResult = { defs: [], refs: [], includes: [], blocks: [], heads: new Map(), scopeAt: [], comments: [] };
  let scope = '';
  const stack: { kind: Block['kind']; start: number }[] = [];
  const macroNames = new Set<string>();
  // first pass: macro names (a call may precede the definition in an include)
  for (const l of lines) { const m = /^\s*%i?macro\s+([A-Za-z_.?$][\w.?$@#~]*)/i.exec(l); if (m) macroNames.add(m[1]); }
  let inMacro = 0;
  const full = (n: string) => (n.startsWith('.') && !n.startsWith('..') && scope ? scope + n : n);

  for (let ln = 0; ln < lines.length; ln++) {
    const raw = lines[ln];
    const { code, comment } = codeOf(raw);
    if (comment >= 0 && code.trim() === '') res.comments.push(ln);
    let m: RegExpExecArray | null;
    const trimmed = code.trimStart();
    const indent = code.length - trimmed.length;

    // ---------------------------------------------------------------- preprocessor
    if (trimmed.startsWith('%')) {
      const dm = /^%([a-z]+)\b\s*(.*)$/i.exec(trimmed);
      const d = dm ? dm[1].toLowerCase() : '';
      res.heads.set(ln, { word: '%' + d, col: indent });
      const rest = dm ? dm[2] : '';
      const restCol = indent + (dm ? trimmed.length - rest.length : 0);
      if (d === 'macro' || d === 'imacro') {
        const mm = /^([A-Za-z_.?$][\w.?$@#~]*)\s*([\d\-+*]*)/.exec(rest);
        if (mm) res.defs.push({ name: mm[1], kind: 'macro', line: ln, col: restCol, length: mm[1].length, detail: `%macro ${mm[1]} ${mm[2]}`.trim() });
        stack.push({ kind: 'macro', start: ln });
        inMacro++;
        res.scopeAt[ln] = scope;
        continue;
      }
      if (d === 'endmacro') { closeBlock(stack, res, 'macro', ln); inMacro = Math.max(0, inMacro - 1); res.scopeAt[ln] = scope; continue; }
      if (/^if/.test(d)) stack.push({ kind: 'if', start: ln });
      else if (d === 'endif') closeBlock(stack, res, 'if', ln);
      else if (d === 'rep') stack.push({ kind: 'rep', start: ln });
      else if (d === 'endrep') closeBlock(stack, res, 'rep', ln);
      if (d === 'define' || d === 'xdefine' || d === 'idefine' || d === 'ixdefine' || d === 'assign' || d === 'iassign') {
        const mm = /^([A-Za-z_.?$][\w.?$@#~]*)(\([^)]*\))?\s*(.*)$/.exec(rest);
        if (mm) {
          res.defs.push({ name: mm[1], kind: 'define', line: ln, col: restCol, length: mm[1].length, value: mm[3].trim(), detail: `%${d} ${mm[1]}${mm[2] ?? ''} ${mm[3].trim()}`.trim() });
          refsIn(mm[3], restCol + rest.length - mm[3].length, ln, res, full, macroNames);
        }
      } else if (d === 'include') {
        // the file name is a string: read it from the raw line (codeOf blanks string contents)
        const im = /^(["'`<])([^"'`>]+)["'`>]/.exec(raw.slice(restCol));
        if (im) res.includes.push({ file: im[2], line: ln, col: restCol + 1, length: im[2].length });
      } else if (/^(if|elif)(def|ndef|macro)$/.test(d)) {
        // names only: %ifdef X refers to a define
        refsIn(rest, restCol, ln, res, full, macroNames);
      } else if (/^(if|elif)$/.test(d) || d === 'rep' || d === 'undef' || d === 'error' || d === 'warning') {
        if (d !== 'error' && d !== 'warning') refsIn(rest, restCol, ln, res, full, macroNames);
      }
      res.scopeAt[ln] = scope;
      continue;
    }

    // ---------------------------------------------------------------- label
    let pos = indent;
    let body = trimmed;
    m = /^((?:\.\.@|[A-Za-z_.?$@])[A-Za-z0-9_.?$@#~]*)(\s*:)/.exec(body);
    let labelName: string | undefined;
    if (m && !isRegister(m[1])) {
      labelName = m[1];
      body = body.slice(m[0].length);
      pos += m[0].length;
    } else {
      // "name equ ..." / "name db ..." / "name resb ..." (labels without a colon)
      const m2 = /^((?:\.\.@|[A-Za-z_.?$@])[A-Za-z0-9_.?$@#~]*)\s+([A-Za-z]+)\b/.exec(body);
      if (m2 && (m2[2].toLowerCase() === 'equ' || DATA_DIRECTIVES.has(m2[2].toLowerCase())) && !isRegister(m2[1]) && !macroNames.has(m2[1])) {
        labelName = m2[1];
        body = body.slice(m2[1].length);
        pos += m2[1].length;
      }
    }
    if (labelName && !labelName.startsWith('%%')) {
      const isLocal = labelName.startsWith('.') && !labelName.startsWith('..');
      const eq = /^\s*equ\s+(.*)$/i.exec(body);
      if (!isLocal && !labelName.startsWith('..') && !eq && !inMacro) scope = labelName;
      const name = isLocal ? (scope ? scope + labelName : labelName) : labelName;
      const def: SymDef = { name, kind: eq ? 'equ' : isLocal ? 'local' : 'label', line: ln, col: indent, length: labelName.length };
      if (isLocal && scope) def.parent = scope;
      if (eq) { def.value = eq[1].trim(); def.detail = `${labelName} equ ${def.value}`; }
      if (!inMacro) res.defs.push(def);
    }
    res.scopeAt[ln] = scope;

    // ---------------------------------------------------------------- head word and operands
    const hm = /^(\s*)([A-Za-z_.?$][A-Za-z0-9_.?$@#~]*)/.exec(body);
    if (!hm) continue;
    const headCol = pos + hm[1].length;
    const head = hm[2];
    const lower = head.toLowerCase();
    res.heads.set(ln, { word: lower, col: headCol });
    if (lower === 'struc') {
      const sm = /^\s*struc\s+([A-Za-z_.?$][\w.?$@#~]*)/i.exec(body);
      if (sm) { scope = sm[1]; res.defs.push({ name: sm[1], kind: 'struc', line: ln, col: pos + body.indexOf(sm[1]), length: sm[1].length }); res.scopeAt[ln] = scope; }
      stack.push({ kind: 'struc', start: ln });
      continue;
    }
    if (lower === 'endstruc') { closeBlock(stack, res, 'struc', ln); continue; }
    if (lower === 'istruc') { stack.push({ kind: 'istruc', start: ln }); }
    if (lower === 'iend') { closeBlock(stack, res, 'istruc', ln); }
    // a head word that is no instruction, prefix or directive calls a macro (maybe one defined in another file)
    if (macroNames.has(head) || (!isMnemonic(lower) && !NOT_MACRO_HEADS.has(lower) && !isRegister(head))) {
      res.refs.push({ name: head, line: ln, col: headCol, length: head.length, text: head, macroCall: true });
    }
    const operands = body.slice(hm[0].length);
    refsIn(operands, headCol + head.length, ln, res, full, macroNames, lower === 'equ');
  }
  return res;
}

function closeBlock(stack: { kind: Block['kind']; start: number }[], res: ScanResult, kind: Block['kind'], ln: number): void {
  for (let i = stack.length - 1; i >= 0; i--) {
    if (stack[i].kind === kind) {
      res.blocks.push({ kind, start: stack[i].start, end: ln });
      stack.splice(i);
      return;
    }
  }
}

function refsIn(text: string, base: number, ln: number, res: ScanResult, full: (n: string) => string, macros: Set<string>, _equ = false): void {
  for (const m of text.matchAll(ID)) {
    const w = m[0];
    const col = base + m.index!;
    if (w.startsWith('%%') || w === '$' || w === '$$' || /^\$[0-9]/.test(w)) continue;
    // numbers like 0x1f / 1fh / 10b start with a digit and are not matched; `$1f` legacy hex is skipped above
    if (SIZE_WORDS.has(w.toLowerCase()) || isRegister(w)) continue;
    if (text[m.index! - 1] === '%' ) continue;
    // a preceding digit means this is the tail of a number (e.g. 0ffh): skip
    if (m.index! > 0 && /[0-9]/.test(text[m.index! - 1])) continue;
    res.refs.push({ name: full(w), line: ln, col, length: w.length, text: w, macroCall: macros.has(w) });
  }
}
