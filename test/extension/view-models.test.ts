/** View models against adapter payloads recorded from the examples (fixtures/, see record-payloads.test.ts). */
import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { vmcsViewModel, rememberVmcs, VmcsHistory, VmcsSource, bitChildren, isAddressField, liveVmcsValue } from '../../extension/src/model/vmcs';
import { exitsViewModel, qualificationSummary, levelArrow } from '../../extension/src/model/exits';
import { eptRoot, eptTableChildren, translationModel, translationText, parseGpa, describeEptEntry } from '../../extension/src/model/ept';
import { nestingFromLevels, nestingFromState, statusText } from '../../extension/src/model/nesting';
import { find, byLabel } from './tree-search';
import type { TreeNode } from '../../extension/src/model/tree';
import type { EptTableBody, ExitsResponseBody, LevelsResponseBody, TranslateBody, VmcsResponseBody, VmxStateBody } from '../../extension/src/model/requests';

const fx = (name: string) => JSON.parse(readFileSync(join(__dirname, 'fixtures', name), 'utf8'));
const firstGuest = fx('first-guest.json');
const ept = fx('ept.json');
const nested = fx('nested.json');

function count(nodes: readonly TreeNode[], pred: (n: TreeNode) => boolean): number {
  return nodes.reduce((c, n) => c + (pred(n) ? 1 : 0) + (n.children ? count(n.children, pred) : 0), 0);
}

const l0 = (body: VmcsResponseBody): VmcsSource => ({ level: 0, address: body.address!, role: 'vmcs01', current: true, body, editable: true });

describe('VMCS view model', () => {
  const stop1: VmcsResponseBody = firstGuest.stops[0]['vmx/vmcs'];
  const stop2: VmcsResponseBody = firstGuest.stops[1]['vmx/vmcs'];

  it('one root per VMCS, labelled by level and address; SDM areas in order', () => {
    const tree = vmcsViewModel([l0(stop1)], new Map());
    expect(tree).toHaveLength(1);
    expect(tree[0].label).toBe('L0 vmcs01 @ 0x201000');
    expect(tree[0].description).toContain('launched');
    expect(tree[0].children!.map((c) => c.label)).toEqual(['Controls', 'Guest state', 'Host state', 'Exit information']);
    const controls = byLabel(tree, 'Controls')!;
    expect(controls.children!.map((c) => c.label)).toEqual(['VM-execution control fields', 'VM-exit control fields', 'VM-entry control fields']);
  });

  it('fields show encoding and hex value; controls/CRs/AR bytes have decoded bit children', () => {
    const tree = vmcsViewModel([l0(stop1)], new Map());
    const rip = byLabel(tree, 'GUEST_RIP')!;
    expect(rip.description).toMatch(/^0x[0-9a-f]{16}\s.*\(0x681e\)/);
    expect(rip.contextValue).toContain('editable');
    expect(rip.contextValue).toContain('address');
    const proc = byLabel(tree, 'CPU_BASED_VM_EXEC_CONTROL')!;
    expect(proc.children!.some((b) => b.label === 'HLT_EXITING' && b.description === '1')).toBe(true);
    expect(proc.children!.some((b) => b.label === 'ACTIVATE_SECONDARY_CONTROLS')).toBe(true);
    const cr4 = byLabel(tree, 'GUEST_CR4')!;
    expect(cr4.children!.find((b) => b.label === 'VMXE')).toBeDefined();
    const cs = byLabel(tree, 'GUEST_CS_AR_BYTES')!;
    expect(cs.children!.length).toBeGreaterThan(5);
    expect(cs.children!.map((c) => c.label).join(' ')).toMatch(/type/i);
    const reason = byLabel(tree, 'VM_EXIT_REASON')!;
    expect(reason.contextValue).not.toContain('editable'); // read-only exit information
    expect(reason.description).toContain('CPUID');
  });

  it('no changes at the first stop; the next stop highlights what the exit changed', () => {
    const history: VmcsHistory = new Map();
    const t1 = vmcsViewModel([l0(stop1)], history);
    expect(count(t1, (n) => !!n.highlight && n.contextValue?.startsWith('vmcsField') === true)).toBe(0);
    rememberVmcs([l0(stop1)], history);
    const t2 = vmcsViewModel([l0(stop2)], history);
    const changed = new Set<string>();
    find(t2, (n) => { if (n.highlight && n.contextValue?.startsWith('vmcsField')) changed.add(n.label); return false; });
    expect(changed).toEqual(new Set(['GUEST_RIP', 'VM_EXIT_REASON', 'EXIT_QUALIFICATION', 'VM_EXIT_INSTRUCTION_LEN']));
    expect(byLabel(t2, 'Exit information')!.description).toMatch(/3 changed/);
    expect(byLabel(t2, 'GUEST_RIP')!.description).toContain('changed');
  });

  it('changes are also found by diffing when the adapter does not mark them', () => {
    const history: VmcsHistory = new Map();
    rememberVmcs([l0(stop1)], history);
    const unmarked: VmcsResponseBody = { ...stop2, groups: stop2.groups!.map((g) => ({ ...g, fields: g.fields.map((f) => ({ ...f, changed: false })) })) };
    const t = vmcsViewModel([l0(unmarked)], history);
    expect(byLabel(t, 'VM_EXIT_REASON')!.highlight).toBe(true);
    expect(byLabel(t, 'HOST_RIP')!.highlight).toBe(false);
  });

  it('a guest hypervisor\'s reconstructed VMCS is a second, read-only root', () => {
    const hw: VmcsResponseBody = nested.stops[0]['vmx/vmcs'];
    const v12: VmcsResponseBody = nested.requests['vmx/vmcs level 1'];
    const tree = vmcsViewModel([l0(hw), { level: 1, address: v12.address!, role: 'vmcs12', body: v12, editable: false, current: true }], new Map());
    expect(tree.map((t) => t.label)).toEqual([`L0 vmcs01 @ ${hw.address}`, 'L1 vmcs12 @ 0x401000']);
    const l1rip = find([tree[1]], (n) => n.label === 'GUEST_RIP')!;
    expect(l1rip.contextValue).not.toContain('editable');
  });

  it('unavailable VMCS and notes', () => {
    const t = vmcsViewModel([{ level: 1, address: '0x401000', body: { available: false, reason: 'not reconstructed' }, editable: false }], new Map(), 'a note');
    expect(t[0].children![0].label).toBe('not reconstructed');
    expect(t[1].label).toBe('a note');
    expect(vmcsViewModel([], new Map())[0].label).toBe('no VMCS');
  });

  it('helpers', () => {
    expect(bitChildren('x', 'GUEST_RFLAGS', 0x202n)!.find((c) => c.label === 'IF')!.description).toBe('1');
    expect(bitChildren('x', 'GUEST_RIP', 1n)).toBeUndefined();
    expect(isAddressField('HOST_GDTR_BASE')).toBe(true);
    expect(isAddressField('GUEST_ES_LIMIT')).toBe(false);
  });
});

