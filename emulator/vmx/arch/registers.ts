/**
 * Register bit tables used by VMX code: CR0, CR4, IA32_EFER, RFLAGS, the VMCS segment access-rights
 * format, guest interruptibility state, activity states and pending debug exceptions.
 *
 * SDM Vol 3A 2.5 (CR0/CR4), 2.2.1 + 5.8.8 (EFER), 3.4.3 (EFLAGS); VMCS formats: SDM Vol 3C 25.4.1
 * (access rights), 25.4.2 (activity state, interruptibility state, pending debug exceptions).
 */
import { BitFieldDef, FlagBitDef, bits, decodeLayout, setFlags } from './bits';

type F = readonly [bit: number, name: string, title: string];
const flags = (rows: readonly F[]): readonly FlagBitDef[] => Object.freeze(rows.map(([b, name, title]) => ({ bit: b, name, title })));

/** CR0 (SDM Vol 3A 2.5). */
export const CR0_BITS = flags([
  [0, 'PE', 'Protection enable'],
  [1, 'MP', 'Monitor coprocessor'],
  [2, 'EM', 'Emulation'],
  [3, 'TS', 'Task switched'],
  [4, 'ET', 'Extension type'],
  [5, 'NE', 'Numeric error'],
  [16, 'WP', 'Write protect'],
  [18, 'AM', 'Alignment mask'],
  [29, 'NW', 'Not write-through'],
  [30, 'CD', 'Cache disable'],
  [31, 'PG', 'Paging'],
]);

/** CR4 (SDM Vol 3A 2.5). */
export const CR4_BITS = flags([
  [0, 'VME', 'Virtual-8086 mode extensions'],
  [1, 'PVI', 'Protected-mode virtual interrupts'],
  [2, 'TSD', 'Time stamp disable'],
  [3, 'DE', 'Debugging extensions'],
  [4, 'PSE', 'Page size extensions'],
  [5, 'PAE', 'Physical address extension'],
  [6, 'MCE', 'Machine-check enable'],
  [7, 'PGE', 'Page global enable'],
  [8, 'PCE', 'Performance-monitoring counter enable'],
  [9, 'OSFXSR', 'OS support for FXSAVE/FXRSTOR'],
  [10, 'OSXMMEXCPT', 'OS support for unmasked SIMD FP exceptions'],
  [11, 'UMIP', 'User-mode instruction prevention'],
  [12, 'LA57', '57-bit linear addresses (5-level paging)'],
  [13, 'VMXE', 'VMX enable'],
  [14, 'SMXE', 'SMX enable'],
  [16, 'FSGSBASE', 'FSGSBASE enable'],
  [17, 'PCIDE', 'PCID enable'],
  [18, 'OSXSAVE', 'XSAVE and processor extended states enable'],
  [19, 'KL', 'Key Locker enable'],
  [20, 'SMEP', 'Supervisor-mode execution prevention'],
  [21, 'SMAP', 'Supervisor-mode access prevention'],
  [22, 'PKE', 'Protection keys for user-mode pages'],
  [23, 'CET', 'Control-flow enforcement technology'],
  [24, 'PKS', 'Protection keys for supervisor-mode pages'],
  [25, 'UINTR', 'User interrupts enable'],
  [28, 'LAM_SUP', 'Linear-address masking for supervisor pointers'],
  [32, 'FRED', 'Flexible return and event delivery'],
]);

/** IA32_EFER (MSR C0000080H; SDM Vol 3A 2.2.1). */
export const EFER_BITS = flags([
  [0, 'SCE', 'SYSCALL enable'],
  [8, 'LME', 'IA-32e mode enable'],
  [10, 'LMA', 'IA-32e mode active'],
  [11, 'NXE', 'Execute-disable bit enable'],
]);

