// VMX instructions in VMX root operation and outside VMX operation (SDM Vol 3C ch. 31 "VMX
// Instruction Reference", each instruction's "Operation"). In non-root operation the compiled
// blocks route every VMX instruction through nonroot.ts, which makes it exit first.
import { eptpProblem } from './checks/controls';
import { capsInfo } from './checks/state';
import { Mnemonic } from 'iced-x86';
import type { Cpu } from '../cpu/cpu';
import { CR0_PE, CR4_VMXE, EFER_LMA } from '../cpu/cpu';
import type { Exec, Insn } from '../cpu/insn';
import { K_MEM, K_REG } from '../cpu/insn';
import { defineOps } from '../cpu/ops/registry';
import { eaOf, reader, writer } from '../cpu/ops/operand';
import { CpuFault, GP, UD } from '../cpu/faults';
import { VM } from '../cpu/flags';
import { AR_L } from '../cpu/segments';
import { CS } from '../cpu/regs';
import { MSR, VMCS_FIELDS, VMX_ERROR } from './arch';
import { fieldAccess, ACCESS_HIGH, ACCESS_NO_WRITE, ACCESS_SLOT } from './field-access';
import { INVALID_POINTER, VmxUnit } from './vmx-unit';
import { Vmcs, F } from './vmcs';
import { vmEntry } from './vm-entry';
import { MAXPHYADDR } from '../cpu/cpu';
import { MSR_FEATURE_CONTROL } from '../cpu/msr';

function unit(c: Cpu): VmxUnit {
  if (!c.vmx) throw new CpuFault(UD, undefined, 'VMX instructions need a CPU with VMX (CPUID.1:ECX.VMX = 0 on this machine)');
  return c.vmx;
}

/** #UD conditions common to all VMX instructions except VMXON (SDM: "IF (not in VMX operation) or ..."). */
function commonUd(c: Cpu, u: VmxUnit, name: string): void {
  if (!u.inVmx) throw new CpuFault(UD, undefined, `${name} outside VMX operation`);
  if (!(c.cr0 & CR0_PE)) throw new CpuFault(UD, undefined, `${name} in real mode`);
  if (c.flags & VM) throw new CpuFault(UD, undefined, `${name} in virtual-8086 mode`);
  if (c.efer & EFER_LMA && !(c.sar[CS] & AR_L)) throw new CpuFault(UD, undefined, `${name} in compatibility mode`);
}
function cpl0(c: Cpu, name: string): void {
  if (c.cpl > 0) throw new CpuFault(GP, 0, `${name} at CPL ${c.cpl}`);
}

/** Reads the 64-bit memory operand holding a physical address. */
function m64(c: Cpu, d: Insn): number {
  const lo = c.read64(d.mseg, eaOf(d)(c, d));
  return (c.hi >>> 0) * 4294967296 + (lo >>> 0);
}
/** 4-KiByte aligned and within the physical-address width (SDM: "addr[11:0] != 0 or addr beyond width"). */
function validRegionAddress(pa: number): boolean {
  return pa % 4096 === 0 && pa < 2 ** MAXPHYADDR;
}
const hex = (n: number) => `0x${n.toString(16)}`;

function vmxon(d: Insn): Exec {
  if (d.k0 !== K_MEM) return () => { throw new CpuFault(UD, undefined, 'VMXON with a register operand'); };
  return (c, d2) => {
    const u = unit(c);
    if (!(c.cr0 & CR0_PE)) throw new CpuFault(UD, undefined, 'VMXON in real mode (CR0.PE = 0)');
    if (!(c.cr4 & CR4_VMXE)) throw new CpuFault(UD, undefined, 'VMXON with CR4.VMXE = 0');
    if (c.flags & VM) throw new CpuFault(UD, undefined, 'VMXON in virtual-8086 mode');
    if (c.efer & EFER_LMA && !(c.sar[CS] & AR_L)) throw new CpuFault(UD, undefined, 'VMXON in compatibility mode');
    if (!u.inVmx) {
      cpl0(c, 'VMXON');
      const f0 = u.cr0FixedViolation(c.cr0 >>> 0, false) ?? u.cr4FixedViolation(c.cr4 >>> 0);
      if (f0) throw new CpuFault(GP, 0, `VMXON: ${f0}`);
      const fc = c.readMsr(MSR_FEATURE_CONTROL)?.[0] ?? 0;
      if (!(fc & 1)) throw new CpuFault(GP, 0, 'VMXON: IA32_FEATURE_CONTROL is not locked (bit 0 = 0)');
      if (!(fc & 4)) throw new CpuFault(GP, 0, 'VMXON: IA32_FEATURE_CONTROL bit 2 "enable VMX outside SMX" is 0 (VMX disabled by firmware)');
      const pa = m64(c, d2);
      if (!validRegionAddress(pa)) { u.failInvalid('VMXON', `VMXON pointer ${hex(pa)} is not 4-KiB aligned or exceeds the physical-address width (${MAXPHYADDR} bits)`); return; }
      const rev = c.mem.read32(pa);
      if ((rev & 0x7fffffff) !== u.revisionId || rev < 0) {
        u.failInvalid('VMXON', `VMXON region at ${hex(pa)} has revision identifier ${hex(rev >>> 0)}; IA32_VMX_BASIC[30:0] requires ${hex(u.revisionId)}${rev < 0 ? ' and bit 31 must be 0' : ''}`);
        return;
      }
      u.inVmx = true;
      u.vmxonPtr = pa;
      u.current = null;
      u.succeed();
      return;
    }
    cpl0(c, 'VMXON');
    u.fail('VMXON', VMX_ERROR.VMXON_IN_VMX_ROOT);
  };
}