describe('live VMCS hover value', () => {
  it('reads the field from the current VMCS of the stop; unavailable VMCSs and unknown fields give nothing', () => {
    const body: VmcsResponseBody = firstGuest.stops[1]['vmx/vmcs'];
    const other: VmcsSource = { level: 1, address: '0x401000', role: 'vmcs12', current: false, body: { available: false, reason: 'not observed' }, editable: false };
    const hit = liveVmcsValue([other, l0(body)], 'VM_EXIT_REASON')!;
    expect(hit.field.value).toBe('0x0000001e');
    expect(hit.field.decoded).toEqual(['IO_INSTRUCTION (30)']);
    expect(hit.where).toBe('L0 vmcs01 @ 0x201000');
    expect(liveVmcsValue([other], 'GUEST_RIP')).toBeUndefined();
    expect(liveVmcsValue([l0(body)], 'NOT_A_FIELD')).toBeUndefined();
  });
});

describe('VM exits view model', () => {
  it('newest first, level arrow, reason, decoded qualification, guest RIP', () => {
    const body: ExitsResponseBody = ept.stops[0]['vmx/exits'];
    const rows = exitsViewModel(body);
    expect(rows[0].label).toBe('L1 → L0  EPT_VIOLATION');
    expect(rows[0].description).toMatch(/read.*rip 0x100157/i);
    expect(rows[1].label).toBe('L1 → L0  CPUID');
    const q = byLabel([rows[0]], 'qualification')!;
    expect(q.children!.length).toBeGreaterThan(3);
    expect(rows[0].data).toMatchObject({ guestRip: '0x100157', hostRip: expect.stringMatching(/^0x/) });
    expect(byLabel([rows[0]], 'guest-physical address')!.description).toBe('0x300000');
  });

  it('I/O qualification and levels from the nested example', () => {
    const body: ExitsResponseBody = nested.stops[0]['vmx/exits'];
    const rows = exitsViewModel(body);
    expect(rows[0].label).toContain('IO_INSTRUCTION');
    expect(rows[0].description).toMatch(/OUT.*0xe9/i);
    expect(rows.length).toBe(Math.min(body.exits.length, 200) + (body.total > body.exits.length ? 1 : 0));
    expect(levelArrow({ fromLevel: 2, toLevel: 1 })).toBe('L2 → L1');
  });

  it('bounded, with a note about older exits; empty history', () => {
    const body: ExitsResponseBody = nested.stops[0]['vmx/exits'];
    const rows = exitsViewModel(body, 3);
    expect(rows).toHaveLength(4);
    expect(rows[3].label).toMatch(/older exits not shown/);
    expect(exitsViewModel({ total: 0, exits: [] })[0].label).toBe('no VM exits yet');
    expect(qualificationSummary(10, '0x0')).toBe('');
    expect(qualificationSummary(28, '0x4')).toMatch(/CR4/);
  });
});

