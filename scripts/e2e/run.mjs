// `npm run test:e2e`: the real-editor end-to-end suite.
//   1. scripts/e2e/setup.sh: Chromium and build headers (apt), Node 24 and code-server (npm, cached
//      outside the repository);
//   2. `npm run package` into a temporary directory (the .vsix users install);
//   3. bundles test/e2e/main.ts with esbuild (playwright-core stays external) and runs it: code-server
//      with the .vsix installed, Chromium, the scenarios; screenshots in test-results/e2e/.
// Environment: VMXDBG_E2E_ONLY=1,3 runs some scenarios; VMXDBG_E2E_VSIX=<file> skips packaging;
// VMXDBG_E2E_KEEP=1 keeps the temporary directory; VMXDBG_E2E_CACHE moves the tool cache.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
const t0 = Date.now();
const phases = [];
const phase = (name, fn) => {
  const t = Date.now();
  console.log(`\n==== e2e: ${name}`);
  const r = fn();
  phases.push(`${name} ${((Date.now() - t) / 1000).toFixed(0)} s`);
  return r;
};
const run = (cmd, args, opts = {}) => {
  const r = spawnSync(cmd, args, { cwd: root, stdio: ['ignore', 'inherit', 'inherit'], ...opts });
  if (r.status !== 0) {
    console.error(`e2e: '${cmd} ${args.join(' ')}' failed (${r.error?.message ?? `exit status ${r.status ?? r.signal}`})`);
    process.exit(1);
  }
  return r;
};

const tools = phase('install tools (scripts/e2e/setup.sh)', () => {
  const r = run('bash', [join(root, 'scripts/e2e/setup.sh')], { stdio: ['ignore', 'pipe', 'inherit'], encoding: 'utf8' });
  const vars = Object.fromEntries(r.stdout.split('\n').filter((l) => /^\w+=/.test(l)).map((l) => [l.slice(0, l.indexOf('=')), l.slice(l.indexOf('=') + 1)]));
  if (!vars.NODE24 || !vars.CODE_SERVER) { console.error(`e2e: setup.sh printed no NODE24/CODE_SERVER:\n${r.stdout}`); process.exit(1); }
  return vars;
});

const tmp = mkdtempSync(join(tmpdir(), 'vmxdbg-e2e-vsix-'));
const vsix = process.env.VMXDBG_E2E_VSIX ?? phase('npm run package', () => {
  const file = join(tmp, 'vmx-debugger.vsix');
  run('npm', ['run', '--silent', 'package', '--', '--out', file, '--stage', join(tmp, 'stage')]);
  if (!existsSync(file)) { console.error(`e2e: npm run package produced no ${file}`); process.exit(1); }
  return file;
});

const bundle = join(root, 'test/.tmp/e2e/main.js');
await build({
  entryPoints: [join(root, 'test/e2e/main.ts')], outfile: bundle, bundle: true, platform: 'node', target: 'node20',
  format: 'cjs', external: ['playwright-core'], sourcemap: 'inline', logLevel: 'warning',
});

const status = phase('scenarios in code-server + Chromium', () => spawnSync(process.execPath, ['--enable-source-maps', bundle], {
  cwd: root, stdio: 'inherit',
  env: { ...process.env, VMXDBG_E2E_REPO: root, VMXDBG_E2E_NODE24: tools.NODE24, VMXDBG_E2E_CODE_SERVER: tools.CODE_SERVER, VMXDBG_E2E_VSIX: vsix },
}).status);

rmSync(tmp, { recursive: true, force: true });
console.log(`\ne2e: ${phases.join(', ')}; total ${((Date.now() - t0) / 1000).toFixed(0)} s`);
process.exit(status ?? 1);
