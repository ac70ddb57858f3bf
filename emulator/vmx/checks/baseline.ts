// Valid VMCS contents that pass every VM-entry check on a given capability profile: a 64-bit guest (flat
// segments, IA-32e mode, 64-bit host) and a real-mode unrestricted guest. Used by the micro-benchmark and the
// tests; also handy for examples. Only architectural values: nothing here depends on the VMCS memory format.
import { ControlKind, CapabilityProfile, MSR, VMCS_ENCODING, allowedControlSettings, controlMask, makeEptp, EPT_MT_UC, EPT_MT_WB } from '../arch';
import type { EntryCheckContext, VmcsView } from './types';

export type BaselineMode = 'long64' | 'real-unrestricted';

/** Control value: required bits plus the wanted bits the CPU allows; throws if a wanted bit is not allowed. */
export function controlsFor(kind: ControlKind, caps: CapabilityProfile, wanted: readonly string[], optional: readonly string[] = []): bigint {
  const { mustBeOne, mayBeOne } = allowedControlSettings(kind, caps);
  let v = mustBeOne;
  for (const n of wanted) {
    const m = controlMask(kind, n);
    if (!(mayBeOne & m)) throw new Error(`baseline: this CPU does not allow ${kind} control ${n}`);
    v |= m;
  }
  for (const n of optional) { const m = controlMask(kind, n); if (mayBeOne & m) v |= m; }
  return v;
}

function e(name: string): number {
  const x = VMCS_ENCODING[name];
  if (x === undefined) throw new Error(`baseline: unknown VMCS field ${name}`);
  return x;
}

/** Field name -> value for a VMCS that passes all checks on `caps`. */
export function baselineFields(caps: CapabilityProfile, mode: BaselineMode = 'long64'): Map<string, bigint> {
  const real = mode === 'real-unrestricted';
  const f = new Map<string, bigint>();
  const set = (n: string, v: bigint | number): void => { f.set(n, BigInt.asUintN(64, BigInt(v))); };
  const ept = caps[MSR.IA32_VMX_EPT_VPID_CAP] ?? 0n;
  const cr0f0 = caps[MSR.IA32_VMX_CR0_FIXED0] ?? 0n, cr4f0 = caps[MSR.IA32_VMX_CR4_FIXED0] ?? 0n;

  // ---- controls
  set('PIN_BASED_VM_EXEC_CONTROL', controlsFor('pin', caps, [], ['EXTERNAL_INTERRUPT_EXITING', 'NMI_EXITING']));
  set('CPU_BASED_VM_EXEC_CONTROL', controlsFor('primary', caps, real ? ['ACTIVATE_SECONDARY_CONTROLS'] : [], ['ACTIVATE_SECONDARY_CONTROLS', 'HLT_EXITING']));
  const sec = controlsFor('secondary', caps, real ? ['ENABLE_EPT', 'UNRESTRICTED_GUEST'] : [], ['ENABLE_EPT', 'ENABLE_VPID']);
  set('SECONDARY_VM_EXEC_CONTROL', sec);
  if (sec & controlMask('secondary', 'ENABLE_VPID')) set('VIRTUAL_PROCESSOR_ID', 1);
  if (sec & controlMask('secondary', 'ENABLE_EPT')) set('EPT_POINTER', makeEptp(0x100000n, { memoryType: (ept >> 14n) & 1n ? EPT_MT_WB : EPT_MT_UC, walkLength: 4 }));
  set('VM_EXIT_CONTROLS', controlsFor('exit', caps, ['HOST_ADDRESS_SPACE_SIZE'], ['SAVE_IA32_EFER', 'LOAD_IA32_EFER', 'LOAD_IA32_PAT', 'SAVE_IA32_PAT']));
  set('VM_ENTRY_CONTROLS', controlsFor('entry', caps, real ? [] : ['IA32E_MODE_GUEST'], ['LOAD_IA32_EFER', 'LOAD_IA32_PAT']));
  set('CR3_TARGET_COUNT', 0);
  set('VM_EXIT_MSR_STORE_COUNT', 0); set('VM_EXIT_MSR_LOAD_COUNT', 0); set('VM_ENTRY_MSR_LOAD_COUNT', 0);
  set('VM_ENTRY_INTR_INFO_FIELD', 0);

  // ---- host state: 64-bit, flat
  set('HOST_CR0', 0x80010031n | cr0f0);            // PE ET NE WP PG
  set('HOST_CR3', 0x1000);
  set('HOST_CR4', 0x2020n | cr4f0);                // PAE VMXE
  set('HOST_CS_SELECTOR', 0x08); set('HOST_SS_SELECTOR', 0x10);
  for (const s of ['DS', 'ES', 'FS', 'GS']) set(`HOST_${s}_SELECTOR`, 0x10);
  set('HOST_TR_SELECTOR', 0x18);
  set('HOST_FS_BASE', 0); set('HOST_GS_BASE', 0); set('HOST_TR_BASE', 0x2000); set('HOST_GDTR_BASE', 0x3000); set('HOST_IDTR_BASE', 0x4000);
  set('HOST_IA32_SYSENTER_ESP', 0); set('HOST_IA32_SYSENTER_EIP', 0); set('HOST_IA32_SYSENTER_CS', 0);
  set('HOST_RSP', 0x200000); set('HOST_RIP', 0x100000);
  set('HOST_IA32_EFER', 0xd01);                    // SCE LME LMA NXE
  set('HOST_IA32_PAT', 0x0007040600070406n);

  // ---- guest state
  const flat = (s: string, sel: number, ar: number, limit = 0xffffffff): void => {
    set(`GUEST_${s}_SELECTOR`, sel); set(`GUEST_${s}_BASE`, 0); set(`GUEST_${s}_LIMIT`, limit); set(`GUEST_${s}_AR_BYTES`, ar);
  };
  if (real) {
    set('GUEST_CR0', 0x30n | (cr0f0 & ~0x80000001n));  // ET NE; PE = PG = 0 (unrestricted guest)
    set('GUEST_CR4', 0x2000n | cr4f0);
    set('GUEST_CR3', 0);
    flat('CS', 0, 0x9b, 0xffff);                   // accessed execute/read code, present, DPL 0
    for (const s of ['SS', 'DS', 'ES', 'FS', 'GS']) flat(s, 0, 0x93, 0xffff);
    set('GUEST_RIP', 0x7c00); set('GUEST_RSP', 0x7000);
    set('GUEST_IA32_EFER', 0);
  } else {
    set('GUEST_CR0', 0x80010031n | cr0f0);
    set('GUEST_CR4', 0x2020n | cr4f0);
    set('GUEST_CR3', 0x5000);
    flat('CS', 0x08, 0xa09b);                      // 64-bit code: L G P S type 11
    for (const s of ['SS', 'DS', 'ES', 'FS', 'GS']) flat(s, 0x10, 0xc093);
    set('GUEST_RIP', 0x400000); set('GUEST_RSP', 0x10000);
    set('GUEST_IA32_EFER', 0xd00);                 // LME LMA NXE
  }
  set('GUEST_LDTR_SELECTOR', 0); set('GUEST_LDTR_BASE', 0); set('GUEST_LDTR_LIMIT', 0); set('GUEST_LDTR_AR_BYTES', 0x10000); // unusable
  set('GUEST_TR_SELECTOR', real ? 0 : 0x18); set('GUEST_TR_BASE', 0x6000); set('GUEST_TR_LIMIT', 0x67); set('GUEST_TR_AR_BYTES', 0x8b); // busy TSS
  set('GUEST_GDTR_BASE', real ? 0 : 0x7000); set('GUEST_GDTR_LIMIT', real ? 0xffff : 0x27);
  set('GUEST_IDTR_BASE', 0); set('GUEST_IDTR_LIMIT', real ? 0x3ff : 0xfff);
  set('GUEST_DR7', 0x400); set('GUEST_RFLAGS', 2); set('GUEST_IA32_DEBUGCTL', 0);
  set('GUEST_SYSENTER_CS', 0); set('GUEST_SYSENTER_ESP', 0); set('GUEST_SYSENTER_EIP', 0);
  set('GUEST_IA32_PAT', 0x0007040600070406n);
  set('GUEST_ACTIVITY_STATE', 0); set('GUEST_INTERRUPTIBILITY_INFO', 0); set('GUEST_PENDING_DBG_EXCEPTIONS', 0);
  set('VMCS_LINK_POINTER', 0xffffffffffffffffn);
  return f;
}

