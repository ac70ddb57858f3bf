/**
 * The VS Code workbench as a user drives it: keyboard shortcuts, the quick input, clicks in the
 * editor gutter and in the Run and Debug side bar. Every wait is on a visible condition.
 */
import type { Locator, Page } from 'playwright-core';
import { Shots } from './shots';
import type { El, Doc } from './dom';

declare const document: Doc;

export const TIMEOUT = Number(process.env.VMXDBG_E2E_TIMEOUT_MS ?? 30_000);

export interface StopExpectation {
  /** Line of the top stack frame (1-based). */
  line?: number;
  /** File name of the top stack frame. */
  file?: string;
  /** The stop description in the CALL STACK header. */
  message?: RegExp;
}

export interface TopFrame { name: string; line: number; file: string }

/** `Stack Frame <name>, line <n>, <file>` (the call-stack row's aria-label). */
export function parseFrameLabel(label: string): TopFrame | undefined {
  const m = /^Stack Frame (.*), line (\d+), (.*)$/.exec(label);
  return m ? { name: m[1], line: Number(m[2]), file: m[3] } : undefined;
}

export class Workbench {
  constructor(readonly page: Page, readonly shots: Shots) {}

  /** Polls `probe` until it returns a value other than undefined; the error names `what` and the last observation. */
  async until<T>(what: string, probe: () => Promise<T | undefined>, timeout = TIMEOUT): Promise<T> {
    const deadline = Date.now() + timeout;
    let last: unknown;
    for (;;) {
      try {
        const v = await probe();
        if (v !== undefined) return v;
      } catch (e) { last = e instanceof Error ? e.message.split('\n')[0] : e; }
      if (Date.now() > deadline) throw new Error(`timed out after ${timeout / 1000} s waiting for ${what}${last !== undefined ? ` (last: ${String(last)})` : ''}`);
      await this.page.waitForTimeout(150);
    }
  }

  async waitReady(): Promise<void> {
    await this.page.locator('.monaco-workbench').waitFor({ timeout: 90_000 });
    await this.page.locator('.explorer-folders-view').waitFor({ timeout: 90_000 });
    await this.page.locator('#status\\.editor\\.selection, .statusbar').first().waitFor({ timeout: 30_000 });
  }

  // ---------------------------------------------------------------------------------------------- quick input

  /** Presses `key` and waits until the quick input has focus with `prefix` typed (">" commands, ":" lines, "" files). */
  async openQuickInput(key: string, prefix: string): Promise<Locator> {
    await this.page.keyboard.press(key);
    await this.page.waitForFunction((p) => {
      const i = document.querySelector('.quick-input-widget .quick-input-box input');
      return !!i && i.offsetParent !== null && document.activeElement === i && (p === '' ? true : i.value.startsWith(p));
    }, prefix, { timeout: TIMEOUT });
    return this.page.locator('.quick-input-widget .quick-input-box input');
  }

  quickInputRows(): Locator { return this.page.locator('.quick-input-widget .quick-input-list .monaco-list-row'); }

  /** Types `text` into the open quick pick, moves with the arrow keys to the row whose label matches, picks it with Enter. */
  async pick(text: string, row: RegExp): Promise<void> {
    await this.page.keyboard.type(text);
    const labels = () => this.quickInputRows().evaluateAll((es) => es.map((e) => ({ label: e.getAttribute('aria-label') ?? '', focused: e.classList.contains('focused') })));
    await this.until(`the quick-pick row ${row} focused after typing '${text}'`, async () => {
      const rows = await labels();
      const want = rows.findIndex((r) => row.test(r.label));
      if (want < 0) return undefined;
      const at = rows.findIndex((r) => r.focused);
      if (at === want) return true;
      await this.page.keyboard.press(at < want ? 'ArrowDown' : 'ArrowUp');
      return undefined;
    });
    await this.page.keyboard.press('Enter');
  }

