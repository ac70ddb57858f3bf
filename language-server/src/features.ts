/**
 * Language features over an AsmWorkspace, independent of the LSP connection: hover, completion,
 * definition, references, rename, document symbols, folding ranges and assembler diagnostics.
 * Positions are 0-based (LSP).
 */
import * as path from 'path';
import {
  CompletionItem, CompletionItemKind, Diagnostic, DiagnosticSeverity, DocumentSymbol, FoldingRange, FoldingRangeKind, Hover, Location,
  MarkupKind, Position, Range, SymbolKind, TextEdit, InsertTextFormat,
} from 'vscode-languageserver';
import { pathToFileURL } from 'url';
import { assemble } from '../../emulator/asm';
import { parseNumber } from '../../emulator/asm/lexer';
import { formTable, isMnemonic } from '../../emulator/asm/forms';
import {
  lookupVmcsName, lookupVmcsEncoding, msrByNumber, msrByNameLookup, exitReason, EXIT_REASONS, VMCS_FIELDS, MSRS,
  vmInstructionError, generateVmxInc,
} from '../../emulator/vmx/arch';
import { AsmWorkspace, BUILTIN_PREFIX } from './workspace';
import { ASM_DIRECTIVES, PP_DIRECTIVES, SymDef, codeOf, isRegister, SIZE_WORDS } from './scan';
import { VMX_INSTRUCTIONS, X86_SUMMARIES } from './data/instructions';

export const uriOf = (p: string): string => pathToFileURL(p).toString();

// ------------------------------------------------------------------------------------------------ static tables

let mnemonicList: string[] | undefined;
/** Every mnemonic the assembler accepts (iced-x86 forms plus NASM aliases), lower-case. */
export function mnemonics(): string[] {
  if (!mnemonicList) {
    const s = new Set<string>(formTable().keys());
    for (const a of ['pushf', 'popf', 'pusha', 'popa', 'iret', 'retn', 'sal', 'xlat', 'icebp', 'loopz', 'loopnz', 'wait', 'fwait', 'jz', 'jnz', 'jc', 'jnc', 'setz', 'setnz', 'cmovz', 'cmovnz']) if (isMnemonic(a)) s.add(a);
    mnemonicList = [...s].sort();
  }
  return mnemonicList;
}

const REGISTERS: string[] = (() => {
  const out: string[] = [];
  const add = (n: string) => { if (isRegister(n)) out.push(n); };
  ['rax', 'rbx', 'rcx', 'rdx', 'rsi', 'rdi', 'rbp', 'rsp', 'eax', 'ebx', 'ecx', 'edx', 'esi', 'edi', 'ebp', 'esp', 'ax', 'bx', 'cx', 'dx', 'si', 'di', 'bp', 'sp',
    'al', 'bl', 'cl', 'dl', 'ah', 'bh', 'ch', 'dh', 'spl', 'bpl', 'sil', 'dil', 'cs', 'ds', 'es', 'fs', 'gs', 'ss', 'rip'].forEach(add);
  for (let i = 8; i < 16; i++) ['', 'd', 'w', 'b'].forEach((s) => add(`r${i}${s}`));
  for (const n of [0, 2, 3, 4, 8]) add(`cr${n}`);
  for (let i = 0; i < 8; i++) { add(`dr${i}`); add(`st${i}`); add(`mm${i}`); add(`k${i}`); }
  for (let i = 0; i < 32; i++) { add(`xmm${i}`); add(`ymm${i}`); add(`zmm${i}`); }
  return out;
})();
export function registers(): readonly string[] { return REGISTERS; }

const REGISTER_DOCS: Record<string, string> = {
  rax: 'accumulator; VMREAD/VMWRITE value or encoding, CPUID leaf', rcx: 'counter; RDMSR/WRMSR MSR index, CPUID subleaf', rdx: 'data; port number of IN/OUT DX', rsp: 'stack pointer (HOST_RSP after a VM exit)',
  rip: 'instruction pointer (GUEST_RIP / HOST_RIP)', cr0: 'control register 0 (PE, PG, …; fixed bits in VMX operation)', cr3: 'page-table base', cr4: 'control register 4 (VMXE = bit 13)',
  cr2: 'page-fault linear address', cr8: 'task-priority register',
};

