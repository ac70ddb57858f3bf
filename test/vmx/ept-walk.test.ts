// The EPT walker driven directly on EPT paging structures built in memory (SDM Vol 3C 29.3): permissions
// (R/W/X, execute-only, write-only = misconfiguration), 1-GiB / 2-MiB / 4-KiB pages, reserved bits and memory
// types per level, accessed/dirty flags, the exit qualification and address fields of EPT violations, and guest
// page walks through EPT (paging-structure accesses, A/D updates, PDPTE loads).
import { describe, it, expect } from 'vitest';
import { Machine } from '../../emulator/machine';
import { Ept, EptExit } from '../../emulator/vmx/ept';
import type { ExitInfo } from '../../emulator/vmx/vm-exit';
import { ACC_R, ACC_W, ACC_X } from '../../emulator/cpu/cpu';
import { MSR } from '../../emulator/vmx/arch';
import { resolveProfile } from '../../emulator/vmx/capabilities';

// EPT paging structures: PML4[0] -> PDPT[0] -> PD[1] -> PT, i.e. guest-physical 2..4 MiB in 4-KiB pages.
const PML4 = 0x400000, PDPT = 0x401000, PD = 0x402000, PT = 0x403000;
const RWX = 7n, WB = 6n << 3n, IPAT = 0x40n, LARGE = 0x80n, A = 0x100n, D = 0x200n;
const GPA = 0x203000;                          // PT[3]
const HPA = 0x1234000;                         // where the test maps it (not identity, to see the translation)
const LA = 0x7f001234;                         // some guest-linear address for the exit information
const EPT_CAP = MSR.IA32_VMX_EPT_VPID_CAP;

type Caps = Record<number, bigint>;
const defaultCaps = (): Caps => ({ ...resolveProfile('default').caps });
const withoutEptCap = (bit: number): Caps => { const c = defaultCaps(); c[EPT_CAP] &= ~(1n << BigInt(bit)); return c; };

function machine(caps?: Caps): Machine {
  const m = new Machine({ memoryMiB: 32, capabilityMsrs: caps });
  m.load({ bytes: new Uint8Array([0xf4]), loadAddress: 0x100000, mode: 'long64', entry: 0x100000 });
  return m;
}
const w64 = (m: Machine, a: number, v: bigint) => m.mem.write64(a, Number(BigInt.asIntN(32, v)), Number(BigInt.asIntN(32, v >> 32n)));
const r64 = (m: Machine, a: number): bigint => (BigInt(m.mem.read32(a + 4) >>> 0) << 32n) | BigInt(m.mem.read32(a) >>> 0);

/** The standard hierarchy with every upper level RWX and PT[3] = `pte`. */
function hierarchy(m: Machine, pte: bigint = BigInt(HPA) | RWX | WB): void {
  w64(m, PML4, BigInt(PDPT) | RWX);
  w64(m, PDPT, BigInt(PD) | RWX);
  w64(m, PD + 8, BigInt(PT) | RWX);
  w64(m, PT + 3 * 8, pte);
}
const eptp = (ad = false) => PML4 | 6 | (3 << 3) | (ad ? 0x40 : 0);

type Outcome = { hpa: number } | { exit: ExitInfo };
function access(ept: Ept, gpa: number, acc: number, la = LA, final = true): Outcome {
  try { return { hpa: ept.translate(gpa, acc, false, la, final) }; } catch (e) {
    if (e instanceof EptExit) return { exit: e.info };
    throw e;
  }
}
function exitOf(o: Outcome): ExitInfo {
  if (!('exit' in o)) throw new Error(`expected a VM exit, got hpa 0x${o.hpa.toString(16)}`);
  return o.exit;
}
const ACCESS = [{ name: 'read', acc: ACC_R, bit: 1 }, { name: 'write', acc: ACC_W, bit: 2 }, { name: 'fetch', acc: ACC_X, bit: 4 }];
const VIOLATION = 48, MISCONFIG = 49;

describe('EPT capabilities the walker relies on', () => {
  it('the default profile advertises no mode-based execute control and no advanced EPT-violation information: qualification bits 6 and 9-11 stay 0', () => {
    const caps = defaultCaps();
    expect(caps[MSR.IA32_VMX_PROCBASED_CTLS2] & (1n << (32n + 22n))).toBe(0n);    // "mode-based execute control for EPT"
    expect(caps[EPT_CAP] & (1n << 22n)).toBe(0n);                                // advanced VM-exit information for EPT violations
    expect(caps[EPT_CAP] & 1n).toBe(1n);                                         // execute-only pages
    expect(caps[EPT_CAP] & (1n << 17n)).toBe(1n << 17n);                         // 1-GiB pages
    expect(caps[EPT_CAP] & (1n << 21n)).toBe(1n << 21n);                         // accessed and dirty flags
  });
});

