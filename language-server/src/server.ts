/**
 * The vmx-asm language server: LSP over any vscode-languageserver Connection (stdio/IPC in
 * main.ts, in-memory streams in the tests). Diagnostics come from the real assembler, debounced.
 */
import * as path from 'path';
import { fileURLToPath } from 'url';
import {
  Connection, TextDocuments, TextDocumentSyncKind, InitializeParams, InitializeResult, WorkspaceEdit, ResponseError, ErrorCodes,
  FileChangeType,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { AsmWorkspace } from './workspace';
import { AsmLanguageService, uriOf } from './features';

export interface ServerOptions { debounceMs?: number }

export function pathOf(uri: string): string | undefined {
  if (!uri.startsWith('file:')) return undefined;
  try { return fileURLToPath(uri); } catch { return undefined; }
}

export function startServer(connection: Connection, options: ServerOptions = {}): void {
  const documents = new TextDocuments(TextDocument);
  const ws = new AsmWorkspace();
  const svc = new AsmLanguageService(ws);
  const uris = new Map<string, string>(); // path -> uri as the client sent it
  const published = new Set<string>();
  const timers = new Map<string, NodeJS.Timeout>();
  let debounceMs = options.debounceMs ?? 300;

  const keyOf = (uri: string): string => {
    const p = pathOf(uri);
    if (p) { const k = AsmWorkspace.normalize(p); uris.set(k, uri); return k; }
    // untitled documents get a stable fake path
    const k = path.resolve('/__untitled__', encodeURIComponent(uri) + '.asm');
    uris.set(k, uri);
    return k;
  };
  const uriFor = (p: string) => uris.get(p) ?? uriOf(p);

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    const init = (params.initializationOptions ?? {}) as { includePaths?: string[]; debounceMs?: number };
    ws.includePaths = init.includePaths ?? [];
    if (typeof init.debounceMs === 'number') debounceMs = init.debounceMs;
    ws.roots = (params.workspaceFolders ?? []).map((f) => pathOf(f.uri)).filter((x): x is string => !!x);
    if (!ws.roots.length && params.rootUri) { const r = pathOf(params.rootUri); if (r) ws.roots = [r]; }
    return {
      capabilities: {
        textDocumentSync: TextDocumentSyncKind.Incremental,
        hoverProvider: true,
        completionProvider: { triggerCharacters: ['.', '%'] },
        definitionProvider: true,
        referencesProvider: true,
        renameProvider: { prepareProvider: true },
        documentSymbolProvider: true,
        foldingRangeProvider: true,
      },
      serverInfo: { name: 'vmx-asm', version: '0.1.0' },
    };
  });

  const runDiagnostics = (p: string) => {
    let res: Map<string, import('vscode-languageserver').Diagnostic[]>;
    try { res = svc.diagnostics(p); } catch (e) {
      connection.console.error(`diagnostics for ${p}: ${e instanceof Error ? e.stack ?? e.message : String(e)}`);
      return;
    }
    for (const [file, diags] of res) {
      // publish for open documents, and for closed files only when they have problems (or had)
      if (!ws.isOpen(file) && !diags.length && !published.has(file)) continue;
      void connection.sendDiagnostics({ uri: uriFor(file), diagnostics: diags });
      if (diags.length) published.add(file); else published.delete(file);
    }
  };
  const schedule = (p: string) => {
    clearTimeout(timers.get(p));
    timers.set(p, setTimeout(() => { timers.delete(p); runDiagnostics(p); }, debounceMs));
  };

  documents.onDidOpen((e) => { const p = keyOf(e.document.uri); ws.open(p, e.document.getText()); schedule(p); });
  documents.onDidChangeContent((e) => { const p = keyOf(e.document.uri); ws.open(p, e.document.getText()); schedule(p); });
  documents.onDidClose((e) => {
    const p = keyOf(e.document.uri);
    ws.close(p);
    clearTimeout(timers.get(p));
    if (published.has(p)) { void connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] }); published.delete(p); }
  });
  connection.onDidChangeWatchedFiles((e) => {
    for (const c of e.changes) {
      const p = pathOf(c.uri);
      if (!p) continue;
      ws.invalidate(p);
      if (c.type !== FileChangeType.Deleted) for (const o of ws.openFiles()) if (ws.related(o).includes(AsmWorkspace.normalize(p))) schedule(o);
    }
  });
  connection.onDidChangeConfiguration((e) => {
    const s = (e.settings as { vmx?: { includePaths?: string[] } } | undefined)?.vmx;
    if (s?.includePaths) { ws.includePaths = s.includePaths; for (const o of ws.openFiles()) schedule(o); }
  });

  const guard = <T>(fn: () => T, fallback: T): T => {
    try { return fn(); } catch (e) { connection.console.error(e instanceof Error ? e.stack ?? e.message : String(e)); return fallback; }
  };
  connection.onHover((p) => guard(() => svc.hover(keyOf(p.textDocument.uri), p.position) ?? null, null));
  connection.onCompletion((p) => guard(() => svc.complete(keyOf(p.textDocument.uri), p.position), []));
  connection.onDefinition((p) => guard(() => svc.definition(keyOf(p.textDocument.uri), p.position).map((l) => ({ ...l, uri: uriFor(pathOf(l.uri) ?? l.uri) })), []));
  connection.onReferences((p) => guard(() => svc.references(keyOf(p.textDocument.uri), p.position, p.context.includeDeclaration).map((l) => ({ ...l, uri: uriFor(pathOf(l.uri) ?? l.uri) })), []));
  connection.onPrepareRename((p) => guard(() => svc.prepareRename(keyOf(p.textDocument.uri), p.position) ?? null, null));
  connection.onRenameRequest((p) => {
    try {
      const edits = svc.rename(keyOf(p.textDocument.uri), p.position, p.newName);
      const we: WorkspaceEdit = { changes: {} };
      for (const [file, list] of edits) we.changes![uriFor(file)] = list;
      return we;
    } catch (e) {
      return new ResponseError(ErrorCodes.InvalidRequest, e instanceof Error ? e.message : String(e));
    }
  });
  connection.onDocumentSymbol((p) => guard(() => svc.symbols(keyOf(p.textDocument.uri)), []));
  connection.onFoldingRanges((p) => guard(() => svc.folding(keyOf(p.textDocument.uri)), []));

  documents.listen(connection);
  connection.listen();
}
