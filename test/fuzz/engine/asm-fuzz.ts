// Assembler robustness: pathological sources (resource bombs, cycles, huge inputs) and random mutations.
// The contract (emulator/asm/index.ts): assemble() never throws, never reports an internal error, and
// returns diagnostics with file:line:col; it is bounded in time and memory with the DEFAULT limits the
// CLI, the adapter and the language server use.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { assemble, AsmResult, AsmOptions } from '../../../emulator/asm';
import { repoRoot } from './paths';
import type { Rng } from './rng';
import type { RunResult } from './outcome';

export interface AsmInput {
  /** main source (absent for a pathological input given by name) */
  source?: string;
  /** other files by name (includes, incbin) */
  files?: Record<string, string>;
  /** pathological case name, when the input is one */
  name?: string;
}

/** Generated lazily: several are megabytes. `heavy` ones take seconds and run only in the long fuzz run. */
export const PATHOLOGICAL: { name: string; make: () => AsmInput; heavy?: true }[] = [
  { name: 'huge line: 1 MiB of data items', heavy: true, make: () => ({ source: 'db ' + '1,'.repeat(512 * 1024) + '1' }) },
  { name: 'huge line: 1 MiB of one identifier', make: () => ({ source: 'x'.repeat(1 << 20) + ':\njmp ' + 'x'.repeat(1 << 20) }) },
  { name: 'huge line: 1 MiB of operators', make: () => ({ source: 'mov eax, 1' + '+1'.repeat(1 << 19) }) },
  { name: 'huge line: 1 MiB string', make: () => ({ source: `db "${'a'.repeat(1 << 20)}"` }) },
  { name: 'huge line: 1 MiB of garbage', make: () => ({ source: Array.from({ length: 1 << 20 }, (_, i) => String.fromCharCode(33 + ((i * 7919) % 94))).join('') }) },
  { name: '1 MiB file of instructions', make: () => ({ source: 'bits 64\n' + 'add rax, [rbx+rcx*4+0x10]\n'.repeat(40_000) }) },
  { name: '1 MiB file of labels', heavy: true, make: () => ({ source: Array.from({ length: 60_000 }, (_, i) => `l${i}: jmp l${(i * 7) % 60_000}`).join('\n') }) },
  { name: '1 MiB file of errors', make: () => ({ source: 'frobnicate eax, ebx\n'.repeat(55_000) }) },
  { name: 'deep parentheses', make: () => ({ source: 'db ' + '('.repeat(100_000) + '1' + ')'.repeat(100_000) }) },
  { name: 'deep unary operators', make: () => ({ source: 'dd ' + '-~'.repeat(100_000) + '1' }) },
  { name: 'deep brackets', make: () => ({ source: 'mov eax, ' + '['.repeat(50_000) + 'eax' + ']'.repeat(50_000) }) },
  { name: 'deep %if nesting', make: () => ({ source: '%if 1\n'.repeat(100_000) + 'nop\n' + '%endif\n'.repeat(100_000) }) },
  { name: 'deep unterminated %if nesting', make: () => ({ source: '%if 1\n'.repeat(100_000) + 'nop\n' }) },
  { name: 'deep %ifdef/%else nesting', make: () => ({ source: '%ifdef X\n%else\n'.repeat(50_000) + 'nop\n' + '%endif\n'.repeat(50_000) }) },
  { name: 'many %endif', make: () => ({ source: '%endif\n'.repeat(100_000) }) },
  { name: 'direct macro recursion', make: () => ({ source: '%macro m 0\nm\n%endmacro\nm' }) },
  { name: 'mutual macro recursion', make: () => ({ source: '%macro a 0\nb\n%endmacro\n%macro b 0\na\n%endmacro\na' }) },
  { name: 'macro recursion doubling its argument', make: () => ({ source: '%macro m 1\nm {%1 %1}\n%endmacro\nm x' }) },
  { name: 'macro fan-out bomb', make: () => ({ source: '%macro m0 0\nnop\n%endmacro\n' + Array.from({ length: 40 }, (_, i) => `%macro m${i + 1} 0\nm${i}\nm${i}\n%endmacro`).join('\n') + '\nm40' }) },
  { name: 'define expansion bomb', make: () => ({ source: '%define d0 1\n' + Array.from({ length: 60 }, (_, i) => `%define d${i + 1} d${i}+d${i}`).join('\n') + '\ndd d60' }) },
  { name: 'define cycle', make: () => ({ source: '%define a b\n%define b a\ndb a' }) },
  { name: 'define with parameters cycle', make: () => ({ source: '%define f(x) g(x x)\n%define g(x) f(x x)\ndb f(1)' }) },
  { name: 'token paste growth', make: () => ({ source: '%assign i 0\n%define s x\n%rep 100000\n%xdefine s s %+ s\n%endrep\ndb 0' }) },
  { name: 'huge %rep count', make: () => ({ source: '%rep 0x7fffffffffffffff\nnop\n%endrep' }) },
  { name: 'negative %rep count', make: () => ({ source: '%rep -5\nnop\n%endrep' }) },
  { name: 'nested %rep bomb', make: () => ({ source: '%rep 1000\n%rep 1000\n%rep 1000\nnop\n%endrep\n%endrep\n%endrep' }) },
  { name: '%rep of diagnostics', make: () => ({ source: '%rep 300000\n%warning again\n%endrep' }) },
  { name: '%rep of errors', make: () => ({ source: '%rep 1000000\nbogus\n%endrep' }) },
  { name: '%rep never exiting %exitrep', make: () => ({ source: '%assign i 0\n%rep 100000000\n%if i < 0\n%exitrep\n%endif\n%assign i i+1\n%endrep' }) },
  { name: 'unterminated %rep', make: () => ({ source: '%rep 10\nnop\n' }) },
  { name: 'unterminated %macro', make: () => ({ source: '%macro m 0\nnop\n' }) },
  { name: 'huge times', make: () => ({ source: 'times 0x7fffffffffffffff nop' }) },
  { name: 'huge times of data', make: () => ({ source: 'times 1000000000 dq 1' }) },
  { name: 'nested times', make: () => ({ source: 'times 100000 times 100000 db 0' }) },
  { name: 'huge resb', make: () => ({ source: 'section .bss\nresb 0xffffffffffff\nsection .text\nnop' }) },
  { name: 'huge align', make: () => ({ source: 'nop\nalign 0x40000000' }) },
  { name: 'org at the top of the address space', make: () => ({ source: 'org 0xfffffffffffffff0\ntimes 64 nop\nx: jmp x' }) },
  { name: 'self include', make: () => ({ source: '%include "self.asm"', files: { 'self.asm': '%include "self.asm"\nnop' } }) },
  { name: 'include cycle of three', make: () => ({ source: '%include "a.inc"', files: { 'a.inc': '%include "b.inc"\nnop', 'b.inc': '%include "c.inc"\nnop', 'c.inc': '%include "a.inc"\nnop' } }) },
  { name: 'include fan-out', make: () => ({ source: '%include "a.inc"\n%include "a.inc"', files: { 'a.inc': '%include "b.inc"\n'.repeat(20), 'b.inc': '%include "c.inc"\n'.repeat(20), 'c.inc': 'nop\n'.repeat(20) } }) },
  { name: 'incbin of itself, repeatedly', heavy: true, make: () => ({ source: '%rep 1000\nincbin "big.bin"\n%endrep', files: { 'big.bin': 'x'.repeat(1 << 20) } }) },
  { name: 'incbin with huge offset', make: () => ({ source: 'incbin "f.bin", 0xffffffffffffffff, 0xffffffffffff', files: { 'f.bin': 'abc' } }) },
  { name: 'phase error oscillation', make: () => ({ source: 'a: times (b - a) & 1 ? 200 : 1 nop\njmp a\nb:' }) },
  { name: 'equ cycle', make: () => ({ source: 'a equ b + 1\nb equ c + 1\nc equ a + 1\ndb a' }) },
  { name: 'many sections', make: () => ({ source: Array.from({ length: 5000 }, (_, i) => `section s${i} align=16\ndb ${i & 255}`).join('\n') }) },
  { name: 'many struct fields', make: () => ({ source: 'struc s\n' + Array.from({ length: 20_000 }, (_, i) => `.f${i}: resb 1`).join('\n') + '\nendstruc\nistruc s\niend' }) },
  { name: '%strlen/%substr extremes', make: () => ({ source: `%strlen n "${'a'.repeat(1 << 16)}"\n%substr s "abc" 0x7fffffff, 0x7fffffff\n%substr t "abc" -1\ndb n` }) },
  { name: '%rotate extremes', make: () => ({ source: '%macro m 1-*\n%rotate 0x7fffffffffffffff\n%rotate -0x8000000000000000\ndb %1\n%endmacro\nm 1,2,3' }) },
  { name: 'macro with 100000 parameters', make: () => ({ source: '%macro m 1-*\n%rep %0\n%rotate 1\n%endrep\ndb %1, %{-1}, %0 & 255\n%endmacro\nm ' + Array.from({ length: 100_000 }, (_, i) => i & 255).join(',') }) },
  { name: 'macro with 100000 parameters, all used', heavy: true, make: () => ({ source: '%macro m 1-*\n%rep %0\ndb %1\n%rotate 1\n%endrep\n%endmacro\nm ' + Array.from({ length: 100_000 }, (_, i) => i & 255).join(',') }) },
  { name: 'control characters and NULs', make: () => ({ source: Array.from({ length: 65536 }, (_, i) => String.fromCharCode(i & 0x1f)).join('') }) },
  { name: 'lone surrogates and BOMs', make: () => ({ source: '\ufeff\ud800db "\udfff"\n\ufeffnop\u2028nop' }) },
  { name: 'CR-only line endings', make: () => ({ source: 'nop\rnop\r'.repeat(100_000) }) },
];

