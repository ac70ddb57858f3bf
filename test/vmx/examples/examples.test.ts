// The VMX examples 01 (VMXON), 02 (first guest), 03 (VM-entry failures) and 04 (real-mode guest) run through the CLI code path
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
function expectFile(actual: string, file: string, encoding: 'latin1' | 'utf8' = 'latin1'): void {
  const path = join(ROOT, file);
  if (UPDATE) { writeFileSync(path, actual, encoding); return; }
  expect(actual).toBe(readFileSync(path, encoding));
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

  it('02-first-guest: CPUID, OUT, RDMSR, HLT and VMCALL exits, each printed by the handler', async () => {
    const r = await runCli([join(ROOT, 'examples/02-first-guest/first-guest.asm'), '--trace-exits', '--stats']);
    expect(r.code, r.stderr).toBe(0);
    expectFile(r.stdout, 'examples/02-first-guest/expected.txt');
    expectFile(traceOf(r.stderr), 'examples/02-first-guest/expected-trace.txt');
    expect(r.stderr).toMatch(/VM exits: 6\n/);
    expect(explanationsOf(r.stderr)).toBe('');
  });

  it('02-first-guest adapts its controls to the capability MSRs: without TRUE controls (IA32_VMX_BASIC[55] = 0) the output is the same', async () => {
    const r = await runCli([join(ROOT, 'examples/02-first-guest/first-guest.asm')], { cpuProfile: 'no-true-controls' });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toBe(readFileSync(join(ROOT, 'examples/02-first-guest/expected.txt'), 'latin1'));
  });

  it('03-entry-failures: one broken field at a time; the program sees the error or exit reason, vmxdbg explains each check', async () => {
    const r = await runCli([join(ROOT, 'examples/03-entry-failures/entry-failures.asm'), '--trace-exits', '--stats']);
    expect(r.code, r.stderr).toBe(0);
    expectFile(r.stdout, 'examples/03-entry-failures/expected.txt');
    expectFile(traceOf(r.stderr), 'examples/03-entry-failures/expected-trace.txt');
    expectFile(explanationsOf(r.stderr), 'examples/03-entry-failures/expected-stderr.txt', 'utf8');
    // a spread over every stage: controls (7), host state (8), guest state (33, incl. segments), MSR loading (34)
    const checks = [...explanationsOf(r.stderr).matchAll(/Check: +(\S+) \((\S+)\)/g)].map((m) => m[1]);
    expect(checks).toEqual([
      'controls.pin.allowed1', 'controls.cr3-target-count', 'controls.entry.event.vector',
      'host.as.long-mode-needs-host64', 'host.cr0.fixed0', 'host.as.rip-canonical', 'host.ss.selector-rpl-ti', 'host.tr.selector-nonzero',
      'guest.cr0.fixed0', 'guest.cs.l-and-d', 'guest.ss.selector-rpl', 'guest.ds.p', 'guest.tr.type', 'guest.rflags.reserved',
      'guest.interruptibility.sti-needs-if', 'guest.activity.supported', 'guest.vmcs-link.revision', 'msr-load.fs-gs-base',
    ]);
    // every field is restored after its case: the last launch runs the guest again
    expect(r.stdout).toMatch(/every field restored, VMLAUNCH: \[guest\] running; VM entry ok, guest exit reason 0x12\n\[hv\] VMXOFF, done\n$/);
  });

  it('04-real-mode-guest: an unrestricted guest in real-address mode (EPT), INT through its own IVT, I/O, injected events', async () => {
    const r = await runCli([join(ROOT, 'examples/04-real-mode-guest/real-mode-guest.asm'), '--trace-exits', '--stats']);
    expect(r.code, r.stderr).toBe(0);
    expectFile(r.stdout, 'examples/04-real-mode-guest/expected.txt');
    expectFile(traceOf(r.stderr), 'examples/04-real-mode-guest/expected-trace.txt');
    expect(r.stderr).toMatch(/VM exits: 6\n/);
    expect(explanationsOf(r.stderr)).toBe('');
    // the guest ran in real-address mode: its own INT 21h printed, the re-injected #BP and the injected IRQ 0 reached its IVT
    expect(r.stdout).toMatch(/\[guest\] CR0\.PE = 0, CR0\.PG = 0\n/);
    expect(r.stdout).toMatch(/re-injected into the guest\n\[guest\] #BP handler \(my IVT vector 3\)\n/);
    expect(r.stdout).toMatch(/injecting an external interrupt, vector 8\n\[guest\] IRQ 0 handler \(my IVT vector 8\)\n/);
  });

  it('04-real-mode-guest adapts to the capability MSRs: no unrestricted guest -> it says so and stops; no TRUE controls -> same run', async () => {
    const noUg = await runCli([join(ROOT, 'examples/04-real-mode-guest/real-mode-guest.asm')], { cpuProfile: 'no-unrestricted-guest' });
    expect(noUg.code, noUg.stderr).toBe(0);
    expect(noUg.stdout).toBe('[hv] unrestricted guest in real-address mode\n[hv] this processor has no unrestricted guest (or no EPT it could use)\n');
    const noTrue = await runCli([join(ROOT, 'examples/04-real-mode-guest/real-mode-guest.asm')], { cpuProfile: 'no-true-controls' });
    expect(noTrue.code, noTrue.stderr).toBe(0);
    expect(noTrue.stdout).toBe(readFileSync(join(ROOT, 'examples/04-real-mode-guest/expected.txt'), 'latin1'));
  });

  it('03-entry-failures without TRUE controls: the same outcomes', async () => {
    const r = await runCli([join(ROOT, 'examples/03-entry-failures/entry-failures.asm')], { cpuProfile: 'no-true-controls' });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toBe(readFileSync(join(ROOT, 'examples/03-entry-failures/expected.txt'), 'latin1'));
  });
});
