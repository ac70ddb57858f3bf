/**
 * The single architectural VMX table (Intel SDM): VMCS fields, exit reasons, VM-instruction errors,
 * control bits, MSRs, EPT formats, event/exit-information formats, capability profiles and vmx.inc.
 * Used by the emulator, CLI, debug adapter, views, hovers and the generated `vmx.inc`.
 */
export * from './bits';
export * from './vmcs-fields';
export * from './exit-reasons';
export * from './vm-instruction-errors';
export * from './controls';
export * from './registers';
export * from './exit-qualifications';
export * from './msrs';
export * from './ept-bits';
export * from './capability-profiles';
export * from './vmx-inc';
