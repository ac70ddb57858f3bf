/**
 * The extension's view models fed with live adapter responses: the adapter runs in process on the
 * examples, stops at an L2 exit (06-nested) and at an EPT violation (05-ept), and answers the custom
 * requests exactly as VS Code would forward them (`vmx/levels`, `vmx/vmcs` per level as the extension
 * plans them, `vmx/ept` for the nodes the user expands, `vmx/translate`).
 */
import { describe, it, expect, afterEach } from 'vitest';
import { join } from 'node:path';
import { InProcessClient } from '../../debug-adapter/inprocess-client';
import { vmcsRequests, vmcsViewModel, VmcsSource } from '../../extension/src/model/vmcs';
import { eptpsOf, eptRoot, eptTableArgs, eptTableChildren, translationModel, translationText } from '../../extension/src/model/ept';
import { nestingFromLevels, statusText } from '../../extension/src/model/nesting';
import { find, byLabel } from './tree-search';
import { big, type TreeNode } from '../../extension/src/model/tree';
import type { EptTableBody, LevelsResponseBody, TranslateBody, VmcsResponseBody, VmxStateBody } from '../../extension/src/model/requests';

const ROOT = join(__dirname, '..', '..');
let c: InProcessClient | undefined;
afterEach(async () => { await c?.close(); c = undefined; });

/** Launches `program` with function breakpoints set before configurationDone; resolves at the first stop. */
async function stopAt(program: string, breakpoints: string[]): Promise<InProcessClient> {
  const cl = new InProcessClient();
  c = cl;
  await cl.request('initialize', { adapterID: 'vmx', linesStartAt1: true, columnsStartAt1: true, pathFormat: 'path' });
  const initialized = cl.waitFor('initialized');
  const launched = cl.request('launch', { program: join(ROOT, program) });
  await initialized;
  const bps = (await cl.request('setFunctionBreakpoints', { breakpoints: breakpoints.map((name) => ({ name })) })).body as { breakpoints: { verified: boolean }[] };
  expect(bps.breakpoints.every((b) => b.verified)).toBe(true);
  const stopped = cl.waitFor('stopped', 30000);
  await cl.request('configurationDone');
  await launched;
  const ev = await stopped;
  expect(ev.body).toMatchObject({ reason: 'breakpoint' });
  return cl;
}

async function body<T>(cl: InProcessClient, command: string, args?: unknown): Promise<T> {
  return (await cl.request(command, args)).body as T;
}

/** What the extension's SessionState collects at a stop: the levels and every level's VMCSs. */
async function collect(cl: InProcessClient): Promise<{ levels: LevelsResponseBody; sources: VmcsSource[]; state: VmxStateBody }> {
  const state = await body<VmxStateBody>(cl, 'vmx/state');
  const levels = await body<LevelsResponseBody>(cl, 'vmx/levels');
  const sources: VmcsSource[] = [];
  for (const p of vmcsRequests(levels)) sources.push({ ...p.source, body: await body<VmcsResponseBody>(cl, 'vmx/vmcs', p.args) });
  return { levels, sources, state };
}


/** Expands a lazy EPT node the way the view does: `vmx/ept` with the node's arguments. */
async function expand(cl: InProcessClient, n: TreeNode): Promise<TreeNode[]> {
  expect(n.lazy).toBe(true);
  const args = eptTableArgs(n);
  const r = await body<EptTableBody>(cl, 'vmx/ept', args);
  expect(r).toMatchObject({ available: true, table: args.table, tableLevel: args.tableLevel });
  return eptTableChildren(n.id, r, big(n.data!.gpaBase as string) ?? 0n, args.eptp);
}