describe('EPT permissions (SDM 29.3.3)', () => {
  it('every R/W/X combination in the PTE against reads, writes and instruction fetches', () => {
    const m = machine();
    for (let rwx = 0; rwx < 8; rwx++) {
      hierarchy(m, BigInt(HPA) | BigInt(rwx) | WB);
      const ept = new Ept(m.vmx!, eptp(), false);
      for (const a of ACCESS) {
        const o = access(ept, GPA + 0x10, a.acc);
        const what = `PTE ${rwx.toString(2).padStart(3, '0')} ${a.name}`;
        if ((rwx & 3) === 2) {
          // W without R: a misconfiguration whatever the access (no exit qualification)
          expect(exitOf(o), what).toMatchObject({ reason: MISCONFIG, guestPhysical: GPA + 0x10, guestLinear: LA });
          expect(exitOf(o).qualification, what).toBeUndefined();
          expect(exitOf(o).detail, what).toMatch(/PTE at 0x403018 is write-only/);
        } else if (rwx & a.bit) {
          expect(o, what).toEqual({ hpa: HPA + 0x10 });
          expect(ept.lastPerm, what).not.toBe(0);
        } else {
          // violation: access type (bits 2:0), what the entries allow (bits 5:3), linear address valid (7) and translated (8)
          expect(exitOf(o), what).toEqual({ reason: VIOLATION, qualification: a.bit | (rwx << 3) | 0x80 | 0x100, guestPhysical: GPA + 0x10, guestLinear: LA, detail: expect.any(String) });
          expect(exitOf(o).detail, what).toMatch(rwx === 0 ? /PTE for guest-physical 0x203010 is not present/ : /EPT does not allow/);
        }
      }
    }
  });

  it('execute-only pages are a misconfiguration when IA32_VMX_EPT_VPID_CAP[0] is 0', () => {
    const m = machine(withoutEptCap(0));
    hierarchy(m, BigInt(HPA) | 4n | WB);
    const o = access(new Ept(m.vmx!, eptp(), false), GPA, ACC_X);
    expect(exitOf(o).reason).toBe(MISCONFIG);
    expect(exitOf(o).detail).toMatch(/execute-only but IA32_VMX_EPT_VPID_CAP bit 0 is 0/);
    // R+X stays fine
    hierarchy(m, BigInt(HPA) | 5n | WB);
    expect(access(new Ept(m.vmx!, eptp(), false), GPA, ACC_X)).toEqual({ hpa: HPA });
  });

  it('the permissions are the AND of bits 2:0 over all levels, and a violation reports that AND', () => {
    const m = machine();
    hierarchy(m);
    w64(m, PDPT, BigInt(PD) | 5n);     // R-X
    w64(m, PD + 8, BigInt(PT) | 3n);   // RW-
    const ept = new Ept(m.vmx!, eptp(), false);
    expect(access(ept, GPA, ACC_R)).toEqual({ hpa: HPA });
    expect(exitOf(access(ept, GPA, ACC_W)).qualification).toBe(2 | 0x8 | 0x180);
    expect(exitOf(access(ept, GPA, ACC_X)).qualification).toBe(4 | 0x8 | 0x180);
  });

  it('a not-present upper level is a violation with no permissions; a write-only upper level is a misconfiguration even for reads', () => {
    const m = machine();
    hierarchy(m);
    w64(m, PDPT, BigInt(PD));          // not present (bits 2:0 = 0)
    const o = exitOf(access(new Ept(m.vmx!, eptp(), false), GPA, ACC_R));
    expect(o).toMatchObject({ reason: VIOLATION, qualification: 1 | 0x180 });
    expect(o.detail).toMatch(/PDPTE for guest-physical 0x203000 is not present/);
    w64(m, PDPT, BigInt(PD) | 2n);
    const mc = exitOf(access(new Ept(m.vmx!, eptp(), false), GPA, ACC_R));
    expect(mc.reason).toBe(MISCONFIG);
    expect(mc.detail).toMatch(/PDPTE at 0x401000 is write-only/);
  });
});

