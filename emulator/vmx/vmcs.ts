// VMCS contents as the emulated processor caches them, and their in-memory format.
// The SDM leaves the VMCS data format implementation-specific (Vol 3C 25.2): ours is
//   +0  revision identifier (bits 30:0) | shadow-VMCS indicator (bit 31)
//   +4  VMX-abort indicator
//   +8  launch state (0 clear, 1 launched)            -- processor-private
//   +16 + 8*slot  field value (low dword, high dword)  -- slot = position in VMCS_FIELDS
// Software must use VMREAD/VMWRITE; the debugger decodes regions through this module.
import { VMCS_FIELDS, VmcsField, lookupVmcsEncoding } from './arch';
import type { PhysMemory } from '../memory/phys-memory';
import type { SystemImage } from './system-image';

export const VMCS_SLOTS = VMCS_FIELDS.length;
const SLOT_OF = new Int16Array(0x8000).fill(-1);
VMCS_FIELDS.forEach((f, i) => { SLOT_OF[f.encoding] = i; });
const WIDTH_MASK_HI = Int32Array.from(VMCS_FIELDS, (f) => (f.width === '16' || f.width === '32' ? 0 : -1));
const WIDTH_MASK_LO = Int32Array.from(VMCS_FIELDS, (f) => (f.width === '16' ? 0xffff : -1));

export const FIELD_DATA_OFFSET = 16;

/** Slot of a full-field encoding, -1 if unknown. */
export function slotOf(encoding: number): number {
  return encoding >= 0 && encoding < 0x8000 ? SLOT_OF[encoding] : -1;
}

/** Slot numbers by field name (a plain object: these lookups sit on the VM entry/exit paths). */
export const F: Readonly<Record<string, number>> = Object.freeze(Object.fromEntries(VMCS_FIELDS.map((f, i) => [f.name, i])));

/**
 * Guest-state fields a VM exit saves from processor state that changes only with Cpu.sysGen: CR0, CR3, CR4, the
 * segment registers, LDTR, TR, GDTR, IDTR, the SYSENTER MSRs, and the "IA-32e mode guest" VM-entry control (from
 * EFER.LMA). In staging order (vm-exit.ts).
 */
export const GUEST_SYSTEM_FIELDS = [
  'GUEST_CR0', 'GUEST_CR3', 'GUEST_CR4',
  ...['ES', 'CS', 'SS', 'DS', 'FS', 'GS', 'LDTR', 'TR'].flatMap((n) => [`GUEST_${n}_SELECTOR`, `GUEST_${n}_BASE`, `GUEST_${n}_LIMIT`, `GUEST_${n}_AR_BYTES`]),
  'GUEST_GDTR_BASE', 'GUEST_GDTR_LIMIT', 'GUEST_IDTR_BASE', 'GUEST_IDTR_LIMIT',
  'GUEST_SYSENTER_CS', 'GUEST_SYSENTER_ESP', 'GUEST_SYSENTER_EIP', 'VM_ENTRY_CONTROLS',
] as const;
// Slot groups whose writes invalidate what is derived from them: 1 the guest system fields (sysWrites: sysSynced, guestImage),
// 2 the host-state fields and the VM-exit controls (hostImage, system-image.ts).
const SLOT_GROUP = new Uint8Array(VMCS_SLOTS);
for (const n of GUEST_SYSTEM_FIELDS) SLOT_GROUP[F[n]] = 1;
VMCS_FIELDS.forEach((f, i) => { if (f.type === 'host' || f.name === 'VM_EXIT_CONTROLS') SLOT_GROUP[i] = 2; });

export class Vmcs {
  readonly lo = new Int32Array(VMCS_SLOTS);
  readonly hi = new Int32Array(VMCS_SLOTS);
  /**
   * Slots whose value changed since clearDirty() (the last successful VM-entry check pass), each listed
   * once: the incremental VM-entry checks re-run only the rows that read them.
   */
  readonly dirty = new Int16Array(VMCS_SLOTS);
  dirtyCount = 0;
  private readonly dirtyMark = new Uint8Array(VMCS_SLOTS);
  /** Every slot's value as of the last clearDirty() (or load): a dirty slot holding it again is unchanged for the checks. */
  private readonly checkedLo = new Int32Array(VMCS_SLOTS);
  private readonly checkedHi = new Int32Array(VMCS_SLOTS);
  /** changed() output: the dirty slots whose values differ from those of the last successful check pass */
  readonly changedSlots = new Int16Array(VMCS_SLOTS);
  /** incremental VM-entry check state (vm-entry.ts) */
  checkMemo: unknown = null;
  /** changes to the guest system fields / host-state fields and VM-exit controls (stamps of the images below) */
  sysWrites = 0;
  hostWrites = 0;
  /** sysWrites right after a VM exit saved the GUEST_SYSTEM_FIELDS (vm-exit.ts), -1 before any */
  sysSavedAt = -1;
  /**
   * The GUEST_SYSTEM_FIELDS hold exactly what saving the processor's state stored at the last VM exit: none of them
   * changed since (VMWRITE, the debugger).
   */
  get sysSynced(): boolean { return this.sysWrites === this.sysSavedAt; }
  /** decoded guest-state and host-state system images (system-image.ts) */
  guestImage: SystemImage | null = null;
  hostImage: SystemImage | null = null;
  revision = 0;
  shadow = false;
  abort = 0;
  launched = false;
  constructor(readonly address: number) {}

