// How VMREAD and VMWRITE reach each field encoding on a given processor (SDM Vol 3C 25.11.2 "VMREAD,
// VMWRITE, and Encodings of VMCS Fields", 31.3 VMREAD/VMWRITE "Operation"): the cached slot, whether the
// encoding is the "high" access to a 64-bit field, and whether VMWRITE may write it. Built once per
// capability profile so that the instructions do one table load instead of a field lookup.
import { CapabilityProfile, MSR, VMCS_FIELDS, vmcsFieldSupported } from './arch';
import { slotOf } from './vmcs';

/** Entry bits: slot in 15:0; HIGH: bits 63:32 of a 64-bit field; NO_WRITE: read-only for VMWRITE. Unsupported encodings are -1. */
export const ACCESS_SLOT = 0xffff, ACCESS_HIGH = 0x10000, ACCESS_NO_WRITE = 0x20000;

const tables = new WeakMap<CapabilityProfile, Int32Array>();

/**
 * Access table indexed by encoding (0..7FFFH; encodings with bits 31:15 set name no field). A field exists
 * for VMREAD/VMWRITE when the profile supports it; VM-exit information fields are read-only unless
 * IA32_VMX_MISC bit 29 allows VMWRITE to them.
 */
export function fieldAccess(caps: CapabilityProfile): Int32Array {
  let t = tables.get(caps);
  if (t) return t;
  t = new Int32Array(0x8000).fill(-1);
  const writeReadOnly = (((caps[MSR.IA32_VMX_MISC] ?? 0n) >> 29n) & 1n) === 1n;
  for (const f of VMCS_FIELDS) {
    if (f.encoding >= 0x8000 || !vmcsFieldSupported(f, caps)) continue;
    const slot = slotOf(f.encoding);
    const bits = slot | (f.readOnly && !writeReadOnly ? ACCESS_NO_WRITE : 0);
    t[f.encoding] = bits;
    if (f.width === '64') t[f.encoding | 1] = bits | ACCESS_HIGH;
  }
  tables.set(caps, t);
  return t;
}
