/**
 * VMCS view model: adapter `vmx/vmcs` payloads -> tree nodes. One root per VMCS (labelled by level
 * and address), the SDM's four areas (controls, guest state, host state, exit information) with
 * the SDM sub-groups inside, fields with encodings and hex values, decoded bit children for control
 * fields, CRs, EFER, RFLAGS and segment access rights (from the architectural table), and changed
 * marks (the adapter's own plus a diff against the previous snapshot of the same VMCS).
 */
import {
  CONTROL_KINDS, CONTROL_KIND_INFO, CONTROLS, ControlKind, CR0_BITS, CR4_BITS, EFER_BITS, RFLAGS_BITS, FlagBitDef,
  ACCESS_RIGHTS_LAYOUT, INTERRUPTIBILITY_BITS, formatLayout,
} from '../../../emulator/vmx/arch';
import type { VmcsResponseBody, VmcsFieldSnapshot, VmcsRequestArguments, LevelsResponseBody } from './requests';
import { TreeNode, big, message } from './tree';

export interface VmcsSource {
  level: number;
  address: string;
  /** e.g. "vmcs01", "vmcs12". */
  role?: string;
  current?: boolean;
  body: VmcsResponseBody;
  /** Fields can be written through the adapter (the hardware VMCS of L0). */
  editable: boolean;
}

/** One `vmx/vmcs` request per VMCS that `vmx/levels` lists (L0's current one without arguments). */
export interface VmcsRequestPlan { source: Omit<VmcsSource, 'body'>; args: VmcsRequestArguments }

export function vmcsRequests(levels: LevelsResponseBody): VmcsRequestPlan[] {
  return levels.levels.flatMap((l) => l.vmcss.map((v) => ({
    source: { level: l.level, address: v.address, role: v.role ?? (l.level === 0 ? 'vmcs01' : `vmcs${l.level}${l.level + 1}`), current: v.current, editable: l.level === 0 && v.current },
    args: l.level === 0 && v.current ? {} : { level: l.level, address: v.address },
  })));
}

/** Values of the previous stop: key `${level}@${address}` -> encoding -> value. */
export type VmcsHistory = Map<string, Map<number, string>>;

export const AREAS: readonly { name: string; match: (group: string) => boolean }[] = [
  { name: 'Controls', match: (g) => /control fields$/.test(g) },
  { name: 'Guest state', match: (g) => g.startsWith('Guest-state') },
  { name: 'Host state', match: (g) => g.startsWith('Host-state') },
  { name: 'Exit information', match: (g) => g.startsWith('VM-exit information') },
];

const CONTROL_FIELD_KIND = new Map<string, ControlKind>(CONTROL_KINDS.map((k) => [CONTROL_KIND_INFO[k].field, k]));

const ADDRESS_FIELD = /(_BASE|_RIP|_RSP|_ADDR|_ADDRESS|_POINTER|_BITMAP|_BITMAP_[AB]|_PAGE_ADDR|_LIST_ADDR)(_FULL)?$/;

export function vmcsKey(level: number, address: string): string { return `${level}@${address.toLowerCase()}`; }

export function vmcsRootLabel(s: VmcsSource): string {
  return `L${s.level} ${s.role ?? 'VMCS'} @ ${s.address}`;
}

/** Fields flagged changed: the adapter's mark or a value different from the previous snapshot. */
export function changedFields(s: VmcsSource, history: VmcsHistory): Set<number> {
  const prev = history.get(vmcsKey(s.level, s.address));
  const out = new Set<number>();
  for (const g of s.body.groups ?? []) {
    for (const f of g.fields) {
      if (f.changed) out.add(f.encoding);
      else if (prev && prev.has(f.encoding) && prev.get(f.encoding) !== f.value) out.add(f.encoding);
    }
  }
  return out;
}

/** Records this stop's values (call after building the tree). */
export function rememberVmcs(sources: readonly VmcsSource[], history: VmcsHistory): void {
  for (const s of sources) {
    const m = new Map<number, string>();
    for (const g of s.body.groups ?? []) for (const f of g.fields) m.set(f.encoding, f.value);
    history.set(vmcsKey(s.level, s.address), m);
  }
}

