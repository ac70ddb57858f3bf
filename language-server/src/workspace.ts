/**
 * The files the language server knows: open documents (their live text), files on disk (read on
 * demand, cached until they change), and the built-in `vmx.inc` generated from the architectural
 * table. Resolves %include like the assembler does (including file's directory, main file's
 * directory, include paths, built-ins) and answers which files belong together (include closure).
 */
import * as fs from 'fs';
import * as path from 'path';
import { generateVmxInc } from '../../emulator/vmx/arch';
import { builtinInclude } from '../../emulator/asm/builtins';
import { scan, ScanResult, SymDef } from './scan';

export const BUILTIN_PREFIX = '<builtin>/';
export const ASM_FILE = /\.(asm|nasm|inc|s|mac)$/i;

export interface FileInfo { path: string; text: string; scan: ScanResult; open: boolean }

export interface WorkspaceOptions {
  includePaths?: string[];
  /** Workspace folders scanned for files that include each other. */
  roots?: string[];
  readFile?: (p: string) => string | undefined;
  /** Upper bound on files scanned in the workspace folders. */
  maxFiles?: number;
}

let vmxIncText: string | undefined;

export class AsmWorkspace {
  private files = new Map<string, FileInfo>();
  private diskScanned = false;
  includePaths: string[];
  roots: string[];

  constructor(private readonly opts: WorkspaceOptions = {}) {
    this.includePaths = opts.includePaths ?? [];
    this.roots = opts.roots ?? [];
  }

  static normalize(p: string): string { return p.startsWith(BUILTIN_PREFIX) ? p : path.resolve(p); }

  open(p: string, text: string): FileInfo {
    const key = AsmWorkspace.normalize(p);
    const fi: FileInfo = { path: key, text, scan: scan(text), open: true };
    this.files.set(key, fi);
    return fi;
  }
  close(p: string): void {
    const key = AsmWorkspace.normalize(p);
    this.files.delete(key);
    this.get(key); // back to the disk version
  }
  /** A file on disk changed (watcher): forget the cached copy unless it is open. */
  invalidate(p: string): void {
    const key = AsmWorkspace.normalize(p);
    if (!this.files.get(key)?.open) this.files.delete(key);
  }

  isOpen(p: string): boolean { return !!this.files.get(AsmWorkspace.normalize(p))?.open; }
  openFiles(): string[] { return [...this.files.values()].filter((f) => f.open).map((f) => f.path); }

  readText(p: string): string | undefined {
    const key = AsmWorkspace.normalize(p);
    const f = this.files.get(key);
    if (f) return f.text;
    if (key.startsWith(BUILTIN_PREFIX)) {
      const name = key.slice(BUILTIN_PREFIX.length);
      if (name.toLowerCase() === 'vmx.inc') return (vmxIncText ??= generateVmxInc());
      return builtinInclude(name);
    }
    if (this.opts.readFile) return this.opts.readFile(key);
    try { return fs.readFileSync(key, 'utf8'); } catch { return undefined; }
  }

  get(p: string): FileInfo | undefined {
    const key = AsmWorkspace.normalize(p);
    const f = this.files.get(key);
    if (f) return f;
    const text = this.readText(key);
    if (text === undefined) return undefined;
    const fi: FileInfo = { path: key, text, scan: scan(text), open: false };
    this.files.set(key, fi);
    return fi;
  }

  private exists(p: string): boolean {
    if (this.files.has(p)) return true;
    if (this.opts.readFile) return this.opts.readFile(p) !== undefined;
    try { return fs.statSync(p).isFile(); } catch { return false; }
  }

  /** Path of an %include target as the assembler finds it (undefined: not found). */
  resolveInclude(from: string, name: string, mainFile = from): string | undefined {
    if (path.isAbsolute(name) && this.exists(name)) return path.resolve(name);
    for (const dir of [path.dirname(from), path.dirname(mainFile), ...this.includePaths]) {
      const c = path.resolve(dir, name);
      if (this.exists(c)) return c;
    }
    if (builtinInclude(name) !== undefined) return BUILTIN_PREFIX + name.replace(/^.*[\\/]/, '').toLowerCase();
    return undefined;
  }

