/**
 * VM-exits view model: `vmx/exits` payload -> rows (newest first, bounded): level arrow, reason,
 * decoded qualification (from the architectural table's layouts), guest RIP; each row carries the
 * addresses the view reveals (exiting instruction = guest RIP, handler = host RIP).
 */
import {
  exitReason, formatQualification, QUALIFICATION_LAYOUTS, decodeIoQualification, decodeCrAccessQualification, decodeEptViolationQualification, decodeMovDrQualification,
} from '../../../emulator/vmx/arch';
import type { ExitsResponseBody, ExitRecordSnapshot } from './requests';
import { TreeNode, big, message } from './tree';

export const DEFAULT_EXIT_LIMIT = 200;


/** One-line summary of an exit qualification ("" when the reason has none). */
export function qualificationSummary(reason: number, qualification: string): string {
  const q = big(qualification) ?? 0n;
  const r = exitReason(reason);
  switch (r?.qualification) {
    case 'io': return decodeIoQualification(q).text;
    case 'cr-access': return decodeCrAccessQualification(q).text;
    case 'ept-violation': {
      const e = decodeEptViolationQualification(q);
      return e.text;
    }
    case 'mov-dr': return decodeMovDrQualification(q).text;
    case 'linear-address': case 'page-fault-address': return `address ${qualification}`;
    case 'instruction-displacement': return q ? `displacement ${qualification}` : '';
    case undefined: case 'none': return q ? `qualification ${qualification}` : '';
    default: return q ? `qualification ${qualification}` : '';
  }
}

export function levelArrow(e: Pick<ExitRecordSnapshot, 'fromLevel' | 'toLevel'>): string {
  return `L${e.fromLevel} → L${e.toLevel}`;
}

export function exitNode(e: ExitRecordSnapshot): TreeNode {
  const id = `exit:${e.seq}`;
  const q = qualificationSummary(e.reason, e.qualification);
  const layout = QUALIFICATION_LAYOUTS[exitReason(e.reason)?.qualification ?? 'none'];
  const kids: TreeNode[] = [
    { id: `${id}/reason`, label: 'exit reason', description: `${e.fullReason} ${e.name} (${e.reason})${e.entryFailure ? ' — VM-entry failure' : ''}` },
    { id: `${id}/qual`, label: 'qualification', description: `${e.qualification}${q ? `  ${q}` : ''}`,
      children: layout ? formatQualification(layout, big(e.qualification) ?? 0n).map((l, i) => ({ id: `${id}/qual/${i}`, label: l })) : undefined },
    { id: `${id}/grip`, label: 'guest RIP', description: e.guestRip, contextValue: 'address', data: { address: e.guestRip } },
    { id: `${id}/hrip`, label: 'handler (host RIP)', description: e.hostRip, contextValue: 'address', data: { address: e.hostRip } },
  ];
  if (e.guestLinear) kids.push({ id: `${id}/gla`, label: 'guest-linear address', description: e.guestLinear, contextValue: 'address', data: { address: e.guestLinear } });
  if (e.guestPhysical) kids.push({ id: `${id}/gpa`, label: 'guest-physical address', description: e.guestPhysical, contextValue: 'gpa', data: { gpa: e.guestPhysical } });
  kids.push({ id: `${id}/vmcs`, label: 'VMCS', description: e.vmcs });
  kids.push({ id: `${id}/tsc`, label: 'TSC', description: `${e.tsc}` });
  kids.push({ id: `${id}/kind`, label: 'kind', description: e.hardware ? 'hardware exit' : 'reflected (virtual) exit, reconstructed' });
  if (e.detail) kids.push({ id: `${id}/detail`, label: 'detail', description: e.detail, tooltip: e.detail });
  return {
    id,
    label: `${levelArrow(e)}  ${e.name}`,
    description: `${q ? q + '  ' : ''}rip ${e.guestRip}`,
    tooltip: [`#${e.seq} ${e.text}`, e.detail].filter(Boolean).join('\n'),
    icon: e.entryFailure ? 'error' : e.hardware ? 'debug-stackframe' : 'debug-stackframe-dot',
    contextValue: 'vmexit',
    children: kids,
    data: { seq: e.seq, guestRip: e.guestRip, hostRip: e.hostRip, fromLevel: e.fromLevel, toLevel: e.toLevel, reason: e.reason },
  };
}

export function exitsViewModel(body: ExitsResponseBody, limit = DEFAULT_EXIT_LIMIT): TreeNode[] {
  const rows = body.exits.slice(0, limit).map(exitNode);
  if (!rows.length) return [message('exits:none', 'no VM exits yet')];
  if (body.total > rows.length) rows.push(message('exits:more', `${body.total - rows.length} older exits not shown (${body.total} in total)`));
  return rows;
}