function flagChildren(id: string, flags: readonly FlagBitDef[], v: bigint): TreeNode[] {
  return flags.map((f) => ({
    id: `${id}/${f.name}`, label: f.name, description: `${(v >> BigInt(f.bit)) & 1n}`, tooltip: `bit ${f.bit}: ${f.title}`,
    icon: (v >> BigInt(f.bit)) & 1n ? 'pass-filled' : 'circle-large-outline', contextValue: 'bit',
  }));
}

/** Decoded bit children of a field value (controls, CRs, EFER, RFLAGS, access rights, interruptibility). */
export function bitChildren(id: string, name: string, value: bigint): TreeNode[] | undefined {
  const kind = CONTROL_FIELD_KIND.get(name);
  if (kind) {
    return CONTROLS[kind].filter((b) => !b.name.startsWith('RESERVED_') || (value >> BigInt(b.bit)) & 1n).map((b) => {
      const on = ((value >> BigInt(b.bit)) & 1n) === 1n;
      return { id: `${id}/${b.name}`, label: b.name, description: on ? '1' : '0', tooltip: `bit ${b.bit}: ${b.title}`, icon: on ? 'pass-filled' : 'circle-large-outline', contextValue: 'bit' };
    });
  }
  if (/^(GUEST|HOST)_CR0$|^CR0_(READ_SHADOW|GUEST_HOST_MASK)$/.test(name)) return flagChildren(id, CR0_BITS, value);
  if (/^(GUEST|HOST)_CR4$|^CR4_(READ_SHADOW|GUEST_HOST_MASK)$/.test(name)) return flagChildren(id, CR4_BITS, value);
  if (/^(GUEST|HOST)_IA32_EFER$/.test(name)) return flagChildren(id, EFER_BITS, value);
  if (name === 'GUEST_RFLAGS') return flagChildren(id, RFLAGS_BITS, value);
  if (name === 'GUEST_INTERRUPTIBILITY_INFO') return flagChildren(id, INTERRUPTIBILITY_BITS, value);
  if (name.endsWith('_AR_BYTES')) {
    return formatLayout(ACCESS_RIGHTS_LAYOUT, value).map((line, i) => {
      const m = /^\[([^\]]+)\] (.+?): (.*)$/.exec(line);
      return { id: `${id}/ar${i}`, label: m ? m[2] : line, description: m ? m[3] : undefined, tooltip: m ? `bits ${m[1]}: ${m[2]}` : line, contextValue: 'bit' };
    });
  }
  return undefined;
}

export function isAddressField(name: string): boolean { return ADDRESS_FIELD.test(name) && !/_LIMIT$/.test(name); }

export function fieldNode(s: VmcsSource, rootId: string, f: VmcsFieldSnapshot, changed: boolean): TreeNode {
  const id = `${rootId}/${f.name}`;
  const value = big(f.value);
  const enc = `0x${f.encoding.toString(16).padStart(4, '0')}`;
  const kids = value !== undefined ? bitChildren(id, f.name, value) : undefined;
  const decodedKids = !kids && f.decoded && f.decoded.length > 1
    ? f.decoded.map((d, i) => ({ id: `${id}/d${i}`, label: d, contextValue: 'bit' } as TreeNode)) : undefined;
  const width = f.width === 'natural' ? 'natural-width' : `${f.width}-bit`;
  const ctx = ['vmcsField'];
  if (s.editable && !f.readOnly) ctx.push('editable');
  if (isAddressField(f.name) && value !== undefined && value !== 0n && value !== 0xffffffffffffffffn) ctx.push('address');
  return {
    id,
    label: f.name,
    description: `${f.value}${f.decoded?.length === 1 ? `  ${f.decoded[0]}` : ''}  (${enc})${changed ? '  ● changed' : ''}`,
    tooltip: [`${f.name} — encoding ${enc}, ${width}${f.readOnly ? ', read-only' : ''}`, f.description, `value ${f.value}`, ...(f.decoded ?? []), ...(changed ? ['changed since the last stop'] : [])].join('\n'),
    icon: changed ? 'diff-modified' : 'symbol-field',
    iconColor: changed ? 'charts.yellow' : undefined,
    highlight: changed,
    contextValue: ctx.join(' '),
    children: kids ?? decodedKids,
    data: { name: f.name, encoding: f.encoding, value: f.value, group: f.group, level: s.level, vmcs: s.address, editable: s.editable && !f.readOnly },
  };
}

