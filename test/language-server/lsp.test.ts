/**
 * The vmx-asm language server over LSP, as VS Code runs it: the bundled server (scripts/build.mjs
 * output) as a child process on stdio, driven by a vscode-jsonrpc client. Diagnostics come from the
 * real assembler with exact positions; hovers, completion, definition, references and rename work
 * across %include files.
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { execFileSync, spawn, ChildProcess } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { StreamMessageReader, StreamMessageWriter, createMessageConnection, MessageConnection, ResponseError } from 'vscode-jsonrpc/node';
import type { CompletionItem, Diagnostic, DocumentSymbol, FoldingRange, Hover, Location, MarkupContent, Range, WorkspaceEdit } from 'vscode-languageserver';

const root = join(__dirname, '..', '..');
const tmp = join(root, 'test', '.tmp', `lsp-${process.pid}`);
const ws = join(tmp, 'ws');
const uri = (f: string) => pathToFileURL(join(ws, f)).toString();

const FILES: Record<string, string> = {
  'main.asm': [
    '; LSP fixture', //                                     0
    'bits 64', //                                           1
    'org 0x100000', //                                      2
    '%include "vmx.inc"', //                                3
    '%include "lib.inc"', //                                4
    'CTLS_FIELD equ 0x4002', //                             5
    '_start:', //                                           6
    '        mov     rax, 0x681e', //                       7
    '        vmread  rbx, rax', //                          8
    '        mov     rax, CTLS_FIELD', //                   9
    '        vmwrite rax, rbx', //                          10
    '        mov     ecx, 0x480', //                        11
    '        rdmsr', //                                     12
    '        PRINT   msg', //                               13
    '        call    print_str', //                         14
    '.loop:  dec     rcx', //                               15
    '        jnz     .loop', //                             16
    '        vmlaunch', //                                  17
    '        mov     rax, GUEST_RIP', //                    18
    '        hlt', //                                       19
    'msg:    db "hi", 0', //                                20
  ].join('\n') + '\n',
  'lib.inc': [
    '%macro PRINT 1', //                                    0
    '        lea     rsi, [rel %1]', //                     1
    '        call    print_str', //                         2
    '%endmacro', //                                         3
    'print_str:', //                                        4
    '        ret', //                                       5
  ].join('\n') + '\n',
  'bad.asm': [
    'bits 64', //                                           0
    '%include "broken.inc"', //                             1
    '_start:', //                                           2
    '        fooop   rax, 1', //                            3
    '        jmp     nowhere   ; comment', //               4
  ].join('\n') + '\n',
  'broken.inc': '        mov     rax, [rbx*3+rcx*2]\n',
  'complete.asm': [
    '%include "lib.inc"', //                                0
    'start:', //                                            1
    '.next:  nop', //                                       2
    '        vmla', //                                      3
    '        mov     rax, GUEST_R', //                      4
    '        jmp     .', //                                 5
  ].join('\n') + '\n',
};

let proc: ChildProcess;
let conn: MessageConnection;
const diagnostics = new Map<string, Diagnostic[][]>();
const waiters: { uri: string; pred: (d: Diagnostic[]) => boolean; resolve: (d: Diagnostic[]) => void }[] = [];

function diagnosticsFor(u: string, pred: (d: Diagnostic[]) => boolean = () => true, timeoutMs = 20_000): Promise<Diagnostic[]> {
  const seen = diagnostics.get(u);
  const last = seen?.[seen.length - 1];
  if (last && pred(last)) return Promise.resolve(last);
  return new Promise((resolve, reject) => {
    const t = setTimeout(() => reject(new Error(`no matching diagnostics for ${u} within ${timeoutMs} ms (got ${JSON.stringify(diagnostics.get(u))})`)), timeoutMs);
    waiters.push({ uri: u, pred, resolve: (d) => { clearTimeout(t); resolve(d); } });
  });
}

function open(f: string): void {
  conn.sendNotification('textDocument/didOpen', { textDocument: { uri: uri(f), languageId: 'vmx-asm', version: 1, text: FILES[f] } });
}
const at = (f: string, line: number, character: number) => ({ textDocument: { uri: uri(f) }, position: { line, character } });
const col = (f: string, line: number, text: string) => FILES[f].split('\n')[line].indexOf(text);
const range = (line: number, start: number, end: number): Range => ({ start: { line, character: start }, end: { line, character: end } });
const hoverText = async (f: string, line: number, text: string, offset = 0) => {
  const h = await conn.sendRequest('textDocument/hover', at(f, line, col(f, line, text) + offset)) as Hover | null;
  return h ? (h.contents as MarkupContent).value : '';
};

beforeAll(async () => {
  rmSync(tmp, { recursive: true, force: true });
  mkdirSync(ws, { recursive: true });
  for (const [f, text] of Object.entries(FILES)) writeFileSync(join(ws, f), text);
  execFileSync(process.execPath, [join(root, 'scripts', 'build.mjs'), '--outdir', join(tmp, 'dist'), '--only', 'language-server.js'], { cwd: root, stdio: 'pipe', timeout: 120_000 });
  proc = spawn(process.execPath, [join(tmp, 'dist', 'language-server.js'), '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
  conn = createMessageConnection(new StreamMessageReader(proc.stdout!), new StreamMessageWriter(proc.stdin!));
  conn.onNotification('textDocument/publishDiagnostics', (p: { uri: string; diagnostics: Diagnostic[] }) => {
    if (!diagnostics.has(p.uri)) diagnostics.set(p.uri, []);
    diagnostics.get(p.uri)!.push(p.diagnostics);
    for (const w of [...waiters]) if (w.uri === p.uri && w.pred(p.diagnostics)) { waiters.splice(waiters.indexOf(w), 1); w.resolve(p.diagnostics); }
  });
  conn.onNotification('window/logMessage', () => undefined);
  conn.listen();
  await conn.sendRequest('initialize', {
    processId: process.pid, rootUri: pathToFileURL(ws).toString(), workspaceFolders: [{ uri: pathToFileURL(ws).toString(), name: 'ws' }],
    capabilities: {}, initializationOptions: { debounceMs: 20 },
  });
  conn.sendNotification('initialized', {});
  for (const f of ['main.asm', 'lib.inc', 'bad.asm', 'complete.asm']) open(f);
}, 180_000);

afterAll(async () => {
  const exited = new Promise((r) => { proc.once('exit', r); setTimeout(r, 5000); });
  try { await conn.sendRequest('shutdown'); await conn.sendNotification('exit'); } catch { /* already gone */ }
  await exited;
  conn.dispose();
  proc.kill();
  rmSync(tmp, { recursive: true, force: true });
});

