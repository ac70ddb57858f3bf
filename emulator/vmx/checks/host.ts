// Checks on the host-state area: SDM Vol 3C 27.2.2 (control registers and MSRs), 27.2.3 (segment and
// descriptor-table registers), 27.2.4 (address-space size). Failures are VMfailValid with error 8.
import { EXIT, EntryCheckState, F, SECTION, bitList, fail, fv, guarded, h, hostCheck } from './state';
import { EFER_VALID, PERF_GLOBAL_CTRL_VALID, S_CET_RESERVED, badPatEntry } from './msr-values';
import type { GuardWord, VmEntryCheck } from './types';

const S_CR = SECTION.hostCr, S_SEG = SECTION.hostSeg, S_AS = SECTION.hostAs;
const CR4_PAE = 1n << 5n, CR4_PCIDE = 1n << 17n, CR4_CET = 1n << 23n, CR0_WP = 1n << 16n;

function canonicalHost(id: string, field: keyof typeof F, section: string, rule: string, when?: (s: EntryCheckState) => boolean): VmEntryCheck {
  const e = F[field];
  return hostCheck(id, section, [field], rule, (s) => {
    if (when && !when(s)) return undefined;
    const v = s.r(e);
    return s.canonical(v) ? undefined : fail(`${fv(field, v)} (not canonical)`, `a canonical address: bits 63:${s.linearWidth - 1} all equal (${s.linearWidth}-bit linear addresses)`);
  });
}

function fixedChecks(prefix: 'host' | 'guest', reg: 'CR0' | 'CR4', check: typeof hostCheck, section: string, relax?: (s: EntryCheckState) => bigint): VmEntryCheck[] {
  const field = `${prefix.toUpperCase()}_${reg}` as keyof typeof F;
  const e = F[field];
  const msr0 = `IA32_VMX_${reg}_FIXED0`, msr1 = `IA32_VMX_${reg}_FIXED1`;
  const fixed0 = (s: EntryCheckState): bigint => (reg === 'CR0' ? s.caps.cr0Fixed0 : s.caps.cr4Fixed0);
  const fixed1 = (s: EntryCheckState): bigint => (reg === 'CR0' ? s.caps.cr0Fixed1 : s.caps.cr4Fixed1);
  const lc = reg.toLowerCase();
  return [
    check(`${prefix}.${lc}.fixed0`, section, [field],
      `The ${reg} field must set every bit that is 1 in ${msr0} (bits fixed to 1 in VMX operation)${prefix === 'guest' && reg === 'CR0' ? '; with "unrestricted guest" = 1, PE (bit 0) and PG (bit 31) are exempt' : ''}`,
      (s) => {
        const f0 = fixed0(s) & ~(relax ? relax(s) : 0n);
        const missing = f0 & ~s.r(e);
        return missing ? fail(`${fv(field, s.r(e))} (${bitList(missing)} clear)`, `${bitList(missing)} = 1 (${msr0} = ${h(fixed0(s), 16)})`) : undefined;
      }),
    check(`${prefix}.${lc}.fixed1`, section, [field],
      `The ${reg} field must not set any bit that is 0 in ${msr1} (bits fixed to 0 in VMX operation)`,
      (s) => {
        const bad = s.r(e) & ~fixed1(s);
        return bad ? fail(`${fv(field, s.r(e))} (${bitList(bad)} set)`, `${bitList(bad)} = 0 (${msr1} = ${h(fixed1(s), 16)})`) : undefined;
      }),
  ];
}
export { fixedChecks };

const SELECTORS = ['CS', 'SS', 'DS', 'ES', 'FS', 'GS', 'TR'] as const;

