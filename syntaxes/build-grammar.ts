/**
 * Generates syntaxes/vmx-asm.tmLanguage.json. The mnemonic list comes from the assembler's form
 * table (iced-x86), so every mnemonic the assembler accepts is highlighted; VMX instructions get
 * their own scope (support.function.instruction.vmx) so themes show them distinctly.
 *
 *     npm run build:grammar      (test/grammar checks that the committed file is up to date)
 */
import { writeFileSync } from 'fs';
import { join } from 'path';
import { formTable, isMnemonic } from '../emulator/asm/forms';

export const VMX_MNEMONICS = ['vmxon', 'vmxoff', 'vmclear', 'vmptrld', 'vmptrst', 'vmread', 'vmwrite', 'vmlaunch', 'vmresume', 'vmcall', 'vmfunc', 'invept', 'invvpid'];
const PREFIXES = ['rep', 'repe', 'repz', 'repne', 'repnz', 'lock', 'xacquire', 'xrelease', 'bnd', 'o16', 'o32', 'o64', 'a16', 'a32', 'a64'];
const ALIASES = ['jz', 'jnz', 'jc', 'jnc', 'jnae', 'jnb', 'jna', 'jnbe', 'jpe', 'jpo', 'jnge', 'jnl', 'jng', 'jnle', 'setz', 'setnz', 'setc', 'setnc', 'cmovz', 'cmovnz', 'cmovc', 'cmovnc',
  'pushf', 'popf', 'pusha', 'popa', 'iret', 'retn', 'retq', 'sal', 'xlat', 'icebp', 'int01', 'int03', 'loopz', 'loopnz', 'wait', 'fwait', 'ud2a', 'hint_nop'];

export function allMnemonics(): string[] {
  const s = new Set<string>(formTable().keys());
  for (const a of ALIASES) if (isMnemonic(a)) s.add(a);
  for (const v of VMX_MNEMONICS) s.delete(v);
  return [...s].filter((m) => /^[a-z][a-z0-9_]*$/.test(m)).sort((a, b) => b.length - a.length || a.localeCompare(b));
}

const CONTROL_FLOW = /^(j[a-z]+|call|ret[nfq]?|iret[dq]?|loop[a-z]*|int[0-9]*|into|syscall|sysret|sysenter|sysexit|hlt|jmp)$/;

