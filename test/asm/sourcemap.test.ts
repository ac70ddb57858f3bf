// Source map (through macros and includes), symbols, listing, entry and result fields.
import { describe, it, expect } from 'vitest';
import { assemble } from '../../emulator/asm';

const files: Record<string, string> = {
  '/p/main.asm': [
    'bits 64',                 // 1
    'org 0x1000',              // 2
    '%include "lib.inc"',      // 3
    '_start:',                 // 4
    '    PUSH2 rax, rbx',      // 5
    '    call helper',         // 6
    '.done: ret',              // 7
    'value equ 42',            // 8
    'msg: db "hi", 0',         // 9
    '    OUTER',               // 10
  ].join('\n') + '\n',
  '/p/lib.inc': [
    '%macro PUSH2 2',          // 1
    '  push %1',               // 2
    '  push %2',               // 3
    '%endmacro',               // 4
    'helper:',                 // 5
    '  nop',                   // 6
    '  ret',                   // 7
    '%macro OUTER 0',          // 8
    '  PUSH2 rcx, rdx',        // 9
    '%endmacro',               // 10
  ].join('\n') + '\n',
};

function build() {
  return assemble(files['/p/main.asm'], { file: '/p/main.asm', readFile: p => files[p] });
}

describe('source map, symbols and listing', () => {
  const r = build();

  it('assembles', () => {
    expect(r.diagnostics).toEqual([]);
    expect(r.ok).toBe(true);
    expect(r.org).toBe(0x1000);
    expect(r.bits).toBe(64);
    expect(Array.from(r.bytes)).toEqual([0x90, 0xc3, 0x50, 0x53, 0xe8, 0xf7, 0xff, 0xff, 0xff, 0xc3, 0x68, 0x69, 0x00, 0x51, 0x52]);
  });

  it('maps every instruction and data item to the line the user wrote and the macro line', () => {
    const m = r.sourceMap.map(e => ({ addr: e.addr, offset: e.offset, size: e.size, kind: e.kind, loc: e.loc, macroLoc: e.macroLoc, text: e.text }));
    expect(m).toEqual([
      { addr: 0x1000, offset: 0, size: 1, kind: 'insn', loc: { file: '/p/lib.inc', line: 6, col: 3 }, macroLoc: undefined, text: 'nop' },
      { addr: 0x1001, offset: 1, size: 1, kind: 'insn', loc: { file: '/p/lib.inc', line: 7, col: 3 }, macroLoc: undefined, text: 'ret' },
      { addr: 0x1002, offset: 2, size: 1, kind: 'insn', loc: { file: '/p/main.asm', line: 5, col: 5 }, macroLoc: { file: '/p/lib.inc', line: 2, col: 3 }, text: 'push rax' },
      { addr: 0x1003, offset: 3, size: 1, kind: 'insn', loc: { file: '/p/main.asm', line: 5, col: 5 }, macroLoc: { file: '/p/lib.inc', line: 3, col: 3 }, text: 'push rbx' },
      { addr: 0x1004, offset: 4, size: 5, kind: 'insn', loc: { file: '/p/main.asm', line: 6, col: 5 }, macroLoc: undefined, text: 'call helper' },
      { addr: 0x1009, offset: 9, size: 1, kind: 'insn', loc: { file: '/p/main.asm', line: 7, col: 8 }, macroLoc: undefined, text: '.done: ret' },
      { addr: 0x100a, offset: 10, size: 3, kind: 'data', loc: { file: '/p/main.asm', line: 9, col: 6 }, macroLoc: undefined, text: 'msg: db "hi", 0' },
      // nested macro: the user's line is the outermost call, the macro line the innermost body line
      { addr: 0x100d, offset: 13, size: 1, kind: 'insn', loc: { file: '/p/main.asm', line: 10, col: 5 }, macroLoc: { file: '/p/lib.inc', line: 2, col: 3 }, text: 'push rcx' },
      { addr: 0x100e, offset: 14, size: 1, kind: 'insn', loc: { file: '/p/main.asm', line: 10, col: 5 }, macroLoc: { file: '/p/lib.inc', line: 3, col: 3 }, text: 'push rdx' },
    ]);
  });

  it('lists labels (with local labels) and equ constants', () => {
    const s = Object.fromEntries(r.symbols.map(x => [x.name, x]));
    expect(s['helper']).toEqual({ name: 'helper', value: 0x1000, kind: 'label', loc: { file: '/p/lib.inc', line: 5, col: 1 }, section: '.text' });
    expect(s['_start']).toMatchObject({ value: 0x1002, kind: 'label', loc: { file: '/p/main.asm', line: 4, col: 1 } });
    expect(s['_start.done']).toMatchObject({ value: 0x1009, kind: 'label' });
    expect(s['value']).toMatchObject({ value: 42, kind: 'equ', loc: { file: '/p/main.asm', line: 8, col: 1 } });
    expect(s['msg']).toMatchObject({ value: 0x100a });
    expect(r.entry).toBe(0x1002);
  });

  it('produces a listing like nasm -l', () => {
    const lines = r.listing().split('\n');
    expect(lines[0]).toBe('     1                                  bits 64');
    expect(lines).toContain('     6 00000000 90                        nop');
    expect(lines).toContain('     5                                      PUSH2 rax, rbx');
    expect(lines).toContain('     2 00000002 50                  <1>   push rax');
    expect(lines).toContain('     6 00000004 E8F7FFFFFF                  call helper');
    expect(lines).toContain('     9 0000000A 686900                  msg: db "hi", 0');
    expect(lines).toContain('     2 0000000D 51                  <2>   push rcx');
  });

  it('splits long data rows and shows TIMES repetitions in the listing', () => {
    const l = assemble('db 1,2,3,4,5,6,7,8,9,10,11\ntimes 4 db 0\n', { file: 'x.asm' }).listing().split('\n');
    expect(l[0]).toBe('     1 00000000 010203040506070809-     db 1,2,3,4,5,6,7,8,9,10,11');
    expect(l[1]).toBe('     1 00000009 0A0B               ');
    expect(l[2]).toBe('     2 0000000B 00<rep 4h>              times 4 db 0');
  });

  it('maps addresses per vstart and file offsets per section', () => {
    const src = 'org 0x100\nnop\nsection .data\nd: db 1\nsection .hi vstart=0x8000\nh: db 2\n';
    const x = assemble(src, { file: 's.asm' });
    expect(x.ok).toBe(true);
    expect(x.sourceMap.map(e => [e.addr, e.offset, e.section])).toEqual([[0x100, 0, '.text'], [0x104, 4, '.data'], [0x8000, 8, '.hi']]);
    expect(x.symbols.find(s => s.name === 'h')).toMatchObject({ value: 0x8000, section: '.hi' });
  });

  it('maps %rep lines to the line inside the %rep block', () => {
    const x = assemble('%rep 2\n  nop\n%endrep\n', { file: 'r.asm' });
    expect(x.sourceMap.map(e => e.loc)).toEqual([{ file: 'r.asm', line: 2, col: 3 }, { file: 'r.asm', line: 2, col: 3 }]);
  });
});
