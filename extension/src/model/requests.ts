/**
 * Shapes of the adapter's custom requests as the extension uses them: all come from
 * debug-adapter/protocol.ts (plain data, no emulator code), so a change of the adapter's payloads
 * fails type checking here. An adapter that answers "unknown request" to `vmx/levels`, `vmx/ept` or
 * `vmx/translate` (another DAP server, an older build) still gets views: they fall back to
 * `vmx/state` / the current VMCS and say which request is missing.
 */
export type {
  VmcsResponseBody, VmcsFieldSnapshot, VmcsRequestArguments, ExitsResponseBody, ExitRecordSnapshot, ExitsRequestArguments,
  VmxStateBody, VmxLaunchArguments, LevelsResponseBody, LevelSnapshot, VmcsRef,
  EptRequestArguments, EptTableBody, TranslateRequestArguments, TranslateBody,
} from '../../../debug-adapter/protocol';
export { EXCEPTION_FILTERS, EXIT_BREAKPOINT_PREFIX } from '../../../debug-adapter/protocol';

/** Commands of the custom requests. */
export const REQ = {
  vmcs: 'vmx/vmcs',
  exits: 'vmx/exits',
  state: 'vmx/state',
  levels: 'vmx/levels',
  ept: 'vmx/ept',
  translate: 'vmx/translate',
} as const;
