// The processor state and its memory path: segmentation, paging (TLB + walk), data access, stack.
// Instruction semantics live in ops/, delivery of events in interrupts.ts, the run loop in exec.ts.
import { PhysMemory, MARK_PAGING } from '../memory/phys-memory';
import type { RunStop } from './exec';
import type { VmxUnit } from '../vmx/vmx-unit';

/** Port I/O as the CPU sees it (the machine wires its IoBus here). */
export interface PortIo {
  read(port: number, size: 1 | 2 | 4): number;
  write(port: number, size: 1 | 2 | 4, value: number): void;
}
import { CpuFault, GP, PF, SS_, NotImplemented } from './faults';
import { CS, SS, DS, ES, FS, GS, RSP } from './regs';
import { L_NONE, materialize, IF, VM } from './flags';
import { AR_REAL_CODE, AR_REAL_DATA, AR_L, AR_DB, AR_S, AR_TYPE, T_CODE, T_WRITABLE, T_READABLE, T_EXPAND_DOWN, AR_UNUSABLE, AR_P } from './segments';

// CR0 (SDM Vol 3A 2.5)
export const CR0_PE = 1, CR0_MP = 2, CR0_EM = 4, CR0_TS = 8, CR0_ET = 0x10, CR0_NE = 0x20, CR0_WP = 0x10000, CR0_AM = 0x40000, CR0_NW = 0x20000000, CR0_CD = 0x40000000, CR0_PG = 0x80000000 | 0;
// CR4
export const CR4_VME = 1, CR4_PVI = 2, CR4_TSD = 4, CR4_DE = 8, CR4_PSE = 0x10, CR4_PAE = 0x20, CR4_MCE = 0x40, CR4_PGE = 0x80, CR4_PCE = 0x100, CR4_OSFXSR = 0x200, CR4_OSXMMEXCPT = 0x400, CR4_UMIP = 0x800, CR4_LA57 = 0x1000, CR4_VMXE = 0x2000, CR4_SMXE = 0x4000, CR4_FSGSBASE = 0x10000, CR4_PCIDE = 0x20000, CR4_OSXSAVE = 0x40000, CR4_SMEP = 0x100000, CR4_SMAP = 0x200000, CR4_PKE = 0x400000;
// EFER (SDM Vol 3A 2.2.1)
export const EFER_SCE = 1, EFER_LME = 0x100, EFER_LMA = 0x400, EFER_NXE = 0x800;

// Access kinds for translation.
export const ACC_R = 0, ACC_W = 1, ACC_X = 2;

// TLB permission bits, computed when an entry is filled.
const P_SR = 1, P_SW = 2, P_UR = 4, P_UW = 8, P_SX = 16, P_UX = 32, P_DIRTY = 64;
const TLB_SIZE = 1024;

/** TLB contexts kept besides the current one (VPIDs of guests). */
const MAX_TLB_CONTEXTS = 16;
/** refreshTlbContext re-checks up to this many translations; a fuller TLB is flushed. */
const TLB_REFRESH_MAX = 64;
// Paging state a TLB context's translations depend on (changing any of these flushes within a context).
const TLB_CR0 = CR0_PG | CR0_WP | CR0_PE, TLB_CR4 = CR4_PSE | CR4_PAE | CR4_PGE | CR4_LA57 | CR4_PCIDE | CR4_SMEP | CR4_SMAP | CR4_PKE, TLB_EFER = EFER_LME | EFER_LMA | EFER_NXE;

/** The cached translations of one TLB context and the paging state they were made under. */
class TlbContext {
  readonly tag = new Float64Array(TLB_SIZE).fill(NaN);
  readonly pa = new Float64Array(TLB_SIZE);
  readonly perm = new Uint8Array(TLB_SIZE);
  readonly used = new Int32Array(TLB_SIZE);
  usedN = 0;
  /** per entry: the 4-level paging entries it was made from (count, addresses, values), for refreshTlbContext */
  readonly pathN = new Uint8Array(TLB_SIZE);
  readonly pathAddr = new Float64Array(TLB_SIZE * 4);
  readonly pathLo = new Int32Array(TLB_SIZE * 4);
  readonly pathHi = new Int32Array(TLB_SIZE * 4);
  flushes = 0;
  /**
   * PhysMemory.pagingWrites when every translation here was last known to match its paging entries (-1: not known):
   * refreshTlbContext has nothing to check while it is unchanged.
   */
  validGen = -1;
  cr0 = 0; cr3 = 0; cr4 = 0; efer = 0; ept = -1;
  /** EPT tag of the running code (set by selectTlbContext) */
  eptNow = -1;
  constructor(readonly key: number) {}
}

/** What block links depend on besides the TLB contents: saved per side of VMX transitions. */
class FetchEpoch {
  epoch = -1;
  private tlb: TlbContext | null = null;
  private flushes = 0; private cpl = 0; private bits = 0; private nonRoot = false; private csBase = 0; private csLimit = 0; private csAr = 0;
  private cr0 = 0; private cr3 = 0; private cr4 = 0; private efer = 0;
  save(c: Cpu, t: TlbContext): void {
    this.epoch = c.tlbGeneration; this.tlb = t; this.flushes = t.flushes; this.cpl = c.cpl; this.bits = c.bits; this.nonRoot = c.nonRoot;
    this.csBase = c.sbase[CS]; this.csLimit = c.slimit[CS]; this.csAr = c.sar[CS];
    this.cr0 = c.cr0; this.cr3 = c.cr3; this.cr4 = c.cr4; this.efer = c.efer;
  }
  matches(c: Cpu, t: TlbContext): boolean {
    return this.tlb === t && this.flushes === t.flushes && this.cpl === c.cpl && this.bits === c.bits && this.nonRoot === c.nonRoot
      && this.csBase === c.sbase[CS] && this.csLimit === c.slimit[CS] && this.csAr === c.sar[CS]
      && this.cr0 === c.cr0 && this.cr3 === c.cr3 && this.cr4 === c.cr4 && this.efer === c.efer;
  }
}

/** Physical-address width we report in CPUID 0x80000008 (SDM: MAXPHYADDR). */
export const MAXPHYADDR = 39;

export type CodeBits = 16 | 32 | 64;

