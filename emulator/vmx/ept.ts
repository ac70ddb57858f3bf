// Extended page tables (SDM Vol 3C 29.3): 4-level walks with 1-GiB and 2-MiB pages, R/W/X (and
// mode-based user-execute), memory types, accessed/dirty flags, EPT violations (exit 48) with the full
// exit qualification, and EPT misconfigurations (exit 49).
import type { Cpu, EptTranslator } from '../cpu/cpu';
import { ACC_W, ACC_X, MAXPHYADDR, PERM } from '../cpu/cpu';
import { VmExitSignal } from '../cpu/faults';
import { vmExit, ExitInfo } from './vm-exit';
import type { VmxUnit } from './vmx-unit';
import { MSR } from './arch';

export const EXIT_REASON_EPT_VIOLATION = 48, EXIT_REASON_EPT_MISCONFIG = 49;

// Reserved address bits 51:MAXPHYADDR in an entry's high dword.
const RSVD_HI = (0xfffff & ~((1 << (MAXPHYADDR - 32)) - 1)) | 0;

export interface EptWalkStep { level: number; address: number; entry: bigint; note: string }
export interface CachedTranslation { hpaPage: number; r: boolean; w: boolean; x: boolean; ux: boolean }

export interface EptWalkResult {
  ok: boolean; hpa?: number; steps: EptWalkStep[];
  /** violation or misconfiguration, in words */
  problem?: string; misconfig?: boolean;
  r: boolean; w: boolean; x: boolean; ux: boolean; pageSize: number;
  /** leaf entry: EPT memory type (bits 5:3) and "ignore PAT" (bit 6) (SDM 29.3.7) */
  memoryType?: number; ignorePat?: boolean;
}

/** The VM exit an EPT violation or misconfiguration causes; `info` is the exit information it records. */
export class EptExit extends VmExitSignal {
  constructor(readonly info: ExitInfo, perform: () => void) { super(perform, `${info.reason === EXIT_REASON_EPT_MISCONFIG ? 'EPT misconfiguration' : 'EPT violation'}: ${info.detail}`); }
}

export class Ept implements EptTranslator {
  lastPerm = 0;
  readonly pml4: number;
  readonly ad: boolean;
  private readonly execOnly: boolean;
  private readonly page1g: boolean;
  private readonly mbec: boolean;

  constructor(readonly u: VmxUnit, readonly eptp: number, mbec: boolean) {
    this.pml4 = Math.floor(eptp / 4096) * 4096 % 2 ** MAXPHYADDR;
    this.ad = (eptp & 0x40) !== 0;
    const cap = u.cap(MSR.IA32_VMX_EPT_VPID_CAP);
    this.execOnly = (cap & 1n) !== 0n;
    this.page1g = (cap & (1n << 17n)) !== 0n;
    this.mbec = mbec;
  }

  translate(gpa: number, acc: number, user: boolean, la: number, final: boolean): number {
    // With EPT A/D flags, accesses to guest paging-structure entries are writes for EPT (violations and the
    // dirty flag, SDM 29.3.3.2, 29.3.5); PDPTE loads by MOV to CR (no linear address) stay reads.
    const eacc = !final && this.ad && la === la ? ACC_W : acc;
    let res = this.walk(gpa, eacc, true);
    const tlb = this.u.strictTlb ? this.u.eptTlb(this.eptp) : null;
    if (tlb) res = this.strictLookup(tlb, gpa, res);
    const want = eacc === ACC_W ? 'w' : eacc === ACC_X ? 'x' : 'r';
    if (!res.ok) throw this.exit(gpa, acc, user, la, final, res);
    const allowed = want === 'r' ? res.r : want === 'w' ? res.w : this.mbec && user ? res.ux : res.x;
    if (!allowed) { res.ok = false; res.problem = `EPT does not allow ${want === 'r' ? 'reads' : want === 'w' ? 'writes' : 'instruction fetches'} at guest-physical 0x${gpa.toString(16)}`; throw this.exit(gpa, acc, user, la, final, res); }
    let perm = 0;
    if (res.r) perm |= PERM.SR | PERM.UR;
    if (res.w) perm |= PERM.SW | PERM.UW;
    if (res.x) perm |= PERM.SX | (this.mbec ? 0 : PERM.UX);
    if (this.mbec && res.ux) perm |= PERM.UX;
    // With EPT A/D flags, a write must find the dirty flag set (else re-walk to set it).
    if (!this.ad || acc === ACC_W) perm |= PERM.DIRTY;
    this.lastPerm = perm;
    return res.hpa!;
  }

