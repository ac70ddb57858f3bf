/**
 * EPT: EPTP format, EPT paging-structure entry bits, EPT memory types.
 *
 * SDM Vol 3C 25.6.11 (Table "Format of Extended-Page-Table Pointer") and 29.3.2 (EPT translation
 * mechanism, Tables "Format of an EPT PML5E/PML4E/PDPTE/PDE/PTE ..."); memory types: 29.3.7.
 */
import { BitFieldDef, bit, bits, bitsBig, decodeLayout } from './bits';

/** EPT memory types (SDM Vol 3C 29.3.7; same encoding as PAT/MTRR types). */
export const EPT_MEMORY_TYPES: Readonly<Record<number, string>> = { 0: 'UC', 1: 'WC', 4: 'WT', 5: 'WP', 6: 'WB' };
export const EPT_MT_UC = 0;
export const EPT_MT_WC = 1;
export const EPT_MT_WT = 4;
export const EPT_MT_WP = 5;
export const EPT_MT_WB = 6;

// ---------------------------------------------------------------------------------------------
// EPTP (SDM Vol 3C 25.6.11).

export const EPTP_LAYOUT: readonly BitFieldDef[] = [
  { name: 'memoryType', lo: 0, hi: 2, title: 'EPT paging-structure memory type (0 = UC, 6 = WB)', values: EPT_MEMORY_TYPES },
  { name: 'walkLengthMinus1', lo: 3, hi: 5, title: 'EPT page-walk length minus 1 (3 = 4 levels, 4 = 5 levels)' },
  { name: 'accessedDirty', lo: 6, hi: 6, title: 'Enable accessed and dirty flags for EPT' },
  { name: 'supervisorShadowStack', lo: 7, hi: 7, title: 'Enforce access rights for supervisor shadow-stack pages' },
  { name: 'address', lo: 12, hi: 51, title: 'Physical address of the EPT PML4 (or PML5) table, bits 51:12' },
];
export const EPTP_MEMTYPE_MASK = 0x7n;
export const EPTP_WALK_LENGTH_SHIFT = 3;
export const EPTP_WALK_LENGTH_MASK = 0x38n;
export const EPTP_WALK_LENGTH_4 = 3n << 3n;
export const EPTP_WALK_LENGTH_5 = 4n << 3n;
export const EPTP_AD_ENABLE = 1n << 6n;
export const EPTP_SSS_ENABLE = 1n << 7n;
/** Bits 11:8 are reserved. */
export const EPTP_RESERVED_LOW_MASK = 0xf00n;
export const EPTP_ADDRESS_MASK = 0x000ffffffffff000n;

export interface Eptp {
  memoryType: number;
  memoryTypeName: string;
  walkLength: number;
  accessedDirty: boolean;
  supervisorShadowStack: boolean;
  /** Physical address of the top-level EPT table. */
  address: bigint;
  reservedBitsSet: boolean;
}

/** `maxPhysAddrBits` (MAXPHYADDR) decides which high bits are reserved. */
export function decodeEptp(eptp: bigint, maxPhysAddrBits = 52): Eptp {
  const v = BigInt.asUintN(64, eptp);
  const memoryType = bits(v, 0, 2);
  const highReserved = maxPhysAddrBits >= 64 ? 0n : v >> BigInt(maxPhysAddrBits);
  return {
    memoryType,
    memoryTypeName: EPT_MEMORY_TYPES[memoryType] ?? `reserved (${memoryType})`,
    walkLength: bits(v, 3, 5) + 1,
    accessedDirty: bit(v, 6),
    supervisorShadowStack: bit(v, 7),
    address: v & EPTP_ADDRESS_MASK & ((1n << BigInt(Math.min(maxPhysAddrBits, 52))) - 1n),
    reservedBitsSet: (v & EPTP_RESERVED_LOW_MASK) !== 0n || highReserved !== 0n,
  };
}

