// Stack instructions: PUSH, POP (register, memory, immediate, segment register), PUSHF/POPF
// (16/32/64), PUSHA/POPA, ENTER, LEAVE (SDM Vol 2 "Operation").
// Operand sizes come from the decoder: 64-bit mode defaults to 8 bytes (2 with 66h); elsewhere 2 or 4.
import { Mnemonic } from 'iced-x86';
import type { Cpu } from '../cpu';
import type { Exec, Insn } from '../insn';
import { K_IMM, K_MEM, K_REG, K_SREG } from '../insn';
import { defineOps } from './registry';
import { reader, regReader, regWriter, writer } from './operand';
import { IF, IOPL, RF, VM, AC, ID, NT, TF, DF, OF, SF, ZF, AF, PF, CF } from '../flags';
import { CS, SS, RBP, RSP } from '../regs';
import { ud } from '../faults';
import { loadDataSegment } from '../descriptors';

/** Wraps a stack offset to the stack-address size. */
export function wrapSp(ssz: number, v: number): number { return ssz === 8 ? v : ssz === 4 ? v >>> 0 : v & 0xffff; }
/** Sets the stack pointer for an explicit stack-address size (the size may change during POP SS). */
function setSpSized(c: Cpu, ssz: number, v: number): void {
  const r = c.r, i = RSP << 1;
  if (ssz === 8) { r[i] = v | 0; r[i + 1] = Math.floor(v / 4294967296) | 0; }
  else if (ssz === 4) r[i] = v | 0;
  else r[i] = (r[i] & ~0xffff) | (v & 0xffff);
}

// ------------------------------------------------------------------------------------------ PUSH / POP

function push(d: Insn): Exec {
  const size = d.osz;
  if (d.k0 === K_SREG) {
    const s = d.g0;
    // A segment register pushed with a 32/64-bit operand size: recent processors write only the low
    // 16 bits and leave the rest of the slot unmodified (SDM Vol 2 PUSH, Bochs does the same).
    if (size === 2) return (c) => c.push(2, c.sel[s]);
    return (c) => {
      const nsp = wrapSp(c.ssz, c.sp() - size);
      c.probeWrite(SS, nsp, size);
      c.write16(SS, nsp, c.sel[s]);
      c.setSp(nsp);
    };
  }
  if (d.k0 === K_IMM) {
    const lo = size === 2 ? d.imm & 0xffff : d.imm, hi = d.immHi;
    return (c) => c.push(size, lo, hi);
  }
  if (d.k0 === K_REG || d.k0 === K_MEM) {
    // The source (PUSH RSP: the old value; PUSH [RSP+x]: address from the old RSP) is read before the push.
    const src = d.k0 === K_REG ? regReader(d.g0, d.h0, size) : reader(d, 0, size);
    if (size === 8) return (c, d2) => { const lo = src(c, d2); c.push(8, lo, c.hi); };
    return (c, d2) => c.push(size, src(c, d2));
  }
  return () => { throw ud(`PUSH operand (${d.text})`); };
}

function pop(d: Insn): Exec {
  const size = d.osz;
  if (d.k0 === K_SREG) {
    const s = d.g0;
    if (s === CS) return () => { throw ud('POP CS'); };
    return (c) => {
      const ssz = c.ssz;
      const sp = c.sp();
      const sel = c.read16(SS, sp);
      if (size > 2) c.linear(SS, sp, size, false); // the whole slot must be within the stack segment
      loadDataSegment(c, s, sel);
      // RSP moves by the operand size at the stack size in effect before the load (POP SS may change SS.B).
      setSpSized(c, ssz, wrapSp(ssz, sp + size));
      if (s === SS) c.shadow = 1; // POP SS inhibits interrupts for one instruction (SDM Vol 3A 6.8.3)
    };
  }
  if (d.k0 === K_REG) {
    // POP RSP: the popped value replaces the incremented stack pointer.
    const w = regWriter(d.g0, d.h0, size);
    return (c, d2) => { const lo = c.pop(size); w(c, d2, lo, c.hi); };
  }
  if (d.k0 === K_MEM) {
    // The destination address is computed after RSP is incremented (SDM Vol 2 POP); a fault on the
    // store leaves RSP unchanged.
    const w = writer(d, 0, size);
    return (c, d2) => {
      const sp = c.sp();
      const lo = c.peek(size, 0), hi = c.hi;
      const slo = c.r[RSP << 1], shi = c.r[(RSP << 1) + 1];
      c.setSp(wrapSp(c.ssz, sp + size));
      try { w(c, d2, lo, hi); } catch (e) { c.r[RSP << 1] = slo; c.r[(RSP << 1) + 1] = shi; throw e; }
    };
  }
  return () => { throw ud(`POP operand (${d.text})`); };
}

// ------------------------------------------------------------------------------------------ PUSHF / POPF

function pushf(d: Insn): Exec {
  const size = d.osz;
  return (c) => {
    // VM and RF are cleared in the image (SDM Vol 2 PUSHF); virtual-8086 mode is not modelled (updateMode).
    const f = c.getFlags() & ~(RF | VM);
    c.push(size, size === 2 ? f & 0xffff : f, 0);
  };
}

