// Block compiler: turns a decoded block into one JavaScript function (new Function), inlining the
// hot integer instructions (register/immediate/simple-memory MOV, ALU, INC/DEC, LEA, Jcc/JMP/LOOP)
// and calling the instruction's interpreter executor for everything else. The interpreter stays
// the reference: test/cpu/jit-equivalence.test.ts runs both on random programs and compares state.
//
// Contract with exec.ts: the function runs the WHOLE block (the caller checked budget, single-step,
// CS limit and IP wrap). Before an instruction that may fault it stores c.bk = index and c.rip; on a
// throw the caller retires c.bk instructions. On return c.rip is the next instruction.
import { Mnemonic } from 'iced-x86';
import type { Cpu } from './cpu';
import type { Insn } from './insn';
import { K_BRANCH, K_IMM, K_MEM, K_REG } from './insn';
import { getCF, cond, setFlags, L_ADD, L_ADC, L_SUB, L_SBB, L_LOGIC, L_INC, L_DEC } from './flags';
import { branchTo } from './ops/branch';
import { makeEa, lea64 } from './ea';

export type BlockFn = (c: Cpu, I: Insn[]) => void;

const JCC = new Map<number, number>([
  [Mnemonic.Jo, 0], [Mnemonic.Jno, 1], [Mnemonic.Jb, 2], [Mnemonic.Jae, 3], [Mnemonic.Je, 4], [Mnemonic.Jne, 5], [Mnemonic.Jbe, 6], [Mnemonic.Ja, 7],
  [Mnemonic.Js, 8], [Mnemonic.Jns, 9], [Mnemonic.Jp, 10], [Mnemonic.Jnp, 11], [Mnemonic.Jl, 12], [Mnemonic.Jge, 13], [Mnemonic.Jle, 14], [Mnemonic.Jg, 15],
]);
const ALU = new Map<number, string>([
  [Mnemonic.Add, 'add'], [Mnemonic.Adc, 'adc'], [Mnemonic.Sub, 'sub'], [Mnemonic.Sbb, 'sbb'], [Mnemonic.Cmp, 'cmp'],
  [Mnemonic.And, 'and'], [Mnemonic.Or, 'or'], [Mnemonic.Xor, 'xor'], [Mnemonic.Test, 'test'],
]);

const HELPERS = { getCF, cond, setFlags, branchTo, lea64, exact: (c: Cpu, d: Insn) => d.ea ? d.ea(c, d) : makeEa(d)(c, d) };

function rdReg(g: number, h: number, size: number): string {
  switch (size) {
    case 1: return h ? `((r[${(g - 4) * 2}] >>> 8) & 0xff)` : `(r[${g * 2}] & 0xff)`;
    case 2: return `(r[${g * 2}] & 0xffff)`;
    default: return `r[${g * 2}]`;
  }
}
function wrReg(g: number, h: number, size: number, v: string, hi = '0'): string {
  switch (size) {
    case 1: return h ? `r[${(g - 4) * 2}] = (r[${(g - 4) * 2}] & ~0xff00) | ((${v} & 0xff) << 8);` : `r[${g * 2}] = (r[${g * 2}] & ~0xff) | (${v} & 0xff);`;
    case 2: return `r[${g * 2}] = (r[${g * 2}] & ~0xffff) | (${v} & 0xffff);`;
    case 4: return `r[${g * 2}] = ${v}; r[${g * 2 + 1}] = 0;`;
    default: return `r[${g * 2}] = ${v}; r[${g * 2 + 1}] = ${hi};`;
  }
}
function imm(d: Insn, size: number): string {
  return size === 1 ? String(d.imm & 0xff) : size === 2 ? String(d.imm & 0xffff) : String(d.imm | 0);
}

