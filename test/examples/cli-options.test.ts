// `vmxdbg run` machine options: --cpu-profile, --strict-tlb, --feature-control reach the Machine, and bad values
// are usage errors (exit 2) or located load errors (exit 1).
import { describe, it, expect, vi, afterEach } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { MachineOptions } from '../../emulator/machine';

const seen = vi.hoisted(() => ({ options: [] as Record<string, unknown>[] }));
vi.mock('../../emulator/machine', async (importOriginal) => {
  const mod = await importOriginal<typeof import('../../emulator/machine')>();
  class Machine extends mod.Machine {
    constructor(o: MachineOptions = {}) { seen.options.push({ ...o }); super(o); }
  }
  return { ...mod, Machine };
});
import { runCommand } from '../../cli/run';
import { UsageError } from '../../cli/args';

const ROOT = join(__dirname, '..', '..');

async function runCli(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '', stderr = '';
  seen.options = [];
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => { stdout += Buffer.from(chunk).toString('latin1'); return true; });
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => { stderr += Buffer.from(chunk).toString('utf8'); return true; });
  try { return { code: await runCommand(args), stdout, stderr }; } finally { vi.restoreAllMocks(); }
}

describe('vmxdbg run machine options', () => {
  afterEach(() => vi.restoreAllMocks());

  it('--feature-control disabled: the VMXON example reports VMX disabled in firmware', async () => {
    const r = await runCli([join(ROOT, 'examples/01-vmxon/vmxon.asm'), '--feature-control', 'disabled']);
    expect(r.code, r.stderr).toBe(0);
    expect(seen.options[0].featureControl).toEqual({ locked: true, vmxOutsideSmx: false });
    expect(r.stdout).toBe(readFileSync(join(ROOT, 'examples/01-vmxon/expected-disabled.txt'), 'latin1'));
  });

  it('--feature-control unlocked: the program locks it itself', async () => {
    const r = await runCli([join(ROOT, 'examples/01-vmxon/vmxon.asm'), '--feature-control', 'unlocked']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toBe(readFileSync(join(ROOT, 'examples/01-vmxon/expected-unlocked.txt'), 'latin1'));
  });

  it('--strict-tlb and --cpu-profile reach the machine; the EPT example needs no report', async () => {
    const r = await runCli([join(ROOT, 'examples/05-ept/ept.asm'), '--strict-tlb', '--cpu-profile', 'icelake-sp']);
    expect(r.code, r.stderr).toBe(0);
    expect(seen.options[0]).toMatchObject({ strictTlb: true, cpuProfile: 'icelake-sp' });
    expect(r.stdout).toBe(readFileSync(join(ROOT, 'examples/05-ept/expected.txt'), 'latin1'));
    expect(r.stderr).not.toMatch(/stale/);
  });

  it('a profile without EPT makes the EPT example take its no-EPT path', async () => {
    const r = await runCli([join(ROOT, 'examples/05-ept/ept.asm'), '--cpu-profile', 'no-ept']);
    expect(r.stdout).not.toMatch(/identity EPT ready/);
  });

  it('rejects unknown values clearly', async () => {
    await expect(runCli([join(ROOT, 'examples/01-vmxon/vmxon.asm'), '--feature-control', 'maybe'])).rejects.toThrow(UsageError);
    await expect(runCli([join(ROOT, 'examples/01-vmxon/vmxon.asm'), '--feature-control', 'maybe'])).rejects.toThrow(/--feature-control must be one of enabled, disabled, unlocked \(got maybe\)/);
    const r = await runCli([join(ROOT, 'examples/01-vmxon/vmxon.asm'), '--cpu-profile', 'pentium']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/unknown CPU profile 'pentium' \(known: .*icelake-sp/);
  });
});
