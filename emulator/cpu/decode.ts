// iced-x86 -> Insn extraction. Decoding happens once per block compile, never on the hot path.
import { Decoder, DecoderError, DecoderOptions, Formatter, FormatterSyntax, Instruction, OpKind, Register, Code, Mnemonic, FlowControl } from 'iced-x86';
import { GPR_OF, segIndex } from './regs';
import { emptyInsn, Insn, K_BRANCH, K_CR, K_DR, K_FAR, K_IMM, K_MEM, K_NONE, K_OTHER, K_REG, K_SREG, K_STR } from './insn';

let formatter: Formatter | null = null;
export function nasmFormatter(): Formatter {
  if (!formatter) {
    formatter = new Formatter(FormatterSyntax.Nasm);
    formatter.spaceAfterOperandSeparator = true;
    formatter.hexPrefix = '0x';
    formatter.hexSuffix = '';
    formatter.uppercaseHex = false;
  }
  return formatter;
}

/** Mnemonics that change execution state beyond registers/memory: the block ends after them. */
const STATE_CHANGING = new Set<number>([
  Mnemonic.Mov /* only when the destination is CR/segment — refined below */, Mnemonic.Lmsw, Mnemonic.Clts, Mnemonic.Wrmsr, Mnemonic.Rdmsr,
  Mnemonic.Lgdt, Mnemonic.Lidt, Mnemonic.Lldt, Mnemonic.Ltr, Mnemonic.Invlpg, Mnemonic.Hlt, Mnemonic.Sti, Mnemonic.Cli, Mnemonic.Popf, Mnemonic.Popfd, Mnemonic.Popfq,
  Mnemonic.In, Mnemonic.Out, Mnemonic.Insb, Mnemonic.Insw, Mnemonic.Insd, Mnemonic.Outsb, Mnemonic.Outsw, Mnemonic.Outsd, Mnemonic.Pop,
  Mnemonic.Swapgs, Mnemonic.Xsetbv, Mnemonic.Wbinvd, Mnemonic.Invd, Mnemonic.Cpuid, Mnemonic.Xchg, Mnemonic.Lss, Mnemonic.Lfs, Mnemonic.Lgs, Mnemonic.Lds, Mnemonic.Les,
  Mnemonic.Vmxon, Mnemonic.Vmxoff, Mnemonic.Vmclear, Mnemonic.Vmptrld, Mnemonic.Vmptrst, Mnemonic.Vmread, Mnemonic.Vmwrite, Mnemonic.Vmlaunch, Mnemonic.Vmresume,
  Mnemonic.Vmcall, Mnemonic.Vmfunc, Mnemonic.Invept, Mnemonic.Invvpid, Mnemonic.Rdtsc, Mnemonic.Rdtscp, Mnemonic.Pause, Mnemonic.Ud2, Mnemonic.Int3, Mnemonic.Into,
  Mnemonic.Wrfsbase, Mnemonic.Wrgsbase, Mnemonic.Monitor, Mnemonic.Mwait, Mnemonic.Rdpmc, Mnemonic.Getsec,
  // may exit in VMX non-root operation
  Mnemonic.Rdrand, Mnemonic.Rdseed, Mnemonic.Sgdt, Mnemonic.Sidt, Mnemonic.Sldt, Mnemonic.Str, Mnemonic.Smsw,
]);

function regOperand(d: Insn, n: number, reg: Register): void {
  const g = GPR_OF[reg];
  let kind = K_OTHER, idx = -1, size = 0, hb = 0;
  if (g >= 0) { kind = K_REG; idx = g & 0xff; size = (g >> 8) & 0xf; hb = (g >> 12) & 1; }
  else if (segIndex(reg) >= 0) { kind = K_SREG; idx = segIndex(reg); size = 2; }
  else if (reg >= Register.CR0 && reg <= Register.CR15) { kind = K_CR; idx = reg - Register.CR0; size = 8; }
  else if (reg >= Register.DR0 && reg <= Register.DR15) { kind = K_DR; idx = reg - Register.DR0; size = 8; }
  if (n === 0) { d.k0 = kind; d.g0 = idx; d.s0 = size; d.h0 = hb; }
  else if (n === 1) { d.k1 = kind; d.g1 = idx; d.s1 = size; d.h1 = hb; }
  else { d.k2 = kind; d.g2 = idx; d.s2 = size; d.h2 = hb; }
}
function setKind(d: Insn, n: number, kind: number): void {
  if (n === 0) d.k0 = kind; else if (n === 1) d.k1 = kind; else if (n === 2) d.k2 = kind;
}

