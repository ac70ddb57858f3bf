/**
 * `npm run package` end to end: builds the .vsix (scripts/package-vsix.mjs, into test/.tmp so the
 * working tree's dist/ and .vsix stay untouched), then checks its contents and that the packaged
 * bundles run from the package layout (iced-x86's WASM found next to them).
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { execFileSync, spawn } from 'node:child_process';
import { readFileSync, rmSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { StreamMessageReader, StreamMessageWriter, createMessageConnection } from 'vscode-jsonrpc/node';
import { inspectVsix, checkVsix, listZip, readZipEntry, ZipEntry } from '../../scripts/vsix.mjs';

const root = join(__dirname, '..', '..');
const tmp = join(root, 'test', '.tmp', `vsix-${process.pid}`);
const vsixPath = join(tmp, 'vmx-debugger.vsix');
const stage = join(tmp, 'stage');
let buf: Buffer;

beforeAll(() => {
  rmSync(tmp, { recursive: true, force: true });
  mkdirSync(tmp, { recursive: true });
  execFileSync(process.execPath, [join(root, 'scripts', 'package-vsix.mjs'), '--out', vsixPath, '--stage', stage], { cwd: root, stdio: 'pipe', timeout: 180_000 });
  buf = readFileSync(vsixPath);
}, 200_000);
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('.vsix package', () => {
  it('holds the bundles, the WASM, the grammar, icon, walkthrough and examples, and nothing else', () => {
    const { entries, pkg, problems } = inspectVsix(buf);
    expect(problems).toEqual([]);
    const names = entries.map((e: ZipEntry) => e.name);
    for (const f of ['extension/dist/extension.js', 'extension/dist/iced_x86_bg.wasm', 'extension/syntaxes/vmx-asm.tmLanguage.json']) expect(names).toContain(f);
    expect(names.filter((n: string) => /node_modules|\/test\/|\.test\.|\.ts$|\.map$/.test(n))).toEqual([]);
    expect(pkg!.contributes).toEqual(JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).contributes);
    expect(pkg!.scripts).toBeUndefined();
    // the grammar inside is the committed one, byte for byte
    const g = entries.find((e: ZipEntry) => e.name === 'extension/syntaxes/vmx-asm.tmLanguage.json')!;
    expect(readZipEntry(buf, g).toString('utf8')).toBe(readFileSync(join(root, 'syntaxes', 'vmx-asm.tmLanguage.json'), 'utf8'));
  });

  it('the checker rejects node_modules, sources, maps and missing files', () => {
    const { entries, pkg } = inspectVsix(buf);
    const names = entries.map((e: ZipEntry) => e.name).filter((n: string) => n !== 'extension/dist/iced_x86_bg.wasm');
    const bad = checkVsix([...names, 'extension/node_modules/iced-x86/iced_x86.js', 'extension/emulator/machine.ts', 'extension/dist/extension.js.map'], { ...pkg!, dependencies: { 'iced-x86': '^1' } });
    expect(bad).toEqual([
      'missing extension/dist/iced_x86_bg.wasm',
      'extension/node_modules/iced-x86/iced_x86.js: node_modules (everything is bundled) must not be packaged',
      'extension/emulator/machine.ts: sources, tests or build scripts must not be packaged',
      'extension/emulator/machine.ts: TypeScript sources must not be packaged',
      'extension/dist/extension.js.map: source maps must not be packaged',
      'package.json lists dependencies (iced-x86) although everything is bundled',
    ]);
    expect(() => listZip(Buffer.from('not a zip at all, just some bytes'))).toThrow(/not a zip file/);
  });

  it('the packaged vmxdbg.js runs a program (CLI and process-mode adapter)', () => {
    const out = execFileSync(process.execPath, [join(stage, 'dist', 'vmxdbg.js'), 'run', join(root, 'examples', '00-hello', 'hello.asm')], { encoding: 'utf8', timeout: 60_000 });
    expect(out).toBe(readFileSync(join(root, 'examples', '00-hello', 'expected.txt'), 'utf8'));
  });

  it('the packaged language server answers over stdio', async () => {
    const proc = spawn(process.execPath, [join(stage, 'dist', 'language-server.js'), '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
    const conn = createMessageConnection(new StreamMessageReader(proc.stdout!), new StreamMessageWriter(proc.stdin!));
    conn.listen();
    try {
      const r = await conn.sendRequest('initialize', { processId: process.pid, rootUri: null, capabilities: {} }) as { capabilities: { hoverProvider?: boolean }; serverInfo?: { name: string } };
      expect(r.serverInfo?.name).toBe('vmx-asm');
      expect(r.capabilities.hoverProvider).toBe(true);
      const exited = new Promise((res) => proc.once('exit', res));
      await conn.sendRequest('shutdown');
      await conn.sendNotification('exit');
      expect(await exited).toBe(0);
    } finally { conn.dispose(); proc.kill(); }
  });
});
