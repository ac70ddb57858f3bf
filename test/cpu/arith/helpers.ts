// Table-driven runner for the arithmetic tests: many independent cases in one assembled snippet.
// Each case loads registers, four qwords of data memory (at DATA) and RFLAGS, runs its instruction(s), then
// stores RAX..RDI, R8, R9, RFLAGS and the data qwords into a result slot. Expected values in the tests are
// derived by hand from the SDM (Vol 2) pseudo-code, never taken from the implementation.
import { expect } from 'vitest';
import { runAsm, RunResult } from '../harness';

export const CF = 0x1, PF = 0x4, AF = 0x10, ZF = 0x40, SF = 0x80, OF = 0x800;
export const ARITH = CF | PF | AF | ZF | SF | OF;

/** Data area the cases may use as a memory operand (identity-mapped in the long64 start state). */
export const DATA = 0x300000;
const OUT = 0x400000;
const SLOT = 0x80;
const REGS = ['rax', 'rbx', 'rcx', 'rdx', 'rsi', 'rdi', 'r8', 'r9'] as const;
export type Reg = (typeof REGS)[number];

export interface Case {
  /** instruction(s) under test */
  insn: string;
  /** initial registers (default 0) */
  regs?: Partial<Record<Reg, bigint>>;
  /** initial qwords at DATA, DATA+8, DATA+16, DATA+24 (default 0) */
  mem?: bigint[];
  /** initial RFLAGS arithmetic bits (default 0) */
  flags?: number;
}
export interface Out { regs: Record<Reg, bigint>; flags: number; mem: bigint[] }

const u64 = (v: bigint): string => `0x${BigInt.asUintN(64, v).toString(16)}`;

export function runCases(cases: Case[]): Out[] {
  const lines: string[] = [];
  cases.forEach((c, k) => {
    lines.push(`; case ${k}`);
    for (let i = 0; i < 4; i++) lines.push(`mov r15, ${u64(c.mem?.[i] ?? 0n)}`, `mov [abs 0x${(DATA + 8 * i).toString(16)}], r15`);
    for (const r of REGS) lines.push(`mov ${r}, ${u64(c.regs?.[r] ?? 0n)}`);
    lines.push(`push qword 0x${((c.flags ?? 0) | 2).toString(16)}`, 'popfq');
    lines.push(c.insn);
    const o = OUT + k * SLOT;
    lines.push('pushfq', `pop qword [abs 0x${(o + 0x40).toString(16)}]`);
    REGS.forEach((r, i) => lines.push(`mov [abs 0x${(o + 8 * i).toString(16)}], ${r}`));
    for (let i = 0; i < 4; i++) lines.push(`mov r15, [abs 0x${(DATA + 8 * i).toString(16)}]`, `mov [abs 0x${(o + 0x48 + 8 * i).toString(16)}], r15`);
  });
  lines.push('hlt');
  const r = runAsm(lines.join('\n'), { maxInstructions: 10_000_000 });
  if (r.stop.reason !== 'halted') throw new Error(`run stopped: ${JSON.stringify(r.stop)}`);
  const q = (pa: number): bigint => (BigInt(r.m.mem.read32(pa + 4) >>> 0) << 32n) | BigInt(r.m.mem.read32(pa) >>> 0);
  return cases.map((_, k) => {
    const o = OUT + k * SLOT;
    const regs = {} as Record<Reg, bigint>;
    REGS.forEach((name, i) => { regs[name] = q(o + 8 * i); });
    return { regs, flags: Number(q(o + 0x40)) & ARITH, mem: [0, 1, 2, 3].map((i) => q(o + 0x48 + 8 * i)) };
  });
}

/** Flag bits as a readable string (for assertion messages). */
export function fl(f: number): string {
  return [[CF, 'CF'], [PF, 'PF'], [AF, 'AF'], [ZF, 'ZF'], [SF, 'SF'], [OF, 'OF']].filter(([b]) => f & (b as number)).map(([, n]) => n).join('|') || '-';
}

/** Runs a snippet expected to fault with no IDT; returns the triple-fault detail (names the first fault). */
export function faultDetail(body: string): string {
  const r: RunResult = runAsm(`${body}\nhlt`);
  if (r.stop.reason !== 'triple-fault') throw new Error(`expected a fault, got ${JSON.stringify(r.stop)}`);
  return r.stop.detail;
}

export const hex = (v: bigint): string => `0x${BigInt.asUintN(64, v).toString(16)}`;

export interface Exp {
  regs?: Partial<Record<Reg, bigint>>;
  /** expected qwords at DATA.. (undefined entries are not checked) */
  mem?: (bigint | undefined)[];
  /** expected arithmetic flags, compared under `mask` (default: all six) */
  flags?: number;
  mask?: number;
}
export type Row = [Case, Exp];

export function check(out: Out, exp: Exp, label: string): void {
  for (const [r, v] of Object.entries(exp.regs ?? {}) as [Reg, bigint][]) expect(hex(out.regs[r]), `${label}: ${r}`).toBe(hex(v));
  exp.mem?.forEach((v, i) => { if (v !== undefined) expect(hex(out.mem[i]), `${label}: mem[${i}]`).toBe(hex(v)); });
  if (exp.flags !== undefined) {
    const m = exp.mask ?? ARITH;
    expect(fl(out.flags & m), `${label}: flags under mask ${fl(m)}`).toBe(fl(exp.flags & m));
  }
}

/** Runs every row in one machine run and checks each; returns the number of rows checked. */
export function table(rows: Row[]): number {
  const outs = runCases(rows.map(([c]) => c));
  rows.forEach(([c, e], k) => check(outs[k], e, `#${k} ${c.insn.replace(/\n/g, '; ')} ${JSON.stringify(c.regs ?? {}, (_k, v) => (typeof v === 'bigint' ? hex(v) : v))} fl=${fl(c.flags ?? 0)}`));
  return rows.length;
}
