/**
 * VMX capability-MSR profiles and helpers to interpret them.
 *
 * Capability MSR formats: SDM Vol 3D App. A (A.3 - A.5: allowed 0-/1-settings of the controls,
 * A.6 MISC, A.7/A.8 CR0/CR4 fixed bits, A.9 VMCS_ENUM, A.10 EPT/VPID, A.11 VMFUNC).
 */
import { CONTROL_KIND_INFO, ControlKind, DEFAULT1_MASK, controlBit } from './controls';
import { MSR } from './msrs';
import { FieldRequirement, VMCS_FIELDS, VmcsField } from './vmcs-fields';

/** MSR index -> 64-bit value. */
export type CapabilityProfile = Readonly<Record<number, bigint>>;

/**
 * Host capability MSRs of an Intel Xeon Gold 6354 (Ice Lake SP, family 6 model 0x6a stepping 6), transcribed
 * from VMware ESXi 7.0.3's "Host VT-x Capabilities" log in /work/shared/seeds/000_285c3f99f21a8a2f.txt.
 * The log prints the TRUE control MSRs only; the four non-TRUE control MSRs (481H-484H, listed in
 * ICELAKE_SP_HOST_DERIVED_MSRS) are derived from them per SDM App. A.3.1/A.3.2/A.4.1/A.5: same allowed
 * 1-settings, allowed 0-settings with the default1 bits forced to 1.
 * 492H (tertiary) is printed as 0 by the log although this CPU does not allow "activate tertiary controls".
 */
export const ICELAKE_SP_HOST: CapabilityProfile = Object.freeze({
  [MSR.IA32_VMX_BASIC]: 0x00da050000000013n, // "Basic VMX Information (0x00da050000000013)"
  [MSR.IA32_VMX_PINBASED_CTLS]: 0x000000ff00000016n, // derived from TRUE pin-based
  [MSR.IA32_VMX_PROCBASED_CTLS]: 0xfff9fffe0401e172n, // derived from TRUE primary processor-based
  [MSR.IA32_VMX_EXIT_CTLS]: 0x037fffff00036dffn, // derived from TRUE VM-exit
  [MSR.IA32_VMX_ENTRY_CTLS]: 0x0006ffff000011ffn, // derived from TRUE VM-entry
  [MSR.IA32_VMX_MISC]: 0x000000007004c1e7n, // "Miscellaneous VMX Data (0x000000007004c1e7)"
  [MSR.IA32_VMX_CR0_FIXED0]: 0x0000000080000021n, // "VMX-Fixed Bits in CR0 (0x0000000080000021/0x00000000ffffffff)"
  [MSR.IA32_VMX_CR0_FIXED1]: 0x00000000ffffffffn,
  [MSR.IA32_VMX_CR4_FIXED0]: 0x0000000000002000n, // "VMX-Fixed Bits in CR4 (0x0000000000002000/0x0000000000777fff)"
  [MSR.IA32_VMX_CR4_FIXED1]: 0x0000000000777fffn,
  [MSR.IA32_VMX_VMCS_ENUM]: 0x000000000000002en, // "VMCS Enumeration (0x000000000000002e)", highest index 0x17
  [MSR.IA32_VMX_PROCBASED_CTLS2]: 0x4bdfffff00000000n, // "Secondary Processor-Based VM-Execution Controls (0x4bdfffff00000000)"
  [MSR.IA32_VMX_EPT_VPID_CAP]: 0x00000f01067341c1n, // "VPID and EPT Capabilities (0x00000f01067341c1)"
  [MSR.IA32_VMX_TRUE_PINBASED_CTLS]: 0x000000ff00000016n, // "True Pin-Based VM-Execution Controls (0x000000ff00000016)"
  [MSR.IA32_VMX_TRUE_PROCBASED_CTLS]: 0xfff9fffe04006172n, // "True Primary Processor-Based VM-Execution Controls (0xfff9fffe04006172)"
  [MSR.IA32_VMX_TRUE_EXIT_CTLS]: 0x037fffff00036dfbn, // "True VM-Exit Controls (0x037fffff00036dfb)"
  [MSR.IA32_VMX_TRUE_ENTRY_CTLS]: 0x0006ffff000011fbn, // "True VM-Entry Controls (0x0006ffff000011fb)"
  [MSR.IA32_VMX_VMFUNC]: 0x0000000000000001n, // "VM Functions (0x0000000000000001)"
  [MSR.IA32_VMX_PROCBASED_CTLS3]: 0x0000000000000000n, // "Tertiary Processor-Based VM-Execution Controls (0x0000000000000000)"
});

/** MSRs of ICELAKE_SP_HOST that are derived rather than printed in the seed. */
export const ICELAKE_SP_HOST_DERIVED_MSRS: readonly number[] = [
  MSR.IA32_VMX_PINBASED_CTLS, MSR.IA32_VMX_PROCBASED_CTLS, MSR.IA32_VMX_EXIT_CTLS, MSR.IA32_VMX_ENTRY_CTLS,
];

export interface AllowedSettings {
  /** Low dword: bits that must be 1 (allowed 0-setting is 0 where this is 1). */
  readonly allowed0: number;
  /** High dword: bits that may be 1. */
  readonly allowed1: number;
}

