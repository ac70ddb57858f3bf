// Shared runner for the system-instruction tests: assembles a NASM snippet, lets the test configure the
// machine (CPUID model, TPR accessor...) before it runs, and decodes fault stops.
import { expect } from 'vitest';
import { assembleNasm } from '../harness';
import { Machine, MachineOptions } from '../../../emulator/machine';
import type { RunStop } from '../../../emulator/cpu/exec';
import { GPR_NAMES } from '../../../emulator/cpu/regs';
import { configureCpuid, CpuidOptions } from '../../../emulator/cpu/cpuid';

export interface SysRun {
  m: Machine;
  stop: RunStop;
  reg(name: string): bigint;
  /** resumes after a magic breakpoint (`xchg bx, bx`) */
  resume(max?: number): RunStop;
  u32(pa: number): number;
  u64(pa: number): bigint;
}

export interface SysOptions { mode?: 'long64' | 'real'; org?: number; cpuid?: CpuidOptions; machine?: MachineOptions; setup?: (m: Machine) => void; max?: number }

export function runSys(body: string, opts: SysOptions = {}): SysRun {
  const mode = opts.mode ?? 'long64';
  const org = opts.org ?? (mode === 'long64' ? 0x100000 : 0x7c00);
  const bytes = assembleNasm(`bits ${mode === 'long64' ? 64 : 16}\norg 0x${org.toString(16)}\n${body}\n`);
  const m = new Machine({ memoryMiB: 16, ...opts.machine });
  if (opts.cpuid) configureCpuid(m.cpu, opts.cpuid);
  m.load({ bytes, loadAddress: org, mode, entry: org });
  opts.setup?.(m);
  const stop = m.run(opts.max ?? 100_000);
  const r: SysRun = {
    m, stop,
    reg: (name) => m.cpu.getBig(GPR_NAMES.indexOf(name)),
    resume: (max = 100_000) => (r.stop = m.run(max)),
    u32: (pa) => m.mem.read32(pa) >>> 0,
    u64: (pa) => (BigInt(m.mem.read32(pa + 4) >>> 0) << 32n) | BigInt(m.mem.read32(pa) >>> 0),
  };
  return r;
}

/** Expects the run to have stopped as a triple fault whose first fault matches (no IDT: IDTR limit 0). */
export function expectFirstFault(r: SysRun, first: RegExp): void {
  expect(r.stop.reason, JSON.stringify(r.stop)).toBe('triple-fault');
  const detail = (r.stop as { detail: string }).detail;
  const m = /\(first fault: (.*)\)$/.exec(detail);
  expect(m, detail).not.toBeNull();
  expect(m![1]).toMatch(first);
}

export function expectHalted(r: SysRun): void {
  expect(r.stop, JSON.stringify(r.stop)).toEqual({ reason: 'halted' });
}

/** Real-mode prelude: an empty IDT so that any fault ends the run as a triple fault. */
export const REAL_PRELUDE = `
        cli
        lidt    [null_idt]
        jmp     _start
align 8
null_idt: dw 0
        dd 0
_start:
`;

/** long64: makes the first 2 MiB (code at 0x100000) user-accessible, for ring-3 tests. */
export const USER_PAGES = `
%macro USER_PAGES 0
        mov     rax, cr3
        and     rax, -4096
        or      qword [rax], 4
        mov     rbx, [rax]
        and     rbx, -4096
        or      qword [rbx], 4
        mov     rcx, [rbx]
        and     rcx, -4096
        or      qword [rcx], 4
        mov     rax, cr3
        mov     cr3, rax
%endmacro
; TO_RING3 label: SYSRET to 64-bit ring-3 code at label (STAR: kernel CS 0x08, user base 0x18 -> CS 0x2b, SS 0x23)
%macro TO_RING3 1
        mov     ecx, 0xC0000081
        xor     eax, eax
        mov     edx, 0x00180008
        wrmsr
        lea     rcx, [rel %1]
        mov     r11d, 2
        o64 sysret
%endmacro
; SET_LSTAR label: SYSCALL entry point (kernel code below 4 GiB)
%macro SET_LSTAR 1
        lea     rax, [rel %1]
        mov     ecx, 0xC0000082
        xor     edx, edx
        wrmsr
%endmacro
`;
