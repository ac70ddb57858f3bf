// System instructions (SDM Vol 2 "Operation" and exception sections of each): descriptor-table registers
// (LGDT/LIDT/SGDT/SIDT/LLDT/LTR/SLDT/STR), CR0 shortcuts (LMSW/SMSW/CLTS), cache/TLB maintenance
// (INVLPG/WBINVD/INVD/CLFLUSH/CLFLUSHOPT/CLWB), CPUID, MSRs, time stamp and performance counters,
// RDRAND/RDSEED, XGETBV/XSETBV, fast system calls (SYSCALL/SYSRET/SYSENTER/SYSEXIT), SWAPGS and the
// FS/GS base instructions. MOV CR/DR live in control-regs.ts; HLT in misc.ts; VMX instructions in vmx/.
//
// Notes on modelled behaviour:
//  - UMIP (CR4.UMIP, reported in CPUID.7:ECX[2]): SGDT/SIDT/SLDT/SMSW/STR at CPL > 0 raise #GP(0).
//  - SYSCALL/SYSRET follow Intel: outside 64-bit mode (including compatibility mode) they raise #UD.
//  - RDPMC: CPUID leaf 0AH reports no performance counters, so every permitted RDPMC raises #GP(0)
//    (invalid counter index), as a CPU without counters would.
//  - RDRAND/RDSEED return a deterministic sequence per CPU (seedRandom), restarted when the CPU is reset.
//  - INVLPG flushes the whole TLB (cpu.ts has no per-page invalidation); CLFLUSH/CLFLUSHOPT/CLWB only
//    check the address (segmentation and paging, as a read); WBINVD/INVD do nothing (no cache model).
import { Code, Mnemonic } from 'iced-x86';
import type { Cpu } from '../cpu';
import { ACC_R, CR0_PE, CR0_TS, CR4_TSD, CR4_PCE, CR4_UMIP, CR4_OSXSAVE, CR4_FSGSBASE, EFER_SCE, hex64 } from '../cpu';
import type { Exec, Insn } from '../insn';
import { K_MEM, K_REG } from '../insn';
import { defineOps } from './registry';
import { eaOf, reader, regWriter } from './operand';
import { CpuFault, GP, NP, UD } from '../faults';
import { setFlags, ARITH, CF, IF, RF, VM } from '../flags';
import { CS, SS, GS, FS, RAX, RCX, RDX, RBX, RSP, R11 } from '../regs';
import { AR_S, AR_P, AR_TYPE, AR_UNUSABLE } from '../segments';
import { readDescriptor, readSystemDescriptor, RawDescriptor } from '../descriptors';
import { writeCr0 } from './control-regs';
import { cpuid, supportedXcr0 } from '../cpuid';
import { MSR_TSC_AUX, MSR_STAR, MSR_LSTAR, MSR_FMASK, MSR_SYSENTER_CS, MSR_SYSENTER_ESP, MSR_SYSENTER_EIP, MSR_KERNEL_GS_BASE } from '../msr';

// ---------------------------------------------------------------------------------------------- helpers
const ud = (what: string): CpuFault => new CpuFault(UD, undefined, what);
const gp0 = (what: string): CpuFault => new CpuFault(GP, 0, what);

function privileged(c: Cpu, what: string): void {
  if (c.pe && c.cpl !== 0) throw gp0(`${what} at CPL ${c.cpl}`);
}
function umip(c: Cpu, what: string): void {
  if (c.cr4 & CR4_UMIP && c.pe && c.cpl > 0) throw gp0(`${what} at CPL ${c.cpl} with CR4.UMIP=1`);
}
function canonical(v: number): boolean { return v >= -0x800000000000 && v < 0x800000000000; }
function num(lo: number, hi: number): number { return hi * 4294967296 + (lo >>> 0); }
function split(v: number): [number, number] { return [v | 0, Math.floor(v / 4294967296) | 0]; }
/** Offset `a + k` wrapped to the address size. */
function offAdd(asz: number, a: number, k: number): number { return asz === 2 ? (a + k) & 0xffff : asz === 4 ? (a + k) >>> 0 : a + k; }
function msr(c: Cpu, index: number): [number, number] { return c.readMsr(index) ?? [0, 0]; }
function memOnly(d: Insn, name: string): Exec | null {
  return d.k0 === K_MEM ? null : () => { throw ud(`${name} with a register operand`); };
}

