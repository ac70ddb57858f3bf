// CPUID (SDM Vol 2 CPUID; Vol 3A ch. 4 for paging features): a GenuineIntel family-6 CPU with an
// Ice Lake-SP signature that reports ONLY what this emulator implements.
//
// Honesty rules:
//  - Instruction-set feature bits whose instructions live in other op modules (CMOV, CX8, CX16, POPCNT,
//    MOVBE, LAHF/SAHF, LZCNT, BMI1, BMI2, ADX, FXSR, MONITOR) are derived from the op registry at query
//    time: a bit is 1 only when every instruction it enumerates has a compiler. They therefore turn on by
//    themselves when those instructions land. (TZCNT is part of BMI1: without BMI1 a real CPU decodes F3 0F BC
//    as BSF, so BMI1 is reported only when ANDN/BEXTR/BLSI/BLSMSK/BLSR/TZCNT all exist.)
//  - No x87/MMX/SSE/AVX: FPU, MMX, SSE..SSE4.2, AVX are 0 (those instructions are not implemented).
//  - XSAVE is 0 by default: the XSAVE/XRSTOR instructions are not implemented. With XSAVE = 0, CR4.OSXSAVE is
//    reserved (MOV to CR4 #GP) and XGETBV/XSETBV raise #UD (CR4.OSXSAVE = 0). `configureCpuid(c, { xsave: true })`
//    reports XSAVE with XCR0 = {x87} only; XGETBV/XSETBV then work and XSAVE/XRSTOR stop as "not implemented".
//  - VMX (CPUID.1:ECX[5]) follows the model's `vmx` option (default true) AND the presence of a VMX unit (c.vmx):
//    a machine built with `vmx: false` never reports it.
//  - SMAP, PKU, LA57, INVPCID, VME/PVI, x2APIC, TSC-deadline, PSE-36, MCA, perfmon (leaf 0AH) are 0.
//  - Out-of-range leaves return the data of the highest basic leaf (SDM CPUID: "If a value entered for
//    CPUID.EAX is higher than the maximum input value for basic or extended function ... the data for the
//    highest basic information leaf is returned"). With the hypervisor bit 0, 4000_0000H.. is out of range too.
import { Mnemonic } from 'iced-x86';
import type { Cpu } from './cpu';
import { MAXPHYADDR, CR4_OSXSAVE } from './cpu';
import { isImplemented } from './ops/registry';

export interface CpuidModel {
  /** 12-character vendor string (leaf 0). */
  vendor: string;
  /** CPUID.1:EAX (family/model/stepping). */
  signature: number;
  /** Brand string (leaves 8000_0002H..8000_0004H), at most 47 characters. */
  brand: string;
  /** Report VMX (CPUID.1:ECX[5]); effective only when the CPU has a VMX unit. */
  vmx: boolean;
  /** Report XSAVE (CPUID.1:ECX[26]) with XCR0 = x87 only; see the header comment. */
  xsave: boolean;
  /** Initial APIC ID (CPUID.1:EBX[31:24], leaf 0BH EDX). */
  apicId: number;
  maxBasic: number;
  maxExtended: number;
}

export type CpuidOptions = Partial<Pick<CpuidModel, 'vmx' | 'xsave' | 'apicId' | 'brand'>>;

export const BRAND = 'VMX Debugger virtual CPU';
/** Ice Lake-SP (family 6, model 6AH, stepping 6). */
export const ICX_SIGNATURE = 0x000606a6;
/** Linear-address width reported in CPUID 8000_0008H (4-level paging). */
export const LINEAR_ADDRESS_BITS = 48;

export const DEFAULT_CPUID_MODEL: Readonly<CpuidModel> = Object.freeze({
  vendor: 'GenuineIntel', signature: ICX_SIGNATURE, brand: BRAND, vmx: true, xsave: false, apicId: 0,
  maxBasic: 0xd, maxExtended: 0x80000008,
});