/** RFLAGS (SDM Vol 1 3.4.3); IOPL is bits 13:12 (both listed). */
export const RFLAGS_BITS = flags([
  [0, 'CF', 'Carry'],
  [1, 'FIXED1', 'Reserved, always 1'],
  [2, 'PF', 'Parity'],
  [4, 'AF', 'Auxiliary carry'],
  [6, 'ZF', 'Zero'],
  [7, 'SF', 'Sign'],
  [8, 'TF', 'Trap'],
  [9, 'IF', 'Interrupt enable'],
  [10, 'DF', 'Direction'],
  [11, 'OF', 'Overflow'],
  [12, 'IOPL0', 'I/O privilege level bit 0'],
  [13, 'IOPL1', 'I/O privilege level bit 1'],
  [14, 'NT', 'Nested task'],
  [16, 'RF', 'Resume'],
  [17, 'VM', 'Virtual-8086 mode'],
  [18, 'AC', 'Alignment check / access control'],
  [19, 'VIF', 'Virtual interrupt flag'],
  [20, 'VIP', 'Virtual interrupt pending'],
  [21, 'ID', 'CPUID available'],
]);

export function decodeCr0(v: number | bigint): string[] { return setFlags(CR0_BITS, v); }
export function decodeCr4(v: number | bigint): string[] { return setFlags(CR4_BITS, v); }
export function decodeEfer(v: number | bigint): string[] { return setFlags(EFER_BITS, v); }
export function decodeRflags(v: number | bigint): string[] {
  const names = setFlags(RFLAGS_BITS, v).filter((n) => n !== 'IOPL0' && n !== 'IOPL1' && n !== 'FIXED1');
  const iopl = bits(v, 12, 13);
  if (iopl) names.push(`IOPL=${iopl}`);
  return names;
}

// ---------------------------------------------------------------------------------------------
// Segment access rights in the VMCS (GUEST_xx_AR_BYTES), SDM Vol 3C 25.4.1, Table "Format of Access Rights".

export const ACCESS_RIGHTS_LAYOUT: readonly BitFieldDef[] = [
  { name: 'type', lo: 0, hi: 3, title: 'Segment type' },
  { name: 's', lo: 4, hi: 4, title: 'S - descriptor type (0 = system, 1 = code or data)' },
  { name: 'dpl', lo: 5, hi: 6, title: 'DPL - descriptor privilege level' },
  { name: 'p', lo: 7, hi: 7, title: 'P - segment present' },
  { name: 'avl', lo: 12, hi: 12, title: 'AVL - available for use by system software' },
  { name: 'l', lo: 13, hi: 13, title: 'L - 64-bit mode active (CS only)' },
  { name: 'db', lo: 14, hi: 14, title: 'D/B - default operation size (0 = 16-bit, 1 = 32-bit)' },
  { name: 'g', lo: 15, hi: 15, title: 'G - granularity' },
  { name: 'unusable', lo: 16, hi: 16, title: 'Segment unusable (0 = usable, 1 = unusable)' },
];
/** Bits 11:8 and 31:17 are reserved and must be zero (VM-entry checks, SDM Vol 3C 27.3.1.2). */
export const ACCESS_RIGHTS_RESERVED_MASK = 0xfffe0f00;

const CODE_DATA_TYPES = [
  'Data, read-only', 'Data, read-only, accessed', 'Data, read/write', 'Data, read/write, accessed',
  'Data, read-only, expand-down', 'Data, read-only, expand-down, accessed', 'Data, read/write, expand-down', 'Data, read/write, expand-down, accessed',
  'Code, execute-only', 'Code, execute-only, accessed', 'Code, execute/read', 'Code, execute/read, accessed',
  'Code, execute-only, conforming', 'Code, execute-only, conforming, accessed', 'Code, execute/read, conforming', 'Code, execute/read, conforming, accessed',
];
const SYSTEM_TYPES: Readonly<Record<number, string>> = {
  1: '16-bit TSS (available)', 2: 'LDT', 3: '16-bit TSS (busy)', 4: '16-bit call gate', 5: 'Task gate', 6: '16-bit interrupt gate', 7: '16-bit trap gate',
  9: '32/64-bit TSS (available)', 11: '32/64-bit TSS (busy)', 12: '32/64-bit call gate', 14: '32/64-bit interrupt gate', 15: '32/64-bit trap gate',
};

export interface AccessRights {
  type: number; s: boolean; dpl: number; p: boolean; avl: boolean; l: boolean; db: boolean; g: boolean; unusable: boolean;
  /** e.g. "Code, execute/read, accessed". */
  typeName: string;
  reservedBitsSet: boolean;
}

