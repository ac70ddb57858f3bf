/**
 * Event and exit-information formats: interruption information (VM-entry, VM-exit and IDT-vectoring),
 * exit qualifications worth decoding, and the VM-exit instruction-information layouts.
 *
 * SDM Vol 3C 25.8.3 (VM-entry interruption information), 25.9.2 / 25.9.3 (VM-exit and IDT-vectoring
 * information), 28.2.1 (exit qualifications, Tables 28-1 ... 28-7), 28.2.5 (VM-exit instruction information).
 */
import { BitFieldDef, bit, bits, decodeLayout, formatLayout } from './bits';
import { GPR_NAMES_64, SEGMENT_NAMES } from './registers';
import type { QualificationKind } from './exit-reasons';

// ---------------------------------------------------------------------------------------------
// Interruption-information format (SDM Vol 3C 25.8.3, 25.9.2, 25.9.3).

export const INTERRUPTION_TYPES: Readonly<Record<number, string>> = {
  0: 'EXTERNAL_INTERRUPT',
  1: 'RESERVED',
  2: 'NMI',
  3: 'HARDWARE_EXCEPTION',
  4: 'SOFTWARE_INTERRUPT',
  5: 'PRIVILEGED_SOFTWARE_EXCEPTION',
  6: 'SOFTWARE_EXCEPTION',
  7: 'OTHER_EVENT',
};

export const INTERRUPTION_TYPE_TITLES: Readonly<Record<number, string>> = {
  0: 'External interrupt', 1: 'Reserved', 2: 'Non-maskable interrupt (NMI)', 3: 'Hardware exception',
  4: 'Software interrupt', 5: 'Privileged software exception (INT1)', 6: 'Software exception (INT3, INTO)', 7: 'Other event',
};

export const INTERRUPTION_INFO_LAYOUT: readonly BitFieldDef[] = [
  { name: 'vector', lo: 0, hi: 7, title: 'Vector of interrupt or exception' },
  { name: 'type', lo: 8, hi: 10, title: 'Interruption type', values: INTERRUPTION_TYPES },
  { name: 'errorCodeValid', lo: 11, hi: 11, title: 'Deliver / error code valid' },
  { name: 'nmiUnblockingDueToIret', lo: 12, hi: 12, title: 'NMI unblocking due to IRET (VM-exit information only)' },
  { name: 'valid', lo: 31, hi: 31, title: 'Valid' },
];
export const INTERRUPTION_INFO_VALID = 0x80000000;
export const INTERRUPTION_INFO_ERROR_CODE_VALID = 0x800;
export const INTERRUPTION_INFO_NMI_UNBLOCKING = 0x1000;

/** Exception mnemonics by vector (SDM Vol 3A 6.3.1). */
export const EXCEPTION_NAMES: Readonly<Record<number, string>> = {
  0: '#DE', 1: '#DB', 2: 'NMI', 3: '#BP', 4: '#OF', 5: '#BR', 6: '#UD', 7: '#NM', 8: '#DF', 9: 'CSO', 10: '#TS', 11: '#NP',
  12: '#SS', 13: '#GP', 14: '#PF', 16: '#MF', 17: '#AC', 18: '#MC', 19: '#XM', 20: '#VE', 21: '#CP',
};
/** Vectors whose hardware exceptions push an error code (#DF, #TS, #NP, #SS, #GP, #PF, #AC, #CP). */
export const EXCEPTIONS_WITH_ERROR_CODE: readonly number[] = [8, 10, 11, 12, 13, 14, 17, 21];

export interface InterruptionInfo {
  valid: boolean;
  vector: number;
  type: number;
  typeName: string;
  errorCodeValid: boolean;
  nmiUnblockingDueToIret: boolean;
  reservedBits: number;
  /** e.g. "#PF (hardware exception, error code)". */
  text: string;
}

export function decodeInterruptionInfo(v: number): InterruptionInfo {
  const vector = bits(v, 0, 7);
  const type = bits(v, 8, 10);
  const typeName = INTERRUPTION_TYPES[type]!;
  const errorCodeValid = bit(v, 11);
  const valid = bit(v, 31);
  let what: string;
  if (type === 3 || type === 5 || type === 6) what = EXCEPTION_NAMES[vector] ?? `exception ${vector}`;
  else if (type === 2) what = 'NMI';
  else if (type === 7) what = vector === 0 ? 'pending MTF VM exit' : `other event ${vector}`;
  else what = `vector 0x${vector.toString(16)}`;
  const kind = type === 2 ? '' : INTERRUPTION_TYPE_TITLES[type]!.toLowerCase();
  const details = [kind, errorCodeValid ? 'error code' : ''].filter(Boolean).join(', ');
  const text = valid ? (details ? `${what} (${details})` : what) : 'not valid';
  return {
    valid, vector, type, typeName, errorCodeValid, nmiUnblockingDueToIret: bit(v, 12),
    reservedBits: (v >>> 0) & 0x7fffe000, text,
  };
}

