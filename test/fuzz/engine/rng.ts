// Seeded pseudo-random numbers for reproducible fuzzing (mulberry32: 32-bit state, fast, good enough for input generation).

export interface Rng {
  /** uniform in [0, 1) */
  next(): number;
  /** integer in [0, n) */
  int(n: number): number;
  /** one element of a non-empty array */
  pick<T>(xs: readonly T[]): T;
  /** true with probability p */
  chance(p: number): boolean;
  /** random 32-bit unsigned */
  u32(): number;
  /** random bytes */
  bytes(n: number): Uint8Array;
}

export function rng(seed: number): Rng {
  let a = seed >>> 0;
  const next = (): number => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n: number): number => Math.floor(next() * n);
  return {
    next, int,
    pick: (xs) => xs[int(xs.length)],
    chance: (p) => next() < p,
    u32: () => Math.floor(next() * 4294967296) >>> 0,
    bytes: (n) => { const b = new Uint8Array(n); for (let i = 0; i < n; i++) b[i] = int(256); return b; },
  };
}

/** Seed of input `index` of a run started with `seed` (inputs are independent: any one can be regenerated alone). */
export function inputSeed(seed: number, target: string, index: number): number {
  let h = (seed ^ 0x9e3779b9) >>> 0;
  for (const ch of `${target}:${index}`) h = Math.imul(h ^ ch.charCodeAt(0), 0x01000193) >>> 0;
  return h;
}

export function toHex(b: Uint8Array): string { return Buffer.from(b).toString('hex'); }
export function fromHex(s: string): Uint8Array { return new Uint8Array(Buffer.from(s, 'hex')); }
