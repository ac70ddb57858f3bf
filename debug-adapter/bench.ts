// Debug adapter benchmarks (in-process session, as VS Code's inline adapter runs it):
//  - stepIn round trip: stepIn -> stopped event -> stackTrace -> scopes -> variables of the first
//    scope (Registers) of the top frame; p50/p99 over many steps (target p50 < 5 ms);
//  - launch to first stop: initialize + launch (assembling the program) + configurationDone until
//    the `stopped` (entry) event (target on examples/06-nested/nested.asm: under 1 s);
//  - pause latency of an endless loop (target: within 100 ms);
//  - stepBack round trip (restore a snapshot, re-execute to the previous instruction).
// `npm run bench` runs benchAdapter() (scripts/bench.ts).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DebugProtocol } from '@vscode/debugprotocol';
import { InProcessClient } from './inprocess-client';

export interface SteppingBench {
  steps: number;
  p50Ms: number;
  p99Ms: number;
  meanMs: number;
  launchToFirstStopMs: number;
  program: string;
}

const LOOP = `bits 64
org 0x100000
_start:
        xor     eax, eax
again:
        call    work
        inc     rbx
        jmp     again
work:
        add     rax, 3
        call    leaf
        ret
leaf:
        xor     ecx, ecx
        inc     rcx
        ret
`;

function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

let loopFile: string | null = null;
/** LOOP written once to a temporary file (removed when the process exits). */
function loopProgram(): string {
  if (loopFile === null) {
    const dir = mkdtempSync(join(tmpdir(), 'vmxdbg-bench-'));
    loopFile = join(dir, 'loop.asm');
    writeFileSync(loopFile, LOOP);
    process.once('exit', () => rmSync(dir, { recursive: true, force: true }));
  }
  return loopFile;
}

/**
 * Measures stepIn round trips (instruction granularity) including stackTrace + scopes + variables of
 * the top frame. `program` defaults to a generated endless loop with nested calls.
 */
export async function benchStepping(opts: { steps?: number; program?: string; granularity?: 'instruction' | 'line' } = {}): Promise<SteppingBench> {
  const steps = opts.steps ?? 1000;
  let program = opts.program;
  if (!program) program = loopProgram();
  const c = new InProcessClient();
  try {
    const t0 = performance.now();
    const first = await c.launch({ program, stopOnEntry: true });
    const launchToFirstStopMs = performance.now() - t0;
    if (first.event !== 'stopped') throw new Error(`the program ended before the first stop`);
    const times: number[] = [];
    for (let i = 0; i < steps + 20; i++) {
      const s = performance.now();
      const stopped = c.waitFor('stopped');
      await c.request('stepIn', { threadId: 1, granularity: opts.granularity ?? 'instruction' });
      await stopped;
      const st = await c.request<DebugProtocol.StackTraceResponse>('stackTrace', { threadId: 1, startFrame: 0, levels: 20 });
      const sc = await c.request<DebugProtocol.ScopesResponse>('scopes', { frameId: st.body.stackFrames[0].id });
      await c.request('variables', { variablesReference: sc.body.scopes[0].variablesReference });
      if (i >= 20) times.push(performance.now() - s); // first 20: warm-up
    }
    times.sort((a, b) => a - b);
    return {
      steps, program, launchToFirstStopMs,
      p50Ms: percentile(times, 50), p99Ms: percentile(times, 99), meanMs: times.reduce((a, b) => a + b, 0) / times.length,
    };
  } finally {
    await c.close();
  }
}

/** Launch to first stop for a given program (e.g. examples/02-first-guest/first-guest.asm). */
export async function benchLaunch(program: string, runs = 5): Promise<{ p50Ms: number; minMs: number }> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const c = new InProcessClient();
    const t0 = performance.now();
    try {
      const e = await c.launch({ program, stopOnEntry: true });
      if (e.event !== 'stopped') throw new Error(`${program} ended before the first stop`);
      times.push(performance.now() - t0);
    } finally { await c.close(); }
  }
  times.sort((a, b) => a - b);
  return { p50Ms: percentile(times, 50), minMs: times[0] };
}

/** Pause request -> `stopped` while an endless loop runs (ms per sample, sorted). */
export async function benchPause(samples = 10): Promise<{ p50Ms: number; maxMs: number }> {
  const program = loopProgram();
  const c = new InProcessClient();
  const times: number[] = [];
  try {
    await c.start({ program });
    for (let i = 0; i < samples; i++) {
      await new Promise((r) => setTimeout(r, 50));
      const stopped = c.waitFor('stopped');
      const t0 = performance.now();
      await c.request('pause', { threadId: 1 });
      await stopped;
      times.push(performance.now() - t0);
      await c.request('continue', { threadId: 1 });
    }
  } finally { await c.close(); }
  times.sort((a, b) => a - b);
  return { p50Ms: percentile(times, 50), maxMs: times[times.length - 1] };
}

/** stepBack round trips (instruction granularity) after stepping forward `steps` instructions from a run of `warm` instructions. */
export async function benchStepBack(steps = 200): Promise<{ p50Ms: number; p99Ms: number }> {
  const program = loopProgram();
  const c = new InProcessClient();
  const times: number[] = [];
  try {
    await c.launch({ program, stopOnEntry: true });
    for (let i = 0; i < steps; i++) {
      const stopped = c.waitFor('stopped');
      await c.request('stepIn', { threadId: 1, granularity: 'instruction' });
      await stopped;
    }
    for (let i = 0; i < steps; i++) {
      const s = performance.now();
      const stopped = c.waitFor('stopped');
      await c.request('stepBack', { threadId: 1, granularity: 'instruction' });
      await stopped;
      times.push(performance.now() - s);
    }
  } finally { await c.close(); }
  times.sort((a, b) => a - b);
  return { p50Ms: percentile(times, 50), p99Ms: percentile(times, 99) };
}

/** The adapter's rows of `npm run bench`. */
export async function benchAdapter(root: string): Promise<[string, string][]> {
  const rows: [string, string][] = [];
  const st = await benchStepping({ steps: 1000 });
  rows.push(['DAP stepIn + stackTrace + scopes + variables', `p50 ${st.p50Ms.toFixed(2)} ms, p99 ${st.p99Ms.toFixed(2)} ms over ${st.steps} steps (target p50 < 5 ms)`]);
  const nested = join(root, 'examples/06-nested/nested.asm');
  const l = await benchLaunch(nested);
  rows.push(['DAP launch to first stop, 06-nested', `p50 ${l.p50Ms.toFixed(0)} ms, min ${l.minMs.toFixed(0)} ms (target < 1 s)`]);
  const p = await benchPause();
  rows.push(['DAP pause of an endless loop', `p50 ${p.p50Ms.toFixed(1)} ms, max ${p.maxMs.toFixed(1)} ms (target < 100 ms)`]);
  const b = await benchStepBack();
  rows.push(['DAP stepBack (restore + re-execute)', `p50 ${b.p50Ms.toFixed(2)} ms, p99 ${b.p99Ms.toFixed(2)} ms`]);
  return rows;
}
