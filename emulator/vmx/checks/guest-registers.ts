// Checks on guest register state: SDM Vol 3C 27.3.1.1 (control registers, debug registers, MSRs),
// 27.3.1.3 (descriptor-table registers), 27.3.1.4 (RIP and RFLAGS). Failures: exit reason 33, qualification 0.
import { ENTRY, EntryCheckState, F, SECTION, bitList, fail, fv, guarded, guestCheck, h } from './state';
import { BNDCFGS_RESERVED, DEBUGCTL_VALID, EFER_VALID, PERF_GLOBAL_CTRL_VALID, S_CET_RESERVED, badPatEntry } from './msr-values';
import { fixedChecks } from './host';
import type { GuardWord, VmEntryCheck } from './types';

const S_CR = SECTION.guestCr, S_DT = SECTION.guestDt, S_RIP = SECTION.guestRip;
const CR0_PE_PG = 0x80000001n;

function canonicalGuest(id: string, field: keyof typeof F, section: string, rule: string, when?: (s: EntryCheckState) => boolean, mask = -1n): VmEntryCheck {
  const e = F[field];
  return guestCheck(id, section, [field], rule, (s) => {
    if (when && !when(s)) return undefined;
    const raw = s.r(e), v = mask === -1n ? raw : raw & mask;
    return s.canonical(v) ? undefined : fail(`${fv(field, raw)} (not canonical)`, `a canonical address: bits 63:${s.linearWidth - 1} all equal (${s.linearWidth}-bit linear addresses)`);
  });
}