/** Source segment of a string instruction's (R/E)SI operand (DS unless overridden); ES:DI is never overridden. */
function strSeg(d: Insn, ins: Instruction, k: OpKind): void {
  if (k === OpKind.MemorySegSI || k === OpKind.MemorySegESI || k === OpKind.MemorySegRSI || k === OpKind.MemorySegDI || k === OpKind.MemorySegEDI || k === OpKind.MemorySegRDI) {
    const s = segIndex(ins.memorySegment);
    d.mseg = s < 0 ? 3 : s;
  }
}

function gprIndex(reg: Register): number {
  const g = GPR_OF[reg];
  return g >= 0 ? g & 0xff : -1;
}

/** Fills an Insn from a decoded iced instruction at linear address `ip`. */
export function extract(ins: Instruction, bits: number): Insn {
  const d = emptyInsn();
  d.code = ins.code;
  d.mnem = ins.mnemonic;
  d.len = ins.length;
  d.nops = ins.opCount;
  const ocOsz = ins.opCode.operandSize;
  d.lock = ins.hasLockPrefix;
  d.rep = ins.hasRepnePrefix ? 2 : ins.hasRepPrefix || ins.hasRepePrefix ? 1 : 0;
  let osz = ocOsz / 8;
  let asz = bits / 8;
  for (let n = 0; n < d.nops && n < 5; n++) {
    const k = ins.opKind(n);
    switch (k) {
      case OpKind.Register: regOperand(d, n, ins.opRegister(n)); break;
      case OpKind.NearBranch16: case OpKind.NearBranch32: case OpKind.NearBranch64: {
        setKind(d, n, K_BRANCH);
        const target = ins.nearBranchTarget, next = ins.nextIP;
        d.rel = Number(BigInt.asIntN(64, target - next));
        break;
      }
      case OpKind.FarBranch16: case OpKind.FarBranch32:
        setKind(d, n, K_FAR);
        d.farSel = ins.farBranchSelector;
        d.farOff = k === OpKind.FarBranch16 ? ins.farBranch16 : ins.farBranch32;
        break;
      case OpKind.Immediate8_2nd: d.imm2 = ins.immediate8_2nd; setKind(d, n, K_IMM); break;
      case OpKind.Immediate8: case OpKind.Immediate16: case OpKind.Immediate32: case OpKind.Immediate64:
      case OpKind.Immediate8to16: case OpKind.Immediate8to32: case OpKind.Immediate8to64: case OpKind.Immediate32to64: {
        const v = BigInt.asUintN(64, ins.immediate(n));
        d.imm = Number(BigInt.asIntN(32, v));
        d.immHi = Number(BigInt.asIntN(32, v >> 32n));
        if (k === OpKind.Immediate8to16) d.imm &= 0xffff;
        setKind(d, n, K_IMM);
        break;
      }
      case OpKind.MemorySegSI: case OpKind.MemorySegDI: case OpKind.MemoryESDI: asz = 2; setKind(d, n, K_STR); strSeg(d, ins, k); break;
      case OpKind.MemorySegESI: case OpKind.MemorySegEDI: case OpKind.MemoryESEDI: asz = 4; setKind(d, n, K_STR); strSeg(d, ins, k); break;
      case OpKind.MemorySegRSI: case OpKind.MemorySegRDI: case OpKind.MemoryESRDI: asz = 8; setKind(d, n, K_STR); strSeg(d, ins, k); break;
      case OpKind.Memory: {
        setKind(d, n, K_MEM);
        const base = ins.memoryBase, index = ins.memoryIndex;
        d.mseg = segIndex(ins.memorySegment);
        if (d.mseg < 0) d.mseg = 3;
        if (base === Register.RIP || base === Register.EIP) { d.mrip = true; asz = base === Register.RIP ? 8 : 4; }
        else {
          d.mbase = gprIndex(base);
          d.midx = gprIndex(index);
          const rs = base !== Register.None ? GPR_OF[base] : index !== Register.None ? GPR_OF[index] : -1;
          if (rs >= 0) asz = (rs >> 8) & 0xf;
          else { const ds = ins.memoryDisplSize; asz = ds === 8 ? 8 : ds === 4 ? 4 : ds === 2 ? 2 : asz; }
        }
        d.mscale = [0, 0, 1, 0, 2, 0, 0, 0, 3][ins.memoryIndexScale];
        const disp = ins.memoryDisplacementU64;
        if (d.mrip) {
          // iced reports the absolute target; keep the displacement relative to the next IP.
          d.mdisp = Number(BigInt.asIntN(64, disp - ins.nextIP));
        } else {
          d.mdisp = Number(BigInt.asIntN(32, disp));
          d.mdispHi = Number(BigInt.asIntN(32, disp >> 32n));
          if (asz === 8 && d.mdispHi !== (d.mdisp < 0 ? -1 : 0)) d.mdisp = Number(BigInt.asIntN(64, disp)); // moffs64
        }
        d.msize = memSizeBytes(ins);
        break;
      }
      default: setKind(d, n, K_OTHER);
    }
  }
  if (osz === 0) osz = d.k0 === K_REG ? d.s0 : d.msize || 4;
  d.osz = osz;
  d.asz = asz;
  // Jcc/LOOP/JrCXZ and string instructions encode the counter/address size in the Code name.
  const name = Code[d.code] ?? '';
  if (/_(CX|ECX|RCX)$/.test(name)) d.asz = name.endsWith('_RCX') ? 8 : name.endsWith('_ECX') ? 4 : 2;
  else if (/^J[er]?cxz/i.test(name)) d.asz = name.startsWith('Jrcxz') ? 8 : name.startsWith('Jecxz') ? 4 : 2;
  const fc = ins.flowControl;
  d.endsBlock = fc !== FlowControl.Next || STATE_CHANGING.has(d.mnem) && (d.mnem !== Mnemonic.Mov || d.k0 === K_CR || d.k0 === K_DR || d.k0 === K_SREG)
    && (d.mnem !== Mnemonic.Pop || d.k0 === K_SREG) && (d.mnem !== Mnemonic.Xchg || (d.k0 === K_REG && d.k1 === K_REG && d.g0 === 3 && d.g1 === 3 && d.s0 === 2));
  if (d.rep !== 0 && ins.isStringInstruction) d.endsBlock = true;
  d.text = nasmFormatter().format(ins);
  return d;
}

