// Decoded instruction: a fixed-shape record extracted once from iced-x86, plus its compiled executor.
import type { Cpu } from './cpu';

export type Exec = (c: Cpu, d: Insn) => void;

// Operand kinds.
export const K_NONE = 0, K_REG = 1, K_MEM = 2, K_IMM = 3, K_SREG = 4, K_CR = 5, K_DR = 6, K_BRANCH = 7, K_FAR = 8, K_STR = 9, K_OTHER = 10;

export interface Insn {
  exec: Exec;
  /** iced Code and Mnemonic */
  code: number;
  mnem: number;
  len: number;
  /** operand size in bytes of the instruction's main operand (1, 2, 4, 8) */
  osz: number;
  /** address size in bytes (2, 4, 8) */
  asz: number;
  nops: number;
  // Operands 0..2: kind, register (GPR index / sreg / CR / DR number), register size, high-byte flag.
  k0: number; k1: number; k2: number;
  g0: number; g1: number; g2: number;
  s0: number; s1: number; s2: number;
  h0: number; h1: number; h2: number;
  /** immediate (low dword, signed int32) and its high dword; imm2 for a second immediate (ENTER) */
  imm: number; immHi: number; imm2: number;
  /** branch: target relative to the next instruction */
  rel: number;
  farSel: number; farOff: number;
  // Memory operand.
  mseg: number; mbase: number; midx: number; mscale: number; mdisp: number; mdispHi: number; mrip: boolean;
  /** size in bytes of the memory access (0 when none / not a plain access) */
  msize: number;
  /** 0 none, 1 REP/REPE, 2 REPNE */
  rep: number;
  lock: boolean;
  /** instruction ends its block (control flow, mode changes, I/O, serializing...) */
  endsBlock: boolean;
  /** NASM-syntax text, formatted at decode time (used in messages and disassembly) */
  text: string;
  /** per-instruction cache for ops that need one (effective-address function etc.) */
  ea: ((c: Cpu, d: Insn) => number) | null;
  aux: unknown;
}

export function emptyInsn(): Insn {
  return {
    exec: () => {}, code: 0, mnem: 0, len: 0, osz: 4, asz: 4, nops: 0,
    k0: 0, k1: 0, k2: 0, g0: -1, g1: -1, g2: -1, s0: 0, s1: 0, s2: 0, h0: 0, h1: 0, h2: 0,
    imm: 0, immHi: 0, imm2: 0, rel: 0, farSel: 0, farOff: 0,
    mseg: 3, mbase: -1, midx: -1, mscale: 0, mdisp: 0, mdispHi: 0, mrip: false, msize: 0,
    rep: 0, lock: false, endsBlock: false, text: '', ea: null, aux: null,
  };
}
