// Register access for the debugger: the names the debug console knows (with sub-registers as in
// GDB: writing AL keeps the rest of RAX), reads and writes on the CPU, RFLAGS bits by name.
import type { Cpu } from '../emulator/cpu/cpu';
import { RFLAGS_BITS } from '../emulator/vmx/arch';
import { UserError, hex, toU64 } from './util';

const GPR64 = ['rax', 'rcx', 'rdx', 'rbx', 'rsp', 'rbp', 'rsi', 'rdi', 'r8', 'r9', 'r10', 'r11', 'r12', 'r13', 'r14', 'r15'];
const GPR32 = ['eax', 'ecx', 'edx', 'ebx', 'esp', 'ebp', 'esi', 'edi', 'r8d', 'r9d', 'r10d', 'r11d', 'r12d', 'r13d', 'r14d', 'r15d'];
const GPR16 = ['ax', 'cx', 'dx', 'bx', 'sp', 'bp', 'si', 'di', 'r8w', 'r9w', 'r10w', 'r11w', 'r12w', 'r13w', 'r14w', 'r15w'];
const GPR8 = ['al', 'cl', 'dl', 'bl', 'spl', 'bpl', 'sil', 'dil', 'r8b', 'r9b', 'r10b', 'r11b', 'r12b', 'r13b', 'r14b', 'r15b'];
const GPR8H = ['ah', 'ch', 'dh', 'bh'];
const SEGS = ['es', 'cs', 'ss', 'ds', 'fs', 'gs'];
/** Every register name the evaluator knows (completions). */
export const REGISTER_NAMES: readonly string[] = [
  ...GPR64, ...GPR32, ...GPR16, ...GPR8, ...GPR8H, 'rip', 'eip', 'ip', 'rflags', 'eflags', 'flags', ...SEGS,
  'cr0', 'cr2', 'cr3', 'cr4', 'cr8', 'efer', 'dr0', 'dr1', 'dr2', 'dr3', 'dr6', 'dr7', 'cpl',
];
const REG_INDEX = new Map<string, { g: number; size: number; high?: boolean }>();
GPR64.forEach((n, g) => REG_INDEX.set(n, { g, size: 8 }));
GPR32.forEach((n, g) => REG_INDEX.set(n, { g, size: 4 }));
GPR16.forEach((n, g) => REG_INDEX.set(n, { g, size: 2 }));
GPR8.forEach((n, g) => REG_INDEX.set(n, { g, size: 1 }));
GPR8H.forEach((n, g) => REG_INDEX.set(n, { g, size: 1, high: true }));

export function readRegister(c: Cpu, name: string): bigint | undefined {
  const r = REG_INDEX.get(name);
  if (r) {
    if (r.high) return BigInt((c.r[r.g << 1] >>> 8) & 0xff);
    return BigInt.asUintN(r.size * 8, c.getBig(r.g));
  }
  switch (name) {
    case 'rip': return toU64(c.rip);
    case 'eip': return toU64(c.rip) & 0xffffffffn;
    case 'ip': return toU64(c.rip) & 0xffffn;
    case 'rflags': case 'eflags': case 'flags': return BigInt(c.getFlags() >>> 0);
    case 'cr0': return BigInt(c.cr0 >>> 0);
    case 'cr2': return toU64(c.cr2);
    case 'cr3': return toU64(c.cr3);
    case 'cr4': return BigInt(c.cr4 >>> 0);
    case 'efer': return BigInt(c.efer >>> 0);
    case 'cpl': return BigInt(c.cpl);
    case 'dr0': case 'dr1': case 'dr2': case 'dr3': case 'dr6': case 'dr7': return toU64(c.dr[Number(name[2])]);
  }
  const s = SEGS.indexOf(name);
  if (s >= 0) return BigInt(c.sel[s] & 0xffff);
  return undefined;
}

/** Debugger write of a register (sub-registers keep the other bits, as in GDB). */
export function writeRegister(c: Cpu, name: string, value: bigint): void {
  const v = toU64(value);
  const r = REG_INDEX.get(name);
  if (r) {
    const old = c.getBig(r.g);
    let nv: bigint;
    if (r.high) nv = (old & ~0xff00n) | ((v & 0xffn) << 8n);
    else { const mask = (1n << BigInt(r.size * 8)) - 1n; nv = (old & ~mask) | (v & mask); }
    c.setBig(r.g, nv);
    return;
  }
  switch (name) {
    case 'rip': case 'eip': case 'ip': {
      const n = c.long64 ? Number(BigInt.asIntN(64, v)) : Number(v & (c.bits === 16 && name !== 'rip' ? 0xffffn : 0xffffffffn));
      if (c.long64 && (n < -0x800000000000 || n >= 0x800000000000)) throw new UserError(`${hex(v)} is not a canonical address`);
      c.rip = c.nrip = n;
      return;
    }
    case 'rflags': case 'eflags': case 'flags':
      if (v > 0x3fffffn) throw new UserError('RFLAGS bits 63:22 are reserved');
      c.setFlagsValue(Number(v));
      return;
  }
  throw new UserError(`${name.toUpperCase()} cannot be changed by the debugger in this version (general registers, RIP, RFLAGS and VMCS fields can)`);
}

/** RFLAGS with one flag (or IOPL) changed. */
export function withFlag(flags: number, name: string, value: bigint): bigint {
  if (name === 'IOPL') {
    if (value > 3n) throw new UserError('IOPL is 0..3');
    return BigInt((flags & ~0x3000) | (Number(value) << 12));
  }
  const b = RFLAGS_BITS.find((x) => x.name === name);
  if (!b || b.name === 'FIXED1') throw new UserError(`unknown flag ${name}`);
  if (value > 1n) throw new UserError(`${name} is a single bit: 0 or 1`);
  return BigInt(value ? flags | (1 << b.bit) : flags & ~(1 << b.bit));
}
