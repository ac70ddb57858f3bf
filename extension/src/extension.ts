/**
 * VMX Debugger for VS Code: debug type "vmx" (adapter in-process or as `vmxdbg dap`), the VMCS / EPT /
 * VM exits / Nesting views, exit-reason breakpoints, failure toggles, status bar, inline values and
 * VMCS hovers, and the vmx-asm language client.
 */
import * as vscode from 'vscode';
import { VmxConfigurationProvider, VmxAdapterFactory } from './debug';
import { SessionState } from './session-state';
import { Views } from './views/views';
import { RegisterInlineValues, LiveVmcsHover } from './editor-features';
import { exitReasonItems, levelItems, exitBreakpointName, PickItem } from './model/breakpoints';
import { statusText } from './model/nesting';
import { EXCEPTION_FILTERS } from './model/requests';
import { startLanguageClient, stopLanguageClient } from './language-client';
import { offerAssociation } from './association';
import { openExample } from './examples';

const LANG = 'vmx-asm';

export function activate(ctx: vscode.ExtensionContext): void {
  void vscode.commands.executeCommand('setContext', 'vmx.extensionActive', true);
  ctx.subscriptions.push(
    vscode.debug.registerDebugConfigurationProvider('vmx', new VmxConfigurationProvider()),
    vscode.debug.registerDebugConfigurationProvider('vmx', { provideDebugConfigurations: () => [{ type: 'vmx', request: 'launch', name: 'VMX: debug current file', program: '${file}', stopOnEntry: true }] }, vscode.DebugConfigurationProviderTriggerKind.Dynamic),
    vscode.debug.registerDebugAdapterDescriptorFactory('vmx', new VmxAdapterFactory(ctx)),
  );
  const state = new SessionState();
  const views = new Views(state);
  ctx.subscriptions.push(state, views);

  // status bar: current level and mode
  const status = vscode.window.createStatusBarItem('vmx.level', vscode.StatusBarAlignment.Left, 50);
  status.name = 'VMX level';
  status.command = 'vmx.nesting.focus';
  ctx.subscriptions.push(status, state.onDidChange((snap) => {
    if (snap) { status.text = statusText(snap.state, snap.levels); status.tooltip = snap.state ? `VMX ${snap.state.operation}, level L${snap.levels?.current ?? snap.state.level}, ${snap.state.cpuMode}` : snap.stateError; status.show(); }
    else if (state.session) { status.text = '$(loading~spin) VMX running'; status.show(); }
    else status.hide();
  }));

  const cmd = (id: string, fn: (...a: any[]) => unknown) => ctx.subscriptions.push(vscode.commands.registerCommand(id, fn));
  cmd('vmx.addExitBreakpoint', () => addExitBreakpoint());
  // the toggles add their exception filter to what the BREAKPOINTS view's checkboxes send (remembered per workspace)
  const toggle = (id: string, filter: string, what: string) => {
    cmd(id, async () => {
      const on = !state.toggled.has(filter);
      if (on) state.toggled.add(filter); else state.toggled.delete(filter);
      await ctx.workspaceState.update(`vmx.toggle.${filter}`, on);
      await vscode.commands.executeCommand('setContext', `vmx.toggle.${filter}`, on);
      await state.applyToggles();
      void vscode.window.setStatusBarMessage(`VMX: break on ${what} ${on ? 'on' : 'off'}`, 3000);
    });
    if (ctx.workspaceState.get<boolean>(`vmx.toggle.${filter}`)) { state.toggled.add(filter); void vscode.commands.executeCommand('setContext', `vmx.toggle.${filter}`, true); }
  };
  toggle('vmx.toggleBreakOnVmxFailure', EXCEPTION_FILTERS.vmxFailure, 'VMX instruction failure');
  toggle('vmx.toggleBreakOnEntryFailure', EXCEPTION_FILTERS.entryFailure, 'VM-entry failure');
  // from the editor's run menu the file comes as an argument; from the palette it is the active editor's
  cmd('vmx.debugCurrentFile', async (resource?: vscode.Uri) => {
    const uri = resource instanceof vscode.Uri ? resource : vscode.window.activeTextEditor?.document.uri;
    if (!uri || uri.scheme !== 'file') { void vscode.window.showErrorMessage('VMX: open a .asm file first'); return; }
    await vscode.debug.startDebugging(vscode.workspace.getWorkspaceFolder(uri), { type: 'vmx', request: 'launch', name: 'VMX: debug current file', program: uri.fsPath, stopOnEntry: true });
  });
  cmd('vmx.openExample', (file?: string) => openExample(ctx, typeof file === 'string' ? file : undefined));
  cmd('vmx.sendSignal', () => sendSignal(state.session));
  cmd('vmx.openWalkthrough', () => vscode.commands.executeCommand('workbench.action.openWalkthrough', `${ctx.extension.id}#vmx.gettingStarted`, false));

  const sel: vscode.DocumentSelector = [{ language: LANG }];
  ctx.subscriptions.push(
    vscode.languages.registerInlineValuesProvider(sel, new RegisterInlineValues()),
    vscode.languages.registerHoverProvider(sel, new LiveVmcsHover(state)),
  );
  startLanguageClient(ctx);
  offerAssociation(ctx);
}

