// `npm run fuzz -- --minutes N [--seed S] [--targets cpu,vmcs,asm,asm-pathological,dap] [--inputs N]`
// Runs the fuzz targets of test/fuzz/engine in a worker thread each, under a watchdog: an input that does
// not finish within its target's bound is a hang (an infinite loop inside one instruction, say) and the
// worker is replaced. Failing inputs are saved as reproducers in test/fuzz/corpus (replayed by
// test/fuzz/corpus-replay.test.ts). Exit status 1 when anything failed.
//   --seed S        first seed (default: from the clock; printed so a run can be repeated)
//   --minutes N     total time, split evenly between the targets (default 5 unless --inputs is given)
//   --inputs N      at most N inputs per target (deterministic runs for CI)
//   --targets a,b   subset of targets
//   --json FILE     machine-readable report; --record-all adds every input's outcome and time
//   --no-save       do not write reproducers; --replay FILE|DIR runs saved reproducers instead
//   --watchdog-ms N one bound for every input instead of each target's own
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { TARGETS, target, inputAt, Target } from '../test/fuzz/engine/targets';
import { corpusDir } from '../test/fuzz/engine/paths';
import type { RunResult } from '../test/fuzz/engine/outcome';

const USAGE = `usage: npm run fuzz -- [--minutes N] [--seed S] [--inputs N] [--targets ${TARGETS.map((t) => t.name).join(',')}]
                     [--json FILE] [--record-all] [--no-save] [--replay FILE|DIR] [--watchdog-ms N]
Failing inputs are saved as reproducers in test/fuzz/corpus (replayed by npm test).
`;

interface Job { target: string; seed: number; start: number; end: number; deadline: number; replay?: { file: string; input: unknown }[] }
type FromWorker =
  | { type: 'start'; index: number }
  | { type: 'done'; index: number; ms: number; result: RunResult }
  | { type: 'finished' };

export interface Reproducer { target: string; seed?: number; index?: number; input: unknown; failure: string; found: string }

// ------------------------------------------------------------------------------------------------ worker
async function workerMain(job: Job): Promise<void> {
  const port = parentPort!;
  const t = target(job.target);
  let current = -1;
  const stray: string[] = [];
  process.on('unhandledRejection', (e) => { stray.push(`unhandled promise rejection: ${e instanceof Error ? e.stack : String(e)}`); });
  process.on('uncaughtException', (e) => { stray.push(`uncaught exception: ${e.stack ?? String(e)}`); });
  const inputs = job.replay ? job.replay.map((r) => r.input) : null;
  for (let i = job.start; i < job.end && Date.now() < job.deadline; i++) {
    current = i;
    port.postMessage({ type: 'start', index: i } satisfies FromWorker);
    const t0 = performance.now();
    let result: RunResult;
    try {
      result = await t.run(inputs ? inputs[i] : inputAt(t, job.seed, i));
    } catch (e) {
      result = { ok: false, failure: `the target's runner threw: ${e instanceof Error ? e.stack : String(e)}` };
    }
    if (stray.length && result.ok) result = { ok: false, failure: stray.splice(0).join('\n') };
    port.postMessage({ type: 'done', index: current, ms: performance.now() - t0, result } satisfies FromWorker);
  }
  port.postMessage({ type: 'finished' } satisfies FromWorker);
}

// ------------------------------------------------------------------------------------------------ main
interface TargetReport {
  tried: number; failed: number; outcomes: Record<string, number>; slowestMs: number; slowestIndex: number;
  failures: { index: number; failure: string; saved?: string }[]; records?: { index: number; ms: number; outcome: string }[];
}

function parseArgs(argv: string[]): Record<string, string | boolean> {
  const out: Record<string, string | boolean> = {};
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (!a.startsWith('--')) throw new Error(`unexpected argument '${a}'`);
    const k = a.slice(2);
    if (['no-save', 'record-all', 'help'].includes(k)) out[k] = true;
    else { const v = argv[++i]; if (v === undefined) throw new Error(`--${k} needs a value`); out[k] = v; }
  }
  return out;
}