const models = new WeakMap<Cpu, CpuidModel>();

/** Sets the CPUID model of a CPU (options over the defaults); returns it. */
export function configureCpuid(c: Cpu, opts: CpuidOptions = {}): CpuidModel {
  const m: CpuidModel = { ...DEFAULT_CPUID_MODEL, ...opts };
  if (m.brand.length > 47) throw new Error('CPUID brand string is limited to 47 characters');
  models.set(c, m);
  return m;
}
export function cpuidModel(c: Cpu): CpuidModel { return models.get(c) ?? DEFAULT_CPUID_MODEL; }

// ---------------------------------------------------------------------------------------------- features
/** VMX is reported (and CR4.VMXE may be set). */
export function vmxReported(c: Cpu): boolean { return cpuidModel(c).vmx && c.vmx !== null; }
/** XSAVE is reported (CR4.OSXSAVE may be set). */
export function xsaveReported(c: Cpu): boolean { return cpuidModel(c).xsave; }
/** XCR0 bits the CPU supports (CPUID.(EAX=0DH,ECX=0):EDX:EAX): x87 only when XSAVE is reported. */
export function supportedXcr0(c: Cpu): number { return xsaveReported(c) ? 1 : 0; }

// CR4 bits (SDM Vol 3A 2.5) this CPU supports; the rest are reserved (#GP on MOV to CR4).
// VME/PVI (virtual-8086 extensions) are not implemented, LA57 (5-level paging), SMXE, SMAP, PKE, CET are not.
const CR4_BASE = 0x4 /* TSD */ | 0x8 /* DE */ | 0x10 /* PSE */ | 0x20 /* PAE */ | 0x40 /* MCE */ | 0x80 /* PGE */ | 0x100 /* PCE */
  | 0x200 /* OSFXSR */ | 0x400 /* OSXMMEXCPT */ | 0x800 /* UMIP */ | 0x10000 /* FSGSBASE */ | 0x20000 /* PCIDE */ | 0x100000 /* SMEP */;
/** CR4 bits a MOV to CR4 may set on this CPU (VMXE with VMX, OSXSAVE with XSAVE). IA32_VMX_CR4_FIXED1 should equal this. */
export function cr4Supported(c: Cpu): number {
  return CR4_BASE | (vmxReported(c) ? 0x2000 : 0) | (xsaveReported(c) ? 0x40000 : 0);
}

/** Instruction-set features derived from the op registry (see the header comment). */
interface IsaBits { leaf1Ecx: number; leaf1Edx: number; leaf7Ebx: number; ext1Ecx: number }
let isaCache: IsaBits | null = null;
function all(...m: Mnemonic[]): boolean { return m.every((x) => isImplemented(x)); }
function isaBits(): IsaBits {
  if (isaCache) return isaCache;
  const bit = (cond: boolean, b: number): number => (cond ? 1 << b : 0);
  const cmov = all(Mnemonic.Cmovo, Mnemonic.Cmovno, Mnemonic.Cmovb, Mnemonic.Cmovae, Mnemonic.Cmove, Mnemonic.Cmovne, Mnemonic.Cmovbe, Mnemonic.Cmova,
    Mnemonic.Cmovs, Mnemonic.Cmovns, Mnemonic.Cmovp, Mnemonic.Cmovnp, Mnemonic.Cmovl, Mnemonic.Cmovge, Mnemonic.Cmovle, Mnemonic.Cmovg);
  const bits: IsaBits = {
    leaf1Ecx: bit(all(Mnemonic.Monitor, Mnemonic.Mwait), 3) | bit(all(Mnemonic.Cmpxchg16b), 13) | bit(all(Mnemonic.Movbe), 22) | bit(all(Mnemonic.Popcnt), 23),
    leaf1Edx: bit(all(Mnemonic.Cmpxchg8b), 8) | bit(cmov, 15) | bit(all(Mnemonic.Fxsave, Mnemonic.Fxrstor), 24),
    leaf7Ebx: bit(all(Mnemonic.Andn, Mnemonic.Bextr, Mnemonic.Blsi, Mnemonic.Blsmsk, Mnemonic.Blsr, Mnemonic.Tzcnt), 3)
      | bit(all(Mnemonic.Bzhi, Mnemonic.Mulx, Mnemonic.Pdep, Mnemonic.Pext, Mnemonic.Rorx, Mnemonic.Sarx, Mnemonic.Shlx, Mnemonic.Shrx), 8)
      | bit(all(Mnemonic.Adcx, Mnemonic.Adox), 19),
    ext1Ecx: bit(all(Mnemonic.Lahf, Mnemonic.Sahf), 0) | bit(all(Mnemonic.Lzcnt), 5) | bit(all(Mnemonic.Prefetchw), 8),
  };
  // Op modules are all registered when ops/index.ts has loaded, which precedes the first CPUID execution.
  isaCache = bits;
  return bits;
}
/** Forgets the cached registry-derived bits (tests that register ops late). */
export function resetCpuidCache(): void { isaCache = null; }

