// strictTlb for linear translations (SDM Vol 3C 29.4 "Caching Translation Information"): a model of the linear
// mappings (no EPT) and combined mappings (with EPT) a processor may cache for a guest, tagged with its VPID and,
// for combined mappings, the EP4TA. With "enable VPID" = 1 they survive VM entries and exits; INVVPID, INVEPT,
// the guest's own INVLPG / MOV to CR0, CR3, CR4, page faults and EPT violations invalidate them as the SDM lists
// (29.4.3.1; Vol 3A 4.10.4.1). On every miss of the emulator's TLB in VMX non-root operation the model is asked:
// a cached mapping that differs from what the paging structures give now is used, as hardware would, and
// reported at that access (a missing INVVPID, or INVLPG / MOV to CR3 in the guest). Not modelled: PCIDs (one
// address space per VPID), paging-structure caches, and root operation (VPID 0000H outside a guest).
import type { TlbModel } from '../cpu/cpu';
import { ACC_R, ACC_W, CR4_PGE, PERM } from '../cpu/cpu';
import { CpuFault, PF, VmExitSignal } from '../cpu/faults';
import { controlMask32 } from './arch';
import { F } from './vmcs';
import type { VmxUnit } from './vmx-unit';
import { Ept } from './ept';
import { peekLeaf } from './nesting/guest-memory';

const SECONDARY = controlMask32('primary', 'ACTIVATE_SECONDARY_CONTROLS');
const ENABLE_VPID = controlMask32('secondary', 'ENABLE_VPID');
const NO_EPT = -1;

interface Mapping {
  /** physical page of the translation and the TLB permission bits (cpu.ts PERM, without DIRTY) */
  page: number; perm: number;
  /** global translation (leaf G = 1 with CR4.PGE = 1): kept by MOV to CR3 and INVVPID type 3 */
  global: boolean;
  reported: boolean;
}

/** Which permission bits an access needs (cpu.ts translate). */
function needed(acc: number, user: boolean): number {
  return acc === ACC_R ? (user ? PERM.UR : PERM.SR) : acc === ACC_W ? (user ? PERM.UW : PERM.SW) : (user ? PERM.UX : PERM.SX);
}
const permText = (p: number) => `${p & (PERM.SR | PERM.UR) ? 'R' : '-'}${p & (PERM.SW | PERM.UW) ? 'W' : '-'}${p & (PERM.SX | PERM.UX) ? 'X' : '-'}${p & (PERM.UR | PERM.UW | PERM.UX) ? 'U' : 'S'}`;
const hex = (n: number) => `0x${BigInt.asUintN(64, BigInt(n)).toString(16)}`;

export class LinearTlbModel implements TlbModel {
  /** VPID -> EP4TA (NO_EPT for linear mappings) -> linear page -> mapping */
  private readonly vpids = new Map<number, Map<number, Map<number, Mapping>>>();
  /** tags of the running guest (set at VM entry and by VMFUNC) */
  private vpid = 0;

  constructor(readonly u: VmxUnit) {}

  // ------------------------------------------------------------------ tags and transitions
  private static vpidOf(u: VmxUnit): number {
    const v = u.current;
    if (!v || !(v.u32(F.CPU_BASED_VM_EXEC_CONTROL) & SECONDARY) || !(v.u32(F.SECONDARY_VM_EXEC_CONTROL) & ENABLE_VPID)) return 0;
    return v.u32(F.VIRTUAL_PROCESSOR_ID) & 0xffff;
  }
  private ep4ta(): number { const e = this.u.cpu.ept; return e instanceof Ept ? Math.floor(e.eptp / 4096) : NO_EPT; }

  /** VM entry or exit (VmxUnit.onNonRootChange): without VPIDs both invalidate the mappings of VPID 0000H (SDM 29.4.3.1). */
  transition(): void {
    const c = this.u.cpu;
    const vpid = LinearTlbModel.vpidOf(this.u);
    if (vpid === 0) this.vpids.delete(0);
    if (c.nonRoot) {
      this.vpid = vpid;
      c.tlbModel = this;
      // The emulator's own TLB may keep the guest's translations across the transition; the model must see
      // every translation the guest makes, so start it empty (a processor may invalidate at any time).
      c.flushTlb();
    } else c.tlbModel = null;
  }

  private mappings(create: boolean): Map<number, Mapping> | undefined {
    let byEpt = this.vpids.get(this.vpid);
    if (!byEpt) { if (!create) return undefined; this.vpids.set(this.vpid, (byEpt = new Map())); }
    const ep4ta = this.ep4ta();
    let m = byEpt.get(ep4ta);
    if (!m && create) byEpt.set(ep4ta, (m = new Map()));
    return m;
  }