// ---------------------------------------------------------------------------------------------- LGDT / LIDT / SGDT / SIDT
function loadTableReg(idt: boolean) {
  const name = idt ? 'LIDT' : 'LGDT';
  return (d: Insn): Exec => {
    const bad = memOnly(d, name);
    if (bad) return bad;
    const ea = eaOf(d), s = d.mseg;
    // 16-bit operand size: only a 24-bit base is loaded (SDM LGDT "Operation").
    const o16 = d.code === Code.Lgdt_m1632_16 || d.code === Code.Lidt_m1632_16;
    return (c, d2) => {
      privileged(c, name);
      const a = ea(c, d2);
      const limit = c.read16(s, a);
      let base: number;
      if (c.long64) {
        const lo = c.read64(s, a + 2);
        base = num(lo, c.hi);
        if (!canonical(base)) throw gp0(`${name}: base 0x${hex64(base)} is not canonical`);
      } else {
        base = c.read32(s, offAdd(d2.asz, a, 2)) >>> 0;
        if (o16) base &= 0xffffff;
      }
      c.sysGen++;
      if (idt) { c.idtrBase = base; c.idtrLimit = limit; } else { c.gdtrBase = base; c.gdtrLimit = limit; }
    };
  };
}

function storeTableReg(idt: boolean) {
  const name = idt ? 'SIDT' : 'SGDT';
  return (d: Insn): Exec => {
    const bad = memOnly(d, name);
    if (bad) return bad;
    const ea = eaOf(d), s = d.mseg;
    return (c, d2) => {
      umip(c, name);
      const a = ea(c, d2);
      const base = idt ? c.idtrBase : c.gdtrBase, limit = idt ? c.idtrLimit : c.gdtrLimit;
      const [lo, hi] = split(base);
      if (c.long64) {
        c.probeWrite(s, a, 10);
        c.write16(s, a, limit);
        c.write64(s, a + 2, lo, hi);
      } else {
        // Legacy/compatibility mode: 2-byte limit and the 32-bit base, for 16- and 32-bit operand sizes alike.
        const a2 = offAdd(d2.asz, a, 2);
        c.probeWrite(s, a, 2); c.probeWrite(s, a2, 4);
        c.write16(s, a, limit);
        c.write32(s, a2, lo);
      }
    };
  };
}

// ---------------------------------------------------------------------------------------------- LLDT / LTR / SLDT / STR
/** Reads a GDT system descriptor for LLDT/LTR (16 bytes in IA-32e mode). */
function systemDescriptor(c: Cpu, sel: number): RawDescriptor {
  return c.lma ? readSystemDescriptor(c, sel) : readDescriptor(c, sel);
}
/** IA-32e mode: the upper 8 bytes must have type 0 and the 64-bit base must be canonical; returns the base. */
function checkLongSystemDescriptor(c: Cpu, d: RawDescriptor, sel: number, name: string): number {
  if (!c.lma) return d.base;
  const upper = c.readLin32(d.addr + 12, false);
  if ((upper >>> 8) & 0x1f) throw new CpuFault(GP, sel & 0xfffc, `${name} 0x${sel.toString(16)}: the upper half of the 16-byte descriptor has a non-zero type field`);
  const base = num(d.base, d.baseHi);
  if (!canonical(base)) throw new CpuFault(GP, sel & 0xfffc, `${name} 0x${sel.toString(16)}: base 0x${hex64(base)} is not canonical`);
  return base;
}

