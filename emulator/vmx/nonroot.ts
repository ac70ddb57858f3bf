// VMX non-root operation (SDM Vol 3C ch. 26): which instructions and events cause VM exits, with
// their exit qualification and instruction information, and the changed behaviour of instructions
// that don't exit (CR0/CR4 guest/host masks and read shadows, TSC offsetting).
// Blocks decoded in non-root operation wrap every instruction that can exit (see Executor.nonRootWrap).
import { Mnemonic } from 'iced-x86';
import type { Cpu } from '../cpu/cpu';
import { CR0_PE, CR0_PG, CR0_WP, CR4_OSXSAVE, CR4_SMXE, CR4_PSE, CR4_PAE, CR4_PGE, CR4_PCIDE, CR4_SMEP, CR4_SMAP, CR4_LA57, EFER_LMA } from '../cpu/cpu';
import type { Exec, Insn } from '../cpu/insn';
import { K_CR, K_DR, K_IMM, K_MEM, K_REG, K_STR } from '../cpu/insn';
import { CpuFault, UD, GP, VmExitSignal } from '../cpu/faults';
import { VM, IF } from '../cpu/flags';
import { AR_L } from '../cpu/segments';
import { CS } from '../cpu/regs';
import { controlMask32, MSR, lookupVmcsEncoding, vmcsFieldSupported } from './arch';
import { F } from './vmcs';
import { vmExit, ExitInfo } from './vm-exit';
import { Ept } from './ept';
import type { VmxUnit } from './vmx-unit';
import { EVENT_EXTERNAL, EVENT_NMI, EVENT_SOFT_INT, EVENT_SOFT_EXC, EVENT_PRIV_SOFT_EXC } from '../cpu/interrupts';
import { eaOf } from '../cpu/ops/operand';
import { inactiveState, ACTIVITY_SHUTDOWN } from './activity';

const P = (n: string) => controlMask32('primary', n);
const S = (n: string) => controlMask32('secondary', n);
const PIN = (n: string) => controlMask32('pin', n);
const HLT_EXITING = P('HLT_EXITING'), INVLPG_EXITING = P('INVLPG_EXITING'), MWAIT_EXITING = P('MWAIT_EXITING'), RDPMC_EXITING = P('RDPMC_EXITING');
const RDTSC_EXITING = P('RDTSC_EXITING'), CR3_LOAD = P('CR3_LOAD_EXITING'), CR3_STORE = P('CR3_STORE_EXITING'), CR8_LOAD = P('CR8_LOAD_EXITING');
const CR8_STORE = P('CR8_STORE_EXITING'), MOV_DR = P('MOV_DR_EXITING'), UNCOND_IO = P('UNCONDITIONAL_IO_EXITING'), USE_IO_BITMAPS = P('USE_IO_BITMAPS');
const USE_MSR_BITMAPS = P('USE_MSR_BITMAPS'), MONITOR_EXITING = P('MONITOR_EXITING'), PAUSE_EXITING = P('PAUSE_EXITING'), SECONDARY = P('ACTIVATE_SECONDARY_CONTROLS');
const TSC_OFFSETTING = P('USE_TSC_OFFSETTING'), INTR_WINDOW = P('INTERRUPT_WINDOW_EXITING'), NMI_WINDOW = P('NMI_WINDOW_EXITING'), MTF = P('MONITOR_TRAP_FLAG');
const DESC_TABLE = S('DESCRIPTOR_TABLE_EXITING'), ENABLE_RDTSCP = S('ENABLE_RDTSCP'), WBINVD_EXITING = S('WBINVD_EXITING'), RDRAND_EXITING = S('RDRAND_EXITING'), RDSEED_EXITING = S('RDSEED_EXITING');
const EXT_INT_EXITING = PIN('EXTERNAL_INTERRUPT_EXITING');
const NMI_EXITING = PIN('NMI_EXITING'), VIRTUAL_NMIS = PIN('VIRTUAL_NMIS');
const VMCS_SHADOWING = S('VMCS_SHADOWING');
const ENABLE_VMFUNC = S('ENABLE_VM_FUNCTIONS'), ENABLE_EPT_CTL = S('ENABLE_EPT'), MBEC_CTL = S('MODE_BASED_EPT_EXECUTE'), EPT_VIOLATION_VE = S('EPT_VIOLATION_VE');
const EXIT_ACK = controlMask32('exit', 'ACKNOWLEDGE_INTERRUPT_ON_EXIT');
// CR0/CR4 bits whose change by MOV to CR invalidates every translation (Vol 3A 4.10.4.1).
const CR0_TLB_BITS = CR0_PE | CR0_WP | CR0_PG, CR4_TLB_BITS = CR4_PSE | CR4_PAE | CR4_PGE | CR4_PCIDE | CR4_SMEP | CR4_SMAP | CR4_LA57;
const TSC_SCALING = S('USE_TSC_SCALING'), PAUSE_LOOP_EXITING = S('PAUSE_LOOP_EXITING');

