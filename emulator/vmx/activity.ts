// Guest activity states a VM entry can leave the processor in besides active and HLT (SDM Vol 3C 25.4.2
// "Guest Non-Register State", 27.6.2 "Activity State"): shutdown (2) and wait-for-SIPI (3). The CPU core
// models HLT itself (Cpu.halted); these two are kept per VMX unit (VmxUnit.inactiveActivity) until the next
// VM exit.
import type { VmxUnit } from './vmx-unit';

export const ACTIVITY_ACTIVE = 0, ACTIVITY_HLT = 1, ACTIVITY_SHUTDOWN = 2, ACTIVITY_WAIT_FOR_SIPI = 3;

/** Records the inactive state the guest is in (ACTIVITY_SHUTDOWN, ACTIVITY_WAIT_FOR_SIPI) or 0. */
export function setInactiveState(u: VmxUnit, state: number): void {
  u.inactiveActivity = state === ACTIVITY_SHUTDOWN || state === ACTIVITY_WAIT_FOR_SIPI ? state : 0;
}

/** ACTIVITY_SHUTDOWN or ACTIVITY_WAIT_FOR_SIPI while the guest is in that state, else 0. */
export function inactiveState(u: VmxUnit): number {
  return u.inactiveActivity;
}
