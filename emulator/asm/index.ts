/**
 * In-process NASM-dialect assembler: `assemble(source, options)` produces the
 * flat binary `nasm -f bin` would, plus a source map, symbols, a listing and
 * diagnostics. It never throws and is bounded in time and memory.
 *
 * Pipeline: preprocessor.ts (macros, conditionals, includes; token based) ->
 * parser.ts (statements, operands.ts, expr.ts) -> assembler.ts (multi-pass
 * layout with branch relaxation, layout.ts sections, data.ts) with
 * encoder.ts choosing and encoding instruction forms through iced-x86
 * (forms.ts derives the forms from iced's Code/OpCodeInfo tables) ->
 * listing.ts. `%include "vmx.inc"` falls back to builtins.ts, which generates
 * it from emulator/vmx/arch.
 *
 * Known differences from nasm 2.16: `[rip+n]` and the `?:` operator are
 * accepted (nasm rejects them); EQU constants are visible to %if/%rep only
 * when defined by a constant expression earlier in the source; `%local`,
 * `%arg`, `%use`, `{vex}`/`{evex}` prefixes, `seg`/`wrt` and 8/128-bit float
 * data are not supported; listings omit nasm's relocation brackets.
 * Resource limits nasm does not have (each a located error): 1,000 binary
 * operators per expression, 500,000 preprocessed lines, 4 MiB per generated
 * line, 1,000,000 tokens per line after %define expansion (see DEFAULT_LIMITS).
 */
import * as fs from 'fs';
import { Preprocessor, DEFAULT_LIMITS, PLine } from './preprocessor';
import { Parser } from './parser';
import { Assembler, diagAt } from './assembler';
import { buildListing } from './listing';
import { builtinInclude } from './builtins';
import type { AsmDiagnostic, AsmOptions, AsmResult } from './types';
import { pushAll } from './arrays';

export type { AsmDiagnostic, SourceLoc, SourceMapEntry, AsmSymbol, AsmResult, AsmOptions, AsmLimits } from './types';

/** "file:line:col: error: message" */
export function formatDiagnostic(d: AsmDiagnostic): string {
  return `${d.file}:${d.line}:${d.col}: ${d.severity}: ${d.message}`;
}

function defaultReadFile(path: string): string | Uint8Array | undefined {
  try {
    const st = fs.statSync(path);
    if (!st.isFile()) return undefined;
    return fs.readFileSync(path);
  } catch {
    return undefined;
  }
}

export function assemble(source: string, options: AsmOptions): AsmResult {
  const file = options.file || '<input>';
  try {
    return assembleInner(String(source ?? ''), { ...options, file });
  } catch (e) {
    // Defensive: no exception may escape. Report it as a diagnostic.
    const msg = e instanceof Error ? e.message : String(e);
    const d: AsmDiagnostic = { file, line: 1, col: 1, severity: 'error', message: `internal assembler error: ${msg}` };
    return {
      ok: false, bytes: new Uint8Array(0), org: 0, bits: options.bits ?? 16, diagnostics: [d], sourceMap: [], symbols: [],
      listing: () => '',
    };
  }
}

function assembleInner(source: string, options: AsmOptions & { file: string }): AsmResult {
  const lim = options.limits ?? {};
  const limits = {
    ...DEFAULT_LIMITS,
    ...(lim.maxMacroDepth !== undefined ? { maxMacroDepth: lim.maxMacroDepth } : {}),
    ...(lim.maxRep !== undefined ? { maxRep: lim.maxRep } : {}),
    ...(lim.maxIncludeDepth !== undefined ? { maxIncludeDepth: lim.maxIncludeDepth } : {}),
    ...(lim.maxLines !== undefined ? { maxLines: lim.maxLines } : {}),
  };
  const readFile = options.readFile ?? defaultReadFile;
  const overrides = options.builtinIncludes;
  const builtins = (name: string) => builtinInclude(name, overrides);
  const includePaths = options.includePaths ?? [];
  const pp = new Preprocessor({
    file: options.file, includePaths, readFile, builtinIncludes: builtins, limits, defines: options.defines,
  });
  const ppr = pp.run(source);
  const diagnostics: AsmDiagnostic[] = ppr.diagnostics.map(d => ({ ...d }));
  if (ppr.fatal) {
    // %fatal or a preprocessor limit: like nasm, stop before assembling (the output would be truncated anyway).
    sortDiagnostics(diagnostics, ppr.files);
    return {
      ok: false, bytes: new Uint8Array(0), org: 0, bits: options.bits ?? 16, diagnostics, sourceMap: [], symbols: [],
      listing: () => '', files: ppr.files, sections: [],
    };
  }

  const parser = new Parser();
  parser.parseLines(ppr.lines);
  for (const d of parser.diags) diagnostics.push(diagAt(d.line, d.col, d.severity, d.message));

  const initialBits = options.bits ?? 16;
  const asm = new Assembler(parser.items, {
    bits: initialBits,
    maxPasses: lim.maxPasses ?? 100,
    maxRep: limits.maxRep,
    maxOutput: lim.maxOutput ?? 256 * 1024 * 1024,
    includePaths,
    mainFile: options.file,
    readFile,
    builtinIncludes: builtins,
  });
  asm.run();
  const img = asm.image();
  pushAll(diagnostics, asm.diags);
  sortDiagnostics(diagnostics, ppr.files);

  const symbols = asm.symbolList();
  const start = symbols.find(s => s.name === '_start' && s.kind === 'label');
  // "initial" bits: the mode in effect where the first byte is emitted
  let bits: 16 | 32 | 64 = initialBits;
  for (const it of parser.items) {
    if (it.t === 'bits') bits = it.bits;
    if (it.t === 'insn' || it.t === 'data') break;
  }
  const ok = !diagnostics.some(d => d.severity === 'error');
  const lines: PLine[] = ppr.lines;
  let listingText: string | null = null;
  const result: AsmResult = {
    ok,
    bytes: img.bytes,
    org: Number(asm.org),
    bits,
    diagnostics,
    sourceMap: asm.sourceMap,
    symbols,
    listing: () => (listingText ??= buildListing(lines, asm.listRecs)),
    files: ppr.files,
    sections: img.sections,
  };
  if (start) result.entry = start.value;
  return result;
}

function sortDiagnostics(ds: AsmDiagnostic[], files: string[]): void {
  const fileIdx = (f: string) => { const i = files.indexOf(f); return i < 0 ? files.length : i; };
  ds.sort((a, b) => fileIdx(a.file) - fileIdx(b.file) || a.line - b.line || a.col - b.col);
}