/** The tree of one VMCS. */
export function vmcsTree(s: VmcsSource, history: VmcsHistory): TreeNode {
  const rootId = `vmcs:${vmcsKey(s.level, s.address)}`;
  const b = s.body;
  if (!b.available) {
    return { id: rootId, label: vmcsRootLabel(s), description: 'unavailable', children: [message(`${rootId}/reason`, b.reason ?? 'not available')], contextValue: 'vmcs' };
  }
  const changed = changedFields(s, history);
  const areas: TreeNode[] = [];
  for (const area of AREAS) {
    const groups = (b.groups ?? []).filter((g) => area.match(g.name) && g.fields.length);
    if (!groups.length) continue;
    const areaId = `${rootId}/${area.name}`;
    const nChanged = groups.reduce((n, g) => n + g.fields.filter((f) => changed.has(f.encoding)).length, 0);
    const nFields = groups.reduce((n, g) => n + g.fields.length, 0);
    const sub: TreeNode[] = groups.map((g) => {
      const gc = g.fields.filter((f) => changed.has(f.encoding)).length;
      return {
        id: `${areaId}/${g.name}`, label: g.name, description: `${g.fields.length} fields${gc ? `, ${gc} changed` : ''}`, contextValue: 'vmcsGroup',
        highlight: gc > 0,
        children: g.fields.map((f) => fieldNode(s, rootId, f, changed.has(f.encoding))),
      };
    });
    areas.push({
      id: areaId, label: area.name, description: `${nFields} fields${nChanged ? `, ${nChanged} changed` : ''}`, contextValue: 'vmcsArea',
      highlight: nChanged > 0, icon: nChanged ? 'diff-modified' : undefined,
      // a single SDM group in an area (host state) is shown inline
      children: sub.length === 1 ? sub[0].children : sub,
    });
  }
  const desc = [b.launchState, b.revisionId ? `rev ${b.revisionId}` : undefined, b.shadowIndicator ? 'shadow' : undefined, s.current ? 'current' : undefined].filter(Boolean).join(', ');
  return {
    id: rootId, label: vmcsRootLabel(s), description: desc, contextValue: 'vmcs', icon: 'symbol-structure', expanded: !!s.current,
    tooltip: `VMCS at ${s.address} (level L${s.level}${s.role ? `, ${s.role}` : ''})`, children: areas,
    data: { level: s.level, address: s.address },
  };
}

/** The whole VMCS view. */
export function vmcsViewModel(sources: readonly VmcsSource[], history: VmcsHistory, note?: string): TreeNode[] {
  const out = sources.map((s) => vmcsTree(s, history));
  if (note) out.push(message('vmcs:note', note));
  if (!out.length) out.push(message('vmcs:none', 'no VMCS'));
  return out;
}


/** A field's value in the current VMCS of the snapshot (L0's current one first), for hovers. */
export function liveVmcsValue(sources: readonly VmcsSource[], name: string): { field: VmcsFieldSnapshot; where: string } | undefined {
  const ordered = [...sources].sort((a, b) => Number(!!b.current) - Number(!!a.current) || a.level - b.level);
  for (const s of ordered) {
    if (!s.body.available) continue;
    for (const g of s.body.groups ?? []) {
      const f = g.fields.find((x) => x.name === name);
      if (f) return { field: f, where: vmcsRootLabel(s) };
    }
  }
  return undefined;
}
