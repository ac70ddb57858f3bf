// `vmxdbg asm`: assemble a NASM-dialect source to a flat binary (identical to `nasm -f bin`).
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { parseArgs, UsageError } from './args';
import { assemble, formatDiagnostic } from '../emulator/asm';

export async function asmCommand(argv: string[]): Promise<number> {
  const { positional, flags } = parseArgs(argv, { o: 'string', listing: 'string', I: 'list' });
  if (positional.length !== 1) throw new UsageError('asm needs exactly one source file');
  if (!flags.o) throw new UsageError('asm needs -o <out.bin>');
  const file = resolve(positional[0]);
  if (!existsSync(file)) { process.stderr.write(`vmxdbg: ${positional[0]}: file not found\n`); return 1; }
  const res = assemble(readFileSync(file, 'utf8'), { file, includePaths: [dirname(file), ...((flags.I as string[] | undefined) ?? [])] });
  for (const d of res.diagnostics) process.stderr.write(formatDiagnostic(d) + '\n');
  if (!res.ok) return 1;
  writeFileSync(flags.o as string, res.bytes);
  if (flags.listing) writeFileSync(flags.listing as string, res.listing());
  return 0;
}
