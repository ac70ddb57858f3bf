// Architectural exceptions raised while executing an instruction, and stop signals.

// Exception vectors (SDM Vol 3A Table 6-1).
export const DE = 0, DB = 1, NMI = 2, BP = 3, OF = 4, BR = 5, UD = 6, NM = 7, DF = 8;
export const TS = 10, NP = 11, SS_ = 12, GP = 13, PF = 14, MF = 16, AC = 17, MC = 18, XM = 19, VE = 20, CP = 21;

export const EXCEPTION_MNEMONICS = ['#DE', '#DB', 'NMI', '#BP', '#OF', '#BR', '#UD', '#NM', '#DF', 'CSO', '#TS', '#NP', '#SS', '#GP', '#PF', '#15', '#MF', '#AC', '#MC', '#XM', '#VE', '#CP'];

/** Vectors that push an error code (SDM Vol 3A 6.13). */
export const HAS_ERROR_CODE = new Set([DF, TS, NP, SS_, GP, PF, AC, CP]);

/** Thrown inside an instruction: the CPU delivers it through the IDT (or a VM exit). */
export class CpuFault {
  constructor(
    readonly vector: number,
    readonly errorCode: number | undefined = undefined,
    /** why, for the debugger's stop description */
    readonly detail = '',
  ) {}
  toString(): string {
    const ec = this.errorCode === undefined ? '' : `(0x${this.errorCode.toString(16)})`;
    return `${EXCEPTION_MNEMONICS[this.vector] ?? `vector ${this.vector}`}${ec}${this.detail ? ': ' + this.detail : ''}`;
  }
}

/** Thrown when the emulator reaches something it does not implement: the run stops with this message. */
export class NotImplemented extends Error {
  constructor(what: string) {
    super(`not implemented: ${what}`);
  }
}

export function gp(detail = '', code = 0): CpuFault { return new CpuFault(GP, code, detail); }
export function ud(detail = ''): CpuFault { return new CpuFault(UD, undefined, detail); }

/**
 * Thrown from deep inside an instruction (e.g. an EPT violation during a memory access) when the
 * access causes a VM exit instead of an exception: the run loop restores RIP to the instruction and
 * calls perform(), which carries out the VM exit.
 */
export class VmExitSignal {
  constructor(readonly perform: () => void, readonly what: string) {}
}