  async waitQuickInputClosed(): Promise<void> {
    await this.page.locator('.quick-input-widget').waitFor({ state: 'hidden', timeout: TIMEOUT });
  }

  /** F1, the command's title (as the palette shows it, with its category), Enter. */
  async runCommand(title: string): Promise<void> {
    await this.openQuickInput('F1', '>');
    const esc = title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    await this.pick(title, new RegExp(`^${esc}`, 'i'));
  }

  /** Ctrl+P, the workspace-relative path, Enter; waits for the editor to show the file. */
  async openFile(relPath: string): Promise<void> {
    const base = relPath.split('/').pop()!;
    await this.openQuickInput('Control+P', '');
    await this.pick(relPath, new RegExp(base.replace(/\./g, '\\.')));
    await this.page.locator('.tab.active', { hasText: base }).waitFor({ timeout: TIMEOUT });
    await this.page.locator('.editor-group-container.active .monaco-editor .view-line').first().waitFor({ timeout: TIMEOUT });
    await this.until(`the language mode of ${base}`, async () => ((await this.statusItem('status.editor.mode')) ? true : undefined));
  }

  // ---------------------------------------------------------------------------------------------- editor

  private get editor(): Locator { return this.page.locator('.editor-group-container.active .monaco-editor').first(); }

  async statusItem(id: string): Promise<string | undefined> {
    const el = this.page.locator(`[id="${id}"]`);
    if (!(await el.count())) return undefined;
    const t = (await el.innerText({ timeout: 1000 })).trim();
    return t || undefined;
  }

  async cursorLine(): Promise<number | undefined> {
    const m = /Ln (\d+)/.exec((await this.statusItem('status.editor.selection')) ?? '');
    return m ? Number(m[1]) : undefined;
  }

  /** Ctrl+G, the line number, Enter: the editor scrolls the line into view and puts the cursor on it. */
  async goToLine(line: number): Promise<void> {
    await this.openQuickInput('Control+G', ':');
    await this.page.keyboard.type(String(line));
    await this.page.keyboard.press('Enter');
    await this.waitQuickInputClosed();
    await this.until(`the cursor on line ${line}`, async () => ((await this.cursorLine()) === line ? true : undefined));
  }

  /** Screen row of a rendered line (its line-number element), undefined when not rendered. */
  private lineNumberBox(line: number) {
    return this.editor.locator('.margin-view-overlays > div', { has: this.page.locator('.line-numbers', { hasText: new RegExp(`^${line}$`) }) }).first();
  }

  /** Editor lines that carry a glyph-margin decoration with `codicon` (e.g. debug-breakpoint, debug-stackframe). */
  async glyphLines(codicon: string): Promise<number[]> {
    return this.editor.evaluate((ed, cls) => {
      const tops = new Map<number, number>();
      for (const d of ed.querySelectorAll<El>('.margin-view-overlays > div')) {
        const n = Number(d.querySelector('.line-numbers')?.textContent ?? NaN);
        if (Number.isFinite(n)) tops.set(parseFloat(d.style.top), n);
      }
      const lines: number[] = [];
      for (const g of ed.querySelectorAll<El>(`.glyph-margin-widgets .codicon-${cls}`)) {
        const n = tops.get(parseFloat(g.style.top));
        if (n !== undefined) lines.push(n);
      }
      return lines.sort((a, b) => a - b);
    }, codicon);
  }

  /** Moves to `line` and clicks the glyph margin (the gutter left of the line numbers) beside it. */
  async clickGutter(line: number): Promise<void> {
    await this.goToLine(line);
    const row = await this.lineNumberBox(line).boundingBox();
    const margin = await this.editor.locator('.glyph-margin').first().boundingBox();
    if (!row || !margin) throw new Error(`line ${line} is not rendered in the editor`);
    await this.page.mouse.click(margin.x + margin.width / 2, row.y + row.height / 2);
  }

