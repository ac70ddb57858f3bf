// x86 I/O port space: 65536 byte-addressed ports reached by IN/OUT/INS/OUTS (Intel SDM Vol. 1,
// chapter 19 "Input/Output"). Devices claim inclusive port ranges; lookup is one typed-array load.
//
// Conventions (chosen to match Bochs and QEMU on a PC):
// - A port nobody claimed reads as all ones of the access size (an undriven ISA data bus floats
//   high: 0xFF / 0xFFFF / 0xFFFFFFFF) and ignores writes.
// - A 2- or 4-byte access is dispatched to the device that owns its FIRST port, with the size;
//   the device decides what the wider access means (see `byteWiseRead`/`byteWiseWrite` for
//   byte-wide devices). Accesses are never split across devices.
// - Values are unsigned numbers masked to the access size in both directions.

export type IoSize = 1 | 2 | 4;

export interface PortDevice {
  read(port: number, size: IoSize): number;
  write(port: number, size: IoSize, value: number): void;
}

export interface IoRange {
  first: number;
  last: number;
  name: string;
}

/** Unsigned all-ones value of an access size (also used by the MMIO bus). */
export function allOnes(size: 1 | 2 | 4): number {
  return size === 1 ? 0xff : size === 2 ? 0xffff : 0xffffffff;
}

/** Masks `value` to `size` bytes as an unsigned number. */
export function maskToSize(value: number, size: 1 | 2 | 4): number {
  return size === 1 ? value & 0xff : size === 2 ? value & 0xffff : value >>> 0;
}

const hex = (n: number, digits = 4): string => '0x' + n.toString(16).padStart(digits, '0');

export class IoBus {
  /** port -> index into `devs`+1 (0 = unassigned). */
  private readonly owner = new Uint16Array(0x10000);
  private readonly devs: PortDevice[] = [];
  private readonly ranges: IoRange[] = [];

  register(first: number, last: number, dev: PortDevice, name: string): void {
    if (!Number.isInteger(first) || !Number.isInteger(last) || first < 0 || last > 0xffff || first > last) {
      throw new Error(`IoBus: invalid port range ${first}..${last} for '${name}' (ports are 0x0000..0xffff, first <= last)`);
    }
    for (let p = first; p <= last; p++) {
      const o = this.owner[p];
      if (o !== 0) {
        const r = this.ranges[o - 1];
        throw new Error(
          `IoBus: cannot register '${name}' at ports ${hex(first)}..${hex(last)}: port ${hex(p)} already belongs to '${r.name}' (${hex(r.first)}..${hex(r.last)})`,
        );
      }
    }
    if (this.devs.length >= 0xffff) throw new Error('IoBus: too many devices');
    this.devs.push(dev);
    this.ranges.push({ first, last, name });
    this.owner.fill(this.devs.length, first, last + 1);
  }

  read(port: number, size: IoSize): number {
    const o = this.owner[port & 0xffff];
    if (o === 0) return allOnes(size);
    return maskToSize(this.devs[o - 1].read(port & 0xffff, size), size);
  }

  write(port: number, size: IoSize, value: number): void {
    const o = this.owner[port & 0xffff];
    if (o !== 0) this.devs[o - 1].write(port & 0xffff, size, maskToSize(value, size));
  }

  /** Registered ranges in ascending port order (for the debugger's device view). */
  describe(): IoRange[] {
    return this.ranges.map((r) => ({ ...r })).sort((a, b) => a.first - b.first);
  }
}

/**
 * Wider access to a byte-wide device (8-bit ISA registers such as the 16550): performed as
 * consecutive byte accesses, least significant byte at the lowest port, the way the chipset
 * splits it (QEMU does the same for devices with a maximum access size of 1). Bytes that fall
 * past `last` (outside the device) read as 0xFF.
 */
export function byteWiseRead(readByte: (port: number) => number, port: number, size: IoSize, last: number): number {
  let v = 0;
  for (let i = 0; i < size; i++) {
    const b = port + i <= last ? readByte(port + i) & 0xff : 0xff;
    v += b * 2 ** (8 * i);
  }
  return v;
}

export function byteWiseWrite(writeByte: (port: number, v: number) => void, port: number, size: IoSize, value: number, last: number): void {
  for (let i = 0; i < size && port + i <= last; i++) writeByte(port + i, (value >>> (8 * i)) & 0xff);
}
