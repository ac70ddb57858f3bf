// The fuzz targets: how to generate input `i` of a run and how to run one input.
// Inputs are plain JSON so that a failing one can be saved as a reproducer (test/fuzz/corpus) and replayed.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Rng, rng, inputSeed } from './rng';
import type { RunResult } from './outcome';
import { generateCpu, runCpu, CpuInput } from './cpu-fuzz';
import { generateVmcs, runVmcs, VmcsInput } from './vmcs-fuzz';
import { generateAsm, runAsmInput, PATHOLOGICAL, AsmInput } from './asm-fuzz';
import { generateDap, runDap, DapInput } from './dap-fuzz';
import { assemble } from '../../../emulator/asm';
import { repoRoot } from './paths';

export interface Target {
  name: string;
  description: string;
  /** Fixed number of inputs (a list rather than a generator), if any. */
  count?: number;
  /** Wall-clock bound of one input before the watchdog declares a hang. */
  watchdogMs: number;
  generate(r: Rng, index: number): unknown;
  run(input: unknown): RunResult | Promise<RunResult>;
}

/** Assembled examples: real code for the mutating CPU generator. */
let exampleCode: Uint8Array[] | null = null;
function examples(): Uint8Array[] {
  if (exampleCode) return exampleCode;
  const root = repoRoot();
  const out: Uint8Array[] = [];
  for (const dir of readdirSync(join(root, 'examples'))) {
    let files: string[] = [];
    try { files = readdirSync(join(root, 'examples', dir)).filter((f) => f.endsWith('.asm')); } catch { continue; }
    for (const f of files) {
      const p = join(root, 'examples', dir, f);
      const r = assemble(readFileSync(p, 'utf8'), { file: p, includePaths: [join(root, 'examples', dir)] });
      if (r.ok && r.bytes.length) out.push(r.bytes);
    }
  }
  return (exampleCode = out);
}

const LIGHT = PATHOLOGICAL.filter((p) => !p.heavy), HEAVY = PATHOLOGICAL.filter((p) => p.heavy);

export const TARGETS: Target[] = [
  {
    name: 'cpu', description: 'random instruction bytes in real, 16/32-bit protected, compatibility, 64-bit and ring-3 64-bit mode',
    watchdogMs: 30_000, generate: (r) => generateCpu(r, examples()), run: (i) => runCpu(i as CpuInput),
  },
  {
    name: 'vmcs', description: 'random and mutated VMCS fields at VMLAUNCH/VMRESUME of working examples',
    watchdogMs: 30_000, generate: (r) => generateVmcs(r), run: (i) => runVmcs(i as VmcsInput),
  },
  {
    name: 'asm', description: 'random token soup and (1%) pathological sources through the assembler with default limits',
    watchdogMs: 120_000, generate: (r) => generateAsm(r), run: (i) => runAsmInput(i as AsmInput),
  },
  {
    name: 'asm-pathological', description: 'pathological assembler sources: resource bombs, cycles, deep nesting, 1 MiB inputs',
    count: LIGHT.length, watchdogMs: 120_000, generate: (_r, index) => ({ name: LIGHT[index].name }), run: (i) => runAsmInput(i as AsmInput),
  },
  {
    name: 'asm-heavy', description: 'pathological assembler sources that take seconds each',
    count: HEAVY.length, watchdogMs: 120_000, generate: (_r, index) => ({ name: HEAVY[index].name }), run: (i) => runAsmInput(i as AsmInput),
  },
  {
    name: 'dap', description: 'random DAP request sequences (wrong types, out of order, while running) against an in-process session',
    watchdogMs: 120_000, generate: (r) => generateDap(r), run: (i) => runDap(i as DapInput),
  },
];

export function target(name: string): Target {
  const t = TARGETS.find((x) => x.name === name);
  if (!t) throw new Error(`unknown fuzz target '${name}' (targets: ${TARGETS.map((x) => x.name).join(', ')})`);
  return t;
}

/** Input `index` of a run with `seed`: independent of every other input. */
export function inputAt(t: Target, seed: number, index: number): unknown {
  return t.generate(rng(inputSeed(seed, t.name, index)), index);
}
