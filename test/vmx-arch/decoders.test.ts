import { describe, expect, it } from 'vitest';
import {
  EPT_ACCESSED, EPT_LARGE_PAGE, EPT_MT_WB, EPT_READ, EPT_SUPPRESS_VE, EPT_WRITE, activityStateName, decodeAccessRights, decodeCr0,
  decodeCr4, decodeCrAccessQualification, decodeEfer, decodeEptEntry, decodeEptViolationQualification, decodeEptp, decodeInterruptibility,
  decodeInterruptionInfo, decodeIoQualification, decodeLayout, decodeMovDrQualification, decodeRflags, decodeTaskSwitchQualification,
  decodeVmxInstructionInfo, eptIndex, formatAccessRights, formatLayout, formatVmxMemoryOperand, makeEptp, makeInterruptionInfo,
  EPT_VIOLATION_QUALIFICATION_LAYOUT, INTERRUPTION_INFO_LAYOUT, bits as bitsOf, bitsBig,
} from '../../emulator/vmx/arch';

describe('exit qualifications (SDM Vol 3C 28.2.1)', () => {
  it('CR access (Table 28-3)', () => {
    expect(decodeCrAccessQualification(0x03)).toMatchObject({ cr: 3, accessTypeName: 'MOV_TO_CR', gpr: 0, gprName: 'RAX', text: 'MOV CR3, RAX' });
    expect(decodeCrAccessQualification(0x318).text).toBe('MOV RBX, CR8');
    expect(decodeCrAccessQualification(0x20).accessTypeName).toBe('CLTS');
    expect(decodeCrAccessQualification(0x00010070)).toMatchObject({ accessTypeName: 'LMSW', lmswMemoryOperand: true, lmswSourceData: 1, text: 'LMSW 0x1' });
    expect(decodeCrAccessQualification(0xf04).gprName).toBe('R15');
  });
  it('MOV DR (Table 28-4)', () => {
    expect(decodeMovDrQualification(0x707)).toMatchObject({ dr: 7, fromDr: false, gprName: 'RDI', text: 'MOV DR7, RDI' });
    expect(decodeMovDrQualification(0x116).text).toBe('MOV RCX, DR6');
  });
  it('I/O instructions (Table 28-5)', () => {
    expect(decodeIoQualification((0xe9 << 16) | 0x40)).toMatchObject({ bytes: 1, in: false, immediate: true, port: 0xe9, text: 'OUT 0xe9, AL' });
    expect(decodeIoQualification((0x3f8 << 16) | 0x08 | 0x1).text).toBe('IN AX, DX (=0x3f8)');
    expect(decodeIoQualification((0x60 << 16) | 0x3 | 0x8 | 0x10 | 0x20)).toMatchObject({ bytes: 4, in: true, string: true, rep: true, text: 'REP INSD port DX (=0x60)' });
  });
  it('EPT violation (Table 28-7)', () => {
    const q = decodeEptViolationQualification(0x18a); // write, readable, linear valid, translated
    expect(q).toMatchObject({ read: false, write: true, fetch: false, readable: true, writable: false, executable: false, linearAddressValid: true, translatedAccess: true });
    expect(q.text).toBe('data write denied, EPT permissions R--, linear address valid');
    expect(decodeEptViolationQualification(0x84).text).toBe('instruction fetch denied, EPT permissions ---, during guest page walk');
    expect(decodeEptViolationQualification(1n << 12n).nmiUnblockingDueToIret).toBe(true);
    expect(formatLayout(EPT_VIOLATION_QUALIFICATION_LAYOUT, 2)[1]).toBe('[1] Access was a data write: 1');
  });
  it('task switch (Table 28-2)', () => {
    expect(decodeTaskSwitchQualification((3 << 30) >>> 0 | 0x28)).toEqual({ selector: 0x28, source: 3, sourceName: 'TASK_GATE_IN_IDT' });
  });
});

describe('VM-exit instruction information (SDM Vol 3C 28.2.5)', () => {
  it('decodes VMREAD/VMWRITE register forms and memory operands', () => {
    // vmwrite rax(field in rdx): reg2 = RDX(2), reg1 = RAX(0), mem/reg = 1, address size 64-bit
    const info = (2 << 28) | (1 << 10) | (2 << 7) | (0 << 3);
    expect(decodeVmxInstructionInfo(info)).toMatchObject({ register: true, reg1Name: 'RAX', reg2Name: 'RDX', addressSize: 2 });
    // vmptrld [rbx+rcx*8+0x10] in DS
    const m = (3 << 23) | (1 << 18) | (3 << 15) | (2 << 7) | 3;
    expect(formatVmxMemoryOperand(m, 0x10)).toBe('DS:[RBX+RCX*8+0x10]');
    const baseOnly = (7 << 23) | (1 << 22) | (2 << 15) | (2 << 7);
    expect(formatVmxMemoryOperand(baseOnly)).toBe('SS:[RDI]');
    const absolute = (1 << 27) | (1 << 22) | (3 << 15);
    expect(formatVmxMemoryOperand(absolute, -8n)).toBe('DS:[-0x8]');
  });
});

