import { describe, expect, it } from 'vitest';
import {
  CONTROLS, CONTROL_BITS, CONTROL_KINDS, DEFAULT1_MASK, ICELAKE_SP_HOST, ICELAKE_SP_HOST_DERIVED_MSRS, MSR, MSRS, VMCS,
  allowedControlSettings, allowedSettings, checkControls, controlAllowed1, controlBit, controlCapabilityMsr, controlKindSupported,
  controlMask, controlMask32, decodeControls, decodeEptVpidCap, decodeVmcsEnum, decodeVmxBasic, decodeVmxMisc, describeControls,
  msrByNameLookup, msrByNumber, msrName, nonTrueFromTrue, supportedVmcsFields, vmcsFieldSupported,
} from '../../emulator/vmx/arch';

describe('control bits', () => {
  it('has unique bits and names per kind', () => {
    for (const k of CONTROL_KINDS) {
      const bits = new Set<number>();
      const names = new Set<string>();
      for (const c of CONTROLS[k]) {
        expect(bits.has(c.bit), `${k} bit ${c.bit}`).toBe(false);
        bits.add(c.bit);
        for (const n of [c.name, ...(c.aliases ?? [])]) {
          expect(names.has(n), `${k} ${n}`).toBe(false);
          names.add(n);
        }
      }
    }
    expect(CONTROL_BITS.length).toBe(100);
  });

  it('has the default1 classes of SDM App. A.2', () => {
    expect(DEFAULT1_MASK.pin).toBe(0x16);
    expect(DEFAULT1_MASK.primary).toBe(0x0401e172);
    expect(DEFAULT1_MASK.exit).toBe(0x00036dff);
    expect(DEFAULT1_MASK.entry).toBe(0x000011ff);
    expect(controlBit('primary', 'CR3_LOAD_EXITING')!.default1).toBe(true);
    expect(controlBit('exit', 'SAVE_DEBUG_CONTROLS')!.default1).toBe(true);
    expect(controlBit('primary', 'HLT_EXITING')!.default1).toBeUndefined();
  });

  it('has the well-known bit positions', () => {
    const spot: [Parameters<typeof controlBit>[0], string, number][] = [
      ['pin', 'EXTERNAL_INTERRUPT_EXITING', 0], ['pin', 'NMI_EXITING', 3], ['pin', 'VIRTUAL_NMIS', 5], ['pin', 'ACTIVATE_PREEMPTION_TIMER', 6],
      ['primary', 'HLT_EXITING', 7], ['primary', 'USE_TPR_SHADOW', 21], ['primary', 'USE_IO_BITMAPS', 25], ['primary', 'MONITOR_TRAP_FLAG', 27],
      ['primary', 'USE_MSR_BITMAPS', 28], ['primary', 'ACTIVATE_SECONDARY_CONTROLS', 31], ['primary', 'ACTIVATE_TERTIARY_CONTROLS', 17],
      ['secondary', 'ENABLE_EPT', 1], ['secondary', 'ENABLE_VPID', 5], ['secondary', 'UNRESTRICTED_GUEST', 7], ['secondary', 'VMCS_SHADOWING', 14],
      ['secondary', 'ENABLE_VM_FUNCTIONS', 13], ['secondary', 'EPT_VIOLATION_VE', 18], ['tertiary', 'IPI_VIRTUALIZATION', 4],
      ['exit', 'HOST_ADDRESS_SPACE_SIZE', 9], ['exit', 'ACKNOWLEDGE_INTERRUPT_ON_EXIT', 15], ['exit', 'LOAD_IA32_EFER', 21],
      ['exit', 'ACTIVATE_SECONDARY_CONTROLS', 31], ['entry', 'IA32E_MODE_GUEST', 9], ['entry', 'LOAD_IA32_EFER', 15], ['entry', 'LOAD_IA32_FRED', 23],
      ['secondaryExit', 'LOAD_IA32_FRED', 1],
    ];
    for (const [k, n, b] of spot) expect(controlBit(k, n)?.bit, `${k}:${n}`).toBe(b);
    expect(controlBit('primary', 'tpr_shadow')!.name).toBe('USE_TPR_SHADOW'); // alias, case-insensitive
    expect(controlMask32('secondary', 'ENABLE_EPT')).toBe(2);
    expect(controlMask('tertiary', 'IPI_VIRTUALIZATION')).toBe(16n);
    expect(() => controlMask('pin', 'NOPE')).toThrow();
  });

  it('decodes control values', () => {
    expect(decodeControls('pin', 0x29)).toEqual(['EXTERNAL_INTERRUPT_EXITING', 'NMI_EXITING', 'VIRTUAL_NMIS']);
    expect(decodeControls('primary', 0x80000080)).toEqual(['HLT_EXITING', 'ACTIVATE_SECONDARY_CONTROLS']);
    expect(decodeControls('pin', 0x16)).toEqual(['RESERVED_DEFAULT1_1', 'RESERVED_DEFAULT1_2', 'RESERVED_DEFAULT1_4']);
    expect(decodeControls('secondary', 0x82)).toEqual(['ENABLE_EPT', 'UNRESTRICTED_GUEST']);
    expect(decodeControls('tertiary', 1n << 40n)).toEqual(['BIT40']);
    expect(decodeControls('entry', 0x200 | (1 << 15))).toEqual(['IA32E_MODE_GUEST', 'LOAD_IA32_EFER']);
    expect(describeControls('secondary', 2)).toEqual(['Enable EPT']);
  });
});

