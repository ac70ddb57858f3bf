// MOV to/from control and debug registers (SDM Vol 2 "MOV—Move to/from Control Registers", "MOV—Move to/from
// Debug Registers"; Vol 3A 2.5 control registers, 4.1 paging modes, 4.4.1 PDPTE loading, 9.8.5 IA-32e mode
// activation, 10.8.6 CR8/TPR, 18.2 debug registers).
//
// Every CR0/CR4 change — MOV CR, LMSW, CLTS — goes through writeCr0 / writeCr4, so VMX (fixed bits in VMX
// operation, SDM Vol 3C 24.8 / 25.3) can add its checks in exactly one place each.
//
// Debug registers: DR0-DR3/DR6/DR7 are stored with their architectural reserved-bit behaviour, but hardware
// breakpoints are NOT triggered (that needs a run-loop hook in exec.ts); only DR7.GD (general detect) is
// modelled, raising #DB on the next MOV DR. DR0-DR3 are kept as numbers: exact for canonical addresses.
import type { Cpu } from '../cpu';
import { CR0_PE, CR0_MP, CR0_EM, CR0_TS, CR0_ET, CR0_NE, CR0_WP, CR0_AM, CR0_NW, CR0_CD, CR0_PG, CR4_DE, CR4_PAE, CR4_PSE, CR4_PGE, CR4_SMEP, CR4_PCIDE, EFER_LME, EFER_LMA, MAXPHYADDR } from '../cpu';
import { CpuFault, GP, UD, DB } from '../faults';
import { AR_L } from '../segments';
import { CS } from '../regs';
import { cr4Supported } from '../cpuid';

/** CR0 bits that exist (SDM Vol 3A 2.5); writes to other bits of CR0[31:0] are ignored. */
export const CR0_DEFINED = (CR0_PE | CR0_MP | CR0_EM | CR0_TS | CR0_ET | CR0_NE | CR0_WP | CR0_AM | CR0_NW | CR0_CD | CR0_PG) >>> 0;

const hex = (v: number): string => '0x' + (v >>> 0).toString(16);

// ------------------------------------------------------------------------------------------ TPR (CR8)
type TprAccess = { get: () => number; set: (v: number) => void };
let globalTpr: TprAccess | null = null;
const cpuTpr = new WeakMap<Cpu, TprAccess>();
const localTpr = new WeakMap<Cpu, number>();
/**
 * Connects CR8 to the local APIC's TPR (full 8-bit TPR value; CR8 = TPR[7:4], MOV to CR8 sets TPR = v << 4).
 * With `cpu`, the accessor applies to that CPU only (use this when several machines coexist). Without any
 * accessor, CR8 is kept in a per-CPU variable.
 */
export function setTprAccessor(get: () => number, set: (v: number) => void, cpu?: Cpu): void {
  if (cpu) cpuTpr.set(cpu, { get, set }); else globalTpr = { get, set };
}
function tprOf(c: Cpu): TprAccess | null { return cpuTpr.get(c) ?? globalTpr; }

// ------------------------------------------------------------------------------------------ helpers
/** PAE paging would be in use with these values (PG=1, PAE=1, LME=0; with LME=1 and PG=1 paging is 4-level). */
function pdpteReloadNeeded(cr0: number, cr4: number, efer: number): boolean {
  return (cr0 & CR0_PG) !== 0 && (cr4 & CR4_PAE) !== 0 && (efer & EFER_LME) === 0;
}

/**
 * Loads the PAE PDPTEs for a prospective CR3/CR0/CR4 combination (SDM 4.4.1). The architectural register
 * values are only committed by the caller after this succeeds; on #GP the old PDPTEs and CR3 are restored.
 */
function loadPdptesFor(c: Cpu, cr3: number): void {
  const saved = Float64Array.from(c.pdpte);
  const oldCr3 = c.cr3;
  c.sysGen++; c.cr3 = cr3;
  try { c.loadPdptes(); } catch (e) { c.pdpte.set(saved); throw e; } finally { c.cr3 = oldCr3; }
}

