// Typed access to scripts/bochs.mjs (an ES module shared with the bench
// scripts) plus small helpers for the Bochs comparison suite.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

export const ROOT = path.resolve(__dirname, '..', '..');
export const IMAGES_DIR = path.join(ROOT, 'test', 'bochs', 'images');
export const VMXDBG = path.join(ROOT, 'dist', 'vmxdbg.js');

export interface BochsResult {
  e9: string;
  exitedBy: 'shutdown' | 'timeout' | 'error';
  seconds: number;
  log: string;
  exitCode: number | null;
  message: string | null;
  stdout: string;
  stderr: string;
  dir: string | null;
}

export interface BochsModule {
  runBochs(opts: {
    image: Buffer | Uint8Array | string;
    megs?: number;
    timeoutMs?: number;
    cpu?: string;
    extraConfig?: string;
    keep?: boolean;
  }): Promise<BochsResult>;
  bochsAvailable(): boolean;
  nasmAvailable(): boolean;
  assemble(src: string, opts?: { out?: string; defines?: Record<string, string | number> }): Promise<Buffer>;
}

/** Load scripts/bochs.mjs (dynamic import through a URL: it is an ES module without type declarations). */
export async function loadBochs(): Promise<BochsModule> {
  const url = pathToFileURL(path.join(ROOT, 'scripts', 'bochs.mjs')).href;
  return (await import(url)) as BochsModule;
}

function onPath(cmd: string): boolean {
  const r = spawnSync('sh', ['-c', `command -v ${cmd}`], { encoding: 'utf8' });
  return r.status === 0 && r.stdout.trim() !== '';
}

/** Synchronous checks, usable while vitest collects the tests. */
export const haveNasm = onPath('nasm');
export const haveBochs =
  (onPath('bochs-bin') || onPath('bochs')) &&
  existsSync('/usr/share/bochs/BIOS-bochs-latest') &&
  (existsSync('/usr/share/vgabios/vgabios.bin') || existsSync('/usr/share/bochs/VGABIOS-lgpl-latest'));

/** Exact instruction count of bench-alu.asm (formula documented in the source). */
export function benchInstructions(inner: number, outer: number): number {
  return 6 * inner * outer + 3 * outer + 78;
}
