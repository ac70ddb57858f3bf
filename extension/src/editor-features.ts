/** Inline register values beside source lines when stopped, and hovers on VMCS field names with the live value. */
import * as vscode from 'vscode';
import { lookupVmcsName } from '../../emulator/vmx/arch';
import { inlineRegisterRefs } from './model/inline-values';
import { liveVmcsValue } from './model/vmcs';
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
  /** The value at the current stop, from the snapshot the views show (no request: hovering never fails in the adapter). */
  provideHover(doc: vscode.TextDocument, pos: vscode.Position): vscode.Hover | undefined {
    const snap = this.state.snapshot;
    if (!snap) return undefined;
    const range = doc.getWordRangeAtPosition(pos, /[A-Za-z_][A-Za-z0-9_]*/);
    if (!range) return undefined;
    const ref = lookupVmcsName(doc.getText(range));
    if (!ref) return undefined;
    const found = liveVmcsValue(snap.vmcs, ref.field.name);
    if (!found) return undefined;
    const md = new vscode.MarkdownString(`**${ref.field.name}** = \`${found.field.value}\` in ${found.where} at this stop${found.field.changed ? ' (changed)' : ''}`);
    for (const d of found.field.decoded ?? []) md.appendMarkdown(`\n\n${d}`);
    return new vscode.Hover(md, range);
  }
}