  /** Types at the end of `line` (after End), e.g. '\n  bad line'. */
  async typeAtLineEnd(line: number, text: string): Promise<void> {
    await this.goToLine(line);
    await this.page.keyboard.press('End');
    await this.page.keyboard.type(text);
  }

  // ---------------------------------------------------------------------------------------------- debugging

  debugToolbar(): Locator { return this.page.locator('.debug-toolbar'); }

  async isPaused(): Promise<boolean> {
    return (await this.page.locator('.debug-toolbar .codicon-debug-continue').count()) > 0;
  }

  async stopMessage(): Promise<string> {
    const el = this.page.locator('.call-stack-state-message .label').first();
    return (await el.count()) ? (await el.innerText({ timeout: 1000 })).trim() : '';
  }

  /** Aria-labels of the CALL STACK rows. */
  async callStack(): Promise<string[]> {
    return this.pane('Call Stack').locator('.monaco-list-row').evaluateAll((es) => es.map((e) => e.getAttribute('aria-label') ?? ''));
  }

  /**
   * The CALL STACK rows once one matches `frame`. VS Code shows the top frame first and fetches the
   * rest afterwards; "Load More Stack Frames" is clicked when it stays.
   */
  async callStackWith(frame: RegExp, what: string): Promise<string[]> {
    let rows: string[] = [];
    let polls = 0;
    try {
      return await this.until(`${what} in the call stack`, async () => {
        rows = await this.callStack();
        if (rows.some((r) => frame.test(r))) return rows;
        const more = this.pane('Call Stack').locator('.monaco-list-row', { hasText: 'Load More Stack Frames' });
        if (++polls > 10 && (await more.count())) await more.first().click();
        return undefined;
      });
    } catch (e) {
      throw new Error(`${e instanceof Error ? e.message : String(e)}; rows: ${JSON.stringify(rows)}`);
    }
  }

  async topFrame(): Promise<TopFrame | undefined> {
    const rows = await this.callStack();
    return rows.map(parseFrameLabel).find((f) => f !== undefined);
  }

  /** Waits until the debugger is paused and the stop matches. */
  async waitForStop(exp: StopExpectation, what = 'the debugger to stop'): Promise<{ message: string; frame: TopFrame }> {
    let seen = '';
    await this.showRunAndDebug();
    await this.setPaneExpanded('Call Stack', true);
    try {
      return await this.until(`${what} (${describe(exp)})`, async () => {
        if (!(await this.isPaused())) { seen = 'not paused'; return undefined; }
        const message = await this.stopMessage();
        const frame = await this.topFrame();
        seen = `paused: '${message}', top frame ${frame ? `${frame.name} ${frame.file}:${frame.line}` : 'none'}`;
        if (!frame) return undefined;
        if (exp.line !== undefined && frame.line !== exp.line) return undefined;
        if (exp.file !== undefined && frame.file !== exp.file) return undefined;
        if (exp.message && !exp.message.test(message)) return undefined;
        return { message, frame };
      });
    } catch (e) {
      throw new Error(`${e instanceof Error ? e.message : String(e)}; saw ${seen}`);
    }
  }

  /** The editor shows the execution pointer (yellow arrow) at `line`. */
  async waitForPointer(line: number): Promise<void> {
    await this.until(`the execution pointer on line ${line} in the editor`, async () => ((await this.glyphLines('debug-stackframe')).includes(line) ? true : undefined));
  }

  async stopDebugging(): Promise<void> {
    if (!(await this.debugToolbar().count())) return;
    await this.page.keyboard.press('Shift+F5');
    await this.debugToolbar().waitFor({ state: 'hidden', timeout: TIMEOUT });
  }

  /** Text of the first status-bar item matching `re`. */
  async statusText(re: RegExp): Promise<string | undefined> {
    const texts = await this.page.locator('.statusbar-item').evaluateAll((es) => es.map((e) => (e as unknown as El).innerText.trim()));
    return texts.find((t) => re.test(t));
  }

  // ---------------------------------------------------------------------------------------------- side bar views