export function makeEptp(pml4Address: bigint, opts: { memoryType?: number; walkLength?: 4 | 5; accessedDirty?: boolean } = {}): bigint {
  return (pml4Address & EPTP_ADDRESS_MASK) | BigInt(opts.memoryType ?? EPT_MT_WB) | (BigInt((opts.walkLength ?? 4) - 1) << 3n) | (opts.accessedDirty ? EPTP_AD_ENABLE : 0n);
}

// ---------------------------------------------------------------------------------------------
// EPT paging-structure entries (SDM Vol 3C 29.3.2).

export interface EptEntryBit {
  readonly bit: number;
  readonly name: string;
  readonly title: string;
  /** Levels where the bit has this meaning ('leaf' = PTE, or PDE/PDPTE with bit 7 set). */
  readonly applies: 'all' | 'leaf' | 'non-leaf-or-leaf';
}

export const EPT_ENTRY_BITS: readonly EptEntryBit[] = [
  { bit: 0, name: 'READ', title: 'Read access', applies: 'all' },
  { bit: 1, name: 'WRITE', title: 'Write access', applies: 'all' },
  { bit: 2, name: 'EXECUTE', title: 'Execute access (supervisor-mode when mode-based execute control = 1)', applies: 'all' },
  { bit: 6, name: 'IGNORE_PAT', title: 'Ignore PAT memory type', applies: 'leaf' },
  { bit: 7, name: 'LARGE_PAGE', title: 'Maps a page (1-GByte in PDPTE, 2-MByte in PDE); must be 0 in PML4E/PML5E', applies: 'non-leaf-or-leaf' },
  { bit: 8, name: 'ACCESSED', title: 'Accessed (if EPTP[6] = 1)', applies: 'all' },
  { bit: 9, name: 'DIRTY', title: 'Dirty (leaf entries, if EPTP[6] = 1)', applies: 'leaf' },
  { bit: 10, name: 'USER_EXECUTE', title: 'Execute access for user-mode linear addresses (mode-based execute control)', applies: 'all' },
  { bit: 57, name: 'VERIFY_GUEST_PAGING', title: 'Verify guest paging (guest-paging verification)', applies: 'leaf' },
  { bit: 58, name: 'PAGING_WRITE_ACCESS', title: 'Paging-write access (EPT paging-write control)', applies: 'leaf' },
  { bit: 60, name: 'SUPERVISOR_SHADOW_STACK', title: 'Supervisor shadow-stack page (if EPTP[7] = 1)', applies: 'leaf' },
  { bit: 61, name: 'SUB_PAGE_WRITE', title: 'Sub-page write permissions (SPP)', applies: 'leaf' },
  { bit: 63, name: 'SUPPRESS_VE', title: 'Suppress #VE (EPT-violation #VE)', applies: 'leaf' },
];

export const EPT_READ = 1n << 0n;
export const EPT_WRITE = 1n << 1n;
export const EPT_EXECUTE = 1n << 2n;
export const EPT_RWX = 7n;
export const EPT_MEMTYPE_SHIFT = 3;
export const EPT_MEMTYPE_MASK = 7n << 3n;
export const EPT_IGNORE_PAT = 1n << 6n;
export const EPT_LARGE_PAGE = 1n << 7n;
export const EPT_ACCESSED = 1n << 8n;
export const EPT_DIRTY = 1n << 9n;
export const EPT_USER_EXECUTE = 1n << 10n;
export const EPT_VERIFY_GUEST_PAGING = 1n << 57n;
export const EPT_PAGING_WRITE_ACCESS = 1n << 58n;
export const EPT_SUPERVISOR_SHADOW_STACK = 1n << 60n;
export const EPT_SUB_PAGE_WRITE = 1n << 61n;
export const EPT_SUPPRESS_VE = 1n << 63n;
export const EPT_ADDRESS_MASK = 0x000ffffffffff000n;

