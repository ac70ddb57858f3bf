// Checks on the VMX controls: SDM Vol 3C 27.2.1 (VM-execution, VM-exit and VM-entry control fields).
// Failures are VMfailValid with VM-instruction error 7.
import type { ControlKind } from '../arch';
import {
  CONTROL_FIELD, ENTRY, EXIT, EntryCheckState, F, PIN, PROC, SEC, SECTION, bitList, controlBitList, controlCheck, fail, fv, guarded, h, h32,
} from './state';
import type { CheckOutcome, GuardWord, VmEntryCheck } from './types';
import type { CapsInfo } from './state';

const S_EXEC = SECTION.exec, S_EXIT = SECTION.exit, S_ENTRY = SECTION.entry;

function kindValue(s: EntryCheckState, kind: ControlKind): bigint | number {
  switch (kind) {
    case 'pin': return s.pin;
    case 'primary': return s.proc;
    case 'secondary': return s.sec;
    case 'tertiary': return s.ter;
    case 'exit': return s.exit;
    case 'secondaryExit': return s.exit2;
    case 'entry': return s.entry;
  }
}
const KIND_TITLE: Readonly<Record<ControlKind, string>> = {
  pin: 'pin-based VM-execution controls', primary: 'primary processor-based VM-execution controls',
  secondary: 'secondary processor-based VM-execution controls', tertiary: 'tertiary processor-based VM-execution controls',
  exit: 'primary VM-exit controls', secondaryExit: 'secondary VM-exit controls', entry: 'VM-entry controls',
};
const ACTIVATION: Partial<Record<ControlKind, string>> = {
  secondary: 'If the "activate secondary controls" primary processor-based control is 1, ',
  tertiary: 'If the "activate tertiary controls" primary processor-based control is 1, ',
  secondaryExit: 'If the "activate secondary controls" VM-exit control is 1, ',
};
const ID_KIND: Readonly<Record<ControlKind, string>> = {
  pin: 'pin', primary: 'primary', secondary: 'secondary', tertiary: 'tertiary', exit: 'exit', secondaryExit: 'exit2', entry: 'entry',
};

/** Reserved bits of a control vector against the allowed 0-settings (bits that must be 1). */
function allowed0(kind: ControlKind, section: string): VmEntryCheck {
  const field = CONTROL_FIELD[kind];
  const wide = kind === 'tertiary' || kind === 'secondaryExit';
  return controlCheck(`controls.${ID_KIND[kind]}.allowed0`, section, [field],
    `${ACTIVATION[kind] ?? ''}every bit of the ${KIND_TITLE[kind]} whose allowed 0-setting is 1 in the capability MSR (bits 31:0) must be 1 (SDM App. A.3-A.5; the TRUE MSR applies when IA32_VMX_BASIC[55] = 1)`,
    (s) => {
      if (wide) return undefined; // 64-bit control vectors have no allowed-0 settings (App. A.3.4, A.4.2)
      const c = s.caps.ctl[kind];
      if (kind === 'secondary' && !(s.proc & PROC.SECONDARY)) return undefined;
      const v = kindValue(s, kind) as number;
      const missing = (c.must1n & ~v) >>> 0;
      if (!missing) return undefined;
      return fail(`${fv(field, v, 8)} (${bitList(missing)} clear)`,
        `${controlBitList(kind, missing)} must be 1 on this CPU (${c.msrName} allowed 0-settings = ${h32(c.must1n)})`);
    });
}

/** Reserved bits of a control vector against the allowed 1-settings (bits that may be 1). */
function allowed1(kind: ControlKind, section: string): VmEntryCheck {
  const field = CONTROL_FIELD[kind];
  const wide = kind === 'tertiary' || kind === 'secondaryExit';
  return controlCheck(`controls.${ID_KIND[kind]}.allowed1`, section, [field],
    `${ACTIVATION[kind] ?? ''}every bit of the ${KIND_TITLE[kind]} whose allowed 1-setting is 0 in the capability MSR (${wide ? 'all 64 bits' : 'bits 63:32'}) must be 0`,
    (s) => {
      const c = s.caps.ctl[kind];
      if (wide) {
        const v = kindValue(s, kind) as bigint;
        if ((kind === 'tertiary' && !(s.proc & PROC.TERTIARY)) || (kind === 'secondaryExit' && !(s.exit & EXIT.SECONDARY))) return undefined;
        const bad = v & ~c.may1;
        if (!bad) return undefined;
        return fail(`${fv(field, v)} (${bitList(bad)} set)`, `${controlBitList(kind, bad)} must be 0: this CPU does not support the 1-setting (${c.msrName} = ${h(c.may1, 16)})`);
      }
      if (kind === 'secondary' && !(s.proc & PROC.SECONDARY)) return undefined;
      const v = kindValue(s, kind) as number;
      const bad = (v & ~c.may1n) >>> 0;
      if (!bad) return undefined;
      return fail(`${fv(field, v, 8)} (${bitList(bad)} set)`,
        `${controlBitList(kind, bad)} must be 0: this CPU does not support the 1-setting (${c.msrName} allowed 1-settings = ${h32(c.may1n)})`);
    });
}