const ROWS: readonly VmEntryCheck[] = [
  // ---- 27.2.2 host control registers and MSRs
  ...fixedChecks('host', 'CR0', hostCheck, S_CR),
  ...fixedChecks('host', 'CR4', hostCheck, S_CR),
  hostCheck('host.cr3.maxphyaddr', S_CR, ['HOST_CR3'],
    'The CR3 field must not set any bit beyond the processor\'s physical-address width (bits 63:MAXPHYADDR zero)',
    (s) => { const v = s.r(F.HOST_CR3); return s.physOk(v) ? undefined : fail(fv('HOST_CR3', v), `bits 63:${s.maxPhys} = 0 (MAXPHYADDR = ${s.maxPhys})`); }),
  hostCheck('host.cr4.cet-needs-wp', S_CR, ['HOST_CR4', 'HOST_CR0'],
    'If CR4.CET (bit 23) is 1 in the CR4 field, CR0.WP (bit 16) must be 1 in the CR0 field',
    (s) => ((s.r(F.HOST_CR4) & CR4_CET) && !(s.r(F.HOST_CR0) & CR0_WP) ? fail(`${fv('HOST_CR4', s.r(F.HOST_CR4))} (CET = 1), ${fv('HOST_CR0', s.r(F.HOST_CR0))} (WP = 0)`, 'CR0.WP = 1 when CR4.CET = 1') : undefined)),
  canonicalHost('host.sysenter-esp.canonical', 'HOST_IA32_SYSENTER_ESP', S_CR, 'The IA32_SYSENTER_ESP field must contain a canonical address'),
  canonicalHost('host.sysenter-eip.canonical', 'HOST_IA32_SYSENTER_EIP', S_CR, 'The IA32_SYSENTER_EIP field must contain a canonical address'),
  hostCheck('host.s-cet.valid', S_CR, ['HOST_S_CET', 'VM_EXIT_CONTROLS'],
    'If the "load CET state" VM-exit control is 1, the IA32_S_CET field must be canonical, have reserved bits 9:6 clear, and not set both bit 10 (SUPPRESS) and bit 11 (TRACKER)',
    (s) => {
      if (!(s.exit & EXIT.CET)) return undefined;
      const v = s.r(F.HOST_S_CET);
      if (!s.canonical(v) || (v & S_CET_RESERVED) || (v & 0xc00n) === 0xc00n) return fail(fv('HOST_S_CET', v), 'canonical, bits 9:6 = 0, not both bits 10 and 11');
      return undefined;
    }),
  hostCheck('host.ssp.valid', S_CR, ['HOST_SSP', 'VM_EXIT_CONTROLS'],
    'If the "load CET state" VM-exit control is 1, the SSP field must be canonical with bits 1:0 clear',
    (s) => {
      if (!(s.exit & EXIT.CET)) return undefined;
      const v = s.r(F.HOST_SSP);
      return !s.canonical(v) || (v & 3n) ? fail(fv('HOST_SSP', v), 'canonical, bits 1:0 = 0') : undefined;
    }),
  canonicalHost('host.intr-ssp-table.canonical', 'HOST_INTR_SSP_TABLE', S_CR, 'If the "load CET state" VM-exit control is 1, the IA32_INTERRUPT_SSP_TABLE_ADDR field must be canonical', (s) => (s.exit & EXIT.CET) !== 0),
  hostCheck('host.perf-global-ctrl.reserved', S_CR, ['HOST_IA32_PERF_GLOBAL_CTRL', 'VM_EXIT_CONTROLS'],
    'If the "load IA32_PERF_GLOBAL_CTRL" VM-exit control is 1, bits reserved in IA32_PERF_GLOBAL_CTRL must be 0 in its field',
    (s) => {
      if (!(s.exit & EXIT.PERF)) return undefined;
      const v = s.r(F.HOST_IA32_PERF_GLOBAL_CTRL), bad = v & ~PERF_GLOBAL_CTRL_VALID;
      return bad ? fail(`${fv('HOST_IA32_PERF_GLOBAL_CTRL', v)} (${bitList(bad)} set)`, `only bits 7:0, 35:32 and 48 (mask ${h(PERF_GLOBAL_CTRL_VALID, 16)})`) : undefined;
    }),
  hostCheck('host.pat.valid', S_CR, ['HOST_IA32_PAT', 'VM_EXIT_CONTROLS'],
    'If the "load IA32_PAT" VM-exit control is 1, each of the 8 bytes of the IA32_PAT field must be 0 (UC), 1 (WC), 4 (WT), 5 (WP), 6 (WB) or 7 (UC-)',
    (s) => {
      if (!(s.exit & EXIT.LOAD_PAT)) return undefined;
      const v = s.r(F.HOST_IA32_PAT), i = badPatEntry(v);
      return i >= 0 ? fail(`${fv('HOST_IA32_PAT', v)} (PA${i} = ${h((v >> BigInt(8 * i)) & 0xffn, 2)})`, 'every byte one of 0, 1, 4, 5, 6, 7') : undefined;
    }),
  hostCheck('host.efer.reserved', S_CR, ['HOST_IA32_EFER', 'VM_EXIT_CONTROLS'],
    'If the "load IA32_EFER" VM-exit control is 1, bits reserved in IA32_EFER must be 0 in its field',
    (s) => {
      if (!(s.exit & EXIT.LOAD_EFER)) return undefined;
      const v = s.r(F.HOST_IA32_EFER), bad = v & ~EFER_VALID;
      return bad ? fail(`${fv('HOST_IA32_EFER', v)} (${bitList(bad)} set)`, `only SCE (0), LME (8), LMA (10), NXE (11) may be set`) : undefined;
    }),
  hostCheck('host.efer.lma-lme', S_CR, ['HOST_IA32_EFER', 'VM_EXIT_CONTROLS'],
    'If the "load IA32_EFER" VM-exit control is 1, the LMA (bit 10) and LME (bit 8) bits of its field must each equal the "host address-space size" VM-exit control',
    (s) => {
      if (!(s.exit & EXIT.LOAD_EFER)) return undefined;
      const v = s.r(F.HOST_IA32_EFER), lma = (v >> 10n) & 1n, lme = (v >> 8n) & 1n, want = s.host64 ? 1n : 0n;
      return lma !== want || lme !== want ? fail(`${fv('HOST_IA32_EFER', v)} (LMA = ${lma}, LME = ${lme}), "host address-space size" = ${want}`, `LMA = LME = ${want}`) : undefined;
    }),
  hostCheck('host.pkrs.reserved', S_CR, ['HOST_IA32_PKRS', 'VM_EXIT_CONTROLS'],
    'If the "load PKRS" VM-exit control is 1, bits 63:32 of the IA32_PKRS field must be 0',
    (s) => ((s.exit & EXIT.PKRS) && (s.r(F.HOST_IA32_PKRS) >> 32n) ? fail(fv('HOST_IA32_PKRS', s.r(F.HOST_IA32_PKRS)), 'bits 63:32 = 0') : undefined)),

  // ---- 27.2.3 host segment and descriptor-table registers
  ...SELECTORS.map((seg) => {
    const field = `HOST_${seg}_SELECTOR` as keyof typeof F, e = F[field];
    return hostCheck(`host.${seg.toLowerCase()}.selector-rpl-ti`, S_SEG, [field],
      `In the selector field for ${seg}, the RPL (bits 1:0) and the TI flag (bit 2) must be 0`,
      (s) => { const v = s.n(e); return v & 7 ? fail(`${fv(field, v, 4)} (RPL = ${v & 3}, TI = ${(v >> 2) & 1})`, 'RPL = 0 and TI = 0 (a GDT selector with RPL 0)') : undefined; });
  }),
  hostCheck('host.cs.selector-nonzero', S_SEG, ['HOST_CS_SELECTOR'], 'The selector field for CS cannot be 0000H',
    (s) => (s.n(F.HOST_CS_SELECTOR) === 0 ? fail('HOST_CS_SELECTOR = 0x0000', 'a non-null selector') : undefined)),
  hostCheck('host.tr.selector-nonzero', S_SEG, ['HOST_TR_SELECTOR'], 'The selector field for TR cannot be 0000H',
    (s) => (s.n(F.HOST_TR_SELECTOR) === 0 ? fail('HOST_TR_SELECTOR = 0x0000', 'a non-null selector') : undefined)),
  hostCheck('host.ss.selector-nonzero', S_SEG, ['HOST_SS_SELECTOR', 'VM_EXIT_CONTROLS'], 'The selector field for SS cannot be 0000H if the "host address-space size" VM-exit control is 0',
    (s) => (!s.host64 && s.n(F.HOST_SS_SELECTOR) === 0 ? fail('HOST_SS_SELECTOR = 0x0000, "host address-space size" = 0', 'a non-null SS selector for a 32-bit host') : undefined)),
  canonicalHost('host.fs-base.canonical', 'HOST_FS_BASE', S_SEG, 'The base-address field for FS must contain a canonical address'),
  canonicalHost('host.gs-base.canonical', 'HOST_GS_BASE', S_SEG, 'The base-address field for GS must contain a canonical address'),
  canonicalHost('host.gdtr-base.canonical', 'HOST_GDTR_BASE', S_SEG, 'The base-address field for GDTR must contain a canonical address'),
  canonicalHost('host.idtr-base.canonical', 'HOST_IDTR_BASE', S_SEG, 'The base-address field for IDTR must contain a canonical address'),
  canonicalHost('host.tr-base.canonical', 'HOST_TR_BASE', S_SEG, 'The base-address field for TR must contain a canonical address'),

  // ---- 27.2.4 address-space size
  hostCheck('host.as.long-mode-needs-host64', S_AS, ['VM_EXIT_CONTROLS'],
    'If the processor is in IA-32e mode (IA32_EFER.LMA = 1) at the time of VM entry, the "host address-space size" VM-exit control must be 1',
    (s) => ((s.ctx.cpu.efer & 0x400n) && !s.host64 ? fail(`"host address-space size" = 0 (${fv('VM_EXIT_CONTROLS', s.exit, 8)}) while IA32_EFER.LMA = 1`, '"host address-space size" (exit bit 9) = 1: VM exits must return to 64-bit mode') : undefined)),
  hostCheck('host.as.ia32e-guest-outside-long-mode', S_AS, ['VM_ENTRY_CONTROLS'],
    'If the processor is outside IA-32e mode (IA32_EFER.LMA = 0) at the time of VM entry, the "IA-32e mode guest" VM-entry control must be 0',
    (s) => (!(s.ctx.cpu.efer & 0x400n) && s.ia32e ? fail(`"IA-32e mode guest" = 1 (${fv('VM_ENTRY_CONTROLS', s.entry, 8)}) while IA32_EFER.LMA = 0`, '"IA-32e mode guest" = 0 when entering from outside IA-32e mode') : undefined)),
  hostCheck('host.as.host64-outside-long-mode', S_AS, ['VM_EXIT_CONTROLS'],
    'If the processor is outside IA-32e mode (IA32_EFER.LMA = 0) at the time of VM entry, the "host address-space size" VM-exit control must be 0',
    (s) => (!(s.ctx.cpu.efer & 0x400n) && s.host64 ? fail(`"host address-space size" = 1 (${fv('VM_EXIT_CONTROLS', s.exit, 8)}) while IA32_EFER.LMA = 0`, '"host address-space size" = 0 when entering from outside IA-32e mode') : undefined)),
  hostCheck('host.as.ia32e-guest-needs-host64', S_AS, ['VM_ENTRY_CONTROLS', 'VM_EXIT_CONTROLS'],
    'If the "host address-space size" VM-exit control is 0, the "IA-32e mode guest" VM-entry control must be 0',
    (s) => (!s.host64 && s.ia32e ? fail('"IA-32e mode guest" = 1 with "host address-space size" = 0', '"IA-32e mode guest" = 0 for a 32-bit host') : undefined)),
  hostCheck('host.as.pcide-needs-host64', S_AS, ['HOST_CR4', 'VM_EXIT_CONTROLS'],
    'If the "host address-space size" VM-exit control is 0, bit 17 (PCIDE) of the CR4 field must be 0',
    (s) => (!s.host64 && (s.r(F.HOST_CR4) & CR4_PCIDE) ? fail(`${fv('HOST_CR4', s.r(F.HOST_CR4))} (PCIDE = 1), "host address-space size" = 0`, 'CR4.PCIDE = 0 for a 32-bit host') : undefined)),
  hostCheck('host.as.rip-high', S_AS, ['HOST_RIP', 'VM_EXIT_CONTROLS'],
    'If the "host address-space size" VM-exit control is 0, bits 63:32 of the RIP field must be 0',
    (s) => (!s.host64 && (s.r(F.HOST_RIP) >> 32n) ? fail(`${fv('HOST_RIP', s.r(F.HOST_RIP))}, "host address-space size" = 0`, 'bits 63:32 = 0 for a 32-bit host') : undefined)),
  hostCheck('host.as.cet-high', S_AS, ['HOST_S_CET', 'HOST_SSP', 'VM_EXIT_CONTROLS'],
    'If the "host address-space size" VM-exit control is 0 and "load CET state" is 1, bits 63:32 of the IA32_S_CET and SSP fields must be 0',
    (s) => (!s.host64 && (s.exit & EXIT.CET) && ((s.r(F.HOST_S_CET) >> 32n) || (s.r(F.HOST_SSP) >> 32n)) ? fail(`${fv('HOST_S_CET', s.r(F.HOST_S_CET))}, ${fv('HOST_SSP', s.r(F.HOST_SSP))}`, 'bits 63:32 = 0 for a 32-bit host') : undefined)),
  hostCheck('host.as.pae-needs-host64', S_AS, ['HOST_CR4', 'VM_EXIT_CONTROLS'],
    'If the "host address-space size" VM-exit control is 1, bit 5 (PAE) of the CR4 field must be 1',
    (s) => (s.host64 && !(s.r(F.HOST_CR4) & CR4_PAE) ? fail(`${fv('HOST_CR4', s.r(F.HOST_CR4))} (PAE = 0), "host address-space size" = 1`, 'CR4.PAE = 1 for a 64-bit host') : undefined)),
  canonicalHost('host.as.rip-canonical', 'HOST_RIP', S_AS, 'If the "host address-space size" VM-exit control is 1, the RIP field must contain a canonical address', (s) => s.host64),
];

const GUARDS: Readonly<Record<string, readonly [GuardWord, number]>> = {
  'host.s-cet.valid': ['exit', EXIT.CET], 'host.ssp.valid': ['exit', EXIT.CET], 'host.intr-ssp-table.canonical': ['exit', EXIT.CET],
  'host.perf-global-ctrl.reserved': ['exit', EXIT.PERF], 'host.pat.valid': ['exit', EXIT.LOAD_PAT],
  'host.efer.reserved': ['exit', EXIT.LOAD_EFER], 'host.efer.lma-lme': ['exit', EXIT.LOAD_EFER], 'host.pkrs.reserved': ['exit', EXIT.PKRS],
  'host.as.cet-high': ['exit', EXIT.CET],
};
export const HOST_CHECKS: readonly VmEntryCheck[] = ROWS.map((c) => (GUARDS[c.id] ? guarded(c, GUARDS[c.id]![0], GUARDS[c.id]![1]) : c));
