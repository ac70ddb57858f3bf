// Segment-register caches and descriptor decoding (SDM Vol 3A 3.4.5, 5.2).
// Attributes are kept in the VMX access-rights layout (SDM Vol 3C 25.4.1) so the VMCS,
// the debugger and the CPU share one representation:
//   3:0 type, 4 S, 6:5 DPL, 7 P, 12 AVL, 13 L, 14 D/B, 15 G, 16 unusable.

export const AR_TYPE = 0xf, AR_S = 1 << 4, AR_DPL_SHIFT = 5, AR_P = 1 << 7, AR_AVL = 1 << 12, AR_L = 1 << 13, AR_DB = 1 << 14, AR_G = 1 << 15, AR_UNUSABLE = 1 << 16;
// Type bits for code/data (S=1) descriptors.
export const T_ACCESSED = 1, T_WRITABLE = 2 /* data */, T_READABLE = 2 /* code */, T_EXPAND_DOWN = 4 /* data */, T_CONFORMING = 4 /* code */, T_CODE = 8;

/** Real-mode / reset attributes: present, accessed read/write data (code for CS), DPL 0, 16-bit. */
export const AR_REAL_DATA = 0x93;
export const AR_REAL_CODE = 0x9b;

export interface Descriptor { base: number; limit: number; ar: number; /** 64-bit system descriptors: bits 63:32 of base */ baseHi: number }

/** Decodes an 8-byte descriptor given as two little-endian dwords. */
export function decodeDescriptor(lo: number, hi: number): Descriptor {
  const base = ((lo >>> 16) | ((hi & 0xff) << 16) | (hi & 0xff000000)) >>> 0;
  let limit = (lo & 0xffff) | (hi & 0xf0000);
  const ar = (hi >>> 8) & 0xf0ff;
  if (ar & AR_G) limit = ((limit << 12) | 0xfff) >>> 0;
  return { base, limit, ar, baseHi: 0 };
}

/** Decodes the access rights into words for the debugger. */
export function describeAr(ar: number): string {
  if (ar & AR_UNUSABLE) return 'unusable';
  const type = ar & AR_TYPE;
  const parts: string[] = [];
  if (ar & AR_S) {
    if (type & T_CODE) parts.push('code', type & T_READABLE ? 'readable' : 'execute-only', ...(type & T_CONFORMING ? ['conforming'] : []));
    else parts.push('data', type & T_WRITABLE ? 'writable' : 'read-only', ...(type & T_EXPAND_DOWN ? ['expand-down'] : []));
    if (type & T_ACCESSED) parts.push('accessed');
  } else parts.push(SYSTEM_TYPES[type] ?? `system type ${type}`);
  parts.push(`DPL ${(ar >> AR_DPL_SHIFT) & 3}`);
  if (!(ar & AR_P)) parts.push('not present');
  if (ar & AR_L) parts.push('L (64-bit)');
  parts.push(ar & AR_DB ? 'D/B=1' : 'D/B=0');
  if (ar & AR_G) parts.push('4K granularity');
  return parts.join(', ');
}

// SDM Vol 3A Table 3-2 (IA-32e mode names where they differ).
export const SYSTEM_TYPES: Record<number, string> = {
  1: '16-bit TSS (available)', 2: 'LDT', 3: '16-bit TSS (busy)', 4: '16-bit call gate', 5: 'task gate',
  6: '16-bit interrupt gate', 7: '16-bit trap gate', 9: '32/64-bit TSS (available)', 11: '32/64-bit TSS (busy)',
  12: '32/64-bit call gate', 14: '32/64-bit interrupt gate', 15: '32/64-bit trap gate',
};