describe('EPT page sizes', () => {
  it('1-GiB (PDPTE bit 7), 2-MiB (PDE bit 7) and 4-KiB pages translate with their offsets', () => {
    const m = machine();
    hierarchy(m);
    w64(m, PDPT + 8, 0x80000000n | LARGE | RWX | WB);       // guest 1..2 GiB -> host 2..3 GiB
    w64(m, PD + 2 * 8, 0x1400000n | LARGE | RWX | WB);       // guest 4..6 MiB -> host 20..22 MiB
    const ept = new Ept(m.vmx!, eptp(), false);
    expect(access(ept, 0x4abcdef0, ACC_R)).toEqual({ hpa: 0x8abcdef0 });
    expect(access(ept, 0x4abcde, ACC_W)).toEqual({ hpa: 0x14abcde });
    expect(access(ept, GPA + 0xabc, ACC_X)).toEqual({ hpa: HPA + 0xabc });
    expect(ept.walk(0x4abcdef0, ACC_R, false)).toMatchObject({ ok: true, pageSize: 0x40000000, memoryType: 6 });
    expect(ept.walk(0x4abcde, ACC_R, false)).toMatchObject({ ok: true, pageSize: 0x200000 });
    const w = ept.walk(GPA, ACC_R, false);
    expect(w).toMatchObject({ ok: true, pageSize: 0x1000 });
    expect(w.steps.map((s) => s.note)).toEqual(['PML4E', 'PDPTE', 'PDE', 'PTE']);
    expect(ept.walk(0x4abcde, ACC_R, false).steps.map((s) => s.note)).toEqual(['PML4E', 'PDPTE', 'PDE']);
  });

  it('a 1-GiB page without IA32_VMX_EPT_VPID_CAP[17] is a misconfiguration; bit 7 of a PML4E is reserved; bit 7 of a PTE is ignored', () => {
    const m = machine(withoutEptCap(17));
    hierarchy(m);
    w64(m, PDPT + 8, 0x80000000n | LARGE | RWX | WB);
    expect(exitOf(access(new Ept(m.vmx!, eptp(), false), 0x40000000, ACC_R)).detail).toMatch(/maps a 1-GiB page but IA32_VMX_EPT_VPID_CAP bit 17 is 0/);
    const m2 = machine();
    hierarchy(m2, BigInt(HPA) | RWX | WB | LARGE);
    expect(access(new Ept(m2.vmx!, eptp(), false), GPA, ACC_R)).toEqual({ hpa: HPA });
    w64(m2, PML4, BigInt(PDPT) | RWX | LARGE);
    expect(exitOf(access(new Ept(m2.vmx!, eptp(), false), GPA, ACC_R))).toMatchObject({ reason: MISCONFIG, detail: expect.stringMatching(/PML4E .* reserved bits 7:3/) });
  });
});