// Basic exit reasons (SDM App. C) used here.
const R = { EXCEPTION: 0, EXT_INT: 1, TRIPLE: 2, INTR_WINDOW: 7, NMI_WINDOW: 8, CPUID: 10, GETSEC: 11, HLT: 12, INVD: 13, INVLPG: 14, RDPMC: 15, RDTSC: 16,
  VMCALL: 18, VMCLEAR: 19, VMLAUNCH: 20, VMPTRLD: 21, VMPTRST: 22, VMREAD: 23, VMRESUME: 24, VMWRITE: 25, VMXOFF: 26, VMXON: 27, CR: 28, DR: 29, IO: 30,
  RDMSR: 31, WRMSR: 32, MWAIT: 36, MTF: 37, MONITOR: 39, PAUSE: 40, GDTR_IDTR: 46, LDTR_TR: 47, INVEPT: 50, RDTSCP: 51, PREEMPTION: 52, INVVPID: 53,
  WBINVD: 54, XSETBV: 55, RDRAND: 57, VMFUNC: 59, RDSEED: 61 };

function ctl(u: VmxUnit) {
  const v = u.current!;
  const proc = v.u32(F.CPU_BASED_VM_EXEC_CONTROL);
  return { v, proc, proc2: proc & SECONDARY ? v.u32(F.SECONDARY_VM_EXEC_CONTROL) : 0, pin: v.u32(F.PIN_BASED_VM_EXEC_CONTROL) };
}

/** VM-exit instruction-information field for VMX/descriptor-table instructions (SDM 28.2.5 tables). */
export function instructionInfo(d: Insn, regOperand: number, reg2: number): number {
  let info = 0;
  if (d.k0 === K_MEM || d.k1 === K_MEM) {
    info |= d.mscale & 3;
    info |= (d.asz === 2 ? 0 : d.asz === 4 ? 1 : 2) << 7;
    info |= (d.mseg & 7) << 15;
    info |= d.midx >= 0 ? (d.midx & 15) << 18 : 1 << 22;
    info |= d.mbase >= 0 ? (d.mbase & 15) << 23 : 1 << 27;
  } else {
    info |= 1 << 10;
    info |= (regOperand & 15) << 3;
  }
  if (reg2 >= 0) info |= (reg2 & 15) << 28;
  return info | 0;
}

/** Exit qualification for instructions with a memory operand: the displacement (SDM 28.2.1). */
function displacementQual(d: Insn): bigint {
  if (d.k0 !== K_MEM && d.k1 !== K_MEM) return 0n;
  return BigInt.asUintN(64, BigInt(d.mdisp));
}

function exitFor(c: Cpu, d: Insn, reason: number, extra?: { qualification?: number | bigint; instrInfo?: number; guestLinear?: number }): void {
  const info: ExitInfo = extra === undefined ? { reason, instrLen: d.len }
    : { reason, instrLen: d.len, qualification: extra.qualification, instrInfo: extra.instrInfo, guestLinear: extra.guestLinear };
  // The exit replaces the instruction, so the rest of its block must not run (it would run in root operation
  // at HOST_RIP with the non-root executors). The decoder ends blocks after most instructions that can exit
  // but not after all of them (MOV from CR3/CR8/DR): those leave the block through the executor's VmExitSignal.
  if (!d.endsBlock) throw new VmExitSignal(() => { vmExit(c.vmx!, info); }, `VM exit ${reason}`);
  vmExit(c.vmx!, info);
}

const VMX_REASON = new Map<number, number>([
  [Mnemonic.Vmcall, R.VMCALL], [Mnemonic.Vmclear, R.VMCLEAR], [Mnemonic.Vmlaunch, R.VMLAUNCH], [Mnemonic.Vmptrld, R.VMPTRLD], [Mnemonic.Vmptrst, R.VMPTRST],
  [Mnemonic.Vmread, R.VMREAD], [Mnemonic.Vmresume, R.VMRESUME], [Mnemonic.Vmwrite, R.VMWRITE], [Mnemonic.Vmxoff, R.VMXOFF], [Mnemonic.Vmxon, R.VMXON],
  [Mnemonic.Invept, R.INVEPT], [Mnemonic.Invvpid, R.INVVPID],
]);

