// Scopes and variables of a stop, as a DAP-independent tree: Registers, Segments, Control & MSRs,
// VMX state and the current VMCS (grouped by the architectural table's SDM groups, control bits
// decoded with "allowed by this CPU" from the capability MSRs). Values are computed when a scope or
// variable is expanded.
import {
  VMCS_FIELDS, SDM_GROUPS, VmcsField, vmcsFieldSupported, CONTROL_KIND_INFO, CONTROL_KINDS, CONTROLS, ControlKind,
  allowedControlSettings, controlKindSupported, CR0_BITS, CR4_BITS, EFER_BITS, RFLAGS_BITS, FlagBitDef, formatAccessRights, decodeAccessRights,
  decodeCr0, decodeCr4, decodeEfer, decodeRflags, decodeExitReason, vmInstructionErrorText, decodeInterruptionInfo,
  activityStateName, decodeInterruptibility, decodeEptp, exitReason, formatQualification, QUALIFICATION_LAYOUTS,
  FEATURE_CONTROL_LAYOUT, formatLayout, BitFieldDef,
  CapabilityProfile,
} from '../emulator/vmx/arch';
import { INVALID_POINTER } from '../emulator/vmx/vmx-unit';
import type { Vmcs } from '../emulator/vmx/vmcs';
import { slotOf } from '../emulator/vmx/vmcs';
import { MSR_FEATURE_CONTROL } from '../emulator/cpu/msr';
import type { VmxRuntime, FrameInfo } from './runtime';
import type { ReconstructedVmcs, LevelInfo } from '../emulator/vmx/nesting';
import { failureText, exitText } from './runtime';
import { UserError, hex, hexBytes, toU64 } from './util';
import { formatCheckFailure, explainCheckFailure } from '../emulator/vmx/vmentry-checks';

export interface VarNode {
  name: string;
  value: string;
  type?: string;
  /** Expandable: computed on demand. */
  children?: () => VarNode[];
  /** Editable: parses/evaluates the text and writes it (throws UserError). */
  set?: (text: string) => void;
  memoryReference?: string;
  evaluateName?: string;
  readOnly?: boolean;
}

export interface ScopeNode {
  name: string;
  presentationHint?: 'arguments' | 'locals' | 'registers';
  expensive: boolean;
  children: () => VarNode[];
}

/** Value of an expression typed in the VARIABLES view (`0x10`, `rax+8`, `-1`...). */
function valueOf(rt: VmxRuntime, text: string): bigint {
  return rt.evaluate(text).value;
}

function memRef(rt: VmxRuntime, v: bigint | number): string | undefined {
  const n = typeof v === 'bigint' ? Number(BigInt.asIntN(64, v)) : v;
  return rt.mem.translate(n).ok ? hex(v) : undefined;
}

function flagChildren(flags: readonly FlagBitDef[], value: bigint, set?: (bit: number, on: boolean) => void): VarNode[] {
  return flags.map((f) => ({
    name: f.name,
    value: `${(value >> BigInt(f.bit)) & 1n}`,
    type: `bit ${f.bit}: ${f.title}`,
    set: set ? (text: string) => {
      const t = text.trim();
      if (t !== '0' && t !== '1') throw new UserError(`${f.name} is a single bit: 0 or 1`);
      set(f.bit, t === '1');
    } : undefined,
    readOnly: !set,
  }));
}

const withFlags = (v: bigint, names: string[]) => `${hex(v)}${names.length ? ` [${names.join(' ')}]` : ''}`;

// ------------------------------------------------------------------------------------------------ registers

