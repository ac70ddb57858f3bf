/**
 * Generic bit-layout helpers shared by the architectural VMX tables.
 *
 * A layout is plain data (`BitFieldDef[]`): views render it, decoders use it.
 * Values up to 64 bits are accepted as `number` (only exact below 2^53) or `bigint`.
 */

/** One named bit field `hi:lo` (inclusive) of a register, MSR, VMCS field or qualification. */
export interface BitFieldDef {
  /** Identifier-style name, camelCase (used as the key in decoded objects). */
  readonly name: string;
  readonly lo: number;
  readonly hi: number;
  /** Human title for views and hovers. */
  readonly title: string;
  /** Optional names of the field's values (e.g. access types). */
  readonly values?: Readonly<Record<number, string>>;
}

/** A single flag bit of a register-like value. */
export interface FlagBitDef {
  readonly bit: number;
  /** Upper-case mnemonic, e.g. `PE`, `VMXE`, `STI_BLOCKING`. */
  readonly name: string;
  readonly title: string;
}

export function toBigInt(value: number | bigint): bigint {
  if (typeof value === 'bigint') return BigInt.asUintN(64, value);
  if (!Number.isInteger(value)) throw new RangeError(`not an integer: ${value}`);
  // Negative numbers are taken as 32-bit two's complement (results of JS bit operators).
  return value < 0 ? BigInt(value >>> 0) : BigInt(value);
}

/** Extracts bits hi:lo as a bigint. */
export function bitsBig(value: number | bigint, lo: number, hi: number): bigint {
  const v = toBigInt(value);
  const width = BigInt(hi - lo + 1);
  return (v >> BigInt(lo)) & ((1n << width) - 1n);
}

/** Extracts bits hi:lo as a number (the field must be at most 53 bits wide). */
export function bits(value: number | bigint, lo: number, hi: number): number {
  if (hi - lo + 1 > 53) throw new RangeError(`bit field ${hi}:${lo} too wide for a number`);
  if (typeof value === 'number' && hi < 31 && value >= 0 && value <= 0xffffffff) {
    const width = hi - lo + 1; // <= 31 here
    return ((value >>> lo) & (width === 31 ? 0x7fffffff : (1 << width) - 1)) >>> 0;
  }
  return Number(bitsBig(value, lo, hi));
}

export function bit(value: number | bigint, n: number): boolean {
  return bits(value, n, n) === 1;
}

/** Mask with bits hi:lo set, as bigint. */
export function maskBig(lo: number, hi: number): bigint {
  return ((1n << BigInt(hi - lo + 1)) - 1n) << BigInt(lo);
}

/** Decoded value of one field: booleans for 1-bit fields, numbers otherwise (bigint if wider than 53 bits). */
export type DecodedValue = boolean | number | bigint;

/**
 * Decodes `value` with a layout into `{ [field.name]: value }`.
 * 1-bit fields become booleans; fields with a `values` table also get `<name>Name`.
 */
export function decodeLayout(layout: readonly BitFieldDef[], value: number | bigint): Record<string, DecodedValue | string> {
  const out: Record<string, DecodedValue | string> = {};
  for (const f of layout) {
    const width = f.hi - f.lo + 1;
    if (width === 1) {
      out[f.name] = bit(value, f.lo);
    } else if (width > 53) {
      out[f.name] = bitsBig(value, f.lo, f.hi);
    } else {
      const v = bits(value, f.lo, f.hi);
      out[f.name] = v;
      if (f.values) out[`${f.name}Name`] = f.values[v] ?? `reserved (${v})`;
    }
  }
  return out;
}

/** One line per field, for stop descriptions and hovers: `title: value`. */
export function formatLayout(layout: readonly BitFieldDef[], value: number | bigint): string[] {
  return layout.map((f) => {
    const width = f.hi - f.lo + 1;
    const range = width === 1 ? `${f.lo}` : `${f.hi}:${f.lo}`;
    if (width === 1) return `[${range}] ${f.title}: ${bit(value, f.lo) ? 1 : 0}`;
    const v = bitsBig(value, f.lo, f.hi);
    const named = f.values ? f.values[Number(v)] : undefined;
    return `[${range}] ${f.title}: 0x${v.toString(16)}${named ? ` (${named})` : ''}`;
  });
}

/** Names of the flags set in `value`. */
export function setFlags(flags: readonly FlagBitDef[], value: number | bigint): string[] {
  return flags.filter((f) => bit(value, f.bit)).map((f) => f.name);
}

/** Mask (bigint) of all flags in a table. */
export function flagsMask(flags: readonly FlagBitDef[]): bigint {
  return flags.reduce((m, f) => m | (1n << BigInt(f.bit)), 0n);
}

export function hex(value: number | bigint, digits = 0): string {
  return '0x' + toBigInt(value).toString(16).padStart(digits, '0');
}
