// vmxdbg: run | asm | dap | version (DESIGN.md section 6).
import { writeFileSync } from 'node:fs';
import { parseArgs, UsageError } from './args';
import { runCommand } from './run';
import { asmCommand } from './asm';

const USAGE = `usage:
  vmxdbg run <file> [--format asm|bin] [--load ADDR] [--mode long64|real] [--entry ADDR] [--memory MiB]
                    [--max-instructions N] [--stats] [--trace-exits] [-I dir]...
  vmxdbg asm <file.asm> -o <out.bin> [--listing out.lst] [-I dir]...
  vmxdbg dap          (debug adapter on stdin/stdout)
`;

async function main(argv: string[]): Promise<number> {
  const [cmd, ...rest] = argv;
  switch (cmd) {
    case 'run': return runCommand(rest);
    case 'asm': return asmCommand(rest);
    case 'dap': {
      const dap = await import('./dap').catch(() => null);
      if (!dap) { process.stderr.write('vmxdbg: the debug adapter is not part of this build yet\n'); return 2; }
      return dap.dapCommand(rest);
    }
    case '--help': case '-h': case 'help': case undefined: process.stdout.write(USAGE); return cmd ? 0 : 2;
    default: throw new UsageError(`unknown command '${cmd}'`);
  }
}

main(process.argv.slice(2)).then((code) => { process.exitCode = code; }, (e: unknown) => {
  if (e instanceof UsageError) { process.stderr.write(`vmxdbg: ${e.message}\n${USAGE}`); process.exitCode = 2; return; }
  process.stderr.write(`vmxdbg: internal error: ${e instanceof Error ? e.stack ?? e.message : String(e)}\n`);
  process.exitCode = 70;
});
void writeFileSync;