describe('EPT misconfigurations: reserved bits per level (SDM 29.3.3.1)', () => {
  // [entry address, value without the reserved bit, gpa that uses it, name]
  const LEVELS = {
    PML4E: { at: PML4, value: BigInt(PDPT) | RWX, gpa: GPA },
    'PDPTE (table)': { at: PDPT, value: BigInt(PD) | RWX, gpa: GPA },
    'PDE (table)': { at: PD + 8, value: BigInt(PT) | RWX, gpa: GPA },
    PTE: { at: PT + 3 * 8, value: BigInt(HPA) | RWX | WB, gpa: GPA },
    'PDPTE (1 GiB)': { at: PDPT + 8, value: 0x80000000n | LARGE | RWX | WB, gpa: 0x40000000 },
    'PDE (2 MiB)': { at: PD + 2 * 8, value: 0x1400000n | LARGE | RWX | WB, gpa: 0x400000 },
  } as const;
  type Level = keyof typeof LEVELS;
  const RESERVED: [Level, number[]][] = [
    ['PML4E', [3, 4, 5, 6, 7, 39, 45, 51]],
    ['PDPTE (table)', [3, 4, 5, 6, 39, 51]],
    ['PDE (table)', [3, 4, 5, 6, 39, 51]],
    ['PTE', [39, 51]],
    ['PDPTE (1 GiB)', [12, 20, 29, 39, 51]],
    ['PDE (2 MiB)', [12, 16, 20, 39, 51]],
  ];
  const IGNORED: [Level, number[]][] = [
    ['PML4E', [8, 9, 10, 11, 52, 62, 63]],
    ['PDPTE (table)', [9, 10, 11, 52, 62, 63]],
    ['PDE (table)', [9, 10, 11, 52, 62, 63]],
    ['PTE', [7, 10, 11, 52, 62, 63]],
    ['PDPTE (1 GiB)', [10, 11, 52, 62, 63]],
    ['PDE (2 MiB)', [10, 11, 52, 62, 63]],
  ];
  const setup = () => {
    const m = machine();
    hierarchy(m);
    for (const l of Object.values(LEVELS)) w64(m, l.at, l.value);
    return m;
  };

  for (const [level, bits] of RESERVED) {
    it(`${level}: bits ${bits.join(', ')} are reserved (misconfiguration); in a not-present entry they are not`, () => {
      const m = setup();
      const l = LEVELS[level];
      for (const b of bits) {
        w64(m, l.at, l.value | (1n << BigInt(b)));
        const o = exitOf(access(new Ept(m.vmx!, eptp(), false), l.gpa + 0x18, ACC_R));
        expect(o, `bit ${b}`).toMatchObject({ reason: MISCONFIG, guestPhysical: l.gpa + 0x18 });
        expect(o.detail, `bit ${b}`).toMatch(new RegExp(`^${level.split(' ')[0]} at 0x${l.at.toString(16)}`));
        // not present: an EPT violation, whatever else the entry holds
        w64(m, l.at, (l.value & ~RWX) | (1n << BigInt(b)));
        expect(exitOf(access(new Ept(m.vmx!, eptp(), false), l.gpa + 0x18, ACC_R)), `bit ${b} not present`).toMatchObject({ reason: VIOLATION, qualification: 1 | 0x180 });
      }
    });
  }

  it('ignored bits (accessed/dirty without A/D, user-execute without mode-based execute, 11, 62:52, suppress-#VE) never cause a misconfiguration', () => {
    for (const [level, bits] of IGNORED) {
      const m = setup();
      const l = LEVELS[level];
      for (const b of bits) {
        w64(m, l.at, l.value | (1n << BigInt(b)));
        expect(access(new Ept(m.vmx!, eptp(), false), l.gpa, ACC_R), `${level} bit ${b}`).toHaveProperty('hpa');
      }
    }
  });
});

describe('EPT memory types (SDM 29.3.7)', () => {
  it('leaf memory types 0, 1, 4, 5, 6 are valid and reported; 2, 3, 7 are misconfigurations at every leaf level', () => {
    const m = machine();
    hierarchy(m);
    const leaves = [
      { at: PT + 3 * 8, base: BigInt(HPA) | RWX, gpa: GPA, name: 'PTE' },
      { at: PD + 2 * 8, base: 0x1400000n | LARGE | RWX, gpa: 0x400000, name: 'PDE' },
      { at: PDPT + 8, base: 0x80000000n | LARGE | RWX, gpa: 0x40000000, name: 'PDPTE' },
    ];
    for (const leaf of leaves) {
      for (let mt = 0; mt < 8; mt++) {
        w64(m, leaf.at, leaf.base | (BigInt(mt) << 3n));
        const ept = new Ept(m.vmx!, eptp(), false);
        const o = access(ept, leaf.gpa, ACC_R);
        if ([2, 3, 7].includes(mt)) expect(exitOf(o).detail, `${leaf.name} type ${mt}`).toBe(`${leaf.name} at 0x${leaf.at.toString(16)} has reserved memory type ${mt}`);
        else {
          expect(o, `${leaf.name} type ${mt}`).toHaveProperty('hpa');
          expect(ept.walk(leaf.gpa, ACC_R, false)).toMatchObject({ memoryType: mt, ignorePat: false });
        }
      }
    }
  });

  it('"ignore PAT" (bit 6) is valid in leaf entries and reported; in a non-leaf entry bit 6 is reserved', () => {
    const m = machine();
    hierarchy(m, BigInt(HPA) | RWX | WB | IPAT);
    const ept = new Ept(m.vmx!, eptp(), false);
    expect(access(ept, GPA, ACC_R)).toEqual({ hpa: HPA });
    expect(ept.walk(GPA, ACC_R, false)).toMatchObject({ memoryType: 6, ignorePat: true });
    w64(m, PD + 8, BigInt(PT) | RWX | IPAT);
    expect(exitOf(access(ept, GPA, ACC_R)).detail).toBe('PDE at 0x402008 sets reserved bits 6:3');
    // memory-type bits in a non-leaf entry are reserved too
    w64(m, PD + 8, BigInt(PT) | RWX | WB);
    expect(exitOf(access(ept, GPA, ACC_R)).reason).toBe(MISCONFIG);
  });
});