/** Builds an interruption-information value (for event injection). */
export function makeInterruptionInfo(vector: number, type: number, errorCodeValid = false): number {
  return (0x80000000 | ((type & 7) << 8) | (errorCodeValid ? 0x800 : 0) | (vector & 0xff)) >>> 0;
}

// ---------------------------------------------------------------------------------------------
// Exit qualifications (SDM Vol 3C 28.2.1).

/** Debug exceptions, Table 28-1. */
export const DEBUG_EXCEPTION_QUALIFICATION_LAYOUT: readonly BitFieldDef[] = [
  { name: 'b0', lo: 0, hi: 0, title: 'B0 - breakpoint 0 condition met' },
  { name: 'b1', lo: 1, hi: 1, title: 'B1 - breakpoint 1 condition met' },
  { name: 'b2', lo: 2, hi: 2, title: 'B2 - breakpoint 2 condition met' },
  { name: 'b3', lo: 3, hi: 3, title: 'B3 - breakpoint 3 condition met' },
  { name: 'bd', lo: 13, hi: 13, title: 'BD - debug register access detected' },
  { name: 'bs', lo: 14, hi: 14, title: 'BS - single step' },
  { name: 'rtm', lo: 16, hi: 16, title: 'RTM region' },
];

/** Task switch, Table 28-2. */
export const TASK_SWITCH_SOURCES: Readonly<Record<number, string>> = { 0: 'CALL', 1: 'IRET', 2: 'JMP', 3: 'TASK_GATE_IN_IDT' };
export const TASK_SWITCH_QUALIFICATION_LAYOUT: readonly BitFieldDef[] = [
  { name: 'selector', lo: 0, hi: 15, title: 'Selector of task-state segment (TSS) to which the guest attempted to switch' },
  { name: 'source', lo: 30, hi: 31, title: 'Source of task switch initiation', values: TASK_SWITCH_SOURCES },
];
export interface TaskSwitchQualification { selector: number; source: number; sourceName: string }
export function decodeTaskSwitchQualification(q: number | bigint): TaskSwitchQualification {
  const source = bits(q, 30, 31);
  return { selector: bits(q, 0, 15), source, sourceName: TASK_SWITCH_SOURCES[source]! };
}

/** Control-register accesses, Table 28-3. */
export const CR_ACCESS_TYPES: Readonly<Record<number, string>> = { 0: 'MOV_TO_CR', 1: 'MOV_FROM_CR', 2: 'CLTS', 3: 'LMSW' };
export const CR_ACCESS_QUALIFICATION_LAYOUT: readonly BitFieldDef[] = [
  { name: 'cr', lo: 0, hi: 3, title: 'Number of control register (0 for CLTS and LMSW)' },
  { name: 'accessType', lo: 4, hi: 5, title: 'Access type', values: CR_ACCESS_TYPES },
  { name: 'lmswMemoryOperand', lo: 6, hi: 6, title: 'LMSW operand type (0 = register, 1 = memory)' },
  { name: 'gpr', lo: 8, hi: 11, title: 'General-purpose register for MOV CR' },
  { name: 'lmswSourceData', lo: 16, hi: 31, title: 'LMSW source data' },
];
export interface CrAccessQualification {
  cr: number;
  accessType: number;
  accessTypeName: 'MOV_TO_CR' | 'MOV_FROM_CR' | 'CLTS' | 'LMSW';
  lmswMemoryOperand: boolean;
  gpr: number;
  gprName: string;
  lmswSourceData: number;
  /** e.g. "MOV CR3, RAX", "MOV RBX, CR8", "CLTS", "LMSW 0x1". */
  text: string;
}
export function decodeCrAccessQualification(q: number | bigint): CrAccessQualification {
  const cr = bits(q, 0, 3);
  const accessType = bits(q, 4, 5);
  const gpr = bits(q, 8, 11);
  const gprName = GPR_NAMES_64[gpr]!;
  const lmswSourceData = bits(q, 16, 31);
  const accessTypeName = CR_ACCESS_TYPES[accessType] as CrAccessQualification['accessTypeName'];
  const text = accessType === 0 ? `MOV CR${cr}, ${gprName}` : accessType === 1 ? `MOV ${gprName}, CR${cr}` : accessType === 2 ? 'CLTS' : `LMSW 0x${lmswSourceData.toString(16)}`;
  return { cr, accessType, accessTypeName, lmswMemoryOperand: bit(q, 6), gpr, gprName, lmswSourceData, text };
}

