/**
 * The six real-editor scenarios of the e2e issue, each driven as a user would (keyboard, clicks,
 * command palette, side-bar views) and checked on what the editor shows.
 */
import { join } from 'node:path';
import { Workbench, TIMEOUT } from './lib/workbench';
import { SourceFile } from './lib/source';
import type { El, Doc } from './lib/dom';

declare const document: Doc;

export interface Context {
  wb: Workbench;
  /** Root folder of the workspace code-server serves (holds examples/). */
  workspace: string;
  shot(step: string): Promise<string>;
}

export interface Scenario { id: string; title: string; run(c: Context): Promise<void> }

const FIRST_GUEST = 'examples/02-first-guest/first-guest.asm';
const NESTED = 'examples/06-nested/nested.asm';
const EPT = 'examples/05-ept/ept.asm';

function src(c: Context, rel: string): SourceFile { return new SourceFile(join(c.workspace, rel)); }
function base(rel: string): string { return rel.split('/').pop()!; }

function expect(cond: unknown, what: string): void {
  if (!cond) throw new Error(what);
}

/** No session, no breakpoints, no editors: every scenario starts from the same editor state. */
async function resetEditor(c: Context): Promise<void> {
  await c.wb.page.keyboard.press('Escape');
  await c.wb.stopDebugging();
  await c.wb.runCommand('Notifications: Clear All Notifications');
  await c.wb.waitQuickInputClosed();
  await c.wb.runCommand('Remove All Breakpoints');
  await c.wb.waitQuickInputClosed();
  await c.wb.runCommand('View: Close All Editors');
  await c.wb.waitQuickInputClosed();
}

/** Opens `rel`, presses F5 and waits for the stop on entry (the first instruction of `_start`, when given). */
async function debugToEntry(c: Context, rel: string, entry?: { file: string; line: number }): Promise<void> {
  await c.wb.openFile(rel);
  await c.wb.page.keyboard.press('F5');
  await c.wb.waitForStop({ message: /entry/i, ...(entry ?? {}) }, `F5 on ${base(rel)} to stop on entry`);
}

/** Sets a breakpoint on `line` of the open `file`, continues (F5) and waits for the stop there. */
async function continueToBreakpoint(c: Context, file: string, line: number, what: string): Promise<void> {
  await c.wb.clickGutter(line);
  await c.wb.page.keyboard.press('F5');
  await c.wb.waitForStop({ file, line, message: /breakpoint/i }, what);
}

/** The extension has fetched the stop's snapshot: its status-bar item shows the level (not "VMX running"). */
async function vmxSnapshot(c: Context, level?: number): Promise<string> {
  return c.wb.until(`the VMX status-bar item to show ${level === undefined ? 'the level' : `L${level}`}`, async () => {
    const t = await c.wb.statusText(/\bL\d\b|VMX running/);
    return t && !/running/i.test(t) && (level === undefined || new RegExp(`\\bL${level}\\b`).test(t)) ? t : undefined;
  });
}

/** Makes the Run and Debug side bar wide enough for the VMX views and shows only `open` of its sections. */
async function focusSections(c: Context, open: string[]): Promise<void> {
  await c.wb.showRunAndDebug();
  await c.wb.widenSideBar(560);
  // collapse everything first: sections expanded afterwards share the freed height
  for (const t of ['Variables', 'Watch', 'Call Stack', 'Loaded Scripts', 'Breakpoints', 'VMCS', 'EPT', 'VM Exits', 'Nesting']) {
    if (await c.wb.paneHeader(t).count()) await c.wb.setPaneExpanded(t, false);
  }
  for (const t of open) await c.wb.setPaneExpanded(t, true);
}

