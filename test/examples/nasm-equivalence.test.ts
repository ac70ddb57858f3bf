// Every bundled example is plain NASM: with the vmx.inc that `vmxdbg vmx-inc` writes, Debian's nasm
// produces the same bytes as the built-in assembler.
import { describe, it, expect } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { vmxIncCommand } from '../../cli/vmx-inc';
import { assemble, formatDiagnostic } from '../../emulator/asm';

const ROOT = join(__dirname, '..', '..');
const hasNasm = spawnSync('nasm', ['-v']).status === 0;
if (!hasNasm) console.warn('[examples] nasm not found: skipping the nasm equivalence of the examples (apt-get install -y nasm)');

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    if (statSync(p).isDirectory()) return n === 'include' ? [] : sources(p);
    return n.endsWith('.asm') ? [p] : [];
  });
}

describe.skipIf(!hasNasm)('examples assemble identically with nasm and vmxdbg vmx-inc', () => {
  const tmp = mkdtempSync(join(tmpdir(), 'vmxinc-ex-'));
  const inc = join(tmp, 'vmx.inc');
  it('vmxdbg vmx-inc -o writes the include', async () => {
    expect(await vmxIncCommand(['-o', inc])).toBe(0);
    expect(readFileSync(inc, 'utf8')).toMatch(/^GUEST_RIP\s+equ 0x681e/m);
    await expect(vmxIncCommand(['stray'])).rejects.toThrow(/vmx-inc takes no file arguments/);
  });
  const files = sources(join(ROOT, 'examples'));
  it('finds the examples', () => expect(files.length).toBeGreaterThanOrEqual(6));
  for (const f of files) {
    it(relative(ROOT, f), () => {
      const incPaths = [dirname(f), join(ROOT, 'examples/include')];
      const ours = assemble(readFileSync(f, 'utf8'), { file: f, includePaths: incPaths });
      expect(ours.ok, ours.diagnostics.map(formatDiagnostic).join('\n')).toBe(true);
      const out = join(tmp, 'out.bin');
      const r = spawnSync('nasm', ['-f', 'bin', ...[...incPaths, tmp].flatMap((p) => ['-I', p + '/']), '-o', out, f], { encoding: 'utf8' });
      expect(r.status, r.stderr).toBe(0);
      expect(Buffer.from(ours.bytes).equals(readFileSync(out))).toBe(true);
    });
  }
  it('cleans up', () => rmSync(tmp, { recursive: true, force: true }));
});