/** Wraps an instruction compiled for non-root operation. Returns the original executor when it can never exit. */
export function nonRootWrap(d: Insn, exec: Exec): Exec {
  const m = d.mnem;
  const vmxReason = VMX_REASON.get(m);
  if (vmxReason !== undefined) {
    const shadowable = m === Mnemonic.Vmread || m === Mnemonic.Vmwrite;
    return (c, d2) => {
      // #UD conditions precede the exit and the shadow VMCS (VMX instruction "Operation" sections). VMCALL has none
      // in non-root operation: it exits in every guest mode, real-address, virtual-8086 and compatibility mode included.
      if (m !== Mnemonic.Vmcall && (!(c.cr0 & CR0_PE) || c.flags & VM || (c.efer & EFER_LMA && !(c.sar[CS] & AR_L)))) throw new CpuFault(UD, undefined, `${Mnemonic[m]} in this guest mode`);
      if (shadowable && shadowAccess(c, d2, m === Mnemonic.Vmwrite)) return;
      if (m === Mnemonic.Vmxon && d2.k0 !== K_MEM) throw new CpuFault(UD, undefined, 'VMXON with a register operand');
      const regOp = m === Mnemonic.Vmread ? d2.g0 : m === Mnemonic.Vmwrite ? d2.g1 : -1;
      const reg2 = m === Mnemonic.Vmread ? d2.g1 : m === Mnemonic.Vmwrite ? d2.g0 : m === Mnemonic.Invept || m === Mnemonic.Invvpid ? d2.g0 : -1;
      exitFor(c, d2, vmxReason, { qualification: displacementQual(d2), instrInfo: instructionInfo(d2, regOp, reg2) });
    };
  }
  switch (m) {
    case Mnemonic.Cpuid: return (c, d2) => exitFor(c, d2, R.CPUID);
    case Mnemonic.Vmfunc: return (c, d2) => vmfunc(c, d2);
    // #UD has priority over these unconditional exits (SDM 26.1.1; GETSEC and XSETBV "Operation").
    case Mnemonic.Getsec: return (c, d2) => { if (!(c.cr4 & CR4_SMXE)) throw new CpuFault(UD, undefined, 'GETSEC with CR4.SMXE = 0'); exitFor(c, d2, R.GETSEC); };
    case Mnemonic.Invd: return (c, d2) => exitFor(c, d2, R.INVD);
    case Mnemonic.Xsetbv: return (c, d2) => { if (!(c.cr4 & CR4_OSXSAVE)) throw new CpuFault(UD, undefined, 'XSETBV with CR4.OSXSAVE = 0'); exitFor(c, d2, R.XSETBV); };
    case Mnemonic.Hlt: return onCtl(exec, R.HLT, (x) => (x.proc & HLT_EXITING) !== 0);
    case Mnemonic.Rdpmc: return onCtl(exec, R.RDPMC, (x) => (x.proc & RDPMC_EXITING) !== 0);
    case Mnemonic.Mwait: return onCtl(exec, R.MWAIT, (x) => (x.proc & MWAIT_EXITING) !== 0);
    case Mnemonic.Monitor: return onCtl(exec, R.MONITOR, (x) => (x.proc & MONITOR_EXITING) !== 0);
    case Mnemonic.Pause: return pauseWrap(exec);
    case Mnemonic.Wbinvd: return onCtl(exec, R.WBINVD, (x) => (x.proc2 & WBINVD_EXITING) !== 0);
    case Mnemonic.Rdrand: return onCtl(exec, R.RDRAND, (x) => (x.proc2 & RDRAND_EXITING) !== 0, true);
    case Mnemonic.Rdseed: return onCtl(exec, R.RDSEED, (x) => (x.proc2 & RDSEED_EXITING) !== 0, true);
    case Mnemonic.Rdtsc: return tscWrap(exec, false);
    case Mnemonic.Rdtscp: return tscWrap(exec, true);
    case Mnemonic.Invlpg: return (c, d2) => {
      const x = ctl(c.vmx!);
      if (x.proc & INVLPG_EXITING) { const ea = eaOf(d2)(c, d2); exitFor(c, d2, R.INVLPG, { qualification: BigInt.asUintN(64, BigInt(c.long64 ? ea : ea + c.sbase[d2.mseg])) }); return; }
      exec(c, d2);
      const t = c.vmx!.linearTlb;
      if (t) { const ea = eaOf(d2)(c, d2); t.guestInvlpg(c.long64 ? ea : ea + c.sbase[d2.mseg]); }
    };
    case Mnemonic.Lgdt: case Mnemonic.Lidt: case Mnemonic.Sgdt: case Mnemonic.Sidt: {
      const id = m === Mnemonic.Sgdt ? 0 : m === Mnemonic.Sidt ? 1 : m === Mnemonic.Lgdt ? 2 : 3;
      return (c, d2) => { if (ctl(c.vmx!).proc2 & DESC_TABLE) { exitFor(c, d2, R.GDTR_IDTR, { qualification: displacementQual(d2), instrInfo: instructionInfo(d2, -1, -1) | (id << 28) | (d2.osz === 4 ? 1 << 11 : 0) }); return; } exec(c, d2); };
    }
    case Mnemonic.Lldt: case Mnemonic.Ltr: case Mnemonic.Sldt: case Mnemonic.Str: {
      const id = m === Mnemonic.Sldt ? 0 : m === Mnemonic.Str ? 1 : m === Mnemonic.Lldt ? 2 : 3;
      return (c, d2) => { if (ctl(c.vmx!).proc2 & DESC_TABLE) { exitFor(c, d2, R.LDTR_TR, { qualification: displacementQual(d2), instrInfo: instructionInfo(d2, d2.k0 === K_REG ? d2.g0 : -1, -1) | (id << 28) }); return; } exec(c, d2); };
    }
    case Mnemonic.Rdmsr: case Mnemonic.Wrmsr: return msrWrap(exec, m === Mnemonic.Wrmsr);
    case Mnemonic.In: case Mnemonic.Out: case Mnemonic.Insb: case Mnemonic.Insw: case Mnemonic.Insd: case Mnemonic.Outsb: case Mnemonic.Outsw: case Mnemonic.Outsd: return ioWrap(d, exec);
    case Mnemonic.Mov:
      if (d.k0 === K_CR || d.k1 === K_CR) return crWrap(d, exec);
      if (d.k0 === K_DR || d.k1 === K_DR) return (c, d2) => {
        if (ctl(c.vmx!).proc & MOV_DR) {
          const toDr = d2.k0 === K_DR;
          exitFor(c, d2, R.DR, { qualification: (toDr ? d2.g0 : d2.g1) | (toDr ? 0 : 1 << 4) | ((toDr ? d2.g1 : d2.g0) << 8) });
          return;
        }
        exec(c, d2);
      };
      return exec;
    case Mnemonic.Clts: return (c, d2) => {
      const v = c.vmx!.current!;
      if (v.u32(F.CR0_GUEST_HOST_MASK) & 8 && v.u32(F.CR0_READ_SHADOW) & 8) { exitFor(c, d2, R.CR, { qualification: 2 << 4 }); return; }
      if (v.u32(F.CR0_GUEST_HOST_MASK) & 8) return; // TS owned by the host and shadow TS = 0: CLTS changes nothing (SDM 26.3)
      exec(c, d2);
    };
    case Mnemonic.Lmsw: return lmswWrap(d, exec);
    case Mnemonic.Smsw: return (c, d2) => { exec(c, d2); fixSmsw(c, d2); };
    case Mnemonic.Iret: case Mnemonic.Iretd: case Mnemonic.Iretq: return (c, d2) => {
      // SDM 26.3: with "NMI exiting" = 0 IRET unblocks NMIs; with "virtual NMIs" = 1 it removes virtual-NMI
      // blocking; with "NMI exiting" = 1 and "virtual NMIs" = 0 it leaves NMI blocking alone.
      const u = c.vmx!;
      const pin = u.current!.u32(F.PIN_BASED_VM_EXEC_CONTROL);
      const unblocks = !(pin & NMI_EXITING) || (pin & VIRTUAL_NMIS) !== 0;
      if (!unblocks || !c.nmiBlocked) { exec(c, d2); return; }
      // An EPT violation during this IRET reports it in exit-qualification bit 12 (ept.ts).
      u.iretUnblockingNmi = true;
      try { exec(c, d2); } finally { u.iretUnblockingNmi = false; }
      c.nmiBlocked = false;
    };
  }
  return exec;
}

