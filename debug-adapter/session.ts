/**
 * The DAP session: maps Debug Adapter Protocol requests onto a VmxRuntime and the runtime's
 * callbacks onto DAP events. Runs on stdio (`vmxdbg dap`, see cli/dap.ts) or in-process
 * (`new VmxDebugSession()` with vscode.DebugAdapterInlineImplementation).
 *
 * Every request handler validates its arguments and turns exceptions into error responses: bad or
 * out-of-order input never ends the adapter.
 */
import { basename } from 'node:path';
import {
  DebugSession, InitializedEvent, StoppedEvent, OutputEvent, TerminatedEvent, ExitedEvent, BreakpointEvent,
  LoadedSourceEvent, InvalidatedEvent, MemoryEvent, ContinuedEvent, Source,
} from '@vscode/debugadapter';
import type { DebugProtocol } from '@vscode/debugprotocol';
import { ProgramError } from '../emulator/loader/program';
import { builtinInclude } from '../emulator/asm/builtins';
import { VMCS_FIELDS, vmcsFieldSupported, lookupVmcsName, lookupVmcsEncoding } from '../emulator/vmx/arch';
import {
  VmxRuntime, RuntimeConfig, StopInfo, EndInfo, FrameInfo, AddressBreakpoint, ExitBreakpoint, checkHitCondition,
  REGISTER_NAMES, Granularity, parseVectors,
} from './runtime';
import { scopesFor, VarNode, vmcsFieldChildren, decodeVmcsField } from './variables';
import { disassemble } from './disassemble';
import { evaluate as evalExpr, completionPrefix, EvalEnv } from './expr';
import { isExitBreakpoint, parseExitBreakpoint, describeExitBreakpoint } from './exit-breakpoints';
import { dataInfoForExpression, memoryDataId, describeDataId } from './data-breakpoints';
import { normalizePath } from './source-index';
import { EXCEPTION_FILTERS } from './protocol';
import type { SignalRequestArguments, SignalResponseBody } from './protocol';
import { vmcsSnapshot, exitsSnapshot, vmxState, levelsSnapshot, eptTable, translate } from './views';
import { UserError, argsObject, check, errorMessage, hex, hexBytes, parseMemoryReference, parseNumber } from './util';
import { validateLaunchArguments } from './launch-args';
export { validateLaunchArguments } from './launch-args';

const THREAD_ID = 1;

/** Custom requests for the extension's views (views.ts). */
const VIEW_REQUESTS: Record<string, (rt: VmxRuntime, args: unknown) => unknown> = {
  'vmx/vmcs': vmcsSnapshot, 'vmx/exits': exitsSnapshot, 'vmx/state': (rt) => vmxState(rt), 'vmx/levels': (rt) => levelsSnapshot(rt),
  'vmx/ept': eptTable, 'vmx/translate': translate, 'vmx/signal': sendSignal,
};

/** `vmx/signal`: an NMI, INIT or start-up IPI for the processor, acted on when it resumes. */
function sendSignal(rt: VmxRuntime, args: unknown): SignalResponseBody {
  const a = (args ?? {}) as Partial<SignalRequestArguments>;
  if (a.kind !== 'init' && a.kind !== 'sipi' && a.kind !== 'nmi') throw new UserError(`vmx/signal: kind must be 'nmi', 'init' or 'sipi' (got ${JSON.stringify(a.kind)})`);
  const vector = a.vector === undefined ? 0 : typeof a.vector === 'string' ? Number(a.vector) : a.vector;
  if (a.kind === 'sipi' && (typeof vector !== 'number' || !Number.isInteger(vector) || vector < 0 || vector > 255)) throw new UserError(`vmx/signal: SIPI vector must be an integer 0..255 (got ${JSON.stringify(a.vector)})`);
  return { pending: rt.sendSignal(a.kind, vector as number) };
}

/** Environment accepting any name: checks a condition's syntax before the program runs. */
const SYNTAX_ENV: EvalEnv = {
  register: () => 0n, symbol: () => 0n, localSymbol: () => 0n, flag: () => 0n, vmcsField: () => 0n, vmcsEncoding: () => 0n,
  exitField: () => 0n, memory: () => 0n, currentAddress: () => 0n,
};
function syntaxError(expr: string | undefined): string | undefined {
  if (expr === undefined || expr.trim() === '') return undefined;
  try { evalExpr(expr, SYNTAX_ENV); return undefined; } catch (e) {
    const m = errorMessage(e);
    return m === 'division by zero' || m.startsWith('division by zero') ? undefined : m;
  }
}

interface StoredSourceBps { source: DebugProtocol.Source; bps: DebugProtocol.SourceBreakpoint[]; ids: number[] }

/** Requests the client issues on its own (refreshing views); their errors are not shown as popups. */
const PASSIVE_REQUESTS = new Set(['threads', 'stackTrace', 'scopes', 'variables', 'source', 'loadedSources', 'disassemble', 'readMemory',
  'breakpointLocations', 'exceptionInfo', 'completions', 'gotoTargets', 'dataBreakpointInfo', 'vmx/vmcs', 'vmx/exits', 'vmx/state', 'vmx/levels', 'vmx/ept']);

export class VmxDebugSession extends DebugSession {
  private runtime: VmxRuntime | null = null;
  private config: RuntimeConfig | null = null;
  private launched = false;
  private terminated = false;
  private clientCaps: DebugProtocol.InitializeRequestArguments = { adapterID: 'vmx' };

  private configDone = false;
  private configDoneWaiters: (() => void)[] = [];

  // breakpoints as the client sent them (re-resolved after load/restart)
  private nextBpId = 1;
  private sourceBps = new Map<string, StoredSourceBps>();
  private functionBps: { bp: DebugProtocol.FunctionBreakpoint; id: number }[] = [];
  private instructionBps: { bp: DebugProtocol.InstructionBreakpoint; id: number }[] = [];
  private dataBps: { bp: DebugProtocol.DataBreakpoint; id: number }[] = [];
  private filterArgs: { filters: string[]; filterOptions?: DebugProtocol.ExceptionFilterOptions[] } | null = null;

  // per-stop handles
  private varHandles = new Map<number, () => VarNode[]>();
  private nextVarRef = 1;
  private frames = new Map<number, FrameInfo>();
  private nextFrameId = 1;
  private gotoTargets = new Map<number, number>();
  private nextGotoId = 1;

  // sources without a file (built-in includes)
  private sourceRefs = new Map<string, number>();
  private sourceContent = new Map<number, { name: string; content: string }>();

  constructor() {
    super();
    this.setDebuggerLinesStartAt1(true);
    this.setDebuggerColumnsStartAt1(true);
    // The base class shuts the adapter down on a malformed message: report it and carry on instead.
    this.removeAllListeners('error');
    this.on('error', (e: unknown) => {
      const text = typeof e === 'object' && e !== null && 'body' in e ? String((e as { body: unknown }).body) : errorMessage(e);
      if (/^(in|out)Stream error/.test(text)) { this.runtime?.dispose(); this.shutdown(); return; } // the client is gone
      this.sendEvent(new OutputEvent(`vmxdbg: ignored a malformed protocol message (${text})\n`, 'stderr'));
    });
  }

  // ============================================================================================== plumbing

  private fail(response: DebugProtocol.Response, e: unknown): void {
    const msg = e instanceof UserError || e instanceof ProgramError ? e.message : `internal error: ${errorMessage(e)}`;
    if (!(e instanceof UserError) && !(e instanceof ProgramError) && e instanceof Error && e.stack) {
      this.sendEvent(new OutputEvent(`vmxdbg: ${response.command}: ${e.stack}\n`, 'stderr'));
    }
    // Requests VS Code sends by itself (views refreshing, racing a step) answer quietly: a popup for a
    // frame that a step just invalidated is noise. What the user asked for directly is shown.
    const showUser = !PASSIVE_REQUESTS.has(response.command);
    this.sendErrorResponse(response, { id: 1001, format: '{_msg}', variables: { _msg: msg }, showUser });
  }