// CPUID.1:EDX fixed features: DE, PSE, TSC, MSR, PAE, MCE, APIC, SEP, MTRR, PGE, PAT, CLFSH.
const L1_EDX = (1 << 2) | (1 << 3) | (1 << 4) | (1 << 5) | (1 << 6) | (1 << 7) | (1 << 9) | (1 << 11) | (1 << 12) | (1 << 13) | (1 << 16) | (1 << 19);
// CPUID.1:ECX fixed features: PCID (17), RDRAND (30).
const L1_ECX = (1 << 17) | (1 << 30);
// CPUID.(7,0):EBX: FSGSBASE (0), IA32_TSC_ADJUST (1), SMEP (7), RDSEED (18), CLFLUSHOPT (23), CLWB (24).
const L7_EBX = (1 << 0) | (1 << 1) | (1 << 7) | (1 << 18) | (1 << 23) | (1 << 24);
// CPUID.(7,0):ECX: UMIP (2), RDPID (22).
const L7_ECX = (1 << 2) | (1 << 22);
// CPUID.(7,0):EDX: IBRS/IBPB (26), STIBP (27), SSBD (31) — IA32_SPEC_CTRL bits 0..2 and IA32_PRED_CMD exist.
const L7_EDX = (1 << 26) | (1 << 27) | (1 << 31);
// 8000_0001H:EDX: SYSCALL (11), XD (20), 1-GByte pages (26), RDTSCP (27), Intel 64 (29).
const E1_EDX = (1 << 11) | (1 << 20) | (1 << 26) | (1 << 27) | (1 << 29);

/**
 * Deterministic cache model (leaf 4): [type, level, ways, sets, sharing-1] — Ice Lake-SP-like,
 * one core: L1D 48 KiB 12-way, L1I 32 KiB 8-way, L2 1.25 MiB 20-way, L3 1.5 MiB 12-way; 64-byte lines.
 */
const CACHES: [number, number, number, number][] = [
  [1, 1, 12, 64], [2, 1, 8, 64], [3, 2, 20, 1024], [3, 3, 12, 2048],
];

function strDwords(s: string, n: number): number[] {
  const bytes = new Uint8Array(n * 4);
  for (let i = 0; i < s.length && i < bytes.length; i++) bytes[i] = s.charCodeAt(i) & 0xff;
  const out: number[] = [];
  for (let i = 0; i < n; i++) out.push(bytes[i * 4] | (bytes[i * 4 + 1] << 8) | (bytes[i * 4 + 2] << 16) | (bytes[i * 4 + 3] << 24));
  return out;
}