describe('EPT view model', () => {
  const tables: EptTableBody[] = ept.requests['vmx/ept'];
  const eptp = tables[0].eptp!;

  it('root from the EPTP with walk length and memory type', () => {
    const r = eptRoot(eptp, 'L0 vmcs01');
    expect(r.label).toBe(`EPTP ${eptp}`);
    expect(r.description).toMatch(/PML4 at 0x210000, WB, 4-level$/);
    expect(r.lazy).toBe(true);
    expect(r.data).toMatchObject({ table: '0x210000', tableLevel: 4 });
  });

  it('PML4E -> PDPTE -> PDE (2-MiB pages) -> PTE with permissions, memory type, A/D', () => {
    const pml4 = eptTableChildren('r', tables[0], 0n, eptp);
    expect(pml4[0].label).toBe('PML4E[0]');
    expect(pml4[0].lazy).toBe(true);
    expect(pml4[0].data).toMatchObject({ table: '0x211000', tableLevel: 3 });
    const pd = eptTableChildren('r/0/0', tables[2], 0n, eptp);
    const large = pd.find((n) => n.label === 'PDE[0]')!;
    expect(large.lazy).toBe(false);
    expect(large.description).toMatch(/RWX WB 2 MiB page/);
    const toPt = pd.find((n) => n.label === 'PDE[1]')!;
    expect(toPt.lazy).toBe(true);
    const pt = eptTableChildren('r/0/0/1', tables[3], 0x200000n, eptp);
    const xonly = pt.find((n) => n.label === 'PTE[256]')!;
    expect(xonly.description).toMatch(/^0x300000–0x300fff → 0x300000 {2}--X WB 4 KiB page/);
    const misconf = pt.find((n) => n.label === 'PTE[258]')!;
    expect(misconf.description).toMatch(/-W-/);
  });

  it('translate: 2-MiB and 4-KiB pages, misconfiguration, not present; the faulting entry is highlighted', () => {
    const [ok, xonly, mis, np]: TranslateBody[] = ept.requests['vmx/translate'];
    const a = translationModel(ok);
    expect(a[0].description).toMatch(/host-physical 0x100000 \(2 MiB page\)/);
    expect(a[0].children!.some((c) => c.highlight)).toBe(false);
    // the execute-only page translates (the walk has no access type): down to its PTE, --X
    const b = translationModel(xonly);
    expect(b[0].children!.some((c) => c.highlight)).toBe(false);
    expect(b[0].children!.at(-1)!.label).toMatch(/^PTE\[256\] at 0x213800/);
    expect(b[0].children!.at(-1)!.description).toMatch(/--X WB 4 KiB page/);
    expect(b[0].description).toMatch(/host-physical 0x300000 \(4 KiB page\)/);
    const c = translationModel(mis);
    expect(c[0].description).toMatch(/EPT misconfiguration: PTE at 0x213810 is write-only/);
    expect(translationModel(np)[0].children!.at(-1)!.label).toMatch(/^PDPTE\[1\]/);
    expect(translationText(mis)).toContain('<-- PTE at 0x213810 is write-only');
  });

  it('input parsing and entry decoding', () => {
    expect(parseGpa('0x300000')).toBe(0x300000n);
    expect(parseGpa('300000h')).toBe(0x300000n);
    expect(parseGpa('4096')).toBe(4096n);
    expect(parseGpa('rax')).toBeUndefined();
    expect(parseGpa('0x' + 'f'.repeat(14))).toBeUndefined();
    expect(describeEptEntry(2, 0, 0xb7n, 0n)).toMatchObject({ leaf: true, text: 'RWX WB 2 MiB page' });
  });
});

describe('Nesting view model and status bar', () => {
  it('levels L0..L2 with mode, current VMCS and resume points', () => {
    const lv: LevelsResponseBody = nested.requests['vmx/levels'];
    const rows = nestingFromLevels(lv);
    expect(rows.map((r) => r.label)).toEqual(['L0  ◀ stopped here', 'L1', 'L2']);
    expect(rows[1].description).toMatch(/guest hypervisor, VMCS 0x401000, resumes at 0x1024a8/);
    expect(byLabel([rows[2]], 'resumes at')!.description).toMatch(/0x10000c/);
    expect(statusText(nested.stops[0]['vmx/state'], lv)).toBe('$(layers) L0 root · 64-bit');
  });

  it('falls back to vmx/state and says what is missing', () => {
    const st: VmxStateBody = firstGuest.stops[0]['vmx/state'];
    const rows = nestingFromState(st);
    expect(rows[0].label).toMatch(/^L0/);
    expect(rows.at(-1)!.label).toMatch(/not available from this adapter \(needs the 'vmx\/levels' request\)/);
    // an adapter that has vmx/levels but failed it: its message, not "not available"
    expect(nestingFromState(st, 'target is running').at(-1)!.label).toBe("levels beyond L1: 'vmx/levels' failed: target is running");
    expect(nestingFromState({ ...st, vmxSupported: false })[0].label).toBe('this machine has no VMX');
    expect(statusText(undefined)).toBe('$(debug) VMX');
    expect(statusText({ ...st, operation: 'non-root', level: 1 })).toBe('$(layers) L1 non-root · 64-bit');
  });
});
