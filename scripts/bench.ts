// npm run bench: the performance figures the issues ask for, measured in one run.
//  - emulator MIPS on the ALU loop (add/xor/rol/sub/dec/jnz) as a real-mode boot image and as 64-bit code
//  - Bochs 2.7 on the same real-mode image, when Bochs is installed (scripts/bochs-mips.mjs)
//  - assembler: a 5,000-line source
//  - VMX: VM exit + VMRESUME round trips per second on a CPUID loop, without and with VPIDs
//  - debug adapter: stepIn round trip, launch to first stop on 06-nested, pause latency, stepBack (debug-adapter/bench.ts)
// `npm run bench -- --only vmx,asm` runs only the named sections (emulator, asm, vmx, adapter).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { assemble, formatDiagnostic } from '../emulator/asm';
import { Machine } from '../emulator/machine';
import { benchAssembler } from '../emulator/asm/bench';
import { benchEntryChecks } from '../emulator/vmx/vmentry-checks';
import { benchAdapter } from '../debug-adapter/bench';

const root = join(__dirname, '..');
const INNER = 1_000_000, OUTER = Number(process.env.BENCH_OUTER ?? 50);

function asm(src: string, file: string): { bytes: Uint8Array; entry: number } {
  const r = assemble(src, { file, includePaths: [join(root, 'examples/include')] });
  if (!r.ok) throw new Error(`bench source does not assemble:\n${r.diagnostics.map(formatDiagnostic).join('\n')}`);
  return { bytes: r.bytes, entry: r.entry ?? r.org };
}

function runImage({ bytes, entry }: { bytes: Uint8Array; entry: number }, mode: 'real' | 'long64', org: number): { mips: number; instructions: number; seconds: number; stop: string } {
  const m = new Machine({ memoryMiB: 16 });
  m.load({ bytes, loadAddress: org, mode, entry });
  const t0 = process.hrtime.bigint();
  let stop;
  for (;;) { stop = m.run(100_000_000); if (stop.reason !== 'budget') break; }
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  return { mips: m.cpu.icount / seconds / 1e6, instructions: m.cpu.icount, seconds, stop: stop.reason === 'not-implemented' ? stop.message : stop.reason };
}

