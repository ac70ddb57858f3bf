// Random DAP request sequences against an in-process debug session (the adapter VS Code runs inline).
// Every request must get a response (success or a user-facing error) within a bound, no response or
// console message may report an internal error (a JavaScript exception inside the adapter), and after the
// sequence the session must still answer: pause stops a running guest, threads succeeds.
import { join } from 'node:path';
import type { DebugProtocol } from '@vscode/debugprotocol';
import { VmxDebugSession } from '../../../debug-adapter/session';
import type { Rng } from './rng';
import type { RunResult } from './outcome';
import { repoRoot } from './paths';

export const DAP_PROGRAMS = [
  'test/dap/fixtures/loop.asm', 'test/dap/fixtures/guest.asm', 'test/dap/fixtures/flood.asm', 'test/dap/fixtures/vmfail.asm',
  'test/dap/fixtures/bad.asm', 'test/dap/fixtures/timer.asm', 'examples/02-first-guest/first-guest.asm', 'examples/00-hello/hello.asm',
  'no/such/file.asm',
];

const COMMANDS = [
  'launch', 'configurationDone', 'setBreakpoints', 'setFunctionBreakpoints', 'setExceptionBreakpoints', 'setInstructionBreakpoints',
  'setDataBreakpoints', 'dataBreakpointInfo', 'continue', 'next', 'stepIn', 'stepOut', 'stepBack', 'reverseContinue', 'pause',
  'stackTrace', 'scopes', 'variables', 'setVariable', 'evaluate', 'completions', 'readMemory', 'writeMemory', 'disassemble',
  'gotoTargets', 'goto', 'breakpointLocations', 'exceptionInfo', 'loadedSources', 'source', 'threads', 'restart', 'terminate',
  'vmx/state', 'vmx/vmcs', 'vmx/exits', 'attach', 'cancel', 'frobnicate', '', 'initialize',
];

export interface DapRequest { command: string; args: unknown }
export interface DapInput { program: string; stopOnEntry: unknown; memoryMiB?: unknown; requests: DapRequest[] }

function randomValue(r: Rng, depth = 0): unknown {
  switch (r.int(depth > 1 ? 7 : 9)) {
    case 0: return null;
    case 1: return r.int(5) - 1;
    case 2: return r.pick([2 ** 53, -(2 ** 31), 1e300, 0.5, 0x100000, 0xfee00000, 4096]);
    case 3: return r.pick(['', '1', 'rax', '0x100000', 'banana', '((', 'vmcs.GUEST_RIP', 'exit:CPUID', '$', 'x'.repeat(r.int(3) * 5000)]);
    case 4: return r.chance(0.5);
    case 5: return r.pick(['AAAA', '////', '====', 'not base64!']);
    case 6: return undefined;
    case 7: return Array.from({ length: r.int(4) }, () => randomValue(r, depth + 1));
    default: { const o: Record<string, unknown> = {}; for (let n = r.int(4); n > 0; n--) o[r.pick(ARG_NAMES)] = randomValue(r, depth + 1); return o; }
  }
}

const ARG_NAMES = [
  'threadId', 'frameId', 'variablesReference', 'expression', 'context', 'name', 'value', 'memoryReference', 'offset', 'count', 'data',
  'instructionCount', 'instructionOffset', 'resolveSymbols', 'source', 'breakpoints', 'line', 'column', 'filters', 'filterOptions',
  'targetId', 'granularity', 'level', 'text', 'program', 'stopOnEntry', 'instructionReference', 'condition', 'hitCondition',
  'logMessage', 'dataId', 'accessType', 'path', 'sourceReference', 'startFrame', 'levels', 'format', 'arguments', 'includeUnsupported',
];

