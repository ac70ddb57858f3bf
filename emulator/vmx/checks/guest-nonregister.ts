// Checks on guest non-register state (SDM Vol 3C 27.3.1.5: activity state, interruptibility state, pending
// debug exceptions, VMCS link pointer) and on the guest PDPTEs (27.3.1.6). Failures: exit reason 33 with
// qualification 0, 3 (NMI injection while blocked by STI), 4 (VMCS link pointer) or 2 (PDPTEs).
import { activityStateName } from '../arch';
import { ENTRY, ENTRY_FAILURE_QUALIFICATION as Q, EntryCheckState, F, PIN, SEC, SECTION, bitList, fail, fv, guarded, guestCheck, h } from './state';
import type { CheckOutcome, GuardWord, VmEntryCheck } from './types';

const S = SECTION.guestNonReg, S_PDPTE = SECTION.guestPdpte;
const act = (s: EntryCheckState): number => s.n(F.GUEST_ACTIVITY_STATE);
const intr = (s: EntryCheckState): number => s.n(F.GUEST_INTERRUPTIBILITY_INFO);
const actText = (v: number): string => `GUEST_ACTIVITY_STATE = ${v} (${activityStateName(v)})`;
const intrText = (v: number): string => fv('GUEST_INTERRUPTIBILITY_INFO', v, 8);
const injText = (s: EntryCheckState): string => `VM_ENTRY_INTR_INFO_FIELD = ${h(s.intr, 8)} (type ${s.intrType}, vector ${s.intrVector})`;

/**
 * The emulated processor does not implement RTM (TSX), so bit 16 (RTM) of the pending debug exceptions is
 * treated as reserved (SDM 27.3.1.5: bit 16 may be 1 only on processors that support RTM).
 */
export const EMULATED_CPU_HAS_RTM = false;
const PENDING_DBG_RESERVED = ~(0xfn | (1n << 12n) | (1n << 14n) | (EMULATED_CPU_HAS_RTM ? 1n << 16n : 0n)) & 0xffffffffffffffffn;

/** May an event of this type/vector be injected into a guest that enters in this activity state? */
function injectionAllowed(state: number, type: number, vector: number): boolean {
  switch (state) {
    case 0: return true;
    case 1: return type === 0 || type === 2 || (type === 3 && (vector === 1 || vector === 18)) || (type === 7 && vector === 0);
    case 2: return type === 2 || (type === 3 && vector === 18);
    default: return false; // wait-for-SIPI: no interruptions
  }
}
const ALLOWED_TEXT = ['any event', 'external interrupts, NMIs, hardware exceptions #DB (1) and #MC (18), and pending MTF (type 7, vector 0)', 'NMIs and #MC (hardware exception 18)', 'no event'];

function pdpteCheck(s: EntryCheckState, entries: readonly bigint[], where: readonly string[]): CheckOutcome | undefined {
  for (let i = 0; i < 4; i++) {
    const e = entries[i]!;
    if (!(e & 1n)) continue;
    const bad = (e & 0x1e6n) | (s.physOk(e) ? 0n : e & ~((1n << BigInt(s.maxPhys)) - 1n));
    if (bad) return { actual: `PDPTE${i} = ${h(e, 16)} at ${where[i]} (present, reserved ${bitList(bad)} set)`, required: `present PDPTEs with bits 2:1, 8:5 and 63:${s.maxPhys} clear (as MOV to CR3 checks with PAE paging)` };
  }
  return undefined;
}
const paePaging = (s: EntryCheckState): boolean => s.pg && (s.cr4 & 0x20) !== 0 && !s.ia32e;

