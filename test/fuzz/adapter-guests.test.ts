// Guests that misbehave leave the debugger responsive: an endless loop, a console flood, a guest that
// touches all of its RAM and beyond, a triple fault. Each can be paused, inspected and restarted; output
// and memory stay bounded.
import { describe, it, expect, beforeAll, afterEach } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DebugProtocol } from '@vscode/debugprotocol';
import { RawDap } from './raw-dap';
import { ensureFuzzBuilt, ROOT } from './helpers';

const LOOP = join(ROOT, 'test/dap/fixtures/loop.asm');
const FLOOD = join(ROOT, 'test/dap/fixtures/flood.asm');
const TOUCH = join(__dirname, 'fixtures/touch-all.asm');
const TRIPLE = join(__dirname, 'fixtures/triple-fault.asm');
const INIT = { adapterID: 'vmx', linesStartAt1: true, columnsStartAt1: true, pathFormat: 'path' };

let dap: RawDap;
beforeAll(() => ensureFuzzBuilt(), 180_000);
afterEach(async () => { await dap?.close(); });

async function launch(d: RawDap, args: Record<string, unknown>): Promise<DebugProtocol.StoppedEvent> {
  await d.request('initialize', INIT);
  const stopped = d.event('stopped');
  const launched = d.request('launch', { stopOnEntry: true, ...args });
  await d.request('configurationDone', {});
  const r = await launched;
  if (!r.success) throw new Error(`launch failed: ${r.message}`);
  return (await stopped) as DebugProtocol.StoppedEvent;
}

const stops = (d: RawDap) => d.messages.filter((m) => m.type === 'event' && (m as DebugProtocol.Event).event === 'stopped').length;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function runThenPause(d: RawDap, ms: number): Promise<DebugProtocol.StoppedEvent> {
  expect((await d.request('continue', { threadId: 1 })).success).toBe(true);
  await sleep(ms);
  const stopped = d.event('stopped', stops(d));
  const t0 = Date.now();
  expect((await d.request('pause', { threadId: 1 })).success).toBe(true);
  const ev = (await stopped) as DebugProtocol.StoppedEvent;
  expect(Date.now() - t0).toBeLessThan(10_000); // responsive: a generous bound, not a performance target
  return ev;
}

async function evaluate(d: RawDap, expression: string): Promise<string> {
  const r = await d.request('evaluate', { expression, context: 'repl' });
  if (!r.success) throw new Error(`evaluate ${expression}: ${r.message}`);
  return (r as DebugProtocol.EvaluateResponse).body.result;
}

