/**
 * iced-x86 glue: chooses the form NASM would choose for a mnemonic and its
 * operands, then encodes it with iced's Encoder.
 *
 * Selection follows NASM's optimizer (-Ox, the default since 2.09):
 * - candidate forms come from iced's Code/OpCodeInfo tables (forms.ts) and are
 *   filtered by operand kinds, sizes, mode and value ranges;
 * - among legal candidates the shortest encoding wins, ties going to the
 *   lowest iced Code (opcode order: `add eax,ebx` is 01 D8 as in NASM;
 *   sign-extended imm8 forms beat the accumulator forms of equal length);
 * - labels (relocatable values in NASM's bin backend) never select the
 *   sign-extended imm8 / disp8 forms; `strict` disables the optimization;
 * - `mov r64, imm` becomes `mov r32, imm32` when the value fits in 32 bits
 *   unsigned (NASM does this too);
 * - jumps are short when the target is in range, unless `near`/`strict`.
 */
import {
  Code, Encoder, Instruction, MemoryOperand, MemorySize, OpCodeOperandKind as K, Register, RepPrefixKind, EncodingKind,
} from 'iced-x86';
import { ABS, Val } from './expr';
import { Form, formsFor, modeBit, MnemonicTarget } from './forms';
import { Decorators, FarOp, ImmOp, MemOp, RegOp } from './operands';
import { lookupReg, RegInfo } from './registers';

export type ROp =
  | RegOp
  | (MemOp & { dv?: Val })
  | (ImmOp & { v: Val })
  | (FarOp & { sv: Val; ov: Val });

export interface Prefixes {
  lock?: boolean;
  rep?: 'rep' | 'repe' | 'repne';
  seg?: RegInfo;
  osize?: number;
  asize?: number;
  xacquire?: boolean;
  xrelease?: boolean;
  bnd?: boolean;
  /** Instruction-level {sae}/{rn-sae} written as a separate operand. */
  deco?: Decorators;
}

export interface EncodeRequest {
  mnem: string;
  target: MnemonicTarget;
  ops: ROp[];
  prefixes: Prefixes;
  bits: 16 | 32 | 64;
  ip: bigint;
  defaultRel: boolean;
  /** Final pass: report every problem. */
  final: boolean;
  /** Per-statement scratch (from newEncodeSite) that lets the encoder reuse work between passes. */
  site?: EncodeSite;
}

/** Per-statement encoder state kept between passes; opaque to callers. */
export interface EncodeSite {
  key: StaticKey | undefined;
  last: LastSelection | undefined;
}
export function newEncodeSite(): EncodeSite { return { key: undefined, last: undefined }; }

export interface EncodeWarning { message: string; col?: number }
export interface EncodeResult {
  bytes?: Uint8Array;
  error?: string;
  errorCol?: number;
  warnings: EncodeWarning[];
  /** The value of some operand was unknown (forward reference) this pass. */
  unknown: boolean;
  /** Size only (non-final passes). */
  size?: number;
}

const encoders = new Map<number, Encoder>();
function encoderFor(bits: number): Encoder {
  let e = encoders.get(bits);
  if (!e) { e = new Encoder(bits); encoders.set(bits, e); }
  return e;
}

const M64 = (1n << 64n) - 1n;
const sext = (v: bigint, bits: number) => BigInt.asIntN(bits, v);
const trunc = (v: bigint, bits: number) => BigInt.asUintN(bits, v);
const fitsS8 = (v: bigint) => v >= -128n && v <= 127n;

const STRING_OPS = new Set([
  'movsb', 'movsw', 'movsd', 'movsq', 'cmpsb', 'cmpsw', 'cmpsd', 'cmpsq', 'scasb', 'scasw', 'scasd', 'scasq',
  'lodsb', 'lodsw', 'lodsd', 'lodsq', 'stosb', 'stosw', 'stosd', 'stosq', 'insb', 'insw', 'insd', 'outsb', 'outsw', 'outsd',
  'xlatb', 'xlat',
]);

const isBranchKind = (k: K) => k === K.br16_1 || k === K.br32_1 || k === K.br64_1 || k === K.br16_2 || k === K.br32_4 || k === K.br64_4 || k === K.xbegin_2 || k === K.xbegin_4 || k === K.brdisp_2 || k === K.brdisp_4;
const isShortBranchKind = (k: K) => k === K.br16_1 || k === K.br32_1 || k === K.br64_1;

function regKindClass(k: K): string | undefined {
  switch (k) {
    case K.r8_reg: case K.r8_opcode: return 'r8';
    case K.r16_reg: case K.r16_reg_mem: case K.r16_rm: case K.r16_opcode: return 'r16';
    case K.r32_reg: case K.r32_reg_mem: case K.r32_rm: case K.r32_opcode: case K.r32_vvvv: return 'r32';
    case K.r64_reg: case K.r64_reg_mem: case K.r64_rm: case K.r64_opcode: case K.r64_vvvv: return 'r64';
    case K.seg_reg: return 'seg';
    case K.k_reg: case K.kp1_reg: case K.k_rm: case K.k_vvvv: return 'k';
    case K.mm_reg: case K.mm_rm: return 'mm';
    case K.xmm_reg: case K.xmm_rm: case K.xmm_vvvv: case K.xmmp3_vvvv: case K.xmm_is4: case K.xmm_is5: return 'xmm';
    case K.ymm_reg: case K.ymm_rm: case K.ymm_vvvv: case K.ymm_is4: case K.ymm_is5: return 'ymm';
    case K.zmm_reg: case K.zmm_rm: case K.zmm_vvvv: case K.zmmp3_vvvv: return 'zmm';
    case K.cr_reg: return 'cr';
    case K.dr_reg: return 'dr';
    case K.tr_reg: return 'tr';
    case K.bnd_reg: return 'bnd';
    case K.tmm_reg: case K.tmm_rm: case K.tmm_vvvv: return 'tmm';
    case K.sti_opcode: return 'st';
    default: return undefined;
  }
}

function rmKindClass(k: K): string | undefined {
  switch (k) {
    case K.r8_or_mem: return 'r8';
    case K.r16_or_mem: return 'r16';
    case K.r32_or_mem: case K.r32_or_mem_mpx: return 'r32';
    case K.r64_or_mem: case K.r64_or_mem_mpx: return 'r64';
    case K.mm_or_mem: return 'mm';
    case K.xmm_or_mem: return 'xmm';
    case K.ymm_or_mem: return 'ymm';
    case K.zmm_or_mem: return 'zmm';
    case K.k_or_mem: return 'k';
    case K.bnd_or_mem_mpx: return 'bnd';
    default: return undefined;
  }
}

const FIXED_REG: Partial<Record<K, Register>> = {
  [K.es]: Register.ES, [K.cs]: Register.CS, [K.ss]: Register.SS, [K.ds]: Register.DS, [K.fs]: Register.FS, [K.gs]: Register.GS,
  [K.al]: Register.AL, [K.cl]: Register.CL, [K.ax]: Register.AX, [K.dx]: Register.DX, [K.eax]: Register.EAX, [K.rax]: Register.RAX,
  [K.st0]: Register.ST0,
};

const PLAIN_SIZES = new Set([1, 2, 4, 8, 10, 16, 32, 64]);
const isSegPtr = (m: MemorySize) => m === MemorySize.SegPtr16 || m === MemorySize.SegPtr32 || m === MemorySize.SegPtr64;