function num(v: string | boolean | undefined, name: string): number | undefined {
  if (v === undefined) return undefined;
  const n = Number(v);
  if (typeof v !== 'string' || !Number.isFinite(n) || n < 0) throw new Error(`--${name} must be a non-negative number (got ${String(v)})`);
  return n;
}

function loadReplay(path: string): Map<string, { file: string; input: unknown }[]> {
  const files = statSync(path).isDirectory() ? readdirSync(path).filter((f) => f.endsWith('.json')).map((f) => join(path, f)) : [path];
  const by = new Map<string, { file: string; input: unknown }[]>();
  for (const f of files) {
    const r = JSON.parse(readFileSync(f, 'utf8')) as Reproducer;
    target(r.target);
    if (!by.has(r.target)) by.set(r.target, []);
    by.get(r.target)!.push({ file: f, input: r.input });
  }
  return by;
}

function saveReproducer(r: Reproducer): string {
  const dir = corpusDir();
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `${r.target}-${r.seed}-${r.index}.json`);
  writeFileSync(file, JSON.stringify(r, null, 1) + '\n');
  return file;
}

/** Runs one target from `start` until `end` inputs or the deadline, replacing the worker after a hang or a crash. */
function runTarget(t: Target, job: Job, opts: { save: boolean; recordAll: boolean; watchdogMs?: number; log: (s: string) => void }): Promise<TargetReport> {
  const bound = opts.watchdogMs ?? t.watchdogMs;
  const rep: TargetReport = { tried: 0, failed: 0, outcomes: {}, slowestMs: 0, slowestIndex: -1, failures: [] };
  if (opts.recordAll) rep.records = [];
  const fail = (index: number, failure: string): void => {
    rep.failed++;
    const input = job.replay ? job.replay[index].input : inputAt(t, job.seed, index);
    const entry: TargetReport['failures'][number] = { index, failure };
    if (job.replay) entry.saved = job.replay[index].file;
    else if (opts.save) entry.saved = saveReproducer({ target: t.name, seed: job.seed, index, input, failure, found: new Date().toISOString() });
    rep.failures.push(entry);
    opts.log(`  FAIL ${t.name} #${index}: ${failure.split('\n')[0].slice(0, 300)}${entry.saved ? `\n       reproducer: ${entry.saved}` : ''}`);
  };
  return new Promise((resolve) => {
    let next = job.start;
    let lastProgress = Date.now();
    const progress = setInterval(() => {
      if (Date.now() - lastProgress > 15_000) { lastProgress = Date.now(); opts.log(`  ${t.name}: ${rep.tried} inputs, ${rep.failed} failures`); }
    }, 1000);
    const spawn = (): void => {
      if (next >= job.end || Date.now() >= job.deadline) { clearInterval(progress); resolve(rep); return; }
      const w = new Worker(__filename, { workerData: { ...job, start: next } });
      let current = -1;
      let watchdog: NodeJS.Timeout | null = null;
      let finished = false;
      const end = (): void => { if (watchdog) clearTimeout(watchdog); finished = true; };
      w.on('message', (m: FromWorker) => {
        if (m.type === 'start') {
          current = m.index;
          watchdog = setTimeout(() => {
            if (finished) return;
            end();
            rep.tried++;
            fail(current, `hang: input did not finish within ${bound} ms (watchdog)`);
            next = current + 1;
            void w.terminate().then(spawn);
          }, bound);
        } else if (m.type === 'done') {
          if (watchdog) clearTimeout(watchdog);
          rep.tried++;
          if (m.ms > rep.slowestMs) { rep.slowestMs = m.ms; rep.slowestIndex = m.index; }
          if (m.result.ok) rep.outcomes[m.result.outcome] = (rep.outcomes[m.result.outcome] ?? 0) + 1;
          else fail(m.index, m.result.failure);
          rep.records?.push({ index: m.index, ms: Math.round(m.ms), outcome: m.result.ok ? m.result.outcome : `FAIL: ${m.result.failure.split('\n')[0]}` });
          next = m.index + 1;
          current = -1;
        } else if (m.type === 'finished') {
          end();
          next = job.end; // the worker stops at the deadline or the end
          void w.terminate().then(spawn);
        }
      });
      w.on('error', (e) => {
        if (finished) return;
        end();
        if (current >= 0) { rep.tried++; fail(current, `the worker died: ${e.stack ?? String(e)}`); next = current + 1; }
        else { opts.log(`  ${t.name}: worker error outside an input: ${e.message}`); next = job.end; }
        spawn();
      });
      w.on('exit', (code) => {
        if (finished) return;
        end();
        if (current >= 0) { rep.tried++; fail(current, `the worker exited with code ${code} (out of memory?)`); next = current + 1; }
        spawn();
      });
    };
    spawn();
  });
}