function registers(rt: VmxRuntime): VarNode[] {
  const names = ['rax', 'rbx', 'rcx', 'rdx', 'rsi', 'rdi', 'rbp', 'rsp', 'r8', 'r9', 'r10', 'r11', 'r12', 'r13', 'r14', 'r15'];
  const out: VarNode[] = names.map((n) => {
    const v = rt.readRegister(n)!;
    return {
      name: n.toUpperCase(), value: hexBytes(v, 8), evaluateName: n, memoryReference: memRef(rt, v),
      set: (t: string) => rt.writeRegister(n, valueOf(rt, t)),
    };
  });
  const rip = rt.readRegister('rip')!;
  out.push({ name: 'RIP', value: hexBytes(rip, 8), evaluateName: 'rip', memoryReference: hex(rt.pc()), set: (t) => rt.writeRegister('rip', valueOf(rt, t)) });
  const fl = rt.readRegister('rflags')!;
  const shown = RFLAGS_BITS.filter((f) => f.name !== 'FIXED1' && !f.name.startsWith('IOPL'));
  out.push({
    name: 'RFLAGS', value: withFlags(fl, decodeRflags(fl)), evaluateName: 'rflags',
    set: (t) => rt.writeRegister('rflags', valueOf(rt, t)),
    children: () => {
      const v = rt.readRegister('rflags')!;
      const kids = flagChildren(shown, v, (bit, on) => rt.setFlag(RFLAGS_BITS.find((f) => f.bit === bit)!.name, on ? 1n : 0n));
      for (const k of kids) k.evaluateName = `rflags.${k.name}`;
      kids.push({ name: 'IOPL', value: `${(v >> 12n) & 3n}`, type: 'bits 13:12: I/O privilege level', evaluateName: 'rflags.IOPL', set: (t) => rt.setFlag('IOPL', valueOf(rt, t)) });
      return kids;
    },
  });
  return out;
}

function segments(rt: VmxRuntime): VarNode[] {
  const c = rt.cpu;
  return ['CS', 'DS', 'ES', 'FS', 'GS', 'SS'].map((n) => {
    const s = ['ES', 'CS', 'SS', 'DS', 'FS', 'GS'].indexOf(n);
    const sel = c.sel[s] & 0xffff, base = c.sbase[s], limit = c.slimit[s], ar = c.sar[s];
    return {
      name: n, value: `${hexBytes(sel, 2)} base=${hex(base)} limit=${hex(limit)}`, evaluateName: n.toLowerCase(), readOnly: true,
      children: () => [
        { name: 'selector', value: hexBytes(sel, 2), type: `index ${sel >> 3}, ${sel & 4 ? 'LDT' : 'GDT'}, RPL ${sel & 3}`, readOnly: true },
        { name: 'base', value: hex(base), memoryReference: memRef(rt, base), readOnly: true },
        { name: 'limit', value: hex(limit), readOnly: true },
        { name: 'attributes', value: `${hex(ar & 0x1f0ff)} ${formatAccessRights(ar & 0x1f0ff)}`, readOnly: true, children: () => arChildren(ar & 0x1f0ff) },
      ],
    };
  });
}

function arChildren(ar: number): VarNode[] {
  const a = decodeAccessRights(ar);
  return [
    { name: 'type', value: `${hex(a.type)} (${a.typeName})`, readOnly: true },
    { name: 'S', value: a.s ? '1 (code/data)' : '0 (system)', readOnly: true },
    { name: 'DPL', value: `${a.dpl}`, readOnly: true },
    { name: 'P', value: a.p ? '1' : '0', readOnly: true },
    { name: 'AVL', value: a.avl ? '1' : '0', readOnly: true },
    { name: 'L', value: a.l ? '1' : '0', readOnly: true },
    { name: 'D/B', value: a.db ? '1' : '0', readOnly: true },
    { name: 'G', value: a.g ? '1' : '0', readOnly: true },
    { name: 'unusable', value: a.unusable ? '1' : '0', readOnly: true },
  ];
}