const REGISTER_ROWS: readonly VmEntryCheck[] = [
  // ---- 27.3.1.1 control registers, debug registers and MSRs
  ...fixedChecks('guest', 'CR0', guestCheck, S_CR, (s) => (s.ug ? CR0_PE_PG : 0n)),
  guestCheck('guest.cr0.pg-needs-pe', S_CR, ['GUEST_CR0'],
    'If bit 31 (PG) of the CR0 field is 1, bit 0 (PE) must also be 1',
    (s) => (s.pg && !s.pe ? fail(`${fv('GUEST_CR0', s.r(F.GUEST_CR0))} (PG = 1, PE = 0)`, 'PE = 1 whenever PG = 1 (paging needs protected mode)') : undefined)),
  ...fixedChecks('guest', 'CR4', guestCheck, S_CR),
  guestCheck('guest.cr4.cet-needs-wp', S_CR, ['GUEST_CR4', 'GUEST_CR0'],
    'If CR4.CET (bit 23) is 1 in the CR4 field, CR0.WP (bit 16) must be 1 in the CR0 field',
    (s) => ((s.cr4 & 0x800000) && !(s.cr0 & 0x10000) ? fail(`${fv('GUEST_CR4', s.r(F.GUEST_CR4))} (CET = 1), ${fv('GUEST_CR0', s.r(F.GUEST_CR0))} (WP = 0)`, 'CR0.WP = 1 when CR4.CET = 1') : undefined)),
  guestCheck('guest.debugctl.reserved', S_CR, ['GUEST_IA32_DEBUGCTL', 'VM_ENTRY_CONTROLS'],
    'If the "load debug controls" VM-entry control is 1, bits reserved in IA32_DEBUGCTL (5:2, 63:16) must be 0 in its field',
    (s) => {
      if (!(s.entry & ENTRY.DEBUG)) return undefined;
      const v = s.r(F.GUEST_IA32_DEBUGCTL), bad = v & ~DEBUGCTL_VALID;
      return bad ? fail(`${fv('GUEST_IA32_DEBUGCTL', v)} (${bitList(bad)} set)`, 'bits 5:2 and 63:16 = 0') : undefined;
    }),
  guestCheck('guest.ia32e.needs-pg', S_CR, ['GUEST_CR0', 'VM_ENTRY_CONTROLS'],
    'If the "IA-32e mode guest" VM-entry control is 1, bit 31 (PG) of the CR0 field must be 1',
    (s) => (s.ia32e && !s.pg ? fail(`${fv('GUEST_CR0', s.r(F.GUEST_CR0))} (PG = 0), "IA-32e mode guest" = 1`, 'CR0.PG = 1 (IA-32e mode needs paging)') : undefined)),
  guestCheck('guest.ia32e.needs-pae', S_CR, ['GUEST_CR4', 'VM_ENTRY_CONTROLS'],
    'If the "IA-32e mode guest" VM-entry control is 1, bit 5 (PAE) of the CR4 field must be 1',
    (s) => (s.ia32e && !(s.cr4 & 0x20) ? fail(`${fv('GUEST_CR4', s.r(F.GUEST_CR4))} (PAE = 0), "IA-32e mode guest" = 1`, 'CR4.PAE = 1 (IA-32e mode needs PAE)') : undefined)),
  guestCheck('guest.cr4.pcide-needs-ia32e', S_CR, ['GUEST_CR4', 'VM_ENTRY_CONTROLS'],
    'If the "IA-32e mode guest" VM-entry control is 0, bit 17 (PCIDE) of the CR4 field must be 0',
    (s) => (!s.ia32e && (s.cr4 & 0x20000) ? fail(`${fv('GUEST_CR4', s.r(F.GUEST_CR4))} (PCIDE = 1), "IA-32e mode guest" = 0`, 'CR4.PCIDE = 0 outside IA-32e mode') : undefined)),
  guestCheck('guest.cr3.maxphyaddr', S_CR, ['GUEST_CR3'],
    'The CR3 field must not set any bit beyond the processor\'s physical-address width (bits 63:MAXPHYADDR zero)',
    (s) => { const v = s.r(F.GUEST_CR3); return s.physOk(v) ? undefined : fail(fv('GUEST_CR3', v), `bits 63:${s.maxPhys} = 0 (MAXPHYADDR = ${s.maxPhys})`); }),
  guestCheck('guest.dr7.high', S_CR, ['GUEST_DR7', 'VM_ENTRY_CONTROLS'],
    'If the "load debug controls" VM-entry control is 1, bits 63:32 of the DR7 field must be 0',
    (s) => ((s.entry & ENTRY.DEBUG) && (s.r(F.GUEST_DR7) >> 32n) ? fail(fv('GUEST_DR7', s.r(F.GUEST_DR7)), 'bits 63:32 = 0') : undefined)),
  canonicalGuest('guest.sysenter-esp.canonical', 'GUEST_SYSENTER_ESP', S_CR, 'The IA32_SYSENTER_ESP field must contain a canonical address'),
  canonicalGuest('guest.sysenter-eip.canonical', 'GUEST_SYSENTER_EIP', S_CR, 'The IA32_SYSENTER_EIP field must contain a canonical address'),
  guestCheck('guest.s-cet.valid', S_CR, ['GUEST_S_CET', 'VM_ENTRY_CONTROLS'],
    'If the "load CET state" VM-entry control is 1, the IA32_S_CET field must be canonical, have reserved bits 9:6 clear and not set both bits 10 and 11; without "IA-32e mode guest" bits 63:32 must be 0',
    (s) => {
      if (!(s.entry & ENTRY.CET)) return undefined;
      const v = s.r(F.GUEST_S_CET);
      return !s.canonical(v) || (v & S_CET_RESERVED) || (v & 0xc00n) === 0xc00n || (!s.ia32e && (v >> 32n)) ? fail(fv('GUEST_S_CET', v), 'canonical, bits 9:6 = 0, not both bits 10 and 11 (bits 63:32 = 0 outside IA-32e mode)') : undefined;
    }),
  guestCheck('guest.ssp.valid', S_CR, ['GUEST_SSP', 'VM_ENTRY_CONTROLS'],
    'If the "load CET state" VM-entry control is 1, the SSP field must be canonical with bits 1:0 clear; without "IA-32e mode guest" bits 63:32 must be 0',
    (s) => {
      if (!(s.entry & ENTRY.CET)) return undefined;
      const v = s.r(F.GUEST_SSP);
      return !s.canonical(v) || (v & 3n) || (!s.ia32e && (v >> 32n)) ? fail(fv('GUEST_SSP', v), 'canonical, bits 1:0 = 0 (bits 63:32 = 0 outside IA-32e mode)') : undefined;
    }),
  canonicalGuest('guest.intr-ssp-table.canonical', 'GUEST_INTR_SSP_TABLE', S_CR, 'If the "load CET state" VM-entry control is 1, the IA32_INTERRUPT_SSP_TABLE_ADDR field must be canonical', (s) => (s.entry & ENTRY.CET) !== 0),
  guestCheck('guest.perf-global-ctrl.reserved', S_CR, ['GUEST_IA32_PERF_GLOBAL_CTRL', 'VM_ENTRY_CONTROLS'],
    'If the "load IA32_PERF_GLOBAL_CTRL" VM-entry control is 1, bits reserved in IA32_PERF_GLOBAL_CTRL must be 0 in its field',
    (s) => {
      if (!(s.entry & ENTRY.PERF)) return undefined;
      const v = s.r(F.GUEST_IA32_PERF_GLOBAL_CTRL), bad = v & ~PERF_GLOBAL_CTRL_VALID;
      return bad ? fail(`${fv('GUEST_IA32_PERF_GLOBAL_CTRL', v)} (${bitList(bad)} set)`, `only bits 7:0, 35:32 and 48 (mask ${h(PERF_GLOBAL_CTRL_VALID, 16)})`) : undefined;
    }),
  guestCheck('guest.pat.valid', S_CR, ['GUEST_IA32_PAT', 'VM_ENTRY_CONTROLS'],
    'If the "load IA32_PAT" VM-entry control is 1, each of the 8 bytes of the IA32_PAT field must be 0 (UC), 1 (WC), 4 (WT), 5 (WP), 6 (WB) or 7 (UC-)',
    (s) => {
      if (!(s.entry & ENTRY.PAT)) return undefined;
      const v = s.r(F.GUEST_IA32_PAT), i = badPatEntry(v);
      return i >= 0 ? fail(`${fv('GUEST_IA32_PAT', v)} (PA${i} = ${h((v >> BigInt(8 * i)) & 0xffn, 2)})`, 'every byte one of 0, 1, 4, 5, 6, 7') : undefined;
    }),
  guestCheck('guest.efer.reserved', S_CR, ['GUEST_IA32_EFER', 'VM_ENTRY_CONTROLS'],
    'If the "load IA32_EFER" VM-entry control is 1, bits reserved in IA32_EFER must be 0 in its field',
    (s) => {
      if (!(s.entry & ENTRY.EFER)) return undefined;
      const v = s.r(F.GUEST_IA32_EFER), bad = v & ~EFER_VALID;
      return bad ? fail(`${fv('GUEST_IA32_EFER', v)} (${bitList(bad)} set)`, 'only SCE (0), LME (8), LMA (10), NXE (11) may be set') : undefined;
    }),
  guestCheck('guest.efer.lma', S_CR, ['GUEST_IA32_EFER', 'VM_ENTRY_CONTROLS'],
    'If the "load IA32_EFER" VM-entry control is 1, bit 10 (LMA) of its field must equal the "IA-32e mode guest" VM-entry control',
    (s) => {
      if (!(s.entry & ENTRY.EFER)) return undefined;
      const v = s.r(F.GUEST_IA32_EFER), lma = (v >> 10n) & 1n;
      return (lma === 1n) !== s.ia32e ? fail(`${fv('GUEST_IA32_EFER', v)} (LMA = ${lma}), "IA-32e mode guest" = ${s.ia32e ? 1 : 0}`, `LMA = ${s.ia32e ? 1 : 0} (the "IA-32e mode guest" setting)`) : undefined;
    }),
  guestCheck('guest.efer.lme', S_CR, ['GUEST_IA32_EFER', 'GUEST_CR0', 'VM_ENTRY_CONTROLS'],
    'If the "load IA32_EFER" VM-entry control is 1 and CR0.PG is 1 in the CR0 field, bit 8 (LME) of the IA32_EFER field must equal bit 10 (LMA)',
    (s) => {
      if (!(s.entry & ENTRY.EFER) || !s.pg) return undefined;
      const v = s.r(F.GUEST_IA32_EFER), lma = (v >> 10n) & 1n, lme = (v >> 8n) & 1n;
      return lma !== lme ? fail(`${fv('GUEST_IA32_EFER', v)} (LMA = ${lma}, LME = ${lme}), CR0.PG = 1`, 'LME = LMA when paging is on') : undefined;
    }),
  guestCheck('guest.bndcfgs.reserved', S_CR, ['GUEST_BNDCFGS', 'VM_ENTRY_CONTROLS'],
    'If the "load IA32_BNDCFGS" VM-entry control is 1, reserved bits 11:2 of the IA32_BNDCFGS field must be 0',
    (s) => ((s.entry & ENTRY.BNDCFGS) && (s.r(F.GUEST_BNDCFGS) & BNDCFGS_RESERVED) ? fail(fv('GUEST_BNDCFGS', s.r(F.GUEST_BNDCFGS)), 'bits 11:2 = 0') : undefined)),
  canonicalGuest('guest.bndcfgs.canonical', 'GUEST_BNDCFGS', S_CR, 'If the "load IA32_BNDCFGS" VM-entry control is 1, the linear address in bits 63:12 of the IA32_BNDCFGS field must be canonical', (s) => (s.entry & ENTRY.BNDCFGS) !== 0, ~0xfffn & 0xffffffffffffffffn),
  guestCheck('guest.pkrs.reserved', S_CR, ['GUEST_IA32_PKRS', 'VM_ENTRY_CONTROLS'],
    'If the "load PKRS" VM-entry control is 1, bits 63:32 of the IA32_PKRS field must be 0',
    (s) => ((s.entry & ENTRY.PKRS) && (s.r(F.GUEST_IA32_PKRS) >> 32n) ? fail(fv('GUEST_IA32_PKRS', s.r(F.GUEST_IA32_PKRS)), 'bits 63:32 = 0') : undefined)),
  guestCheck('guest.uinv.reserved', S_CR, ['GUEST_UINV', 'VM_ENTRY_CONTROLS'],
    'If the "load UINV" VM-entry control is 1, bits 15:8 of the guest UINV field must be 0',
    (s) => ((s.entry & ENTRY.UINV) && (s.n(F.GUEST_UINV) & 0xff00) ? fail(fv('GUEST_UINV', s.n(F.GUEST_UINV), 4), 'bits 15:8 = 0 (a vector 0-255)') : undefined)),
];

