// Public API shape, vmx.inc built-in include, include paths, incbin, entry, bits/org, performance.
import { describe, it, expect } from 'vitest';
import { assemble, formatDiagnostic } from '../../emulator/asm';
import { benchAssembler, benchSource } from '../../emulator/asm/bench';
import { generateVmxInc } from '../../emulator/vmx/arch/vmx-inc';

function equValue(inc: string, name: string): number {
  const m = new RegExp(`^${name}\\s+equ\\s+(\\S+)`, 'm').exec(inc);
  if (!m) throw new Error(`${name} not in vmx.inc`);
  return Number(m[1]);
}

describe('assembler API', () => {
  it('never throws, even on bad input types', () => {
    const r = assemble(undefined as unknown as string, { file: 'x.asm' });
    expect(r.ok).toBe(true);
    expect(r.bytes.length).toBe(0);
    const r2 = assemble('nop', { file: '' });
    expect(r2.ok).toBe(true);
  });

  it('reports the initial mode, org and _start', () => {
    const r = assemble('org 0x7c00\nbits 16\n_start: jmp _start\n', { file: 'b.asm' });
    expect(r).toMatchObject({ ok: true, org: 0x7c00, bits: 16, entry: 0x7c00 });
    const r64 = assemble('bits 64\norg 0x100000\nnop\n_start: ret\n', { file: 'h.asm' });
    expect(r64).toMatchObject({ ok: true, org: 0x100000, bits: 64, entry: 0x100001 });
    expect(assemble('nop', { file: 'n.asm' }).entry).toBeUndefined();
  });

  it('resolves includes through the including file directory and include paths', () => {
    const files: Record<string, string | Uint8Array> = {
      '/src/main.asm': '%include "sub/a.inc"\n%include "b.inc"\nincbin "blob.bin", 1, 2\n',
      '/src/sub/a.inc': '%include "c.inc"\ndb 0xa\n',
      '/src/sub/c.inc': 'db 0xc\n',
      '/lib/b.inc': 'db 0xb\n',
      '/lib/blob.bin': new Uint8Array([1, 2, 3, 4]),
    };
    const r = assemble(files['/src/main.asm'] as string, { file: '/src/main.asm', includePaths: ['/lib'], readFile: p => files[p] });
    expect(r.diagnostics.map(formatDiagnostic)).toEqual([]);
    expect(Array.from(r.bytes)).toEqual([0xc, 0xa, 0xb, 2, 3]);
    expect(r.files).toEqual(['/src/main.asm', '/src/sub/a.inc', '/src/sub/c.inc', '/lib/b.inc']);
  });

  it('resolves %include "vmx.inc" to the generated architectural table from any file', () => {
    const inc = generateVmxInc();
    const files: Record<string, string> = { '/deep/dir/lib.inc': '%include "vmx.inc"\n' };
    const r = assemble('bits 64\n%include "/deep/dir/lib.inc"\n%include "vmx.inc"\ndq GUEST_RIP, VM_EXIT_REASON, EXIT_REASON_CPUID\n',
      { file: '/elsewhere/hv.asm', readFile: p => files[p] });
    expect(r.diagnostics.map(formatDiagnostic)).toEqual([]);
    const v = new BigUint64Array(r.bytes.slice().buffer);
    expect(Array.from(v, Number)).toEqual([equValue(inc, 'GUEST_RIP'), equValue(inc, 'VM_EXIT_REASON'), equValue(inc, 'EXIT_REASON_CPUID')]);
  });

  it('lets builtinIncludes override vmx.inc (stub) and prefers files on disk', () => {
    const stub = assemble('%include "vmx.inc"\ndb STUB\n', { file: 'a.asm', builtinIncludes: { 'vmx.inc': 'STUB equ 7\n' }, readFile: () => undefined });
    expect(Array.from(stub.bytes)).toEqual([7]);
    const disk = assemble('%include "vmx.inc"\ndb LOCAL\n', { file: '/p/a.asm', readFile: p => (p === '/p/vmx.inc' ? 'LOCAL equ 9\n' : undefined) });
    expect(Array.from(disk.bytes)).toEqual([9]);
  });

  it('supports -D style predefined macros and an initial mode', () => {
    const r = assemble('%ifdef DEBUG\ndb VALUE\n%endif\nmov eax, 1\n', { file: 'd.asm', defines: { DEBUG: '1', VALUE: '0x42' }, bits: 32 });
    expect(Array.from(r.bytes)).toEqual([0x42, 0xb8, 1, 0, 0, 0]);
  });

  it('reports sections of the flat image', () => {
    const r = assemble('org 0x100\nnop\nsection .data\ndb 1\nsection .bss\nresb 8\n', { file: 's.asm' });
    expect(r.sections).toEqual([
      { name: '.text', start: 0x100, vstart: 0x100, size: 1, nobits: false, fileOffset: 0 },
      { name: '.data', start: 0x104, vstart: 0x104, size: 1, nobits: false, fileOffset: 4 },
      { name: '.bss', start: 0x108, vstart: 0x108, size: 8, nobits: true, fileOffset: -1 },
    ]);
    expect(r.bytes.length).toBe(5);
  });

  it('assembles the 5,000-line benchmark source without diagnostics (timing is in npm run bench)', () => {
    const src = benchSource(5000);
    expect(src.split('\n').length).toBeGreaterThanOrEqual(5000);
    const r = assemble(src, { file: 'bench.asm' });
    expect(r.diagnostics).toEqual([]);
    expect(r.bytes.length).toBeGreaterThan(5000);
  });
});
