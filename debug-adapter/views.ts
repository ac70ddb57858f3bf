/**
 * The custom requests behind the extension's views (protocol.ts documents them): VMCS snapshots per
 * level with change marks, the exit history with levels, VMX state, nesting levels, EPT tables and
 * GPA translation. Plain functions of a stopped runtime; the session dispatches to them.
 */
import { VMCS_FIELDS, SDM_GROUPS, vmcsFieldSupported, VmcsField, CapabilityProfile } from '../emulator/vmx/arch';
import { Vmcs, slotOf } from '../emulator/vmx/vmcs';
import { eptTranslateForDebugger } from '../emulator/vmx/ept';
import { formatCheckFailure } from '../emulator/vmx/vmentry-checks';
import type { ReconstructedVmcs } from '../emulator/vmx/nesting';
import type { VmxRuntime } from './runtime';
import { exitText, exitLevels, failureText } from './exit-text';
import { decodeVmcsField, vmcsAlias } from './variables';
import type {
  VmcsResponseBody, VmcsFieldSnapshot, ExitsResponseBody, VmxStateBody, LevelsResponseBody, VmcsRef, EptTableBody, TranslateBody,
} from './protocol';
import { UserError, argsObject, check, hex, hexBytes, parseNumber } from './util';

const widthBytes = (f: VmcsField) => (f.width === '16' ? 2 : f.width === '32' ? 4 : 8);

function address(v: unknown, name: string): number {
  if (typeof v !== 'string' && typeof v !== 'number') throw new UserError(`argument '${name}' must be an address string like "0x401000"`);
  const n = parseNumber(v);
  if (n === undefined || n < 0n || n >= 1n << 52n) throw new UserError(`argument '${name}' is not an address (${JSON.stringify(v)})`);
  return Number(n);
}

function hardwareSnapshot(rt: VmxRuntime, v: Vmcs, caps: CapabilityProfile, includeUnsupported: boolean, current: boolean, role: string | undefined): VmcsResponseBody {
  const groups = SDM_GROUPS.map((g) => ({
    name: g as string,
    fields: VMCS_FIELDS.filter((f) => f.sdmGroup === g).map((f): VmcsFieldSnapshot | null => {
      const supported = vmcsFieldSupported(f, caps);
      if (!supported && !includeUnsupported) return null;
      const slot = slotOf(f.encoding);
      const value = v.getBig(slot);
      const decoded = decodeVmcsField(f, value, v, caps);
      return {
        name: f.name, encoding: f.encoding, group: g, width: f.width, type: f.type, readOnly: f.readOnly, supported,
        value: hexBytes(value, widthBytes(f)), changed: current && rt.vmcsChanged(slot),
        ...(decoded.length ? { decoded } : {}), description: f.description,
      };
    }).filter((x): x is VmcsFieldSnapshot => x !== null),
  })).filter((g) => g.fields.length);
  return { available: true, address: hex(v.address), launchState: v.launched ? 'launched' : 'clear', revisionId: hex(v.revision), shadowIndicator: v.shadow, level: 0, ...(role ? { role } : {}), groups };
}

function reconstructedSnapshot(rt: VmxRuntime, level: number, vm: ReconstructedVmcs, caps: CapabilityProfile, current: boolean): VmcsResponseBody {
  const groups = SDM_GROUPS.map((g) => ({
    name: g as string,
    fields: VMCS_FIELDS.filter((f) => f.sdmGroup === g && vm.fields.has(f.encoding)).map((f): VmcsFieldSnapshot => {
      const value = vm.fields.get(f.encoding)!;
      const decoded = decodeVmcsField(f, value, null, caps);
      return {
        name: f.name, encoding: f.encoding, group: g, width: f.width, type: f.type, readOnly: f.readOnly, supported: vmcsFieldSupported(f, caps),
        value: hexBytes(value, widthBytes(f)), changed: current && rt.reconstructedChanged(level, f.encoding),
        ...(decoded.length ? { decoded } : {}), description: f.description, source: vm.sources.get(f.encoding),
      };
    }),
  })).filter((g) => g.fields.length);
  return { available: true, address: hex(vm.address), launchState: vm.launched ? 'launched' : 'clear', level, role: `${vmcsAlias(level)} (reconstructed)`, reconstructed: true, groups };
}

