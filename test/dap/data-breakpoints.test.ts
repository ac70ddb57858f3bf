// Data breakpoints over DAP: memory ranges (from expressions, labels, pointer registers) and VMCS
// fields (VMWRITE and VM exits), conditions, unsupported access types, and reverseContinue to them.
import { describe, it, expect, beforeAll, afterEach } from 'vitest';
import type { DebugProtocol } from '@vscode/debugprotocol';
import { ensureBuilt, startClient, VmxClient, GUEST, LOOP, lineOf } from './helpers';

let dc: VmxClient;
beforeAll(() => ensureBuilt(), 120_000);
afterEach(async () => { await dc?.shutdown(); dc = undefined as unknown as VmxClient; });

async function info(args: Record<string, unknown>): Promise<DebugProtocol.DataBreakpointInfoResponse['body']> {
  return ((await dc.send('dataBreakpointInfo', args)) as DebugProtocol.DataBreakpointInfoResponse).body;
}
async function setData(bps: DebugProtocol.DataBreakpoint[]): Promise<DebugProtocol.Breakpoint[]> {
  return ((await dc.send('setDataBreakpoints', { breakpoints: bps })) as DebugProtocol.SetDataBreakpointsResponse).body.breakpoints;
}

describe('memory data breakpoints', () => {
  it('stop just after the instruction that writes the watched qword, with old and new values', async () => {
    dc = await startClient();
    const caps = (await dc.initializeRequest()).body!;
    expect(caps.supportsDataBreakpoints).toBe(true);
    await dc.launchAndStop({ program: LOOP, stopOnEntry: true });
    const counter = (await dc.eval('counter')).result;
    const i = await info({ name: 'qword [counter]' });
    expect(i).toMatchObject({ dataId: `mem:${counter}:8`, accessTypes: ['write'] });
    expect(i.description).toBe(`qword [${counter}]`);
    const bps = await setData([{ dataId: i.dataId!, accessType: 'write' }]);
    expect(bps[0]).toMatchObject({ verified: true });
    // run long enough for the loop to be JIT-compiled: the stop is still right after the INC
    for (let n = 1; n <= 12; n++) {
      const s = await dc.stepAndWait('continue');
      expect(s.body.reason).toBe('data breakpoint');
      expect(s.body.hitBreakpointIds).toEqual([bps[0].id]);
      const hexN = (v: number) => `0x${v.toString(16).padStart(16, '0')}`;
      expect(s.body.description).toMatch(new RegExp(`^Data breakpoint: qword \\[${counter}\\] changed from ${hexN(n - 1)} to ${hexN(n)}, written by the instruction at 0x[0-9a-f]+ again\\+0x5 loop\\.asm:\\d+$`));
      expect((await dc.top()).line).toBe(lineOf(LOOP, 'after-call') + 1); // the jmp after `inc qword [rbx]`
      expect((await dc.eval('qword [counter]')).result).toBe(`0x${n.toString(16).padStart(16, '0')}`);
    }
    // line breakpoints still work after data stops (which re-execute to the write)
    await dc.setBreakpointsRequest({ source: { path: LOOP }, breakpoints: [{ line: lineOf(LOOP, 'work') }] });
    expect((await dc.stepAndWait('continue')).body.reason).toBe('breakpoint');
    expect((await dc.stepAndWait('continue')).body.reason).toBe('data breakpoint');
    expect((await dc.stepAndWait('continue')).body.reason).toBe('breakpoint');
    await dc.setBreakpointsRequest({ source: { path: LOOP }, breakpoints: [] });
    // a qword store reaches memory as two dword writes: the description shows the final value
    await dc.send('writeMemory', { memoryReference: counter, data: Buffer.from([0xff, 0xff, 0xff, 0xff, 0, 0, 0, 0]).toString('base64') });
    const s = await dc.stepAndWait('continue');
    expect(s.body.description).toMatch(/changed from 0x00000000ffffffff to 0x0000000100000000, written by/);
  });

  it('accept a label, a pointer register from the Registers scope, a condition, and refuse read watches', async () => {
    dc = await startClient();
    await dc.launchAndStop({ program: LOOP, stopOnEntry: true });
    await dc.stepAndWait('stepIn');
    await dc.stepAndWait('stepIn'); // rbx = counter
    const counter = (await dc.eval('counter')).result;
    expect((await info({ name: 'counter' })).dataId).toBe(`mem:${counter}:8`);
    const scopes = (await dc.scopesRequest({ frameId: (await dc.top()).id })).body.scopes;
    const viaReg = await info({ name: 'RBX', variablesReference: scopes[0].variablesReference });
    expect(viaReg).toMatchObject({ dataId: `mem:${counter}:8`, description: `qword [${counter}] (pointed to by RBX)` });
    const noReg = await info({ name: 'rax' });
    expect(noReg.dataId).toBe(null);
    expect(noReg.description).toMatch(/not memory or a VMCS field/);
    expect((await info({ name: counter, asAddress: true, bytes: 4 })).dataId).toBe(`mem:${counter}:4`);
    const res = await setData([
      { dataId: `mem:${counter}:8`, condition: 'qword [counter] == 5' },
      { dataId: `mem:${counter}:4`, accessType: 'read' },
      { dataId: 'mem:0x7fffffffffff:8' },
    ]);
    expect(res[0].verified).toBe(true);
    expect(res[1]).toMatchObject({ verified: false });
    expect(res[1].message).toMatch(/only 'write'/);
    expect(res[2].verified).toBe(false);
    const s = await dc.stepAndWait('continue');
    expect(s.body.reason).toBe('data breakpoint');
    expect((await dc.eval('qword [counter]')).result).toBe('0x0000000000000005');
    // reverseContinue goes back to the previous qualifying write: none (the condition held only once), so to the start
    const stopped = dc.waitForEvent('stopped');
    await dc.send('reverseContinue', { threadId: 1 });
    expect(((await stopped) as DebugProtocol.StoppedEvent).body.reason).toBe('entry');
  });

  it('reverseContinue stops at the previous write', async () => {
    dc = await startClient();
    await dc.launchAndStop({ program: LOOP, stopOnEntry: true });
    const i = await info({ name: 'qword [counter]' });
    await setData([{ dataId: i.dataId! }]);
    for (let n = 0; n < 3; n++) await dc.stepAndWait('continue');
    await dc.stepAndWait('stepIn');
    const stopped = dc.waitForEvent('stopped');
    await dc.send('reverseContinue', { threadId: 1 });
    const s = (await stopped) as DebugProtocol.StoppedEvent;
    expect(s.body.reason).toBe('data breakpoint');
    expect(s.body.description).toMatch(/^Reverse continue: Data breakpoint: qword \[0x[0-9a-f]+\] changed from 0x0000000000000002 to 0x0000000000000003/);
    expect((await dc.eval('qword [counter]')).result).toBe('0x0000000000000003');
    expect((await dc.top()).line).toBe(lineOf(LOOP, 'after-call') + 1);
  });
});

