// INIT, start-up IPIs (SIPI) and NMIs at an instruction boundary, as VMX changes them (SDM Vol 3C 24.8
// "Restrictions on VMX Operation", 25.3/26.2 "Other Causes of VM Exits", 27.3.2.5 and 27.6.2 on blocking and
// activity states). Sources: the local APIC's ICR (an INIT, SIPI or NMI whose destination includes this processor)
// and the debugger (Machine.sendSignal).
//  - VMX root operation: INIT is blocked and stays pending; a SIPI is discarded (the processor is not waiting).
//  - VMX non-root operation: INIT causes VM exit 3 (blocked, and kept pending, in the wait-for-SIPI state); a SIPI
//    causes VM exit 4 with the vector as the exit qualification in the wait-for-SIPI state, else it is discarded.
//    Neither changes guest state (SDM 26.2).
//  - Outside VMX operation: a SIPI not in wait-for-SIPI is discarded; INIT would reset the processor into the
//    wait-for-SIPI state, which this emulator does not implement: the run stops saying so.
//  - NMI: held while blocked (by an earlier NMI until IRET; by MOV SS/STI for one instruction, a choice the SDM
//    leaves to the implementation in non-root operation; in wait-for-SIPI), else delivered through the IDT (vector 2)
//    or, in non-root operation with "NMI exiting", a VM exit (reason 0, NMI in the exit interruption information);
//    a guest in the shutdown state keeps it pending unless it exits.
//    With "virtual NMIs" the guest's NMI blocking is virtual and holds back no NMI (SDM 27.3.2.5); after an NMI
//    exit NMIs stay blocked in the host until it executes IRET, as after delivering one.
// Delivery is asynchronous, as on hardware: an IPI the processor sends itself is taken at the first boundary check
// after the ICR write, at the latest when the decoded block holding the write ends (the executor ends block chains
// when a signal is pending).
import type { Cpu } from '../cpu/cpu';
import type { VmxUnit } from './vmx-unit';
import { vmExit } from './vm-exit';
import { inactiveState, ACTIVITY_WAIT_FOR_SIPI, ACTIVITY_SHUTDOWN } from './activity';
import { SIGNAL_NONE, SIGNAL_DONE, SIGNAL_DELIVER_NMI } from '../cpu/exec';
import { controlMask32 } from './arch';
import { F } from './vmcs';

const NMI_EXITING = controlMask32('pin', 'NMI_EXITING'), VIRTUAL_NMIS = controlMask32('pin', 'VIRTUAL_NMIS');

export const EXIT_REASON_INIT = 3, EXIT_REASON_SIPI = 4, EXIT_REASON_EXCEPTION_NMI = 0;
/** VM-exit interruption information of an NMI: valid, type 2 (NMI), vector 2 (SDM Vol 3C 25.9.2). */
const NMI_INTERRUPTION_INFO = 0x80000202;

/** Acts on pending INIT/SIPI/NMI: SIGNAL_DONE when that ended the boundary (a VM exit or cpu.pendingStop set), SIGNAL_DELIVER_NMI for the executor to deliver an NMI, else SIGNAL_NONE. */
export function signalBoundary(c: Cpu, u: VmxUnit | null): number {
  const inactive = c.nonRoot && u !== null ? inactiveState(u) : 0;
  const waiting = inactive === ACTIVITY_WAIT_FOR_SIPI;
  if (c.pendingSipi >= 0) {
    const vector = c.pendingSipi;
    c.pendingSipi = -1;
    if (waiting) { vmExit(u!, { reason: EXIT_REASON_SIPI, qualification: vector & 0xff }); return SIGNAL_DONE; }
  }
  if (c.pendingInit) {
    if (c.nonRoot && u !== null) {
      if (!waiting) {
        c.pendingInit = false;
        vmExit(u, { reason: EXIT_REASON_INIT });
        return SIGNAL_DONE;
      }
    } else if (u === null || !u.inVmx) {
      c.pendingInit = false;
      c.pendingStop = { reason: 'not-implemented', message: 'INIT signal outside VMX operation: the processor INIT (reset to the wait-for-SIPI state) is not implemented' };
      return SIGNAL_DONE;
    } // else blocked in VMX root operation
  }
  if (c.pendingNmi && !waiting && c.shadow === 0) {
    if (c.nonRoot && u !== null && u.current !== null) {
      const pin = u.current.lo[F.PIN_BASED_VM_EXEC_CONTROL];
      if (pin & NMI_EXITING) {
        if (!(pin & VIRTUAL_NMIS) && c.nmiBlocked) return SIGNAL_NONE;
        c.pendingNmi = false;
        vmExit(u, { reason: EXIT_REASON_EXCEPTION_NMI, intrInfo: NMI_INTERRUPTION_INFO });
        c.nmiBlocked = true;
        return SIGNAL_DONE;
      }
    }
    // A guest in the shutdown state takes no NMI through its IDT: it stays pending (only an NMI exit ends the state).
    if (c.nmiBlocked || inactive === ACTIVITY_SHUTDOWN) return SIGNAL_NONE;
    c.pendingNmi = false;
    return SIGNAL_DELIVER_NMI;
  }
  return SIGNAL_NONE;
}