/** MOV DR, Table 28-4. */
export const MOV_DR_QUALIFICATION_LAYOUT: readonly BitFieldDef[] = [
  { name: 'dr', lo: 0, hi: 2, title: 'Number of debug register' },
  { name: 'direction', lo: 4, hi: 4, title: 'Direction of access (0 = MOV to DR, 1 = MOV from DR)' },
  { name: 'gpr', lo: 8, hi: 11, title: 'General-purpose register' },
];
export interface MovDrQualification { dr: number; fromDr: boolean; gpr: number; gprName: string; text: string }
export function decodeMovDrQualification(q: number | bigint): MovDrQualification {
  const dr = bits(q, 0, 2);
  const fromDr = bit(q, 4);
  const gpr = bits(q, 8, 11);
  const gprName = GPR_NAMES_64[gpr]!;
  return { dr, fromDr, gpr, gprName, text: fromDr ? `MOV ${gprName}, DR${dr}` : `MOV DR${dr}, ${gprName}` };
}

/** I/O instructions, Table 28-5. */
export const IO_QUALIFICATION_LAYOUT: readonly BitFieldDef[] = [
  { name: 'size', lo: 0, hi: 2, title: 'Size of access (0 = 1 byte, 1 = 2 bytes, 3 = 4 bytes)', values: { 0: '1 byte', 1: '2 bytes', 3: '4 bytes' } },
  { name: 'in', lo: 3, hi: 3, title: 'Direction of the attempted access (0 = OUT, 1 = IN)' },
  { name: 'string', lo: 4, hi: 4, title: 'String instruction (0 = not string, 1 = string)' },
  { name: 'rep', lo: 5, hi: 5, title: 'REP prefixed (0 = not REP, 1 = REP)' },
  { name: 'immediate', lo: 6, hi: 6, title: 'Operand encoding (0 = DX, 1 = immediate)' },
  { name: 'port', lo: 16, hi: 31, title: 'Port number' },
];
export interface IoQualification { bytes: 1 | 2 | 4; in: boolean; string: boolean; rep: boolean; immediate: boolean; port: number; text: string }
export function decodeIoQualification(q: number | bigint): IoQualification {
  const size = bits(q, 0, 2);
  const bytes = (size === 0 ? 1 : size === 1 ? 2 : 4) as 1 | 2 | 4;
  const isIn = bit(q, 3);
  const isString = bit(q, 4);
  const rep = bit(q, 5);
  const immediate = bit(q, 6);
  const port = bits(q, 16, 31);
  const suffix = bytes === 1 ? 'B' : bytes === 2 ? 'W' : 'D';
  const portText = immediate ? `0x${port.toString(16)}` : `DX (=0x${port.toString(16)})`;
  const acc = bytes === 1 ? 'AL' : bytes === 2 ? 'AX' : 'EAX';
  const text = isString
    ? `${rep ? 'REP ' : ''}${isIn ? 'INS' : 'OUTS'}${suffix} port ${portText}`
    : isIn ? `IN ${acc}, ${portText}` : `OUT ${portText}, ${acc}`;
  return { bytes, in: isIn, string: isString, rep, immediate, port, text };
}

/** APIC access, Table 28-6. */
export const APIC_ACCESS_TYPES: Readonly<Record<number, string>> = {
  0: 'LINEAR_DATA_READ', 1: 'LINEAR_DATA_WRITE', 2: 'LINEAR_INSTRUCTION_FETCH', 3: 'LINEAR_EVENT_DELIVERY',
  10: 'GUEST_PHYSICAL_EVENT_DELIVERY', 15: 'GUEST_PHYSICAL_INSTRUCTION_FETCH_OR_EXECUTION',
};
export const APIC_ACCESS_QUALIFICATION_LAYOUT: readonly BitFieldDef[] = [
  { name: 'offset', lo: 0, hi: 11, title: 'Page offset of access within the APIC page' },
  { name: 'accessType', lo: 12, hi: 15, title: 'Access type', values: APIC_ACCESS_TYPES },
  { name: 'asynchronous', lo: 16, hi: 16, title: 'Asynchronous to instruction execution' },
];