function memSizeOK(op: MemOp, f: Form, mnem: string): boolean {
  if (op.far) {
    if (!isSegPtr(f.memKind)) return false;
    if (op.size === 2) return f.memKind === MemorySize.SegPtr16;
    if (op.size === 4) return f.memKind === MemorySize.SegPtr32;
    if (op.size === 8) return f.memKind === MemorySize.SegPtr64;
    return true;
  }
  if (isSegPtr(f.memKind) && (mnem === 'jmp' || mnem === 'call')) return false;
  if (op.deco?.bcst) {
    if (!f.canBcst) return false;
    if (op.size !== undefined && op.size !== f.bcstSize) return false;
    return true;
  }
  if (op.size === undefined) return true;
  if (f.memSize === 0 || !PLAIN_SIZES.has(f.memSize)) return true;
  return f.memSize === op.size;
}

function isVsibKind(k: K): string | undefined {
  switch (k) {
    case K.mem_vsib32x: case K.mem_vsib64x: return 'xmm';
    case K.mem_vsib32y: case K.mem_vsib64y: return 'ymm';
    case K.mem_vsib32z: case K.mem_vsib64z: return 'zmm';
    default: return undefined;
  }
}

const READS_OP0 = new Set(['ltr', 'lldt', 'lmsw', 'verr', 'verw']);

interface MatchCtx { bits: number; mnem: string; idx?: number; regDest?: boolean }

/** Imm-operand eligibility for a form's immediate kind. */
function immOK(kind: K, op: ImmOp & { v: Val }, f: Form, ctx: MatchCtx): boolean {
  const v = op.v;
  const reloc = v.seg !== ABS && !v.unk;
  const size = op.size;
  switch (kind) {
    case K.imm8_const_1:
      return size === undefined && !op.strict && !reloc && !v.unk && v.v === 1n;
    case K.imm8:
      return size === undefined || size === 1;
    case K.imm8sex16: case K.imm8sex32: case K.imm8sex64: {
      const N = kind === K.imm8sex16 ? 16 : kind === K.imm8sex32 ? 32 : 64;
      if (size === 1) return true;
      if (op.strict) return false;
      if (size !== undefined && size * 8 !== N) return false;
      if (v.unk) return v.seg === ABS; // optimistic for forward references
      if (reloc) return false;
      return fitsS8(sext(trunc(v.v, Math.min(N, 32)), Math.min(N, 32)));
    }
    case K.imm16: return size === undefined || size === 2;
    case K.imm32: return size === undefined || size === 4;
    case K.imm32sex64:
      if (size !== undefined && size !== 4 && size !== 8) return false;
      if (ctx.mnem === 'mov' && f.ops[0] === K.r64_or_mem && ctx.regDest) {
        // NASM: MOV reg64,imm32 (sign-extended) only for known values that fit
        if (op.strict && size === 8) return false;
        if (reloc) return false;
        if (v.unk) return true;
        const s = sext(v.v, 64);
        return s >= -0x80000000n && s <= 0x7fffffffn;
      }
      return true;
    case K.imm64: return size === undefined || size === 8;
    case K.imm4_m2z: return size === undefined || size === 1;
    default: return false;
  }
}

function opMatches(kind: K, op: ROp, f: Form, ctx: MatchCtx): boolean {
  switch (op.k) {
    case 'reg': {
      const r = op.reg;
      const fixed = FIXED_REG[kind];
      if (fixed !== undefined) return r.reg === fixed;
      const rc = regKindClass(kind) ?? rmKindClass(kind);
      if (!rc) return false;
      if (rc !== r.cls) {
        // r32/m16 and r64/m16 operands (ltr, lldt, verr, lar, mov r/m,sreg...) take a 16-bit register as NASM writes it
        if (!(r.cls === 'r16' && (kind === K.r32_or_mem || kind === K.r64_or_mem) && f.memSize === 2 && (ctx.idx !== 0 || READS_OP0.has(ctx.mnem)))) return false;
      }
      if (op.deco) {
        if (op.deco.mask && !f.canMask) return false;
        if (op.deco.zero && !f.canZero) return false;
      }
      return true;
    }
    case 'mem': {
      const vs = isVsibKind(kind);
      if (vs) return !!op.index && op.index.cls === vs && memSizeOK(op, f, ctx.mnem);
      if (op.index && (op.index.cls === 'xmm' || op.index.cls === 'ymm' || op.index.cls === 'zmm')) return false;
      if (op.deco && (op.deco.mask || op.deco.zero) && !f.canMask) return false;
      switch (kind) {
        case K.mem: case K.mem_mpx: case K.mem_mib: case K.sibmem:
          return memSizeOK(op, f, ctx.mnem);
        case K.mem_offs:
          if (op.base || op.index || op.far) return false;
          if (ctx.bits === 64 && op.dispSize !== 64) return false;
          if (op.rel) return false;
          return memSizeOK(op, f, ctx.mnem);
        default:
          return rmKindClass(kind) !== undefined && memSizeOK(op, f, ctx.mnem);
      }
    }
    case 'imm':
      if (isBranchKind(kind)) return true;
      return immOK(kind, op, f, ctx);
    case 'far':
      if (kind === K.farbr2_2) return op.size === undefined ? true : op.size === 2;
      if (kind === K.farbr4_2) return op.size === undefined ? true : op.size === 4;
      return false;
  }
}

const VEC = new Set(['xmm', 'ymm', 'zmm']);

/** Rewrite NASM shorthands into the operand lists iced forms use. */
function operandVariants(mnem: string, ops: ROp[], f: Form): ROp[][] {
  const out: ROp[][] = [ops];
  const n = f.ops.length;
  // FPU: `fadd st1` = `fadd st0, st1`; `fadd to st1` = `fadd st1, st0`; `faddp` = `faddp st1, st0`; `fxch` = `fxch st1`
  if (n === 2 && ops.length <= 1 && (f.ops[0] === K.st0 || f.ops[1] === K.st0)) {
    const st0: ROp = { k: 'reg', reg: lookupReg('st0')!, col: ops[0]?.col ?? 0 };
    const st1: ROp = { k: 'reg', reg: lookupReg('st1')!, col: ops[0]?.col ?? 0 };
    const x = ops[0] ?? st1;
    const to = ops[0] && ops[0].k === 'reg' && ops[0].to;
    if (f.ops[0] === K.st0 && f.ops[1] === K.sti_opcode) { if (!to) return [[st0, x]]; return []; }
    if (f.ops[0] === K.sti_opcode && f.ops[1] === K.st0) {
      if (ops.length === 0 || to || /p$/.test(mnem)) return [[x, st0]];
      return [];
    }
  }
  if (n === 1 && ops.length === 0 && f.ops[0] === K.sti_opcode && /^(fxch|fucomp?|fcomp?|ffree|fld|fst)$/.test(mnem) && !/^(fld|fst|ffree)$/.test(mnem)) {
    return [[{ k: 'reg', reg: lookupReg('st1')!, col: 0 }]];
  }
  // imul r, imm = imul r, r, imm
  if (mnem === 'imul' && ops.length === 2 && n === 3 && ops[0].k === 'reg' && ops[1].k === 'imm') return [[ops[0], ops[0], ops[1]]];
  // test/xchg accept both operand orders
  if ((mnem === 'test' || mnem === 'xchg') && ops.length === 2) out.push([ops[1], ops[0]]);
  // AVX: `vaddps xmm1, xmm2` = `vaddps xmm1, xmm1, xmm2` (NASM accepts the destructive form)
  if (ops.length === n - 1 && n >= 3 && ops[0].k === 'reg' && VEC.has(ops[0].reg.cls) && (f.ops[1] === K.xmm_vvvv || f.ops[1] === K.ymm_vvvv || f.ops[1] === K.zmm_vvvv)) {
    out.push([ops[0], { ...ops[0], deco: undefined } as ROp, ...ops.slice(1)]);
  }
  return out;
}

interface Candidate { form: Form; ops: ROp[]; srcOps?: ROp[] }

function formAvailable(f: Form, bits: number): boolean { return (f.modes & modeBit(bits)) !== 0; }

