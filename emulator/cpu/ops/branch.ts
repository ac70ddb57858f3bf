// Near control transfers: Jcc, JMP, CALL, RET, LOOP/LOOPcc, JCXZ/JECXZ/JRCXZ (SDM Vol 2).
import { Mnemonic, ConditionCode, Code } from 'iced-x86';
import type { Cpu } from '../cpu';
import type { Exec, Insn } from '../insn';
import { K_BRANCH, K_REG, K_MEM } from '../insn';
import { defineOps } from './registry';
import { reader } from './operand';
import { cond, getZF } from '../flags';
import { CpuFault, GP } from '../faults';
import { CS } from '../regs';
import { hex64 } from '../cpu';

// iced ConditionCode -> x86 tttn encoding.
const TTTN: Record<number, number> = {
  [ConditionCode.o]: 0, [ConditionCode.no]: 1, [ConditionCode.b]: 2, [ConditionCode.ae]: 3, [ConditionCode.e]: 4, [ConditionCode.ne]: 5,
  [ConditionCode.be]: 6, [ConditionCode.a]: 7, [ConditionCode.s]: 8, [ConditionCode.ns]: 9, [ConditionCode.p]: 10, [ConditionCode.np]: 11,
  [ConditionCode.l]: 12, [ConditionCode.ge]: 13, [ConditionCode.le]: 14, [ConditionCode.g]: 15,
};
export function tttnOf(cc: number): number { return TTTN[cc]; }

/** Sets the next IP to `target` truncated to the operand size, with the SDM's checks. */
export function branchTo(c: Cpu, target: number, osz: number): void {
  if (c.long64 && osz === 8) {
    if (target < -0x800000000000 || target >= 0x800000000000) throw new CpuFault(GP, 0, `branch to non-canonical address 0x${hex64(target)}`);
    c.nrip = target;
    return;
  }
  const t = osz === 2 ? target & 0xffff : (target >>> 0);
  if (!c.long64 && t > c.slimit[CS]) throw new CpuFault(GP, 0, `branch target 0x${t.toString(16)} beyond CS limit 0x${c.slimit[CS].toString(16)}`);
  c.nrip = t;
}

/** Branch operand size: 64-bit mode near branches are always 64-bit except 16-bit with 66h (Intel ignores 66h for Jcc/JMP/CALL rel in 64-bit mode). */
function branchSize(c: Cpu, d: Insn): number { return c.long64 ? 8 : d.osz === 2 ? 2 : 4; }

function jcc(d: Insn): Exec {
  // iced's Instruction.conditionCode isn't on Insn; derive from the mnemonic order Jo..Jg.
  const cc = JCC_TTTN.get(d.mnem)!;
  const rel = d.rel;
  return (c, d2) => { if (cond(c, cc)) branchTo(c, c.nrip + rel, branchSize(c, d2)); };
}
const JCC_TTTN = new Map<number, number>([
  [Mnemonic.Jo, 0], [Mnemonic.Jno, 1], [Mnemonic.Jb, 2], [Mnemonic.Jae, 3], [Mnemonic.Je, 4], [Mnemonic.Jne, 5], [Mnemonic.Jbe, 6], [Mnemonic.Ja, 7],
  [Mnemonic.Js, 8], [Mnemonic.Jns, 9], [Mnemonic.Jp, 10], [Mnemonic.Jnp, 11], [Mnemonic.Jl, 12], [Mnemonic.Jge, 13], [Mnemonic.Jle, 14], [Mnemonic.Jg, 15],
]);

const FAR_MEM = new Set<number>([Code.Jmp_m1616, Code.Jmp_m1632, Code.Jmp_m1664, Code.Call_m1616, Code.Call_m1632, Code.Call_m1664]);

function jmp(d: Insn): Exec {
  if (FAR_MEM.has(d.code)) return farJmpPlaceholder(d);
  if (d.k0 === K_BRANCH) { const rel = d.rel; return (c, d2) => branchTo(c, c.nrip + rel, branchSize(c, d2)); }
  if (d.k0 === K_REG || d.k0 === K_MEM) {
    const size = d.osz;
    const src = reader(d, 0, size);
    if (size === 8) return (c, d2) => { const lo = src(c, d2); branchTo(c, c.hi * 4294967296 + (lo >>> 0), 8); };
    return (c, d2) => branchTo(c, size === 2 ? src(c, d2) & 0xffff : src(c, d2) >>> 0, size);
  }
  return farJmpPlaceholder(d);
}
/** Far JMP is implemented in far.ts; this indirection keeps the near path in one place. */
let farJmpPlaceholder: (d: Insn) => Exec = (d) => () => { throw new Error(`far jmp compiler missing for ${d.text}`); };
export function setFarJmp(f: (d: Insn) => Exec): void { farJmpPlaceholder = f; }
let farCallPlaceholder: (d: Insn) => Exec = (d) => () => { throw new Error(`far call compiler missing for ${d.text}`); };
export function setFarCall(f: (d: Insn) => Exec): void { farCallPlaceholder = f; }

