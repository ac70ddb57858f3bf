// Types of scripts/vsix.mjs (plain JavaScript so that `npm run package` needs no TypeScript loader).
export interface ZipEntry { name: string; method: number; compressed: number; size: number; offset: number }
export interface VsixManifest { main: string; icon?: string; dependencies?: Record<string, string>; devDependencies?: Record<string, string>; contributes?: Record<string, unknown>; [k: string]: unknown }
export function listZip(buf: Buffer): ZipEntry[];
export function readZipEntry(buf: Buffer, entry: ZipEntry): Buffer;
export const REQUIRED: string[];
export const FORBIDDEN: [RegExp, string][];
export function manifestFiles(pkg: VsixManifest): string[];
export function checkVsix(names: string[], pkg: VsixManifest): string[];
export function inspectVsix(buf: Buffer): { entries: ZipEntry[]; pkg: VsixManifest | undefined; problems: string[] };