  /**
   * strictTlb: translations are cached per EPTP across VM entries like hardware does; when the cached
   * translation differs from what the tables now say, the access uses the cached one (as hardware
   * would) and the debugger is told: a missing INVEPT after changing the EPT.
   */
  private strictLookup(tlb: Map<number, CachedTranslation>, gpa: number, res: EptWalkResult): EptWalkResult {
    const page = Math.floor(gpa / 4096);
    const cached = tlb.get(page);
    const now: CachedTranslation | null = res.ok ? { hpaPage: Math.floor(res.hpa! / 4096), r: res.r, w: res.w, x: res.x, ux: res.ux } : null;
    if (!cached) { if (now) tlb.set(page, now); return res; }
    const same = now !== null && now.hpaPage === cached.hpaPage && now.r === cached.r && now.w === cached.w && now.x === cached.x && now.ux === cached.ux;
    if (same) return res;
    const fmt = (t: CachedTranslation | null) => t ? `HPA 0x${(t.hpaPage * 4096).toString(16)} ${t.r ? 'R' : '-'}${t.w ? 'W' : '-'}${t.x ? 'X' : '-'}` : 'not mapped';
    this.u.reportStaleTranslation(`stale EPT translation at RIP 0x${BigInt.asUintN(64, BigInt(this.u.cpu.rip)).toString(16)} (EPTP 0x${this.eptp.toString(16)}): guest-physical 0x${gpa.toString(16)} is cached as ${fmt(cached)} but the EPT paging structures now give ${res.ok ? fmt(now) : res.problem}; INVEPT was not executed after the change`);
    return { ...res, ok: true, hpa: cached.hpaPage * 4096 + (gpa % 4096), r: cached.r, w: cached.w, x: cached.x, ux: cached.ux, problem: undefined, misconfig: false };
  }

  /** Walks the EPT paging structures (setting A/D flags when `update` and A/D are enabled). */
  walk(gpa: number, acc: number, update: boolean): EptWalkResult {
    const m = this.u.cpu.mem;
    const steps: EptWalkStep[] = [];
    let table = this.pml4;
    let r = true, w = true, x = true, ux = true;
    const touched: number[] = [];
    const names = ['PML4E', 'PDPTE', 'PDE', 'PTE'];
    for (let level = 0; level < 4; level++) {
      const shift = 39 - 9 * level;
      const idx = Math.floor(gpa / 2 ** shift) % 512;
      const ea = table + idx * 8;
      const lo = m.read32(ea), hi = m.read32(ea + 4);
      const entry = (BigInt(hi >>> 0) << 32n) | BigInt(lo >>> 0);
      const rwx = lo & 7;
      const large = (level === 1 || level === 2) && (lo & 0x80) !== 0;
      const leaf = level === 3 || large;
      steps.push({ level, address: ea, entry, note: names[level] });
      const fail = (problem: string, misconfig: boolean): EptWalkResult => ({ ok: false, steps, problem, misconfig, r: r && (rwx & 1) !== 0, w: w && (rwx & 2) !== 0, x: x && (rwx & 4) !== 0, ux, pageSize: 0 });
      if (rwx === 0 && !(this.mbec && lo & 0x400)) return { ...fail(`${names[level]} for guest-physical 0x${gpa.toString(16)} is not present (R=W=X=0)`, false), r: false, w: false, x: false };
      // Misconfigurations (SDM 29.3.3.1).
      if ((rwx & 3) === 2) return fail(`${names[level]} at 0x${ea.toString(16)} is write-only (W=1 with R=0)`, true);
      if ((rwx & 3) === 0 && rwx & 4 && !this.execOnly) return fail(`${names[level]} at 0x${ea.toString(16)} is execute-only but IA32_VMX_EPT_VPID_CAP bit 0 is 0`, true);
      if (hi & RSVD_HI) return fail(`${names[level]} at 0x${ea.toString(16)} sets address bits above MAXPHYADDR (${MAXPHYADDR})`, true);
      if (level === 0 && lo & 0xf8) return fail(`PML4E at 0x${ea.toString(16)} sets reserved bits 7:3`, true);
      if (level === 1 && large && !this.page1g) return fail(`PDPTE at 0x${ea.toString(16)} maps a 1-GiB page but IA32_VMX_EPT_VPID_CAP bit 17 is 0`, true);
      if (!leaf && level > 0 && lo & 0x78) return fail(`${names[level]} at 0x${ea.toString(16)} sets reserved bits 6:3`, true);
      if (leaf) {
        const mt = (lo >>> 3) & 7;
        if (mt === 2 || mt === 3 || mt === 7) return fail(`${names[level]} at 0x${ea.toString(16)} has reserved memory type ${mt}`, true);
        if (large && (lo >>> 0) & ((level === 1 ? 0x3ffff000 : 0x1ff000) >>> 0)) return fail(`${names[level]} at 0x${ea.toString(16)}: reserved address bits of a ${level === 1 ? '1-GiB' : '2-MiB'} page are set`, true);
      }
      r = r && (rwx & 1) !== 0; w = w && (rwx & 2) !== 0; x = x && (rwx & 4) !== 0; ux = ux && (lo & 0x400) !== 0;
      touched.push(ea);
      const addr = (hi & ((1 << (MAXPHYADDR - 32)) - 1)) * 4294967296 + ((lo & ~0xfff) >>> 0);
      if (leaf) {
        const pageSize = level === 1 ? 0x40000000 : level === 2 ? 0x200000 : 0x1000;
        const hpa = Math.floor(addr / pageSize) * pageSize + (gpa % pageSize);
        if (update && this.ad) {
          // Accessed on every entry used; dirty on the leaf for a write that the entries allow (SDM 29.3.5).
          for (let k = 0; k < touched.length; k++) {
            const v = m.read32(touched[k]);
            const nv = v | 0x100 | (k === touched.length - 1 && acc === ACC_W && w ? 0x200 : 0);
            if (nv !== v) m.write32(touched[k], nv);
          }
        }
        return { ok: true, hpa, steps, r, w, x, ux, pageSize, memoryType: (lo >>> 3) & 7, ignorePat: (lo & 0x40) !== 0 };
      }
      table = addr;
    }
    throw new Error('unreachable: EPT walk without a leaf');
  }