function control(rt: VmxRuntime): VarNode[] {
  const c = rt.cpu;
  const cr0 = BigInt(c.cr0 >>> 0), cr4 = BigInt(c.cr4 >>> 0), efer = BigInt(c.efer >>> 0);
  const dt = (name: string, base: number, limit: number): VarNode => ({
    name, value: `base=${hex(base)} limit=${hex(limit)}`, readOnly: true, memoryReference: memRef(rt, base),
    children: () => [{ name: 'base', value: hex(base), memoryReference: memRef(rt, base), readOnly: true }, { name: 'limit', value: hex(limit), readOnly: true }],
  });
  const sys = (name: string, sel: number, base: number, limit: number, ar: number): VarNode => ({
    name, value: `${hexBytes(sel, 2)} base=${hex(base)} limit=${hex(limit)}`, readOnly: true,
    children: () => [
      { name: 'selector', value: hexBytes(sel, 2), readOnly: true },
      { name: 'base', value: hex(base), memoryReference: memRef(rt, base), readOnly: true },
      { name: 'limit', value: hex(limit), readOnly: true },
      { name: 'attributes', value: `${hex(ar)} ${formatAccessRights(ar)}`, readOnly: true },
    ],
  });
  const fc = c.readMsr(MSR_FEATURE_CONTROL);
  const fcv = fc ? BigInt(fc[0] >>> 0) | (BigInt(fc[1] >>> 0) << 32n) : 0n;
  return [
    { name: 'CR0', value: withFlags(cr0, decodeCr0(cr0)), evaluateName: 'cr0', readOnly: true, children: () => flagChildren(CR0_BITS, cr0) },
    { name: 'CR2', value: hex(c.cr2), evaluateName: 'cr2', readOnly: true },
    { name: 'CR3', value: hex(c.cr3), evaluateName: 'cr3', readOnly: true, memoryReference: undefined },
    { name: 'CR4', value: withFlags(cr4, decodeCr4(cr4)), evaluateName: 'cr4', readOnly: true, children: () => flagChildren(CR4_BITS, cr4) },
    { name: 'EFER', value: withFlags(efer, decodeEfer(efer)), evaluateName: 'efer', readOnly: true, children: () => flagChildren(EFER_BITS, efer) },
    { name: 'DR7', value: hex(c.dr[7]), evaluateName: 'dr7', readOnly: true },
    dt('GDTR', c.gdtrBase, c.gdtrLimit),
    dt('IDTR', c.idtrBase, c.idtrLimit),
    sys('LDTR', c.ldtrSel, c.ldtrBase, c.ldtrLimit, c.ldtrAr),
    sys('TR', c.trSel, c.trBase, c.trLimit, c.trAr),
    { name: 'IA32_FEATURE_CONTROL', value: hex(fcv), type: 'MSR 0x3a', readOnly: true, children: () => layoutChildren(FEATURE_CONTROL_LAYOUT, fcv) },
    { name: 'CPL', value: `${c.cpl}`, readOnly: true },
    { name: 'mode', value: c.modeName(), readOnly: true },
  ];
}

function layoutChildren(layout: readonly BitFieldDef[], v: bigint): VarNode[] {
  return formatLayout(layout, v).map((line) => {
    const i = line.indexOf(': ', line.indexOf(']'));
    return { name: line.slice(0, i), value: line.slice(i + 2), readOnly: true };
  });
}

// ------------------------------------------------------------------------------------------------ VMX

function vmxState(rt: VmxRuntime): VarNode[] {
  const u = rt.vmx;
  if (!u) return [{ name: 'VMX', value: 'not supported by this machine (CPUID.1:ECX.VMX = 0)', readOnly: true }];
  const out: VarNode[] = [
    { name: 'operation', value: rt.operationName() === 'off' ? 'outside VMX operation' : rt.operationName() === 'root' ? 'VMX root operation' : 'VMX non-root operation', readOnly: true },
    { name: 'level', value: `L${rt.level()}`, readOnly: true },
    { name: 'VMXON pointer', value: u.inVmx ? hex(u.vmxonPtr) : 'none', readOnly: true },
    { name: 'current VMCS', value: u.current ? hex(u.current.address) : `none (${hex(INVALID_POINTER)})`, readOnly: true },
  ];
  if (u.current) out.push({ name: 'launch state', value: u.current.launched ? 'launched' : 'clear', readOnly: true });
  const f = u.lastFailure;
  out.push(f ? {
    name: 'last failure', value: failureText(f), readOnly: true,
    children: () => [
      { name: 'instruction', value: f.instruction, readOnly: true },
      { name: 'kind', value: f.kind, readOnly: true },
      ...(f.error !== undefined ? [{ name: 'VM-instruction error', value: `${f.error}: ${vmInstructionErrorText(f.error)}`, readOnly: true }] : []),
      { name: 'at RIP', value: hex(f.rip), readOnly: true },
      ...(f.check ? explainLines(f.check) : []),
    ],
  } : { name: 'last failure', value: 'none', readOnly: true });
  const ef = u.lastEntryFailure;
  if (ef) out.push({ name: 'last VM-entry failure', value: formatCheckFailure(ef), readOnly: true, children: () => explainLines(ef) });
  const e = rt.lastExit();
  out.push(e ? {
    name: 'last exit', value: exitText(e), readOnly: true,
    children: () => rt.exitDetails(e).map((line, i) => ({ name: `[${i}]`, value: line, readOnly: true })),
  } : { name: 'last exit', value: 'none', readOnly: true });
  out.push({ name: 'counters', value: `${u.counters.entries} entries, ${u.counters.exits} exits, ${u.counters.failures} failures`, readOnly: true });
  const lv = rt.levels();
  if (lv.length > 1) out.push({ name: 'nesting levels', value: lv.map((l) => `L${l.level}${l.running ? '*' : ''}`).join(' '), readOnly: true, children: () => nestingLevels(rt) });
  out.push({ name: 'capability profile', value: u.profileNotes.join('; ') || 'default', readOnly: true });
  return out;
}

