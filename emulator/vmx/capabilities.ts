// VMX capability MSRs of the emulated processor (SDM Vol 3D App. A).
// The default profile advertises exactly what the emulator implements; every other profile can
// only restrict it (a profile is the bitwise intersection with the default).
import { MSR, controlBit, ControlKind, DEFAULT1_MASK, ICELAKE_SP_HOST, CapabilityProfile, vmcsEnumValue, VMCS_FIELDS } from './arch';
import { MAXPHYADDR } from '../cpu/cpu';

/** VMCS revision identifier reported in IA32_VMX_BASIC[30:0] (our own number: the format is ours). */
export const VMCS_REVISION_ID = 0x564d58; // "VMX"

/** Controls the emulator implements, by kind (names from the architectural table). */
export const IMPLEMENTED_CONTROLS: Readonly<Record<ControlKind, readonly string[]>> = {
  pin: ['EXTERNAL_INTERRUPT_EXITING', 'NMI_EXITING', 'VIRTUAL_NMIS', 'ACTIVATE_PREEMPTION_TIMER'],
  primary: [
    'INTERRUPT_WINDOW_EXITING', 'USE_TSC_OFFSETTING', 'HLT_EXITING', 'INVLPG_EXITING', 'MWAIT_EXITING', 'RDPMC_EXITING', 'RDTSC_EXITING',
    'CR3_LOAD_EXITING', 'CR3_STORE_EXITING', 'CR8_LOAD_EXITING', 'CR8_STORE_EXITING', 'NMI_WINDOW_EXITING', 'MOV_DR_EXITING',
    'UNCONDITIONAL_IO_EXITING', 'USE_IO_BITMAPS', 'MONITOR_TRAP_FLAG', 'USE_MSR_BITMAPS', 'MONITOR_EXITING', 'PAUSE_EXITING', 'ACTIVATE_SECONDARY_CONTROLS',
  ],
  secondary: [
    'ENABLE_EPT', 'DESCRIPTOR_TABLE_EXITING', 'ENABLE_RDTSCP', 'ENABLE_VPID', 'WBINVD_EXITING', 'UNRESTRICTED_GUEST', 'PAUSE_LOOP_EXITING', 'RDRAND_EXITING',
    'ENABLE_VM_FUNCTIONS', 'VMCS_SHADOWING', 'RDSEED_EXITING', 'USE_TSC_SCALING',
  ],
  tertiary: [],
  exit: ['SAVE_DEBUG_CONTROLS', 'HOST_ADDRESS_SPACE_SIZE', 'ACKNOWLEDGE_INTERRUPT_ON_EXIT', 'SAVE_IA32_PAT', 'LOAD_IA32_PAT', 'SAVE_IA32_EFER', 'LOAD_IA32_EFER', 'SAVE_PREEMPTION_TIMER'],
  secondaryExit: [],
  entry: ['LOAD_DEBUG_CONTROLS', 'IA32E_MODE_GUEST', 'LOAD_IA32_PAT', 'LOAD_IA32_EFER'],
};

function mask(kind: ControlKind): number {
  let m = 0;
  for (const name of IMPLEMENTED_CONTROLS[kind]) {
    const b = controlBit(kind, name);
    if (!b) throw new Error(`capabilities: unknown ${kind} control ${name}`);
    m |= 1 << b.bit;
  }
  return m >>> 0;
}
function ctl(must1: number, may1: number): bigint { return (BigInt(may1 >>> 0) << 32n) | BigInt(must1 >>> 0); }

/** IA32_VMX_MISC (App. A.6): preemption-timer rate, LMA store, activity states, CR3 targets, MSR list size, VMWRITE to exit-info, length-0 injection. */
export const PREEMPTION_TIMER_SHIFT = 5;
export const CR3_TARGET_COUNT = 4;

/** CR0/CR4 bits the emulated CPU can hold (IA32_VMX_CR*_FIXED1). */
const CR0_FIXED1 = 0xe005003f; // PE MP EM TS ET NE WP AM NW CD PG
// CR4: TSD DE PSE PAE MCE PGE PCE OSFXSR OSXMMEXCPT UMIP VMXE FSGSBASE PCIDE SMEP = cpuid.ts cr4Supported() with VMX, without XSAVE.
const CR4_FIXED1 = 0x00132ffc;