/** EPT violations, Table 28-7. */
export const EPT_VIOLATION_QUALIFICATION_LAYOUT: readonly BitFieldDef[] = [
  { name: 'read', lo: 0, hi: 0, title: 'Access was a data read' },
  { name: 'write', lo: 1, hi: 1, title: 'Access was a data write' },
  { name: 'fetch', lo: 2, hi: 2, title: 'Access was an instruction fetch' },
  { name: 'readable', lo: 3, hi: 3, title: 'Guest-physical address was readable (AND of bit 0 of the EPT entries)' },
  { name: 'writable', lo: 4, hi: 4, title: 'Guest-physical address was writeable (AND of bit 1)' },
  { name: 'executable', lo: 5, hi: 5, title: 'Guest-physical address was executable (AND of bit 2; supervisor-mode if mode-based execute control)' },
  { name: 'userExecutable', lo: 6, hi: 6, title: 'Guest-physical address was executable for user-mode linear addresses (AND of bit 10)' },
  { name: 'linearAddressValid', lo: 7, hi: 7, title: 'Guest linear-address field is valid' },
  { name: 'translatedAccess', lo: 8, hi: 8, title: 'Access to the translated linear address (0 = access to a guest paging-structure entry)' },
  { name: 'userModeLinear', lo: 9, hi: 9, title: 'Linear address is user-mode (advanced VM-exit information)' },
  { name: 'writableLinear', lo: 10, hi: 10, title: 'Linear address is read/write (advanced VM-exit information)' },
  { name: 'executeDisableLinear', lo: 11, hi: 11, title: 'Linear address is execute-disable (advanced VM-exit information)' },
  { name: 'nmiUnblockingDueToIret', lo: 12, hi: 12, title: 'NMI unblocking due to IRET' },
  { name: 'shadowStackAccess', lo: 13, hi: 13, title: 'Access was a shadow-stack access' },
  { name: 'supervisorShadowStack', lo: 14, hi: 14, title: 'Supervisor shadow-stack page (bit 60 of the EPT leaf entry)' },
  { name: 'guestPagingVerification', lo: 15, hi: 15, title: 'Caused by guest-paging verification' },
  { name: 'asynchronous', lo: 16, hi: 16, title: 'Asynchronous to instruction execution (e.g. trace output)' },
];
export interface EptViolationQualification {
  read: boolean; write: boolean; fetch: boolean;
  readable: boolean; writable: boolean; executable: boolean; userExecutable: boolean;
  linearAddressValid: boolean; translatedAccess: boolean;
  userModeLinear: boolean; writableLinear: boolean; executeDisableLinear: boolean;
  nmiUnblockingDueToIret: boolean; shadowStackAccess: boolean; supervisorShadowStack: boolean;
  guestPagingVerification: boolean; asynchronous: boolean;
  /** e.g. "write to a read-only page (R-X), linear address valid". */
  text: string;
}
export function decodeEptViolationQualification(q: number | bigint): EptViolationQualification {
  const d = decodeLayout(EPT_VIOLATION_QUALIFICATION_LAYOUT, q) as unknown as Omit<EptViolationQualification, 'text'>;
  const access = d.fetch ? 'instruction fetch' : d.write ? 'data write' : d.read ? 'data read' : 'access';
  const perms = `${d.readable ? 'R' : '-'}${d.writable ? 'W' : '-'}${d.executable ? 'X' : '-'}`;
  const where = d.linearAddressValid ? (d.translatedAccess ? 'linear address valid' : 'during guest page walk') : 'no linear address';
  return { ...d, text: `${access} denied, EPT permissions ${perms}, ${where}` };
}

/** Generic decoders for the layouts without a typed result. */
export function decodeDebugExceptionQualification(q: number | bigint): Record<string, unknown> { return decodeLayout(DEBUG_EXCEPTION_QUALIFICATION_LAYOUT, q); }
export function decodeApicAccessQualification(q: number | bigint): Record<string, unknown> { return decodeLayout(APIC_ACCESS_QUALIFICATION_LAYOUT, q); }

