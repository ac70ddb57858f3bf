// Inputs that found bugs (test/fuzz/corpus/*.json, written by `npm run fuzz`) replayed as regression tests.
// CPU and VMCS reproducers run here; pathological assembler ones are cases of asm-pathological.test.ts.
import { describe, it, expect } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { target } from './engine/targets';
import { PATHOLOGICAL } from './engine/asm-fuzz';

interface Reproducer { target: string; input: unknown; failure: string; fixed?: string }
const dir = join(__dirname, 'corpus');
const files = readdirSync(dir).filter((f) => f.endsWith('.json')).sort();
const load = (f: string): Reproducer => JSON.parse(readFileSync(join(dir, f), 'utf8')) as Reproducer;

describe('fuzz corpus', () => {
  it('holds the reproducers of the bugs found so far', () => {
    expect(files.length).toBeGreaterThanOrEqual(10);
    for (const f of files) {
      const r = load(f);
      expect(() => target(r.target), f).not.toThrow();
      expect(r.failure, f).toBeTruthy();
    }
  });
  it.each(files)('%s', async (f) => {
    const r = load(f);
    if (r.target === 'asm-pathological' || r.target === 'asm-heavy') {
      // run by name in asm-pathological.test.ts (or by `npm run fuzz` for heavy ones)
      expect(PATHOLOGICAL.some((p) => p.name === (r.input as { name: string }).name), f).toBe(true);
      return;
    }
    const res = await target(r.target).run(r.input);
    expect(res.ok ? 'ok' : res.failure).toBe('ok');
  });
});