function decoNeedsEvex(ops: ROp[], p: Prefixes): boolean {
  if (p.deco) return true;
  for (const o of ops) {
    if ((o.k === 'reg' || o.k === 'mem') && o.deco) return true;
    if (o.k === 'reg' && VEC.has(o.reg.cls) && o.reg.num >= 16) return true;
    if (o.k === 'mem' && o.index && VEC.has(o.index.cls) && o.index.num >= 16) return true;
  }
  return false;
}

function matchCandidates(req: EncodeRequest, forms: Form[]): Candidate[] {
  const ctx: MatchCtx = { bits: req.bits, mnem: req.mnem, regDest: req.ops[0]?.k === 'reg' };
  const out: Candidate[] = [];
  const needEvex = decoNeedsEvex(req.ops, req.prefixes);
  for (const f of forms) {
    if (!formAvailable(f, req.bits)) continue;
    if (needEvex && f.enc !== EncodingKind.EVEX) continue;
    if (req.prefixes.deco) {
      if (req.prefixes.deco.er && !f.canRC) continue;
      if (req.prefixes.deco.sae && !req.prefixes.deco.er && !f.canSAE) continue;
    }
    if (f.requireMask && !req.ops.some(o => (o.k === 'reg' || o.k === 'mem') && o.deco?.mask)) continue;
    for (const ops of operandVariants(req.mnem, req.ops, f)) {
      if (ops.length !== f.ops.length) continue;
      let ok = true;
      for (let i = 0; i < ops.length && ok; i++) { ctx.idx = i; ok = opMatches(f.ops[i], ops[i], f, ctx); }
      if (ok) { out.push({ form: f, ops }); break; }
    }
  }
  return out;
}

// ------------------------------------------------------------ building iced instructions

const R32 = ['eax', 'ecx', 'edx', 'ebx', 'esp', 'ebp', 'esi', 'edi'];
const R64 = ['rax', 'rcx', 'rdx', 'rbx', 'rsp', 'rbp', 'rsi', 'rdi'];
const R16 = ['ax', 'cx', 'dx', 'bx', 'sp', 'bp', 'si', 'di'];
function widenReg(r: RegInfo, size: 16 | 32 | 64): RegInfo {
  const n = r.num;
  const name = size === 16 ? (n < 8 ? R16[n] : `r${n}w`) : size === 32 ? (n < 8 ? R32[n] : `r${n}d`) : (n < 8 ? R64[n] : `r${n}`);
  return lookupReg(name) ?? r;
}

type Arg = { t: 'R'; r: Register } | { t: 'M'; m: () => MemoryOperand } | { t: 'I'; v: number; u?: boolean } | { t: 'Q'; v: bigint };

function immArg(kind: K, v: bigint): Arg {
  switch (kind) {
    case K.imm8: case K.imm8_const_1: case K.imm8sex16: case K.imm8sex32: case K.imm8sex64: case K.imm4_m2z:
      return { t: 'I', v: Number(sext(trunc(v, 8), 8)) };
    case K.imm16: return { t: 'I', v: Number(sext(trunc(v, 16), 16)) };
    case K.imm32: case K.imm32sex64: return { t: 'I', v: Number(sext(trunc(v, 32), 32)) };
    case K.imm64: return { t: 'Q', v: trunc(v, 64) };
    default: return { t: 'I', v: Number(sext(trunc(v, 32), 32)) };
  }
}

interface MemPlan { base: Register; index: Register; scale: number; disp: bigint; displSize: number; seg: Register; bcst: boolean; ripTarget?: boolean }

function planMemory(op: MemOp & { dv?: Val }, kind: K, req: EncodeRequest, warn: (m: string, c?: number) => void): MemPlan {
  const bits = req.bits;
  const dv = op.dv ?? { v: 0n, seg: ABS, unk: false };
  const hasDisp = !!op.disp;
  const addr = op.addrSize || bits;
  const seg = op.seg?.reg ?? req.prefixes.seg?.reg ?? Register.None;
  const reloc = dv.seg !== ABS && !dv.unk;
  const base = op.base?.reg ?? Register.None;
  const index = op.index?.reg ?? Register.None;
  const scale = op.index ? op.scale : 1;
  const full = addr === 16 ? 2 : addr === 32 ? 4 : 8;
  if (kind === K.mem_offs) {
    const sz = op.dispSize === 64 ? 8 : bits === 16 ? 2 : bits === 32 ? 4 : 8;
    return { base, index, scale, disp: trunc(dv.v, sz * 8), displSize: sz, seg, bcst: false };
  }
  if (!op.base && !op.index) {
    // absolute or RIP-relative
    if (bits === 64) {
      const wantRel = op.rel ?? req.defaultRel;
      const fsgs = op.seg && (op.seg.num === 4 || op.seg.num === 5);
      if (wantRel && !fsgs) {
        if (reloc || dv.unk) {
          return { base: Register.RIP, index, scale, disp: trunc(dv.v, 64), displSize: 8, seg, bcst: !!op.deco?.bcst, ripTarget: true };
        }
        warn('absolute address can not be RIP-relative', op.col);
      }
      const s = sext(trunc(dv.v, 64), 64);
      let d = s;
      if (s < -0x80000000n || s > 0x7fffffffn) {
        if (op.addrSize === 0 && s >= 0n && s <= 0xffffffffn) d = sext(s, 32);
        else { warn('signed dword value exceeds bounds', op.col); d = sext(trunc(s, 32), 32); }
      }
      return { base, index, scale, disp: d, displSize: 8, seg, bcst: !!op.deco?.bcst };
    }
    return { base, index, scale, disp: trunc(dv.v, addr), displSize: full, seg, bcst: !!op.deco?.bcst };
  }
  if (op.base && op.base.cls === 'ip') {
    return { base: Register.RIP, index, scale, disp: trunc(dv.v, 64), displSize: 8, seg, bcst: !!op.deco?.bcst, ripTarget: false };
  }
  let displSize: number;
  if (op.dispSize !== undefined) displSize = op.dispSize === 8 ? 1 : full;
  else if (!hasDisp) displSize = 0;
  else if (reloc) displSize = full;
  else if (dv.unk) displSize = 1;
  else displSize = trunc(dv.v, addr) === 0n ? 0 : 1;
  if (op.dispSize === 8 && !(reloc || dv.unk) && !fitsS8(sext(trunc(dv.v, addr), addr))) warn('signed byte value exceeds bounds', op.col);
  let disp = addr === 64 ? sext(trunc(dv.v, 64), 64) : trunc(dv.v, addr);
  if (addr === 64 && (disp < -0x80000000n || disp > 0x7fffffffn)) { warn('signed dword value exceeds bounds', op.col); disp = sext(trunc(disp, 32), 32); }
  if (!op.base && op.index) displSize = full; // [index*scale+disp32]
  if (displSize === 1 && addr !== 64 && op.dispSize === 8) disp = trunc(BigInt(Number(sext(trunc(disp, 8), 8))), addr);
  return { base, index, scale, disp, displSize, seg, bcst: !!op.deco?.bcst };
}

function makeMem(p: MemPlan, ipNext?: bigint): MemoryOperand {
  let disp = p.disp;
  if (p.base === Register.RIP && p.ripTarget === false && ipNext !== undefined) disp = trunc(ipNext + disp, 64);
  return new MemoryOperand(p.base, p.index, p.scale, disp, p.displSize, p.bcst, p.seg);
}

