// The debugger's view of guest memory: LINEAR addresses of the code being debugged, translated
// through the current paging mode (and EPT in non-root operation) WITHOUT side effects: no
// accessed/dirty updates, no TLB fills, no faults or VM exits. Only RAM is readable (device
// registers are never touched by the debugger); anything else is "unreadable".
import type { Machine } from '../emulator/machine';
import { Ept, eptTranslateForDebugger } from '../emulator/vmx/ept';
import { MAXPHYADDR } from '../emulator/cpu/cpu';
import { UserError, hex } from './util';

const CR0_PG = 0x80000000;
const CR4_PAE = 0x20, CR4_PSE = 0x10, CR4_LA57 = 0x1000;
const EFER_LMA = 0x400;

export type Translation = { ok: true; pa: number } | { ok: false; why: string };

export class DebugMemory {
  /** Called after the debugger wrote guest memory (the runtime rebases its execution history). */
  onWrite: (() => void) | null = null;

  constructor(private readonly m: Machine) {}

  /** Guest-physical -> host-physical through the active EPT (identity without EPT). */
  private gpaToHpa(gpa: number): Translation {
    const c = this.m.cpu;
    if (c.ept && c.vmx && c.ept instanceof Ept) {
      const r = eptTranslateForDebugger(c.vmx, c.ept.eptp, gpa);
      if (!r.ok || r.hpa === undefined) return { ok: false, why: r.problem ?? `guest-physical ${hex(gpa)} is not mapped by EPT` };
      return { ok: true, pa: r.hpa };
    }
    return { ok: true, pa: gpa };
  }

  private read64Gpa(gpa: number): bigint | string {
    const t = this.gpaToHpa(gpa);
    if (!t.ok) return t.why;
    const mem = this.m.mem;
    if (t.pa + 8 > mem.size) return `paging structure at ${hex(t.pa)} is outside RAM`;
    return (BigInt(mem.read32(t.pa + 4) >>> 0) << 32n) | BigInt(mem.read32(t.pa) >>> 0);
  }