function lldt(d: Insn): Exec {
  const src = reader(d, 0, 2);
  return (c, d2) => {
    if (!c.pe) throw ud('LLDT in real mode');
    privileged(c, 'LLDT');
    const sel = src(c, d2) & 0xffff;
    c.sysGen++;
    if ((sel & 0xfffc) === 0) { c.ldtrSel = sel; c.ldtrAr = AR_UNUSABLE; return; } // null: LDTR becomes invalid
    if (sel & 4) throw new CpuFault(GP, sel & 0xfffc, `LLDT 0x${sel.toString(16)}: selector refers to the LDT`);
    const desc = systemDescriptor(c, sel);
    if (desc.ar & AR_S || (desc.ar & AR_TYPE) !== 2) throw new CpuFault(GP, sel & 0xfffc, `LLDT 0x${sel.toString(16)}: descriptor is not an LDT (type ${desc.ar & AR_TYPE}, S=${desc.ar & AR_S ? 1 : 0})`);
    const base = checkLongSystemDescriptor(c, desc, sel, 'LLDT');
    if (!(desc.ar & AR_P)) throw new CpuFault(NP, sel & 0xfffc, `LLDT 0x${sel.toString(16)}: LDT descriptor not present`);
    c.sysGen++; c.ldtrSel = sel; c.ldtrBase = base; c.ldtrLimit = desc.limit; c.ldtrAr = desc.ar;
  };
}

function ltr(d: Insn): Exec {
  const src = reader(d, 0, 2);
  return (c, d2) => {
    if (!c.pe) throw ud('LTR in real mode');
    privileged(c, 'LTR');
    const sel = src(c, d2) & 0xffff;
    if ((sel & 0xfffc) === 0) throw gp0('LTR with a null selector');
    if (sel & 4) throw new CpuFault(GP, sel & 0xfffc, `LTR 0x${sel.toString(16)}: selector refers to the LDT`);
    const desc = systemDescriptor(c, sel);
    const type = desc.ar & AR_TYPE;
    // Available TSS: 9 (32-bit; 64-bit in IA-32e mode) or 1 (16-bit, legacy mode only).
    if (desc.ar & AR_S || !(type === 9 || (type === 1 && !c.lma))) {
      const why = type === 11 || type === 3 ? 'TSS is busy' : `descriptor is not an available ${c.lma ? '64-bit ' : ''}TSS (type ${type}, S=${desc.ar & AR_S ? 1 : 0})`;
      throw new CpuFault(GP, sel & 0xfffc, `LTR 0x${sel.toString(16)}: ${why}`);
    }
    const base = checkLongSystemDescriptor(c, desc, sel, 'LTR');
    if (!(desc.ar & AR_P)) throw new CpuFault(NP, sel & 0xfffc, `LTR 0x${sel.toString(16)}: TSS descriptor not present`);
    // Mark the descriptor busy in the GDT (locked read-modify-write of the type field).
    c.writeLin32(desc.addr + 4, desc.hi | 0x200, false);
    c.sysGen++; c.trSel = sel; c.trBase = base; c.trLimit = desc.limit; c.trAr = desc.ar | 2;
  };
}

/** SLDT/STR/SMSW destination: 16-bit memory, or a register (32/64-bit forms zero-extend). */
function storeSelector(name: string, value: (c: Cpu) => number, realOk: boolean) {
  return (d: Insn): Exec => {
    const check = (c: Cpu): void => {
      if (!realOk && !c.pe) throw ud(`${name} in real mode`);
      umip(c, name);
    };
    if (d.k0 === K_MEM) {
      const ea = eaOf(d), s = d.mseg;
      return (c, d2) => { check(c); c.write16(s, ea(c, d2), value(c) & 0xffff); };
    }
    const size = d.osz;
    const w = regWriter(d.g0, 0, size);
    return (c, d2) => { check(c); const v = value(c); w(c, d2, size === 2 ? v & 0xffff : v, 0); };
  };
}

// ---------------------------------------------------------------------------------------------- LMSW / CLTS
function lmsw(d: Insn): Exec {
  const src = reader(d, 0, 2);
  return (c, d2) => {
    privileged(c, 'LMSW');
    const v = src(c, d2) & 0xf;
    // Only PE, MP, EM, TS are loaded; LMSW can set PE but not clear it (SDM LMSW).
    writeCr0(c, (c.cr0 & ~0xe) | (v & 0xe) | (c.cr0 & CR0_PE) | (v & CR0_PE));
  };
}