  private exit(gpa: number, acc: number, user: boolean, la: number, final: boolean, res: EptWalkResult): EptExit {
    const u = this.u;
    const guestLinear = la === la ? la : undefined;
    // A fault, EPT violation or misconfiguration during an IRET that unblocks NMIs clears the blocking
    // before the exit (SDM 28.3.4, "Saving Non-Register State"); bit 12 of a violation's qualification says so.
    const iretUnblocks = u.iretUnblockingNmi;
    // The exit invalidates the guest-physical mapping it used (SDM 29.4.3.1): a strictTlb entry that
    // denied the access goes away, so a retry after the handler fixed the entry walks the tables again.
    const forget = () => { if (iretUnblocks) u.cpu.nmiBlocked = false; if (u.strictTlb) u.eptTlb(this.eptp).delete(Math.floor(gpa / 4096)); };
    if (res.misconfig) {
      const info: ExitInfo = { reason: EXIT_REASON_EPT_MISCONFIG, guestPhysical: gpa, guestLinear, detail: res.problem };
      return new EptExit(info, () => { forget(); vmExit(u, info); });
    }
    // Exit qualification (SDM Table 28-7). Guest paging-structure accesses with EPT A/D flags set both the
    // read and the write bit.
    let q = 0;
    if (!final && this.ad && guestLinear !== undefined) q |= 3;
    else if (acc === ACC_W) q |= 2; else if (acc === ACC_X) q |= 4; else q |= 1;
    if (res.r) q |= 8;
    if (res.w) q |= 16;
    if (res.x) q |= 32;
    if (this.mbec && res.ux) q |= 64;
    // Bit 7: guest-linear address valid (all but PDPTE loads); bit 8: the access was the translation of it,
    // not an access to a guest paging-structure entry.
    if (guestLinear !== undefined) { q |= 128; if (final) q |= 256; }
    if (iretUnblocks) q |= 0x1000;
    void user;
    const info: ExitInfo = { reason: EXIT_REASON_EPT_VIOLATION, qualification: q, guestPhysical: gpa, guestLinear, detail: res.problem };
    return new EptExit(info, () => { forget(); vmExit(u, info); });
  }
}

/** Walks an EPT hierarchy for the debugger (no A/D updates): the "Translate guest-physical address" view. */
export function eptTranslateForDebugger(u: VmxUnit, eptp: number, gpa: number): EptWalkResult {
  return new Ept(u, eptp, false).walk(gpa, 0, false);
}
void (null as unknown as Cpu);
