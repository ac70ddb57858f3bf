// Debug adapter benchmarks (in-process session, as VS Code's inline adapter runs it):
//  - stepIn round trip: stepIn -> stopped event -> stackTrace -> scopes -> variables of the first
//    scope (Registers) of the top frame; p50/p99 over many steps (target p50 < 5 ms);
//  - launch to first stop: initialize + launch (assembling the program) + configurationDone until
//    the `stopped` (entry) event.
import { mkdtempSync, writeFileSync } from 'node:fs';
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

/**
 * Measures stepIn round trips (instruction granularity) including stackTrace + scopes + variables of
 * the top frame. `program` defaults to a generated endless loop with nested calls.
 */
export async function benchStepping(opts: { steps?: number; program?: string; granularity?: 'instruction' | 'line' } = {}): Promise<SteppingBench> {
  const steps = opts.steps ?? 1000;
  let program = opts.program;
  if (!program) {
    const dir = mkdtempSync(join(tmpdir(), 'vmxdbg-bench-'));
    program = join(dir, 'loop.asm');
    writeFileSync(program, LOOP);
  }
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

if (require.main === module) {
  void (async () => {
    const r = await benchStepping({ steps: Number(process.argv[2] ?? 1000) });
    process.stdout.write(`stepIn round trip (stepIn + stopped + stackTrace + scopes + variables): p50 ${r.p50Ms.toFixed(3)} ms, p99 ${r.p99Ms.toFixed(3)} ms, mean ${r.meanMs.toFixed(3)} ms over ${r.steps} steps\n`);
    process.stdout.write(`launch to first stop (generated loop program): ${r.launchToFirstStopMs.toFixed(1)} ms\n`);
    for (const p of process.argv.slice(3)) {
      const l = await benchLaunch(p);
      process.stdout.write(`launch to first stop (${p}): p50 ${l.p50Ms.toFixed(1)} ms, min ${l.minMs.toFixed(1)} ms\n`);
    }
  })();
}
