/** Starts the vmx-asm language server (language-server/, bundled as dist/language-server.js) over IPC. */
import * as vscode from 'vscode';
import * as path from 'path';
import { LanguageClient, LanguageClientOptions, ServerOptions, TransportKind } from 'vscode-languageclient/node';

let client: LanguageClient | undefined;

export function startLanguageClient(ctx: vscode.ExtensionContext): void {
  if (!vscode.workspace.getConfiguration('vmx').get<boolean>('languageServer.enable', true)) return;
  const module = path.join(ctx.extensionPath, 'dist', 'language-server.js');
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6019'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [{ scheme: 'file', language: 'vmx-asm' }, { scheme: 'untitled', language: 'vmx-asm' }],
    synchronize: { configurationSection: 'vmx' },
    initializationOptions: { includePaths: vscode.workspace.getConfiguration('vmx').get<string[]>('includePaths', []) },
  };
  client = new LanguageClient('vmx-asm', 'VMX assembly language server', serverOptions, clientOptions);
  void client.start();
  ctx.subscriptions.push({ dispose: () => void client?.stop() });
}

export function stopLanguageClient(): Thenable<void> | undefined {
  return client?.stop();
}