function vmxoff(): Exec {
  return (c) => {
    const u = unit(c);
    commonUd(c, u, 'VMXOFF');
    cpl0(c, 'VMXOFF');
    if (u.current) { u.current.flush(c.mem); }
    u.inVmx = false;
    u.vmxonPtr = INVALID_POINTER;
    u.current = null;
    u.succeed();
  };
}

function vmclear(d: Insn): Exec {
  return (c, d2) => {
    const u = unit(c);
    commonUd(c, u, 'VMCLEAR');
    cpl0(c, 'VMCLEAR');
    const pa = m64(c, d2);
    if (!validRegionAddress(pa)) { u.fail('VMCLEAR', 2, `operand ${hex(pa)}`); return; }
    if (pa === u.vmxonPtr) { u.fail('VMCLEAR', 3, `operand ${hex(pa)} is the VMXON region`); return; }
    // Flush processor data for the VMCS and set its launch state to clear (SDM VMCLEAR "Operation").
    if (u.current && u.current.address === pa) {
      u.current.launched = false;
      u.current.flush(c.mem);
      u.current = null;
    } else {
      c.mem.write32(pa + 8, 0);
    }
    u.succeed();
  };
  void d;
}

function vmptrld(): Exec {
  return (c, d2) => {
    const u = unit(c);
    commonUd(c, u, 'VMPTRLD');
    cpl0(c, 'VMPTRLD');
    const pa = m64(c, d2);
    if (!validRegionAddress(pa)) { u.fail('VMPTRLD', 9, `operand ${hex(pa)}`); return; }
    if (pa === u.vmxonPtr) { u.fail('VMPTRLD', 10, `operand ${hex(pa)} is the VMXON region`); return; }
    const w0 = c.mem.read32(pa);
    const shadowSupported = (u.capHi(MSR.IA32_VMX_PROCBASED_CTLS2) & (1 << 14)) !== 0;
    if ((w0 & 0x7fffffff) !== u.revisionId || (w0 < 0 && !shadowSupported)) {
      u.fail('VMPTRLD', 11, `VMCS at ${hex(pa)} has revision identifier ${hex(w0 & 0x7fffffff)}${w0 < 0 ? ' with the shadow-VMCS indicator set' : ''}; IA32_VMX_BASIC requires ${hex(u.revisionId)}`);
      return;
    }
    if (!u.current || u.current.address !== pa) {
      // Only one VMCS is cached: the previous current VMCS is written back (its data may live in memory).
      if (u.current) u.current.flush(c.mem);
      u.current = Vmcs.load(c.mem, pa);
    }
    u.succeed();
  };
}

function vmptrst(d: Insn): Exec {
  if (d.k0 !== K_MEM) return () => { throw new CpuFault(UD, undefined, 'VMPTRST with a register operand'); };
  return (c, d2) => {
    const u = unit(c);
    commonUd(c, u, 'VMPTRST');
    cpl0(c, 'VMPTRST');
    const p = u.current ? u.current.address : -1;
    c.write64(d2.mseg, eaOf(d2)(c, d2), p === -1 ? -1 : p | 0, p === -1 ? -1 : Math.floor(p / 4294967296));
    u.succeed();
  };
}

/** Access bits of an encoding for VMREAD/VMWRITE (field-access.ts); -1 for "unsupported VMCS component" (fields that don't exist on this CPU). */
let accessCaps: unknown = null, accessTable: Int32Array = new Int32Array(0);
function accessOf(u: VmxUnit, encoding: number): number {
  if (encoding >= 0x8000) return -1;
  if (u.caps !== accessCaps) { accessTable = fieldAccess(u.caps); accessCaps = u.caps; }
  return accessTable[encoding];
}

