// `vmxdbg run`: assemble/load a program, run it headless, guest console to stdout.
// Exit status: 0 after Bochs "Shutdown" (port 0x8900); (value<<1|1) & 0xFF after a write to port 0xF4;
// 3 triple fault, 4 instruction limit reached, 5 unsupported instruction/feature, 6 halted with no
// wake-up source, 7 VMX abort, 1 load/assembly error, 2 usage error.
import { parseArgs, UsageError } from './args';
import { Machine } from '../emulator/machine';
import { loadProgram, ProgramError, ProgramFormat } from '../emulator/loader/program';
import type { StartMode } from '../emulator/loader/start-state';
import { hex64 } from '../emulator/cpu/cpu';
import type { FeatureControlConfig } from '../emulator/cpu/msr';
import { describeFailure } from '../emulator/vmx/vmx-unit';
import { describeExit } from '../emulator/vmx/nesting';
import { formatCheckFailure, explainCheckFailure } from '../emulator/vmx/vmentry-checks';

export const EXIT = { shutdown: 0, error: 1, usage: 2, tripleFault: 3, limit: 4, notImplemented: 5, halted: 6, vmxAbort: 7 } as const;

const CHUNK = 20_000_000;

/** `--feature-control`: IA32_FEATURE_CONTROL as firmware left it (SDM: "Enabling and entering VMX operation"). */
const FEATURE_CONTROL: Record<string, FeatureControlConfig> = {
  enabled: { locked: true, vmxOutsideSmx: true },
  disabled: { locked: true, vmxOutsideSmx: false },
  unlocked: { locked: false, vmxOutsideSmx: false },
};

