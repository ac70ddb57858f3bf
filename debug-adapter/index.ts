/**
 * VMX Debugger debug adapter. Use `new VmxDebugSession()` in-process (VS Code:
 * `new vscode.DebugAdapterInlineImplementation(new VmxDebugSession())`) or run `vmxdbg dap` on stdio.
 */
export { VmxDebugSession, validateLaunchArguments } from './session';
export { VmxRuntime } from './runtime';
export type { RuntimeConfig, StopInfo, EndInfo, FrameInfo, RuntimeListener } from './runtime';
export * from './protocol';
