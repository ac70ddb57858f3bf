// A byte-level DAP client for `node dist/vmxdbg.js dap`: the tests write arbitrary bytes (broken framing,
// invalid JSON) and read well-formed frames back.
import { spawn, ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import type { DebugProtocol } from '@vscode/debugprotocol';
import { ROOT } from './helpers';

export class RawDap {
  readonly proc: ChildProcess;
  readonly messages: DebugProtocol.ProtocolMessage[] = [];
  stderr = '';
  private pending: Buffer = Buffer.alloc(0);
  private waiters: { test: (m: DebugProtocol.ProtocolMessage) => boolean; resolve: (m: DebugProtocol.ProtocolMessage) => void }[] = [];
  private seq = 1000;

  constructor() {
    this.proc = spawn(process.execPath, [join(ROOT, 'dist/vmxdbg.js'), 'dap'], { stdio: ['pipe', 'pipe', 'pipe'], cwd: ROOT });
    this.proc.stderr!.on('data', (d: Buffer) => { this.stderr += d.toString(); });
    this.proc.stdout!.on('data', (d: Buffer) => this.onData(d));
  }

  private onData(d: Buffer): void {
    this.pending = Buffer.concat([this.pending, d]);
    for (;;) {
      const i = this.pending.indexOf('\r\n\r\n');
      if (i < 0) return;
      const m = /Content-Length: (\d+)/.exec(this.pending.toString('latin1', 0, i));
      if (!m) throw new Error(`adapter wrote a frame without Content-Length: ${this.pending.toString('latin1', 0, i)}`);
      const n = Number(m[1]);
      if (this.pending.length < i + 4 + n) return;
      const msg = JSON.parse(this.pending.toString('utf8', i + 4, i + 4 + n)) as DebugProtocol.ProtocolMessage;
      this.pending = this.pending.subarray(i + 4 + n);
      this.messages.push(msg);
      for (const w of this.waiters.splice(0)) { if (w.test(msg)) w.resolve(msg); else this.waiters.push(w); }
    }
  }

  write(bytes: string | Buffer): void { this.proc.stdin!.write(bytes); }

  static frame(body: string | object): string {
    const s = typeof body === 'string' ? body : JSON.stringify(body);
    return `Content-Length: ${Buffer.byteLength(s)}\r\n\r\n${s}`;
  }

  /** The next message (already received or future) matching `test`. */
  waitFor(test: (m: DebugProtocol.ProtocolMessage) => boolean, ms = 15000): Promise<DebugProtocol.ProtocolMessage> {
    const have = this.messages.find(test);
    if (have) return Promise.resolve(have);
    return new Promise((resolve, reject) => {
      const t = setTimeout(() => reject(new Error(`timeout; messages so far:\n${this.messages.map((m) => JSON.stringify(m).slice(0, 200)).join('\n')}\nstderr: ${this.stderr}`)), ms);
      this.waiters.push({ test, resolve: (m) => { clearTimeout(t); resolve(m); } });
    });
  }

  /** Sends a request (framed correctly) and resolves with its response. */
  async request(command: string, args?: unknown): Promise<DebugProtocol.Response> {
    const seq = ++this.seq;
    this.write(RawDap.frame({ seq, type: 'request', command, arguments: args }));
    return (await this.waitFor((m) => m.type === 'response' && (m as DebugProtocol.Response).request_seq === seq)) as DebugProtocol.Response;
  }

  nextSeq(): number { return ++this.seq; }

  responseTo(seq: number): Promise<DebugProtocol.Response> {
    return this.waitFor((m) => m.type === 'response' && (m as DebugProtocol.Response).request_seq === seq) as Promise<DebugProtocol.Response>;
  }

  event(name: string, after = 0): Promise<DebugProtocol.Event> {
    let seen = 0;
    return this.waitFor((m) => m.type === 'event' && (m as DebugProtocol.Event).event === name && ++seen > after) as Promise<DebugProtocol.Event>;
  }

  output(): string {
    return this.messages.filter((m) => m.type === 'event' && (m as DebugProtocol.Event).event === 'output').map((m) => String((m as DebugProtocol.OutputEvent).body.output)).join('');
  }

  alive(): boolean { return this.proc.exitCode === null && this.proc.signalCode === null; }

  async close(): Promise<void> {
    if (!this.alive()) return;
    this.proc.stdin!.end();
    await new Promise((r) => { const t = setTimeout(() => { this.proc.kill(); r(null); }, 2000); this.proc.on('exit', () => { clearTimeout(t); r(null); }); });
  }
}