function vmread(d: Insn): Exec {
  // VMREAD r/m64, r64 (64-bit mode) / r/m32, r32: operand size 64 in 64-bit mode, else 32.
  return (c, d2) => {
    const u = unit(c);
    commonUd(c, u, 'VMREAD');
    cpl0(c, 'VMREAD');
    const size = c.long64 ? 8 : 4;
    const enc = c.r[2 * d2.g1] >>> 0;
    if (!u.current) { u.failInvalid('VMREAD', 'no current VMCS'); return; }
    if (c.long64 && c.r[2 * d2.g1 + 1] !== 0) { u.failValid('VMREAD', 12, `encoding operand 0x${(c.r[2 * d2.g1 + 1] >>> 0).toString(16)}${enc.toString(16).padStart(8, '0')} has bits 63:32 set`); return; }
    const a = accessOf(u, enc);
    if (a < 0) { u.failValid('VMREAD', 12, `field encoding 0x${enc.toString(16)}`); return; }
    const v = u.current, slot = a & ACCESS_SLOT;
    // A "high" access reads bits 63:32 of the 64-bit field into bits 31:0.
    const lo = a & ACCESS_HIGH ? v.hi[slot] : v.lo[slot], hi = a & ACCESS_HIGH ? 0 : v.hi[slot];
    if (d2.k0 === K_REG) { if (size === 8) c.set64(d2.g0, lo, hi); else c.set32(d2.g0, lo); }
    else writer(d2, 0, size)(c, d2, lo, hi);
    u.succeed();
  };
}

function vmwrite(d: Insn): Exec {
  const size = d.s0 === 8 ? 8 : 4;
  const src = reader(d, 1, size);
  return (c, d2) => {
    const u = unit(c);
    commonUd(c, u, 'VMWRITE');
    cpl0(c, 'VMWRITE');
    const lo = src(c, d2), hi = size === 8 ? c.hi : 0;
    const enc = c.r[2 * d2.g0] >>> 0;
    if (!u.current) { u.failInvalid('VMWRITE', 'no current VMCS'); return; }
    if (c.long64 && c.r[2 * d2.g0 + 1] !== 0) { u.failValid('VMWRITE', 12, 'encoding operand has bits 63:32 set'); return; }
    const a = accessOf(u, enc);
    if (a < 0) { u.failValid('VMWRITE', 12, `field encoding 0x${enc.toString(16)}`); return; }
    const slot = a & ACCESS_SLOT;
    if (a & ACCESS_NO_WRITE) { u.failValid('VMWRITE', 13, `${VMCS_FIELDS[slot].name} is a VM-exit information field`); return; }
    // A "high" access writes bits 31:0 of the source to bits 63:32 of the 64-bit field; the store truncates to the field width.
    const v = u.current;
    if (a & ACCESS_HIGH) v.set(slot, v.lo[slot], lo); else v.set(slot, lo, hi);
    u.succeed();
  };
}

function launchResume(launch: boolean): (d: Insn) => Exec {
  const name = launch ? 'VMLAUNCH' : 'VMRESUME';
  return () => (c) => {
    const u = unit(c);
    commonUd(c, u, name);
    cpl0(c, name);
    if (!u.current) { u.failInvalid(name, 'no current VMCS (execute VMPTRLD first)'); return; }
    if (u.current.shadow) { u.failInvalid(name, `the current VMCS ${hex(u.current.address)} is a shadow VMCS (shadow-VMCS indicator set)`); return; }
    if (c.shadow !== 0 && !(c.flags & 0x200)) { u.failValid(name, 26, 'events are blocked by MOV SS'); return; }
    if (launch && u.current.launched) { u.failValid(name, 4, `VMCS ${hex(u.current.address)} is already launched: use VMRESUME, or VMCLEAR it first`); return; }
    if (!launch && !u.current.launched) { u.failValid(name, 5, `VMCS ${hex(u.current.address)} has launch state "clear": use VMLAUNCH`); return; }
    vmEntry(u, launch, name);
  };
}

function vmcall(): Exec {
  return (c) => {
    const u = unit(c);
    if (!u.inVmx) throw new CpuFault(UD, undefined, 'VMCALL outside VMX operation');
    // Root operation without the dual-monitor treatment: VMfail (SDM VMCALL "Operation").
    cpl0(c, 'VMCALL');
    u.fail('VMCALL', 1);
  };
}

