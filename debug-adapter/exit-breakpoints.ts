// Exit-reason function breakpoints (`exit:CPUID from L2`): the syntax is the emulator's exit condition
// (emulator/vmx/nesting/conditions.ts), documented on EXIT_BREAKPOINT_PREFIX in protocol.ts.
import { parseExitCondition, ExitCondition } from '../emulator/vmx/nesting';
import { exitReasonName } from '../emulator/vmx/arch';
import { EXIT_BREAKPOINT_PREFIX } from './protocol';

export type ExitBreakpointSpec = ExitCondition;

export function isExitBreakpoint(name: string): boolean {
  return name.trim().toLowerCase().startsWith(EXIT_BREAKPOINT_PREFIX);
}

/** Parses `exit:<reasons>[ from L<n>][ to L<n>][ hardware|virtual][ if <expr>]`; throws Error with a message for the BREAKPOINTS view. */
export function parseExitBreakpoint(name: string): ExitBreakpointSpec {
  return parseExitCondition(name.trim());
}

/** What the breakpoint stops on, in words (the BREAKPOINTS view shows it as the breakpoint's message). */
export function describeExitBreakpoint(c: ExitBreakpointSpec): string {
  const reasons = c.reasons === null ? 'every VM exit' : `VM exits with reason ${[...c.reasons].map((r) => `${exitReasonName(r)} (${r})`).join(' or ')}`;
  const levels = `${c.from !== undefined ? ` from L${c.from}` : ''}${c.to !== undefined ? ` to L${c.to}` : ''}`;
  const kind = c.kind ? ` (${c.kind} exits only)` : '';
  const cond = c.expr ? ` when the 'if' condition holds` : '';
  const where = c.to !== undefined ? `the L${c.to} handler` : 'the handler of the level that receives the exit';
  return `stops at ${where} after ${reasons}${levels}${kind}${cond}`;
}
