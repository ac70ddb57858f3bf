/**
 * Offers (never forces) the vmx-asm language for .asm/.nasm/.inc/.s files another extension claims:
 * "Use for *.asm in this workspace" writes files.associations, "Just this file" changes this editor only.
 */
import * as vscode from 'vscode';
import { isAsmPath } from './model/config';

const ASKED = 'vmx.association.dontAsk';

export function offerAssociation(ctx: vscode.ExtensionContext): void {
  let asked = false;
  const check = async (doc: vscode.TextDocument) => {
    if (asked || ctx.globalState.get<boolean>(ASKED) || !vscode.workspace.getConfiguration('vmx').get<boolean>('offerLanguageAssociation', true)) return;
    if (doc.uri.scheme !== 'file' || !isAsmPath(doc.uri.fsPath) || doc.languageId === 'vmx-asm') return;
    asked = true;
    const ext = doc.uri.fsPath.slice(doc.uri.fsPath.lastIndexOf('.'));
    const a = await vscode.window.showInformationMessage(
      `${ext} files open as "${doc.languageId}" here. Use VMX Debugger's NASM language (diagnostics from the assembler, VMX hovers, F5 debugging)?`,
      `Use for *${ext} in this workspace`, 'Just this file', "Don't ask again");
    if (a === 'Just this file') await vscode.languages.setTextDocumentLanguage(doc, 'vmx-asm');
    else if (a?.startsWith('Use for')) {
      const cfg = vscode.workspace.getConfiguration('files');
      const cur = { ...(cfg.get<Record<string, string>>('associations') ?? {}) };
      cur[`*${ext}`] = 'vmx-asm';
      await cfg.update('associations', cur, vscode.workspace.workspaceFolders ? vscode.ConfigurationTarget.Workspace : vscode.ConfigurationTarget.Global);
    } else if (a === "Don't ask again") await ctx.globalState.update(ASKED, true);
  };
  ctx.subscriptions.push(vscode.workspace.onDidOpenTextDocument((d) => void check(d)));
  for (const d of vscode.workspace.textDocuments) void check(d);
}