function explainLines(c: Parameters<typeof explainCheckFailure>[0]): VarNode[] {
  let lines: string[];
  try { lines = explainCheckFailure(c); } catch { lines = [formatCheckFailure(c)]; }
  return lines.map((l, i) => ({ name: `[${i}]`, value: l, readOnly: true }));
}

// ------------------------------------------------------------------------------------------------ VMCS

const CONTROL_FIELD_KIND = new Map<string, ControlKind>(CONTROL_KINDS.map((k) => [CONTROL_KIND_INFO[k].field, k]));


/** Decoded meaning of a VMCS field value (empty when the field is a plain number/address). */
export function decodeVmcsField(field: VmcsField, value: bigint, v: Vmcs | null, caps: CapabilityProfile): string[] {
  const n = field.name;
  const kind = CONTROL_FIELD_KIND.get(n);
  if (kind) {
    const { mustBeOne, mayBeOne } = allowedControlSettings(kind, caps);
    return CONTROLS[kind].filter((b) => (value >> BigInt(b.bit)) & 1n).map((b) => {
      const bit = 1n << BigInt(b.bit);
      const note = !(mayBeOne & bit) ? ' (NOT allowed by this CPU)' : '';
      void mustBeOne;
      return `${b.name}${note}`;
    });
  }
  if (n.endsWith('_AR_BYTES')) return [formatAccessRights(Number(value & 0xffffffffn))];
  if (n === 'GUEST_CR0' || n === 'HOST_CR0' || n === 'CR0_READ_SHADOW' || n === 'CR0_GUEST_HOST_MASK') return decodeCr0(value);
  if (n === 'GUEST_CR4' || n === 'HOST_CR4' || n === 'CR4_READ_SHADOW' || n === 'CR4_GUEST_HOST_MASK') return decodeCr4(value);
  if (n === 'GUEST_IA32_EFER' || n === 'HOST_IA32_EFER') return decodeEfer(value);
  if (n === 'GUEST_RFLAGS') return decodeRflags(value);
  if (n === 'VM_EXIT_REASON') return [decodeExitReason(Number(value & 0xffffffffn)).text];
  if (n === 'VM_INSTRUCTION_ERROR') return value === 0n ? [] : [`${value}: ${vmInstructionErrorText(Number(value))}`];
  if (n === 'VM_EXIT_INTR_INFO' || n === 'IDT_VECTORING_INFO_FIELD' || n === 'VM_ENTRY_INTR_INFO_FIELD') return [decodeInterruptionInfo(Number(value & 0xffffffffn)).text];
  if (n === 'GUEST_ACTIVITY_STATE') return [activityStateName(Number(value))];
  if (n === 'GUEST_INTERRUPTIBILITY_INFO') return decodeInterruptibility(Number(value & 0xffffffffn));
  if (n === 'EPT_POINTER') {
    const e = decodeEptp(value);
    return [`PML4 at ${hex(e.address)}`, `memory type ${e.memoryTypeName}`, `${e.walkLength}-level walk`, ...(e.accessedDirty ? ['A/D flags enabled'] : []), ...(e.reservedBitsSet ? ['reserved bits set'] : [])];
  }
  if (n === 'VMCS_LINK_POINTER' && value === 0xffffffffffffffffn) return ['none (FFFFFFFF_FFFFFFFF)'];
  if (n === 'EXIT_QUALIFICATION' && v) {
    const reason = v.readEncoding(0x4402);
    const r = reason !== undefined ? exitReason(Number(reason & 0xffffn)) : undefined;
    const layout = QUALIFICATION_LAYOUTS[r?.qualification ?? 'none'];
    if (layout) return formatQualification(layout, value);
  }
  return [];
}