export function grammar(): object {
  const mn = allMnemonics();
  const flow = mn.filter((m) => CONTROL_FLOW.test(m));
  const other = mn.filter((m) => !CONTROL_FLOW.test(m));
  const alt = (xs: string[]) => xs.map((x) => x.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
  const ID = '(?:\\.\\.@|[A-Za-z_?@])[A-Za-z0-9_.?$@#~]*';
  const LOCAL = '\\.[A-Za-z_?@$][A-Za-z0-9_.?$@#~]*';
  const REGS = '(?:[re]?(?:ax|bx|cx|dx|si|di|bp|sp)|[abcd][lh]|(?:sp|bp|si|di)l|r(?:[89]|1[0-5])[dwb]?|rip|eip|[cdefgs]s|cr[0-9]|cr1[0-5]|dr[0-7]|tr[0-7]|st[0-7]?|mm[0-7]|[xyz]mm(?:[12]?[0-9]|3[01])|k[0-7]|bnd[0-3]|tmm[0-7])';
  const DATA = 'd[bwdqtoyz]|res[bwdqtoyz]|times|incbin';
  const DIRECTIVES = 'bits|use16|use32|use64|org|section|segment|align|alignb|sectalign|global|extern|common|absolute|struc|endstruc|istruc|iend|at|default|cpu|float|equ';
  return {
    $schema: 'https://raw.githubusercontent.com/martinring/tmlanguage/master/tmlanguage.json',
    name: 'VMX Assembly (NASM)',
    scopeName: 'source.vmx-asm',
    fileTypes: ['asm', 'nasm', 'inc', 's'],
    patterns: [
      { include: '#comment' },
      { include: '#macro-definition' },
      { include: '#preprocessor' },
      { include: '#label-definition' },
      { include: '#line-body' },
    ],
    repository: {
      comment: { name: 'comment.line.semicolon.vmx-asm', match: ';.*$' },
      'macro-definition': {
        match: `(?i)^\\s*(%i?macro)\\s+(${ID}|${LOCAL})(?:\\s+([0-9]+(?:-[0-9*]+)?\\+?))?`,
        captures: { 1: { name: 'keyword.control.directive.preprocessor.vmx-asm' }, 2: { name: 'entity.name.function.macro.vmx-asm' }, 3: { name: 'constant.numeric.integer.decimal.vmx-asm' } },
      },
      preprocessor: {
        begin: '(?i)^\\s*(%[a-z]+)\\b',
        beginCaptures: { 1: { name: 'keyword.control.directive.preprocessor.vmx-asm' } },
        end: '$|(?=;)',
        patterns: [
          { match: `(?<=%define|%xdefine|%idefine|%ixdefine|%assign|%iassign|%undef)\\s+(${ID})`, captures: { 1: { name: 'entity.name.constant.preprocessor.vmx-asm' } } },
          { include: '#line-body' },
        ],
      },
      'label-definition': {
        patterns: [
          { match: `^\\s*(${LOCAL})\\s*(:)`, captures: { 1: { name: 'entity.name.label.local.vmx-asm' }, 2: { name: 'punctuation.separator.label.vmx-asm' } } },
          { match: `^\\s*(%%${'[A-Za-z0-9_.?$@#~]+'})\\s*(:)`, captures: { 1: { name: 'entity.name.label.macro-local.vmx-asm' }, 2: { name: 'punctuation.separator.label.vmx-asm' } } },
          { match: `^\\s*(${ID})\\s*(:)`, captures: { 1: { name: 'entity.name.function.label.vmx-asm' }, 2: { name: 'punctuation.separator.label.vmx-asm' } } },
          { match: `(?i)^\\s*(${ID})\\s+(?=equ\\b)`, captures: { 1: { name: 'entity.name.constant.vmx-asm' } } },
          { match: `(?i)^\\s*(${ID}|${LOCAL})\\s+(?=(?:${DATA})\\b)`, captures: { 1: { name: 'entity.name.variable.data.vmx-asm' } } },
        ],
      },
      'line-body': {
        patterns: [
          { include: '#comment' },
          { include: '#string' },
          { name: 'support.function.instruction.vmx.vmx-asm', match: `(?i)\\b(?:${alt(VMX_MNEMONICS)})\\b` },
          { name: 'keyword.other.prefix.vmx-asm', match: `(?i)\\b(?:${alt(PREFIXES)})\\b(?=\\s+[a-z])` },
          { name: 'keyword.control.instruction.vmx-asm', match: `(?i)\\b(?:${alt(flow)})\\b` },
          { name: 'keyword.other.directive.data.vmx-asm', match: `(?i)\\b(?:${DATA})\\b` },
          { name: 'keyword.other.directive.vmx-asm', match: `(?i)\\b(?:${DIRECTIVES})\\b` },
          { name: 'keyword.other.directive.vmx-asm', match: '(?i)^\\s*\\[\\s*(?:bits|org|section|segment|default|cpu|absolute|global|extern)\\b[^\\]]*\\]' },
          { name: 'variable.language.register.vmx-asm', match: `(?i)\\b${REGS}\\b` },
          { name: 'keyword.other.instruction.vmx-asm', match: `(?i)\\b(?:${alt(other)})\\b` },
          { name: 'storage.type.size.vmx-asm', match: '(?i)\\b(?:byte|word|dword|qword|tword|oword|yword|zword|ptr|near|far|short|strict|nosplit)\\b' },
          { name: 'storage.modifier.vmx-asm', match: '(?i)\\b(?:rel|abs|seg|wrt)\\b' },
          { include: '#number' },
          { name: 'variable.parameter.macro.vmx-asm', match: '%(?:[+-]?[0-9]+|%[A-Za-z0-9_.?$@#~]+|\\{[^}]*\\}|0)' },
          { name: 'entity.name.function.preprocessor.vmx-asm', match: '%[A-Za-z_][A-Za-z0-9_]*' },
          { name: 'variable.language.location.vmx-asm', match: '\\$\\$?(?![0-9A-Za-z_])' },
          { name: 'variable.other.label.local.vmx-asm', match: `(?<![A-Za-z0-9_.?$@#~])${LOCAL}` },
          { name: 'variable.other.constant.vmx-asm', match: '\\b[A-Z_][A-Z0-9_]*[A-Z][A-Z0-9_]*\\b' },
          { name: 'variable.other.vmx-asm', match: `(?<![A-Za-z0-9_.?$@#~])${ID}` },
          { name: 'keyword.operator.vmx-asm', match: '<<|>>|//|%%|[-+*/%&|^~!<>=]' },
          { name: 'punctuation.separator.vmx-asm', match: ',' },
          { name: 'meta.brackets.vmx-asm', match: '[\\[\\](){}]' },
        ],
      },
      string: {
        patterns: [
          { name: 'string.quoted.double.vmx-asm', begin: '"', end: '"|$' },
          { name: 'string.quoted.single.vmx-asm', begin: "'", end: "'|$" },
          { name: 'string.quoted.other.backtick.vmx-asm', begin: '`', end: '`|$', patterns: [{ name: 'constant.character.escape.vmx-asm', match: '\\\\(?:[\'"`\\\\?abtnvfre]|[0-7]{1,3}|x[0-9A-Fa-f]{1,2}|u[0-9A-Fa-f]{4}|U[0-9A-Fa-f]{8})' }] },
        ],
      },
      number: {
        patterns: [
          { name: 'constant.numeric.float.vmx-asm', match: '(?i)\\b(?:0x[0-9a-f_]*\\.[0-9a-f_]*(?:p[+-]?[0-9]+)?|[0-9][0-9_]*\\.[0-9_]*(?:e[+-]?[0-9]+)?|[0-9][0-9_]*e[+-]?[0-9]+)(?![A-Za-z0-9_])' },
          { name: 'constant.numeric.float.special.vmx-asm', match: '\\b__(?:float(?:8|16|32|64|80[me]|128[lh])|Infinity|QNaN|SNaN|infinity|qnan|snan)__\\b' },
          { name: 'constant.numeric.integer.hexadecimal.vmx-asm', match: '(?i)(?:\\b0[xh][0-9a-f_]+|\\b[0-9][0-9a-f_]*h|\\$[0-9][0-9a-f_]*)(?![A-Za-z0-9_.])' },
          { name: 'constant.numeric.integer.binary.vmx-asm', match: '(?i)\\b(?:0[by][01_]+|[01][01_]*[by])(?![A-Za-z0-9_.])' },
          { name: 'constant.numeric.integer.octal.vmx-asm', match: '(?i)\\b(?:0[oq][0-7_]+|[0-7][0-7_]*[oq])(?![A-Za-z0-9_.])' },
          { name: 'constant.numeric.integer.decimal.vmx-asm', match: '(?i)\\b(?:0[dt][0-9_]+|[0-9][0-9_]*[dt]?)(?![A-Za-z0-9_.])' },
        ],
      },
    },
  };
}

export const GRAMMAR_PATH = join(__dirname, 'vmx-asm.tmLanguage.json');

if (require.main === module) {
  writeFileSync(process.argv[2] ?? GRAMMAR_PATH, JSON.stringify(grammar(), null, 2) + '\n');
}