  /** Drags the side bar's sash so the side bar is `width` pixels wide. */
  async widenSideBar(width: number): Promise<void> {
    const bar = await this.page.locator('.part.sidebar').boundingBox();
    const sash = await this.page.locator('.monaco-sash.primary-sidebar-sash').boundingBox();
    if (!bar || !sash || Math.abs(bar.width - width) < 8) return;
    const y = sash.y + sash.height / 2;
    await this.page.mouse.move(sash.x + sash.width / 2, y);
    await this.page.mouse.down();
    await this.page.mouse.move(bar.x + width, y, { steps: 10 });
    await this.page.mouse.up();
    await this.until(`the side bar to be ${width} px wide`, async () => {
      const b = await this.page.locator('.part.sidebar').boundingBox();
      return b && Math.abs(b.width - width) < 16 ? true : undefined;
    });
  }

  /** Ctrl+Shift+D unless the Run and Debug side bar is already showing. */
  async showRunAndDebug(): Promise<void> {
    if (await this.page.locator('.pane-header', { hasText: 'Call Stack' }).first().isVisible()) return;
    await this.page.keyboard.press('Control+Shift+D');
    await this.page.locator('.pane-header', { hasText: 'Call Stack' }).first().waitFor({ timeout: TIMEOUT });
  }

  paneHeader(title: string): Locator {
    return this.page.locator('.pane-header', { has: this.page.locator('h3.title', { hasText: new RegExp(`^${title}$`, 'i') }) }).first();
  }

  private pane(title: string): Locator {
    return this.page.locator('.pane', { has: this.paneHeader(title) }).first();
  }

  /** Expands or collapses a side-bar section by clicking its header. */
  async setPaneExpanded(title: string, expanded: boolean): Promise<void> {
    const h = this.paneHeader(title);
    await h.waitFor({ timeout: TIMEOUT });
    if (((await h.getAttribute('aria-expanded')) === 'true') !== expanded) await h.click();
    await this.until(`section '${title}' ${expanded ? 'expanded' : 'collapsed'}`, async () => (((await h.getAttribute('aria-expanded')) === 'true') === expanded ? true : undefined));
  }

  /**
   * The rendered rows of a side-bar section as `<shown text> | <aria-label>`: the text is what the
   * row shows (label, description), the aria-label is the item's tooltip or accessibility text.
   */
  async viewRows(title: string): Promise<string[]> {
    return this.pane(title).locator('.monaco-list-row').evaluateAll((es) => es.map((e) => {
      const el = e as unknown as El;
      const name = el.querySelector('.label-name')?.innerText;
      const desc = el.querySelector('.label-description')?.innerText;
      const shown = name !== undefined ? `${name} ${desc ?? ''}` : el.innerText;
      return `${shown.replace(/\s+/g, ' ').trim()} | ${e.getAttribute('aria-label') ?? ''}`;
    }));
  }

  /** The first rendered row of a section whose text (see viewRows) matches. */
  async viewRow(title: string, text: RegExp, timeout = TIMEOUT): Promise<Locator> {
    const i = await this.until(`a row ${text} in the ${title} view`, async () => {
      const k = (await this.viewRows(title)).findIndex((l) => text.test(l));
      return k >= 0 ? k : undefined;
    }, timeout);
    return this.pane(title).locator('.monaco-list-row').nth(i);
  }

  /** Clicks a collapsed tree row to expand it and waits for aria-expanded. */
  async expandRow(row: Locator): Promise<void> {
    if ((await row.getAttribute('aria-expanded')) === 'false') {
      await row.locator('.monaco-tl-twistie').click();
      await this.until('the row to expand', async () => ((await row.getAttribute('aria-expanded')) === 'true' ? true : undefined));
    }
  }

