// What a fuzz run may end with, and the checks that turn anything else into a failure.
// The emulator's contract (DESIGN.md section 3): every run ends with a RunStop; nothing else may escape.
import type { Machine } from '../../../emulator/machine';
import type { RunStop } from '../../../emulator/cpu/exec';
import { EXCEPTION_MNEMONICS } from '../../../emulator/cpu/faults';

/** Result of one input: an outcome category (for statistics) or a failure (a bug, to be kept as a reproducer). */
export type RunResult = { ok: true; outcome: string } | { ok: false; failure: string };

export const STOP_REASONS = new Set<RunStop['reason']>([
  'budget', 'stop-request', 'breakpoint', 'halted', 'triple-fault', 'not-implemented', 'magic-breakpoint', 'shutdown', 'exit', 'event', 'vmx-abort',
]);

/** A JavaScript exception escaping the emulator: always a bug. */
export function escaped(where: string, e: unknown): RunResult {
  const what = e instanceof Error ? `${e.constructor.name}: ${e.message}\n${(e.stack ?? '').split('\n').slice(1, 6).join('\n')}` : `non-Error value thrown: ${String(e)} (${Object.prototype.toString.call(e)})`;
  return { ok: false, failure: `exception escaped ${where}: ${what}` };
}

/** Problems with a stop or the processor state after it (empty when sound). */
export function checkStop(m: Machine, stop: RunStop): string[] {
  const bad: string[] = [];
  if (!stop || typeof stop !== 'object' || !STOP_REASONS.has(stop.reason)) return [`unknown stop ${JSON.stringify(stop)}`];
  if (stop.reason === 'not-implemented' && !/^not implemented: \S/.test(stop.message)) bad.push(`'not-implemented' stop without a named feature: ${JSON.stringify(stop.message)}`);
  if ((stop.reason === 'triple-fault' || stop.reason === 'event' || stop.reason === 'vmx-abort') && !stop.detail) bad.push(`${stop.reason} stop without a description`);
  if (stop.reason === 'vmx-abort' && !(stop.code >= 1 && stop.code <= 6)) bad.push(`VMX abort with indicator ${stop.code} (SDM 28.7: 1..6)`);
  const c = m.cpu;
  if (!Number.isSafeInteger(c.rip)) bad.push(`RIP is not an exact integer: ${c.rip}`);
  else if (!c.long64 && (c.rip < 0 || c.rip > 0xffffffff)) bad.push(`RIP 0x${c.rip.toString(16)} outside 32 bits in ${c.modeName()} mode`);
  else if (c.long64 && (c.rip < -0x800000000000 || c.rip >= 0x800000000000)) bad.push(`RIP ${c.rip} is not canonical`);
  for (let s = 0; s < 6; s++) {
    if (!Number.isSafeInteger(c.sbase[s]) || !Number.isSafeInteger(c.slimit[s])) bad.push(`segment ${s} cache holds base ${c.sbase[s]} limit ${c.slimit[s]}`);
  }
  let fl = 0;
  try { fl = c.getFlags(); } catch (e) { bad.push(`RFLAGS cannot be materialized: ${String(e)}`); }
  if (!Number.isInteger(fl) || (fl & 2) === 0) bad.push(`RFLAGS 0x${fl.toString(16)} has reserved bit 1 clear or is not an integer`);
  for (const [name, v] of [['CR0', c.cr0], ['CR3', c.cr3], ['CR4', c.cr4], ['EFER', c.efer], ['CR2', c.cr2]] as const) {
    if (!Number.isFinite(v)) bad.push(`${name} is ${v}`);
  }
  if (!Number.isSafeInteger(c.icount) || c.icount < 0) bad.push(`instruction count is ${c.icount}`);
  return bad;
}

/** Outcome category of a sound stop: reason plus what made it (exception vector from the console, VMX result). */
export function categorize(m: Machine, stop: RunStop, console: string): string {
  switch (stop.reason) {
    case 'not-implemented': return `not-implemented: ${stop.message.replace(/^not implemented: /, '').split(/[\s(:,]/)[0]}`;
    case 'triple-fault': { const f = /first fault: (#\w+|vector \d+)/.exec(stop.detail); return `triple-fault${f ? ` (${f[1]})` : ''}`; }
    case 'halted': {
      // IDT handlers print their vector as one byte on port 0xE9 and halt (engine/cpu-fuzz.ts).
      const v = console.length ? console.charCodeAt(console.length - 1) : -1;
      return v >= 0 && v < 32 ? `exception ${EXCEPTION_MNEMONICS[v] ?? v}` : v >= 32 && v < 256 && console.length ? `interrupt handler` : 'halted';
    }
    case 'event': return `event: ${stop.detail.split(/[\s:]/)[0]}`;
    default: return stop.reason;
  }
}