/** A physical address that must be aligned (`alignBits` low bits zero) and below 2^MAXPHYADDR. */
function addrCheck(id: string, section: string, field: keyof typeof F, when: (s: EntryCheckState) => boolean, condition: string, alignBits = 12, extraFields: readonly string[] = []): VmEntryCheck {
  const e = F[field];
  const alignMask = (1n << BigInt(alignBits)) - 1n;
  return controlCheck(id, section, [field, ...extraFields],
    `${condition}bits ${alignBits - 1}:0 of ${field} must be 0 and the address must not set any bit beyond the processor's physical-address width`,
    (s) => {
      if (!when(s)) return undefined;
      const a = s.r(e);
      const misaligned = (a & alignMask) !== 0n;
      if (!misaligned && s.physOk(a)) return undefined;
      return fail(`${fv(field, a)}${misaligned ? ` (bits ${alignBits - 1}:0 = ${h(a & alignMask)})` : ` (sets bits at or above ${s.maxPhys})`}`,
        `${alignBits === 12 ? '4-KByte aligned' : `${1 << alignBits}-byte aligned`} physical address below 2^${s.maxPhys} (MAXPHYADDR = ${s.maxPhys})`);
    });
}

/** MSR-store/-load area: count > 0 => 16-byte aligned, and first and last byte within MAXPHYADDR. */
function msrAreaChecks(prefix: string, section: string, countField: keyof typeof F, addrField: keyof typeof F, what: string): VmEntryCheck[] {
  const ce = F[countField], ae = F[addrField];
  const cond = `If ${countField} is not 0, `;
  return [
    controlCheck(`${prefix}.addr`, section, [addrField, countField],
      `${cond}bits 3:0 of the ${what} address must be 0 and the address must not set any bit beyond the physical-address width`,
      (s) => {
        if (s.n(ce) === 0) return undefined;
        const a = s.r(ae);
        if ((a & 0xfn) === 0n && s.physOk(a)) return undefined;
        return fail(`${fv(addrField, a)}${(a & 0xfn) !== 0n ? ` (bits 3:0 = ${h(a & 0xfn)})` : ''}, ${countField} = ${s.n(ce)}`,
          `16-byte aligned physical address below 2^${s.maxPhys}`);
      }),
    controlCheck(`${prefix}.last-byte`, section, [addrField, countField],
      `${cond}the address of the last byte of the ${what} area (address + 16 * count - 1) must not set any bit beyond the physical-address width`,
      (s) => {
        const n = s.n(ce);
        if (n === 0) return undefined;
        const a = s.r(ae);
        const last = a + BigInt(n) * 16n - 1n;
        if (s.physOk(last)) return undefined;
        return fail(`${fv(addrField, a)}, ${countField} = ${n}: last byte at ${h(last)}`, `last byte below 2^${s.maxPhys} (MAXPHYADDR)`);
      }),
  ];
}

const has = (s: EntryCheckState, m: number): boolean => (s.sec & m) !== 0;
const needsEpt = (id: string, name: string, mask: number): VmEntryCheck => controlCheck(id, S_EXEC, ['SECONDARY_VM_EXEC_CONTROL'],
  `If the "${name}" VM-execution control is 1, the "enable EPT" VM-execution control must also be 1`,
  (s) => (has(s, mask) && !s.ept ? fail(`${fv('SECONDARY_VM_EXEC_CONTROL', s.sec, 8)} ("${name}" = 1, "enable EPT" = 0)`, `"enable EPT" = 1 (bit 1)`) : undefined));

const TYPE_NAMES = ['external interrupt', 'reserved (1)', 'NMI', 'hardware exception', 'software interrupt', 'privileged software exception', 'software exception', 'other event'];
const intrDesc = (s: EntryCheckState): string => `${fv('VM_ENTRY_INTR_INFO_FIELD', s.intr, 8)} (valid, type ${s.intrType} = ${TYPE_NAMES[s.intrType]}, vector ${s.intrVector})`;

/**
 * Whether an EPTP is valid on this CPU (SDM Vol 3C 27.2.1.1, "EPT pointer"): the same test for VM entry and for
 * single-context INVEPT (31.3 INVEPT "Operation"). Returns what is wrong (`actual`) and what is required, or null.
 */