// ---------------------------------------------------------------------------------------------- caches and TLB
function invlpg(d: Insn): Exec {
  const bad = memOnly(d, 'INVLPG');
  if (bad) return bad;
  const ea = eaOf(d);
  return (c, d2) => {
    privileged(c, 'INVLPG');
    ea(c, d2); // no segmentation or canonical checks; the whole TLB is flushed
    c.flushTlb();
  };
}
function cacheLine(name: string) {
  return (d: Insn): Exec => {
    const bad = memOnly(d, name);
    if (bad) return bad;
    const ea = eaOf(d), s = d.mseg;
    return (c, d2) => {
      const la = c.linear(s, ea(c, d2), 1, false);
      if (c.xlate) c.translate(la, ACC_R, c.cpl === 3);
    };
  };
}

// ---------------------------------------------------------------------------------------------- CPUID / MSR / TSC / PMC
function cpuidOp(): Exec {
  return (c) => {
    const [a, b, cx, dx] = cpuid(c, c.r[RAX << 1], c.r[RCX << 1]);
    c.set32(RAX, a); c.set32(RBX, b); c.set32(RCX, cx); c.set32(RDX, dx);
  };
}

function rdmsr(): Exec {
  return (c) => {
    privileged(c, 'RDMSR');
    const index = c.r[RCX << 1] >>> 0;
    const v = c.readMsr(index);
    if (!v) throw gp0(`RDMSR 0x${index.toString(16)}: unknown MSR`);
    c.set32(RAX, v[0]); c.set32(RDX, v[1]);
  };
}
function wrmsr(): Exec {
  return (c) => {
    privileged(c, 'WRMSR');
    const index = c.r[RCX << 1] >>> 0;
    if (!c.writeMsr(index, c.r[RAX << 1], c.r[RDX << 1])) throw gp0(`WRMSR 0x${index.toString(16)}: unknown MSR`);
  };
}

function tscAllowed(c: Cpu, name: string): void {
  if (c.cr4 & CR4_TSD && c.pe && c.cpl > 0) throw gp0(`${name} at CPL ${c.cpl} with CR4.TSD=1`);
}
function rdtsc(): Exec {
  return (c) => {
    tscAllowed(c, 'RDTSC');
    const [lo, hi] = split(c.tsc);
    c.set32(RAX, lo); c.set32(RDX, hi);
  };
}
function rdtscp(): Exec {
  return (c) => {
    tscAllowed(c, 'RDTSCP');
    const [lo, hi] = split(c.tsc);
    const aux = msr(c, MSR_TSC_AUX)[0];
    c.set32(RAX, lo); c.set32(RDX, hi); c.set32(RCX, aux);
  };
}
function rdpid(d: Insn): Exec {
  const size = d.osz === 8 ? 8 : 4;
  const w = regWriter(d.g0, 0, size);
  return (c, d2) => w(c, d2, msr(c, MSR_TSC_AUX)[0], 0);
}
function rdpmc(): Exec {
  return (c) => {
    if (!(c.cr4 & CR4_PCE) && c.pe && c.cpl > 0) throw gp0(`RDPMC at CPL ${c.cpl} with CR4.PCE=0`);
    throw gp0(`RDPMC: counter 0x${(c.r[RCX << 1] >>> 0).toString(16)} does not exist (CPUID leaf 0AH reports no performance counters)`);
  };
}

// ---------------------------------------------------------------------------------------------- RDRAND / RDSEED
interface RngState { seed: number; n: number; lastIcount: number }
const rng = new WeakMap<Cpu, RngState>();
export const DEFAULT_RANDOM_SEED = 0x5eed1234;
/** Restarts the RDRAND/RDSEED sequence of a CPU with `seed` (the machine should call this on load/reset). */
export function seedRandom(c: Cpu, seed = DEFAULT_RANDOM_SEED): void { rng.set(c, { seed: seed | 0, n: 0, lastIcount: c.icount }); }
/** Position in the CPU's RDRAND/RDSEED sequence (machine snapshots). */
export function randomState(c: Cpu): RngState | undefined { const s = rng.get(c); return s && { ...s }; }
export function setRandomState(c: Cpu, s: RngState | undefined): void { if (s) rng.set(c, { ...s }); else rng.delete(c); }
function fmix32(h: number): number {
  h ^= h >>> 16; h = Math.imul(h, 0x85ebca6b); h ^= h >>> 13; h = Math.imul(h, 0xc2b2ae35); h ^= h >>> 16;
  return h | 0;
}
/** Next value of the CPU's deterministic sequence (domain separates RDRAND from RDSEED). */
function nextRandom(c: Cpu, domain: number): [number, number] {
  let st = rng.get(c);
  // A reset (icount went back) restarts the sequence so that a reloaded program sees the same numbers.
  if (!st || c.icount < st.lastIcount) { seedRandom(c, st?.seed ?? DEFAULT_RANDOM_SEED); st = rng.get(c)!; }
  st.lastIcount = c.icount;
  const n = st.n++;
  const lo = fmix32(st.seed ^ domain ^ Math.imul(n + 1, 0x9e3779b1));
  const hi = fmix32(lo ^ Math.imul(n + 1, 0x27d4eb2f) ^ domain);
  return [lo, hi];
}
function randomOp(domain: number) {
  return (d: Insn): Exec => {
    if (d.k0 !== K_REG) return () => { throw ud('RDRAND/RDSEED needs a register operand'); };
    const size = d.osz;
    const w = regWriter(d.g0, 0, size);
    return (c, d2) => {
      const [lo, hi] = nextRandom(c, domain);
      w(c, d2, size === 2 ? lo & 0xffff : lo, size === 8 ? hi : 0);
      setFlags(c, ARITH, CF); // CF=1 (valid), OF SF ZF AF PF = 0
    };
  };
}

