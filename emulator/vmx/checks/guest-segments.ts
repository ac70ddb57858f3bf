// Checks on the guest segment registers: SDM Vol 3C 27.3.1.2 "Checks on Guest Segment Registers"
// (selectors, bases, limits, access rights; virtual-8086 and unrestricted-guest variants).
// Failures: exit reason 33, qualification 0. Rows are generated per register, in the SDM's order.
import { formatAccessRights } from '../arch';
import { EntryCheckState, SEG, SECTION, SegName, fail, fv, guarded, guestCheck, h } from './state';
import type { CheckOutcome, VmEntryCheck } from './types';

const S = SECTION.guestSeg;
const DATA: readonly SegName[] = ['DS', 'ES', 'FS', 'GS'];
const V86: readonly SegName[] = ['CS', 'SS', 'DS', 'ES', 'FS', 'GS'];
const UNUSABLE = 0x10000;

const ar = (s: EntryCheckState, g: SegName): number => s.n(SEG[g].ar);
const usable = (a: number): boolean => (a & UNUSABLE) === 0;
const arText = (g: SegName, a: number): string => `${fv(SEG[g].arName, a, 8)} (${formatAccessRights(a)})`;
const lc = (g: SegName): string => g.toLowerCase();
type Test = (s: EntryCheckState) => CheckOutcome | undefined;
const row = (g: SegName, what: string, fields: readonly string[], rule: string, test: Test): VmEntryCheck => guestCheck(`guest.${lc(g)}.${what}`, S, fields, rule, test);

/** Which registers a "CS or usable" access-rights rule covers, and whether it applies now. */
const applies = (s: EntryCheckState, g: SegName, a: number): boolean => !s.v86 && (g === 'CS' || usable(a));

function gCheck(g: SegName, cond: (s: EntryCheckState, a: number) => boolean, who: string): VmEntryCheck {
  const f = SEG[g];
  return row(g, 'g', [f.arName, f.limitName],
    `${who}: if any bit of limit bits 11:0 is 0, G (bit 15) must be 0; if any bit of limit bits 31:20 is 1, G must be 1`,
    (s) => {
      const a = ar(s, g);
      if (!cond(s, a)) return undefined;
      const lim = s.n(f.limit), G = (a & 0x8000) !== 0;
      if (G && (lim & 0xfff) !== 0xfff) return fail(`${fv(f.limitName, lim, 8)} with G = 1 (${arText(g, a)})`, 'G = 0, or limit bits 11:0 all 1 (a page-granular limit ends in FFFH)');
      if (!G && lim >>> 20) return fail(`${fv(f.limitName, lim, 8)} with G = 0 (${arText(g, a)})`, 'G = 1, or limit bits 31:20 all 0 (a byte-granular limit is at most FFFFFH)');
      return undefined;
    });
}
function reservedChecks(g: SegName, cond: (s: EntryCheckState, a: number) => boolean, who: string): VmEntryCheck[] {
  const f = SEG[g];
  return [
    row(g, 'reserved-11-8', [f.arName], `${who}: reserved bits 11:8 of the access rights must be 0`,
      (s) => { const a = ar(s, g); return cond(s, a) && a & 0xf00 ? fail(arText(g, a), 'access-rights bits 11:8 = 0') : undefined; }),
  ];
}
function reservedHigh(g: SegName, cond: (s: EntryCheckState, a: number) => boolean, who: string): VmEntryCheck {
  const f = SEG[g];
  return row(g, 'reserved-31-17', [f.arName], `${who}: reserved bits 31:17 of the access rights must be 0`,
    (s) => { const a = ar(s, g); return cond(s, a) && a >>> 17 ? fail(arText(g, a), 'access-rights bits 31:17 = 0') : undefined; });
}

const csOrUsable = 'If the register is CS or is usable';
const ifUsable = 'If the register is usable';

