#!/usr/bin/env node
// Bochs reference harness: boots a raw boot-sector image in Bochs 2.7
// (Debian's build) fully headless and returns what the guest wrote to
// port 0xE9.
//
//   import { runBochs, bochsAvailable } from './scripts/bochs.mjs';
//   const r = await runBochs({ image: 'hello.bin' });   // or a Buffer
//   r.e9        // guest output on port 0xE9
//   r.exitedBy  // 'shutdown' | 'timeout' | 'error'
//
// CLI:  node scripts/bochs.mjs image.bin [--megs N] [--cpu MODEL]
//                              [--timeout MS] [--keep] [--verbose]
//       prints the 0xE9 text on stdout; exit 0 after "Shutdown".
//
// How Bochs is driven (see test/bochs/README.md for the reasons):
// - Debian's bochs has no 'nogui' display library (only term, rfb and the
//   separately packaged x/sdl/wx). We use `term`: because Debian builds
//   with the internal debugger, the term GUI opens its own pseudo-terminal
//   (/dev/ptmx) for the VGA text screen instead of our stdout, so it needs
//   no tty at all. ncurses still needs a known $TERM, so we force TERM=vt100.
// - Debian builds with the internal debugger, so Bochs stops at a debugger
//   prompt before the first instruction: `-rc` feeds it "c" (continue). If
//   it ever returns to the prompt, stdin is /dev/null, so the debugger reads
//   EOF and Bochs quits instead of waiting.
// - Port 0xE9 bytes go to Bochs' stdout (putchar), mixed with the debugger's
//   own lines: a banner and "Next at t=0 / (0) [0x0000fffffff0] ..." before
//   the guest runs, and one "(0).[ticks] [0x...] ..." line when it stops
//   (appended right after the guest's last byte, without a newline). We
//   cut exactly those; Bochs' log messages go to the log file and stderr.
// - Writing "Shutdown" to port 0x8900 makes Bochs call BX_FATAL: it prints
//   "Shutdown port: shutdown requested" and exits with status 1 (no prompt).
//   That message, not the exit status, is how we recognise a clean end.
// - A wall-clock timeout kills the whole process group with SIGKILL.

import { spawn, spawnSync } from 'node:child_process';
import { existsSync, accessSync, constants as fsConstants } from 'node:fs';
import { mkdtemp, writeFile, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const FLOPPY_SIZE = 1474560;
export const DEFAULT_CPU = 'corei7_haswell_4770';
export const BIOS_PATHS = ['/usr/share/bochs/BIOS-bochs-latest'];
export const VGABIOS_PATHS = ['/usr/share/vgabios/vgabios.bin', '/usr/share/bochs/VGABIOS-lgpl-latest'];
const SHUTDOWN_MESSAGE = 'Shutdown port: shutdown requested';

function which(cmd) {
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
    if (!dir) continue;
    const p = path.join(dir, cmd);
    try {
      accessSync(p, fsConstants.X_OK);
      return p;
    } catch {
      /* not here */
    }
  }
  return null;
}

/** Path of the Bochs executable (bochs-bin: Debian's /usr/bin/bochs is a wrapper adding -q), or null. */
export function bochsBinary() {
  return which('bochs-bin') ?? which('bochs');
}

function firstExisting(paths) {
  return paths.find((p) => existsSync(p)) ?? null;
}

/** True when Bochs and its BIOS images are installed. */
export function bochsAvailable() {
  return bochsBinary() !== null && firstExisting(BIOS_PATHS) !== null && firstExisting(VGABIOS_PATHS) !== null;
}

/** True when nasm is on PATH. */
export function nasmAvailable() {
  return which('nasm') !== null;
}

/**
 * Assemble a NASM source to a flat binary (nasm -f bin). Returns the bytes.
 * @param {string} src path of the .asm file
 * @param {{ out?: string, defines?: Record<string, string|number> }} [opts]
 */
export async function assemble(src, opts = {}) {
  const dir = opts.out ? null : await mkdtemp(path.join(tmpdir(), 'nasm-'));
  const out = opts.out ?? path.join(/** @type {string} */ (dir), 'out.bin');
  const args = ['-f', 'bin', '-o', out];
  for (const [k, v] of Object.entries(opts.defines ?? {})) args.push(`-D${k}=${v}`);
  args.push(src);
  const r = spawnSync('nasm', args, { encoding: 'utf8' });
  if (r.error) throw new Error(`nasm: ${r.error.message}`);
  if (r.status !== 0) throw new Error(`nasm ${src} failed (status ${r.status}):\n${r.stderr}`);
  const bytes = await readFile(out);
  if (dir) await rm(dir, { recursive: true, force: true });
  return bytes;
}