const ROWS: readonly VmEntryCheck[] = [
  // ---- activity state
  guestCheck('guest.activity.supported', S, ['GUEST_ACTIVITY_STATE'],
    'The activity state must be 0-3 and one the processor supports (IA32_VMX_MISC bits 6-8 for HLT, shutdown, wait-for-SIPI)',
    (s) => {
      const v = act(s);
      if (v <= 3 && s.caps.activity[v]) return undefined;
      const ok = [0, 1, 2, 3].filter((x) => s.caps.activity[x]).map((x) => `${x} (${activityStateName(x)})`).join(', ');
      return fail(actText(v), `one of ${ok}`);
    }),
  guestCheck('guest.activity.hlt-needs-cpl0', S, ['GUEST_ACTIVITY_STATE', 'GUEST_SS_AR_BYTES'],
    'The activity state must not be HLT if the DPL of SS (the CPL) is not 0',
    (s) => (act(s) === 1 && ((s.ssAr >> 5) & 3) !== 0 ? fail(`${actText(1)}, SS.DPL = ${(s.ssAr >> 5) & 3}`, 'SS.DPL = 0 (HLT is privileged) or activity state active') : undefined)),
  guestCheck('guest.activity.blocking-needs-active', S, ['GUEST_ACTIVITY_STATE', 'GUEST_INTERRUPTIBILITY_INFO'],
    'The activity state must be active if the interruptibility state indicates blocking by STI or by MOV SS (bit 0 or 1)',
    (s) => (act(s) !== 0 && intr(s) & 3 ? fail(`${actText(act(s))}, ${intrText(intr(s))}`, 'activity state 0 (active) while blocking by STI/MOV SS is in effect') : undefined)),
  guestCheck('guest.activity.injection', S, ['GUEST_ACTIVITY_STATE', 'VM_ENTRY_INTR_INFO_FIELD'],
    'If an event is injected, it must not be one that the activity state normally blocks: HLT allows external interrupts, NMIs, #DB, #MC and pending MTF; shutdown allows NMIs and #MC; wait-for-SIPI allows none',
    (s) => {
      if (!s.injecting) return undefined;
      const a = act(s);
      if (a > 3 || injectionAllowed(a, s.intrType, s.intrVector)) return undefined;
      return fail(`${actText(a)}, ${injText(s)}`, `in activity state ${activityStateName(a)} only ${ALLOWED_TEXT[a]} may be injected`);
    }),
  guestCheck('guest.activity.smm-no-wait-for-sipi', S, ['GUEST_ACTIVITY_STATE', 'VM_ENTRY_CONTROLS'],
    'The activity state must not be wait-for-SIPI if the "entry to SMM" VM-entry control is 1',
    (s) => ((s.entry & ENTRY.SMM) && act(s) === 3 ? fail(`${actText(3)} with "entry to SMM" = 1`, 'not wait-for-SIPI') : undefined)),

  // ---- interruptibility state
  guestCheck('guest.interruptibility.reserved', S, ['GUEST_INTERRUPTIBILITY_INFO'],
    'Reserved bits 31:5 of the interruptibility state must be 0; bit 4 (enclave interruption) is reserved too on processors without SGX',
    (s) => {
      const v = intr(s), bad = (v & (s.caps.sgx ? 0xffffffe0 : 0xfffffff0)) >>> 0;
      return bad ? fail(`${intrText(v)} (${bitList(bad)} set)`, `bits 31:${s.caps.sgx ? 5 : 4} = 0`) : undefined;
    }),
  guestCheck('guest.interruptibility.sti-and-mov-ss', S, ['GUEST_INTERRUPTIBILITY_INFO'],
    'The interruptibility state cannot indicate blocking by both STI and MOV SS (bits 0 and 1)',
    (s) => ((intr(s) & 3) === 3 ? fail(`${intrText(intr(s))} (both bits 0 and 1 set)`, 'at most one of blocking by STI (bit 0) and by MOV SS (bit 1)') : undefined)),
  guestCheck('guest.interruptibility.sti-needs-if', S, ['GUEST_INTERRUPTIBILITY_INFO', 'GUEST_RFLAGS'],
    'Bit 0 (blocking by STI) must be 0 if RFLAGS.IF is 0',
    (s) => (intr(s) & 1 && !(s.rflags & 0x200) ? fail(`${intrText(intr(s))} (blocking by STI), GUEST_RFLAGS = ${h(s.r(F.GUEST_RFLAGS), 16)} (IF = 0)`, 'blocking by STI = 0 when RFLAGS.IF = 0 (STI sets IF)') : undefined)),
  guestCheck('guest.interruptibility.external-interrupt-injection', S, ['GUEST_INTERRUPTIBILITY_INFO', 'VM_ENTRY_INTR_INFO_FIELD'],
    'Bits 0 and 1 (blocking by STI and by MOV SS) must be 0 when injecting an external interrupt',
    (s) => (s.injecting && s.intrType === 0 && intr(s) & 3 ? fail(`${intrText(intr(s))}, ${injText(s)}`, 'no blocking by STI or MOV SS while injecting an external interrupt') : undefined)),
  guestCheck('guest.interruptibility.nmi-injection-mov-ss', S, ['GUEST_INTERRUPTIBILITY_INFO', 'VM_ENTRY_INTR_INFO_FIELD'],
    'Bit 1 (blocking by MOV SS) must be 0 when injecting an NMI',
    (s) => (s.injecting && s.intrType === 2 && intr(s) & 2 ? fail(`${intrText(intr(s))} (blocking by MOV SS), ${injText(s)}`, 'no blocking by MOV SS while injecting an NMI') : undefined)),
  guestCheck('guest.interruptibility.smi-outside-smm', S, ['GUEST_INTERRUPTIBILITY_INFO'],
    'Bit 2 (blocking by SMI) must be 0 if the processor is not in SMM (the emulated processor never enters VMX from SMM)',
    (s) => (intr(s) & 4 && !(s.entry & ENTRY.SMM) ? fail(`${intrText(intr(s))} (blocking by SMI)`, 'blocking by SMI = 0 outside SMM') : undefined)),
  guestCheck('guest.interruptibility.smi-entry-to-smm', S, ['GUEST_INTERRUPTIBILITY_INFO', 'VM_ENTRY_CONTROLS'],
    'Bit 2 (blocking by SMI) must be 1 if the "entry to SMM" VM-entry control is 1',
    (s) => ((s.entry & ENTRY.SMM) && !(intr(s) & 4) ? fail(`${intrText(intr(s))} with "entry to SMM" = 1`, 'blocking by SMI = 1') : undefined)),
  guestCheck('guest.interruptibility.nmi-injection-sti', S, ['GUEST_INTERRUPTIBILITY_INFO', 'VM_ENTRY_INTR_INFO_FIELD'],
    'Bit 0 (blocking by STI) must be 0 when injecting an NMI (the SDM lets a processor require this; the emulated one does, and reports exit qualification 3)',
    (s) => (s.injecting && s.intrType === 2 && intr(s) & 1 ? fail(`${intrText(intr(s))} (blocking by STI), ${injText(s)}`, 'no blocking by STI while injecting an NMI') : undefined),
    Q.NMI_INJECTION_STI_BLOCKING),
  guestCheck('guest.interruptibility.virtual-nmi-injection', S, ['GUEST_INTERRUPTIBILITY_INFO', 'VM_ENTRY_INTR_INFO_FIELD', 'PIN_BASED_VM_EXEC_CONTROL'],
    'Bit 3 (blocking by NMI) must be 0 if "virtual NMIs" is 1 and an NMI is being injected',
    (s) => (s.injecting && s.intrType === 2 && (s.pin & PIN.VNMI) && intr(s) & 8 ? fail(`${intrText(intr(s))} (virtual-NMI blocking), ${injText(s)}, "virtual NMIs" = 1`, 'no virtual-NMI blocking while injecting a (virtual) NMI') : undefined)),
  guestCheck('guest.interruptibility.enclave', S, ['GUEST_INTERRUPTIBILITY_INFO'],
    'If bit 4 (enclave interruption) is 1, bit 1 (blocking by MOV SS) must be 0',
    (s) => ((intr(s) & 0x12) === 0x12 ? fail(`${intrText(intr(s))} (enclave interruption with blocking by MOV SS)`, 'blocking by MOV SS = 0 with enclave interruption') : undefined)),

  // ---- pending debug exceptions
  guestCheck('guest.pending-dbg.reserved', S, ['GUEST_PENDING_DBG_EXCEPTIONS'],
    `Bits 11:4, 13, 15 and 63:17 of the pending debug exceptions must be 0${EMULATED_CPU_HAS_RTM ? '' : ' (and bit 16, RTM, since the emulated processor has no RTM)'}`,
    (s) => {
      const v = s.r(F.GUEST_PENDING_DBG_EXCEPTIONS), bad = v & PENDING_DBG_RESERVED;
      return bad ? fail(`${fv('GUEST_PENDING_DBG_EXCEPTIONS', v)} (${bitList(bad)} set)`, `only bits 3:0 (B3-B0), 12 (enabled breakpoint) and 14 (BS)${EMULATED_CPU_HAS_RTM ? ' and 16 (RTM)' : ''}`) : undefined;
    }),
  guestCheck('guest.pending-dbg.bs-set', S, ['GUEST_PENDING_DBG_EXCEPTIONS', 'GUEST_RFLAGS', 'GUEST_IA32_DEBUGCTL', 'GUEST_INTERRUPTIBILITY_INFO', 'GUEST_ACTIVITY_STATE'],
    'If there is blocking by STI or MOV SS or the activity state is HLT: BS (bit 14) must be 1 if RFLAGS.TF is 1 and IA32_DEBUGCTL.BTF is 0 (a single-step trap is pending)',
    (s) => {
      if (!(intr(s) & 3) && act(s) !== 1) return undefined;
      const tf = (s.rflags & 0x100) !== 0, btf = (s.r(F.GUEST_IA32_DEBUGCTL) & 2n) !== 0n, bs = (s.r(F.GUEST_PENDING_DBG_EXCEPTIONS) & 0x4000n) !== 0n;
      return tf && !btf && !bs ? fail(`${fv('GUEST_PENDING_DBG_EXCEPTIONS', s.r(F.GUEST_PENDING_DBG_EXCEPTIONS))} (BS = 0), RFLAGS.TF = 1, IA32_DEBUGCTL.BTF = 0`, 'BS = 1: the single step of the blocked instruction must be recorded') : undefined;
    }),
  guestCheck('guest.pending-dbg.bs-clear', S, ['GUEST_PENDING_DBG_EXCEPTIONS', 'GUEST_RFLAGS', 'GUEST_IA32_DEBUGCTL', 'GUEST_INTERRUPTIBILITY_INFO', 'GUEST_ACTIVITY_STATE'],
    'If there is blocking by STI or MOV SS or the activity state is HLT: BS (bit 14) must be 0 if RFLAGS.TF is 0 or IA32_DEBUGCTL.BTF is 1',
    (s) => {
      if (!(intr(s) & 3) && act(s) !== 1) return undefined;
      const tf = (s.rflags & 0x100) !== 0, btf = (s.r(F.GUEST_IA32_DEBUGCTL) & 2n) !== 0n, bs = (s.r(F.GUEST_PENDING_DBG_EXCEPTIONS) & 0x4000n) !== 0n;
      return bs && (!tf || btf) ? fail(`${fv('GUEST_PENDING_DBG_EXCEPTIONS', s.r(F.GUEST_PENDING_DBG_EXCEPTIONS))} (BS = 1), RFLAGS.TF = ${tf ? 1 : 0}, IA32_DEBUGCTL.BTF = ${btf ? 1 : 0}`, 'BS = 0: no single-step trap can be pending') : undefined;
    }),

  // ---- VMCS link pointer (qualification 4)
  guestCheck('guest.vmcs-link.addr', S, ['VMCS_LINK_POINTER'],
    'If the VMCS link pointer is not FFFFFFFF_FFFFFFFFH, bits 11:0 must be 0 and it must not set any bit beyond the physical-address width',
    (s) => {
      const p = s.r(F.VMCS_LINK_POINTER);
      if (p === 0xffffffffffffffffn) return undefined;
      return (p & 0xfffn) || !s.physOk(p) ? fail(fv('VMCS_LINK_POINTER', p), `FFFFFFFF_FFFFFFFFH (unused), or a 4-KByte aligned address below 2^${s.maxPhys}`) : undefined;
    }, Q.VMCS_LINK_POINTER),
  guestCheck('guest.vmcs-link.revision', S, ['VMCS_LINK_POINTER'],
    'If the VMCS link pointer is not FFFFFFFF_FFFFFFFFH, bits 30:0 of the first 4 bytes of the referenced VMCS must be the processor\'s VMCS revision identifier',
    (s) => {
      const p = s.r(F.VMCS_LINK_POINTER);
      if (p === 0xffffffffffffffffn || (p & 0xfffn) || !s.physOk(p)) return undefined;
      let w: number;
      try { w = s.ctx.readPhys32(Number(p)) >>> 0; } catch (e) { return fail(`${fv('VMCS_LINK_POINTER', p)}: memory not readable (${(e as Error).message})`, 'a readable VMCS region'); }
      return (w & 0x7fffffff) !== s.caps.revisionId ? fail(`${fv('VMCS_LINK_POINTER', p)}: revision identifier at ${h(p, 0)} = ${h(w & 0x7fffffff, 8)}`, `VMCS revision identifier ${h(s.caps.revisionId, 8)} (IA32_VMX_BASIC[30:0])`) : undefined;
    }, Q.VMCS_LINK_POINTER),
  guestCheck('guest.vmcs-link.shadow-indicator', S, ['VMCS_LINK_POINTER', 'SECONDARY_VM_EXEC_CONTROL'],
    'If the VMCS link pointer is not FFFFFFFF_FFFFFFFFH, bit 31 (shadow-VMCS indicator) of the referenced VMCS must equal the "VMCS shadowing" VM-execution control',
    (s) => {
      const p = s.r(F.VMCS_LINK_POINTER);
      if (p === 0xffffffffffffffffn || (p & 0xfffn) || !s.physOk(p)) return undefined;
      let w: number;
      try { w = s.ctx.readPhys32(Number(p)) >>> 0; } catch { return undefined; }
      const ind = w >>> 31, want = s.sec & SEC.SHADOW ? 1 : 0;
      return ind !== want ? fail(`${fv('VMCS_LINK_POINTER', p)}: shadow-VMCS indicator = ${ind}, "VMCS shadowing" = ${want}`, `shadow-VMCS indicator (bit 31 of the first dword) = ${want}${want ? ' (the region must have been VMCLEARed as a shadow VMCS)' : ' (an ordinary VMCS)'}`) : undefined;
    }, Q.VMCS_LINK_POINTER),

  // ---- 27.3.1.6 PDPTEs (qualification 2)
  guestCheck('guest.pdpte.memory', S_PDPTE, ['GUEST_CR3', 'GUEST_CR0', 'GUEST_CR4', 'VM_ENTRY_CONTROLS'],
    'For a guest that uses PAE paging (CR0.PG = 1, CR4.PAE = 1, "IA-32e mode guest" = 0) with "enable EPT" = 0, the four PDPTEs referenced by CR3 must pass the MOV-to-CR3 checks: no reserved bit (2:1, 8:5, 63:MAXPHYADDR) set in a present entry',
    (s) => {
      if (!paePaging(s) || s.ept) return undefined;
      const base = s.lo(F.GUEST_CR3) & 0xffffffe0;
      const entries: bigint[] = [], where: string[] = [];
      for (let i = 0; i < 4; i++) {
        const pa = base + 8 * i;
        try { entries.push(BigInt.asUintN(64, s.ctx.readPhys64(pa))); } catch (e) { return fail(`GUEST_CR3 = ${h(s.r(F.GUEST_CR3), 8)}: PDPTE${i} at ${h(pa, 8)} not readable (${(e as Error).message})`, 'readable PDPTEs'); }
        where.push(`${h(pa, 8)} (GUEST_CR3 = ${h(s.r(F.GUEST_CR3), 8)})`);
      }
      return pdpteCheck(s, entries, where);
    }, Q.PDPTE_LOAD),
  guestCheck('guest.pdpte.fields', S_PDPTE, ['GUEST_PDPTR0', 'GUEST_PDPTR1', 'GUEST_PDPTR2', 'GUEST_PDPTR3', 'SECONDARY_VM_EXEC_CONTROL'],
    'For a guest that uses PAE paging with "enable EPT" = 1, the PDPTE fields of the guest-state area must pass the same checks',
    (s) => {
      if (!paePaging(s) || !s.ept) return undefined;
      return pdpteCheck(s, [s.r(F.GUEST_PDPTR0), s.r(F.GUEST_PDPTR1), s.r(F.GUEST_PDPTR2), s.r(F.GUEST_PDPTR3)], ['GUEST_PDPTR0', 'GUEST_PDPTR1', 'GUEST_PDPTR2', 'GUEST_PDPTR3']);
    }, Q.PDPTE_LOAD),
];

const GUARDS: Readonly<Record<string, readonly [GuardWord, number]>> = {
  'guest.activity.injection': ['intr', 0x80000000], 'guest.activity.smm-no-wait-for-sipi': ['entry', ENTRY.SMM],
  'guest.interruptibility.external-interrupt-injection': ['intr', 0x80000000], 'guest.interruptibility.nmi-injection-mov-ss': ['intr', 0x80000000],
  'guest.interruptibility.smi-entry-to-smm': ['entry', ENTRY.SMM], 'guest.interruptibility.nmi-injection-sti': ['intr', 0x80000000],
  'guest.interruptibility.virtual-nmi-injection': ['intr', 0x80000000],
};
export const GUEST_NONREGISTER_CHECKS: readonly VmEntryCheck[] = ROWS.map((c) => (GUARDS[c.id] ? guarded(c, GUARDS[c.id]![0], GUARDS[c.id]![1]) : c));
