// Pathological and random assembler sources (issue 9): resource bombs, cycles, deep nesting and 1 MiB
// inputs end with diagnostics, never an exception, an internal error or a hang. They run through the fuzz
// script, whose watchdog turns a hang into a reported failure instead of a stuck test run.
import { describe, it, expect, beforeAll } from 'vitest';
import { runFuzz, failuresOf, FuzzReport } from './helpers';
import { PATHOLOGICAL } from './engine/asm-fuzz';
import { assemble } from '../../emulator/asm';

const LIGHT = PATHOLOGICAL.filter((p) => !p.heavy);
/** A hang detector, not a performance target: each case takes well under a second to a few seconds. */
const HANG_MS = 60_000;

let rep: FuzzReport;
beforeAll(() => { rep = runFuzz(['--targets', 'asm-pathological', '--seed', '1', '--no-save', '--record-all'], 600_000); }, 600_000);

describe('pathological assembler sources', () => {
  it('every case was run', () => {
    expect(rep.targets['asm-pathological'].tried, rep.stdout.slice(-3000)).toBe(LIGHT.length);
  });
  it.each(LIGHT.map((p, i) => [p.name, i] as const))('%s', (_name, i) => {
    const r = rep.targets['asm-pathological'];
    const fail = r.failures.find((f) => f.index === i);
    expect(fail?.failure).toBeUndefined();
    const rec = r.records!.find((x) => x.index === i)!;
    expect(rec.ms).toBeLessThan(HANG_MS);
  });
});

describe('resource limits give located, named diagnostics', () => {
  const diags = (src: string, files: Record<string, string> = {}) =>
    assemble(src, { file: 'p.asm', readFile: (p) => files[p.replace(/^.*\//, '')] }).diagnostics.map((d) => `${d.file}:${d.line}:${d.col}: ${d.severity}: ${d.message}`);

  it('macro recursion names the macro and the call site', () => {
    expect(diags('nop\n%macro a 0\nb\n%endmacro\n%macro b 0\na\n%endmacro\na')[0]).toMatch(/^p\.asm:8:1: error: macro nesting limit \(1000\) exceeded in `[ab]'/);
  });
  it('an include cycle names the file', () => {
    expect(diags('%include "x.inc"', { 'x.inc': 'nop\n%include "y.inc"', 'y.inc': '%include "x.inc"' }).join('\n')).toMatch(/include depth limit \(50\) exceeded including `[xy]\.inc'/);
  });
  it('exponential macro growth stops at the line length limit', () => {
    expect(diags('%macro m 1\nm {%1 %1}\n%endmacro\nm x').join('\n')).toMatch(/macro parameter substitution makes a line of more than 4194304 characters/);
  });
  it('a %rep bomb stops at the line limit and nothing is assembled', () => {
    const r = assemble('%rep 1000\n%rep 1000\nnop\n%endrep\n%endrep', { file: 'p.asm' });
    expect(r.ok).toBe(false);
    expect(r.bytes.length).toBe(0);
    expect(r.diagnostics.map((d) => d.message)).toEqual(['preprocessor output exceeds 500000 lines (runaway %rep or macro recursion?)']);
  });
  it('long operator chains are rejected, long data lines are not', () => {
    expect(diags('dd 1' + '+1'.repeat(20_000))[0]).toMatch(/^p\.asm:1:\d+: error: expression has more than 1000 operators$/);
    expect(diags('bits 32\nmov eax, [eax+' + '1+'.repeat(5_000) + '1]')[0]).toMatch(/^p\.asm:2:\d+: error: expression has more than 1000 operators$/);
    const r = assemble('dd 1' + '+1'.repeat(1000) + '\ndb ' + Array(50_000).fill('7').join(','), { file: 'p.asm' });
    expect(r.ok).toBe(true);
    expect(new DataView(r.bytes.buffer).getUint32(0, true)).toBe(1001);
    expect(r.bytes.length).toBe(4 + 50_000);
  });
  it('%rotate keeps NASM semantics with the rotation offset', () => {
    const r = assemble('%macro m 1-*\n%rotate 1\ndb %1, %2, %3, %{-1}\n%rotate -2\ndb %1, %{1:3}\n%endmacro\nm 1, 2, 3', { file: 'p.asm' });
    expect(r.ok).toBe(true);
    expect(Array.from(r.bytes)).toEqual([2, 3, 1, 1, 3, 3, 1, 2]);
  });
});

describe('random sources', () => {
  it('random and mutated sources with the default limits yield only diagnostics (seeded)', () => {
    const r = runFuzz(['--targets', 'asm', '--seed', '20261123', '--inputs', '300', '--no-save'], 600_000);
    expect(r.failed, failuresOf(r)).toBe(0);
    expect(r.targets.asm.tried).toBe(300);
  }, 600_000);
});
