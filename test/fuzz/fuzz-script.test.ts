// `npm run fuzz` itself: the watchdog turns an input that runs too long into a reported hang and replaces
// its worker (the next input still runs); --minutes bounds a run by time.
import { describe, it, expect } from 'vitest';
import { runFuzz } from './helpers';

describe('fuzz script', () => {
  it('reports inputs that outlive the watchdog as hangs and goes on with the next input', () => {
    // both heavy assembler inputs take seconds; a 200 ms watchdog must stop each of them
    const r = runFuzz(['--targets', 'asm-heavy', '--watchdog-ms', '200', '--inputs', '2', '--seed', '1', '--no-save'], 300_000);
    expect(r.status).toBe(1);
    const t = r.targets['asm-heavy'];
    expect(t.tried).toBe(2);
    expect(t.failures.map((f) => f.index)).toEqual([0, 1]);
    for (const f of t.failures) expect(f.failure).toMatch(/^hang: input did not finish within 200 ms \(watchdog\)/);
    expect(r.stdout).toMatch(/fuzz: 2 inputs tried, 2 failed/);
  }, 300_000);

  it('runs for a bounded time with --minutes', () => {
    const t0 = Date.now();
    const r = runFuzz(['--targets', 'cpu,asm', '--minutes', '0.1', '--seed', '3', '--no-save'], 300_000);
    expect(r.status).toBe(0);
    expect(r.targets.cpu.tried).toBeGreaterThan(0);
    expect(r.targets.asm.tried).toBeGreaterThan(0);
    expect(r.stdout).toMatch(/fuzz: \d+ inputs tried, 0 failed in [\d.]+ s \(seed 3\)/);
    expect(Date.now() - t0).toBeLessThan(120_000);
  }, 300_000);
});
