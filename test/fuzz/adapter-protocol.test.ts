// The adapter on stdio (`vmxdbg dap`) under broken input: malformed JSON, broken Content-Length framing,
// fragmented and coalesced frames, requests with wrong field types, floods of requests while the guest
// runs. Everything that is a request gets a response; framing errors are reported on the console; the
// adapter keeps answering afterwards. (test/dap/robustness.test.ts covers bad arguments of each request.)
import { describe, it, expect, beforeAll, afterEach } from 'vitest';
import { join } from 'node:path';
import type { DebugProtocol } from '@vscode/debugprotocol';
import { RawDap } from './raw-dap';
import { ensureFuzzBuilt, ROOT, runFuzz, failuresOf } from './helpers';

const LOOP = join(ROOT, 'test/dap/fixtures/loop.asm');
const INIT = { adapterID: 'vmx', linesStartAt1: true, columnsStartAt1: true, pathFormat: 'path' };

let dap: RawDap;
beforeAll(() => ensureFuzzBuilt(), 180_000);
afterEach(async () => { await dap?.close(); });

async function responsive(d: RawDap): Promise<void> {
  const r = await d.request('initialize', INIT);
  expect(r.success).toBe(true);
  expect(d.alive()).toBe(true);
}

async function launchStopped(d: RawDap, program = LOOP): Promise<void> {
  await d.request('initialize', INIT);
  const stopped = d.event('stopped');
  const launched = d.request('launch', { program, stopOnEntry: true });
  await d.request('configurationDone', {});
  expect((await launched).success).toBe(true);
  await stopped;
}

describe('malformed messages', () => {
  it('reports invalid JSON and non-object messages and keeps answering', async () => {
    dap = new RawDap();
    for (const body of ['{not json', '[]', '42', 'null', '"text"', '{"type":"request"', '\u0000\u0001\u0002', '{}']) dap.write(RawDap.frame(body));
    await responsive(dap);
    expect(dap.output()).toMatch(/ignored a malformed protocol message/);
  });

  it('answers requests whose fields have the wrong types', async () => {
    dap = new RawDap();
    await dap.request('initialize', INIT);
    const bad: object[] = [
      { type: 'request', command: 42 }, { type: 'request' }, { type: 'request', command: 'threads', arguments: 'str' },
      { type: 'request', command: 'evaluate', arguments: [1, 2] }, { type: 'request', command: 'launch', arguments: null },
      { type: 'request', command: 'setBreakpoints', arguments: { source: [], breakpoints: {} } },
      { type: 'request', command: 'launch', arguments: { program: { path: LOOP } } },
    ];
    const seqs = bad.map((m) => { const seq = dap.nextSeq(); dap.write(RawDap.frame({ seq, ...m })); return seq; });
    const answers = await Promise.all(seqs.map((s) => dap.responseTo(s)));
    for (const a of answers) expect(a.message ?? '').not.toMatch(/internal error/);
    expect(answers.filter((a) => !a.success).length).toBeGreaterThanOrEqual(5);
    // messages that are not requests are ignored
    dap.write(RawDap.frame({ seq: 1, type: 'response', request_seq: 77, success: true, command: 'x' }));
    dap.write(RawDap.frame({ seq: 2, type: 'event', event: 'stopped' }));
    dap.write(RawDap.frame({ seq: 'x', type: 'request', command: 'threads' }));
    await responsive(dap);
  });
});

