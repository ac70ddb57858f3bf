// Differential test against this machine's processor: random sequences of user-mode integer
// instructions run natively (test/cpu/native/runner.c, built with gcc at test time) and in the
// emulator from identical register states; registers, the scratch memory and every flag that is
// architecturally defined at the end must match. Seeded and bounded, so it is repeatable in CI.
import { describe, it, expect, beforeAll } from 'vitest';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { assembleNasm, nasmAvailable } from './harness';
import { Machine } from '../../emulator/machine';

const BASE = 0x10000000, SCRATCH = BASE + 0x3000, EXIT = BASE + 0x1000;
const CF = 1, PF = 4, AF = 0x10, ZF = 0x40, SF = 0x80, OF = 0x800, ALL = CF | PF | AF | ZF | SF | OF;

function gccAvailable(): boolean { try { execFileSync('gcc', ['--version'], { stdio: 'ignore' }); return true; } catch { return false; } }
const canRun = process.arch === 'x64' && process.platform === 'linux' && nasmAvailable() && gccAvailable();

function rng(seed: number) { let s = seed >>> 0 || 1; return () => { s ^= s << 13; s >>>= 0; s ^= s >>> 17; s ^= s << 5; s >>>= 0; return s / 4294967296; }; }

const Q = ['rax', 'rbx', 'rcx', 'rdx', 'rsi', 'rdi', 'rbp', 'r8', 'r9', 'r10', 'r11', 'r12', 'r13', 'r14', 'r15'];
const D = ['eax', 'ebx', 'ecx', 'edx', 'esi', 'edi', 'ebp', 'r8d', 'r9d', 'r10d', 'r11d', 'r12d', 'r13d', 'r14d', 'r15d'];
const W = ['ax', 'bx', 'cx', 'dx', 'si', 'di', 'bp', 'r8w', 'r9w', 'r10w', 'r11w', 'r12w', 'r13w', 'r14w', 'r15w'];
const B = ['al', 'bl', 'cl', 'dl', 'sil', 'dil', 'bpl', 'r8b', 'r9b', 'r10b', 'r11b', 'r12b', 'r13b', 'r14b', 'r15b'];
const REGS: Record<number, string[]> = { 1: B, 2: W, 4: D, 8: Q };
const KW: Record<number, string> = { 1: 'byte', 2: 'word', 4: 'dword', 8: 'qword' };
const CCS: [string, number][] = [['o', OF], ['no', OF], ['b', CF], ['ae', CF], ['e', ZF], ['ne', ZF], ['be', CF | ZF], ['a', CF | ZF], ['s', SF], ['ns', SF], ['p', PF], ['np', PF], ['l', SF | OF], ['ge', SF | OF], ['le', ZF | SF | OF], ['g', ZF | SF | OF]];

interface Gen { text: string; defined: number; undefined: number; needs?: number }

