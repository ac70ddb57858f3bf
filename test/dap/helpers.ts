// DAP test helpers: the adapter runs as a separate process (`node dist/vmxdbg.js dap`) and the tests
// talk to it over stdio with @vscode/debugadapter-testsupport's DebugClient.
import { spawn, ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { DebugClient } from '@vscode/debugadapter-testsupport';
import { buildDistWhenStale, bundleStale } from '../dist-build';
import type { DebugProtocol } from '@vscode/debugprotocol';

export const ROOT = resolve(__dirname, '../..');
export const ADAPTER = join(ROOT, 'dist/vmxdbg.js');
export const FIXTURES = join(__dirname, 'fixtures');
export const HELLO = join(ROOT, 'examples/00-hello/hello.asm');
export const FIRST_GUEST = join(ROOT, 'examples/02-first-guest/first-guest.asm');
export const GUEST = join(FIXTURES, 'guest.asm');
export const VMFAIL = join(FIXTURES, 'vmfail.asm');
export const LOOP = join(FIXTURES, 'loop.asm');
export const BAD = join(FIXTURES, 'bad.asm');
export const FLOOD = join(FIXTURES, 'flood.asm');

/**
 * Builds dist/ (npm run build) when it is missing or older than the sources it bundles. Test files run
 * in parallel workers: a lock directory makes them build once and wait for each other.
 */
export function ensureBuilt(): void {
  buildDistWhenStale(() => bundleStale(ADAPTER, ['debug-adapter', 'cli', 'emulator'], [], /\.(ts|inc)$/), 120_000);
}

/** Line number (1-based) of the line carrying `; @marker` in a fixture. */
export function lineOf(file: string, marker: string): number {
  const lines = readFileSync(file, 'utf8').split('\n');
  const i = lines.findIndex((l) => new RegExp(`@${marker.replace(/[-]/g, '\\-')}(\\s|$)`).test(l));
  if (i < 0) throw new Error(`marker @${marker} not found in ${file}`);
  return i + 1;
}

/** DebugClient connected to `node dist/vmxdbg.js dap` (spawned here: DebugClient can't pass the `dap` argument). */
export class VmxClient extends DebugClient {
  proc: ChildProcess | null = null;
  stderr = '';
  readonly events: DebugProtocol.Event[] = [];

  constructor() {
    super('node', ADAPTER, 'vmx');
    this.defaultTimeout = 15000;
  }

  startAdapter(): void {
    const p = spawn(process.execPath, [ADAPTER, 'dap'], { stdio: ['pipe', 'pipe', 'pipe'], cwd: ROOT });
    p.stderr!.on('data', (d: Buffer) => { this.stderr += d.toString(); });
    this.proc = p;
    (this as unknown as { _adapterProcess: ChildProcess })._adapterProcess = p;
    this.connect(p.stdout!, p.stdin!);
    for (const ev of ['output', 'stopped', 'terminated', 'exited', 'breakpoint', 'loadedSource', 'initialized']) {
      this.on(ev, (e: DebugProtocol.Event) => this.events.push(e));
    }
  }

  output(category?: string): string {
    return this.events.filter((e) => e.event === 'output' && (!category || e.body.category === category)).map((e) => e.body.output).join('');
  }

  /** Launches and resolves with the first `stopped` event (configurationDone is sent when `initialized` arrives). */
  async launchAndStop(args: Record<string, unknown>): Promise<DebugProtocol.StoppedEvent> {
    const [, , stopped] = await Promise.all([this.configurationSequence(), this.launch(args), this.waitForEvent('stopped')]);
    return stopped as DebugProtocol.StoppedEvent;
  }

  /** Sends a stepping/continue request and waits for the next stop. */
  async stepAndWait(command: 'stepIn' | 'next' | 'stepOut' | 'continue', args: Record<string, unknown> = {}): Promise<DebugProtocol.StoppedEvent> {
    const stopped = this.waitForEvent('stopped');
    await this.send(command, { threadId: 1, ...args });
    return (await stopped) as DebugProtocol.StoppedEvent;
  }

  async top(): Promise<DebugProtocol.StackFrame> {
    return (await this.stackTraceRequest({ threadId: 1 })).body.stackFrames[0];
  }

  async frames(): Promise<DebugProtocol.StackFrame[]> {
    return (await this.stackTraceRequest({ threadId: 1 })).body.stackFrames;
  }

  async eval(expression: string): Promise<DebugProtocol.EvaluateResponse['body']> {
    return (await this.evaluateRequest({ expression, context: 'repl' })).body;
  }

  /** Variables of a scope of the top frame, by scope name prefix. */
  async scopeVars(prefix: string): Promise<DebugProtocol.Variable[]> {
    const top = await this.top();
    const scopes = (await this.scopesRequest({ frameId: top.id })).body.scopes;
    const s = scopes.find((x) => x.name.startsWith(prefix));
    if (!s) throw new Error(`no scope ${prefix} (have ${scopes.map((x) => x.name).join(', ')})`);
    return (await this.variablesRequest({ variablesReference: s.variablesReference })).body.variables;
  }

  async children(v: DebugProtocol.Variable): Promise<DebugProtocol.Variable[]> {
    return (await this.variablesRequest({ variablesReference: v.variablesReference })).body.variables;
  }

  async shutdown(): Promise<void> {
    try { await Promise.race([this.disconnectRequest({}), new Promise((r) => setTimeout(r, 2000))]); } catch { /* gone */ }
    this.proc?.kill();
  }
}

export async function startClient(): Promise<VmxClient> {
  const dc = new VmxClient();
  dc.startAdapter();
  return dc;
}

/** Expects a promise to be rejected with an error response; returns the message. */
export async function errorOf(p: Promise<unknown>): Promise<string> {
  try { await p; } catch (e) { return e instanceof Error ? e.message : String(e); }
  throw new Error('expected an error response');
}
