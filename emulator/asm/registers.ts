/** NASM register names -> iced-x86 registers with their class and size. */
import { Register } from 'iced-x86';

export type RegClass = 'r8' | 'r16' | 'r32' | 'r64' | 'seg' | 'cr' | 'dr' | 'tr' | 'st' | 'mm' | 'xmm' | 'ymm' | 'zmm' | 'k' | 'bnd' | 'tmm' | 'ip';

export interface RegInfo {
  name: string;
  reg: Register;
  cls: RegClass;
  /** Size in bits (0 when not a data register). */
  size: number;
  /** Hardware number (0..31). */
  num: number;
  /** Needs a REX prefix (spl..dil, r8..r15, ...). */
  rex: boolean;
  /** ah/ch/dh/bh: cannot be used with REX. */
  high8: boolean;
}

const table = new Map<string, RegInfo>();

function add(name: string, reg: Register, cls: RegClass, size: number, num: number, rex = false, high8 = false): void {
  table.set(name, { name, reg, cls, size, num, rex, high8 });
}

const gpr64 = ['rax', 'rcx', 'rdx', 'rbx', 'rsp', 'rbp', 'rsi', 'rdi'];
const gpr32 = ['eax', 'ecx', 'edx', 'ebx', 'esp', 'ebp', 'esi', 'edi'];
const gpr16 = ['ax', 'cx', 'dx', 'bx', 'sp', 'bp', 'si', 'di'];
const gpr8 = ['al', 'cl', 'dl', 'bl', 'ah', 'ch', 'dh', 'bh'];
for (let i = 0; i < 8; i++) {
  add(gpr64[i], Register.RAX + i, 'r64', 64, i);
  add(gpr32[i], Register.EAX + i, 'r32', 32, i);
  add(gpr16[i], Register.AX + i, 'r16', 16, i);
  add(gpr8[i], Register.AL + i, 'r8', 8, i, false, i >= 4);
}
['spl', 'bpl', 'sil', 'dil'].forEach((n, i) => add(n, Register.SPL + i, 'r8', 8, 4 + i, true));
for (let i = 8; i < 16; i++) {
  add(`r${i}`, Register.R8 + (i - 8), 'r64', 64, i, true);
  add(`r${i}d`, Register.R8D + (i - 8), 'r32', 32, i, true);
  add(`r${i}w`, Register.R8W + (i - 8), 'r16', 16, i, true);
  add(`r${i}b`, Register.R8L + (i - 8), 'r8', 8, i, true);
  add(`r${i}l`, Register.R8L + (i - 8), 'r8', 8, i, true);
}
['es', 'cs', 'ss', 'ds', 'fs', 'gs'].forEach((n, i) => add(n, Register.ES + i, 'seg', 16, i));
for (let i = 0; i < 32; i++) {
  add(`xmm${i}`, Register.XMM0 + i, 'xmm', 128, i, i >= 8);
  add(`ymm${i}`, Register.YMM0 + i, 'ymm', 256, i, i >= 8);
  add(`zmm${i}`, Register.ZMM0 + i, 'zmm', 512, i, i >= 8);
}
for (let i = 0; i < 16; i++) {
  add(`cr${i}`, Register.CR0 + i, 'cr', 0, i, i >= 8);
  add(`dr${i}`, Register.DR0 + i, 'dr', 0, i, i >= 8);
}
for (let i = 0; i < 8; i++) {
  add(`st${i}`, Register.ST0 + i, 'st', 80, i);
  add(`mm${i}`, Register.MM0 + i, 'mm', 64, i);
  add(`k${i}`, Register.K0 + i, 'k', 64, i);
  add(`tr${i}`, Register.TR0 + i, 'tr', 32, i);
  add(`tmm${i}`, Register.TMM0 + i, 'tmm', 0, i);
}
for (let i = 0; i < 4; i++) add(`bnd${i}`, Register.BND0 + i, 'bnd', 128, i);
add('rip', Register.RIP, 'ip', 64, 0);
add('eip', Register.EIP, 'ip', 32, 0);

/** Look up a register by (case-insensitive) name. */
export function lookupReg(name: string): RegInfo | undefined {
  return table.get(name.toLowerCase());
}

export function regByIced(r: Register): RegInfo | undefined {
  for (const v of table.values()) if (v.reg === r) return v;
  return undefined;
}

export function isRegName(name: string): boolean { return table.has(name.toLowerCase()); }
