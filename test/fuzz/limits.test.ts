// Limits (issue 9): guest RAM is capped by configuration with clear errors naming the setting; the VM-exit
// histories and the adapter's guest-output buffer stay bounded however long a guest runs.
import { describe, it, expect } from 'vitest';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { Machine } from '../../emulator/machine';
import { loadProgram } from '../../emulator/loader/program';
import { VmxRuntime, StopInfo } from '../../debug-adapter/runtime';
import { validateLaunchArguments } from '../../debug-adapter/session';
import { VMCS_BASES, machineAtEntry } from './engine/vmcs-fuzz';
import { ensureFuzzBuilt, ROOT } from './helpers';

describe('guest RAM cap', () => {
  it('is validated when the machine is built', () => {
    expect(() => new Machine({ memoryMiB: 4096 })).toThrow(/4096 MiB exceeds the limit of 3072 MiB/);
    expect(() => new Machine({ memoryMiB: 0 })).toThrow(/memoryMiB must be a positive integer/);
  });

  it('an image that needs more RAM than configured is refused naming the setting', () => {
    const p = loadProgram(join(__dirname, 'fixtures/big-image.asm'));
    expect(() => new Machine({ memoryMiB: 2 }).load(p.image)).toThrow(/image of \d+ bytes at 0x100000 does not fit in 2 MiB of guest RAM \(raise the memoryMiB setting, --memory on the command line\)/);
    const m = new Machine({ memoryMiB: 8 });
    m.load(p.image);
    expect(m.run(10).reason).toBe('halted');
  });

  it('the CLI reports it with status 1', () => {
    ensureFuzzBuilt();
    const r = spawnSync(process.execPath, [join(ROOT, 'dist/vmxdbg.js'), 'run', join(__dirname, 'fixtures/big-image.asm'), '--memory', '2'], { encoding: 'utf8' });
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/does not fit in 2 MiB of guest RAM \(raise the memoryMiB setting, --memory/);
  }, 180_000);

  it('memory beyond RAM is unbacked: reads all ones, writes are dropped, nothing is allocated', () => {
    const m = new Machine({ memoryMiB: 4 });
    m.mem.write32(4 << 20, 0x12345678);
    expect(m.mem.read32(4 << 20)).toBe(-1);
    expect(m.mem.u8.length).toBe(4 << 20);
  });
});

describe('VM-exit histories', () => {
  it('stay bounded over thousands of exits', () => {
    // 02-first-guest with its guest reduced to CPUID and its exit handler to VMRESUME: every round trip
    // is one guest and one host instruction.
    const base = VMCS_BASES.find((b) => b.name === 'first-guest-launch')!;
    const m = machineAtEntry(base);
    const sym = (name: string) => loadProgram(join(ROOT, base.file)).asm!.symbols.find((s) => s.name === name)!.value;
    m.mem.load(sym('guest_entry'), Uint8Array.of(0x0f, 0xa2));      // cpuid
    m.mem.load(sym('vmexit_handler'), Uint8Array.of(0x0f, 0x01, 0xc3)); // vmresume
    m.run(10_000);
    const vmx = m.vmx!;
    expect(vmx.counters.exits).toBeGreaterThan(2500);
    expect(vmx.history.length).toBeLessThanOrEqual(2 * vmx.maxHistory);
    expect(vmx.history[vmx.history.length - 1].reason).toBe(10);
    const n = m.nesting!;
    expect(n.counts.hardware).toBe(vmx.counters.exits);
    expect(n.exitHistory().length).toBeLessThanOrEqual(2 * vmx.maxHistory);
  });
});

describe('adapter guest-output buffer', () => {
  it('keeps at most 256 KiB pending, forwards at most 32 KiB per flush and reports what it dropped', async () => {
    const events: { text: string; category: string }[] = [];
    const rt = new VmxRuntime(validateLaunchArguments({ program: join(ROOT, 'test/dap/fixtures/loop.asm') }), {
      stopped: (_i: StopInfo) => {}, ended: () => {}, output: (text, category) => events.push({ text, category }),
    });
    rt.load();
    // 1 MiB written to the debug console port in one go (as a guest between two event-loop turns)
    for (let i = 0; i < 1 << 20; i++) rt.machine.io.write(0xe9, 1, 0x61);
    await new Promise((r) => setTimeout(r, 1000));
    rt.dispose();
    const forwarded = events.filter((e) => e.category === 'stdout');
    const total = forwarded.reduce((n, e) => n + e.text.length, 0);
    expect(total).toBe(256 * 1024);
    for (const e of forwarded) expect(e.text.length).toBeLessThanOrEqual(32 * 1024);
    const notice = events.find((e) => e.category === 'important')?.text ?? '';
    expect(notice).toMatch(new RegExp(`${(1 << 20) - 256 * 1024} bytes of guest output dropped`));
  });
});