/**
 * VMCS shadowing (SDM 25.10, 31.3 VMREAD/VMWRITE "Operation" in non-root): with "VMCS shadowing" = 1 and
 * the field's VMREAD/VMWRITE-bitmap bit 0, the access goes to the shadow VMCS named by the VMCS link
 * pointer instead of exiting. Returns true when handled.
 */
function shadowAccess(c: Cpu, d: Insn, write: boolean): boolean {
  const u = c.vmx!;
  const x = ctl(u);
  if (!(x.proc2 & VMCS_SHADOWING)) return false;
  const encReg = write ? d.g0 : d.g1;
  const enc = c.r[2 * encReg] >>> 0;
  if (c.long64 && c.r[2 * encReg + 1] !== 0) return false;
  const bitmap = x.v.num(write ? F.VMWRITE_BITMAP : F.VMREAD_BITMAP);
  if (enc > 0x7fff || c.mem.read8(bitmap + (enc >>> 3)) & (1 << (enc & 7))) return false;
  if (c.cpl > 0) throw new CpuFault(GP, 0, `${write ? 'VMWRITE' : 'VMREAD'} at CPL ${c.cpl}`);
  const shadow = u.shadowVmcs();
  const name = write ? 'VMWRITE' : 'VMREAD';
  if (!shadow) { u.failInvalid(name, 'VMCS link pointer is FFFFFFFF_FFFFFFFFH: no shadow VMCS'); return true; }
  const ref = lookupVmcsEncoding(enc);
  if (!ref || !vmcsFieldSupported(ref.field, u.caps)) { u.failValidOn(shadow, name, 12, `field encoding 0x${enc.toString(16)}`); return true; }
  const size = c.long64 ? 8 : 4;
  if (write) {
    if (ref.field.readOnly && (u.cap(MSR.IA32_VMX_MISC) & (1n << 29n)) === 0n) { u.failValidOn(shadow, name, 13, `${ref.field.name} is a VM-exit information field`); return true; }
    const lo = d.k1 === K_REG ? c.r[2 * d.g1] : c.readSized(d.mseg, eaOf(d)(c, d), size);
    const hi = size === 8 ? (d.k1 === K_REG ? c.r[2 * d.g1 + 1] : c.hi) : 0;
    shadow.writeEncoding(enc, (BigInt(hi >>> 0) << 32n) | BigInt(lo >>> 0));
    u.noteShadowWrite(enc);
  } else {
    const val = shadow.readEncoding(enc)!;
    const lo = Number(BigInt.asIntN(32, val)), hi = Number(BigInt.asIntN(32, val >> 32n));
    if (d.k0 === K_REG) { if (size === 8) c.set64(d.g0, lo, hi); else c.set32(d.g0, lo); }
    else c.writeSized(d.mseg, eaOf(d)(c, d), size, lo, hi);
  }
  u.succeed();
  return true;
}

