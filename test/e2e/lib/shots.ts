/** Numbered screenshots of the whole window, one after each step, into the output directory. */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';

export class Shots {
  private seq = 0;
  last: string | undefined;
  scenario = 'setup';
  readonly taken: string[] = [];

  constructor(private readonly page: Page, readonly dir: string) {
    mkdirSync(dir, { recursive: true });
  }

  /** `<dir>/<NN>-<scenario>-<step>.png`; returns the path. */
  async take(step: string): Promise<string> {
    const name = `${String(++this.seq).padStart(2, '0')}-${this.scenario}-${step}`.replace(/[^A-Za-z0-9._-]+/g, '-');
    const path = join(this.dir, `${name}.png`);
    // the mouse pointer's hover tooltips would hide parts of the views
    await this.page.screenshot({ path, animations: 'disabled', caret: 'hide' });
    this.last = path;
    this.taken.push(path);
    return path;
  }
}