/** Effective-address expression for the simple forms (null: let the interpreter do it). */
function eaExpr(d: Insn, ipNext: string): string | null {
  const b = d.mbase, i = d.midx, s = d.mscale, disp = d.mdisp;
  if (d.asz === 8) {
    if (d.mrip) return `(${ipNext} + ${disp})`;
    const v = (g: number) => `(r[${2 * g + 1}] * 4294967296 + (r[${2 * g}] >>> 0))`;
    let e = String(disp);
    if (b >= 0) e = `${v(b)} + ${e}`;
    if (i >= 0) e = `${v(i)} * ${1 << s} + ${e}`;
    return `(${e})`;
  }
  if (d.mrip) return null;
  if (d.asz === 4) {
    let e = String(disp);
    if (b >= 0) e = `r[${2 * b}] + ${e}`;
    if (i >= 0) e = `(r[${2 * i}] << ${s}) + ${e}`;
    return `((${e}) >>> 0)`;
  }
  let e = String(disp);
  if (b >= 0) e = `r[${2 * b}] + ${e}`;
  if (i >= 0) e = `r[${2 * i}] + ${e}`;
  return `((${e}) & 0xffff)`;
}

const READ = ['', 'read8', 'read16', '', 'read32'];
const WRITE = ['', 'write8', 'write16', '', 'write32'];

