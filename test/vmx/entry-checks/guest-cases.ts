// One case per check of SDM 27.3.1 (guest-state area) and 27.4 (MSR-load list): VM-entry failure exits
// with reason 33 (qualification 0, 2, 3 or 4) or 34 (qualification = entry number).
import { Case, caseName, clr, entry, mem32, noEntry, noSec, or, pin, runCase, sec, seq, set, v86Guest } from './helpers';

const nonCanonical = 0x0000800000000000n;
const SEGS = ['CS', 'SS', 'DS', 'ES', 'FS', 'GS'] as const;
const DATA = ['DS', 'ES', 'FS', 'GS'] as const;
const lc = (s: string): string => s.toLowerCase();
const ar = (s: string): string => `GUEST_${s}_AR_BYTES`;
/** The long64 baseline's access rights: CS 0xa09b, the others 0xc093. */
const baseAr = (s: string): number => (s === 'CS' ? 0xa09b : 0xc093);
const injectExt = seq(set('VM_ENTRY_INTR_INFO_FIELD', 0x80000020), set('GUEST_RFLAGS', 0x202));
const injectNmi = set('VM_ENTRY_INTR_INFO_FIELD', 0x80000202);
/** A 32-bit PAE guest (CR0.PG = CR4.PAE = 1, not IA-32e). */
const paeGuest = seq(noEntry('IA32E_MODE_GUEST'), set('GUEST_IA32_EFER', 0), set('GUEST_CS_AR_BYTES', 0xc09b));