  // ------------------------------------------------------------------ the TLB miss
  miss(la: number, acc: number, user: boolean, ti: number, vpn: number): number {
    const c = this.u.cpu;
    const map = this.mappings(true)!;
    const cached = map.get(vpn);
    const usable = cached !== undefined && (cached.perm & needed(acc, user)) !== 0;
    let pa: number;
    try {
      pa = c.walk(la, acc, user, ti, vpn);
    } catch (e) {
      // A page fault or EPT violation invalidates the mappings for the address (Vol 3A 4.10.4.1, Vol 3C 29.4.3.1)
      // - unless a cached mapping allowed the access: then the processor would not have walked the tables.
      if (!usable || !((e instanceof CpuFault && e.vector === PF) || e instanceof VmExitSignal)) { map.delete(vpn); throw e; }
      return this.useStale(cached, la, vpn, ti, `the paging structures now fault (${e instanceof CpuFault ? e.detail : e.what})`);
    }
    const perm = c.tlbPermOf(ti) & ~PERM.DIRTY;
    const page = pa - (la & 0xfff);
    if (cached && cached.page === page && cached.perm === perm) return pa;
    if (!usable) {
      // Not cached, or cached with fewer rights than the access needs (a processor may walk again instead of
      // raising a spurious fault): cache what the tables give now.
      const leaf = peekLeaf(c, la);
      map.set(vpn, { page, perm, global: leaf !== undefined && (c.cr4 & CR4_PGE) !== 0 && (leaf.leaf & 0x100) !== 0, reported: false });
      return pa;
    }
    return this.useStale(cached, la, vpn, ti, `the paging structures now give physical ${hex(page)} ${permText(perm)}`);
  }

  /** Uses a cached mapping that differs from the tables, as hardware would, and reports it once. */
  private useStale(m: Mapping, la: number, vpn: number, ti: number, now: string): number {
    const u = this.u, c = u.cpu;
    c.fillTlb(ti, vpn, m.page, m.perm);
    if (!m.reported) {
      m.reported = true;
      const ept = c.ept instanceof Ept ? `, EPTP ${hex(c.ept.eptp)}` : '';
      u.reportStaleTranslation(`stale linear translation at RIP ${hex(c.rip)} (VPID ${this.vpid}${ept}): linear ${hex(la)} is cached as physical ${hex(m.page)} ${permText(m.perm)} but ${now}; ${this.vpid === 0 ? 'INVLPG or MOV to CR3 was' : 'INVVPID (or INVLPG / MOV to CR3 in the guest) was'} not executed after the change`);
    }
    return m.page + (la & 0xfff);
  }

  // ------------------------------------------------------------------ invalidation
  /** INVLPG in the guest, INVVPID individual-address: every EP4TA, global mappings included. */
  invalidateAddress(vpid: number, la: number): void {
    const vpn = Math.floor(la / 4096);
    for (const m of this.vpids.get(vpid)?.values() ?? []) m.delete(vpn);
  }
  /** INVVPID single-context (keepGlobals: single-context-retaining-globals), MOV to CR3 (keeps globals), MOV to CR0/CR4 paging changes. */
  invalidateVpid(vpid: number, keepGlobals: boolean): void {
    if (!keepGlobals) { this.vpids.delete(vpid); return; }
    for (const m of this.vpids.get(vpid)?.values() ?? []) for (const [k, e] of m) if (!e.global) m.delete(k);
  }
  /** INVVPID all-context. */
  invalidateAll(): void { this.vpids.clear(); }
  /** INVEPT: combined mappings of one EP4TA (all VPIDs), or of every EP4TA (null). */
  invalidateEpt(eptp: number | null): void {
    const key = eptp === null ? null : Math.floor(eptp / 4096);
    for (const byEpt of this.vpids.values()) for (const k of [...byEpt.keys()]) if (k !== NO_EPT && (key === null || k === key)) byEpt.delete(k);
  }
  /** The running guest's own invalidations (non-root operation, nonroot.ts). */
  guestInvlpg(la: number): void { this.invalidateAddress(this.vpid, la); }
  guestFlush(keepGlobals: boolean): void { this.invalidateVpid(this.vpid, keepGlobals); }
  reset(): void { this.vpids.clear(); this.vpid = 0; this.u.cpu.tlbModel = null; }
}

