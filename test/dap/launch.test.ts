// Launch arguments over DAP and every example run under the adapter: cpuProfile, capabilityMsrs,
// memoryMiB, featureControl, includePaths, strictTlb, maxInstructions, traceExits (compared with the
// examples' expected exit traces), the guest-exception filter.
import { describe, it, expect, beforeAll, afterEach } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DebugProtocol } from '@vscode/debugprotocol';
import { ensureBuilt, startClient, VmxClient, ROOT, FIXTURES, LOOP, GUEST, lineOf, errorOf } from './helpers';

let dc: VmxClient;
beforeAll(() => ensureBuilt(), 120_000);
afterEach(async () => { await dc?.shutdown(); dc = undefined as unknown as VmxClient; });

const INCLUDE = join(FIXTURES, 'include-path.asm');
const GUEST_FAULT = join(FIXTURES, 'guest-fault.asm');

/** Runs a program to its end with no breakpoints or filters; resolves with stdout, console output and the exit code. */
async function runToEnd(args: Record<string, unknown>): Promise<{ stdout: string; console: string; exitCode?: number }> {
  dc = await startClient();
  await dc.initializeRequest();
  await dc.setExceptionBreakpointsRequest({ filters: [] });
  const terminated = dc.waitForEvent('terminated', 60_000);
  const launched = dc.launch(args);
  await dc.configurationDoneRequest();
  await launched;
  await terminated;
  const exited = dc.events.find((e) => e.event === 'exited') as DebugProtocol.ExitedEvent | undefined;
  return { stdout: dc.output('stdout'), console: dc.output('console'), exitCode: exited?.body.exitCode };
}

const trace = (console: string) => console.split('\n').filter((l) => /^L\d+->L\d+ /.test(l)).map((l) => l + '\n').join('');
const expected = (p: string) => readFileSync(join(ROOT, p), 'latin1');

describe('examples under the debug adapter (stdout and exit trace as vmxdbg run)', () => {
  const cases: { name: string; program: string; out: string; trace?: string; args?: Record<string, unknown> }[] = [
    { name: '00-hello', program: 'examples/00-hello/hello.asm', out: 'examples/00-hello/expected.txt' },
    { name: '01-vmxon', program: 'examples/01-vmxon/vmxon.asm', out: 'examples/01-vmxon/expected.txt' },
    { name: '01-vmxon, IA32_FEATURE_CONTROL unlocked', program: 'examples/01-vmxon/vmxon.asm', out: 'examples/01-vmxon/expected-unlocked.txt', args: { featureControl: { locked: false, vmxOutsideSmx: false } } },
    { name: '01-vmxon, VMX disabled by firmware', program: 'examples/01-vmxon/vmxon.asm', out: 'examples/01-vmxon/expected-disabled.txt', args: { featureControl: { locked: true, vmxOutsideSmx: false } } },
    { name: '02-first-guest', program: 'examples/02-first-guest/first-guest.asm', out: 'examples/02-first-guest/expected.txt', trace: 'examples/02-first-guest/expected-trace.txt' },
    { name: '03-entry-failures', program: 'examples/03-entry-failures/entry-failures.asm', out: 'examples/03-entry-failures/expected.txt', trace: 'examples/03-entry-failures/expected-trace.txt' },
    { name: '04-real-mode-guest', program: 'examples/04-real-mode-guest/real-mode-guest.asm', out: 'examples/04-real-mode-guest/expected.txt', trace: 'examples/04-real-mode-guest/expected-trace.txt' },
    { name: '05-ept', program: 'examples/05-ept/ept.asm', out: 'examples/05-ept/expected.txt', trace: 'examples/05-ept/expected-trace.txt' },
    { name: '06-nested', program: 'examples/06-nested/nested.asm', out: 'examples/06-nested/expected.txt', trace: 'examples/06-nested/expected-trace.txt' },
  ];
  for (const c of cases) {
    it.runIf(existsSync(join(ROOT, c.program)) && existsSync(join(ROOT, c.out)))(c.name, async () => {
      const r = await runToEnd({ program: join(ROOT, c.program), traceExits: !!c.trace, ...c.args });
      expect(r.stdout).toBe(expected(c.out));
      if (c.trace && existsSync(join(ROOT, c.trace))) expect(trace(r.console)).toBe(expected(c.trace));
    }, 60_000);
  }
});

