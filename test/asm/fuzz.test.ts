// Fuzz: random and mutated sources (seeded, bounded) must only ever produce diagnostics:
// no exception, no hang, a well-formed result.
import { describe, it, expect } from 'vitest';
import { readdirSync, readFileSync } from 'fs';
import { join } from 'path';
import { assemble, AsmResult } from '../../emulator/asm';

function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const VOCAB = [
  'mov', 'add', 'jmp', 'jz', 'call', 'ret', 'push', 'pop', 'lea', 'vmxon', 'vmwrite', 'vmread', 'vmlaunch', 'invept', 'lgdt', 'int', 'out', 'in',
  'rep', 'lock', 'times', 'db', 'dw', 'dd', 'dq', 'dt', 'resb', 'resq', 'equ', 'org', 'bits', '16', '32', '64', 'section', '.data', '.bss', 'align', 'alignb',
  'struc', 'endstruc', 'istruc', 'at', 'iend', 'incbin', 'default', 'rel', 'abs', 'strict', 'short', 'near', 'far', 'byte', 'word', 'dword', 'qword', 'tword',
  'eax', 'rax', 'al', 'ah', 'ax', 'r8', 'r15d', 'cr0', 'dr7', 'xmm0', 'zmm31', 'k1', 'st0', 'es', 'fs', 'rip',
  '%define', '%macro', '%endmacro', '%if', '%elif', '%else', '%endif', '%ifdef', '%rep', '%endrep', '%assign', '%include', '%error', '%warning', '%rotate', '%exitrep',
  '%1', '%0', '%%x', '%+', '%$ctx', '%push', '%pop', '%strlen', '%substr',
  '0', '1', '-1', '0x7fffffffffffffff', '0ffh', '1e10', '1.5', '$', '$$', "'ab'", '"str"', '`\\n`', "'unterminated", 'label', '.local', 'label:', '..@x',
  '+', '-', '*', '/', '//', '%', '%%', '<<', '>>', '&', '|', '^', '~', '!', '(', ')', '[', ']', ',', ':', '{', '}', '{k1}', '{z}', '{1to16}', '{sae}', '?', ';', '\\',
];

function randomSource(r: () => number): string {
  const lines: string[] = [];
  const n = 1 + Math.floor(r() * 30);
  for (let i = 0; i < n; i++) {
    const k = Math.floor(r() * 8);
    const toks: string[] = [];
    for (let j = 0; j < k; j++) toks.push(VOCAB[Math.floor(r() * VOCAB.length)]);
    lines.push(toks.join(r() < 0.7 ? ' ' : ''));
  }
  return lines.join('\n');
}

const corpusDir = join(__dirname, 'corpus');
const corpus = readdirSync(corpusDir).filter(f => f.endsWith('.asm')).map(f => readFileSync(join(corpusDir, f), 'utf8').split('\n'));

function mutatedSource(r: () => number): string {
  const file = corpus[Math.floor(r() * corpus.length)];
  const start = Math.floor(r() * Math.max(1, file.length - 40));
  const lines = file.slice(start, start + 10 + Math.floor(r() * 40));
  const muts = 1 + Math.floor(r() * 6);
  for (let m = 0; m < muts && lines.length; m++) {
    const i = Math.floor(r() * lines.length);
    const l = lines[i];
    switch (Math.floor(r() * 7)) {
      case 0: lines[i] = l.slice(0, Math.floor(r() * l.length)); break;
      case 1: { const p = Math.floor(r() * (l.length + 1)); lines[i] = l.slice(0, p) + VOCAB[Math.floor(r() * VOCAB.length)] + l.slice(p); break; }
      case 2: lines.splice(i, 1); break;
      case 3: lines.splice(i, 0, l, l); break;
      case 4: { const j = Math.floor(r() * lines.length); [lines[i], lines[j]] = [lines[j], lines[i]]; break; }
      case 5: lines[i] = l.replace(/[0-9]+/, String(Math.floor(r() * 1e9) - 5e8)); break;
      case 6: lines.splice(i, 0, ['%macro m 1', '%rep 3', '%if 1', 'struc s', 'istruc s', '%endmacro', '%endrep', '%endif', 'section .bss', 'bits 16'][Math.floor(r() * 10)]); break;
    }
  }
  // sprinkle in self-referential constructs now and then
  if (r() < 0.05) lines.push('%macro rec 0', 'rec', '%endmacro', 'rec');
  if (r() < 0.05) lines.push('%define x x x', 'db x');
  if (r() < 0.05) lines.push('a: times a db 0', 'b equ c', 'c equ b');
  return lines.join('\n');
}

