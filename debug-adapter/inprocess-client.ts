// A minimal DAP client for a session running in the same process (the way VS Code runs an inline
// adapter): requests go through session.handleMessage, responses and events come back through
// onDidSendMessage. Used by the benchmark and handy for tests and scripts.
import type { DebugProtocol } from '@vscode/debugprotocol';
import { VmxDebugSession } from './session';

export class InProcessClient {
  readonly session = new VmxDebugSession();
  private seq = 1;
  private pending = new Map<number, (r: DebugProtocol.Response) => void>();
  private waiters: { event: string; resolve: (e: DebugProtocol.Event) => void }[] = [];
  readonly events: DebugProtocol.Event[] = [];
  keepEvents = false;

  constructor() {
    this.session.onDidSendMessage((m) => {
      const msg = m as DebugProtocol.ProtocolMessage;
      if (msg.type === 'response') {
        const r = msg as DebugProtocol.Response;
        const p = this.pending.get(r.request_seq);
        if (p) { this.pending.delete(r.request_seq); p(r); }
      } else if (msg.type === 'event') {
        const e = msg as DebugProtocol.Event;
        if (this.keepEvents) this.events.push(e);
        const hit = this.waiters.filter((w) => w.event === e.event);
        this.waiters = this.waiters.filter((w) => w.event !== e.event);
        for (const w of hit) w.resolve(e);
      }
    });
  }

  /** Sends a request; resolves with the response (rejects on an error response). */
  request<T extends DebugProtocol.Response = DebugProtocol.Response>(command: string, args?: unknown): Promise<T> {
    const seq = this.seq++;
    return new Promise<T>((resolve, reject) => {
      this.pending.set(seq, (r) => (r.success ? resolve(r as T) : reject(new Error(r.message ?? 'request failed'))));
      this.session.handleMessage({ seq, type: 'request', command, arguments: args } as DebugProtocol.Request);
    });
  }

  /** Resolves with the next event of that type (register before triggering it). */
  waitFor(event: string, timeoutMs = 10000): Promise<DebugProtocol.Event> {
    return new Promise((resolve, reject) => {
      const w = { event, resolve: (e: DebugProtocol.Event) => { clearTimeout(t); resolve(e); } };
      const t = setTimeout(() => { this.waiters = this.waiters.filter((x) => x !== w); reject(new Error(`timeout waiting for '${event}'`)); }, timeoutMs);
      this.waiters.push(w);
    });
  }

  /** initialize + launch + configurationDone; resolves when the launch response arrives. */
  async start(args: Record<string, unknown>): Promise<void> {
    await this.request('initialize', { adapterID: 'vmx', linesStartAt1: true, columnsStartAt1: true, pathFormat: 'path' });
    const initialized = this.waitFor('initialized');
    const launched = this.request('launch', args);
    await initialized;
    await this.request('configurationDone');
    await launched;
  }

  /** initialize + launch (+ configurationDone); resolves when the first stop (or termination) arrives. */
  async launch(args: Record<string, unknown>): Promise<DebugProtocol.Event> {
    await this.request('initialize', { adapterID: 'vmx', linesStartAt1: true, columnsStartAt1: true, pathFormat: 'path' });
    const initialized = this.waitFor('initialized');
    const stopped = Promise.race([this.waitFor('stopped', 60000), this.waitFor('terminated', 60000)]);
    const launched = this.request('launch', args);
    await initialized;
    await this.request('configurationDone');
    await launched;
    return stopped;
  }

  async close(): Promise<void> {
    try { await this.request('disconnect', {}); } catch { /* already gone */ }
    this.session.dispose();
  }
}
