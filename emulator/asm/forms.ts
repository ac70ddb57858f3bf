/**
 * Instruction forms, derived from iced-x86's Code / OpCodeInfo tables (never a
 * hand-written opcode table): one Form per iced Code, grouped by NASM mnemonic.
 */
import { Code, EncodingKind, Instruction, MandatoryPrefix, Mnemonic, MemorySize, MemorySizeExt, OpCodeOperandKind as K } from 'iced-x86';

export interface Form {
  code: Code;
  name: string;
  mnem: string;
  ops: K[];
  opSize: number;
  addrSize: number;
  /** Memory operand size in bytes (0 unknown / not applicable). */
  memSize: number;
  memKind: MemorySize;
  bcstSize: number;
  modes: number; // bit 0: 16, bit 1: 32, bit 2: 64
  enc: EncodingKind;
  canBcst: boolean;
  canMask: boolean;
  canZero: boolean;
  canRC: boolean;
  canSAE: boolean;
  requireMask: boolean;
  /** Has a mandatory 66/F2/F3 prefix (part of the opcode). */
  mandatory: boolean;
}

let byMnem: Map<string, Form[]> | null = null;
let allForms: Form[] = [];

/** Build (once) the form table from iced-x86. */
export function formTable(): Map<string, Form[]> {
  if (byMnem) return byMnem;
  byMnem = new Map();
  const ins = new Instruction();
  const codeNames = Object.keys(Code).filter(k => Number.isNaN(Number(k)));
  for (const name of codeNames) {
    const code = (Code as unknown as Record<string, number>)[name] as Code;
    if (code === Code.INVALID || name.startsWith('DeclareByte') || name.startsWith('DeclareWord') || name.startsWith('DeclareDword') || name.startsWith('DeclareQword') || name === 'Zero_bytes') continue;
    ins.code = code;
    const oc = ins.opCode;
    try {
      if (!oc.isInstruction || oc.decoderOption !== 0) continue;
      const enc = oc.encoding;
      if (enc === EncodingKind.MVEX) continue;
      const ops: K[] = [];
      for (let i = 0; i < oc.opCount; i++) ops.push(oc.opKind(i));
      const mk = oc.memorySize;
      const form: Form = {
        code, name, mnem: Mnemonic[oc.mnemonic].toLowerCase(), ops,
        opSize: oc.operandSize, addrSize: oc.addressSize,
        memSize: mk === MemorySize.Unknown ? 0 : MemorySizeExt.size(mk),
        memKind: mk,
        bcstSize: oc.canBroadcast ? MemorySizeExt.size(oc.broadcastMemorySize) : 0,
        modes: (oc.mode16 ? 1 : 0) | (oc.mode32 ? 2 : 0) | (oc.mode64 ? 4 : 0),
        enc,
        canBcst: oc.canBroadcast,
        canMask: oc.canUseOpMaskRegister,
        canZero: oc.canUseZeroingMasking,
        canRC: oc.canUseRoundingControl,
        canSAE: oc.canSuppressAllExceptions,
        requireMask: oc.requireOpMaskRegister,
        mandatory: oc.mandatoryPrefix === MandatoryPrefix.P66 || oc.mandatoryPrefix === MandatoryPrefix.PF3 || oc.mandatoryPrefix === MandatoryPrefix.PF2,
      };
      allForms.push(form);
      const list = byMnem.get(form.mnem);
      if (list) list.push(form); else byMnem.set(form.mnem, [form]);
    } finally {
      oc.free();
    }
  }
  ins.free();
  return byMnem;
}

export function modeBit(bits: number): number { return bits === 16 ? 1 : bits === 32 ? 2 : 4; }

// NASM mnemonic aliases (condition-code synonyms and size-suffixed names).
const CC_ALIASES: Record<string, string> = {
  c: 'b', nae: 'b', nc: 'ae', nb: 'ae', z: 'e', nz: 'ne', na: 'be', nbe: 'a', pe: 'p', po: 'np',
  nge: 'l', nl: 'ge', ng: 'le', nle: 'g',
};

