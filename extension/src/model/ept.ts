/**
 * EPT view model: an EPTP and the adapter's `vmx/ept` table payloads -> the hierarchy PML4E ->
 * PDPTE -> PDE -> PTE (lazily expanded: a non-leaf entry's children are the next table), with
 * permissions, memory type, large pages and A/D flags decoded by the architectural table; and the
 * "Translate guest-physical address" walk with the faulting entry highlighted.
 */
import { decodeEptEntry, decodeEptp, EPT_LEVELS } from '../../../emulator/vmx/arch';
import type { EptRequestArguments, EptTableBody, TranslateBody } from './requests';
import { TreeNode, big, hex, message } from './tree';
import type { VmcsSource } from './vmcs';

const LEVEL_NAME: Record<number, string> = { 5: 'PML5E', 4: 'PML4E', 3: 'PDPTE', 2: 'PDE', 1: 'PTE' };
const SPAN: Record<number, bigint> = { 4: 1n << 39n, 3: 1n << 30n, 2: 1n << 21n, 1: 1n << 12n };

export function sizeText(bytes: bigint): string {
  if (bytes >= 1n << 40n) return `${bytes >> 40n} TiB`;
  if (bytes >= 1n << 30n) return `${bytes >> 30n} GiB`;
  if (bytes >= 1n << 20n) return `${bytes >> 20n} MiB`;
  return `${bytes >> 10n} KiB`;
}

export interface EptEntryInfo {
  level: number;
  index: number;
  value: bigint;
  /** First guest-physical address the entry covers. */
  gpaBase: bigint;
  leaf: boolean;
  /** Next table (non-leaf) or page frame (leaf). */
  address: bigint;
  text: string;
}

export function describeEptEntry(level: number, index: number, value: bigint, gpaParent: bigint): EptEntryInfo {
  const d = decodeEptEntry(value);
  const large = (level === 3 || level === 2) && d.largePage;
  const leaf = level === 1 || large;
  const gpaBase = gpaParent + BigInt(index) * SPAN[level];
  const parts = [d.permissions];
  if (leaf) parts.push(`${d.memoryTypeName}${d.ignorePat ? ' IPAT' : ''}`, large ? `${sizeText(SPAN[level])} page` : '4 KiB page');
  if (d.accessed) parts.push('A');
  if (d.dirty && leaf) parts.push('D');
  if (d.suppressVe) parts.push('SVE');
  if (!d.present) parts.push('not present');
  return { level, index, value: BigInt.asUintN(64, value), gpaBase, leaf, address: d.address, text: parts.join(' ') };
}

/**
 * EPTPs the view roots at: EPT_POINTER of each hardware (L0) VMCS with "enable EPT" set (SDM 24.6.2,
 * secondary processor-based control bit 1). Guest hypervisors' EPTPs are guest-physical and are not
 * walked as host-physical tables.
 */
export function eptpsOf(sources: readonly VmcsSource[]): { eptp: string; source: string }[] {
  const out: { eptp: string; source: string }[] = [];
  for (const s of sources) {
    if (s.level !== 0) continue;
    const fields = (s.body.groups ?? []).flatMap((g) => g.fields);
    const f = fields.find((x) => x.name === 'EPT_POINTER');
    const sec = fields.find((x) => x.name === 'SECONDARY_VM_EXEC_CONTROL');
    const eptOn = sec ? ((big(sec.value) ?? 0n) & 2n) !== 0n : true;
    if (f && eptOn && (big(f.value) ?? 0n) !== 0n) out.push({ eptp: f.value, source: `L${s.level} ${s.role ?? 'VMCS'} ${s.address}` });
  }
  return out;
}

/** Root node for an EPTP: PML4 table children are fetched lazily. */
export function eptRoot(eptp: string, source: string): TreeNode {
  const v = big(eptp) ?? 0n;
  const e = decodeEptp(v);
  return {
    id: `ept:${eptp}`,
    label: `EPTP ${eptp}`,
    description: `${source} — PML4 at ${hex(e.address)}, ${e.memoryTypeName}, ${e.walkLength}-level${e.accessedDirty ? ', A/D' : ''}${e.reservedBitsSet ? ', RESERVED BITS SET' : ''}`,
    icon: 'type-hierarchy', contextValue: 'eptp', lazy: true, expanded: true,
    data: { eptp, table: hex(e.address), tableLevel: e.walkLength === 5 ? 5 : 4, gpaBase: '0x0' },
  };
}

/** The `vmx/ept` arguments that fetch the children of an EPTP or table node. */
export function eptTableArgs(n: TreeNode): EptRequestArguments & { eptp: string } {
  const d = n.data ?? {};
  return { eptp: d.eptp as string, table: d.table as string, tableLevel: d.tableLevel as number };
}

