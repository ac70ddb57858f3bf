// Bundles the CLI (and later the adapter/extension) with esbuild; copies iced-x86's WASM beside it.
import { build } from 'esbuild';
import { copyFileSync, mkdirSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'dist');
mkdirSync(out, { recursive: true });
const entries = [
  ['cli/vmxdbg.ts', 'vmxdbg.js'],
  ['scripts/bench.ts', 'bench.js'],
];
for (const [src, dst] of entries) {
  if (!existsSync(join(root, src))) continue;
  await build({
    entryPoints: [join(root, src)], outfile: join(out, dst), bundle: true, platform: 'node', target: 'node20', format: 'cjs',
    sourcemap: true, logLevel: 'warning', banner: dst === 'vmxdbg.js' ? { js: '#!/usr/bin/env node' } : undefined,
  });
}
copyFileSync(join(root, 'node_modules/iced-x86/iced_x86_bg.wasm'), join(out, 'iced_x86_bg.wasm'));