interface IncInfo { value: string; comment: string }
let vmxIncInfo: Map<string, IncInfo> | undefined;
/** vmx.inc names with their values and comments. */
export function vmxInc(): Map<string, IncInfo> {
  if (!vmxIncInfo) {
    vmxIncInfo = new Map();
    for (const l of generateVmxInc().split('\n')) {
      const m = /^([A-Za-z_][A-Za-z0-9_]*)\s+equ\s+(.*?)\s*(?:;\s*(.*))?$/.exec(l);
      if (m) vmxIncInfo.set(m[1], { value: m[2], comment: m[3] ?? '' });
    }
  }
  return vmxIncInfo;
}

// ------------------------------------------------------------------------------------------------ hover texts

function vmcsFieldMarkdown(enc: number, via?: string): string | undefined {
  const ref = lookupVmcsEncoding(enc);
  if (!ref) return undefined;
  const f = ref.field;
  const width = f.width === 'natural' ? 'natural-width' : `${f.width}-bit`;
  return [`**VMCS field ${f.name}${ref.high ? '_HIGH' : ''}**${via ? ` (${via})` : ''}`, '',
    `encoding \`0x${ref.encoding.toString(16).padStart(4, '0')}\` · ${width} · ${f.type}${f.readOnly ? ' · read-only' : ''}`, '',
    `group: ${f.sdmGroup}`, '', f.description, '', `_${f.sdm}_`].join('\n');
}

function msrMarkdown(index: number, via?: string): string | undefined {
  const m = msrByNumber(index);
  if (!m) return undefined;
  return [`**MSR ${m.name}**${via ? ` (${via})` : ''}`, '', `index \`0x${m.index.toString(16)}\` — ${m.title}${m.vmxCapability ? ' (VMX capability MSR, read-only)' : ''}`, ...(m.sdm ? ['', `_${m.sdm}_`] : [])].join('\n');
}

export function instructionMarkdown(m: string): string | undefined {
  const w = m.toLowerCase();
  const v = VMX_INSTRUCTIONS[w];
  if (v) {
    return [`**${w.toUpperCase()}** — ${v.summary} _(VMX instruction)_`, '', ...(v.forms ? [v.forms.map((f) => `\`${f}\``).join(' · '), ''] : []),
      '**Operation**', ...(v.operation ?? []).map((o) => `- ${o}`), '', '**Fails / faults**', ...(v.failures ?? []).map((o) => `- ${o}`), '', `_${v.sdm ?? ''}_`].join('\n');
  }
  const s = X86_SUMMARIES[w];
  if (s) return `**${w.toUpperCase()}** — ${s}`;
  if (isMnemonic(w)) return `**${w.toUpperCase()}** — x86 instruction (see the Intel SDM Vol 2)`;
  return undefined;
}

function nearbyWords(lines: string[], line: number, span = 3): string {
  const out: string[] = [];
  for (let i = Math.max(0, line - span); i <= Math.min(lines.length - 1, line + span); i++) out.push(codeOf(lines[i]).code.toLowerCase());
  return out.join('\n');
}

function numberHover(value: bigint, lines: string[], line: number): string {
  const parts = [`\`${value}\` · \`0x${value.toString(16)}\` · \`0b${value.toString(2)}\``];
  const code = codeOf(lines[line]).code.toLowerCase();
  const near = nearbyWords(lines, line);
  if (value < 1n << 32n) {
    const n = Number(value);
    if (/\bvm(read|write)\b/.test(near)) { const v = vmcsFieldMarkdown(n, 'used as a VMCS encoding'); if (v) parts.push('', v); }
    if (/\b(rd|wr)msr\b/.test(near) || /\becx\b/.test(code)) { const v = msrMarkdown(n, 'used as an MSR index'); if (v) parts.push('', v); }
    if (/exit|reason/.test(code) && n <= 77) { const r = exitReason(n); if (r) parts.push('', `exit reason ${n}: **${r.name}** — ${r.title}`); }
    if (/vm_instruction_error|instruction_error/.test(code)) { const e = vmInstructionError(n); if (e) parts.push('', `VM-instruction error ${n}: ${e.text ?? ''}`); }
  }
  return parts.join('\n');
}