export const GUEST_DESCRIPTOR_TABLE_CHECKS: readonly VmEntryCheck[] = [
  canonicalGuest('guest.gdtr.base-canonical', 'GUEST_GDTR_BASE', S_DT, 'The GDTR base-address field must contain a canonical address'),
  canonicalGuest('guest.idtr.base-canonical', 'GUEST_IDTR_BASE', S_DT, 'The IDTR base-address field must contain a canonical address'),
  guestCheck('guest.gdtr.limit', S_DT, ['GUEST_GDTR_LIMIT'], 'Bits 31:16 of the GDTR limit field must be 0',
    (s) => { const v = s.n(F.GUEST_GDTR_LIMIT); return v > 0xffff ? fail(fv('GUEST_GDTR_LIMIT', v, 8), 'bits 31:16 = 0 (a 16-bit limit)') : undefined; }),
  guestCheck('guest.idtr.limit', S_DT, ['GUEST_IDTR_LIMIT'], 'Bits 31:16 of the IDTR limit field must be 0',
    (s) => { const v = s.n(F.GUEST_IDTR_LIMIT); return v > 0xffff ? fail(fv('GUEST_IDTR_LIMIT', v, 8), 'bits 31:16 = 0 (a 16-bit limit)') : undefined; }),
];

const RFLAGS_RESERVED_LOW = (1 << 15) | (1 << 5) | (1 << 3) | 0xffc00000;