// Reserved high-dword bits of paging entries: physical-address bits 51:MAXPHYADDR (4-level), 62:MAXPHYADDR (PAE).
const RSVD_HI_4L = (0xfffff & ~((1 << (MAXPHYADDR - 32)) - 1)) | 0;
const RSVD_HI_PAE = (0x7fffffff & ~((1 << (MAXPHYADDR - 32)) - 1)) | 0;

/** Second-level translation (EPT) as the CPU's memory path needs it; implemented in vmx/ept.ts. */
export interface EptTranslator {
  /**
   * Translates a guest-physical address for an access (ACC_R/W/X, user/supervisor for mode-based execute);
   * `la` is the guest-linear address when there is one (NaN otherwise), `final` is false for accesses to guest
   * paging-structure entries. Throws (a VM exit) on EPT violations and misconfigurations.
   */
  translate(gpa: number, acc: number, user: boolean, la: number, final: boolean): number;
  /** TLB permission bits (P_* layout of cpu.ts) granted by the last successful translate(). */
  lastPerm: number;
}

/** strictTlb (vmx/linear-tlb.ts): asked on every miss of the TLB instead of walking directly (it calls walk()). */
export interface TlbModel {
  miss(la: number, acc: number, user: boolean, ti: number, vpn: number): number;
}

export interface MsrHandler {
  read(c: Cpu, index: number): [number, number] | undefined;
  write(c: Cpu, index: number, lo: number, hi: number): boolean;
}

export class Cpu {
  // ---- general registers: r[2i] = low dword, r[2i+1] = high dword (signed int32 views)
  readonly r = new Int32Array(32);
  /** Current instruction address (IP/EIP/RIP; 64-bit values held exactly as signed canonical numbers). */
  rip = 0;
  /** Address of the next instruction; branches write it. */
  nrip = 0;
  /** Scratch: high dword returned by 64-bit reads. */
  hi = 0;
  /** Scratch: effective address of a read-modify-write memory operand. */
  ea = 0;
  /** Index in the running compiled block of the instruction being executed (jit.ts contract). */
  bk = 0;

  // ---- RFLAGS: bits in `flags`, arithmetic flags possibly pending in the lazy state
  flags = 2;
  lop = L_NONE; lsz = 4; la = 0; lah = 0; lb = 0; lbh = 0; lr = 0; lrh = 0; lcf = 0;

  // ---- segment registers (hidden parts); index ES..GS
  readonly sel = new Int32Array(6);
  readonly sbase = new Float64Array(6);
  readonly slimit = new Float64Array(6);
  readonly sar = new Int32Array(6);
  /** bit 0: reads allowed, bit 1: writes allowed (computed from the cached attributes). */
  readonly segOk = new Uint8Array(6);
  gdtrBase = 0; gdtrLimit = 0xffff;
  idtrBase = 0; idtrLimit = 0x3ff;
  ldtrSel = 0; ldtrBase = 0; ldtrLimit = 0xffff; ldtrAr = 0x82;
  trSel = 0; trBase = 0; trLimit = 0xffff; trAr = 0x8b;

  // ---- control registers, EFER, debug registers
  cr0 = CR0_ET | CR0_CD | CR0_NW;
  cr2 = 0;
  cr3 = 0;
  cr4 = 0;
  efer = 0;
  /** PAE PDPTEs loaded with CR3 (SDM Vol 3A 4.4.1), as numbers (bit 0 present). */
  readonly pdpte = new Float64Array(4);
  readonly dr = new Float64Array(8);
  xcr0 = 1;

  // ---- derived mode state (updateMode)
  cpl = 0;
  bits: CodeBits = 16;
  /** IA-32e mode active and CS.L: 64-bit mode. */
  long64 = false;
  /** Stack address size in bytes (SS.B or 8 in 64-bit mode). */
  ssz = 2;
  paging = false;
  /** Linear addresses need translation: guest paging or EPT (paging || ept !== null). */
  xlate = false;
  /** EPT in VMX non-root operation: guest-physical -> host-physical (set by VM entry, cleared by VM exit). */
  ept: EptTranslator | null = null;
  /** strictTlb model of the translations a processor may cache for a guest (null: walk on every miss). */
  tlbModel: TlbModel | null = null;

  // ---- events and time
  /** Retired instructions; the TSC is icount + tscAdjust (deterministic time base). */
  icount = 0;
  tscAdjust = 0;
  halted = false;
  /** Interrupt shadow after STI / MOV SS (SDM Vol 3A 6.8.3). */
  shadow = 0;
  nmiBlocked = false;
  /** Event being delivered (VMX IDT-vectoring information format), 0 when none: an exit during delivery records it. */
  vectoringInfo = 0;
  vectoringError = 0;
  /** Set by devices or the debugger: leave the run loop at the next instruction boundary. */
  stopRequest = false;
  /**
   * Bumped by every change to the processor state a VM exit saves apart from RSP, RIP, RFLAGS and the
   * non-register state: segment registers, LDTR, TR, GDTR, IDTR, CR0, CR3, CR4, EFER and MSRs. A VM exit
   * skips saving that state when it is unchanged since the VM entry (vmx/vm-exit.ts); a writer that does not
   * bump it would leave stale guest state in the VMCS, which the tests' cross-check (VMXDBG_VERIFY_LAZY_SAVE)
   * reports.
   */
  sysGen = 0;
  /** Bumped by every MSR write (VM entries and exits skip reloading MSRs that cannot have changed, vmx/state-msrs.ts). */
  msrGen = 0;
  /** INIT signal latched and not yet acted on (blocked in VMX root operation, SDM Vol 3C 24.8); vmx/signals.ts */
  pendingInit = false;
  /** vector of a start-up IPI that arrived and is not yet acted on, or -1 (vmx/signals.ts) */
  pendingSipi = -1;
  /** an NMI that arrived and is not yet delivered (blocked, or waiting for the instruction boundary; vmx/signals.ts) */
  pendingNmi = false;
  /** Set by an instruction (magic breakpoint, VM exit the debugger watches...): the run loop returns it after the instruction. */
  pendingStop: RunStop | null = null;
  io: PortIo = { read: (_p, size) => (size === 4 ? 0xffffffff : size === 2 ? 0xffff : 0xff), write: () => {} };