describe('VMCS-field data breakpoints', () => {
  it('stop after the VMWRITE that changes vmcs.GUEST_RIP, then at the handler when a VM exit changes it', async () => {
    dc = await startClient();
    await dc.launchAndStop({ program: GUEST, stopOnEntry: true });
    await dc.setBreakpointsRequest({ source: { path: GUEST }, breakpoints: [{ line: lineOf(GUEST, 'setup') }] });
    await dc.stepAndWait('continue'); // a current VMCS exists now
    await dc.setBreakpointsRequest({ source: { path: GUEST }, breakpoints: [] });
    const i = await info({ name: 'vmcs.GUEST_RIP' });
    expect(i).toMatchObject({ dataId: 'vmcs:0x681e', description: 'vmcs.GUEST_RIP', accessTypes: ['write'] });
    // the same from the VMCS scope's variable
    const scopes = (await dc.scopesRequest({ frameId: (await dc.top()).id })).body.scopes;
    const vmcsScope = scopes.find((s) => s.name.startsWith('VMCS'))!;
    const groups = (await dc.variablesRequest({ variablesReference: vmcsScope.variablesReference })).body.variables;
    const guest = groups.find((g) => /Guest-state/.test(g.name))!;
    const fields = (await dc.variablesRequest({ variablesReference: guest.variablesReference })).body.variables;
    const rip = fields.find((f) => f.name.startsWith('GUEST_RIP'))!;
    expect((await info({ name: rip.name, variablesReference: guest.variablesReference })).dataId).toBe('vmcs:0x681e');
    const [bp] = await setData([{ dataId: 'vmcs:0x681e' }]);
    expect(bp.verified).toBe(true);
    const s1 = await dc.stepAndWait('continue');
    expect(s1.body.reason).toBe('data breakpoint');
    expect(s1.body.description).toMatch(/^Data breakpoint: vmcs\.GUEST_RIP changed from 0x0+ to 0x[0-9a-f]+ by the instruction at 0x[0-9a-f]+ /);
    const guestEntry = (await dc.eval('guest_entry')).result;
    expect(Number((await dc.eval('vmcs.GUEST_RIP')).result.split(' ')[0])).toBe(Number(guestEntry));
    const s2 = await dc.stepAndWait('continue');
    expect(s2.body.description).toMatch(/^Data breakpoint: vmcs\.GUEST_RIP changed from 0x[0-9a-f]+ to 0x[0-9a-f]+ by the VM exit$/);
    expect((await dc.top()).line).toBe(lineOf(GUEST, 'handler'));
  });
});
