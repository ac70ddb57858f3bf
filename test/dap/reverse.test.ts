// Reverse execution over DAP (stepBack, reverseContinue): snapshots + deterministic re-execution
// bring back every register exactly, across VMLAUNCH, VM exits and interrupt delivery.
import { describe, it, expect, beforeAll, afterEach } from 'vitest';
import type { DebugProtocol } from '@vscode/debugprotocol';
import { ensureBuilt, startClient, VmxClient, GUEST, LOOP, FIXTURES, lineOf, errorOf } from './helpers';
import { join } from 'node:path';

const TIMER = join(FIXTURES, 'timer.asm');

let dc: VmxClient;
beforeAll(() => ensureBuilt(), 120_000);
afterEach(async () => { await dc?.shutdown(); dc = undefined as unknown as VmxClient; });

const REGS = ['rax', 'rbx', 'rcx', 'rdx', 'rsi', 'rdi', 'rsp', 'rbp', 'r8', 'rip', 'rflags', 'cr3'];

/** Registers, level, frames and VMX counters: what a stop shows. */
async function state(): Promise<string> {
  const vals: string[] = [];
  for (const r of REGS) vals.push(`${r}=${(await dc.eval(r)).result}`);
  const th = (await dc.threadsRequest()).body.threads[0].name;
  const frames = (await dc.frames()).map((f) => `${f.name}@${f.line}`).join(' < ');
  const vmx = (await dc.customRequest('vmx/state')).body as { counters: unknown; instructions: number; currentVmcs?: string };
  return `${vals.join(' ')} | ${th} | ${frames} | ${JSON.stringify(vmx.counters)} ${vmx.instructions} ${vmx.currentVmcs ?? ''}`;
}

async function back(granularity?: 'instruction'): Promise<DebugProtocol.StoppedEvent> {
  const stopped = dc.waitForEvent('stopped');
  await dc.send('stepBack', { threadId: 1, ...(granularity ? { granularity } : {}) });
  return (await stopped) as DebugProtocol.StoppedEvent;
}

async function reverseContinue(): Promise<DebugProtocol.StoppedEvent> {
  const stopped = dc.waitForEvent('stopped');
  await dc.send('reverseContinue', { threadId: 1 });
  return (await stopped) as DebugProtocol.StoppedEvent;
}

