// Small helpers shared by the runtime and the session: number formatting, argument checking.

/** Error whose message is meant for the user (sent as the error response's text). */
export class UserError extends Error {}

/** 64-bit two's complement of a (possibly negative, canonical) number. */
export function toU64(v: number | bigint): bigint {
  return BigInt.asUintN(64, typeof v === 'bigint' ? v : BigInt(Math.trunc(v)));
}

/** `0x` + lower-case hex, optionally zero-padded. Negative numbers are shown as 64-bit values. */
export function hex(v: number | bigint, digits = 0): string {
  return '0x' + toU64(v).toString(16).padStart(digits, '0');
}

/** Hex padded to the width of a value of `bytes` bytes. */
export function hexBytes(v: number | bigint, bytes: number): string {
  return hex(BigInt.asUintN(bytes * 8, toU64(v)), bytes * 2);
}

/** Parses "0x10", "16", "10h", "0b101" (and numbers) into a bigint; undefined if not a number. */
export function parseNumber(s: string | number | bigint): bigint | undefined {
  if (typeof s === 'bigint') return s;
  if (typeof s === 'number') return Number.isInteger(s) ? BigInt(s) : undefined;
  const t = s.trim().replace(/_/g, '').toLowerCase();
  if (/^-?0x[0-9a-f]+$/.test(t)) return t.startsWith('-') ? -BigInt(t.slice(1)) : BigInt(t);
  if (/^-?0b[01]+$/.test(t)) return t.startsWith('-') ? -BigInt(t.slice(1)) : BigInt(t);
  if (/^-?[0-9]+$/.test(t)) return BigInt(t);
  if (/^[0-9][0-9a-f]*h$/.test(t)) return BigInt('0x' + t.slice(0, -1));
  return undefined;
}

/** Linear address from a DAP memory reference ("0x1000" or a decimal string) plus an offset. */
export function parseMemoryReference(ref: unknown, offset: unknown, what = 'memoryReference'): number {
  if (typeof ref !== 'string') throw new UserError(`'${what}' must be a string like "0x100000"`);
  const v = parseNumber(ref);
  if (v === undefined) throw new UserError(`'${what}' ${JSON.stringify(ref)} is not an address`);
  if (offset !== undefined && (typeof offset !== 'number' || !Number.isInteger(offset))) throw new UserError(`'offset' must be an integer`);
  return Number(BigInt.asIntN(64, v + BigInt(offset ?? 0)));
}

// ------------------------------------------------------------------------------------------------ argument checks

type Kind = 'string' | 'number' | 'integer' | 'boolean' | 'object' | 'array';

function kindOf(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'array';
  return typeof v;
}

/** Throws a UserError naming `name` when `v` is present but not of `kind` (or missing when required). */
export function check(v: unknown, kind: Kind, name: string, required = false): void {
  if (v === undefined) { if (required) throw new UserError(`missing argument '${name}'`); return; }
  let ok: boolean;
  switch (kind) {
    case 'integer': ok = typeof v === 'number' && Number.isInteger(v); break;
    case 'object': ok = typeof v === 'object' && v !== null && !Array.isArray(v); break;
    case 'array': ok = Array.isArray(v); break;
    default: ok = typeof v === kind;
  }
  if (!ok) throw new UserError(`argument '${name}' must be ${kind === 'integer' ? 'an integer' : kind === 'array' || kind === 'object' ? `an ${kind}` : `a ${kind}`} (got ${kindOf(v)})`);
}

/** The request's arguments as an object (DAP allows them to be missing). */
export function argsObject(args: unknown, command: string): Record<string, unknown> {
  if (args === undefined || args === null) return {};
  if (typeof args !== 'object' || Array.isArray(args)) throw new UserError(`'${command}' arguments must be an object`);
  return args as Record<string, unknown>;
}

export function errorMessage(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}
