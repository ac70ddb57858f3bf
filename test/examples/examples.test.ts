// The hypervisor examples run through the CLI (`vmxdbg run <file> --trace-exits --stats`, in process):
// guest output must match expected*.txt and the exit trace (one line per exit, hardware and virtual,
// with levels) expected-trace*.txt. Regenerate after an intended change with
//   node dist/vmxdbg.js run <file> --trace-exits 2>&1 >expected.txt | grep -E '^L[0-9]+->L' >expected-trace.txt
import { describe, it, expect, vi, afterEach } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCommand } from '../../cli/run';

const ROOT = join(__dirname, '..', '..');
const EXAMPLES = [
  { file: 'examples/05-ept/ept.asm', stdout: 'examples/05-ept/expected.txt', trace: 'examples/05-ept/expected-trace.txt', exits: 5, virtual: 0 },
  { file: 'examples/06-nested/nested.asm', stdout: 'examples/06-nested/expected.txt', trace: 'examples/06-nested/expected-trace.txt', exits: 38, virtual: 11 },
  { file: 'examples/06-nested/nested-noshadow.asm', stdout: 'examples/06-nested/expected-noshadow.txt', trace: 'examples/06-nested/expected-trace-noshadow.txt', exits: 147, virtual: 11 },
];

async function runCli(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '', stderr = '';
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => { stdout += Buffer.from(chunk).toString('latin1'); return true; });
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => { stderr += Buffer.from(chunk).toString('latin1'); return true; });
  try { return { code: await runCommand(args), stdout, stderr }; } finally { vi.restoreAllMocks(); }
}

describe('examples: vmxdbg run --trace-exits', () => {
  afterEach(() => vi.restoreAllMocks());
  for (const ex of EXAMPLES) {
    it(ex.file, async () => {
      const r = await runCli([join(ROOT, ex.file), '--trace-exits', '--stats']);
      expect(r.code, r.stderr).toBe(0);
      expect(r.stdout).toBe(readFileSync(join(ROOT, ex.stdout), 'latin1'));
      const trace = r.stderr.split('\n').filter((l) => /^L\d+->L\d+ /.test(l));
      expect(trace).toEqual(readFileSync(join(ROOT, ex.trace), 'utf8').split('\n').filter(Boolean));
      expect(r.stderr).toMatch(new RegExp(`VM exits: ${ex.exits}${ex.virtual ? ` \\(\\+${ex.virtual} virtual\\)` : ''}\\n`));
    });
  }
});