async function main(): Promise<number> {
  const a = parseArgs(process.argv.slice(2));
  if (a.help) { process.stdout.write(USAGE); return 0; }
  const replay = typeof a.replay === 'string' ? loadReplay(a.replay) : null;
  const names = replay ? [...replay.keys()] : typeof a.targets === 'string' ? a.targets.split(',') : TARGETS.map((t) => t.name);
  const targets = names.map(target);
  const seed = num(a.seed, 'seed') ?? (Date.now() % 1_000_000);
  const perTarget = num(a.inputs, 'inputs');
  const minutes = num(a.minutes, 'minutes') ?? (perTarget !== undefined || replay ? Infinity : 5);
  const save = !a['no-save'] && !replay;
  const log = (s: string): void => { process.stdout.write(s + '\n'); };
  log(`vmxdbg fuzz: seed ${seed}, ${minutes === Infinity ? 'no time limit' : `${minutes} minute(s)`}${perTarget !== undefined ? `, at most ${perTarget} inputs per target` : ''}, targets ${names.join(', ')}`);
  const t0 = Date.now();
  const total = minutes * 60_000;
  const reports: Record<string, TargetReport> = {};
  for (let k = 0; k < targets.length; k++) {
    const t = targets[k];
    const left = total - (Date.now() - t0);
    const deadline = minutes === Infinity ? Infinity : Date.now() + Math.max(1000, left / (targets.length - k));
    const list = replay?.get(t.name);
    const count = list ? list.length : Math.min(t.count ?? Infinity, perTarget ?? Infinity);
    log(`${t.name}: ${t.description}`);
    const r = await runTarget(t, { target: t.name, seed, start: 0, end: count, deadline, replay: list }, { save, recordAll: !!a['record-all'], watchdogMs: num(a['watchdog-ms'], 'watchdog-ms'), log });
    reports[t.name] = r;
    const top = Object.entries(r.outcomes).sort((x, y) => y[1] - x[1]).slice(0, 12);
    log(`  ${r.tried} inputs tried, ${r.failed} failed, slowest ${Math.round(r.slowestMs)} ms (#${r.slowestIndex})`);
    for (const [o, n] of top) log(`    ${String(n).padStart(6)}  ${o}`);
  }
  const tried = Object.values(reports).reduce((s, r) => s + r.tried, 0);
  const failed = Object.values(reports).reduce((s, r) => s + r.failed, 0);
  log(`fuzz: ${tried} inputs tried, ${failed} failed in ${((Date.now() - t0) / 1000).toFixed(1)} s (seed ${seed})`);
  if (typeof a.json === 'string') writeFileSync(a.json, JSON.stringify({ seed, tried, failed, targets: reports }, null, 1));
  return failed ? 1 : 0;
}

if (isMainThread) {
  main().then((code) => { process.exitCode = code; }, (e: unknown) => { process.stderr.write(`fuzz: ${e instanceof Error ? e.message : String(e)}\n`); process.exitCode = 2; });
} else {
  void workerMain(workerData as Job);
}

