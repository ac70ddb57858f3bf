// Nested VMX over DAP (examples/06-nested): levels L0/L1/L2 from the nesting reconstruction in the
// thread name, the call stack (one frame per outer level) and the scopes (L1's reconstructed vmcs12);
// exit-reason breakpoints at L1 and L2; stepping at L1 and L2; vmcs12/vmcs02 expressions; the
// extension's vmx/levels, vmx/vmcs per level, vmx/ept and vmx/translate requests.
import { describe, it, expect, beforeAll, afterEach } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DebugProtocol } from '@vscode/debugprotocol';
import { ensureBuilt, startClient, VmxClient, ROOT } from './helpers';

const NESTED = join(ROOT, 'examples/06-nested/nested.asm');
const L1_INC = join(ROOT, 'examples/06-nested/l1.inc');

let dc: VmxClient;
beforeAll(() => ensureBuilt(), 120_000);
afterEach(async () => { await dc?.shutdown(); dc = undefined as unknown as VmxClient; });

/** Line of the first line of l1.inc matching `re` after the line matching `after`. */
function l1Line(after: RegExp, re: RegExp): number {
  const lines = readFileSync(L1_INC, 'utf8').split('\n');
  const start = lines.findIndex((l) => after.test(l));
  const i = lines.findIndex((l, k) => k > start && re.test(l));
  if (start < 0 || i < 0) throw new Error(`no line ${re} after ${after} in l1.inc`);
  return i + 1;
}

async function thread(): Promise<string> { return (await dc.threadsRequest()).body.threads[0].name; }
async function frameNames(): Promise<string[]> { return (await dc.frames()).map((f) => f.name); }
const num = async (e: string) => Number((await dc.eval(e)).result.split(' ')[0]);

async function launch(functionBps: string[]): Promise<DebugProtocol.SetFunctionBreakpointsResponse['body']['breakpoints']> {
  dc = await startClient();
  await dc.launchAndStop({ program: NESTED, stopOnEntry: true });
  return (await dc.setFunctionBreakpointsRequest({ breakpoints: functionBps.map((name) => ({ name })) })).body.breakpoints;
}

