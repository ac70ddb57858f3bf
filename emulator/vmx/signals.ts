// INIT and start-up IPIs (SIPI) at an instruction boundary, as VMX changes them (SDM Vol 3C 24.8 "Restrictions on
// VMX Operation", 26.2 "Other Causes of VM Exits", 27.6.2 "Activity State"). Sources: the local APIC's ICR
// (an INIT or SIPI whose destination includes this processor) and the debugger (Machine.sendSignal).
//  - VMX root operation: INIT is blocked and stays pending; a SIPI is discarded (the processor is not waiting).
//  - VMX non-root operation: INIT causes VM exit 3 (blocked, and kept pending, in the wait-for-SIPI state); a SIPI
//    causes VM exit 4 with the vector as the exit qualification in the wait-for-SIPI state, else it is discarded.
//    Neither changes guest state (SDM 26.2).
//  - Outside VMX operation: a SIPI not in wait-for-SIPI is discarded; INIT would reset the processor into the
//    wait-for-SIPI state, which this emulator does not implement: the run stops saying so.
import type { Cpu } from '../cpu/cpu';
import type { VmxUnit } from './vmx-unit';
import { vmExit } from './vm-exit';
import { inactiveState, ACTIVITY_WAIT_FOR_SIPI } from './activity';
import { VmExitSignal } from '../cpu/faults';

export const EXIT_REASON_INIT = 3, EXIT_REASON_SIPI = 4;

/** Acts on pending INIT/SIPI; true when that ended the boundary (a VM exit happened or cpu.pendingStop is set). */
export function signalBoundary(c: Cpu, u: VmxUnit | null): boolean {
  const waiting = c.nonRoot && u !== null && inactiveState(u) === ACTIVITY_WAIT_FOR_SIPI;
  if (c.pendingSipi >= 0) {
    const vector = c.pendingSipi;
    c.pendingSipi = -1;
    if (waiting) { vmExit(u!, { reason: EXIT_REASON_SIPI, qualification: vector & 0xff }); return true; }
  }
  if (!c.pendingInit) return false;
  if (c.nonRoot && u !== null) {
    if (waiting) return false;
    c.pendingInit = false;
    vmExit(u, { reason: EXIT_REASON_INIT });
    return true;
  }
  if (u !== null && u.inVmx) return false; // blocked in VMX root operation
  c.pendingInit = false;
  c.pendingStop = { reason: 'not-implemented', message: 'INIT signal outside VMX operation: the processor INIT (reset to the wait-for-SIPI state) is not implemented' };
  return true;
}

/**
 * An INIT the guest sent to its own processor through the local APIC (an ICR write in non-root operation): the VM
 * exit happens at the boundary right after that instruction, so it is taken from inside the write, with the next
 * instruction as the guest RIP (the executor would otherwise see the INIT only at the end of the decoded block).
 */
export function initFromInstruction(c: Cpu, u: VmxUnit | null): void {
  c.pendingInit = true;
  if (!c.nonRoot || u === null || inactiveState(u) === ACTIVITY_WAIT_FOR_SIPI) return;
  const guestRip = c.nrip;
  throw new VmExitSignal(() => { c.pendingInit = false; vmExit(u, { reason: EXIT_REASON_INIT, guestRip }); }, 'VM exit 3 (INIT signal)');
}
