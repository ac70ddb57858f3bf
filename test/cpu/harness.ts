// Test harness: assemble a snippet (with Debian nasm for now), run it in a fresh Machine, inspect state.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Machine, MachineOptions } from '../../emulator/machine';
import type { RunStop } from '../../emulator/cpu/exec';
import { GPR_NAMES } from '../../emulator/cpu/regs';

export function nasmAvailable(): boolean {
  try { execFileSync('nasm', ['-v'], { stdio: 'ignore' }); return true; } catch { return false; }
}

/** Assembles NASM source to a flat binary. */
export function assembleNasm(src: string, includePaths: string[] = []): Uint8Array {
  const dir = mkdtempSync(join(tmpdir(), 'vmxdbg-test-'));
  try {
    writeFileSync(join(dir, 'a.asm'), src);
    const inc = includePaths.flatMap((p) => ['-I', p.endsWith('/') ? p : p + '/']);
    execFileSync('nasm', ['-f', 'bin', ...inc, '-o', join(dir, 'a.bin'), join(dir, 'a.asm')], { stdio: ['ignore', 'ignore', 'pipe'] });
    return new Uint8Array(readFileSync(join(dir, 'a.bin')));
  } finally { rmSync(dir, { recursive: true, force: true }); }
}

export interface RunResult {
  m: Machine;
  stop: RunStop;
  out: string;
  /** 64-bit register by name (rax..r15) as bigint */
  reg(name: string): bigint;
  /** RFLAGS with lazy flags materialised */
  flags(): number;
}

export interface RunOptions { mode?: 'long64' | 'real'; maxInstructions?: number; memoryMiB?: number; org?: number; machine?: MachineOptions; includePaths?: string[] }

/**
 * Runs `body` (NASM syntax). long64: `bits 64`, org 0x100000; real: `bits 16`, org 0x7c00.
 * The snippet should end with `hlt` (with IF=0 the machine stops as 'halted').
 */
export function runAsm(body: string, opts: RunOptions = {}): RunResult {
  const mode = opts.mode ?? 'long64';
  const org = opts.org ?? (mode === 'long64' ? 0x100000 : 0x7c00);
  const src = `bits ${mode === 'long64' ? 64 : 16}\norg 0x${org.toString(16)}\n${body}\n`;
  const bytes = assembleNasm(src, opts.includePaths);
  let out = '';
  const m = new Machine({ memoryMiB: opts.memoryMiB ?? 16, ...opts.machine, onOutput: (_s, b) => { out += Buffer.from(b).toString('latin1'); } });
  m.load({ bytes, loadAddress: org, mode, entry: org });
  const stop = m.run(opts.maxInstructions ?? 1_000_000);
  return {
    m, stop, get out() { return out; },
    reg: (name) => m.cpu.getBig(GPR_NAMES.indexOf(name)),
    flags: () => m.cpu.getFlags(),
  };
}