  /** Linear -> physical (host-physical in non-root operation with EPT). */
  translate(la: number): Translation {
    const c = this.m.cpu;
    let gpa: number;
    if (!(c.cr0 & CR0_PG)) {
      gpa = c.long64 ? la : ((la % 4294967296) + 4294967296) % 4294967296;
    } else if (c.efer & EFER_LMA) {
      if (c.cr4 & CR4_LA57) return { ok: false, why: '5-level paging is not supported' };
      if (la < -0x800000000000 || la >= 0x800000000000) return { ok: false, why: `${hex(la)} is not canonical` };
      const ula = la < 0 ? la + 18446744073709551616 : la;
      let table = Math.floor(c.cr3 / 4096) * 4096 % 2 ** MAXPHYADDR;
      const shifts = [39, 30, 21, 12];
      const names = ['PML4E', 'PDPTE', 'PDE', 'PTE'];
      gpa = -1;
      for (let level = 0; level < 4; level++) {
        const idx = Math.floor(ula / 2 ** shifts[level]) % 512;
        const e = this.read64Gpa(table + idx * 8);
        if (typeof e === 'string') return { ok: false, why: e };
        if (!(e & 1n)) return { ok: false, why: `${names[level]} for ${hex(la)} is not present` };
        const addr = Number(e & 0x000ffffffffff000n);
        if ((level === 1 || level === 2) && e & 0x80n) {
          const size = level === 1 ? 0x40000000 : 0x200000;
          gpa = Math.floor(addr / size) * size + (ula % size);
          break;
        }
        if (level === 3) { gpa = addr + (ula % 4096); break; }
        table = addr;
      }
    } else if (c.cr4 & CR4_PAE) {
      const ula = ((la % 4294967296) + 4294967296) % 4294967296;
      const pdpte = c.pdpte[Math.floor(ula / 0x40000000) & 3];
      if (!(pdpte % 2)) return { ok: false, why: `PDPTE for ${hex(la)} is not present` };
      let table = Math.floor(pdpte / 4096) * 4096 % 2 ** MAXPHYADDR;
      gpa = -1;
      for (const [shift, name] of [[21, 'PDE'], [12, 'PTE']] as const) {
        const e = this.read64Gpa(table + (Math.floor(ula / 2 ** shift) % 512) * 8);
        if (typeof e === 'string') return { ok: false, why: e };
        if (!(e & 1n)) return { ok: false, why: `${name} for ${hex(la)} is not present` };
        const addr = Number(e & 0x000ffffffffff000n);
        if (shift === 21 && e & 0x80n) { gpa = Math.floor(addr / 0x200000) * 0x200000 + (ula % 0x200000); break; }
        if (shift === 12) gpa = addr + (ula % 4096);
        table = addr;
      }
    } else {
      const ula = ((la % 4294967296) + 4294967296) % 4294967296;
      const pde = this.read64Gpa(((c.cr3 >>> 0) & ~0xfff) + Math.floor(ula / 0x400000) * 4);
      if (typeof pde === 'string') return { ok: false, why: pde };
      const d = Number(pde & 0xffffffffn);
      if (!(d & 1)) return { ok: false, why: `PDE for ${hex(la)} is not present` };
      if (d & 0x80 && c.cr4 & CR4_PSE) gpa = ((d & 0xffc00000) >>> 0) + (ula % 0x400000);
      else {
        const pte = this.read64Gpa(((d & ~0xfff) >>> 0) + (Math.floor(ula / 4096) % 1024) * 4);
        if (typeof pte === 'string') return { ok: false, why: pte };
        const t = Number(pte & 0xffffffffn);
        if (!(t & 1)) return { ok: false, why: `PTE for ${hex(la)} is not present` };
        gpa = ((t & ~0xfff) >>> 0) + (ula % 4096);
      }
    }
    const t = this.gpaToHpa(gpa);
    if (!t.ok) return t;
    if (t.pa < 0 || t.pa >= this.m.mem.size) return { ok: false, why: `physical address ${hex(t.pa)} is not RAM` };
    return t;
  }

  /** Reads up to `count` bytes; stops at the first unreadable byte. */
  read(la: number, count: number): { bytes: Uint8Array; readable: number; why?: string } {
    const out = new Uint8Array(count);
    let n = 0;
    const mem = this.m.mem;
    while (n < count) {
      const a = la + n;
      const t = this.translate(a);
      if (!t.ok) return { bytes: out.subarray(0, n), readable: n, why: t.why };
      // Copy up to the end of the 4-KiB page (the translation is the same within it).
      const inPage = 4096 - (((a % 4096) + 4096) % 4096);
      const len = Math.min(count - n, inPage, mem.size - t.pa);
      out.set(mem.u8.subarray(t.pa, t.pa + len), n);
      n += len;
    }
    return { bytes: out, readable: n };
  }

  /** Writes bytes (decoded code in the written pages is invalidated); returns the bytes written. */
  write(la: number, bytes: Uint8Array, allowPartial: boolean): number {
    const pas: number[] = [];
    for (let i = 0; i < bytes.length; i++) {
      const t = this.translate(la + i);
      if (!t.ok) {
        if (!allowPartial || i === 0) throw new UserError(`cannot write ${hex(la + i)}: ${t.why}`);
        break;
      }
      pas.push(t.pa);
    }
    const mem = this.m.mem;
    for (let i = 0; i < pas.length; i++) mem.write8(pas[i], bytes[i]);
    if (pas.length) this.onWrite?.();
    return pas.length;
  }

  /** Little-endian value of `size` bytes at a linear address (throws when unreadable). */
  readValue(la: number, size: number): bigint {
    const r = this.read(la, size);
    if (r.readable < size) throw new UserError(`memory at ${hex(la + r.readable)} is not readable: ${r.why}`);
    let v = 0n;
    for (let i = size - 1; i >= 0; i--) v = (v << 8n) | BigInt(r.bytes[i]);
    return v;
  }
}