/** Children of a table node from a `vmx/ept` payload. */
export function eptTableChildren(parentId: string, body: EptTableBody, gpaParent: bigint, eptp: string): TreeNode[] {
  if (!body.available) return [message(`${parentId}/na`, body.reason ?? 'EPT table not available')];
  const level = body.tableLevel ?? 4;
  const entries = body.entries ?? [];
  if (!entries.length) return [message(`${parentId}/empty`, 'all 512 entries are zero (nothing mapped)')];
  return entries.map((en) => {
    const info = describeEptEntry(level, en.index, big(en.value) ?? 0n, gpaParent);
    const end = info.gpaBase + SPAN[level] - 1n;
    const id = `${parentId}/${en.index}`;
    return {
      id,
      label: `${LEVEL_NAME[level]}[${en.index}]`,
      description: `${hex(info.gpaBase)}–${hex(end)} → ${hex(info.address)}  ${info.text}`,
      tooltip: `${LEVEL_NAME[level]} ${en.index}: ${hex(info.value, 16)}\nguest-physical ${hex(info.gpaBase)}..${hex(end)}\n${info.leaf ? 'page frame' : 'next table'} ${hex(info.address)}\n${info.text}`,
      icon: info.leaf ? 'file' : 'folder',
      contextValue: info.leaf ? 'eptLeaf' : 'eptTable',
      lazy: !info.leaf,
      data: { eptp, table: hex(info.address), tableLevel: level - 1, gpaBase: hex(info.gpaBase), value: hex(info.value, 16) },
    };
  });
}

/** Nodes of a translation walk; the faulting step (if any) is highlighted. */
export function translationModel(t: TranslateBody): TreeNode[] {
  const gpa = big(t.gpa) ?? 0n;
  const nodes: TreeNode[] = t.steps.map((s, i) => {
    const v = big(s.value) ?? 0n;
    const info = describeEptEntry(s.level, Number((gpa >> BigInt(12 + 9 * (s.level - 1))) & 0x1ffn), v, 0n);
    const faulting = !t.ok && i === t.steps.length - 1;
    return {
      id: `walk:${t.gpa}/${i}`,
      label: `${s.name || LEVEL_NAME[s.level]}[${info.index}] at ${s.entryAddress}`,
      description: `${hex(v, 16)}  ${info.text}${faulting ? '  ← faults' : ''}`,
      tooltip: faulting ? `${t.problem ?? 'walk fails here'}` : `${info.leaf ? 'page frame' : 'next table'} ${hex(info.address)}`,
      icon: faulting ? 'error' : info.leaf ? 'pass' : 'arrow-down',
      iconColor: faulting ? 'errorForeground' : undefined,
      highlight: faulting,
      contextValue: faulting ? 'eptFault' : 'eptStep',
    };
  });
  const head: TreeNode = {
    id: `walk:${t.gpa}`,
    label: `Translate ${t.gpa}`,
    description: t.ok ? `→ host-physical ${t.hpa}${t.pageSize ? ` (${sizeText(BigInt(t.pageSize))} page)` : ''}` : `${t.misconfig ? 'EPT misconfiguration' : 'EPT violation'}: ${t.problem ?? ''}`,
    tooltip: `EPTP ${t.eptp}`,
    icon: t.ok ? 'pass' : 'error',
    expanded: true,
    highlight: !t.ok,
    contextValue: 'eptWalk',
    children: nodes,
  };
  return [head];
}

/** Text of a walk for an output channel / notification. */
export function translationText(t: TranslateBody): string {
  const lines = [`guest-physical ${t.gpa} (EPTP ${t.eptp})`];
  for (const [i, s] of t.steps.entries()) {
    const faulting = !t.ok && i === t.steps.length - 1;
    lines.push(`  ${s.name} at ${s.entryAddress} = ${s.value}${faulting ? '   <-- ' + (t.problem ?? 'faults') : ''}`);
  }
  lines.push(t.ok ? `  -> host-physical ${t.hpa}` : `  ${t.misconfig ? 'EPT misconfiguration' : 'EPT violation'}: ${t.problem ?? ''}`);
  return lines.join('\n');
}

/** Validates the input of "Translate guest-physical address…". */
export function parseGpa(text: string): bigint | undefined {
  const t = text.trim().replace(/_/g, '');
  const v = /^0x[0-9a-f]+$/i.test(t) ? BigInt(t) : /^[0-9a-f]+h$/i.test(t) ? BigInt('0x' + t.slice(0, -1)) : /^\d+$/.test(t) ? BigInt(t) : undefined;
  return v !== undefined && v < 1n << 52n ? v : undefined;
}

void EPT_LEVELS;
