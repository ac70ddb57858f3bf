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

/**
 * An image: integer registers in `i` (the processor keeps them as int32: selectors, attributes, CR0, CR4, the
 * descriptor-table limits) and the others in `f` (bases, segment limits, CR3), so that loading converts nothing.
 */
export interface SystemImage {
  /** the Vmcs write count (sysWrites / hostWrites) it was built at */
  stamp: number;
  readonly i: Int32Array;
  readonly f: Float64Array;
}
// i: selectors 0-5, attributes 6-11, CR0, CR4, LDTR selector/AR, TR selector/AR, GDTR/IDTR limits
const SEL = 0, AR = 6, CR0 = 12, CR4 = 13, LDTR_SEL = 14, LDTR_AR = 15, TR_SEL = 16, TR_AR = 17, GDTR_LIM = 18, IDTR_LIM = 19;
// f: bases 0-5, limits 6-11, CR3, LDTR base/limit, TR base/limit, GDTR/IDTR bases
const BASE = 0, LIMIT = 6, CR3 = 12, LDTR_BASE = 13, LDTR_LIM = 14, TR_BASE = 15, TR_LIM = 16, GDTR_BASE = 17, IDTR_BASE = 18;
function newImage(): SystemImage { return { stamp: -1, i: new Int32Array(20), f: new Float64Array(19) }; }

const GUEST_SEG = ['ES', 'CS', 'SS', 'DS', 'FS', 'GS'].map((n) => [F[`GUEST_${n}_SELECTOR`], F[`GUEST_${n}_BASE`], F[`GUEST_${n}_LIMIT`], F[`GUEST_${n}_AR_BYTES`]]);
const HOST_SEL = ['ES', 'CS', 'SS', 'DS', 'FS', 'GS'].map((n) => F[`HOST_${n}_SELECTOR`]);
const EXIT_HOST_64 = controlMask32('exit', 'HOST_ADDRESS_SPACE_SIZE');

/** Guest-state image of `v` (SDM 27.3.2.1, 27.3.2.2: segment attributes as loaded, unusable ones keep bit 16). */
export function guestImage(v: Vmcs): SystemImage {
  let img = v.guestImage;
  if (img !== null && img.stamp === v.sysWrites) return img;
  if (img === null) v.guestImage = img = newImage();
  img.stamp = v.sysWrites;
  const i = img.i, f = img.f;
  i[CR0] = v.u32(F.GUEST_CR0) | CR0_ET;
  f[CR3] = v.num(F.GUEST_CR3);
  i[CR4] = v.u32(F.GUEST_CR4);
  for (let s = 0; s < 6; s++) {
    const [sel, base, limit, arf] = GUEST_SEG[s];
    const ar = v.u32(arf);
    i[SEL + s] = v.u32(sel); f[BASE + s] = v.snum(base); f[LIMIT + s] = v.u32(limit);
    i[AR + s] = ar & AR_UNUSABLE ? ar & 0x1f0ff : ar & 0xf0ff;
  }
  i[LDTR_SEL] = v.u32(F.GUEST_LDTR_SELECTOR); f[LDTR_BASE] = v.snum(F.GUEST_LDTR_BASE); f[LDTR_LIM] = v.u32(F.GUEST_LDTR_LIMIT); i[LDTR_AR] = v.u32(F.GUEST_LDTR_AR_BYTES);
  i[TR_SEL] = v.u32(F.GUEST_TR_SELECTOR); f[TR_BASE] = v.snum(F.GUEST_TR_BASE); f[TR_LIM] = v.u32(F.GUEST_TR_LIMIT); i[TR_AR] = v.u32(F.GUEST_TR_AR_BYTES);
  f[GDTR_BASE] = v.snum(F.GUEST_GDTR_BASE); i[GDTR_LIM] = v.u32(F.GUEST_GDTR_LIMIT);
  f[IDTR_BASE] = v.snum(F.GUEST_IDTR_BASE); i[IDTR_LIM] = v.u32(F.GUEST_IDTR_LIMIT);
  return img;
}

/**
 * Host-state image of `v` (SDM 28.5.1, 28.5.2): segments get the fixed attributes the SDM prescribes (flat 4-GiB
 * limits, bases 0 except FS, GS and TR, unusable data segments for null selectors), LDTR unusable, GDTR/IDTR limits FFFFH.
 */
export function hostImage(v: Vmcs): SystemImage {
  let img = v.hostImage;
  if (img !== null && img.stamp === v.hostWrites) return img;
  if (img === null) v.hostImage = img = newImage();
  img.stamp = v.hostWrites;
  const host64 = (v.u32(F.VM_EXIT_CONTROLS) & EXIT_HOST_64) !== 0;
  const i = img.i, f = img.f;
  i[CR0] = v.u32(F.HOST_CR0) | CR0_ET;
  f[CR3] = v.num(F.HOST_CR3);
  i[CR4] = v.u32(F.HOST_CR4);
  for (let s = 0; s < 6; s++) {
    const sel = v.u32(HOST_SEL[s]);
    i[SEL + s] = sel;
    f[BASE + s] = s === FS ? v.snum(F.HOST_FS_BASE) : s === GS ? v.snum(F.HOST_GS_BASE) : 0;
    f[LIMIT + s] = 0xffffffff;
    i[AR + s] = s === CS ? (host64 ? 0xa09b : 0xc09b) : sel === 0 ? AR_UNUSABLE | 0xc093 : 0xc093;
  }
  i[LDTR_SEL] = 0; f[LDTR_BASE] = 0; f[LDTR_LIM] = 0; i[LDTR_AR] = AR_UNUSABLE;
  i[TR_SEL] = v.u32(F.HOST_TR_SELECTOR); f[TR_BASE] = v.snum(F.HOST_TR_BASE); f[TR_LIM] = 0x67; i[TR_AR] = 0x8b;
  f[GDTR_BASE] = v.snum(F.HOST_GDTR_BASE); i[GDTR_LIM] = 0xffff;
  f[IDTR_BASE] = v.snum(F.HOST_IDTR_BASE); i[IDTR_LIM] = 0xffff;
  return img;
}

/** Loads an image into the processor (segment permissions are recomputed by the caller's Cpu.updateMode). */
export function applyImage(c: Cpu, img: SystemImage): void {
  const i = img.i, f = img.f;
  c.cr0 = i[CR0]; c.cr3 = f[CR3]; c.cr4 = i[CR4];
  const sel = c.sel, sbase = c.sbase, slimit = c.slimit, sar = c.sar;
  for (let s = 0; s < 6; s++) { sel[s] = i[SEL + s]; sar[s] = i[AR + s]; sbase[s] = f[BASE + s]; slimit[s] = f[LIMIT + s]; }
  c.ldtrSel = i[LDTR_SEL]; c.ldtrBase = f[LDTR_BASE]; c.ldtrLimit = f[LDTR_LIM]; c.ldtrAr = i[LDTR_AR];
  c.trSel = i[TR_SEL]; c.trBase = f[TR_BASE]; c.trLimit = f[TR_LIM]; c.trAr = i[TR_AR];
  c.gdtrBase = f[GDTR_BASE]; c.gdtrLimit = i[GDTR_LIM];
  c.idtrBase = f[IDTR_BASE]; c.idtrLimit = i[IDTR_LIM];
  c.sysGen++;
}
