/** Data of one tree item, independent of VS Code (the views turn it into vscode.TreeItem). */
export interface TreeNode {
  /** Stable id (kept across refreshes so expansion state survives). */
  id: string;
  label: string;
  description?: string;
  tooltip?: string;
  /** Used by `when` clauses of context-menu commands (view/item/context). */
  contextValue?: string;
  /** Codicon id, e.g. "symbol-field". */
  icon?: string;
  /** Color theme id for the icon, e.g. "charts.yellow" (changed values). */
  iconColor?: string;
  /** Highlight the whole label (changed since the last stop, faulting EPT entry). */
  highlight?: boolean;
  /** Eager children; `lazy` children are fetched when expanded. */
  children?: TreeNode[];
  lazy?: boolean;
  /** Expanded when first shown. */
  expanded?: boolean;
  /** Payload for commands (field name and encoding, addresses...). */
  data?: Record<string, unknown>;
}

export function message(id: string, text: string, tooltip?: string): TreeNode {
  return { id, label: text, tooltip: tooltip ?? text, icon: 'info', contextValue: 'message' };
}

export const NOT_AVAILABLE = (request: string) => `not available from this adapter (needs the '${request}' request)`;

/** Parses "0x..." / decimal strings as bigint; undefined if not a number. */
export function big(s: string | undefined): bigint | undefined {
  if (s === undefined) return undefined;
  const t = s.trim().replace(/_/g, '');
  try {
    if (/^-?0x[0-9a-f]+$/i.test(t) || /^-?\d+$/.test(t)) return BigInt(t);
  } catch { /* fallthrough */ }
  return undefined;
}

export function hex(v: bigint | number, digits = 0): string {
  return '0x' + BigInt.asUintN(64, BigInt(v)).toString(16).padStart(digits, '0');
}
