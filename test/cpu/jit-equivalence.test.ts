// The JIT (cpu/jit.ts) must be indistinguishable from the interpreter: random straight-line
// programs in a loop (so blocks get compiled) run both ways and must end in identical state.
import { describe, it, expect } from 'vitest';
import { assembleNasm, nasmAvailable } from './harness';
import { Machine } from '../../emulator/machine';

function rng(seed: number) { let s = seed >>> 0; return () => { s = (s * 1664525 + 1013904223) >>> 0; return s / 4294967296; }; }

const R64 = ['rax', 'rcx', 'rdx', 'rsi', 'rdi', 'r8', 'r9', 'r10', 'r11', 'r12', 'r13', 'r14', 'r15'];
const R32 = ['eax', 'ecx', 'edx', 'esi', 'edi', 'r8d', 'r9d', 'r10d', 'r11d'];
const R16 = ['ax', 'cx', 'dx', 'si', 'di', 'r8w'];
const R8A = ['al', 'cl', 'dl', 'ah', 'ch', 'dh'];
const R8B = ['al', 'cl', 'dl', 'sil', 'dil', 'r9b'];
const OPS = ['add', 'adc', 'sub', 'sbb', 'cmp', 'and', 'or', 'xor', 'test'];

function randomProgram(seed: number, real: boolean): string {
  const r = rng(seed);
  const pick = <T,>(a: T[]) => a[Math.floor(r() * a.length)];
  const regs = real ? { 4: ['eax', 'ecx', 'edx', 'esi', 'edi'], 2: ['ax', 'cx', 'dx', 'si', 'di'], 1: ['al', 'cl', 'dl', 'ah', 'ch', 'dh'], 8: [] as string[] } : { 8: R64, 4: R32, 2: R16, 1: R8A };
  const sizes = real ? [1, 2, 4] : [1, 2, 4, 8];
  const lines: string[] = [];
  const imm = (size: number) => {
    const v = Math.floor(r() * 2 ** 32) - 2 ** 31;
    if (size === 1) return String(v & 0xff);
    if (size === 2) return String(v & 0xffff);
    if (size === 8 && r() < 0.5) return String((v >> 24)); // sign-extended imm8/imm32 forms
    return String(v | 0);
  };
  const kw = (s: number) => ({ 1: 'byte', 2: 'word', 4: 'dword', 8: 'qword' } as Record<number, string>)[s];
  for (let i = 0; i < 30; i++) {
    const size = pick(sizes) as 1 | 2 | 4 | 8;
    const set = size === 1 && !real && r() < 0.5 ? R8B : regs[size];
    const a = pick(set), b = pick(set);
    const k = r();
    const mem = `${kw(size)} [${real ? 'bx' : 'rbx'} + ${Math.floor(r() * 8) * 8}]`;
    if (k < 0.35) lines.push(`${pick(OPS)} ${a}, ${b}`);
    else if (k < 0.55) lines.push(`${pick(OPS)} ${a}, ${size === 8 ? `${kw(size)} ${imm(4)}` : imm(size)}`);
    else if (k < 0.62) lines.push(`${pick(['inc', 'dec'])} ${a}`);
    else if (k < 0.70) lines.push(`mov ${a}, ${b}`);
    else if (k < 0.75) lines.push(`mov ${a}, ${imm(size === 8 ? 4 : size)}`);
    else if (k < 0.82 && size !== 8) lines.push(`${pick(OPS)} ${a}, ${mem}`);
    else if (k < 0.86) lines.push(`mov ${mem}, ${a}`);
    else if (k < 0.88 && size === 4) lines.push(`${pick(['rol', 'ror'])} ${a}, ${Math.floor(r() * 40)}`);
    else if (k < 0.93) lines.push(`mov ${a}, ${mem}`);
    else if (!real && size >= 4) lines.push(`lea ${a}, [${pick(R64)} + ${pick(R64)}*${pick([1, 2, 4, 8])} + ${imm(1)}]`);
    else lines.push(`j${pick(['z', 'nz', 'c', 'nc', 'o', 's', 'l', 'g', 'be', 'a', 'p'])} .s${i}\nxor ${a}, ${b}\n.s${i}:`);
  }
  const init = real
    ? 'mov bx, 0x1000\nmov eax, 0x12345678\nmov ecx, 0x9abcdef0\nmov edx, 0x80000000\nmov esi, 0x7fffffff\nmov edi, 1\n'
    : 'mov rbx, 0x200000\nmov rax, 0x123456789abcdef0\nmov rcx, -1\nmov rdx, 0x8000000000000000\nmov rsi, 0x7fffffffffffffff\nmov rdi, 1\nmov r8, 0xffffffff\n';
  return `${init}mov ${real ? 'bp' : 'rbp'}, 25\n.l:\n${lines.join('\n')}\ndec ${real ? 'bp' : 'rbp'}\njnz .l\nhlt\n`;
}

function run(bytes: Uint8Array, real: boolean, jit: boolean) {
  const m = new Machine({ memoryMiB: 8 });
  const org = real ? 0x7c00 : 0x100000;
  m.load({ bytes, loadAddress: org, mode: real ? 'real' : 'long64', entry: org });
  m.exec.jit = jit;
  const stop = m.run(100000);
  const regs = Array.from({ length: 16 }, (_, i) => m.cpu.getBig(i).toString(16));
  const memSnap = Array.from(m.mem.u8.subarray(real ? 0x1000 : 0x200000, (real ? 0x1000 : 0x200000) + 72));
  return { stop, regs, flags: (m.cpu.getFlags() & 0x8d5).toString(16), mem: memSnap, jitted: m.exec.stats.blocksJitted, icount: m.cpu.icount };
}

describe.skipIf(!nasmAvailable())('JIT equivalence with the interpreter', () => {
  for (const real of [false, true]) {
    it(`random ALU/MOV programs (${real ? 'real mode' : '64-bit'})`, () => {
      let jittedTotal = 0;
      for (let seed = 1; seed <= 40; seed++) {
        const src = `bits ${real ? 16 : 64}\norg ${real ? '0x7c00' : '0x100000'}\n${randomProgram(seed * 7919 + (real ? 1 : 0), real)}`;
        const bytes = assembleNasm(src);
        const a = run(bytes, real, true), b = run(bytes, real, false);
        expect(a, `seed ${seed}\n${src}`).toEqual({ ...b, jitted: a.jitted });
        expect(b.jitted).toBe(0);
        jittedTotal += a.jitted;
      }
      expect(jittedTotal).toBeGreaterThan(40);
    });
  }
});