const RIP_ROWS: readonly VmEntryCheck[] = [
  guestCheck('guest.rip.high', S_RIP, ['GUEST_RIP', 'GUEST_CS_AR_BYTES', 'VM_ENTRY_CONTROLS'],
    'Bits 63:32 of the RIP field must be 0 if the "IA-32e mode guest" VM-entry control is 0 or the L bit (bit 13) of the CS access rights is 0',
    (s) => {
      if (s.ia32e && s.csL) return undefined;
      const v = s.r(F.GUEST_RIP);
      return v >> 32n ? fail(`${fv('GUEST_RIP', v)} (${!s.ia32e ? '"IA-32e mode guest" = 0' : 'CS.L = 0'})`, 'bits 63:32 = 0 outside 64-bit mode') : undefined;
    }),
  guestCheck('guest.rip.canonical', S_RIP, ['GUEST_RIP', 'GUEST_CS_AR_BYTES', 'VM_ENTRY_CONTROLS'],
    'If the "IA-32e mode guest" VM-entry control is 1 and CS.L is 1, bits 63:N of the RIP field must be identical (N = the linear-address width)',
    (s) => {
      if (!s.ia32e || !s.csL) return undefined;
      const v = s.r(F.GUEST_RIP);
      return s.canonical(v) ? undefined : fail(`${fv('GUEST_RIP', v)} (not canonical)`, `bits 63:${s.linearWidth - 1} all equal (canonical for ${s.linearWidth}-bit linear addresses)`);
    }),
  guestCheck('guest.rflags.reserved', S_RIP, ['GUEST_RFLAGS'],
    'Reserved bits 63:22, 15, 5 and 3 of the RFLAGS field must be 0 and reserved bit 1 must be 1',
    (s) => {
      const v = s.r(F.GUEST_RFLAGS);
      const bad = (s.rflags & RFLAGS_RESERVED_LOW) >>> 0 || v >> 32n;
      if (!bad && (s.rflags & 2)) return undefined;
      const set = (v & ~0x3f7fd7n) & 0xffffffffffffffffn;
      return fail(`${fv('GUEST_RFLAGS', v)}${set ? ` (${bitList(set)} set)` : ''}${s.rflags & 2 ? '' : ' (bit 1 clear)'}`, 'bits 63:22, 15, 5, 3 = 0 and bit 1 = 1 (e.g. 0x2)');
    }),
  guestCheck('guest.rflags.vm', S_RIP, ['GUEST_RFLAGS', 'GUEST_CR0', 'VM_ENTRY_CONTROLS'],
    'The VM flag (bit 17) of the RFLAGS field must be 0 if the "IA-32e mode guest" VM-entry control is 1 or if CR0.PE is 0 in the CR0 field',
    (s) => (s.v86 && (s.ia32e || !s.pe) ? fail(`${fv('GUEST_RFLAGS', s.r(F.GUEST_RFLAGS))} (VM = 1) with ${s.ia32e ? '"IA-32e mode guest" = 1' : 'CR0.PE = 0'}`, 'RFLAGS.VM = 0: virtual-8086 mode exists only in legacy protected mode') : undefined)),
  guestCheck('guest.rflags.if-for-external-interrupt', S_RIP, ['GUEST_RFLAGS', 'VM_ENTRY_INTR_INFO_FIELD'],
    'The IF flag (bit 9) of the RFLAGS field must be 1 if the VM-entry interruption-information field injects an external interrupt (valid, type 0)',
    (s) => (s.injecting && s.intrType === 0 && !(s.rflags & 0x200) ? fail(`${fv('GUEST_RFLAGS', s.r(F.GUEST_RFLAGS))} (IF = 0) while injecting external interrupt vector ${s.intrVector}`, 'RFLAGS.IF = 1 to inject an external interrupt') : undefined)),
];

