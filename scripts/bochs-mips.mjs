#!/usr/bin/env node
// Measures Bochs' speed on test/bochs/images/bench-alu.asm (the real-mode
// add/xor/rol/sub/dec/jnz loop) in millions of guest instructions per second.
//
//   import { measureBochsMips } from './scripts/bochs-mips.mjs';
//   const r = await measureBochsMips();   // { mips, instructions, seconds, ... }
//
// CLI: node scripts/bochs-mips.mjs [--inner N] [--outer N] [--json]
//
// The guest instruction count comes from the formula documented in
// bench-alu.asm: total = 6*INNER*OUTER + 3*OUTER + 78. Bochs' own start-up
// (process start, BIOS POST, boot -- ~13 million BIOS instructions, a few
// tenths of a second) is measured by booting the same image with
// INNER=OUTER=1 (best of three) and subtracted from the benchmark's wall time.

import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { assemble, runBochs, bochsAvailable, nasmAvailable } from './bochs.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
export const BENCH_SOURCE = path.join(here, '..', 'test', 'bochs', 'images', 'bench-alu.asm');

/** Exact number of instructions bench-alu executes (see the formula in bench-alu.asm). */
export function benchInstructions(inner, outer) {
  return 6 * inner * outer + 3 * outer + 78;
}

async function runOnce(inner, outer, timeoutMs) {
  const image = await assemble(BENCH_SOURCE, { defines: { INNER: inner, OUTER: outer } });
  const r = await runBochs({ image, timeoutMs });
  if (r.exitedBy !== 'shutdown' || r.e9 !== 'done\n') {
    throw new Error(`bench-alu in Bochs ended by ${r.exitedBy} (${r.message ?? 'no message'}), output ${JSON.stringify(r.e9)}`);
  }
  return r.seconds;
}

/**
 * @param {{ inner?: number, outer?: number, timeoutMs?: number }} [opts]
 * @returns {Promise<{ mips: number, instructions: number, seconds: number, startupSeconds: number,
 *                     wallSeconds: number, inner: number, outer: number }>}
 */
export async function measureBochsMips(opts = {}) {
  if (!bochsAvailable()) throw new Error('bochs is not installed (apt-get install bochs bochsbios bochs-term)');
  if (!nasmAvailable()) throw new Error('nasm is not installed (apt-get install nasm)');
  const inner = opts.inner ?? 1000000;
  const outer = opts.outer ?? 200;
  const timeoutMs = opts.timeoutMs ?? 300000;
  const startups = [];
  for (let i = 0; i < 3; i++) startups.push(await runOnce(1, 1, 60000));
  const startupSeconds = Math.min(...startups);
  const wallSeconds = await runOnce(inner, outer, timeoutMs);
  const instructions = benchInstructions(inner, outer);
  const seconds = Math.max(wallSeconds - startupSeconds, 1e-6);
  return { mips: instructions / seconds / 1e6, instructions, seconds, startupSeconds, wallSeconds, inner, outer };
}

async function main(argv) {
  const opts = {};
  let json = false;
  for (let i = 2; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--inner') opts.inner = Number(argv[++i]);
    else if (a === '--outer') opts.outer = Number(argv[++i]);
    else if (a === '--json') json = true;
    else {
      process.stderr.write('usage: node scripts/bochs-mips.mjs [--inner N] [--outer N] [--json]\n');
      return 2;
    }
  }
  const r = await measureBochsMips(opts);
  if (json) process.stdout.write(JSON.stringify(r) + '\n');
  else {
    process.stdout.write(
      `Bochs bench-alu: ${r.instructions} instructions in ${r.seconds.toFixed(2)} s ` +
        `(wall ${r.wallSeconds.toFixed(2)} s - start-up ${r.startupSeconds.toFixed(2)} s) = ${r.mips.toFixed(1)} MIPS\n`,
    );
  }
  return 0;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main(process.argv).then(
    (code) => process.exit(code),
    (e) => {
      process.stderr.write(`${e instanceof Error ? e.message : String(e)}\n`);
      process.exit(1);
    },
  );
}
