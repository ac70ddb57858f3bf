/**
 * Inline values: the registers named on the source lines of the current block (from the nearest
 * label above the stop line down to it), skipping comments and strings. The glue turns each into an
 * InlineValueEvaluatableExpression the adapter evaluates.
 */
export const INLINE_REGISTERS = new Set([
  'rax', 'rbx', 'rcx', 'rdx', 'rsi', 'rdi', 'rbp', 'rsp', 'r8', 'r9', 'r10', 'r11', 'r12', 'r13', 'r14', 'r15',
  'eax', 'ebx', 'ecx', 'edx', 'esi', 'edi', 'ebp', 'esp', 'r8d', 'r9d', 'r10d', 'r11d', 'r12d', 'r13d', 'r14d', 'r15d',
  'ax', 'bx', 'cx', 'dx', 'si', 'di', 'bp', 'sp', 'al', 'bl', 'cl', 'dl', 'ah', 'bh', 'ch', 'dh',
  'cr0', 'cr2', 'cr3', 'cr4', 'rip', 'rflags',
]);

export interface InlineRef { line: number; start: number; end: number; name: string }

/** Removes a `;` comment, respecting quotes. */
export function codePart(line: string): string {
  let q: string | null = null;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (q) { if (c === q) q = null; continue; }
    if (c === '"' || c === "'" || c === '`') q = c;
    else if (c === ';') return line.slice(0, i);
  }
  return line;
}

function maskStrings(code: string): string {
  return code.replace(/"[^"]*"|'[^']*'|`[^`]*`/g, (m) => ' '.repeat(m.length));
}

/** Registers referenced on lines [first, stopLine] (0-based), first = nearest global label at or above stopLine (max `window` lines). */
export function inlineRegisterRefs(lines: readonly string[], stopLine: number, window = 40): InlineRef[] {
  let first = Math.max(0, stopLine - window);
  for (let l = stopLine; l >= first; l--) {
    if (/^[A-Za-z_?][\w?@$#~]*:/.test(lines[l] ?? '')) { first = l; break; }
  }
  const out: InlineRef[] = [];
  for (let l = first; l <= stopLine && l < lines.length; l++) {
    const code = maskStrings(codePart(lines[l]));
    const seen = new Set<string>();
    for (const m of code.matchAll(/[A-Za-z_.$?@][\w.$?@#~]*/g)) {
      const name = m[0].toLowerCase();
      if (!INLINE_REGISTERS.has(name) || seen.has(name)) continue;
      seen.add(name);
      out.push({ line: l, start: m.index!, end: m.index! + m[0].length, name });
    }
  }
  return out;
}
