// VMX debugging over DAP: stepping across VM transitions (DESIGN.md section 5), exit-reason
// breakpoints, failure stops, VMCS variables, the extension's custom requests.
import { describe, it, expect, beforeAll, afterEach } from 'vitest';
import { join } from 'node:path';
import { ensureBuilt, startClient, VmxClient, GUEST, VMFAIL, FIRST_GUEST, ROOT, lineOf, errorOf } from './helpers';

let dc: VmxClient;
beforeAll(() => ensureBuilt(), 120_000);
afterEach(async () => { await dc?.shutdown(); dc = undefined as unknown as VmxClient; });

const L = (m: string) => lineOf(GUEST, m);

/** Launches guest.asm and stops at the VMLAUNCH line. */
async function atVmlaunch(): Promise<void> {
  dc = await startClient();
  await dc.launchAndStop({ program: GUEST, stopOnEntry: true });
  await dc.setBreakpointsRequest({ source: { path: GUEST }, breakpoints: [{ line: L('vmlaunch') }] });
  const s = await dc.stepAndWait('continue');
  expect(s.body.reason).toBe('breakpoint');
  await dc.setBreakpointsRequest({ source: { path: GUEST }, breakpoints: [] });
}

describe('stepping across VM transitions', () => {
  it('step into a successful VMLAUNCH stops at the guest\'s first instruction, in L1', async () => {
    await atVmlaunch();
    const s = await dc.stepAndWait('stepIn');
    expect(s.body.reason).toBe('step');
    expect(s.body.description).toMatch(/^VM entry: VMLAUNCH succeeded — L1 guest at RIP 0x/);
    const frames = await dc.frames();
    expect(frames[0]).toMatchObject({ name: 'guest_entry', line: L('guest-first') });
    expect(frames[frames.length - 1].name).toMatch(/^L0 — resumes at HOST_RIP 0x[0-9a-f]+ \(vmexit_handler\)$/);
    expect(frames[frames.length - 1].line).toBe(L('handler'));
    const threads = (await dc.threadsRequest()).body.threads;
    expect(threads[0].name).toBe('vCPU 0 — L1 (non-root, 64-bit)');
    // the outer frame shows the L0 host-state area, not invented registers
    const scopes = (await dc.scopesRequest({ frameId: frames[frames.length - 1].id })).body.scopes;
    expect(scopes[0].name).toMatch(/^L0 host state/);
    const host = (await dc.variablesRequest({ variablesReference: scopes[0].variablesReference })).body.variables;
    expect(host.find((v) => v.name === 'HOST_RIP')!.value).toMatch(/^0x0000000000100/);
  });

  it('step over VMLAUNCH runs the guest until the next VM exit and stops at the handler', async () => {
    await atVmlaunch();
    const s = await dc.stepAndWait('next');
    expect(s.body.description).toMatch(/^VM exit L1->L0: CPUID \(10\), leaf 0x0, guest RIP 0x[0-9a-f]+$/);
    expect((await dc.top()).line).toBe(L('handler'));
    expect((await dc.threadsRequest()).body.threads[0].name).toBe('vCPU 0 — L0 (VMX root, 64-bit)');
  });

  it('in the guest: step over CPUID lets the handler run; step into CPUID stops at the handler; step out of the handler resumes the guest', async () => {
    await atVmlaunch();
    await dc.stepAndWait('stepIn');
    await dc.stepAndWait('next');
    expect((await dc.top()).line).toBe(L('guest-cpuid'));
    const over = await dc.stepAndWait('next');
    expect(over.body.description).toMatch(/Stepped over CPUID \(10\): the VM exit was handled by L0/);
    expect((await dc.top()).line).toBe(L('guest-after-cpuid'));
    expect((await dc.eval('rbx')).result).toBe('0x756e6547 (1970169159)'); // "Genu": the handler emulated CPUID
    // step into the OUT: stops at the handler with the exit in words
    await dc.stepAndWait('next');
    await dc.stepAndWait('next');
    const into = await dc.stepAndWait('stepIn');
    expect(into.body.description).toMatch(/^VM exit L1->L0: IO_INSTRUCTION \(30\), OUT DX \(=0xe9\), AL, guest RIP 0x[0-9a-f]+$/);
    expect((await dc.top()).line).toBe(L('handler'));
    const out = await dc.stepAndWait('stepOut');
    expect(out.body.description).toMatch(/^Stepped out of the exit handler: VMRESUME resumed the L1 guest/);
    expect((await dc.top()).line).toBe(L('guest-call'));
    // a call inside the guest: frames of L1, then the L0 frame
    await dc.stepAndWait('stepIn');
    const names = (await dc.frames()).map((f) => f.name);
    expect(names[0]).toBe('guest_sub');
    expect(names[1]).toMatch(/^guest_entry\+0x/);
    expect(names[2]).toMatch(/^L0 — resumes at HOST_RIP/);
  });

  it('instruction granularity steps one instruction even inside macro lines', async () => {
    dc = await startClient();
    await dc.launchAndStop({ program: GUEST, stopOnEntry: true });
    const start = await dc.top();
    await dc.stepAndWait('stepIn', { granularity: 'instruction' });
    const a = await dc.top();
    expect(a.line).toBe(start.line); // PUTS expands to lea + call on the same line
    expect(a.instructionPointerReference).not.toBe(start.instructionPointerReference);
    await dc.stepAndWait('stepIn', { granularity: 'instruction' });
    expect((await dc.top()).name).toBe('puts');
  });
});

