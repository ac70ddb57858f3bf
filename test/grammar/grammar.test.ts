/** Grammar tests: tokenize fixtures with vscode-textmate + oniguruma and compare scopes. */
import { describe, it, expect, beforeAll } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import * as vsctm from 'vscode-textmate';
import * as oniguruma from 'vscode-oniguruma';
import { grammar as buildGrammar, allMnemonics, VMX_MNEMONICS } from '../../syntaxes/build-grammar';

const root = join(__dirname, '..', '..');
const grammarPath = join(root, 'syntaxes', 'vmx-asm.tmLanguage.json');
let g: vsctm.IGrammar;

beforeAll(async () => {
  const wasm = readFileSync(join(root, 'node_modules', 'vscode-oniguruma', 'release', 'onig.wasm'));
  await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
  const registry = new vsctm.Registry({
    onigLib: Promise.resolve({ createOnigScanner: (p) => new oniguruma.OnigScanner(p), createOnigString: (s) => new oniguruma.OnigString(s) }),
    loadGrammar: async (scope) => (scope === 'source.vmx-asm' ? vsctm.parseRawGrammar(readFileSync(grammarPath, 'utf8'), grammarPath) : null),
  });
  g = (await registry.loadGrammar('source.vmx-asm'))!;
});

interface Tok { text: string; scopes: string[] }
function tokenize(text: string): Tok[][] {
  let rule = vsctm.INITIAL;
  return text.split('\n').map((line) => {
    const r = g.tokenizeLine(line, rule);
    rule = r.ruleStack;
    return r.tokens.map((t) => ({ text: line.slice(t.startIndex, t.endIndex), scopes: t.scopes }));
  });
}
/** Scopes of the token that starts with `text` on `line` (first occurrence). */
function scopeOf(lines: Tok[][], line: number, text: string): string {
  const toks = lines[line];
  const t = toks.find((x) => x.text === text) ?? toks.find((x) => x.text.trim() === text) ?? toks.find((x) => x.text.includes(text));
  if (!t) throw new Error(`no token '${text}' on line ${line}: ${JSON.stringify(toks.map((x) => x.text))}`);
  return t.scopes.join(' ');
}