describe('EPT accessed and dirty flags (EPTP bit 6, SDM 29.3.5)', () => {
  const entries = [PML4, PDPT, PD + 8, PT + 3 * 8];
  const flags = (m: Machine, at = entries) => at.map((a) => Number((r64(m, a) >> 8n) & 3n));

  it('a read sets the accessed flag of every entry used, a write also the dirty flag of the leaf', () => {
    const m = machine();
    hierarchy(m);
    const ept = new Ept(m.vmx!, eptp(true), false);
    expect(ept.ad).toBe(true);
    expect(access(ept, GPA, ACC_R)).toEqual({ hpa: HPA });
    expect(flags(m)).toEqual([1, 1, 1, 1]);
    expect(access(ept, GPA, ACC_W)).toEqual({ hpa: HPA });
    expect(flags(m)).toEqual([1, 1, 1, 3]);
    // a read translation does not grant the TLB "dirty" permission: the first write walks again to set D
    expect(access(ept, GPA, ACC_R)).toEqual({ hpa: HPA });
    expect(ept.lastPerm & 64).toBe(0);
  });

  it('the dirty flag of a large page is in the PDE / PDPTE that maps it', () => {
    const m = machine();
    hierarchy(m);
    w64(m, PD + 2 * 8, 0x1400000n | LARGE | RWX | WB);
    w64(m, PDPT + 8, 0x80000000n | LARGE | RWX | WB);
    const ept = new Ept(m.vmx!, eptp(true), false);
    access(ept, 0x400000, ACC_W);
    expect(flags(m, [PML4, PDPT, PD + 2 * 8])).toEqual([1, 1, 3]);
    access(ept, 0x40000000, ACC_W);
    expect(flags(m, [PDPT + 8])).toEqual([3]);
  });

  it('a write that the entries do not allow does not set the dirty flag', () => {
    const m = machine();
    hierarchy(m, BigInt(HPA) | 1n | WB);
    const ept = new Ept(m.vmx!, eptp(true), false);
    expect(exitOf(access(ept, GPA, ACC_W)).reason).toBe(VIOLATION);
    expect(flags(m)[3] & 2).toBe(0);
  });

  it('without EPTP bit 6 nothing is written; the debugger walk (no update) never writes', () => {
    const m = machine();
    hierarchy(m);
    access(new Ept(m.vmx!, eptp(false), false), GPA, ACC_W);
    expect(flags(m)).toEqual([0, 0, 0, 0]);
    new Ept(m.vmx!, eptp(true), false).walk(GPA, ACC_W, false);
    expect(flags(m)).toEqual([0, 0, 0, 0]);
  });
});

describe('exit information of EPT violations without a linear address', () => {
  it('PDPTE loads (MOV to CR, no linear address): bit 7 clear, no guest-linear address, and they are reads even with EPT A/D', () => {
    const m = machine();
    hierarchy(m, BigInt(HPA) | 4n | WB);            // execute-only: no reads
    const o = exitOf(access(new Ept(m.vmx!, eptp(true), false), GPA + 0x20, ACC_R, NaN, false));
    expect(o).toEqual({ reason: VIOLATION, qualification: 1 | 0x20, guestPhysical: GPA + 0x20, guestLinear: undefined, detail: expect.any(String) });
    hierarchy(m, BigInt(HPA) | 1n | WB);            // read-only: a PDPTE load is fine, A/D or not
    expect(access(new Ept(m.vmx!, eptp(true), false), GPA + 0x20, ACC_R, NaN, false)).toEqual({ hpa: HPA + 0x20 });
  });
});