describe('VMX breakpoints and failures', () => {
  it('exit:CPUID function breakpoints stop at the handler after each CPUID exit; levels, kinds and bad reasons are checked', async () => {
    dc = await startClient();
    await dc.launchAndStop({ program: GUEST, stopOnEntry: true });
    const r = await dc.setFunctionBreakpointsRequest({ breakpoints: [{ name: 'exit:CPUID' }, { name: 'exit:HLT from L2' }, { name: 'exit:NOT_A_REASON' }, { name: 'exit:12', condition: 'exit.reason ==' }, { name: 'exit:CPUID to L1 hardware' }] });
    const [cpuid, l2, bad, cond, hw] = r.body.breakpoints;
    expect(cpuid.verified).toBe(true);
    expect(cpuid.message).toBe('stops at the handler of the level that receives the exit after VM exits with reason CPUID (10)');
    expect(l2.verified).toBe(true); // no L2 in this program: it never matches, but it is a valid breakpoint
    expect(hw.verified).toBe(false);
    expect(hw.message).toMatch(/hardware exits are always received by L0/);
    expect(bad.verified).toBe(false);
    expect(bad.message).toMatch(/unknown exit reason/);
    expect(cond.verified).toBe(false);
    const s1 = await dc.stepAndWait('continue');
    expect(s1.body.reason).toBe('breakpoint');
    expect(s1.body.hitBreakpointIds).toEqual([cpuid.id]);
    expect(s1.body.description).toMatch(/^VM exit L1->L0: CPUID \(10\), leaf 0x0, guest RIP 0x[0-9a-f]+$/);
    expect((await dc.top()).line).toBe(L('handler'));
    expect((await dc.eval('exit.reason')).result).toBe('0xa (10)');
    const s2 = await dc.stepAndWait('continue');
    expect(s2.body.description).toMatch(/^VM exit L1->L0: CPUID \(10\)/);
    expect((await dc.eval('vmcs.GUEST_RIP')).result).toMatch(/^0x0000000000100/);
    expect(Number((await dc.eval('vmcs.GUEST_RIP')).result.split(' ')[0])).toBe(Number((await dc.eval('guest_sub')).result) + 5);
    // a conditional exit filter: only HLT exits
    await dc.setFunctionBreakpointsRequest({ breakpoints: [] });
    await dc.setExceptionBreakpointsRequest({ filters: [], filterOptions: [{ filterId: 'vmexit', condition: 'exit.reason == 12' }] });
    const s3 = await dc.stepAndWait('continue');
    expect(s3.body.reason).toBe('exception');
    expect(s3.body.description).toMatch(/^VM exit L1->L0: HLT \(12\)/);
    const info = await dc.exceptionInfoRequest({ threadId: 1 });
    expect(info.body.exceptionId).toBe('vmexit');
  });

  it('a failing VMX instruction stops on the next instruction with the failure explained', async () => {
    dc = await startClient();
    await dc.launchAndStop({ program: VMFAIL, stopOnEntry: true });
    const s1 = await dc.stepAndWait('continue');
    expect(s1.body.reason).toBe('exception');
    expect(s1.body.description).toMatch(/^VMPTRLD failed: VMfailInvalid — /);
    expect((await dc.top()).line).toBe(lineOf(VMFAIL, 'after-vmptrld'));
    const s2 = await dc.stepAndWait('continue');
    expect(s2.body.description).toMatch(/^VMLAUNCH failed: VMfailValid 7 \(VM entry with invalid control field\(s\)\) — .*\[controls\./);
    expect((await dc.top()).line).toBe(lineOf(VMFAIL, 'after-vmlaunch'));
    const info = await dc.exceptionInfoRequest({ threadId: 1 });
    expect(info.body.exceptionId).toBe('vmx-failure');
    expect(info.body.details?.stackTrace).toMatch(/Rule:/);
    const state = await dc.customRequest('vmx/state');
    expect(state.body.lastFailure).toMatch(/^VMLAUNCH failed: VMfailValid 7/);
    const s3 = await dc.stepAndWait('continue');
    expect(s3.body.description).toBe('Magic breakpoint (xchg bx, bx)');
    expect((await dc.top()).line).toBe(lineOf(VMFAIL, 'after-magic'));
    const exited = dc.waitForEvent('exited');
    await dc.continueRequest({ threadId: 1 });
    expect((await exited).body.exitCode).toBe(7);
  });

  it('VM-entry failures (exit reason bit 31) stop at the handler with the failed guest-state check in words (examples/03)', async () => {
    const ENTRY = join(ROOT, 'examples/03-entry-failures/entry-failures.asm');
    dc = await startClient();
    await dc.initializeRequest();
    await dc.setExceptionBreakpointsRequest({ filters: ['entry-failure'] });
    const s = await dc.launchAndStop({ program: ENTRY });
    expect(s.body.reason).toBe('exception');
    expect(s.body.description).toMatch(/^VM-entry failed: invalid guest state — /);
    const info = await dc.exceptionInfoRequest({ threadId: 1 });
    expect(info.body.exceptionId).toBe('entry-failure');
    expect(info.body.details?.stackTrace).toMatch(/GUEST_CR0/);
    const st = (await dc.customRequest('vmx/state')).body as { lastExit: string; lastEntryFailure: string };
    expect(st.lastExit).toBe(s.body.description);
    // the next one: CS.L = 1 with D/B = 1
    const s2 = await dc.stepAndWait('continue');
    expect(s2.body.description).toMatch(/^VM-entry failed: invalid guest state — CS: .*L \(bit 13\) is 1, D\/B \(bit 14\) must be 0$/);
  });

  it('stepping a failing VMLAUNCH stops right after it', async () => {
    dc = await startClient();
    await dc.launchAndStop({ program: VMFAIL, stopOnEntry: true });
    await dc.setExceptionBreakpointsRequest({ filters: [] });
    await dc.setBreakpointsRequest({ source: { path: VMFAIL }, breakpoints: [{ line: lineOf(VMFAIL, 'vmlaunch') }] });
    await dc.stepAndWait('continue');
    const s = await dc.stepAndWait('next');
    expect(s.body.description).toMatch(/^VMLAUNCH failed: VMfailValid 7/);
    expect((await dc.top()).line).toBe(lineOf(VMFAIL, 'after-vmlaunch'));
  });
});

describe('VMX state', () => {
  it('shows the VMCS grouped by SDM group with decoded controls, and sets fields with VMWRITE rules', async () => {
    await atVmlaunch();
    const vmx = await dc.scopeVars('VMX');
    expect(vmx.find((v) => v.name === 'operation')!.value).toBe('VMX root operation');
    expect(vmx.find((v) => v.name === 'current VMCS')!.value).toBe('0x201000');
    expect(vmx.find((v) => v.name === 'launch state')!.value).toBe('clear');
    const groups = await dc.scopeVars('VMCS 0x201000');
    expect(groups.map((g) => g.name)).toEqual(expect.arrayContaining(['Guest-state area: registers', 'Host-state area', 'VM-execution control fields']));
    const exec = await dc.children(groups.find((g) => g.name === 'VM-execution control fields')!);
    const proc = exec.find((f) => f.name === 'CPU_BASED_VM_EXEC_CONTROL')!;
    expect(proc.type).toMatch(/^encoding 0x4002/);
    expect(proc.value).toMatch(/HLT_EXITING/);
    const bits = await dc.children(proc);
    expect(bits.find((b) => b.name === 'HLT_EXITING')!.value).toBe('1  (allowed by this CPU)');
    expect(bits.find((b) => b.name === 'USE_TSC_OFFSETTING')!.value).toMatch(/^0 {2}\(/);
    const guest = await dc.children(groups.find((g) => g.name === 'Guest-state area: registers')!);
    const rip = guest.find((f) => f.name === 'GUEST_RIP')!;
    expect(rip.value.split(' ')[0]).toBe((await dc.eval('vmcs.GUEST_RIP')).result.split(' ')[0]);
    expect((await dc.eval('vmcs[0x681e]')).result).toBe((await dc.eval('vmcs.GUEST_RIP')).result);
    expect(Number((await dc.eval('vmcs.GUEST_RIP')).result.split(' ')[0])).toBe(Number((await dc.eval('guest_entry')).result));
    // setVariable through VMWRITE rules
    const ref = groups.find((g) => g.name === 'Guest-state area: registers')!.variablesReference;
    const set = await dc.setVariableRequest({ variablesReference: ref, name: 'GUEST_RSP', value: '0x21f000' });
    expect(set.body.value).toMatch(/^0x000000000021f000/);
    expect((await dc.eval('vmcs.GUEST_RSP')).result).toMatch(/^0x000000000021f000/);
    const info = await dc.children(groups.find((g) => g.name === 'VM-exit information: basic')!);
    const reasonRef = groups.find((g) => g.name === 'VM-exit information: basic')!.variablesReference;
    expect(info.find((f) => f.name === 'VM_EXIT_REASON')).toBeTruthy();
    expect(await errorOf(dc.setVariableRequest({ variablesReference: reasonRef, name: 'VM_EXIT_REASON', value: '1' }))).toMatch(/read-only|error 13/);
    const evalBits = await dc.eval('vmcs.CPU_BASED_VM_EXEC_CONTROL');
    expect(evalBits.result).toMatch(/HLT_EXITING/);
    expect(evalBits.variablesReference).toBeGreaterThan(0);
    expect(await errorOf(dc.eval('vmcs.NOT_A_FIELD'))).toMatch(/unknown VMCS field/);
    const c = await dc.completionsRequest({ text: 'vmcs.GUEST_R', column: 13 });
    expect(c.body.targets.map((t) => t.label)).toEqual(expect.arrayContaining(['vmcs.GUEST_RIP', 'vmcs.GUEST_RSP', 'vmcs.GUEST_RFLAGS']));
  });

  it('answers vmx/vmcs with change marks, vmx/exits newest first, and vmx/state', async () => {
    await atVmlaunch();
    await dc.stepAndWait('next'); // to the handler after the CPUID exit
    const v = (await dc.customRequest('vmx/vmcs')).body;
    expect(v.available).toBe(true);
    expect(v.launchState).toBe('launched');
    const fields = v.groups.flatMap((g: { fields: { name: string; changed: boolean; value: string; decoded?: string[] }[] }) => g.fields);
    const reason = fields.find((f: { name: string }) => f.name === 'VM_EXIT_REASON');
    expect(reason.changed).toBe(true);
    expect(reason.decoded).toEqual(['CPUID (10)']);
    expect(fields.find((f: { name: string }) => f.name === 'HOST_RIP').changed).toBe(false);
    await dc.stepAndWait('stepOut');
    await dc.stepAndWait('next');
    await dc.stepAndWait('next');
    await dc.stepAndWait('next');
    const ex = (await dc.customRequest('vmx/exits', { limit: 10 })).body;
    expect(ex.total).toBe(2);
    expect(ex.exits.map((e: { name: string }) => e.name)).toEqual(['IO_INSTRUCTION', 'CPUID']);
    expect(ex.exits[0]).toMatchObject({ fromLevel: 1, toLevel: 0, hardware: true });
    const st = (await dc.customRequest('vmx/state')).body;
    expect(st).toMatchObject({ vmxSupported: true, inVmxOperation: true, operation: 'non-root', level: 1, currentVmcs: '0x201000', launchState: 'launched' });
    expect(st.lastExit).toMatch(/^VM exit L1->L0: IO_INSTRUCTION \(30\)/);
    expect(await errorOf(dc.customRequest('vmx/exits', { limit: 'ten' }))).toMatch(/limit/);
  });
});

describe('examples/02-first-guest', () => {
  it('launches and runs the example', async (ctx) => {
    dc = await startClient();
    const conf = dc.configurationSequence();
    const stopped = dc.waitForEvent('stopped');
    conf.catch(() => undefined); stopped.catch(() => undefined);
    const failure = await dc.launch({ program: FIRST_GUEST, stopOnEntry: true }).then(() => null, (e: Error) => e.message);
    if (failure) {
      // The example must assemble; if it does not, the diagnostics must at least be in the output.
      expect(dc.output('stderr')).toMatch(/first-guest\.asm:\d+:\d+: error: /);
      ctx.skip(`examples/02-first-guest does not assemble: ${dc.output('stderr').split('\n')[0]}`);
      return;
    }
    await conf;
    expect((await stopped).body.reason).toBe('entry');
    const terminated = dc.waitForEvent('terminated', 30000);
    const next = dc.stepAndWait('continue');
    next.catch(() => undefined);
    const end = await Promise.race([terminated, next]);
    if (end.event === 'stopped') ctx.skip(`examples/02-first-guest stops: ${end.body.description}`);
    expect(dc.output('stdout')).toContain('[hv] VMXOFF done');
  });

  it('steps into VMLAUNCH, over the guest CPUID and stops on exit:CPUID in the example', async () => {
    dc = await startClient();
    await dc.launchAndStop({ program: FIRST_GUEST, stopOnEntry: true });
    const src = (await import('node:fs')).readFileSync(FIRST_GUEST, 'utf8').split('\n');
    const line = (re: RegExp) => src.findIndex((l) => re.test(l)) + 1;
    await dc.setFunctionBreakpointsRequest({ breakpoints: [{ name: 'guest_launch' }] });
    await dc.stepAndWait('continue');
    expect((await dc.top()).line).toBe(line(/^\s+vmlaunch/));
    await dc.setFunctionBreakpointsRequest({ breakpoints: [{ name: 'exit:CPUID' }] });
    const entry = await dc.stepAndWait('stepIn');
    expect(entry.body.description).toMatch(/^VM entry: VMLAUNCH succeeded/);
    expect((await dc.top()).line).toBe(line(/^guest_entry:/) + 1);
    await dc.stepAndWait('next');
    const over = await dc.stepAndWait('next');
    // the exit:CPUID breakpoint wins over "step over": it stops at the handler
    expect(over.body.reason).toBe('breakpoint');
    expect(over.body.description).toMatch(/^VM exit L1->L0: CPUID \(10\)/);
    expect((await dc.top()).name).toBe('vmexit_handler');
    await dc.setFunctionBreakpointsRequest({ breakpoints: [] });
    const back = await dc.stepAndWait('stepOut');
    expect(back.body.description).toMatch(/VMRESUME resumed the L1 guest/);
    expect((await dc.top()).line).toBe(line(/^\s+cpuid\s+; exit 10/) + 1);
  });
});

describe('vmx/signal: INIT and start-up IPIs from the debugger', () => {
  it('an INIT sent while stopped at VMLAUNCH is blocked in root operation, then exits the guest at once (reason 3)', async () => {
    await atVmlaunch();
    const sent = await dc.customRequest('vmx/signal', { kind: 'init' });
    expect(sent.body).toEqual({ pending: { init: true, sipi: null, nmi: false } });
    const s = await dc.stepAndWait('next');
    expect(s.body.description).toMatch(/^VM exit L1->L0: INIT_SIGNAL \(3\), guest RIP 0x/);
    expect((await dc.top()).line).toBe(L('handler'));
    expect((await errorOf(dc.customRequest('vmx/signal', { kind: 'smi' })))).toMatch(/kind must be 'nmi', 'init' or 'sipi'/);
    expect((await errorOf(dc.customRequest('vmx/signal', { kind: 'sipi', vector: 300 })))).toMatch(/SIPI vector must be an integer 0\.\.255/);
  });
});
