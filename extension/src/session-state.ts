/**
 * Tracks the active "vmx" debug session and its stops (through a DebugAdapterTracker), fetches one
 * snapshot per stop for all views, and merges the failure-toggle exception filters into what VS Code
 * sends.
 */
import * as vscode from 'vscode';
import { request } from './util';
import { REQ } from './model/requests';
import type { ExitsResponseBody, LevelsResponseBody, VmcsResponseBody, VmxStateBody } from './model/requests';
import { mergeExceptionFilters, ExceptionArgs } from './model/breakpoints';
import { DEFAULT_EXIT_LIMIT } from './model/exits';
import { NOT_AVAILABLE } from './model/tree';
import { vmcsRequests, type VmcsSource } from './model/vmcs';

export interface StopSnapshot {
  session: vscode.DebugSession;
  state?: VmxStateBody;
  stateError?: string;
  levels?: LevelsResponseBody;
  /** The adapter answered 'unknown request' to `vmx/levels` (another DAP server): views fall back to `vmx/state`. */
  levelsUnsupported: boolean;
  levelsError?: string;
  vmcs: VmcsSource[];
  vmcsNote?: string;
  exits?: ExitsResponseBody;
  exitsError?: string;
}

export class SessionState implements vscode.Disposable {
  session: vscode.DebugSession | undefined;
  snapshot: StopSnapshot | undefined;
  private readonly stopEmitter = new vscode.EventEmitter<StopSnapshot | undefined>();
  /** Fires after every stop (with the new snapshot) and with undefined when the session runs or ends. */
  readonly onDidChange = this.stopEmitter.event;
  private vscodeFilters = new Map<string, ExceptionArgs>();
  private ownFilterRequests = new Set<string>();
  toggled = new Set<string>();
  private disposables: vscode.Disposable[] = [];
  private refreshSeq = 0;
  /** Counts resumes: a refresh stops sending requests once the target runs again (they would fail). */
  private runEpoch = 0;

  constructor() {
    this.disposables.push(vscode.debug.registerDebugAdapterTrackerFactory('vmx', { createDebugAdapterTracker: (s) => this.tracker(s) }));
    this.disposables.push(vscode.debug.onDidTerminateDebugSession((s) => { if (s === this.session) this.end(); }));
    this.disposables.push(vscode.debug.onDidChangeActiveDebugSession((s) => {
      if (s?.type === 'vmx' && s !== this.session) { this.session = s; void this.refresh(); }
    }));
  }

  private tracker(s: vscode.DebugSession): vscode.DebugAdapterTracker {
    return {
      onWillStartSession: () => { this.session = s; },
      onWillReceiveMessage: (m: { type?: string; command?: string; arguments?: ExceptionArgs }) => {
        if (m.type === 'request' && m.command === 'setExceptionBreakpoints' && m.arguments) {
          const key = JSON.stringify(m.arguments);
          if (this.ownFilterRequests.delete(key)) return;
          this.vscodeFilters.set(s.id, m.arguments);
        }
      },
      onDidSendMessage: (m: { type?: string; event?: string; command?: string; success?: boolean }) => {
        if (m.type === 'event' && m.event === 'stopped') { this.session = s; setTimeout(() => void this.refresh(), 0); }
        else if (m.type === 'event' && m.event === 'continued') this.running();
        else if (m.type === 'response' && m.command === 'setExceptionBreakpoints' && this.toggled.size) setTimeout(() => void this.applyToggles(s), 0);
        else if (m.type === 'response' && (m.command === 'continue' || m.command === 'next' || m.command === 'stepIn' || m.command === 'stepOut') && m.success) this.running();
      },
      onExit: () => { if (s === this.session) this.end(); },
    };
  }

  /** Sends VS Code's exception filters plus the toggled ones. */
  async applyToggles(s: vscode.DebugSession | undefined = this.session): Promise<void> {
    if (!s) return;
    const merged = mergeExceptionFilters(this.vscodeFilters.get(s.id), [...this.toggled]);
    const base = this.vscodeFilters.get(s.id);
    if (base && merged.filters.length === base.filters.length && !this.toggled.size) return;
    this.ownFilterRequests.add(JSON.stringify(merged));
    try { await s.customRequest('setExceptionBreakpoints', merged); } catch (e) {
      void vscode.window.showWarningMessage(`VMX: could not set exception breakpoints: ${e instanceof Error ? e.message : String(e)}`);
    }
  }

  private running(): void {
    this.runEpoch++;
    this.snapshot = undefined;
    this.stopEmitter.fire(undefined);
  }

  private end(): void {
    if (this.session) this.vscodeFilters.delete(this.session.id);
    this.session = undefined;
    this.running();
  }

  /** Fetches everything the views show; fires onDidChange. */
  async refresh(): Promise<void> {
    const s = this.session;
    if (!s) return;
    const seq = ++this.refreshSeq;
    const epoch = this.runEpoch;
    const live = () => seq === this.refreshSeq && epoch === this.runEpoch && s === this.session;
    const snap: StopSnapshot = { session: s, vmcs: [], levelsUnsupported: false };
    const st = await request<VmxStateBody>(s, REQ.state);
    if (st.ok) snap.state = st.body; else snap.stateError = st.message;
    if (!live()) return;
    const lv = await request<LevelsResponseBody>(s, REQ.levels);
    if (lv.ok) snap.levels = lv.body;
    else if (lv.unsupported) snap.levelsUnsupported = true;
    else snap.levelsError = lv.message;
    if (!live()) return;
    // VMCSs: every level's, when the adapter lists them; else the current (L0's) one
    if (snap.levels) {
      for (const p of vmcsRequests(snap.levels)) {
        const r = await request<VmcsResponseBody>(s, REQ.vmcs, p.args);
        if (!live()) return;
        snap.vmcs.push({ ...p.source, body: r.ok ? r.body : { available: false, reason: r.message } });
      }
    } else {
      const r = await request<VmcsResponseBody>(s, REQ.vmcs, {});
      if (r.ok && r.body.available) snap.vmcs.push({ level: 0, address: r.body.address ?? '?', role: 'current VMCS', current: true, body: r.body, editable: true });
      else if (r.ok) snap.vmcsNote = r.body.reason ?? 'no current VMCS';
      else snap.vmcsNote = r.message;
      const levelsNote = snap.levelsUnsupported ? NOT_AVAILABLE(REQ.levels) : `'${REQ.levels}' failed: ${snap.levelsError ?? '?'}`;
      if (snap.state?.inVmxOperation) snap.vmcsNote = [snap.vmcsNote, `guest hypervisors' VMCSs: ${levelsNote}`].filter(Boolean).join(' — ');
    }
    if (!live()) return;
    const ex = await request<ExitsResponseBody>(s, REQ.exits, { limit: vscode.workspace.getConfiguration('vmx').get<number>('exitHistoryLimit', DEFAULT_EXIT_LIMIT) });
    if (ex.ok) snap.exits = ex.body; else snap.exitsError = ex.message;
    if (!live()) return;
    this.snapshot = snap;
    this.stopEmitter.fire(snap);
  }

  dispose(): void { this.disposables.forEach((d) => d.dispose()); this.stopEmitter.dispose(); }
}
