/** Exit-breakpoint picker, launch-configuration resolution, inline values, hex dump; and the models fed live by the adapter. */
import { describe, it, expect } from 'vitest';
import { join } from 'node:path';
import { exitReasonItems, levelItems, exitBreakpointName, parseExitBreakpointName, mergeExceptionFilters } from '../../extension/src/model/breakpoints';
import { resolveConfiguration, initialConfigurations, isAsmPath } from '../../extension/src/model/config';
import { inlineRegisterRefs, codePart } from '../../extension/src/model/inline-values';
import { hexDump } from '../../extension/src/model/hexdump';
import { vmcsViewModel, VmcsHistory, rememberVmcs } from '../../extension/src/model/vmcs';
import { exitsViewModel } from '../../extension/src/model/exits';
import { nestingFromState } from '../../extension/src/model/nesting';
import { parseExitBreakpoint } from '../../debug-adapter/exit-breakpoints';
import { InProcessClient } from '../../debug-adapter/inprocess-client';
import type { VmcsResponseBody, ExitsResponseBody, VmxStateBody } from '../../extension/src/model/requests';

describe('exit-reason breakpoints', () => {
  it('offers every non-reserved exit reason plus "*", searchable by number and alias', () => {
    const items = exitReasonItems();
    expect(items[0].value).toBe('*');
    expect(items.find((i) => i.label === 'EPT_VIOLATION')!.description).toMatch(/^48/);
    expect(items.find((i) => i.label === 'MSR_READ')!.description).toMatch(/RDMSR/);
    expect(items.some((i) => i.label.startsWith('RESERVED'))).toBe(false);
    expect(items.length).toBe(1 + 78 - 4);
  });
  it('builds names the adapter parses (syntax of protocol.ts)', () => {
    const levels = levelItems();
    expect(levels.map((l) => l.value)).toEqual(['', 'from L1', 'from L2', 'from L3', 'to L0', 'to L1', 'to L2']);
    for (const it of exitReasonItems()) {
      for (const l of levels) {
        const name = exitBreakpointName(it.value, l.value);
        expect(() => parseExitBreakpoint(name)).not.toThrow();
        expect(parseExitBreakpointName(name)).toBeDefined();
      }
    }
    expect(exitBreakpointName('CPUID', 'from L2')).toBe('exit:CPUID from L2');
    expect(parseExitBreakpointName('exit:EPT_VIOLATION from L2 to L1')).toEqual({ reason: 'EPT_VIOLATION', from: 2, to: 1 });
    expect(parseExitBreakpointName('vmexit_handler')).toBeUndefined();
  });
  it('failure toggles add their filters to the BREAKPOINTS view\'s', () => {
    expect(mergeExceptionFilters({ filters: ['magic'] }, ['vmx-failure'])).toEqual({ filters: ['magic', 'vmx-failure'] });
    expect(mergeExceptionFilters(undefined, ['entry-failure'])).toEqual({ filters: ['entry-failure'] });
    expect(mergeExceptionFilters({ filters: [], filterOptions: [{ filterId: 'vmx-failure' }] }, ['vmx-failure'])).toEqual({ filters: [], filterOptions: [{ filterId: 'vmx-failure' }] });
  });
});

describe('debug configuration', () => {
  const asm = { path: '/w/examples/02-first-guest/first-guest.asm', languageId: 'vmx-asm' };
  it('F5 without launch.json debugs the open .asm file', () => {
    const r = resolveConfiguration({}, asm);
    expect(r).toEqual({ config: { type: 'vmx', request: 'launch', name: 'VMX: debug current file', program: asm.path, stopOnEntry: true } });
  });
  it('refuses without an assembly file or program, fills defaults, rejects attach', () => {
    expect(resolveConfiguration({}, { path: '/w/readme.md', languageId: 'markdown' })).toHaveProperty('error');
    expect(resolveConfiguration({}, undefined)).toHaveProperty('error');
    expect(resolveConfiguration({ type: 'vmx', request: 'launch', name: 'x' }, undefined)).toHaveProperty('error');
    expect(resolveConfiguration({ type: 'vmx', request: 'attach', name: 'x', program: 'a.asm' }, undefined)).toHaveProperty('error');
    expect(resolveConfiguration({ type: 'vmx', request: 'launch', name: 'x', program: '${file}' }, undefined)).toEqual({ config: { type: 'vmx', request: 'launch', name: 'x', program: '${file}' } });
    expect(initialConfigurations()[0]).toMatchObject({ type: 'vmx', program: '${file}' });
    expect(isAsmPath('a.NASM') && isAsmPath('x.inc') && isAsmPath('y.s') && !isAsmPath('z.c')).toBe(true);
  });
});

