// Platform MSRs (SDM Vol 4): EFER, FEATURE_CONTROL, APIC_BASE, PAT, FS/GS bases, SYSCALL/SYSENTER, TSC...
// Unknown MSRs are not stored: RDMSR/WRMSR of them raise #GP(0) with the index in the detail.
import type { Cpu, MsrHandler } from './cpu';
import { EFER_LMA, EFER_LME, EFER_NXE, EFER_SCE, CR0_PG, MAXPHYADDR } from './cpu';
import { CpuFault, GP } from './faults';
import { FS, GS } from './regs';

export const MSR_TSC = 0x10, MSR_PLATFORM_ID = 0x17, MSR_APIC_BASE = 0x1b, MSR_FEATURE_CONTROL = 0x3a, MSR_TSC_ADJUST = 0x3b, MSR_SPEC_CTRL = 0x48,
  MSR_BIOS_SIGN_ID = 0x8b, MSR_MTRRCAP = 0xfe, MSR_SYSENTER_CS = 0x174, MSR_SYSENTER_ESP = 0x175, MSR_SYSENTER_EIP = 0x176,
  MSR_MCG_CAP = 0x179, MSR_MCG_STATUS = 0x17a, MSR_MISC_ENABLE = 0x1a0, MSR_DEBUGCTL = 0x1d9, MSR_PAT = 0x277, MSR_MTRR_DEF_TYPE = 0x2ff,
  MSR_EFER = 0xc0000080, MSR_STAR = 0xc0000081, MSR_LSTAR = 0xc0000082, MSR_CSTAR = 0xc0000083, MSR_FMASK = 0xc0000084,
  MSR_FS_BASE = 0xc0000100, MSR_GS_BASE = 0xc0000101, MSR_KERNEL_GS_BASE = 0xc0000102, MSR_TSC_AUX = 0xc0000103;
/** IA32_PRED_CMD (write-only, bit 0 IBPB; CPUID.7:EDX[26]). */
export const MSR_PRED_CMD = 0x49;
/** Variable-range MTRRs: IA32_MTRR_PHYSBASEn = 0x200 + 2n, IA32_MTRR_PHYSMASKn = 0x201 + 2n (n < 8, MTRRCAP.VCNT). */
export const MSR_MTRR_PHYSBASE0 = 0x200, MTRR_VARIABLE_COUNT = 8;
/** Fixed-range MTRRs (SDM Vol 3A 12.11.2.2): FIX64K_00000, FIX16K_80000/A0000, FIX4K_C0000..F8000. */
export const MSR_MTRR_FIXED = [0x250, 0x258, 0x259, 0x268, 0x269, 0x26a, 0x26b, 0x26c, 0x26d, 0x26e, 0x26f];

export interface FeatureControlConfig {
  /** Lock bit (bit 0) set by firmware. Default true. */
  locked?: boolean;
  /** "Enable VMX outside SMX" (bit 2). Default true. */
  vmxOutsideSmx?: boolean;
  /** "Enable VMX inside SMX" (bit 1). Default false. */
  vmxInsideSmx?: boolean;
}

function canonical(lo: number, hi: number): boolean { const top = hi >> 15; return top === 0 || top === -1; }
function num(lo: number, hi: number): number { return hi * 4294967296 + (lo >>> 0); }
function split(v: number): [number, number] { return [v | 0, Math.floor(v / 4294967296) | 0]; }

