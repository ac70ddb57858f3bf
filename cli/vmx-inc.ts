// `vmxdbg vmx-inc`: writes the bundled vmx.inc (generated from emulator/vmx/arch) so the same sources
// assemble with Debian's nasm: `vmxdbg vmx-inc -o include/vmx.inc && nasm -f bin -I include/ ...`.
import { writeFileSync } from 'node:fs';
import { parseArgs, UsageError } from './args';
import { generateVmxInc } from '../emulator/vmx/arch';

export async function vmxIncCommand(argv: string[]): Promise<number> {
  const { positional, flags } = parseArgs(argv, { o: 'string' });
  if (positional.length) throw new UsageError(`vmx-inc takes no file arguments (got ${positional.join(' ')}); use -o <file>`);
  const text = generateVmxInc();
  if (flags.o) writeFileSync(flags.o as string, text);
  else process.stdout.write(text);
  return 0;
}
