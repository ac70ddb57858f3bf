/**
 * "Add exit-reason breakpoint…": quick-pick items of every exit reason (architectural table), the
 * level choices and the function-breakpoint name in the adapter's syntax
 * `exit:<reason>[ from L<n>][ to L<n>]` (debug-adapter/protocol.ts).
 */
import { EXIT_REASONS } from '../../../emulator/vmx/arch';
import { EXIT_BREAKPOINT_PREFIX } from './requests';

export interface PickItem { label: string; description?: string; detail?: string; value: string }

export function exitReasonItems(): PickItem[] {
  const items: PickItem[] = [{ label: '*', description: 'every VM exit', detail: 'Stop at the handler after any VM exit', value: '*' }];
  for (const r of EXIT_REASONS) {
    if (r.reserved) continue;
    items.push({
      label: r.name,
      description: `${r.reason}${r.aliases?.length ? ` · ${r.aliases.join(', ')}` : ''}${r.entryFailure ? ' · VM-entry failure' : ''}`,
      detail: `${r.title} — ${r.description}`,
      value: r.name,
    });
  }
  return items;
}

export function levelItems(maxLevel = 3): PickItem[] {
  const items: PickItem[] = [{ label: 'Any level', description: 'every exit with this reason', value: '' }];
  for (let n = 1; n <= maxLevel; n++) items.push({ label: `from L${n}`, description: `exits caused by code running at L${n}`, value: `from L${n}` });
  for (let n = 0; n < maxLevel; n++) items.push({ label: `to L${n}`, description: `exits delivered to (handled by) L${n}`, value: `to L${n}` });
  return items;
}

export function exitBreakpointName(reason: string, level: string): string {
  return `${EXIT_BREAKPOINT_PREFIX}${reason}${level ? ' ' + level : ''}`;
}

/** Checks the syntax of an exit-breakpoint name (mirrors the adapter; the adapter has the last word). */
export function parseExitBreakpointName(name: string): { reason: string; from?: number; to?: number } | undefined {
  const m = /^exit:\s*(\*|[A-Za-z_][A-Za-z0-9_]*|0x[0-9a-f]+|\d+)((?:\s+(?:from|to)\s+L\d+)*)\s*$/i.exec(name.trim());
  if (!m) return undefined;
  const out: { reason: string; from?: number; to?: number } = { reason: m[1] };
  for (const p of m[2].matchAll(/(from|to)\s+L(\d+)/gi)) {
    if (p[1].toLowerCase() === 'from') out.from = Number(p[2]); else out.to = Number(p[2]);
  }
  return out;
}

export interface ExceptionArgs { filters: string[]; filterOptions?: { filterId: string; condition?: string }[] }

/**
 * The "Break on VMX instruction failure / VM-entry failure" toggles add their filters to what the
 * BREAKPOINTS view's checkboxes send (VS Code has no API to tick those boxes).
 */
export function mergeExceptionFilters(fromVsCode: ExceptionArgs | undefined, toggled: readonly string[]): ExceptionArgs {
  const base = fromVsCode ?? { filters: [] };
  const withOpts = new Set((base.filterOptions ?? []).map((o) => o.filterId));
  const filters = [...base.filters];
  for (const f of toggled) if (!filters.includes(f) && !withOpts.has(f)) filters.push(f);
  return { filters, ...(base.filterOptions ? { filterOptions: base.filterOptions } : {}) };
}
