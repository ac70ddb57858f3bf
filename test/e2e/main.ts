/**
 * Real-editor e2e run: code-server with the packaged extension, Debian's Chromium through
 * playwright-core, the scenarios of scenarios.ts. Started by scripts/e2e/run.mjs, which installs
 * the tools and packages the .vsix; environment: VMXDBG_E2E_NODE24, VMXDBG_E2E_CODE_SERVER,
 * VMXDBG_E2E_VSIX, VMXDBG_E2E_OUT (screenshots), optional VMXDBG_E2E_ONLY (comma-separated scenario
 * ids or numbers) and VMXDBG_E2E_KEEP=1 (keep the temporary directory).
 */
import { cpSync, mkdtempSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { CodeServer } from './lib/code-server';
import { launchBrowser, type BrowserSession } from './lib/browser';
import { Shots } from './lib/shots';
import { Workbench } from './lib/workbench';
import { SCENARIOS, type Scenario } from './scenarios';
import type { El } from './lib/dom';

function required(name: string): string {
  const v = process.env[name];
  if (!v) throw new Error(`${name} is not set (run the suite with 'npm run test:e2e')`);
  return v;
}

const repo = resolve(process.env.VMXDBG_E2E_REPO ?? process.cwd());
const out = resolve(process.env.VMXDBG_E2E_OUT ?? join(repo, 'test-results/e2e'));

interface Started { cs: CodeServer; session: BrowserSession; wb: Workbench; shots: Shots }

async function startEditor(root: string, workspace: string, vsix: string): Promise<Started> {
  const cs = new CodeServer({ node: required('VMXDBG_E2E_NODE24'), codeServer: required('VMXDBG_E2E_CODE_SERVER'), root });
  const installed = await cs.installExtension(vsix);
  console.log(`code-server extensions: ${installed.replace(/\n/g, ', ')}`);
  cs.writeSettings();
  let session: BrowserSession | undefined;
  try {
    await cs.start(workspace);
    session = await launchBrowser();
    const shots = new Shots(session.page, out);
    const wb = new Workbench(session.page, shots);
    await session.page.goto(cs.workbenchUrl(workspace), { timeout: 60_000 });
    await wb.waitReady();
    return { cs, session, wb, shots };
  } catch (e) {
    await session?.browser.close().catch(() => undefined);
    const tail = cs.logTail(30);
    await cs.stop();
    throw Object.assign(e instanceof Error ? e : new Error(String(e)), { logTail: tail });
  }
}

/** Error notifications the workbench shows right now (they often explain a failure). */
async function notifications(wb: Workbench): Promise<string[]> {
  return wb.page.locator('.notifications-toasts .notification-list-item-message').evaluateAll((es) => es.map((e) => (e as unknown as El).innerText.trim())).catch(() => []);
}

function selected(): Scenario[] {
  const only = process.env.VMXDBG_E2E_ONLY?.split(',').map((s) => s.trim()).filter(Boolean);
  if (!only?.length) return SCENARIOS;
  return SCENARIOS.filter((s) => only.some((o) => s.id === o || s.id.startsWith(`${o}-`)));
}

async function main(): Promise<number> {
  const vsix = required('VMXDBG_E2E_VSIX');
  mkdirSync(out, { recursive: true });
  for (const f of readdirSync(out)) if (f.endsWith('.png')) rmSync(join(out, f));
  const root = mkdtempSync(join(tmpdir(), 'vmxdbg-e2e-'));
  const workspace = join(root, 'workspace');
  cpSync(join(repo, 'examples'), join(workspace, 'examples'), { recursive: true });
  console.log(`e2e: temporary directory ${root}; screenshots in ${out}`);

  let started: Started | undefined;
  const t0 = Date.now();
  for (let attempt = 1; attempt <= 2 && !started; attempt++) {
    try {
      started = await startEditor(join(root, `editor-${attempt}`), workspace, vsix);
    } catch (e) {
      console.error(`e2e: editor start-up attempt ${attempt} failed: ${e instanceof Error ? e.message : String(e)}`);
      const tail = (e as { logTail?: string }).logTail;
      if (tail) console.error(tail);
      if (attempt === 2) return 1;
    }
  }
  const { cs, session, wb, shots } = started!;
  console.log(`e2e: code-server ${cs.url} and Chromium ready in ${((Date.now() - t0) / 1000).toFixed(1)} s`);

  const results: { id: string; title: string; ok: boolean; seconds: number; error?: string; screenshot?: string; notifications?: string[] }[] = [];
  for (const s of selected()) {
    shots.scenario = s.id;
    const ts = Date.now();
    console.log(`\n[${s.id}] ${s.title}`);
    try {
      await s.run({ wb, workspace, shot: (step) => shots.take(step) });
      const seconds = (Date.now() - ts) / 1000;
      // error toasts do not fail a scenario that reached its checks, but they are reported
      const notes = await notifications(wb);
      results.push({ id: s.id, title: s.title, ok: true, seconds, ...(notes.length ? { notifications: notes } : {}) });
      console.log(`  ok (${seconds.toFixed(1)} s)`);
      if (notes.length) console.log(`  notifications shown: ${notes.map((n) => JSON.stringify(n)).join('; ')}`);
    } catch (e) {
      const seconds = (Date.now() - ts) / 1000;
      const error = e instanceof Error ? e.message : String(e);
      const screenshot = await shots.take('FAILED').catch(() => shots.last);
      const notes = await notifications(wb);
      results.push({ id: s.id, title: s.title, ok: false, seconds, error, screenshot });
      console.log(`  FAILED (${seconds.toFixed(1)} s): ${error}`);
      console.log(`  screenshot: ${screenshot}`);
      if (notes.length) console.log(`  notifications shown: ${notes.map((n) => JSON.stringify(n)).join('; ')}`);
      console.log(cs.logTail(25).replace(/^/gm, '  '));
    }
  }

  await session.browser.close().catch(() => undefined);
  await cs.stop();
  if (process.env.VMXDBG_E2E_KEEP !== '1') rmSync(root, { recursive: true, force: true });
  writeFileSync(join(out, 'results.json'), JSON.stringify({ seconds: (Date.now() - t0) / 1000, results }, null, 2));

  const failed = results.filter((r) => !r.ok);
  console.log(`\ne2e scenarios (${((Date.now() - t0) / 1000).toFixed(0)} s):`);
  for (const r of results) console.log(`  ${r.ok ? 'ok    ' : 'FAILED'} ${r.id} (${r.seconds.toFixed(1)} s)${r.ok ? '' : `: ${r.error}\n         last screenshot: ${r.screenshot}`}`);
  console.log(failed.length ? `e2e: ${failed.length} of ${results.length} scenarios FAILED` : `e2e: all ${results.length} scenarios ok`);
  return failed.length ? 1 : 0;
}

main().then((code) => process.exit(code), (e) => { console.error(e); process.exit(1); });