describe('broken framing', () => {
  const cases: [string, () => string][] = [
    ['non-numeric Content-Length', () => 'Content-Length: abc\r\n\r\n{}'],
    ['negative Content-Length', () => 'Content-Length: -5\r\n\r\n'],
    ['Content-Length over the limit', () => 'Content-Length: 100000000000000000000\r\n\r\n'],
    ['header without Content-Length', () => 'Content-Type: application/json\r\n\r\n'],
    ['garbage before a header', () => 'GET / HTTP/1.1\r\nHost: x\r\n\r\n'],
    ['binary garbage', () => Buffer.from(Array.from({ length: 300 }, (_, i) => (i * 73) & 0xff)).toString('latin1') + '\r\n\r\n'],
    ['Content-Length too long for its body', () => `Content-Length: 200\r\n\r\n{"seq":1,"type":"request","command":"threads"}${RawDap.frame({ seq: 2, type: 'request', command: 'threads' })}`],
    ['Content-Length too short for its body', () => `Content-Length: 5\r\n\r\n{"seq":1,"type":"request","command":"threads"}`],
  ];
  it.each(cases)('resynchronises after %s', async (_name, junk) => {
    dap = new RawDap();
    dap.write(junk());
    // the next well-formed requests are answered, in order
    const a = dap.nextSeq(), b = dap.nextSeq();
    dap.write(RawDap.frame({ seq: a, type: 'request', command: 'initialize', arguments: INIT }) + RawDap.frame({ seq: b, type: 'request', command: 'threads' }));
    expect((await dap.responseTo(a)).success).toBe(true);
    expect((await dap.responseTo(b)).command).toBe('threads');
    expect(dap.output()).toMatch(/ignored a malformed protocol message/);
    expect(dap.alive()).toBe(true);
  });

  it('reads frames split into single bytes and frames sent together', async () => {
    dap = new RawDap();
    const seq = dap.nextSeq();
    const bytes = Buffer.from(RawDap.frame({ seq, type: 'request', command: 'initialize', arguments: INIT }));
    for (const b of bytes) dap.write(Buffer.of(b));
    expect((await dap.responseTo(seq)).success).toBe(true);
    const seqs = Array.from({ length: 50 }, () => dap.nextSeq());
    dap.write(seqs.map((s) => RawDap.frame({ seq: s, type: 'request', command: 'threads' })).join(''));
    const answers = await Promise.all(seqs.map((s) => dap.responseTo(s)));
    expect(answers.map((r) => r.request_seq)).toEqual(seqs);
  });

  it('answers a 16 MiB request', async () => {
    dap = new RawDap();
    await launchStopped(dap);
    const r = await dap.request('evaluate', { expression: '1+'.repeat(8 << 20) + '1', context: 'repl' });
    expect(r.success).toBe(false);
    expect(r.message).not.toMatch(/internal error/);
    await responsive(dap);
  }, 60_000);
});

describe('request floods and ordering', () => {
  it('answers every request of a flood sent while the guest runs, then pauses', async () => {
    dap = new RawDap();
    await launchStopped(dap);
    const cont = await dap.request('continue', { threadId: 1 });
    expect(cont.success).toBe(true);
    const cmds: [string, object][] = [
      ['threads', {}], ['stackTrace', { threadId: 1 }], ['evaluate', { expression: 'rax', context: 'repl' }], ['scopes', { frameId: 1 }],
      ['readMemory', { memoryReference: '0x100000', count: 64 }], ['disassemble', { memoryReference: '0x100000', instructionCount: 5 }],
      ['continue', { threadId: 1 }], ['next', { threadId: 1 }], ['vmx/state', {}], ['setBreakpoints', { source: { path: LOOP }, breakpoints: [] }],
    ];
    const seqs: number[] = [];
    for (let i = 0; i < 300; i++) {
      const [command, args] = cmds[i % cmds.length];
      const seq = dap.nextSeq();
      seqs.push(seq);
      dap.write(RawDap.frame({ seq, type: 'request', command, arguments: args }));
    }
    const answers = await Promise.all(seqs.map((s) => dap.responseTo(s)));
    for (const a of answers) expect(a.message ?? '').not.toMatch(/internal error/);
    // inspection while running is refused with a reason; setBreakpoints works at any time
    expect(answers.find((a) => a.command === 'stackTrace')!.message).toMatch(/running/);
    expect(answers.filter((a) => a.command === 'setBreakpoints').every((a) => a.success)).toBe(true);
    const stopped = dap.event('stopped', 1);
    expect((await dap.request('pause', { threadId: 1 })).success).toBe(true);
    expect(((await stopped) as DebugProtocol.StoppedEvent).body.reason).toBe('pause');
    expect((await dap.request('stackTrace', { threadId: 1 })).success).toBe(true);
  });

  it('answers requests after terminate with errors and exits cleanly on disconnect', async () => {
    dap = new RawDap();
    await launchStopped(dap);
    const term = dap.event('terminated');
    await dap.request('terminate', {});
    await term;
    for (const c of ['stackTrace', 'continue', 'evaluate', 'readMemory', 'vmx/vmcs']) {
      const r = await dap.request(c, { threadId: 1, expression: 'rax', memoryReference: '0', count: 1 });
      expect(r.success, c).toBe(false);
      expect(r.message, c).toMatch(/terminated/);
    }
    expect((await dap.request('threads', {})).success).toBe(true);
    const exited = new Promise<number | null>((r) => dap.proc.on('exit', (code) => r(code)));
    await dap.request('disconnect', {});
    expect(await exited).toBe(0);
  });
});

describe('random request sequences', () => {
  it('every request of seeded random sequences is answered without an internal error', () => {
    const r = runFuzz(['--targets', 'dap', '--seed', '20261123', '--inputs', '10', '--no-save'], 600_000);
    expect(r.failed, failuresOf(r)).toBe(0);
    expect(r.targets.dap.tried).toBe(10);
  }, 600_000);
});
