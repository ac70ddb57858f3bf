import * as vscode from 'vscode';

export type RequestResult<T> = { ok: true; body: T } | { ok: false; unsupported: boolean; message: string };

/** A custom request; `unsupported` when the adapter does not know the command. */
export async function request<T>(session: vscode.DebugSession, command: string, args?: unknown): Promise<RequestResult<T>> {
  try {
    const body = (await session.customRequest(command, args)) as T;
    return { ok: true, body };
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    return { ok: false, unsupported: /unknown request|not supported|unrecognized request/i.test(message), message };
  }
}