function symbolHover(name: string, def: SymDef | undefined, file: string | undefined, lines: string[], line: number, from: string): string | undefined {
  const inc = vmxInc().get(name);
  const vm = lookupVmcsName(name);
  if (vm && (inc || !def || file?.startsWith(BUILTIN_PREFIX))) return vmcsFieldMarkdown(vm.encoding, 'vmx.inc');
  if (name.startsWith('MSR_')) { const m = msrByNameLookup(name.slice(4)); if (m) return msrMarkdown(m.index, 'vmx.inc'); }
  if (name.startsWith('EXIT_REASON_')) {
    const r = EXIT_REASONS.find((e) => `EXIT_REASON_${e.name}` === name || (e.aliases ?? []).some((a) => `EXIT_REASON_${a}` === name));
    if (r) return `**exit reason ${r.reason}: ${r.name}** — ${r.title}\n\n${r.description}${r.unconditional ? '\n\n(unconditional in VMX non-root operation)' : ''}`;
  }
  if (inc && (!def || file?.startsWith(BUILTIN_PREFIX))) return `**${name}** equ \`${inc.value}\` _(vmx.inc)_${inc.comment ? `\n\n${inc.comment}` : ''}`;
  if (!def) return undefined;
  const where = file ? `${path.basename(file)}:${def.line + 1}` : '';
  switch (def.kind) {
    case 'equ': {
      let extra = '';
      const v = def.value ? parseNumber(def.value.trim()) : undefined;
      if (v !== undefined) extra = '\n\n' + numberHover(v, lines, line);
      return `**${name}** equ \`${def.value ?? ''}\` — ${where}${extra}`;
    }
    case 'define': return `**${name}** — \`${def.detail ?? ''}\` — ${where}`;
    case 'macro': return `**macro ${name}** — \`${def.detail ?? ''}\` — ${where}`;
    case 'struc': return `**struc ${name}** — ${where}`;
    default: return `**${def.kind === 'local' ? 'local label' : 'label'} ${name}** — ${where}${from !== file ? '' : ''}`;
  }
}

// ------------------------------------------------------------------------------------------------ positions

export interface WordAt { text: string; range: Range; kind: 'ident' | 'number' | 'directive' }

