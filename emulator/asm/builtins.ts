/**
 * Built-in include files, used when `%include "name"` is not found on disk
 * (in the including file's directory, the main file's directory or the
 * include paths). `vmx.inc` is generated from the emulator's architectural VMX
 * table, so it always matches what the emulator implements.
 */
import { generateVmxInc } from '../vmx/arch/vmx-inc';

let vmxInc: string | null = null;

/** Resolve a built-in include by file name; `overrides` (AsmOptions.builtinIncludes) win. */
export function builtinInclude(name: string, overrides?: Record<string, string>): string | undefined {
  const base = name.replace(/^.*[\\/]/, '');
  if (overrides) {
    if (Object.prototype.hasOwnProperty.call(overrides, name)) return overrides[name];
    if (Object.prototype.hasOwnProperty.call(overrides, base)) return overrides[base];
  }
  if (base.toLowerCase() === 'vmx.inc') {
    if (vmxInc === null) vmxInc = generateVmxInc();
    return vmxInc;
  }
  return undefined;
}
