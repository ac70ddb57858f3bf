// MOV (GPR, memory, immediate, moffs, Sreg, CR, DR forms), LEA (SDM Vol 2).
import { Mnemonic } from 'iced-x86';
import type { Exec, Insn } from '../insn';
import { K_CR, K_DR, K_MEM, K_REG, K_SREG } from '../insn';
import { defineOps, notImplemented } from './registry';
import { reader, writer, eaOf, regWriter } from './operand';
import { lea64 } from '../ea';
import { loadDataSegment } from '../descriptors';
import { CS, SS } from '../regs';
import { ud } from '../faults';
import { movFromCr, movToCr, movFromDr, movToDr } from './control-regs';

function mov(d: Insn): Exec {
  if (d.k0 === K_SREG) {
    const s = d.g0;
    if (s === CS) return () => { throw ud('MOV to CS'); };
    const src = reader(d, 1, 2);
    return (c, d2) => {
      loadDataSegment(c, s, src(c, d2) & 0xffff);
      if (s === SS) c.shadow = 1; // MOV SS blocks interrupts for one instruction (SDM Vol 3A 6.8.3)
    };
  }
  if (d.k1 === K_SREG) {
    const s = d.g1;
    if (d.k0 === K_MEM) { const w = writer(d, 0, 2); return (c, d2) => w(c, d2, c.sel[s], 0); }
    // Register destination: 32/64-bit forms zero-extend the selector (Intel behaviour for recent CPUs).
    const w = regWriter(d.g0, 0, d.s0);
    return (c, d2) => w(c, d2, c.sel[s], 0);
  }
  if (d.k0 === K_CR) { const n = d.g0, g = d.g1; return (c) => movToCr(c, n, c.r[2 * g], c.r[2 * g + 1]); }
  if (d.k1 === K_CR) { const n = d.g1, g = d.g0; return (c) => { const [lo, hi] = movFromCr(c, n); c.r[2 * g] = lo; c.r[2 * g + 1] = c.long64 ? hi : 0; }; }
  if (d.k0 === K_DR) { const n = d.g0, g = d.g1; return (c) => movToDr(c, n, c.r[2 * g], c.r[2 * g + 1]); }
  if (d.k1 === K_DR) { const n = d.g1, g = d.g0; return (c) => { const [lo, hi] = movFromDr(c, n); c.r[2 * g] = lo; c.r[2 * g + 1] = c.long64 ? hi : 0; }; }
  const size = d.osz;
  const src = reader(d, 1, size);
  // Fast paths for register destinations.
  if (d.k0 === K_REG && size === 4) { const i = d.g0 << 1; return (c, d2) => { c.r[i] = src(c, d2); c.r[i + 1] = 0; }; }
  if (d.k0 === K_REG && size === 8) { const i = d.g0 << 1; return (c, d2) => { const lo = src(c, d2); c.r[i + 1] = c.hi; c.r[i] = lo; }; }
  const dst = writer(d, 0, size);
  if (size === 8) return (c, d2) => { const lo = src(c, d2); dst(c, d2, lo, c.hi); };
  return (c, d2) => dst(c, d2, src(c, d2), 0);
}

function lea(d: Insn): Exec {
  if (d.k1 !== K_MEM) return () => { throw ud('LEA with a register source'); };
  const ea = eaOf(d);
  const size = d.osz;
  const w = regWriter(d.g0, 0, size);
  // 64-bit address size: exact 64-bit arithmetic (the result need not be an address); narrower results truncate it.
  if (d.asz === 8) {
    if (size === 8) return (c, d2) => { const lo = lea64(c, d2); w(c, d2, lo, c.hi); };
    return (c, d2) => w(c, d2, lea64(c, d2), 0);
  }
  if (size === 8) return (c, d2) => w(c, d2, ea(c, d2) | 0, 0); // 32/16-bit address zero-extended
  return (c, d2) => w(c, d2, ea(c, d2) | 0, 0);
}

defineOps([[Mnemonic.Mov, mov], [Mnemonic.Lea, lea]]);
void notImplemented;