  /** Value of a slot as an exact number when < 2^53 (addresses, controls); see getBig for full values. */
  num(slot: number): number { return this.hi[slot] * 4294967296 + (this.lo[slot] >>> 0); }
  u32(slot: number): number { return this.lo[slot] >>> 0; }
  /** Signed view of natural-width/64-bit values (canonical addresses as exact numbers). */
  snum(slot: number): number { return this.hi[slot] * 4294967296 + (this.lo[slot] >>> 0); }
  getBig(slot: number): bigint {
    const h = this.hi[slot];
    return h === 0 ? BigInt(this.lo[slot] >>> 0) : (BigInt(h >>> 0) << 32n) | BigInt(this.lo[slot] >>> 0);
  }
  /** Stores a value (cut to the field's width); a change marks the slot dirty. Small, so that callers inline the compare. */
  set(slot: number, lo: number, hi = 0): void {
    const l = lo & WIDTH_MASK_LO[slot], h = hi & WIDTH_MASK_HI[slot];
    if (l !== this.lo[slot] || h !== this.hi[slot]) this.store(slot, l, h);
  }
  private store(slot: number, l: number, h: number): void {
    this.lo[slot] = l; this.hi[slot] = h;
    if (this.dirtyMark[slot] === 0) { this.dirtyMark[slot] = 1; this.dirty[this.dirtyCount++] = slot; }
    const g = SLOT_GROUP[slot];
    if (g === 1) this.sysWrites++; else if (g === 2) this.hostWrites++;
  }
  clearDirty(): void {
    for (let k = 0; k < this.dirtyCount; k++) {
      const slot = this.dirty[k];
      this.dirtyMark[slot] = 0;
      this.checkedLo[slot] = this.lo[slot]; this.checkedHi[slot] = this.hi[slot];
    }
    this.dirtyCount = 0;
  }
  /**
   * Of the dirty slots, those whose value is not the one they had at the last clearDirty() (a field written and
   * written back, like GUEST_RIP saved by a VM exit and advanced again by the handler, is unchanged), into
   * changedSlots; returns their number.
   */
  changed(): number {
    let n = 0;
    for (let k = 0; k < this.dirtyCount; k++) {
      const slot = this.dirty[k];
      if (this.lo[slot] !== this.checkedLo[slot] || this.hi[slot] !== this.checkedHi[slot]) this.changedSlots[n++] = slot;
    }
    return n;
  }
  /** Fields by full-field encoding for the VM-entry checks (unknown encodings read as 0). */
  readonly view = {
    read: (encoding: number): bigint => { const s = slotOf(encoding); return s < 0 ? 0n : this.getBig(s); },
    read32: (encoding: number): number => { const s = slotOf(encoding); return s < 0 ? 0 : this.lo[s] >>> 0; },
  };
  setNum(slot: number, v: number): void { this.set(slot, v | 0, Math.floor(v / 4294967296) | 0); }
  setBig(slot: number, v: bigint): void { this.set(slot, Number(BigInt.asIntN(32, v)), Number(BigInt.asIntN(32, v >> 32n))); }

  /** Reads by encoding (VMREAD semantics for the value: high access returns bits 63:32). */
  readEncoding(encoding: number): bigint | undefined {
    const ref = lookupVmcsEncoding(encoding);
    if (!ref) return undefined;
    const slot = SLOT_OF[ref.field.encoding];
    if (ref.high) return BigInt(this.hi[slot] >>> 0);
    return this.getBig(slot);
  }
  /** Writes by encoding (VMWRITE semantics: value truncated to the field width; high access writes bits 63:32). */
  writeEncoding(encoding: number, value: bigint): boolean {
    const ref = lookupVmcsEncoding(encoding);
    if (!ref) return false;
    const slot = SLOT_OF[ref.field.encoding];
    if (ref.high) { this.set(slot, this.lo[slot], Number(BigInt.asIntN(32, value))); return true; }
    this.setBig(slot, value);
    return true;
  }

  /** Writes the cached contents to the VMCS region (VMCLEAR, or when another VMCS becomes current). */
  flush(mem: PhysMemory): void {
    const a = this.address;
    mem.write32(a, (this.revision & 0x7fffffff) | (this.shadow ? 0x80000000 : 0));
    mem.write32(a + 4, this.abort);
    mem.write32(a + 8, this.launched ? 1 : 0);
    for (let s = 0; s < VMCS_SLOTS; s++) { mem.write32(a + FIELD_DATA_OFFSET + 8 * s, this.lo[s]); mem.write32(a + FIELD_DATA_OFFSET + 8 * s + 4, this.hi[s]); }
  }
  /** Loads a VMCS region into the processor's cache (VMPTRLD). */
  static load(mem: PhysMemory, address: number): Vmcs {
    const v = new Vmcs(address);
    const w0 = mem.read32(address);
    v.revision = w0 & 0x7fffffff;
    v.shadow = w0 < 0;
    v.abort = mem.read32(address + 4);
    v.launched = mem.read32(address + 8) === 1;
    for (let s = 0; s < VMCS_SLOTS; s++) { v.lo[s] = mem.read32(address + FIELD_DATA_OFFSET + 8 * s); v.hi[s] = mem.read32(address + FIELD_DATA_OFFSET + 8 * s + 4); }
    v.checkedLo.set(v.lo); v.checkedHi.set(v.hi);
    return v;
  }
  copy(): Vmcs {
    const v = new Vmcs(this.address);
    v.lo.set(this.lo); v.hi.set(this.hi); v.checkedLo.set(this.lo); v.checkedHi.set(this.hi);
    v.revision = this.revision; v.shadow = this.shadow; v.abort = this.abort; v.launched = this.launched;
    return v;
  }
  fields(): { field: VmcsField; value: bigint }[] {
    return VMCS_FIELDS.map((field, s) => ({ field, value: this.getBig(s) }));
  }
}