describe('nested VMX (examples/06-nested)', () => {
  it('exit-reason breakpoints at L2->L0 (hardware) and L2->L1 (reflected), stopping at each receiver\'s handler', async () => {
    const [hw, virt] = await launch(['exit:CPUID from L2 hardware', 'exit:CPUID from L2 to L1']);
    expect(hw).toMatchObject({ verified: true, message: 'stops at the handler of the level that receives the exit after VM exits with reason CPUID (10) from L2 (hardware exits only)' });
    expect(virt).toMatchObject({ verified: true, message: 'stops at the L1 handler after VM exits with reason CPUID (10) from L2 to L1' });
    const s1 = await dc.stepAndWait('continue');
    expect(s1.body).toMatchObject({ reason: 'breakpoint', hitBreakpointIds: [hw.id] });
    expect(s1.body.description).toMatch(/^VM exit L2->L0: CPUID \(10\), leaf 0x0, guest RIP 0x[0-9a-f]+$/);
    expect(await thread()).toBe('vCPU 0 — L0 (VMX root, 64-bit)');
    expect((await dc.top()).name).toBe('l0_exit');
    const s2 = await dc.stepAndWait('continue');
    expect(s2.body).toMatchObject({ reason: 'breakpoint', hitBreakpointIds: [virt.id] });
    expect(s2.body.description).toMatch(/^VM exit L2->L1: CPUID \(10\), leaf 0x0, guest RIP 0x[0-9a-f]+$/);
    expect(s2.body.description!.slice(-8)).toBe(s1.body.description!.slice(-8)); // the same guest RIP
    expect(await thread()).toBe('vCPU 0 — L1 (non-root, 64-bit)');
    expect(await frameNames()).toEqual(['l1_exit', expect.stringMatching(/^L0 — resumes at HOST_RIP 0x[0-9a-f]+ \(l0_exit\)$/)]);
    expect((await dc.eval('exit.virtual')).result).toBe('1');
    expect((await dc.eval('exit.from')).result).toBe('2');
    expect((await dc.eval('exit.to')).result).toBe('1');
    // L1's view of the exit: what its VMREAD of the exit reason returns (the shadow VMCS)
    expect((await dc.eval('vmcs12.VM_EXIT_REASON')).result).toMatch(/^0x0000000a +CPUID \(10\)/);
    const exits = (await dc.customRequest('vmx/exits', { limit: 3 })).body as { exits: { text: string; fromLevel: number; toLevel: number; hardware: boolean }[] };
    expect(exits.exits[0]).toMatchObject({ fromLevel: 2, toLevel: 1, hardware: false });
    expect(exits.exits[1]).toMatchObject({ fromLevel: 2, toLevel: 0, hardware: true });
  });

  it('the issue\'s example: an EPT violation reflected to L1, in words; an exit condition on the qualification', async () => {
    await launch(['exit:EPT_VIOLATION to L1 if qual & 2']);
    const s = await dc.stepAndWait('continue');
    expect(s.body.description).toMatch(/^VM exit L2->L1: EPT_VIOLATION \(48\), write to GPA 0x600000 \(page is read-only\), guest RIP 0x[0-9a-f]+$/);
    // the EPT of L1 as the extension's views see it
    const eptp = '0x' + BigInt((await dc.eval('vmcs12.EPT_POINTER')).result.split(' ')[0]).toString(16);
    const tr = (await dc.customRequest('vmx/translate', { gpa: '0x600000', eptp })).body as { ok: boolean; steps: { name: string; level: number }[]; hpa?: string };
    expect(tr.ok).toBe(true);
    expect(tr.steps.map((x) => `${x.name}/${x.level}`)).toEqual(['PML4E/4', 'PDPTE/3', 'PDE/2', 'PTE/1']);
    expect(tr.hpa).toBe('0x600000');
    const pml4 = (await dc.customRequest('vmx/ept', { eptp })).body as { available: boolean; tableLevel: number; entries: { index: number; value: string }[] };
    expect(pml4).toMatchObject({ available: true, tableLevel: 4 });
    expect(pml4.entries[0].index).toBe(0);
    expect((await dc.customRequest('vmx/translate', { gpa: '0x8000000000', eptp })).body).toMatchObject({ ok: false, problem: expect.stringMatching(/not present/) });
  });

  it('in L2: thread, one frame per outer level, L1\'s reconstructed VMCS, vmcs12/vmcs02 expressions and vmx/levels', async () => {
    await launch(['l2_entry']);
    const s = await dc.stepAndWait('continue');
    expect(s.body.reason).toBe('breakpoint');
    expect(await thread()).toBe('vCPU 0 — L2 (non-root, 64-bit)');
    const frames = await dc.frames();
    expect(frames.map((f) => f.name)).toEqual(['l2_entry', expect.stringMatching(/^L1 — resumes at HOST_RIP 0x[0-9a-f]+ \(l1_exit\)$/), expect.stringMatching(/^L0 — resumes at HOST_RIP 0x[0-9a-f]+ \(l0_exit\)$/)]);
    expect(frames[1].source?.path).toBe(L1_INC);
    const l2 = await num('l2_entry');
    expect(await num('vmcs12.GUEST_RIP')).toBe(l2);
    expect(await num('vmcs12[0x681e]')).toBe(l2);
    expect(await num('vmcs02.GUEST_RIP')).toBe(l2);
    expect(await num('vmcs12.HOST_RIP')).toBe(await num('l1_exit'));
    expect((await dc.eval('vmcs12.GUEST_RIP')).type).toBe('GUEST_RIP of vmcs12 (encoding 0x681e)');
    expect((await dc.evaluateRequest({ expression: 'vmcs12.CR3_TARGET_VALUE3' }).catch((e: Error) => e.message))).toMatch(/CR3_TARGET_VALUE3 of L1's VMCS 0x401000 has not been observed/);
    expect((await dc.evaluateRequest({ expression: 'vmcs13.GUEST_RIP' }).catch((e: Error) => e.message))).toMatch(/write vmcs12/);
    const compl = (await dc.completionsRequest({ text: 'vmcs12.GUEST_R', column: 15 })).body.targets.map((t) => t.label);
    expect(compl).toContain('vmcs12.GUEST_RIP');
    // scopes: the current frame lists L1's VMCS; L1's frame shows its host state from it
    const scopes = (await dc.scopesRequest({ frameId: frames[0].id })).body.scopes.map((x) => x.name);
    expect(scopes).toContain('vmcs12 0x401000 (L1\'s VMCS, reconstructed)');
    const l1Scopes = (await dc.scopesRequest({ frameId: frames[1].id })).body.scopes;
    expect(l1Scopes.map((x) => x.name)).toEqual(['L1 host state (resumes at HOST_RIP)', 'L1 VMX', 'vmcs12 0x401000 (L1\'s VMCS, reconstructed)']);
    const host = (await dc.variablesRequest({ variablesReference: l1Scopes[0].variablesReference })).body.variables;
    expect(Number(host.find((v) => v.name === 'HOST_RIP')!.value.split(' ')[0])).toBe(await num('l1_exit'));
    expect(host.find((v) => v.name === 'HOST_RIP')!.type).toMatch(/seen in its VMWRITE|shadow/);
    const vmx = (await dc.variablesRequest({ variablesReference: l1Scopes[1].variablesReference })).body.variables;
    expect(vmx.find((v) => v.name === 'current VMCS')!.value).toMatch(/^0x401000 \(launched\)/);
    // the views' requests
    const lv = (await dc.customRequest('vmx/levels')).body as { current: number; levels: { level: number; mode: string; vmcss: { address: string; role?: string; current: boolean }[]; resumesAt?: { rip: string } }[] };
    expect(lv.current).toBe(2);
    expect(lv.levels.map((l) => `${l.level}:${l.mode}`)).toEqual(['0:root', '1:guest-hypervisor', '2:guest']);
    expect(lv.levels[0].vmcss.map((v) => v.role).sort()).toEqual(['vmcs01', 'vmcs02']);
    expect(lv.levels[1].vmcss).toEqual([{ address: '0x401000', role: 'vmcs12', launched: true, current: true }]);
    expect(Number(lv.levels[1].resumesAt!.rip)).toBe(await num('l1_exit'));
    const v12 = (await dc.customRequest('vmx/vmcs', { level: 1 })).body as { available: boolean; reconstructed: boolean; role: string; groups: { fields: { name: string; source?: string }[] }[] };
    expect(v12).toMatchObject({ available: true, reconstructed: true, role: 'vmcs12 (reconstructed)' });
    const rip = v12.groups.flatMap((g) => g.fields).find((f) => f.name === 'GUEST_RIP')!;
    expect(rip.source).toMatch(/vmwrite|shadow/);
    const v01 = (await dc.customRequest('vmx/vmcs', { level: 0, address: lv.levels[0].vmcss.find((v) => v.role === 'vmcs01')!.address })).body as { available: boolean; role: string };
    expect(v01).toMatchObject({ available: true, role: 'vmcs01' });
  });

  it('stepping: over an L2 CPUID (handled by L1), into it (L1\'s handler), out of L1\'s handler, into an exit only L0 handles', async () => {
    await launch(['l2_entry']);
    await dc.stepAndWait('continue');
    await dc.stepAndWait('next'); // xor eax, eax
    const over = await dc.stepAndWait('next'); // cpuid: L0 reflects it to L1, L1 emulates it and resumes L2
    expect(over.body.description).toMatch(/^Stepped over CPUID \(10\): the VM exit was handled by L1 and the guest resumed/);
    expect(await thread()).toBe('vCPU 0 — L2 (non-root, 64-bit)');
    expect((await dc.top()).line).toBe(l1Line(/^l2_entry:/, /PRINT\s+l2_hello/));
    // back to the CPUID and into it
    await dc.send('stepBack', { threadId: 1 });
    await dc.waitForEvent('stopped');
    expect((await dc.top()).line).toBe(l1Line(/^l2_entry:/, /cpuid/));
    // step into: L0 reflects the exit to L1, so it stops at L1's handler (the level that receives it)
    const into = await dc.stepAndWait('stepIn');
    expect(into.body.description).toMatch(/^VM exit L2->L1: CPUID \(10\)/);
    expect((await dc.top()).name).toBe('l1_exit');
    expect(await thread()).toBe('vCPU 0 — L1 (non-root, 64-bit)');
    // out of L1's handler: L1's VMRESUME goes through L0 back to L2
    const out = await dc.stepAndWait('stepOut');
    expect(out.body.description).toMatch(/^Stepped out of the exit handler: VMRESUME resumed the L2 guest at RIP 0x/);
    expect(await thread()).toBe('vCPU 0 — L2 (non-root, 64-bit)');
    // OUT to port 0x80: only L0 intercepts it, so step into stops at L0's handler
    const line80 = l1Line(/^l2_entry:/, /out\s+0x80/);
    await dc.setBreakpointsRequest({ source: { path: L1_INC }, breakpoints: [{ line: line80 }] });
    await dc.stepAndWait('continue');
    await dc.setBreakpointsRequest({ source: { path: L1_INC }, breakpoints: [] });
    const into80 = await dc.stepAndWait('stepIn');
    expect(into80.body.description).toMatch(/^VM exit L2->L0: IO_INSTRUCTION \(30\), OUT 0x80, AL, guest RIP 0x/);
    expect((await dc.top()).name).toBe('l0_exit');
    expect(await thread()).toBe('vCPU 0 — L0 (VMX root, 64-bit)');
  });

  it('step over L1\'s VMLAUNCH runs L2 until an exit is delivered to L1', async () => {
    dc = await startClient();
    await dc.launchAndStop({ program: NESTED, stopOnEntry: true });
    const line = l1Line(/^l1_entry:/, /^\s+vmlaunch/);
    await dc.setBreakpointsRequest({ source: { path: L1_INC }, breakpoints: [{ line }] });
    await dc.stepAndWait('continue');
    expect(await thread()).toBe('vCPU 0 — L1 (non-root, 64-bit)');
    await dc.setBreakpointsRequest({ source: { path: L1_INC }, breakpoints: [] });
    const s = await dc.stepAndWait('next');
    expect(s.body.description).toMatch(/^VM exit L2->L1: CPUID \(10\)/);
    expect((await dc.top()).name).toBe('l1_exit');
  });
});
