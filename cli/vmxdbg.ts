// vmxdbg: run | asm | vmx-inc | dap (DESIGN.md section 6).
import { parseArgs, UsageError } from './args';
import { runCommand } from './run';
import { asmCommand } from './asm';
import { dapCommand } from './dap';
import { vmxIncCommand } from './vmx-inc';

const USAGE = `usage:
  vmxdbg run <file> [--format asm|bin] [--load ADDR] [--mode long64|real] [--entry ADDR] [--memory MiB]
                    [--max-instructions N] [--stats] [--trace-exits] [-I dir]...
                    [--cpu-profile NAME] [--strict-tlb] [--feature-control enabled|disabled|unlocked]
  vmxdbg asm <file.asm> -o <out.bin> [--listing out.lst] [-I dir]...
  vmxdbg vmx-inc [-o vmx.inc]   (write the bundled vmx.inc, for use with nasm)
  vmxdbg dap          (debug adapter on stdin/stdout)
`;

async function main(argv: string[]): Promise<number> {
  const [cmd, ...rest] = argv;
  switch (cmd) {
    case 'run': return runCommand(rest);
    case 'asm': return asmCommand(rest);
    case 'dap': return dapCommand(rest);
    case 'vmx-inc': return vmxIncCommand(rest);
    case '--help': case '-h': case 'help': case undefined: process.stdout.write(USAGE); return cmd ? 0 : 2;
    default: throw new UsageError(`unknown command '${cmd}'`);
  }
}

main(process.argv.slice(2)).then((code) => { process.exitCode = code; }, (e: unknown) => {
  if (e instanceof UsageError) { process.stderr.write(`vmxdbg: ${e.message}\n${USAGE}`); process.exitCode = 2; return; }
  process.stderr.write(`vmxdbg: internal error: ${e instanceof Error ? e.stack ?? e.message : String(e)}\n`);
  process.exitCode = 70;
});