describe('interruption information (SDM Vol 3C 25.8.3, 25.9.2)', () => {
  it('decodes and builds', () => {
    const pf = makeInterruptionInfo(14, 3, true);
    expect(pf).toBe(0x80000b0e);
    expect(decodeInterruptionInfo(pf)).toMatchObject({ valid: true, vector: 14, typeName: 'HARDWARE_EXCEPTION', errorCodeValid: true, text: '#PF (hardware exception, error code)' });
    expect(decodeInterruptionInfo(0x80000202).text).toBe('NMI');
    expect(decodeInterruptionInfo(0x80000020).typeName).toBe('EXTERNAL_INTERRUPT');
    expect(decodeInterruptionInfo(0x80000700).text).toBe('pending MTF VM exit (other event)');
    expect(decodeInterruptionInfo(0).valid).toBe(false);
    expect(decodeInterruptionInfo(0x80001000 | 0x30e).nmiUnblockingDueToIret).toBe(true);
    expect(decodeLayout(INTERRUPTION_INFO_LAYOUT, 0x80000b0e)).toMatchObject({ vector: 14, type: 3, typeName: 'HARDWARE_EXCEPTION', valid: true });
  });
});

describe('guest state formats', () => {
  it('access rights (SDM Vol 3C 25.4.1)', () => {
    const cs64 = decodeAccessRights(0xa09b);
    expect(cs64).toMatchObject({ type: 0xb, s: true, dpl: 0, p: true, l: true, db: false, g: true, unusable: false, typeName: 'Code, execute/read, accessed', reservedBitsSet: false });
    expect(decodeAccessRights(0x10000).unusable).toBe(true);
    expect(decodeAccessRights(0x8b).typeName).toBe('32/64-bit TSS (busy)');
    expect(decodeAccessRights(0x100).reservedBitsSet).toBe(true);
    expect(formatAccessRights(0xc093)).toBe('P S=1 DPL=0 type=0x3 (Data, read/write, accessed) D/B G');
    expect(formatAccessRights(0x10000)).toBe('unusable');
  });
  it('interruptibility and activity state', () => {
    expect(decodeInterruptibility(0x9)).toEqual(['STI_BLOCKING', 'NMI_BLOCKING']);
    expect(activityStateName(1)).toBe('HLT');
    expect(activityStateName(3)).toBe('WAIT_FOR_SIPI');
  });
  it('CR0, CR4, EFER, RFLAGS', () => {
    expect(decodeCr0(0x80000031)).toEqual(['PE', 'ET', 'NE', 'PG']);
    expect(decodeCr4(0x2020)).toEqual(['PAE', 'VMXE']);
    expect(decodeCr4(1n << 32n)).toEqual(['FRED']);
    expect(decodeEfer(0xd01)).toEqual(['SCE', 'LME', 'LMA', 'NXE']);
    expect(decodeRflags(0x3246)).toEqual(['PF', 'ZF', 'IF', 'IOPL=3']);
  });
});

describe('EPT formats (SDM Vol 3C 25.6.11, 29.3.2)', () => {
  it('EPTP', () => {
    const e = makeEptp(0x123000n, { accessedDirty: true });
    expect(e).toBe(0x12305en);
    expect(decodeEptp(e)).toMatchObject({ memoryType: 6, memoryTypeName: 'WB', walkLength: 4, accessedDirty: true, supervisorShadowStack: false, address: 0x123000n, reservedBitsSet: false });
    expect(decodeEptp(0x100n | 0x1en).reservedBitsSet).toBe(true);
    expect(decodeEptp(1n << 40n | 0x1en, 39).reservedBitsSet).toBe(true);
  });
  it('EPT entries', () => {
    const pde = 0x200000n | EPT_READ | EPT_WRITE | 4n | (BigInt(EPT_MT_WB) << 3n) | EPT_LARGE_PAGE | EPT_ACCESSED | EPT_SUPPRESS_VE;
    const d = decodeEptEntry(pde);
    expect(d).toMatchObject({ read: true, write: true, execute: true, present: true, memoryType: 6, memoryTypeName: 'WB', largePage: true, accessed: true, dirty: false, address: 0x200000n, suppressVe: true, permissions: 'RWX' });
    expect(d.flags).toEqual(['READ', 'WRITE', 'EXECUTE', 'LARGE_PAGE', 'ACCESSED', 'SUPPRESS_VE']);
    expect(decodeEptEntry(0n).present).toBe(false);
    expect(decodeEptEntry(0x400n, true)).toMatchObject({ present: true, permissions: '---U' });
    expect(eptIndex(0x0000_8040_2010_3000n, 4)).toBe(0x100);
    expect(eptIndex(0x3000n, 1)).toBe(3);
  });
});

describe('bit helpers', () => {
  it('extracts fields from numbers and bigints', () => {
    expect(bitsOf(0x7fffffff, 0, 30)).toBe(0x7fffffff);
    expect(bitsOf(0xffffffff, 0, 31)).toBe(0xffffffff);
    expect(bitsOf(-1, 16, 31)).toBe(0xffff);
    expect(bitsOf(0x00da050000000013n, 32, 44)).toBe(0x500);
    expect(bitsBig(0xffffffffffffffffn, 12, 63)).toBe((1n << 52n) - 1n);
  });
});