function create(code: Code, args: Arg[]): Instruction {
  const sig = args.map(a => a.t === 'Q' ? 'I' : a.t).join('');
  const A = args as unknown as { r: Register; m: () => MemoryOperand; v: number }[];
  const R = (i: number) => A[i].r;
  const M = (i: number) => A[i].m();
  const I = (i: number) => A[i].v;
  switch (sig) {
    case '': return Instruction.create(code);
    case 'R': return Instruction.createReg(code, R(0));
    case 'I': return Instruction.createI32(code, I(0));
    case 'M': return Instruction.createMem(code, M(0));
    case 'RR': return Instruction.createRegReg(code, R(0), R(1));
    case 'RI': {
      const a = args[1];
      if (a.t === 'Q') return Instruction.createRegU64(code, R(0), a.v);
      return Instruction.createRegI32(code, R(0), I(1));
    }
    case 'RM': return Instruction.createRegMem(code, R(0), M(1));
    case 'IR': return Instruction.createI32Reg(code, I(0), R(1));
    case 'II': return Instruction.createI32I32(code, I(0), I(1));
    case 'MR': return Instruction.createMemReg(code, M(0), R(1));
    case 'MI': return Instruction.createMemI32(code, M(0), I(1));
    case 'RRR': return Instruction.createRegRegReg(code, R(0), R(1), R(2));
    case 'RRI': return Instruction.createRegRegI32(code, R(0), R(1), I(2));
    case 'RRM': return Instruction.createRegRegMem(code, R(0), R(1), M(2));
    case 'RII': return Instruction.createRegI32I32(code, R(0), I(1), I(2));
    case 'RMR': return Instruction.createRegMemReg(code, R(0), M(1), R(2));
    case 'RMI': return Instruction.createRegMemI32(code, R(0), M(1), I(2));
    case 'MRR': return Instruction.createMemRegReg(code, M(0), R(1), R(2));
    case 'MRI': return Instruction.createMemRegI32(code, M(0), R(1), I(2));
    case 'RRRR': return Instruction.createRegRegRegReg(code, R(0), R(1), R(2), R(3));
    case 'RRRI': return Instruction.createRegRegRegI32(code, R(0), R(1), R(2), I(3));
    case 'RRRM': return Instruction.createRegRegRegMem(code, R(0), R(1), R(2), M(3));
    case 'RRII': return Instruction.createRegRegI32I32(code, R(0), R(1), I(2), I(3));
    case 'RRMR': return Instruction.createRegRegMemReg(code, R(0), R(1), M(2), R(3));
    case 'RRMI': return Instruction.createRegRegMemI32(code, R(0), R(1), M(2), I(3));
    case 'RRRRI': return Instruction.createRegRegRegRegI32(code, R(0), R(1), R(2), R(3), I(4));
    case 'RRRMI': return Instruction.createRegRegRegMemI32(code, R(0), R(1), R(2), M(3), I(4));
    case 'RRMRI': return Instruction.createRegRegMemRegI32(code, R(0), R(1), M(2), R(3), I(4));
  }
  throw new Error(`unsupported operand pattern ${sig}`);
}

/** Encode one candidate. Throws (an iced error string) on failure. */
function encodeCandidate(c: Candidate, req: EncodeRequest, warn: (m: string, c?: number) => void, ipNextGuess?: bigint): Uint8Array {
  const f = c.form;
  const enc = encoderFor(req.bits);
  let ins: Instruction;
  const isFar = c.ops.length === 1 && c.ops[0].k === 'far';
  if (isFar) {
    const fo = c.ops[0] as FarOp & { sv: Val; ov: Val };
    const off = f.ops[0] === K.farbr2_2 ? Number(trunc(fo.ov.v, 16)) : Number(trunc(fo.ov.v, 32));
    ins = Instruction.createFarBranch(f.code, Number(trunc(fo.sv.v, 16)), off);
  } else if (c.ops.length === 1 && isBranchKind(f.ops[0])) {
    const io = c.ops[0] as ImmOp & { v: Val };
    const tbits = f.ops[0] === K.br16_1 || f.ops[0] === K.br16_2 || f.ops[0] === K.xbegin_2 || f.ops[0] === K.brdisp_2 ? 16 : f.ops[0] === K.br32_1 || f.ops[0] === K.br32_4 || f.ops[0] === K.brdisp_4 ? 32 : 64;
    const target = io.v.unk ? trunc(req.ip, tbits) : trunc(io.v.v, tbits);
    ins = (f.ops[0] === K.xbegin_2 || f.ops[0] === K.xbegin_4) ? Instruction.createXbegin(req.bits, target) : Instruction.createBranch(f.code, target);
  } else {
    const args: Arg[] = [];
    for (let i = 0; i < c.ops.length; i++) {
      const o = c.ops[i];
      const kind = f.ops[i];
      if (o.k === 'reg') {
        let r = o.reg;
        if (r.cls === 'r16' && (kind === K.r32_or_mem || kind === K.r64_or_mem)) r = widenReg(r, kind === K.r32_or_mem ? 32 : 64);
        args.push({ t: 'R', r: r.reg });
      }
      else if (o.k === 'mem') {
        const plan = planMemory(o, kind, req, warn);
        args.push({ t: 'M', m: () => makeMem(plan, ipNextGuess) });
      } else if (o.k === 'imm') args.push(immArg(kind, o.v.v));
      else throw new Error('far pointer not allowed here');
    }
    // implicit-only operands (fixed registers) are still passed explicitly
    ins = create(f.code, args);
  }
  try {
    // decorators and prefixes
    for (const o of c.ops) {
      if (o.k === 'reg' && o.deco) {
        if (o.deco.mask) ins.opMask = o.deco.mask.reg;
        if (o.deco.zero) ins.zeroingMasking = true;
      }
      if (o.k === 'mem' && o.deco) {
        if (o.deco.mask) ins.opMask = o.deco.mask.reg;
        if (o.deco.zero) ins.zeroingMasking = true;
      }
    }
    const p = req.prefixes;
    if (p.deco) {
      if (p.deco.er) ins.roundingControl = p.deco.er;
      else if (p.deco.sae) ins.suppressAllExceptions = true;
    }
    if (p.lock) ins.hasLockPrefix = true;
    if (p.rep === 'rep' || p.rep === 'repe') ins.hasRepePrefix = true;
    if (p.rep === 'repne') ins.hasRepnePrefix = true;
    if (p.xacquire) ins.hasXacquirePrefix = true;
    if (p.xrelease) ins.hasXreleasePrefix = true;
    try {
      enc.encode(ins, req.ip);
      const out = enc.takeBuffer();
      if (!f.mandatory && f.enc === EncodingKind.Legacy) nasmPrefixOrder(out);
      return out;
    } catch (e) {
      enc.takeBuffer(); // discard partial output
      throw e;
    }
  } finally {
    ins.free();
  }
}

/** NASM sets REX.W on INVPCID in 64-bit mode (the CPU ignores it). */
function addRexW(b: Uint8Array): Uint8Array {
  let i = 0;
  while (i < b.length && PREFIX_RANK[b[i]] !== undefined) i++;
  if (b[i] >= 0x40 && b[i] <= 0x4f) { b[i] |= 0x08; return b; }
  const out = new Uint8Array(b.length + 1);
  out.set(b.subarray(0, i), 0);
  out[i] = 0x48;
  out.set(b.subarray(i), i + 1);
  return out;
}

/** NASM emits legacy prefixes as REP/REPNE, LOCK, segment, 66, 67 (nasm.h prefix_pos). */
const PREFIX_RANK: Record<number, number> = { 0xf2: 1, 0xf3: 1, 0xf0: 2, 0x26: 3, 0x2e: 3, 0x36: 3, 0x3e: 3, 0x64: 3, 0x65: 3, 0x66: 4, 0x67: 5 };
function nasmPrefixOrder(b: Uint8Array): void {
  let n = 0;
  while (n < b.length && PREFIX_RANK[b[n]] !== undefined) n++;
  if (n < 2) return;
  const pre = Array.from(b.subarray(0, n));
  pre.sort((x, y) => PREFIX_RANK[x] - PREFIX_RANK[y]);
  b.set(pre, 0);
}

