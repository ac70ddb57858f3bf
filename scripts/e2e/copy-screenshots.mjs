// `npm run docs:screenshots`: copies the README's screenshots from the last e2e run
// (test-results/e2e/, written by `npm run test:e2e`) into docs/screenshots/ under stable names.
// The e2e file names are <NN>-<scenario>-<step>.png; the sequence number is ignored.
import { copyFileSync, existsSync, mkdirSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
const from = process.env.VMXDBG_E2E_OUT ?? join(root, 'test-results/e2e');
const to = join(root, 'docs/screenshots');

/** scenario-step (as the e2e suite names it) -> file in docs/screenshots/ */
export const CHOSEN = {
  '1-f5-entry-stopped-on-entry': 'f5-stopped-on-entry.png',
  '2-vmlaunch-step-in-guest-first-line': 'step-into-vmlaunch.png',
  '3-vmcs-view-vmcs-exit-reason': 'vmcs-view.png',
  '3-vmcs-view-vmcs-field-edited': 'vmcs-edit-field.png',
  '4-nested-exit-breakpoint-exit-reason-pick': 'exit-reason-breakpoint.png',
  '4-nested-exit-breakpoint-nested-call-stack': 'nested-call-stack.png',
  '4-nested-exit-breakpoint-nested-vm-exits': 'vm-exits-view.png',
  '4-nested-exit-breakpoint-nested-levels': 'nesting-view.png',
  '5-ept-translate-ept-translate-0x300000': 'ept-translate.png',
  '6-problems-problems-panel': 'problems.png',
};

if (!existsSync(from)) {
  console.error(`docs:screenshots: ${from} does not exist; run 'npm run test:e2e' first`);
  process.exit(1);
}
const shots = readdirSync(from).filter((f) => f.endsWith('.png'));
const missing = [];
mkdirSync(to, { recursive: true });
for (const [step, name] of Object.entries(CHOSEN)) {
  const file = shots.find((f) => f.replace(/^\d+-/, '') === `${step}.png`);
  if (!file) { missing.push(step); continue; }
  copyFileSync(join(from, file), join(to, name));
  console.log(`${join(from, file)} -> docs/screenshots/${name} (${(statSync(join(from, file)).size / 1024).toFixed(0)} KiB)`);
}
if (missing.length) {
  console.error(`docs:screenshots: the last e2e run in ${from} has no screenshot of: ${missing.join(', ')} (did those scenarios fail?)`);
  process.exit(1);
}