/** A Map-backed VmcsView (encoding -> value); missing fields read as 0. */
export class MapVmcs implements VmcsView {
  readonly values = new Map<number, bigint>();
  /** encoding-indexed copy of `values` for fast reads (kept in sync by set) */
  private readonly fast: bigint[] = new Array<bigint>(0x8000).fill(0n);
  constructor(fields?: Map<string, bigint>) { if (fields) for (const [n, v] of fields) this.setEncoding(e(n), v); }
  read(encoding: number): bigint { return encoding >= 0 && encoding < 0x8000 ? this.fast[encoding]! : 0n; }
  setEncoding(encoding: number, value: bigint): this {
    const v = BigInt.asUintN(64, value);
    this.values.set(encoding, v);
    if (encoding >= 0 && encoding < 0x8000) this.fast[encoding] = v;
    return this;
  }
  set(name: string, value: bigint | number): this { return this.setEncoding(e(name), BigInt(value)); }
  get(name: string): bigint { return this.values.get(e(name)) ?? 0n; }
}

/** A check context over a MapVmcs and a sparse 32-bit-word memory; the processor is in IA-32e mode. */
export function baselineContext(caps: CapabilityProfile, mode: BaselineMode = 'long64', memory = new Map<number, number>()): EntryCheckContext & { vmcs: MapVmcs; memory: Map<number, number> } {
  const read32 = (pa: number): number => memory.get(pa) ?? 0;
  return {
    vmcs: new MapVmcs(baselineFields(caps, mode)),
    memory,
    caps,
    maxPhysAddr: 39,
    launch: 'vmlaunch',
    readPhys32: read32,
    readPhys64: (pa) => (BigInt(read32(pa + 4) >>> 0) << 32n) | BigInt(read32(pa) >>> 0),
    cpu: { efer: 0xd01n, cr0: 0x80010031n, cr4: 0x2020n },
  };
}
