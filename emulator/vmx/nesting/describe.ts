// One-line descriptions of VM exits with their levels, e.g.
//   L2->L1 virtual EPT_VIOLATION (48) gpa=0x5000 write (page read-only) rip=0x401020
//   L2->L0 hardware CPUID (10) leaf=0x0 rip=0x401000
import { decodeCrAccessQualification, decodeInterruptionInfo, decodeIoQualification, decodeMovDrQualification, EXIT_REASON, lookupVmcsEncoding } from '../arch';
import { hex64 } from '../../cpu/cpu';
import type { VmExitRecord } from '../vmx-unit';
import { regValue } from './guest-memory';

/** Operands of an exiting VMX instruction, decoded from the exit information and the guest's registers/memory. */
export interface VmxOperand {
  /** VMREAD/VMWRITE field encoding */
  field?: number;
  /** VMWRITE value (register or memory source) */
  value?: bigint;
  /** VMXON/VMPTRLD/VMCLEAR/VMPTRST: the 64-bit pointer operand (VMPTRST: the operand's address) */
  pointer?: number;
  /** VMREAD destination: GPR number, or the linear address of a memory destination */
  destReg?: number;
  destLinear?: number;
  /** INVEPT/INVVPID type and descriptor's first quadword (EPTP / VPID) */
  type?: number;
  descriptor?: bigint;
  /** VMLAUNCH/VMRESUME: the requesting level's current VMCS as reconstructed */
  vmcs?: number;
}

export interface NestedExitRecord extends VmExitRecord {
  /**
   * exiting guest's GPRs at the exit (low/high dword pairs from index guestRegsAt: records share one buffer), hardware
   * exits and the virtual exits they start
   */
  guestRegs?: Int32Array;
  guestRegsAt?: number;
  operand?: VmxOperand;
  /** virtual exits: seq of the hardware exit that started it */
  startedBy?: number;
  /** virtual exits: where the reason/qualification were confirmed ('shadow' VMCS, the receiver's 'vmread') */
  confirmedBy?: 'shadow' | 'vmread';
  /** virtual exits whose reason differs from the hardware exit that started it */
  correctedFrom?: { reason: number; name: string };
}

const hex = (n: number | bigint) => `0x${typeof n === 'bigint' ? BigInt.asUintN(64, n).toString(16) : hex64(n)}`;

export function fieldName(enc: number): string {
  const r = lookupVmcsEncoding(enc);
  return r ? `${r.field.name}${r.high ? '_HIGH' : ''}` : `field 0x${enc.toString(16)}`;
}

function eptPermsText(q: bigint): string {
  const r = (q & 8n) !== 0n, w = (q & 16n) !== 0n, x = (q & 32n) !== 0n;
  if (!r && !w && !x) return 'page not present';
  if (r && !w && !x) return 'page read-only';
  if (r && !w && x) return 'page read/execute';
  if (!r && !w && x) return 'page execute-only';
  if (r && w && !x) return 'page not executable';
  return `page ${r ? 'R' : '-'}${w ? 'W' : '-'}${x ? 'X' : '-'}`;
}

/** Reason-specific details (without levels), e.g. "gpa=0x5000 write (page read-only)". */
export function exitDetails(rec: NestedExitRecord): string {
  const q = rec.qualification;
  const R = EXIT_REASON;
  const op = rec.operand;
  const regs = rec.guestRegs, at = rec.guestRegsAt ?? 0;
  const parts: string[] = [];
  switch (rec.reason) {
    case R.EPT_VIOLATION: {
      const acc = q & 4n ? 'fetch' : q & 2n ? 'write' : 'read';
      parts.push(`gpa=${hex(rec.guestPhysical ?? 0)} ${acc} (${eptPermsText(q)})`);
      break;
    }
    case R.EPT_MISCONFIG: parts.push(`gpa=${hex(rec.guestPhysical ?? 0)}`); break;
    case R.IO_INSTRUCTION: parts.push(decodeIoQualification(q).text); break;
    case R.CR_ACCESS: parts.push(decodeCrAccessQualification(q).text); break;
    case R.DR_ACCESS: parts.push(decodeMovDrQualification(q).text); break;
    case R.CPUID: if (regs) parts.push(`leaf=${hex(regValue(regs, 0, at) & 0xffffffffn)}`); break;
    case R.MSR_READ: case R.MSR_WRITE: if (regs) parts.push(`msr=${hex(regValue(regs, 1, at) & 0xffffffffn)}`); break;
    case R.EXCEPTION_NMI: case R.EXTERNAL_INTERRUPT: if (rec.interruptionInfo) parts.push(decodeInterruptionInfo(rec.interruptionInfo).text); break;
    case R.VMWRITE: if (op?.field !== undefined) parts.push(`${fieldName(op.field)}=${op.value !== undefined ? hex(op.value) : '?'}`); break;
    case R.VMREAD: if (op?.field !== undefined) parts.push(`${fieldName(op.field)}`); break;
    case R.VMON: case R.VMPTRLD: case R.VMCLEAR: if (op?.pointer !== undefined) parts.push(`ptr=${hex(op.pointer)}`); break;
    case R.VMLAUNCH: case R.VMRESUME: if (op?.vmcs !== undefined) parts.push(`vmcs=${hex(op.vmcs)}`); break;
    case R.INVEPT: case R.INVVPID: if (op?.type !== undefined) parts.push(`type=${op.type}${op.descriptor !== undefined ? ` ${rec.reason === R.INVEPT ? 'eptp' : 'vpid'}=${hex(op.descriptor)}` : ''}`); break;
  }
  if (rec.fullReason & 0x80000000) parts.push('VM-entry failure');
  return parts.join(' ');
}

export function describeExit(rec: NestedExitRecord): string {
  const d = exitDetails(rec);
  const rip = rec.fullReason & 0x80000000 ? '' : ` rip=${hex(rec.guestRip)}`;
  return `L${rec.exitingLevel}->L${rec.receivingLevel} ${rec.virtual ? 'virtual' : 'hardware'} ${rec.name} (${rec.reason})${d ? ' ' + d : ''}${rip}`;
}
