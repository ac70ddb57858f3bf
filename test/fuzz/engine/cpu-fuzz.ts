// Random instruction bytes in every processor mode, run through the Machine.
// Each input is a start state (mode, registers, flags, with or without an IDT) and a code buffer. With an
// IDT every vector's handler writes the vector number to port 0xE9 and halts, so exceptions are observable;
// without one the first exception escalates to a triple fault (SDM Vol 3A 6.15, Table 6-5).
import { Machine } from '../../../emulator/machine';
import { CS, DS, ES, FS, GS, SS } from '../../../emulator/cpu/regs';
import { CR0_ET, CR0_NE, CR0_PE } from '../../../emulator/cpu/cpu';
import type { RunStop } from '../../../emulator/cpu/exec';
import { Rng, rng, toHex, fromHex } from './rng';
import { RunResult, checkStop, categorize, escaped } from './outcome';

export const CPU_MODES = ['real', 'prot16', 'prot32', 'compat32', 'long64', 'user64'] as const;
export type CpuMode = typeof CPU_MODES[number];

export interface CpuInput {
  mode: CpuMode;
  idt: boolean;
  /** 16 GPRs as 64-bit hex */
  regs: string[];
  /** RFLAGS bits to set (arithmetic flags, DF, TF, IF) */
  flags: number;
  /** code at the entry point, hex */
  code: string;
  /** instruction budget */
  budget: number;
  /** run in single steps (the debugger's path) instead of blocks */
  step?: boolean;
  /** seed of random bytes in the data region (descriptor tables, VMX regions, operands read through pointers) */
  dataSeed?: number;
  /** CR4 bits set in the start state of the protected and long modes (VMXE, PGE, TSD, DE, OSFXSR, OSXMMEXCPT) */
  cr4?: number;
}

const MEM_MIB = 4;
const CODE = 0x100000;            // protected/long modes; CS base for prot16
const REAL_CODE = 0x7c00;
const GDT = 0x1000, TSS32 = 0x2000, IDT = 0x3000, HANDLERS = 0x4000;
const STACK = 0x90000;
/** Random-filled data: below the stack in the protected/long modes, above the boot sector in real mode. */
const DATA = 0x80000, REAL_DATA = 0x9000, DATA_LEN = 0x7000;
/** CR4 bits a start state may have on this CPU model (MOV to CR4 accepts them). */
const CR4_EXTRAS = [0x2000, 0x80, 0x4, 0x8, 0x200, 0x400];
// protected-mode selectors built by setupProtected (GDT at 0x1000)
const P_CODE32 = 0x08, P_DATA = 0x10, P_CODE16 = 0x18, P_TSS = 0x20;

/** Handler for vector v: `mov al, v; out 0xE9, al; hlt` (same bytes in 16/32/64-bit code). */
function handler(v: number): number[] { return [0xb0, v, 0xe6, 0xe9, 0xf4]; }

function desc(base: number, limit: number, access: number, flags: number): [number, number] {
  return [((limit & 0xffff) | ((base & 0xffff) << 16)) | 0,
    (((base >>> 16) & 0xff) | (access << 8) | (((limit >>> 16) & 0xf) << 16) | (flags << 20) | (base & 0xff000000)) | 0];
}

function writeHandlers(m: Machine): void {
  for (let v = 0; v < 256; v++) m.mem.load(HANDLERS + v * 8, Uint8Array.from(handler(v)));
}

function setupReal(m: Machine, inp: CpuInput, code: Uint8Array): void {
  m.load({ bytes: code, loadAddress: REAL_CODE, mode: 'real', entry: REAL_CODE });
  const c = m.cpu;
  if (inp.idt) {
    writeHandlers(m);
    for (let v = 0; v < 256; v++) { m.mem.write32(v * 4, ((HANDLERS >>> 4) << 16) | (v * 8)); }
  } else c.idtrLimit = 0; // every vector is beyond the IVT limit: #GP, #DF, triple fault
}

