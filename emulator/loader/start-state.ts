// Program start states (DESIGN.md section 3):
//  - long64: 64-bit mode with identity-mapped paging, a flat GDT with a TSS, a stack, and
//    IA32_FEATURE_CONTROL locked with VMX enabled (configurable); RIP at the entry point.
//  - real: CS:IP = 0:loadAddress in real mode, like a BIOS handing over a boot sector (no BIOS services).
import type { Cpu } from '../cpu/cpu';
import { CR0_PE, CR0_PG, CR0_ET, CR0_NE, CR0_WP, CR4_PAE, EFER_LME, EFER_LMA, EFER_NXE, EFER_SCE } from '../cpu/cpu';
import { CS, DS, ES, FS, GS, SS } from '../cpu/regs';

export type StartMode = 'long64' | 'real';

/** Size of the area at the top of RAM that the long64 start state uses for its own structures. */
export const SYSTEM_AREA_BYTES = 0x10000;

export interface SystemArea {
  base: number; pml4: number; gdt: number; gdtLimit: number; tss: number; stackTop: number;
}

// GDT selectors of the long64 start state.
export const SEL_CODE64 = 0x08, SEL_DATA = 0x10, SEL_CODE32 = 0x18, SEL_USER_DATA = 0x23, SEL_USER_CODE64 = 0x2b, SEL_TSS = 0x30;

/**
 * Lays out page tables (identity map of the low 4 GiB with 2 MiB pages, covering RAM and the
 * local APIC), the GDT and the TSS at the top of RAM, and enters 64-bit mode at `entry`.
 */
export function enterLong64(c: Cpu, entry: number): SystemArea {
  const m = c.mem;
  const top = m.size;
  if (top < 2 * 1024 * 1024) throw new Error('long64 start state needs at least 2 MiB of guest RAM');
  const base = top - SYSTEM_AREA_BYTES;
  const pml4 = base, pdpt = base + 0x1000, pd0 = base + 0x2000; // 4 PDs: 0x2000..0x5fff
  const gdt = base + 0x6000, tss = base + 0x6100;
  for (let a = base; a < top; a += 4) m.write32(a, 0);
  m.write64(pml4, (pdpt | 0x3), 0);
  for (let i = 0; i < 4; i++) {
    m.write64(pdpt + i * 8, (pd0 + i * 0x1000) | 0x3, 0);
    for (let j = 0; j < 512; j++) {
      const pa = i * 0x40000000 + j * 0x200000;
      // Present, writable, 2 MiB page; the APIC range is marked uncacheable (PCD|PWT).
      const flags = 0x83 | (pa >= 0xfee00000 ? 0x18 : 0);
      m.write64(pd0 + i * 0x1000 + j * 8, (pa + flags) | 0, 0);
    }
  }
  // GDT (SDM Vol 3A 3.4.5): null, code64, data, code32, user data, user code64, TSS (16 bytes).
  const desc = (base0: number, limit: number, access: number, flags: number): [number, number] => [
    ((limit & 0xffff) | ((base0 & 0xffff) << 16)) | 0,
    (((base0 >>> 16) & 0xff) | (access << 8) | (((limit >>> 16) & 0xf) << 16) | (flags << 20) | (base0 & 0xff000000)) | 0,
  ];
  const entries: [number, number][] = [
    [0, 0], desc(0, 0xfffff, 0x9b, 0xa), desc(0, 0xfffff, 0x93, 0xc), desc(0, 0xfffff, 0x9b, 0xc),
    desc(0, 0xfffff, 0xf3, 0xc), desc(0, 0xfffff, 0xfb, 0xa), desc(tss, 0x67, 0x89, 0x0), [0, 0],
  ];
  entries.forEach(([lo, hi], i) => m.write64(gdt + i * 8, lo, hi));
  const gdtLimit = entries.length * 8 - 1;
  const stackTop = base; // grows down below the system area
  // TSS: RSP0 = stack top, IST1 = a separate 2 KiB stack inside the system area for #DF/NMI.
  m.write64(tss + 4, stackTop, 0);
  m.write64(tss + 0x24, base + 0x7000 + 0x800, 0);
  m.write32(tss + 0x64, 0x68 << 16); // I/O map base beyond the limit: no I/O bitmap

  c.reset();
  c.gdtrBase = gdt; c.gdtrLimit = gdtLimit;
  c.idtrBase = 0; c.idtrLimit = 0;
  c.cr3 = pml4;
  c.cr4 = CR4_PAE;
  c.efer = EFER_LME | EFER_LMA | EFER_NXE | EFER_SCE;
  c.cr0 = CR0_PE | CR0_PG | CR0_ET | CR0_NE | CR0_WP;
  c.setSegCache(CS, SEL_CODE64, 0, 0xffffffff, 0xa09b);
  for (const s of [DS, ES, SS, FS, GS]) c.setSegCache(s, SEL_DATA, 0, 0xffffffff, 0xc093);
  c.trSel = SEL_TSS; c.trBase = tss; c.trLimit = 0x67; c.trAr = 0x8b;
  c.ldtrSel = 0; c.ldtrBase = 0; c.ldtrLimit = 0; c.ldtrAr = 0x10000;
  c.cpl = 0;
  c.updateMode();
  c.flushTlb();
  c.set64(4, stackTop, 0);
  c.rip = c.nrip = entry;
  return { base, pml4, gdt, gdtLimit, tss, stackTop };
}

/** Real mode at 0:loadAddress with SS:SP just below it, DL = 0 (boot drive), as a BIOS would leave it. */
export function enterReal(c: Cpu, loadAddress: number): void {
  c.reset();
  if (loadAddress > 0xffff) {
    // Use a segment so that IP stays within 64 KiB.
    const seg = (loadAddress >>> 4) & 0xffff;
    c.setSegReal(CS, seg);
    c.rip = c.nrip = loadAddress - seg * 16;
  } else {
    c.setSegReal(CS, 0);
    c.rip = c.nrip = loadAddress;
  }
  for (const s of [DS, ES, SS, FS, GS]) c.setSegReal(s, 0);
  c.set32(4, 0x7c00 <= loadAddress && loadAddress <= 0xffff ? loadAddress : 0xfffe);
  c.updateMode();
}