/** Splits a 32-bit-control capability MSR (SDM App. A.3.1): bits 31:0 must-be-1, bits 63:32 may-be-1. */
export function allowedSettings(msrValue: bigint): AllowedSettings {
  const v = BigInt.asUintN(64, msrValue);
  return { allowed0: Number(v & 0xffffffffn), allowed1: Number(v >> 32n) };
}

/**
 * The capability MSR that governs a control kind: the TRUE MSR when IA32_VMX_BASIC[55] = 1 and it exists
 * (App. A.3.1), else the non-TRUE one.
 */
export function controlCapabilityMsr(kind: ControlKind, caps: CapabilityProfile): number {
  const info = CONTROL_KIND_INFO[kind];
  const basic = caps[MSR.IA32_VMX_BASIC] ?? 0n;
  return info.trueCapabilityMsr !== undefined && ((basic >> 55n) & 1n) === 1n ? info.trueCapabilityMsr : info.capabilityMsr;
}

/**
 * Does the capability MSR for `kind` exist on this CPU? Secondary controls need primary bit 31 allowed-1,
 * tertiary controls need primary bit 17, secondary VM-exit controls need exit bit 31 (App. A.3.3, A.3.4, A.4.2).
 */
export function controlKindSupported(kind: ControlKind, caps: CapabilityProfile): boolean {
  const allowed1 = (msr: number, b: number): boolean => (((caps[msr] ?? 0n) >> BigInt(32 + b)) & 1n) === 1n;
  switch (kind) {
    case 'secondary': return allowed1(MSR.IA32_VMX_PROCBASED_CTLS, 31);
    case 'tertiary': return allowed1(MSR.IA32_VMX_PROCBASED_CTLS, 17);
    case 'secondaryExit': return allowed1(MSR.IA32_VMX_EXIT_CTLS, 31);
    default: return caps[CONTROL_KIND_INFO[kind].capabilityMsr] !== undefined;
  }
}

/** Allowed settings as bigints for any kind: 64-bit kinds (tertiary, secondary exit) report allowed-1 bits only. */
export function allowedControlSettings(kind: ControlKind, caps: CapabilityProfile): { mustBeOne: bigint; mayBeOne: bigint } {
  if (!controlKindSupported(kind, caps)) return { mustBeOne: 0n, mayBeOne: 0n };
  const v = caps[controlCapabilityMsr(kind, caps)] ?? 0n;
  if (CONTROL_KIND_INFO[kind].width === 64) return { mustBeOne: 0n, mayBeOne: BigInt.asUintN(64, v) };
  const a = allowedSettings(v);
  return { mustBeOne: BigInt(a.allowed0 >>> 0), mayBeOne: BigInt(a.allowed1 >>> 0) };
}

/** Whether the CPU supports the 1-setting of a named control. */
export function controlAllowed1(kind: ControlKind, name: string, caps: CapabilityProfile): boolean {
  const c = controlBit(kind, name);
  if (!c) return false;
  return ((allowedControlSettings(kind, caps).mayBeOne >> BigInt(c.bit)) & 1n) === 1n;
}

export interface ControlCheck {
  readonly ok: boolean;
  /** Bits that are 0 in `value` but must be 1. */
  readonly missingOnes: bigint;
  /** Bits that are 1 in `value` but must be 0. */
  readonly forbiddenOnes: bigint;
}

/** VM-entry control check (SDM Vol 3C 27.2.1.1): each bit must be within the allowed settings. */
export function checkControls(kind: ControlKind, value: number | bigint, caps: CapabilityProfile): ControlCheck {
  const v = typeof value === 'bigint' ? BigInt.asUintN(64, value) : BigInt(value >>> 0);
  const { mustBeOne, mayBeOne } = allowedControlSettings(kind, caps);
  const missingOnes = mustBeOne & ~v;
  const forbiddenOnes = v & ~mayBeOne & (CONTROL_KIND_INFO[kind].width === 64 ? 0xffffffffffffffffn : 0xffffffffn);
  return { ok: missingOnes === 0n && forbiddenOnes === 0n, missingOnes, forbiddenOnes };
}

/** Non-TRUE value of a control capability MSR derived from its TRUE variant (SDM App. A.2). */
export function nonTrueFromTrue(kind: 'pin' | 'primary' | 'exit' | 'entry', trueValue: bigint): bigint {
  return BigInt.asUintN(64, trueValue) | BigInt(DEFAULT1_MASK[kind] >>> 0);
}

function requirementMet(r: FieldRequirement, caps: CapabilityProfile): boolean {
  if ('control' in r) return controlAllowed1(r.control, r.bit, caps);
  if ('msr' in r) return (((caps[r.msr] ?? 0n) >> BigInt(r.msrBit)) & 1n) === 1n;
  return false; // features outside the VMX capability MSRs (e.g. SEAM) are not modelled
}

/** Does the field exist on a CPU with these capabilities (VMREAD/VMWRITE give error 12 otherwise)? */
export function vmcsFieldSupported(field: VmcsField, caps: CapabilityProfile): boolean {
  return !field.requires || field.requires.some((r) => requirementMet(r, caps));
}

export function supportedVmcsFields(caps: CapabilityProfile): VmcsField[] {
  return VMCS_FIELDS.filter((f) => vmcsFieldSupported(f, caps));
}