export function wordAt(text: string, pos: Position): WordAt | undefined {
  const line = text.split(/\r?\n/)[pos.line] ?? '';
  const { code } = codeOf(line);
  if (pos.character > code.length) return undefined;
  const re = /%?[A-Za-z0-9_.?$@#~]+/g;
  for (const m of code.matchAll(re)) {
    const s = m.index!, e = s + m[0].length;
    if (pos.character >= s && pos.character <= e) {
      const w = m[0];
      const range = Range.create(pos.line, s, pos.line, e);
      if (w.startsWith('%')) return { text: w, range, kind: 'directive' };
      if (/^[0-9$]/.test(w)) return { text: w, range, kind: 'number' };
      return { text: w, range, kind: 'ident' };
    }
  }
  return undefined;
}

function toRange(line: number, col: number, len: number): Range { return Range.create(line, col, line, col + len); }

// ------------------------------------------------------------------------------------------------ the service

export class AsmLanguageService {
  constructor(readonly ws: AsmWorkspace) {}

  private lines(p: string): string[] { return (this.ws.get(p)?.text ?? '').split(/\r?\n/); }

  /** The symbol (full name) at a position, from the scanner's defs and refs. */
  symbolAt(p: string, pos: Position): { name: string; text: string; range: Range } | undefined {
    const fi = this.ws.get(p);
    if (!fi) return undefined;
    const hit = (l: number, c: number, n: number) => pos.line === l && pos.character >= c && pos.character <= c + n;
    for (const d of fi.scan.defs) if (hit(d.line, d.col, d.length)) return { name: d.name, text: d.name.startsWith(d.parent ?? '\0') ? d.name.slice(d.parent!.length) : d.name, range: toRange(d.line, d.col, d.length) };
    for (const r of fi.scan.refs) if (hit(r.line, r.col, r.length)) return { name: r.name, text: r.text, range: toRange(r.line, r.col, r.length) };
    return undefined;
  }

  hover(p: string, pos: Position): Hover | undefined {
    const fi = this.ws.get(p);
    if (!fi) return undefined;
    const w = wordAt(fi.text, pos);
    if (!w) return undefined;
    const lines = this.lines(p);
    let md: string | undefined;
    if (w.kind === 'number') {
      const v = parseNumber(w.text.replace(/_/g, ''));
      if (v !== undefined) md = numberHover(v, lines, pos.line);
    } else if (w.kind === 'directive') {
      md = PP_DIRECTIVES.includes(w.text.toLowerCase()) ? `**${w.text.toLowerCase()}** — NASM preprocessor directive` : undefined;
    } else {
      const head = fi.scan.heads.get(pos.line);
      const sym = this.symbolAt(p, pos);
      if (head && head.col === w.range.start.character && !sym) {
        md = instructionMarkdown(w.text) ?? (ASM_DIRECTIVES.includes(head.word) ? `**${head.word}** — NASM directive` : undefined);
      } else if (isRegister(w.text)) {
        md = `**${w.text.toLowerCase()}** — register${REGISTER_DOCS[w.text.toLowerCase()] ? `: ${REGISTER_DOCS[w.text.toLowerCase()]}` : ''}`;
      } else {
        const name = sym?.name ?? w.text;
        const d = this.ws.definitions(p).get(name);
        md = symbolHover(name, d?.def, d?.file, lines, pos.line, fi.path) ?? instructionMarkdown(w.text);
      }
    }
    return md ? { contents: { kind: MarkupKind.Markdown, value: md }, range: w.range } : undefined;
  }

  complete(p: string, pos: Position): CompletionItem[] {
    const fi = this.ws.get(p);
    if (!fi) return [];
    const line = (fi.text.split(/\r?\n/)[pos.line] ?? '').slice(0, pos.character);
    const { code, comment } = codeOf(line);
    if (comment >= 0) return [];
    const prefix = /%?[A-Za-z0-9_.?$@#~]*$/.exec(code)?.[0] ?? '';
    const before = code.slice(0, code.length - prefix.length);
    const atHead = /^\s*(?:[A-Za-z_.?$@][\w.?$@#~]*\s*:\s*)?$/.test(before);
    const items: CompletionItem[] = [];
    const seen = new Set<string>();
    const add = (label: string, kind: CompletionItemKind, detail?: string, sort = '5', documentation?: string) => {
      if (seen.has(label)) return;
      seen.add(label);
      items.push({ label, kind, detail, sortText: sort + label, ...(documentation ? { documentation: { kind: MarkupKind.Markdown, value: documentation } } : {}) });
    };
    if (prefix.startsWith('%')) {
      for (const d of PP_DIRECTIVES) add(d, CompletionItemKind.Keyword, 'preprocessor directive', '1');
      return items;
    }
    const defs = this.ws.definitions(p);
    const scope = fi.scan.scopeAt[pos.line] ?? '';
    if (prefix.startsWith('.') && !prefix.startsWith('..')) {
      for (const [n, { def }] of defs) if (def.kind === 'local' && def.parent === scope) add(n.slice(scope.length), CompletionItemKind.Reference, `local label of ${scope}`, '0');
      return items;
    }
    if (atHead) {
      for (const [n, { def }] of defs) if (def.kind === 'macro') add(n, CompletionItemKind.Function, def.detail, '1');
      for (const m of mnemonics()) add(m, CompletionItemKind.Keyword, VMX_INSTRUCTIONS[m] ? `VMX: ${VMX_INSTRUCTIONS[m].summary}` : X86_SUMMARIES[m], VMX_INSTRUCTIONS[m] ? '2' : '3');
      for (const d of ASM_DIRECTIVES) add(d, CompletionItemKind.Keyword, 'directive', '3');
      for (const d of PP_DIRECTIVES) add(d, CompletionItemKind.Keyword, 'preprocessor directive', '4');
      return items;
    }
    for (const r of REGISTERS) add(r, CompletionItemKind.Variable, 'register', '1');
    for (const s of SIZE_WORDS) add(s, CompletionItemKind.Keyword, undefined, '6');
    for (const [n, { def, file }] of defs) {
      if (file.startsWith(BUILTIN_PREFIX)) continue;
      if (def.kind === 'local') { if (def.parent === scope) add(n.slice(scope.length), CompletionItemKind.Reference, `local label of ${scope}`, '0'); add(n, CompletionItemKind.Reference, 'label', '2'); continue; }
      add(n, def.kind === 'equ' || def.kind === 'define' ? CompletionItemKind.Constant : def.kind === 'macro' ? CompletionItemKind.Function : CompletionItemKind.Reference,
        def.detail ?? `${def.kind} — ${path.basename(file)}:${def.line + 1}`, '2');
    }
    for (const [n, info] of vmxInc()) add(n, CompletionItemKind.Constant, `${info.value}${info.comment ? ' — ' + info.comment : ''} (vmx.inc)`, '4');
    return items;
  }

  definition(p: string, pos: Position): Location[] {
    const sym = this.symbolAt(p, pos);
    if (!sym) {
      // %include "file": go to the file
      const fi = this.ws.get(p);
      const inc = fi?.scan.includes.find((i) => i.line === pos.line && pos.character >= i.col && pos.character <= i.col + i.length);
      if (fi && inc) {
        const r = this.ws.resolveInclude(fi.path, inc.file);
        if (r && !r.startsWith(BUILTIN_PREFIX)) return [Location.create(uriOf(r), Range.create(0, 0, 0, 0))];
      }
      return [];
    }
    const d = this.ws.definitions(p).get(sym.name);
    if (!d || d.file.startsWith(BUILTIN_PREFIX)) return [];
    return [Location.create(uriOf(d.file), toRange(d.def.line, d.def.col, d.def.length))];
  }

  /** Occurrences of the symbol at pos across the related files: [file, range, written text]. */
  private occurrences(p: string, name: string): { file: string; range: Range; text: string; isDef: boolean }[] {
    const out: { file: string; range: Range; text: string; isDef: boolean }[] = [];
    for (const f of this.ws.related(p)) {
      if (f.startsWith(BUILTIN_PREFIX)) continue;
      const fi = this.ws.get(f);
      if (!fi) continue;
      for (const d of fi.scan.defs) if (d.name === name) out.push({ file: f, range: toRange(d.line, d.col, d.length), text: fi.text.split(/\r?\n/)[d.line].substr(d.col, d.length), isDef: true });
      for (const r of fi.scan.refs) if (r.name === name) out.push({ file: f, range: toRange(r.line, r.col, r.length), text: r.text, isDef: false });
    }
    return out;
  }

  references(p: string, pos: Position, includeDeclaration = true): Location[] {
    const sym = this.symbolAt(p, pos);
    if (!sym) return [];
    return this.occurrences(p, sym.name).filter((o) => includeDeclaration || !o.isDef).map((o) => Location.create(uriOf(o.file), o.range));
  }

  prepareRename(p: string, pos: Position): { range: Range; placeholder: string } | undefined {
    const sym = this.symbolAt(p, pos);
    if (!sym) return undefined;
    const d = this.ws.definitions(p).get(sym.name);
    if (!d || d.file.startsWith(BUILTIN_PREFIX)) return undefined;
    return { range: sym.range, placeholder: sym.text };
  }

  /** Edits per file path; throws an Error with a message the client shows. */
  rename(p: string, pos: Position, newName: string): Map<string, TextEdit[]> {
    const sym = this.symbolAt(p, pos);
    if (!sym) throw new Error('no label, constant or macro here');
    const d = this.ws.definitions(p).get(sym.name);
    if (!d) throw new Error(`'${sym.name}' is not defined in these sources`);
    if (d.file.startsWith(BUILTIN_PREFIX)) throw new Error(`'${sym.name}' comes from the built-in vmx.inc and cannot be renamed`);
    const isLocal = d.def.kind === 'local';
    let bare = newName.trim();
    if (isLocal) {
      if (bare.startsWith(d.def.parent + '.')) bare = bare.slice(d.def.parent!.length);
      if (!bare.startsWith('.')) bare = '.' + bare;
    }
    if (!/^\.?[A-Za-z_?$@][A-Za-z0-9_.?$@#~]*$/.test(bare) || isRegister(bare) || isMnemonic(bare)) throw new Error(`'${newName}' is not a valid NASM identifier here`);
    const newFull = isLocal ? d.def.parent + bare : bare;
    if (newFull !== sym.name && this.ws.definitions(p).has(newFull)) throw new Error(`'${newFull}' is already defined`);
    const edits = new Map<string, TextEdit[]>();
    for (const o of this.occurrences(p, sym.name)) {
      let text: string;
      if (isLocal) text = o.text.startsWith('.') ? bare : newFull; // `.next` or `print_str.next`
      else text = newFull;
      if (!edits.has(o.file)) edits.set(o.file, []);
      edits.get(o.file)!.push(TextEdit.replace(o.range, text));
    }
    return edits;
  }

  symbols(p: string): DocumentSymbol[] {
    const fi = this.ws.get(p);
    if (!fi) return [];
    const lines = fi.text.split(/\r?\n/);
    const out: DocumentSymbol[] = [];
    const globals: { sym: DocumentSymbol; start: number }[] = [];
    for (const d of fi.scan.defs) {
      const r = toRange(d.line, d.col, d.length);
      const kind = d.kind === 'macro' ? SymbolKind.Function : d.kind === 'equ' || d.kind === 'define' ? SymbolKind.Constant : d.kind === 'struc' ? SymbolKind.Struct : d.kind === 'local' ? SymbolKind.Field : SymbolKind.Method;
      const sym: DocumentSymbol = { name: d.kind === 'local' && d.parent ? d.name.slice(d.parent.length) : d.name, kind, range: r, selectionRange: r, detail: d.detail ?? d.value };
      if (d.kind === 'local' && globals.length && globals[globals.length - 1].sym.name === d.parent) {
        (globals[globals.length - 1].sym.children ??= []).push(sym);
      } else {
        out.push(sym);
        if (d.kind === 'label' || d.kind === 'struc') globals.push({ sym, start: d.line });
      }
    }
    // a global label's range runs to the line before the next global label
    for (let i = 0; i < globals.length; i++) {
      const endLine = i + 1 < globals.length ? globals[i + 1].start - 1 : lines.length - 1;
      const end = Math.max(globals[i].start, endLine);
      globals[i].sym.range = Range.create(globals[i].sym.range.start, Position.create(end, (lines[end] ?? '').length));
    }
    for (const b of fi.scan.blocks.filter((b) => b.kind === 'macro')) {
      const s = out.find((x) => x.kind === SymbolKind.Function && x.range.start.line === b.start);
      if (s) s.range = Range.create(s.range.start, Position.create(b.end, (lines[b.end] ?? '').length));
    }
    return out;
  }

  folding(p: string): FoldingRange[] {
    const fi = this.ws.get(p);
    if (!fi) return [];
    const out: FoldingRange[] = [];
    for (const b of fi.scan.blocks) if (b.end > b.start) out.push({ startLine: b.start, endLine: b.end - (b.kind === 'if' ? 0 : 0), kind: FoldingRangeKind.Region });
    // %else/%elif split an %if block visually: fold each part
    const c = fi.scan.comments;
    for (let i = 0; i < c.length;) {
      let j = i;
      while (j + 1 < c.length && c[j + 1] === c[j] + 1) j++;
      if (j > i) out.push({ startLine: c[i], endLine: c[j], kind: FoldingRangeKind.Comment });
      i = j + 1;
    }
    // label sections
    const labels = fi.scan.defs.filter((d) => d.kind === 'label').map((d) => d.line);
    const n = fi.text.split(/\r?\n/).length;
    for (let i = 0; i < labels.length; i++) {
      let end = (i + 1 < labels.length ? labels[i + 1] : n) - 1;
      while (end > labels[i] && (fi.text.split(/\r?\n/)[end] ?? '').trim() === '') end--;
      if (end > labels[i] + 1) out.push({ startLine: labels[i], endLine: end });
    }
    return out;
  }

  /**
   * Assembles the main file(s) p belongs to with the real assembler; returns diagnostics per file
   * (every file of the closure gets an entry, empty when clean).
   */
  diagnostics(p: string): Map<string, Diagnostic[]> {
    const out = new Map<string, Diagnostic[]>();
    const mains = this.ws.mainFilesOf(p).slice(0, 4);
    if (!mains.length) mains.push(AsmWorkspace.normalize(p));
    for (const main of mains) {
      const text = this.ws.readText(main);
      if (text === undefined) continue;
      for (const f of this.ws.closure(main)) if (!f.startsWith(BUILTIN_PREFIX) && !out.has(f)) out.set(f, []);
      const r = assemble(text, {
        file: main, includePaths: this.ws.includePaths,
        readFile: (f) => this.ws.readText(f),
        limits: { maxOutput: 64 * 1024 * 1024, maxLines: 500000 },
      });
      for (const d of r.diagnostics) {
        const file = d.file.startsWith('<') ? d.file : path.resolve(d.file);
        if (file.startsWith('<')) continue;
        if (!out.has(file)) out.set(file, []);
        const line = Math.max(0, d.line - 1), col = Math.max(0, d.col - 1);
        const lineText = (this.ws.readText(file) ?? '').split(/\r?\n/)[line] ?? '';
        const end = Math.max(col + 1, lineText.replace(/\s*;.*$/, '').length);
        out.get(file)!.push({ range: Range.create(line, col, line, end), severity: d.severity === 'error' ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning, message: d.message, source: 'vmx-asm' + (mains.length > 1 ? ` (${path.basename(main)})` : '') });
      }
    }
    return out;
  }
}

export { VMCS_FIELDS, MSRS, InsertTextFormat };
