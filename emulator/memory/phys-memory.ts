// Guest physical memory: RAM from address 0 up to `size`, everything above routed to MMIO.
// The RAM buffer is one ArrayBuffer; the host OS commits its pages on first touch, so untouched
// guest memory costs nothing (sparse in practice). Code pages are tracked so that writes to
// them invalidate decoded-instruction caches (self-modifying code).

export interface MmioHandler {
  read(addr: number, size: 1 | 2 | 4): number;
  write(addr: number, size: 1 | 2 | 4, value: number): void;
}

export const PAGE_SHIFT = 12;
/**
 * codePage marks, one bit per owner: decoded code (the executor), a debugger write watch (write-watch.ts), a page
 * holding paging-structure entries some cached translation was made from (cpu.ts): every write to a marked page
 * reports through onCodeWrite, and a write to a paging page also counts in pagingWrites.
 */
export const MARK_CODE = 1, MARK_WATCH = 2, MARK_PAGING = 4;
export const PAGE_SIZE = 4096;

/** Largest RAM we allow: RAM must stay below the local APIC page at 0xFEE00000. */
export const MAX_RAM_BYTES = 3072 * 1024 * 1024;

export class PhysMemory {
  readonly u8: Uint8Array;
  readonly dv: DataView;
  /** MARK_* bits of each 4 KiB RAM page (0: writes to it need no notice). */
  readonly codePage: Uint8Array;
  /** Writes to pages marked MARK_PAGING so far (cpu.ts refreshTlbContext skips its check while it is unchanged). */
  pagingWrites = 0;
  /** A write of `len` bytes at `pa` touched a page marked in codePage (bulk writes: once per page, len PAGE_SIZE). */
  onCodeWrite: (pa: number, len: number) => void = () => {};
  mmio: MmioHandler = { read: (_a, size) => (size === 4 ? 0xffffffff : size === 2 ? 0xffff : 0xff), write: () => {} };

  constructor(readonly size: number) {
    if (!Number.isInteger(size) || size <= 0 || size % PAGE_SIZE !== 0) throw new Error(`guest RAM size must be a positive multiple of 4 KiB (got ${size})`);
    if (size > MAX_RAM_BYTES) throw new Error(`guest RAM of ${size / 1048576} MiB exceeds the limit of ${MAX_RAM_BYTES / 1048576} MiB`);
    this.u8 = new Uint8Array(size);
    this.dv = new DataView(this.u8.buffer);
    this.codePage = new Uint8Array(size >>> PAGE_SHIFT);
  }

  /** A write of `len` bytes at `pa` touched a marked page (bulk writers call it once per page). */
  marked(pa: number, len: number): void {
    const cp = this.codePage;
    if (((cp[pa >>> PAGE_SHIFT] | cp[(pa + len - 1) >>> PAGE_SHIFT]) & MARK_PAGING) !== 0) this.pagingWrites++;
    this.onCodeWrite(pa, len);
  }
  read8(pa: number): number {
    if (pa < this.size) return this.u8[pa];
    return this.mmio.read(pa, 1) & 0xff;
  }
  read16(pa: number): number {
    if (pa + 2 <= this.size) return this.dv.getUint16(pa, true);
    if (pa >= this.size) return this.mmio.read(pa, 2) & 0xffff;
    return this.read8(pa) | (this.read8(pa + 1) << 8);
  }
  /** Returns a signed 32-bit value. */
  read32(pa: number): number {
    if (pa + 4 <= this.size) return this.dv.getInt32(pa, true);
    if (pa >= this.size) return this.mmio.read(pa, 4) | 0;
    return (this.read16(pa) | (this.read16(pa + 2) << 16)) | 0;
  }
  write8(pa: number, v: number): void {
    if (pa < this.size) {
      this.u8[pa] = v;
      if (this.codePage[pa >>> PAGE_SHIFT] !== 0) this.marked(pa, 1);
    } else this.mmio.write(pa, 1, v & 0xff);
  }
  write16(pa: number, v: number): void {
    if (pa + 2 <= this.size) {
      this.dv.setUint16(pa, v, true);
      if ((this.codePage[pa >>> PAGE_SHIFT] | this.codePage[(pa + 1) >>> PAGE_SHIFT]) !== 0) this.marked(pa, 2);
    } else if (pa >= this.size) this.mmio.write(pa, 2, v & 0xffff);
    else { this.write8(pa, v); this.write8(pa + 1, v >>> 8); }
  }
  write32(pa: number, v: number): void {
    if (pa + 4 <= this.size) {
      this.dv.setInt32(pa, v, true);
      if ((this.codePage[pa >>> PAGE_SHIFT] | this.codePage[(pa + 3) >>> PAGE_SHIFT]) !== 0) this.marked(pa, 4);
    } else if (pa >= this.size) this.mmio.write(pa, 4, v | 0);
    else { this.write16(pa, v); this.write16(pa + 2, v >>> 16); }
  }
  /** 64-bit value as (lo, hi) pair. */
  read64(pa: number, out: Int32Array): void {
    out[0] = this.read32(pa);
    out[1] = this.read32(pa + 4);
  }
  write64(pa: number, lo: number, hi: number): void {
    this.write32(pa, lo);
    this.write32(pa + 4, hi);
  }
  /** Copies bytes into RAM (loaders, debugger writes). Throws a clear error outside RAM. */
  load(pa: number, bytes: Uint8Array): void {
    if (pa < 0 || pa + bytes.length > this.size) {
      throw new Error(`image of ${bytes.length} bytes at 0x${pa.toString(16)} does not fit in ${this.size / 1048576} MiB of guest RAM (raise the memoryMiB setting, --memory on the command line)`);
    }
    this.u8.set(bytes, pa);
    for (let p = pa >>> PAGE_SHIFT; p <= (pa + bytes.length - 1) >>> PAGE_SHIFT; p++) if (this.codePage[p]) this.marked(p << PAGE_SHIFT, PAGE_SIZE);
  }
  /** Reads bytes for the debugger; bytes outside RAM come from MMIO (1-byte reads). */
  readBytes(pa: number, len: number): Uint8Array {
    const out = new Uint8Array(len);
    for (let i = 0; i < len; i++) out[i] = this.read8(pa + i);
    return out;
  }
}