async function main(): Promise<void> {
  const rows: [string, string][] = [];
  const sections = ['emulator', 'asm', 'vmx', 'adapter'];
  const onlyArg = process.argv.indexOf('--only');
  const only = onlyArg > 0 ? (process.argv[onlyArg + 1] ?? '').split(',') : sections;
  const unknown = only.filter((x) => !sections.includes(x));
  if (unknown.length) throw new Error(`unknown bench section ${unknown.join(', ')} (sections: ${sections.join(', ')})`);
  if (only.includes('emulator')) {
  const realSrc = readFileSync(join(root, 'test/bochs/images/bench-alu.asm'), 'utf8').replace(/^bits 16/m, `%define INNER ${INNER}\n%define OUTER ${OUTER}\nbits 16`);
  const real = runImage(asm(realSrc, 'bench-alu.asm'), 'real', 0x7c00);
  rows.push(['emulator, real-mode ALU loop (bench-alu.asm)', `${real.mips.toFixed(1)} MIPS (${real.instructions} instructions in ${real.seconds.toFixed(2)} s, ${real.stop})`]);
  const src64 = `bits 64\norg 0x100000\n%include "hvlib.inc"\n_start: mov eax, 0x12345678\nmov ebx, 0x9abcdef0\nmov edx, 0x0f1e2d3c\nmov esi, ${OUTER}\n.o: mov ecx, ${INNER}\n.i: add eax, ebx\nxor ebx, eax\nrol eax, 3\nsub edx, eax\ndec ecx\njnz .i\ndec esi\njnz .o\njmp shutdown\n`;
  const l64 = runImage(asm(src64, 'bench-alu64.asm'), 'long64', 0x100000);
  rows.push(['emulator, 64-bit ALU loop', `${l64.mips.toFixed(1)} MIPS (${l64.instructions} instructions in ${l64.seconds.toFixed(2)} s, ${l64.stop})`]);
  try {
    const { measureBochsMips } = await import(pathToFileURL(join(root, 'scripts/bochs-mips.mjs')).href);
    const { bochsAvailable } = await import(pathToFileURL(join(root, 'scripts/bochs.mjs')).href);
    if (bochsAvailable()) {
      const b = await measureBochsMips({ inner: INNER, outer: OUTER });
      rows.push(['Bochs 2.7, same real-mode image', `${b.mips.toFixed(1)} MIPS (${b.instructions} instructions, ${b.seconds.toFixed(2)} s after ${b.startupSeconds.toFixed(2)} s start-up)`]);
      rows.push(['emulator / Bochs', `${(real.mips / b.mips).toFixed(2)}x`]);
    } else rows.push(['Bochs', 'not installed (apt-get install bochs bochsbios bochs-term) — comparison skipped']);
  } catch (e) { rows.push(['Bochs', `measurement failed: ${(e as Error).message}`]); }
  }
  if (only.includes('asm')) rows.push(['assembler, 5,000-line source', `${benchAssembler().toFixed(1)} ms`]);
  if (only.includes('vmx')) {
  // VMX: VM exit + VMRESUME round trips on a guest CPUID loop (scripts/bench/vmexit-loop.asm), without and with
  // "enable VPID"; the median of 3 runs, per wall-clock second and per second of this process's CPU time (the
  // machine may be shared).
  // Steady state: one untimed run first (it compiles the guest's and the handler's blocks and warms the JIT of the
  // emulator itself), then the median of 3 timed runs; the cold first run is shown beside it.
  for (const [label, defs] of [['without VPID', ''], ['with VPID', '%define USE_VPID']] as const) {
    const iterations = Number(process.env.BENCH_VMEXITS ?? 300000);
    const src = readFileSync(join(root, 'scripts/bench/vmexit-loop.asm'), 'utf8').replace(/^bits 64/m, `%define ITERATIONS ${iterations}\n${defs}\nbits 64`);
    const { bytes, entry } = asm(src, join(root, 'scripts/bench/vmexit-loop.asm'));
    const runs: { wall: number; cpu: number; exits: number; outcome: string }[] = [];
    for (let i = 0; i < 4; i++) {
      let out = '';
      const m = new Machine({ memoryMiB: 64, onOutput: (_s, b) => { out += Buffer.from(b).toString('latin1'); } });
      m.load({ bytes, loadAddress: 0x100000, mode: 'long64', entry });
      const t0 = process.hrtime.bigint(), c0 = process.cpuUsage();
      let stop;
      for (;;) { stop = m.run(100_000_000); if (stop.reason !== 'budget') break; }
      const secs = Number(process.hrtime.bigint() - t0) / 1e9, cu = process.cpuUsage(c0), cpu = (cu.user + cu.system) / 1e6;
      const exits = m.vmx!.counters.exits;
      runs.push({ wall: exits / secs, cpu: exits / cpu, exits, outcome: stop.reason === 'not-implemented' ? stop.message : out === 'done\n' ? stop.reason : `${stop.reason}, guest printed ${JSON.stringify(out)}` });
    }
    const cold = runs.shift()!;
    const median = (k: 'wall' | 'cpu') => runs.map((r) => r[k]).sort((a, b) => a - b)[1];
    rows.push([`VMX, CPUID exit + VMRESUME round trips, ${label}`, `${median('wall').toFixed(0)} per second, ${median('cpu').toFixed(0)} per CPU second (median of 3 runs of ${runs[0].exits} exits after a warm-up run at ${cold.wall.toFixed(0)}/s, ${runs[0].outcome}; target 1,000,000)`]);
  }
  rows.push(['VM-entry checks, full pass over a valid VMCS', `${benchEntryChecks().toFixed(2)} µs`]);
  }
  if (only.includes('adapter')) rows.push(...await benchAdapter(root));
  const w = Math.max(...rows.map((r) => r[0].length));
  for (const [k, v] of rows) process.stdout.write(`${k.padEnd(w)}  ${v}\n`);
}

main().catch((e) => { process.stderr.write(`bench failed: ${e instanceof Error ? e.stack : e}\n`); process.exitCode = 1; });