function fieldHex(f: VmcsField, value: bigint): string {
  return hexBytes(value, f.width === '16' ? 2 : f.width === '32' ? 4 : 8);
}

function controlBitChildren(rt: VmxRuntime, field: VmcsField, kind: ControlKind, value: bigint): VarNode[] {
  const caps = rt.vmx!.caps;
  const supported = controlKindSupported(kind, caps);
  const { mustBeOne, mayBeOne } = allowedControlSettings(kind, caps);
  const rows = CONTROLS[kind].filter((b) => !b.name.startsWith('RESERVED_') || (value >> BigInt(b.bit)) & 1n || (mustBeOne >> BigInt(b.bit)) & 1n);
  return rows.map((b) => {
    const bit = 1n << BigInt(b.bit);
    const on = (value & bit) !== 0n;
    const allowed = !supported ? 'this control field does not exist on this CPU'
      : mustBeOne & bit ? 'must be 1 on this CPU' : mayBeOne & bit ? 'allowed by this CPU' : 'NOT allowed by this CPU (must be 0)';
    return {
      name: b.name,
      value: `${on ? 1 : 0}  (${allowed})`,
      type: `bit ${b.bit}: ${b.title}`,
      set: (t: string) => {
        const s = t.trim().replace(/\s.*$/, '');
        if (s !== '0' && s !== '1') throw new UserError(`${b.name} is a single bit: 0 or 1`);
        const cur = rt.readVmcsByEncoding(field.encoding);
        rt.writeVmcs(field.encoding, s === '1' ? cur | bit : cur & ~bit);
      },
    };
  });
}

function vmcsFieldNode(rt: VmxRuntime, v: Vmcs, f: VmcsField): VarNode {
  const slot = slotOf(f.encoding);
  const value = v.getBig(slot);
  const caps = rt.vmx!.caps;
  const decoded = decodeVmcsField(f, value, v, caps);
  const changed = rt.vmcsChanged(slot);
  const node: VarNode = {
    name: f.name,
    value: `${fieldHex(f, value)}${decoded.length ? `  ${decoded.join(' ')}` : ''}${changed ? '  (changed)' : ''}`,
    type: `encoding ${hexBytes(f.encoding, 2)}, ${f.width === 'natural' ? 'natural-width' : f.width + '-bit'}${f.readOnly ? ', read-only' : ''} — ${f.description}`,
    evaluateName: `vmcs.${f.name}`,
    set: (t) => rt.writeVmcs(f.encoding, valueOf(rt, t)),
    readOnly: f.readOnly,
  };
  if (f.type === 'guest' || f.type === 'host') {
    if (/_(BASE|RIP|RSP)$/.test(f.name)) node.memoryReference = memRef(rt, value);
  }
  const kind = CONTROL_FIELD_KIND.get(f.name);
  if (kind) node.children = () => controlBitChildren(rt, f, kind, v.getBig(slot));
  else if (f.name.endsWith('_AR_BYTES')) node.children = () => arChildren(Number(v.getBig(slot) & 0xffffffffn));
  else if (decoded.length > 1) node.children = () => decodeVmcsField(f, v.getBig(slot), v, caps).map((d, i) => ({ name: `[${i}]`, value: d, readOnly: true }));
  return node;
}