/** VMFUNC (SDM 26.5.6): function 0 EPTP switching through the EPTP list; anything else exits (reason 59). */
function vmfunc(c: Cpu, d: Insn): void {
  const u = c.vmx!;
  const x = ctl(u);
  if (!(x.proc2 & ENABLE_VMFUNC)) throw new CpuFault(UD, undefined, 'VMFUNC with "enable VM functions" = 0');
  const fn = c.r[0] >>> 0, index = c.r[2] >>> 0;
  const enabled = fn < 64 && (x.v.num(F.VM_FUNCTION_CONTROL) / 2 ** fn) % 2 >= 1;
  if (fn !== 0 || !enabled || index >= 512 || !(x.proc2 & ENABLE_EPT_CTL)) { exitFor(c, d, R.VMFUNC); return; }
  const list = x.v.num(F.EPTP_LIST_ADDRESS);
  const lo = c.mem.read32(list + index * 8), hi = c.mem.read32(list + index * 8 + 4);
  const eptp = (hi >>> 0) * 4294967296 + (lo >>> 0);
  const mt = lo & 7, walk = (lo >>> 3) & 7;
  const adOk = !(lo & 0x40) || (u.cap(MSR.IA32_VMX_EPT_VPID_CAP) & (1n << 21n)) !== 0n;
  if ((mt !== 0 && mt !== 6) || walk !== 3 || (lo & 0xf80) !== 0 || !adOk || eptp >= 2 ** 39) { exitFor(c, d, R.VMFUNC); return; }
  x.v.set(F.EPT_POINTER, lo, hi);
  if (x.proc2 & EPT_VIOLATION_VE) x.v.set(F.EPTP_INDEX, index);
  c.ept = new Ept(u, eptp, (x.proc2 & MBEC_CTL) !== 0);
  c.flushTlb();
}

function onCtl(exec: Exec, reason: number, test: (x: ReturnType<typeof ctl>) => boolean, _randLike = false): Exec {
  return (c, d2) => { if (test(ctl(c.vmx!))) { exitFor(c, d2, reason, { instrInfo: d2.k0 === K_REG ? (d2.g0 & 15) << 3 | (d2.osz === 2 ? 0 : d2.osz === 4 ? 1 : 2) << 11 : 0 }); return; } exec(c, d2); };
}

/** RDTSC/RDTSCP: exit with "RDTSC exiting", else TSC offsetting applies (SDM 26.3 and 26.6.5). */
function tscWrap(exec: Exec, rdtscp: boolean): Exec {
  return (c, d2) => {
    const x = ctl(c.vmx!);
    if (rdtscp && !(x.proc2 & ENABLE_RDTSCP)) throw new CpuFault(UD, undefined, 'RDTSCP with "enable RDTSCP" = 0');
    if (x.proc & RDTSC_EXITING) { exitFor(c, d2, rdtscp ? R.RDTSCP : R.RDTSC); return; }
    if (x.proc & TSC_OFFSETTING) {
      const adj = guestTscAdjust(c, x);
      c.tscAdjust += adj;
      try { exec(c, d2); } finally { c.tscAdjust -= adj; }
      return;
    }
    exec(c, d2);
  };
}

/**
 * What a guest read of the TSC (RDTSC, RDTSCP, RDMSR of IA32_TSC) adds to the TSC when "use TSC offsetting" is 1
 * (SDM 26.3): the TSC offset; with "use TSC scaling" also 1, the TSC is first multiplied by the TSC multiplier
 * and shifted right by 48 bits.
 */
function guestTscAdjust(c: Cpu, x: ReturnType<typeof ctl>): number {
  const off = x.v.snum(F.TSC_OFFSET);
  if (!(x.proc2 & TSC_SCALING)) return off;
  const t = c.tsc;
  return Number((BigInt(t) * x.v.getBig(F.TSC_MULTIPLIER)) >> 48n) + off - t;
}

/** PAUSE-loop detection per VMX unit: TSC of the last PAUSE at CPL 0, of the first PAUSE of the current loop, and the VM entry they belong to. */
const pauseLoops = new WeakMap<VmxUnit, { last: number; first: number; entry: number }>();

/**
 * PAUSE (SDM 26.1.3): "PAUSE exiting" makes every PAUSE exit. Otherwise, with "PAUSE-loop exiting" at CPL 0, a PAUSE
 * more than PLE_Gap TSC ticks after the previous one (or the first after a VM entry) starts a loop, and a PAUSE more
 * than PLE_Window ticks after the start of its loop exits (reason 40).
 */
function pauseWrap(exec: Exec): Exec {
  return (c, d2) => {
    const u = c.vmx!, x = ctl(u);
    if (x.proc & PAUSE_EXITING) { exitFor(c, d2, R.PAUSE); return; }
    if (x.proc2 & PAUSE_LOOP_EXITING && c.cpl === 0) {
      const now = c.tsc, entry = u.counters.entries;
      let s = pauseLoops.get(u);
      if (!s) pauseLoops.set(u, (s = { last: now, first: now, entry }));
      else if (s.entry !== entry || now - s.last > x.v.u32(F.PLE_GAP)) { s.first = now; s.entry = entry; }
      else if (now - s.first > x.v.u32(F.PLE_WINDOW)) { s.last = now; exitFor(c, d2, R.PAUSE); return; }
      s.last = now;
    }
    exec(c, d2);
  };
}