function setupProtected(m: Machine, inp: CpuInput, code: Uint8Array, bits: 16 | 32): void {
  m.load({ bytes: code, loadAddress: CODE, mode: 'real', entry: 0 });
  const c = m.cpu, mem = m.mem;
  const gdt: [number, number][] = [[0, 0], desc(0, 0xfffff, 0x9b, 0xc), desc(0, 0xfffff, 0x93, 0xc), desc(CODE, 0xffff, 0x9b, 0x0), desc(TSS32, 0x67, 0x89, 0x0)];
  gdt.forEach(([lo, hi], i) => mem.write64(GDT + i * 8, lo, hi));
  mem.write32(TSS32 + 4, STACK); mem.write32(TSS32 + 8, P_DATA); // ESP0, SS0
  mem.write32(TSS32 + 0x64, 0x68 << 16);
  c.gdtrBase = GDT; c.gdtrLimit = gdt.length * 8 - 1;
  if (inp.idt) {
    writeHandlers(m);
    for (let v = 0; v < 256; v++) mem.write64(IDT + v * 8, (P_CODE32 << 16) | ((HANDLERS + v * 8) & 0xffff), ((HANDLERS + v * 8) & 0xffff0000) | 0x8e00);
    c.idtrBase = IDT; c.idtrLimit = 256 * 8 - 1;
  } else { c.idtrBase = 0; c.idtrLimit = 0; }
  c.cr0 = CR0_PE | CR0_ET | CR0_NE;
  if (bits === 32) c.setSegCache(CS, P_CODE32, 0, 0xffffffff, 0xc09b);
  else c.setSegCache(CS, P_CODE16, CODE, 0xffff, 0x009b);
  for (const s of [DS, ES, SS, FS, GS]) c.setSegCache(s, P_DATA, 0, 0xffffffff, 0xc093);
  c.trSel = P_TSS; c.trBase = TSS32; c.trLimit = 0x67; c.trAr = 0x8b;
  c.cpl = 0;
  c.rip = c.nrip = bits === 32 ? CODE : 0;
  c.updateMode();
  c.flushTlb();
}

function setupLong(m: Machine, inp: CpuInput, code: Uint8Array): void {
  m.load({ bytes: code, loadAddress: CODE, mode: 'long64', entry: CODE });
  const c = m.cpu, mem = m.mem;
  if (inp.idt) {
    writeHandlers(m);
    for (let v = 0; v < 256; v++) {
      const h = HANDLERS + v * 8;
      mem.write64(IDT + v * 16, (0x08 << 16) | (h & 0xffff), (h & 0xffff0000) | 0x8e00);
      mem.write64(IDT + v * 16 + 8, 0, 0);
    }
    c.idtrBase = IDT; c.idtrLimit = 256 * 16 - 1;
  }
  if (inp.mode === 'compat32') {
    c.setSegCache(CS, 0x18, 0, 0xffffffff, 0xc09b);
  } else if (inp.mode === 'user64') {
    // Ring 3: make the identity map user-accessible (U/S in every level) and load the user selectors.
    const sys = m.systemArea!;
    mem.write32(sys.pml4, mem.read32(sys.pml4) | 4);
    for (let i = 0; i < 4; i++) mem.write32(sys.pml4 + 0x1000 + i * 8, mem.read32(sys.pml4 + 0x1000 + i * 8) | 4);
    for (let i = 0; i < 4 * 512; i++) mem.write32(sys.pml4 + 0x2000 + i * 8, mem.read32(sys.pml4 + 0x2000 + i * 8) | 4);
    c.setSegCache(CS, 0x2b, 0, 0xffffffff, 0xa0fb);
    c.setSegCache(SS, 0x23, 0, 0xffffffff, 0xc0f3);
    for (const s of [DS, ES, FS, GS]) c.setSegCache(s, 0x23, 0, 0xffffffff, 0xc0f3);
    c.cpl = 3;
  }
  c.updateMode();
  c.flushTlb();
}

/** Builds the machine for an input (exported for the corpus replay and for debugging a reproducer). */
export function cpuMachine(inp: CpuInput, onConsole: (s: string) => void): Machine {
  const m = new Machine({ memoryMiB: MEM_MIB, onOutput: (_s, b) => onConsole(Buffer.from(b).toString('latin1')) });
  const code = fromHex(inp.code);
  if (inp.mode === 'real') setupReal(m, inp, code);
  else if (inp.mode === 'prot16' || inp.mode === 'prot32') setupProtected(m, inp, code, inp.mode === 'prot16' ? 16 : 32);
  else setupLong(m, inp, code);
  const c = m.cpu;
  if (inp.dataSeed !== undefined) m.mem.load(inp.mode === 'real' ? REAL_DATA : DATA, rng(inp.dataSeed).bytes(DATA_LEN));
  if (inp.cr4 && inp.mode !== 'real') { c.cr4 |= inp.cr4; c.updateMode(); c.flushTlb(); }
  inp.regs.forEach((h, i) => c.setBig(i, BigInt('0x' + h)));
  if (!c.long64 && !c.lma) for (let i = 0; i < 16; i++) if (i >= 8) c.setBig(i, 0n);
  c.setFlagsValue(c.getFlags() | inp.flags);
  return m;
}

