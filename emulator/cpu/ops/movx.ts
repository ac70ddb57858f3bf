// Sign/zero extension: MOVZX, MOVSX, MOVSXD, CBW/CWDE/CDQE, CWD/CDQ/CQO (SDM Vol 2). No flags change.
import { Mnemonic } from 'iced-x86';
import type { Exec, Insn } from '../insn';
import { K_REG } from '../insn';
import { defineOps } from './registry';
import { reader } from './operand';
import { ud } from '../faults';

function lockUd(d: Insn): Exec { return () => { throw ud(`LOCK prefix on ${d.text}`); }; }

/** Source operand size of MOVZX/MOVSX/MOVSXD (register size or memory access size). */
function srcSize(d: Insn): number { return d.k1 === K_REG ? d.s1 : d.msize; }

function movzx(d: Insn): Exec {
  if (d.lock) return lockUd(d);
  const src = reader(d, 1, srcSize(d)); // 8/16-bit readers return unsigned values: already zero-extended
  const i = d.g0 << 1;
  if (d.osz === 2) return (c, d2) => { c.r[i] = (c.r[i] & ~0xffff) | src(c, d2); };
  return (c, d2) => { c.r[i] = src(c, d2); c.r[i + 1] = 0; }; // 32 and 64-bit destinations
}

function movsx(d: Insn): Exec {
  if (d.lock) return lockUd(d);
  const ss = srcSize(d);
  const src = reader(d, 1, ss);
  const i = d.g0 << 1;
  const sh = ss === 1 ? 24 : 16;
  switch (d.osz) {
    case 2: return (c, d2) => { c.r[i] = (c.r[i] & ~0xffff) | (((src(c, d2) << sh) >> sh) & 0xffff); };
    case 4: return (c, d2) => { c.r[i] = (src(c, d2) << sh) >> sh; c.r[i + 1] = 0; };
    default: return (c, d2) => { const v = (src(c, d2) << sh) >> sh; c.r[i] = v; c.r[i + 1] = v >> 31; };
  }
}

/** MOVSXD r64, r/m32 sign-extends; without REX.W (r32 / r16 forms) it is a plain move of that size. */
function movsxd(d: Insn): Exec {
  if (d.lock) return lockUd(d);
  const i = d.g0 << 1;
  switch (d.osz) {
    case 2: { const src = reader(d, 1, 2); return (c, d2) => { c.r[i] = (c.r[i] & ~0xffff) | src(c, d2); }; }
    case 4: { const src = reader(d, 1, 4); return (c, d2) => { c.r[i] = src(c, d2); c.r[i + 1] = 0; }; }
    default: { const src = reader(d, 1, 4); return (c, d2) => { const v = src(c, d2); c.r[i] = v; c.r[i + 1] = v >> 31; }; }
  }
}

// Accumulator extensions (RAX = r[0..1], RDX = r[4..5]).
defineOps([
  [Mnemonic.Movzx, movzx],
  [Mnemonic.Movsx, movsx],
  [Mnemonic.Movsxd, movsxd],
  [Mnemonic.Cbw, () => (c) => { c.r[0] = (c.r[0] & ~0xffff) | (((c.r[0] << 24) >> 24) & 0xffff); }],
  [Mnemonic.Cwde, () => (c) => { c.r[0] = (c.r[0] << 16) >> 16; c.r[1] = 0; }],
  [Mnemonic.Cdqe, () => (c) => { c.r[1] = c.r[0] >> 31; }],
  [Mnemonic.Cwd, () => (c) => { c.r[4] = (c.r[4] & ~0xffff) | ((c.r[0] << 16) >> 31 & 0xffff); }],
  [Mnemonic.Cdq, () => (c) => { c.r[4] = c.r[0] >> 31; c.r[5] = 0; }],
  [Mnemonic.Cqo, () => (c) => { const s = c.r[1] >> 31; c.r[4] = s; c.r[5] = s; }],
]);