export const SCENARIOS: Scenario[] = [
  {
    id: '1-f5-entry',
    title: 'F5 on examples/02-first-guest/first-guest.asm stops on entry',
    async run(c) {
      await resetEditor(c);
      const fg = src(c, FIRST_GUEST);
      await c.wb.openFile(FIRST_GUEST);
      const mode = await c.wb.statusItem('status.editor.mode');
      expect(/VMX Assembly/i.test(mode ?? ''), `language mode of first-guest.asm is '${mode}', expected VMX Assembly (NASM)`);
      await c.shot('opened');
      await c.wb.page.keyboard.press('F5');
      const entry = fg.firstInstructionAfter('_start');
      await c.wb.waitForStop({ file: 'first-guest.asm', line: entry, message: /entry/i }, 'F5 to stop on entry');
      await c.wb.waitForPointer(entry);
      await c.wb.showRunAndDebug();
      await vmxSnapshot(c, 0);
      await c.shot('stopped-on-entry');
    },
  },
  {
    id: '2-vmlaunch-step-in',
    title: 'breakpoint on VMLAUNCH by a gutter click, Continue, Step Into shows the guest\'s first line',
    async run(c) {
      const fg = src(c, FIRST_GUEST);
      const entry = fg.firstInstructionAfter('_start');
      const top = await c.wb.topFrame();
      if (!(await c.wb.isPaused()) || top?.file !== 'first-guest.asm') { await resetEditor(c); await debugToEntry(c, FIRST_GUEST, { file: 'first-guest.asm', line: entry }); }
      const launch = fg.lineOf(/^\s+vmlaunch\b/i);
      await c.wb.clickGutter(launch);
      await c.wb.until(`a breakpoint glyph on line ${launch}`, async () => ((await c.wb.glyphLines('debug-breakpoint')).includes(launch) ? true : undefined));
      await c.wb.setPaneExpanded('Breakpoints', true);
      await c.wb.viewRow('Breakpoints', new RegExp(`^first-guest\\.asm\\b.*\\b${launch}\\b`));
      await c.shot('breakpoint-on-vmlaunch');
      await c.wb.page.keyboard.press('F5');
      await c.wb.waitForStop({ file: 'first-guest.asm', line: launch, message: /breakpoint/i }, 'Continue to stop at the VMLAUNCH breakpoint');
      await c.shot('at-vmlaunch');
      await c.wb.page.keyboard.press('F11');
      const guest = fg.firstInstructionAfter('guest_entry');
      const stop = await c.wb.waitForStop({ file: 'first-guest.asm', line: guest, message: /VM entry|VMLAUNCH/i }, 'Step Into VMLAUNCH to stop at the guest\'s first instruction');
      await c.wb.waitForPointer(guest);
      const frames = await c.wb.callStackWith(/\bL0\b.*resumes/, 'the outer L0 frame');
      const level = await vmxSnapshot(c, 1);
      await c.shot('guest-first-line');
      console.log(`    stop: ${stop.message}; status bar: ${level}`);
    },
  },
  {
    id: '3-vmcs-view',
    title: 'VMCS view: GUEST_RIP and the exit reason after the next exit; edit a field',
    async run(c) {
      await resetEditor(c);
      const fg = src(c, FIRST_GUEST);
      await debugToEntry(c, FIRST_GUEST, { file: 'first-guest.asm', line: fg.firstInstructionAfter('_start') });
      const guest = fg.firstInstructionAfter('guest_entry');
      const cpuid = fg.lineOf(/^\s+cpuid\b/i, guest - 1);
      await continueToBreakpoint(c, 'first-guest.asm', cpuid, 'Continue to the guest\'s CPUID');
      await c.wb.page.keyboard.press('F11');
      const exit = await c.wb.waitForStop({ message: /VM exit.*CPUID/i }, 'Step Into CPUID to stop in the VM-exit handler');
      const rip = /guest RIP (0x[0-9a-f]+)/i.exec(exit.message)?.[1];
      expect(rip, `the stop description '${exit.message}' names no guest RIP`);
      await vmxSnapshot(c, 0);
      await focusSections(c, ['VMCS']);
      await c.wb.viewRow('VMCS', /\| VMCS at 0x[0-9a-f]+ \(level L0/i);
      const ripRow = await c.wb.revealTreeRow('VMCS', ['Guest state', 'Guest-state area: registers'], /^GUEST_RIP\b/);
      const ripLabel = (await ripRow.getAttribute('aria-label')) ?? '';
      expect(new RegExp(`value 0x0*${rip!.slice(2)}\\b`, 'i').test(ripLabel), `GUEST_RIP row '${ripLabel}' does not show the exiting RIP ${rip}`);
      await c.shot('vmcs-guest-rip');
      const reasonRow = await c.wb.revealTreeRow('VMCS', ['Exit information'], /^VM_EXIT_REASON\b|^EXIT_REASON\b/);
      const reasonLabel = (await reasonRow.getAttribute('aria-label')) ?? '';
      expect(/value 0x0*a\b/i.test(reasonLabel) && /CPUID/i.test(reasonLabel), `exit-reason row '${reasonLabel}' does not show CPUID (10)`);
      await c.shot('vmcs-exit-reason');
      // edit a field that the demo does not depend on: the CR4 read shadow
      const shadow = await c.wb.revealTreeRow('VMCS', ['Controls'], /^CR4_READ_SHADOW\b/);
      await c.wb.rowAction(shadow, /Edit VMCS Field/i);
      await c.wb.page.waitForFunction(() => {
        const i = document.querySelector('.quick-input-widget .quick-input-box input');
        return !!i && i.offsetParent !== null && document.activeElement === i;
      }, undefined, { timeout: TIMEOUT });
      await c.wb.page.keyboard.press('Control+A');
      await c.wb.page.keyboard.type('0x2000');
      await c.wb.page.keyboard.press('Enter');
      await c.wb.waitQuickInputClosed();
      const edited = await c.wb.until('CR4_READ_SHADOW to show 0x2000', async () => {
        const row = await c.wb.revealTreeRow('VMCS', ['Controls'], /^CR4_READ_SHADOW\b/);
        const l = (await row.getAttribute('aria-label')) ?? '';
        return /value 0x0*2000\b/i.test(l) ? l : undefined;
      });
      await c.shot('vmcs-field-edited');
      console.log(`    ${exit.message}; ${edited.split('\n')[0]} edited`);
    },
  },
  {
    id: '4-nested-exit-breakpoint',
    title: 'nested example: exit-reason breakpoint for an L2 exit through the command; stop description, call stack levels, VM exits view',
    async run(c) {
      await resetEditor(c);
      await debugToEntry(c, NESTED);
      await c.wb.runCommand('VMX: Add Exit-Reason Breakpoint');
      await c.wb.page.waitForFunction(() => /exit reason/i.test(document.querySelector('.quick-input-widget .quick-input-title')?.textContent ?? ''), undefined, { timeout: TIMEOUT });
      await c.shot('exit-reason-pick');
      await c.wb.pick('CPUID', /^CPUID\b/);
      await c.wb.page.waitForFunction(() => /level/i.test(document.querySelector('.quick-input-widget .quick-input-title')?.textContent ?? ''), undefined, { timeout: TIMEOUT });
      // the L2 exit as L1 receives it: the reflected (virtual) exit, stopped in L1's handler
      await c.wb.pick('to L1', /^to L1\b/);
      await c.wb.page.waitForFunction(() => /condition/i.test(document.querySelector('.quick-input-widget .quick-input-title')?.textContent ?? ''), undefined, { timeout: TIMEOUT });
      await c.wb.page.keyboard.press('Enter');
      await c.wb.waitQuickInputClosed();
      await c.wb.showRunAndDebug();
      await c.wb.setPaneExpanded('Breakpoints', true);
      await c.wb.viewRow('Breakpoints', /exit:CPUID to L1/i);
      await c.shot('exit-breakpoint-added');
      await c.wb.page.keyboard.press('F5');
      const stop = await c.wb.waitForStop({ message: /CPUID/i }, 'Continue to the CPUID exit from L2 to L1');
      expect(/L2\s*(->|→)\s*L1/.test(stop.message), `stop description '${stop.message}' does not name the exit from L2 to L1`);
      const frames = await c.wb.callStackWith(/\bL0\b.*resumes/, 'the outer L0 frame');
      await vmxSnapshot(c, 1);
      await c.shot('nested-call-stack');
      await focusSections(c, ['VM Exits', 'Nesting']);
      const exitRow = await c.wb.viewRow('VM Exits', /L2\s*(->|→)\s*L1\s+CPUID/i);
      const newest = (await c.wb.viewRows('VM Exits'))[0];
      await c.wb.expandRow(exitRow);
      await c.shot('nested-vm-exits');
      await focusSections(c, ['Nesting']);
      for (const l of [0, 1, 2]) await c.wb.viewRow('Nesting', new RegExp(`^L${l}\\b`));
      await c.shot('nested-levels');
      console.log(`    stop: ${stop.message}\n    call stack: ${frames.join(' | ')}\n    newest exit: ${newest}`);
    },
  },
  {
    id: '5-ept-translate',
    title: 'EPT view: translate a guest-physical address',
    async run(c) {
      await resetEditor(c);
      const ept = src(c, EPT);
      await debugToEntry(c, EPT, { file: 'ept.asm', line: ept.firstInstructionAfter('_start') });
      // the guest's first data read of the execute-only page: EPT is set up and the guest runs
      const read = ept.lineOf(/^\s+mov\s+rax,\s*\[XONLY_PAGE\]/i);
      await continueToBreakpoint(c, 'ept.asm', read, 'Continue to the guest\'s read of the execute-only page');
      await vmxSnapshot(c, 1);
      await focusSections(c, ['EPT']);
      await c.wb.viewRow('EPT', /^EPTP 0x/i);
      await c.wb.runCommand('VMX: Translate Guest-Physical Address');
      await c.wb.page.waitForFunction(() => {
        const i = document.querySelector('.quick-input-widget .quick-input-box input');
        return !!i && i.offsetParent !== null && document.activeElement === i && !i.value.startsWith('>');
      }, undefined, { timeout: TIMEOUT });
      await c.wb.page.keyboard.type('0x300000');
      await c.wb.page.keyboard.press('Enter');
      await c.wb.waitQuickInputClosed();
      const walk = await c.wb.viewRow('EPT', /^Translate 0x0*300000/i);
      await c.wb.expandRow(walk);
      const rows = await c.wb.until('the EPT walk of 0x300000 down to its PTE', async () => {
        const r = await c.wb.viewRows('EPT');
        return r.some((l) => /PTE/.test(l)) ? r : undefined;
      });
      await c.shot('ept-translate-0x300000');
      console.log(`    ${rows.slice(0, 8).join('\n    ')}`);
    },
  },
  {
    id: '6-problems',
    title: 'an assembler error appears in the Problems panel with the right line',
    async run(c) {
      await resetEditor(c);
      const rel = 'examples/00-hello/hello.asm';
      const hello = src(c, rel);
      await c.wb.openFile(rel);
      const after = hello.lineOf(/^_start:/);
      await c.wb.typeAtLineEnd(after, '\n        movx    rax, 1');
      const bad = after + 1;
      await c.wb.page.keyboard.press('Control+Shift+M');
      const problem = await c.wb.waitForProblem(new RegExp(`\\bmovx\\b.*\\[Ln ${bad}, Col \\d+\\]`, 'i'));
      await c.shot('problems-panel');
      // revert: the error disappears again
      await c.wb.runCommand('File: Revert File');
      await c.wb.waitQuickInputClosed();
      await c.wb.until('the Problems panel to drop the error after Revert File', async () => ((await c.wb.problems()).some((l) => /\bmovx\b/i.test(l)) ? undefined : true));
      console.log(`    ${problem}`);
    },
  },
];