describe('launch arguments', () => {
  it('includePaths: the program assembles only with the directory given', async () => {
    dc = await startClient();
    await dc.initializeRequest();
    expect(await errorOf(dc.launchRequest({ program: INCLUDE } as never))).toMatch(/2 assembler errors/);
    expect(dc.output('stderr')).toMatch(/include-path\.asm:\d+:\d+: error: unable to open include file `greeting\.inc'/);
    await dc.shutdown();
    const r = await runToEnd({ program: INCLUDE, includePaths: [join(FIXTURES, 'inc')] });
    expect(r.stdout).toBe('included\n');
    expect(r.exitCode).toBe(1); // port 0xF4 <- 0: (0 << 1) | 1
  });

  it('cpuProfile, capabilityMsrs and strictTlb reach the machine; memoryMiB sizes RAM', async () => {
    dc = await startClient();
    await dc.launchAndStop({ program: GUEST, stopOnEntry: true, cpuProfile: 'no-true-controls', strictTlb: true, memoryMiB: 8 });
    const st = (await dc.customRequest('vmx/state')).body as { cpuProfile: string; strictTlb: boolean };
    expect(st).toMatchObject({ cpuProfile: 'no-true-controls', strictTlb: true });
    const mem = (await dc.send('readMemory', { memoryReference: '0x7ff000', count: 0x2000 })).body as DebugProtocol.ReadMemoryResponse['body'];
    expect(mem?.unreadableBytes).toBe(0x1000); // RAM ends at 8 MiB
    await dc.shutdown();
    dc = await startClient();
    await dc.launchAndStop({ program: GUEST, stopOnEntry: true, capabilityMsrs: { '0x48b': '0x0000000000000000' } });
    const st2 = (await dc.customRequest('vmx/state')).body as { capabilityProfile: string[]; cpuProfile: string };
    expect(st2.capabilityProfile).toEqual(['explicit capability MSR values']);
    expect(st2.cpuProfile).toBe('explicit capability MSR values');
    expect(await errorOf(dc.send('launch', { program: GUEST, strictTlb: 'yes' }))).toMatch(/already launched|strictTlb/);
  });

  it('rejects bad values naming the argument', async () => {
    dc = await startClient();
    await dc.initializeRequest();
    expect(await errorOf(dc.launchRequest({ program: GUEST, strictTlb: 'yes' } as never))).toMatch(/'strictTlb' must be a boolean/);
    expect(await errorOf(dc.launchRequest({ program: GUEST, traceExits: 1 } as never))).toMatch(/'traceExits' must be a boolean/);
    expect(await errorOf(dc.launchRequest({ program: GUEST, memoryMiB: 1 } as never))).toMatch(/'memoryMiB' must be between 2 and 3072/);
    expect(await errorOf(dc.launchRequest({ program: GUEST, includePaths: [3] } as never))).toMatch(/includePaths\[0\]/);
    expect(await errorOf(dc.launchRequest({ program: GUEST, maxInstructions: 0 } as never))).toMatch(/'maxInstructions' must be positive/);
  });

  it('maxInstructions stops the run with the limit in words and ends the session on the next resume', async () => {
    dc = await startClient();
    await dc.launchAndStop({ program: LOOP, maxInstructions: 500 });
    const top = await dc.top();
    expect(top).toBeDefined();
    const last = dc.events.filter((e) => e.event === 'stopped').pop() as DebugProtocol.StoppedEvent;
    expect(last.body).toMatchObject({ reason: 'exception', description: 'Instruction limit of 500 reached' });
    expect(((await dc.customRequest('vmx/state')).body as { instructions: number }).instructions).toBe(500);
    const term = dc.waitForEvent('terminated');
    await dc.continueRequest({ threadId: 1 });
    await term;
  });
});

describe('guest-exception filter', () => {
  it('stops at an exception in the guest, by vector, with its delivery in words', async () => {
    dc = await startClient();
    const caps = (await dc.initializeRequest()).body!;
    expect(caps.exceptionBreakpointFilters!.map((f) => f.filter)).toContain('guest-exception');
    const r = await dc.setExceptionBreakpointsRequest({ filters: [], filterOptions: [{ filterId: 'guest-exception', condition: '#UD' }, { filterId: 'guest-exception', condition: 'nonsense' }] });
    expect(r.body?.breakpoints?.[0].verified).toBe(true);
    expect(r.body?.breakpoints?.[1]).toMatchObject({ verified: false });
    await dc.setExceptionBreakpointsRequest({ filters: [], filterOptions: [{ filterId: 'guest-exception', condition: '#UD, 13' }] });
    const s = await dc.launchAndStop({ program: GUEST_FAULT });
    expect(s.body.reason).toBe('exception');
    // the guest has no IDT: the #UD escalates to a triple fault, which exits to L0
    expect(s.body.description).toMatch(/^Guest exception in L1: #UD \(6\) at RIP (0x[0-9a-f]+) — its delivery failed and ended in VM exit L1->L0: TRIPLE_FAULT \(2\), guest RIP 0x[0-9a-f]+; stopped at the L0 handler$/);
    const rip = /at RIP (0x[0-9a-f]+)/.exec(s.body.description!)![1];
    const dis = (await dc.send('disassemble', { memoryReference: rip, instructionCount: 1 })).body as DebugProtocol.DisassembleResponse['body'];
    expect(dis!.instructions[0]).toMatchObject({ instruction: 'ud2', line: lineOf(GUEST, 'guest-ud2') });
    expect((await dc.top()).line).toBe(lineOf(GUEST, 'handler'));
    const info = await dc.exceptionInfoRequest({ threadId: 1 });
    expect(info.body.exceptionId).toBe('guest-exception');
  });
});