describe('guest page walks through EPT (SDM 29.3.3.2, 29.3.5)', () => {
  // Guest 4-level paging at guest-physical 0x205000.. (identity-mapped by the EPT PT, 4-KiB pages), mapping
  // linear 0x601000 -> guest-physical 0x204000; the data page and each guest paging structure have their own EPT PTE.
  const G_PML4 = 0x205000, G_PDPT = 0x206000, G_PD = 0x207000, G_PT = 0x208000, G_DATA = 0x204000;
  const GLA = 0x601000 + 0x18;
  const GUEST_ENTRIES = [G_PML4, G_PDPT + 0, G_PD + 3 * 8, G_PT + 1 * 8];
  const eptPte = (gpa: number) => PT + ((gpa - 0x200000) >> 12) * 8;
  function guest(ad: boolean, guestAccessed = false) {
    const m = machine();
    hierarchy(m);
    for (let i = 0; i < 512; i++) w64(m, PT + i * 8, BigInt(0x200000 + i * 0x1000) | RWX | WB);
    const acc = guestAccessed ? 0x20n : 0n;
    w64(m, G_PML4, BigInt(G_PDPT) | 3n | acc);
    w64(m, G_PDPT, BigInt(G_PD) | 3n | acc);
    w64(m, G_PD + 3 * 8, BigInt(G_PT) | 3n | acc);
    w64(m, G_PT + 8, BigInt(G_DATA) | 3n | acc);
    const c = m.cpu;
    const ept = new Ept(m.vmx!, eptp(ad), false);
    c.cr3 = G_PML4;
    c.ept = ept;
    c.updateMode();
    c.flushTlb();
    const xlate = (acc2: number): Outcome => { try { return { hpa: c.translate(GLA, acc2, false) }; } catch (e) { if (e instanceof EptExit) return { exit: e.info }; throw e; } };
    const eptFlags = (gpa: number) => Number((r64(m, eptPte(gpa)) >> 8n) & 3n);
    return { m, c, xlate, eptFlags, setEpt: (gpa: number, bits: bigint) => { w64(m, eptPte(gpa), BigInt(gpa) | bits | WB); c.flushTlb(); } };
  }

  it('with EPT A/D, guest paging-structure accesses set the EPT dirty flag (they are writes); the data page gets only accessed on a read', () => {
    const g = guest(true);
    expect(g.xlate(ACC_R)).toEqual({ hpa: G_DATA + 0x18 });
    expect([G_PML4, G_PDPT, G_PD, G_PT].map(g.eptFlags)).toEqual([3, 3, 3, 3]);
    expect(g.eptFlags(G_DATA)).toBe(1);
    // the guest's own accessed flags were set through EPT
    expect(GUEST_ENTRIES.map((a) => Number(r64(g.m, a) & 0x20n))).toEqual([0x20, 0x20, 0x20, 0x20]);
  });

  it('without EPT A/D the EPT entries are untouched', () => {
    const g = guest(false);
    expect(g.xlate(ACC_W)).toEqual({ hpa: G_DATA + 0x18 });
    expect([G_PML4, G_PDPT, G_PD, G_PT, G_DATA].map(g.eptFlags)).toEqual([0, 0, 0, 0, 0]);
  });

  it('with EPT A/D, a read of a guest paging structure on a non-writable EPT page is a violation with read and write set, bit 7 set and bit 8 clear', () => {
    const g = guest(true, true);
    g.setEpt(G_PT, 5n);                                // R-X
    const o = exitOf(g.xlate(ACC_R));
    expect(o).toEqual({ reason: VIOLATION, qualification: 3 | 0x28 | 0x80, guestPhysical: G_PT + 8, guestLinear: GLA, detail: expect.any(String) });
  });

  it('without EPT A/D, reads of guest paging structures are reads; updating a guest accessed flag is a write', () => {
    const g = guest(false, true);                     // guest A flags already set: only reads
    g.setEpt(G_PD, 1n);                                // R--
    expect(g.xlate(ACC_R)).toEqual({ hpa: G_DATA + 0x18 });
    const g2 = guest(false, false);                   // A flags clear: the walk writes them
    g2.setEpt(G_PD, 1n);
    const o = exitOf(g2.xlate(ACC_R));
    expect(o).toMatchObject({ reason: VIOLATION, qualification: 2 | 0x8 | 0x80, guestPhysical: G_PD + 3 * 8, guestLinear: GLA });
  });

  it('a not-present EPT entry for the guest PML4 page: violation at the PML4E, nothing allowed', () => {
    const g = guest(false);
    g.setEpt(G_PML4, 0n);
    expect(exitOf(g.xlate(ACC_R))).toMatchObject({ reason: VIOLATION, qualification: 1 | 0x80, guestPhysical: G_PML4, guestLinear: GLA });
  });

  it('a violation of the final access: guest-physical and guest-linear address of the access, bits 7 and 8 set', () => {
    const g = guest(true);
    g.setEpt(G_DATA, 1n);
    expect(exitOf(g.xlate(ACC_W))).toMatchObject({ reason: VIOLATION, qualification: 2 | 0x8 | 0x180, guestPhysical: G_DATA + 0x18, guestLinear: GLA });
    g.setEpt(G_DATA, 3n);
    expect(exitOf(g.xlate(ACC_X))).toMatchObject({ reason: VIOLATION, qualification: 4 | 0x18 | 0x180, guestPhysical: G_DATA + 0x18 });
  });
});
