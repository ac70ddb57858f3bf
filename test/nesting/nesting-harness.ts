// Loads an example with the project's assembler (loadProgram) into a fresh Machine, collecting console
// output and every exit the nesting module reports (hardware and virtual).
import { join } from 'node:path';
import { Machine, MachineOptions } from '../../emulator/machine';
import { loadProgram } from '../../emulator/loader/program';
import type { NestedExitRecord } from '../../emulator/vmx/nesting';

export const ROOT = join(__dirname, '..', '..');

export interface Loaded {
  m: Machine;
  out: () => string;
  exits: NestedExitRecord[];
  sym(name: string): number;
}

// Assembling an example takes longer than running it: once per file and test worker.
const programs = new Map<string, ReturnType<typeof loadProgram>>();

export function loadExample(rel: string, opts: MachineOptions = {}): Loaded {
  let program = programs.get(rel);
  if (!program) programs.set(rel, (program = loadProgram(join(ROOT, rel))));
  let out = '';
  const m = new Machine({ ...opts, onOutput: (_s, b) => { out += Buffer.from(b).toString('latin1'); } });
  m.load(program.image);
  const exits: NestedExitRecord[] = [];
  m.nesting!.exitListeners.push((r) => { exits.push(r); });
  const syms = new Map(program.asm!.symbols.map((s) => [s.name, s.value]));
  return {
    m, exits, out: () => out,
    sym: (name) => { const v = syms.get(name); if (v === undefined) throw new Error(`no symbol ${name}`); return v; },
  };
}

/** Runs until a stop that is not the instruction budget. */
export function runToStop(m: Machine, budget = 20_000_000) {
  for (;;) {
    const s = m.run(budget);
    if (s.reason !== 'budget') return s;
  }
}
