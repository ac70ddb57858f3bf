// Register file layout and the iced-x86 Register -> GPR mapping.
import { Register } from 'iced-x86';

// GPR indices in x86 encoding order (SDM Vol 2 Table 2-2).
export const RAX = 0, RCX = 1, RDX = 2, RBX = 3, RSP = 4, RBP = 5, RSI = 6, RDI = 7;
export const R8 = 8, R9 = 9, R10 = 10, R11 = 11, R12 = 12, R13 = 13, R14 = 14, R15 = 15;
export const GPR_NAMES = ['rax', 'rcx', 'rdx', 'rbx', 'rsp', 'rbp', 'rsi', 'rdi', 'r8', 'r9', 'r10', 'r11', 'r12', 'r13', 'r14', 'r15'];

// Segment register indices in sreg encoding order.
export const ES = 0, CS = 1, SS = 2, DS = 3, FS = 4, GS = 5;
export const SEG_NAMES = ['es', 'cs', 'ss', 'ds', 'fs', 'gs'];

/**
 * For each iced Register value: packed (gprIndex | size << 8 | highByte << 12), or -1 when not a GPR.
 * size is in bytes (1, 2, 4, 8); highByte marks AH/CH/DH/BH.
 */
export const GPR_OF: Int32Array = (() => {
  const t = new Int32Array(512).fill(-1);
  for (let i = 0; i < 4; i++) t[Register.AL + i] = i | (1 << 8);
  // AH..BH are register numbers 4..7 with the high-byte flag (bits 15:8 of RAX..RBX).
  for (let i = 0; i < 4; i++) t[Register.AH + i] = (i + 4) | (1 << 8) | (1 << 12);
  for (let i = 4; i < 16; i++) t[Register.SPL + i - 4] = i | (1 << 8);
  for (let i = 0; i < 16; i++) t[Register.AX + i] = i | (2 << 8);
  for (let i = 0; i < 16; i++) t[Register.EAX + i] = i | (4 << 8);
  for (let i = 0; i < 16; i++) t[Register.RAX + i] = i | (8 << 8);
  return t;
})();

/** iced segment Register -> sreg index, or -1. */
export function segIndex(r: Register): number {
  return r >= Register.ES && r <= Register.GS ? r - Register.ES : -1;
}