function vmcsGroups(rt: VmxRuntime, onlyGroup?: string): VarNode[] {
  const u = rt.vmx;
  const v = u?.current;
  if (!u || !v) return [{ name: 'VMCS', value: u ? 'no current VMCS' : 'no VMX on this machine', readOnly: true }];
  const supported = VMCS_FIELDS.filter((f) => vmcsFieldSupported(f, u.caps));
  const groups = SDM_GROUPS.filter((g) => !onlyGroup || g === onlyGroup);
  const out: VarNode[] = [];
  for (const g of groups) {
    const fields = supported.filter((f) => f.sdmGroup === g);
    if (!fields.length) continue;
    const changed = fields.filter((f) => rt.vmcsChanged(slotOf(f.encoding))).length;
    out.push({
      name: g, value: `${fields.length} fields${changed ? `, ${changed} changed` : ''}`, readOnly: true,
      children: () => fields.map((f) => vmcsFieldNode(rt, v, f)),
    });
  }
  return out;
}

// ------------------------------------------------------------------------------------------------ guest hypervisors' VMCSs

/** `vmcs12` for L1's VMCS (for its guest L2), as KVM names them. */
export function vmcsAlias(level: number): string { return `vmcs${level}${level + 1}`; }

const SOURCE_TEXT: Record<string, string> = {
  'vmwrite': 'seen in its VMWRITE', 'shadow-vmwrite': 'seen in its VMWRITE to the shadow VMCS', 'vmread': 'seen in its VMREAD', 'shadow': 'readable in the shadow VMCS',
};

/** A guest hypervisor's VMCS as reconstructed from its VMX traffic: only observed fields, never invented ones. */
function reconstructedGroups(rt: VmxRuntime, level: number, vm: ReconstructedVmcs, onlyGroup?: string): VarNode[] {
  const caps = rt.vmx!.caps;
  const alias = vmcsAlias(level);
  const seen = VMCS_FIELDS.filter((f) => vm.fields.has(f.encoding));
  if (!seen.length) return [{ name: alias, value: `no field of L${level}'s VMCS ${hex(vm.address)} observed yet`, readOnly: true }];
  const out: VarNode[] = [];
  for (const g of SDM_GROUPS.filter((x) => !onlyGroup || x === onlyGroup)) {
    const fields = seen.filter((f) => f.sdmGroup === g);
    if (!fields.length) continue;
    const changed = fields.filter((f) => rt.reconstructedChanged(level, f.encoding)).length;
    out.push({
      name: g, value: `${fields.length} observed${changed ? `, ${changed} changed` : ''}`, readOnly: true,
      children: () => fields.map((f) => {
        const value = vm.fields.get(f.encoding)!;
        const decoded = decodeVmcsField(f, value, null, caps);
        const ch = rt.reconstructedChanged(level, f.encoding);
        const node: VarNode = {
          name: f.name,
          value: `${fieldHex(f, value)}${decoded.length ? `  ${decoded.join(' ')}` : ''}${ch ? '  (changed)' : ''}`,
          type: `encoding ${hexBytes(f.encoding, 2)} — ${SOURCE_TEXT[vm.sources.get(f.encoding) ?? ''] ?? 'observed'}; ${f.description}`,
          evaluateName: `${alias}.${f.name}`,
          readOnly: true,
        };
        if (decoded.length > 1) node.children = () => decoded.map((d, i) => ({ name: `[${i}]`, value: d, readOnly: true }));
        return node;
      }),
    });
  }
  return out;
}

/** A guest hypervisor level: its VMX operation as the nesting reconstruction sees it. */
function levelState(l: LevelInfo): VarNode[] {
  const out: VarNode[] = [
    { name: 'level', value: `L${l.level} (${l.mode === 'root' ? 'VMX root operation' : l.mode === 'guest-hypervisor' ? 'guest hypervisor' : 'guest'}${l.running ? ', running' : ''})`, readOnly: true },
    { name: 'in VMX operation', value: l.inVmx ? 'yes (VMXON seen)' : 'no', readOnly: true },
    { name: 'VMXON pointer', value: l.vmxonPtr !== null ? hex(l.vmxonPtr) : 'none', readOnly: true },
    { name: 'current VMCS', value: l.currentVmcs !== null ? `${hex(l.currentVmcs)}${l.vmcs ? ` (${l.vmcs.launched ? 'launched' : 'clear'})` : ''}` : 'none', readOnly: true },
  ];
  if (l.hardwareVmcs !== null) out.push({ name: 'runs in hardware VMCS', value: hex(l.hardwareVmcs), readOnly: true });
  if (l.resumesAt) out.push({ name: 'resumes at', value: `${hex(l.resumesAt.rip)}${l.resumesAt.rsp !== undefined ? ` (RSP ${hex(l.resumesAt.rsp)})` : ''} — ${l.resumesAt.from}`, readOnly: true });
  if (l.vmcss.length > 1) out.push({ name: 'VMCSs used', value: l.vmcss.map((v) => hex(v.address)).join(', '), readOnly: true });
  return out;
}