describe('vmx-asm grammar', () => {
  it('the committed grammar is the generated one (npm run build:grammar)', () => {
    expect(JSON.parse(readFileSync(grammarPath, 'utf8'))).toEqual(JSON.parse(JSON.stringify(buildGrammar())));
  });

  it('scopes of the fixture', () => {
    const L = tokenize(readFileSync(join(__dirname, 'fixtures', 'sample.asm'), 'utf8'));
    const cases: [number, string, string][] = [
      [0, '; sample.asm: grammar fixture', 'comment.line.semicolon'],
      [1, 'bits', 'keyword.other.directive'],
      [2, 'org', 'keyword.other.directive'],
      [2, '0x100000', 'constant.numeric.integer.hexadecimal'],
      [3, '%include', 'keyword.control.directive.preprocessor'],
      [3, '"', 'string.quoted.double'],
      [4, '%define', 'keyword.control.directive.preprocessor'],
      [4, 'GREETING', 'entity.name.constant.preprocessor'],
      [5, '3', 'constant.numeric.integer.decimal'],
      [6, '%macro', 'keyword.control.directive.preprocessor'],
      [6, 'PRINT', 'entity.name.function.macro'],
      [7, 'lea', 'keyword.other.instruction'],
      [7, 'rsi', 'variable.language.register'],
      [7, 'rel', 'storage.modifier'],
      [7, '%1', 'variable.parameter.macro'],
      [8, 'call', 'keyword.control.instruction'],
      [9, '%%skip', 'entity.name.label.macro-local'],
      [10, '%endmacro', 'keyword.control.directive.preprocessor'],
      [11, '%ifdef', 'keyword.control.directive.preprocessor'],
      [14, 'VMCS_REGION', 'entity.name.constant'],
      [14, 'equ', 'keyword.other.directive'],
      [15, 'msg', 'entity.name.variable.data'],
      [15, 'db', 'keyword.other.directive.data'],
      [15, 'hello', 'string.quoted.double'],
      [15, 'x', 'string.quoted.single'],
      [15, '\\t', 'constant.character.escape'],
      [16, 'resb', 'keyword.other.directive.data'],
      [17, '_start', 'entity.name.function.label'],
      [18, 'MSR_IA32_VMX_BASIC', 'variable.other.constant'],
      [19, 'rdmsr', 'keyword.other.instruction'],
      [20, 'vmxon', 'support.function.instruction.vmx'],
      [21, 'jbe', 'keyword.control.instruction'],
      [21, '.fail', 'variable.other.label.local'],
      [22, 'vmwrite', 'support.function.instruction.vmx'],
      [23, 'vmlaunch', 'support.function.instruction.vmx'],
      [24, '.fail', 'entity.name.label.local'],
      [24, '1fh', 'constant.numeric.integer.hexadecimal'],
      [25, '0b1010', 'constant.numeric.integer.binary'],
      [26, '777q', 'constant.numeric.integer.octal'],
      [27, '0o17', 'constant.numeric.integer.octal'],
      [28, 'r8d', 'variable.language.register'],
      [28, '1_000_000', 'constant.numeric.integer.decimal'],
      [29, '$0ff', 'constant.numeric.integer.hexadecimal'],
      [30, '1010y', 'constant.numeric.integer.binary'],
      [31, '1.5e3', 'constant.numeric.float'],
      [32, '$', 'variable.language.location'],
      [33, 'times', 'keyword.other.directive.data'],
      [33, '$$', 'variable.language.location'],
      [34, 'lock', 'keyword.other.prefix'],
      [35, 'byte', 'storage.type.size'],
      [36, 'invept', 'support.function.instruction.vmx'],
    ];
    const failures: string[] = [];
    for (const [line, text, scope] of cases) {
      const s = scopeOf(L, line, text);
      if (!s.includes(scope)) failures.push(`line ${line} '${text}': expected ${scope}, got ${s}`);
    }
    expect(failures).toEqual([]);
  });

  it('every NASM number form, character constants, strings, directives, macros and VMX mnemonics', () => {
    const L = tokenize(readFileSync(join(__dirname, 'fixtures', 'forms.asm'), 'utf8'));
    const dec = 'constant.numeric.integer.decimal', hexa = 'constant.numeric.integer.hexadecimal';
    const oct = 'constant.numeric.integer.octal', bin = 'constant.numeric.integer.binary', flt = 'constant.numeric.float', vmx = 'support.function.instruction.vmx';
    const cases: [number, string, string][] = [
      [0, '; every NASM number form', 'comment.line.semicolon'],
      [1, '200', dec], [2, '0200d', dec], [3, '0d200', dec], [4, '0t200', dec],
      [5, '0c8h', hexa], [6, '$0c8', hexa], [7, '0xc8', hexa], [8, '0XC8', hexa], [9, '0hc8', hexa],
      [10, '310q', oct], [11, '310o', oct], [12, '0o310', oct], [13, '0q310', oct],
      [14, '11001000b', bin], [15, '1100_1000y', bin], [16, '0b1100_1000', bin], [17, '0y1100_1000', bin],
      [18, '1.e10', flt], [18, '1.e+10', flt], [18, '3.14159', flt], [18, '0x1.8p+3', flt],
      [19, '__float32__', 'constant.numeric.float.special'], [19, '__Infinity__', 'constant.numeric.float.special'], [19, '__QNaN__', 'constant.numeric.float.special'],
      [20, "'", 'string.quoted.single'], [21, 'abcd', 'string.quoted.double'],
      [22, '\\n', 'constant.character.escape'], [22, '\\x41', 'constant.character.escape'], [22, '\\u263a', 'constant.character.escape'], [22, "it's", 'string.quoted.double'],
      [23, '[section .text]', 'keyword.other.directive'], [24, 'section', 'keyword.other.directive'],
      [25, 'global', 'keyword.other.directive'], [26, 'extern', 'keyword.other.directive'], [27, 'struc', 'keyword.other.directive'],
      [28, '.lo', 'entity.name.label.local'], [28, 'resd', 'keyword.other.directive.data'], [30, 'endstruc', 'keyword.other.directive'],
      [31, '%assign', 'keyword.control.directive.preprocessor'], [31, 'i', 'entity.name.constant.preprocessor'],
      [32, '%rep', 'keyword.control.directive.preprocessor'], [35, '%endrep', 'keyword.control.directive.preprocessor'],
      [36, '%if', 'keyword.control.directive.preprocessor'], [37, '%elif', 'keyword.control.directive.preprocessor'],
      [38, '%else', 'keyword.control.directive.preprocessor'], [39, '%endif', 'keyword.control.directive.preprocessor'],
      [40, '%imacro', 'keyword.control.directive.preprocessor'], [40, 'twice', 'entity.name.function.macro'],
      [41, '%1', 'variable.parameter.macro'], [42, '%endmacro', 'keyword.control.directive.preprocessor'],
      [43, '..@global_label', 'entity.name.function.label'],
      [44, 'vmptrld', vmx], [45, 'vmptrst', vmx], [46, 'vmclear', vmx], [47, 'vmresume', vmx], [48, 'vmxoff', vmx],
      [49, 'vmcall', vmx], [50, 'vmfunc', vmx], [51, 'invvpid', vmx], [52, 'vmread', vmx],
    ];
    const failures: string[] = [];
    for (const [line, text, scope] of cases) {
      const s = scopeOf(L, line, text);
      if (!s.includes(scope)) failures.push(`line ${line} '${text}': expected ${scope}, got ${s}`);
    }
    // a comment is one token: mnemonics and numbers inside are not highlighted
    const last = L[52].find((t) => t.text.startsWith(';'))!;
    expect(last.text).toBe('; comment with vmlaunch and 0x10 inside');
    expect(last.scopes.join(' ')).toContain('comment.line.semicolon');
    expect(failures).toEqual([]);
  });

  it('every mnemonic the assembler accepts is an instruction; VMX ones are distinct', () => {
    const bad: string[] = [];
    for (const m of [...allMnemonics(), ...VMX_MNEMONICS]) {
      const [toks] = tokenize(`        ${m} rax`);
      const t = toks.find((x) => x.text === m);
      const s = t?.scopes.join(' ') ?? '';
      const want = VMX_MNEMONICS.includes(m) ? 'support.function.instruction.vmx' : 'instruction';
      if (!s.includes(want) || (!VMX_MNEMONICS.includes(m) && s.includes('.vmx.vmx-asm'))) bad.push(`${m}: ${s}`);
    }
    expect(bad).toEqual([]);
    expect(allMnemonics().length).toBeGreaterThan(1000);
  });

  it('tokenizes the examples: no instruction head left unscoped', () => {
    const dirs = ['examples/02-first-guest', 'examples/05-ept', 'examples/06-nested', 'examples/include'];
    let heads = 0;
    const bad: string[] = [];
    for (const d of dirs) {
      for (const f of readdirSync(join(root, d)).filter((x) => /\.(asm|inc)$/.test(x))) {
        const text = readFileSync(join(root, d, f), 'utf8');
        const L = tokenize(text);
        text.split('\n').forEach((line, i) => {
          const m = /^(?:\s*[A-Za-z_.][\w.]*:)?\s+([a-z][a-z0-9]*)\s/.exec(line);
          if (!m || !allMnemonics().concat(VMX_MNEMONICS).includes(m[1])) return;
          heads++;
          const s = scopeOf(L, i, m[1]);
          if (!/instruction/.test(s)) bad.push(`${f}:${i + 1} ${m[1]}: ${s}`);
        });
      }
    }
    expect(bad).toEqual([]);
    expect(heads).toBeGreaterThan(500);
  });
});