function ensureRipRelative(c: Candidate, req: EncodeRequest, warn: (m: string, c?: number) => void): Uint8Array {
  // [rip+disp]: displacement is relative to the next instruction; iced wants the target.
  let bytes = encodeCandidate(c, req, warn, req.ip);
  for (let i = 0; i < 3; i++) {
    const next = req.ip + BigInt(bytes.length);
    const b2 = encodeCandidate(c, req, warn, next);
    if (b2.length === bytes.length) return b2;
    bytes = b2;
  }
  return bytes;
}

// ------------------------------------------------------------ selection

const ALWAYS_DEFAULT_SIZE = new Set(['jmp', 'call']);

function pickByDefaultSize(cands: Candidate[], bits: number, mnem: string): Candidate[] | null {
  const order = bits === 16 ? [16, 32, 64] : bits === 32 ? [32, 16, 64] : (ALWAYS_DEFAULT_SIZE.has(mnem) ? [64, 32, 16] : [32, 64, 16]);
  for (const s of order) {
    const l = cands.filter(c => c.form.opSize === s);
    if (l.length) return l;
  }
  return null;
}

function hasUnsizedMem(ops: ROp[]): boolean {
  return ops.some(o => o.k === 'mem' && o.size === undefined && !o.deco?.bcst);
}

function memSizesOf(cands: Candidate[]): Set<number> {
  const s = new Set<number>();
  for (const c of cands) {
    for (let i = 0; i < c.ops.length; i++) {
      if (c.ops[i].k === 'mem' && c.form.memSize > 0 && c.form.ops[i] !== K.mem_offs) s.add(c.form.memSize);
      else if (c.ops[i].k === 'mem' && c.form.ops[i] === K.mem_offs) s.add(c.form.memSize);
    }
  }
  return s;
}

/** Choose and encode. */
export function encodeInstruction(req: EncodeRequest): EncodeResult {
  const warnings: EncodeWarning[] = [];
  const warn = (message: string, col?: number) => { if (req.final) warnings.push({ message, col }); };
  let unknown = false;
  for (const o of req.ops) if ((o.k === 'imm' && o.v.unk) || (o.k === 'mem' && !!o.dv?.unk) || (o.k === 'far' && (o.sv.unk || o.ov.unk))) unknown = true;
  let r: Partial<EncodeResult>;
  try {
    r = encodeInner(req, warn);
  } catch (e) {
    r = { error: e instanceof Error ? e.message : String(e) };
  }
  return { warnings, unknown, ...r };
}

/** VEX instructions writing a zero-extended GPR: NASM encodes the 64-bit register form with W0. */
const W0_GPR_DEST = new Set(['vmovmskps', 'vmovmskpd', 'vpmovmskb', 'vpextrw']);
/** AVX-VNNI / AVX-IFMA / AVX-NE-CONVERT: NASM picks the EVEX form unless {vex} is given. */
const EVEX_FIRST = new Set(['vpdpbusd', 'vpdpbusds', 'vpdpwssd', 'vpdpwssds', 'vpmadd52luq', 'vpmadd52huq', 'vcvtneps2bf16']);

/** NASM shorthands and size quirks applied before form matching. */
function preTransform(req: EncodeRequest): ROp[] {
  const m = req.mnem;
  let ops = req.ops;
  if (ops.length === 2 && m === 'mov') {
    const a = ops[0], b = ops[1];
    // NASM ignores the register size in `mov sreg, reg` (no operand-size prefix)
    if (a.k === 'reg' && a.reg.cls === 'seg' && b.k === 'reg' && (b.reg.cls === 'r16' || b.reg.cls === 'r32' || b.reg.cls === 'r64')) {
      ops = [a, { ...b, reg: widenReg(b.reg, req.bits === 16 ? 16 : 32) }];
    } else if (req.bits === 64 && b.k === 'reg' && b.reg.cls === 'seg' && a.k === 'reg' && a.reg.cls === 'r64') {
      ops = [{ ...a, reg: widenReg(a.reg, 32) }, b];
    } else if (a.k === 'reg' && a.reg.cls === 'r64' && b.k === 'imm' && !b.strict && b.size !== 8) {
      // NASM: mov r64, imm -> mov r32, imm when the value fits in 32 bits unsigned
      const v = b.v;
      if (v.seg === ABS && (v.unk || v.v <= 0xffffffffn)) ops = [{ ...a, reg: widenReg(a.reg, 32) }, b];
    }
  } else if (W0_GPR_DEST.has(m) && req.bits === 64 && ops[0]?.k === 'reg' && ops[0].reg.cls === 'r64' && ops.slice(1).every(o => o.k !== 'mem')) {
    ops = [{ ...ops[0], reg: widenReg(ops[0].reg, 32) }, ...ops.slice(1)];
  } else if (m === 'arpl' && req.bits !== 16 && ops.every(o => o.k !== 'reg' || o.reg.cls === 'r16')) {
    ops = ops.map(o => o.k === 'reg' ? { ...o, reg: widenReg(o.reg, 32) } : o);
  } else if ((m === 'aam' || m === 'aad') && ops.length === 0) {
    // aam/aad default to base 10
    ops = [{ k: 'imm', col: 0, e: { t: 'num', v: 10n }, v: { v: 10n, seg: ABS, unk: false } }];
  }
  return ops;
}

// ------------------------------------------------------------ selection cache

interface Choice { form: Form; variant: number; len: number }
interface Selection {
  error?: string;
  /** Operand index the error is about (-1: the instruction). */
  errorOp?: number;
  choice?: Choice;
  branch?: { short?: Choice; near?: Choice; tbits: number };
}

const selCache = new Map<string, Selection>();

function immClass(v: Val): string {
  if (v.unk) return v.seg === ABS ? 'u' : 'U';
  if (v.seg !== ABS) return 'R';
  const x = v.v;
  let k = x === 1n ? '1' : '';
  if (fitsS8(sext(trunc(x, 16), 16))) k += 'a';
  if (fitsS8(sext(trunc(x, 32), 32))) k += 'b';
  if (x <= 0xffffffffn) k += 'c';
  const s = sext(x, 64);
  if (s >= -0x80000000n && s <= 0x7fffffffn) k += 'd';
  return k || 'x';
}

function dispClass(o: MemOp & { dv?: Val }, exact: boolean): string {
  const dv = o.dv;
  if (!dv) return '-';
  if (dv.unk) return 'u';
  if (dv.seg !== ABS) return 'R';
  const addr = o.addrSize || 64;
  const v = addr === 64 ? sext(trunc(dv.v, 64), 64) : sext(trunc(dv.v, addr), addr);
  if (v === 0n) return 'z';
  if (exact && v >= -0x1000000n && v <= 0x1000000n) return 'v' + v.toString(16);
  if (fitsS8(v)) return 's';
  if (v >= -0x80000000n && v <= 0x7fffffffn) return 'w';
  return 'L';
}

function decoKey(d: Decorators | undefined): string {
  if (!d) return '';
  return `{${d.mask?.name ?? ''}${d.zero ? 'z' : ''}${d.bcst ?? ''}${d.er ?? ''}${d.sae ? 's' : ''}}`;
}

/** Parts of the shape key that do not depend on operand values, cached per statement. */
interface StaticKey { ops: ROp[]; bits: number; rel: boolean; parts: string[] }