/** `vmx/vmcs {level?, address?, includeUnsupported?}` */
export function vmcsSnapshot(rt: VmxRuntime, args: unknown): VmcsResponseBody {
  const a = argsObject(args, 'vmx/vmcs');
  check(a.level, 'integer', 'level');
  check(a.includeUnsupported, 'boolean', 'includeUnsupported');
  const u = rt.vmx;
  if (!u) return { available: false, reason: 'this machine has no VMX' };
  const level = (a.level as number | undefined) ?? 0;
  const want = a.address !== undefined ? address(a.address, 'address') : undefined;
  if (level === 0) {
    const v = u.current;
    if (want === undefined || (v && v.address === want)) {
      if (!v) return { available: false, reason: 'there is no current VMCS' };
      return hardwareSnapshot(rt, v, u.caps, !!a.includeUnsupported, true, roleOfHardware(rt, v.address));
    }
    if (want + 4096 > rt.machine.mem.size) return { available: false, reason: `${hex(want)} is outside RAM` };
    // A VMCS that is not current: its region in memory (written there by VMPTRLD of another VMCS or VMCLEAR).
    return hardwareSnapshot(rt, Vmcs.load(rt.machine.mem, want), u.caps, !!a.includeUnsupported, false, roleOfHardware(rt, want));
  }
  const l = rt.levels()[level];
  if (!l) return { available: false, reason: `there is no L${level} (levels: L0..L${rt.levels().length - 1})` };
  const vm = want === undefined ? l.vmcs : l.vmcss.find((x) => x.address === want) ?? null;
  if (!vm) return { available: false, reason: want === undefined ? `L${level} has no current VMCS` : `L${level} has not used a VMCS at ${hex(want)}` };
  return reconstructedSnapshot(rt, level, vm, u.caps, vm === l.vmcs);
}

/** vmcs0k: the hardware VMCS that runs level k. */
function roleOfHardware(rt: VmxRuntime, addr: number): string | undefined {
  const l = rt.levels().find((x) => x.level >= 1 && x.hardwareVmcs === addr);
  return l ? `vmcs0${l.level}` : undefined;
}

/** `vmx/exits {limit?}`: hardware and reflected exits, newest first. */
export function exitsSnapshot(rt: VmxRuntime, args: unknown): ExitsResponseBody {
  const a = argsObject(args, 'vmx/exits');
  check(a.limit, 'integer', 'limit');
  const u = rt.vmx;
  if (!u) return { total: 0, exits: [] };
  const n = rt.machine.nesting;
  const history = n ? n.exitHistory() : u.history;
  const limit = Math.max(0, Math.min(1000, (a.limit as number | undefined) ?? 100));
  const exits = history.slice(-limit).reverse().map((r) => ({
    seq: r.seq, reason: r.reason, name: r.name, fullReason: hexBytes(r.fullReason >>> 0, 4), entryFailure: (r.fullReason & 0x80000000) !== 0,
    qualification: hex(r.qualification), guestRip: hex(r.guestRip),
    ...(r.guestLinear !== undefined ? { guestLinear: hex(r.guestLinear) } : {}),
    ...(r.guestPhysical !== undefined ? { guestPhysical: hex(r.guestPhysical) } : {}),
    hostRip: hex(r.hostRip), vmcs: hex(r.vmcs), tsc: r.tsc, fromLevel: exitLevels(r).from, toLevel: exitLevels(r).to, hardware: exitLevels(r).hardware, text: exitText(r),
    ...(r.detail ? { detail: r.detail } : {}),
  }));
  return { total: n ? n.counts.hardware + n.counts.virtual : u.counters.exits, exits };
}

/** `vmx/state` */
export function vmxState(rt: VmxRuntime): VmxStateBody {
  const u = rt.vmx;
  const v = u?.current;
  const last = rt.lastExit();
  return {
    vmxSupported: !!u,
    inVmxOperation: !!u?.inVmx,
    operation: rt.operationName(),
    level: rt.level(),
    cpuMode: rt.cpu.modeName(),
    ...(u?.inVmx ? { vmxonPointer: hex(u.vmxonPtr) } : {}),
    ...(v ? { currentVmcs: hex(v.address), launchState: v.launched ? 'launched' as const : 'clear' as const } : {}),
    ...(u?.lastFailure ? { lastFailure: failureText(u.lastFailure) } : {}),
    ...(u?.lastEntryFailure ? { lastEntryFailure: formatCheckFailure(u.lastEntryFailure) } : {}),
    ...(last ? { lastExit: exitText(last) } : {}),
    counters: u ? { ...u.counters } : { exits: 0, entries: 0, failures: 0 },
    capabilityProfile: u?.profileNotes ?? [],
    instructions: rt.cpu.icount,
    strictTlb: !!u?.strictTlb,
    cpuProfile: rt.config.machine.capabilityMsrs ? 'explicit capability MSR values' : rt.config.machine.cpuProfile ?? 'default',
  };
}

