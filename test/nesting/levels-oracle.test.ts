// The level of every stop and every exit on both nested examples, checked against an oracle that does not come
// from the nesting model: in 06-nested each level runs on its own stack (L0 0x230000, L1 0x238000 as a guest and
// 0x440000 in its exit handler, L2 0x450000; L0 starts on the start-state stack), so RSP tells which level's code
// is running. One run per example stops at every exit (an `exit:*` breakpoint), after every VM entry and, in
// between, every 211 instructions (every instruction while L2 runs, which executes little code).
import { describe, it, expect } from 'vitest';
import { loadExample } from './nesting-harness';
import type { NestedExitRecord } from '../../emulator/vmx/nesting';

function levelByStack(rsp: number, memSize: number): number {
  if (rsp > 0x220000 && rsp <= 0x230000) return 0;
  if (rsp >= memSize - 0x20000 && rsp <= memSize) return 0;   // start state, before L0 switches stacks
  if (rsp > 0x230000 && rsp <= 0x238000) return 1;
  if (rsp > 0x438000 && rsp <= 0x440000) return 1;
  if (rsp > 0x448000 && rsp <= 0x450000) return 2;
  throw new Error(`RSP 0x${rsp.toString(16)} is on no known stack`);
}
const rspOf = (r: Int32Array, at = 0) => (r[at + 9] >>> 0) * 4294967296 + (r[at + 8] >>> 0);

for (const file of ['examples/06-nested/nested.asm', 'examples/06-nested/nested-noshadow.asm']) {
  describe(`levels against the stack oracle: ${file}`, () => {
    it('every stop (exit breakpoints and instruction slices) and every exit (exiting and receiving level); no stale translation under strictTlb', () => {
      // strictTlb: L0 and L1 change their EPTs (L1's EPT violation handler) and must invalidate as hardware needs
      const { m, exits, out } = loadExample(file, { strictTlb: true });
      const size = m.mem.size;
      const stackLevel = () => levelByStack(rspOf(m.cpu.r), size);
      const kinds: string[] = [];
      // Hardware exits are emitted once L0's host state is loaded, virtual exits at the entry into the receiving
      // level's handler: at emission the CPU's RSP is the receiving level's; the exiting guest's is in guestRegs.
      m.nesting!.exitListeners.push((r: NestedExitRecord) => {
        expect(r.exitingLevel, `exit ${r.seq} ${r.name}`).toBe(levelByStack(rspOf(r.guestRegs!, r.guestRegsAt), size));
        expect(r.receivingLevel, `exit ${r.seq} ${r.name}`).toBe(stackLevel());
        kinds.push(`L${r.exitingLevel}->L${r.receivingLevel}${r.virtual ? ' virtual' : ''}`);
      });
      m.exitBreakpoints.set(['exit:*']);
      m.vmx!.entryListeners.push(() => true);           // and stop after every VM entry
      const stopsAt = [0, 0, 0];
      let seenExits = 0, entryStops = 0;
      for (;;) {
        const s = m.run(stackLevel() === 2 ? 1 : 211);
        if (s.reason === 'shutdown') break;
        const want = stackLevel();
        const report = m.nestingReport()!;
        if (report.level !== want) throw new Error(`stop at rip 0x${m.cpu.rip.toString(16)} (${s.reason}): nesting says L${report.level}, the stack says L${want}`);
        stopsAt[want]++;
        if (s.reason === 'budget') continue;
        expect(s.reason).toBe('event');
        const entryStop = s.reason === 'event' && s.detail === 'vm-entry';
        if (entryStop) { expect(m.cpu.nonRoot).toBe(true); entryStops++; }
        // the exits since the previous stop (a hardware exit stops at L0's handler; a virtual exit is delivered by
        // a VM entry into the receiving level's handler): the stop is in the level that received them
        expect(exits.length > seenExits || entryStop).toBe(true);
        for (; seenExits < exits.length; seenExits++) expect(exits[seenExits].receivingLevel).toBe(want);
        if (exits.length) expect(report.lastExit).toBe(exits[exits.length - 1]);
        expect(report.levels[want].running).toBe(true);
      }
      expect(out()).toContain('[L0] L1 VMCALL: done');
      expect(m.vmx!.staleTranslations).toEqual([]);
      expect(seenExits).toBe(exits.length);
      expect(entryStops).toBe(m.vmx!.counters.entries);
      expect(kinds.length).toBe(exits.length);
      // the slices stopped in every level's code
      expect(stopsAt.every((n) => n >= 20), `stops per level ${stopsAt.join('/')}`).toBe(true);
      const count = (k: string) => kinds.filter((c) => c === k).length;
      expect(count('L2->L1 virtual')).toBe(11);
      expect(count('L2->L0')).toBe(12);
      expect(count('L1->L0') + count('L2->L0') + count('L2->L1 virtual')).toBe(exits.length);
    });
  });
}
