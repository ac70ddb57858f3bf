// Validity of MSR values held in VMCS fields (IA32_PAT, IA32_EFER, IA32_PERF_GLOBAL_CTRL, IA32_DEBUGCTL,
// IA32_BNDCFGS, IA32_S_CET, IA32_PKRS), as VM entry checks them (SDM Vol 3C 27.2.2, 27.3.1.1).
import { EFER_BITS, flagsMask } from '../arch';

/** IA32_EFER bits that exist (SCE, LME, LMA, NXE; SDM Vol 3A 2.2.1); every other bit is reserved. */
export const EFER_VALID = flagsMask(EFER_BITS);

/**
 * IA32_PERF_GLOBAL_CTRL bits the emulated CPU accepts: PMC enables 7:0 (up to 8 general-purpose counters), fixed-counter
 * enables 35:32 (up to 4 fixed counters) and bit 48 (PERF_METRICS_EN) — SDM Vol 3B "IA32_PERF_GLOBAL_CTRL" (architectural
 * performance monitoring v2+, 20.2.2 / 21.2.2 depending on edition). The real layout depends on CPUID.0AH; the profile
 * has no CPUID, so this is the widest Ice Lake layout. Defined here: the architectural table has no PMU layout.
 */
export const PERF_GLOBAL_CTRL_VALID = 0xffn | (0xfn << 32n) | (1n << 48n);

/**
 * IA32_DEBUGCTL bits that are not reserved for VM entry: 0 LBR, 1 BTF, 6-15 (TR, BTS, BTINT, BTS_OFF_OS/USR,
 * FREEZE_LBRS_ON_PMI, FREEZE_PERFMON_ON_PMI, ENABLE_UNCORE_PMI, FREEZE_WHILE_SMM, RTM_DEBUG); bits 5:2 and 63:16 are
 * reserved (SDM Vol 3B 18.4.1 / 17.4.1 "IA32_DEBUGCTL MSR"). Defined here: not in the architectural table.
 */
export const DEBUGCTL_VALID = 0x3n | 0xffc0n;

/** IA32_BNDCFGS: bits 11:2 reserved, bits 63:12 a linear address (SDM Vol 1 17.3.3 / Vol 3C 27.3.1.1). */
export const BNDCFGS_RESERVED = 0xffcn;

/** IA32_S_CET: bits 9:6 reserved; bits 10 (SUPPRESS) and 11 (TRACKER) not both 1; bits 63:12 a linear address (SDM Vol 1 17.3). */
export const S_CET_RESERVED = 0x3c0n;

/** PAT entry types that WRMSR accepts: 0 UC, 1 WC, 4 WT, 5 WP, 6 WB, 7 UC- (SDM Vol 3A 12.12.2). */
const PAT_OK = 0b11110011;
/** Index (0-7) of the first invalid PAT entry, or -1. */
export function badPatEntry(pat: bigint): number {
  const lo = Number(pat & 0xffffffffn), hi = Number((pat >> 32n) & 0xffffffffn);
  for (let i = 0; i < 8; i++) {
    const t = ((i < 4 ? lo : hi) >>> ((i & 3) * 8)) & 0xff;
    if (t > 7 || !((PAT_OK >> t) & 1)) return i;
  }
  return -1;
}