function privileged(c: Cpu, what: string): void {
  if (c.pe && c.cpl !== 0) throw new CpuFault(GP, 0, `${what} at CPL ${c.cpl}`);
}

// ------------------------------------------------------------------------------------------ CR0
/**
 * Loads CR0 with all architectural checks (SDM Vol 2 MOV CR "Operation"/exceptions, Vol 3A 2.5, 9.8.5):
 * #GP on bits 63:32, PG without PE, NW without CD, enabling IA-32e mode without CR4.PAE or with CS.L=1,
 * clearing PG in 64-bit mode or with CR4.PCIDE=1, bad PDPTEs when PAE paging results.
 * Reserved bits of CR0[31:0] are ignored; ET is hardwired to 1.
 */
export function writeCr0(c: Cpu, lo: number, hi = 0): void {
  if (hi !== 0) throw new CpuFault(GP, 0, `MOV CR0: bits 63:32 must be 0 (value 0x${(hi >>> 0).toString(16)}_${(lo >>> 0).toString(16).padStart(8, '0')})`);
  const old = c.cr0;
  const v = ((lo & CR0_DEFINED) | CR0_ET) | 0;
  if (v & CR0_PG && !(v & CR0_PE)) throw new CpuFault(GP, 0, `CR0 ${hex(v)}: PG=1 requires PE=1`);
  if (v & CR0_NW && !(v & CR0_CD)) throw new CpuFault(GP, 0, `CR0 ${hex(v)}: NW=1 requires CD=1`);
  // In VMX operation, IA32_VMX_CR0_FIXED0/1 violations are #GP(0) (SDM Vol 3C 24.8); unrestricted guests may clear PE/PG.
  if (c.vmx?.inVmx) { const w = c.vmx.cr0FixedViolation(v >>> 0, c.nonRoot && c.vmx.unrestrictedGuestActive()); if (w) throw new CpuFault(GP, 0, `MOV CR0: ${w}`); }
  let efer = c.efer;
  const pgOn = (v & CR0_PG) !== 0 && !(old & CR0_PG);
  const pgOff = !(v & CR0_PG) && (old & CR0_PG) !== 0;
  if (pgOn && efer & EFER_LME) {
    // IA-32e mode activation (SDM 9.8.5): needs CR4.PAE; like Bochs/AMD, CS.L must be 0 (the CPU enters compatibility mode).
    if (!(c.cr4 & CR4_PAE)) throw new CpuFault(GP, 0, 'MOV CR0: enabling paging with EFER.LME=1 requires CR4.PAE=1');
    if (c.sar[CS] & AR_L) throw new CpuFault(GP, 0, 'MOV CR0: activating IA-32e mode with CS.L=1');
    efer |= EFER_LMA;
  }
  if (pgOff) {
    if (c.long64) throw new CpuFault(GP, 0, 'MOV CR0: clearing PG in 64-bit mode');
    if (c.cr4 & CR4_PCIDE) throw new CpuFault(GP, 0, 'MOV CR0: clearing PG with CR4.PCIDE=1');
    efer &= ~EFER_LMA;
  }
  // PDPTEs are (re)loaded when PAE paging results and PG, CD or NW change (SDM 4.4.1).
  if (pdpteReloadNeeded(v, c.cr4, efer) && ((v ^ old) & (CR0_PG | CR0_CD | CR0_NW)) !== 0) loadPdptesFor(c, c.cr3);
  // ---- commit
  c.sysGen++; c.cr0 = v;
  c.efer = efer;
  if ((v ^ old) & (CR0_PG | CR0_WP | CR0_PE)) c.flushTlb();
  c.updateMode();
}

// ------------------------------------------------------------------------------------------ CR4
/**
 * Loads CR4 (SDM Vol 2 MOV CR; Vol 3A 2.5, 4.10.4.1): #GP on bits 63:32 or bits this CPU does not support
 * (cpuid.ts cr4Supported), on clearing PAE in IA-32e mode, on setting PCIDE outside IA-32e mode or with
 * CR3[11:0] != 0, and on bad PDPTEs. Changing PAE/PSE/PGE/SMEP/PCIDE flushes the TLB.
 */
