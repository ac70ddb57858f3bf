// Types shared by the VM-entry check modules (see ../vmentry-checks.ts for the public entry points).
import type { CapabilityProfile } from '../arch';
import type { EntryCheckState } from './state';

export interface VmcsView {
  /** full value of a field (64-bit fields whole); 0n for fields that don't exist */
  read(encoding: number): bigint;
  /** optional fast path: bits 31:0 of the field as an unsigned number (0 for fields that don't exist) */
  read32?(encoding: number): number;
}

export interface EntryCheckContext {
  vmcs: VmcsView;
  /** capability MSR values (IA32_VMX_BASIC 0x480 ... 0x493) of the emulated CPU */
  caps: CapabilityProfile;
  /** MAXPHYADDR (39 here) */
  maxPhysAddr: number;
  launch: 'vmlaunch' | 'vmresume';
  /** guest-physical memory reads for checks that touch memory (VMCS link pointer's revision/shadow indicator, PDPTEs, MSR-load list entries); may throw */
  readPhys32(pa: number): number;
  readPhys64(pa: number): bigint;
  /** current processor state where checks refer to it: host-address-space checks use the current IA32_EFER.LMA */
  cpu: { efer: bigint; cr0: bigint; cr4: bigint };
}

export type CheckStage = 'controls' | 'host' | 'guest' | 'msr-load';

export interface CheckFailure {
  stage: CheckStage;
  /** VMfailValid error number: 7 (invalid control fields) or 8 (invalid host-state fields); undefined for guest/msr-load */
  vmError?: number;
  /** VM-entry failure exit reason (33 invalid guest state, 34 MSR loading) and exit qualification (0 default, 2 PDPTE loading, 3 NMI injection with blocking by STI, 4 VMCS link pointer; for 34 the MSR-load entry number, 1-based) */
  exitReason?: number;
  qualification?: number;
  /** stable id for tests and docs, e.g. 'controls.pin.allowed0', 'host.cr0.fixed0', 'guest.cs.ar.db-with-l' */
  id: string;
  /** SDM section title (+ number as found) */
  section: string;
  /** the rule in words */
  rule: string;
  /** VMCS field names involved (canonical names from the architectural table) */
  fields: string[];
  /** what the VMCS holds, formatted */
  actual: string;
  /** what was required */
  required: string;
}

/** What a failing check reports; `id`, `fields` and `qualification` override the table entry's (used by checks that walk lists). */
export interface CheckOutcome {
  actual: string;
  required: string;
  id?: string;
  fields?: string[];
  qualification?: number;
  rule?: string;
}

/** Control word a guard reads: the check cannot fail while (word & mask) === 0, so the walk may skip it. */
export type GuardWord = 'pin' | 'proc' | 'sec' | 'exit' | 'entry' | 'intr' | 'rflags';
export interface CheckGuard { readonly word: GuardWord; readonly mask: number }

/** One row of VM_ENTRY_CHECKS: the table documents every check the emulated processor performs. */
export interface VmEntryCheck {
  readonly id: string;
  readonly stage: CheckStage;
  readonly section: string;
  readonly rule: string;
  readonly fields: readonly string[];
  readonly vmError?: number;
  readonly exitReason?: number;
  readonly qualification?: number;
  /** optional fast-path skip; the test re-checks its own preconditions, so guards only save time */
  readonly guard?: CheckGuard;
  /** undefined when the check passes (or does not apply) */
  test(s: EntryCheckState): CheckOutcome | undefined;
}