// ---------------------------------------------------------------------------------------------- XGETBV / XSETBV
function xgetbv(): Exec {
  return (c) => {
    if (!(c.cr4 & CR4_OSXSAVE)) throw ud('XGETBV with CR4.OSXSAVE=0');
    const n = c.r[RCX << 1] >>> 0;
    if (n !== 0) throw gp0(`XGETBV: XCR${n} is not supported`);
    c.set32(RAX, c.xcr0); c.set32(RDX, 0);
  };
}
function xsetbv(): Exec {
  return (c) => {
    if (!(c.cr4 & CR4_OSXSAVE)) throw ud('XSETBV with CR4.OSXSAVE=0');
    privileged(c, 'XSETBV');
    const n = c.r[RCX << 1] >>> 0;
    if (n !== 0) throw gp0(`XSETBV: XCR${n} is not supported`);
    const lo = c.r[RAX << 1], hi = c.r[RDX << 1];
    const bad = (lo & ~supportedXcr0(c)) >>> 0;
    if (hi !== 0 || bad) throw gp0(`XSETBV XCR0 0x${(hi >>> 0).toString(16)}_${(lo >>> 0).toString(16)}: unsupported state components (supported 0x${supportedXcr0(c).toString(16)})`);
    if (!(lo & 1)) throw gp0('XSETBV: XCR0 bit 0 (x87) must be 1');
    c.xcr0 = lo;
  };
}

// ---------------------------------------------------------------------------------------------- SYSCALL / SYSRET
// Fixed segment caches (SDM SYSCALL/SYSRET/SYSENTER/SYSEXIT "Operation"): base 0, limit 4 GiB, G=1.
const AR_CODE64_R0 = 0xa09b, AR_CODE32_R0 = 0xc09b, AR_STACK_R0 = 0xc093;
const AR_CODE64_R3 = 0xa0fb, AR_CODE32_R3 = 0xc0fb, AR_STACK_R3 = 0xc0f3;

function syscall(): Exec {
  return (c) => {
    if (!c.long64) throw ud('SYSCALL outside 64-bit mode (Intel: #UD in compatibility and legacy modes)');
    if (!(c.efer & EFER_SCE)) throw ud('SYSCALL with EFER.SCE=0');
    const star = msr(c, MSR_STAR), lstar = msr(c, MSR_LSTAR), fmask = msr(c, MSR_FMASK)[0];
    const [rlo, rhi] = split(c.nrip);
    const fl = c.getFlags() & ~RF;
    const sel = star[1] & 0xffff;
    c.set64(RCX, rlo, rhi);
    c.set64(R11, fl, 0);
    c.setFlagsValue(fl & ~fmask);
    c.setSegCache(CS, sel & 0xfffc, 0, 0xffffffff, AR_CODE64_R0);
    c.setSegCache(SS, (sel + 8) & 0xffff, 0, 0xffffffff, AR_STACK_R0);
    c.cpl = 0;
    c.updateMode();
    c.nrip = num(lstar[0], lstar[1]);
  };
}