export function decodeAccessRights(ar: number): AccessRights {
  const d = decodeLayout(ACCESS_RIGHTS_LAYOUT, ar >>> 0);
  const type = d.type as number;
  const s = d.s as boolean;
  return {
    type, s, dpl: d.dpl as number, p: d.p as boolean, avl: d.avl as boolean, l: d.l as boolean, db: d.db as boolean, g: d.g as boolean,
    unusable: d.unusable as boolean,
    typeName: s ? CODE_DATA_TYPES[type]! : SYSTEM_TYPES[type] ?? `Reserved system type ${type}`,
    reservedBitsSet: ((ar >>> 0) & ACCESS_RIGHTS_RESERVED_MASK) !== 0,
  };
}

/** Short text like "P S=1 DPL=0 type=0xb (Code, execute/read, accessed) L G". */
export function formatAccessRights(ar: number): string {
  const a = decodeAccessRights(ar);
  if (a.unusable) return 'unusable';
  const parts = [a.p ? 'P' : 'not-present', `S=${a.s ? 1 : 0}`, `DPL=${a.dpl}`, `type=0x${a.type.toString(16)} (${a.typeName})`];
  if (a.avl) parts.push('AVL');
  if (a.l) parts.push('L');
  if (a.db) parts.push('D/B');
  if (a.g) parts.push('G');
  return parts.join(' ');
}

// ---------------------------------------------------------------------------------------------
// Guest non-register state, SDM Vol 3C 25.4.2.

/** Interruptibility state (GUEST_INTERRUPTIBILITY_INFO), Table "Format of Interruptibility State". */
export const INTERRUPTIBILITY_BITS = flags([
  [0, 'STI_BLOCKING', 'Blocking by STI'],
  [1, 'MOV_SS_BLOCKING', 'Blocking by MOV SS'],
  [2, 'SMI_BLOCKING', 'Blocking by SMI'],
  [3, 'NMI_BLOCKING', 'Blocking by NMI'],
  [4, 'ENCLAVE_INTERRUPTION', 'Enclave interruption'],
]);
export function decodeInterruptibility(v: number): string[] { return setFlags(INTERRUPTIBILITY_BITS, v); }

/** Activity states (GUEST_ACTIVITY_STATE). */
export interface ActivityState { readonly value: number; readonly name: string; readonly title: string }
export const ACTIVITY_STATES: readonly ActivityState[] = [
  { value: 0, name: 'ACTIVE', title: 'Active' },
  { value: 1, name: 'HLT', title: 'HLT' },
  { value: 2, name: 'SHUTDOWN', title: 'Shutdown' },
  { value: 3, name: 'WAIT_FOR_SIPI', title: 'Wait-for-SIPI' },
];
export function activityStateName(v: number): string {
  return ACTIVITY_STATES.find((s) => s.value === v)?.name ?? `RESERVED_${v}`;
}

/** Pending debug exceptions (GUEST_PENDING_DBG_EXCEPTIONS), Table "Format of Pending-Debug-Exceptions". */
export const PENDING_DEBUG_EXCEPTIONS_BITS = flags([
  [0, 'B0', 'Breakpoint condition 0 met'],
  [1, 'B1', 'Breakpoint condition 1 met'],
  [2, 'B2', 'Breakpoint condition 2 met'],
  [3, 'B3', 'Breakpoint condition 3 met'],
  [12, 'ENABLED_BREAKPOINT', 'At least one enabled breakpoint condition met'],
  [14, 'BS', 'Single-step (debug exception would be a single-step trap)'],
  [16, 'RTM', 'Debug exception occurred inside an RTM region'],
]);
export function decodePendingDebugExceptions(v: number | bigint): string[] { return setFlags(PENDING_DEBUG_EXCEPTIONS_BITS, v); }

export const GPR_NAMES_64: readonly string[] = ['RAX', 'RCX', 'RDX', 'RBX', 'RSP', 'RBP', 'RSI', 'RDI', 'R8', 'R9', 'R10', 'R11', 'R12', 'R13', 'R14', 'R15'];
export const SEGMENT_NAMES: readonly string[] = ['ES', 'CS', 'SS', 'DS', 'FS', 'GS'];

