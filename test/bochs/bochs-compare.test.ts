// Reference comparison: every image in test/bochs/images/ runs in Bochs 2.7
// (the reference) and in our emulator via `vmxdbg run`, and both must print
// exactly test/bochs/images/<name>.expected on port 0xE9 and end with
// "Shutdown" on port 0x8900.
//
// - nasm missing: the whole suite is skipped (nothing can be assembled).
// - bochs missing: the Bochs half is skipped; the vmxdbg half still runs
//   against the recorded .expected files.
// - dist/vmxdbg.js missing: built once with `npm run build`; if that does
//   not produce it, every vmxdbg test fails with the reason (never skips).
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { execFile, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { BochsModule, IMAGES_DIR, ROOT, VMXDBG, benchInstructions, haveBochs, haveNasm, loadBochs } from './harness';

const IMAGES = ['hello', 'alu', 'pmode', 'longmode', 'exceptions'];
// A short bench-alu run: checks the loop and the documented instruction count.
const BENCH = { inner: 1000, outer: 3 };

const expected = (name: string): string => readFileSync(path.join(IMAGES_DIR, `${name}.expected`), 'latin1');

function assembleSync(name: string, outDir: string, defines: Record<string, number> = {}): string {
  const out = path.join(outDir, `${name}.bin`);
  const args = ['-f', 'bin', '-o', out, ...Object.entries(defines).map(([k, v]) => `-D${k}=${v}`), path.join(IMAGES_DIR, `${name}.asm`)];
  const r = spawnSync('nasm', args, { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`nasm ${name}.asm failed:\n${r.stderr}`);
  return out;
}

interface CliResult {
  status: number | null;
  signal: string | null;
  stdout: string;
  stderr: string;
  seconds: number;
}

function runVmxdbg(args: string[], timeoutMs = 120000): Promise<CliResult> {
  const started = Date.now();
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [VMXDBG, ...args],
      { cwd: ROOT, encoding: 'latin1', timeout: timeoutMs, killSignal: 'SIGKILL', maxBuffer: 64 * 1024 * 1024 },
      (error, stdout, stderr) => {
        const e = error as (NodeJS.ErrnoException & { code?: number | string; signal?: string }) | null;
        resolve({
          status: e ? (typeof e.code === 'number' ? e.code : null) : 0,
          signal: e?.signal ?? null,
          stdout,
          stderr,
          seconds: (Date.now() - started) / 1000,
        });
      },
    );
  });
}

const realModeArgs = (bin: string): string[] => ['run', bin, '--format', 'bin', '--load', '0x7c00', '--mode', 'real'];

describe('Bochs reference images', () => {
  if (!haveNasm) {
    console.warn('test/bochs: nasm is not installed; skipping the Bochs comparison suite (apt-get install nasm)');
    it.skip('nasm is not installed (apt-get install nasm): Bochs comparison suite skipped', () => {});
    return;
  }

  let dir = '';
  const bins: Record<string, string> = {};
  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'vmxdbg-bochs-'));
    for (const name of IMAGES) bins[name] = assembleSync(name, dir);
    bins.bench = assembleSync('bench-alu', dir, { INNER: BENCH.inner, OUTER: BENCH.outer });
  });
  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  describe('in Bochs 2.7 (reference)', () => {
    if (!haveBochs) {
      console.warn('test/bochs: bochs is not installed; skipping the Bochs half (apt-get install bochs bochsbios bochs-term)');
      it.skip('bochs is not installed (apt-get install bochs bochsbios bochs-term): Bochs runs skipped', () => {});
      return;
    }
    let bochs: BochsModule;
    beforeAll(async () => {
      bochs = await loadBochs();
    });

    for (const name of IMAGES) {
      it(`${name}: Bochs prints ${name}.expected and shuts down`, async () => {
        const r = await bochs.runBochs({ image: bins[name], timeoutMs: 60000 });
        console.log(`bochs ${name}: ${r.seconds.toFixed(2)} s, ended by ${r.exitedBy}`);
        expect(r.exitedBy, `Bochs ended by ${r.exitedBy}: ${r.message ?? ''}\n${r.stderr.slice(-2000)}`).toBe('shutdown');
        expect(r.e9).toBe(expected(name));
      }, 90000);
    }

    it(`bench-alu (INNER=${BENCH.inner}, OUTER=${BENCH.outer}): Bochs prints "done"`, async () => {
      const r = await bochs.runBochs({ image: bins.bench, timeoutMs: 60000 });
      expect(r.exitedBy, r.message ?? '').toBe('shutdown');
      expect(r.e9).toBe('done\n');
    }, 90000);
  });

  describe('in vmxdbg (dist/vmxdbg.js run --mode real)', () => {
    let buildError: string | null = null;
    beforeAll(() => {
      if (existsSync(VMXDBG)) return;
      const r = spawnSync('npm', ['run', 'build'], { cwd: ROOT, encoding: 'utf8', timeout: 300000 });
      if (!existsSync(VMXDBG)) {
        buildError =
          `dist/vmxdbg.js does not exist and \`npm run build\` did not produce it ` +
          `(status ${r.status}${r.error ? `, ${r.error.message}` : ''}):\n${(r.stdout ?? '').slice(-2000)}${(r.stderr ?? '').slice(-2000)}`;
      }
    }, 320000);

    const requireCli = (): void => {
      if (buildError) throw new Error(buildError);
    };

    for (const name of IMAGES) {
      it(`${name}: vmxdbg prints ${name}.expected and exits 0 after "Shutdown"`, async () => {
        requireCli();
        const r = await runVmxdbg([...realModeArgs(bins[name]), '--max-instructions', '100000000']);
        const why = `vmxdbg ${realModeArgs(`${name}.bin`).join(' ')} -> status ${r.status}${r.signal ? ` (${r.signal})` : ''}\nstderr:\n${r.stderr.slice(-3000)}`;
        expect(r.stdout, why).toBe(expected(name));
        expect(r.status, why).toBe(0);
      }, 150000);
    }

    it(`bench-alu (INNER=${BENCH.inner}, OUTER=${BENCH.outer}): vmxdbg prints "done" and --stats counts 6*I*O + 3*O + 78 instructions`, async () => {
      requireCli();
      const r = await runVmxdbg([...realModeArgs(bins.bench), '--stats']);
      const why = `status ${r.status}\nstderr:\n${r.stderr.slice(-3000)}`;
      expect(r.stdout, why).toBe('done\n');
      expect(r.status, why).toBe(0);
      const m = /instructions:\s*([\d,_]+)/i.exec(r.stderr);
      expect(m, `no "instructions: N" line in --stats output:\n${r.stderr}`).not.toBeNull();
      expect(Number((m as RegExpExecArray)[1].replace(/[,_]/g, ''))).toBe(benchInstructions(BENCH.inner, BENCH.outer));
    }, 150000);
  });
});