function sysret(d: Insn): Exec {
  const q = d.code === Code.Sysretq;
  return (c) => {
    if (!c.long64) throw ud('SYSRET outside 64-bit mode');
    if (!(c.efer & EFER_SCE)) throw ud('SYSRET with EFER.SCE=0');
    privileged(c, 'SYSRET');
    const rcx = num(c.r[RCX << 1], c.r[(RCX << 1) + 1]);
    if (q && !canonical(rcx)) throw gp0(`SYSRET to non-canonical RCX 0x${hex64(rcx)}`);
    const target = q ? rcx : c.r[RCX << 1] >>> 0;
    const base = (msr(c, MSR_STAR)[1] >>> 16) & 0xffff;
    const cs = ((q ? base + 16 : base) | 3) & 0xffff;
    c.setFlagsValue((c.r[R11 << 1] & 0x3c7fd7) | 2);
    c.setSegCache(CS, cs, 0, 0xffffffff, q ? AR_CODE64_R3 : AR_CODE32_R3);
    c.setSegCache(SS, ((base + 8) | 3) & 0xffff, 0, 0xffffffff, AR_STACK_R3);
    c.cpl = 3;
    c.updateMode();
    c.nrip = target;
  };
}

// ---------------------------------------------------------------------------------------------- SYSENTER / SYSEXIT
function sysenter(): Exec {
  return (c) => {
    if (!c.pe) throw gp0('SYSENTER in real mode');
    const cs = msr(c, MSR_SYSENTER_CS)[0] & 0xffff;
    if ((cs & 0xfffc) === 0) throw gp0('SYSENTER with IA32_SYSENTER_CS[15:2] = 0');
    const esp = msr(c, MSR_SYSENTER_ESP), eip = msr(c, MSR_SYSENTER_EIP);
    const lma = c.lma;
    c.flags &= ~(VM | IF | RF);
    c.setSegCache(CS, cs & 0xfffc, 0, 0xffffffff, lma ? AR_CODE64_R0 : AR_CODE32_R0);
    c.setSegCache(SS, ((cs & 0xfffc) + 8) & 0xffff, 0, 0xffffffff, AR_STACK_R0);
    c.cpl = 0;
    c.updateMode();
    if (lma) { c.set64(RSP, esp[0], esp[1]); c.nrip = num(eip[0], eip[1]); }
    else { c.set32(RSP, esp[0]); c.nrip = eip[0] >>> 0; }
  };
}

function sysexit(d: Insn): Exec {
  const q = d.code === Code.Sysexitq;
  return (c) => {
    if (!c.pe) throw gp0('SYSEXIT in real mode');
    privileged(c, 'SYSEXIT');
    const cs0 = msr(c, MSR_SYSENTER_CS)[0] & 0xffff;
    if ((cs0 & 0xfffc) === 0) throw gp0('SYSEXIT with IA32_SYSENTER_CS[15:2] = 0');
    const rcx = num(c.r[RCX << 1], c.r[(RCX << 1) + 1]), rdx = num(c.r[RDX << 1], c.r[(RDX << 1) + 1]);
    if (q && !canonical(rcx)) throw gp0(`SYSEXIT with non-canonical RCX 0x${hex64(rcx)}`);
    if (q && !canonical(rdx)) throw gp0(`SYSEXIT with non-canonical RDX 0x${hex64(rdx)}`);
    const cs = ((q ? cs0 + 32 : cs0 + 16) | 3) & 0xffff;
    c.setSegCache(CS, cs, 0, 0xffffffff, q ? AR_CODE64_R3 : AR_CODE32_R3);
    c.setSegCache(SS, (cs + 8) & 0xffff, 0, 0xffffffff, AR_STACK_R3);
    c.cpl = 3;
    c.updateMode();
    if (q) { c.set64(RSP, c.r[RCX << 1], c.r[(RCX << 1) + 1]); c.nrip = rdx; }
    else { c.set32(RSP, c.r[RCX << 1]); c.nrip = c.r[RDX << 1] >>> 0; }
  };
}