describe('language server over LSP', () => {
  it('diagnostics from the assembler, with exact positions, in the file and in its include', async () => {
    const d = await diagnosticsFor(uri('bad.asm'), (x) => x.length > 0);
    expect(d.map((x) => ({ range: x.range, message: x.message, severity: x.severity, source: x.source }))).toEqual([
      { range: range(3, 8, 22), message: "unknown instruction `fooop'", severity: 1, source: 'vmx-asm' },
      { range: range(4, 16, 23), message: "symbol `nowhere' not defined", severity: 1, source: 'vmx-asm' },
    ]);
    const inc = await diagnosticsFor(uri('broken.inc'), (x) => x.length > 0);
    expect(inc).toHaveLength(1);
    expect(inc[0].range.start).toEqual({ line: 0, character: inc[0].range.start.character });
    expect(inc[0].message).toMatch(/scale|index/i);
    // the clean file has none
    expect(await diagnosticsFor(uri('main.asm'))).toEqual([]);
  });

  it('diagnostics follow edits (debounced) and clear when fixed', async () => {
    const fixed = FILES['bad.asm'].replace('fooop', 'xor  ').replace('nowhere', '_start ');
    conn.sendNotification('textDocument/didChange', { textDocument: { uri: uri('bad.asm'), version: 2 }, contentChanges: [{ text: fixed.replace('"broken.inc"', '"lib.inc"') }] });
    expect(await diagnosticsFor(uri('bad.asm'), (x) => x.length === 0)).toEqual([]);
    conn.sendNotification('textDocument/didChange', { textDocument: { uri: uri('bad.asm'), version: 3 }, contentChanges: [{ text: fixed.replace('"broken.inc"', '"lib.inc"').replace('xor  ', 'vmxoff rax') }] });
    const again = await diagnosticsFor(uri('bad.asm'), (x) => x.length === 1);
    expect(again[0].range.start.line).toBe(3);
  });

  it('hover: VMX instruction summaries with operation and failure conditions', async () => {
    const h = await hoverText('main.asm', 17, 'vmlaunch');
    expect(h).toContain('**VMLAUNCH**');
    expect(h).toContain('**Operation**');
    expect(h).toMatch(/VMfailValid\(4\)/);
    expect(await hoverText('main.asm', 12, 'rdmsr')).toMatch(/^\*\*RDMSR\*\*/);
  });

  it('hover: a number or equ name used as a VMCS encoding shows the field, width and group', async () => {
    const n = await hoverText('main.asm', 7, '0x681e', 2);
    expect(n).toContain('VMCS field GUEST_RIP');
    expect(n).toContain('natural-width');
    expect(n).toMatch(/group: Guest-state area/);
    const e = await hoverText('main.asm', 9, 'CTLS_FIELD', 1);
    expect(e).toContain('CTLS_FIELD');
    expect(e).toContain('0x4002');
    expect(e).toMatch(/VMCS field CPU_BASED_VM_EXEC_CONTROL/);
    expect(e).toContain('32-bit');
    const inc = await hoverText('main.asm', 18, 'GUEST_RIP', 1);
    expect(inc).toContain('VMCS field GUEST_RIP');
    expect(inc).toContain('`0x681e`');
  });

  it('hover: MSR numbers show their names', async () => {
    const m = await hoverText('main.asm', 11, '0x480', 1);
    expect(m).toContain('MSR IA32_VMX_BASIC');
  });

  it('completion: mnemonics at the head, registers, labels and vmx.inc names in operands, local labels after a dot', async () => {
    const labels = async (line: number, character: number) => ((await conn.sendRequest('textDocument/completion', at('complete.asm', line, character))) as CompletionItem[]).map((i) => i);
    const head = await labels(3, 12);
    const vmlaunch = head.find((i) => i.label === 'vmlaunch');
    expect(vmlaunch?.detail).toMatch(/^VMX: /);
    expect(head.some((i) => i.label === 'PRINT')).toBe(true); // macro from the include
    const ops = (await labels(4, 29)).map((i) => i.label);
    for (const l of ['rax', 'GUEST_RIP', 'start', 'print_str']) expect(ops).toContain(l);
    expect(ops).not.toContain('vmlaunch');
    const local = (await labels(5, 17)).map((i) => i.label);
    expect(local).toEqual(['.next']);
  });

  it('definition across includes: labels and macros', async () => {
    const call = await conn.sendRequest('textDocument/definition', at('main.asm', 14, col('main.asm', 14, 'print_str') + 3)) as Location[];
    expect(call).toEqual([{ uri: uri('lib.inc'), range: range(4, 0, 9) }]);
    const macro = await conn.sendRequest('textDocument/definition', at('main.asm', 13, col('main.asm', 13, 'PRINT') + 1)) as Location[];
    expect(macro).toEqual([{ uri: uri('lib.inc'), range: range(0, 7, 12) }]);
    const local = await conn.sendRequest('textDocument/definition', at('main.asm', 16, col('main.asm', 16, '.loop') + 2)) as Location[];
    expect(local).toEqual([{ uri: uri('main.asm'), range: range(15, 0, 5) }]);
  });

  it('references and rename of a label across includes', async () => {
    const refs = await conn.sendRequest('textDocument/references', { ...at('lib.inc', 4, 2), context: { includeDeclaration: true } }) as Location[];
    const key = (l: Location) => `${l.uri.slice(l.uri.lastIndexOf('/') + 1)}:${l.range.start.line}:${l.range.start.character}`;
    expect(refs.map(key).sort()).toEqual(['lib.inc:2:16', 'lib.inc:4:0', 'main.asm:14:16']);
    const edit = await conn.sendRequest('textDocument/rename', { ...at('main.asm', 14, 18), newName: 'puts' }) as WorkspaceEdit;
    expect(edit.changes![uri('main.asm')]).toEqual([{ range: range(14, 16, 25), newText: 'puts' }]);
    expect(edit.changes![uri('lib.inc')].sort((a, b) => a.range.start.line - b.range.start.line)).toEqual([
      { range: range(2, 16, 25), newText: 'puts' }, { range: range(4, 0, 9), newText: 'puts' },
    ]);
  });

  it('rename of a macro across includes and of a local label; invalid names are refused', async () => {
    const m = await conn.sendRequest('textDocument/rename', { ...at('lib.inc', 0, 8), newName: 'SAY' }) as WorkspaceEdit;
    expect(m.changes![uri('lib.inc')]).toEqual([{ range: range(0, 7, 12), newText: 'SAY' }]);
    expect(m.changes![uri('main.asm')]).toEqual([{ range: range(13, 8, 13), newText: 'SAY' }]);
    const l = await conn.sendRequest('textDocument/rename', { ...at('main.asm', 16, 18), newName: 'again' }) as WorkspaceEdit;
    expect(l.changes![uri('main.asm')]).toEqual([{ range: range(15, 0, 5), newText: '.again' }, { range: range(16, 16, 21), newText: '.again' }]);
    await expect(conn.sendRequest('textDocument/rename', { ...at('main.asm', 14, 18), newName: 'rax' })).rejects.toThrow(/not a valid NASM identifier/);
    await expect(conn.sendRequest('textDocument/rename', { ...at('main.asm', 18, 28), newName: 'X' })).rejects.toBeInstanceOf(ResponseError);
  });

  it('the examples are clean: vmx.inc built in, ../include resolved relative to the file', async () => {
    for (const f of ['02-first-guest/first-guest.asm', '06-nested/nested.asm']) {
      const p = join(root, 'examples', f);
      conn.sendNotification('textDocument/didOpen', { textDocument: { uri: pathToFileURL(p).toString(), languageId: 'vmx-asm', version: 1, text: readFileSync(p, 'utf8') } });
      expect(await diagnosticsFor(pathToFileURL(p).toString()), f).toEqual([]);
    }
  });

  it('outline and folding', async () => {
    const syms = await conn.sendRequest('textDocument/documentSymbol', { textDocument: { uri: uri('main.asm') } }) as DocumentSymbol[];
    const start = syms.find((s) => s.name === '_start')!;
    expect(start.children?.map((c) => c.name)).toEqual(['.loop']);
    expect(syms.map((s) => s.name)).toEqual(['CTLS_FIELD', '_start', 'msg']);
    const folds = await conn.sendRequest('textDocument/foldingRange', { textDocument: { uri: uri('lib.inc') } }) as FoldingRange[];
    expect(folds).toContainEqual(expect.objectContaining({ startLine: 0, endLine: 3 }));
  });
});