describe('inline values', () => {
  it('registers of the current block, not in comments or strings, once per line', () => {
    const lines = [
      'other:', '  mov rax, 1',
      'print_str:', '        push    rax', '        mov     dx, 0xE9   ; rax in a comment', '.next:  lodsb', "        cmp al, 'rax'", '        out dx, al',
    ];
    const refs = inlineRegisterRefs(lines, 7);
    expect(refs.map((r) => `${r.line}:${r.name}`)).toEqual(['3:rax', '4:dx', '6:al', '7:dx', '7:al']);
    expect(refs[0]).toMatchObject({ start: 16, end: 19 });
    expect(codePart("mov al, ';' ; c")).toBe("mov al, ';' ");
  });
});

describe('hex dump', () => {
  it('16 bytes a row with ASCII, aligned rows, unreadable note', () => {
    const d = hexDump(0x100002n, new Uint8Array([0x48, 0x69, 0, 0xff]), 12);
    expect(d.split('\n')[0]).toBe('0000000000100000        48 69 00 ff                                 |  Hi..          |');
    expect(d).toContain('12 bytes after these are not readable');
  });
});

describe('models fed by the live adapter (in-process, examples/02-first-guest)', () => {
  it('VMCS, exits and nesting build from real responses at two stops', async () => {
    const c = new InProcessClient();
    try {
      await c.request('initialize', { adapterID: 'vmx', linesStartAt1: true, columnsStartAt1: true, pathFormat: 'path' });
      const init = c.waitFor('initialized');
      const launched = c.request('launch', { program: join(__dirname, '..', '..', 'examples', '02-first-guest', 'first-guest.asm') });
      await init;
      await c.request('setFunctionBreakpoints', { breakpoints: [{ name: 'exit:CPUID' }, { name: 'exit:MSR_READ' }] });
      let stopped = c.waitFor('stopped');
      await c.request('configurationDone');
      await launched;
      await stopped;
      const history: VmcsHistory = new Map();
      const v1 = (await c.request('vmx/vmcs', {})).body as VmcsResponseBody;
      const src = (b: VmcsResponseBody) => [{ level: 0, address: b.address!, body: b, editable: true, current: true }];
      vmcsViewModel(src(v1), history);
      rememberVmcs(src(v1), history);
      stopped = c.waitFor('stopped');
      await c.request('continue', { threadId: 1 });
      await stopped;
      const v2 = (await c.request('vmx/vmcs', {})).body as VmcsResponseBody;
      const tree = vmcsViewModel(src(v2), history);
      const json = JSON.stringify(tree);
      expect(json).toContain('MSR_READ');
      expect(json).toContain('● changed');
      const exits = exitsViewModel((await c.request('vmx/exits', {})).body as ExitsResponseBody);
      expect(exits[0].label).toMatch(/MSR_READ/);
      expect(exits.some((e) => /CPUID/.test(e.label))).toBe(true);
      const nest = nestingFromState((await c.request('vmx/state')).body as VmxStateBody);
      expect(nest[0].label).toMatch(/^L0/);
      // an unknown command is answered as such: what the views' fallback for other adapters keys on
      expect(await c.request('vmx/no-such-request', {}).then(() => null, (e: Error) => e.message)).toMatch(/unknown request/i);
    } finally {
      await c.close();
    }
  });
});
