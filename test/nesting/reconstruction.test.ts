// Nesting reconstruction on the nested examples (L0 with and without VMCS shadowing): the level of
// each stop, the levels of each exit, and the reconstructed state of L1 (vmcs12 as L1 sees it).
import { describe, it, expect } from 'vitest';
import { loadExample, runToStop } from './nesting-harness';
import { describeExit } from '../../emulator/vmx/nesting';
import { lookupVmcsName } from '../../emulator/vmx/arch';

const enc = (name: string) => lookupVmcsName(name)!.field.encoding;

for (const variant of [{ file: 'examples/06-nested/nested.asm', shadow: true }, { file: 'examples/06-nested/nested-noshadow.asm', shadow: false }]) {
  describe(`nesting reconstruction: ${variant.file}`, () => {
    it('runs to completion and classifies every exit', () => {
      const { m, exits, out } = loadExample(variant.file);
      expect(runToStop(m).reason).toBe('shutdown');
      expect(out()).toContain('[L2] hi\n');
      expect(out()).toContain('[L0] L1 VMCALL: done');
      // hardware exits go to L0, virtual ones from L2 to L1; each virtual exit follows the hardware exit that started it
      for (const [i, r] of exits.entries()) {
        if (r.virtual) {
          expect([r.exitingLevel, r.receivingLevel]).toEqual([2, 1]);
          const hw = exits[i - 1];
          expect(hw.virtual).toBe(false);
          expect(hw.exitingLevel).toBe(2);
          expect(r.startedBy).toBe(hw.seq);
          expect(r.reason).toBe(hw.reason);
          expect(r.confirmedBy).toBe(variant.shadow ? 'shadow' : 'vmread');
        } else expect(r.receivingLevel).toBe(0);
      }
      const l2 = exits.filter((r) => r.exitingLevel === 2);
      expect(l2.filter((r) => !r.virtual).map((r) => r.name)).toEqual(['CPUID', ...Array(8).fill('IO_INSTRUCTION'), 'IO_INSTRUCTION', 'EPT_VIOLATION', 'VMCALL']);
      // port 0x80 is L0's own interception: no virtual exit follows it
      expect(l2.filter((r) => r.virtual).map((r) => r.name)).toEqual(['CPUID', ...Array(8).fill('IO_INSTRUCTION'), 'EPT_VIOLATION', 'VMCALL']);
      const l1 = exits.filter((r) => r.exitingLevel === 1).map((r) => r.name);
      expect(l1.filter((n) => n === 'VMWRITE').length).toBe(variant.shadow ? 0 : 71);
      expect(l1.filter((n) => n === 'VMREAD').length > 0).toBe(!variant.shadow);
      expect(l1).toContain('VMON');
      expect(l1).toContain('INVEPT');
      expect(m.nesting!.counts.virtual).toBe(11);
      expect(m.nesting!.exitHistory().length).toBe(exits.length);
    });

    it('stops on a hardware exit from L2 in L0, with L1 and L2 suspended where they continue', () => {
      const { m, sym } = loadExample(variant.file);
      m.exitBreakpoints.set(['exit:CPUID from L2 hardware']);
      const s = runToStop(m);
      expect(s.reason === 'event' && s.detail).toMatch(/^exit breakpoint 'exit:CPUID from L2 hardware': L2->L0 hardware CPUID \(10\) leaf=0x0 rip=0x/);
      expect(m.nesting!.levelOfCurrentCode()).toBe(0);
      expect(m.cpu.rip).toBe(sym('l0_exit'));
      const lv = m.nesting!.levels();
      expect(lv.map((l) => l.mode)).toEqual(['root', 'guest-hypervisor', 'guest']);
      expect(lv[0].currentVmcs).toBe(0x202000);
      expect(lv[1].hardwareVmcs).toBe(0x201000);
      expect(lv[2].hardwareVmcs).toBe(0x202000);
      expect(lv[2].resumesAt?.rip).toBe(sym('l2_entry') + 2); // at its CPUID (after xor eax, eax)
      expect(lv[1].vmxonPtr).toBe(0x400000);
      expect(lv[1].currentVmcs).toBe(0x401000);
      const v12 = lv[1].vmcs!;
      expect(v12.launched).toBe(true);
      expect(v12.fields.get(enc('HOST_RIP'))).toBe(BigInt(sym('l1_exit')));
      expect(v12.fields.get(enc('GUEST_RIP'))).toBe(BigInt(sym('l2_entry')));
      expect(v12.fields.get(enc('EPT_POINTER'))).toBe(0x41001en);
      expect(v12.sources.get(enc('EPT_POINTER'))).toBe(variant.shadow ? 'shadow-vmwrite' : 'vmwrite');
    });

    it('stops on the reflected EPT violation in L1 (exit:EPT_VIOLATION from L2 to L1 virtual if qual & 2)', () => {
      const { m, sym, exits } = loadExample(variant.file);
      m.exitBreakpoints.set(['exit:EPT_VIOLATION from L2 to L1 virtual if qual & 2']);
      runToStop(m);
      const rec = exits[exits.length - 1];
      expect(describeExit(rec)).toMatch(/^L2->L1 virtual EPT_VIOLATION \(48\) gpa=0x600000 write \(page read-only\) rip=0x/);
      expect(m.nesting!.levelOfCurrentCode()).toBe(1);
      expect(m.cpu.rip).toBe(sym('l1_exit'));
      const lv = m.nesting!.levels();
      expect(lv[1].running).toBe(true);
      expect(lv[0].resumesAt?.rip).toBe(sym('l0_exit'));
      expect(lv[2].resumesAt?.rip).toBe(rec.guestRip);
      // what L1 will read: with shadowing the exit information is already in its VMCS
      const v12 = lv[1].vmcs!;
      if (variant.shadow) {
        expect(rec.confirmedBy).toBe('shadow');
        expect(v12.fields.get(enc('VM_EXIT_REASON'))).toBe(48n);
        expect(v12.fields.get(enc('GUEST_PHYSICAL_ADDRESS'))).toBe(0x600000n);
      } else {
        expect(rec.confirmedBy).toBeUndefined();
        // L1's handler VMREADs the exit reason: an exit L0 emulates; the value is seen when L1 resumes after it
        m.exitBreakpoints.set(['exit:VMREAD from L1 if field == 0x4402']);
        runToStop(m);
        expect(rec.confirmedBy).toBeUndefined();
        m.exitBreakpoints.set(['exit:* from L1']);
        runToStop(m);
        expect(rec.confirmedBy).toBe('vmread');
        expect(v12.fields.get(enc('VM_EXIT_REASON'))).toBe(48n);
        expect(v12.sources.get(enc('VM_EXIT_REASON'))).toBe('vmread');
      }
    });

    it('stops on the exit L0 handles itself (port 0x80) and nothing is reflected for it', () => {
      const { m, exits } = loadExample(variant.file);
      m.exitBreakpoints.set(['exit:IO_INSTRUCTION from L2 hardware if (qual >> 16) == 0x80']);
      runToStop(m);
      expect(m.nesting!.levelOfCurrentCode()).toBe(0);
      const n = exits.length;
      m.exitBreakpoints.set(['exit:* from L2']);
      runToStop(m);
      expect(exits.length).toBe(n + 1);
      expect(exits[n].name).toBe('EPT_VIOLATION');
      expect(exits[n].virtual).toBe(false);
    });
  });
}

describe('nesting reconstruction: single level (05-ept)', () => {
  it('every exit is L1 -> L0 hardware and L1 is a plain guest', () => {
    const { m, exits } = loadExample('examples/05-ept/ept.asm');
    m.exitBreakpoints.set(['exit:EPT_MISCONFIG']);
    runToStop(m);
    expect(m.nesting!.levelOfCurrentCode()).toBe(0);
    expect(exits.every((r) => r.exitingLevel === 1 && r.receivingLevel === 0 && !r.virtual)).toBe(true);
    const lv = m.nesting!.levels();
    expect(lv.length).toBe(2);
    expect(lv[1].mode).toBe('guest');
    expect(lv[1].inVmx).toBe(false);
    expect(lv[1].resumesAt?.rip).toBe(exits[exits.length - 1].guestRip);
  });
});