export function writeCr4(c: Cpu, lo: number, hi = 0): void {
  if (hi !== 0) throw new CpuFault(GP, 0, `MOV CR4: bits 63:32 must be 0 (value 0x${(hi >>> 0).toString(16)}_${(lo >>> 0).toString(16).padStart(8, '0')})`);
  const v = lo | 0, old = c.cr4;
  const bad = v & ~cr4Supported(c);
  if (bad) throw new CpuFault(GP, 0, `MOV CR4 ${hex(v)}: bit(s) ${hex(bad)} reserved or not supported by this CPU (see CPUID)`);
  // In VMX operation, IA32_VMX_CR4_FIXED0/1 violations are #GP(0) (e.g. clearing VMXE; SDM Vol 3C 24.8).
  if (c.vmx?.inVmx) { const w = c.vmx.cr4FixedViolation(v >>> 0); if (w) throw new CpuFault(GP, 0, `MOV CR4: ${w}`); }
  if (c.lma && !(v & CR4_PAE)) throw new CpuFault(GP, 0, 'MOV CR4: clearing PAE while IA-32e mode is active');
  if (v & CR4_PCIDE && !(old & CR4_PCIDE)) {
    if (!c.lma) throw new CpuFault(GP, 0, 'MOV CR4: setting PCIDE outside IA-32e mode');
    if ((c.cr3 % 4096) !== 0) throw new CpuFault(GP, 0, `MOV CR4: setting PCIDE with CR3[11:0] = 0x${(c.cr3 % 4096).toString(16)} (must be 0)`);
  }
  const pagingBits = CR4_PAE | CR4_PSE | CR4_PGE | CR4_SMEP;
  if (pdpteReloadNeeded(c.cr0, v, c.efer) && ((v ^ old) & pagingBits) !== 0) loadPdptesFor(c, c.cr3);
  c.sysGen++; c.cr4 = v;
  if ((v ^ old) & (pagingBits | CR4_PCIDE)) c.flushTlb();
  c.updateMode();
}

// ------------------------------------------------------------------------------------------ CR3
/**
 * Loads CR3 (SDM Vol 2 MOV CR, Vol 3A 4.10.4.1): in 64-bit mode bits 62:MAXPHYADDR are reserved (#GP);
 * bit 63 is the PCID no-flush hint with CR4.PCIDE=1 (never stored; we flush anyway, which is allowed)
 * and reserved otherwise. Loads the PDPTEs under PAE paging. Flushes the TLB.
 */
export function writeCr3(c: Cpu, lo: number, hi = 0): void {
  let h = hi;
  if (h < 0) {
    if (!(c.cr4 & CR4_PCIDE)) throw new CpuFault(GP, 0, 'MOV CR3: bit 63 set with CR4.PCIDE=0');
    h &= 0x7fffffff;
  }
  if (h >>> (MAXPHYADDR - 32) !== 0) throw new CpuFault(GP, 0, `MOV CR3: bits 62:${MAXPHYADDR} must be 0 (MAXPHYADDR = ${MAXPHYADDR})`);
  const v = h * 4294967296 + (lo >>> 0);
  if (pdpteReloadNeeded(c.cr0, c.cr4, c.efer)) loadPdptesFor(c, v);
  c.sysGen++; c.cr3 = v;
  c.flushTlb();
}

// ------------------------------------------------------------------------------------------ MOV CR
function checkCr(c: Cpu, n: number, to: boolean): void {
  const dir = to ? `MOV CR${n}, reg` : `MOV reg, CR${n}`;
  if (n === 8) { if (!c.long64) throw new CpuFault(UD, undefined, `${dir} outside 64-bit mode`); }
  else if (n !== 0 && n !== 2 && n !== 3 && n !== 4) throw new CpuFault(UD, undefined, `${dir}: CR${n} does not exist`);
  privileged(c, dir);
}