function pushRet(c: Cpu, size: number): void {
  const ret = c.nrip;
  if (size === 8) c.push(8, ret | 0, Math.floor(ret / 4294967296) | 0);
  else c.push(size, ret | 0);
}

function call(d: Insn): Exec {
  if (FAR_MEM.has(d.code)) return farCallPlaceholder(d);
  if (d.k0 === K_BRANCH) {
    const rel = d.rel;
    return (c, d2) => {
      const size = branchSize(c, d2);
      const target = c.nrip + rel;
      // Validate the target before pushing (no partial update on #GP).
      const saved = c.nrip;
      branchTo(c, target, size);
      const t = c.nrip; c.nrip = saved;
      pushRet(c, size);
      c.nrip = t;
      if (c.callHook !== null) c.callHook(0, c.rip, t);
    };
  }
  if (d.k0 === K_REG || d.k0 === K_MEM) {
    const size = d.osz;
    const src = reader(d, 0, size);
    return (c, d2) => {
      const lo = src(c, d2);
      const target = size === 8 ? c.hi * 4294967296 + (lo >>> 0) : size === 2 ? lo & 0xffff : lo >>> 0;
      const saved = c.nrip;
      branchTo(c, target, size);
      const t = c.nrip; c.nrip = saved;
      pushRet(c, size);
      c.nrip = t;
      if (c.callHook !== null) c.callHook(0, c.rip, t);
    };
  }
  return farCallPlaceholder(d);
}

function ret(d: Insn): Exec {
  const extra = d.nops > 0 ? d.imm & 0xffff : 0;
  return (c, d2) => {
    const size = c.long64 ? (d2.osz === 2 ? 2 : 8) : d2.osz;
    const lo = c.peek(size, 0);
    const target = size === 8 ? c.hi * 4294967296 + (lo >>> 0) : size === 2 ? lo & 0xffff : lo >>> 0;
    branchTo(c, target, size);
    c.pop(size);
    if (extra) c.setSp(wrap(c, c.sp() + extra));
    if (c.callHook !== null) c.callHook(1, c.rip, c.nrip);
  };
}
function wrap(c: Cpu, v: number): number { return c.ssz === 8 ? v : c.ssz === 4 ? v >>> 0 : v & 0xffff; }

/** Counter register (CX/ECX/RCX by address size) decrement; returns true when the new count is non-zero. */
function decCount(c: Cpu, asz: number): boolean {
  const r = c.r;
  if (asz === 8) {
    const lo = (r[2] >>> 0) - 1;
    r[2] = lo | 0; if (lo < 0) r[3] = (r[3] - 1) | 0;
    return (r[2] | r[3]) !== 0;
  }
  if (asz === 4) { r[2] = (r[2] - 1) | 0; r[3] = 0; return r[2] !== 0; }
  r[2] = (r[2] & ~0xffff) | ((r[2] - 1) & 0xffff);
  return (r[2] & 0xffff) !== 0;
}
function countZero(c: Cpu, asz: number): boolean {
  const r = c.r;
  return asz === 8 ? (r[2] | r[3]) === 0 : asz === 4 ? r[2] === 0 : (r[2] & 0xffff) === 0;
}

function loop(kind: 'loop' | 'loope' | 'loopne') {
  return (d: Insn): Exec => {
    const rel = d.rel, asz = d.asz;
    return (c, d2) => {
      const nz = decCount(c, asz);
      const take = kind === 'loop' ? nz : kind === 'loope' ? nz && getZF(c) : nz && !getZF(c);
      if (take) branchTo(c, c.nrip + rel, branchSize(c, d2));
    };
  };
}
function jcxz(d: Insn): Exec {
  const rel = d.rel, asz = d.asz;
  return (c, d2) => { if (countZero(c, asz)) branchTo(c, c.nrip + rel, branchSize(c, d2)); };
}

defineOps([
  [[...JCC_TTTN.keys()], jcc],
  [Mnemonic.Jmp, jmp], [Mnemonic.Call, call], [Mnemonic.Ret, ret],
  [Mnemonic.Loop, loop('loop')], [Mnemonic.Loope, loop('loope')], [Mnemonic.Loopne, loop('loopne')],
  [[Mnemonic.Jcxz, Mnemonic.Jecxz, Mnemonic.Jrcxz], jcxz],
]);