describe('stepBack', () => {
  it('steps back instruction by instruction across VMLAUNCH, a guest CPUID exit and the handler, restoring every register', async () => {
    dc = await startClient();
    const init = await dc.initializeRequest();
    expect(init.body?.supportsStepBack).toBe(true);
    await dc.launchAndStop({ program: GUEST, stopOnEntry: true });
    await dc.setBreakpointsRequest({ source: { path: GUEST }, breakpoints: [{ line: lineOf(GUEST, 'vmlaunch') }] });
    await dc.stepAndWait('continue');
    await dc.setBreakpointsRequest({ source: { path: GUEST }, breakpoints: [] });
    const seen: string[] = [await state()];
    const descriptions: string[] = [];
    for (let i = 0; i < 7; i++) { // VMLAUNCH, xor, CPUID (exit), 4 handler instructions
      descriptions.push((await dc.stepAndWait('stepIn', { granularity: 'instruction' })).body.description ?? '');
      seen.push(await state());
    }
    expect(descriptions[0]).toMatch(/^VM entry: VMLAUNCH succeeded/);
    expect(descriptions[2]).toMatch(/^VM exit L1->L0: CPUID/);
    for (let i = seen.length - 2; i >= 0; i--) {
      const s = await back('instruction');
      expect(s.body.reason).toBe('step');
      expect(s.body.description).toMatch(/^Stepped back to 0x/);
      expect(await state()).toBe(seen[i]);
    }
    // and forward again to the same states
    for (let i = 1; i < seen.length; i++) {
      await dc.stepAndWait('stepIn', { granularity: 'instruction' });
      expect(await state()).toBe(seen[i]);
    }
  });

  it('says so when the step back crosses a VM exit, steps back by source line, and refuses at the start of the history', async () => {
    dc = await startClient();
    await dc.launchAndStop({ program: GUEST, stopOnEntry: true });
    expect(await errorOf(dc.send('stepBack', { threadId: 1 }))).toMatch(/start of the recorded history/);
    await dc.setBreakpointsRequest({ source: { path: GUEST }, breakpoints: [{ line: lineOf(GUEST, 'guest-cpuid') }] });
    await dc.stepAndWait('continue');
    await dc.setBreakpointsRequest({ source: { path: GUEST }, breakpoints: [] });
    const atCpuid = await state();
    await dc.stepAndWait('stepIn'); // into the handler
    expect((await dc.top()).line).toBe(lineOf(GUEST, 'handler'));
    const s = await back();
    expect(s.body.description).toMatch(/back in L1, before the VM exit/);
    expect(await state()).toBe(atCpuid);
    // line granularity: from the line after the puts call back to that call's line
    const first = await back();
    expect((await dc.top()).line).toBe(lineOf(GUEST, 'guest-first'));
    expect(first.body.description).toMatch(/Stepped back/);
    const entry = await back();
    expect(entry.body.description).toMatch(/before the VM entry/);
    expect((await dc.top()).line).toBe(lineOf(GUEST, 'vmlaunch'));
  });

  it('does not print guest output twice when running again over it', async () => {
    dc = await startClient();
    await dc.launchAndStop({ program: GUEST, stopOnEntry: true });
    await dc.stepAndWait('next'); // PUTS msg_hello
    await new Promise((r) => setTimeout(r, 100));
    const once = dc.output('stdout');
    expect(once.length).toBeGreaterThan(0);
    await back();
    await dc.stepAndWait('next');
    await new Promise((r) => setTimeout(r, 100));
    expect(dc.output('stdout')).toBe(once);
  });

  it('steps back out of a triple fault (the processor is in shutdown state, yet the history is there)', async () => {
    dc = await startClient();
    await dc.launchAndStop({ program: LOOP, stopOnEntry: true });
    await dc.send('setExpression', { expression: 'rsp', value: '0x7ffff0000000' }); // not mapped: the CALL's push faults
    const s = await dc.stepAndWait('continue');
    expect(s.body.reason).toBe('exception');
    expect(s.body.description).toMatch(/^Triple fault: /);
    expect((await dc.top()).line).toBe(lineOf(LOOP, 'call-work')); // the fault left RIP at the CALL
    // The faulting CALL changed nothing architecturally: one step back is before the instruction before it.
    const b = await back('instruction');
    expect(b.body.reason).toBe('step');
    expect((await dc.top()).line).toBe(lineOf(LOOP, 'start') + 1); // mov rbx, counter
    expect((await dc.eval('rsp')).result).toMatch(/^0x7ffff0000000/);
    await dc.send('setExpression', { expression: 'rsp', value: '0x80000' }); // fix it and go on
    await dc.stepAndWait('stepIn', { granularity: 'instruction' });
    const s2 = await dc.stepAndWait('stepIn', { granularity: 'instruction' });
    expect(s2.body.reason).toBe('step');
    expect((await dc.top()).line).toBe(lineOf(LOOP, 'work'));
  });

  it('a debugger change to a register starts a new history', async () => {
    dc = await startClient();
    await dc.launchAndStop({ program: LOOP, stopOnEntry: true });
    await dc.stepAndWait('stepIn');
    await dc.stepAndWait('stepIn');
    const regs = (await dc.scopeVars('Registers'));
    const scopes = (await dc.scopesRequest({ frameId: (await dc.top()).id })).body.scopes;
    expect(regs.find((v) => v.name === 'RAX')).toBeDefined();
    await dc.setVariableRequest({ variablesReference: scopes[0].variablesReference, name: 'RAX', value: '0x1234' });
    expect(await errorOf(dc.send('stepBack', { threadId: 1 }))).toMatch(/start of the recorded history/);
    await dc.stepAndWait('stepIn');
    await back();
    expect((await dc.eval('rax')).result).toMatch(/^0x1234/);
  });
});

