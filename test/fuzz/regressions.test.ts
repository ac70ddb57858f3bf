// Focused regression tests for bugs the fuzzers found (the inputs themselves are in corpus/).
import { describe, it, expect } from 'vitest';
import { Machine } from '../../emulator/machine';
import { ACC_W } from '../../emulator/cpu/cpu';
import { CpuFault, PF } from '../../emulator/cpu/faults';

describe('4-level paging of upper-half addresses (corpus/cpu-1-1650.json)', () => {
  const machine = (): Machine => {
    const m = new Machine({ memoryMiB: 4 });
    m.load({ bytes: Uint8Array.of(0xf4), loadAddress: 0x100000, mode: 'long64', entry: 0x100000 });
    return m;
  };
  it('faults on an unmapped upper-half address instead of aliasing PML4 entry 0', () => {
    const m = machine();
    let fault: unknown;
    try { m.cpu.translate(-8, ACC_W, false); } catch (e) { fault = e; }
    expect(fault).toBeInstanceOf(CpuFault);
    expect((fault as CpuFault).vector).toBe(PF);
    expect(m.cpu.cr2).toBe(-8);
  });
  it('translates through PML4[511] / PDPT[511] with a 1 GiB page', () => {
    const m = machine();
    const sys = m.systemArea!;
    const pdpt = 0x3000;
    m.mem.write64(sys.pml4 + 511 * 8, pdpt | 3, 0);
    m.mem.write64(pdpt + 511 * 8, 0x40000000 | 0x83, 0); // 1 GiB page at physical 1 GiB
    m.cpu.flushTlb();
    expect(m.cpu.translate(-8, ACC_W, false)).toBe(0x80000000 - 8);
    expect(m.cpu.translate(-0x40000000, ACC_W, false)).toBe(0x40000000);
  });
});