function shapeKey(req: EncodeRequest, ops: ROp[]): string {
  let st = req.site?.key;
  if (!st || st.bits !== req.bits || st.rel !== req.defaultRel || st.ops.length !== ops.length || !sameRegs(st.ops, ops)) {
    const p = req.prefixes;
    const parts: string[] = [`${req.bits}${req.defaultRel ? 'r' : 'a'}${req.mnem}|${p.lock ? 'L' : ''}${p.rep ?? ''}${p.seg?.name ?? ''}${p.osize ?? ''}/${p.asize ?? ''}${p.xacquire ? 'xa' : ''}${p.xrelease ? 'xr' : ''}${decoKey(p.deco)}`];
    for (const o of ops) {
      switch (o.k) {
        case 'reg': parts.push(`|R${o.reg.name}${o.to ? 't' : ''}${decoKey(o.deco)}`); break;
        case 'mem':
          parts.push(`|M${o.size ?? ''}${o.far ? 'f' : ''}${o.near ? 'n' : ''}${o.strict ? 's' : ''}:${o.base?.name ?? ''}:${o.index?.name ?? ''}*${o.scale}:${o.seg?.name ?? ''}:${o.rel === undefined ? '' : o.rel ? 'r' : 'a'}:${o.dispSize ?? ''}:${o.addrSize}:${decoKey(o.deco)}:`);
          break;
        case 'imm': parts.push(`|I${o.size ?? ''}${o.strict ? 's' : ''}${o.jmp ?? ''}:`); break;
        case 'far': parts.push(`|F${o.size ?? ''}`); break;
      }
    }
    st = { ops, bits: req.bits, rel: req.defaultRel, parts };
    if (req.site) req.site.key = st;
  }
  const exact = req.mnem.charCodeAt(0) === 118 /* v */ || req.mnem.charCodeAt(0) === 107 /* k */;
  let k = st.parts[0];
  for (let i = 0; i < ops.length; i++) {
    const o = ops[i];
    k += st.parts[i + 1];
    if (o.k === 'mem') k += dispClass(o, exact);
    else if (o.k === 'imm') k += immClass(o.v);
  }
  return k;
}

/** Per statement: the operand values last encoded and the form chosen for them (passes repeat most values). */
interface LastSelection { bits: number; rel: boolean; vals: (Val | undefined)[]; ops: ROp[]; sel: Selection }

/** The values of a statement's operands (callers may reuse operand objects between passes, never Vals). */
function operandVals(ops: ROp[]): (Val | undefined)[] {
  const out: (Val | undefined)[] = [];
  for (const o of ops) {
    switch (o.k) {
      case 'reg': out.push(undefined); break;
      case 'mem': out.push(o.dv); break;
      case 'imm': out.push(o.v); break;
      case 'far': out.push(o.sv, o.ov); break;
    }
  }
  return out;
}

const sameVal = (a: Val, b: Val) => a.v === b.v && a.seg === b.seg && a.unk === b.unk;

/** The operands of one statement evaluated to the values seen last time (the structure is fixed per statement). */
function sameValues(vals: (Val | undefined)[], ops: ROp[]): boolean {
  let n = 0;
  for (const o of ops) {
    switch (o.k) {
      case 'reg': if (vals[n++] !== undefined) return false; break;
      case 'mem': { const a = vals[n++]; if (a === undefined || o.dv === undefined ? a !== o.dv : !sameVal(a, o.dv)) return false; break; }
      case 'imm': { const a = vals[n++]; if (a === undefined || !sameVal(a, o.v)) return false; break; }
      case 'far': { const a = vals[n++], b = vals[n++]; if (a === undefined || b === undefined || !sameVal(a, o.sv) || !sameVal(b, o.ov)) return false; break; }
    }
  }
  return n === vals.length;
}

/** Same operand structure (registers can change through preTransform, e.g. mov r64 -> r32). */
function sameRegs(a: ROp[], b: ROp[]): boolean {
  for (let i = 0; i < a.length; i++) {
    const x = a[i], y = b[i];
    if (x.k !== y.k) return false;
    if (x.k === 'reg' && y.k === 'reg' && x.reg !== y.reg) return false;
  }
  return true;
}

function encodeInner(req: EncodeRequest, warn: (m: string, c?: number) => void): Partial<EncodeResult> {
  const m = req.mnem;
  // registers that need 64-bit mode
  for (const o of req.ops) {
    if (o.k === 'reg') { const e = modeRegCheck(o.reg, req.bits); if (e) return { error: e, errorCol: o.col }; }
    else if (o.k === 'mem') {
      const e = (o.base && modeRegCheck(o.base, req.bits)) || (o.index && modeRegCheck(o.index, req.bits));
      if (e) return { error: e, errorCol: o.col };
    }
  }
  // string instructions without operands
  if (req.ops.length === 0 && STRING_OPS.has(m)) return encodeString(req);
  let ops: ROp[];
  let sel: Selection | undefined;
  const memo = req.site?.last;
  if (memo && memo.bits === req.bits && memo.rel === req.defaultRel && sameValues(memo.vals, req.ops)) {
    // same statement, mode and operand values as last time: same operands after preTransform, same form
    ops = memo.ops;
    sel = memo.sel;
  } else {
    ops = preTransform(req);
    const key = shapeKey(req, ops);
    sel = selCache.get(key);
    if (!sel) {
      sel = select(req, ops);
      if (selCache.size > 50000) selCache.clear();
      selCache.set(key, sel);
    }
    if (req.site) req.site.last = { bits: req.bits, rel: req.defaultRel, vals: operandVals(req.ops), ops, sel };
  }
  if (sel.error) return { error: sel.error, errorCol: sel.errorOp !== undefined && sel.errorOp >= 0 ? ops[sel.errorOp]?.col : undefined };
  const r2: EncodeRequest = ops === req.ops ? req : { ...req, ops };
  if (sel.branch) {
    const b = sel.branch;
    const io = ops[0] as ImmOp & { v: Val };
    let ch: Choice | undefined;
    const fits = (c: Choice) => {
      if (io.v.unk) return true; // optimistic for forward references (NASM pass 1)
      const rel = sext(trunc(io.v.v - (req.ip + BigInt(c.len)), b.tbits), b.tbits);
      return fitsS8(rel);
    };
    if (b.short && (fits(b.short) || (!b.near && !req.final))) ch = b.short;
    else if (b.near) ch = b.near;
    if (!ch) return { error: 'short jump is out of range', errorCol: io.col };
    if (!req.final) return { size: ch.len };
    const cand: Candidate = { form: ch.form, ops: operandVariants(m, ops, ch.form)[ch.variant] };
    try {
      return { bytes: encodeCandidate(cand, r2, warn) };
    } catch (e) {
      const msg = e instanceof Error ? e.message : String(e);
      if (/too far|must fit in an i8|Branch distance/i.test(msg)) return { error: b.near ? 'jump target out of range' : 'short jump is out of range', errorCol: io.col };
      return { error: cleanIcedError(msg), errorCol: io.col };
    }
  }
  const ch = sel.choice!;
  if (!req.final) return { size: ch.len };
  const cand: Candidate = { form: ch.form, ops: operandVariants(m, ops, ch.form)[ch.variant] };
  const rip = ops.some(o => o.k === 'mem' && o.base?.cls === 'ip');
  let bytes: Uint8Array;
  try {
    bytes = rip ? ensureRipRelative(cand, r2, warn) : encodeCandidate(cand, r2, () => undefined);
  } catch (e) {
    return { error: cleanIcedError(e instanceof Error ? e.message : String(e)) };
  }
  if (m === 'invpcid' && req.bits === 64) bytes = addRexW(bytes);
  // warnings for the chosen form (value ranges, RIP-relative)
  immWarnings(cand, warn);
  cand.ops.forEach((o, i) => { if (o.k === 'mem') planMemory(o, cand.form.ops[i], r2, warn); });
  return { bytes };
}

