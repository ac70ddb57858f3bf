// Errors and warnings: exact file:line:col positions, all reported in one run.
import { describe, it, expect } from 'vitest';
import { assemble, formatDiagnostic, AsmOptions } from '../../emulator/asm';

function diags(src: string, opts: Partial<AsmOptions> = {}): string[] {
  const r = assemble(src, { file: 't.asm', ...opts });
  return r.diagnostics.map(formatDiagnostic);
}

describe('assembler diagnostics', () => {
  it('formats as file:line:col: severity: message', () => {
    expect(formatDiagnostic({ file: 'a.asm', line: 3, col: 7, severity: 'error', message: 'boom' })).toBe('a.asm:3:7: error: boom');
  });

  it('reports every error of a file in one run, with exact positions', () => {
    const src = [
      'bits 64',                     // 1
      'start:',                      // 2
      '    mvo eax, 1',              // 3  unknown mnemonic
      '    mov eax, bl',             // 4  operand 2 size mismatch
      '    mov al, 300',             // 5  warning: value out of range
      '    jmp undefined_label',     // 6  undefined label
      'start:',                      // 7  duplicate label
      '    add eax, [rax+rbx+rcx]',  // 8  invalid effective address
      '    inc [rax]',               // 9  operation size not specified
      '%include "missing.inc"',      // 10 include not found
      '%error custom failure',       // 11 %error
      '%warning heads up',           // 12 %warning
      '    push eax',                // 13 impossible operand (no 32-bit push in 64-bit mode)
      '    times -1 db 0',           // 14 negative TIMES
      '    dd 1 << 40',              // 15 warning: dword data exceeds bounds
    ].join('\n') + '\n';
    expect(diags(src, { readFile: () => undefined })).toEqual([
      't.asm:3:5: error: unknown instruction `mvo\'',
      't.asm:4:14: error: invalid combination of opcode and operands: operand 2 (register `bl\') not valid here (operand size mismatch)',
      't.asm:5:13: warning: byte data exceeds bounds',
      't.asm:6:9: error: symbol `undefined_label\' not defined',
      't.asm:7:1: error: label `start\' redefined (first defined at t.asm:2:1)',
      't.asm:8:14: error: invalid effective address: too many registers',
      't.asm:9:9: error: operation size not specified',
      't.asm:10:1: error: unable to open include file `missing.inc\'',
      't.asm:11:1: error: custom failure',
      't.asm:12:1: warning: heads up',
      't.asm:13:10: error: invalid combination of opcode and operands: operand 1 (register `eax\') not valid here',
      't.asm:14:5: error: TIMES value -1 is negative',
      't.asm:15:8: warning: dword data exceeds bounds',
    ]);
  });

  it('names the operand at fault', () => {
    expect(diags('bits 32\nmov cr0, 5\n')).toEqual(['t.asm:2:10: error: invalid combination of opcode and operands: operand 2 (immediate) not valid here (value out of range or size mismatch)']);
    expect(diags('bits 32\nlgdt eax\n')).toEqual(['t.asm:2:6: error: invalid combination of opcode and operands: operand 1 (register `eax\') not valid here']);
    expect(diags('bits 64\nvmread eax, ebx\n')[0]).toMatch(/^t\.asm:2:8: error: invalid combination of opcode and operands: operand 1/);
    expect(diags('bits 16\nmov ax, r8w\n')).toEqual(['t.asm:2:9: error: register `r8w\' is only available in 64-bit mode']);
    expect(diags('bits 64\nnop 1, 2, 3\n')[0]).toMatch(/^t\.asm:2:1: error: invalid combination of opcode and operands: `nop' takes/);
  });

  it('reports out-of-range jumps and values', () => {
    const src = 'bits 16\nstart: jcxz far_away\ntimes 200 nop\nfar_away: jmp short start\n';
    expect(diags(src)).toEqual([
      't.asm:2:13: error: short jump is out of range',
      't.asm:4:15: error: short jump is out of range',
    ]);
    expect(diags('add ax, byte 300\n')).toEqual(['t.asm:1:9: warning: signed byte value exceeds bounds']);
    expect(diags('db 256, -257\n')).toEqual(['t.asm:1:4: warning: byte data exceeds bounds', 't.asm:1:9: warning: byte data exceeds bounds']);
  });

  it('reports undefined and non-constant values', () => {
    expect(diags('mov ax, [foo + bar]\n')).toEqual(["t.asm:1:10: error: symbol `foo' not defined", "t.asm:1:16: error: symbol `bar' not defined"]);
    expect(diags('a: dd a * 2\n')).toEqual(['t.asm:1:7: error: expression is not simple or relocatable']);
    expect(diags('db 1 / 0\n')).toEqual(['t.asm:1:6: error: division by zero']);
  });

  it('reports unterminated macros, conditions and %rep', () => {
    expect(diags('%macro m 0\nnop\n')).toEqual(['t.asm:1:1: error: unterminated %macro: missing %endmacro']);
    expect(diags('nop\n  %if 1\nnop\n')).toEqual(['t.asm:2:3: error: unterminated %if: missing %endif']);
    expect(diags('%rep 3\nnop\n')).toEqual(['t.asm:1:1: error: unterminated %rep: missing %endrep']);
    expect(diags('%endif\n')).toEqual(["t.asm:1:1: error: `%endif': no matching `%if'"]);
    expect(diags('%macro m 0\n%if 1\n%endmacro\nm\n')).toEqual(["t.asm:2:1: error: unterminated %if in macro `m'"]);
  });

  it('bounds recursion: macros, %rep, includes, single-line macros', () => {
    expect(diags('%macro r 0\nr\n%endmacro\nr\n', { limits: { maxMacroDepth: 50 } })).toEqual([
      "t.asm:4:1: error: macro nesting limit (50) exceeded in `r' (infinite recursion?) (in macro `r' at t.asm:2)",
    ]);
    expect(diags('%rep 100000000\nnop\n%endrep\n')).toEqual(['t.asm:1:1: error: %rep count 100000000 exceeds the limit of 1000000']);
    const files: Record<string, string> = { 'self.inc': '%include "self.inc"\n' };
    const d = diags('%include "self.inc"\n', { readFile: p => files[p] });
    expect(d).toHaveLength(1);
    expect(d[0]).toMatch(/^self\.inc:1:1: error: include depth limit \(50\) exceeded including `self.inc'/);
    expect(diags('%define a a+1\nmov ax, a\n')).toEqual(["t.asm:2:9: error: symbol `a' not defined"]);
    expect(diags('times 1000000000 db 0\n')).toEqual(['t.asm:1:1: error: TIMES value 1000000000 exceeds the limit of 1000000']);
  });

  it('stops runaway expansion at the line limit', () => {
    const d = diags('%rep 1000\n%rep 1000\nnop\n%endrep\n%endrep\n', { limits: { maxLines: 10000 } });
    expect(d).toEqual(['t.asm:3:1: error: preprocessor output exceeds 10000 lines (runaway %rep or macro recursion?)']);
  });

  it('reports errors inside macros at the call site, naming the macro line', () => {
    const src = '%macro bad 1\n  mov eax, %1\n  mvo ebx, %1\n%endmacro\nbits 32\n  bad 5\n';
    expect(diags(src)).toEqual(["t.asm:6:3: error: unknown instruction `mvo' (in macro `bad' at t.asm:3)"]);
  });

  it('reports errors in included files at their own position', () => {
    const files: Record<string, string> = { 'lib.inc': 'nop\n  bogus eax\n' };
    expect(diags('%include "lib.inc"\n', { readFile: p => files[p] })).toEqual(["lib.inc:2:3: error: unknown instruction `bogus'"]);
  });

  it('warns about orphan labels and BSS data', () => {
    expect(diags('foo\n')).toEqual(['t.asm:1:1: warning: label alone on a line without a colon might be in error']);
    expect(diags('section .bss\ndb 1\n')).toEqual(["t.asm:2:1: warning: attempt to initialize memory in BSS section `.bss': ignored"]);
  });

  it('reports lexical errors', () => {
    expect(diags("db 'abc\n")).toEqual(['t.asm:1:4: error: unterminated string']);
    expect(diags('mov ax, 12xyz\n')).toEqual(["t.asm:1:9: error: invalid number `12xyz'"]);
  });
});