describe('live adapter payloads through the view models', () => {
  it('06-nested at an L2 exit: the Nesting view shows L0..L2, the VMCS view each level\'s VMCS', async () => {
    const cl = await stopAt('examples/06-nested/nested.asm', ['exit:CPUID from L2 hardware']);
    const { levels, sources, state } = await collect(cl);
    expect(levels.current).toBe(0);
    expect(levels.levels.map((l) => `L${l.level} ${l.mode}`)).toEqual(['L0 root', 'L1 guest-hypervisor', 'L2 guest']);

    const nest = nestingFromLevels(levels);
    expect(nest.map((n) => n.label)).toEqual(['L0  ◀ stopped here', 'L1', 'L2']);
    expect(nest[1].description).toMatch(/^guest hypervisor, VMCS 0x[0-9a-f]+, resumes at 0x[0-9a-f]+$/);
    // L2 was stopped by its CPUID: it resumes at the instruction after it, with a source line
    const l2Resume = byLabel([nest[2]], 'resumes at')!;
    expect(l2Resume.description).toMatch(/^0x[0-9a-f]+ \(.+\)$/);
    expect(l2Resume.data).toMatchObject({ path: expect.stringMatching(/06-nested/), line: expect.any(Number) });
    expect(byLabel([nest[2]], 'runs in hardware VMCS')!.description).toMatch(/^0x[0-9a-f]+$/);
    expect(statusText(state, levels)).toBe('$(layers) L0 root · 64-bit');

    // L0 lists the hardware VMCSs vmcs02 (current: L2's exit) and vmcs01; L1 its vmcs12
    expect(sources.map((s) => `L${s.level} ${s.role}${s.current ? ' current' : ''}`)).toEqual(['L0 vmcs02 current', 'L0 vmcs01', 'L1 vmcs12 current']);
    for (const s of sources) expect(s.body.available).toBe(true);
    const l1 = sources[2];
    expect(l1.body).toMatchObject({ reconstructed: true, level: 1, address: l1.address });
    expect(l1.address).toBe(levels.levels[1].currentVmcs);
    expect(sources[0].address).toBe(levels.levels[2].hardwareVmcs);
    expect(sources[1].address).toBe(levels.levels[1].hardwareVmcs);

    const tree = vmcsViewModel(sources, new Map());
    expect(tree.map((t) => t.label)).toEqual([
      `L0 vmcs02 @ ${sources[0].address}`, `L0 vmcs01 @ ${sources[1].address}`, `L1 vmcs12 @ ${sources[2].address}`,
    ]);
    expect(tree[0].description).toMatch(/launched.*current/);
    // the hardware exit L0 handles: CPUID in vmcs02's exit information
    expect(byLabel([tree[0]], 'VM_EXIT_REASON')!.description).toMatch(/^0x0000000a\s+CPUID \(10\)/);
    // L1's reconstructed vmcs12: only the fields L1 wrote/read, editable only for L0's current VMCS
    const l1Rip = byLabel([tree[2]], 'GUEST_RIP')!;
    expect(l1Rip.data).toMatchObject({ level: 1, editable: false });
    expect(byLabel([tree[0]], 'GUEST_RIP')!.data).toMatchObject({ level: 0, editable: true });
    expect(find([tree[2]], (n) => n.label === 'HOST_RIP')).toBeDefined();
    // EPT roots come from the hardware VMCSs only
    expect(eptpsOf(sources).map((e) => e.source)).toEqual([`L0 vmcs02 ${sources[0].address}`, `L0 vmcs01 ${sources[1].address}`]);
  }, 60_000);

  it('05-ept at an EPT violation: the EPT hierarchy with permissions, memory type and large pages; walks with the faulting entry', async () => {
    const cl = await stopAt('examples/05-ept/ept.asm', ['exit:EPT_VIOLATION']);
    const { levels, sources } = await collect(cl);
    expect(levels.levels.map((l) => `L${l.level} ${l.mode}${l.running ? ' running' : ''}`)).toEqual(['L0 root running', 'L1 guest']);
    expect(sources.map((s) => `L${s.level} ${s.role}`)).toEqual(['L0 vmcs01']);
    expect(byLabel(vmcsViewModel(sources, new Map()), 'VM_EXIT_REASON')!.description).toMatch(/EPT_VIOLATION \(48\)/);

    const roots = eptpsOf(sources);
    expect(roots).toHaveLength(1);
    const root = eptRoot(roots[0].eptp, roots[0].source);
    expect(root.description).toMatch(/^L0 vmcs01 0x201000 — PML4 at 0x210000, WB, 4-level/);

    // PML4 -> PDPT -> PD, as the user expands them
    const pml4 = await expand(cl, root);
    expect(pml4.map((n) => n.label)).toEqual(['PML4E[0]']);
    expect(pml4[0].description).toMatch(/^0x0–0x7fffffffff → 0x211000  RWX/);
    const pdpt = await expand(cl, pml4[0]);
    expect(pdpt.map((n) => n.label)).toEqual(['PDPTE[0]']);
    const pd = await expand(cl, pdpt[0]);
    expect(pd).toHaveLength(512);
    // 2-MiB pages everywhere except 2..4 MiB (a page table)
    expect(pd[0]).toMatchObject({ label: 'PDE[0]', contextValue: 'eptLeaf', lazy: false });
    expect(pd[0].description).toMatch(/^0x0–0x1fffff → 0x0  RWX WB 2 MiB page/);
    expect(pd[511].description).toMatch(/^0x3fe00000–0x3fffffff → 0x3fe00000  RWX WB 2 MiB page/);
    expect(pd[1]).toMatchObject({ label: 'PDE[1]', contextValue: 'eptTable', lazy: true });
    const pt = await expand(cl, pd[1]);
    expect(pt).toHaveLength(512);
    const pte = (gpa: number) => pt.find((n) => n.label === `PTE[${(gpa - 0x200000) / 4096}]`)!;
    expect(pte(0x300000).description).toMatch(/^0x300000–0x300fff → 0x300000  --X WB 4 KiB page/);
    expect(pte(0x301000).description).toMatch(/^0x301000–0x301fff → 0x301000  R-- WB 4 KiB page/);
    expect(pte(0x302000).description).toMatch(/^0x302000–0x302fff → 0x302000  -W- /);
    expect(pte(0x200000).description).toMatch(/RWX WB 4 KiB page/);

    // a GPA that maps: three steps down to the 2-MiB page, no fault
    const ok = await body<TranslateBody>(cl, 'vmx/translate', { gpa: '0x100000', eptp: roots[0].eptp });
    expect(ok).toMatchObject({ ok: true, hpa: '0x100000', pageSize: 0x200000 });
    const okWalk = translationModel(ok)[0];
    expect(okWalk.label).toBe('Translate 0x100000');
    expect(okWalk.description).toBe('→ host-physical 0x100000 (2 MiB page)');
    expect(okWalk.children!.map((n) => n.label)).toEqual(['PML4E[0] at 0x210000', 'PDPTE[0] at 0x211000', 'PDE[0] at 0x212000']);
    expect(okWalk.children!.some((n) => n.highlight)).toBe(false);
    expect(okWalk.children![2].description).toMatch(/RWX WB 2 MiB page/);

    // a GPA that faults: the misconfigured PTE (W without R) is the highlighted last step
    const bad = await body<TranslateBody>(cl, 'vmx/translate', { gpa: '0x302000', eptp: roots[0].eptp });
    expect(bad).toMatchObject({ ok: false, misconfig: true });
    const badWalk = translationModel(bad)[0];
    expect(badWalk).toMatchObject({ highlight: true, icon: 'error' });
    expect(badWalk.description).toMatch(/^EPT misconfiguration: /);
    const steps = badWalk.children!;
    expect(steps.map((n) => n.label.replace(/ at .*/, ''))).toEqual(['PML4E[0]', 'PDPTE[0]', 'PDE[1]', 'PTE[258]']);
    expect(steps.filter((n) => n.highlight).map((n) => n.label)).toEqual([steps[3].label]);
    expect(steps[3]).toMatchObject({ icon: 'error', contextValue: 'eptFault', tooltip: bad.problem });
    expect(steps[3].description).toMatch(/-W- .*← faults$/);
    expect(translationText(bad)).toMatch(/PTE at 0x213810 = 0x[0-9a-f]{16}   <-- /);

    // beyond the mapped GiB: the not-present PDPTE faults
    const absent = await body<TranslateBody>(cl, 'vmx/translate', { gpa: '0x40000000' });
    expect(absent).toMatchObject({ ok: false, eptp: roots[0].eptp.replace(/^0x0*/, '0x') });
    const absentWalk = translationModel(absent)[0];
    expect(absentWalk.description).toMatch(/^EPT violation: .*not present/);
    const last = absentWalk.children!.at(-1)!;
    expect(last).toMatchObject({ highlight: true, contextValue: 'eptFault' });
    expect(last.label).toMatch(/^PDPTE\[1\] at 0x211008$/);
    expect(last.description).toMatch(/not present/);
  }, 60_000);
});
