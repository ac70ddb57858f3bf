/** Debug configurations: the snippets, the initial configurations and resolution of F5 without launch.json. */
import type { VmxLaunchArguments } from './requests';

export interface DebugConfigLike { type?: string; request?: string; name?: string; [k: string]: unknown }

export const ASM_EXTENSIONS = ['.asm', '.nasm', '.inc', '.s'];

export function isAsmPath(p: string | undefined): boolean {
  return !!p && ASM_EXTENSIONS.some((e) => p.toLowerCase().endsWith(e));
}

export function initialConfigurations(): DebugConfigLike[] {
  return [
    { type: 'vmx', request: 'launch', name: 'VMX: debug current file', program: '${file}', stopOnEntry: true },
  ];
}

export type Resolution = { config: DebugConfigLike } | { error: string } | { cancel: true };

/**
 * Fills a configuration the way F5 needs it: an empty configuration (no launch.json) debugs the
 * active .asm/.nasm/.s/.inc file; defaults type/request/name; refuses configurations without a program.
 */
export function resolveConfiguration(config: DebugConfigLike, activeFile: { path: string; languageId: string } | undefined): Resolution {
  const c: DebugConfigLike = { ...config };
  if (!c.type && !c.request && !c.name) {
    if (!activeFile || !(activeFile.languageId === 'vmx-asm' || isAsmPath(activeFile.path))) {
      return { error: 'VMX Debugger: open a .asm/.nasm/.s file (or add a "vmx" configuration to launch.json) to start debugging.' };
    }
    c.type = 'vmx';
    c.request = 'launch';
    c.name = 'VMX: debug current file';
    c.program = activeFile.path;
    c.stopOnEntry = true;
  }
  if (!c.type) c.type = 'vmx';
  if (!c.request) c.request = 'launch';
  if (c.request !== 'launch') return { error: `VMX Debugger: request "${String(c.request)}" is not supported (use "launch").` };
  if (!c.name) c.name = 'VMX';
  if (typeof c.program !== 'string' || c.program.trim() === '') {
    if (activeFile && isAsmPath(activeFile.path)) c.program = activeFile.path;
    else return { error: 'VMX Debugger: the configuration has no "program" (the .asm source or raw image to run).' };
  }
  return { config: c as DebugConfigLike & Partial<VmxLaunchArguments> };
}
