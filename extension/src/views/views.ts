/** The four views of the Run and Debug container and their commands. */
import * as vscode from 'vscode';
import { ModelTreeProvider } from './tree-provider';
import type { SessionState, StopSnapshot } from '../session-state';
import type { TreeNode } from '../model/tree';
import { message, NOT_AVAILABLE, big } from '../model/tree';
import { vmcsViewModel, rememberVmcs, VmcsHistory } from '../model/vmcs';
import { exitsViewModel } from '../model/exits';
import { eptpsOf, eptTableArgs, eptRoot, eptTableChildren, translationModel, translationText, parseGpa } from '../model/ept';
import { nestingFromLevels, nestingFromState } from '../model/nesting';
import { REQ } from '../model/requests';
import type { EptTableBody, TranslateBody, VmcsResponseBody } from '../model/requests';
import { request } from '../util';
import { hexDump } from '../model/hexdump';

export const MEMORY_SCHEME = 'vmx-memory';

/** Source line of an address through the adapter's disassembly (location + line). */
export async function sourceOf(session: vscode.DebugSession, address: string): Promise<vscode.Location | undefined> {
  try {
    const r = await session.customRequest('disassemble', { memoryReference: address, instructionCount: 1, resolveSymbols: true }) as
      { instructions?: { location?: { path?: string }; line?: number }[] };
    const ins = r.instructions?.[0];
    if (ins?.location?.path && ins.line) return new vscode.Location(vscode.Uri.file(ins.location.path), new vscode.Position(ins.line - 1, 0));
  } catch { /* no source */ }
  return undefined;
}

export class Views implements vscode.Disposable {
  readonly vmcs = new ModelTreeProvider();
  readonly ept: ModelTreeProvider;
  readonly exits = new ModelTreeProvider();
  readonly nesting = new ModelTreeProvider();
  private history: VmcsHistory = new Map();
  private walk: TreeNode[] = [];
  private disposables: vscode.Disposable[] = [];
  private exitDeco = vscode.window.createTextEditorDecorationType({ isWholeLine: true, backgroundColor: new vscode.ThemeColor('editor.rangeHighlightBackground'), after: { contentText: '  ⟵ exiting instruction', color: new vscode.ThemeColor('editorCodeLens.foreground') } });
  private handlerDeco = vscode.window.createTextEditorDecorationType({ isWholeLine: true, backgroundColor: new vscode.ThemeColor('editor.rangeHighlightBackground'), after: { contentText: '  ⟵ exit handler', color: new vscode.ThemeColor('editorCodeLens.foreground') } });
  readonly output = vscode.window.createOutputChannel('VMX Debugger');

  constructor(private readonly state: SessionState) {
    this.ept = new ModelTreeProvider((n) => this.loadEpt(n));
    const vmcsView = vscode.window.createTreeView('vmx.vmcs', { treeDataProvider: this.vmcs, showCollapseAll: true });
    const eptView = vscode.window.createTreeView('vmx.ept', { treeDataProvider: this.ept, showCollapseAll: true });
    const exitsView = vscode.window.createTreeView('vmx.exits', { treeDataProvider: this.exits });
    const nestingView = vscode.window.createTreeView('vmx.nesting', { treeDataProvider: this.nesting });
    this.disposables.push(vmcsView, eptView, exitsView, nestingView, this.exitDeco, this.handlerDeco, this.output);
    this.disposables.push(exitsView.onDidChangeSelection((e) => { const n = e.selection[0]; if (n?.contextValue === 'vmexit') void this.revealExit(n); }));
    this.disposables.push(state.onDidChange((snap) => this.update(snap)));
    const cmd = (id: string, fn: (...a: any[]) => unknown) => this.disposables.push(vscode.commands.registerCommand(id, fn));
    cmd('vmx.vmcs.editField', (n: TreeNode) => this.editField(n));
    cmd('vmx.vmcs.copyValue', (n: TreeNode) => this.copyValue(n));
    cmd('vmx.revealInMemory', (n: TreeNode) => this.revealInMemory(n));
    cmd('vmx.ept.translate', (arg?: TreeNode | string) => this.translate(typeof arg === 'string' ? arg : ((arg?.data?.gpa ?? arg?.data?.gpaBase) as string | undefined)));
    cmd('vmx.exits.reveal', (n: TreeNode) => this.revealExit(n));
    cmd('vmx.refreshViews', () => this.state.refresh());
    this.disposables.push(vscode.workspace.registerTextDocumentContentProvider(MEMORY_SCHEME, { provideTextDocumentContent: (u) => this.memoryDocument(u) }));
    this.update(undefined);
  }