/** Strip the internal debugger's lines from Bochs' stdout, leaving the port 0xE9 bytes. */
export function extractE9(stdout) {
  let s = stdout;
  // Banner: lines of '=' around the version text.
  const banner = /^=+\n(?:[^\n]*\n)*?=+\n/;
  s = s.replace(banner, '');
  // Debugger start: "Next at t=0\n(0) [0x0000fffffff0] f000:fff0 (unk. ctxt): jmpf ...\n"
  const start = /^Next at t=\d+\n\(\d+\) \[0x[0-9a-f]+\] [^\n]*\n/;
  s = s.replace(start, '');
  // Debugger stop line(s), appended right after the guest's last byte
  // (printed twice when Bochs stops on a fatal CPU error such as a triple fault).
  const stop = /\(\d+\)\.\[\d+\] \[0x[0-9a-f]+\] [0-9a-f]{4}:[0-9a-f]+ \([^\n]*\): [^\n]*\n?$/;
  for (let i = 0; i < 4 && stop.test(s); i++) s = s.replace(stop, '');
  return s;
}

/** Message from Bochs' "Bochs is exiting with the following message:" block, if any. */
function exitMessage(stderr) {
  const m = /Bochs is exiting with the following message:\n([^\n]*)/.exec(stderr);
  return m ? m[1].trim() : null;
}

/**
 * Build the bochsrc text.
 * @param {{ floppy: string, log: string, megs: number, cpu: string, extraConfig?: string }} o
 */
export function bochsrc(o) {
  const bios = firstExisting(BIOS_PATHS);
  const vga = firstExisting(VGABIOS_PATHS);
  if (!bios || !vga) throw new Error('Bochs BIOS images not found (apt-get install bochsbios vgabios)');
  const cpuLines = o.cpu.includes(':')
    ? o.cpu // full "cpu: ..." / "cpuid: ..." lines given
    : `cpu: model=${o.cpu}, count=1, ips=50000000, reset_on_triple_fault=0, ignore_bad_msrs=1`;
  return [
    'display_library: term',
    `megs: ${o.megs}`,
    `romimage: file=${bios}, options=fastboot`,
    `vgaromimage: file=${vga}`,
    `floppya: 1_44="${o.floppy}", status=inserted`,
    'boot: floppy',
    'floppy_bootsig_check: disabled=0',
    cpuLines,
    'clock: sync=none, time0=946681200',
    'port_e9_hack: enabled=1',
    `log: ${o.log}`,
    'panic: action=fatal',
    'error: action=report',
    'info: action=report',
    'debug: action=ignore',
    'mouse: enabled=0',
    'speaker: enabled=0',
    'sound: driver=dummy',
    o.extraConfig ?? '',
    '',
  ].join('\n');
}

/**
 * Boot an image in Bochs.
 * @param {{ image: Buffer|Uint8Array|string, megs?: number, timeoutMs?: number, cpu?: string,
 *           extraConfig?: string, keep?: boolean }} opts
 *   image: the boot image bytes or a path to them (the first 512 bytes are the
 *          boot sector; it is padded to a 1.44 MB floppy);
 *   cpu:   a Bochs CPU model name (see `bochs --help cpu`), or full
 *          "cpu: ...\ncpuid: ..." lines;
 *   keep:  keep the temporary directory (its path is returned as `dir`).
 * @returns {Promise<{ e9: string, exitedBy: 'shutdown'|'timeout'|'error', seconds: number, log: string,
 *          exitCode: number|null, message: string|null, stdout: string, stderr: string, dir: string|null }>}
 */