export function deactivate(): Thenable<void> | undefined {
  return stopLanguageClient();
}

async function pick(items: PickItem[], title: string, placeHolder: string): Promise<PickItem | undefined> {
  return vscode.window.showQuickPick(items.map((i) => ({ ...i, picked: false })), { title, placeHolder, matchOnDescription: true, matchOnDetail: true });
}

/** Sends the vCPU an NMI, INIT or start-up IPI (`vmx/signal`); it acts when execution resumes. */
async function sendSignal(session: vscode.DebugSession | undefined): Promise<void> {
  if (!session) { void vscode.window.showErrorMessage('VMX: start a VMX debug session first'); return; }
  const kind = await vscode.window.showQuickPick([
    { label: 'NMI', value: 'nmi' as const, detail: 'Delivered through the IDT (vector 2) when NMIs are not blocked; VM exit 0 in a guest with "NMI exiting"' },
    { label: 'INIT', value: 'init' as const, detail: 'Blocked in VMX root operation and in wait-for-SIPI; VM exit 3 (INIT signal) in the guest' },
    { label: 'Start-up IPI (SIPI)…', value: 'sipi' as const, detail: 'VM exit 4 with the vector as qualification when the guest is in wait-for-SIPI; discarded otherwise' },
  ], { title: 'Send a signal to the vCPU' });
  if (!kind) return;
  let vector: string | undefined;
  if (kind.value === 'sipi') {
    vector = await vscode.window.showInputBox({ title: 'SIPI vector', prompt: 'The start-up vector, 0..255 (the AP starts at vector << 12)', value: '0x10',
      validateInput: (v) => (/^(0x[0-9a-f]{1,2}|\d{1,3})$/i.test(v.trim()) && Number(v.trim()) <= 255 ? undefined : 'a number 0..255, decimal or 0x hex') });
    if (vector === undefined) return;
  }
  try {
    const r = await session.customRequest('vmx/signal', { kind: kind.value, vector: vector?.trim() }) as { pending: { init: boolean; sipi: number | null; nmi: boolean } };
    const what = [r.pending.nmi ? 'NMI' : '', r.pending.init ? 'INIT' : '', r.pending.sipi !== null ? `SIPI 0x${r.pending.sipi.toString(16)}` : ''].filter(Boolean).join(', ') || 'nothing';
    void vscode.window.setStatusBarMessage(`VMX: ${what} pending; it acts when execution resumes`, 5000);
  } catch (e) {
    void vscode.window.showErrorMessage(`VMX: ${e instanceof Error ? e.message : String(e)}`);
  }
}

async function addExitBreakpoint(): Promise<void> {
  const reason = await pick(exitReasonItems(), 'Add exit-reason breakpoint (1/3): exit reason', 'Type to search: CPUID, EPT_VIOLATION, 48, MSR…');
  if (!reason) return;
  const level = await pick(levelItems(), 'Add exit-reason breakpoint (2/3): level', 'Which exits: any level, from L<n> (the guest), to L<n> (the handler)');
  if (!level) return;
  const condition = await vscode.window.showInputBox({
    title: 'Add exit-reason breakpoint (3/3): condition (optional)',
    prompt: 'An expression as in the debug console, e.g. exit.qualification & 2, rax == 0, vmcs.GUEST_RIP > 0x100000. Empty: always stop.',
  });
  if (condition === undefined) return;
  const name = exitBreakpointName(reason.value, level.value);
  vscode.debug.addBreakpoints([new vscode.FunctionBreakpoint(name, true, condition.trim() || undefined)]);
  void vscode.commands.executeCommand('workbench.debug.action.focusBreakpointsView');
}
