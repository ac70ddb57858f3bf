// Harness for the control-flow / stack / string / I/O / interrupt tests: like test/cpu/harness.ts runAsm,
// plus label addresses from a NASM map file and a setup hook that runs before the machine starts.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Machine } from '../../../emulator/machine';
import type { RunStop } from '../../../emulator/cpu/exec';
import { GPR_NAMES } from '../../../emulator/cpu/regs';

export interface FlowResult {
  m: Machine;
  stop: RunStop;
  out: string;
  reg(name: string): bigint;
  flags(): number;
  sym(name: string): number;
}

export interface FlowOptions {
  mode?: 'long64' | 'real';
  max?: number;
  setup?: (m: Machine, sym: (name: string) => number) => void;
}

function assemble(src: string): { bytes: Uint8Array; syms: Map<string, number> } {
  const dir = mkdtempSync(join(tmpdir(), 'vmxdbg-flow-'));
  try {
    const map = join(dir, 'a.map');
    writeFileSync(join(dir, 'a.asm'), `[map symbols ${map}]\n${src}`);
    execFileSync('nasm', ['-f', 'bin', '-o', join(dir, 'a.bin'), join(dir, 'a.asm')], { stdio: ['ignore', 'ignore', 'pipe'] });
    const syms = new Map<string, number>();
    if (existsSync(map)) {
      for (const line of readFileSync(map, 'latin1').split('\n')) {
        const m = /^\s*([0-9A-F]+)\s+([0-9A-F]+)\s+(\S+)\s*$/i.exec(line);
        if (m) syms.set(m[3], parseInt(m[2], 16));
      }
    }
    return { bytes: new Uint8Array(readFileSync(join(dir, 'a.bin'))), syms };
  } finally { rmSync(dir, { recursive: true, force: true }); }
}

export function runFlow(body: string, opts: FlowOptions = {}): FlowResult {
  const mode = opts.mode ?? 'long64';
  const org = mode === 'long64' ? 0x100000 : 0x7c00;
  const { bytes, syms } = assemble(`bits ${mode === 'long64' ? 64 : 16}\norg 0x${org.toString(16)}\n${body}\n`);
  let out = '';
  const m = new Machine({ memoryMiB: 16, onOutput: (_s, b) => { out += Buffer.from(b).toString('latin1'); } });
  m.load({ bytes, loadAddress: org, mode, entry: org });
  const sym = (name: string): number => {
    const v = syms.get(name);
    if (v === undefined) throw new Error(`no symbol ${name}`);
    return v;
  };
  opts.setup?.(m, sym);
  const stop = m.run(opts.max ?? 1_000_000);
  return {
    m, stop, sym, get out() { return out; },
    reg: (name) => m.cpu.getBig(GPR_NAMES.indexOf(name)),
    flags: () => m.cpu.getFlags(),
  };
}

/** Makes every page of the long64 start state's identity map user-accessible (for ring-3 tests). */
export function userPages(m: Machine): void {
  const sa = m.systemArea!;
  const mem = m.mem;
  mem.write32(sa.pml4, mem.read32(sa.pml4) | 4);
  const pdpt = sa.pml4 + 0x1000;
  for (let i = 0; i < 4; i++) mem.write32(pdpt + i * 8, mem.read32(pdpt + i * 8) | 4);
  for (let a = sa.pml4 + 0x2000; a < sa.pml4 + 0x6000; a += 8) mem.write32(a, mem.read32(a) | 4);
  m.cpu.flushTlb();
}