  /** Runs a handler; exceptions (sync or async) become error responses. */
  private handle(response: DebugProtocol.Response, fn: () => void | Promise<void>): void {
    try {
      const r = fn();
      if (r instanceof Promise) r.catch((e: unknown) => this.fail(response, e));
    } catch (e) { this.fail(response, e); }
  }

  private rt(): VmxRuntime {
    if (this.terminated) throw new UserError('the debug session has terminated');
    if (!this.runtime) throw new UserError(`no program is loaded: send 'launch' first`);
    return this.runtime;
  }
  private stopped(): VmxRuntime {
    const rt = this.rt();
    if (rt.state === 'running') throw new UserError('the target is running: pause it first');
    if (rt.state === 'ended') throw new UserError(`the program has ended${rt.endInfo ? ` (${rt.endInfo.message})` : ''}`);
    return rt;
  }
  private checkThread(a: Record<string, unknown>, required = true): void {
    check(a.threadId, 'integer', 'threadId', required);
    if (a.threadId !== undefined && a.threadId !== THREAD_ID) throw new UserError(`unknown thread ${a.threadId} (the only thread is ${THREAD_ID})`);
  }

  private resetHandles(): void {
    this.varHandles.clear();
    this.frames.clear();
    this.gotoTargets.clear();
  }
  private varRef(children: () => VarNode[]): number {
    const id = this.nextVarRef++;
    this.varHandles.set(id, children);
    return id;
  }

