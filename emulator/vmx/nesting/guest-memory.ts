// Side-effect-free reads of the running guest's memory for the nesting reconstruction: guest paging
// (4-level, or none) and EPT are walked without setting accessed/dirty flags, filling TLBs or causing
// exits. Used at VM-exit time (before host state is loaded) and at VM-entry time (after guest state is
// loaded), when the CPU's translation is the guest's.
import type { Cpu } from '../../cpu/cpu';
import { EFER_LMA, MAXPHYADDR } from '../../cpu/cpu';
import { Ept } from '../ept';
import { FS, GS } from '../../cpu/regs';
import { decodeVmxInstructionInfo } from '../arch';

const ADDR_MASK_HI = (1 << (MAXPHYADDR - 32)) - 1;

/** Guest-physical -> host-physical through the live EPT (identity without EPT); undefined when unmapped. */
function gpaToHpa(c: Cpu, gpa: number): number | undefined {
  const ept = c.ept;
  if (!ept) return gpa;
  if (!(ept instanceof Ept)) return undefined;
  const r = ept.walk(gpa, 0, false);
  return r.ok && r.r ? r.hpa : undefined;
}

/** Linear -> host-physical for the current (guest) translation; undefined when not mapped or not modelled. */
export function peekTranslate(c: Cpu, la: number): number | undefined {
  if (!c.paging) return gpaToHpa(c, c.long64 ? la : la % 4294967296);
  return peekLeaf(c, la)?.hpa;
}

/**
 * The guest's 4-level translation of a linear address: host-physical address and the low dword of the entry that
 * maps the page (PTE, or PDE/PDPTE with PS); undefined when not mapped, or for 32-bit and PAE guest paging (not
 * needed by the reconstruction and the strictTlb model).
 */
export function peekLeaf(c: Cpu, la: number): { hpa: number; leaf: number } | undefined {
  if (!c.paging || !(c.efer & EFER_LMA)) return undefined;
  const ula = la < 0 ? la + 18446744073709551616 : la;
  let table = Math.floor(c.cr3 / 4096) * 4096 % 2 ** MAXPHYADDR;
  const shifts = [39, 30, 21, 12];
  for (let level = 0; level < 4; level++) {
    const ea = gpaToHpa(c, table + (Math.floor(ula / 2 ** shifts[level]) % 512) * 8);
    if (ea === undefined || ea + 8 > c.mem.size) return undefined;
    const lo = c.mem.read32(ea), hi = c.mem.read32(ea + 4);
    if (!(lo & 1)) return undefined;
    const addr = (hi & ADDR_MASK_HI) * 4294967296 + ((lo & ~0xfff) >>> 0);
    if ((level === 1 || level === 2) && lo & 0x80) {
      const size = level === 1 ? 0x40000000 : 0x200000;
      const hpa = gpaToHpa(c, Math.floor(addr / size) * size + (ula % size));
      return hpa === undefined ? undefined : { hpa, leaf: lo };
    }
    if (level === 3) { const hpa = gpaToHpa(c, addr + (ula % 4096)); return hpa === undefined ? undefined : { hpa, leaf: lo }; }
    table = addr;
  }
  return undefined;
}

/** Reads `size` bytes (1..8) at a guest linear address as an unsigned bigint; undefined if not mapped. */
export function peekLinear(c: Cpu, la: number, size: number): bigint | undefined {
  let v = 0n;
  for (let k = 0; k < size; k++) {
    const pa = peekTranslate(c, la + k);
    if (pa === undefined || pa >= c.mem.size) return undefined;
    v |= BigInt(c.mem.read8(pa)) << BigInt(8 * k);
  }
  return v;
}

/** 64-bit GPR value from a register snapshot starting at r[at] (r[at+2i] low, r[at+2i+1] high). */
export function regValue(r: Int32Array, g: number, at = 0): bigint {
  return (BigInt(r[at + 2 * g + 1] >>> 0) << 32n) | BigInt(r[at + 2 * g] >>> 0);
}

/**
 * Linear address of the memory operand that a VM exit describes with the VMX-instruction-information
 * field and the displacement in the exit qualification (SDM Vol 3C 28.2.1, 28.2.5): base + index*scale
 * + displacement, truncated to the address size, plus the segment base (FS/GS only in 64-bit mode).
 */
export function operandAddress(c: Cpu, regs: Int32Array, instrInfo: number, qualification: bigint, at = 0): number {
  const d = decodeVmxInstructionInfo(instrInfo);
  let ea = BigInt.asIntN(64, qualification);
  if (!d.baseInvalid) ea += regValue(regs, d.baseReg, at);
  if (!d.indexInvalid) ea += regValue(regs, d.indexReg, at) << BigInt(d.scaling);
  const bits = d.addressSize === 0 ? 16 : d.addressSize === 1 ? 32 : 64;
  let off = BigInt.asUintN(bits, ea);
  if (bits === 64) off = BigInt.asIntN(64, off);
  const seg = d.segment;
  const base = c.long64 ? (seg === FS || seg === GS ? c.sbase[seg] : 0) : c.sbase[seg];
  return Number(off) + base;
}
