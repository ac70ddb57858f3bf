// Emulator fuzzing in CI (fixed seed, bounded input counts): random instruction bytes in every processor
// mode and random/mutated VMCS contents through VM entry end only in architectural outcomes or a named
// "not implemented" stop. `npm run fuzz -- --minutes N` runs the same targets for longer.
import { describe, it, expect } from 'vitest';
import { runFuzz, failuresOf } from './helpers';
import { CPU_MODES } from './engine/cpu-fuzz';

const SEED = '20261123';

describe('emulator fuzzing (seed ' + SEED + ')', () => {
  it('CPU: 600 random programs in real, protected, compatibility, 64-bit and ring-3 mode', () => {
    const r = runFuzz(['--targets', 'cpu', '--seed', SEED, '--inputs', '600', '--no-save'], 900_000);
    expect(r.failed, failuresOf(r)).toBe(0);
    const t = r.targets.cpu;
    expect(t.tried).toBe(600);
    const kinds = Object.keys(t.outcomes);
    for (const mode of CPU_MODES) expect(kinds.some((k) => k.startsWith(`${mode}: `)), mode).toBe(true);
    // the inputs reach exception delivery, escalation to triple faults, unimplemented features and long runs
    for (const re of [/: exception #GP/, /: exception #UD/, /: exception #PF/, /: triple-fault/, /: not-implemented: /, /: budget/]) {
      expect(kinds.some((k) => re.test(k)), String(re)).toBe(true);
    }
  }, 900_000);

  it('VMCS: 150 random or mutated VMCSs at VMLAUNCH/VMRESUME of working examples', () => {
    const r = runFuzz(['--targets', 'vmcs', '--seed', SEED, '--inputs', '150', '--no-save'], 900_000);
    expect(r.failed, failuresOf(r)).toBe(0);
    const kinds = Object.keys(r.targets.vmcs.outcomes);
    // VMfail on control/host checks, VM-entry failure exits on guest state, and successful entries
    for (const re of [/VMfailValid 7/, /VMfailValid 8/, /exit 33 INVALID_STATE/, /exit (10 CPUID|30 IO_INSTRUCTION)/]) {
      expect(kinds.some((k) => re.test(k)), String(re)).toBe(true);
    }
  }, 900_000);
});