function modeRegCheck(r: RegInfo, bits: number): string | undefined {
  if (bits !== 64 && (r.rex || r.cls === 'r64' || (r.cls === 'cr' && r.num >= 8)) && !(VEC.has(r.cls) && r.num < 8)) {
    return `register \`${r.name}' is only available in 64-bit mode`;
  }
  if (r.cls === 'ip' && bits !== 64) return `\`${r.name}' addressing is only available in 64-bit mode`;
  return undefined;
}

const formsCache = new Map<MnemonicTarget, Form[]>();

function variantIndex(m: string, c: Candidate): number {
  // candidates keep the operand list they matched with; find its index among the variants
  return Math.max(0, operandVariants(m, c.srcOps!, c.form).findIndex(v => v.length === c.ops.length && v.every((o, i) => o === c.ops[i])));
}

/** Choose the form (uncached path). */
function select(req: EncodeRequest, ops: ROp[]): Selection {
  const m = req.mnem;
  const p = req.prefixes;
  let forms = formsCache.get(req.target);
  if (!forms) { forms = formsFor(req.target); formsCache.set(req.target, forms); }
  if (forms.length === 0) return { error: `unknown instruction \`${m}'`, errorOp: -1 };
  if (p.osize) {
    const f2 = forms.filter(f => f.opSize === p.osize);
    if (f2.length) forms = f2;
  }
  if (p.asize) {
    const f2 = forms.filter(f => f.addrSize === p.asize);
    if (f2.length) forms = f2;
  }
  if (EVEX_FIRST.has(m)) {
    const f2 = forms.filter(f => f.enc !== EncodingKind.VEX);
    if (f2.length) forms = f2;
  }
  const r2: EncodeRequest = { ...req, ops, final: false };
  let cands = matchCandidates(r2, forms);
  for (const c of cands) c.srcOps = ops;
  if (cands.length === 0) {
    const d = diagnoseMismatch(r2, forms);
    return { error: d.error, errorOp: d.errorOp };
  }
  const quiet = () => undefined;

  // branch relaxation: short if in range unless near/strict requested
  const br = cands.filter(c => c.ops.length === 1 && isBranchKind(c.form.ops[0]));
  if (br.length) {
    const io = ops[0] as ImmOp & { v: Val };
    let list = br;
    if (io.jmp === 'short') list = br.filter(c => isShortBranchKind(c.form.ops[0]));
    else if (io.jmp === 'near' || io.strict) {
      const l2 = br.filter(c => !isShortBranchKind(c.form.ops[0]));
      if (l2.length) list = l2;
    }
    // operand size: the mode's default unless `word`/`dword`/`o16`/`o32` asks otherwise
    const want = io.size ? io.size * 8 : p.osize ?? req.bits;
    const l2 = list.filter(c => c.form.opSize === want || c.form.opSize === 0);
    if (l2.length) list = l2;
    if (list.length === 0) return { error: 'mismatch in operand sizes', errorOp: 0 };
    const sorted = [...list].sort((a, b) => a.form.code - b.form.code);
    const out: NonNullable<Selection['branch']> = { tbits: req.bits };
    let lastErr = '';
    for (const c of sorted) {
      const k = c.form.ops[0];
      const tb = k === K.br16_1 || k === K.br16_2 || k === K.xbegin_2 || k === K.brdisp_2 ? 16 : k === K.br32_1 || k === K.br32_4 || k === K.brdisp_4 ? 32 : 64;
      // measure the length with a target that is always in range
      const probe: Candidate = { form: c.form, ops: [{ ...io, v: { v: req.ip, seg: ABS, unk: false } }] };
      try {
        const len = encodeCandidate(probe, r2, quiet).length;
        const ch: Choice = { form: c.form, variant: variantIndex(m, c), len };
        out.tbits = tb;
        if (isShortBranchKind(k)) { if (!out.short || len < out.short.len) out.short = ch; }
        else if (!out.near || len < out.near.len) out.near = ch;
      } catch (e) { lastErr = e instanceof Error ? e.message : String(e); }
    }
    if (!out.short && !out.near) return { error: cleanIcedError(lastErr), errorOp: 0 };
    return { branch: out };
  }

  // far immediate: choose by operand size (default: mode)
  if (cands.some(c => c.ops[0]?.k === 'far')) {
    const fo = ops[0] as FarOp & { sv: Val; ov: Val };
    if (fo.size === undefined) {
      const l = pickByDefaultSize(cands, req.bits, m);
      if (l) cands = l;
    }
  }
  // only immediates (push imm, ret imm, enter...): the operand size is the mode's default
  // unless a size keyword says otherwise
  if (ops.length > 0 && m !== 'retf' && ops.every(o => o.k === 'imm') && cands.some(c => c.form.opSize !== 0)) {
    const kw = (ops[0] as ImmOp).size;
    const want = kw && kw >= 2 ? kw * 8 : req.bits;
    const l = cands.filter(c => c.form.opSize === want || c.form.opSize === 0);
    if (l.length) cands = l;
  }
  // NASM never uses the one-byte XCHG for `xchg eax, eax` in 64-bit mode (it would be NOP)
  if (m === 'xchg' && req.bits === 64 && ops.length === 2 && ops.every(o => o.k === 'reg' && o.reg.num === 0 && o.reg.cls === 'r32')) {
    cands = cands.filter(c => c.form.code !== Code.Xchg_r32_EAX);
  }
  // unsized memory operand with candidates of different sizes
  if (hasUnsizedMem(ops)) {
    const sizes = memSizesOf(cands);
    if (sizes.size > 1) {
      const vec = cands.some(c => c.ops.some(o => o.k === 'reg' && VEC.has(o.reg.cls)));
      // lgdt/fldenv/fsave...: the size follows the operand size of the mode (no size keyword exists)
      if (ALWAYS_DEFAULT_SIZE.has(m) || [...sizes].every(sz => !PLAIN_SIZES.has(sz))) {
        const l = pickByDefaultSize(cands, req.bits, m);
        if (l) cands = l;
      } else if (vec) {
        const min = Math.min(...sizes);
        cands = cands.filter(c => c.form.memSize === min);
      } else {
        return { error: 'operation size not specified', errorOp: ops.findIndex(o => o.k === 'mem') };
      }
    }
  }

  // shortest encoding, ties to the lowest Code (sign-extended imm8 forms first)
  cands.sort((a, b) => a.form.code - b.form.code);
  let bestLen = -1;
  let bestCand: Candidate | undefined;
  let err = '';
  const rip = ops.some(o => o.k === 'mem' && o.base?.cls === 'ip');
  for (const c of cands) {
    try {
      const b = rip ? ensureRipRelative(c, r2, quiet) : encodeCandidate(c, r2, quiet);
      if (!bestCand || b.length < bestLen || (b.length === bestLen && prefersSbyte(c, bestCand))) { bestLen = b.length; bestCand = c; }
    } catch (e) { err = e instanceof Error ? e.message : String(e); }
  }
  if (!bestCand) return { error: cleanIcedError(err), errorOp: -1 };
  if (m === 'invpcid' && req.bits === 64) bestLen++;
  return { choice: { form: bestCand.form, variant: variantIndex(m, bestCand), len: bestLen } };
}

const isSbyteKind = (k: K) => k === K.imm8sex16 || k === K.imm8sex32 || k === K.imm8sex64;
/** NASM lists the sign-extended imm8 forms first: on equal length they win (`add ax,5` is 83 C0 05). */
function prefersSbyte(c: Candidate, best: Candidate): boolean {
  return c.form.ops.some(isSbyteKind) && !best.form.ops.some(isSbyteKind);
}