function memSizeBytes(ins: Instruction): number {
  const ms = ins.memorySize;
  // Use iced's own size table (MemorySizeExt.size); 0 for "unknown" (LEA, descriptor tables handled by ops).
  return MEMSIZE_CACHE[ms] ?? (MEMSIZE_CACHE[ms] = sizeOf(ms));
}
const MEMSIZE_CACHE: number[] = [];
import { MemorySizeExt } from 'iced-x86';
function sizeOf(ms: number): number { return (MemorySizeExt as unknown as { size(m: number): number }).size(ms); }

export interface DecodeResult { insn: Insn; /** true when the bytes ran out (instruction crosses the given window) */ truncated: boolean }

/** Decodes one instruction from `bytes` (taken at linear address `ip`). */
export function decodeOne(bytes: Uint8Array, bits: 16 | 32 | 64, ip: number): DecodeResult {
  const dec = new Decoder(bits, bytes, DecoderOptions.None);
  try {
    dec.ip = BigInt.asUintN(64, BigInt(ip));
    const ins = dec.decode();
    try {
      if (ins.code === Code.INVALID) {
        const truncated = dec.lastError === DecoderError.NoMoreBytes;
        const d = emptyInsn();
        d.len = Math.max(1, ins.length);
        d.text = '(bad)';
        d.endsBlock = true;
        return { insn: d, truncated };
      }
      return { insn: extract(ins, bits), truncated: false };
    } finally { ins.free(); }
  } finally { dec.free(); }
}

/** Decodes up to `max` instructions from a window; stops at a block end or when bytes run out. */
export function decodeBlock(bytes: Uint8Array, bits: 16 | 32 | 64, ip: number, max: number, stopAt?: (offset: number) => boolean): { insns: Insn[]; truncatedAt: number } {
  const dec = new Decoder(bits, bytes, DecoderOptions.None);
  const out: Insn[] = [];
  let offset = 0;
  let truncatedAt = -1;
  try {
    dec.ip = BigInt.asUintN(64, BigInt(ip));
    const ins = new Instruction();
    try {
      while (out.length < max && dec.canDecode) {
        if (out.length > 0 && stopAt && stopAt(offset)) break;
        dec.decodeOut(ins);
        if (ins.code === Code.INVALID) {
          if (dec.lastError === DecoderError.NoMoreBytes) { truncatedAt = offset; break; }
          const d = emptyInsn(); d.len = Math.max(1, ins.length); d.text = '(bad)'; d.endsBlock = true;
          out.push(d);
          break;
        }
        const d = extract(ins, bits);
        out.push(d);
        offset += d.len;
        if (d.endsBlock) break;
      }
      if (!dec.canDecode && truncatedAt < 0 && out.length < max && (out.length === 0 || !out[out.length - 1].endsBlock)) truncatedAt = offset;
    } finally { ins.free(); }
  } finally { dec.free(); }
  return { insns: out, truncatedAt };
}
