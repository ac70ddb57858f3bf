import * as vscode from 'vscode';
import type { TreeNode } from '../model/tree';

/** A TreeDataProvider over model TreeNodes; `lazy` nodes get their children from `load`. */
export class ModelTreeProvider implements vscode.TreeDataProvider<TreeNode> {
  private roots: TreeNode[] = [];
  private lazyCache = new Map<string, TreeNode[]>();
  private parents = new Map<string, TreeNode>();
  private readonly emitter = new vscode.EventEmitter<TreeNode | undefined>();
  readonly onDidChangeTreeData = this.emitter.event;

  constructor(private readonly load?: (node: TreeNode) => Promise<TreeNode[]>) {}

  set(roots: TreeNode[]): void {
    this.roots = roots;
    this.lazyCache.clear();
    this.parents.clear();
    this.emitter.fire(undefined);
  }
  get nodes(): readonly TreeNode[] { return this.roots; }
  clear(): void { this.set([]); }

  getTreeItem(n: TreeNode): vscode.TreeItem {
    const hasKids = !!(n.children && n.children.length) || !!n.lazy;
    const label: vscode.TreeItemLabel = { label: n.label, highlights: n.highlight ? [[0, n.label.length]] : undefined };
    const item = new vscode.TreeItem(label, hasKids ? (n.expanded ? vscode.TreeItemCollapsibleState.Expanded : vscode.TreeItemCollapsibleState.Collapsed) : vscode.TreeItemCollapsibleState.None);
    item.id = n.id;
    item.description = n.description;
    item.tooltip = n.tooltip;
    item.contextValue = n.contextValue;
    if (n.icon) item.iconPath = new vscode.ThemeIcon(n.icon, n.iconColor ? new vscode.ThemeColor(n.iconColor) : undefined);
    return item;
  }

  async getChildren(n?: TreeNode): Promise<TreeNode[]> {
    let kids: TreeNode[];
    if (!n) kids = this.roots;
    else if (n.children) kids = n.children;
    else if (n.lazy && this.load) {
      kids = this.lazyCache.get(n.id) ?? await this.load(n);
      this.lazyCache.set(n.id, kids);
    } else kids = [];
    for (const k of kids) if (n) this.parents.set(k.id, n);
    return kids;
  }

  getParent(n: TreeNode): TreeNode | undefined { return this.parents.get(n.id); }
}