function nestingLevels(rt: VmxRuntime): VarNode[] {
  return rt.levels().map((l) => ({
    name: `L${l.level}`, value: `${l.mode}${l.running ? ' (running)' : ''}${l.currentVmcs !== null ? `, VMCS ${hex(l.currentVmcs)}` : ''}`, readOnly: true,
    children: () => levelState(l),
  }));
}

// ------------------------------------------------------------------------------------------------ scopes

export function scopesFor(rt: VmxRuntime, frame: FrameInfo): ScopeNode[] {
  const vmcs = rt.vmx?.current;
  const vmcsTitle = vmcs ? `VMCS ${hex(vmcs.address)}${vmcs.launched ? ' (launched)' : ' (clear)'}` : 'VMCS (none current)';
  if (frame.kind === 'outer' && frame.level >= 1) {
    // A guest hypervisor resumes at the host state of its (reconstructed) VMCS.
    const l = rt.levels()[frame.level];
    const vm = l?.vmcs ?? null;
    const title = vm ? `${vmcsAlias(frame.level)} ${hex(vm.address)} (L${frame.level}'s VMCS, reconstructed)` : `L${frame.level}'s VMCS (none observed)`;
    return [
      { name: `L${frame.level} host state (resumes at HOST_RIP)`, presentationHint: 'registers', expensive: false, children: () => {
        if (!vm) return [{ name: 'host state', value: `L${frame.level}'s VMCS has not been observed`, readOnly: true }];
        const g = reconstructedGroups(rt, frame.level, vm, 'Host-state area');
        return g.length === 1 && g[0].children ? g[0].children() : g;
      } },
      { name: `L${frame.level} VMX`, expensive: false, children: () => (l ? levelState(l) : []) },
      { name: title, expensive: true, children: () => (vm ? reconstructedGroups(rt, frame.level, vm) : []) },
    ];
  }
  if (frame.kind === 'outer') {
    // An outer level shows only state that exists for it: its host-state area and its VMCS.
    return [
      { name: `L${frame.level} host state (resumes at HOST_RIP)`, presentationHint: 'registers', expensive: false, children: () => {
        const g = vmcsGroups(rt, 'Host-state area');
        return g.length === 1 && g[0].children ? g[0].children() : g;
      } },
      { name: 'VMX', expensive: false, children: () => vmxState(rt) },
      { name: vmcsTitle, expensive: true, children: () => vmcsGroups(rt) },
    ];
  }
  const scopes: ScopeNode[] = [
    { name: 'Registers', presentationHint: 'registers', expensive: false, children: () => registers(rt) },
    { name: 'Segments', expensive: false, children: () => segments(rt) },
    { name: 'Control & MSRs', expensive: false, children: () => control(rt) },
  ];
  if (rt.vmx) {
    scopes.push({ name: 'VMX', expensive: false, children: () => vmxState(rt) });
    if (vmcs) scopes.push({ name: vmcsTitle, expensive: true, children: () => vmcsGroups(rt) });
    for (const l of rt.levels()) {
      if (l.level < 1 || !l.vmcs) continue;
      const vm = l.vmcs;
      scopes.push({ name: `${vmcsAlias(l.level)} ${hex(vm.address)} (L${l.level}'s VMCS, reconstructed)`, expensive: true, children: () => reconstructedGroups(rt, l.level, vm) });
    }
  }
  return scopes;
}

/** Children for the result of an `evaluate` of a VMCS field (decoded bits). */
export function vmcsFieldChildren(rt: VmxRuntime, encoding: number): (() => VarNode[]) | undefined {
  const v = rt.vmx?.current;
  const f = VMCS_FIELDS.find((x) => x.encoding === encoding);
  if (!v || !f) return undefined;
  return vmcsFieldNode(rt, v, f).children;
}
void toU64;