// ---------------------------------------------------------------------------------------------- SWAPGS / FS/GS base
function swapgs(): Exec {
  return (c) => {
    if (!c.long64) throw ud('SWAPGS outside 64-bit mode');
    privileged(c, 'SWAPGS');
    const k = msr(c, MSR_KERNEL_GS_BASE);
    const [glo, ghi] = split(c.sbase[GS]);
    if (!c.writeMsr(MSR_KERNEL_GS_BASE, glo, ghi)) c.msrs.set(MSR_KERNEL_GS_BASE, [glo, ghi]);
    c.sysGen++; c.msrGen++; c.sbase[GS] = num(k[0], k[1]);
  };
}

function fsgsCheck(c: Cpu, name: string): void {
  if (!c.long64) throw ud(`${name} outside 64-bit mode`);
  if (!(c.cr4 & CR4_FSGSBASE)) throw ud(`${name} with CR4.FSGSBASE=0`);
}
function rdBase(s: number, name: string) {
  return (d: Insn): Exec => {
    const g = d.g0, size = d.osz;
    return (c) => {
      fsgsCheck(c, name);
      const [lo, hi] = split(c.sbase[s]);
      if (size === 8) c.set64(g, lo, hi); else c.set32(g, lo);
    };
  };
}
function wrBase(s: number, name: string) {
  return (d: Insn): Exec => {
    const g = d.g0, size = d.osz;
    return (c) => {
      fsgsCheck(c, name);
      const v = size === 8 ? num(c.r[g << 1], c.r[(g << 1) + 1]) : c.r[g << 1] >>> 0;
      if (!canonical(v)) throw gp0(`${name}: 0x${hex64(v)} is not canonical`);
      c.sysGen++; c.sbase[s] = v;
    };
  };
}

defineOps([
  [Mnemonic.Lgdt, loadTableReg(false)], [Mnemonic.Lidt, loadTableReg(true)],
  [Mnemonic.Sgdt, storeTableReg(false)], [Mnemonic.Sidt, storeTableReg(true)],
  [Mnemonic.Lldt, lldt], [Mnemonic.Ltr, ltr],
  [Mnemonic.Sldt, storeSelector('SLDT', (c) => c.ldtrSel, false)],
  [Mnemonic.Str, storeSelector('STR', (c) => c.trSel, false)],
  [Mnemonic.Smsw, storeSelector('SMSW', (c) => c.cr0, true)],
  [Mnemonic.Lmsw, lmsw],
  [Mnemonic.Clts, () => (c) => { privileged(c, 'CLTS'); writeCr0(c, c.cr0 & ~CR0_TS); }],
  [Mnemonic.Invlpg, invlpg],
  [[Mnemonic.Wbinvd, Mnemonic.Invd], (d) => { const name = d.mnem === Mnemonic.Wbinvd ? 'WBINVD' : 'INVD'; return (c) => privileged(c, name); }],
  [Mnemonic.Clflush, cacheLine('CLFLUSH')], [Mnemonic.Clflushopt, cacheLine('CLFLUSHOPT')], [Mnemonic.Clwb, cacheLine('CLWB')],
  [Mnemonic.Cpuid, cpuidOp],
  [Mnemonic.Rdmsr, rdmsr], [Mnemonic.Wrmsr, wrmsr],
  [Mnemonic.Rdtsc, rdtsc], [Mnemonic.Rdtscp, rdtscp], [Mnemonic.Rdpid, rdpid], [Mnemonic.Rdpmc, rdpmc],
  [Mnemonic.Rdrand, randomOp(0x52444e44)], [Mnemonic.Rdseed, randomOp(0x53454544)],
  [Mnemonic.Xgetbv, xgetbv], [Mnemonic.Xsetbv, xsetbv],
  [Mnemonic.Syscall, syscall], [[Mnemonic.Sysret, Mnemonic.Sysretq], sysret],
  [Mnemonic.Sysenter, sysenter], [[Mnemonic.Sysexit, Mnemonic.Sysexitq], sysexit],
  [Mnemonic.Swapgs, swapgs],
  [Mnemonic.Rdfsbase, rdBase(FS, 'RDFSBASE')], [Mnemonic.Rdgsbase, rdBase(GS, 'RDGSBASE')],
  [Mnemonic.Wrfsbase, wrBase(FS, 'WRFSBASE')], [Mnemonic.Wrgsbase, wrBase(GS, 'WRGSBASE')],
]);