const ROWS: readonly VmEntryCheck[] = [
  // ---- selector fields
  row('TR', 'selector-ti', ['GUEST_TR_SELECTOR'], 'TR: the TI flag (bit 2) of the selector must be 0 (the TSS descriptor is in the GDT)',
    (s) => { const v = s.n(SEG.TR.sel); return v & 4 ? fail(fv('GUEST_TR_SELECTOR', v, 4), 'TI = 0') : undefined; }),
  row('LDTR', 'selector-ti', ['GUEST_LDTR_SELECTOR', 'GUEST_LDTR_AR_BYTES'], 'LDTR: if LDTR is usable, the TI flag (bit 2) of the selector must be 0',
    (s) => { const v = s.n(SEG.LDTR.sel); return usable(ar(s, 'LDTR')) && v & 4 ? fail(fv('GUEST_LDTR_SELECTOR', v, 4), 'TI = 0 (the LDT descriptor is in the GDT)') : undefined; }),
  row('SS', 'selector-rpl', ['GUEST_SS_SELECTOR', 'GUEST_CS_SELECTOR'],
    'SS: if the guest is not virtual-8086 and "unrestricted guest" is 0, the RPL (bits 1:0) of the SS selector must equal the RPL of the CS selector',
    (s) => {
      if (s.v86 || s.ug) return undefined;
      const ss = s.n(SEG.SS.sel), cs = s.n(SEG.CS.sel);
      return (ss & 3) !== (cs & 3) ? fail(`${fv('GUEST_SS_SELECTOR', ss, 4)} (RPL ${ss & 3}), ${fv('GUEST_CS_SELECTOR', cs, 4)} (RPL ${cs & 3})`, 'SS.RPL = CS.RPL (both are the CPL)') : undefined;
    }),

  // ---- base-address fields
  ...V86.map((g) => row(g, 'base-v86', [SEG[g].baseName, SEG[g].selName, 'GUEST_RFLAGS'],
    `${g}: if the guest is virtual-8086 (RFLAGS.VM = 1), the base address must be the selector shifted left 4 bits`,
    (s) => {
      if (!s.v86) return undefined;
      const b = s.r(SEG[g].base), sel = s.n(SEG[g].sel);
      return b !== BigInt(sel << 4) ? fail(`${fv(SEG[g].baseName, b)}, ${fv(SEG[g].selName, sel, 4)}`, `base = selector * 16 = ${h(sel << 4, 8)} in virtual-8086 mode`) : undefined;
    })),
  ...(['TR', 'FS', 'GS', 'LDTR'] as SegName[]).map((g) => row(g, 'base-canonical', [SEG[g].baseName, ...(g === 'LDTR' ? [SEG[g].arName] : [])],
    `${g}: the base address must be canonical${g === 'LDTR' ? ' if LDTR is usable' : ''}`,
    (s) => {
      if (g === 'LDTR' && !usable(ar(s, 'LDTR'))) return undefined;
      const b = s.r(SEG[g].base);
      return s.canonical(b) ? undefined : fail(`${fv(SEG[g].baseName, b)} (not canonical)`, `a canonical address (bits 63:${s.linearWidth - 1} all equal)`);
    })),
  row('CS', 'base-high', ['GUEST_CS_BASE'], 'CS: bits 63:32 of the base address must be 0',
    (s) => { const b = s.r(SEG.CS.base); return b >> 32n ? fail(fv('GUEST_CS_BASE', b), 'bits 63:32 = 0') : undefined; }),
  ...(['SS', 'DS', 'ES'] as SegName[]).map((g) => row(g, 'base-high', [SEG[g].baseName, SEG[g].arName], `${g}: if the register is usable, bits 63:32 of the base address must be 0`,
    (s) => { const b = s.r(SEG[g].base); return usable(ar(s, g)) && b >> 32n ? fail(fv(SEG[g].baseName, b), 'bits 63:32 = 0') : undefined; })),

  // ---- limit fields
  ...V86.map((g) => row(g, 'limit-v86', [SEG[g].limitName, 'GUEST_RFLAGS'], `${g}: if the guest is virtual-8086, the limit must be 0000FFFFH`,
    (s) => { if (!s.v86) return undefined; const l = s.n(SEG[g].limit); return l !== 0xffff ? fail(fv(SEG[g].limitName, l, 8), '0x0000ffff in virtual-8086 mode') : undefined; })),

  // ---- access-rights fields: virtual-8086
  ...V86.map((g) => row(g, 'ar-v86', [SEG[g].arName, 'GUEST_RFLAGS'],
    `${g}: if the guest is virtual-8086, the access rights must be 000000F3H (present, DPL 3, read/write accessed data, all other bits 0)`,
    (s) => { if (!s.v86) return undefined; const a = ar(s, g); return a !== 0xf3 ? fail(arText(g, a), '0x000000f3 in virtual-8086 mode') : undefined; })),

  // ---- access rights, not virtual-8086: type
  row('CS', 'type', ['GUEST_CS_AR_BYTES', 'SECONDARY_VM_EXEC_CONTROL'],
    'CS: the type must be 9, 11, 13 or 15 (accessed code); with "unrestricted guest" = 1 it may also be 3 (read/write accessed data)',
    (s) => {
      if (s.v86) return undefined;
      const t = s.csAr & 0xf;
      return t === 9 || t === 11 || t === 13 || t === 15 || (s.ug && t === 3) ? undefined
        : fail(arText('CS', s.csAr), `type 9, 11, 13 or 15${s.ug ? ' or 3' : ' ("unrestricted guest" = 0, so 3 is not allowed)'}`);
    }),
  row('SS', 'type', ['GUEST_SS_AR_BYTES'], 'SS: if SS is usable, the type must be 3 or 7 (read/write accessed data)',
    (s) => { const a = s.ssAr; if (!applies(s, 'SS', a)) return undefined; const t = a & 0xf; return t === 3 || t === 7 ? undefined : fail(arText('SS', a), 'type 3 or 7 (writable, accessed data)'); }),
  ...DATA.map((g) => row(g, 'type', [SEG[g].arName], `${g}: if usable, bit 0 of the type must be 1 (accessed) and a code segment (type bit 3 = 1) must be readable (type bit 1 = 1)`,
    (s) => {
      const a = ar(s, g);
      if (!applies(s, g, a)) return undefined;
      if (!(a & 1)) return fail(arText(g, a), 'type bit 0 (accessed) = 1');
      if (a & 8 && !(a & 2)) return fail(arText(g, a), 'a readable code segment (type 11 or 15) or a data segment');
      return undefined;
    })),
  // ---- S
  ...V86.map((g) => row(g, 's', [SEG[g].arName], `${g}: ${g === 'CS' ? 'S (bit 4) must be 1' : 'if usable, S (bit 4) must be 1'} (code or data segment)`,
    (s) => { const a = ar(s, g); return applies(s, g, a) && !(a & 0x10) ? fail(arText(g, a), 'S = 1 (a code or data segment, not a system segment)') : undefined; })),
  // ---- DPL
  row('CS', 'dpl', ['GUEST_CS_AR_BYTES', 'GUEST_SS_AR_BYTES'],
    'CS: if the type is 3 (unrestricted guest) the DPL must be 0; if 9 or 11 (non-conforming code) it must equal SS.DPL; if 13 or 15 (conforming code) it must not be greater than SS.DPL',
    (s) => {
      if (s.v86) return undefined;
      const t = s.csAr & 0xf, d = (s.csAr >> 5) & 3, ssd = (s.ssAr >> 5) & 3;
      if (t === 3 && d !== 0) return fail(arText('CS', s.csAr), 'DPL = 0 for a type-3 (data) CS');
      if ((t === 9 || t === 11) && d !== ssd) return fail(`${arText('CS', s.csAr)}, SS.DPL = ${ssd}`, `CS.DPL = SS.DPL = ${ssd} for non-conforming code`);
      if ((t === 13 || t === 15) && d > ssd) return fail(`${arText('CS', s.csAr)}, SS.DPL = ${ssd}`, `CS.DPL <= SS.DPL = ${ssd} for conforming code`);
      return undefined;
    }),
  row('SS', 'dpl-rpl', ['GUEST_SS_AR_BYTES', 'GUEST_SS_SELECTOR'], 'SS: if "unrestricted guest" is 0, the DPL must equal the RPL of the SS selector',
    (s) => {
      if (s.v86 || s.ug) return undefined;
      const d = (s.ssAr >> 5) & 3, rpl = s.n(SEG.SS.sel) & 3;
      return d !== rpl ? fail(`${arText('SS', s.ssAr)}, ${fv('GUEST_SS_SELECTOR', s.n(SEG.SS.sel), 4)} (RPL ${rpl})`, `SS.DPL = SS.RPL = ${rpl}`) : undefined;
    }),
  row('SS', 'dpl-zero', ['GUEST_SS_AR_BYTES', 'GUEST_CS_AR_BYTES', 'GUEST_CR0'], 'SS: the DPL must be 0 if the CS type is 3 or if CR0.PE is 0 in the CR0 field (real mode runs at CPL 0)',
    (s) => {
      if (s.v86) return undefined;
      const d = (s.ssAr >> 5) & 3;
      return d !== 0 && ((s.csAr & 0xf) === 3 || !s.pe) ? fail(`${arText('SS', s.ssAr)} with ${!s.pe ? 'CR0.PE = 0' : 'CS type 3'}`, 'SS.DPL = 0') : undefined;
    }),
  ...DATA.map((g) => row(g, 'dpl', [SEG[g].arName, SEG[g].selName], `${g}: if "unrestricted guest" is 0 and the register is usable and not conforming code (type 0-11), the DPL must not be less than the selector's RPL`,
    (s) => {
      const a = ar(s, g);
      if (!applies(s, g, a) || s.ug || (a & 0xf) > 11) return undefined;
      const d = (a >> 5) & 3, rpl = s.n(SEG[g].sel) & 3;
      return d < rpl ? fail(`${arText(g, a)}, ${fv(SEG[g].selName, s.n(SEG[g].sel), 4)} (RPL ${rpl})`, `DPL >= RPL = ${rpl}`) : undefined;
    })),
  // ---- P
  ...V86.map((g) => row(g, 'p', [SEG[g].arName], `${g}: ${g === 'CS' ? 'P (bit 7) must be 1' : 'if usable, P (bit 7) must be 1'}`,
    (s) => { const a = ar(s, g); return applies(s, g, a) && !(a & 0x80) ? fail(arText(g, a), 'P = 1 (present)') : undefined; })),
  // ---- reserved 11:8
  ...V86.flatMap((g) => reservedChecks(g, (s, a) => applies(s, g, a), g === 'CS' ? 'CS' : `${g}, if usable`)),
  // ---- D/B
  row('CS', 'l-and-d', ['GUEST_CS_AR_BYTES', 'VM_ENTRY_CONTROLS'], 'CS: if the "IA-32e mode guest" VM-entry control is 1 and L (bit 13) is 1, D/B (bit 14) must be 0',
    (s) => (!s.v86 && s.ia32e && s.csL && (s.csAr & 0x4000) ? fail(arText('CS', s.csAr), 'D/B = 0 when L = 1 (L = 1, D = 1 is reserved)') : undefined)),
  // ---- G
  ...V86.map((g) => gCheck(g, (s, a) => applies(s, g, a), g === 'CS' ? 'CS' : `${g}, if usable`)),
  // ---- reserved 31:17
  ...V86.map((g) => reservedHigh(g, (s, a) => applies(s, g, a), g === 'CS' ? 'CS' : `${g}, if usable`)),

  // ---- TR
  row('TR', 'type', ['GUEST_TR_AR_BYTES', 'VM_ENTRY_CONTROLS'], 'TR: the type must be 11 (busy 32/64-bit TSS) for an IA-32e mode guest, else 3 (busy 16-bit TSS) or 11',
    (s) => {
      const a = ar(s, 'TR'), t = a & 0xf;
      return t === 11 || (!s.ia32e && t === 3) ? undefined : fail(arText('TR', a), s.ia32e ? 'type 11 (64-bit busy TSS)' : 'type 3 or 11 (busy TSS)');
    }),
  row('TR', 's', ['GUEST_TR_AR_BYTES'], 'TR: S (bit 4) must be 0 (system descriptor)',
    (s) => { const a = ar(s, 'TR'); return a & 0x10 ? fail(arText('TR', a), 'S = 0') : undefined; }),
  row('TR', 'p', ['GUEST_TR_AR_BYTES'], 'TR: P (bit 7) must be 1',
    (s) => { const a = ar(s, 'TR'); return a & 0x80 ? undefined : fail(arText('TR', a), 'P = 1 (present)'); }),
  ...reservedChecks('TR', () => true, 'TR'),
  gCheck('TR', () => true, 'TR'),
  row('TR', 'unusable', ['GUEST_TR_AR_BYTES'], 'TR: the unusable bit (bit 16) must be 0',
    (s) => { const a = ar(s, 'TR'); return usable(a) ? undefined : fail(`${fv('GUEST_TR_AR_BYTES', a, 8)} (unusable)`, 'unusable = 0: the guest needs a TSS'); }),
  reservedHigh('TR', () => true, 'TR'),

  // ---- LDTR (only if usable)
  row('LDTR', 'type', ['GUEST_LDTR_AR_BYTES'], 'LDTR: if usable, the type must be 2 (LDT)',
    (s) => { const a = ar(s, 'LDTR'); return usable(a) && (a & 0xf) !== 2 ? fail(arText('LDTR', a), 'type 2 (LDT)') : undefined; }),
  row('LDTR', 's', ['GUEST_LDTR_AR_BYTES'], 'LDTR: if usable, S (bit 4) must be 0',
    (s) => { const a = ar(s, 'LDTR'); return usable(a) && a & 0x10 ? fail(arText('LDTR', a), 'S = 0') : undefined; }),
  row('LDTR', 'p', ['GUEST_LDTR_AR_BYTES'], 'LDTR: if usable, P (bit 7) must be 1',
    (s) => { const a = ar(s, 'LDTR'); return usable(a) && !(a & 0x80) ? fail(arText('LDTR', a), 'P = 1 (present)') : undefined; }),
  ...reservedChecks('LDTR', (_s, a) => usable(a), 'LDTR, if usable'),
  gCheck('LDTR', (_s, a) => usable(a), 'LDTR, if usable'),
  reservedHigh('LDTR', (_s, a) => usable(a), 'LDTR, if usable'),
];

/** Rows that apply only to a virtual-8086 guest are skipped while RFLAGS.VM = 0. */
export const GUEST_SEGMENT_CHECKS: readonly VmEntryCheck[] = ROWS.map((c) => (c.id.endsWith('-v86') ? guarded(c, 'rflags', 0x20000) : c));