  /** The file and everything it includes, transitively (in include order). */
  closure(p: string, mainFile = p, seen = new Set<string>()): string[] {
    const key = AsmWorkspace.normalize(p);
    if (seen.has(key)) return [];
    seen.add(key);
    const fi = this.get(key);
    if (!fi) return [];
    const out = [key];
    for (const inc of fi.scan.includes) {
      const r = this.resolveInclude(key, inc.file, mainFile);
      if (r) out.push(...this.closure(r, mainFile, seen));
    }
    return out;
  }

  /** Scans the workspace folders once for sources (so includers of a file are known). */
  private scanDisk(): void {
    if (this.diskScanned) return;
    this.diskScanned = true;
    const max = this.opts.maxFiles ?? 3000;
    let n = 0;
    const walk = (dir: string, depth: number) => {
      if (depth > 8 || n >= max) return;
      let ents: fs.Dirent[];
      try { ents = fs.readdirSync(dir, { withFileTypes: true }); } catch { return; }
      for (const e of ents) {
        if (n >= max) return;
        if (e.name.startsWith('.') || e.name === 'node_modules' || e.name === 'dist' || e.name === 'out') continue;
        const full = path.join(dir, e.name);
        if (e.isDirectory()) walk(full, depth + 1);
        else if (ASM_FILE.test(e.name)) { n++; this.get(full); }
      }
    };
    for (const r of this.roots) walk(r, 0);
  }

  /** Top-level files whose include closure contains p (p itself when nothing includes it). */
  mainFilesOf(p: string): string[] {
    const key = AsmWorkspace.normalize(p);
    if (key.startsWith(BUILTIN_PREFIX)) return [];
    this.scanDisk();
    const known = [...this.files.keys()].filter((k) => !k.startsWith(BUILTIN_PREFIX));
    const includedBy = new Map<string, Set<string>>();
    for (const k of known) {
      const fi = this.files.get(k)!;
      for (const inc of fi.scan.includes) {
        const r = this.resolveInclude(k, inc.file);
        if (!r) continue;
        if (!includedBy.has(r)) includedBy.set(r, new Set());
        includedBy.get(r)!.add(k);
      }
    }
    const tops = new Set<string>();
    const seen = new Set<string>();
    const up = (f: string) => {
      if (seen.has(f)) return;
      seen.add(f);
      const parents = includedBy.get(f);
      if (!parents || !parents.size) { tops.add(f); return; }
      for (const q of parents) up(q);
    };
    up(key);
    // prefer .asm mains over stray includers
    return [...tops].sort();
  }

  /** Every file that shares symbols with p: the closures of its main files. */
  related(p: string): string[] {
    const out = new Set<string>();
    for (const m of this.mainFilesOf(p)) for (const f of this.closure(m)) out.add(f);
    if (!out.size) for (const f of this.closure(p)) out.add(f);
    return [...out];
  }

  /** Definitions visible from p, by full name (first definition wins, as in NASM). */
  definitions(p: string): Map<string, { def: SymDef; file: string }> {
    const out = new Map<string, { def: SymDef; file: string }>();
    for (const f of this.related(p)) {
      const fi = this.get(f);
      if (!fi) continue;
      for (const d of fi.scan.defs) if (!out.has(d.name)) out.set(d.name, { def: d, file: f });
    }
    // vmx.inc names are always offered (a file may use them before the %include is written)
    const builtin = this.get(BUILTIN_PREFIX + 'vmx.inc');
    if (builtin) for (const d of builtin.scan.defs) if (!out.has(d.name)) out.set(d.name, { def: d, file: builtin.path });
    return out;
  }
}