export async function runCommand(argv: string[]): Promise<number> {
  const { positional, flags } = parseArgs(argv, {
    format: 'string', load: 'number', mode: 'string', entry: 'number', memory: 'number', 'max-instructions': 'number',
    stats: 'bool', 'trace-exits': 'bool', I: 'list', 'cpu-profile': 'string', 'strict-tlb': 'bool', 'feature-control': 'string',
  });
  if (positional.length !== 1) throw new UsageError('run needs exactly one program file');
  const format = flags.format as ProgramFormat | undefined;
  if (format !== undefined && format !== 'asm' && format !== 'bin') throw new UsageError(`--format must be asm or bin (got ${format})`);
  const mode = flags.mode as StartMode | undefined;
  if (mode !== undefined && mode !== 'long64' && mode !== 'real') throw new UsageError(`--mode must be long64 or real (got ${mode})`);
  const max = (flags['max-instructions'] as number | undefined) ?? Infinity;
  const fcName = flags['feature-control'] as string | undefined;
  if (fcName !== undefined && !(fcName in FEATURE_CONTROL)) throw new UsageError(`--feature-control must be one of ${Object.keys(FEATURE_CONTROL).join(', ')} (got ${fcName})`);

  let program;
  try {
    program = loadProgram(positional[0], { format, mode, loadAddress: flags.load as number | undefined, entry: flags.entry as number | undefined, includePaths: flags.I as string[] | undefined });
  } catch (e) {
    if (e instanceof ProgramError) {
      for (const d of e.diagnostics) process.stderr.write(d + '\n');
      process.stderr.write(`vmxdbg: ${e.message}\n`);
      return EXIT.error;
    }
    throw e;
  }

  const out: Buffer[] = [];
  let outBytes = 0;
  const flush = () => { if (out.length) { process.stdout.write(Buffer.concat(out)); out.length = 0; outBytes = 0; } };
  let m: Machine;
  try {
    m = new Machine({
      memoryMiB: flags.memory as number | undefined,
      cpuProfile: flags['cpu-profile'] as string | undefined,
      strictTlb: flags['strict-tlb'] === true,
      featureControl: fcName === undefined ? undefined : FEATURE_CONTROL[fcName],
      onOutput: (_src, bytes) => { out.push(Buffer.from(bytes)); outBytes += bytes.length; if (outBytes > 65536) flush(); },
    });
    m.load(program.image);
    if (flags['trace-exits'] && m.nesting) {
      // One line per VM exit, hardware and virtual (reflected), with levels: `L2->L1 virtual EPT_VIOLATION (48) gpa=...`.
      m.nesting.exitListeners.push((rec) => { flush(); process.stderr.write(`${describeExit(rec)}\n`); });
      m.nesting.correctionListeners.push((rec) => { flush(); process.stderr.write(`  (L${rec.receivingLevel} read VM_EXIT_REASON ${rec.name}: the exit above is ${describeExit(rec)})\n`); });
    }
    if (m.vmx && flags['strict-tlb']) {
      // strictTlb: a stale cached translation (missing INVEPT/INVVPID/INVLPG) is reported where it is used.
      m.vmx.onStaleTranslation = (msg) => { flush(); process.stderr.write(`vmxdbg: ${msg}\n`); return false; };
    }
    if (m.vmx) {
      // VMX instruction failures and VM-entry failures are explained on stderr as they happen.
      m.vmx.onFailure = (f) => { flush(); process.stderr.write(`vmxdbg: ${describeFailure(f)} at ${where(m)}\n${f.check ? explainCheckFailure(f.check).map((l) => `vmxdbg:   ${l}\n`).join('') : ''}`); return false; };
      const prevExit = m.vmx.onExit;
      m.vmx.onExit = (rec) => {
        if (rec.entryFailure) { flush(); process.stderr.write(`vmxdbg: VM entry failed: ${formatCheckFailure(rec.entryFailure)}\n${explainCheckFailure(rec.entryFailure).map((l) => `vmxdbg:   ${l}\n`).join('')}`); }
        return prevExit ? prevExit(rec) : false;
      };
    }
  } catch (e) {
    process.stderr.write(`vmxdbg: ${e instanceof Error ? e.message : String(e)}\n`);
    return EXIT.error;
  }
  const t0 = process.hrtime.bigint();
  let status: number | undefined;
  let message = '';
  for (;;) {
    const left = max - m.cpu.icount;
    if (left <= 0) { status = EXIT.limit; message = `instruction limit of ${max} reached at ${where(m)}`; break; }
    const stop = m.run(Math.min(CHUNK, left));
    flush();
    if (stop.reason === 'budget' || stop.reason === 'magic-breakpoint' || stop.reason === 'stop-request') continue;
    if (stop.reason === 'shutdown') { status = EXIT.shutdown; break; }
    if (stop.reason === 'exit') { status = stop.code & 0xff; break; }
    if (stop.reason === 'triple-fault') { status = EXIT.tripleFault; message = `${stop.detail} at ${where(m)}`; break; }
    if (stop.reason === 'vmx-abort') { status = EXIT.vmxAbort; message = stop.detail; break; }
    if (stop.reason === 'not-implemented') { status = EXIT.notImplemented; message = stop.message; break; }
    if (stop.reason === 'halted') { status = EXIT.halted; message = `halted at ${where(m)} with ${m.cpu.interruptsEnabled ? 'no interrupt source armed' : 'interrupts disabled'}`; break; }
    status = EXIT.error; message = `stopped: ${JSON.stringify(stop)}`; break;
  }
  flush();
  const secs = Number(process.hrtime.bigint() - t0) / 1e9;
  if (message) process.stderr.write(`vmxdbg: ${message}\n`);
  if (flags.stats) {
    const n = m.cpu.icount;
    process.stderr.write(`instructions: ${n}\nseconds: ${secs.toFixed(3)}\nMIPS: ${(n / secs / 1e6).toFixed(1)}\nVM exits: ${m.vmx ? m.vmx.counters.exits : 0}${m.nesting?.counts.virtual ? ` (+${m.nesting.counts.virtual} virtual)` : ''}\n`);
  }
  return status;
}

function where(m: Machine): string {
  const c = m.cpu;
  return c.long64 ? `rip 0x${hex64(c.rip)}` : c.pe ? `cs:eip ${c.sel[1].toString(16)}:${c.rip.toString(16)}` : `cs:ip ${c.sel[1].toString(16)}:${c.rip.toString(16)}`;
}