/** The bit layout of each exit-qualification kind that has one (the others are addresses, vectors or zero). */
export const QUALIFICATION_LAYOUTS: Readonly<Partial<Record<QualificationKind, readonly BitFieldDef[]>>> = {
  'cr-access': CR_ACCESS_QUALIFICATION_LAYOUT,
  'io': IO_QUALIFICATION_LAYOUT,
  'ept-violation': EPT_VIOLATION_QUALIFICATION_LAYOUT,
  'mov-dr': MOV_DR_QUALIFICATION_LAYOUT,
  'task-switch': TASK_SWITCH_QUALIFICATION_LAYOUT,
  'apic-access': APIC_ACCESS_QUALIFICATION_LAYOUT,
  'debug-exception': DEBUG_EXCEPTION_QUALIFICATION_LAYOUT,
};

// ---------------------------------------------------------------------------------------------
// VM-exit instruction information (VMX_INSTRUCTION_INFO), SDM Vol 3C 28.2.5.

export const ADDRESS_SIZES: Readonly<Record<number, string>> = { 0: '16-bit', 1: '32-bit', 2: '64-bit' };
export const SCALING: Readonly<Record<number, string>> = { 0: 'no scaling', 1: 'scale by 2', 2: 'scale by 4', 3: 'scale by 8' };
export const SEGMENTS: Readonly<Record<number, string>> = { 0: 'ES', 1: 'CS', 2: 'SS', 3: 'DS', 4: 'FS', 5: 'GS' };

/**
 * Layout shared by INVEPT/INVPCID/INVVPID, VMCLEAR/VMPTRLD/VMPTRST/VMXON/XRSTORS/XSAVES and VMREAD/VMWRITE
 * (SDM Vol 3C 28.2.5, Tables "Format of the VM-Exit Instruction-Information Field as Used for ...").
 * `reg1`/`memReg` are meaningful for VMREAD/VMWRITE only; `reg2` is the VMREAD/VMWRITE field-encoding
 * register or the INVEPT/INVPCID/INVVPID type register.
 */
export const VMX_INSTRUCTION_INFO_LAYOUT: readonly BitFieldDef[] = [
  { name: 'scaling', lo: 0, hi: 1, title: 'Scaling', values: SCALING },
  { name: 'reg1', lo: 3, hi: 6, title: 'Reg1 (VMREAD destination / VMWRITE source when register operand)' },
  { name: 'addressSize', lo: 7, hi: 9, title: 'Address size', values: ADDRESS_SIZES },
  { name: 'register', lo: 10, hi: 10, title: 'Mem/Reg (0 = memory operand, 1 = register; VMREAD/VMWRITE only)' },
  { name: 'segment', lo: 15, hi: 17, title: 'Segment register', values: SEGMENTS },
  { name: 'indexReg', lo: 18, hi: 21, title: 'Index register' },
  { name: 'indexInvalid', lo: 22, hi: 22, title: 'Index register invalid' },
  { name: 'baseReg', lo: 23, hi: 26, title: 'Base register' },
  { name: 'baseInvalid', lo: 27, hi: 27, title: 'Base register invalid' },
  { name: 'reg2', lo: 28, hi: 31, title: 'Reg2 (VMREAD/VMWRITE field encoding; INVEPT/INVPCID/INVVPID type)' },
];

/** LIDT/LGDT/SIDT/SGDT (Table "... Descriptor-Table Instructions"): identity in bits 29:28, operand size bit 11. */
export const GDTR_IDTR_INSTRUCTION_INFO_LAYOUT: readonly BitFieldDef[] = [
  { name: 'scaling', lo: 0, hi: 1, title: 'Scaling', values: SCALING },
  { name: 'addressSize', lo: 7, hi: 9, title: 'Address size', values: ADDRESS_SIZES },
  { name: 'operandSize32', lo: 11, hi: 11, title: 'Operand size (0 = 16-bit, 1 = 32-bit)' },
  { name: 'segment', lo: 15, hi: 17, title: 'Segment register', values: SEGMENTS },
  { name: 'indexReg', lo: 18, hi: 21, title: 'Index register' },
  { name: 'indexInvalid', lo: 22, hi: 22, title: 'Index register invalid' },
  { name: 'baseReg', lo: 23, hi: 26, title: 'Base register' },
  { name: 'baseInvalid', lo: 27, hi: 27, title: 'Base register invalid' },
  { name: 'identity', lo: 28, hi: 29, title: 'Instruction identity', values: { 0: 'SGDT', 1: 'SIDT', 2: 'LGDT', 3: 'LIDT' } },
];

