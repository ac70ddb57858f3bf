/** Line numbers in the workspace's example sources, found by content so edits of the examples don't break the suite. */
import { readFileSync } from 'node:fs';

export class SourceFile {
  readonly lines: string[];
  constructor(readonly path: string) { this.lines = readFileSync(path, 'utf8').split('\n'); }

  /** 1-based line of the first line matching `re` (after line `after`, if given). */
  lineOf(re: RegExp, after = 0): number {
    const i = this.lines.findIndex((l, k) => k >= after && re.test(l));
    if (i < 0) throw new Error(`${this.path}: no line matches ${re}${after ? ` after line ${after}` : ''}`);
    return i + 1;
  }

  /** 1-based line of the first instruction after the label `name:` (skipping blank and comment lines). */
  firstInstructionAfter(label: string): number {
    const at = this.lineOf(new RegExp(`^${label}:`));
    for (let k = at; k < this.lines.length; k++) {
      const code = this.lines[k].replace(/;.*/, '').trim();
      if (code && !/^[.\w]+:$/.test(code)) return k + 1;
    }
    throw new Error(`${this.path}: no instruction after ${label}:`);
  }
}