/** Diagnostics must be well formed: located, non-empty, no internal errors. */
export function checkAsm(r: AsmResult): string[] {
  const bad: string[] = [];
  if (!(r.bytes instanceof Uint8Array)) bad.push('bytes is not a Uint8Array');
  if (!Array.isArray(r.diagnostics)) return [...bad, 'diagnostics is not an array'];
  for (const d of r.diagnostics.slice(0, 10_000)) {
    if (/internal/i.test(d.message)) bad.push(`internal error: ${d.message}`);
    if (!(d.line >= 1 && d.col >= 1 && typeof d.file === 'string' && d.file && d.message)) bad.push(`malformed diagnostic ${JSON.stringify(d).slice(0, 200)}`);
  }
  if (r.ok === r.diagnostics.some((d) => d.severity === 'error')) bad.push(`ok=${r.ok} disagrees with the diagnostics`);
  if (r.ok && r.bytes.length === 0 && r.sourceMap.some((e) => e.size > 0)) bad.push('ok with an empty image but non-empty source map entries');
  try { if (typeof r.listing() !== 'string') bad.push('listing is not a string'); } catch (e) { bad.push(`listing() threw: ${String(e)}`); }
  return bad;
}

export function asmOptions(inp: AsmInput): AsmOptions {
  const files = inp.files ?? {};
  return { file: 'fuzz.asm', readFile: (p: string) => files[p.replace(/^.*[\\/]/, '')] };
}