/** LLDT/LTR/SLDT/STR: register operand in bits 6:3 when bit 10 is 1, identity in bits 29:28. */
export const LDTR_TR_INSTRUCTION_INFO_LAYOUT: readonly BitFieldDef[] = [
  { name: 'scaling', lo: 0, hi: 1, title: 'Scaling', values: SCALING },
  { name: 'reg1', lo: 3, hi: 6, title: 'Reg1 (register operand)' },
  { name: 'addressSize', lo: 7, hi: 9, title: 'Address size', values: ADDRESS_SIZES },
  { name: 'register', lo: 10, hi: 10, title: 'Mem/Reg (0 = memory, 1 = register)' },
  { name: 'segment', lo: 15, hi: 17, title: 'Segment register', values: SEGMENTS },
  { name: 'indexReg', lo: 18, hi: 21, title: 'Index register' },
  { name: 'indexInvalid', lo: 22, hi: 22, title: 'Index register invalid' },
  { name: 'baseReg', lo: 23, hi: 26, title: 'Base register' },
  { name: 'baseInvalid', lo: 27, hi: 27, title: 'Base register invalid' },
  { name: 'identity', lo: 28, hi: 29, title: 'Instruction identity', values: { 0: 'SLDT', 1: 'STR', 2: 'LLDT', 3: 'LTR' } },
];

/** RDRAND/RDSEED/TPAUSE/UMWAIT: destination register bits 6:3, operand size bits 12:11. */
export const RDRAND_RDSEED_INSTRUCTION_INFO_LAYOUT: readonly BitFieldDef[] = [
  { name: 'reg', lo: 3, hi: 6, title: 'Destination register' },
  { name: 'operandSize', lo: 11, hi: 12, title: 'Operand size', values: { 0: '16-bit', 1: '32-bit', 2: '64-bit' } },
];

/** INS/OUTS (when IA32_VMX_BASIC[54] = 1): address size bits 9:7, segment bits 17:15. */
export const INS_OUTS_INSTRUCTION_INFO_LAYOUT: readonly BitFieldDef[] = [
  { name: 'addressSize', lo: 7, hi: 9, title: 'Address size', values: ADDRESS_SIZES },
  { name: 'segment', lo: 15, hi: 17, title: 'Segment register (OUTS only)', values: SEGMENTS },
];

export interface VmxInstructionInfo {
  scaling: number;
  reg1: number;
  addressSize: number;
  /** VMREAD/VMWRITE: operand is a register (reg1). */
  register: boolean;
  segment: number;
  indexReg: number;
  indexInvalid: boolean;
  baseReg: number;
  baseInvalid: boolean;
  reg2: number;
  segmentName: string;
  reg1Name: string;
  reg2Name: string;
}

export function decodeVmxInstructionInfo(info: number): VmxInstructionInfo {
  const d = decodeLayout(VMX_INSTRUCTION_INFO_LAYOUT, info >>> 0);
  return {
    scaling: d.scaling as number, reg1: d.reg1 as number, addressSize: d.addressSize as number, register: d.register as boolean,
    segment: d.segment as number, indexReg: d.indexReg as number, indexInvalid: d.indexInvalid as boolean,
    baseReg: d.baseReg as number, baseInvalid: d.baseInvalid as boolean, reg2: d.reg2 as number,
    segmentName: SEGMENT_NAMES[d.segment as number] ?? `seg${d.segment as number}`,
    reg1Name: GPR_NAMES_64[d.reg1 as number]!,
    reg2Name: GPR_NAMES_64[d.reg2 as number]!,
  };
}

/**
 * Text of the memory operand described by an instruction-information value and the displacement
 * that the exit qualification holds for such exits (SDM Vol 3C 28.2.1), e.g. "DS:[RAX+RCX*8+0x10]".
 */
export function formatVmxMemoryOperand(info: number, displacement: number | bigint = 0): string {
  const d = decodeVmxInstructionInfo(info);
  const parts: string[] = [];
  if (!d.baseInvalid) parts.push(GPR_NAMES_64[d.baseReg]!);
  if (!d.indexInvalid) parts.push(`${GPR_NAMES_64[d.indexReg]!}*${1 << d.scaling}`);
  const disp = BigInt.asIntN(64, typeof displacement === 'bigint' ? displacement : BigInt(displacement));
  if (disp !== 0n || parts.length === 0) parts.push(disp < 0n ? `-0x${(-disp).toString(16)}` : `0x${disp.toString(16)}`);
  return `${d.segmentName}:[${parts.join('+').replace('+-', '-')}]`;
}

/** One line per field for any of the layouts above. */
export function formatQualification(layout: readonly BitFieldDef[], value: number | bigint): string[] {
  return formatLayout(layout, value);
}

