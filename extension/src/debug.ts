/** Debug type "vmx": configuration provider and adapter descriptor factory (inline or child process; never a socket). */
import * as vscode from 'vscode';
import * as path from 'path';
import { resolveConfiguration, initialConfigurations, DebugConfigLike } from './model/config';

export class VmxConfigurationProvider implements vscode.DebugConfigurationProvider {
  provideDebugConfigurations(): vscode.DebugConfiguration[] {
    return initialConfigurations() as vscode.DebugConfiguration[];
  }
  resolveDebugConfiguration(_folder: vscode.WorkspaceFolder | undefined, config: vscode.DebugConfiguration): vscode.ProviderResult<vscode.DebugConfiguration> {
    const ed = vscode.window.activeTextEditor;
    const r = resolveConfiguration(config as DebugConfigLike, ed && ed.document.uri.scheme === 'file' ? { path: ed.document.uri.fsPath, languageId: ed.document.languageId } : undefined);
    if ('error' in r) { void vscode.window.showErrorMessage(r.error); return undefined; }
    if ('cancel' in r) return undefined;
    const includePaths = vscode.workspace.getConfiguration('vmx').get<string[]>('includePaths', []);
    if (r.config.includePaths === undefined && includePaths.length) r.config.includePaths = includePaths;
    return r.config as vscode.DebugConfiguration;
  }
}

export class VmxAdapterFactory implements vscode.DebugAdapterDescriptorFactory {
  constructor(private readonly ctx: vscode.ExtensionContext) {}
  async createDebugAdapterDescriptor(): Promise<vscode.DebugAdapterDescriptor> {
    if (vscode.workspace.getConfiguration('vmx').get<string>('adapter.mode', 'inline') === 'process') {
      // `vmxdbg dap` on stdio, bundled beside extension.js (scripts/build.mjs)
      const script = path.join(this.ctx.extensionPath, 'dist', 'vmxdbg.js');
      return new vscode.DebugAdapterExecutable(vscode.workspace.getConfiguration('vmx').get<string>('adapter.nodePath', 'node') || 'node', [script, 'dap']);
    }
    // in-process: the adapter bundled into extension.js
    const { VmxDebugSession } = await import('../../debug-adapter/session');
    return new vscode.DebugAdapterInlineImplementation(new VmxDebugSession() as unknown as vscode.DebugAdapter);
  }
}