/** RDMSR/WRMSR and the MSR bitmaps (SDM 25.6.9): read-low, read-high, write-low, write-high 1 KiB each. */
function msrWrap(exec: Exec, write: boolean): Exec {
  return (c, d2) => {
    const x = ctl(c.vmx!);
    const index = c.r[2] >>> 0; // ECX
    let exits = true;
    if (x.proc & USE_MSR_BITMAPS) {
      const base = x.v.num(F.MSR_BITMAP);
      let off = -1;
      if (index <= 0x1fff) off = (write ? 2048 : 0) + (index >>> 3);
      else if (index >= 0xc0000000 && index <= 0xc0001fff) off = (write ? 3072 : 1024) + ((index - 0xc0000000) >>> 3);
      exits = off < 0 || (c.mem.read8(base + off) & (1 << (index & 7))) !== 0;
    }
    if (exits) { exitFor(c, d2, write ? R.WRMSR : R.RDMSR); return; }
    if (!write && index === 0x10 && x.proc & TSC_OFFSETTING) {
      // RDMSR of IA32_TSC returns the guest's view of the TSC, as RDTSC does (SDM 26.3).
      const adj = guestTscAdjust(c, x);
      c.tscAdjust += adj;
      try { exec(c, d2); } finally { c.tscAdjust -= adj; }
      return;
    }
    // The capability MSRs of the hardware are visible to the guest only if the bitmaps let them through.
    exec(c, d2);
  };
  void MSR;
}

/** I/O instructions: unconditional I/O exiting or the I/O bitmaps (SDM 25.6.4), qualification per SDM Table 28-5. */
function ioWrap(d: Insn, exec: Exec): Exec {
  const isIn = d.mnem === Mnemonic.In || d.mnem === Mnemonic.Insb || d.mnem === Mnemonic.Insw || d.mnem === Mnemonic.Insd;
  const string = d.k0 === K_STR || d.k1 === K_STR;
  const immPort = (isIn ? d.k1 : d.k0) === K_IMM;
  const size = string ? (d.mnem === Mnemonic.Insb || d.mnem === Mnemonic.Outsb ? 1 : d.mnem === Mnemonic.Insw || d.mnem === Mnemonic.Outsw ? 2 : 4) : (isIn ? d.s0 : d.s1) || 1;
  return (c, d2) => {
    const x = ctl(c.vmx!);
    const port = immPort ? d2.imm & 0xff : c.r[4] & 0xffff; // DX
    let exits = (x.proc & UNCOND_IO) !== 0;
    if (x.proc & USE_IO_BITMAPS) {
      exits = false;
      for (let p = port; p < port + size; p++) {
        const q = p & 0xffff;
        const base = x.v.num(q < 0x8000 ? F.IO_BITMAP_A : F.IO_BITMAP_B);
        if (p > 0xffff || c.mem.read8(base + ((q & 0x7fff) >>> 3)) & (1 << (q & 7))) { exits = true; break; }
      }
    }
    if (!exits) { exec(c, d2); return; }
    // unsigned: ports >= 0x8000 must not sign-extend into bits 63:32 of the qualification
    const qual = ((size - 1) | (isIn ? 8 : 0) | (string ? 16 : 0) | (d2.rep ? 32 : 0) | (immPort ? 64 : 0) | (port << 16)) >>> 0;
    let guestLinear: number | undefined;
    if (string) {
      const si = c.long64 ? c.getNum(isIn ? 7 : 6) : c.r[2 * (isIn ? 7 : 6)] >>> 0;
      guestLinear = isIn ? si + c.sbase[0] : si + (c.long64 ? 0 : c.sbase[d2.mseg]);
    }
    exitFor(c, d2, R.IO, { qualification: qual, guestLinear, instrInfo: string ? ((d2.asz === 2 ? 0 : d2.asz === 4 ? 1 : 2) << 7) | ((isIn ? 0 : d2.mseg) << 15) : 0 });
  };
}

