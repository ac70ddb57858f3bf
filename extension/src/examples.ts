/**
 * "VMX: Open Example…": opens one of the example hypervisors shipped in the extension. A workspace
 * that has its own `examples/` (this repository) is used as is; otherwise the bundled examples are
 * copied once into the extension's global storage (the install directory stays untouched, files the
 * user already edited there are kept) and opened from there.
 */
import * as vscode from 'vscode';
import * as fs from 'fs';
import * as path from 'path';

/** The examples the walkthrough uses, in its order (paths below `examples/`). */
export const EXAMPLES: readonly { file: string; label: string; detail: string }[] = [
  { file: '00-hello/hello.asm', label: '00 hello', detail: 'Output on the Bochs console port; no VMX' },
  { file: '01-vmxon/vmxon.asm', label: '01 VMXON', detail: 'VMX prerequisites, VMXON and its failure paths' },
  { file: '02-first-guest/first-guest.asm', label: '02 first guest', detail: 'VMCS setup, VMLAUNCH, exits for CPUID/OUT/RDMSR/HLT/VMCALL' },
  { file: '03-entry-failures/entry-failures.asm', label: '03 VM-entry failures', detail: 'Broken VMCS fields and the explained entry checks' },
  { file: '04-real-mode-guest/real-mode-guest.asm', label: '04 real-mode guest', detail: 'Unrestricted guest starting in real-address mode behind EPT' },
  { file: '05-ept/ept.asm', label: '05 EPT', detail: 'EPT violations and misconfigurations, INVEPT' },
  { file: '06-nested/nested.asm', label: '06 nested', detail: 'L0 runs L1, a hypervisor that runs L2 (VMCS shadowing)' },
];

function copyMissing(from: string, to: string): void {
  fs.mkdirSync(to, { recursive: true });
  for (const e of fs.readdirSync(from, { withFileTypes: true })) {
    const s = path.join(from, e.name), d = path.join(to, e.name);
    if (e.isDirectory()) copyMissing(s, d);
    else if (!fs.existsSync(d)) fs.copyFileSync(s, d);
  }
}

/** Directory holding `examples/<file>`: a workspace folder's own, else the copy in global storage. */
export function examplesRoot(ctx: vscode.ExtensionContext, file: string): string {
  for (const f of vscode.workspace.workspaceFolders ?? []) {
    const dir = path.join(f.uri.fsPath, 'examples');
    if (f.uri.scheme === 'file' && fs.existsSync(path.join(dir, file))) return dir;
  }
  const bundled = path.join(ctx.extensionPath, 'examples');
  if (!fs.existsSync(path.join(bundled, file))) throw new Error(`example '${file}' is not part of this installation (${bundled})`);
  const copy = path.join(ctx.globalStorageUri.fsPath, 'examples');
  copyMissing(bundled, copy);
  return copy;
}

export async function openExample(ctx: vscode.ExtensionContext, file?: string): Promise<void> {
  let rel = file;
  if (!rel) {
    const pick = await vscode.window.showQuickPick(EXAMPLES.map((e) => ({ label: e.label, description: e.file, detail: e.detail, file: e.file })), { title: 'Open a VMX example' });
    if (!pick) return;
    rel = pick.file;
  }
  try {
    const full = path.join(examplesRoot(ctx, rel), rel);
    const doc = await vscode.workspace.openTextDocument(vscode.Uri.file(full));
    await vscode.window.showTextDocument(doc, { preview: false });
  } catch (e) {
    void vscode.window.showErrorMessage(`VMX: cannot open example ${rel}: ${e instanceof Error ? e.message : String(e)}`);
  }
}
