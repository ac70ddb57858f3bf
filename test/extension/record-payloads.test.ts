/**
 * Records the adapter payloads the view-model tests use (test/extension/fixtures/*.json) by running
 * the real adapter in-process on the examples. Runs only with RECORD_PAYLOADS=1:
 *
 *     RECORD_PAYLOADS=1 npx vitest run test/extension/record-payloads.test.ts
 *
 * `vmx/state`, `vmx/vmcs` and `vmx/exits` are recorded as the adapter answers them. The requests the
 * adapter does not have yet (`vmx/levels`, `vmx/ept`, `vmx/translate`, `vmx/vmcs` of a guest
 * hypervisor's VMCS) are built here from the same session's emulator state in the shapes of
 * extension/src/model/requests.ts, and stored under `synthesized` so nobody mistakes them for
 * adapter output.
 */
import { describe, it } from 'vitest';
import { writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { InProcessClient } from '../../debug-adapter/inprocess-client';
import type { VmxRuntime } from '../../debug-adapter/runtime';
import { eptTranslateForDebugger } from '../../emulator/vmx/ept';
import { VMCS_FIELDS, SDM_GROUPS, vmcsFieldSupported } from '../../emulator/vmx/arch';
import type { EptTableBody, LevelsResponseBody, TranslateBody, VmcsResponseBody } from '../../extension/src/model/requests';

const root = join(__dirname, '..', '..');
const out = join(__dirname, 'fixtures');
const hex = (v: number | bigint) => '0x' + BigInt.asUintN(64, BigInt(v)).toString(16);

function rtOf(c: InProcessClient): VmxRuntime {
  return (c.session as unknown as { runtime: VmxRuntime }).runtime;
}

function eptTable(rt: VmxRuntime, table: number, tableLevel: number, eptp: number): EptTableBody {
  const entries: { index: number; value: string }[] = [];
  for (let i = 0; i < 512; i++) {
    const lo = rt.machine.mem.read32(table + i * 8) >>> 0, hi = rt.machine.mem.read32(table + i * 8 + 4) >>> 0;
    const v = (BigInt(hi) << 32n) | BigInt(lo);
    if (v) entries.push({ index: i, value: '0x' + v.toString(16).padStart(16, '0') });
  }
  return { available: true, eptp: hex(eptp), table: hex(table), tableLevel, entries };
}

function translate(rt: VmxRuntime, eptp: number, gpa: number, access?: 'read' | 'write' | 'execute'): TranslateBody {
  const r = eptTranslateForDebugger(rt.vmx!, eptp, gpa);
  const names = ['PML4E', 'PDPTE', 'PDE', 'PTE'];
  const body: TranslateBody = {
    ok: r.ok, eptp: hex(eptp), gpa: hex(gpa), steps: r.steps.map((s) => ({ name: names[s.level], level: 4 - s.level, entryAddress: hex(s.address), value: '0x' + s.entry.toString(16).padStart(16, '0') })),
    ...(r.ok ? { hpa: hex(r.hpa!), pageSize: r.pageSize } : {}), ...(r.problem ? { problem: r.problem } : {}), ...(r.misconfig ? { misconfig: true } : {}),
  };
  if (r.ok && access && !(access === 'read' ? r.r : access === 'write' ? r.w : r.x)) {
    body.ok = false;
    body.problem = `EPT does not allow ${access === 'read' ? 'reads' : access === 'write' ? 'writes' : 'instruction fetches'} at guest-physical ${hex(gpa)}`;
    delete body.hpa;
  }
  return body;
}

function levels(rt: VmxRuntime): LevelsResponseBody {
  const n = rt.machine.nesting!;
  const rep = rt.machine.nestingReport()!;
  return {
    current: rep.level,
    levels: n.levels().map((l) => ({
      level: l.level, mode: l.mode, running: l.running, inVmx: l.inVmx,
      ...(l.vmxonPtr !== null ? { vmxonPointer: hex(l.vmxonPtr) } : {}),
      ...(l.currentVmcs !== null ? { currentVmcs: hex(l.currentVmcs) } : {}),
      vmcss: l.level === 0
        ? (rt.vmx!.current ? [{ address: hex(rt.vmx!.current.address), role: 'current', launched: rt.vmx!.current.launched, current: true }] : [])
        : l.vmcss.map((v) => ({ address: hex(v.address), role: `vmcs${l.level}${l.level + 1}`, launched: v.launched, current: v.address === l.currentVmcs })),
      ...(l.hardwareVmcs !== null ? { hardwareVmcs: hex(l.hardwareVmcs) } : {}),
      ...(l.resumesAt ? { resumesAt: { rip: hex(l.resumesAt.rip), ...(l.resumesAt.rsp !== undefined ? { rsp: hex(l.resumesAt.rsp) } : {}), from: l.resumesAt.from } } : {}),
    })),
  };
}

function reconstructedVmcs(rt: VmxRuntime, level: number): VmcsResponseBody {
  const l = rt.machine.nesting!.levels().find((x) => x.level === level);
  const v = l?.vmcs;
  if (!v) return { available: false, reason: `L${level} has no current VMCS` };
  const caps = rt.vmx!.caps;
  const groups = SDM_GROUPS.map((g) => ({
    name: g as string,
    fields: VMCS_FIELDS.filter((f) => f.sdmGroup === g && v.fields.has(f.encoding) && vmcsFieldSupported(f, caps)).map((f) => ({
      name: f.name, encoding: f.encoding, group: g, width: f.width, type: f.type, readOnly: f.readOnly, supported: true,
      value: '0x' + v.fields.get(f.encoding)!.toString(16).padStart(f.width === '16' ? 4 : f.width === '32' ? 8 : 16, '0'), changed: false, description: f.description,
    })),
  })).filter((g) => g.fields.length);
  return { available: true, address: hex(v.address), launchState: v.launched ? 'launched' : 'clear', level, groups };
}

async function stopAt(c: InProcessClient, program: string, bps: string[], stops: number): Promise<void> {
  await c.request('initialize', { adapterID: 'vmx', linesStartAt1: true, columnsStartAt1: true, pathFormat: 'path' });
  const init = c.waitFor('initialized');
  const launched = c.request('launch', { program: join(root, program) });
  await init;
  await c.request('setFunctionBreakpoints', { breakpoints: bps.map((name) => ({ name })) });
  let stopped = c.waitFor('stopped');
  await c.request('configurationDone');
  await launched;
  await stopped;
  for (let i = 1; i < stops; i++) {
    stopped = c.waitFor('stopped');
    await c.request('continue', { threadId: 1 });
    await stopped;
  }
}

async function snapshot(c: InProcessClient): Promise<Record<string, unknown>> {
  const st = await c.request('stackTrace', { threadId: 1 });
  return {
    stackTrace: st.body,
    'vmx/state': (await c.request('vmx/state')).body,
    'vmx/vmcs': (await c.request('vmx/vmcs', {})).body,
    'vmx/exits': (await c.request('vmx/exits', { limit: 100 })).body,
  };
}

function save(name: string, data: unknown): void {
  mkdirSync(out, { recursive: true });
  writeFileSync(join(out, name), JSON.stringify(data, null, 1) + '\n');
}

describe.skipIf(!process.env.RECORD_PAYLOADS)('record adapter payloads', () => {
  it('02-first-guest: CPUID exit, then the OUT exit', async () => {
    const c = new InProcessClient();
    await stopAt(c, 'examples/02-first-guest/first-guest.asm', ['exit:CPUID', 'exit:IO_INSTRUCTION'], 1);
    const first = await snapshot(c);
    const stopped = c.waitFor('stopped');
    await c.request('continue', { threadId: 1 });
    await stopped;
    const second = await snapshot(c);
    save('first-guest.json', { program: 'examples/02-first-guest/first-guest.asm', stops: [first, second] });
    await c.close();
  });

  it('05-ept: EPT violation', async () => {
    const c = new InProcessClient();
    await stopAt(c, 'examples/05-ept/ept.asm', ['exit:EPT_VIOLATION'], 1);
    const snap = await snapshot(c);
    const rt = rtOf(c);
    const eptpField = VMCS_FIELDS.find((f) => f.name === 'EPT_POINTER')!;
    const eptp = Number(rt.readVmcsByEncoding(eptpField.encoding));
    const pml4 = Math.floor(eptp / 4096) * 4096;
    const tables: EptTableBody[] = [eptTable(rt, pml4, 4, eptp)];
    // PML4 -> PDPT -> PD (first present entries), then the page table behind PDE 1 (0x200000-0x3fffff: the example's 4-KiB pages)
    const pdpt = eptTable(rt, Number(BigInt(tables[0].entries![0].value) & 0x000ffffffffff000n), 3, eptp);
    const pd = eptTable(rt, Number(BigInt(pdpt.entries![0].value) & 0x000ffffffffff000n), 2, eptp);
    tables.push(pdpt, pd);
    const pde = pd.entries!.find((x) => x.index === 1);
    if (pde && !(BigInt(pde.value) & 0x80n)) tables.push(eptTable(rt, Number(BigInt(pde.value) & 0x000ffffffffff000n), 1, eptp));
    const synthesized = {
      'vmx/ept': tables,
      'vmx/translate': [translate(rt, eptp, 0x100000), translate(rt, eptp, 0x300000, 'read'), translate(rt, eptp, 0x302000), translate(rt, eptp, 0x40000000)],
    };
    save('ept.json', { program: 'examples/05-ept/ept.asm', stops: [snap], synthesized });
    await c.close();
  });

  it('06-nested: first exit while L2 runs', async () => {
    const c = new InProcessClient();
    await stopAt(c, 'examples/06-nested/nested.asm', ['exit:IO_INSTRUCTION'], 1);
    const snap = await snapshot(c);
    const rt = rtOf(c);
    const synthesized = { 'vmx/levels': levels(rt), 'vmx/vmcs level 1': reconstructedVmcs(rt, 1) };
    save('nested.json', { program: 'examples/06-nested/nested.asm', stops: [snap], synthesized });
    await c.close();
  });
});