/** Executes CPUID for EAX = leaf, ECX = subleaf; returns [EAX, EBX, ECX, EDX] as int32 values. */
export function cpuid(c: Cpu, leaf: number, subleaf: number): [number, number, number, number] {
  const m = cpuidModel(c);
  leaf >>>= 0; subleaf >>>= 0;
  const extended = leaf >= 0x80000000;
  if ((!extended && leaf > m.maxBasic) || (extended && leaf > m.maxExtended) || (leaf >= 0x40000000 && leaf < 0x80000000)) leaf = m.maxBasic;
  const r = raw(c, m, leaf, subleaf);
  return [r[0] | 0, r[1] | 0, r[2] | 0, r[3] | 0];
}

function raw(c: Cpu, m: CpuidModel, leaf: number, sub: number): number[] {
  const isa = isaBits();
  switch (leaf) {
    case 0: { const v = strDwords(m.vendor, 3); return [m.maxBasic, v[0], v[2], v[1]]; } // EBX "Genu", EDX "ineI", ECX "ntel"
    case 1: {
      // EBX: brand index 0, CLFLUSH line size 8 (x 8 = 64 bytes), 1 logical processor, initial APIC ID.
      const ebx = (8 << 8) | (1 << 16) | ((m.apicId & 0xff) << 24);
      const ecx = L1_ECX | isa.leaf1Ecx | (vmxReported(c) ? 1 << 5 : 0) | (m.xsave ? 1 << 26 : 0) | (m.xsave && c.cr4 & CR4_OSXSAVE ? 1 << 27 : 0);
      return [m.signature, ebx, ecx, L1_EDX | isa.leaf1Edx];
    }
    case 2: return [0x00feff01, 0, 0, 0]; // descriptor FFH: "use leaf 4"
    case 4: {
      const k = CACHES[sub];
      if (!k) return [0, 0, 0, 0];
      const [type, level, ways, sets] = k;
      const eax = type | (level << 5) | (1 << 8) /* self-initializing */ | (0 << 14) /* 1 thread shares */ | (0 << 26) /* 1 core */;
      const ebx = (ways - 1) << 22 | (0 << 12) | 63;
      const edx = level === 3 ? 1 << 2 /* complex indexing */ : 0;
      return [eax, ebx, sets - 1, edx];
    }
    case 6: return [1 << 2 /* ARAT: APIC timer always running */, 0, 0, 0];
    case 7:
      if (sub !== 0) return [0, 0, 0, 0];
      return [0 /* max subleaf */, L7_EBX | isa.leaf7Ebx, L7_ECX, L7_EDX];
    case 0xb: {
      // x2APIC topology: one thread per core, one core per package.
      const id = m.apicId;
      if (sub === 0) return [0, 1, (1 << 8) | 0, id];
      if (sub === 1) return [0, 1, (2 << 8) | 1, id];
      return [0, 0, sub & 0xff, id];
    }
    case 0xd: {
      if (!m.xsave) return [0, 0, 0, 0];
      // Legacy region (512) + XSAVE header (64); x87 is the only state component.
      if (sub === 0) return [supportedXcr0(c), 576, 576, 0];
      return [0, 0, 0, 0]; // sub-leaf 1: no XSAVEOPT/XSAVEC/XGETBV1/XSAVES; no other components
    }
    case 0x80000000: return [m.maxExtended, 0, 0, 0];
    case 0x80000001: return [0, 0, isa.ext1Ecx, E1_EDX];
    case 0x80000002: case 0x80000003: case 0x80000004: {
      const d = strDwords(m.brand, 12);
      const i = (leaf - 0x80000002) * 4;
      return [d[i], d[i + 1], d[i + 2], d[i + 3]];
    }
    case 0x80000006: return [0, 0, (1280 << 16) | (7 << 12) /* "see leaf 4" */ | 64, 0];
    case 0x80000007: return [0, 0, 0, 1 << 8]; // invariant TSC
    case 0x80000008: return [(LINEAR_ADDRESS_BITS << 8) | MAXPHYADDR, 0, 0, 0];
    default: return [0, 0, 0, 0]; // in-range leaves with nothing to report (3, 5, 8..0AH, 0CH, 8000_0005H)
  }
}
