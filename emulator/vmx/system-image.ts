// The system state a VM entry loads from the guest-state area and a VM exit from the host-state area (SDM Vol 3C
// 27.3.2 "Loading Guest State", 28.5 "Loading Host State"): CR0, CR3, CR4, the six segment registers, LDTR, TR,
// GDTR and IDTR, decoded once into an image and cached on the VMCS until one of the fields it came from changes
// (Vmcs.sysWrites / Vmcs.hostWrites). Applying an image is a copy; MSRs, EFER, RSP/RIP/RFLAGS and the mode are
// loaded by vm-entry.ts / vm-exit.ts around it.
import type { Cpu } from '../cpu/cpu';
import { CR0_ET } from '../cpu/cpu';
import { CS, SS, FS, GS } from '../cpu/regs';
import { AR_UNUSABLE } from '../cpu/segments';
import { F, Vmcs } from './vmcs';
import { controlMask32 } from './arch';

// Layout: [0] the Vmcs write count it was built at, then the registers.
const STAMP = 0, CR0 = 1, CR3 = 2, CR4 = 3, SEG = 4, LDTR = SEG + 24, TR = LDTR + 4, GDTR = TR + 4, IDTR = GDTR + 2;
export const IMAGE_SIZE = IDTR + 2;

const GUEST_SEG = ['ES', 'CS', 'SS', 'DS', 'FS', 'GS'].map((n) => [F[`GUEST_${n}_SELECTOR`], F[`GUEST_${n}_BASE`], F[`GUEST_${n}_LIMIT`], F[`GUEST_${n}_AR_BYTES`]]);
const HOST_SEL = ['ES', 'CS', 'SS', 'DS', 'FS', 'GS'].map((n) => F[`HOST_${n}_SELECTOR`]);
const EXIT_HOST_64 = controlMask32('exit', 'HOST_ADDRESS_SPACE_SIZE');

/** Guest-state image of `v` (SDM 27.3.2.1, 27.3.2.2: segment attributes as loaded, unusable ones keep bit 16). */
export function guestImage(v: Vmcs): Float64Array {
  let img = v.guestImage;
  if (img !== null && img[STAMP] === v.sysWrites) return img;
  if (img === null) v.guestImage = img = new Float64Array(IMAGE_SIZE);
  img[STAMP] = v.sysWrites;
  img[CR0] = (v.u32(F.GUEST_CR0) | CR0_ET) | 0;
  img[CR3] = v.num(F.GUEST_CR3);
  img[CR4] = v.u32(F.GUEST_CR4) | 0;
  for (let s = 0; s < 6; s++) {
    const [sel, base, limit, arf] = GUEST_SEG[s];
    const ar = v.u32(arf);
    img[SEG + 4 * s] = v.u32(sel); img[SEG + 4 * s + 1] = v.snum(base); img[SEG + 4 * s + 2] = v.u32(limit);
    img[SEG + 4 * s + 3] = ar & AR_UNUSABLE ? ar & 0x1f0ff : ar & 0xf0ff;
  }
  img[LDTR] = v.u32(F.GUEST_LDTR_SELECTOR); img[LDTR + 1] = v.snum(F.GUEST_LDTR_BASE); img[LDTR + 2] = v.u32(F.GUEST_LDTR_LIMIT); img[LDTR + 3] = v.u32(F.GUEST_LDTR_AR_BYTES);
  img[TR] = v.u32(F.GUEST_TR_SELECTOR); img[TR + 1] = v.snum(F.GUEST_TR_BASE); img[TR + 2] = v.u32(F.GUEST_TR_LIMIT); img[TR + 3] = v.u32(F.GUEST_TR_AR_BYTES);
  img[GDTR] = v.snum(F.GUEST_GDTR_BASE); img[GDTR + 1] = v.u32(F.GUEST_GDTR_LIMIT);
  img[IDTR] = v.snum(F.GUEST_IDTR_BASE); img[IDTR + 1] = v.u32(F.GUEST_IDTR_LIMIT);
  return img;
}

/**
 * Host-state image of `v` (SDM 28.5.1, 28.5.2): segments get the fixed attributes the SDM prescribes (flat 4-GiB
 * limits, bases 0 except FS, GS and TR, unusable data segments for null selectors), LDTR unusable, GDTR/IDTR limits FFFFH.
 */
export function hostImage(v: Vmcs): Float64Array {
  let img = v.hostImage;
  if (img !== null && img[STAMP] === v.hostWrites) return img;
  if (img === null) v.hostImage = img = new Float64Array(IMAGE_SIZE);
  img[STAMP] = v.hostWrites;
  const host64 = (v.u32(F.VM_EXIT_CONTROLS) & EXIT_HOST_64) !== 0;
  img[CR0] = (v.u32(F.HOST_CR0) | CR0_ET) | 0;
  img[CR3] = v.num(F.HOST_CR3);
  img[CR4] = v.u32(F.HOST_CR4) | 0;
  for (let s = 0; s < 6; s++) {
    const sel = v.u32(HOST_SEL[s]);
    img[SEG + 4 * s] = sel;
    img[SEG + 4 * s + 1] = s === FS ? v.snum(F.HOST_FS_BASE) : s === GS ? v.snum(F.HOST_GS_BASE) : 0;
    img[SEG + 4 * s + 2] = 0xffffffff;
    img[SEG + 4 * s + 3] = s === CS ? (host64 ? 0xa09b : 0xc09b) : sel === 0 ? AR_UNUSABLE | 0xc093 : 0xc093;
  }
  void SS;
  img[LDTR] = 0; img[LDTR + 1] = 0; img[LDTR + 2] = 0; img[LDTR + 3] = AR_UNUSABLE;
  img[TR] = v.u32(F.HOST_TR_SELECTOR); img[TR + 1] = v.snum(F.HOST_TR_BASE); img[TR + 2] = 0x67; img[TR + 3] = 0x8b;
  img[GDTR] = v.snum(F.HOST_GDTR_BASE); img[GDTR + 1] = 0xffff;
  img[IDTR] = v.snum(F.HOST_IDTR_BASE); img[IDTR + 1] = 0xffff;
  return img;
}

/** Loads an image into the processor (segment permissions are recomputed by the caller's Cpu.updateMode). */
export function applyImage(c: Cpu, img: Float64Array): void {
  c.cr0 = img[CR0] | 0; c.cr3 = img[CR3]; c.cr4 = img[CR4] | 0;
  const sel = c.sel, sbase = c.sbase, slimit = c.slimit, sar = c.sar;
  for (let s = 0; s < 6; s++) {
    const k = SEG + 4 * s;
    sel[s] = img[k]; sbase[s] = img[k + 1]; slimit[s] = img[k + 2]; sar[s] = img[k + 3];
  }
  c.ldtrSel = img[LDTR]; c.ldtrBase = img[LDTR + 1]; c.ldtrLimit = img[LDTR + 2]; c.ldtrAr = img[LDTR + 3];
  c.trSel = img[TR]; c.trBase = img[TR + 1]; c.trLimit = img[TR + 2]; c.trAr = img[TR + 3];
  c.gdtrBase = img[GDTR]; c.gdtrLimit = img[GDTR + 1];
  c.idtrBase = img[IDTR]; c.idtrLimit = img[IDTR + 1];
  c.sysGen++;
}
