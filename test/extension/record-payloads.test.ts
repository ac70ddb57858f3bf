/**
 * Records the adapter payloads the view-model tests use (test/extension/fixtures/*.json) by running
 * the real adapter in-process on the examples. Runs only with RECORD_PAYLOADS=1:
 *
 *     RECORD_PAYLOADS=1 npx vitest run test/extension/record-payloads.test.ts
 *
 * Every payload is the adapter's own answer: `vmx/state`, `vmx/vmcs` and `vmx/exits` at each stop, and
 * under `requests` the EPT tables along one walk (`vmx/ept`), translations (`vmx/translate`), the
 * nesting levels (`vmx/levels`) and L1's reconstructed VMCS (`vmx/vmcs` with a level).
 */
import { describe, it } from 'vitest';
import { writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { InProcessClient } from '../../debug-adapter/inprocess-client';
import type { EptTableBody } from '../../extension/src/model/requests';

const root = join(__dirname, '..', '..');
const out = join(__dirname, 'fixtures');

async function body<T>(c: InProcessClient, command: string, args?: unknown): Promise<T> {
  return (await c.request(command, args)).body as T;
}

/** Address of the next table in a non-leaf EPT entry (bits 51:12). */
const nextTable = (entry: string) => '0x' + (BigInt(entry) & 0x000ffffffffff000n).toString(16);

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
    const pml4 = await body<EptTableBody>(c, 'vmx/ept', {});
    const eptp = pml4.eptp!;
    // PML4 -> PDPT -> PD (first present entries), then the page table behind PDE 1 (0x200000-0x3fffff: the example's 4-KiB pages)
    const pdpt = await body<EptTableBody>(c, 'vmx/ept', { eptp, table: nextTable(pml4.entries![0].value), tableLevel: 3 });
    const pd = await body<EptTableBody>(c, 'vmx/ept', { eptp, table: nextTable(pdpt.entries![0].value), tableLevel: 2 });
    const pde = pd.entries!.find((x) => x.index === 1)!;
    const pt = await body<EptTableBody>(c, 'vmx/ept', { eptp, table: nextTable(pde.value), tableLevel: 1 });
    const translate = [];
    for (const gpa of ['0x100000', '0x300000', '0x302000', '0x40000000']) translate.push(await body(c, 'vmx/translate', { gpa, eptp }));
    const requests = { 'vmx/ept': [pml4, pdpt, pd, pt], 'vmx/translate': translate };
    save('ept.json', { program: 'examples/05-ept/ept.asm', stops: [snap], requests });
    await c.close();
  });

  it('06-nested: first exit while L2 runs', async () => {
    const c = new InProcessClient();
    await stopAt(c, 'examples/06-nested/nested.asm', ['exit:IO_INSTRUCTION'], 1);
    const snap = await snapshot(c);
    const requests = { 'vmx/levels': await body(c, 'vmx/levels'), 'vmx/vmcs level 1': await body(c, 'vmx/vmcs', { level: 1 }) };
    save('nested.json', { program: 'examples/06-nested/nested.asm', stops: [snap], requests });
    await c.close();
  });
});