  // ---- TLB (direct-mapped, per linear 4 KiB page): the arrays of the current TLB context
  // The context bookkeeping is in #private fields: not machine state (snapshots flush the TLB instead).
  #tlb = new TlbContext(0);
  private tlbTag = this.#tlb.tag;
  private tlbPa = this.#tlb.pa;
  private tlbPerm = this.#tlb.perm;
  private tlbUsed = this.#tlb.used;
  private tlbUsedN = 0;
  /** TLB contexts other than the current one (VMX: other VPIDs), kept across VM entries and exits; the last one left is #tlbPrev. */
  readonly #tlbOthers = new Map<number, TlbContext>();
  #tlbPrev: TlbContext | null = null;
  /** Source of fresh tlbGeneration values (a generation is never reused for another state). */
  #epochs = 0;
  /** Per side of VMX transitions (0 root, 1 non-root): fetch state and generation when the side was left. */
  readonly #fetchEpochs = [new FetchEpoch(), new FetchEpoch()];
  /** Changes whenever linear->physical mapping or the code segment/mode may have changed: block links are only valid within one generation. */
  tlbGeneration = 0;

  msrHandlers: MsrHandler[] = [];
  /** VMX unit when the CPU model has VMX (CPUID.1:ECX.VMX). */
  vmx: VmxUnit | null = null;
  /** Debugger: called after near CALL (kind 0) and RET (kind 1) with the instruction address and the target. */
  callHook: ((kind: number, from: number, to: number) => void) | null = null;
  /** VMX non-root: decides whether an event (vector, VMX interruption type, error code) causes a VM exit instead of delivery. */
  eventIntercept: ((vector: number, type: number, errorCode: number | undefined) => boolean) | null = null;
  /** VMX non-root operation: decoded blocks differ (intercepted instructions exit). */
  nonRoot = false;
  readonly msrs = new Map<number, [number, number]>();

  constructor(readonly mem: PhysMemory) {
    this.reset();
  }

  /** Power-on state (SDM Vol 3A Table 10-1), then real mode at CS:IP = 0:0 (the loader sets the entry). */
  reset(): void {
    this.r.fill(0);
    this.rip = this.nrip = 0;
    this.flags = 2; this.lop = L_NONE;
    for (let s = 0; s < 6; s++) this.setSegReal(s, 0);
    this.gdtrBase = 0; this.gdtrLimit = 0xffff; this.idtrBase = 0; this.idtrLimit = 0x3ff;
    this.ldtrSel = 0; this.ldtrBase = 0; this.ldtrLimit = 0xffff; this.ldtrAr = 0x82;
    this.trSel = 0; this.trBase = 0; this.trLimit = 0xffff; this.trAr = 0x8b;
    this.cr0 = CR0_ET | CR0_CD | CR0_NW; this.cr2 = 0; this.cr3 = 0; this.cr4 = 0; this.efer = 0; this.xcr0 = 1;
    this.dr.fill(0); this.dr[6] = 0xffff0ff0; this.dr[7] = 0x400;
    this.halted = false; this.shadow = 0; this.nmiBlocked = false; this.vectoringInfo = 0;
    this.pendingInit = false; this.pendingSipi = -1; this.pendingNmi = false; this.sysGen++; this.msrGen++;
    this.icount = 0; this.tscAdjust = 0;
    this.ept = null; this.nonRoot = false;
    this.msrs.clear();
    this.updateMode();
    this.flushTlb();
  }

  // ================================================================ registers
  get32(g: number): number { return this.r[g << 1]; }
  set32(g: number, v: number): void { this.r[g << 1] = v; this.r[(g << 1) + 1] = 0; }
  get64lo(g: number): number { return this.r[g << 1]; }
  get64hi(g: number): number { return this.r[(g << 1) + 1]; }
  set64(g: number, lo: number, hi: number): void { this.r[g << 1] = lo; this.r[(g << 1) + 1] = hi; }
  /** Register value as an exact number when it fits 53 bits signed (addresses); debugger use. */
  getNum(g: number): number { return this.r[(g << 1) + 1] * 4294967296 + (this.r[g << 1] >>> 0); }
  /** Full 64-bit register as bigint (debugger, not hot paths). */
  getBig(g: number): bigint { return (BigInt(this.r[(g << 1) + 1] >>> 0) << 32n) | BigInt(this.r[g << 1] >>> 0); }
  setBig(g: number, v: bigint): void { this.r[g << 1] = Number(BigInt.asIntN(32, v)); this.r[(g << 1) + 1] = Number(BigInt.asIntN(32, v >> 32n)); }

  /** Reads a GPR of `size` bytes (hb: AH..BH). Sizes 1/2 unsigned, 4 signed int32; 8: low dword, high in this.hi. */
  getReg(g: number, size: number, hb: number): number {
    const r = this.r;
    switch (size) {
      case 1: return hb ? (r[(g - 4) << 1] >>> 8) & 0xff : r[g << 1] & 0xff;
      case 2: return r[g << 1] & 0xffff;
      case 4: return r[g << 1];
      default: this.hi = r[(g << 1) + 1]; return r[g << 1];
    }
  }
  /** Writes a GPR of `size` bytes; 32-bit writes zero the upper half (SDM Vol 1 3.4.1.1). */
  setReg(g: number, size: number, hb: number, v: number, hi = 0): void {
    const r = this.r;
    switch (size) {
      case 1:
        if (hb) { const i = (g - 4) << 1; r[i] = (r[i] & ~0xff00) | ((v & 0xff) << 8); } else { const i = g << 1; r[i] = (r[i] & ~0xff) | (v & 0xff); }
        return;
      case 2: { const i = g << 1; r[i] = (r[i] & ~0xffff) | (v & 0xffff); return; }
      case 4: r[g << 1] = v; r[(g << 1) + 1] = 0; return;
      default: r[g << 1] = v; r[(g << 1) + 1] = hi; return;
    }
  }

  /** RFLAGS with pending arithmetic flags folded in. */
  getFlags(): number { materialize(this); return this.flags; }
  setFlagsValue(v: number): void { this.lop = L_NONE; this.flags = (v | 2) & ~(0x8 | 0x20 | 0x8000) & 0x3fffff; }

