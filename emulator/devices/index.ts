// Device models: port and MMIO buses, debug ports, COM1, local APIC. See DESIGN.md section 3.
export * from './io-bus';
export * from './mmio-bus';
export * from './device-host';
export * from './debug-ports';
export * from './uart16550';
export * from './local-apic';
