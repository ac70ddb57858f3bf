// The VMX examples 01 (VMXON), 03 (VM-entry failures) and 04 (real-mode guest) run through the CLI code path
// (`vmxdbg run <file> --trace-exits --stats`, in process, as test/examples does); stdout must match expected*.txt,
// the exit trace expected-trace.txt and, for 03, the CLI's explanations on stderr expected-stderr.txt.
// Machine options the CLI has no flag for (IA32_FEATURE_CONTROL as firmware left it) are injected by wrapping
// the Machine class the CLI constructs.
//
// Regenerate the expected files after an intended change: UPDATE_EXPECTED=1 npx vitest run test/vmx/examples
import { describe, it, expect, vi, afterEach } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { MachineOptions } from '../../../emulator/machine';

const injected = vi.hoisted(() => ({ options: {} as Record<string, unknown> }));
vi.mock('../../../emulator/machine', async (importOriginal) => {
  const mod = await importOriginal<typeof import('../../../emulator/machine')>();
  class Machine extends mod.Machine {
    constructor(o: MachineOptions = {}) { super({ ...o, ...injected.options }); }
  }
  return { ...mod, Machine };
});
import { runCommand } from '../../../cli/run';

const ROOT = join(__dirname, '..', '..', '..');
const UPDATE = process.env.UPDATE_EXPECTED === '1';

async function runCli(args: string[], options: MachineOptions = {}): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '', stderr = '';
  injected.options = options as Record<string, unknown>;
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => { stdout += Buffer.from(chunk).toString('latin1'); return true; });
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => { stderr += Buffer.from(chunk).toString('utf8'); return true; });
  try { return { code: await runCommand(args), stdout, stderr }; } finally { vi.restoreAllMocks(); injected.options = {}; }
}

/** Compares with (or, with UPDATE_EXPECTED=1, writes) an expected file. */
function expectFile(actual: string, file: string): void {
  const path = join(ROOT, file);
  if (UPDATE) { writeFileSync(path, actual, 'latin1'); return; }
  expect(actual).toBe(readFileSync(path, 'latin1'));
}

const traceOf = (stderr: string): string => stderr.split('\n').filter((l) => /^L\d+->L\d+ /.test(l)).map((l) => l + '\n').join('');
/** The CLI's explanations of VMX instruction failures and VM-entry failures (every `vmxdbg:` line but the run summary). */
const explanationsOf = (stderr: string): string => stderr.split('\n').filter((l) => l.startsWith('vmxdbg: ')).map((l) => l + '\n').join('');

describe('VMX examples through vmxdbg run', () => {
  afterEach(() => vi.restoreAllMocks());

  it('01-vmxon: prerequisites, VMXON, VMXOFF', async () => {
    const r = await runCli([join(ROOT, 'examples/01-vmxon/vmxon.asm'), '--trace-exits', '--stats']);
    expect(r.code, r.stderr).toBe(0);
    expectFile(r.stdout, 'examples/01-vmxon/expected.txt');
    expect(r.stderr).toMatch(/VM exits: 0\n/);
    // the deliberate second VMXON is explained on stderr
    expect(explanationsOf(r.stderr)).toBe('vmxdbg: VMXON failed: VMfailInvalid — VMXON executed in VMX root operation (no current VMCS, so VMfailInvalid) at rip ' + /at rip (0x[0-9a-f]+)/.exec(r.stderr)![1] + '\n');
  });

  it('01-vmxon: VMX disabled in firmware (IA32_FEATURE_CONTROL locked, VMX outside SMX = 0)', async () => {
    const r = await runCli([join(ROOT, 'examples/01-vmxon/vmxon.asm'), '--stats'], { featureControl: { locked: true, vmxOutsideSmx: false } });
    expect(r.code, r.stderr).toBe(0);
    expectFile(r.stdout, 'examples/01-vmxon/expected-disabled.txt');
    expect(r.stdout).toMatch(/disabled in firmware/);
    expect(r.stdout).not.toMatch(/VMXON ok/);
  });

  it('01-vmxon: IA32_FEATURE_CONTROL left unlocked: the program enables VMX and locks it', async () => {
    const r = await runCli([join(ROOT, 'examples/01-vmxon/vmxon.asm')], { featureControl: { locked: false, vmxOutsideSmx: false } });
    expect(r.code, r.stderr).toBe(0);
    expectFile(r.stdout, 'examples/01-vmxon/expected-unlocked.txt');
    expect(r.stdout).toMatch(/was unlocked[^\n]*\n[\s\S]*VMXON ok/);
  });
});