export function eptpProblem(p: bigint, c: CapsInfo, maxPhys: number): { actual: string; required: string } | null {
  const mt = Number(p & 7n), walk = Number((p >> 3n) & 7n) + 1;
  const actual = (what: string): string => `${fv('EPT_POINTER', p)} (${what})`;
  if (!((mt === 0 && c.eptUc) || (mt === 6 && c.eptWb))) {
    return { actual: actual(`memory type ${mt}`), required: `memory type (bits 2:0) supported by IA32_VMX_EPT_VPID_CAP: ${[c.eptUc ? '0 (UC)' : '', c.eptWb ? '6 (WB)' : ''].filter(Boolean).join(' or ') || 'none'}` };
  }
  if (!((walk === 4 && c.eptWalk4) || (walk === 5 && c.eptWalk5))) {
    return { actual: actual(`bits 5:3 = ${walk - 1}, page-walk length ${walk}`), required: `bits 5:3 = ${[c.eptWalk4 ? '3 (4-level)' : '', c.eptWalk5 ? '4 (5-level)' : ''].filter(Boolean).join(' or ')} as IA32_VMX_EPT_VPID_CAP bits 6/7 allow` };
  }
  if ((p & 0x40n) !== 0n && !c.eptAd) return { actual: actual('bit 6, accessed/dirty flags, is 1'), required: 'bit 6 = 0: IA32_VMX_EPT_VPID_CAP[21] (EPT A/D flags) is 0 on this CPU' };
  if ((p & 0x80n) !== 0n && !c.eptSss) return { actual: actual('bit 7, supervisor shadow-stack control, is 1'), required: 'bit 7 = 0: IA32_VMX_EPT_VPID_CAP[23] (supervisor shadow-stack control) is 0 on this CPU' };
  if ((p & 0xf00n) !== 0n) return { actual: actual(`reserved bits 11:8 = ${h((p >> 8n) & 0xfn)}`), required: 'bits 11:8 = 0 (reserved)' };
  if (p >> BigInt(maxPhys) !== 0n) return { actual: actual(`sets bits at or above ${maxPhys}`), required: `bits 63:${maxPhys} = 0 (MAXPHYADDR = ${maxPhys})` };
  return null;
}

function eptpTest(s: EntryCheckState): CheckOutcome | undefined {
  if (!s.ept) return undefined;
  const problem = eptpProblem(s.r(F.EPT_POINTER), s.caps, s.maxPhys);
  return problem ? fail(problem.actual, problem.required) : undefined;
}