function immWarnings(c: Candidate, warn: (m: string, c?: number) => void): void {
  for (let i = 0; i < c.ops.length; i++) {
    const o = c.ops[i];
    if (o.k !== 'imm' || o.v.unk || o.v.seg !== ABS) continue;
    const k = c.form.ops[i];
    const s = sext(o.v.v, 64);
    switch (k) {
      case K.imm8: if (s < -256n || s > 255n) warn('byte data exceeds bounds', o.col); break;
      case K.imm8sex16: case K.imm8sex32: case K.imm8sex64: {
        const N = k === K.imm8sex16 ? 16 : 32;
        const t = sext(trunc(o.v.v, N), N);
        if (!fitsS8(t)) warn('signed byte value exceeds bounds', o.col);
        break;
      }
      case K.imm16: if (s < -65536n || s > 65535n) warn('word data exceeds bounds', o.col); break;
      case K.imm32: if (s < -0x100000000n || s > 0xffffffffn) warn('dword data exceeds bounds', o.col); break;
      case K.imm32sex64: if (s < -0x80000000n || s > 0x7fffffffn) warn('signed dword value exceeds bounds', o.col); break;
      default: break;
    }
  }
}

function encodeString(req: EncodeRequest): Partial<EncodeResult> {
  const m = req.mnem;
  const p = req.prefixes;
  const as = p.asize ?? req.bits;
  const seg = p.seg?.reg ?? Register.None;
  const rep = p.rep === 'repne' ? RepPrefixKind.Repne : p.rep ? RepPrefixKind.Repe : RepPrefixKind.None;
  if (m.endsWith('q') && req.bits !== 64 && m !== 'xlatb') return { error: `instruction \`${m}' is only available in 64-bit mode` };
  let ins: Instruction;
  switch (m) {
    case 'movsb': ins = Instruction.createMovsb(as, seg, rep); break;
    case 'movsw': ins = Instruction.createMovsw(as, seg, rep); break;
    case 'movsd': ins = Instruction.createMovsd(as, seg, rep); break;
    case 'movsq': ins = Instruction.createMovsq(as, seg, rep); break;
    case 'cmpsb': ins = Instruction.createCmpsb(as, seg, rep); break;
    case 'cmpsw': ins = Instruction.createCmpsw(as, seg, rep); break;
    case 'cmpsd': ins = Instruction.createCmpsd(as, seg, rep); break;
    case 'cmpsq': ins = Instruction.createCmpsq(as, seg, rep); break;
    case 'scasb': ins = Instruction.createScasb(as, rep); break;
    case 'scasw': ins = Instruction.createScasw(as, rep); break;
    case 'scasd': ins = Instruction.createScasd(as, rep); break;
    case 'scasq': ins = Instruction.createScasq(as, rep); break;
    case 'lodsb': ins = Instruction.createLodsb(as, seg, rep); break;
    case 'lodsw': ins = Instruction.createLodsw(as, seg, rep); break;
    case 'lodsd': ins = Instruction.createLodsd(as, seg, rep); break;
    case 'lodsq': ins = Instruction.createLodsq(as, seg, rep); break;
    case 'stosb': ins = Instruction.createStosb(as, rep); break;
    case 'stosw': ins = Instruction.createStosw(as, rep); break;
    case 'stosd': ins = Instruction.createStosd(as, rep); break;
    case 'stosq': ins = Instruction.createStosq(as, rep); break;
    case 'insb': ins = Instruction.createInsb(as, rep); break;
    case 'insw': ins = Instruction.createInsw(as, rep); break;
    case 'insd': ins = Instruction.createInsd(as, rep); break;
    case 'outsb': ins = Instruction.createOutsb(as, seg, rep); break;
    case 'outsw': ins = Instruction.createOutsw(as, seg, rep); break;
    case 'outsd': ins = Instruction.createOutsd(as, seg, rep); break;
    default: {
      const base = as === 16 ? Register.BX : as === 32 ? Register.EBX : Register.RBX;
      ins = Instruction.createMem(Code.Xlat_m8, new MemoryOperand(base, Register.AL, 1, 0n, 0, false, seg));
      if (rep !== RepPrefixKind.None) { if (rep === RepPrefixKind.Repne) ins.hasRepnePrefix = true; else ins.hasRepePrefix = true; }
    }
  }
  const enc = encoderFor(req.bits);
  try {
    if (p.lock) ins.hasLockPrefix = true;
    enc.encode(ins, req.ip);
    const out = enc.takeBuffer();
    nasmPrefixOrder(out);
    return { bytes: out };
  } catch (e) {
    enc.takeBuffer();
    return { error: cleanIcedError(e instanceof Error ? e.message : String(e)) };
  } finally {
    ins.free();
  }
}

function cleanIcedError(msg: string): string {
  if (/AH, CH, DH, BH/.test(msg)) return 'cannot use high byte register (ah, bh, ch, dh) in an instruction requiring a REX prefix';
  if (/can only be used in 16\/32-bit mode/.test(msg)) return 'instruction not supported in 64-bit mode';
  if (/can only be used in 64-bit mode/.test(msg)) return 'instruction is only available in 64-bit mode';
  if (/Displacement must fit/.test(msg)) return 'displacement out of range';
  return `cannot encode instruction: ${msg.replace(/\s*\(.*\)\s*$/, '')}`;
}

function describe(o: ROp): string {
  switch (o.k) {
    case 'reg': return `register \`${o.reg.name}'`;
    case 'mem': return o.size ? `${['', 'byte', 'word', '', 'dword', '', '', '', 'qword', '', 'tword'][o.size] ?? o.size * 8 + '-bit'} memory operand` : 'memory operand';
    case 'imm': return 'immediate';
    case 'far': return 'far pointer';
  }
}

/** Explain why no form matched, naming the operand at fault. */
function diagnoseMismatch(req: EncodeRequest, forms: Form[]): { error: string; errorOp?: number } {
  const ctx: MatchCtx = { bits: req.bits, mnem: req.mnem };
  const avail = forms.filter(f => formAvailable(f, req.bits));
  if (avail.length === 0) {
    return { error: `instruction \`${req.mnem}' is not supported in ${req.bits}-bit mode` };
  }
  const counts = new Set<number>();
  for (const f of avail) for (const v of operandVariants(req.mnem, req.ops, f)) if (v.length === f.ops.length) counts.add(f.ops.length);
  if (counts.size === 0) {
    const ns = [...new Set(avail.map(f => f.ops.length))].sort((a, b) => a - b);
    return { error: `invalid combination of opcode and operands: \`${req.mnem}' takes ${ns.join(' or ')} operand${ns.length === 1 && ns[0] === 1 ? '' : 's'}, not ${req.ops.length}` };
  }
  // the form that matches the longest prefix of operands tells which operand is wrong
  let bestIdx = -1;
  let bestForm: Form | undefined;
  for (const f of avail) {
    for (const ops of operandVariants(req.mnem, req.ops, f)) {
      if (ops.length !== f.ops.length) continue;
      let matched = 0;
      while (matched < ops.length && (ctx.idx = matched, opMatches(f.ops[matched], ops[matched], f, ctx))) matched++;
      if (matched > bestIdx) { bestIdx = matched; bestForm = f; }
    }
  }
  const idx = Math.min(Math.max(bestIdx, 0), req.ops.length - 1);
  const o = req.ops[idx];
  if (!o) return { error: 'invalid combination of opcode and operands' };
  let why = '';
  if (o.k === 'imm' && bestForm) why = ' (value out of range or size mismatch)';
  else if (o.k === 'reg' && req.ops.some(x => x !== o && x.k === 'reg' && x.reg.size !== o.reg.size && x.reg.cls.startsWith('r') && o.reg.cls.startsWith('r'))) why = ' (operand size mismatch)';
  else if (o.k === 'mem' && o.size) why = ' (operand size mismatch)';
  return { error: `invalid combination of opcode and operands: operand ${idx + 1} (${describe(o)}) not valid here${why}`, errorOp: idx };
}
