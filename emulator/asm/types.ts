/** Public data types of the assembler (re-exported from index.ts). */

export interface AsmDiagnostic { file: string; line: number; col: number; severity: 'error' | 'warning'; message: string }
export interface SourceLoc { file: string; line: number; col: number }
export interface SourceMapEntry {
  /** Address per org/vstart. */
  addr: number;
  /** Offset in the output image. */
  offset: number;
  size: number;
  kind: 'insn' | 'data';
  /** The line the user wrote (the outermost macro call inside expansions). */
  loc: SourceLoc;
  /** The line inside the macro body, when the item comes from a macro expansion. */
  macroLoc?: SourceLoc;
  /** Source text of the item (after macro expansion). */
  text: string;
  /** Section name. */
  section?: string;
}
export interface AsmSymbol { name: string; value: number; kind: 'label' | 'equ'; loc: SourceLoc; section?: string }

export interface AsmLimits {
  /** Maximum multi-line macro nesting depth (default 1000). */
  maxMacroDepth?: number;
  /** Maximum %rep / times count (default 1,000,000). */
  maxRep?: number;
  /** Maximum %include nesting (default 50). */
  maxIncludeDepth?: number;
  /** Maximum preprocessed lines (default 500,000). */
  maxLines?: number;
  /** Maximum optimization passes (default 100). */
  maxPasses?: number;
  /** Maximum output size in bytes (default 256 MiB). */
  maxOutput?: number;
}

export interface AsmResult {
  ok: boolean;
  bytes: Uint8Array;
  org: number;
  /** Initial `bits`. */
  bits: 16 | 32 | 64;
  diagnostics: AsmDiagnostic[];
  sourceMap: SourceMapEntry[];
  symbols: AsmSymbol[];
  listing(): string;
  /** Address of `_start` if defined. */
  entry?: number;
  /** Files read (main file and includes). */
  files?: string[];
  /** Sections of the flat image. */
  sections?: { name: string; start: number; vstart: number; size: number; nobits: boolean; fileOffset: number }[];
}

export interface AsmOptions {
  file: string;
  includePaths?: string[];
  readFile?: (path: string) => string | Uint8Array | undefined;
  /** Names resolved when a %include / incbin is not found on disk (e.g. `vmx.inc`). */
  builtinIncludes?: Record<string, string>;
  /** Initial mode (NASM's default for -f bin is 16). */
  bits?: 16 | 32 | 64;
  /** Predefined single-line macros, as `-D name=value`. */
  defines?: Record<string, string>;
  limits?: AsmLimits;
}