/** MOV to/from CR0/CR3/CR4/CR8 in non-root operation (SDM 26.1.3, 26.3; qualification SDM Table 28-3). */
function crWrap(d: Insn, exec: Exec): Exec {
  const toCr = d.k0 === K_CR;
  const cr = toCr ? d.g0 : d.g1;
  const gpr = toCr ? d.g1 : d.g0;
  const qual = cr | (toCr ? 0 : 1 << 4) | (gpr << 8);
  return (c, d2) => {
    const x = ctl(c.vmx!);
    const v = x.v;
    if (cr === 0 || cr === 4) {
      const mask = v.u32(cr === 0 ? F.CR0_GUEST_HOST_MASK : F.CR4_GUEST_HOST_MASK);
      const shadow = v.u32(cr === 0 ? F.CR0_READ_SHADOW : F.CR4_READ_SHADOW);
      if (toCr) {
        const val = c.r[2 * gpr];
        if (((val ^ shadow) & mask) !== 0) { exitFor(c, d2, R.CR, { qualification: qual }); return; }
        // Bits owned by the host keep their value in the real register.
        const cur = cr === 0 ? c.cr0 : c.cr4;
        const saved = c.r[2 * gpr];
        c.r[2 * gpr] = (val & ~mask) | (cur & mask);
        try { exec(c, d2); } finally { c.r[2 * gpr] = saved; }
        // The guest's own TLB invalidations (Vol 3A 4.10.4.1) for the strictTlb model: paging-mode changes flush
        // its VPID, global translations included.
        const t = c.vmx!.linearTlb;
        if (t && ((cur ^ (cr === 0 ? c.cr0 : c.cr4)) & (cr === 0 ? CR0_TLB_BITS : CR4_TLB_BITS)) !== 0) t.guestFlush(false);
        return;
      }
      exec(c, d2);
      const real = c.r[2 * gpr];
      c.r[2 * gpr] = (real & ~mask) | (shadow & mask);
      return;
    }
    if (cr === 3) {
      if (toCr) {
        if (x.proc & CR3_LOAD) {
          const n = v.u32(F.CR3_TARGET_COUNT);
          const val = c.getNum(gpr);
          let match = false;
          for (let i = 0; i < n && i < 4; i++) if (v.num(F[`CR3_TARGET_VALUE${i}`]) === val) match = true;
          if (!match) { exitFor(c, d2, R.CR, { qualification: qual }); return; }
        }
      } else if (x.proc & CR3_STORE) { exitFor(c, d2, R.CR, { qualification: qual }); return; }
    }
    if (cr === 8) {
      if (toCr ? x.proc & CR8_LOAD : x.proc & CR8_STORE) { exitFor(c, d2, R.CR, { qualification: qual }); return; }
    }
    exec(c, d2);
    // MOV to CR3 invalidates the non-global translations of the guest's VPID (strictTlb model; PCIDs not modelled).
    if (cr === 3 && toCr) c.vmx!.linearTlb?.guestFlush(true);
  };
}

function lmswWrap(d: Insn, exec: Exec): Exec {
  return (c, d2) => {
    const v = c.vmx!.current!;
    const mask = v.u32(F.CR0_GUEST_HOST_MASK), shadow = v.u32(F.CR0_READ_SHADOW);
    const src = d2.k0 === K_REG ? c.r[2 * d2.g0] & 0xffff : c.read16(d2.mseg, eaOf(d2)(c, d2));
    // SDM 26.1.3: LMSW exits if PE is masked with source PE=1 and shadow PE=0, or any masked MP/EM/TS differs.
    if ((mask & 1 && src & 1 && !(shadow & 1)) || ((mask & 0xe) & (src ^ shadow)) !== 0) {
      const memOp = d2.k0 === K_MEM;
      // Bits 11:8 (GPR) are for MOV CR only: 0 for LMSW (SDM Table 28-3).
      exitFor(c, d2, R.CR, { qualification: ((3 << 4) | (memOp ? 1 << 6 : 0) | (src << 16)) >>> 0, guestLinear: memOp ? eaOf(d2)(c, d2) : undefined });
      return;
    }
    exec(c, d2);
  };
  void d;
}

function fixSmsw(c: Cpu, d: Insn): void {
  // SMSW returns the read shadow for host-owned CR0 bits (SDM 26.3).
  if (d.k0 !== K_REG) return;
  const v = c.vmx!.current!;
  const mask = v.u32(F.CR0_GUEST_HOST_MASK) & 0xffff, shadow = v.u32(F.CR0_READ_SHADOW);
  c.r[2 * d.g0] = (c.r[2 * d.g0] & ~mask) | (shadow & mask);
}

// ------------------------------------------------------------------------------------------------
// Events in non-root operation.

/** Called before delivering an event; returns true when it caused a VM exit instead (SDM 26.2). */
export function nonRootEvent(u: VmxUnit, vector: number, type: number, errorCode: number | undefined): boolean {
  const c = u.cpu;
  const x = ctl(u);
  if (type === EVENT_EXTERNAL) return false; // decided at the boundary (external-interrupt exiting)
  if (type === EVENT_NMI) return false;
  // Exceptions (hardware and software) use the exception bitmap; #PF also the error-code mask/match.
  const bitmap = x.v.u32(F.EXCEPTION_BITMAP);
  let exits = (bitmap & (1 << vector)) !== 0;
  if (vector === 14) {
    const mask = x.v.u32(F.PAGE_FAULT_ERROR_CODE_MASK), match = x.v.u32(F.PAGE_FAULT_ERROR_CODE_MATCH);
    const eq = ((errorCode ?? 0) & mask) === match;
    exits = eq ? exits : !exits;
  }
  if (!exits) return false;
  const soft = type === EVENT_SOFT_INT || type === EVENT_SOFT_EXC || type === EVENT_PRIV_SOFT_EXC;
  const info = 0x80000000 | (type << 8) | vector | (errorCode !== undefined ? 0x800 : 0);
  vmExit(u, {
    reason: R.EXCEPTION, intrInfo: info, intrErrorCode: errorCode ?? 0,
    qualification: vector === 14 ? BigInt.asUintN(64, BigInt(c.cr2)) : 0,
    instrLen: soft ? (c.nrip - c.rip) : 0,
  });
  return true;
}

