// Byte-equality with `nasm -f bin` on a corpus covering the dialect: boot code, 16/32/64-bit
// mode switches, macros, structures, sections, data/expressions, VMX code and generated
// instruction corpora. Each file is checked against the nasm output recorded in
// corpus/expected.json (always) and against the installed nasm (when present; otherwise those
// checks are skipped with a visible message). ASM_UPDATE_EXPECTED=1 re-records expected.json.
import { describe, it, expect } from 'vitest';
import { readdirSync, readFileSync, writeFileSync, mkdtempSync } from 'fs';
import { join, basename } from 'path';
import { tmpdir } from 'os';
import { assemble, formatDiagnostic } from '../../emulator/asm';
import { generateVmxInc } from '../../emulator/vmx/arch/vmx-inc';
import { findNasm, runNasm, sha256 } from './nasm-helper';

const root = join(__dirname, '..', '..');
const corpusDir = join(__dirname, 'corpus');
const expectedFile = join(corpusDir, 'expected.json');
const exampleFiles = (() => {
  const out: string[] = [];
  try {
    for (const d of readdirSync(join(root, 'examples'))) {
      try { for (const f of readdirSync(join(root, 'examples', d))) if (f.endsWith('.asm')) out.push(join(root, 'examples', d, f)); } catch { /* not a dir */ }
    }
  } catch { /* no examples */ }
  return out;
})();
const corpusFiles = readdirSync(corpusDir).filter(f => f.endsWith('.asm')).sort().map(f => join(corpusDir, f));

type Expected = Record<string, { sha256: string; size: number }>;
let expected: Expected = {};
try { expected = JSON.parse(readFileSync(expectedFile, 'utf8')); } catch { expected = {}; }

const nasm = findNasm();
const vmxIncDir = mkdtempSync(join(tmpdir(), 'vmxinc-'));
writeFileSync(join(vmxIncDir, 'vmx.inc'), generateVmxInc());

const cache = new Map<string, ReturnType<typeof assemble>>();
function mine(file: string) {
  let r = cache.get(file);
  if (!r) {
    r = assemble(readFileSync(file, 'utf8'), { file, includePaths: [join(root, 'examples', 'include')] });
    cache.set(file, r);
  }
  return r;
}

describe('nasm byte-equality corpus', () => {
  it('has a corpus', () => {
    expect(corpusFiles.length).toBeGreaterThanOrEqual(10);
  });

  for (const file of corpusFiles) {
    const name = basename(file);
    it(`${name} matches the recorded nasm output`, () => {
      const r = mine(file);
      expect(r.diagnostics.filter(d => d.severity === 'error').map(formatDiagnostic)).toEqual([]);
      const exp = expected[name];
      expect(exp, `no recorded nasm output for ${name} (run with ASM_UPDATE_EXPECTED=1 and nasm installed)`).toBeDefined();
      expect({ size: r.bytes.length, sha256: sha256(r.bytes) }).toEqual(exp);
    });
  }

  const live = nasm ? it : it.skip;
  const liveName = (s: string) => nasm ? s : `${s} [SKIPPED: nasm is not installed]`;
  if (!nasm) console.warn('asm corpus: `nasm` not found; live nasm comparisons are skipped (recorded outputs are still checked)');

  for (const file of [...corpusFiles, ...exampleFiles]) {
    const name = file.startsWith(corpusDir) ? basename(file) : file.slice(root.length + 1);
    live(liveName(`${name} is byte-identical to nasm -f bin`), () => {
      const n = runNasm(file, [join(file, '..'), vmxIncDir, join(root, 'examples', 'include')]);
      if (!n.ok) {
        // examples written by others may be mid-edit; the corpus must always assemble
        expect(file.startsWith(corpusDir), `nasm failed on ${name}: ${n.stderr}`).toBe(false);
        return;
      }
      const r = mine(file);
      expect(r.diagnostics.filter(d => d.severity === 'error').map(formatDiagnostic)).toEqual([]);
      const a = Buffer.from(r.bytes);
      if (!a.equals(n.bytes)) {
        let i = 0;
        while (i < a.length && i < n.bytes.length && a[i] === n.bytes[i]) i++;
        const at = r.sourceMap.find(e => i >= e.offset && i < e.offset + e.size);
        throw new Error(`${name}: first difference at offset 0x${i.toString(16)} (nasm ${n.bytes.length} bytes, ours ${a.length})` +
          (at ? ` in ${at.loc.file}:${at.loc.line}: ${at.text}` : ''));
      }
      if (process.env.ASM_UPDATE_EXPECTED && file.startsWith(corpusDir)) {
        expected[name] = { sha256: sha256(n.bytes), size: n.bytes.length };
        writeFileSync(expectedFile, JSON.stringify(expected, null, 2) + '\n');
      }
    });
  }
});
