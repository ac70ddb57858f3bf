/** Inline register values beside source lines when stopped, and hovers on VMCS field names with the live value. */
import * as vscode from 'vscode';
import { lookupVmcsName } from '../../emulator/vmx/arch';
import { inlineRegisterRefs } from './model/inline-values';
import type { SessionState } from './session-state';

export class RegisterInlineValues implements vscode.InlineValuesProvider {
  provideInlineValues(doc: vscode.TextDocument, _range: vscode.Range, ctx: vscode.InlineValueContext): vscode.InlineValue[] {
    if (!vscode.workspace.getConfiguration('vmx').get<boolean>('inlineValues', true)) return [];
    const lines: string[] = [];
    const stop = ctx.stoppedLocation.end.line;
    for (let i = 0; i <= stop && i < doc.lineCount; i++) lines.push(i < stop - 60 ? '' : doc.lineAt(i).text);
    return inlineRegisterRefs(lines, stop).map((r) => new vscode.InlineValueEvaluatableExpression(new vscode.Range(r.line, r.start, r.line, r.end), r.name));
  }
}

export class LiveVmcsHover implements vscode.HoverProvider {
  constructor(private readonly state: SessionState) {}
  async provideHover(doc: vscode.TextDocument, pos: vscode.Position): Promise<vscode.Hover | undefined> {
    const s = this.state.session;
    if (!s || !this.state.snapshot) return undefined;
    const range = doc.getWordRangeAtPosition(pos, /[A-Za-z_][A-Za-z0-9_]*/);
    if (!range) return undefined;
    const word = doc.getText(range);
    const ref = lookupVmcsName(word);
    if (!ref) return undefined;
    try {
      const r = await s.customRequest('evaluate', { expression: `vmcs.${ref.field.name}`, context: 'hover' }) as { result: string };
      const md = new vscode.MarkdownString(`**${ref.field.name}** (live, current VMCS): \`${r.result}\``);
      return new vscode.Hover(md, range);
    } catch (e) {
      return new vscode.Hover(new vscode.MarkdownString(`**${ref.field.name}**: ${e instanceof Error ? e.message : String(e)}`), range);
    }
  }
}