describe('MSRs', () => {
  it('has the MSR numbers hypervisor code uses', () => {
    expect(MSR.IA32_FEATURE_CONTROL).toBe(0x3a);
    expect(MSR.IA32_EFER).toBe(0xc0000080);
    expect(MSR.IA32_KERNEL_GS_BASE).toBe(0xc0000102);
    expect(MSR.IA32_VMX_BASIC).toBe(0x480);
    expect(MSR.IA32_VMX_PROCBASED_CTLS3).toBe(0x492);
    expect(MSR.IA32_VMX_EXIT_CTLS2).toBe(0x493);
    for (let i = 0x480; i <= 0x493; i++) expect(msrByNumber(i)?.vmxCapability, i.toString(16)).toBe(true);
    for (const [n, v] of Object.entries(MSR)) expect(msrByNumber(v)?.name, n).toBe(n);
    expect(new Set(MSRS.map((m) => m.index)).size).toBe(MSRS.length);
    expect(msrByNameLookup('msr_lstar')!.index).toBe(0xc0000082);
    expect(msrByNameLookup('EFER')!.index).toBe(0xc0000080);
    expect(msrName(0x12345)).toBe('MSR 0x12345');
  });
});

describe('Ice Lake SP capability profile (seed 000)', () => {
  const caps = ICELAKE_SP_HOST;
  it('is transcribed from the seed', () => {
    expect(caps[0x480]).toBe(0x00da050000000013n);
    expect(caps[0x48d]).toBe(0x000000ff00000016n);
    expect(caps[0x48e]).toBe(0xfff9fffe04006172n);
    expect(caps[0x48b]).toBe(0x4bdfffff00000000n);
    expect(caps[0x48f]).toBe(0x037fffff00036dfbn);
    expect(caps[0x490]).toBe(0x0006ffff000011fbn);
    expect(caps[0x48c]).toBe(0x00000f01067341c1n);
    expect(caps[0x485]).toBe(0x000000007004c1e7n);
    expect(caps[0x486]).toBe(0x80000021n);
    expect(caps[0x487]).toBe(0xffffffffn);
    expect(caps[0x488]).toBe(0x2000n);
    expect(caps[0x489]).toBe(0x777fffn);
    expect(caps[0x48a]).toBe(0x2en);
    expect(caps[0x491]).toBe(1n);
  });

  it('derives the non-TRUE control MSRs from the TRUE ones', () => {
    const pairs: [number, number, 'pin' | 'primary' | 'exit' | 'entry'][] = [[0x481, 0x48d, 'pin'], [0x482, 0x48e, 'primary'], [0x483, 0x48f, 'exit'], [0x484, 0x490, 'entry']];
    for (const [plain, tru, kind] of pairs) expect(caps[plain]).toBe(nonTrueFromTrue(kind, caps[tru]!));
    expect(ICELAKE_SP_HOST_DERIVED_MSRS).toEqual([0x481, 0x482, 0x483, 0x484]);
  });

  it('splits allowed settings', () => {
    expect(allowedSettings(caps[0x48e]!)).toEqual({ allowed0: 0x04006172, allowed1: 0xfff9fffe });
    expect(allowedSettings(caps[0x48b]!)).toEqual({ allowed0: 0, allowed1: 0x4bdfffff });
    expect(controlCapabilityMsr('primary', caps)).toBe(0x48e); // IA32_VMX_BASIC[55] = 1
    expect(controlCapabilityMsr('primary', { 0x480: 0x13n })).toBe(0x482);
  });

  it('matches the seed\'s {0,1} / {0} listings', () => {
    for (const n of ['EXTERNAL_INTERRUPT_EXITING', 'NMI_EXITING', 'VIRTUAL_NMIS', 'ACTIVATE_PREEMPTION_TIMER', 'PROCESS_POSTED_INTERRUPTS']) expect(controlAllowed1('pin', n, caps), n).toBe(true);
    expect(controlAllowed1('primary', 'ACTIVATE_TERTIARY_CONTROLS', caps)).toBe(false);
    expect(controlAllowed1('primary', 'ACTIVATE_SECONDARY_CONTROLS', caps)).toBe(true);
    expect(controlAllowed1('secondary', 'PASID_TRANSLATION', caps)).toBe(false);
    expect(controlAllowed1('secondary', 'ENABLE_USER_WAIT_PAUSE', caps)).toBe(false);
    expect(controlAllowed1('secondary', 'VMM_BUS_LOCK_DETECTION', caps)).toBe(true);
    expect(controlAllowed1('secondary', 'INSTRUCTION_TIMEOUT', caps)).toBe(false);
    expect(controlAllowed1('exit', 'CLEAR_IA32_BNDCFGS', caps)).toBe(false);
    expect(controlAllowed1('exit', 'CLEAR_IA32_RTIT_CTL', caps)).toBe(true);
    expect(controlAllowed1('exit', 'LOAD_CET_STATE', caps)).toBe(false);
    expect(controlAllowed1('entry', 'LOAD_IA32_BNDCFGS', caps)).toBe(false);
    expect(controlAllowed1('entry', 'LOAD_IA32_RTIT_CTL', caps)).toBe(true);
    expect(controlKindSupported('tertiary', caps)).toBe(false);
    expect(controlKindSupported('secondaryExit', caps)).toBe(false);
    expect(allowedControlSettings('tertiary', caps)).toEqual({ mustBeOne: 0n, mayBeOne: 0n });
  });

  it('checks control values against the allowed settings', () => {
    expect(checkControls('pin', 0x16 | 1, caps).ok).toBe(true);
    expect(checkControls('pin', 0x01, caps)).toMatchObject({ ok: false, missingOnes: 0x16n });
    expect(checkControls('secondary', 1 << 21, caps)).toMatchObject({ ok: false, forbiddenOnes: 1n << 21n });
    expect(checkControls('primary', 0x04006172 | 0x80, caps).ok).toBe(true);
  });

  it('decodes the capability MSRs', () => {
    expect(decodeVmxBasic(caps[0x480]!)).toMatchObject({ revisionId: 0x13, vmcsSize: 1280, dualMonitor: true, memoryType: 6, memoryTypeName: 'WB', insOutsInfo: true, trueControls: true, noErrorCodeCheck: false, physAddr32: false });
    expect(decodeVmxMisc(caps[0x485]!)).toMatchObject({ preemptionTimerRate: 7, saveEferLma: true, activityHlt: true, activityShutdown: true, activityWaitForSipi: true, ptInVmx: true, rdmsrSmbaseInSmm: true, cr3TargetCount: 4, maxMsrListEntries: 512, smmMonitorCtlBit2: true, vmwriteAnyField: true, zeroLengthInjection: true, msegRevisionId: 0 });
    expect(decodeEptVpidCap(caps[0x48c]!)).toMatchObject({ executeOnly: true, pageWalk4: true, memoryTypeUc: true, memoryTypeWb: true, pde2MbPages: true, pdpte1GbPages: true, invept: true, accessedDirty: true, advancedExitInfo: true, supervisorShadowStack: false, inveptSingleContext: true, inveptAllContext: true, invvpid: true, invvpidIndividualAddress: true, invvpidSingleContext: true, invvpidAllContext: true, invvpidSingleContextRetainingGlobals: true });
    expect(decodeVmcsEnum(caps[0x48a]!).highestIndex).toBe(0x17);
  });

  it('decides which VMCS fields exist', () => {
    expect(vmcsFieldSupported(VMCS.GUEST_RIP!, caps)).toBe(true);
    expect(vmcsFieldSupported(VMCS.EPT_POINTER!, caps)).toBe(true);
    expect(vmcsFieldSupported(VMCS.EPTP_LIST_ADDRESS!, caps)).toBe(true); // VMFUNC bit 0
    expect(vmcsFieldSupported(VMCS.TERTIARY_VM_EXEC_CONTROL!, caps)).toBe(false);
    expect(vmcsFieldSupported(VMCS.GUEST_BNDCFGS!, caps)).toBe(false);
    expect(vmcsFieldSupported(VMCS.GUEST_IA32_RTIT_CTL!, caps)).toBe(true);
    expect(vmcsFieldSupported(VMCS.GUEST_S_CET!, caps)).toBe(false);
    expect(vmcsFieldSupported(VMCS.SHARED_EPT_POINTER!, caps)).toBe(false);
    expect(vmcsFieldSupported(VMCS.GUEST_IA32_FRED_CONFIG!, caps)).toBe(false);
    const sup = supportedVmcsFields(caps);
    expect(sup.length).toBeGreaterThan(140);
    expect(supportedVmcsFields({}).every((f) => !f.requires)).toBe(true);
  });
});