/** MOV CRn, reg: (lo, hi) is the source register (hi ignored outside 64-bit mode). */
export function movToCr(c: Cpu, n: number, lo: number, hi: number): void {
  checkCr(c, n, true);
  if (!c.long64) hi = 0;
  switch (n) {
    case 0: writeCr0(c, lo, hi); return;
    case 2: c.cr2 = hi * 4294967296 + (lo >>> 0); return;
    case 3: writeCr3(c, lo, hi); return;
    case 4: writeCr4(c, lo, hi); return;
    case 8: {
      if (hi !== 0 || (lo & ~0xf) !== 0) throw new CpuFault(GP, 0, `MOV CR8, 0x${(hi >>> 0).toString(16)}${(lo >>> 0).toString(16).padStart(8, '0')}: bits 63:4 are reserved`);
      const t = tprOf(c);
      if (t) t.set((lo & 0xf) << 4); else localTpr.set(c, (lo & 0xf) << 4);
      return;
    }
  }
}

function split(v: number): [number, number] { return [v | 0, Math.floor(v / 4294967296) | 0]; }

/** MOV reg, CRn: returns (lo, hi); the caller keeps only lo outside 64-bit mode. */
export function movFromCr(c: Cpu, n: number): [number, number] {
  checkCr(c, n, false);
  switch (n) {
    case 0: return [c.cr0, 0];
    case 2: return split(c.cr2);
    case 3: return split(c.cr3);
    case 4: return [c.cr4, 0];
    default: { const t = tprOf(c); return [((t ? t.get() : localTpr.get(c) ?? 0) >>> 4) & 0xf, 0]; }
  }
}

// ------------------------------------------------------------------------------------------ MOV DR
const DR6_FIXED1 = 0xffff0ff0; // bits 4-11 and 16-31 read as 1 (no BLD/RTM support), bit 12 reads 0
const DR6_WRITABLE = 0xe00f;   // B0-B3, BD, BS, BT
const DR7_WRITABLE = 0xffff23ff; // L0-G3, LE, GE, GD, R/W0-LEN3 (bits 11, 12, 14, 15 read as 0)
const DR7_GD = 0x2000;

function checkDr(c: Cpu, n: number, to: boolean): number {
  const dir = to ? `MOV DR${n}, reg` : `MOV reg, DR${n}`;
  if (n > 7) throw new CpuFault(UD, undefined, `${dir}: DR${n} does not exist`);
  privileged(c, dir);
  if (n === 4 || n === 5) {
    if (c.cr4 & CR4_DE) throw new CpuFault(UD, undefined, `${dir} with CR4.DE=1`);
    n += 2; // DR4/DR5 alias DR6/DR7 when CR4.DE=0 (SDM 18.2.2)
  }
  if (c.dr[7] & DR7_GD) {
    // General-detect: #DB before the access; DR6.BD set, DR7.GD cleared so the handler can use the registers (SDM 18.2.4).
    c.dr[6] = ((c.dr[6] | 0x2000) >>> 0);
    c.dr[7] = (c.dr[7] & ~DR7_GD) >>> 0;
    throw new CpuFault(DB, undefined, `${dir} with DR7.GD=1 (general detect)`);
  }
  return n;
}

/** MOV DRn, reg. */
export function movToDr(c: Cpu, n: number, lo: number, hi: number): void {
  const r = checkDr(c, n, true);
  if (!c.long64) hi = 0;
  if (r <= 3) { c.dr[r] = hi * 4294967296 + (lo >>> 0); return; }
  if (hi !== 0) throw new CpuFault(GP, 0, `MOV DR${n}: bits 63:32 must be 0`);
  if (r === 6) c.dr[6] = ((lo & DR6_WRITABLE) | DR6_FIXED1) >>> 0;
  else c.dr[7] = ((lo & DR7_WRITABLE) | 0x400) >>> 0;
}

/** MOV reg, DRn. */
export function movFromDr(c: Cpu, n: number): [number, number] {
  const r = checkDr(c, n, false);
  return r <= 3 ? split(c.dr[r]) : [c.dr[r] | 0, 0];
}