export function jitBlock(insns: Insn[], bits: number): BlockFn | null {
  const out: string[] = [];
  out.push('const r = c.r; const ip0 = c.rip; let a = 0, b = 0, x = 0, t = 0, ea = 0, alo = 0, ahi = 0, blo = 0, bhi = 0, v = 0, vhi = 0;');
  let off = 0;
  let inlined = 0;
  /** Last flag producer inlined in this block, for Jcc peepholes: result expression and size. */
  let lastZ: { size: number } | null = null;
  /**
   * CF of the instruction just emitted, as an expression over its locals (a, b, x, alo, ...), valid only
   * at the start of the next instruction: lets INC/DEC (which keep CF) skip the generic lazy-flag call.
   */
  let lastCF: string | null = null, prevCF: string | null = null;
  const eaCheck = (k: number) => bits === 64 ? `if (ea > 9007199254740991 || ea < -9007199254740991) ea = H.exact(c, I[${k}]);` : '';
  for (let k = 0; k < insns.length; k++) {
    const d = insns[k];
    const ipHere = `ip0 + ${off}`;
    const ipNext = `ip0 + ${off + d.len}`;
    const mark = `c.bk = ${k}; c.rip = ${ipHere}; c.nrip = ${ipNext};`;
    const last = k === insns.length - 1;
    prevCF = lastCF; lastCF = null;
    const code = emit(d, k, ipHere, ipNext, mark, last);
    if (code !== null) { out.push(code); inlined++; }
    else {
      out.push(`${mark} I[${k}].exec(c, I[${k}]);`);
      if (last) out.push('c.rip = c.nrip; return;');
      lastZ = null;
    }
    off += d.len;
  }
  out.push(`c.rip = ip0 + ${off};`);
  if (inlined === 0) return null;
  const body = out.join('\n');
  try {
    return new Function('H', `const getCF = H.getCF, cond = H.cond, setFlags = H.setFlags, branchTo = H.branchTo; return function block(c, I) {\n${body}\n};`)(HELPERS) as BlockFn;
  } catch (e) {
    throw new Error(`JIT produced invalid code for block at ${insns[0]?.text}: ${(e as Error).message}\n${body}`);
  }

  function target(ipNext: string, rel: number): string {
    return `${ipNext} + ${rel}`;
  }
  function jump(t: string, d: Insn, mark: string): string {
    // Near branches: 64-bit mode uses 64-bit targets (canonical check); else truncate to the operand size + CS limit.
    if (bits === 64) return `t = ${t}; if (t < -140737488355328 || t >= 140737488355328) { ${mark} branchTo(c, t, 8); } c.rip = t; return;`;
    const mask = d.osz === 2 ? '& 0xffff' : '>>> 0';
    return `t = (${t}) ${mask}; if (t > c.slimit[1]) { ${mark} branchTo(c, t, ${d.osz === 2 ? 2 : 4}); } c.rip = t; return;`;
  }

  function emit(d: Insn, k: number, ipHere: string, ipNext: string, mark: string, last: boolean): string | null {
    const m = d.mnem;
    void ipHere;
    if (m === Mnemonic.Nop && !d.nops) return '';
    if (m === Mnemonic.Mov) {
      const size = d.osz;
      if (d.k0 === K_REG && (d.k1 === K_REG || d.k1 === K_IMM)) {
        lastZ = lastZ; // MOV doesn't touch flags
        if (size === 8) {
          const lo = d.k1 === K_REG ? `r[${2 * d.g1}]` : String(d.imm | 0);
          const hi = d.k1 === K_REG ? `r[${2 * d.g1 + 1}]` : String(d.immHi | 0);
          return `v = ${lo}; vhi = ${hi}; ${wrReg(d.g0, 0, 8, 'v', 'vhi')}`;
        }
        const src = d.k1 === K_REG ? rdReg(d.g1, d.h1, size) : imm(d, size);
        return `v = ${src}; ${wrReg(d.g0, d.h0, size, 'v')}`;
      }
      if (d.k0 === K_REG && d.k1 === K_MEM && size !== 8) {
        const e = eaExpr(d, ipNext); if (!e) return null;
        return `${mark} ea = ${e}; ${eaCheck(k)} v = c.${READ[size]}(${d.mseg}, ea); ${wrReg(d.g0, d.h0, size, 'v')}`;
      }
      if (d.k0 === K_REG && d.k1 === K_MEM && size === 8) {
        const e = eaExpr(d, ipNext); if (!e) return null;
        return `${mark} ea = ${e}; ${eaCheck(k)} v = c.read64(${d.mseg}, ea); ${wrReg(d.g0, 0, 8, 'v', 'c.hi')}`;
      }
      if (d.k0 === K_MEM && (d.k1 === K_REG || d.k1 === K_IMM)) {
        const e = eaExpr(d, ipNext); if (!e) return null;
        if (size === 8) {
          const lo = d.k1 === K_REG ? `r[${2 * d.g1}]` : String(d.imm | 0);
          const hi = d.k1 === K_REG ? `r[${2 * d.g1 + 1}]` : String(d.immHi | 0);
          return `${mark} ea = ${e}; ${eaCheck(k)} c.write64(${d.mseg}, ea, ${lo}, ${hi});`;
        }
        const src = d.k1 === K_REG ? rdReg(d.g1, d.h1, size) : imm(d, size);
        return `${mark} ea = ${e}; ${eaCheck(k)} c.${WRITE[size]}(${d.mseg}, ea, ${src});`;
      }
      return null;
    }
    const alu = ALU.get(m);
    if (alu && !d.lock) {
      const size = d.osz;
      const writes = alu !== 'cmp' && alu !== 'test';
      if (d.k0 !== K_REG || (d.k1 !== K_REG && d.k1 !== K_IMM && d.k1 !== K_MEM)) return null;
      let pre = '';
      let src: string;
      if (d.k1 === K_MEM) {
        if (size === 8) return null;
        const e = eaExpr(d, ipNext); if (!e) return null;
        pre = `${mark} ea = ${e}; ${eaCheck(k)} b = c.${READ[size]}(${d.mseg}, ea);`;
        src = 'b';
      } else src = d.k1 === K_REG ? rdReg(d.g1, d.h1, size) : imm(d, size);
      if (size === 8) {
        const blo = d.k1 === K_REG ? `r[${2 * d.g1}]` : String(d.imm | 0);
        const bhi = d.k1 === K_REG ? `r[${2 * d.g1 + 1}]` : String(d.immHi | 0);
        let body = `alo = r[${2 * d.g0}]; ahi = r[${2 * d.g0 + 1}]; blo = ${blo}; bhi = ${bhi};`;
        let lop: number;
        switch (alu) {
          case 'add': body += 't = (alo >>> 0) + (blo >>> 0); x = t | 0; a = (ahi + bhi + (t > 4294967295 ? 1 : 0)) | 0; c.lcf = 0;'; lop = L_ADD; break;
          case 'adc': body += 'b = getCF(c) ? 1 : 0; t = (alo >>> 0) + (blo >>> 0) + b; x = t | 0; a = (ahi + bhi + (t > 4294967295 ? 1 : 0)) | 0; c.lcf = b;'; lop = L_ADC; break;
          case 'sub': case 'cmp': body += 't = (alo >>> 0) - (blo >>> 0); x = t | 0; a = (ahi - bhi - (t < 0 ? 1 : 0)) | 0; c.lcf = 0;'; lop = L_SUB; break;
          case 'sbb': body += 'b = getCF(c) ? 1 : 0; t = (alo >>> 0) - (blo >>> 0) - b; x = t | 0; a = (ahi - bhi - (t < 0 ? 1 : 0)) | 0; c.lcf = b;'; lop = L_SBB; break;
          case 'and': case 'test': body += 'x = alo & blo; a = ahi & bhi;'; lop = L_LOGIC; break;
          case 'or': body += 'x = alo | blo; a = ahi | bhi;'; lop = L_LOGIC; break;
          default: body += 'x = alo ^ blo; a = ahi ^ bhi;'; lop = L_LOGIC; break;
        }
        body += `c.lop = ${lop}; c.lsz = 8; c.la = alo; c.lah = ahi; c.lb = blo; c.lbh = bhi; c.lr = x; c.lrh = a;`;
        lastCF = lop === L_ADD ? '((a >>> 0) < (ahi >>> 0) || (a === ahi && (x >>> 0) < (alo >>> 0)))'
          : lop === L_SUB ? '((ahi >>> 0) < (bhi >>> 0) || (ahi === bhi && (alo >>> 0) < (blo >>> 0)))'
          : lop === L_LOGIC ? 'false' : null;
        if (writes) body += wrReg(d.g0, 0, 8, 'x', 'a');
        lastZ = { size: 8 };
        return body;
      }
      const mask = size === 4 ? '| 0' : size === 2 ? '& 0xffff' : '& 0xff';
      let body = `${pre} a = ${rdReg(d.g0, d.h0, size)}; b = ${src};`;
      let lop: number;
      switch (alu) {
        case 'add': body += `x = (a + b) ${mask};`; lop = L_ADD; break;
        case 'adc': body += `t = getCF(c) ? 1 : 0; x = (a + b + t) ${mask}; c.lcf = t;`; lop = L_ADC; break;
        case 'sub': case 'cmp': body += `x = (a - b) ${mask};`; lop = L_SUB; break;
        case 'sbb': body += `t = getCF(c) ? 1 : 0; x = (a - b - t) ${mask}; c.lcf = t;`; lop = L_SBB; break;
        case 'and': case 'test': body += `x = (a & b) ${mask};`; lop = L_LOGIC; break;
        case 'or': body += `x = (a | b) ${mask};`; lop = L_LOGIC; break;
        default: body += `x = (a ^ b) ${mask};`; lop = L_LOGIC; break;
      }
      body += `c.lop = ${lop}; c.lsz = ${size}; c.la = a; c.lb = b; c.lr = x;`;
      // a, b and x hold the zero-extended (size < 4) or int32 operands and result.
      lastCF = lop === L_ADD ? '((x >>> 0) < (a >>> 0))' : lop === L_SUB ? (size === 4 ? '((a >>> 0) < (b >>> 0))' : `((a ${mask}) < (b ${mask}))`) : lop === L_LOGIC ? 'false' : null;
      if (writes) body += wrReg(d.g0, d.h0, size, 'x');
      lastZ = { size };
      return body;
    }
    if ((m === Mnemonic.Inc || m === Mnemonic.Dec) && d.k0 === K_REG) {
      const size = d.osz, inc = m === Mnemonic.Inc;
      if (size === 8) {
        lastZ = { size: 8 };
        const cf = prevCF ?? 'getCF(c)';
        lastCF = 't !== 0';
        return `t = ${cf} ? 1 : 0; alo = r[${2 * d.g0}]; ahi = r[${2 * d.g0 + 1}]; b = (alo >>> 0) + ${inc ? 1 : -1}; x = b | 0; a = (ahi + ${inc ? '(b > 4294967295 ? 1 : 0)' : '(b < 0 ? -1 : 0)'}) | 0;`
          + `c.lop = ${inc ? L_INC : L_DEC}; c.lsz = 8; c.lcf = t; c.la = alo; c.lah = ahi; c.lb = 1; c.lbh = 0; c.lr = x; c.lrh = a; ${wrReg(d.g0, 0, 8, 'x', 'a')}`;
      }
      const mask = size === 1 ? 0xff : size === 2 ? 0xffff : -1;
      lastZ = { size };
      const cf = prevCF ?? 'getCF(c)';
      lastCF = 't !== 0';
      return `t = ${cf} ? 1 : 0; a = ${rdReg(d.g0, d.h0, size)}; x = ((a ${inc ? '+' : '-'} 1) & ${mask}) | 0; c.lop = ${inc ? L_INC : L_DEC}; c.lsz = ${size}; c.lcf = t; c.la = a; c.lb = 1; c.lr = x; ${wrReg(d.g0, d.h0, size, 'x')}`;
    }
    if (m === Mnemonic.Lea && d.k0 === K_REG && d.k1 === K_MEM) {
      const size = d.osz;
      // 64-bit address size: exact pair arithmetic (ea.ts lea64); the result is any 64-bit value.
      if (d.asz === 8) return `c.nrip = ${ipNext}; v = H.lea64(c, I[${k}]); ${wrReg(d.g0, 0, size, 'v', 'c.hi')}`;
      const e = eaExpr(d, ipNext); if (!e) return null;
      return `ea = ${e}; ${wrReg(d.g0, 0, size, '(ea | 0)')}`;
    }
    if ((m === Mnemonic.Rol || m === Mnemonic.Ror) && d.k0 === K_REG && d.k1 === K_IMM && d.osz === 4) {
      // 32-bit rotate by an immediate (same semantics as ops/shift.ts): only CF and OF change;
      // OF = MSB(r) XOR CF (ROL) / MSB(r) XOR MSB-1(r) (ROR), the count-1 formula for every count.
      const n = d.imm & 31;
      if (n === 0) return null; // count 0: leave the (model-specific) no-op to the interpreter
      lastZ = null;
      const g = d.g0 * 2;
      if (m === Mnemonic.Rol) return `a = r[${g}]; x = (a << ${n}) | (a >>> ${32 - n}); r[${g}] = x; r[${g + 1}] = 0; t = x & 1; setFlags(c, 0x801, t | ((((x >>> 31) & 1) ^ t) ? 0x800 : 0));`;
      return `a = r[${g}]; x = (a >>> ${n}) | (a << ${32 - n}); r[${g}] = x; r[${g + 1}] = 0; setFlags(c, 0x801, ((x >>> 31) & 1) | ((((x >>> 31) ^ (x >>> 30)) & 1) ? 0x800 : 0));`;
    }
    const cc = JCC.get(m);
    if (cc !== undefined && d.k0 === K_BRANCH && last) {
      // Peephole: ZF/SF straight from the previous inlined result in this block.
      let test: string;
      if (lastZ && (cc === 4 || cc === 5)) {
        const z = lastZ.size === 8 ? '(x | a) === 0' : lastZ.size === 4 ? 'x === 0' : `(x & ${lastZ.size === 2 ? 0xffff : 0xff}) === 0`;
        test = cc === 4 ? z : `!(${z})`;
      } else test = `cond(c, ${cc})`;
      return `if (${test}) { ${jump(target(ipNext, d.rel), d, mark)} }`;
    }
    if (m === Mnemonic.Jmp && d.k0 === K_BRANCH && last) return jump(target(ipNext, d.rel), d, mark);
    return null;
  }
}
