// Runs the fuzz script (dist/fuzz.js, built from scripts/fuzz.ts) from tests: every input runs in a worker
// under the script's watchdog, so even an infinite loop inside one instruction is reported, not hung on.
import { buildDistWhenStale, bundleStale } from '../dist-build';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const ROOT = resolve(__dirname, '../..');
export const FUZZ = join(ROOT, 'dist/fuzz.js');

/** Builds dist/ when dist/fuzz.js is missing or older than its sources (same lock as the DAP tests' build). */
export function ensureFuzzBuilt(): void {
  buildDistWhenStale(() => bundleStale(FUZZ, ['emulator', 'debug-adapter', 'test/fuzz/engine'], ['scripts/fuzz.ts'], /\.(ts|inc|asm)$/), 180_000);
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