function checkResult(r: AsmResult, src: string): void {
  try {
    checkResultInner(r, src);
  } catch (e) {
    throw new Error(`${e instanceof Error ? e.message : String(e)}\n--- input ---\n${src.slice(0, 2000)}\n--- diagnostics ---\n${r.diagnostics.slice(0, 5).map(d => JSON.stringify(d)).join('\n')}`);
  }
}

function checkResultInner(r: AsmResult, src: string): void {
  expect(r.bytes).toBeInstanceOf(Uint8Array);
  expect(Array.isArray(r.diagnostics)).toBe(true);
  for (const d of r.diagnostics) {
    if (d.message.startsWith('internal')) throw new Error(`internal error on input:\n${src}\n-> ${d.message}`);
    expect(d.line).toBeGreaterThanOrEqual(1);
    expect(d.col).toBeGreaterThanOrEqual(1);
    expect(typeof d.file).toBe('string');
    expect(d.message.length).toBeGreaterThan(0);
  }
  expect(r.ok).toBe(!r.diagnostics.some(d => d.severity === 'error'));
  for (const e of r.sourceMap) {
    expect(e.size).toBeGreaterThanOrEqual(0);
    if (r.ok && e.offset >= 0) expect(e.offset + e.size).toBeLessThanOrEqual(r.bytes.length);
  }
  expect(typeof r.listing()).toBe('string');
}

const limits = { maxLines: 20000, maxRep: 10000, maxOutput: 1 << 20, maxPasses: 20, maxMacroDepth: 100 };
const files: Record<string, string> = { 'inc.inc': 'nop\n%include "inc.inc"\n', 'vmx.inc': 'X equ 1\n' };
const readFile = (p: string) => files[p.replace(/^.*\//, '')];

describe('assembler fuzz', () => {
  it('random token soup yields only diagnostics (1000 inputs)', () => {
    const r = rng(0xa5a5);
    let slowest = 0;
    for (let i = 0; i < 1000; i++) {
      const src = randomSource(r);
      const t = Date.now();
      const res = assemble(src, { file: 'fuzz.asm', limits, readFile });
      slowest = Math.max(slowest, Date.now() - t);
      checkResult(res, src);
    }
    // A hang detector, not a performance target (those live in npm run bench): one input typically takes < 5 ms.
    expect(slowest).toBeLessThan(15000);
  });

  it('mutated corpus sources yield only diagnostics (1000 inputs)', () => {
    const r = rng(0x5eed);
    let slowest = 0;
    for (let i = 0; i < 1000; i++) {
      const src = mutatedSource(r);
      const t = Date.now();
      const res = assemble(src, { file: 'fuzz.asm', limits, readFile });
      slowest = Math.max(slowest, Date.now() - t);
      checkResult(res, src);
    }
    // A hang detector, not a performance target (those live in npm run bench): one input typically takes < 5 ms.
    expect(slowest).toBeLessThan(15000);
  });

  it('survives pathological inputs', () => {
    const cases = [
      '', '\n\n\n', ';', '\\', '%', '%%', '[', ']', '{', '}', '(((((((((((', 'db ' + '('.repeat(5000) + '1' + ')'.repeat(5000),
      'mov eax, ' + '-'.repeat(10000) + '1', 'x'.repeat(100000), 'db "' + 'a'.repeat(100000) + '"',
      '%rep 1000000\n%rep 1000000\nnop\n%endrep\n%endrep', 'times 1000000 times 5 nop', 'a equ a + 1\ndb a',
      'l1: times (l2 - l1) db 0\nl2:', 'x: jmp y\ntimes (y - x) - 127 nop\ny:', '%define f(x) f(x)\nf(1)', '\u0000\u0001\uffff',
      'section .text vstart=\nsection', 'struc s\nsection .bss\n.f: resb 4\nendstruc\nsection .text\nx: istruc s\nat s.f, db 1\niend\n',
      'a: times 0x7fffffffffffffff db 0', 'resb 0xffffffffffff', 'section .a start=0xffffffffffff\ndb 1', 'org\norg 5\norg 6', 'incbin', 'incbin "nope"', 'istruc\nat\niend', 'struc\nendstruc\nendstruc',
    ];
    for (const src of cases) checkResult(assemble(src, { file: 'p.asm', limits, readFile }), src);
  });
});
