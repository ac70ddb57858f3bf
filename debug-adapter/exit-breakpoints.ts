// Parser for exit-reason function breakpoints (`exit:CPUID from L2`); the syntax is documented on
// EXIT_BREAKPOINT_PREFIX in protocol.ts.
import { exitReason, exitReasonByName, MAX_EXIT_REASON } from '../emulator/vmx/arch';
import { EXIT_BREAKPOINT_PREFIX } from './protocol';

export interface ExitBreakpointSpec {
  /** Basic exit reason, or null for every exit (`*`). */
  reason: number | null;
  reasonName: string;
  /** Level that exited / level receiving the exit; undefined = any. */
  fromLevel?: number;
  toLevel?: number;
}

export function isExitBreakpoint(name: string): boolean {
  return name.trim().toLowerCase().startsWith(EXIT_BREAKPOINT_PREFIX);
}

/** Parses the text after `exit:`; throws Error with a message for the BREAKPOINTS view. */
export function parseExitBreakpoint(name: string): ExitBreakpointSpec {
  const body = name.trim().slice(EXIT_BREAKPOINT_PREFIX.length).trim();
  const m = /^(\S+)((?:\s+(?:from|to)\s+L\d+)*)\s*$/i.exec(body);
  if (!m) throw new Error(`expected 'exit:<reason>[ from L<n>][ to L<n>]', e.g. 'exit:CPUID' or 'exit:EPT_VIOLATION from L2'`);
  const [, r, levels] = m;
  let reason: number | null;
  let reasonName: string;
  if (r === '*') { reason = null; reasonName = 'any exit'; }
  else if (/^(0x[0-9a-f]+|[0-9]+)$/i.test(r)) {
    reason = Number(r);
    if (reason > MAX_EXIT_REASON) throw new Error(`exit reason ${reason} is not in the SDM table (0..${MAX_EXIT_REASON})`);
    const e = exitReason(reason);
    reasonName = e ? `${e.name} (${reason})` : `${reason}`;
  } else {
    const e = exitReasonByName(r);
    if (!e) throw new Error(`unknown exit reason '${r}' (use a name like CPUID, EPT_VIOLATION, IO_INSTRUCTION, MSR_READ, a number, or *)`);
    reason = e.reason;
    reasonName = `${e.name} (${e.reason})`;
  }
  const spec: ExitBreakpointSpec = { reason, reasonName };
  for (const lm of levels.matchAll(/(from|to)\s+L(\d+)/gi)) {
    const n = Number(lm[2]);
    if (lm[1].toLowerCase() === 'from') {
      if (spec.fromLevel !== undefined) throw new Error(`'from' given twice`);
      spec.fromLevel = n;
    } else {
      if (spec.toLevel !== undefined) throw new Error(`'to' given twice`);
      spec.toLevel = n;
    }
  }
  if (spec.fromLevel !== undefined && spec.toLevel !== undefined && spec.toLevel >= spec.fromLevel) {
    throw new Error(`an exit goes from a level to an outer level: 'to L${spec.toLevel}' must be below 'from L${spec.fromLevel}'`);
  }
  return spec;
}

/**
 * Why an exit breakpoint can never match with today's level model (every exit is a hardware exit
 * from L1 to L0), or undefined if it can.
 */
export function unreachableLevels(spec: ExitBreakpointSpec): string | undefined {
  const bad: string[] = [];
  if (spec.fromLevel !== undefined && spec.fromLevel !== 1) bad.push(`from L${spec.fromLevel}`);
  if (spec.toLevel !== undefined && spec.toLevel !== 0) bad.push(`to L${spec.toLevel}`);
  if (!bad.length) return undefined;
  return `accepted, but '${bad.join(' ')}' cannot match yet: nesting levels beyond L0/L1 are not reconstructed in this version (every exit is from L1 to L0)`;
}