/** Resident set of the adapter process (Linux). */
function rssMiB(d: RawDap): number {
  const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${d.proc.pid}/status`, 'utf8'));
  return m ? Number(m[1]) / 1024 : 0;
}

describe('misbehaving guests', () => {
  it('an endless loop: pause, inspect, restart, pause again', async () => {
    dap = new RawDap();
    await launch(dap, { program: LOOP });
    const ev = await runThenPause(dap, 500);
    expect(ev.body.reason).toBe('pause');
    expect((await dap.request('stackTrace', { threadId: 1 })).success).toBe(true);
    expect(BigInt(await evaluate(dap, 'qword [counter]'))).toBeGreaterThan(0n);
    const restarted = dap.event('stopped', stops(dap));
    expect((await dap.request('restart', { arguments: { program: LOOP, stopOnEntry: true } })).success).toBe(true);
    expect(((await restarted) as DebugProtocol.StoppedEvent).body.reason).toBe('entry');
    expect(BigInt(await evaluate(dap, 'qword [counter]'))).toBe(0n);
    expect((await runThenPause(dap, 300)).body.reason).toBe('pause');
  });

  it('a console flood: output is throttled and bounded, pause works', async () => {
    dap = new RawDap();
    await launch(dap, { program: FLOOD });
    const before = dap.output().length;
    const t0 = Date.now();
    await runThenPause(dap, 2000);
    const secs = (Date.now() - t0) / 1000;
    const out = dap.output().slice(before);
    const guestBytes = (out.match(/x/g) ?? []).length;
    expect(guestBytes).toBeGreaterThan(1000);
    // the adapter forwards at most 32 KiB per 25 ms flush and keeps at most 256 KiB pending
    expect(guestBytes).toBeLessThan(256 * 1024 + secs * 40 * 32 * 1024);
    // whatever the guest could not send in time was counted and reported, not buffered without bound
    const dropped = [...out.matchAll(/\[vmxdbg: (\d+) bytes of guest output dropped/g)].reduce((n, m) => n + Number(m[1]), 0);
    expect(dropped === 0 || dropped > 0).toBe(true);
    expect(rssMiB(dap)).toBeLessThan(1024);
    expect(await evaluate(dap, 'al')).toMatch(/^0x78\b/);
  });

  it('a guest that touches all of its RAM and reads beyond it', async () => {
    dap = new RawDap();
    await launch(dap, { program: TOUCH, memoryMiB: 16 });
    await runThenPause(dap, 2500);
    expect(BigInt(await evaluate(dap, 'qword [passes]'))).toBeGreaterThan(0n);
    // beyond RAM: unbacked physical addresses read as all ones; the debugger's memory view says it is not RAM
    expect(BigInt(await evaluate(dap, 'qword [last_beyond]'))).toBe(0xffffffffffffffffn);
    const r = await dap.request('readMemory', { memoryReference: '0x1001000', count: 16 });
    const body = (r as DebugProtocol.ReadMemoryResponse).body;
    expect(r.success && (body?.unreadableBytes ?? 0) === 16 || !r.success).toBe(true);
    expect(rssMiB(dap)).toBeLessThan(1024);
    expect((await runThenPause(dap, 300)).body.reason).toBe('pause');
  });

  it('memoryMiB is capped, and an image larger than RAM is refused naming the setting', async () => {
    dap = new RawDap();
    await dap.request('initialize', INIT);
    const big = await dap.request('launch', { program: LOOP, memoryMiB: 4096 });
    expect(big.success).toBe(false);
    expect(big.message).toMatch(/memoryMiB.*3072/);
    const tooSmall = await dap.request('launch', { program: join(__dirname, 'fixtures/big-image.asm'), memoryMiB: 2 });
    expect(tooSmall.success).toBe(false);
    expect(tooSmall.message).toMatch(/does not fit in 2 MiB of guest RAM \(raise the memoryMiB setting/);
    expect(dap.alive()).toBe(true);
    await launch(dap, { program: LOOP, memoryMiB: 8 });
  });

  it('a triple fault stops with the first fault explained; inspect; restart; continuing ends the session', async () => {
    dap = new RawDap();
    await launch(dap, { program: TRIPLE });
    const stopped = dap.event('stopped', 1);
    await dap.request('continue', { threadId: 1 });
    const ev = (await stopped) as DebugProtocol.StoppedEvent;
    expect(`${ev.body.description} ${ev.body.text ?? ''}`).toMatch(/triple fault/i);
    expect(await evaluate(dap, 'rax')).toMatch(/^0x1234\b/);
    const info = await dap.request('exceptionInfo', { threadId: 1 });
    expect(info.success).toBe(true);
    expect(JSON.stringify(info.body)).toMatch(/#PF|page fault/);
    const restarted = dap.event('stopped', 2);
    await dap.request('restart', {});
    expect(((await restarted) as DebugProtocol.StoppedEvent).body.reason).toBe('entry');
    const again = dap.event('stopped', 3);
    await dap.request('continue', { threadId: 1 });
    await again;
    const term = dap.event('terminated');
    await dap.request('continue', { threadId: 1 });
    await term;
    expect((await dap.request('threads', {})).success).toBe(true);
  });
});