  private update(snap: StopSnapshot | undefined): void {
    if (!snap) {
      // running or no session: empty views (the welcome text explains what they show)
      if (!this.state.session) { this.history.clear(); this.walk = []; }
      this.vmcs.clear(); this.ept.clear(); this.exits.clear(); this.nesting.clear();
      return;
    }
    this.vmcs.set(vmcsViewModel(snap.vmcs, this.history, snap.vmcsNote));
    rememberVmcs(snap.vmcs, this.history);
    this.exits.set(snap.exits ? exitsViewModel(snap.exits) : [message('exits:err', snap.exitsError ?? 'no exit history')]);
    if (snap.levels) this.nesting.set(nestingFromLevels(snap.levels));
    else if (snap.state) this.nesting.set(nestingFromState(snap.state, snap.levelsError));
    else this.nesting.set([message('nesting:err', snap.stateError ?? 'no VMX state')]);
    this.walk = [];
    this.setEptRoots(snap);
  }

  private setEptRoots(snap: StopSnapshot | undefined): void {
    if (!snap) { this.ept.set(this.walk); return; }
    const roots = eptpsOf(snap.vmcs).map((e) => eptRoot(e.eptp, e.source));
    if (!roots.length) roots.push(message('ept:none', snap.vmcs.length ? 'EPT is not enabled in the current VMCS' : 'no current VMCS'));
    this.ept.set([...this.walk, ...roots]);
  }

  private async loadEpt(n: TreeNode): Promise<TreeNode[]> {
    const s = this.state.session;
    if (!s || !n.data) return [];
    const args = eptTableArgs(n);
    const r = await request<EptTableBody>(s, REQ.ept, args);
    if (!r.ok) return [message(`${n.id}/err`, r.unsupported ? `EPT tables: ${NOT_AVAILABLE(REQ.ept)}` : r.message)];
    return eptTableChildren(n.id, r.body, big(n.data.gpaBase as string) ?? 0n, args.eptp);
  }

  async translate(initial?: string): Promise<void> {
    const s = this.state.session;
    if (!s || !this.state.snapshot) { void vscode.window.showInformationMessage('VMX: translating a guest-physical address needs a stopped VMX debug session.'); return; }
    const text = initial ?? await vscode.window.showInputBox({
      title: 'Translate guest-physical address', prompt: 'Guest-physical address (0x…, …h or decimal)', placeHolder: '0x300000',
      validateInput: (t) => parseGpa(t) === undefined ? 'not an address below 2^52' : undefined,
    });
    if (text === undefined) return;
    const gpa = parseGpa(text);
    if (gpa === undefined) return;
    const eptp = eptpsOf(this.state.snapshot.vmcs)[0]?.eptp;
    const r = await request<TranslateBody>(s, REQ.translate, { gpa: '0x' + gpa.toString(16), ...(eptp ? { eptp } : {}) });
    if (!r.ok) {
      this.walk = [message(`walk:${gpa}`, r.unsupported ? `Translate 0x${gpa.toString(16)}: ${NOT_AVAILABLE(REQ.translate)}` : r.message)];
    } else {
      this.walk = translationModel(r.body);
      this.output.appendLine(translationText(r.body));
    }
    this.setEptRoots(this.state.snapshot);
    await vscode.commands.executeCommand('vmx.ept.focus');
  }