export function runCpu(inp: CpuInput): RunResult {
  let out = '';
  let m: Machine;
  try { m = cpuMachine(inp, (s) => { out += s; if (out.length > 4096) out = out.slice(-1024); }); } catch (e) { return escaped('while building the start state', e); }
  let stop: RunStop = { reason: 'budget' };
  try {
    if (inp.step) {
      for (let i = 0; i < inp.budget; i++) { stop = m.step(); if (stop.reason !== 'budget') break; }
    } else {
      // two halves: resuming after a budget stop is part of the contract
      stop = m.run(inp.budget >> 1);
      if (stop.reason === 'budget') stop = m.run(inp.budget - (inp.budget >> 1));
    }
  } catch (e) { return escaped('Machine.run', e); }
  const bad = checkStop(m, stop);
  try { m.exec.peekInsn(); } catch (e) { bad.push(`peekInsn threw after the stop: ${String(e)}`); }
  if (bad.length) return { ok: false, failure: `${bad.join('; ')} (stop ${JSON.stringify(stop)})` };
  return { ok: true, outcome: `${inp.mode}: ${categorize(m, stop, out)}` };
}

// ---------------------------------------------------------------- input generation
const LEGACY_PREFIXES = [0x66, 0x67, 0xf2, 0xf3, 0xf0, 0x2e, 0x36, 0x3e, 0x26, 0x64, 0x65];

/** One plausible instruction: prefixes, REX, opcode (one-byte, 0F, 0F38, 0F3A, VEX), ModRM/SIB, displacement/immediate bytes. */
function structuredInsn(r: Rng, long: boolean): number[] {
  const b: number[] = [];
  for (let n = r.int(4) === 0 ? r.int(3) + 1 : 0; n > 0; n--) b.push(r.pick(LEGACY_PREFIXES));
  if (long && r.chance(0.4)) b.push(0x40 | r.int(16));
  switch (r.int(8)) {
    case 0: case 1: case 2: b.push(r.int(256)); break;
    case 3: case 4: b.push(0x0f, r.int(256)); break;
    case 5: b.push(0x0f, r.pick([0x38, 0x3a]), r.int(256)); break;
    case 6:
      if (r.chance(0.3)) {
        // VMX instructions (SDM Vol 3C ch. 31): VMCALL/VMLAUNCH/VMRESUME/VMXOFF, VMPTRLD/VMCLEAR/VMXON/VMPTRST, VMREAD/VMWRITE, INVEPT/INVVPID
        const v = r.int(5);
        if (v === 0) { b.push(0x0f, 0x01, r.pick([0xc1, 0xc2, 0xc3, 0xc4, 0xd4])); return b; }
        if (v === 1) { if (r.chance(0.5)) b.push(r.pick([0x66, 0xf3])); b.push(0x0f, 0xc7, (r.pick([6, 7]) << 3) | r.int(8)); }
        else if (v === 2) b.push(0x0f, r.pick([0x78, 0x79]));
        else b.push(0x66, 0x0f, 0x38, r.pick([0x80, 0x81]));
        break;
      }
      b.push(0x0f, r.pick([0x00, 0x01, 0x20, 0x21, 0x22, 0x23, 0x30, 0x32, 0x78, 0x79, 0xc7, 0xa2, 0x31, 0x05, 0x07, 0x34, 0x35, 0x08, 0x09, 0x0b, 0xae, 0x06, 0xb2, 0xb4, 0xb5, 0x02, 0x03, 0x33]));
      break;
    default: b.push(r.pick([0xc4, 0xc5, 0x62, 0x8e, 0x8c, 0xcd, 0xcf, 0xea, 0xff, 0x9a, 0xca, 0xcb, 0xc3, 0xe4, 0xe6, 0xec, 0xee, 0x6c, 0x6e, 0xa4, 0xaa, 0xf4, 0xfa, 0xfb, 0x9d, 0x17, 0x1f, 0x07, 0xd4, 0xd5, 0xd6, 0xf6, 0xf7]));
  }
  // ModRM (biased toward register and simple memory forms), SIB, displacement/immediate
  const modrm = r.chance(0.5) ? (0xc0 | r.int(64)) : r.int(256);
  b.push(modrm);
  if (r.chance(0.3)) b.push(r.int(256));
  for (let n = r.pick([0, 0, 1, 2, 4, 4, 8]); n > 0; n--) b.push(r.chance(0.3) ? r.pick([0, 0xff, 0x80, 0x7f]) : r.int(256));
  return b;
}