/** Arguments shaped like the real ones (mostly valid, sometimes with one field of the wrong type). */
function plausibleArgs(r: Rng, command: string, program: string): unknown {
  const src = { path: program };
  const base: Record<string, Record<string, unknown>> = {
    setBreakpoints: { source: src, breakpoints: [{ line: 1 + r.int(40), condition: r.chance(0.2) ? 'rax > 3' : undefined }] },
    setFunctionBreakpoints: { breakpoints: [{ name: r.pick(['_start', 'exit:CPUID', 'exit:EPT_VIOLATION from L2', 'work', 'nosuch', '0x100000']) }] },
    setExceptionBreakpoints: { filters: r.chance(0.5) ? ['vmexit', 'vmxFailure', 'tripleFault'] : [] },
    setInstructionBreakpoints: { breakpoints: [{ instructionReference: '0x' + (0x100000 + r.int(64)).toString(16) }] },
    setDataBreakpoints: { breakpoints: [{ dataId: 'mem:0x100000:8', accessType: 'write' }] },
    dataBreakpointInfo: { name: r.pick(['counter', 'rax', '[rbx]']), variablesReference: r.int(3) },
    continue: { threadId: 1 }, next: { threadId: 1 }, stepIn: { threadId: 1, granularity: r.pick(['instruction', 'line', 'statement']) },
    stepOut: { threadId: 1 }, stepBack: { threadId: 1 }, reverseContinue: { threadId: 1 }, pause: { threadId: 1 },
    stackTrace: { threadId: 1, startFrame: r.int(3), levels: r.int(20) }, scopes: { frameId: r.int(4) }, variables: { variablesReference: r.int(12) },
    setVariable: { variablesReference: r.int(6), name: r.pick(['RAX', 'RIP', 'RFLAGS', 'CR0', 'GUEST_RIP']), value: r.pick(['0', '0x100000', 'rax+1', 'bad']) },
    evaluate: { expression: r.pick(['rax', 'rip', '[rsp]', 'vmcs.GUEST_RIP', 'exit.reason', 'byte [0x100000]', 'rax = 5', '1/0', 'counter']), context: r.pick(['repl', 'hover', 'watch']) },
    completions: { text: r.pick(['vmcs.', 'r', '[', '']), column: 1 + r.int(5) },
    readMemory: { memoryReference: r.pick(['0x100000', '0', '0xfee00000', '0x7fffffffffff', 'rsp']), count: r.pick([0, 16, 4096, 1 << 20]), offset: r.int(3) - 1 },
    writeMemory: { memoryReference: r.pick(['0x300000', '0x100000', '0xfffffffffffff000']), data: r.pick(['kJCQkA==', '', 'AA==']) },
    disassemble: { memoryReference: r.pick(['0x100000', '0', '0xfffffffffffffff0']), instructionCount: r.pick([1, 10, 200]), instructionOffset: r.int(41) - 20 },
    gotoTargets: { source: src, line: 1 + r.int(30) }, goto: { threadId: 1, targetId: r.int(4) },
    breakpointLocations: { source: src, line: 1 + r.int(30) }, exceptionInfo: { threadId: 1 }, source: { sourceReference: r.int(3), source: src },
    restart: { arguments: { program, stopOnEntry: true } }, launch: { program, stopOnEntry: true }, terminate: {}, threads: {},
    'vmx/vmcs': { level: r.int(3) }, 'vmx/exits': {}, 'vmx/state': {}, initialize: { adapterID: 'vmx' },
  };
  const a = { ...(base[command] ?? {}) };
  if (r.chance(0.25)) a[r.pick(ARG_NAMES)] = randomValue(r);
  return a;
}

export function generateDap(r: Rng): DapInput {
  const program = r.pick(DAP_PROGRAMS);
  const requests: DapRequest[] = [];
  for (let n = 4 + r.int(20); n > 0; n--) {
    const command = r.pick(COMMANDS);
    requests.push({ command, args: r.chance(0.75) ? plausibleArgs(r, command, program) : randomValue(r) });
  }
  return {
    program, stopOnEntry: r.chance(0.9) ? r.chance(0.7) : randomValue(r),
    ...(r.chance(0.2) ? { memoryMiB: r.pick([1, 2, 4, 3072, 4096, -1, 0.5, 'big']) } : {}), requests,
  };
}

const RESPONSE_MS = 10_000;

/** The program path inside the repository becomes absolute; sequences refer to it in their arguments. */
function absolutize(v: unknown, program: string, abs: string): unknown {
  if (v === program) return abs;
  if (Array.isArray(v)) return v.map((x) => absolutize(x, program, abs));
  if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, absolutize(x, program, abs)]));
  return v;
}