/** INVEPT (SDM Vol 3C 31.3 "INVEPT"): types 1 single-context, 2 all-context. */
function invept(d: Insn): Exec {
  return (c, d2) => {
    const u = unit(c);
    if (!(u.capHi(MSR.IA32_VMX_PROCBASED_CTLS2) & 2)) throw new CpuFault(UD, undefined, 'INVEPT: the CPU profile does not support EPT');
    commonUd(c, u, 'INVEPT');
    cpl0(c, 'INVEPT');
    const type = c.long64 ? c.getNum(d2.g0) : c.r[2 * d2.g0] >>> 0;
    const cap = u.cap(MSR.IA32_VMX_EPT_VPID_CAP);
    if ((type !== 1 && type !== 2) || !(cap & (1n << BigInt(24 + type)))) { u.fail('INVEPT', 28, `INVEPT type ${type} is not supported (IA32_VMX_EPT_VPID_CAP bits 25/26)`); return; }
    const ea = eaOf(d2)(c, d2);
    const lo = c.read64(d2.mseg, ea), hi = c.hi;
    c.read64(d2.mseg, ea + 8);
    if (type === 1) {
      // The EPTP must pass the VM-entry EPTP checks (SDM 31.3 INVEPT "Operation"), on this CPU's capabilities.
      const problem = eptpProblem((BigInt(hi >>> 0) << 32n) | BigInt(lo >>> 0), capsInfo(u.caps), MAXPHYADDR);
      if (problem) { u.fail('INVEPT', 28, `single-context INVEPT with an invalid EPTP: ${problem.actual}; required ${problem.required}`); return; }
    }
    // The emulator's own TLB is flushed on every VM entry/exit; strictTlb keeps per-EPTP caches.
    u.invalidateEpt(type === 1 ? (hi >>> 0) * 4294967296 + (lo >>> 0) : null);
    c.flushTlb();
    u.succeed();
  };
  void d;
}

/** INVVPID (SDM Vol 3C 31.3 "INVVPID"): types 0 individual-address, 1 single-context, 2 all-context, 3 single-context-retaining-globals. */
function invvpid(d: Insn): Exec {
  return (c, d2) => {
    const u = unit(c);
    if (!(u.capHi(MSR.IA32_VMX_PROCBASED_CTLS2) & 0x20)) throw new CpuFault(UD, undefined, 'INVVPID: the CPU profile does not support VPID');
    commonUd(c, u, 'INVVPID');
    cpl0(c, 'INVVPID');
    const type = c.long64 ? c.getNum(d2.g0) : c.r[2 * d2.g0] >>> 0;
    const cap = u.cap(MSR.IA32_VMX_EPT_VPID_CAP);
    if (type > 3 || !(cap & (1n << BigInt(40 + type)))) { u.fail('INVVPID', 28, `INVVPID type ${type} is not supported (IA32_VMX_EPT_VPID_CAP bits 40-43)`); return; }
    const ea = eaOf(d2)(c, d2);
    const lo = c.read64(d2.mseg, ea), hi = c.hi;
    const laLo = c.read64(d2.mseg, ea + 8), laHi = c.hi;
    if ((lo & ~0xffff) !== 0 || hi !== 0) { u.fail('INVVPID', 28, 'descriptor bits 63:16 must be 0'); return; }
    const vpid = lo & 0xffff;
    if (type !== 2 && vpid === 0) { u.fail('INVVPID', 28, `INVVPID type ${type} with VPID 0`); return; }
    if (type === 0 && (laHi >> 15) !== 0 && (laHi >> 15) !== -1) { u.fail('INVVPID', 28, `individual-address INVVPID with non-canonical address`); return; }
    u.invalidateVpid(type, vpid, laHi * 4294967296 + (laLo >>> 0));
    c.flushTlb();
    u.succeed();
  };
  void d;
}

defineOps([
  [Mnemonic.Vmxon, vmxon], [Mnemonic.Vmxoff, vmxoff], [Mnemonic.Vmclear, vmclear], [Mnemonic.Vmptrld, vmptrld], [Mnemonic.Vmptrst, vmptrst],
  [Mnemonic.Vmread, vmread], [Mnemonic.Vmwrite, vmwrite], [Mnemonic.Vmlaunch, launchResume(true)], [Mnemonic.Vmresume, launchResume(false)],
  [Mnemonic.Vmcall, vmcall],
  [Mnemonic.Invept, invept], [Mnemonic.Invvpid, invvpid],
  [Mnemonic.Vmfunc, () => () => { throw new CpuFault(UD, undefined, 'VMFUNC outside VMX non-root operation'); }],
]);
void F;
