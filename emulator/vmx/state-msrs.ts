// MSRs that VM entries and VM exits load and save as part of processor state, not through RDMSR/WRMSR
// (SDM Vol 3C 27.3.2.1 "Loading Guest Control Registers, Debug Registers, and MSRs", 28.3.1 "Saving
// Control Registers, Debug Registers, and MSRs", 28.5.1 "Loading Host Control Registers, Debug Registers,
// MSRs"). These run on every transition: an unchanged value costs a comparison.
import type { Cpu } from '../cpu/cpu';

/**
 * Loads an MSR as VM entry/exit does. A value equal to the stored one changes nothing; any other value
 * goes through the CPU's MSR handlers (their side effects and reserved-bit rules included).
 */
export function loadStateMsr(c: Cpu, index: number, lo: number, hi: number): void {
  const cur = c.msrs.get(index);
  if (cur !== undefined && cur[0] === lo && cur[1] === hi) return;
  c.writeMsr(index, lo, hi);
}

/** Current value of a stored MSR ([low, high] dwords); handlers answer for MSRs that are not plain storage. */
export function stateMsr(c: Cpu, index: number): [number, number] | undefined {
  return c.msrs.get(index) ?? c.readMsr(index);
}