/** MSRs with behaviour behind them: EFER, SYSCALL/SYSENTER, segment bases, APIC base, feature control, VMX capabilities, TSC, PAT. */
const MSRS = [0xc0000080, 0xc0000081, 0xc0000082, 0xc0000084, 0xc0000100, 0xc0000101, 0xc0000102, 0x174, 0x175, 0x176, 0x1b, 0x3a, 0x10, 0x277, 0x1d9,
  0x480, 0x481, 0x482, 0x483, 0x484, 0x485, 0x486, 0x487, 0x488, 0x489, 0x48b, 0x48c, 0x48d, 0x48e, 0x48f, 0x490, 0x491, 0x6e0, 0x3b, 0x8b, 0x9b];

function randomReg(r: Rng, mode: CpuMode, index: number): bigint {
  const memTop = MEM_MIB * 1024 * 1024;
  if (index === 1 && r.chance(0.3)) return BigInt(r.pick(MSRS));
  if (r.chance(0.2)) return BigInt((mode === 'real' ? REAL_DATA : DATA) + r.int(DATA_LEN));
  switch (r.int(7)) {
    case 0: return 0n;
    case 1: return BigInt(r.int(64));
    case 2: return BigInt(r.int(memTop));
    case 3: return BigInt(r.u32());
    case 4: return (BigInt(r.u32()) << 32n) | BigInt(r.u32());
    case 5: return BigInt(r.pick([0xffffffff, 0x7fffffff, 0x80000000, 0xffff, 0x8000, 0xfee00000, 0xe9, 0x8900, 0x3f8]));
    default: return mode === 'real' ? BigInt(r.int(0x10000)) : BigInt(CODE + r.int(0x1000));
  }
}

/** A few plausible instructions (for code run elsewhere, e.g. a VMX guest). */
export function randomCode(r: Rng, long: boolean, count: number): Uint8Array {
  const b: number[] = [];
  for (let n = 0; n < count; n++) b.push(...structuredInsn(r, long));
  return Uint8Array.from(b);
}

export function generateCpu(r: Rng, codeCorpus: Uint8Array[] = []): CpuInput {
  const mode = r.pick(CPU_MODES);
  const long = mode === 'long64' || mode === 'user64';
  let code: number[] = [];
  const kind = r.int(codeCorpus.length ? 4 : 3);
  if (kind === 0) code = Array.from(r.bytes(8 + r.int(56)));
  else if (kind === 3) {
    // mutated real code: a window of an assembled example with a few bytes changed
    const src = r.pick(codeCorpus);
    const at = r.int(Math.max(1, src.length - 64));
    code = Array.from(src.subarray(at, at + 16 + r.int(48)));
    for (let n = 1 + r.int(4); n > 0 && code.length; n--) code[r.int(code.length)] = r.chance(0.5) ? r.int(256) : code[r.int(code.length)] ^ (1 << r.int(8));
  } else for (let n = 1 + r.int(12); n > 0; n--) code.push(...structuredInsn(r, long));
  if (r.chance(0.7)) code.push(0xf4); // a clean end when the code falls through
  const regs: string[] = [];
  for (let i = 0; i < 16; i++) regs.push(randomReg(r, mode, i).toString(16));
  // a usable stack most of the time
  if (r.chance(0.85)) regs[4] = (mode === 'real' ? 0x7000 : mode === 'prot16' ? 0xf000 : STACK).toString(16);
  let flags = r.int(0x100) & 0xd5;         // CF PF AF ZF SF
  if (r.chance(0.2)) flags |= 0x400;        // DF
  if (r.chance(0.1)) flags |= 0x800;        // OF
  if (r.chance(0.05)) flags |= 0x100;       // TF: single-step traps
  if (r.chance(0.1)) flags |= 0x200;        // IF
  const extras: Partial<CpuInput> = {};
  if (r.chance(0.7)) extras.dataSeed = r.u32();
  if (mode !== 'real' && r.chance(0.5)) extras.cr4 = CR4_EXTRAS.filter(() => r.chance(0.4)).reduce((a, b) => a | b, 0);
  return { mode, idt: r.chance(0.75), regs, flags, code: toHex(Uint8Array.from(code)), ...extras, ...(r.chance(0.1) ? { budget: 300, step: true } : { budget: 2000 }) };
}
