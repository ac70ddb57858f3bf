// VM-entry MSR-load list (SDM Vol 3C 27.4 "Loading MSRs"): entries are processed in order after the guest
// state is loaded; the first bad entry ends VM entry with exit reason 34 and the entry number (1-based) as
// exit qualification. These checks cover what the list itself can get wrong; whether WRMSR would accept
// the value for that MSR is decided by the CPU's MSR implementation when it loads the entry.
import { F, EntryCheckState, fv, h, msrLoadCheck } from './state';
import type { CheckOutcome, VmEntryCheck } from './types';

const IA32_FS_BASE = 0xc0000100, IA32_GS_BASE = 0xc0000101;
/** MSRs writable only in SMM (SDM 27.4: "an MSR that can be written only in SMM"): IA32_SMM_MONITOR_CTL 9BH, IA32_SMBASE 9EH. */
const SMM_ONLY = new Set([0x9b, 0x9e]);
/** Upper bound on entries examined (IA32_VMX_MISC[27:25] recommends at most 512 * 8). */
const MAX_ENTRIES = 4096;

function entryProblem(s: EntryCheckState, i: number, addr: number): CheckOutcome | undefined {
  const at = addr + 16 * i;
  let index: number, reserved: number;
  try { index = s.ctx.readPhys32(at) >>> 0; reserved = s.ctx.readPhys32(at + 4) >>> 0; } catch (e) {
    return { id: 'msr-load.unreadable', qualification: i + 1, actual: `entry ${i + 1} at ${h(at, 8)} not readable (${(e as Error).message})`, required: 'entries in readable physical memory' };
  }
  const where = `entry ${i + 1} at ${h(at, 8)}: MSR index ${h(index, 8)}`;
  if (reserved !== 0) return { id: 'msr-load.reserved', qualification: i + 1, actual: `${where}, bits 63:32 = ${h(reserved, 8)}`, required: 'bits 63:32 of the first quadword (reserved) = 0' };
  if (index === IA32_FS_BASE || index === IA32_GS_BASE) return { id: 'msr-load.fs-gs-base', qualification: i + 1, actual: `${where} (${index === IA32_FS_BASE ? 'IA32_FS_BASE' : 'IA32_GS_BASE'})`, required: 'not IA32_FS_BASE or IA32_GS_BASE (load the GUEST_FS_BASE/GUEST_GS_BASE fields instead)' };
  if (index >>> 8 === 0x8) return { id: 'msr-load.x2apic', qualification: i + 1, actual: `${where} (x2APIC MSR range 800H-8FFH)`, required: 'not an x2APIC MSR (bits 31:8 of the index must not be 000008H)' };
  if (SMM_ONLY.has(index)) return { id: 'msr-load.smm-only', qualification: i + 1, actual: `${where} (${index === 0x9b ? 'IA32_SMM_MONITOR_CTL' : 'IA32_SMBASE'}, writable only in SMM)`, required: 'an MSR that can be written outside SMM' };
  return undefined;
}

export const MSR_LOAD_CHECKS: readonly VmEntryCheck[] = [
  msrLoadCheck('msr-load.entry', ['VM_ENTRY_MSR_LOAD_ADDR', 'VM_ENTRY_MSR_LOAD_COUNT'],
    'Each entry of the VM-entry MSR-load area must have bits 63:32 of its first quadword clear and must not name IA32_FS_BASE, IA32_GS_BASE, an x2APIC MSR (800H-8FFH) or an MSR writable only in SMM; the exit qualification is the number of the first bad entry',
    (s) => {
      const n = Math.min(s.n(F.VM_ENTRY_MSR_LOAD_COUNT), MAX_ENTRIES);
      if (n === 0) return undefined;
      const a = s.r(F.VM_ENTRY_MSR_LOAD_ADDR);
      if ((a & 0xfn) !== 0n || !s.physOk(a + BigInt(n) * 16n - 1n)) return undefined; // the control checks report it
      const addr = Number(a);
      for (let i = 0; i < n; i++) {
        const p = entryProblem(s, i, addr);
        if (p) return { ...p, actual: `${fv('VM_ENTRY_MSR_LOAD_ADDR', a)}, ${p.actual}` };
      }
      return undefined;
    }),
];