  // ================================================================ modes
  /** Recomputes derived mode state after CR0/EFER/CS/SS changes. */
  updateMode(): void {
    this.tlbGeneration = ++this.#epochs;
    const lma = (this.efer & EFER_LMA) !== 0;
    const csar = this.sar[CS];
    if (!(this.cr0 & CR0_PE)) { this.bits = csar & AR_DB ? 32 : 16; this.long64 = false; }
    else if (lma && csar & AR_L) { this.bits = 64; this.long64 = true; }
    else { this.bits = csar & AR_DB ? 32 : 16; this.long64 = false; }
    if (this.flags & VM) throw new NotImplemented('virtual-8086 mode');
    this.ssz = this.long64 ? 8 : this.sar[SS] & AR_DB ? 4 : 2;
    const paging = (this.cr0 & CR0_PG) !== 0;
    if (paging !== this.paging) { this.paging = paging; this.flushTlb(); }
    this.xlate = paging || this.ept !== null;
    for (let s = 0; s < 6; s++) this.computeSegOk(s);
  }

  get pe(): boolean { return (this.cr0 & CR0_PE) !== 0; }
  get lma(): boolean { return (this.efer & EFER_LMA) !== 0; }
  modeName(): string {
    if (!this.pe) return 'real';
    if (this.long64) return '64-bit';
    if (this.lma) return `compatibility ${this.bits}-bit`;
    return `protected ${this.bits}-bit`;
  }

  // ================================================================ segmentation
  setSegReal(s: number, sel: number): void {
    this.sysGen++;
    this.sel[s] = sel & 0xffff;
    this.sbase[s] = (sel & 0xffff) << 4;
    if (!this.pe || s === CS) {
      // Real mode keeps the cached limit and attributes except on reset; loading CS in real mode sets code attributes.
    }
    this.slimit[s] = 0xffff;
    this.sar[s] = s === CS ? AR_REAL_CODE : AR_REAL_DATA;
    this.computeSegOk(s);
  }
  /** Real-mode / VM86-style load: only selector and base change (SDM Vol 3A 20.1.1: limit/attributes keep cached values). */
  loadSegRealMode(s: number, sel: number): void {
    this.sysGen++;
    this.sel[s] = sel & 0xffff;
    this.sbase[s] = (sel & 0xffff) << 4;
    if (s === CS) this.updateMode();
  }
  setSegCache(s: number, sel: number, base: number, limit: number, ar: number): void {
    this.sysGen++;
    this.sel[s] = sel; this.sbase[s] = base; this.slimit[s] = limit; this.sar[s] = ar;
    this.computeSegOk(s);
  }
  computeSegOk(s: number): void {
    const ar = this.sar[s];
    if (!this.pe) { this.segOk[s] = 3; return; }
    if (this.long64) { this.segOk[s] = 3; return; }
    if (ar & AR_UNUSABLE || !(ar & AR_P)) { this.segOk[s] = s === CS ? 1 : 0; return; }
    const type = ar & AR_TYPE;
    if (!(ar & AR_S)) { this.segOk[s] = 0; return; }
    if (type & T_CODE) this.segOk[s] = type & T_READABLE ? 1 : 0;
    else this.segOk[s] = type & T_WRITABLE ? 3 : 1;
  }

  /**
   * Linear address of seg:off for an access of `size` bytes (SDM Vol 3A 5.3 limit checking, 3.3.7 canonical).
   * In 64-bit mode `off` is the exact signed 64-bit effective address.
   */
  linear(s: number, off: number, size: number, write: boolean): number {
    if (this.long64) {
      const la = s >= FS ? off + this.sbase[s] : off;
      if (la < -0x800000000000 || la + size > 0x800000000000) throw new CpuFault(s === SS ? SS_ : GP, 0, `non-canonical address 0x${hex64(la)}`);
      return la;
    }
    if (this.pe) {
      const ok = this.segOk[s];
      if ((ok & (write ? 2 : 1)) === 0) throw this.segAccessFault(s, write);
      const ar = this.sar[s];
      const limit = this.slimit[s];
      if ((ar & (AR_S | T_CODE | T_EXPAND_DOWN)) === (AR_S | T_EXPAND_DOWN)) {
        const upper = ar & AR_DB ? 0xffffffff : 0xffff;
        if (off <= limit || off + size - 1 > upper) throw new CpuFault(s === SS ? SS_ : GP, 0, `offset 0x${off.toString(16)} outside expand-down ${SEGN[s]} limit`);
      } else if (off + size - 1 > limit) throw new CpuFault(s === SS ? SS_ : GP, 0, `offset 0x${off.toString(16)} beyond ${SEGN[s]} limit 0x${limit.toString(16)}`);
    } else if (off + size - 1 > this.slimit[s]) {
      throw new CpuFault(s === SS ? SS_ : GP, 0, `offset 0x${off.toString(16)} beyond ${SEGN[s]} limit 0x${this.slimit[s].toString(16)}`);
    }
    return (this.sbase[s] + off) >>> 0;
  }
  private segAccessFault(s: number, write: boolean): CpuFault {
    const ar = this.sar[s];
    if (ar & AR_UNUSABLE || this.sel[s] < 4) return new CpuFault(s === SS ? SS_ : GP, 0, `${SEGN[s]} is a null selector`);
    if (!(ar & AR_P)) return new CpuFault(s === SS ? SS_ : GP, 0, `${SEGN[s]} segment not present`);
    return new CpuFault(s === SS ? SS_ : GP, 0, `${SEGN[s]} segment is not ${write ? 'writable' : 'readable'}`);
  }