/**
 * Instruction-boundary checks in non-root operation (SDM 26.7): VMX-preemption timer, external-
 * interrupt exiting, interrupt-window and NMI-window exiting. Returns true if a VM exit happened.
 */
export function nonRootBoundary(u: VmxUnit, pendingVector: () => number, acknowledge: () => number): boolean {
  const c = u.cpu;
  const v = u.current;
  if (!v) return false;
  // The common case: nothing at this boundary can cause an exit (no timer, no interrupt interception, no window exiting).
  if (!u.timerActive && !(v.lo[F.PIN_BASED_VM_EXEC_CONTROL] & EXT_INT_EXITING) && !(v.lo[F.CPU_BASED_VM_EXEC_CONTROL] & (INTR_WINDOW | NMI_WINDOW)) && inactiveState(u) === 0) return false;
  const x = ctl(u);
  const inactive = inactiveState(u);
  if (inactive) return inactiveBoundary(u, x, inactive);
  if (u.timerActive && c.tsc >= u.preemptionDeadline()) {
    u.timerActive = false;
    vmExit(u, { reason: R.PREEMPTION });
    return true;
  }
  if (x.pin & EXT_INT_EXITING && pendingVector() >= 0) {
    // External-interrupt exiting ignores RFLAGS.IF (SDM 26.2); STI/MOV-SS blocking still applies.
    if (c.shadow === 0) {
      const ack = (x.v.u32(F.VM_EXIT_CONTROLS) & EXIT_ACK) !== 0;
      const info = ack ? 0x80000000 | (EVENT_EXTERNAL << 8) | (acknowledge() & 0xff) : 0;
      // An event that causes a VM exit directly leaves an inactive state only after the exit: HLT is saved
      // as the guest's activity state (SDM 28.1 "Architectural State Before a VM Exit", 28.3.4).
      vmExit(u, { reason: R.EXT_INT, intrInfo: info });
      return true;
    }
  }
  if (x.proc & INTR_WINDOW && c.flags & IF && c.shadow === 0) {
    vmExit(u, { reason: R.INTR_WINDOW });
    return true;
  }
  if (x.proc & NMI_WINDOW && !c.nmiBlocked && c.shadow === 0) {
    vmExit(u, { reason: R.NMI_WINDOW });
    return true;
  }
  return false;
}

/**
 * The guest is in the shutdown or wait-for-SIPI state (SDM 27.6.2): both block external interrupts, which cause no
 * VM exit even with "external-interrupt exiting"; wait-for-SIPI also blocks NMIs and INIT. In shutdown, NMI-window
 * exiting and the VMX-preemption timer end the state with their VM exits; in wait-for-SIPI the timer counts down to 0
 * without a VM exit (SDM 26.5.1, recent editions) and only a SIPI would end it, which this one-processor machine never
 * sends. Time passes while the processor waits; when nothing can end the state, the run stops as halted.
 */
function inactiveBoundary(u: VmxUnit, x: ReturnType<typeof ctl>, state: number): boolean {
  const c = u.cpu;
  if (state === ACTIVITY_SHUTDOWN) {
    if (x.proc & NMI_WINDOW && !c.nmiBlocked) { vmExit(u, { reason: R.NMI_WINDOW }); return true; }
    if (u.timerActive) {
      const deadline = u.preemptionDeadline();
      if (deadline > c.tsc) c.tscAdjust += deadline - c.tsc;
      u.timerActive = false;
      vmExit(u, { reason: R.PREEMPTION });
      return true;
    }
  }
  c.pendingStop = { reason: 'halted' };
  return true;
}

/** Monitor trap flag: a VM exit after each guest instruction (SDM 26.5.2). */
export function mtfActive(u: VmxUnit): boolean { const v = u.current; return v !== null && (v.lo[F.CPU_BASED_VM_EXEC_CONTROL] & MTF) !== 0; }

/**
 * How far compiled guest blocks may run back to back without the instruction-boundary checks of
 * nonRootBoundary (the executor chains blocks): until the TSC at which the VMX-preemption timer expires
 * (Infinity when it is off), or not at all (-1) when a boundary check can fire without a deadline: monitor
 * trap flag, interrupt-window or NMI-window exiting, an inactive activity state. The executor ends a chain
 * when an external interrupt becomes pending.
 */
export function nonRootChainLimit(u: VmxUnit): number {
  const v = u.current;
  if (v === null || (v.lo[F.CPU_BASED_VM_EXEC_CONTROL] & (MTF | INTR_WINDOW | NMI_WINDOW)) !== 0 || inactiveState(u) !== 0) return -1;
  return u.timerActive ? u.preemptionDeadline() : Infinity;
}
export const EXIT_REASON_MTF = R.MTF;
export const EXIT_REASON_TRIPLE_FAULT = R.TRIPLE;
void K_IMM;
