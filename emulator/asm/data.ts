/** Encoding of DB/DW/DD/DQ/DT/DO/DY/DZ values (NASM manual 3.2.1, 3.4.6). */

/** IEEE half precision from a JS number (round to nearest even). */
function toHalf(f: number): number {
  const b = new DataView(new ArrayBuffer(4));
  b.setFloat32(0, f);
  const x = b.getUint32(0);
  const sign = (x >>> 16) & 0x8000;
  const exp = ((x >>> 23) & 0xff) - 127 + 15;
  let mant = x & 0x7fffff;
  if (((x >>> 23) & 0xff) === 0xff) return sign | 0x7c00 | (mant ? 0x200 : 0);
  if (exp >= 0x1f) return sign | 0x7c00;
  if (exp <= 0) {
    if (exp < -10) return sign;
    mant |= 0x800000;
    const shift = 14 - exp;
    let h = mant >>> shift;
    const rem = mant & ((1 << shift) - 1);
    const half = 1 << (shift - 1);
    if (rem > half || (rem === half && (h & 1))) h++;
    return sign | h;
  }
  let h = (exp << 10) | (mant >>> 13);
  const rem = mant & 0x1fff;
  if (rem > 0x1000 || (rem === 0x1000 && (h & 1))) h++;
  return sign | h;
}

/** 80-bit extended precision from a JS number. */
function toExt80(f: number): number[] {
  const out = new Array<number>(10).fill(0);
  const b = new DataView(new ArrayBuffer(8));
  b.setFloat64(0, f);
  const hi = b.getUint32(0), lo = b.getUint32(4);
  const sign = hi >>> 31;
  const e = (hi >>> 20) & 0x7ff;
  const mhi = hi & 0xfffff;
  let mant: bigint;
  let exp: number;
  if (e === 0 && mhi === 0 && lo === 0) { exp = 0; mant = 0n; }
  else if (e === 0x7ff) { exp = 0x7fff; mant = (mhi || lo) ? 0xc000000000000000n : 0x8000000000000000n; }
  else if (e === 0) {
    // subnormal double: normalize
    let m = (BigInt(mhi) << 32n) | BigInt(lo);
    let ex = 1 - 1023;
    while (!(m & (1n << 52n))) { m <<= 1n; ex--; }
    exp = ex + 16383;
    mant = m << 11n;
  } else {
    exp = e - 1023 + 16383;
    mant = ((1n << 52n) | (BigInt(mhi) << 32n) | BigInt(lo)) << 11n;
  }
  for (let i = 0; i < 8; i++) out[i] = Number((mant >> BigInt(8 * i)) & 0xffn);
  const se = (sign << 15) | exp;
  out[8] = se & 0xff;
  out[9] = se >>> 8;
  return out;
}

/** Bytes of a float constant in a data unit; undefined if the unit has no float format. */
export function floatBytes(f: number, unit: number): number[] | undefined {
  switch (unit) {
    case 2: { const h = toHalf(f); return [h & 0xff, h >>> 8]; }
    case 4: { const b = new DataView(new ArrayBuffer(4)); b.setFloat32(0, f, true); return Array.from(new Uint8Array(b.buffer)); }
    case 8: { const b = new DataView(new ArrayBuffer(8)); b.setFloat64(0, f, true); return Array.from(new Uint8Array(b.buffer)); }
    case 10: return toExt80(f);
    default: return undefined;
  }
}

/** Little-endian bytes of an integer value in `unit` bytes. */
export function intBytes(v: bigint, unit: number): number[] {
  const out: number[] = [];
  let x = BigInt.asUintN(64, v);
  for (let i = 0; i < unit; i++) {
    out.push(i < 8 ? Number(x & 0xffn) : (BigInt.asIntN(64, v) < 0n ? 0xff : 0));
    x >>= 8n;
  }
  return out;
}

/** NASM's "data exceeds bounds" check (signed or unsigned range). */
export function dataOverflows(v: bigint, unit: number): boolean {
  if (unit >= 8) return false;
  const s = BigInt.asIntN(64, v);
  const bits = BigInt(unit * 8);
  return s < -(1n << bits) || s > (1n << bits) - 1n;
}

/** Growable byte buffer. */
export class ByteBuf {
  buf = new Uint8Array(256);
  len = 0;
  ensure(n: number): void {
    if (n <= this.buf.length) return;
    let cap = this.buf.length;
    while (cap < n) cap *= 2;
    const nb = new Uint8Array(cap);
    nb.set(this.buf.subarray(0, this.len));
    this.buf = nb;
  }
  writeAt(off: number, bytes: ArrayLike<number>): void {
    this.ensure(off + bytes.length);
    this.buf.set(bytes, off);
    if (off + bytes.length > this.len) this.len = off + bytes.length;
  }
  fillAt(off: number, n: number, b: number): void {
    this.ensure(off + n);
    this.buf.fill(b, off, off + n);
    if (off + n > this.len) this.len = off + n;
  }
  bytes(): Uint8Array { return this.buf.subarray(0, this.len); }
}