const ROWS: readonly VmEntryCheck[] = [
  // ---- 27.2.1.1 VM-execution control fields
  allowed0('pin', S_EXEC), allowed1('pin', S_EXEC),
  allowed0('primary', S_EXEC), allowed1('primary', S_EXEC),
  allowed0('secondary', S_EXEC), allowed1('secondary', S_EXEC),
  allowed1('tertiary', S_EXEC),
  controlCheck('controls.cr3-target-count', S_EXEC, ['CR3_TARGET_COUNT'],
    'The CR3-target count must not be greater than the number of CR3-target values the processor supports (IA32_VMX_MISC bits 24:16)',
    (s) => {
      const n = s.n(F.CR3_TARGET_COUNT);
      return n > s.caps.cr3Targets ? fail(`CR3_TARGET_COUNT = ${n}`, `at most ${s.caps.cr3Targets} (IA32_VMX_MISC[24:16])`) : undefined;
    }),
  addrCheck('controls.io-bitmap-a.addr', S_EXEC, 'IO_BITMAP_A', (s) => (s.proc & PROC.IO_BITMAPS) !== 0, 'If the "use I/O bitmaps" VM-execution control is 1, '),
  addrCheck('controls.io-bitmap-b.addr', S_EXEC, 'IO_BITMAP_B', (s) => (s.proc & PROC.IO_BITMAPS) !== 0, 'If the "use I/O bitmaps" VM-execution control is 1, '),
  addrCheck('controls.msr-bitmap.addr', S_EXEC, 'MSR_BITMAP', (s) => (s.proc & PROC.MSR_BITMAPS) !== 0, 'If the "use MSR bitmaps" VM-execution control is 1, '),
  addrCheck('controls.virtual-apic.addr', S_EXEC, 'VIRTUAL_APIC_PAGE_ADDR', (s) => (s.proc & PROC.TPR_SHADOW) !== 0, 'If the "use TPR shadow" VM-execution control is 1, '),
  controlCheck('controls.tpr-threshold.reserved', S_EXEC, ['TPR_THRESHOLD'],
    'If "use TPR shadow" is 1 and "virtual-interrupt delivery" is 0, bits 31:4 of the TPR threshold must be 0',
    (s) => {
      if (!(s.proc & PROC.TPR_SHADOW) || has(s, SEC.VID)) return undefined;
      const t = s.n(F.TPR_THRESHOLD);
      return t & 0xfffffff0 ? fail(fv('TPR_THRESHOLD', t, 8), 'bits 31:4 = 0 (a value 0..15)') : undefined;
    }),
  controlCheck('controls.tpr-threshold.vtpr', S_EXEC, ['TPR_THRESHOLD', 'VIRTUAL_APIC_PAGE_ADDR'],
    'If "use TPR shadow" is 1 and both "virtualize APIC accesses" and "virtual-interrupt delivery" are 0, bits 3:0 of the TPR threshold must not be greater than bits 7:4 of VTPR (byte 80H of the virtual-APIC page)',
    (s) => {
      if (!(s.proc & PROC.TPR_SHADOW) || has(s, SEC.VID) || has(s, SEC.APIC_ACCESS)) return undefined;
      const a = s.r(F.VIRTUAL_APIC_PAGE_ADDR);
      if ((a & 0xfffn) !== 0n || !s.physOk(a)) return undefined; // the address check reports it
      let vtpr: number;
      try { vtpr = s.ctx.readPhys32(Number(a) + 0x80) & 0xff; } catch { return undefined; }
      const t = s.n(F.TPR_THRESHOLD) & 0xf;
      return t > vtpr >> 4 ? fail(`TPR_THRESHOLD[3:0] = ${t}, VTPR = ${h(vtpr, 2)} at ${h(a + 0x80n)} (VTPR[7:4] = ${vtpr >> 4})`, `TPR_THRESHOLD[3:0] <= VTPR[7:4] = ${vtpr >> 4}`) : undefined;
    }),
  controlCheck('controls.tpr-shadow.apic-virtualization', S_EXEC, ['CPU_BASED_VM_EXEC_CONTROL', 'SECONDARY_VM_EXEC_CONTROL'],
    'If the "use TPR shadow" VM-execution control is 0, "virtualize x2APIC mode", "APIC-register virtualization" and "virtual-interrupt delivery" must be 0',
    (s) => {
      const bad = s.sec & (SEC.X2APIC | SEC.APIC_REG | SEC.VID);
      return !(s.proc & PROC.TPR_SHADOW) && bad ? fail(`"use TPR shadow" = 0, ${fv('SECONDARY_VM_EXEC_CONTROL', s.sec, 8)} (${controlBitList('secondary', bad)} set)`, `${controlBitList('secondary', bad)} = 0, or "use TPR shadow" = 1`) : undefined;
    }),
  controlCheck('controls.nmi.virtual-nmis-need-nmi-exiting', S_EXEC, ['PIN_BASED_VM_EXEC_CONTROL'],
    'If the "NMI exiting" VM-execution control is 0, the "virtual NMIs" VM-execution control must be 0',
    (s) => ((s.pin & PIN.VNMI) && !(s.pin & PIN.NMI) ? fail(`${fv('PIN_BASED_VM_EXEC_CONTROL', s.pin, 8)} ("virtual NMIs" = 1, "NMI exiting" = 0)`, '"virtual NMIs" (bit 5) = 0 unless "NMI exiting" (bit 3) = 1') : undefined)),
  controlCheck('controls.nmi.window-needs-virtual-nmis', S_EXEC, ['CPU_BASED_VM_EXEC_CONTROL', 'PIN_BASED_VM_EXEC_CONTROL'],
    'If the "virtual NMIs" VM-execution control is 0, the "NMI-window exiting" VM-execution control must be 0',
    (s) => ((s.proc & PROC.NMI_WINDOW) && !(s.pin & PIN.VNMI) ? fail(`"NMI-window exiting" = 1 (${fv('CPU_BASED_VM_EXEC_CONTROL', s.proc, 8)}), "virtual NMIs" = 0 (${fv('PIN_BASED_VM_EXEC_CONTROL', s.pin, 8)})`, '"NMI-window exiting" (primary bit 22) = 0 unless "virtual NMIs" (pin bit 5) = 1') : undefined)),
  addrCheck('controls.apic-access.addr', S_EXEC, 'APIC_ACCESS_ADDR', (s) => has(s, SEC.APIC_ACCESS), 'If the "virtualize APIC accesses" VM-execution control is 1, '),
  controlCheck('controls.x2apic-with-apic-access', S_EXEC, ['SECONDARY_VM_EXEC_CONTROL'],
    'If the "virtualize x2APIC mode" VM-execution control is 1, the "virtualize APIC accesses" VM-execution control must be 0',
    (s) => (has(s, SEC.X2APIC) && has(s, SEC.APIC_ACCESS) ? fail(`${fv('SECONDARY_VM_EXEC_CONTROL', s.sec, 8)} (bits 0 and 4 both 1)`, '"virtualize APIC accesses" (bit 0) = 0 when "virtualize x2APIC mode" (bit 4) = 1') : undefined)),
  controlCheck('controls.vid-needs-external-interrupt-exiting', S_EXEC, ['SECONDARY_VM_EXEC_CONTROL', 'PIN_BASED_VM_EXEC_CONTROL'],
    'If the "virtual-interrupt delivery" VM-execution control is 1, the "external-interrupt exiting" VM-execution control must be 1',
    (s) => (has(s, SEC.VID) && !(s.pin & PIN.EXT_INT) ? fail(`"virtual-interrupt delivery" = 1, ${fv('PIN_BASED_VM_EXEC_CONTROL', s.pin, 8)} ("external-interrupt exiting" = 0)`, '"external-interrupt exiting" (pin bit 0) = 1') : undefined)),
  controlCheck('controls.posted-interrupts.vid', S_EXEC, ['PIN_BASED_VM_EXEC_CONTROL', 'SECONDARY_VM_EXEC_CONTROL'],
    'If the "process posted interrupts" VM-execution control is 1, the "virtual-interrupt delivery" VM-execution control must be 1',
    (s) => ((s.pin & PIN.POSTED) && !has(s, SEC.VID) ? fail(`"process posted interrupts" = 1, ${fv('SECONDARY_VM_EXEC_CONTROL', s.sec, 8)} ("virtual-interrupt delivery" = 0)`, '"virtual-interrupt delivery" (secondary bit 9) = 1') : undefined)),
  controlCheck('controls.posted-interrupts.ack-on-exit', S_EXEC, ['PIN_BASED_VM_EXEC_CONTROL', 'VM_EXIT_CONTROLS'],
    'If the "process posted interrupts" VM-execution control is 1, the "acknowledge interrupt on exit" VM-exit control must be 1',
    (s) => ((s.pin & PIN.POSTED) && !(s.exit & EXIT.ACK_INT) ? fail(`"process posted interrupts" = 1, ${fv('VM_EXIT_CONTROLS', s.exit, 8)} ("acknowledge interrupt on exit" = 0)`, '"acknowledge interrupt on exit" (exit bit 15) = 1') : undefined)),
  controlCheck('controls.posted-interrupts.vector', S_EXEC, ['POSTED_INTR_NV'],
    'If the "process posted interrupts" VM-execution control is 1, the posted-interrupt notification vector must be in the range 0-255 (bits 15:8 zero)',
    (s) => {
      if (!(s.pin & PIN.POSTED)) return undefined;
      const v = s.n(F.POSTED_INTR_NV);
      return v & 0xff00 ? fail(fv('POSTED_INTR_NV', v, 4), 'bits 15:8 = 0') : undefined;
    }),
  addrCheck('controls.posted-interrupts.desc-addr', S_EXEC, 'POSTED_INTR_DESC_ADDR', (s) => (s.pin & PIN.POSTED) !== 0, 'If the "process posted interrupts" VM-execution control is 1, ', 6),
  controlCheck('controls.vpid.nonzero', S_EXEC, ['VIRTUAL_PROCESSOR_ID'],
    'If the "enable VPID" VM-execution control is 1, the VPID must not be 0000H',
    (s) => (has(s, SEC.VPID) && (s.n(F.VIRTUAL_PROCESSOR_ID) & 0xffff) === 0 ? fail('VIRTUAL_PROCESSOR_ID = 0x0000', 'a VPID other than 0000H (VPID 0 is the host\'s)') : undefined)),
  controlCheck('controls.eptp', S_EXEC, ['EPT_POINTER'],
    'If the "enable EPT" VM-execution control is 1, the EPTP must have a supported memory type (bits 2:0), a supported page-walk length minus 1 (bits 5:3), bit 6 (A/D) only if A/D flags are supported, bit 7 only if supervisor shadow-stack control is supported, reserved bits 11:8 zero and no bit beyond the physical-address width',
    eptpTest),
  needsEpt('controls.pml.needs-ept', 'enable PML', SEC.PML),
  addrCheck('controls.pml.addr', S_EXEC, 'PML_ADDRESS', (s) => has(s, SEC.PML), 'If the "enable PML" VM-execution control is 1, '),
  needsEpt('controls.unrestricted-guest.needs-ept', 'unrestricted guest', SEC.UG),
  needsEpt('controls.mode-based-execute.needs-ept', 'mode-based execute control for EPT', SEC.MBEC),
  needsEpt('controls.sub-page-write.needs-ept', 'sub-page write permissions for EPT', SEC.SPP),
  addrCheck('controls.sub-page-write.spptp', S_EXEC, 'SPPT_POINTER', (s) => has(s, SEC.SPP), 'If the "sub-page write permissions for EPT" VM-execution control is 1, '),
  needsEpt('controls.pt-guest-physical.needs-ept', 'Intel PT uses guest physical addresses', SEC.PT_GPA),
  controlCheck('controls.pt-guest-physical.rtit', S_EXEC, ['SECONDARY_VM_EXEC_CONTROL', 'VM_EXIT_CONTROLS', 'VM_ENTRY_CONTROLS'],
    'If the "Intel PT uses guest physical addresses" VM-execution control is 1, the "clear IA32_RTIT_CTL" VM-exit control and the "load IA32_RTIT_CTL" VM-entry control must be 1',
    (s) => (has(s, SEC.PT_GPA) && (!(s.exit & EXIT.CLEAR_RTIT) || !(s.entry & ENTRY.RTIT))
      ? fail(`${fv('VM_EXIT_CONTROLS', s.exit, 8)}, ${fv('VM_ENTRY_CONTROLS', s.entry, 8)}`, '"clear IA32_RTIT_CTL" (exit bit 25) = 1 and "load IA32_RTIT_CTL" (entry bit 18) = 1') : undefined)),
  controlCheck('controls.vmfunc.reserved', S_EXEC, ['VM_FUNCTION_CONTROL'],
    'If the "enable VM functions" VM-execution control is 1, the VM-function controls must not set a bit that IA32_VMX_VMFUNC reports as 0',
    (s) => {
      if (!has(s, SEC.VMFUNC)) return undefined;
      const v = s.r(F.VM_FUNCTION_CONTROL);
      const bad = v & ~s.caps.vmfunc;
      return bad ? fail(`${fv('VM_FUNCTION_CONTROL', v)} (${bitList(bad)} set)`, `only bits allowed by IA32_VMX_VMFUNC = ${h(s.caps.vmfunc, 16)}`) : undefined;
    }),
  controlCheck('controls.vmfunc.eptp-switching-needs-ept', S_EXEC, ['VM_FUNCTION_CONTROL', 'SECONDARY_VM_EXEC_CONTROL'],
    'If "enable VM functions" is 1 and EPTP switching (VM-function control bit 0) is 1, the "enable EPT" VM-execution control must be 1',
    (s) => (has(s, SEC.VMFUNC) && (s.r(F.VM_FUNCTION_CONTROL) & 1n) && !s.ept ? fail(`VM_FUNCTION_CONTROL bit 0 = 1, ${fv('SECONDARY_VM_EXEC_CONTROL', s.sec, 8)} ("enable EPT" = 0)`, '"enable EPT" = 1') : undefined)),
  addrCheck('controls.vmfunc.eptp-list.addr', S_EXEC, 'EPTP_LIST_ADDRESS', (s) => has(s, SEC.VMFUNC) && (s.r(F.VM_FUNCTION_CONTROL) & 1n) !== 0n, 'If "enable VM functions" is 1 and EPTP switching is enabled, ', 12, ['VM_FUNCTION_CONTROL']),
  addrCheck('controls.vmcs-shadowing.vmread-bitmap', S_EXEC, 'VMREAD_BITMAP', (s) => has(s, SEC.SHADOW), 'If the "VMCS shadowing" VM-execution control is 1, '),
  addrCheck('controls.vmcs-shadowing.vmwrite-bitmap', S_EXEC, 'VMWRITE_BITMAP', (s) => has(s, SEC.SHADOW), 'If the "VMCS shadowing" VM-execution control is 1, '),
  addrCheck('controls.ve.info-addr', S_EXEC, 'VE_INFORMATION_ADDRESS', (s) => has(s, SEC.VE), 'If the "EPT-violation #VE" VM-execution control is 1, '),

  // ---- 27.2.1.2 VM-exit control fields
  allowed0('exit', S_EXIT), allowed1('exit', S_EXIT),
  allowed1('secondaryExit', S_EXIT),
  controlCheck('controls.exit.save-timer-needs-timer', S_EXIT, ['VM_EXIT_CONTROLS', 'PIN_BASED_VM_EXEC_CONTROL'],
    'If the "activate VMX-preemption timer" VM-execution control is 0, the "save VMX-preemption timer value" VM-exit control must also be 0',
    (s) => ((s.exit & EXIT.SAVE_TIMER) && !(s.pin & PIN.TIMER) ? fail(`"save VMX-preemption timer value" = 1 (${fv('VM_EXIT_CONTROLS', s.exit, 8)}), "activate VMX-preemption timer" = 0`, '"save VMX-preemption timer value" (exit bit 22) = 0 unless "activate VMX-preemption timer" (pin bit 6) = 1') : undefined)),
  ...msrAreaChecks('controls.exit.msr-store', S_EXIT, 'VM_EXIT_MSR_STORE_COUNT', 'VM_EXIT_MSR_STORE_ADDR', 'VM-exit MSR-store'),
  ...msrAreaChecks('controls.exit.msr-load', S_EXIT, 'VM_EXIT_MSR_LOAD_COUNT', 'VM_EXIT_MSR_LOAD_ADDR', 'VM-exit MSR-load'),

  // ---- 27.2.1.3 VM-entry control fields
  allowed0('entry', S_ENTRY), allowed1('entry', S_ENTRY),
  controlCheck('controls.entry.event.type', S_ENTRY, ['VM_ENTRY_INTR_INFO_FIELD'],
    'If the valid bit of the VM-entry interruption-information field is 1, the interruption type (bits 10:8) must not be reserved: 1 is always reserved, 7 (other event) is reserved unless the processor supports the "monitor trap flag" control',
    (s) => {
      if (!s.injecting) return undefined;
      if (s.intrType === 1 || (s.intrType === 7 && !s.caps.mtf)) return fail(intrDesc(s), `interruption type 0, 2-6${s.caps.mtf ? ' or 7' : ''}`);
      return undefined;
    }),
  controlCheck('controls.entry.event.vector', S_ENTRY, ['VM_ENTRY_INTR_INFO_FIELD'],
    'If injecting an event, the vector must fit the type: 2 for an NMI, at most 31 for a hardware exception, 0 for other event (pending MTF VM exit)',
    (s) => {
      if (!s.injecting) return undefined;
      const t = s.intrType, v = s.intrVector;
      if (t === 2 && v !== 2) return fail(intrDesc(s), 'vector 2 for interruption type 2 (NMI)');
      if (t === 3 && v > 31) return fail(intrDesc(s), 'vector 0-31 for interruption type 3 (hardware exception)');
      if (t === 7 && v !== 0) return fail(intrDesc(s), 'vector 0 for interruption type 7 (other event: pending MTF VM exit)');
      return undefined;
    }),
  controlCheck('controls.entry.event.deliver-error-code', S_ENTRY, ['VM_ENTRY_INTR_INFO_FIELD', 'GUEST_CR0', 'SECONDARY_VM_EXEC_CONTROL'],
    'If injecting an event, the deliver-error-code bit (bit 11) must be 1 exactly for hardware exceptions that push an error code (#DF, #TS, #NP, #SS, #GP, #PF, #AC; #CP with CET) when the guest is in protected mode ("unrestricted guest" = 0 or CR0.PE = 1); it must be 0 for other types and for a real-mode unrestricted guest. With IA32_VMX_BASIC[56] = 1 a protected-mode hardware exception may have it either way',
    (s) => {
      if (!s.injecting) return undefined;
      const dec = (s.intr & 0x800) !== 0;
      const protectedMode = !s.ug || s.pe;
      const hw = s.intrType === 3;
      if (!hw || !protectedMode) {
        if (!dec) return undefined;
        return fail(`${intrDesc(s)}, deliver-error-code = 1${s.ug && !s.pe ? ', unrestricted guest with GUEST_CR0.PE = 0' : ''}`,
          !hw ? 'deliver-error-code (bit 11) = 0: only hardware exceptions deliver error codes' : 'deliver-error-code (bit 11) = 0: no error code is pushed in real mode (unrestricted guest with CR0.PE = 0)');
      }
      if (s.caps.noHwErrorCodeCheck) return undefined;
      const want = ((s.caps.errorCodeVectors >>> s.intrVector) & 1) === 1 && s.intrVector < 32;
      if (dec === want) return undefined;
      return fail(`${intrDesc(s)}, deliver-error-code = ${dec ? 1 : 0}`, `deliver-error-code (bit 11) = ${want ? 1 : 0}: vector ${s.intrVector} ${want ? 'pushes' : 'does not push'} an error code (IA32_VMX_BASIC[56] = 0)`);
    }),
  controlCheck('controls.entry.event.reserved', S_ENTRY, ['VM_ENTRY_INTR_INFO_FIELD'],
    'If injecting an event, reserved bits 30:12 of the VM-entry interruption-information field must be 0',
    (s) => (s.injecting && (s.intr & 0x7ffff000) ? fail(`${fv('VM_ENTRY_INTR_INFO_FIELD', s.intr, 8)} (bits 30:12 = ${h((s.intr >>> 12) & 0x7ffff)})`, 'bits 30:12 = 0') : undefined)),
  controlCheck('controls.entry.event.error-code', S_ENTRY, ['VM_ENTRY_EXCEPTION_ERROR_CODE', 'VM_ENTRY_INTR_INFO_FIELD'],
    'If injecting an event with deliver-error-code = 1, bits 31:16 of the VM-entry exception error code must be 0 (the 2016 edition says 31:15)',
    (s) => {
      if (!s.injecting || !(s.intr & 0x800)) return undefined;
      const ec = s.n(F.VM_ENTRY_EXCEPTION_ERROR_CODE);
      return ec & 0xffff0000 ? fail(fv('VM_ENTRY_EXCEPTION_ERROR_CODE', ec, 8), 'bits 31:16 = 0 (a 16-bit error code)') : undefined;
    }),
  controlCheck('controls.entry.event.instruction-length', S_ENTRY, ['VM_ENTRY_INSTRUCTION_LEN', 'VM_ENTRY_INTR_INFO_FIELD'],
    'If injecting a software interrupt, software exception or privileged software exception, the VM-entry instruction length must be 1-15 (0 is also allowed when IA32_VMX_MISC[30] = 1)',
    (s) => {
      if (!s.injecting || s.intrType < 4 || s.intrType > 6) return undefined;
      const len = s.n(F.VM_ENTRY_INSTRUCTION_LEN);
      const min = s.caps.zeroLengthInjection ? 0 : 1;
      return len < min || len > 15 ? fail(`VM_ENTRY_INSTRUCTION_LEN = ${len} for ${TYPE_NAMES[s.intrType]} vector ${s.intrVector}`, `${min}-15${min === 0 ? ' (IA32_VMX_MISC[30] = 1 allows 0)' : ' (IA32_VMX_MISC[30] = 0: length 0 not allowed)'}`) : undefined;
    }),
  ...msrAreaChecks('controls.entry.msr-load', S_ENTRY, 'VM_ENTRY_MSR_LOAD_COUNT', 'VM_ENTRY_MSR_LOAD_ADDR', 'VM-entry MSR-load'),
  controlCheck('controls.entry.smm-outside-smm', S_ENTRY, ['VM_ENTRY_CONTROLS'],
    'If the processor is not in SMM, the "entry to SMM" and "deactivate dual-monitor treatment" VM-entry controls must be 0 (the emulated processor never runs VM entries in SMM)',
    (s) => {
      const bad = s.entry & (ENTRY.SMM | ENTRY.DUAL);
      return bad ? fail(`${fv('VM_ENTRY_CONTROLS', s.entry, 8)} (${controlBitList('entry', bad)} set)`, '"entry to SMM" (bit 10) = 0 and "deactivate dual-monitor treatment" (bit 11) = 0 outside SMM') : undefined;
    }),
];

