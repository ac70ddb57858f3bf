/**
 * The extension manifest (package.json) against what the code does: activate() runs against a
 * recording stand-in for the `vscode` module, and the commands, views, debug type, language client
 * and adapter it registers must be exactly the ones contributed; settings read in the sources must be
 * declared; launch attributes must be the adapter's launch arguments; menus, walkthrough, grammar,
 * icon and activation events must point at things that exist.
 */
import { describe, it, expect, vi, beforeAll } from 'vitest';
import { readFileSync, readdirSync, existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { validateLaunchArguments } from '../../debug-adapter/session';
import { EXCEPTION_FILTERS } from '../../debug-adapter/protocol';
import { PROFILE_NAMES } from '../../emulator/vmx/capabilities';
import { initialConfigurations, ASM_EXTENSIONS } from '../../extension/src/model/config';
import { EXAMPLES } from '../../extension/src/examples';

const root = join(__dirname, '..', '..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const C = pkg.contributes;
const EXT_PATH = '/opt/vmx-ext';

// ------------------------------------------------------------------------------------------------ the vscode stand-in

const rec = vi.hoisted(() => ({
  commands: new Map<string, (...a: unknown[]) => unknown>(),
  executed: [] as unknown[][],
  treeViews: [] as string[],
  configProviders: [] as { type: string; trigger?: number }[],
  factories: [] as { type: string; factory: { createDebugAdapterDescriptor(): Promise<unknown> } }[],
  trackers: [] as string[],
  selectors: [] as unknown[],
  settings: new Map<string, unknown>(),
  clients: [] as { id: string; server: { run: { module: string } }; client: { documentSelector: { language: string }[] } }[],
}));

vi.mock('vscode', () => {
  const disposable = () => ({ dispose() {} });
  class EventEmitter<T> {
    private fns: ((v: T) => void)[] = [];
    event = (fn: (v: T) => void) => { this.fns.push(fn); return disposable(); };
    fire(v: T) { for (const f of this.fns) f(v); }
    dispose() {}
  }
  class Uri { constructor(readonly scheme: string, readonly fsPath: string) {} static file(p: string) { return new Uri('file', p); } }
  class DebugAdapterExecutable { constructor(readonly command: string, readonly args: string[]) {} }
  class DebugAdapterInlineImplementation { constructor(readonly implementation: unknown) {} }
  class ThemeColor { constructor(readonly id: string) {} }
  /** Namespaces fail loudly on members the stand-in lacks, so a new API use shows up here. */
  const strict = <T extends object>(name: string, o: T): T => new Proxy(o, {
    get(t, k) {
      if (k in t || typeof k === 'symbol' || k === 'then') return (t as Record<string | symbol, unknown>)[k];
      throw new Error(`vscode stand-in: ${name}.${String(k)} is not mocked`);
    },
  });
  return {
    EventEmitter, Uri, DebugAdapterExecutable, DebugAdapterInlineImplementation, ThemeColor,
    DebugConfigurationProviderTriggerKind: { Initial: 1, Dynamic: 2 },
    StatusBarAlignment: { Left: 1, Right: 2 },
    commands: strict('commands', {
      registerCommand: (id: string, fn: (...a: unknown[]) => unknown) => { if (rec.commands.has(id)) throw new Error(`command ${id} registered twice`); rec.commands.set(id, fn); return disposable(); },
      executeCommand: async (...a: unknown[]) => { rec.executed.push(a); },
    }),
    debug: strict('debug', {
      registerDebugConfigurationProvider: (type: string, _p: unknown, trigger?: number) => { rec.configProviders.push({ type, trigger }); return disposable(); },
      registerDebugAdapterDescriptorFactory: (type: string, factory: never) => { rec.factories.push({ type, factory }); return disposable(); },
      registerDebugAdapterTrackerFactory: (type: string) => { rec.trackers.push(type); return disposable(); },
      onDidTerminateDebugSession: disposable, onDidChangeActiveDebugSession: disposable,
    }),
    window: strict('window', {
      createTreeView: (id: string) => { rec.treeViews.push(id); return { onDidChangeSelection: disposable, dispose() {} }; },
      createStatusBarItem: () => ({ show() {}, hide() {}, dispose() {} }),
      createOutputChannel: () => ({ appendLine() {}, dispose() {} }),
      createTextEditorDecorationType: () => ({ dispose() {} }),
      activeTextEditor: undefined,
    }),
    workspace: strict('workspace', {
      getConfiguration: (section: string) => ({ get: (k: string, d: unknown) => (rec.settings.has(`${section}.${k}`) ? rec.settings.get(`${section}.${k}`) : d) }),
      onDidOpenTextDocument: disposable,
      registerTextDocumentContentProvider: disposable,
      textDocuments: [],
      workspaceFolders: undefined,
    }),
    languages: strict('languages', {
      registerInlineValuesProvider: (sel: unknown) => { rec.selectors.push(sel); return disposable(); },
      registerHoverProvider: (sel: unknown) => { rec.selectors.push(sel); return disposable(); },
    }),
  };
});

vi.mock('vscode-languageclient/node', () => ({
  TransportKind: { stdio: 0, ipc: 1 },
  LanguageClient: class {
    constructor(id: string, _name: string, server: never, client: never) { rec.clients.push({ id, server, client }); }
    start() { return Promise.resolve(); }
    stop() { return Promise.resolve(); }
  },
}));

const memento = () => { const m = new Map<string, unknown>(); return { get: (k: string) => m.get(k), update: async (k: string, v: unknown) => { m.set(k, v); } }; };
const ctx = {
  subscriptions: [] as { dispose(): void }[], extensionPath: EXT_PATH, globalState: memento(), workspaceState: memento(),
  extension: { id: `${pkg.publisher}.${pkg.name}` }, globalStorageUri: { fsPath: '/tmp/vmx-ext-storage' },
};

beforeAll(async () => {
  const ext = await import('../../extension/src/extension');
  ext.activate(ctx as never);
});

// ------------------------------------------------------------------------------------------------ helpers

const srcFiles = (dir: string): string[] => readdirSync(dir, { withFileTypes: true }).flatMap((e) => e.isDirectory() ? srcFiles(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : []);
const extensionSource = srcFiles(join(root, 'extension', 'src')).map((f) => readFileSync(f, 'utf8')).join('\n');
const contributedCommands: string[] = C.commands.map((c: { command: string }) => c.command);
const contributedViews: string[] = Object.values(C.views as Record<string, { id: string }[]>).flat().map((v) => v.id);
const allMenuItems = Object.entries(C.menus as Record<string, { command: string; when?: string }[]>).flatMap(([menu, items]) => items.map((i) => ({ menu, ...i })));

// ------------------------------------------------------------------------------------------------ tests

describe('extension manifest', () => {
  it('is a VS Code extension manifest: publisher, engine, main bundle, categories, icon', () => {
    expect(pkg.publisher).toMatch(/^[a-z0-9][a-z0-9-]*$/);
    expect(pkg.engines.vscode).toBe('^1.82.0');
    expect(pkg.devDependencies['@types/vscode']).toBe('~1.82.0');
    expect(pkg.categories).toEqual(['Debuggers', 'Programming Languages']);
    expect(pkg.keywords.length).toBeGreaterThanOrEqual(5);
    expect(pkg.main).toBe('./dist/extension.js');
    // the bundle the manifest runs is the one scripts/build.mjs produces from the extension sources
    const build = readFileSync(join(root, 'scripts', 'build.mjs'), 'utf8');
    expect(build).toMatch(/\['extension\/src\/extension\.ts', 'extension\.js', \{ external: \['vscode'\]/);
    expect(build).toMatch(/\['language-server\/src\/main\.ts', 'language-server\.js'/);
    expect(build).toMatch(/\['cli\/vmxdbg\.ts', 'vmxdbg\.js'\]/);
    const png = readFileSync(join(root, pkg.icon));
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect(png.readUInt32BE(16)).toBeGreaterThanOrEqual(128); // IHDR width
    expect(png.readUInt32BE(20)).toBe(png.readUInt32BE(16));
    expect(pkg.scripts.package).toBeDefined();
  });

  it('activate() registers exactly the contributed commands', () => {
    expect([...rec.commands.keys()].sort()).toEqual([...contributedCommands].sort());
    for (const c of C.commands) expect(c.title.length, c.command).toBeGreaterThan(3);
  });

  it('activate() creates exactly the contributed views, all in the Run and Debug container', () => {
    expect(Object.keys(C.views)).toEqual(['debug']);
    expect([...rec.treeViews].sort()).toEqual([...contributedViews].sort());
    for (const v of C.views.debug) expect(v.when).toBe("inDebugMode && debugType == 'vmx'"); // hidden when no session runs
    // `<view>.focus` commands the code runs must name contributed views
    const focus = [...extensionSource.matchAll(/'(vmx\.[\w.]+)\.focus'/g)].map((m) => m[1]);
    expect(focus.length).toBeGreaterThan(0);
    for (const v of focus) expect(contributedViews).toContain(v);
    for (const w of C.viewsWelcome) expect(contributedViews).toContain(w.view);
  });

  it('debug type, adapter factory, tracker and language client match the contributions', async () => {
    const type = C.debuggers[0].type;
    expect(C.debuggers).toHaveLength(1);
    expect(new Set(rec.configProviders.map((p) => p.type))).toEqual(new Set([type]));
    expect(rec.configProviders.some((p) => p.trigger === 2)).toBe(true); // dynamic: offered in the F5 picker
    expect(rec.factories.map((f) => f.type)).toEqual([type]);
    expect(rec.trackers).toEqual([type]);
    const lang = C.languages[0].id;
    expect(C.debuggers[0].languages).toEqual([lang]);
    expect(C.breakpoints.map((b: { language: string }) => b.language)).toContain(lang);
    for (const sel of rec.selectors) expect(sel).toEqual([{ language: lang }]);
    expect(rec.clients).toHaveLength(1);
    expect(rec.clients[0].client.documentSelector.map((d) => d.language)).toEqual([lang, lang]);
    expect(rec.clients[0].server.run.module).toBe(join(EXT_PATH, 'dist', 'language-server.js'));

    const factory = rec.factories[0].factory;
    const inline = await factory.createDebugAdapterDescriptor() as { implementation: { constructor: { name: string } } };
    expect(inline.implementation.constructor.name).toBe('VmxDebugSession');
    rec.settings.set('vmx.adapter.mode', 'process');
    try {
      const proc = await factory.createDebugAdapterDescriptor() as { command: string; args: string[] };
      expect(proc).toEqual({ command: 'node', args: [join(EXT_PATH, 'dist', 'vmxdbg.js'), 'dap'] });
    } finally { rec.settings.delete('vmx.adapter.mode'); }
  });

  it('the walkthrough command opens the contributed walkthrough', async () => {
    await rec.commands.get('vmx.openWalkthrough')!();
    const call = rec.executed.find((a) => a[0] === 'workbench.action.openWalkthrough');
    expect(call?.[1]).toBe(`${pkg.publisher}.${pkg.name}#${C.walkthroughs[0].id}`);
  });

  it('every setting the sources read is declared, and every declared setting is read', () => {
    const read = new Set([...extensionSource.matchAll(/getConfiguration\('vmx'\)\.get<[^>]+>\('([\w.]+)'/g)].map((m) => `vmx.${m[1]}`));
    expect(extensionSource).not.toMatch(/getConfiguration\('vmx\./); // one section: keys as declared
    const declared = new Set(Object.keys(C.configuration.properties));
    expect([...read].sort()).toEqual([...declared].sort());
    expect(C.configuration.properties['vmx.exitHistoryLimit'].maximum).toBe(1000); // the adapter's bound on vmx/exits
  });

  it('launch attributes are the adapter\'s launch arguments; snippets and initial configurations launch', () => {
    const proto = readFileSync(join(root, 'debug-adapter', 'protocol.ts'), 'utf8');
    const body = /export interface VmxLaunchArguments \{([\s\S]*?)\n\}/.exec(proto)![1];
    const args = [...body.matchAll(/^\s{2}(\w+)\??:/gm)].map((m) => m[1]).filter((a) => a !== 'noDebug');
    const attrs = C.debuggers[0].configurationAttributes.launch;
    expect(Object.keys(attrs.properties).sort()).toEqual(args.sort());
    expect(attrs.required).toEqual(['program']);
    expect(attrs.properties.cpuProfile.examples).toEqual(PROFILE_NAMES);
    expect(C.debuggers[0].initialConfigurations).toEqual(initialConfigurations());
    const concrete = (v: unknown): unknown => typeof v === 'string'
      ? v.replace(/^\^"(.*)"$/, '$1').replace(/\\?\$\{workspaceFolder\}/g, '/w').replace(/\$\{file\}/g, '/w/hv.asm').replace(/\$\{\d+:([^}]*)\}/g, '$1')
      : v;
    const configs = [...C.debuggers[0].initialConfigurations, ...C.debuggers[0].configurationSnippets.map((s: { body: object }) => s.body)];
    for (const c of configs) {
      const launch = Object.fromEntries(Object.entries(c).map(([k, v]) => [k, concrete(v)]));
      expect(() => validateLaunchArguments(launch), JSON.stringify(launch)).not.toThrow();
      for (const k of Object.keys(c)) if (!['type', 'request', 'name'].includes(k)) expect(attrs.properties).toHaveProperty(k);
    }
  });

  it('menus name contributed commands and views; item conditions match context values the views set', () => {
    const contextValues = [...extensionSource.matchAll(/contextValue: '(\w+)'/g)].map((m) => m[1]);
    contextValues.push('vmcsField editable address', 'vmcsField', 'eptLeaf', 'eptTable', 'eptFault', 'eptStep');
    for (const item of allMenuItems) {
      expect(contributedCommands, `${item.menu}: ${item.command}`).toContain(item.command);
      const when = item.when ?? '';
      for (const m of when.matchAll(/\bview == ([\w.]+)/g)) expect([...contributedViews, 'workbench.debug.breakPointsView']).toContain(m[1]);
      const re = /viewItem =~ \/(.+?)\/(?:\s|$)/.exec(when)?.[1];
      const eq = /viewItem == (\w+)/.exec(when)?.[1];
      if (re) expect(contextValues.some((v) => new RegExp(re).test(v)), `${item.command}: ${re}`).toBe(true);
      if (eq) expect(contextValues).toContain(eq);
    }
    // commands that need a tree item are hidden from the palette
    for (const id of ['vmx.vmcs.editField', 'vmx.vmcs.copyValue', 'vmx.revealInMemory', 'vmx.exits.reveal']) {
      expect(C.menus.commandPalette.find((m: { command: string }) => m.command === id)?.when).toBe('false');
    }
  });

  it('activation only on the debug type, the language, other assembly modes (association offer), commands and views', () => {
    const events: string[] = pkg.activationEvents;
    expect(events).toContain('onDebugResolve:vmx');
    expect(events).toContain('onLanguage:vmx-asm');
    expect(events).not.toContain('*');
    expect(events.some((e) => e.startsWith('workspaceContains:'))).toBe(false);
    for (const e of events) {
      const [kind, id] = e.split(':');
      if (kind === 'onCommand') expect(contributedCommands).toContain(id);
      else if (kind === 'onView') expect(contributedViews).toContain(id);
      else if (kind === 'onDebugResolve' || kind === 'onDebugDynamicConfigurations') expect(id).toBe('vmx');
      else expect(['onLanguage', 'onDebugInitialConfigurations']).toContain(kind);
    }
  });

  it('language, grammar and language configuration', () => {
    const lang = C.languages[0];
    expect(lang.id).toBe('vmx-asm');
    expect(lang.extensions).toEqual(ASM_EXTENSIONS);
    const g = JSON.parse(readFileSync(join(root, C.grammars[0].path), 'utf8'));
    expect(C.grammars[0].scopeName).toBe(g.scopeName);
    expect(C.grammars[0].language).toBe(lang.id);
    const conf = JSON.parse(readFileSync(join(root, lang.configuration), 'utf8'));
    expect(conf.comments.lineComment).toBe(';');
    // the toggles' filters are the adapter's exception filters
    expect(extensionSource).toMatch(/toggle\('vmx\.toggleBreakOnVmxFailure', EXCEPTION_FILTERS\.vmxFailure/);
    expect(EXCEPTION_FILTERS.vmxFailure).toBe('vmx-failure');
  });

  it('walkthrough: media exist, links run contributed commands, example links name shipped examples', () => {
    const w = C.walkthroughs[0];
    expect(w.steps.length).toBeGreaterThanOrEqual(5);
    const exampleFiles = EXAMPLES.map((e) => e.file);
    for (const f of exampleFiles) expect(existsSync(join(root, 'examples', f)), f).toBe(true);
    for (const s of w.steps) {
      expect(statSync(join(root, s.media.markdown)).size, s.id).toBeGreaterThan(200);
      for (const m of (s.description as string).matchAll(/\(command:([\w.]+)(?:\?([^)]*))?\)/g)) {
        expect(contributedCommands).toContain(m[1]);
        if (m[1] === 'vmx.openExample') expect(exampleFiles).toContain(JSON.parse(decodeURIComponent(m[2]))[0]);
      }
      for (const e of s.completionEvents ?? []) {
        const [kind, id] = [e.slice(0, e.indexOf(':')), e.slice(e.indexOf(':') + 1)];
        if (kind === 'onCommand') expect(contributedCommands).toContain(id);
        if (kind === 'onView') expect(contributedViews).toContain(id);
      }
    }
    for (const step of ['02-first-guest/first-guest.asm', '05-ept/ept.asm', '06-nested/nested.asm']) {
      expect(w.steps.some((s: { description: string }) => decodeURIComponent(s.description).includes(step)), step).toBe(true);
    }
  });
});
