// Runs the fuzz script (dist/fuzz.js, built from scripts/fuzz.ts) from tests: every input runs in a worker
// under the script's watchdog, so even an infinite loop inside one instruction is reported, not hung on.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const ROOT = resolve(__dirname, '../..');
export const FUZZ = join(ROOT, 'dist/fuzz.js');

function newest(dir: string): number {
  let m = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) m = Math.max(m, newest(p));
    else if (/\.(ts|inc|asm)$/.test(e.name)) m = Math.max(m, statSync(p).mtimeMs);
  }
  return m;
}

function stale(): boolean {
  if (!existsSync(FUZZ)) return true;
  const dirs = ['emulator', 'debug-adapter', 'test/fuzz/engine'].map((d) => join(ROOT, d));
  const n = Math.max(...dirs.map(newest), statSync(join(ROOT, 'scripts/fuzz.ts')).mtimeMs, statSync(join(ROOT, 'scripts/build.mjs')).mtimeMs);
  return statSync(FUZZ).mtimeMs < n;
}

/** Builds dist/ when dist/fuzz.js is missing or older than its sources (same lock as the DAP tests' build). */
export function ensureFuzzBuilt(): void {
  if (!stale()) return;
  mkdirSync(join(ROOT, 'dist'), { recursive: true });
  const lock = join(ROOT, 'dist', '.dap-test-build.lock');
  const deadline = Date.now() + 180_000;
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

export interface TargetReport {
  tried: number; failed: number; outcomes: Record<string, number>; slowestMs: number; slowestIndex: number;
  failures: { index: number; failure: string; saved?: string }[]; records?: { index: number; ms: number; outcome: string }[];
}
export interface FuzzReport { seed: number; tried: number; failed: number; targets: Record<string, TargetReport>; stdout: string; status: number | null }

/** Runs `node dist/fuzz.js <args> --json <tmp>` and returns its report. */
export function runFuzz(args: string[], timeoutMs: number): FuzzReport {
  ensureFuzzBuilt();
  const dir = mkdtempSync(join(tmpdir(), 'vmxdbg-fuzz-'));
  try {
    const json = join(dir, 'report.json');
    const r = spawnSync(process.execPath, [FUZZ, ...args, '--json', json], { cwd: ROOT, encoding: 'utf8', timeout: timeoutMs, maxBuffer: 64 << 20 });
    const stdout = `${r.stdout ?? ''}${r.stderr ?? ''}`;
    if (!existsSync(json)) throw new Error(`fuzz script produced no report (status ${r.status}, signal ${r.signal}):\n${stdout.slice(-4000)}`);
    return { ...(JSON.parse(readFileSync(json, 'utf8')) as Omit<FuzzReport, 'stdout' | 'status'>), stdout, status: r.status };
  } finally { rmSync(dir, { recursive: true, force: true }); }
}

/** Failures of a report, readable in a test failure message. */
export function failuresOf(rep: FuzzReport): string {
  return Object.entries(rep.targets).flatMap(([t, r]) => r.failures.map((f) => `${t} #${f.index}: ${f.failure}`)).join('\n\n');
}
