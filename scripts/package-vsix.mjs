// `npm run package`: builds vmx-debugger-<version>.vsix with @vscode/vsce from a staging directory
// that holds only what the extension needs (bundles, grammar, icon, walkthrough, examples, README,
// LICENSE and the manifest without scripts or dependencies: everything is bundled), then checks the
// result (scripts/vsix.mjs). Staging keeps dist/ untouched, so tests using it can run meanwhile.
//
//   node scripts/package-vsix.mjs [--out file.vsix] [--stage dir]
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { inspectVsix } from './vsix.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const arg = (name) => { const i = process.argv.indexOf(name); return i > 0 ? process.argv[i + 1] : undefined; };
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const out = resolve(arg('--out') ?? join(root, `${pkg.name}-${pkg.version}.vsix`));
const stage = resolve(arg('--stage') ?? join(root, '.cache', 'vsix'));
const t0 = Date.now();

rmSync(stage, { recursive: true, force: true });
mkdirSync(stage, { recursive: true });
execFileSync(process.execPath, [join(root, 'scripts/build.mjs'), '--outdir', join(stage, 'dist'), '--only', 'extension.js,language-server.js,vmxdbg.js'], { stdio: 'inherit' });
for (const f of ['README.md', 'LICENSE', '.vscodeignore', 'syntaxes', 'media', 'examples']) {
  cpSync(join(root, f), join(stage, f), { recursive: true, filter: (s) => !/\.(ts|sh|svg)$/.test(s) });
}
const manifest = { ...pkg };
for (const k of ['scripts', 'devDependencies', 'dependencies', 'bin']) delete manifest[k];
writeFileSync(join(stage, 'package.json'), JSON.stringify(manifest, null, 2) + '\n');
// the README's screenshots (docs/, made by npm run test:e2e) are repository-relative, which vsce
// rejects without a repository URL: the packaged README goes without its "Screenshots" subsection
const readme = readFileSync(join(stage, 'README.md'), 'utf8');
writeFileSync(join(stage, 'README.md'), readme.replace(/^### Screenshots\n[\s\S]*?(?=^#{1,3} )/m, ''));

const vsce = createRequire(join(root, 'package.json')).resolve('@vscode/vsce/vsce');
mkdirSync(dirname(out), { recursive: true });
execFileSync(process.execPath, [vsce, 'package', '--no-dependencies', '--allow-missing-repository', '--out', out], { cwd: stage, stdio: ['ignore', 'inherit', 'inherit'] });

const { entries, problems } = inspectVsix(readFileSync(out));
if (problems.length) {
  console.error(`${out} is not a valid VMX Debugger package:\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
const kib = (n) => `${(n / 1024).toFixed(0)} KiB`;
console.log(`${out}: ${entries.length} files, ${kib(statSync(out).size)} (checked: bundles, wasm, grammar, icon, walkthrough, examples; no node_modules, sources, tests or maps) in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