/** Plain storage MSRs with a reserved-bit mask per index (bits set in `rsvdLo/Hi` must be written as 0). */
const STORED: Record<number, { init: [number, number]; rsvdLo?: number; rsvdHi?: number; canonicalAddr?: boolean }> = {
  [MSR_PAT]: { init: [0x00070406, 0x00070406] },
  [MSR_STAR]: { init: [0, 0] },
  [MSR_LSTAR]: { init: [0, 0], canonicalAddr: true },
  [MSR_CSTAR]: { init: [0, 0], canonicalAddr: true },
  [MSR_FMASK]: { init: [0, 0], rsvdHi: -1 },
  [MSR_KERNEL_GS_BASE]: { init: [0, 0], canonicalAddr: true },
  [MSR_TSC_AUX]: { init: [0, 0], rsvdHi: -1 },
  [MSR_SYSENTER_CS]: { init: [0, 0] },
  [MSR_SYSENTER_ESP]: { init: [0, 0], canonicalAddr: true },
  [MSR_SYSENTER_EIP]: { init: [0, 0], canonicalAddr: true },
  [MSR_DEBUGCTL]: { init: [0, 0], rsvdLo: ~0x1 | 0, rsvdHi: -1 },
  [MSR_MISC_ENABLE]: { init: [0x1, 0] },
  [MSR_SPEC_CTRL]: { init: [0, 0], rsvdLo: ~0x7, rsvdHi: -1 },
  [MSR_MTRR_DEF_TYPE]: { init: [0xc06, 0], rsvdLo: ~0xcff, rsvdHi: -1 },
  [MSR_MCG_STATUS]: { init: [0, 0] },
};
// MTRRs (CPUID.1:EDX.MTRR = 1): stored; memory types are not modelled (all memory behaves as WB).
const PHYS_RSVD_HI = ~((1 << (MAXPHYADDR - 32)) - 1) | 0;
for (let n = 0; n < MTRR_VARIABLE_COUNT; n++) {
  STORED[MSR_MTRR_PHYSBASE0 + 2 * n] = { init: [0, 0], rsvdLo: 0xf00, rsvdHi: PHYS_RSVD_HI };
  STORED[MSR_MTRR_PHYSBASE0 + 2 * n + 1] = { init: [0, 0], rsvdLo: 0x7ff, rsvdHi: PHYS_RSVD_HI };
}
for (const i of MSR_MTRR_FIXED) STORED[i] = { init: [0x06060606, 0x06060606] };
/** Valid MTRR memory types: UC, WC, WT, WP, WB (SDM Vol 3A Table 12-8). */
function validMemType(t: number): boolean { return t === 0 || t === 1 || t === 4 || t === 5 || t === 6; }

const READ_ONLY: Record<number, [number, number]> = {
  [MSR_PLATFORM_ID]: [0, 0],
  [MSR_BIOS_SIGN_ID]: [0, 0x100],
  [MSR_MTRRCAP]: [0x508, 0], // 8 variable ranges, fixed ranges, WC
  [MSR_MCG_CAP]: [0, 0],
};

export function installPlatformMsrs(c: Cpu, opts: { featureControl?: FeatureControlConfig; apicBase: number }): void {
  const fc = opts.featureControl ?? {};
  const fcInit = ((fc.locked ?? true) ? 1 : 0) | ((fc.vmxInsideSmx ?? false) ? 2 : 0) | ((fc.vmxOutsideSmx ?? true) ? 4 : 0);
  for (const [k, v] of Object.entries(STORED)) c.msrs.set(Number(k), [...v.init] as [number, number]);
  c.msrs.set(MSR_FEATURE_CONTROL, [fcInit, 0]);
  c.msrs.set(MSR_APIC_BASE, [(opts.apicBase | 0x800 | 0x100) | 0, 0]); // xAPIC enabled, BSP
  c.msrHandlers = c.msrHandlers.filter((h) => h !== platformMsrs);
  c.msrHandlers.push(platformMsrs);
}

