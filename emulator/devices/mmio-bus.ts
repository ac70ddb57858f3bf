// Memory-mapped I/O: physical address ranges claimed by devices (local APIC page, later others).
// Physical addresses are JS numbers (exact below 2^53; x86-64 physical addresses are < 2^52).
//
// Conventions:
// - Unclaimed MMIO reads as all ones of the access size and ignores writes (what a PC chipset
//   returns for a master abort; Bochs and QEMU do the same).
// - An access is routed by its FIRST byte; devices see the offset from their base and the size.
// - 8-byte accesses (a 64-bit MOV to the APIC page, say) are split by the bus into two 4-byte
//   accesses, low dword at addr and high dword at addr+4: see `read64`/`write64`. A device
//   therefore only ever sees sizes 1, 2 and 4. (Real xAPIC registers are 32-bit; the SDM,
//   Vol. 3A "Local APIC Register Address Map", only guarantees aligned 32-bit accesses.)
// - Values are unsigned numbers masked to the access size in both directions.
//
// MmioBus is structurally a `MmioHandler` of emulator/memory/phys-memory.ts, so the machine can
// plug it in directly: `mem.mmio = mmioBus`.

import { allOnes, maskToSize } from './io-bus';

export type MmioSize = 1 | 2 | 4;

export interface MmioDevice {
  /** `size` is never 8: the bus splits 8-byte accesses into two 4-byte ones. */
  read(offset: number, size: MmioSize): number;
  write(offset: number, size: MmioSize, value: number): void;
}

export interface MmioRegion {
  base: number;
  length: number;
  name: string;
  dev: MmioDevice;
}

const hexAddr = (n: number): string => '0x' + n.toString(16);

export class MmioBus {
  /** Sorted by base, non-overlapping. */
  private regions: MmioRegion[] = [];
  /** Last region hit: repeated accesses to one device (APIC polling loops) skip the search. */
  private last: MmioRegion | undefined;

  register(base: number, length: number, dev: MmioDevice, name: string): void {
    if (!Number.isSafeInteger(base) || !Number.isSafeInteger(length) || base < 0 || length <= 0 || base + length > 2 ** 52) {
      throw new Error(`MmioBus: invalid region for '${name}': base ${base}, length ${length} (must be integers inside the 52-bit physical address space)`);
    }
    const end = base + length;
    for (const r of this.regions) {
      if (base < r.base + r.length && r.base < end) {
        throw new Error(
          `MmioBus: cannot register '${name}' at ${hexAddr(base)}..${hexAddr(end - 1)}: overlaps '${r.name}' at ${hexAddr(r.base)}..${hexAddr(r.base + r.length - 1)}`,
        );
      }
    }
    this.regions.push({ base, length, name, dev });
    this.regions.sort((a, b) => a.base - b.base);
  }

  /** The device whose region contains `addr`, with its base (and name/length for display). */
  find(addr: number): { dev: MmioDevice; base: number; length: number; name: string } | undefined {
    const l = this.last;
    if (l !== undefined && addr >= l.base && addr < l.base + l.length) return l;
    const rs = this.regions;
    let lo = 0;
    let hi = rs.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const r = rs[mid];
      if (addr < r.base) hi = mid - 1;
      else if (addr >= r.base + r.length) lo = mid + 1;
      else {
        this.last = r;
        return r;
      }
    }
    return undefined;
  }

  read(addr: number, size: MmioSize): number {
    const r = this.find(addr);
    if (r === undefined) return allOnes(size);
    return maskToSize(r.dev.read(addr - r.base, size), size);
  }

  write(addr: number, size: MmioSize, value: number): void {
    const r = this.find(addr);
    if (r !== undefined) r.dev.write(addr - r.base, size, maskToSize(value, size));
  }

  /** 8-byte read as two 4-byte reads (low dword first); returns [lo, hi] as unsigned dwords. */
  read64(addr: number): [number, number] {
    const lo = this.read(addr, 4);
    return [lo, this.read(addr + 4, 4)];
  }

  /** 8-byte write as two 4-byte writes, low dword first. */
  write64(addr: number, lo: number, hi: number): void {
    this.write(addr, 4, lo);
    this.write(addr + 4, 4, hi);
  }

  describe(): { base: number; length: number; name: string }[] {
    return this.regions.map(({ base, length, name }) => ({ base, length, name }));
  }
}
