// Errors of requests VS Code sends by itself (a view refreshing a frame a step just invalidated) are not
// shown as popups; errors of what the user asked for directly are.
import { describe, it, expect } from 'vitest';
import { join } from 'node:path';
import type { DebugProtocol } from '@vscode/debugprotocol';
import { InProcessClient } from '../../debug-adapter/inprocess-client';

const HELLO = join(__dirname, '..', '..', 'examples', '00-hello', 'hello.asm');

function rawRequest(c: InProcessClient, command: string, args: unknown): Promise<DebugProtocol.ErrorResponse> {
  return new Promise((resolve) => {
    const seq = 900_000 + Math.floor(Math.random() * 1000);
    const off = c.session.onDidSendMessage((m) => {
      const r = m as DebugProtocol.Response;
      if (r.type === 'response' && r.request_seq === seq) { off.dispose(); resolve(r as DebugProtocol.ErrorResponse); }
    });
    c.session.handleMessage({ seq, type: 'request', command, arguments: args } as DebugProtocol.Request);
  });
}

describe('error popups', () => {
  it('stale frames are quiet, bad user edits are shown', { timeout: 20000 }, async () => {
    const c = new InProcessClient();
    await c.launch({ program: HELLO, stopOnEntry: true });
    const scopes = await rawRequest(c, 'scopes', { frameId: 987654 });
    expect(scopes.success).toBe(false);
    expect(scopes.message).toMatch(/unknown frame/);
    expect(scopes.body?.error?.showUser).toBe(false);
    const edit = await rawRequest(c, 'setVariable', { variablesReference: 424242, name: 'rax', value: '1' });
    expect(edit.success).toBe(false);
    expect(edit.body?.error?.showUser).toBe(true);
    c.session.dispose();
  });
});
