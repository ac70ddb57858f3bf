// `F.NAME` slot lookups (emulator/vmx/vmcs.ts) are a plain object on the hot path: every name used in
// the VMX code must exist in the architectural table, or the lookup would silently be undefined.
import { describe, it, expect } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { F } from '../../emulator/vmx/vmcs';

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => { const p = join(dir, n); return statSync(p).isDirectory() ? files(p) : p.endsWith('.ts') ? [p] : []; });
}

describe('VMCS field-name lookups in the emulator', () => {
  it('every F.<NAME> and F[`...${i}`] refers to a field of the table', () => {
    const missing: string[] = [];
    let count = 0;
    for (const file of files(join(__dirname, '../../emulator'))) {
      const src = readFileSync(file, 'utf8');
      for (const m of src.matchAll(/\bF\.([A-Z][A-Z0-9_]+)/g)) { count++; if (!(m[1] in F)) missing.push(`${file}: ${m[1]}`); }
      for (const m of src.matchAll(/\bF\[`([A-Z0-9_]*)\$\{[^}]+\}([A-Z0-9_]*)`\]/g)) {
        count++;
        const re = new RegExp(`^${m[1]}[A-Z0-9]+${m[2]}$`);
        if (!Object.keys(F).some((k) => re.test(k))) missing.push(`${file}: ${m[0]}`);
      }
    }
    expect(count).toBeGreaterThan(100);
    expect(missing).toEqual([]);
  });
});
