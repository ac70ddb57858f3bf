// Reads a .vsix (a zip: central directory per APPNOTE 4.3.12/4.3.16) and checks what the extension
// package must and must not contain. Used by scripts/package-vsix.mjs and test/extension/vsix.test.ts.
import { inflateRawSync } from 'node:zlib';

/** Entries of a zip file: name, method, sizes and the local header offset. */
export function listZip(buf) {
  let eocd = -1;
  for (let i = buf.length - 22; i >= Math.max(0, buf.length - 22 - 0xffff); i--) {
    if (buf.readUInt32LE(i) === 0x06054b50) { eocd = i; break; }
  }
  if (eocd < 0) throw new Error('not a zip file: no end-of-central-directory record');
  const count = buf.readUInt16LE(eocd + 10);
  let p = buf.readUInt32LE(eocd + 16);
  const out = [];
  for (let n = 0; n < count; n++) {
    if (buf.readUInt32LE(p) !== 0x02014b50) throw new Error(`zip central directory entry ${n} is corrupt`);
    const method = buf.readUInt16LE(p + 10), compressed = buf.readUInt32LE(p + 20), size = buf.readUInt32LE(p + 24);
    const nameLen = buf.readUInt16LE(p + 28), extraLen = buf.readUInt16LE(p + 30), commentLen = buf.readUInt16LE(p + 32);
    const offset = buf.readUInt32LE(p + 42);
    out.push({ name: buf.toString('utf8', p + 46, p + 46 + nameLen), method, compressed, size, offset });
    p += 46 + nameLen + extraLen + commentLen;
  }
  return out;
}

/** Contents of one entry (stored or deflated). */
export function readZipEntry(buf, entry) {
  const h = entry.offset;
  if (buf.readUInt32LE(h) !== 0x04034b50) throw new Error(`zip local header of ${entry.name} is corrupt`);
  const start = h + 30 + buf.readUInt16LE(h + 26) + buf.readUInt16LE(h + 28);
  const data = buf.subarray(start, start + entry.compressed);
  if (entry.method === 0) return Buffer.from(data);
  if (entry.method === 8) return inflateRawSync(data);
  throw new Error(`zip entry ${entry.name}: compression method ${entry.method} is not supported`);
}

export const REQUIRED = [
  'extension/package.json', 'extension/readme.md', 'extension/LICENSE.txt',
  'extension/dist/extension.js', 'extension/dist/language-server.js', 'extension/dist/vmxdbg.js', 'extension/dist/iced_x86_bg.wasm',
  'extension/syntaxes/vmx-asm.tmLanguage.json', 'extension/syntaxes/language-configuration.json',
  'extension/examples/02-first-guest/first-guest.asm', 'extension/examples/06-nested/nested.asm', 'extension/examples/include/hvlib.inc',
];
/** What must never be inside: dependencies (everything is bundled), sources, tests, source maps, dev files. */
export const FORBIDDEN = [
  [/(^|\/)node_modules\//, 'node_modules (everything is bundled)'],
  [/^extension\/(test|emulator|debug-adapter|cli|language-server|scripts|out|\.cache|\.ci|\.git)\//, 'sources, tests or build scripts'],
  [/^extension\/extension\//, 'extension sources'],
  [/\.ts$/, 'TypeScript sources'],
  [/\.map$/, 'source maps'],
  [/\.vsix$/, 'another .vsix'],
  [/^extension\/dist\/bench\.js$/, 'the benchmark bundle'],
];

/** Files the packaged manifest points at (main, icon, grammars, language configurations, walkthrough media). */
export function manifestFiles(pkg) {
  const rel = (p) => 'extension/' + p.replace(/^\.\//, '');
  const files = [rel(pkg.main.endsWith('.js') ? pkg.main : pkg.main + '.js')];
  if (pkg.icon) files.push(rel(pkg.icon));
  const c = pkg.contributes ?? {};
  for (const g of c.grammars ?? []) files.push(rel(g.path));
  for (const l of c.languages ?? []) if (l.configuration) files.push(rel(l.configuration));
  for (const w of c.walkthroughs ?? []) for (const s of w.steps) for (const m of Object.values(s.media ?? {})) if (typeof m === 'string' && m.includes('/')) files.push(rel(m));
  return files;
}

/** Problems of a .vsix given its entry names and packaged package.json ([] = fine). */
export function checkVsix(names, pkg) {
  const have = new Set(names);
  const problems = [];
  for (const f of [...REQUIRED, ...manifestFiles(pkg)]) if (!have.has(f)) problems.push(`missing ${f}`);
  for (const n of names) for (const [re, what] of FORBIDDEN) if (re.test(n)) problems.push(`${n}: ${what} must not be packaged`);
  if (pkg.dependencies && Object.keys(pkg.dependencies).length) problems.push(`package.json lists dependencies (${Object.keys(pkg.dependencies).join(', ')}) although everything is bundled`);
  if (pkg.devDependencies) problems.push('package.json lists devDependencies');
  return problems;
}

/** Reads and checks a .vsix buffer: { entries, pkg, problems }. */
export function inspectVsix(buf) {
  const entries = listZip(buf);
  const pj = entries.find((e) => e.name === 'extension/package.json');
  if (!pj) return { entries, pkg: undefined, problems: ['missing extension/package.json'] };
  const pkg = JSON.parse(readZipEntry(buf, pj).toString('utf8'));
  return { entries, pkg, problems: checkVsix(entries.map((e) => e.name), pkg) };
}