  private sourceFor(file: string): Source {
    if (!file.startsWith('<')) return new Source(basename(file), this.convertDebuggerPathToClient(file));
    let ref = this.sourceRefs.get(file);
    if (ref === undefined) {
      ref = this.sourceRefs.size + 1;
      this.sourceRefs.set(file, ref);
      const name = file.replace(/^<builtin>\//, '');
      this.sourceContent.set(ref, { name, content: builtinInclude(name) ?? `; ${file}: no content available\n` });
    }
    const s = new Source(basename(file), undefined, ref, 'built-in include');
    return s;
  }

  private clientPath(source: unknown, what = 'source'): string {
    check(source, 'object', what, true);
    const s = source as DebugProtocol.Source;
    check(s.path, 'string', `${what}.path`);
    check(s.sourceReference, 'integer', `${what}.sourceReference`);
    if (s.path) return normalizePath(this.convertClientPathToDebugger(s.path));
    if (s.sourceReference) {
      for (const [file, ref] of this.sourceRefs) if (ref === s.sourceReference) return file;
      throw new UserError(`unknown sourceReference ${s.sourceReference}`);
    }
    throw new UserError(`'${what}' needs a 'path'`);
  }

  private createRuntime(config: RuntimeConfig): VmxRuntime {
    const rt = new VmxRuntime(config, {
      stopped: (info) => this.onStopped(rt, info),
      output: (text, category) => { if (this.runtime === rt) this.sendEvent(new OutputEvent(text, category)); },
      ended: (info) => this.onEnded(rt, info),
    });
    return rt;
  }

  private onStopped(rt: VmxRuntime, info: StopInfo): void {
    if (this.runtime !== rt) return;
    this.resetHandles();
    const ev = new StoppedEvent(info.reason, THREAD_ID) as DebugProtocol.StoppedEvent;
    ev.body.description = info.description;
    if (info.text) ev.body.text = info.text;
    if (info.hitBreakpointIds?.length) ev.body.hitBreakpointIds = info.hitBreakpointIds;
    ev.body.allThreadsStopped = true;
    this.sendEvent(ev);
  }

  private onEnded(rt: VmxRuntime, info: EndInfo): void {
    if (this.runtime !== rt) return;
    this.resetHandles();
    this.sendEvent(new OutputEvent(`vmxdbg: ${info.message}\n`, 'console'));
    if (info.exitCode !== undefined) this.sendEvent(new ExitedEvent(info.exitCode));
    this.terminated = true;
    this.sendEvent(new TerminatedEvent());
  }

  // ============================================================================================== lifecycle

  protected override initializeRequest(response: DebugProtocol.InitializeResponse, args: DebugProtocol.InitializeRequestArguments): void {
    this.clientCaps = args ?? { adapterID: 'vmx' };
    const body: DebugProtocol.Capabilities = {
      supportsConfigurationDoneRequest: true,
      supportsFunctionBreakpoints: true,
      supportsConditionalBreakpoints: true,
      supportsHitConditionalBreakpoints: true,
      supportsEvaluateForHovers: true,
      exceptionBreakpointFilters: [
        { filter: EXCEPTION_FILTERS.vmexit, label: 'VM exit', description: 'Stop at the exit handler after every VM exit (use exit:<REASON> function breakpoints for one reason)', default: false, supportsCondition: true, conditionDescription: 'e.g. exit.reason == 10 || vmcs.EXIT_QUALIFICATION & 2' },
        { filter: EXCEPTION_FILTERS.vmxFailure, label: 'VMX instruction failure', description: 'VMfailInvalid / VMfailValid of any VMX instruction, with the error explained', default: true },
        { filter: EXCEPTION_FILTERS.entryFailure, label: 'VM-entry failure', description: 'VM entry failed on guest state or MSR loading (exit reason bit 31), with the failed check explained', default: true },
        { filter: EXCEPTION_FILTERS.tripleFault, label: 'Triple fault', description: 'Stop instead of ending the session when the processor shuts down', default: true },
        { filter: EXCEPTION_FILTERS.magic, label: 'Magic breakpoint (xchg bx, bx)', description: 'Bochs-style magic breakpoint instruction', default: true },
        { filter: EXCEPTION_FILTERS.guestException, label: 'Guest exception', description: 'An exception raised in a guest (VMX non-root operation), delivered through its IDT or turned into a VM exit by the exception bitmap', default: false, supportsCondition: true, conditionDescription: 'vectors, e.g. "#PF, #GP" or "14" (empty: every vector)' },
      ],
      supportsStepBack: true,
      supportsSetVariable: true,
      supportsRestartFrame: false,
      supportsGotoTargetsRequest: true,
      supportsStepInTargetsRequest: false,
      supportsCompletionsRequest: true,
      completionTriggerCharacters: ['.', '['],
      supportsModulesRequest: false,
      supportsRestartRequest: true,
      supportsExceptionOptions: false,
      supportsValueFormattingOptions: false,
      supportsExceptionInfoRequest: true,
      supportTerminateDebuggee: false,
      supportsDelayedStackTraceLoading: true,
      supportsLoadedSourcesRequest: true,
      supportsLogPoints: true,
      supportsTerminateThreadsRequest: false,
      supportsSetExpression: true,
      supportsTerminateRequest: true,
      supportsDataBreakpoints: true,
      supportsDataBreakpointBytes: true,
      supportsReadMemoryRequest: true,
      supportsWriteMemoryRequest: true,
      supportsDisassembleRequest: true,
      supportsCancelRequest: false,
      supportsBreakpointLocationsRequest: true,
      supportsClipboardContext: false,
      supportsSteppingGranularity: true,
      supportsInstructionBreakpoints: true,
      supportsExceptionFilterOptions: true,
      supportsSingleThreadExecutionRequests: false,
    };
    response.body = body;
    this.sendResponse(response);
  }

  protected override configurationDoneRequest(response: DebugProtocol.ConfigurationDoneResponse): void {
    this.configDone = true;
    for (const w of this.configDoneWaiters.splice(0)) w();
    this.sendResponse(response);
  }

  private waitConfigurationDone(ms: number): Promise<void> {
    if (this.configDone) return Promise.resolve();
    return new Promise((resolve) => {
      const t = setTimeout(resolve, ms);
      this.configDoneWaiters.push(() => { clearTimeout(t); resolve(); });
    });
  }

  /** Creates and loads a runtime; on assembler errors every diagnostic goes to the debug console. */
  private loadRuntime(config: RuntimeConfig): VmxRuntime {
    let rt: VmxRuntime;
    try {
      rt = this.createRuntime(config);
    } catch (e) {
      // Machine options (cpuProfile, memoryMiB...) rejected by the emulator
      throw new UserError(`cannot create the machine: ${errorMessage(e)}${config.machine.cpuProfile ? ` (check argument 'cpuProfile')` : ''}`);
    }
    try {
      rt.load();
    } catch (e) {
      if (e instanceof ProgramError) {
        for (const d of e.diagnostics) this.sendEvent(new OutputEvent(d + '\n', 'stderr'));
        throw new UserError(e.message);
      }
      throw new UserError(`cannot load ${config.program}: ${errorMessage(e)}`);
    }
    const warnings = rt.program?.asm?.diagnostics.filter((d) => d.severity === 'warning') ?? [];
    for (const d of warnings) this.sendEvent(new OutputEvent(`${d.file}:${d.line}:${d.col}: warning: ${d.message}\n`, 'stderr'));
    return rt;
  }

  private startRuntime(rt: VmxRuntime): void {
    if (rt.config.stopOnEntry && !rt.config.noDebug) {
      const pc = rt.pc();
      rt.stopHere({ reason: 'entry', description: `Entry at ${rt.describeAddress(pc)}` });
    } else {
      rt.resume('continue');
    }
  }

  private announceSources(rt: VmxRuntime): void {
    for (const f of rt.sources.files) this.sendEvent(new LoadedSourceEvent('new', this.sourceFor(f)));
  }

  protected override launchRequest(response: DebugProtocol.LaunchResponse, args: DebugProtocol.LaunchRequestArguments): void {
    this.handle(response, async () => {
      if (this.launched) throw new UserError(`already launched: use 'restart' or start a new session`);
      const config = validateLaunchArguments(args);
      const rt = this.loadRuntime(config);
      this.launched = true;
      this.config = config;
      this.runtime = rt;
      this.applyAllBreakpoints(true);
      this.announceSources(rt);
      this.sendEvent(new InitializedEvent());
      await this.waitConfigurationDone(1500);
      if (this.runtime !== rt || this.terminated) { this.sendResponse(response); return; }
      this.sendResponse(response);
      this.startRuntime(rt);
    });
  }

  protected override attachRequest(response: DebugProtocol.AttachResponse): void {
    this.fail(response, new UserError(`'attach' is not supported: the emulator runs inside the adapter, use 'launch'`));
  }

  protected override restartRequest(response: DebugProtocol.RestartResponse, args: DebugProtocol.RestartArguments): void {
    this.handle(response, () => {
      if (!this.launched || !this.config) throw new UserError(`nothing to restart: send 'launch' first`);
      const a = argsObject(args, 'restart');
      const config = a.arguments !== undefined ? validateLaunchArguments(a.arguments) : this.config;
      const rt = this.loadRuntime(config); // throws: the old session stays as it was
      this.runtime?.dispose();
      this.runtime = rt;
      this.config = config;
      this.terminated = false;
      this.resetHandles();
      this.applyAllBreakpoints(true);
      this.announceSources(rt);
      this.sendResponse(response);
      this.sendEvent(new ContinuedEvent(THREAD_ID, true));
      this.startRuntime(rt);
    });
  }

  protected override terminateRequest(response: DebugProtocol.TerminateResponse): void {
    this.handle(response, () => {
      const wasTerminated = this.terminated;
      this.runtime?.dispose();
      this.terminated = true;
      this.sendResponse(response);
      if (!wasTerminated) this.sendEvent(new TerminatedEvent());
    });
  }

  protected override disconnectRequest(response: DebugProtocol.DisconnectResponse): void {
    this.runtime?.dispose();
    this.terminated = true;
    this.sendResponse(response);
    this.shutdown();
  }

  // ============================================================================================== run control

  protected override continueRequest(response: DebugProtocol.ContinueResponse, args: DebugProtocol.ContinueArguments): void {
    this.handle(response, () => {
      this.checkThread(argsObject(args, 'continue'));
      const rt = this.stopped();
      rt.resume('continue');
      response.body = { allThreadsContinued: true };
      this.sendResponse(response);
    });
  }

  private step(response: DebugProtocol.Response, args: unknown, kind: 'stepIn' | 'next' | 'stepOut'): void {
    this.handle(response, () => {
      const a = argsObject(args, kind);
      this.checkThread(a);
      check(a.granularity, 'string', 'granularity');
      if (a.granularity !== undefined && !['statement', 'line', 'instruction'].includes(a.granularity as string)) throw new UserError(`argument 'granularity' must be "statement", "line" or "instruction"`);
      check(a.targetId, 'integer', 'targetId');
      if (a.targetId !== undefined) throw new UserError(`step-in targets are not supported`);
      const rt = this.stopped();
      const g: Granularity = a.granularity === 'instruction' ? 'instruction' : 'line';
      rt.resume(kind, g);
      this.sendResponse(response);
    });
  }
  protected override nextRequest(response: DebugProtocol.NextResponse, args: DebugProtocol.NextArguments): void { this.step(response, args, 'next'); }
  protected override stepInRequest(response: DebugProtocol.StepInResponse, args: DebugProtocol.StepInArguments): void { this.step(response, args, 'stepIn'); }
  protected override stepOutRequest(response: DebugProtocol.StepOutResponse, args: DebugProtocol.StepOutArguments): void { this.step(response, args, 'stepOut'); }

  protected override stepBackRequest(response: DebugProtocol.StepBackResponse, args: DebugProtocol.StepBackArguments): void {
    this.handle(response, () => {
      const a = argsObject(args, 'stepBack');
      this.checkThread(a);
      check(a.granularity, 'string', 'granularity');
      if (a.granularity !== undefined && !['statement', 'line', 'instruction'].includes(a.granularity as string)) throw new UserError(`argument 'granularity' must be "statement", "line" or "instruction"`);
      const rt = this.stopped();
      rt.reverse('stepBack', a.granularity === 'instruction' ? 'instruction' : 'line');
      this.sendResponse(response);
    });
  }

  protected override reverseContinueRequest(response: DebugProtocol.ReverseContinueResponse, args: DebugProtocol.ReverseContinueArguments): void {
    this.handle(response, () => {
      this.checkThread(argsObject(args, 'reverseContinue'));
      const rt = this.stopped();
      rt.reverse('reverseContinue');
      this.sendResponse(response);
    });
  }

  protected override pauseRequest(response: DebugProtocol.PauseResponse, args: DebugProtocol.PauseArguments): void {
    this.handle(response, () => {
      this.checkThread(argsObject(args, 'pause'));
      const rt = this.rt();
      if (rt.state === 'ended') throw new UserError('the program has ended');
      rt.pause();
      this.sendResponse(response);
    });
  }

  protected override gotoTargetsRequest(response: DebugProtocol.GotoTargetsResponse, args: DebugProtocol.GotoTargetsArguments): void {
    this.handle(response, () => {
      const a = argsObject(args, 'gotoTargets');
      const file = this.clientPath(a.source);
      check(a.line, 'integer', 'line', true);
      const rt = this.stopped();
      const line = this.convertClientLineToDebugger(a.line as number);
      const r = rt.sources.resolveLine(file, line);
      const targets: DebugProtocol.GotoTarget[] = [];
      if (r && r.line === line) {
        for (const addr of r.addresses) {
          const id = this.nextGotoId++;
          this.gotoTargets.set(id, addr);
          targets.push({ id, label: `${basename(file)}:${r.line} (${hex(addr)})`, line: this.convertDebuggerLineToClient(r.line), instructionPointerReference: hex(addr) });
        }
      }
      response.body = { targets };
      this.sendResponse(response);
    });
  }

  protected override gotoRequest(response: DebugProtocol.GotoResponse, args: DebugProtocol.GotoArguments): void {
    this.handle(response, () => {
      const a = argsObject(args, 'goto');
      this.checkThread(a);
      check(a.targetId, 'integer', 'targetId', true);
      const rt = this.stopped();
      const addr = this.gotoTargets.get(a.targetId as number);
      if (addr === undefined) throw new UserError(`unknown goto target ${a.targetId} (targets are valid until the next resume)`);
      this.sendResponse(response);
      rt.gotoAddress(addr);
    });
  }

  // ============================================================================================== breakpoints

  private resolveSourceBps(stored: StoredSourceBps, rt: VmxRuntime | null): { result: DebugProtocol.Breakpoint[]; bps: AddressBreakpoint[] } {
    const file = this.clientPath(stored.source);
    const result: DebugProtocol.Breakpoint[] = [];
    const bps: AddressBreakpoint[] = [];
    stored.bps.forEach((b, i) => {
      const id = stored.ids[i];
      const line = this.convertClientLineToDebugger(b.line);
      const source = stored.source;
      const err = syntaxError(b.condition) ?? checkHitCondition(b.hitCondition);
      if (err) { result.push({ id, verified: false, line: b.line, source, message: err }); return; }
      if (!rt) { result.push({ id, verified: false, line: b.line, source, message: 'pending: the program is not loaded yet' }); return; }
      const r = rt.sources.resolveLine(file, line);
      if (!r || !r.addresses.length) {
        const known = rt.sources.files.includes(file);
        result.push({ id, verified: false, line: b.line, source, message: known ? `no code at or after line ${line} in ${basename(file)}` : `${basename(file)} is not part of the program` });
        return;
      }
      const where = `${basename(file)}:${r.line}`;
      bps.push({ id, addresses: r.addresses, condition: b.condition || undefined, hitCondition: b.hitCondition || undefined, logMessage: b.logMessage, hits: 0, where });
      result.push({
        id, verified: true, line: this.convertDebuggerLineToClient(r.line), source,
        instructionReference: hex(r.addresses[0]),
        message: r.line !== line ? `moved to line ${r.line}, the next line with code` : r.addresses.length > 1 ? `${r.addresses.length} locations (macro expansions)` : undefined,
      });
    });
    return { result, bps };
  }

  private applySourceBreakpoints(sendEvents: boolean): void {
    const rt = this.runtime;
    const all: AddressBreakpoint[] = [];
    for (const stored of this.sourceBps.values()) {
      const { result, bps } = this.resolveSourceBps(stored, rt);
      all.push(...bps);
      if (sendEvents) for (const b of result) this.sendEvent(new BreakpointEvent('changed', b));
    }
    rt?.setAddressBreakpoints('source', all);
  }

  private resolveFunctionBps(rt: VmxRuntime | null): { result: DebugProtocol.Breakpoint[]; addr: AddressBreakpoint[]; exits: ExitBreakpoint[] } {
    const result: DebugProtocol.Breakpoint[] = [];
    const addr: AddressBreakpoint[] = [];
    const exits: ExitBreakpoint[] = [];
    for (const { bp, id } of this.functionBps) {
      const err = syntaxError(bp.condition) ?? checkHitCondition(bp.hitCondition);
      if (err) { result.push({ id, verified: false, message: err }); continue; }
      if (isExitBreakpoint(bp.name)) {
        try {
          const spec = parseExitBreakpoint(bp.name);
          exits.push({ id, spec, condition: bp.condition || undefined, hitCondition: bp.hitCondition || undefined, hits: 0 });
          result.push({ id, verified: true, message: describeExitBreakpoint(spec) });
        } catch (e) { result.push({ id, verified: false, message: errorMessage(e) }); }
        continue;
      }
      if (!rt) { result.push({ id, verified: false, message: 'pending: the program is not loaded yet' }); continue; }
      const name = bp.name.trim();
      let a = rt.sources.labels.get(name);
      if (a === undefined && /^(0x[0-9a-f]+|[0-9]+)$/i.test(name)) a = Number(parseNumber(name));
      if (a === undefined) {
        const equ = rt.sources.equs.has(name);
        result.push({ id, verified: false, message: equ ? `'${name}' is an equ constant, not a label` : `no label '${name}' in the program (exit-reason breakpoints are written exit:<REASON>)` });
        continue;
      }
      addr.push({ id, addresses: [a], condition: bp.condition || undefined, hitCondition: bp.hitCondition || undefined, hits: 0, where: name });
      const loc = rt.sources.locAt(a);
      result.push({ id, verified: true, instructionReference: hex(a), ...(loc ? { source: this.sourceFor(loc.file), line: this.convertDebuggerLineToClient(loc.line) } : {}) });
    }
    return { result, addr, exits };
  }

  private applyFunctionBreakpoints(sendEvents: boolean): DebugProtocol.Breakpoint[] {
    const rt = this.runtime;
    const { result, addr, exits } = this.resolveFunctionBps(rt);
    rt?.setAddressBreakpoints('function', addr);
    rt?.setExitBreakpoints(exits);
    if (sendEvents) for (const b of result) this.sendEvent(new BreakpointEvent('changed', b));
    return result;
  }

  private applyInstructionBreakpoints(): DebugProtocol.Breakpoint[] {
    const result: DebugProtocol.Breakpoint[] = [];
    const bps: AddressBreakpoint[] = [];
    for (const { bp, id } of this.instructionBps) {
      const err = syntaxError(bp.condition) ?? checkHitCondition(bp.hitCondition);
      if (err) { result.push({ id, verified: false, message: err }); continue; }
      let a: number;
      try { a = parseMemoryReference(bp.instructionReference, bp.offset ?? 0, 'instructionReference'); } catch (e) { result.push({ id, verified: false, message: errorMessage(e) }); continue; }
      bps.push({ id, addresses: [a], condition: bp.condition || undefined, hitCondition: bp.hitCondition || undefined, hits: 0, where: hex(a) });
      result.push({ id, verified: true, instructionReference: hex(a) });
    }
    this.runtime?.setAddressBreakpoints('instruction', bps);
    return result;
  }

  private applyDataBreakpoints(): DebugProtocol.Breakpoint[] {
    const rt = this.runtime;
    const specs = this.dataBps.map(({ bp, id }) => ({ id, dataId: bp.dataId, accessType: bp.accessType, condition: bp.condition || undefined, hitCondition: bp.hitCondition || undefined }));
    const pre = specs.map((sp) => syntaxError(sp.condition) ?? checkHitCondition(sp.hitCondition) ?? null);
    const res = rt ? rt.setDataBreakpoints(specs.filter((_, i) => pre[i] === null)) : [];
    let k = 0;
    return specs.map((sp, i) => {
      const why = pre[i] ?? (rt ? res[k++] : 'pending: the program is not loaded yet');
      return why === null
        ? { id: sp.id, verified: true, message: `stops after a write to ${describeDataId(sp.dataId)}` }
        : { id: sp.id, verified: false, message: why };
    });
  }

  private applyFilters(): void {
    const rt = this.runtime;
    if (!rt || !this.filterArgs) return;
    const f = new Set(this.filterArgs.filters);
    const opts = this.filterArgs.filterOptions ?? [];
    for (const o of opts) f.add(o.filterId);
    const vmexitCond = opts.find((o) => o.filterId === EXCEPTION_FILTERS.vmexit)?.condition;
    let vectors: Set<number> | null | undefined;
    if (f.has(EXCEPTION_FILTERS.guestException)) {
      try { vectors = parseVectors(opts.find((o) => o.filterId === EXCEPTION_FILTERS.guestException)?.condition); } catch { vectors = undefined; }
    }
    rt.filters = {
      vmexit: f.has(EXCEPTION_FILTERS.vmexit), vmexitCondition: vmexitCond || undefined, vmxFailure: f.has(EXCEPTION_FILTERS.vmxFailure),
      entryFailure: f.has(EXCEPTION_FILTERS.entryFailure), tripleFault: f.has(EXCEPTION_FILTERS.tripleFault), magic: f.has(EXCEPTION_FILTERS.magic),
      guestException: vectors,
    };
  }

  private applyAllBreakpoints(sendEvents: boolean): void {
    this.applySourceBreakpoints(sendEvents);
    this.applyFunctionBreakpoints(sendEvents);
    this.applyInstructionBreakpoints();
    this.applyDataBreakpoints();
    this.applyFilters();
  }

  protected override setBreakPointsRequest(response: DebugProtocol.SetBreakpointsResponse, args: DebugProtocol.SetBreakpointsArguments): void {
    this.handle(response, () => {
      const a = argsObject(args, 'setBreakpoints');
      const file = this.clientPath(a.source);
      check(a.breakpoints, 'array', 'breakpoints');
      check(a.lines, 'array', 'lines');
      let list: DebugProtocol.SourceBreakpoint[];
      if (a.breakpoints !== undefined) {
        list = (a.breakpoints as unknown[]).map((b, i) => {
          check(b, 'object', `breakpoints[${i}]`, true);
          const o = b as Record<string, unknown>;
          check(o.line, 'integer', `breakpoints[${i}].line`, true);
          check(o.column, 'integer', `breakpoints[${i}].column`);
          check(o.condition, 'string', `breakpoints[${i}].condition`);
          check(o.hitCondition, 'string', `breakpoints[${i}].hitCondition`);
          check(o.logMessage, 'string', `breakpoints[${i}].logMessage`);
          return o as unknown as DebugProtocol.SourceBreakpoint;
        });
      } else {
        list = ((a.lines as unknown[] | undefined) ?? []).map((l, i) => { check(l, 'integer', `lines[${i}]`, true); return { line: l as number }; });
      }
      // Keep ids stable for unchanged lines.
      const old = this.sourceBps.get(file);
      const ids = list.map((b) => {
        const k = old?.bps.findIndex((o) => o.line === b.line) ?? -1;
        return k >= 0 ? old!.ids[k] : this.nextBpId++;
      });
      const stored: StoredSourceBps = { source: a.source as DebugProtocol.Source, bps: list, ids };
      if (list.length) this.sourceBps.set(file, stored); else this.sourceBps.delete(file);
      const { result } = this.resolveSourceBps(stored, this.runtime);
      this.applySourceBreakpoints(false);
      response.body = { breakpoints: result };
      this.sendResponse(response);
    });
  }

  protected override setFunctionBreakPointsRequest(response: DebugProtocol.SetFunctionBreakpointsResponse, args: DebugProtocol.SetFunctionBreakpointsArguments): void {
    this.handle(response, () => {
      const a = argsObject(args, 'setFunctionBreakpoints');
      check(a.breakpoints, 'array', 'breakpoints', true);
      const list = (a.breakpoints as unknown[]).map((b, i) => {
        check(b, 'object', `breakpoints[${i}]`, true);
        const o = b as Record<string, unknown>;
        check(o.name, 'string', `breakpoints[${i}].name`, true);
        check(o.condition, 'string', `breakpoints[${i}].condition`);
        check(o.hitCondition, 'string', `breakpoints[${i}].hitCondition`);
        return o as unknown as DebugProtocol.FunctionBreakpoint;
      });
      const old = this.functionBps;
      this.functionBps = list.map((bp) => ({ bp, id: old.find((o) => o.bp.name === bp.name)?.id ?? this.nextBpId++ }));
      response.body = { breakpoints: this.applyFunctionBreakpoints(false) };
      this.sendResponse(response);
    });
  }

  protected override setInstructionBreakpointsRequest(response: DebugProtocol.SetInstructionBreakpointsResponse, args: DebugProtocol.SetInstructionBreakpointsArguments): void {
    this.handle(response, () => {
      const a = argsObject(args, 'setInstructionBreakpoints');
      check(a.breakpoints, 'array', 'breakpoints', true);
      const list = (a.breakpoints as unknown[]).map((b, i) => {
        check(b, 'object', `breakpoints[${i}]`, true);
        const o = b as Record<string, unknown>;
        check(o.instructionReference, 'string', `breakpoints[${i}].instructionReference`, true);
        check(o.offset, 'integer', `breakpoints[${i}].offset`);
        check(o.condition, 'string', `breakpoints[${i}].condition`);
        check(o.hitCondition, 'string', `breakpoints[${i}].hitCondition`);
        return o as unknown as DebugProtocol.InstructionBreakpoint;
      });
      const old = this.instructionBps;
      this.instructionBps = list.map((bp) => ({ bp, id: old.find((o) => o.bp.instructionReference === bp.instructionReference && o.bp.offset === bp.offset)?.id ?? this.nextBpId++ }));
      response.body = { breakpoints: this.applyInstructionBreakpoints() };
      this.sendResponse(response);
    });
  }

  protected override dataBreakpointInfoRequest(response: DebugProtocol.DataBreakpointInfoResponse, args: DebugProtocol.DataBreakpointInfoArguments): void {
    this.handle(response, () => {
      const a = argsObject(args, 'dataBreakpointInfo');
      check(a.name, 'string', 'name', true);
      check(a.variablesReference, 'integer', 'variablesReference');
      check(a.frameId, 'integer', 'frameId');
      check(a.asAddress, 'boolean', 'asAddress');
      check(a.bytes, 'integer', 'bytes');
      const rt = this.stopped();
      const name = a.name as string;
      const unavailable = (why: string) => { response.body = { dataId: null, description: why }; };
      try {
        let info: { dataId: string; description: string };
        if (a.asAddress) {
          const addr = parseMemoryReference(name, 0, 'name');
          const bytes = (a.bytes as number | undefined) ?? 8;
          if (bytes < 1 || bytes > 4096) throw new UserError(`'bytes' must be 1..4096`);
          info = { dataId: memoryDataId(addr, bytes), description: describeDataId(memoryDataId(addr, bytes)) };
        } else if (a.variablesReference !== undefined && a.variablesReference !== 0) {
          const fn = this.varHandles.get(a.variablesReference as number);
          if (!fn) throw new UserError(`unknown variablesReference ${a.variablesReference}`);
          const node = fn().find((n) => n.name === name);
          if (!node) throw new UserError(`no variable '${name}' in this scope`);
          let found: { dataId: string; description: string } | null = null;
          if (node.evaluateName) { try { found = dataInfoForExpression(node.evaluateName, (t) => rt.evaluate(t)); } catch { found = null; } }
          if (!found && node.memoryReference) {
            const id = memoryDataId(Number(parseNumber(node.memoryReference)), 8);
            found = { dataId: id, description: `${describeDataId(id)} (pointed to by ${name})` };
          }
          if (!found) throw new UserError(`${name} is not in memory or the VMCS (registers cannot be watched)`);
          info = found;
        } else {
          info = dataInfoForExpression(name, (t) => rt.evaluate(t));
        }
        // ids name an address or a VMCS field encoding: stable across sessions
        response.body = { dataId: info.dataId, description: info.description, accessTypes: ['write'], canPersist: true };
      } catch (e) {
        if (!(e instanceof UserError)) throw e;
        unavailable(e.message);
      }
      this.sendResponse(response);
    });
  }

  protected override setDataBreakpointsRequest(response: DebugProtocol.SetDataBreakpointsResponse, args: DebugProtocol.SetDataBreakpointsArguments): void {
    this.handle(response, () => {
      const a = argsObject(args, 'setDataBreakpoints');
      check(a.breakpoints, 'array', 'breakpoints', true);
      const list = (a.breakpoints as unknown[]).map((b, i) => {
        check(b, 'object', `breakpoints[${i}]`, true);
        const o = b as Record<string, unknown>;
        check(o.dataId, 'string', `breakpoints[${i}].dataId`, true);
        check(o.accessType, 'string', `breakpoints[${i}].accessType`);
        check(o.condition, 'string', `breakpoints[${i}].condition`);
        check(o.hitCondition, 'string', `breakpoints[${i}].hitCondition`);
        return o as unknown as DebugProtocol.DataBreakpoint;
      });
      const old = this.dataBps;
      this.dataBps = list.map((bp) => ({ bp, id: old.find((o) => o.bp.dataId === bp.dataId)?.id ?? this.nextBpId++ }));
      response.body = { breakpoints: this.applyDataBreakpoints() };
      this.sendResponse(response);
    });
  }

  protected override setExceptionBreakPointsRequest(response: DebugProtocol.SetExceptionBreakpointsResponse, args: DebugProtocol.SetExceptionBreakpointsArguments): void {
    this.handle(response, () => {
      const a = argsObject(args, 'setExceptionBreakpoints');
      check(a.filters, 'array', 'filters', true);
      check(a.filterOptions, 'array', 'filterOptions');
      const known = Object.values(EXCEPTION_FILTERS) as string[];
      const filters = (a.filters as unknown[]).map((f, i) => { check(f, 'string', `filters[${i}]`, true); return f as string; });
      const opts = ((a.filterOptions as unknown[] | undefined) ?? []).map((o, i) => {
        check(o, 'object', `filterOptions[${i}]`, true);
        const x = o as Record<string, unknown>;
        check(x.filterId, 'string', `filterOptions[${i}].filterId`, true);
        check(x.condition, 'string', `filterOptions[${i}].condition`);
        return x as unknown as DebugProtocol.ExceptionFilterOptions;
      });
      this.filterArgs = { filters, filterOptions: opts };
      this.applyFilters();
      const breakpoints: DebugProtocol.Breakpoint[] = [...filters.map((f) => ({ f })), ...opts.map((o) => ({ f: o.filterId, c: o.condition }))].map(({ f, c }: { f: string; c?: string }) => {
        if (!known.includes(f)) return { verified: false, message: `unknown exception filter '${f}' (${known.join(', ')})` };
        if (c && f === EXCEPTION_FILTERS.guestException) {
          try { parseVectors(c); return { verified: true }; } catch (e) { return { verified: false, message: errorMessage(e) }; }
        }
        const err = c ? syntaxError(c) : undefined;
        if (c && f !== EXCEPTION_FILTERS.vmexit) return { verified: false, message: `the '${f}' filter takes no condition` };
        return err ? { verified: false, message: err } : { verified: true };
      });
      response.body = { breakpoints };
      this.sendResponse(response);
    });
  }

  protected override breakpointLocationsRequest(response: DebugProtocol.BreakpointLocationsResponse, args: DebugProtocol.BreakpointLocationsArguments): void {
    this.handle(response, () => {
      const a = argsObject(args, 'breakpointLocations');
      const file = this.clientPath(a.source);
      check(a.line, 'integer', 'line', true);
      check(a.endLine, 'integer', 'endLine');
      const rt = this.rt();
      const start = this.convertClientLineToDebugger(a.line as number);
      const end = a.endLine !== undefined ? this.convertClientLineToDebugger(a.endLine as number) : start;
      response.body = { breakpoints: rt.sources.linesWithCode(file, start, end).map((l) => ({ line: this.convertDebuggerLineToClient(l) })) };
      this.sendResponse(response);
    });
  }

  // ============================================================================================== state

  protected override threadsRequest(response: DebugProtocol.ThreadsResponse): void {
    this.handle(response, () => {
      const rt = this.runtime;
      const name = rt && rt.state === 'stopped' ? rt.threadName() : 'vCPU 0';
      response.body = { threads: [{ id: THREAD_ID, name }] };
      this.sendResponse(response);
    });
  }

  protected override stackTraceRequest(response: DebugProtocol.StackTraceResponse, args: DebugProtocol.StackTraceArguments): void {
    this.handle(response, () => {
      const a = argsObject(args, 'stackTrace');
      this.checkThread(a);
      check(a.startFrame, 'integer', 'startFrame');
      check(a.levels, 'integer', 'levels');
      const rt = this.stopped();
      const all = rt.frames();
      const start = Math.max(0, (a.startFrame as number | undefined) ?? 0);
      const levels = (a.levels as number | undefined) || all.length;
      const frames: DebugProtocol.StackFrame[] = all.slice(start, start + levels).map((f) => {
        const id = this.nextFrameId++;
        this.frames.set(id, f);
        const loc = f.address === null ? undefined : rt.sources.locAt(f.address);
        const frame: DebugProtocol.StackFrame = { id, name: f.name, line: 0, column: 0 };
        if (f.address !== null) frame.instructionPointerReference = hex(f.address);
        if (loc) {
          frame.source = this.sourceFor(loc.file);
          frame.line = this.convertDebuggerLineToClient(loc.line);
          frame.column = this.convertDebuggerColumnToClient(Math.max(1, loc.col));
        }
        if (f.kind === 'outer') frame.presentationHint = 'label';
        return frame;
      });
      response.body = { stackFrames: frames, totalFrames: all.length };
      this.sendResponse(response);
    });
  }

  protected override scopesRequest(response: DebugProtocol.ScopesResponse, args: DebugProtocol.ScopesArguments): void {
    this.handle(response, () => {
      const a = argsObject(args, 'scopes');
      check(a.frameId, 'integer', 'frameId', true);
      const rt = this.stopped();
      const f = this.frames.get(a.frameId as number);
      if (!f) throw new UserError(`unknown frame ${a.frameId} (frames are valid until the next resume)`);
      response.body = {
        scopes: scopesFor(rt, f).map((s) => ({ name: s.name, variablesReference: this.varRef(s.children), expensive: s.expensive, ...(s.presentationHint ? { presentationHint: s.presentationHint } : {}) })),
      };
      this.sendResponse(response);
    });
  }

  private toVariable(n: VarNode): DebugProtocol.Variable {
    const v: DebugProtocol.Variable = { name: n.name, value: n.value, variablesReference: n.children ? this.varRef(n.children) : 0 };
    if (n.type) v.type = n.type;
    if (n.evaluateName) v.evaluateName = n.evaluateName;
    if (n.memoryReference) v.memoryReference = n.memoryReference;
    if (n.readOnly || !n.set) v.presentationHint = { attributes: ['readOnly'] };
    return v;
  }

  protected override variablesRequest(response: DebugProtocol.VariablesResponse, args: DebugProtocol.VariablesArguments): void {
    this.handle(response, () => {
      const a = argsObject(args, 'variables');
      check(a.variablesReference, 'integer', 'variablesReference', true);
      check(a.start, 'integer', 'start');
      check(a.count, 'integer', 'count');
      check(a.filter, 'string', 'filter');
      this.stopped();
      const fn = this.varHandles.get(a.variablesReference as number);
      if (!fn) throw new UserError(`unknown variablesReference ${a.variablesReference} (references are valid until the next resume)`);
      let nodes = a.filter === 'indexed' ? [] : fn();
      const start = (a.start as number | undefined) ?? 0;
      if (start || a.count) nodes = nodes.slice(start, a.count ? start + (a.count as number) : undefined);
      response.body = { variables: nodes.map((n) => this.toVariable(n)) };
      this.sendResponse(response);
    });
  }

  protected override setVariableRequest(response: DebugProtocol.SetVariableResponse, args: DebugProtocol.SetVariableArguments): void {
    this.handle(response, () => {
      const a = argsObject(args, 'setVariable');
      check(a.variablesReference, 'integer', 'variablesReference', true);
      check(a.name, 'string', 'name', true);
      check(a.value, 'string', 'value', true);
      this.stopped();
      const fn = this.varHandles.get(a.variablesReference as number);
      if (!fn) throw new UserError(`unknown variablesReference ${a.variablesReference}`);
      const node = fn().find((n) => n.name === a.name);
      if (!node) throw new UserError(`no variable '${a.name}' in this scope`);
      if (!node.set || node.readOnly) throw new UserError(`${a.name} is read-only${node.readOnly && node.set ? '' : ' in this version'}`);
      node.set(a.value as string);
      const updated = fn().find((n) => n.name === a.name) ?? node;
      const v = this.toVariable(updated);
      response.body = { value: v.value, type: v.type, variablesReference: v.variablesReference, memoryReference: v.memoryReference };
      this.sendResponse(response);
      if (this.clientCaps.supportsInvalidatedEvent) this.sendEvent(new InvalidatedEvent(['variables', 'stacks']));
    });
  }

  // ============================================================================================== evaluate

  protected override evaluateRequest(response: DebugProtocol.EvaluateResponse, args: DebugProtocol.EvaluateArguments): void {
    this.handle(response, () => {
      const a = argsObject(args, 'evaluate');
      check(a.expression, 'string', 'expression', true);
      check(a.frameId, 'integer', 'frameId');
      check(a.context, 'string', 'context');
      const rt = this.stopped();
      const r = rt.evaluate(a.expression as string);
      let result: string;
      let variablesReference = 0;
      let type: string = r.kind;
      if (r.kind === 'vmcs') {
        const ref = lookupVmcsName(r.vmcsField ?? '') ?? lookupVmcsEncoding(Number(parseNumber(r.vmcsField ?? '') ?? -1));
        const f = ref?.field;
        if (f) {
          const decoded = decodeVmcsField(f, r.value, rt.vmx?.current ?? null, rt.vmx!.caps);
          result = `${hexBytes(r.value, f.width === '16' ? 2 : f.width === '32' ? 4 : 8)}${decoded.length ? '  ' + decoded.join(' ') : ''}`;
          type = `${f.name} (encoding ${hexBytes(f.encoding, 2)})`;
          if (r.vmcs) type = `${f.name} of vmcs${r.vmcs} (encoding ${hexBytes(f.encoding, 2)})`;
          const kids = r.vmcs ? undefined : vmcsFieldChildren(rt, f.encoding);
          if (kids) variablesReference = this.varRef(kids);
        } else result = hex(r.value);
      } else if (r.kind === 'memory') {
        result = hexBytes(r.value, r.size ?? 8);
        type = `${['', 'byte', 'word', '', 'dword', '', '', '', 'qword'][r.size ?? 8]} at ${hex(r.address ?? 0n)}`;
      } else if (r.kind === 'symbol') {
        const name = (a.expression as string).trim();
        result = `${hex(r.value)}`;
        type = rt.sources.labels.has(name) || name.startsWith('.') ? 'label' : 'constant';
      } else {
        result = r.value < 10n ? `${r.value}` : `${hex(r.value)} (${r.value >= 1n << 63n ? BigInt.asIntN(64, r.value) : r.value})`;
      }
      const body: DebugProtocol.EvaluateResponse['body'] = { result, type, variablesReference };
      const addr = r.address ?? (r.kind === 'register' ? r.value : undefined);
      if (addr !== undefined && rt.mem.translate(Number(BigInt.asIntN(64, addr))).ok) body.memoryReference = hex(addr);
      response.body = body;
      this.sendResponse(response);
    });
  }

  /** WATCH edits: registers, flags, memory operands (`qword [rsp+8]`) and fields of the current VMCS. */
  protected override setExpressionRequest(response: DebugProtocol.SetExpressionResponse, args: DebugProtocol.SetExpressionArguments): void {
    this.handle(response, () => {
      const a = argsObject(args, 'setExpression');
      check(a.expression, 'string', 'expression', true);
      check(a.value, 'string', 'value', true);
      check(a.frameId, 'integer', 'frameId');
      const rt = this.stopped();
      const expr = (a.expression as string).trim();
      const r = rt.evaluate(expr);
      const v = rt.evaluate(a.value as string).value;
      if (r.kind === 'memory' && r.address !== undefined) {
        const size = r.size ?? 8;
        const bytes = new Uint8Array(size);
        for (let i = 0; i < size; i++) bytes[i] = Number((v >> BigInt(8 * i)) & 0xffn);
        rt.mem.write(Number(BigInt.asIntN(64, r.address)), bytes, false);
      } else if (r.kind === 'register') rt.writeRegister(expr.toLowerCase().replace(/^\$/, ''), v);
      else if (r.kind === 'flag') rt.setFlag(expr.replace(/^[a-z]+\./i, '').toUpperCase(), v);
      else if (r.kind === 'vmcs' && !r.vmcs && r.vmcsField) rt.writeVmcs(/^0x/i.test(r.vmcsField) ? Number(r.vmcsField) : r.vmcsField, v);
      else throw new UserError(`'${expr}' cannot be assigned: registers, flags, memory operands (qword [addr]) and fields of the current VMCS (vmcs.NAME) can${r.vmcs ? `; vmcs${r.vmcs} is reconstructed from what L${r.vmcs[0]} did and is read-only` : ''}`);
      const after = rt.evaluate(expr);
      response.body = { value: after.kind === 'memory' ? hexBytes(after.value, after.size ?? 8) : hex(after.value) };
      this.sendResponse(response);
      if (this.clientCaps.supportsInvalidatedEvent) this.sendEvent(new InvalidatedEvent(['variables']));
    });
  }

  protected override completionsRequest(response: DebugProtocol.CompletionsResponse, args: DebugProtocol.CompletionsArguments): void {
    this.handle(response, () => {
      const a = argsObject(args, 'completions');
      check(a.text, 'string', 'text', true);
      check(a.column, 'integer', 'column', true);
      const rt = this.rt();
      const text = a.text as string;
      const col = this.clientCaps.columnsStartAt1 === false ? (a.column as number) + 1 : (a.column as number);
      const { prefix, start } = completionPrefix(text, col);
      const p = prefix.toLowerCase();
      const items: DebugProtocol.CompletionItem[] = [];
      const add = (label: string, type: DebugProtocol.CompletionItemType, detail?: string) => {
        if (items.length < 1000 && label.toLowerCase().startsWith(p)) items.push({ label, type, ...(detail ? { detail } : {}) });
      };
      const vmcsPrefix = /^vmcs(\d\d)?\./.exec(p);
      if (vmcsPrefix) {
        const caps = rt.vmx?.caps;
        const which = vmcsPrefix[1];
        // another level's reconstructed VMCS: the fields observed so far
        const seen = which && which[0] !== '0' ? rt.reconstructedVmcs(Number(which[0]))?.fields : undefined;
        for (const f of VMCS_FIELDS) {
          if (caps && !vmcsFieldSupported(f, caps)) continue;
          if (which && which[0] !== '0' && !seen?.has(f.encoding)) continue;
          add(`vmcs${which ?? ''}.${f.name}`, 'property', `${hexBytes(f.encoding, 2)} ${f.description}`);
        }
      } else if (p.startsWith('exit.')) {
        for (const n of ['reason', 'fullReason', 'qualification', 'guestRip', 'guestLinear', 'guestPhysical', 'hostRip', 'length', 'from', 'to', 'virtual', 'hardware']) add(`exit.${n}`, 'property');
      } else if (p.startsWith('rflags.')) {
        for (const n of ['CF', 'PF', 'AF', 'ZF', 'SF', 'TF', 'IF', 'DF', 'OF', 'IOPL', 'NT', 'RF', 'VM', 'AC', 'VIF', 'VIP', 'ID']) add(`rflags.${n}`, 'property');
      } else {
        for (const r of REGISTER_NAMES) add(r, 'variable');
        for (const k of ['vmcs', 'exit', 'rflags', 'byte', 'word', 'dword', 'qword']) add(k, 'keyword');
        for (const l of rt.levels()) {
          if (l.level >= 1 && l.vmcs) add(`vmcs${l.level}${l.level + 1}`, 'keyword', `L${l.level}'s VMCS ${hex(l.vmcs.address)} (reconstructed)`);
          if (l.level >= 1 && l.hardwareVmcs !== null) add(`vmcs0${l.level}`, 'keyword', `hardware VMCS ${hex(l.hardwareVmcs)} running L${l.level}`);
        }
        for (const [n, v] of rt.sources.labels) add(n, 'function', hex(v));
        for (const [n, v] of rt.sources.equs) add(n, 'value', hex(v));
      }
      const base = this.clientCaps.columnsStartAt1 === false ? 0 : 1;
      for (const it of items) { it.start = start + base; it.length = prefix.length; }
      response.body = { targets: items };
      this.sendResponse(response);
    });
  }

  protected override exceptionInfoRequest(response: DebugProtocol.ExceptionInfoResponse, args: DebugProtocol.ExceptionInfoArguments): void {
    this.handle(response, () => {
      this.checkThread(argsObject(args, 'exceptionInfo'));
      const rt = this.stopped();
      const e = rt.lastStop?.exception;
      if (!e || rt.lastStop?.reason !== 'exception') throw new UserError('the last stop was not an exception');
      response.body = {
        exceptionId: e.id, description: e.description, breakMode: 'always',
        details: { message: e.description, stackTrace: e.details.join('\n') || undefined },
      };
      this.sendResponse(response);
    });
  }

  // ============================================================================================== memory, disassembly, sources

  protected override readMemoryRequest(response: DebugProtocol.ReadMemoryResponse, args: DebugProtocol.ReadMemoryArguments): void {
    this.handle(response, () => {
      const a = argsObject(args, 'readMemory');
      check(a.count, 'integer', 'count', true);
      if ((a.count as number) < 0) throw new UserError(`argument 'count' must not be negative`);
      const addr = parseMemoryReference(a.memoryReference, a.offset);
      const rt = this.stopped();
      const count = Math.min(a.count as number, 1 << 20);
      const r = rt.mem.read(addr, count);
      response.body = { address: hex(addr), data: Buffer.from(r.bytes.subarray(0, r.readable)).toString('base64'), unreadableBytes: count - r.readable };
      this.sendResponse(response);
    });
  }

  protected override writeMemoryRequest(response: DebugProtocol.WriteMemoryResponse, args: DebugProtocol.WriteMemoryArguments): void {
    this.handle(response, () => {
      const a = argsObject(args, 'writeMemory');
      check(a.data, 'string', 'data', true);
      check(a.allowPartial, 'boolean', 'allowPartial');
      const addr = parseMemoryReference(a.memoryReference, a.offset);
      const rt = this.stopped();
      const bytes = new Uint8Array(Buffer.from(a.data as string, 'base64'));
      const n = rt.mem.write(addr, bytes, (a.allowPartial as boolean | undefined) ?? false);
      response.body = { offset: 0, bytesWritten: n };
      this.sendResponse(response);
      if (this.clientCaps.supportsMemoryEvent) this.sendEvent(new MemoryEvent(hex(addr), 0, n));
      if (this.clientCaps.supportsInvalidatedEvent) this.sendEvent(new InvalidatedEvent(['variables']));
    });
  }

  protected override disassembleRequest(response: DebugProtocol.DisassembleResponse, args: DebugProtocol.DisassembleArguments): void {
    this.handle(response, () => {
      const a = argsObject(args, 'disassemble');
      check(a.instructionOffset, 'integer', 'instructionOffset');
      check(a.instructionCount, 'integer', 'instructionCount', true);
      check(a.resolveSymbols, 'boolean', 'resolveSymbols');
      const count = a.instructionCount as number;
      if (count < 0 || count > 10000) throw new UserError(`argument 'instructionCount' must be between 0 and 10000`);
      const addr = parseMemoryReference(a.memoryReference, a.offset);
      const rt = this.stopped();
      const list = disassemble(rt, addr, (a.instructionOffset as number | undefined) ?? 0, count, (a.resolveSymbols as boolean | undefined) ?? true);
      response.body = {
        instructions: list.map((d) => {
          const ins: DebugProtocol.DisassembledInstruction = { address: hex(d.address), instruction: d.text };
          if (d.bytes) ins.instructionBytes = d.bytes;
          if (d.invalid) ins.presentationHint = 'invalid';
          if (d.symbol) ins.symbol = d.symbol;
          if (d.file && d.line !== undefined) { ins.location = this.sourceFor(d.file); ins.line = this.convertDebuggerLineToClient(d.line); }
          return ins;
        }),
      };
      this.sendResponse(response);
    });
  }

  protected override sourceRequest(response: DebugProtocol.SourceResponse, args: DebugProtocol.SourceArguments): void {
    this.handle(response, () => {
      const a = argsObject(args, 'source');
      check(a.sourceReference, 'integer', 'sourceReference', true);
      const s = this.sourceContent.get(a.sourceReference as number);
      if (!s) throw new UserError(`unknown sourceReference ${a.sourceReference}`);
      response.body = { content: s.content, mimeType: 'text/x-nasm' };
      this.sendResponse(response);
    });
  }

  protected override loadedSourcesRequest(response: DebugProtocol.LoadedSourcesResponse): void {
    this.handle(response, () => {
      const rt = this.rt();
      response.body = { sources: rt.sources.files.map((f) => this.sourceFor(f)) };
      this.sendResponse(response);
    });
  }

  // ============================================================================================== not supported (answered, never faked)

  private unsupported(response: DebugProtocol.Response, what: string): void { this.fail(response, new UserError(`${what} is not supported by the VMX debugger`)); }
  protected override restartFrameRequest(response: DebugProtocol.RestartFrameResponse): void { this.unsupported(response, 'restartFrame'); }
  protected override stepInTargetsRequest(response: DebugProtocol.StepInTargetsResponse): void { this.unsupported(response, 'stepInTargets'); }
  protected override terminateThreadsRequest(response: DebugProtocol.TerminateThreadsResponse): void { this.unsupported(response, 'terminateThreads'); }
  protected override cancelRequest(response: DebugProtocol.CancelResponse): void { this.unsupported(response, 'cancel'); }

  // ============================================================================================== custom requests

  protected override customRequest(command: string, response: DebugProtocol.Response, args: unknown): void {
    this.handle(response, () => {
      const view = VIEW_REQUESTS[command];
      if (!view) throw new UserError(`unknown request '${command}' (${Object.keys(VIEW_REQUESTS).join(', ')})`);
      response.body = view(this.stopped(), args);
      this.sendResponse(response);
    });
  }
}
