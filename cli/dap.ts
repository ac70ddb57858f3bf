// `vmxdbg dap`: the debug adapter on stdin/stdout (DESIGN.md section 6).
// stdout carries the protocol only: console output is redirected to stderr, and errors that escape a
// request handler are logged instead of ending the adapter.
import { format } from 'node:util';
import { VmxDebugSession } from '../debug-adapter/session';
import { DapFraming } from '../debug-adapter/framing';
import { UsageError } from './args';

export function dapCommand(argv: string[]): Promise<number> {
  if (argv.length) throw new UsageError(`dap takes no arguments (got ${argv.join(' ')})`);
  const toStderr = (...a: unknown[]) => { process.stderr.write(format(...a) + '\n'); };
  console.log = toStderr; console.info = toStderr; console.warn = toStderr; console.debug = toStderr;
  process.on('uncaughtException', (e) => { process.stderr.write(`vmxdbg dap: uncaught exception: ${e instanceof Error ? e.stack ?? e.message : String(e)}\n`); });
  process.on('unhandledRejection', (e) => { process.stderr.write(`vmxdbg dap: unhandled rejection: ${e instanceof Error ? e.stack ?? e.message : String(e)}\n`); });
  const session = new VmxDebugSession();
  process.on('SIGTERM', () => session.shutdown());
  // broken framing is dropped and reported; the next well-formed message is read normally
  const framing = new DapFraming((what) => session.emit('error', new Error(`malformed input: ${what}`)));
  process.stdin.pipe(framing);
  session.start(framing, process.stdout);
  return new Promise((resolve) => { process.stdin.on('end', () => resolve(0)); });
}
