import * as vscode from 'vscode';

export type RequestResult<T> = { ok: true; body: T } | { ok: false; unsupported: boolean; message: string };

/**
 * Commands a session answered with "unknown request": not sent again to that session (VS Code shows
 * every failed request the adapter marks showUser as a notification, and views refresh on each stop).
 */
const unsupportedBySession = new WeakMap<vscode.DebugSession, Map<string, string>>();

/** A custom request; `unsupported` when the adapter does not know the command. */
export async function request<T>(session: vscode.DebugSession, command: string, args?: unknown): Promise<RequestResult<T>> {
  const known = unsupportedBySession.get(session)?.get(command);
  if (known !== undefined) return { ok: false, unsupported: true, message: known };
  try {
    const body = (await session.customRequest(command, args)) as T;
    return { ok: true, body };
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    const unsupported = /unknown request|not supported|unrecognized request/i.test(message);
    if (unsupported) {
      if (!unsupportedBySession.has(session)) unsupportedBySession.set(session, new Map());
      unsupportedBySession.get(session)!.set(command, message);
    }
    return { ok: false, unsupported, message };
  }
}