  // ================================================================ paging
  /** Invalidates every cached translation (all TLB contexts). */
  flushTlb(): void {
    this.flushTlbContext();
    this.#tlbPrev = null;
    if (this.#tlbOthers.size !== 0) this.#tlbOthers.clear();
  }
  /** Invalidates the cached translations of the current TLB context only (e.g. VPID 0000H on a VM entry without VPIDs). */
  flushTlbContext(): void {
    // Invalidate only the entries filled since the last flush (VM entries/exits flush often).
    if (this.tlbUsedN >= TLB_SIZE) this.tlbTag.fill(NaN);
    else for (let k = 0; k < this.tlbUsedN; k++) this.tlbTag[this.tlbUsed[k]] = NaN;
    this.tlbUsedN = 0;
    const t = this.#tlb;
    t.flushes++;
    t.cr0 = this.cr0 & TLB_CR0; t.cr3 = this.cr3; t.cr4 = this.cr4 & TLB_CR4; t.efer = this.efer & TLB_EFER; t.ept = t.eptNow;
    this.tlbGeneration = ++this.#epochs;
  }
  /**
   * Makes the TLB context `key` current (VMX: key 0 is VPID 0000H; a guest with VPIDs enabled has its own,
   * SDM Vol 3C 29.1 "Virtual Processor Identifiers", 29.4 "Caching Translation Information"); `ept` tags
   * combined mappings with the EPTP (-1 without EPT). Call after the new paging state (CR0, CR3, CR4, EFER)
   * is loaded: a context whose translations were made under another paging state is flushed (a flush is
   * always allowed where the architecture would keep entries).
   */
  selectTlbContext(key: number, ept: number): void {
    let t = this.#tlb;
    if (t.key !== key) {
      t.usedN = this.tlbUsedN;
      // The context left last is at hand (a host and one guest alternate); the others are in the map.
      const prev = this.#tlbPrev;
      if (prev !== null && prev.key === key) t = prev;
      else {
        const others = this.#tlbOthers;
        if (prev !== null) others.set(prev.key, prev);
        const found = others.get(key);
        if (found !== undefined) others.delete(key);
        // Bound the contexts kept (dropping one is a flush).
        if (others.size > MAX_TLB_CONTEXTS) { for (const k of others.keys()) { if (k !== 0) { others.delete(k); break; } } }
        t = found ?? new TlbContext(key);
      }
      this.#tlbPrev = this.#tlb;
      this.#tlb = t;
      this.tlbTag = t.tag; this.tlbPa = t.pa; this.tlbPerm = t.perm; this.tlbUsed = t.used; this.tlbUsedN = t.usedN;
      this.tlbGeneration = ++this.#epochs;
    }
    t.eptNow = ept;
    if (t.cr0 !== (this.cr0 & TLB_CR0) || t.cr3 !== this.cr3 || t.cr4 !== (this.cr4 & TLB_CR4) || t.efer !== (this.efer & TLB_EFER) || t.ept !== ept) this.flushTlbContext();
  }
  /** Records the fetch state of one side of a VMX transition (0 root, 1 non-root) as the processor leaves it. */
  saveFetchEpoch(side: number): void { this.#fetchEpochs[side].save(this, this.#tlb); }
  /**
   * After a VMX transition into `side` (state loaded, TLB context selected): when everything the block
   * links depend on (TLB context and its flushes, CPL, code segment, mode) is as the side was left, the links
   * made then are valid again and its generation is restored.
   */
  restoreFetchEpoch(side: number): void { const f = this.#fetchEpochs[side]; if (f.matches(this, this.#tlb)) this.tlbGeneration = f.epoch; }
  /** Permission bits of TLB slot `i` (the strictTlb model reads what walk() filled). */
  tlbPermOf(i: number): number { return this.tlbPerm[i]; }
  fillTlb(i: number, vpn: number, pa: number, perm: number): void {
    if (this.tlbTag[i] !== this.tlbTag[i] /* NaN: first fill since the flush */ && this.tlbUsedN < TLB_SIZE) this.tlbUsed[this.tlbUsedN++] = i;
    this.tlbTag[i] = vpn; this.tlbPa[i] = pa; this.tlbPerm[i] = perm;
    const t = this.#tlb;
    t.pathN[i] = 0;
    t.validGen = -1; // until the next refresh checks it (its path, if any, is recorded next)
  }
  /** Keeps the 4-level paging entries (addresses and values after the A/D updates) a translation was made from. */
  private recordTlbPath(i: number, touched: readonly number[]): void {
    const t = this.#tlb, n = touched.length;
    if (n > 4) return;
    const cp = this.mem.codePage;
    for (let k = 0; k < n; k++) {
      const ea = touched[k];
      t.pathAddr[i * 4 + k] = ea; t.pathLo[i * 4 + k] = this.mem.read32(ea); t.pathHi[i * 4 + k] = this.mem.read32(ea + 4);
      if (ea < this.mem.size) cp[ea >>> 12] |= MARK_PAGING; // a later write to it counts in pagingWrites
    }
    t.pathN[i] = n;
  }
  /**
   * The flush VMX transitions without VPIDs require for VPID 0000H (SDM Vol 3C 29.4.3.1), followed at once by
   * the re-creation of every translation whose 4-level paging entries still hold the values it was made from:
   * a processor may create translations at any time, speculatively included (SDM Vol 3A 4.10.2.3), and the
   * entries' accessed/dirty flags are already set, so the walks would change nothing. When every translation
   * survives, nothing the block links depend on changed. Large TLBs, other paging modes and EPT: a plain flush.
   */
  refreshTlbContext(): void {
    const t = this.#tlb, n = this.tlbUsedN;
    if (n > TLB_REFRESH_MAX || !(this.efer & EFER_LMA) || t.eptNow !== -1) { this.flushTlbContext(); return; }
    // No paging-structure page written since every translation was checked (or made): all of them still hold.
    if (t.validGen === this.mem.pagingWrites) return;
    const tag = this.tlbTag, used = this.tlbUsed, mem = this.mem, addr = t.pathAddr, lo = t.pathLo, hi = t.pathHi;
    let dropped = false;
    // Translations filled one after another mostly share their upper paging-structure entries: an entry the
    // previous surviving translation just checked, expecting the same value, is not read again.
    let prev = -1;
    for (let k = 0; k < n; k++) {
      const i = used[k];
      if (tag[i] !== tag[i]) continue;
      const pn = t.pathN[i];
      let ok = pn !== 0;
      for (let j = 0; ok && j < pn; j++) {
        const e = i * 4 + j, p = prev * 4 + j;
        if (prev >= 0 && j < t.pathN[prev] && addr[p] === addr[e] && lo[p] === lo[e] && hi[p] === hi[e]) continue;
        ok = mem.read32(addr[e]) === lo[e] && mem.read32(addr[e] + 4) === hi[e];
      }
      if (ok) prev = i; else { tag[i] = NaN; dropped = true; }
    }
    if (dropped) { t.flushes++; this.tlbGeneration = ++this.#epochs; }
    t.validGen = this.mem.pagingWrites;
  }
  /** Translates a linear address for an access; supervisor-implicit accesses (GDT, IDT, TSS) pass user=false. */
  translate(la: number, acc: number, user: boolean): number {
    if (!this.xlate) return la;
    const vpn = Math.floor(la / 4096);
    const i = vpn & (TLB_SIZE - 1);
    if (this.tlbTag[i] === vpn) {
      const need = acc === ACC_R ? (user ? P_UR : P_SR) : acc === ACC_W ? (user ? P_UW | P_DIRTY : P_SW | P_DIRTY) : (user ? P_UX : P_SX);
      if ((this.tlbPerm[i] & need) === need) return this.tlbPa[i] + (la & 0xfff);
    }
    return this.tlbModel === null ? this.walk(la, acc, user, i, vpn) : this.tlbModel.miss(la, acc, user, i, vpn);
  }

  /** Page walk (SDM Vol 3A 4.3 32-bit, 4.4 PAE, 4.5 4-level) setting A/D bits and filling the TLB. */
  walk(la: number, acc: number, user: boolean, ti: number, vpn: number): number {
    const ept = this.ept;
    if (!this.paging) {
      // EPT without guest paging (unrestricted guest): linear == guest-physical.
      const gpa = this.long64 ? la : la >>> 0;
      const hpa = ept!.translate(gpa, acc, user, la, true);
      this.fillTlb(ti, vpn, hpa - (la & 0xfff), ept!.lastPerm);
      return hpa;
    }
    // With EPT, guest paging-structure entries live at guest-physical addresses (SDM 29.3.2).
    const m = ept === null ? this.mem : eptView(this, ept, la);
    const write = acc === ACC_W, exec = acc === ACC_X;
    const wp = (this.cr0 & CR0_WP) !== 0;
    const nxe = (this.efer & EFER_NXE) !== 0;
    let rw = true, us = true, nx = false;
    let pa = 0, pageSize = 4096;
    const fault = (present: boolean, rsvd: boolean): CpuFault => {
      this.cr2 = la;
      let ec = (present ? 1 : 0) | (write ? 2 : 0) | (user ? 4 : 0) | (rsvd ? 8 : 0);
      if (exec && (nxe || this.cr4 & CR4_SMEP)) ec |= 16;
      return new CpuFault(PF, ec, `page fault at 0x${hex64(la)}${rsvd ? ' (reserved bit set in a paging entry)' : present ? ' (protection)' : ' (not present)'}`);
    };
    // Entries touched, to set accessed/dirty once the walk succeeds: [pa of entry, isLeaf]
    const touched: number[] = [];
    if (this.efer & EFER_LMA) {
      if (this.cr4 & CR4_LA57) throw new NotImplemented('5-level paging (CR4.LA57)');
      // 4-level: PML4 -> PDPT -> PD -> PT, 9 bits each. la is a canonical signed number (|la| < 2^47, exact):
      // floor division of the signed value yields the index bits of its two's complement form.
      let table = Math.floor(this.cr3 / 4096) * 4096 % (2 ** MAXPHYADDR);
      const shifts = [39, 30, 21, 12];
      for (let level = 0; level < 4; level++) {
        const idx = ((Math.floor(la / 2 ** shifts[level]) % 512) + 512) % 512;
        const ea = table + idx * 8;
        const lo = m.read32(ea), hi = m.read32(ea + 4);
        if (!(lo & 1)) throw fault(false, false);
        // Reserved bits: physical address bits above MAXPHYADDR; NX without EFER.NXE; PS in PML4E.
        if ((hi & RSVD_HI_4L) !== 0 || (!nxe && hi < 0) || (level === 0 && lo & 0x80)) throw fault(true, true);
        rw = rw && (lo & 2) !== 0; us = us && (lo & 4) !== 0; nx = nx || hi < 0;
        touched.push(ea);
        const addr = (hi & ((1 << (MAXPHYADDR - 32)) - 1)) * 4294967296 + ((lo & ~0xfff) >>> 0);
        if ((level === 1 || level === 2) && lo & 0x80) {
          pageSize = level === 1 ? 0x40000000 : 0x200000;
          const rsvdMask = (pageSize - 1) & ~0x1fff; // bits 29:13 or 20:13 must be 0 (bit 12 is PAT)
          if (((lo >>> 0) & rsvdMask) !== 0) throw fault(true, true);
          pa = Math.floor(addr / pageSize) * pageSize + (((la % pageSize) + pageSize) % pageSize) - (la & 0xfff);
          break;
        }
        if (level === 3) { pa = addr; break; }
        table = addr;
      }
    } else if (this.cr4 & CR4_PAE) {
      const pdpte = this.pdpte[Math.floor(la / 0x40000000) & 3];
      if (!(pdpte % 2)) throw fault(false, false);
      let table = Math.floor(pdpte / 4096) * 4096 % (2 ** MAXPHYADDR);
      for (let level = 2; level <= 3; level++) {
        const shift = level === 2 ? 21 : 12;
        const ea = table + (Math.floor(la / 2 ** shift) % 512) * 8;
        const lo = m.read32(ea), hi = m.read32(ea + 4);
        if (!(lo & 1)) throw fault(false, false);
        if ((!nxe && hi < 0) || (hi & RSVD_HI_PAE) !== 0) throw fault(true, true);
        rw = rw && (lo & 2) !== 0; us = us && (lo & 4) !== 0; nx = nx || hi < 0;
        touched.push(ea);
        const addr = (hi & ((1 << (MAXPHYADDR - 32)) - 1)) * 4294967296 + ((lo & ~0xfff) >>> 0);
        if (level === 2 && lo & 0x80) {
          if (lo & 0x1fe000) throw fault(true, true);
          pageSize = 0x200000;
          pa = Math.floor(addr / pageSize) * pageSize + (la % pageSize) - (la & 0xfff);
          break;
        }
        if (level === 3) pa = addr;
        table = addr;
      }
    } else {
      // 32-bit paging (SDM 4.3), 4 MiB pages with CR4.PSE (PSE-36 high bits not modelled beyond 32 bits).
      const pdeAddr = ((this.cr3 & ~0xfff) >>> 0) + ((la >>> 22) << 2);
      const pde = m.read32(pdeAddr);
      if (!(pde & 1)) throw fault(false, false);
      rw = (pde & 2) !== 0; us = (pde & 4) !== 0;
      touched.push(pdeAddr);
      if (pde & 0x80 && this.cr4 & CR4_PSE) {
        if (pde & 0x200000) throw fault(true, true);
        pageSize = 0x400000;
        pa = ((pde & 0xffc00000) >>> 0) + (la & 0x3ff000);
      } else {
        const pteAddr = ((pde & ~0xfff) >>> 0) + (((la >>> 12) & 0x3ff) << 2);
        const pte = m.read32(pteAddr);
        if (!(pte & 1)) throw fault(false, false);
        rw = rw && (pte & 2) !== 0; us = us && (pte & 4) !== 0;
        touched.push(pteAddr);
        pa = (pte & ~0xfff) >>> 0;
      }
    }
    // Permission checks (SDM Vol 3A 4.6).
    if (user && !us) throw fault(true, false);
    if (write && !rw && (user || wp)) throw fault(true, false);
    if (exec && nx) throw fault(true, false);
    if (exec && !user && us && this.cr4 & CR4_SMEP) throw fault(true, false);
    // Accessed on every entry, dirty on the leaf for writes (SDM Vol 3A 4.8).
    for (let k = 0; k < touched.length; k++) {
      const ea = touched[k];
      const v = m.read32(ea);
      const nv = v | 0x20 | (write && k === touched.length - 1 ? 0x40 : 0);
      if (nv !== v) m.write32(ea, nv);
    }
    const leafDirty = write || (m.read32(touched[touched.length - 1]) & 0x40) !== 0;
    let eptPerm = P_SR | P_SW | P_UR | P_UW | P_SX | P_UX | P_DIRTY;
    let hpa = pa;
    if (ept !== null) {
      hpa = ept.translate(pa + (la & 0xfff), acc, user, la, true) - (la & 0xfff);
      eptPerm = ept.lastPerm;
    }
    let perm = P_SR | (us ? P_UR : 0);
    if (rw || !wp) perm |= P_SW;
    if (rw && us) perm |= P_UW;
    if (!nx) perm |= P_SX | (us ? P_UX : 0);
    if (!nx && us && this.cr4 & CR4_SMEP) perm &= ~P_SX;
    if (leafDirty) perm |= P_DIRTY;
    perm &= eptPerm;
    this.fillTlb(ti, vpn, hpa, perm);
    if (ept === null && this.efer & EFER_LMA) this.recordTlbPath(ti, touched);
    return hpa + (la & 0xfff);
  }

  /** Loads the PAE PDPTEs from CR3 (SDM Vol 3A 4.4.1); #GP on reserved bits. */
  loadPdptes(): void {
    const base = (this.cr3 & ~0x1f) >>> 0;
    const v: number[] = [];
    for (let i = 0; i < 4; i++) {
      // With EPT, CR3 is a guest-physical address.
      const pa = this.ept ? this.ept.translate(base + i * 8, ACC_R, false, NaN, false) : base + i * 8;
      const lo = this.mem.read32(pa), hi = this.mem.read32(pa + 4);
      if (lo & 1 && (lo & 0x1e6 || (hi >>> (MAXPHYADDR - 32)) !== 0)) throw new CpuFault(GP, 0, `PAE PDPTE${i} has reserved bits set`);
      v.push((hi >>> 0) * 4294967296 + (lo >>> 0));
    }
    for (let i = 0; i < 4; i++) this.pdpte[i] = v[i];
  }

  // ================================================================ data access (seg:off)
  read8(s: number, off: number): number {
    const la = this.linear(s, off, 1, false);
    return this.mem.read8(this.xlate ? this.translate(la, ACC_R, this.cpl === 3) : la);
  }
  read16(s: number, off: number): number {
    const la = this.linear(s, off, 2, false);
    if (!this.xlate) return this.mem.read16(la);
    if ((la & 0xfff) <= 0xffe) return this.mem.read16(this.translate(la, ACC_R, this.cpl === 3));
    return this.readLin8(la, false) | (this.readLin8(la + 1, false) << 8);
  }
  read32(s: number, off: number): number {
    const la = this.linear(s, off, 4, false);
    if (!this.xlate) return this.mem.read32(la);
    if ((la & 0xfff) <= 0xffc) return this.mem.read32(this.translate(la, ACC_R, this.cpl === 3));
    return this.readLinSlow(la, 4, false);
  }
  /** 64-bit read: returns the low dword, high dword in this.hi. */
  read64(s: number, off: number): number {
    const la = this.linear(s, off, 8, false);
    return this.readLin64(la, this.cpl === 3);
  }
  write8(s: number, off: number, v: number): void {
    const la = this.linear(s, off, 1, true);
    this.mem.write8(this.xlate ? this.translate(la, ACC_W, this.cpl === 3) : la, v);
  }
  write16(s: number, off: number, v: number): void {
    const la = this.linear(s, off, 2, true);
    if (!this.xlate) { this.mem.write16(la, v); return; }
    if ((la & 0xfff) <= 0xffe) { this.mem.write16(this.translate(la, ACC_W, this.cpl === 3), v); return; }
    this.writeLinSlow(la, 2, v, 0, this.cpl === 3);
  }
  write32(s: number, off: number, v: number): void {
    const la = this.linear(s, off, 4, true);
    if (!this.xlate) { this.mem.write32(la, v); return; }
    if ((la & 0xfff) <= 0xffc) { this.mem.write32(this.translate(la, ACC_W, this.cpl === 3), v); return; }
    this.writeLinSlow(la, 4, v, 0, this.cpl === 3);
  }
  write64(s: number, off: number, lo: number, hi: number): void {
    const la = this.linear(s, off, 8, true);
    this.writeLin64(la, lo, hi, this.cpl === 3);
  }
  /** Reads `size` bytes at seg:off: sizes 1/2 unsigned, 4 int32, 8 low dword with this.hi. */
  readSized(s: number, off: number, size: number): number {
    switch (size) {
      case 1: return this.read8(s, off);
      case 2: return this.read16(s, off);
      case 4: return this.read32(s, off);
      default: return this.read64(s, off);
    }
  }
  writeSized(s: number, off: number, size: number, v: number, hi = 0): void {
    switch (size) {
      case 1: this.write8(s, off, v); return;
      case 2: this.write16(s, off, v); return;
      case 4: this.write32(s, off, v); return;
      default: this.write64(s, off, v, hi); return;
    }
  }
  /** Checks that a write to seg:off of size would succeed (for read-modify-write before any side effect). */
  probeWrite(s: number, off: number, size: number): void {
    const la = this.linear(s, off, size, true);
    if (this.xlate) { this.translate(la, ACC_W, this.cpl === 3); if (((la & 0xfff) + size) > 4096) this.translate(la + size - 1, ACC_W, this.cpl === 3); }
  }

  // ---- linear accesses (system structures pass user=false)
  readLin8(la: number, user: boolean): number { return this.mem.read8(this.xlate ? this.translate(la, ACC_R, user) : la >>> 0); }
  readLin16(la: number, user: boolean): number { return this.readLin8(la, user) | (this.readLin8(la + 1, user) << 8); }
  readLin32(la: number, user: boolean): number {
    if (!this.xlate) return this.mem.read32(la >>> 0);
    if ((la & 0xfff) <= 0xffc) return this.mem.read32(this.translate(la, ACC_R, user));
    return this.readLinSlow(la, 4, user);
  }
  readLin64(la: number, user: boolean): number {
    if (!this.xlate || (la & 0xfff) <= 0xff8) {
      const pa = this.xlate ? this.translate(la, ACC_R, user) : la >>> 0;
      this.hi = this.mem.read32(pa + 4);
      return this.mem.read32(pa);
    }
    const lo = this.readLinSlow(la, 4, user);
    const hi = this.readLinSlow(la + 4, 4, user);
    this.hi = hi;
    return lo;
  }
  writeLin32(la: number, v: number, user: boolean): void {
    if (!this.xlate) { this.mem.write32(la >>> 0, v); return; }
    if ((la & 0xfff) <= 0xffc) { this.mem.write32(this.translate(la, ACC_W, user), v); return; }
    this.writeLinSlow(la, 4, v, 0, user);
  }
  writeLin64(la: number, lo: number, hi: number, user: boolean): void {
    if (!this.xlate || (la & 0xfff) <= 0xff8) {
      const pa = this.xlate ? this.translate(la, ACC_W, user) : la >>> 0;
      this.mem.write32(pa, lo); this.mem.write32(pa + 4, hi);
      return;
    }
    this.writeLinSlow(la, 8, lo, hi, user);
  }
  writeLin8(la: number, v: number, user: boolean): void { this.mem.write8(this.xlate ? this.translate(la, ACC_W, user) : la >>> 0, v); }
  writeLin16(la: number, v: number, user: boolean): void { this.writeLinSlow(la, 2, v, 0, user); }
  private readLinSlow(la: number, size: number, user: boolean): number {
    let v = 0;
    for (let k = 0; k < size; k++) v |= this.readLin8(la + k, user) << (8 * k);
    return v;
  }
  /** Page-crossing write: translate both pages before writing any byte (no partial writes on #PF). */
  private writeLinSlow(la: number, size: number, lo: number, hi: number, user: boolean): void {
    const pas: number[] = [];
    for (let k = 0; k < size; k++) pas.push(this.xlate ? this.translate(la + k, ACC_W, user) : (la + k) >>> 0);
    for (let k = 0; k < size; k++) this.mem.write8(pas[k], (k < 4 ? lo >>> (8 * k) : hi >>> (8 * (k - 4))) & 0xff);
  }

  // ================================================================ stack
  /** Current stack pointer as an offset in SS for the stack size. */
  sp(): number {
    const r = this.r;
    if (this.ssz === 8) return r[(RSP << 1) + 1] * 4294967296 + (r[RSP << 1] >>> 0);
    return this.ssz === 4 ? r[RSP << 1] >>> 0 : r[RSP << 1] & 0xffff;
  }
  setSp(v: number): void {
    const r = this.r;
    if (this.ssz === 8) { r[RSP << 1] = v | 0; r[(RSP << 1) + 1] = Math.floor(v / 4294967296) | 0; }
    else if (this.ssz === 4) { r[RSP << 1] = v | 0; }
    else r[RSP << 1] = (r[RSP << 1] & ~0xffff) | (v & 0xffff);
  }
  private spSub(n: number): number {
    const sp = this.sp() - n;
    return this.ssz === 8 ? sp : this.ssz === 4 ? sp >>> 0 : sp & 0xffff;
  }
  /** Pushes a value of `size` bytes (2, 4, 8; 8 takes hi). */
  push(size: number, v: number, hi = 0): void {
    const nsp = this.spSub(size);
    this.writeSized(SS, nsp, size, v, hi);
    this.setSp(nsp);
  }
  /** Pops `size` bytes (8: low dword returned, high in this.hi). */
  pop(size: number): number {
    const sp = this.sp();
    const v = this.readSized(SS, sp, size);
    const hi = this.hi;
    let nsp = sp + size;
    if (this.ssz === 4) nsp = nsp >>> 0; else if (this.ssz === 2) nsp &= 0xffff;
    this.setSp(nsp);
    this.hi = hi;
    return v;
  }
  /** Reads the stack at sp+offset without moving it. */
  peek(size: number, offset: number): number {
    let a = this.sp() + offset;
    if (this.ssz === 4) a = a >>> 0; else if (this.ssz === 2) a &= 0xffff;
    return this.readSized(SS, a, size);
  }

  // ================================================================ MSRs
  readMsr(index: number): [number, number] | undefined {
    for (const h of this.msrHandlers) { const v = h.read(this, index); if (v) return v; }
    return this.msrs.get(index);
  }
  writeMsr(index: number, lo: number, hi: number): boolean {
    this.sysGen++; this.msrGen++;
    for (const h of this.msrHandlers) if (h.write(this, index, lo, hi)) return true;
    return false;
  }

  get interruptsEnabled(): boolean { return (this.flags & IF) !== 0; }
  /** TSC: retired instructions (including those already retired in the running block) plus the adjustment. */
  get tsc(): number { return this.icount + this.bk + this.tscAdjust; }
}

const SEGN = ['ES', 'CS', 'SS', 'DS', 'FS', 'GS'];
void DS; void ES; void GS; void T_EXPAND_DOWN;

/** Guest paging-structure accesses through EPT: reads as reads, A/D updates as writes (SDM 29.3.3). */
function eptView(c: Cpu, ept: EptTranslator, la: number): { read32(gpa: number): number; write32(gpa: number, v: number): void } {
  return {
    read32: (gpa) => c.mem.read32(ept.translate(gpa, ACC_R, false, la, false)),
    write32: (gpa, v) => c.mem.write32(ept.translate(gpa, ACC_W, false, la, false), v),
  };
}

/** TLB permission bits, exported for the EPT translator. */
export const PERM = { SR: P_SR, SW: P_SW, UR: P_UR, UW: P_UW, SX: P_SX, UX: P_UX, DIRTY: P_DIRTY };

/** Hex of a possibly negative (sign-extended 64-bit) address. */
export function hex64(v: number): string {
  if (v >= 0) return v.toString(16);
  return (BigInt.asUintN(64, BigInt(v))).toString(16);
}
