// Software interrupts and interrupt-flag control: INT n, INT3, INTO, INT1 (ICEBP), IRET/IRETD/IRETQ,
// CLI, STI (SDM Vol 2 "Operation"; delivery in interrupts.ts).
import { Mnemonic } from 'iced-x86';
import type { Cpu } from '../cpu';
import { CR4_PVI } from '../cpu';
import type { Exec, Insn } from '../insn';
import { defineOps } from './registry';
import { getOF, IF, VIF, VIP } from '../flags';
import { CpuFault, GP, ud, BP, OF as OF_VEC, DB } from '../faults';
import { deliverEvent, iret, EVENT_SOFT_INT, EVENT_SOFT_EXC, EVENT_PRIV_SOFT_EXC } from '../interrupts';

// Software interrupts are delivered from the instruction: the saved return address is the next
// instruction (c.nrip); deliverEvent sets c.rip/c.nrip to the handler.
function intN(d: Insn): Exec {
  const v = d.imm & 0xff;
  return (c) => deliverEvent(c, v, EVENT_SOFT_INT, undefined, c.nrip);
}

function int3(): Exec {
  return (c) => deliverEvent(c, BP, EVENT_SOFT_EXC, undefined, c.nrip);
}

function into(): Exec {
  return (c) => {
    if (c.long64) throw ud('INTO in 64-bit mode');
    if (getOF(c)) deliverEvent(c, OF_VEC, EVENT_SOFT_EXC, undefined, c.nrip);
  };
}

// INT1 (ICEBP, F1): a privileged software exception — #DB without the gate DPL check.
function int1(): Exec {
  return (c) => deliverEvent(c, DB, EVENT_PRIV_SOFT_EXC, undefined, c.nrip);
}

function iretOp(d: Insn): Exec {
  const size = d.osz;
  return (c) => {
    iret(c, size);
    // IRET ends NMI blocking (SDM Vol 3A 6.7.1). In VMX non-root operation this depends on the
    // "NMI exiting"/"virtual NMIs" controls (SDM Vol 3C 26.3), which the VMX module decides.
    if (!c.nonRoot) c.nmiBlocked = false;
  };
}

function iopl(c: Cpu): number { return (c.flags >> 12) & 3; }

// CLI/STI are IOPL-sensitive in protected mode (SDM Vol 2 CLI/STI; CR4.PVI at CPL 3 works on VIF).
function cli(): Exec {
  return (c) => {
    if (c.pe && c.cpl > iopl(c)) {
      if (c.cpl === 3 && c.cr4 & CR4_PVI) { c.flags &= ~VIF; return; }
      throw new CpuFault(GP, 0, `CLI at CPL ${c.cpl} > IOPL ${iopl(c)}`);
    }
    c.flags &= ~IF;
  };
}

function sti(): Exec {
  return (c) => {
    if (c.pe && c.cpl > iopl(c)) {
      if (c.cpl === 3 && c.cr4 & CR4_PVI && !(c.flags & VIP)) { c.flags |= VIF; return; }
      throw new CpuFault(GP, 0, `STI at CPL ${c.cpl} > IOPL ${iopl(c)}`);
    }
    // Interrupts stay blocked until after the next instruction when STI sets IF (SDM Vol 3A 6.8.3).
    if (!(c.flags & IF)) { c.flags |= IF; c.shadow = 1; }
  };
}

defineOps([
  [Mnemonic.Int, intN],
  [Mnemonic.Int3, int3],
  [Mnemonic.Into, into],
  [Mnemonic.Int1, int1],
  [[Mnemonic.Iret, Mnemonic.Iretd, Mnemonic.Iretq], iretOp],
  [Mnemonic.Cli, cli],
  [Mnemonic.Sti, sti],
]);