/** One random instruction with the flags it defines/leaves undefined (SDM Vol 2 "Flags Affected"). */
function instruction(r: () => number): Gen {
  const pick = <T,>(a: T[]) => a[Math.floor(r() * a.length)];
  const size = pick([1, 2, 4, 8]);
  const a = pick(REGS[size]), b = pick(REGS[size]);
  const imm = () => { const v = Math.floor(r() * 2 ** 32) | 0; return size === 1 ? v & 0xff : size === 2 ? v & 0xffff : size === 8 && r() < 0.5 ? v >> 20 : v; };
  const mem = `${KW[size]} [abs ${SCRATCH + Math.floor(r() * 60) * 4}]`;
  const k = Math.floor(r() * 26);
  switch (k) {
    case 0: case 1: { const op = pick(['add', 'sub', 'cmp', 'neg']); if (op === 'neg') return { text: `neg ${a}`, defined: ALL, undefined: 0 }; return { text: `${op} ${a}, ${r() < 0.5 ? b : size === 8 ? `qword ${imm()}` : imm()}`, defined: ALL, undefined: 0 }; }
    case 2: { const op = pick(['adc', 'sbb']); return { text: `${op} ${a}, ${r() < 0.5 ? b : size === 8 ? `qword ${imm()}` : imm()}`, defined: ALL, undefined: 0, needs: CF }; }
    case 3: case 4: { const op = pick(['and', 'or', 'xor', 'test']); return { text: `${op} ${a}, ${r() < 0.5 ? b : size === 8 ? `qword ${imm()}` : imm()}`, defined: ALL & ~AF, undefined: AF }; }
    case 5: return { text: `${pick(['inc', 'dec'])} ${a}`, defined: ALL & ~CF, undefined: 0 };
    case 6: return { text: `not ${a}`, defined: 0, undefined: 0 };
    case 7: { const op = pick(['shl', 'shr', 'sar']); const n = Math.floor(r() * (size === 8 ? 64 : 32)); const cnt = n & (size === 8 ? 63 : 31);
      if (cnt === 0) return { text: `${op} ${a}, ${n}`, defined: 0, undefined: 0 };
      return { text: `${op} ${a}, ${n}`, defined: cnt === 1 ? ALL & ~AF : ALL & ~AF & ~OF, undefined: cnt === 1 ? AF : AF | OF }; }
    case 8: { const op = pick(['rol', 'ror']); const n = 1 + Math.floor(r() * 31); const cnt = n & (size === 8 ? 63 : 31);
      if (cnt === 0) return { text: `${op} ${a}, ${n}`, defined: 0, undefined: 0 };
      // CF is the last bit rotated; for 8/16-bit operands the masked count may be a multiple of the size.
      return { text: `${op} ${a}, ${n}`, defined: cnt === 1 ? CF | OF : CF, undefined: cnt === 1 ? 0 : OF }; }
    case 9: { const op = pick(['rcl', 'rcr']); return { text: `${op} ${a}, 1`, defined: CF | OF, undefined: 0, needs: CF }; }
    case 10: { if (size === 1) return { text: `mov ${a}, ${b}`, defined: 0, undefined: 0 }; const n = 1 + Math.floor(r() * (size === 2 ? 15 : size === 4 ? 31 : 63));
      return { text: `${pick(['shld', 'shrd'])} ${a}, ${b}, ${n}`, defined: n === 1 ? ALL & ~AF : ALL & ~AF & ~OF, undefined: n === 1 ? AF : AF | OF }; }
    case 11: { const src = pick(REGS[size]); return { text: `${pick(['mul', 'imul'])} ${src}`, defined: CF | OF, undefined: SF | ZF | AF | PF }; }
    case 12: { if (size === 1) return { text: `imul ${Q[0]}, ${Q[1]}`, defined: CF | OF, undefined: SF | ZF | AF | PF }; return { text: r() < 0.5 ? `imul ${a}, ${b}` : `imul ${a}, ${b}, ${imm() & 0x7fff}`, defined: CF | OF, undefined: SF | ZF | AF | PF }; }
    case 13: { // divide with a guaranteed non-zero divisor and a quotient that fits
      const s = pick([4, 8]); const div = s === 8 ? 'rcx' : 'ecx';
      return r() < 0.5
        ? { text: `xor edx, edx\nor ${div}, 1\ndiv ${div}`, defined: 0, undefined: ALL }
        : { text: `and rcx, 0x7fffffff\nor rcx, 2\n${s === 8 ? 'cqo' : 'cdq'}\nidiv ${div}`, defined: 0, undefined: ALL }; }
    case 14: { if (size === 1) return { text: `bswap ${Q[Math.floor(r() * 15)]}`, defined: 0, undefined: 0 };
      return { text: `${pick(['bt', 'bts', 'btr', 'btc'])} ${a}, ${Math.floor(r() * 256)}`, defined: CF, undefined: OF | SF | AF | PF }; }
    case 15: { if (size === 1) return { text: 'cbw', defined: 0, undefined: 0 };
      return { text: `or ${b}, ${size === 8 ? 'qword ' : ''}1\n${pick(['bsf', 'bsr'])} ${a}, ${b}`, defined: ZF, undefined: ALL & ~ZF }; }
    case 16: { if (size === 1) return { text: 'cwde', defined: 0, undefined: 0 }; const op = pick(['tzcnt', 'lzcnt', 'popcnt']);
      return op === 'popcnt' ? { text: `popcnt ${a}, ${b}`, defined: ALL, undefined: 0 } : { text: `${op} ${a}, ${b}`, defined: CF | ZF, undefined: OF | SF | PF | AF }; }
    case 17: { const [cc, need] = pick(CCS); return { text: `set${cc} ${pick(B)}`, defined: 0, undefined: 0, needs: need }; }
    case 18: { if (size === 1) return { text: 'cdqe', defined: 0, undefined: 0 }; const [cc, need] = pick(CCS); return { text: `cmov${cc} ${a}, ${b}`, defined: 0, undefined: 0, needs: need }; }
    case 19: { const s2 = pick([2, 4, 8]); const dst = pick(REGS[s2]); const srcSize = s2 === 2 ? 1 : pick([1, 2]);
      return { text: `${pick(['movzx', 'movsx'])} ${dst}, ${pick(REGS[srcSize])}`, defined: 0, undefined: 0 }; }
    case 20: return { text: pick(['cwd', 'cdq', 'cqo', 'cbw', 'cwde', 'cdqe', `movsxd ${pick(Q)}, ${pick(D)}`]), defined: 0, undefined: 0 };
    case 21: return { text: `xchg ${a}, ${b}`, defined: 0, undefined: 0 };
    case 22: return { text: `xadd ${a}, ${b}`, defined: ALL, undefined: 0 };
    case 23: return { text: `cmpxchg ${mem}, ${a}`, defined: ALL, undefined: 0 };
    case 24: { const op = pick(['add', 'sub', 'and', 'or', 'xor', 'adc']); const logic = ['and', 'or', 'xor'].includes(op);
      return { text: r() < 0.5 ? `${op} ${mem}, ${a}` : `${op} ${a}, ${mem}`, defined: logic ? ALL & ~AF : ALL, undefined: logic ? AF : 0, needs: op === 'adc' ? CF : 0 }; }
    default: return { text: `lea ${pick(Q)}, [${pick(Q)} + ${pick(Q)}*${pick([1, 2, 4, 8])} + ${imm() & 0xffff}]`, defined: 0, undefined: 0 };
  }
}