  private async revealExit(n: TreeNode): Promise<void> {
    const s = this.state.session;
    if (!s || !n.data) return;
    const [g, h] = await Promise.all([sourceOf(s, n.data.guestRip as string), sourceOf(s, n.data.hostRip as string)]);
    if (!g && !h) { void vscode.window.showInformationMessage(`VMX: no source line for guest RIP ${n.data.guestRip} or handler ${n.data.hostRip}`); return; }
    for (const e of vscode.window.visibleTextEditors) { e.setDecorations(this.exitDeco, []); e.setDecorations(this.handlerDeco, []); }
    if (g) {
      const ed = await vscode.window.showTextDocument(g.uri, { selection: new vscode.Range(g.range.start, g.range.start), preserveFocus: true, preview: true });
      ed.setDecorations(this.exitDeco, [new vscode.Range(g.range.start, g.range.start)]);
    }
    if (h) {
      const same = g && g.uri.toString() === h.uri.toString();
      const ed = await vscode.window.showTextDocument(h.uri, { selection: new vscode.Range(h.range.start, h.range.start), preserveFocus: true, preview: true, viewColumn: same || !g ? undefined : vscode.ViewColumn.Beside });
      ed.setDecorations(this.handlerDeco, [new vscode.Range(h.range.start, h.range.start)]);
      if (same && g) ed.setDecorations(this.exitDeco, [new vscode.Range(g.range.start, g.range.start)]);
    }
  }

  /** Edits a VMCS field through the adapter: setVariable on the VMCS scope (the adapter checks the value). */
  async editField(n: TreeNode): Promise<void> {
    const s = this.state.session;
    if (!s || !n.data) return;
    const name = n.data.name as string;
    const value = await vscode.window.showInputBox({ title: `Set ${name}`, value: n.data.value as string, prompt: 'New value (an expression: 0x…, rax+8, …); the adapter checks it' });
    if (value === undefined) return;
    try {
      const st = await s.customRequest('stackTrace', { threadId: 1, startFrame: 0, levels: 1 }) as { stackFrames: { id: number }[] };
      const frame = st.stackFrames[0];
      if (!frame) throw new Error('no stack frame');
      const sc = await s.customRequest('scopes', { frameId: frame.id }) as { scopes: { name: string; variablesReference: number }[] };
      const scope = sc.scopes.find((x) => /^VMCS /.test(x.name));
      if (!scope) throw new Error('the adapter shows no VMCS scope for this frame');
      const groups = await s.customRequest('variables', { variablesReference: scope.variablesReference }) as { variables: { name: string; variablesReference: number }[] };
      const group = groups.variables.find((g) => g.name === n.data!.group);
      if (!group) throw new Error(`no group '${String(n.data.group)}' in the VMCS scope`);
      const r = await s.customRequest('setVariable', { variablesReference: group.variablesReference, name, value }) as { value: string };
      this.output.appendLine(`${name} = ${r.value}`);
    } catch (e) {
      void vscode.window.showErrorMessage(`VMX: cannot set ${name}: ${e instanceof Error ? e.message : String(e)}`);
    }
    await this.state.refresh();
  }

  async copyValue(n: TreeNode): Promise<void> {
    const v = (n.data?.value as string | undefined) ?? n.description ?? n.label;
    await vscode.env.clipboard.writeText(String(v));
  }

  async revealInMemory(n: TreeNode | string): Promise<void> {
    const addr = typeof n === 'string' ? n : ((n.data?.value ?? n.data?.address) as string | undefined);
    if (!addr) return;
    const uri = vscode.Uri.from({ scheme: MEMORY_SCHEME, path: `/${addr}.hex`, query: `count=512&t=${Date.now()}` });
    const doc = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(doc, { preview: true, viewColumn: vscode.ViewColumn.Beside });
  }

  private async memoryDocument(u: vscode.Uri): Promise<string> {
    const s = this.state.session;
    const addr = u.path.replace(/^\//, '').replace(/\.hex$/, '');
    const count = Number(/count=(\d+)/.exec(u.query)?.[1] ?? 256);
    if (!s) return `no VMX debug session: cannot read ${addr}\n`;
    try {
      const r = await s.customRequest('readMemory', { memoryReference: addr, count }) as { address: string; data?: string; unreadableBytes?: number };
      const bytes = new Uint8Array(Buffer.from(r.data ?? '', 'base64'));
      return `; ${count} bytes at linear ${addr} (as the code being debugged sees memory)\n` + hexDump(big(r.address) ?? 0n, bytes, r.unreadableBytes ?? 0);
    } catch (e) {
      return `cannot read ${addr}: ${e instanceof Error ? e.message : String(e)}\n`;
    }
  }

  dispose(): void { this.disposables.forEach((d) => d.dispose()); }
}

export type { VmcsResponseBody };
