// Bundles the CLI, the VS Code extension and the language server with esbuild; copies iced-x86's WASM beside it.
import { build } from 'esbuild';
import { copyFileSync, mkdirSync, existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
// --outdir DIR (default dist/), --only a.js,b.js (default: every entry); scripts/package-vsix.mjs uses both
const arg = (name) => { const i = process.argv.indexOf(name); return i > 0 ? process.argv[i + 1] : undefined; };
const out = arg('--outdir') ? resolve(arg('--outdir')) : join(root, 'dist');
const only = arg('--only')?.split(',');
mkdirSync(out, { recursive: true });
const entries = [
  ['cli/vmxdbg.ts', 'vmxdbg.js'],
  ['scripts/bench.ts', 'bench.js'],
  ['scripts/fuzz.ts', 'fuzz.js'],
  // VS Code extension (main of package.json; the inline debug adapter is bundled into it) and the
  // vmx-asm language server it starts; node18 = the extension host of the oldest VS Code in engines.vscode
  ['extension/src/extension.ts', 'extension.js', { external: ['vscode'], target: 'node18' }],
  ['language-server/src/main.ts', 'language-server.js', { target: 'node18' }],
];
await Promise.all(entries.filter(([src, dst]) => existsSync(join(root, src)) && (!only || only.includes(dst))).map(([src, dst, extra]) => build({
  entryPoints: [join(root, src)], outfile: join(out, dst), bundle: true, platform: 'node', target: 'node20', format: 'cjs',
  sourcemap: true, logLevel: 'warning', banner: dst === 'vmxdbg.js' ? { js: '#!/usr/bin/env node' } : undefined, ...extra,
})));
copyFileSync(join(root, 'node_modules/iced-x86/iced_x86_bg.wasm'), join(out, 'iced_x86_bg.wasm'));
