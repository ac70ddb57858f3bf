import { describe, expect, it } from 'vitest';
import { IoBus, PortDevice } from '../../emulator/devices';

class Regs implements PortDevice {
  log: [string, number, number, number][] = [];
  read(port: number, size: 1 | 2 | 4): number {
    this.log.push(['r', port, size, 0]);
    return 0x12345678 + port;
  }
  write(port: number, size: 1 | 2 | 4, value: number): void {
    this.log.push(['w', port, size, value]);
  }
}

describe('IoBus', () => {
  it('reads all-ones of the access size from unassigned ports and ignores writes', () => {
    const bus = new IoBus();
    expect(bus.read(0x80, 1)).toBe(0xff);
    expect(bus.read(0x80, 2)).toBe(0xffff);
    expect(bus.read(0x80, 4)).toBe(0xffffffff);
    expect(bus.read(0xffff, 4)).toBe(0xffffffff);
    expect(() => bus.write(0x80, 4, 0xdeadbeef)).not.toThrow();
  });

  it('dispatches by the first port, masking values to the size both ways', () => {
    const bus = new IoBus();
    const d = new Regs();
    bus.register(0x100, 0x103, d, 'regs');
    expect(bus.read(0x101, 1)).toBe((0x12345678 + 0x101) & 0xff);
    expect(bus.read(0x100, 2)).toBe(0x5678 + 0x100);
    expect(bus.read(0x100, 4)).toBe(0x12345778);
    bus.write(0x103, 1, 0x1ff);
    bus.write(0x102, 4, -1);
    expect(d.log.slice(-2)).toEqual([
      ['w', 0x103, 1, 0xff],
      ['w', 0x102, 4, 0xffffffff],
    ]);
    expect(bus.read(0x104, 1)).toBe(0xff); // just past the range
    expect(bus.read(0x0ff, 1)).toBe(0xff);
  });

  it('rejects overlapping registrations with a clear error', () => {
    const bus = new IoBus();
    bus.register(0x3f8, 0x3ff, new Regs(), 'com1');
    expect(() => bus.register(0x3fc, 0x400, new Regs(), 'other')).toThrow(/'other'.*port 0x03fc already belongs to 'com1' \(0x03f8\.\.0x03ff\)/);
    expect(() => bus.register(0x3f0, 0x3f8, new Regs(), 'low')).toThrow(/port 0x03f8 already belongs to 'com1'/);
    // the failed registrations claimed nothing
    bus.register(0x3f0, 0x3f7, new Regs(), 'fine');
    bus.register(0x400, 0x400, new Regs(), 'fine2');
  });

  it('rejects invalid ranges', () => {
    const bus = new IoBus();
    expect(() => bus.register(5, 4, new Regs(), 'x')).toThrow(/invalid port range/);
    expect(() => bus.register(0, 0x10000, new Regs(), 'x')).toThrow(/invalid port range/);
    expect(() => bus.register(-1, 2, new Regs(), 'x')).toThrow(/invalid port range/);
  });

  it('describes its ranges in port order', () => {
    const bus = new IoBus();
    bus.register(0x3f8, 0x3ff, new Regs(), 'com1');
    bus.register(0xe9, 0xe9, new Regs(), 'e9');
    expect(bus.describe()).toEqual([
      { first: 0xe9, last: 0xe9, name: 'e9' },
      { first: 0x3f8, last: 0x3ff, name: 'com1' },
    ]);
  });
});