  /**
   * Reveals a row of a tree view as a user would: Collapse All, expand the root and the rows named by
   * `path` (label prefixes), then walk down with the arrow key until the focused row matches `target`.
   */
  async revealTreeRow(title: string, path: string[], target: RegExp, maxKeys = 150): Promise<Locator> {
    const header = this.paneHeader(title);
    await header.hover();
    const collapse = header.locator('.codicon-collapse-all');
    if (await collapse.count()) await collapse.click();
    const pane = this.pane(title);
    const root = pane.locator('.monaco-list-row').first();
    await root.waitFor({ timeout: TIMEOUT });
    await this.expandRow(root);
    let last = root;
    for (const seg of path) {
      last = await this.viewRow(title, new RegExp(`^${seg.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`));
      await this.expandRow(last);
    }
    // a click focuses the row (and toggles it); the Right arrow opens it again when it closed
    await last.locator('.monaco-tl-contents').click({ position: { x: 4, y: 4 } });
    const focused = pane.locator('.monaco-list-row.focused');
    await this.until(`${path[path.length - 1] ?? title} focused and expanded`, async () => {
      const state = await focused.first().getAttribute('aria-expanded', { timeout: 1000 });
      if (state === 'true') return true;
      await this.page.keyboard.press('ArrowRight');
      await this.page.waitForTimeout(100);
      return undefined;
    });
    for (let i = 0; i < maxKeys; i++) {
      const row = focused.first();
      const label = (await row.getAttribute('aria-label', { timeout: 2000 }).catch(() => null)) ?? '';
      const name = await row.locator('.label-name').first().innerText({ timeout: 2000 }).catch(() => '');
      if (target.test(name) || target.test(label)) return row;
      // open collapsed groups on the way ("<n> fields"), not the fields' own bit children
      if (/\b\d+ fields\b/.test(label) && (await row.getAttribute('aria-expanded')) === 'false') {
        const index = Number(await row.getAttribute('data-index'));
        const level = Number(await row.getAttribute('aria-level'));
        await this.page.keyboard.press('ArrowRight');
        await this.until(`the children of '${label}' to appear`, async () => {
          const next = pane.locator(`.monaco-list-row[data-index="${index + 1}"]`);
          return (await next.count()) && Number(await next.getAttribute('aria-level')) === level + 1 ? true : undefined;
        });
      }
      await this.page.keyboard.press('ArrowDown');
    }
    throw new Error(`no row ${target} under ${[title, ...path].join(' > ')} within ${maxKeys} rows`);
  }

  /** Runs an inline action (icon button shown on hover) of a tree row. */
  async rowAction(row: Locator, actionLabel: RegExp): Promise<void> {
    await row.hover();
    const action = row.locator('.actions .action-label', { has: undefined }).filter({ hasNot: this.page.locator('.disabled') });
    const n = await action.count();
    for (let i = 0; i < n; i++) {
      const a = action.nth(i);
      if (actionLabel.test((await a.getAttribute('aria-label')) ?? '')) { await a.click(); return; }
    }
    throw new Error(`no inline action ${actionLabel} on row '${await row.getAttribute('aria-label')}'`);
  }

  // ---------------------------------------------------------------------------------------------- panel

  /** Ctrl+Shift+M: the Problems panel; returns its rows' aria-labels once `match` is among them. */
  /** Text of the Problems panel's rows (as shown: message, source, [Ln, Col]). */
  async problems(): Promise<string[]> {
    return this.page.locator('.markers-panel .monaco-list-row').evaluateAll((es) => es.map((e) => (e as unknown as El).innerText.replace(/\s+/g, ' ').trim()));
  }

  /** Waits for a row of the Problems panel (Ctrl+Shift+M) whose text matches. */
  async waitForProblem(match: RegExp): Promise<string> {
    return this.until(`a problem ${match} in the Problems panel`, async () => (await this.problems()).find((l) => match.test(l)));
  }
}

function describe(e: StopExpectation): string {
  return [e.file && `file ${e.file}`, e.line !== undefined && `line ${e.line}`, e.message && `description ${e.message}`].filter(Boolean).join(', ') || 'any stop';
}