export interface MnemonicTarget {
  /** iced mnemonics (lower-case) whose forms are candidates. */
  mnems: string[];
  /** Restrict to forms with this operand size. */
  opSize?: number;
}

const SPECIAL: Record<string, MnemonicTarget> = {
  pushf: { mnems: ['pushf', 'pushfd', 'pushfq'] },
  popf: { mnems: ['popf', 'popfd', 'popfq'] },
  pushfw: { mnems: ['pushf'] },
  popfw: { mnems: ['popf'] },
  pusha: { mnems: ['pusha', 'pushad'] },
  popa: { mnems: ['popa', 'popad'] },
  pushaw: { mnems: ['pusha'] },
  popaw: { mnems: ['popa'] },
  pushad: { mnems: ['pushad'] },
  popad: { mnems: ['popad'] },
  iret: { mnems: ['iret', 'iretd'] },
  iretw: { mnems: ['iret'] },
  retn: { mnems: ['ret'] },
  retw: { mnems: ['ret'], opSize: 16 },
  retd: { mnems: ['ret'], opSize: 32 },
  retq: { mnems: ['ret'], opSize: 64 },
  retnw: { mnems: ['ret'], opSize: 16 },
  retnd: { mnems: ['ret'], opSize: 32 },
  retnq: { mnems: ['ret'], opSize: 64 },
  retfw: { mnems: ['retf'], opSize: 16 },
  retfd: { mnems: ['retf'], opSize: 32 },
  retfq: { mnems: ['retf'], opSize: 64 },
  sal: { mnems: ['shl'] },
  xlat: { mnems: ['xlatb'] },
  icebp: { mnems: ['int1'] },
  int01: { mnems: ['int1'] },
  int03: { mnems: ['int3'] },
  loopz: { mnems: ['loope'] },
  loopnz: { mnems: ['loopne'] },
  sysretd: { mnems: ['sysret'] },
  sysexitd: { mnems: ['sysexit'] },
  ud2a: { mnems: ['ud2'] },
  ud1: { mnems: ['ud1'] },
  wait: { mnems: ['wait'] },
  fwait: { mnems: ['wait'] },
  movsxd: { mnems: ['movsxd'] },
  cmpxchg16b: { mnems: ['cmpxchg16b'] },
  pause: { mnems: ['pause'] },
  hint_nop: { mnems: ['nop'] },
};

const resolved = new Map<string, MnemonicTarget | null>();

/** Map a NASM mnemonic (lower-case) to iced mnemonics (memoized). */
export function resolveMnemonic(m: string): MnemonicTarget | undefined {
  let r = resolved.get(m);
  if (r === undefined) {
    r = resolveUncached(m) ?? null;
    if (resolved.size < 100000) resolved.set(m, r);
  }
  return r ?? undefined;
}

function resolveUncached(m: string): MnemonicTarget | undefined {
  const table = formTable();
  const sp = Object.prototype.hasOwnProperty.call(SPECIAL, m) ? SPECIAL[m] : undefined;
  if (sp) return sp;
  if (table.has(m)) return { mnems: [m] };
  const cc = /^(j|set|cmov)(n?[a-z]{1,2})$/.exec(m);
  if (cc && CC_ALIASES[cc[2]]) {
    const t = cc[1] + CC_ALIASES[cc[2]];
    if (table.has(t)) return { mnems: [t] };
  }
  return undefined;
}

export function isMnemonic(m: string): boolean {
  return resolveMnemonic(m.toLowerCase()) !== undefined;
}

export function formsFor(t: MnemonicTarget): Form[] {
  const table = formTable();
  const out: Form[] = [];
  for (const m of t.mnems) {
    const l = table.get(m);
    if (l) out.push(...l);
  }
  return t.opSize ? out.filter(f => f.opSize === t.opSize) : out;
}

export { K as OpKindSpec };