// Bits POPF may change at CPL 0 (SDM Vol 2 POPF): all non-reserved flags except RF, VIP, VIF, VM.
const POPF_BITS = CF | PF | AF | ZF | SF | TF | IF | DF | OF | IOPL | NT | AC | ID;

/** RFLAGS after POPF/POPFD/POPFQ of `v` with operand size `size` under the privilege rules. */
export function popfValue(c: Cpu, v: number, size: number): number {
  const old = c.getFlags();
  let mask = POPF_BITS;
  if (c.pe) {
    if (c.cpl > 0) mask &= ~IOPL;
    if (c.cpl > ((old >> 12) & 3)) mask &= ~IF;
  }
  if (size === 2) mask &= 0xffff;
  let f = (old & ~mask) | (v & mask);
  if (size !== 2) f &= ~RF; // 32/64-bit POPF clears RF
  return f;
}

function popf(d: Insn): Exec {
  const size = d.osz;
  return (c) => {
    const v = c.pop(size);
    c.setFlagsValue(popfValue(c, v, size));
  };
}

// ------------------------------------------------------------------------------------------ PUSHA / POPA

function pusha(d: Insn): Exec {
  const size = d.osz;
  return (c) => {
    if (c.long64) throw ud('PUSHA in 64-bit mode');
    const ssz = c.ssz;
    const sp = c.sp();
    // Order: AX CX DX BX (original) SP BP SI DI.
    const lowest = wrapSp(ssz, sp - 8 * size);
    c.probeWrite(SS, lowest, size);
    for (let g = 0; g < 8; g++) c.writeSized(SS, wrapSp(ssz, sp - (g + 1) * size), size, c.getReg(g, size, 0));
    c.setSp(lowest);
  };
}

function popa(d: Insn): Exec {
  const size = d.osz;
  return (c) => {
    if (c.long64) throw ud('POPA in 64-bit mode');
    const ssz = c.ssz;
    const sp = c.sp();
    const vals: number[] = [];
    // Stack (from SP up): DI SI BP (SP, skipped) BX DX CX AX.
    for (let k = 0; k < 8; k++) vals.push(c.readSized(SS, wrapSp(ssz, sp + k * size), size));
    for (let g = 0; g < 8; g++) if (g !== RSP) c.setReg(g, size, 0, vals[7 - g]);
    c.setSp(wrapSp(ssz, sp + 8 * size));
  };
}

// ------------------------------------------------------------------------------------------ ENTER / LEAVE

function enter(d: Insn): Exec {
  const size = d.osz;
  const alloc = d.imm & 0xffff;
  const level = d.imm2 & 31;
  return (c) => {
    const ssz = c.ssz;
    const r = c.r, bi = RBP << 1;
    // The frame pointer used to copy the display is (E/R)BP at the stack size; the stores complete before
    // any register changes, so a fault leaves RSP/RBP as they were (SDM Vol 2 ENTER).
    let bp = wrapSp(ssz, ssz === 8 ? r[bi + 1] * 4294967296 + (r[bi] >>> 0) : r[bi] >>> 0);
    let sp = wrapSp(ssz, c.sp() - size);
    c.writeSized(SS, sp, size, size === 2 ? r[bi] & 0xffff : r[bi], r[bi + 1]);
    const frame = sp;
    if (level > 0) {
      for (let i = 1; i < level; i++) {
        bp = wrapSp(ssz, bp - size);
        const v = c.readSized(SS, bp, size), hi = c.hi;
        sp = wrapSp(ssz, sp - size);
        c.writeSized(SS, sp, size, v, hi);
      }
      sp = wrapSp(ssz, sp - size);
      c.writeSized(SS, sp, size, size === 8 ? frame | 0 : frame, size === 8 ? Math.floor(frame / 4294967296) | 0 : 0);
    }
    const fin = wrapSp(ssz, sp - alloc);
    // The final stack pointer is checked like a write of the operand size (Bochs: RMW access at SS:RSP).
    c.probeWrite(SS, fin, size);
    c.setReg(RBP, size, 0, size === 8 ? frame | 0 : frame, size === 8 ? Math.floor(frame / 4294967296) | 0 : 0);
    c.setSp(fin);
  };
}

function leave(d: Insn): Exec {
  const size = d.osz;
  return (c) => {
    const ssz = c.ssz;
    const r = c.r, bi = RBP << 1;
    // RSP <- RBP (at the stack size), then RBP <- POP (operand size); the read comes first.
    const bp = ssz === 8 ? r[bi + 1] * 4294967296 + (r[bi] >>> 0) : ssz === 4 ? r[bi] >>> 0 : r[bi] & 0xffff;
    const v = c.readSized(SS, bp, size), hi = c.hi;
    c.setSp(wrapSp(ssz, bp + size));
    c.setReg(RBP, size, 0, v, hi);
  };
}

defineOps([
  [Mnemonic.Push, push],
  [Mnemonic.Pop, pop],
  [[Mnemonic.Pushf, Mnemonic.Pushfd, Mnemonic.Pushfq], pushf],
  [[Mnemonic.Popf, Mnemonic.Popfd, Mnemonic.Popfq], popf],
  [[Mnemonic.Pusha, Mnemonic.Pushad], pusha],
  [[Mnemonic.Popa, Mnemonic.Popad], popa],
  [Mnemonic.Enter, enter],
  [Mnemonic.Leave, leave],
]);