/** A sequence whose flag consumers only read flags that are defined at that point. */
export function program(seed: number, length: number): { text: string; known: number } {
  const r = rng(seed);
  let known = ALL; // initial flags are given
  const out: string[] = [];
  while (out.length < length) {
    const g = instruction(r);
    if (g.needs && (g.needs & known) !== g.needs) continue;
    out.push(g.text);
    known = (known & ~(g.defined | g.undefined)) | g.defined;
  }
  return { text: out.join('\n'), known };
}

function regBytes(regs: bigint[], flags: bigint): Buffer {
  const b = Buffer.alloc(17 * 8);
  regs.forEach((v, i) => b.writeBigUInt64LE(BigInt.asUintN(64, v), i * 8));
  b.writeBigUInt64LE(flags, 16 * 8);
  return b;
}

let runner = '';
describe.skipIf(!canRun)('differential: emulator vs. this machine\'s CPU', () => {
  beforeAll(() => {
    runner = join(mkdtempSync(join(tmpdir(), 'vmxdbg-native-')), 'runner');
    execFileSync('gcc', ['-O1', '-o', runner, join(__dirname, 'native/runner.c')]);
  });
  it('random integer sequences give identical registers, memory and defined flags', () => {
    const N = Number(process.env.DIFF_PROGRAMS ?? 150);
    let compared = 0;
    for (let seed = 1; seed <= N; seed++) {
      const r = rng(seed * 7777);
      const regs = Array.from({ length: 16 }, (_, i) => (i === 4 ? 0n : (BigInt(Math.floor(r() * 2 ** 32)) << 32n) | BigInt(Math.floor(r() * 2 ** 32))));
      const flags = BigInt(0x202 | (Math.floor(r() * 256) & ALL));
      const scratch = Buffer.from(Array.from({ length: 256 }, () => Math.floor(r() * 256)));
      const { text, known } = program(seed, 24);
      const src = `bits 64\norg 0x${BASE.toString(16)}\n${text}\npush 0x${EXIT.toString(16)}\nret\n`;
      const code = assembleNasm(src);
      const input = Buffer.concat([regBytes(regs, flags), Buffer.from(Uint32Array.of(code.length).buffer), Buffer.from(code), Buffer.from(Uint32Array.of(scratch.length).buffer), scratch]);
      const native = spawnSync(runner, [], { input, maxBuffer: 1 << 20 });
      expect(native.status, `native runner failed: ${native.stderr}`).toBe(0);
      const out = native.stdout;
      const nRegs = Array.from({ length: 16 }, (_, i) => out.readBigUInt64LE(i * 8));
      const nFlags = Number(out.readBigUInt64LE(16 * 8));
      const nScratch = out.subarray(17 * 8);

      const m = new Machine({ memoryMiB: 272 });
      m.load({ bytes: code, loadAddress: BASE, mode: 'long64', entry: BASE });
      m.mem.u8.set(scratch, SCRATCH);
      regs.forEach((v, i) => { if (i !== 4) m.cpu.setBig(i, v); });
      m.cpu.setFlagsValue(Number(flags));
      m.setBreakpoints([EXIT]);
      const stop = m.run(10000);
      expect(stop, `seed ${seed}:\n${text}`).toEqual({ reason: 'breakpoint', address: EXIT });
      const eRegs = Array.from({ length: 16 }, (_, i) => (i === 4 ? 0n : m.cpu.getBig(i)));
      nRegs[4] = 0n;
      const eFlags = m.cpu.getFlags();
      const hex = (v: bigint[]) => v.map((x) => x.toString(16));
      expect(hex(eRegs), `registers, seed ${seed}:\n${text}`).toEqual(hex(nRegs));
      expect((eFlags & known).toString(16), `flags (mask 0x${known.toString(16)}), seed ${seed}:\n${text}`).toBe((nFlags & known).toString(16));
      expect(Buffer.from(m.mem.u8.subarray(SCRATCH, SCRATCH + 256)).equals(nScratch), `scratch memory, seed ${seed}:\n${text}`).toBe(true);
      compared++;
    }
    expect(compared).toBe(N);
  });
});
