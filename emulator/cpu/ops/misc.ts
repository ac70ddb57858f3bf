// NOP family, HLT, flag-bit instructions, XCHG (incl. the Bochs magic breakpoint `xchg bx, bx`), UD2.
import { Mnemonic } from 'iced-x86';
import type { Exec, Insn } from '../insn';
import { K_REG } from '../insn';
import { defineOps } from './registry';
import { rmw, reader } from './operand';
import { setFlags, getCF, CF, DF } from '../flags';
import { CpuFault, GP, ud } from '../faults';

const nop = (): Exec => () => {};

function hlt(): Exec {
  return (c) => {
    if (c.cpl !== 0) throw new CpuFault(GP, 0, 'HLT at CPL > 0');
    c.halted = true;
  };
}

function xchg(d: Insn): Exec {
  const size = d.osz;
  if (d.k0 === K_REG && d.k1 === K_REG && d.g0 === 3 && d.g1 === 3 && size === 2) {
    // Bochs magic breakpoint (`xchg bx, bx`): architecturally a no-op; the debugger stops after it.
    return (c) => { c.pendingStop = { reason: 'magic-breakpoint' }; };
  }
  const [rd0, wr0] = rmw(d, 0, size);
  const [rd1, wr1] = rmw(d, 1, size);
  if (size === 8) return (c, d2) => { const alo = rd0(c, d2), ahi = c.hi; const blo = rd1(c, d2), bhi = c.hi; wr0(c, d2, blo, bhi); wr1(c, d2, alo, ahi); };
  // Memory operand is always operand 0 or 1; XCHG with memory is implicitly locked (atomic here by construction).
  return (c, d2) => { const a = rd0(c, d2); const b = rd1(c, d2); wr0(c, d2, b, 0); wr1(c, d2, a, 0); };
}

defineOps([
  [[Mnemonic.Nop, Mnemonic.Pause, Mnemonic.Lfence, Mnemonic.Mfence, Mnemonic.Sfence, Mnemonic.Prefetchnta, Mnemonic.Prefetcht0, Mnemonic.Prefetcht1, Mnemonic.Prefetcht2, Mnemonic.Prefetchw, Mnemonic.Endbr64, Mnemonic.Endbr32], nop],
  [Mnemonic.Hlt, hlt],
  [Mnemonic.Clc, () => (c) => setFlags(c, CF, 0)],
  [Mnemonic.Stc, () => (c) => setFlags(c, CF, CF)],
  [Mnemonic.Cmc, () => (c) => setFlags(c, CF, getCF(c) ? 0 : CF)],
  [Mnemonic.Cld, () => (c) => { c.flags &= ~DF; }],
  [Mnemonic.Std, () => (c) => { c.flags |= DF; }],
  [Mnemonic.Xchg, xchg],
  [Mnemonic.Ud2, () => () => { throw ud('UD2'); }],
]);
void reader;
