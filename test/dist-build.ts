// Builds dist/ for the tests that run the bundles (the debug adapter, the fuzzer): when a bundle is missing or
// older than the sources it bundles, and once across parallel test workers (a lock directory).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

const ROOT = resolve(__dirname, '..');

function newestMtime(dir: string, pattern: RegExp): number {
  let m = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) m = Math.max(m, newestMtime(p, pattern));
    else if (pattern.test(e.name)) m = Math.max(m, statSync(p).mtimeMs);
  }
  return m;
}

/**
 * Whether `bundle` is missing or older than scripts/build.mjs, the `files` and the files under `dirs` (those that
 * exist; paths relative to the repository) whose names match `pattern`.
 */
export function bundleStale(bundle: string, dirs: string[], files: string[], pattern: RegExp): boolean {
  if (!existsSync(bundle)) return true;
  const roots = dirs.map((d) => join(ROOT, d)).filter(existsSync);
  const newest = Math.max(...roots.map((d) => newestMtime(d, pattern)), ...['scripts/build.mjs', ...files].map((f) => statSync(join(ROOT, f)).mtimeMs));
  return statSync(bundle).mtimeMs < newest;
}

/** Runs scripts/build.mjs while `stale()` says so; workers wait up to `waitMs` for one another's build. */
export function buildDistWhenStale(stale: () => boolean, waitMs: number): void {
  if (!stale()) return;
  mkdirSync(join(ROOT, 'dist'), { recursive: true });
  const lock = join(ROOT, 'dist', '.dap-test-build.lock');
  const deadline = Date.now() + waitMs;
  for (;;) {
    try { mkdirSync(lock); break; } catch {
      if (Date.now() > deadline) { rmSync(lock, { recursive: true, force: true }); continue; }
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 100);
    }
  }
  try {
    if (stale()) execFileSync(process.execPath, [join(ROOT, 'scripts/build.mjs')], { cwd: ROOT, stdio: 'pipe' });
  } finally { rmSync(lock, { recursive: true, force: true }); }
}
