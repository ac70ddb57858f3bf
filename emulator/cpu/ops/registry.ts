// Mnemonic -> compiler table. Each compiler turns a decoded Insn into a specialised executor.
import { Code, Mnemonic } from 'iced-x86';
import type { Exec, Insn } from '../insn';
import { NotImplemented, ud } from '../faults';
import { hex64 } from '../cpu';

export type OpCompiler = (d: Insn) => Exec;

const OPS = new Map<number, OpCompiler>();

/** Registers compilers for mnemonics; a mnemonic may be defined once. */
export function defineOps(entries: [Mnemonic | Mnemonic[], OpCompiler][]): void {
  for (const [m, comp] of entries) {
    for (const mn of Array.isArray(m) ? m : [m]) {
      if (OPS.has(mn)) throw new Error(`duplicate op definition for ${Mnemonic[mn]}`);
      OPS.set(mn, comp);
    }
  }
}

export function isImplemented(mnem: number): boolean { return OPS.has(mnem); }
export function implementedMnemonics(): string[] { return [...OPS.keys()].map((m) => Mnemonic[m].toLowerCase()).sort(); }

export function compileInsn(d: Insn): Exec {
  if (d.code === Code.INVALID) return () => { throw ud('invalid opcode'); };
  const comp = OPS.get(d.mnem);
  if (!comp) return notImplemented(d);
  return comp(d);
}

export function notImplemented(d: Insn, what?: string): Exec {
  const name = what ?? Mnemonic[d.mnem].toLowerCase();
  return (c) => { throw new NotImplemented(`${name} (${d.text}) at 0x${hex64(c.rip)}`); };
}