/** `vmx/levels` */
export function levelsSnapshot(rt: VmxRuntime): LevelsResponseBody {
  const u = rt.vmx;
  const lv = rt.levels();
  const mem = rt.machine.mem;
  const hardware = (): VmcsRef[] => {
    const addrs = new Map<number, string | undefined>();
    if (u?.current) addrs.set(u.current.address, roleOfHardware(rt, u.current.address));
    for (const l of lv) if (l.level >= 1 && l.hardwareVmcs !== null) addrs.set(l.hardwareVmcs, `vmcs0${l.level}`);
    return [...addrs].map(([addr, role]) => {
      const cur = u?.current?.address === addr;
      const launched = cur ? u!.current!.launched : addr + 12 <= mem.size && mem.read32(addr + 8) === 1;
      return { address: hex(addr), ...(role ? { role } : {}), launched, current: cur };
    });
  };
  return {
    current: rt.level(),
    levels: lv.map((l) => {
      const r = l.resumesAt;
      const loc = r ? rt.sources.locAt(r.rip) : undefined;
      return {
        level: l.level, mode: l.mode, running: l.running, inVmx: l.inVmx,
        ...(l.vmxonPtr !== null ? { vmxonPointer: hex(l.vmxonPtr) } : {}),
        ...(l.currentVmcs !== null ? { currentVmcs: hex(l.currentVmcs) } : {}),
        vmcss: l.level === 0 ? hardware() : l.vmcss.map((v) => ({ address: hex(v.address), role: vmcsAlias(l.level), launched: v.launched, current: v.address === l.currentVmcs })),
        ...(l.hardwareVmcs !== null ? { hardwareVmcs: hex(l.hardwareVmcs) } : {}),
        ...(r ? { resumesAt: { rip: hex(r.rip), ...(r.rsp !== undefined ? { rsp: hex(r.rsp) } : {}), from: r.from, ...(loc ? { source: { path: loc.file, line: loc.line } } : {}) } } : {}),
      };
    }),
  };
}

function defaultEptp(rt: VmxRuntime): number | null {
  const v = rt.vmx?.current;
  if (!v) return null;
  const e = v.readEncoding(0x201a);
  return e === undefined ? null : Number(e);
}

/** `vmx/ept {eptp?, table?, tableLevel?}`: the non-zero entries of one table. */
export function eptTable(rt: VmxRuntime, args: unknown): EptTableBody {
  const a = argsObject(args, 'vmx/ept');
  check(a.tableLevel, 'integer', 'tableLevel');
  const eptp = a.eptp !== undefined ? address(a.eptp, 'eptp') : defaultEptp(rt);
  if (eptp === null || eptp === 0) return { available: false, reason: 'no EPTP: give one, or stop where the current VMCS has EPT_POINTER set' };
  const level = (a.tableLevel as number | undefined) ?? 4;
  if (level < 1 || level > 4) throw new UserError(`argument 'tableLevel' must be 4 (PML4), 3 (PDPT), 2 (PD) or 1 (PT)`);
  const table = a.table !== undefined ? address(a.table, 'table') : Math.floor(eptp / 4096) * 4096;
  const mem = rt.machine.mem;
  if (table % 4096 !== 0) throw new UserError(`argument 'table' must be 4-KiB aligned (got ${hex(table)})`);
  if (table + 4096 > mem.size) return { available: false, reason: `the table at ${hex(table)} is outside RAM`, eptp: hex(eptp), table: hex(table), tableLevel: level };
  const entries: { index: number; value: string }[] = [];
  for (let i = 0; i < 512; i++) {
    const lo = mem.read32(table + 8 * i), hi = mem.read32(table + 8 * i + 4);
    if (lo === 0 && hi === 0) continue;
    entries.push({ index: i, value: hexBytes((BigInt(hi >>> 0) << 32n) | BigInt(lo >>> 0), 8) });
  }
  return { available: true, eptp: hex(eptp), table: hex(table), tableLevel: level, entries };
}

/** `vmx/translate {gpa, eptp?}` */
export function translate(rt: VmxRuntime, args: unknown): TranslateBody {
  const a = argsObject(args, 'vmx/translate');
  if (a.gpa === undefined) throw new UserError(`missing argument 'gpa'`);
  const gpa = address(a.gpa, 'gpa');
  const u = rt.vmx;
  if (!u) throw new UserError('this machine has no VMX');
  const eptp = a.eptp !== undefined ? address(a.eptp, 'eptp') : defaultEptp(rt);
  if (eptp === null || eptp === 0) throw new UserError('no EPTP: give one, or stop where the current VMCS has EPT_POINTER set');
  const r = eptTranslateForDebugger(u, eptp, gpa);
  return {
    ok: r.ok, eptp: hex(eptp), gpa: hex(gpa),
    ...(r.ok && r.hpa !== undefined ? { hpa: hex(r.hpa) } : {}),
    steps: r.steps.map((s) => ({ name: s.note, level: 4 - s.level, entryAddress: hex(s.address), value: hexBytes(s.entry, 8) })),
    ...(r.problem ? { problem: r.problem } : {}),
    ...(r.misconfig ? { misconfig: true } : {}),
    ...(r.ok ? { pageSize: r.pageSize } : {}),
  };
}