export function runAsmInput(input: AsmInput): RunResult {
  // pathological inputs are stored by name (several are megabytes)
  const named = input.name !== undefined && input.source === undefined ? PATHOLOGICAL.find((p) => p.name === input.name) : undefined;
  if (input.name !== undefined && input.source === undefined && !named) return { ok: false, failure: `unknown pathological input '${input.name}'` };
  const inp = named ? named.make() : input;
  let r: AsmResult;
  try { r = assemble(inp.source ?? '', asmOptions(inp)); } catch (e) { return { ok: false, failure: `assemble threw: ${String(e)}` }; }
  const bad = checkAsm(r);
  if (bad.length) return { ok: false, failure: bad.slice(0, 5).join('; ') };
  const first = r.diagnostics.find((d) => d.severity === 'error');
  return { ok: true, outcome: first ? `error: ${first.message.replace(/[0-9]+|'[^']*'|"[^"]*"|`[^`]*`/g, '#').slice(0, 60)}` : r.diagnostics.length ? 'warnings' : 'ok' };
}

// ---------------------------------------------------------------- random inputs for the long fuzz run
const VOCAB = [
  'mov', 'add', 'jmp', 'jz', 'call', 'ret', 'push', 'pop', 'lea', 'vmxon', 'vmwrite', 'vmread', 'vmlaunch', 'invept', 'lgdt', 'int', 'out', 'in',
  'rep', 'lock', 'times', 'db', 'dw', 'dd', 'dq', 'dt', 'resb', 'resq', 'equ', 'org', 'bits', '16', '32', '64', 'section', '.data', '.bss', 'align',
  'struc', 'endstruc', 'istruc', 'at', 'iend', 'incbin', 'default', 'rel', 'strict', 'short', 'near', 'far', 'byte', 'word', 'dword', 'qword',
  'eax', 'rax', 'al', 'ah', 'r8', 'cr0', 'dr7', 'xmm0', 'k1', 'es', 'fs', 'rip',
  '%define', '%xdefine', '%undef', '%macro', '%endmacro', '%if', '%elif', '%else', '%endif', '%ifdef', '%ifidn', '%rep', '%endrep', '%assign',
  '%include', '%error', '%warning', '%rotate', '%exitrep', '%1', '%0', '%%x', '%+', '%$ctx', '%push', '%pop', '%strlen', '%substr', '%strcat',
  '0', '1', '-1', '0x7fffffffffffffff', '0ffh', '1.5', '$', '$$', "'ab'", '"str"', '`\\n`', "'unterminated", 'label', '.local', 'label:',
  '+', '-', '*', '/', '//', '%', '%%', '<<', '>>', '&', '|', '^', '~', '!', '(', ')', '[', ']', ',', ':', '{', '}', '?', ';', '\\',
];

/** Real sources to mutate: the examples, their include file and the assembler's byte-equality corpus. */
function sources(): { lines: string[][]; files: Record<string, string> } {
  const root = repoRoot();
  const texts: string[] = [];
  const files: Record<string, string> = {};
  const add = (dir: string, ext: RegExp) => {
    let names: string[] = [];
    try { names = readdirSync(dir); } catch { return; }
    for (const n of names) if (ext.test(n)) { const t = readFileSync(join(dir, n), 'utf8'); texts.push(t); files[n] = t; }
  };
  for (const d of readdirSync(join(root, 'examples'))) add(join(root, 'examples', d), /\.(asm|inc)$/);
  add(join(root, 'test/asm/corpus'), /\.asm$/);
  return { lines: texts.map((t) => t.split('\n')), files };
}
let sourceCache: ReturnType<typeof sources> | null = null;

function mutatedSource(r: Rng): AsmInput {
  const src = (sourceCache ??= sources());
  const file = r.pick(src.lines);
  const start = r.int(Math.max(1, file.length - 60));
  const lines = file.slice(start, start + 10 + r.int(80));
  for (let m = 1 + r.int(6); m > 0 && lines.length; m--) {
    const i = r.int(lines.length);
    const l = lines[i];
    switch (r.int(7)) {
      case 0: lines[i] = l.slice(0, r.int(l.length + 1)); break;
      case 1: { const p = r.int(l.length + 1); lines[i] = l.slice(0, p) + r.pick(VOCAB) + l.slice(p); break; }
      case 2: lines.splice(i, 1); break;
      case 3: lines.splice(i, 0, l, l); break;
      case 4: { const j = r.int(lines.length); [lines[i], lines[j]] = [lines[j], lines[i]]; break; }
      case 5: lines[i] = l.replace(/[0-9]+/, String(r.int(2e9) - 1e9)); break;
      default: lines.splice(i, 0, r.pick(['%macro m 1', '%rep 3', '%if 1', 'struc s', 'istruc s', '%endmacro', '%endrep', '%endif', 'section .bss', 'bits 16', 'bits 32', 'times 5']));
    }
  }
  const source = lines.join('\n');
  // only the files the source names (a reproducer stays small)
  return { source, files: Object.fromEntries(Object.entries(src.files).filter(([name]) => source.includes(name))) };
}

export function generateAsm(r: Rng): AsmInput {
  if (r.chance(0.01)) return { name: r.pick(PATHOLOGICAL.filter((p) => !p.heavy)).name };
  if (r.chance(0.5)) return mutatedSource(r);
  const lines: string[] = [];
  for (let n = 1 + r.int(40); n > 0; n--) {
    const toks: string[] = [];
    for (let k = r.int(9); k > 0; k--) toks.push(r.pick(VOCAB));
    lines.push(toks.join(r.chance(0.8) ? ' ' : ''));
  }
  const files: Record<string, string> = { 'a.inc': lines.slice(0, 3).join('\n') + '\n%include "a.inc"' };
  return { source: lines.join('\n'), files };
}
