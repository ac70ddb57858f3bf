// MOV to/from control and debug registers (SDM Vol 2 MOV CRn/DRn; Vol 3A 2.5, 17.2).
// Placeholder until the system-instruction module lands: every access says it is not implemented.
import type { Cpu } from '../cpu';
import { NotImplemented } from '../faults';

export function movToCr(_c: Cpu, n: number, _lo: number, _hi: number): void { throw new NotImplemented(`mov cr${n}, reg`); }
export function movFromCr(_c: Cpu, n: number): [number, number] { throw new NotImplemented(`mov reg, cr${n}`); }
export function movToDr(_c: Cpu, n: number, _lo: number, _hi: number): void { throw new NotImplemented(`mov dr${n}, reg`); }
export function movFromDr(_c: Cpu, n: number): [number, number] { throw new NotImplemented(`mov reg, dr${n}`); }
