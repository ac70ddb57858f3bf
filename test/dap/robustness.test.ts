// Malformed and out-of-order requests get error responses; the adapter never exits on bad input.
import { describe, it, expect, beforeAll, afterEach } from 'vitest';
import { ensureBuilt, startClient, VmxClient, HELLO, LOOP, errorOf } from './helpers';
import { benchStepping, benchStepBack } from '../../debug-adapter/bench';

let dc: VmxClient;
beforeAll(() => ensureBuilt(), 120_000);
afterEach(async () => { await dc?.shutdown(); dc = undefined as unknown as VmxClient; });

describe('bad requests', () => {
  it('answers requests before launch, unknown commands and wrong argument types with errors', async () => {
    dc = await startClient();
    await dc.initializeRequest();
    expect(await errorOf(dc.stackTraceRequest({ threadId: 1 }))).toMatch(/send 'launch' first/);
    expect(await errorOf(dc.continueRequest({ threadId: 1 }))).toMatch(/launch/);
    expect(await errorOf(dc.evaluateRequest({ expression: 'rax' }))).toMatch(/launch/);
    expect(await errorOf(dc.send('frobnicate', {}))).toMatch(/unknown request 'frobnicate'/);
    expect(await errorOf(dc.send('vmx/state'))).toMatch(/launch/);
    expect(await errorOf(dc.send('attach', {}))).toMatch(/not supported/);
    expect(await errorOf(dc.send('stepBack', { threadId: 1 }))).toMatch(/launch/);
    expect(await errorOf(dc.send('dataBreakpointInfo', { name: 'qword [0x5000]' }))).toMatch(/launch/);
    expect((await dc.send('setDataBreakpoints', { breakpoints: [{ dataId: 'mem:0x5000:8' }] })).body.breakpoints[0]).toMatchObject({ verified: false, message: 'pending: the program is not loaded yet' });
    expect(await errorOf(dc.send('setBreakpoints', { source: 'hello.asm' }))).toMatch(/'source' must be an object/);
    expect(await errorOf(dc.send('setBreakpoints', { source: { path: HELLO }, breakpoints: [{ line: 'ten' }] }))).toMatch(/breakpoints\[0\]\.line/);
    expect(await errorOf(dc.send('setFunctionBreakpoints', {}))).toMatch(/missing argument 'breakpoints'/);
    expect(await errorOf(dc.send('setExceptionBreakpoints', { filters: 'vmexit' }))).toMatch(/'filters' must be an array/);
    expect(await errorOf(dc.send('launch', 'program.asm'))).toMatch(/must be an object/);
    expect(await errorOf(dc.send('launch', {}))).toMatch(/missing argument 'program'/);
    // breakpoints set before launch are kept and resolved at launch
    const early = await dc.setBreakpointsRequest({ source: { path: HELLO }, breakpoints: [{ line: 13 }] });
    expect(early.body.breakpoints[0].verified).toBe(false);
    const changed = dc.waitForEvent('breakpoint');
    const stopped = await dc.launchAndStop({ program: HELLO });
    expect(stopped.body.reason).toBe('breakpoint');
    expect((await changed).body.breakpoint).toMatchObject({ verified: true, line: 13 });
  });

  it('rejects bad arguments while stopped and keeps working', async () => {
    dc = await startClient();
    await dc.launchAndStop({ program: LOOP, stopOnEntry: true });
    expect(await errorOf(dc.stackTraceRequest({ threadId: 7 }))).toMatch(/unknown thread 7/);
    expect(await errorOf(dc.send('stackTrace', { threadId: '1' }))).toMatch(/'threadId' must be an integer/);
    expect(await errorOf(dc.scopesRequest({ frameId: 9999 }))).toMatch(/unknown frame/);
    expect(await errorOf(dc.variablesRequest({ variablesReference: 424242 }))).toMatch(/unknown variablesReference/);
    expect(await errorOf(dc.send('variables', { variablesReference: null }))).toMatch(/variablesReference/);
    expect(await errorOf(dc.send('readMemory', { memoryReference: 12, count: 4 }))).toMatch(/memoryReference/);
    expect(await errorOf(dc.send('readMemory', { memoryReference: 'banana', count: 4 }))).toMatch(/not an address/);
    expect(await errorOf(dc.send('disassemble', { memoryReference: '0x100000', instructionCount: -1 }))).toMatch(/instructionCount/);
    expect(await errorOf(dc.send('writeMemory', { memoryReference: '0x7fff00000000', data: 'AAAA' }))).toMatch(/cannot write/);
    expect(await errorOf(dc.send('goto', { threadId: 1, targetId: 12345 }))).toMatch(/unknown goto target/);
    expect(await errorOf(dc.send('stepIn', { threadId: 1, granularity: 'byte' }))).toMatch(/granularity/);
    expect(await errorOf(dc.evaluateRequest({ expression: '' }))).toMatch(/empty expression/);
    expect(await errorOf(dc.evaluateRequest({ expression: '(((' }))).toMatch(/expected|expression/);
    expect(await errorOf(dc.evaluateRequest({ expression: 'vmcs.GUEST_RIP' }))).toMatch(/no current VMCS/);
    expect(await errorOf(dc.send('vmx/vmcs', { level: 'zero' }))).toMatch(/'level' must be an integer/);
    expect(await errorOf(dc.send('exceptionInfo', { threadId: 1 }))).toMatch(/not an exception/);
    expect(await errorOf(dc.send('stepOut', { threadId: 1 }))).toMatch(/Step Out: .*not entered through a tracked CALL/);
    const seg = (await dc.scopeVars('Segments'))[0];
    const scopes = (await dc.scopesRequest({ frameId: (await dc.top()).id })).body.scopes;
    expect(await errorOf(dc.setVariableRequest({ variablesReference: scopes[1].variablesReference, name: seg.name, value: '0' }))).toMatch(/read-only/);
    expect(await errorOf(dc.setVariableRequest({ variablesReference: scopes[0].variablesReference, name: 'RAX', value: 'nonsense' }))).toMatch(/unknown name/);
    // still alive and consistent
    const s = await dc.stepAndWait('stepIn');
    expect(s.body.reason).toBe('step');
    // requests while running
    await dc.continueRequest({ threadId: 1 });
    expect(await errorOf(dc.stackTraceRequest({ threadId: 1 }))).toMatch(/running/);
    expect(await errorOf(dc.continueRequest({ threadId: 1 }))).toMatch(/running/);
    const stopped = dc.waitForEvent('stopped');
    await dc.pauseRequest({ threadId: 1 });
    await stopped;
    // after terminate
    const term = dc.waitForEvent('terminated');
    await dc.send('terminate', {});
    await term;
    expect(await errorOf(dc.stackTraceRequest({ threadId: 1 }))).toMatch(/terminated/);
    expect((await dc.threadsRequest()).success).toBe(true);
    expect(dc.proc?.exitCode).toBe(null);
  });

  it('survives garbage on the wire', async () => {
    dc = await startClient();
    dc.proc!.stdin!.write('Content-Length: 12\r\n\r\n{not json!!}');
    dc.proc!.stdin!.write('Content-Length: 2\r\n\r\n[]');
    await new Promise((r) => setTimeout(r, 200));
    const r = await dc.initializeRequest();
    expect(r.body?.supportsConfigurationDoneRequest).toBe(true);
    expect(dc.proc?.exitCode).toBe(null);
  });
});

// The timing targets are measured by `npm run bench` (debug-adapter/bench.ts); this only keeps the benchmark working.
describe('benchmark code', () => {
  it('benchStepping and benchStepBack complete their round trips', async () => {
    const r = await benchStepping({ steps: 20 });
    expect(r.steps).toBe(20);
    expect(r.p50Ms).toBeGreaterThan(0);
    const b = await benchStepBack(5);
    expect(b.p50Ms).toBeGreaterThan(0);
  });
});
