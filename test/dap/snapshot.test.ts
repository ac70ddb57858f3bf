// Machine snapshots (emulator/snapshot.ts): restoring a snapshot and running forward again reaches
// exactly the state a straight run reaches (registers, memory, VMX, nesting, devices), on the
// nested example, with memory kept as page versions and older snapshots merged away.
import { describe, it, expect } from 'vitest';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { Machine } from '../../emulator/machine';
import { loadProgram } from '../../emulator/loader/program';
import { SnapshotStore, positionKey } from '../../emulator/snapshot';
import { ROOT } from './helpers';

const NESTED = join(ROOT, 'examples/06-nested/nested.asm');
const EPT = join(ROOT, 'examples/05-ept/ept.asm');
const TIMER = join(ROOT, 'test/dap/fixtures/timer.asm');

function boot(path: string, strictTlb = false): Machine {
  const m = new Machine({ memoryMiB: 16, strictTlb });
  m.load(loadProgram(path).image);
  return m;
}

/** Runs until the instruction counter reaches `icount` (the first state with that count). */
function runTo(m: Machine, icount: number): void {
  while (m.cpu.icount < icount) {
    const s = m.run(icount - m.cpu.icount);
    if (s.reason !== 'budget' && s.reason !== 'event' && s.reason !== 'magic-breakpoint') throw new Error(`run stopped: ${JSON.stringify(s)}`);
  }
}

const big = (_k: string, v: unknown) => (typeof v === 'bigint' ? v.toString(16) : v instanceof Int32Array ? Array.from(v) : v);

/** Everything observable about the machine, as one string. */
function fingerprint(m: Machine): string {
  const mem = createHash('sha1').update(m.mem.u8).digest('hex');
  const u = m.vmx!;
  const vmcs = u.current ? `${u.current.address}:${Array.from(u.current.lo).join(',')}/${Array.from(u.current.hi).join(',')}:${u.current.launched}` : 'none';
  const hist = u.history.map((r) => `${r.seq}:${r.reason}:${r.qualification}:${r.guestRip}`).join(';');
  const nest = JSON.stringify({ levels: m.nesting!.levels(), exits: m.nesting!.exitHistory().map((r) => [r.seq, r.reason, r.exitingLevel, r.receivingLevel, r.virtual, r.qualification]) }, big);
  const dev = JSON.stringify({ apic: m.apic.snapshot(), uart: m.uart.snapshot(), shutdown: m.debugPorts.shutdown.state });
  return [positionKey(m), m.cpu.cr2, Array.from(m.cpu.msrs.entries()).join(';'), mem, vmcs, hist, JSON.stringify(u.counters), nest, dev].join('\n');
}

describe('machine snapshots', () => {
  it('restore + re-run reaches the same state as a straight run (nested example, through L1 and L2)', () => {
    const straight = boot(NESTED);
    const m = boot(NESTED);
    const store = new SnapshotStore(m);
    const base = store.take();
    const marks = [8_000, 25_000, 34_000]; // L1 launches L2 near 33k; the first virtual exit (L2->L1 CPUID) is at ~33.4k
    const prints: string[] = [];
    const snaps = [base];
    for (const n of marks) {
      runTo(m, n);
      snaps.push(store.take());
      prints.push(fingerprint(m));
    }
    const end = marks[marks.length - 1] + 4_000;
    runTo(m, end);
    const final = fingerprint(m);
    runTo(straight, end);
    expect(final).toBe(fingerprint(straight)); // recording does not change the run
    expect(m.nesting!.exitHistory().some((r) => r.virtual)).toBe(true); // the run went through L2 -> L1 exits
    // Newest first (restoring drops the later ones), each one exact, then forward again to the end.
    for (let i = marks.length - 1; i >= 0; i--) {
      store.restore(snaps[i + 1]);
      expect(fingerprint(m)).toBe(prints[i]);
    }
    store.restore(base);
    expect(m.cpu.icount).toBe(0);
    runTo(m, end);
    expect(fingerprint(m)).toBe(final);
  });

  it('restores devices and time: APIC timer interrupts waking HLT, COM1 registers, RDRAND, a TSC write', () => {
    const straight = boot(TIMER);
    const m = boot(TIMER);
    const store = new SnapshotStore(m);
    const snaps = [store.take()];
    const prints = [fingerprint(m)];
    for (const n of [60, 150, 260, 380]) {
      runTo(m, n);
      snaps.push(store.take());
      prints.push(fingerprint(m));
    }
    runTo(m, 480);
    const final = fingerprint(m);
    runTo(straight, 480);
    expect(final).toBe(fingerprint(straight));
    expect(m.cpu.tscAdjust).toBeGreaterThan(0); // HLT skipped idle time
    expect(m.uart.snapshot().scr).toBe(0x5a);
    for (let i = snaps.length - 1; i >= 0; i -= 2) {
      store.restore(snaps[i]);
      expect(fingerprint(m)).toBe(prints[i]);
      runTo(m, 480);
      expect(fingerprint(m)).toBe(final);
      store.restore(snaps[i]);
    }
  });

  it('reaches the same state whatever the run is cut into (single steps vs whole blocks): re-execution may split runs differently', () => {
    for (const [path, end] of [[TIMER, 480], [EPT, 12_000]] as const) {
      const whole = boot(path);
      runTo(whole, end);
      const stepped = boot(path);
      while (stepped.cpu.icount < end) stepped.step();
      expect(fingerprint(stepped)).toBe(fingerprint(whole));
    }
  });

  it('keeps memory exact after merging snapshots to stay within its limits (strictTlb: cached translations too)', () => {
    const m = boot(EPT, true);
    expect(m.vmx!.linearTlb).not.toBe(null);
    const store = new SnapshotStore(m, { maxSnapshots: 4 });
    const copies = new Map<number, { mem: Uint8Array; print: string }>();
    for (let n = 0; n <= 12_000; n += 1_000) {
      runTo(m, n);
      store.take();
      copies.set(m.cpu.icount, { mem: m.mem.u8.slice(), print: fingerprint(m) });
    }
    expect(store.list.length).toBe(4);
    expect(store.base!.icount).toBe(0);
    for (const s of [...store.list].reverse()) {
      store.restore(s);
      const c = copies.get(s.icount)!;
      expect(Buffer.compare(Buffer.from(m.mem.u8), Buffer.from(c.mem))).toBe(0);
      expect(fingerprint(m)).toBe(c.print);
    }
    expect(m.cpu.tlbModel === null || m.cpu.tlbModel === m.vmx!.linearTlb).toBe(true); // one model, not two copies
    runTo(m, 12_000);
    const straight = boot(EPT, true);
    runTo(straight, 12_000);
    expect(fingerprint(m)).toBe(fingerprint(straight));
  });

  it('rebase makes the current state the base and keeps memory complete', () => {
    const m = boot(NESTED);
    const store = new SnapshotStore(m);
    store.take();
    runTo(m, 10_000);
    store.take();
    runTo(m, 20_000);
    m.cpu.r[0] = 0x1234; // a debugger edit
    const b = store.rebase();
    const print = fingerprint(m);
    expect(store.list).toEqual([b]);
    runTo(m, 36_000);
    store.restore(b);
    expect(fingerprint(m)).toBe(print);
  });

  it('attaching to a machine that already ran records its memory as the base', () => {
    const m = boot(EPT);
    runTo(m, 4_000);
    const store = new SnapshotStore(m);
    const b = store.take();
    const print = fingerprint(m);
    runTo(m, 12_000);
    store.restore(b);
    expect(fingerprint(m)).toBe(print);
  });
});