const VALID = 0x80000000;
/** Fast-path guards: the row cannot fail while (word & mask) === 0. */
const GUARDS: Readonly<Record<string, readonly [GuardWord, number]>> = {
  'controls.secondary.allowed0': ['proc', PROC.SECONDARY], 'controls.secondary.allowed1': ['proc', PROC.SECONDARY],
  'controls.tertiary.allowed1': ['proc', PROC.TERTIARY], 'controls.exit2.allowed1': ['exit', EXIT.SECONDARY],
  'controls.io-bitmap-a.addr': ['proc', PROC.IO_BITMAPS], 'controls.io-bitmap-b.addr': ['proc', PROC.IO_BITMAPS],
  'controls.msr-bitmap.addr': ['proc', PROC.MSR_BITMAPS], 'controls.virtual-apic.addr': ['proc', PROC.TPR_SHADOW],
  'controls.tpr-threshold.reserved': ['proc', PROC.TPR_SHADOW], 'controls.tpr-threshold.vtpr': ['proc', PROC.TPR_SHADOW],
  'controls.tpr-shadow.apic-virtualization': ['sec', SEC.X2APIC | SEC.APIC_REG | SEC.VID],
  'controls.nmi.virtual-nmis-need-nmi-exiting': ['pin', PIN.VNMI], 'controls.nmi.window-needs-virtual-nmis': ['proc', PROC.NMI_WINDOW],
  'controls.apic-access.addr': ['sec', SEC.APIC_ACCESS], 'controls.x2apic-with-apic-access': ['sec', SEC.X2APIC],
  'controls.vid-needs-external-interrupt-exiting': ['sec', SEC.VID],
  'controls.posted-interrupts.vid': ['pin', PIN.POSTED], 'controls.posted-interrupts.ack-on-exit': ['pin', PIN.POSTED],
  'controls.posted-interrupts.vector': ['pin', PIN.POSTED], 'controls.posted-interrupts.desc-addr': ['pin', PIN.POSTED],
  'controls.vpid.nonzero': ['sec', SEC.VPID], 'controls.eptp': ['sec', SEC.EPT],
  'controls.pml.needs-ept': ['sec', SEC.PML], 'controls.pml.addr': ['sec', SEC.PML],
  'controls.unrestricted-guest.needs-ept': ['sec', SEC.UG], 'controls.mode-based-execute.needs-ept': ['sec', SEC.MBEC],
  'controls.sub-page-write.needs-ept': ['sec', SEC.SPP], 'controls.sub-page-write.spptp': ['sec', SEC.SPP],
  'controls.pt-guest-physical.needs-ept': ['sec', SEC.PT_GPA], 'controls.pt-guest-physical.rtit': ['sec', SEC.PT_GPA],
  'controls.vmfunc.reserved': ['sec', SEC.VMFUNC], 'controls.vmfunc.eptp-switching-needs-ept': ['sec', SEC.VMFUNC],
  'controls.vmfunc.eptp-list.addr': ['sec', SEC.VMFUNC],
  'controls.vmcs-shadowing.vmread-bitmap': ['sec', SEC.SHADOW], 'controls.vmcs-shadowing.vmwrite-bitmap': ['sec', SEC.SHADOW],
  'controls.ve.info-addr': ['sec', SEC.VE], 'controls.exit.save-timer-needs-timer': ['exit', EXIT.SAVE_TIMER],
  'controls.entry.event.type': ['intr', VALID], 'controls.entry.event.vector': ['intr', VALID],
  'controls.entry.event.deliver-error-code': ['intr', VALID], 'controls.entry.event.reserved': ['intr', VALID],
  'controls.entry.event.error-code': ['intr', VALID], 'controls.entry.event.instruction-length': ['intr', VALID],
  'controls.entry.smm-outside-smm': ['entry', ENTRY.SMM | ENTRY.DUAL],
};

export const CONTROL_CHECKS: readonly VmEntryCheck[] = ROWS.map((c) => (GUARDS[c.id] ? guarded(c, GUARDS[c.id]![0], GUARDS[c.id]![1]) : c));
