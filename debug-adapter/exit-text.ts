/**
 * Stop descriptions of VM transitions in words (issue 6):
 *   VM exit L2->L1: EPT_VIOLATION (48), write to GPA 0x5000 (page is read-only), guest RIP 0x401020
 *   VMLAUNCH failed: VMfailValid 7 — pin-based control bit 3 must be 1 on this CPU (...)
 *   VM-entry failed: invalid guest state — CS.L=1 requires "IA-32e mode guest"
 * Levels come from the nesting reconstruction (emulator/vmx/nesting.ts) recorded on each exit.
 */
import type { VmExitRecord, VmxFailure } from '../emulator/vmx/vmx-unit';
import { describeFailure } from '../emulator/vmx/vmx-unit';
import { formatCheckFailure } from '../emulator/vmx/vmentry-checks';
import { exitReason, EXIT_REASON, decodeIoQualification, decodeCrAccessQualification, decodeInterruptionInfo, msrName } from '../emulator/vmx/arch';
import { exitDetails, NestedExitRecord } from '../emulator/vmx/nesting';
import { regValue } from '../emulator/vmx/nesting/guest-memory';
import { hex } from './util';

const ENTRY_FAILURE_WHAT: Record<number, string> = { 33: 'invalid guest state', 34: 'MSR loading', 41: 'machine-check event' };

/** Exiting and receiving level of an exit, and whether the processor (not a hypervisor emulating VMX) delivered it. */
export function exitLevels(rec: VmExitRecord): { from: number; to: number; hardware: boolean } {
  return { from: rec.exitingLevel, to: rec.receivingLevel, hardware: !rec.virtual };
}

export function isEntryFailure(rec: VmExitRecord): boolean {
  return rec.entryFailure !== undefined || (rec.fullReason & 0x80000000) !== 0;
}

function eptAccess(q: bigint): string {
  return q & 4n ? 'instruction fetch at' : q & 2n ? 'write to' : 'read of';
}

/** EPT permissions of the guest-physical page (exit qualification bits 5:3, SDM Table 28-7). */
function eptPage(q: bigint): string {
  const r = (q & 8n) !== 0n, w = (q & 16n) !== 0n, x = (q & 32n) !== 0n;
  if (!r && !w && !x) return 'page is not present';
  if (r && !w && !x) return 'page is read-only';
  if (r && !w && x) return 'page is read/execute';
  if (!r && !w && x) return 'page is execute-only';
  if (r && w && !x) return 'page is not executable';
  return `page is ${r ? 'R' : '-'}${w ? 'W' : '-'}${x ? 'X' : '-'}`;
}

/** What the exit was about, in words (reason-specific). */
export function exitWords(rec: VmExitRecord): string {
  const n = rec as NestedExitRecord;
  const q = rec.qualification;
  const R = EXIT_REASON;
  switch (rec.reason) {
    case R.EPT_VIOLATION: return `${eptAccess(q)} GPA ${hex(rec.guestPhysical ?? 0)} (${eptPage(q)})`;
    case R.EPT_MISCONFIG: return `GPA ${hex(rec.guestPhysical ?? 0)}${rec.detail ? ` — ${rec.detail}` : ''}`;
    case R.IO_INSTRUCTION: return decodeIoQualification(q).text;
    case R.CR_ACCESS: return decodeCrAccessQualification(q).text;
    case R.CPUID: return n.guestRegs ? `leaf ${hex(regValue(n.guestRegs, 0, n.guestRegsAt ?? 0) & 0xffffffffn)}` : '';
    case R.MSR_READ: case R.MSR_WRITE: {
      if (!n.guestRegs) return '';
      const idx = Number(regValue(n.guestRegs, 1, n.guestRegsAt ?? 0) & 0xffffffffn);
      return `MSR ${hex(idx)} (${msrName(idx)})`;
    }
    case R.EXCEPTION_NMI: case R.EXTERNAL_INTERRUPT: return rec.interruptionInfo ? decodeInterruptionInfo(rec.interruptionInfo).text : '';
    default: {
      const d = exitDetails(n).replace(/\s*VM-entry failure$/, '');
      if (d) return d;
      return q !== 0n ? `qualification ${hex(q)}` : '';
    }
  }
}

/** "VM exit L1->L0: CPUID (10), leaf 0x0, guest RIP 0x..." or "VM-entry failed: invalid guest state — <rule>" */
export function exitText(rec: VmExitRecord): string {
  if (isEntryFailure(rec)) {
    const what = ENTRY_FAILURE_WHAT[rec.reason] ?? exitReason(rec.reason)?.title ?? `exit reason ${rec.reason}`;
    return `VM-entry failed: ${what}${rec.entryFailure ? ' — ' + rec.entryFailure.rule : ''}`;
  }
  const words = exitWords(rec);
  // EPT violations and misconfigurations are already in words above.
  const detail = rec.detail && rec.reason !== EXIT_REASON.EPT_MISCONFIG && rec.reason !== EXIT_REASON.EPT_VIOLATION ? ` — ${rec.detail}` : '';
  return `VM exit L${rec.exitingLevel}->L${rec.receivingLevel}: ${rec.name} (${rec.reason})${words ? `, ${words}` : ''}, guest RIP ${hex(rec.guestRip)}${detail}`;
}

/** "VMLAUNCH failed: VMfailValid 7 — <check>" */
export function failureText(f: VmxFailure): string {
  if (f.check) {
    // formatCheckFailure starts with the outcome ("VMfailValid 7 (...) — ..."): don't repeat it.
    const c = formatCheckFailure(f.check);
    const head = `${f.kind}${f.error !== undefined ? ' ' + f.error : ''}`;
    return `${f.instruction} failed: ${c.startsWith(head) ? c : `${head} — ${c}`}`;
  }
  return describeFailure(f);
}