export function defaultProfile(): CapabilityProfile {
  const kinds: ControlKind[] = ['pin', 'primary', 'exit', 'entry'];
  const p: Record<number, bigint> = {};
  const trueMsr: Record<string, number> = { pin: MSR.IA32_VMX_TRUE_PINBASED_CTLS, primary: MSR.IA32_VMX_TRUE_PROCBASED_CTLS, exit: MSR.IA32_VMX_TRUE_EXIT_CTLS, entry: MSR.IA32_VMX_TRUE_ENTRY_CTLS };
  const plainMsr: Record<string, number> = { pin: MSR.IA32_VMX_PINBASED_CTLS, primary: MSR.IA32_VMX_PROCBASED_CTLS, exit: MSR.IA32_VMX_EXIT_CTLS, entry: MSR.IA32_VMX_ENTRY_CTLS };
  for (const k of kinds) {
    const may1 = mask(k) | DEFAULT1_MASK[k];
    // TRUE MSRs: default1 bits that name no control must still be 1 (SDM App. A.2: only some become 0).
    const named = new Set(IMPLEMENTED_CONTROLS[k].map((n) => controlBit(k, n)!.bit));
    let true0 = 0;
    for (let b = 0; b < 32; b++) if (DEFAULT1_MASK[k] & (1 << b) && !named.has(b)) true0 |= 1 << b;
    p[trueMsr[k]] = ctl(true0, may1);
    p[plainMsr[k]] = ctl(DEFAULT1_MASK[k], may1);
  }
  p[MSR.IA32_VMX_PROCBASED_CTLS2] = ctl(0, mask('secondary'));
  p[MSR.IA32_VMX_PROCBASED_CTLS3] = 0n;
  p[MSR.IA32_VMX_EXIT_CTLS2] = 0n;
  // IA32_VMX_BASIC (App. A.1): revision, VMCS size 4096, WB (6), INS/OUTS info (54), TRUE controls (55), any-vector error code (56).
  p[MSR.IA32_VMX_BASIC] = BigInt(VMCS_REVISION_ID) | (4096n << 32n) | (6n << 50n) | (1n << 54n) | (1n << 55n) | (1n << 56n);
  p[MSR.IA32_VMX_MISC] = BigInt(PREEMPTION_TIMER_SHIFT) | (1n << 5n) | (0b111n << 6n) | (BigInt(CR3_TARGET_COUNT) << 16n) | (1n << 29n) | (1n << 30n);
  p[MSR.IA32_VMX_CR0_FIXED0] = 0x80000021n;
  p[MSR.IA32_VMX_CR0_FIXED1] = BigInt(CR0_FIXED1 >>> 0);
  p[MSR.IA32_VMX_CR4_FIXED0] = 0x2000n;
  p[MSR.IA32_VMX_CR4_FIXED1] = BigInt(CR4_FIXED1 >>> 0);
  p[MSR.IA32_VMX_VMCS_ENUM] = vmcsEnumValue(VMCS_FIELDS);
  // IA32_VMX_EPT_VPID_CAP (App. A.10): execute-only (0), 4-level walks (6), UC (8) and WB (14) EPT
  // structures, 2-MiB (16) and 1-GiB (17) pages, INVEPT (20), A/D flags (21), single-context (25) and
  // all-context (26) INVEPT; INVVPID (32) with individual-address (40), single-context (41),
  // all-context (42) and single-context-retaining-globals (43) types.
  p[MSR.IA32_VMX_EPT_VPID_CAP] = [0, 6, 8, 14, 16, 17, 20, 21, 25, 26, 32, 40, 41, 42, 43].reduce((a, b) => a | (1n << BigInt(b)), 0n);
  p[MSR.IA32_VMX_VMFUNC] = 1n; // EPTP switching (App. A.11)
  void MAXPHYADDR;
  return Object.freeze(p);
}

/** Named restrictions: each clears capabilities. */
export const RESTRICTIONS: Readonly<Record<string, (p: Record<number, bigint>) => void>> = {
  // Without IA32_VMX_BASIC[55] the TRUE capability MSRs 48DH-490H do not exist (App. A.1): RDMSR of them is #GP.
  'no-true-controls': (p) => {
    p[MSR.IA32_VMX_BASIC] &= ~(1n << 55n);
    for (const m of [MSR.IA32_VMX_TRUE_PINBASED_CTLS, MSR.IA32_VMX_TRUE_PROCBASED_CTLS, MSR.IA32_VMX_TRUE_EXIT_CTLS, MSR.IA32_VMX_TRUE_ENTRY_CTLS]) delete p[m];
  },
  'no-preemption-timer': (p) => { clearMay1(p, MSR.IA32_VMX_TRUE_PINBASED_CTLS, 6); clearMay1(p, MSR.IA32_VMX_PINBASED_CTLS, 6); clearMay1(p, MSR.IA32_VMX_TRUE_EXIT_CTLS, 22); clearMay1(p, MSR.IA32_VMX_EXIT_CTLS, 22); },
  'no-secondary-controls': (p) => { clearMay1(p, MSR.IA32_VMX_TRUE_PROCBASED_CTLS, 31); clearMay1(p, MSR.IA32_VMX_PROCBASED_CTLS, 31); p[MSR.IA32_VMX_PROCBASED_CTLS2] = 0n; },
  'no-unrestricted-guest': (p) => clearMay1(p, MSR.IA32_VMX_PROCBASED_CTLS2, 7),
  'no-vmcs-shadowing': (p) => clearMay1(p, MSR.IA32_VMX_PROCBASED_CTLS2, 14),
  'no-ept-ad': (p) => { p[MSR.IA32_VMX_EPT_VPID_CAP] &= ~(1n << 21n); },
  'no-ept': (p) => { clearMay1(p, MSR.IA32_VMX_PROCBASED_CTLS2, 1); clearMay1(p, MSR.IA32_VMX_PROCBASED_CTLS2, 7); p[MSR.IA32_VMX_EPT_VPID_CAP] &= ~0xffffffffn; },
  'no-vpid': (p) => { clearMay1(p, MSR.IA32_VMX_PROCBASED_CTLS2, 5); p[MSR.IA32_VMX_EPT_VPID_CAP] &= 0xffffffffn; },
};
function clearMay1(p: Record<number, bigint>, msr: number, bit: number): void { p[msr] = (p[msr] ?? 0n) & ~(1n << BigInt(32 + bit)); }