export const platformMsrs: MsrHandler = {
  read(c, index) {
    switch (index) {
      case MSR_EFER: return [c.efer, 0];
      case MSR_TSC: return split(c.tsc);
      case MSR_TSC_ADJUST: return split(c.tscAdjust);
      case MSR_FS_BASE: return split(c.sbase[FS]);
      case MSR_GS_BASE: return split(c.sbase[GS]);
    }
    const ro = READ_ONLY[index];
    if (ro) return ro;
    if (index === MSR_FEATURE_CONTROL || index === MSR_APIC_BASE || index in STORED) return c.msrs.get(index);
    return undefined;
  },
  write(c, index, lo, hi) {
    switch (index) {
      case MSR_EFER: {
        // SDM Vol 3A 2.2.1: SCE, LME, NXE writable; LMA read-only; LME can't change while paging is on.
        if ((lo & ~(EFER_SCE | EFER_LME | EFER_LMA | EFER_NXE)) !== 0 || hi !== 0) throw new CpuFault(GP, 0, `WRMSR EFER: reserved bits set (0x${(lo >>> 0).toString(16)})`);
        if (c.cr0 & CR0_PG && (lo & EFER_LME) !== (c.efer & EFER_LME)) throw new CpuFault(GP, 0, 'WRMSR EFER: LME cannot change while CR0.PG=1');
        c.efer = (lo & ~EFER_LMA) | (c.efer & EFER_LMA);
        c.flushTlb();
        return true;
      }
      case MSR_PRED_CMD:
        if ((lo & ~1) !== 0 || hi !== 0) throw new CpuFault(GP, 0, 'WRMSR IA32_PRED_CMD: reserved bits set (only bit 0, IBPB)');
        return true; // IBPB: no branch predictors to flush
      case MSR_TSC: c.tscAdjust = num(lo, hi) - (c.tsc - c.tscAdjust); return true; // c.icount lags inside a block
      case MSR_TSC_ADJUST: c.tscAdjust = num(lo, hi); return true;
      case MSR_FS_BASE: case MSR_GS_BASE:
        if (!canonical(lo, hi)) throw new CpuFault(GP, 0, `WRMSR ${index === MSR_FS_BASE ? 'FS_BASE' : 'GS_BASE'}: non-canonical address`);
        c.sbase[index === MSR_FS_BASE ? FS : GS] = num(lo, hi);
        return true;
      case MSR_FEATURE_CONTROL: {
        const cur = c.msrs.get(index)!;
        if (cur[0] & 1) throw new CpuFault(GP, 0, 'WRMSR IA32_FEATURE_CONTROL: the MSR is locked (bit 0)');
        c.msrs.set(index, [lo, hi]);
        return true;
      }
      case MSR_APIC_BASE:
        if ((lo & 0x6ff) !== 0 || (hi & ~0x7f) !== 0) throw new CpuFault(GP, 0, 'WRMSR IA32_APIC_BASE: reserved bits set');
        if ((lo & ~0xfff) >>> 0 !== 0xfee00000 || hi !== 0) throw new CpuFault(GP, 0, 'WRMSR IA32_APIC_BASE: relocating the local APIC is not supported (only 0xFEE00000)');
        if (lo & 0x400) throw new CpuFault(GP, 0, 'WRMSR IA32_APIC_BASE: x2APIC mode is not supported (CPUID.1:ECX.x2APIC = 0)');
        c.msrs.set(index, [lo, hi]);
        return true;
    }
    if (index in READ_ONLY) throw new CpuFault(GP, 0, `WRMSR 0x${index.toString(16)}: read-only MSR`);
    const st = STORED[index];
    if (!st) return false;
    if ((lo & (st.rsvdLo ?? 0)) !== 0 || (hi & (st.rsvdHi ?? 0)) !== 0) throw new CpuFault(GP, 0, `WRMSR 0x${index.toString(16)}: reserved bits set`);
    if (st.canonicalAddr && !canonical(lo, hi)) throw new CpuFault(GP, 0, `WRMSR 0x${index.toString(16)}: non-canonical address`);
    if (MSR_MTRR_FIXED.includes(index)) {
      for (let i = 0; i < 8; i++) { const t = ((i < 4 ? lo : hi) >>> ((i & 3) * 8)) & 0xff; if (!validMemType(t)) throw new CpuFault(GP, 0, `WRMSR 0x${index.toString(16)}: fixed-range MTRR field ${i} has invalid memory type ${t}`); }
    }
    if ((index === MSR_MTRR_DEF_TYPE || (index >= MSR_MTRR_PHYSBASE0 && index < MSR_MTRR_PHYSBASE0 + 2 * MTRR_VARIABLE_COUNT && index % 2 === 0)) && !validMemType(lo & 0xff)) {
      throw new CpuFault(GP, 0, `WRMSR 0x${index.toString(16)}: invalid memory type ${lo & 0xff}`);
    }
    if (index === MSR_PAT) {
      for (let i = 0; i < 8; i++) { const t = ((i < 4 ? lo : hi) >>> ((i & 3) * 8)) & 0xff; if (t === 2 || t === 3 || t > 7) throw new CpuFault(GP, 0, `WRMSR IA32_PAT: entry ${i} has invalid memory type ${t}`); }
    }
    c.msrs.set(index, [lo, hi]);
    return true;
  },
};
