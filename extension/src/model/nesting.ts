/**
 * Nesting view model: levels L0..Ln with mode, current VMCS and where each will resume. Built from
 * `vmx/levels` when the adapter has it, else from `vmx/state` (L0 and, in non-root operation, L1).
 */
import type { LevelsResponseBody, VmxStateBody } from './requests';
import { TreeNode, message, NOT_AVAILABLE } from './tree';

const MODE_TEXT = { root: 'VMX root operation', guest: 'guest', 'guest-hypervisor': 'guest hypervisor' } as const;

export function nestingFromLevels(b: LevelsResponseBody): TreeNode[] {
  return b.levels.map((l) => {
    const id = `level:${l.level}`;
    const kids: TreeNode[] = [
      { id: `${id}/mode`, label: 'mode', description: `${MODE_TEXT[l.mode]}${l.inVmx && l.level > 0 ? ' (in VMX operation)' : ''}` },
      { id: `${id}/vmcs`, label: 'current VMCS', description: l.currentVmcs ?? 'none' },
    ];
    if (l.vmxonPointer) kids.push({ id: `${id}/vmxon`, label: 'VMXON region', description: l.vmxonPointer });
    if (l.hardwareVmcs) kids.push({ id: `${id}/hw`, label: 'runs in hardware VMCS', description: l.hardwareVmcs });
    if (l.resumesAt) {
      kids.push({
        id: `${id}/resume`, label: 'resumes at', description: `${l.resumesAt.rip} (${l.resumesAt.from})`, contextValue: 'address',
        data: { address: l.resumesAt.rip, path: l.resumesAt.source?.path, line: l.resumesAt.source?.line },
      });
    }
    for (const v of l.vmcss) kids.push({ id: `${id}/vmcs/${v.address}`, label: `${v.role ?? 'VMCS'} ${v.address}`, description: `${v.launched ? 'launched' : 'clear'}${v.current ? ', current' : ''}` });
    return {
      id,
      label: `L${l.level}${l.running ? '  ◀ stopped here' : ''}`,
      description: `${MODE_TEXT[l.mode]}${l.currentVmcs ? `, VMCS ${l.currentVmcs}` : ''}${!l.running && l.resumesAt ? `, resumes at ${l.resumesAt.rip}` : ''}`,
      icon: l.running ? 'debug-stackframe' : 'debug-pause',
      contextValue: 'level',
      expanded: l.running,
      children: kids,
      data: { level: l.level, resumeRip: l.resumesAt?.rip },
    };
  });
}

/**
 * Fallback with only `vmx/state` (an adapter without `vmx/levels`, or one whose `vmx/levels` failed:
 * `levelsError`): L0 (and L1 in non-root operation).
 */
export function nestingFromState(s: VmxStateBody, levelsError?: string): TreeNode[] {
  if (!s.vmxSupported) return [message('nesting:novmx', 'this machine has no VMX')];
  const rows: TreeNode[] = [];
  const l0Running = s.operation !== 'non-root';
  rows.push({
    id: 'level:0', label: `L0${l0Running ? '  ◀ stopped here' : ''}`,
    description: `${s.inVmxOperation ? 'VMX root operation' : 'outside VMX operation'}${s.currentVmcs ? `, VMCS ${s.currentVmcs} (${s.launchState})` : ''}`,
    icon: l0Running ? 'debug-start' : 'debug-pause', contextValue: 'level',
    children: [
      { id: 'level:0/mode', label: 'CPU mode', description: s.cpuMode },
      { id: 'level:0/vmxon', label: 'VMXON region', description: s.vmxonPointer ?? 'none' },
      { id: 'level:0/vmcs', label: 'current VMCS', description: s.currentVmcs ?? 'none' },
      ...(s.lastExit ? [{ id: 'level:0/exit', label: 'last exit', description: s.lastExit }] : []),
      ...(s.lastFailure ? [{ id: 'level:0/fail', label: 'last VMX instruction failure', description: s.lastFailure }] : []),
      ...(s.lastEntryFailure ? [{ id: 'level:0/efail', label: 'last VM-entry failure', description: s.lastEntryFailure }] : []),
      { id: 'level:0/counters', label: 'counters', description: `${s.counters.entries} entries, ${s.counters.exits} exits, ${s.counters.failures} failures` },
    ],
    expanded: true,
  });
  if (s.operation === 'non-root' || (s.launchState === 'launched' && s.level >= 1)) {
    rows.push({
      id: 'level:1', label: `L1${s.operation === 'non-root' ? '  ◀ stopped here' : ''}`,
      description: s.operation === 'non-root' ? `guest (VMX non-root operation), ${s.cpuMode}` : 'guest',
      icon: s.operation === 'non-root' ? 'debug-start' : 'debug-pause', contextValue: 'level',
    });
  }
  rows.push(message('nesting:note', `levels beyond L1: ${levelsError !== undefined ? `'vmx/levels' failed: ${levelsError}` : NOT_AVAILABLE('vmx/levels')}`));
  return rows;
}

/** Status-bar text: current level and mode. */
export function statusText(s: VmxStateBody | undefined, levels?: LevelsResponseBody): string {
  if (!s) return '$(debug) VMX';
  const level = levels?.current ?? s.level;
  const mode = !s.inVmxOperation ? (level === 0 ? 'no VMX' : 'guest') : s.operation === 'root' ? 'root' : 'non-root';
  return `$(layers) L${level} ${mode} · ${s.cpuMode}`;
}