export async function runBochs(opts) {
  const bin = bochsBinary();
  if (!bin) throw new Error('bochs is not installed (apt-get install bochs bochsbios bochs-term)');
  const megs = opts.megs ?? 32;
  const timeoutMs = opts.timeoutMs ?? 60000;
  const cpu = opts.cpu ?? DEFAULT_CPU;
  const bytes = typeof opts.image === 'string' ? await readFile(opts.image) : Buffer.from(opts.image);
  if (bytes.length > FLOPPY_SIZE) throw new Error(`image is ${bytes.length} bytes, larger than a 1.44 MB floppy`);

  const dir = await mkdtemp(path.join(tmpdir(), 'bochs-'));
  const floppy = path.join(dir, 'floppy.img');
  const logFile = path.join(dir, 'bochs.log');
  const rcFile = path.join(dir, 'bochsrc');
  const dbgFile = path.join(dir, 'debugger.rc');
  const padded = Buffer.alloc(FLOPPY_SIZE);
  bytes.copy(padded);
  await writeFile(floppy, padded);
  await writeFile(rcFile, bochsrc({ floppy, log: logFile, megs, cpu, extraConfig: opts.extraConfig }));
  await writeFile(dbgFile, 'c\n');

  const started = process.hrtime.bigint();
  const child = spawn(bin, ['-q', '-f', rcFile, '-rc', dbgFile], {
    cwd: dir,
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true, // own process group: the timeout kills Bochs and anything it started
    env: { ...process.env, TERM: 'vt100', LANG: 'C', LC_ALL: 'C' },
  });
  const out = [];
  const err = [];
  child.stdout.on('data', (d) => out.push(d));
  child.stderr.on('data', (d) => err.push(d));
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    try {
      process.kill(-(/** @type {number} */ (child.pid)), 'SIGKILL');
    } catch {
      /* already gone */
    }
  }, timeoutMs);
  const exitCode = await new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => resolve(code));
  });
  clearTimeout(timer);
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;

  const stdout = Buffer.concat(out).toString('latin1');
  const stderr = Buffer.concat(err).toString('latin1');
  let log = '';
  try {
    log = await readFile(logFile, 'latin1');
  } catch {
    /* Bochs died before opening it */
  }
  const message = exitMessage(stderr);
  /** @type {'shutdown'|'timeout'|'error'} */
  let exitedBy = 'error';
  if (timedOut) exitedBy = 'timeout';
  else if ((message ?? '').includes(SHUTDOWN_MESSAGE) || log.includes(SHUTDOWN_MESSAGE)) exitedBy = 'shutdown';
  if (!opts.keep) await rm(dir, { recursive: true, force: true });
  return {
    e9: extractE9(stdout),
    exitedBy,
    seconds,
    log,
    exitCode: /** @type {number|null} */ (exitCode),
    message,
    stdout,
    stderr,
    dir: opts.keep ? dir : null,
  };
}

async function main(argv) {
  const args = argv.slice(2);
  const opts = { image: '', timeoutMs: 120000, keep: false };
  let verbose = false;
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === '--megs') opts.megs = Number(args[++i]);
    else if (a === '--cpu') opts.cpu = args[++i];
    else if (a === '--timeout') opts.timeoutMs = Number(args[++i]);
    else if (a === '--keep') opts.keep = true;
    else if (a === '--verbose' || a === '-v') verbose = true;
    else if (a === '--help' || a === '-h') {
      process.stdout.write('usage: node scripts/bochs.mjs image.bin|image.asm [--megs N] [--cpu MODEL] [--timeout MS] [--keep] [--verbose]\n');
      return 0;
    } else opts.image = a;
  }
  if (!opts.image) {
    process.stderr.write('usage: node scripts/bochs.mjs image.bin|image.asm [--megs N] [--cpu MODEL] [--timeout MS] [--keep] [--verbose]\n');
    return 2;
  }
  if (!bochsAvailable()) {
    process.stderr.write('bochs is not installed (apt-get install bochs bochsbios bochs-term)\n');
    return 2;
  }
  const image = opts.image.endsWith('.asm') ? await assemble(opts.image) : opts.image;
  const r = await runBochs({ ...opts, image });
  process.stdout.write(r.e9);
  if (verbose || r.exitedBy !== 'shutdown') {
    process.stderr.write(`bochs: exited by ${r.exitedBy} in ${r.seconds.toFixed(3)} s (status ${r.exitCode})` +
      (r.message ? `: ${r.message}` : '') + (r.dir ? `; files kept in ${r.dir}` : '') + '\n');
  }
  return r.exitedBy === 'shutdown' ? 0 : 1;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main(process.argv).then(
    (code) => process.exit(code),
    (e) => {
      process.stderr.write(`${e instanceof Error ? e.message : String(e)}\n`);
      process.exit(2);
    },
  );
}