const GUARDS: Readonly<Record<string, readonly [GuardWord, number]>> = {
  'guest.debugctl.reserved': ['entry', ENTRY.DEBUG], 'guest.dr7.high': ['entry', ENTRY.DEBUG],
  'guest.s-cet.valid': ['entry', ENTRY.CET], 'guest.ssp.valid': ['entry', ENTRY.CET], 'guest.intr-ssp-table.canonical': ['entry', ENTRY.CET],
  'guest.perf-global-ctrl.reserved': ['entry', ENTRY.PERF], 'guest.pat.valid': ['entry', ENTRY.PAT],
  'guest.efer.reserved': ['entry', ENTRY.EFER], 'guest.efer.lma': ['entry', ENTRY.EFER], 'guest.efer.lme': ['entry', ENTRY.EFER],
  'guest.bndcfgs.reserved': ['entry', ENTRY.BNDCFGS], 'guest.bndcfgs.canonical': ['entry', ENTRY.BNDCFGS],
  'guest.pkrs.reserved': ['entry', ENTRY.PKRS], 'guest.uinv.reserved': ['entry', ENTRY.UINV],
  'guest.rflags.vm': ['rflags', 0x20000], 'guest.rflags.if-for-external-interrupt': ['intr', 0x80000000],
};
const withGuards = (rows: readonly VmEntryCheck[]): VmEntryCheck[] => rows.map((c) => (GUARDS[c.id] ? guarded(c, GUARDS[c.id]![0], GUARDS[c.id]![1]) : c));
export const GUEST_REGISTER_CHECKS: readonly VmEntryCheck[] = withGuards(REGISTER_ROWS);
export const GUEST_RIP_RFLAGS_CHECKS: readonly VmEntryCheck[] = withGuards(RIP_ROWS);
