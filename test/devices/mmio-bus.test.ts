import { describe, expect, it } from 'vitest';
import { MmioBus, MmioDevice } from '../../emulator/devices';
import { PhysMemory } from '../../emulator/memory/phys-memory';

class Ram implements MmioDevice {
  mem = new Map<number, number>();
  accesses: [string, number, number][] = [];
  read(offset: number, size: 1 | 2 | 4): number {
    this.accesses.push(['r', offset, size]);
    let v = 0;
    for (let i = 0; i < size; i++) v += (this.mem.get(offset + i) ?? 0) * 2 ** (8 * i);
    return v;
  }
  write(offset: number, size: 1 | 2 | 4, value: number): void {
    this.accesses.push(['w', offset, size]);
    for (let i = 0; i < size; i++) this.mem.set(offset + i, Math.floor(value / 2 ** (8 * i)) & 0xff);
  }
}

describe('MmioBus', () => {
  it('reads all-ones from unassigned addresses and ignores writes', () => {
    const bus = new MmioBus();
    expect(bus.read(0xfee00000, 1)).toBe(0xff);
    expect(bus.read(0xfee00000, 2)).toBe(0xffff);
    expect(bus.read(0xfee00000, 4)).toBe(0xffffffff);
    expect(bus.read64(0x1_0000_0000)).toEqual([0xffffffff, 0xffffffff]);
    bus.write(0x1234, 4, 5);
    expect(bus.find(0x1234)).toBeUndefined();
  });

  it('routes to devices by offset and finds regions, including above 4 GiB', () => {
    const bus = new MmioBus();
    const a = new Ram();
    const b = new Ram();
    bus.register(0xfee00000, 0x1000, a, 'apic');
    bus.register(0xfd_0000_0000, 0x2000, b, 'high');
    bus.write(0xfee00010, 4, 0xcafebabe);
    expect(a.mem.get(0x10)).toBe(0xbe);
    expect(bus.read(0xfee00010, 4)).toBe(0xcafebabe);
    expect(bus.read(0xfee00012, 2)).toBe(0xcafe);
    expect(bus.find(0xfee00fff)).toMatchObject({ dev: a, base: 0xfee00000 });
    expect(bus.find(0xfee01000)).toBeUndefined();
    expect(bus.find(0xfd_0000_1fff)).toMatchObject({ dev: b, base: 0xfd_0000_0000 });
    bus.write(0xfd_0000_0004, 1, 0x1aa);
    expect(b.mem.get(4)).toBe(0xaa);
  });

  it('splits 8-byte accesses into two 4-byte ones, low dword first', () => {
    const bus = new MmioBus();
    const a = new Ram();
    bus.register(0x1000, 0x100, a, 'dev');
    bus.write64(0x1008, 0x11223344, 0x55667788);
    expect(a.accesses).toEqual([
      ['w', 8, 4],
      ['w', 12, 4],
    ]);
    expect(bus.read64(0x1008)).toEqual([0x11223344, 0x55667788]);
    expect(a.accesses.slice(2)).toEqual([
      ['r', 8, 4],
      ['r', 12, 4],
    ]);
  });

  it('rejects overlapping regions with a clear error', () => {
    const bus = new MmioBus();
    bus.register(0xfee00000, 0x1000, new Ram(), 'apic');
    expect(() => bus.register(0xfee00800, 0x1000, new Ram(), 'x')).toThrow(/'x'.*overlaps 'apic' at 0xfee00000\.\.0xfee00fff/);
    expect(() => bus.register(0xfedff000, 0x1001, new Ram(), 'y')).toThrow(/overlaps 'apic'/);
    bus.register(0xfedff000, 0x1000, new Ram(), 'adjacent');
    expect(bus.describe().map((r) => r.name)).toEqual(['adjacent', 'apic']);
    expect(() => bus.register(0, 0, new Ram(), 'empty')).toThrow(/invalid region/);
  });

  it('plugs into PhysMemory as its MMIO handler', () => {
    const mem = new PhysMemory(0x10000);
    const bus = new MmioBus();
    const a = new Ram();
    bus.register(0xfee00000, 0x1000, a, 'apic');
    mem.mmio = bus;
    mem.write32(0xfee00080, 0x80000001);
    expect(mem.read32(0xfee00080) >>> 0).toBe(0x80000001);
    expect(mem.read8(0x20000)).toBe(0xff);
  });
});