export const PROFILE_NAMES = ['default', 'icelake-sp', ...Object.keys(RESTRICTIONS)];

/**
 * Resolves a profile spec: 'default', 'icelake-sp', a restriction name, or a comma-separated
 * combination ('icelake-sp,no-vmcs-shadowing'). Unknown names are errors.
 */
export function resolveProfile(spec = 'default'): { caps: CapabilityProfile; notes: string[] } {
  const base = { ...defaultProfile() } as Record<number, bigint>;
  const notes: string[] = [];
  for (const raw of spec.split(',').map((s) => s.trim()).filter(Boolean)) {
    if (raw === 'default') continue;
    if (raw === 'icelake-sp') { notes.push(...intersectIcelake(base)); continue; }
    const r = RESTRICTIONS[raw];
    if (!r) throw new Error(`unknown CPU profile '${raw}' (known: ${PROFILE_NAMES.join(', ')})`);
    r(base);
  }
  return { caps: Object.freeze(base), notes };
}

/** Intersects with the Ice Lake SP host of seed 000: allowed-1 AND, must-be-1 OR; lists the differences. */
function intersectIcelake(p: Record<number, bigint>): string[] {
  const notes: string[] = [];
  const ctlMsrs = [MSR.IA32_VMX_PINBASED_CTLS, MSR.IA32_VMX_PROCBASED_CTLS, MSR.IA32_VMX_EXIT_CTLS, MSR.IA32_VMX_ENTRY_CTLS, MSR.IA32_VMX_TRUE_PINBASED_CTLS, MSR.IA32_VMX_TRUE_PROCBASED_CTLS, MSR.IA32_VMX_TRUE_EXIT_CTLS, MSR.IA32_VMX_TRUE_ENTRY_CTLS, MSR.IA32_VMX_PROCBASED_CTLS2];
  for (const msr of ctlMsrs) {
    if (p[msr] === undefined) continue; // removed by an earlier restriction (no-true-controls)
    const ours = p[msr], ice = ICELAKE_SP_HOST[msr] ?? 0n;
    const may1 = (ours >> 32n) & (ice >> 32n), must1 = (ours & 0xffffffffn) | (ice & 0xffffffffn);
    const lost = (ice >> 32n) & ~(ours >> 32n) & 0xffffffffn;
    if (lost) notes.push(`MSR 0x${msr.toString(16)}: Ice Lake allows bits 0x${lost.toString(16)} that the emulator does not implement`);
    p[msr] = (may1 << 32n) | must1;
  }
  const misc = ICELAKE_SP_HOST[MSR.IA32_VMX_MISC]!;
  // Keep our MISC but take Ice Lake's preemption-timer rate and CR3-target count when not larger than ours.
  p[MSR.IA32_VMX_MISC] = (p[MSR.IA32_VMX_MISC] & ~0x1fn) | (misc & 0x1fn);
  notes.push(`IA32_VMX_MISC: preemption-timer rate ${misc & 0x1fn} from Ice Lake; other MISC bits stay the emulator's (Ice Lake: 0x${misc.toString(16)})`);
  p[MSR.IA32_VMX_CR4_FIXED1] &= ICELAKE_SP_HOST[MSR.IA32_VMX_CR4_FIXED1]!;
  notes.push('IA32_VMX_BASIC keeps the emulator\'s VMCS revision identifier (Ice Lake: 0x4; the VMCS format is implementation-specific)');
  if ((ICELAKE_SP_HOST[MSR.IA32_VMX_EPT_VPID_CAP] ?? 0n) !== (p[MSR.IA32_VMX_EPT_VPID_CAP] ?? 0n)) notes.push('IA32_VMX_EPT_VPID_CAP and IA32_VMX_VMFUNC: restricted to what is implemented');
  return notes;
}