export const GUEST_CASES: Case[] = [
  // ---- 27.3.1.1 control registers, debug registers and MSRs
  { id: 'guest.cr0.fixed0', mutate: clr('GUEST_CR0', 0x20), shows: 'bit 5 clear', needs: 'IA32_VMX_CR0_FIXED0' },
  { id: 'guest.cr0.fixed0', name: 'PE = 0 without unrestricted guest', profile: 'icelake', mutate: seq(clr('GUEST_CR0', 0x80000001)), shows: 'bits 0, 31 clear' },
  { id: 'guest.cr0.fixed1', mutate: or('GUEST_CR0', 1n << 32n), shows: 'bit 32 set' },
  { id: 'guest.cr0.pg-needs-pe', mode: 'real-unrestricted', mutate: or('GUEST_CR0', 0x80000000), shows: 'PG = 1, PE = 0' },
  { id: 'guest.cr4.fixed0', mutate: clr('GUEST_CR4', 0x2000), shows: 'bit 13 clear', needs: 'IA32_VMX_CR4_FIXED0' },
  { id: 'guest.cr4.fixed1', mutate: or('GUEST_CR4', 1 << 12), shows: 'bit 12 set' },
  { id: 'guest.cr4.cet-needs-wp', mutate: seq(or('GUEST_CR4', 1 << 23), clr('GUEST_CR0', 1 << 16)), shows: 'CET = 1' },
  { id: 'guest.debugctl.reserved', mutate: seq(entry('LOAD_DEBUG_CONTROLS'), set('GUEST_IA32_DEBUGCTL', 4)), shows: 'bit 2 set' },
  { id: 'guest.ia32e.needs-pg', mutate: seq(sec('UNRESTRICTED_GUEST'), clr('GUEST_CR0', 0x80000000)), field: 'GUEST_CR0', shows: 'PG = 0' },
  { id: 'guest.ia32e.needs-pae', mutate: clr('GUEST_CR4', 0x20), field: 'GUEST_CR4', shows: 'PAE = 0' },
  { id: 'guest.cr4.pcide-needs-ia32e', mode: 'real-unrestricted', mutate: or('GUEST_CR4', 1 << 17), shows: 'PCIDE = 1' },
  { id: 'guest.cr3.maxphyaddr', mutate: set('GUEST_CR3', 1n << 39n), shows: 'GUEST_CR3 = 0x0000008000000000', needs: 'bits 63:39 = 0' },
  { id: 'guest.dr7.high', mutate: seq(entry('LOAD_DEBUG_CONTROLS'), set('GUEST_DR7', 1n << 32n)), shows: 'GUEST_DR7 = 0x0000000100000000' },
  { id: 'guest.sysenter-esp.canonical', mutate: set('GUEST_SYSENTER_ESP', nonCanonical), shows: 'not canonical' },
  { id: 'guest.sysenter-eip.canonical', mutate: set('GUEST_SYSENTER_EIP', nonCanonical), shows: 'not canonical' },
  { id: 'guest.s-cet.valid', mutate: seq(entry('LOAD_CET_STATE'), set('GUEST_S_CET', 0xc00)), shows: 'GUEST_S_CET = 0x0000000000000c00' },
  { id: 'guest.ssp.valid', mutate: seq(entry('LOAD_CET_STATE'), set('GUEST_SSP', 2)), shows: 'GUEST_SSP = 0x0000000000000002' },
  { id: 'guest.intr-ssp-table.canonical', mutate: seq(entry('LOAD_CET_STATE'), set('GUEST_INTR_SSP_TABLE', nonCanonical)), shows: 'not canonical' },
  { id: 'guest.perf-global-ctrl.reserved', mutate: seq(entry('LOAD_IA32_PERF_GLOBAL_CTRL'), set('GUEST_IA32_PERF_GLOBAL_CTRL', 1n << 63n)), shows: 'bit 63 set' },
  { id: 'guest.pat.valid', mutate: set('GUEST_IA32_PAT', 0x0707070707070703n), shows: 'PA0 = 0x03' },
  { id: 'guest.efer.reserved', mutate: set('GUEST_IA32_EFER', 0xd02), shows: 'bit 1 set' },
  { id: 'guest.efer.lma', mutate: set('GUEST_IA32_EFER', 0x900), shows: 'LMA = 0', needs: 'LMA = 1' },
  { id: 'guest.efer.lme', mutate: set('GUEST_IA32_EFER', 0x400), shows: 'LMA = 1, LME = 0' },
  { id: 'guest.bndcfgs.reserved', mutate: seq(entry('LOAD_IA32_BNDCFGS'), set('GUEST_BNDCFGS', 4)), shows: 'GUEST_BNDCFGS = 0x0000000000000004' },
  { id: 'guest.bndcfgs.canonical', mutate: seq(entry('LOAD_IA32_BNDCFGS'), set('GUEST_BNDCFGS', nonCanonical | 1n)), shows: 'not canonical' },
  { id: 'guest.pkrs.reserved', mutate: seq(entry('LOAD_PKRS'), set('GUEST_IA32_PKRS', 1n << 33n)), shows: '0x0000000200000000' },
  { id: 'guest.uinv.reserved', mutate: seq(entry('LOAD_UINV'), set('GUEST_UINV', 0x100)), shows: 'GUEST_UINV = 0x0100' },

  // ---- 27.3.1.2 segment registers: selectors
  { id: 'guest.tr.selector-ti', mutate: set('GUEST_TR_SELECTOR', 0x1c), shows: 'GUEST_TR_SELECTOR = 0x001c' },
  { id: 'guest.ldtr.selector-ti', mutate: seq(set('GUEST_LDTR_AR_BYTES', 0x82), set('GUEST_LDTR_SELECTOR', 0x24)), shows: 'GUEST_LDTR_SELECTOR = 0x0024' },
  { id: 'guest.ss.selector-rpl', mutate: set('GUEST_SS_SELECTOR', 0x13), shows: 'RPL 3', needs: 'SS.RPL = CS.RPL' },
  // virtual-8086 bases, limits and access rights
  ...SEGS.flatMap((s): Case[] => [
    { id: `guest.${lc(s)}.base-v86`, mutate: seq(v86Guest, (c) => { c.vmcs.set(`GUEST_${s}_BASE`, c.vmcs.get(`GUEST_${s}_BASE`) + 0x10n); }), shows: `GUEST_${s}_BASE`, needs: 'selector * 16' },
    { id: `guest.${lc(s)}.limit-v86`, mutate: seq(v86Guest, set(`GUEST_${s}_LIMIT`, 0xfffff)), shows: '0x000fffff', needs: '0x0000ffff' },
    { id: `guest.${lc(s)}.ar-v86`, mutate: seq(v86Guest, set(ar(s), 0xf2)), shows: '0x000000f2', needs: '0x000000f3' },
  ]),
  // bases
  { id: 'guest.tr.base-canonical', mutate: set('GUEST_TR_BASE', nonCanonical), shows: 'GUEST_TR_BASE = 0x0000800000000000' },
  { id: 'guest.fs.base-canonical', mutate: set('GUEST_FS_BASE', nonCanonical), shows: 'GUEST_FS_BASE' },
  { id: 'guest.gs.base-canonical', mutate: set('GUEST_GS_BASE', nonCanonical), shows: 'GUEST_GS_BASE' },
  { id: 'guest.ldtr.base-canonical', mutate: seq(set('GUEST_LDTR_AR_BYTES', 0x82), set('GUEST_LDTR_BASE', nonCanonical)), shows: 'GUEST_LDTR_BASE' },
  ...(['CS', 'SS', 'DS', 'ES'] as const).map((s): Case => ({ id: `guest.${lc(s)}.base-high`, mutate: set(`GUEST_${s}_BASE`, 1n << 32n), shows: `GUEST_${s}_BASE = 0x0000000100000000`, needs: 'bits 63:32 = 0' })),
  // access rights (not virtual-8086)
  { id: 'guest.cs.type', mutate: set('GUEST_CS_AR_BYTES', 0xa093), shows: 'type=0x3', needs: '"unrestricted guest" = 0' },
  { id: 'guest.ss.type', mutate: set('GUEST_SS_AR_BYTES', 0xc09b), shows: 'type=0xb', needs: 'type 3 or 7' },
  { id: 'guest.ds.type', mutate: set('GUEST_DS_AR_BYTES', 0xc092), shows: 'type=0x2', needs: 'accessed' },
  { id: 'guest.es.type', mutate: set('GUEST_ES_AR_BYTES', 0xc099), shows: 'type=0x9', needs: 'readable code' },
  { id: 'guest.fs.type', mutate: set('GUEST_FS_AR_BYTES', 0xc092), shows: 'type=0x2' },
  { id: 'guest.gs.type', mutate: set('GUEST_GS_AR_BYTES', 0xc099), shows: 'type=0x9' },
  { id: 'guest.cs.s', mutate: set('GUEST_CS_AR_BYTES', 0xa08b), shows: 'S=0', needs: 'S = 1' },
  ...(['SS', ...DATA] as const).map((s): Case => ({ id: `guest.${lc(s)}.s`, mutate: set(ar(s), 0xc083), shows: 'S=0' })),
  { id: 'guest.cs.dpl', mutate: set('GUEST_CS_AR_BYTES', 0xa0fb), shows: 'SS.DPL = 0', needs: 'CS.DPL = SS.DPL = 0' },
  { id: 'guest.cs.dpl', name: 'conforming code above SS.DPL', mutate: set('GUEST_CS_AR_BYTES', 0xa0ff), needs: 'CS.DPL <= SS.DPL' },
  { id: 'guest.ss.dpl-rpl', mutate: seq(set('GUEST_CS_AR_BYTES', 0xa0fb), set('GUEST_SS_AR_BYTES', 0xc0f3)), shows: 'RPL 0', needs: 'SS.DPL = SS.RPL = 0' },
  { id: 'guest.ss.dpl-zero', mode: 'real-unrestricted', mutate: seq(set('GUEST_CS_AR_BYTES', 0x93), set('GUEST_SS_AR_BYTES', 0xf3)), shows: 'CR0.PE = 0', needs: 'SS.DPL = 0' },
  ...DATA.map((s): Case => ({ id: `guest.${lc(s)}.dpl`, mutate: set(`GUEST_${s}_SELECTOR`, 0x13), field: ar(s), shows: 'RPL 3', needs: 'DPL >= RPL = 3' })),
  ...SEGS.map((s): Case => ({ id: `guest.${lc(s)}.p`, mutate: set(ar(s), baseAr(s) & ~0x80), shows: 'not-present', needs: 'P = 1' })),
  ...SEGS.map((s): Case => ({ id: `guest.${lc(s)}.reserved-11-8`, mutate: set(ar(s), baseAr(s) | 0x100), shows: `0x0000${(baseAr(s) | 0x100).toString(16)}`, needs: 'bits 11:8 = 0' })),
  { id: 'guest.cs.l-and-d', mutate: set('GUEST_CS_AR_BYTES', 0xe09b), shows: 'L D/B', needs: 'D/B = 0 when L = 1' },
  ...SEGS.map((s): Case => ({ id: `guest.${lc(s)}.g`, mutate: set(`GUEST_${s}_LIMIT`, 0xfffe), field: `GUEST_${s}_LIMIT`, shows: 'with G = 1', needs: 'G = 0, or limit bits 11:0 all 1' })),
  { id: 'guest.ds.g', name: 'byte granularity with a 4-GByte limit', mutate: set('GUEST_DS_AR_BYTES', 0x4093), field: 'GUEST_DS_LIMIT', shows: 'with G = 0', needs: 'G = 1' },
  ...SEGS.map((s): Case => ({ id: `guest.${lc(s)}.reserved-31-17`, mutate: set(ar(s), baseAr(s) | 0x100000), shows: 'GUEST_', needs: 'bits 31:17 = 0' })),
  // TR
  { id: 'guest.tr.type', mutate: set('GUEST_TR_AR_BYTES', 0x83), shows: '16-bit TSS (busy)', needs: 'type 11' },
  { id: 'guest.tr.s', mutate: set('GUEST_TR_AR_BYTES', 0x9b), shows: 'S=1', needs: 'S = 0' },
  { id: 'guest.tr.p', mutate: set('GUEST_TR_AR_BYTES', 0x0b), shows: 'not-present' },
  { id: 'guest.tr.reserved-11-8', mutate: set('GUEST_TR_AR_BYTES', 0x18b), shows: '0x0000018b' },
  { id: 'guest.tr.g', mutate: set('GUEST_TR_AR_BYTES', 0x808b), field: 'GUEST_TR_LIMIT', shows: 'GUEST_TR_LIMIT = 0x00000067' },
  { id: 'guest.tr.unusable', mutate: set('GUEST_TR_AR_BYTES', 0x1008b), shows: '(unusable)' },
  { id: 'guest.tr.reserved-31-17', mutate: set('GUEST_TR_AR_BYTES', 0x10008b), shows: '0x0010008b' },
  // LDTR (usable)
  { id: 'guest.ldtr.type', mutate: set('GUEST_LDTR_AR_BYTES', 0x83), shows: 'type=0x3', needs: 'type 2 (LDT)' },
  { id: 'guest.ldtr.s', mutate: set('GUEST_LDTR_AR_BYTES', 0x92), shows: 'S=1' },
  { id: 'guest.ldtr.p', mutate: set('GUEST_LDTR_AR_BYTES', 0x02), shows: 'not-present' },
  { id: 'guest.ldtr.reserved-11-8', mutate: set('GUEST_LDTR_AR_BYTES', 0x182), shows: '0x00000182' },
  { id: 'guest.ldtr.g', mutate: set('GUEST_LDTR_AR_BYTES', 0x8082), field: 'GUEST_LDTR_LIMIT', shows: 'with G = 1' },
  { id: 'guest.ldtr.reserved-31-17', mutate: set('GUEST_LDTR_AR_BYTES', 0x100082), shows: '0x00100082' },

  // ---- 27.3.1.3 descriptor-table registers
  { id: 'guest.gdtr.base-canonical', mutate: set('GUEST_GDTR_BASE', nonCanonical), shows: 'GUEST_GDTR_BASE = 0x0000800000000000' },
  { id: 'guest.idtr.base-canonical', mutate: set('GUEST_IDTR_BASE', nonCanonical), shows: 'GUEST_IDTR_BASE' },
  { id: 'guest.gdtr.limit', mutate: set('GUEST_GDTR_LIMIT', 0x10000), shows: 'GUEST_GDTR_LIMIT = 0x00010000', needs: 'bits 31:16 = 0' },
  { id: 'guest.idtr.limit', mutate: set('GUEST_IDTR_LIMIT', 0x1ffff), shows: 'GUEST_IDTR_LIMIT = 0x0001ffff' },

  // ---- 27.3.1.4 RIP and RFLAGS
  { id: 'guest.rip.high', mode: 'real-unrestricted', mutate: set('GUEST_RIP', 1n << 32n), shows: '"IA-32e mode guest" = 0' },
  { id: 'guest.rip.high', name: 'compatibility mode', mutate: seq(set('GUEST_CS_AR_BYTES', 0xc09b), set('GUEST_RIP', 0xffffffff80000000n)), shows: 'CS.L = 0' },
  { id: 'guest.rip.canonical', mutate: set('GUEST_RIP', nonCanonical), shows: 'GUEST_RIP = 0x0000800000000000 (not canonical)' },
  { id: 'guest.rflags.reserved', mutate: set('GUEST_RFLAGS', 0), shows: 'bit 1 clear', needs: 'bit 1 = 1' },
  { id: 'guest.rflags.reserved', name: 'bit 15', mutate: set('GUEST_RFLAGS', 0x8002), shows: 'bit 15 set' },
  { id: 'guest.rflags.vm', mode: 'real-unrestricted', mutate: seq(or('GUEST_RFLAGS', 0x20000), ...SEGS.map((s) => set(ar(s), 0xf3))), shows: 'CR0.PE = 0' },
  { id: 'guest.rflags.if-for-external-interrupt', mutate: set('VM_ENTRY_INTR_INFO_FIELD', 0x80000020), shows: 'IF = 0', needs: 'RFLAGS.IF = 1' },

  // ---- 27.3.1.5 non-register state
  { id: 'guest.activity.supported', mutate: set('GUEST_ACTIVITY_STATE', 4), shows: 'GUEST_ACTIVITY_STATE = 4', needs: '1 (HLT)' },
  { id: 'guest.activity.hlt-needs-cpl0', mutate: seq(set('GUEST_CS_AR_BYTES', 0xa0fb), set('GUEST_SS_AR_BYTES', 0xc0f3), set('GUEST_CS_SELECTOR', 0x0b), set('GUEST_SS_SELECTOR', 0x13), set('GUEST_ACTIVITY_STATE', 1)), shows: 'SS.DPL = 3' },
  { id: 'guest.activity.blocking-needs-active', mutate: seq(set('GUEST_ACTIVITY_STATE', 1), set('GUEST_INTERRUPTIBILITY_INFO', 2)), shows: 'GUEST_ACTIVITY_STATE = 1 (HLT)' },
  { id: 'guest.activity.injection', mutate: seq(injectExt, set('GUEST_ACTIVITY_STATE', 3)), shows: 'WAIT_FOR_SIPI', needs: 'no event' },
  { id: 'guest.activity.injection', name: '#GP into HLT', mutate: seq(set('VM_ENTRY_INTR_INFO_FIELD', 0x80000b0d), set('GUEST_ACTIVITY_STATE', 1)), shows: 'vector 13', needs: '#DB (1) and #MC (18)' },
  { id: 'guest.activity.smm-no-wait-for-sipi', all: true, mutate: seq(entry('ENTRY_TO_SMM'), set('GUEST_ACTIVITY_STATE', 3), set('GUEST_INTERRUPTIBILITY_INFO', 4)), shows: '"entry to SMM" = 1' },
  { id: 'guest.interruptibility.reserved', mutate: set('GUEST_INTERRUPTIBILITY_INFO', 0x20), shows: 'bit 5 set', needs: 'bits 31:5 = 0' },
  { id: 'guest.interruptibility.reserved', name: 'bit 8 (SGX present, so bit 4 is allowed)', profile: 'icelake', mutate: set('GUEST_INTERRUPTIBILITY_INFO', 0x100), shows: 'bit 8 set' },
  { id: 'guest.interruptibility.sti-and-mov-ss', mutate: seq(set('GUEST_RFLAGS', 0x202), set('GUEST_INTERRUPTIBILITY_INFO', 3)), shows: 'both bits 0 and 1 set' },
  { id: 'guest.interruptibility.sti-needs-if', mutate: set('GUEST_INTERRUPTIBILITY_INFO', 1), shows: 'IF = 0' },
  { id: 'guest.interruptibility.external-interrupt-injection', mutate: seq(injectExt, set('GUEST_INTERRUPTIBILITY_INFO', 1)), shows: 'VM_ENTRY_INTR_INFO_FIELD = 0x80000020' },
  { id: 'guest.interruptibility.nmi-injection-mov-ss', mutate: seq(injectNmi, set('GUEST_INTERRUPTIBILITY_INFO', 2)), shows: 'blocking by MOV SS' },
  { id: 'guest.interruptibility.smi-outside-smm', mutate: set('GUEST_INTERRUPTIBILITY_INFO', 4), shows: 'blocking by SMI' },
  { id: 'guest.interruptibility.smi-entry-to-smm', all: true, mutate: entry('ENTRY_TO_SMM'), shows: '"entry to SMM" = 1' },
  { id: 'guest.interruptibility.nmi-injection-sti', qualification: 3, mutate: seq(injectNmi, set('GUEST_RFLAGS', 0x202), set('GUEST_INTERRUPTIBILITY_INFO', 1)), shows: 'blocking by STI' },
  { id: 'guest.interruptibility.virtual-nmi-injection', mutate: seq(pin('NMI_EXITING'), pin('VIRTUAL_NMIS'), injectNmi, set('GUEST_INTERRUPTIBILITY_INFO', 8)), shows: 'virtual-NMI blocking' },
  { id: 'guest.interruptibility.enclave', mutate: set('GUEST_INTERRUPTIBILITY_INFO', 0x12), shows: 'enclave interruption' },
  { id: 'guest.pending-dbg.reserved', mutate: set('GUEST_PENDING_DBG_EXCEPTIONS', 0x10), shows: 'bit 4 set' },
  { id: 'guest.pending-dbg.reserved', name: 'RTM bit without RTM', mutate: set('GUEST_PENDING_DBG_EXCEPTIONS', 0x11000), shows: 'bit 16 set' },
  { id: 'guest.pending-dbg.bs-set', mutate: seq(set('GUEST_RFLAGS', 0x302), set('GUEST_INTERRUPTIBILITY_INFO', 1)), shows: 'BS = 0', needs: 'BS = 1' },
  { id: 'guest.pending-dbg.bs-clear', mutate: seq(set('GUEST_INTERRUPTIBILITY_INFO', 2), set('GUEST_PENDING_DBG_EXCEPTIONS', 0x4000)), shows: 'RFLAGS.TF = 0', needs: 'BS = 0' },
  { id: 'guest.pending-dbg.bs-clear', name: 'BTF = 1 in HLT', mutate: seq(set('GUEST_RFLAGS', 0x302), set('GUEST_IA32_DEBUGCTL', 2), set('GUEST_ACTIVITY_STATE', 1), set('GUEST_PENDING_DBG_EXCEPTIONS', 0x4000)), shows: 'IA32_DEBUGCTL.BTF = 1' },
  { id: 'guest.vmcs-link.addr', qualification: 4, mutate: set('VMCS_LINK_POINTER', 0x1234), shows: 'VMCS_LINK_POINTER = 0x0000000000001234', needs: 'FFFFFFFF_FFFFFFFFH' },
  { id: 'guest.vmcs-link.revision', qualification: 4, mutate: seq(set('VMCS_LINK_POINTER', 0x20000), mem32(0x20000, 0x999)), shows: '= 0x00000999', needs: 'VMCS revision identifier 0x00012345' },
  { id: 'guest.vmcs-link.shadow-indicator', qualification: 4, mutate: seq(set('VMCS_LINK_POINTER', 0x20000), mem32(0x20000, 0x80012345)), shows: 'shadow-VMCS indicator = 1, "VMCS shadowing" = 0' },
  { id: 'guest.vmcs-link.shadow-indicator', name: 'shadowing on, ordinary VMCS', profile: 'icelake', qualification: 4, mutate: seq(sec('VMCS_SHADOWING'), set('VMREAD_BITMAP', 0xb000), set('VMWRITE_BITMAP', 0xc000), set('VMCS_LINK_POINTER', 0x20000), mem32(0x20000, 0x13)), shows: 'shadow-VMCS indicator = 0, "VMCS shadowing" = 1' },

  // ---- 27.3.1.6 PDPTEs
  { id: 'guest.pdpte.memory', qualification: 2, mutate: seq(paeGuest, noSec('ENABLE_EPT'), mem32(0x5008, 0x3)), field: 'GUEST_CR3', shows: 'PDPTE1 = 0x0000000000000003', needs: 'bits 2:1, 8:5' },
  { id: 'guest.pdpte.fields', qualification: 2, mutate: seq(paeGuest, set('GUEST_PDPTR2', 0x101)), field: 'GUEST_PDPTR2', shows: 'PDPTE2 = 0x0000000000000101 at GUEST_PDPTR2' },
  { id: 'guest.pdpte.fields', name: 'beyond MAXPHYADDR', qualification: 2, mutate: seq(paeGuest, set('GUEST_PDPTR0', (1n << 40n) | 1n)), field: 'GUEST_PDPTR0', shows: 'bit 40 set' },

  // ---- 27.4 MSR-load list (exit reason 34, qualification = entry number)
  ...([
    ['msr-load.fs-gs-base', 0xc0000100, 0, 'IA32_FS_BASE'],
    ['msr-load.x2apic', 0x808, 0, 'x2APIC MSR range'],
    ['msr-load.smm-only', 0x9e, 0, 'IA32_SMBASE'],
    ['msr-load.reserved', 0x10, 1, 'bits 63:32 = 0x00000001'],
  ] as const).map(([id, index, hi, shows]): Case => ({
    id, qualification: 2, field: 'VM_ENTRY_MSR_LOAD_ADDR', shows,
    mutate: seq(set('VM_ENTRY_MSR_LOAD_COUNT', 3), set('VM_ENTRY_MSR_LOAD_ADDR', 0x30000), mem32(0x30000, 0x174), mem32(0x30010, index), mem32(0x30014, hi)),
  })),
];