export async function runDap(inp: DapInput): Promise<RunResult> {
  const session = new VmxDebugSession();
  const problems: string[] = [];
  const pending = new Map<number, (r: DebugProtocol.Response) => void>();
  const waiters: { events: string[]; resolve: (e: DebugProtocol.Event) => void }[] = [];
  let seq = 1;
  session.onDidSendMessage((m) => {
    const msg = m as DebugProtocol.ProtocolMessage;
    if (msg.type === 'response') {
      const r = msg as DebugProtocol.Response;
      if (!r.success && /internal error/i.test(r.message ?? '')) problems.push(`'${r.command}' answered with an internal error: ${r.message}`);
      pending.get(r.request_seq)?.(r);
      pending.delete(r.request_seq);
    } else if (msg.type === 'event') {
      const e = msg as DebugProtocol.Event;
      if (e.event === 'output' && /internal error|TypeError|RangeError|ReferenceError/.test(String(e.body?.output))) problems.push(`console reports: ${String(e.body.output).slice(0, 500)}`);
      for (const w of waiters.splice(0)) { if (w.events.includes(e.event)) w.resolve(e); else waiters.push(w); }
    }
  });
  const abs = join(repoRoot(), inp.program);
  const request = (command: string, args: unknown): Promise<DebugProtocol.Response | null> => new Promise((resolve) => {
    const s = seq++;
    const t = setTimeout(() => { pending.delete(s); resolve(null); }, RESPONSE_MS);
    pending.set(s, (r) => { clearTimeout(t); resolve(r); });
    try {
      session.handleMessage({ seq: s, type: 'request', command, arguments: absolutize(args, inp.program, abs) } as DebugProtocol.Request);
    } catch (e) {
      clearTimeout(t); pending.delete(s);
      problems.push(`handleMessage('${command}') threw: ${e instanceof Error ? e.stack : String(e)}`);
      resolve(null);
    }
  });
  const nextEvent = (events: string[], ms: number): Promise<DebugProtocol.Event | null> => new Promise((resolve) => {
    const w = { events, resolve: (e: DebugProtocol.Event) => { clearTimeout(t); resolve(e); } };
    const t = setTimeout(() => { const i = waiters.indexOf(w); if (i >= 0) waiters.splice(i, 1); resolve(null); }, ms);
    waiters.push(w);
  });
  const must = async (command: string, args: unknown): Promise<DebugProtocol.Response | null> => {
    const r = await request(command, args);
    if (!r) problems.push(`no response to '${command}' ${JSON.stringify(args)?.slice(0, 200)} within ${RESPONSE_MS} ms`);
    return r;
  };
  let state = '';
  try {
    await must('initialize', { adapterID: 'vmx', linesStartAt1: true, columnsStartAt1: true, pathFormat: 'path' });
    const launched = must('launch', { program: abs, stopOnEntry: inp.stopOnEntry, ...(inp.memoryMiB !== undefined ? { memoryMiB: inp.memoryMiB } : {}) });
    await must('configurationDone', {});
    await launched;
    for (const q of inp.requests) {
      await must(q.command, q.args);
      if (problems.length) break;
    }
    // Still responsive: a running guest pauses, the thread list answers.
    if (!problems.length) {
      const st = await must('threads', {});
      const pausing = nextEvent(['stopped', 'terminated'], 5000);
      const p = await request('pause', { threadId: 1 });
      if (p?.success && !(await pausing)) {
        // pausing a stopped program sends no event: only a program still running is a problem
        const tr = await request('stackTrace', { threadId: 1 });
        if (tr && !tr.success && /running/.test(tr.message ?? '')) problems.push('pause was accepted but the program kept running for 5 s');
      }
      if (st && !st.success && !/terminated|launch/.test(st.message ?? '')) problems.push(`threads failed: ${st.message}`);
    }
    const tr = problems.length ? null : await request('stackTrace', { threadId: 1 });
    state = !tr ? 'no answer' : tr.success ? 'stopped' : /terminated/.test(tr.message ?? '') ? 'terminated' : /launch/.test(tr.message ?? '') ? 'not launched' : `stackTrace: ${tr.message}`;
  } finally {
    await request('disconnect', {});
    session.dispose();
  }
  if (problems.length) return { ok: false, failure: problems.slice(0, 3).join('\n') };
  return { ok: true, outcome: `${inp.program.split('/').pop()}: ${state} after ${inp.requests.length > 12 ? 'many' : 'a few'} requests` };
}
