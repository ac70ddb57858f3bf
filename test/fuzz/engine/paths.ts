// Locations inside the repository, valid both from the TypeScript sources (vitest) and from dist/fuzz.js.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

let root: string | null = null;
export function repoRoot(): string {
  if (root) return root;
  for (const start of [__dirname, process.cwd()]) {
    for (let d = start; ; d = dirname(d)) {
      const pj = join(d, 'package.json');
      if (existsSync(pj) && /"name":\s*"vmx-debugger"/.test(readFileSync(pj, 'utf8'))) return (root = d);
      if (dirname(d) === d) break;
    }
  }
  throw new Error(`cannot find the vmx-debugger repository above ${__dirname} or ${process.cwd()}`);
}

export function corpusDir(): string { return join(repoRoot(), 'test/fuzz/corpus'); }