export const EPT_ENTRY_LAYOUT: readonly BitFieldDef[] = [
  { name: 'read', lo: 0, hi: 0, title: 'Read access' },
  { name: 'write', lo: 1, hi: 1, title: 'Write access' },
  { name: 'execute', lo: 2, hi: 2, title: 'Execute access' },
  { name: 'memoryType', lo: 3, hi: 5, title: 'EPT memory type (leaf entries)', values: EPT_MEMORY_TYPES },
  { name: 'ignorePat', lo: 6, hi: 6, title: 'Ignore PAT memory type (leaf entries)' },
  { name: 'largePage', lo: 7, hi: 7, title: 'Page size (1 = maps a page in PDPTE/PDE)' },
  { name: 'accessed', lo: 8, hi: 8, title: 'Accessed' },
  { name: 'dirty', lo: 9, hi: 9, title: 'Dirty (leaf entries)' },
  { name: 'userExecute', lo: 10, hi: 10, title: 'User-mode execute access' },
  { name: 'address', lo: 12, hi: 51, title: 'Physical address of the next table or page frame (bits 51:12)' },
  { name: 'verifyGuestPaging', lo: 57, hi: 57, title: 'Verify guest paging' },
  { name: 'pagingWriteAccess', lo: 58, hi: 58, title: 'Paging-write access' },
  { name: 'supervisorShadowStack', lo: 60, hi: 60, title: 'Supervisor shadow stack' },
  { name: 'subPageWrite', lo: 61, hi: 61, title: 'Sub-page write permissions' },
  { name: 'suppressVe', lo: 63, hi: 63, title: 'Suppress #VE' },
];

/** EPT levels, top down; `level` numbers follow the SDM (5 = PML5E ... 1 = PTE). */
export const EPT_LEVELS: readonly { readonly level: number; readonly name: string; readonly pageSize?: bigint }[] = [
  { level: 5, name: 'PML5E' },
  { level: 4, name: 'PML4E' },
  { level: 3, name: 'PDPTE', pageSize: 1n << 30n },
  { level: 2, name: 'PDE', pageSize: 1n << 21n },
  { level: 1, name: 'PTE', pageSize: 1n << 12n },
];

export interface EptEntry {
  read: boolean; write: boolean; execute: boolean; userExecute: boolean;
  present: boolean;
  memoryType: number; memoryTypeName: string; ignorePat: boolean; largePage: boolean;
  accessed: boolean; dirty: boolean;
  address: bigint;
  suppressVe: boolean;
  /** Names of the set bits from EPT_ENTRY_BITS. */
  flags: string[];
  /** "RWX" style permissions, e.g. "R-X". */
  permissions: string;
}

/** Decodes an entry; an entry is present if any of bits 2:0 is set (or bit 10 with mode-based execute). */
export function decodeEptEntry(entry: bigint, modeBasedExecute = false): EptEntry {
  const v = BigInt.asUintN(64, entry);
  const d = decodeLayout(EPT_ENTRY_LAYOUT, v);
  const memoryType = d.memoryType as number;
  return {
    read: d.read as boolean, write: d.write as boolean, execute: d.execute as boolean, userExecute: d.userExecute as boolean,
    present: (v & 7n) !== 0n || (modeBasedExecute && bit(v, 10)),
    memoryType, memoryTypeName: EPT_MEMORY_TYPES[memoryType] ?? `reserved (${memoryType})`,
    ignorePat: d.ignorePat as boolean, largePage: d.largePage as boolean,
    accessed: d.accessed as boolean, dirty: d.dirty as boolean,
    address: bitsBig(v, 12, 51) << 12n,
    suppressVe: d.suppressVe as boolean,
    flags: EPT_ENTRY_BITS.filter((b) => bit(v, b.bit)).map((b) => b.name),
    permissions: `${bit(v, 0) ? 'R' : '-'}${bit(v, 1) ? 'W' : '-'}${bit(v, 2) ? 'X' : '-'}${modeBasedExecute ? (bit(v, 10) ? 'U' : '-') : ''}`,
  };
}

/** Index into the EPT table at `level` (5..1) for a guest-physical address. */
export function eptIndex(gpa: bigint, level: number): number {
  return Number((gpa >> BigInt(12 + 9 * (level - 1))) & 0x1ffn);
}
