import { describe, expect, it } from 'vitest';
import {
  CONTROLS, SDM_GROUPS, VMCS, VMCS_ENCODING, VMCS_ENUM_HIGHEST_INDEX, VMCS_FIELDS, VMCS_FIELD_SECTIONS, controlBit, decodeVmcsEncoding,
  lookupVmcsEncoding, lookupVmcsName, makeVmcsEncoding, vmcsEnumValue, vmcsFieldByEncoding, vmcsFieldByName, vmcsFieldName, vmcsFieldsByGroup,
} from '../../emulator/vmx/arch';

describe('VMCS field table', () => {
  it('every entry is consistent with its encoding (SDM Vol 3C 25.11.2)', () => {
    for (const f of VMCS_FIELDS) {
      const d = decodeVmcsEncoding(f.encoding);
      expect(d.wellFormed, f.name).toBe(true);
      expect(d.accessHigh, f.name).toBe(false);
      expect(d.width, f.name).toBe(f.width);
      expect(d.type, f.name).toBe(f.type);
      expect(d.index, f.name).toBe(f.index);
      expect(f.readOnly, f.name).toBe(f.type === 'exit-info');
      expect(makeVmcsEncoding(f.width, f.type, f.index), f.name).toBe(f.encoding);
    }
  });

  it('each SDM App. B section holds only fields of its declared width and type', () => {
    let n = 0;
    for (const s of VMCS_FIELD_SECTIONS) {
      for (const name of s.names) {
        const f = VMCS[name]!;
        expect(decodeVmcsEncoding(f.encoding).width, `${name} in ${s.sdm}`).toBe(s.width);
        expect(decodeVmcsEncoding(f.encoding).type, `${name} in ${s.sdm}`).toBe(s.type);
        n++;
      }
    }
    expect(n).toBe(VMCS_FIELDS.length);
  });

  it('has no duplicate names, aliases or encodings', () => {
    const encodings = new Set<number>();
    const names = new Set<string>();
    for (const f of VMCS_FIELDS) {
      expect(encodings.has(f.encoding), f.name).toBe(false);
      encodings.add(f.encoding);
      for (const n of [f.name, ...f.aliases]) {
        expect(n).toMatch(/^[A-Z][A-Z0-9_]*$/);
        expect(names.has(n), n).toBe(false);
        names.add(n);
      }
    }
    // No alias or name ends in _HIGH/_FULL, which the lookups reserve for 64-bit halves.
    for (const n of names) expect(/_(HIGH)$/.test(n), n).toBe(false);
  });

  it('covers every field of every SDM group with a description', () => {
    expect(VMCS_FIELDS.length).toBe(199);
    const byGroup = vmcsFieldsByGroup();
    for (const g of SDM_GROUPS) expect(byGroup.get(g)!.length, g).toBeGreaterThan(0);
    for (const f of VMCS_FIELDS) {
      expect(f.description.length, f.name).toBeGreaterThan(5);
      expect(f.description.includes('\n')).toBe(false);
    }
    const count = (w: string, t: string) => VMCS_FIELDS.filter((f) => f.width === w && f.type === t).length;
    expect(count('16', 'control')).toBe(5);
    expect(count('16', 'guest')).toBe(11);
    expect(count('16', 'host')).toBe(7);
    expect(count('64', 'exit-info')).toBe(2);
    expect(count('32', 'exit-info')).toBe(8);
    expect(count('32', 'host')).toBe(1);
    expect(count('natural', 'control')).toBe(8);
    expect(count('natural', 'exit-info')).toBe(6);
    expect(count('natural', 'host')).toBe(15);
  });

  it('has the well-known encodings', () => {
    const known: Record<string, number> = {
      VIRTUAL_PROCESSOR_ID: 0x0000, GUEST_ES_SELECTOR: 0x0800, GUEST_INTR_STATUS: 0x0810, HOST_TR_SELECTOR: 0x0c0c,
      IO_BITMAP_A: 0x2000, MSR_BITMAP: 0x2004, EXECUTIVE_VMCS_POINTER: 0x200c, TSC_OFFSET: 0x2010, EPT_POINTER: 0x201a,
      EPTP_LIST_ADDRESS: 0x2024, VMREAD_BITMAP: 0x2026, VMWRITE_BITMAP: 0x2028, XSS_EXIT_BITMAP: 0x202c, TSC_MULTIPLIER: 0x2032,
      TERTIARY_VM_EXEC_CONTROL: 0x2034, ENCLV_EXITING_BITMAP: 0x2036, PCONFIG_EXITING_BITMAP: 0x203e, SECONDARY_VM_EXIT_CONTROLS: 0x2044,
      GUEST_PHYSICAL_ADDRESS: 0x2400, VMCS_LINK_POINTER: 0x2800, GUEST_IA32_DEBUGCTL: 0x2802, GUEST_IA32_EFER: 0x2806,
      GUEST_PDPTR0: 0x280a, GUEST_PDPTR3: 0x2810, GUEST_BNDCFGS: 0x2812, GUEST_IA32_RTIT_CTL: 0x2814, GUEST_IA32_LBR_CTL: 0x2816,
      GUEST_IA32_PKRS: 0x2818, HOST_IA32_PAT: 0x2c00, HOST_IA32_PKRS: 0x2c06,
      PIN_BASED_VM_EXEC_CONTROL: 0x4000, CPU_BASED_VM_EXEC_CONTROL: 0x4002, EXCEPTION_BITMAP: 0x4004, VM_EXIT_CONTROLS: 0x400c,
      VM_ENTRY_CONTROLS: 0x4012, VM_ENTRY_INTR_INFO_FIELD: 0x4016, SECONDARY_VM_EXEC_CONTROL: 0x401e, PLE_WINDOW: 0x4022,
      VM_INSTRUCTION_ERROR: 0x4400, VM_EXIT_REASON: 0x4402, VM_EXIT_INTR_INFO: 0x4404, IDT_VECTORING_ERROR_CODE: 0x440a,
      VMX_INSTRUCTION_INFO: 0x440e, GUEST_ES_LIMIT: 0x4800, GUEST_IDTR_LIMIT: 0x4812, GUEST_ES_AR_BYTES: 0x4814, GUEST_CS_AR_BYTES: 0x4816,
      GUEST_TR_AR_BYTES: 0x4822, GUEST_INTERRUPTIBILITY_INFO: 0x4824, GUEST_ACTIVITY_STATE: 0x4826, GUEST_SMBASE: 0x4828,
      GUEST_SYSENTER_CS: 0x482a, VMX_PREEMPTION_TIMER_VALUE: 0x482e, HOST_IA32_SYSENTER_CS: 0x4c00,
      CR0_GUEST_HOST_MASK: 0x6000, CR3_TARGET_VALUE3: 0x600e, EXIT_QUALIFICATION: 0x6400, IO_RIP: 0x6408, GUEST_LINEAR_ADDRESS: 0x640a,
      GUEST_CR0: 0x6800, GUEST_CR3: 0x6802, GUEST_ES_BASE: 0x6806, GUEST_IDTR_BASE: 0x6818, GUEST_DR7: 0x681a, GUEST_RSP: 0x681c,
      GUEST_RIP: 0x681e, GUEST_RFLAGS: 0x6820, GUEST_PENDING_DBG_EXCEPTIONS: 0x6822, GUEST_INTR_SSP_TABLE: 0x682c,
      HOST_CR0: 0x6c00, HOST_TR_BASE: 0x6c0a, HOST_RSP: 0x6c14, HOST_RIP: 0x6c16, HOST_INTR_SSP_TABLE: 0x6c1c,
    };
    for (const [n, e] of Object.entries(known)) expect(VMCS_ENCODING[n], n).toBe(e);
  });

  it('looks fields up by name (case-insensitive), alias and _HIGH suffix', () => {
    expect(vmcsFieldByName('guest_rip')!.encoding).toBe(0x681e);
    expect(VMCS.GUEST_CS_ACCESS_RIGHTS).toBe(VMCS.GUEST_CS_AR_BYTES);
    expect(vmcsFieldByName('Guest_Cs_Access_Rights')!.name).toBe('GUEST_CS_AR_BYTES');
    expect(vmcsFieldByName('EPTP')!.name).toBe('EPT_POINTER');
    expect(vmcsFieldByName('EXIT_REASON')!.name).toBe('VM_EXIT_REASON');
    expect(vmcsFieldByName('PRIMARY_PROCESSOR_BASED_VM_EXECUTION_CONTROLS')!.name).toBe('CPU_BASED_VM_EXEC_CONTROL');
    expect(vmcsFieldByName('GUEST_PDPTE2')!.name).toBe('GUEST_PDPTR2');
    expect(lookupVmcsName('EPT_POINTER_HIGH')).toMatchObject({ high: true, encoding: 0x201b });
    expect(lookupVmcsName('GUEST_RIP_HIGH')).toBeUndefined(); // natural width has no high half
    expect(vmcsFieldByName('NOT_A_FIELD')).toBeUndefined();
  });

  it('looks fields up by encoding, including the high halves of 64-bit fields', () => {
    expect(vmcsFieldByEncoding(0x4402)!.name).toBe('VM_EXIT_REASON');
    expect(lookupVmcsEncoding(0x2801)).toMatchObject({ high: true, encoding: 0x2801 });
    expect(lookupVmcsEncoding(0x2801)!.field.name).toBe('VMCS_LINK_POINTER');
    expect(lookupVmcsEncoding(0x681f)).toBeUndefined(); // high access of a natural-width field
    expect(lookupVmcsEncoding(0x4403)).toBeUndefined();
    expect(vmcsFieldName(0x2401)).toBe('GUEST_PHYSICAL_ADDRESS_HIGH');
    expect(vmcsFieldName(0x7fff)).toBe('unknown VMCS field 0x7fff');
    for (const f of VMCS_FIELDS) {
      expect(vmcsFieldByEncoding(f.encoding)).toBe(f);
      if (f.width === '64') expect(lookupVmcsEncoding(f.encoding | 1)!.field).toBe(f);
      else expect(lookupVmcsEncoding(f.encoding | 1)).toBeUndefined();
    }
  });

  it('requirements name existing controls', () => {
    for (const f of VMCS_FIELDS) {
      for (const r of f.requires ?? []) {
        if ('control' in r) expect(controlBit(r.control, r.bit), `${f.name} requires ${r.control}:${r.bit}`).toBeDefined();
      }
    }
    expect(VMCS.EPT_POINTER!.requires).toEqual([{ control: 'secondary', bit: 'ENABLE_EPT' }]);
    expect(VMCS.GUEST_RIP!.requires).toBeUndefined();
    expect(CONTROLS.secondary.find((c) => c.name === 'ENABLE_EPT')!.bit).toBe(1);
  });

  it('knows the highest VMCS index (IA32_VMX_VMCS_ENUM)', () => {
    expect(VMCS_ENUM_HIGHEST_INDEX).toBe(0x29); // INJECTED_EVENT_DATA 0x2052
    expect(vmcsEnumValue()).toBe(0x52n);
    expect(vmcsEnumValue(VMCS_FIELDS.filter((f) => f.encoding < 0x2030 || f.type !== 'control' || f.width !== '64'))).toBe(0x2en);
  });
});
