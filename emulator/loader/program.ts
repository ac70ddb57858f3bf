// Turns a program file into a loadable image: NASM-dialect sources are assembled in-process,
// raw images are loaded as they are. Shared by the CLI and the debug adapter.
import { readFileSync, existsSync } from 'node:fs';
import { dirname, extname, resolve } from 'node:path';
import { assemble, AsmResult, formatDiagnostic } from '../asm';
import type { LoadedImage } from '../machine';
import type { StartMode } from './start-state';

export type ProgramFormat = 'asm' | 'bin';

export interface ProgramOptions {
  format?: ProgramFormat;
  /** Start state; default: `real` for `bits 16` + `org 0x7c00` sources and for raw images, else `long64`. */
  mode?: StartMode;
  /** Load address of a raw image (default 0x7c00 in real mode, 0x100000 in long64). */
  loadAddress?: number;
  /** Entry point; default `_start` if defined, else the load address. */
  entry?: number;
  includePaths?: string[];
}

export interface Program {
  image: LoadedImage;
  format: ProgramFormat;
  path: string;
  asm: AsmResult | null;
}

export class ProgramError extends Error {
  constructor(message: string, readonly diagnostics: string[] = []) { super(message); }
}

export function formatOf(path: string): ProgramFormat {
  return ['.asm', '.nasm', '.s', '.inc'].includes(extname(path).toLowerCase()) ? 'asm' : 'bin';
}

export function loadProgram(path: string, opts: ProgramOptions = {}): Program {
  const full = resolve(path);
  if (!existsSync(full)) throw new ProgramError(`${path}: file not found`);
  const format = opts.format ?? formatOf(full);
  if (format === 'bin') {
    const bytes = new Uint8Array(readFileSync(full));
    if (bytes.length === 0) throw new ProgramError(`${path}: empty image`);
    const mode = opts.mode ?? 'real';
    const loadAddress = opts.loadAddress ?? (mode === 'real' ? 0x7c00 : 0x100000);
    return { image: { bytes, loadAddress, mode, entry: opts.entry ?? loadAddress }, format, path: full, asm: null };
  }
  const source = readFileSync(full, 'utf8');
  const asm = assemble(source, { file: full, includePaths: [dirname(full), ...(opts.includePaths ?? [])] });
  if (!asm.ok) {
    const errs = asm.diagnostics.filter((d) => d.severity === 'error').map(formatDiagnostic);
    throw new ProgramError(`${path}: ${errs.length} assembler error${errs.length === 1 ? '' : 's'}`, asm.diagnostics.map(formatDiagnostic));
  }
  const mode = opts.mode ?? (asm.bits === 16 && asm.org === 0x7c00 ? 'real' : 'long64');
  const loadAddress = opts.loadAddress ?? asm.org;
  const entry = opts.entry ?? asm.entry ?? loadAddress;
  return { image: { bytes: asm.bytes, loadAddress, mode, entry }, format, path: full, asm };
}