describe('reverseContinue', () => {
  it('goes back to the previous breakpoint hit, with the memory of that time', async () => {
    dc = await startClient();
    await dc.launchAndStop({ program: LOOP, stopOnEntry: true });
    await dc.setBreakpointsRequest({ source: { path: LOOP }, breakpoints: [{ line: lineOf(LOOP, 'work') }] });
    const counters: string[] = [];
    for (let i = 0; i < 4; i++) {
      await dc.stepAndWait('continue');
      counters.push((await dc.eval('qword [counter]')).result);
    }
    expect(counters).toEqual(['0x0000000000000000', '0x0000000000000001', '0x0000000000000002', '0x0000000000000003']);
    await dc.stepAndWait('stepIn');
    await dc.stepAndWait('stepIn');
    const s1 = await reverseContinue();
    expect(s1.body.reason).toBe('breakpoint');
    expect(s1.body.description).toMatch(/^Reverse continue: Breakpoint at loop\.asm:\d+/);
    expect(s1.body.hitBreakpointIds?.length).toBe(1);
    expect((await dc.top()).line).toBe(lineOf(LOOP, 'work'));
    expect((await dc.eval('qword [counter]')).result).toBe(counters[3]);
    const s2 = await reverseContinue();
    expect(s2.body.reason).toBe('breakpoint');
    expect((await dc.eval('qword [counter]')).result).toBe(counters[2]);
    // a condition is honoured going backwards too
    await dc.setBreakpointsRequest({ source: { path: LOOP }, breakpoints: [{ line: lineOf(LOOP, 'work'), condition: 'qword [counter] == 0' }] });
    await reverseContinue();
    expect((await dc.eval('qword [counter]')).result).toBe(counters[0]);
    // nothing before: the start of the history
    const start = await reverseContinue();
    expect(start.body.reason).toBe('entry');
    expect(start.body.description).toMatch(/start of the recorded history/);
    expect((await dc.top()).line).toBe(lineOf(LOOP, 'start'));
  });

  it('goes back to the previous VM exit (at its handler, with the exit history of that time)', async () => {
    dc = await startClient();
    await dc.launchAndStop({ program: GUEST, stopOnEntry: true });
    await dc.setBreakpointsRequest({ source: { path: GUEST }, breakpoints: [{ line: lineOf(GUEST, 'guest-call') }] });
    await dc.stepAndWait('continue');
    await dc.setBreakpointsRequest({ source: { path: GUEST }, breakpoints: [] });
    const exits = ((await dc.customRequest('vmx/exits')).body as { exits: { name: string }[] }).exits;
    expect(exits[0].name).toBe('IO_INSTRUCTION');
    const s = await reverseContinue();
    expect(s.body.description).toMatch(/^Reverse continue: VM exit L1->L0: IO_INSTRUCTION \(30\)/);
    expect((await dc.top()).line).toBe(lineOf(GUEST, 'handler'));
    const now = ((await dc.customRequest('vmx/exits')).body as { exits: { name: string }[]; total: number });
    expect(now.exits.length).toBe(exits.length);
    expect((await dc.threadsRequest()).body.threads[0].name).toBe('vCPU 0 — L0 (VMX root, 64-bit)');
    const s2 = await reverseContinue();
    expect(s2.body.description).toMatch(/VM exit L1->L0: CPUID \(10\)/);
    const after = ((await dc.customRequest('vmx/exits')).body as { exits: unknown[] }).exits;
    expect(after.length).toBe(exits.length - 1);
  });

  it('comes back exactly to a breakpoint on an interrupt handler (stop between the delivery and the handler\'s first instruction)', async () => {
    dc = await startClient();
    await dc.launchAndStop({ program: TIMER, stopOnEntry: true });
    await dc.setBreakpointsRequest({ source: { path: TIMER }, breakpoints: [{ line: lineOf(TIMER, 'isr') }] });
    await dc.stepAndWait('continue');
    await dc.stepAndWait('continue');
    const atIsr = await state();
    expect((await dc.top()).line).toBe(lineOf(TIMER, 'isr'));
    await dc.setBreakpointsRequest({ source: { path: TIMER }, breakpoints: [] });
    for (let i = 0; i < 5; i++) await dc.stepAndWait('stepIn', { granularity: 'instruction' });
    await dc.setBreakpointsRequest({ source: { path: TIMER }, breakpoints: [{ line: lineOf(TIMER, 'isr') }] });
    const s = await reverseContinue();
    expect(s.body.reason).toBe('breakpoint');
    expect(await state()).toBe(atIsr);
    // one step back: before the interrupt was delivered (in the HLT loop, not in the handler)
    await back('instruction');
    expect((await dc.top()).name).not.toBe('timer_isr');
    expect((await dc.eval('qword [ticks]')).result).toBe('0x0000000000000001');
  });
});
