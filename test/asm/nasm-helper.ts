// Helpers for comparing with the Debian `nasm` package (tests skip visibly when it is absent).
import { execFileSync } from 'child_process';
import { mkdtempSync, readFileSync, writeFileSync, existsSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { createHash } from 'crypto';

let nasmPath: string | null | undefined;

/** Path of a working nasm (env NASM, or `nasm` on PATH), or null. */
export function findNasm(): string | null {
  if (nasmPath !== undefined) return nasmPath;
  const cands = [process.env.NASM, 'nasm', '/usr/bin/nasm'].filter((x): x is string => !!x);
  nasmPath = null;
  for (const c of cands) {
    try {
      execFileSync(c, ['-v'], { stdio: 'pipe' });
      nasmPath = c;
      break;
    } catch { /* not this one */ }
  }
  return nasmPath;
}

export interface NasmRun { ok: boolean; bytes: Buffer; stderr: string }

/** Assemble a file with nasm -f bin. */
export function runNasm(file: string, includeDirs: string[] = []): NasmRun {
  const nasm = findNasm();
  if (!nasm) throw new Error('nasm not installed');
  const dir = mkdtempSync(join(tmpdir(), 'asmcmp-'));
  const out = join(dir, 'out.bin');
  try {
    execFileSync(nasm, ['-f', 'bin', ...includeDirs.flatMap(d => ['-I', d.endsWith('/') ? d : d + '/']), file, '-o', out], { stdio: 'pipe' });
    return { ok: true, bytes: existsSync(out) ? readFileSync(out) : Buffer.alloc(0), stderr: '' };
  } catch (e) {
    const err = e as { stderr?: Buffer };
    return { ok: false, bytes: Buffer.alloc(0), stderr: String(err.stderr ?? e) };
  }
}

/** Assemble a source string with nasm. */
export function runNasmSource(src: string, includeDirs: string[] = []): NasmRun {
  const dir = mkdtempSync(join(tmpdir(), 'asmsrc-'));
  const f = join(dir, 'in.asm');
  writeFileSync(f, src);
  return runNasm(f, includeDirs);
}

export function sha256(b: Uint8Array): string {
  return createHash('sha256').update(b).digest('hex');
}
