// What devices may ask of the machine. Devices never reach into the CPU or the debugger; the
// machine (or a test) implements this and decides what "output" and "stop" mean (stdout for the
// CLI, the Debug Console for the adapter).

export type OutputSource = 'e9' | 'com1';

export type StopRequest =
  /** Bochs shutdown port 0x8900 received "Shutdown" (CLI exit status 0). */
  | { kind: 'shutdown' }
  /**
   * QEMU isa-debug-exit (port 0xF4): `code` is (value << 1) | 1 computed without truncation,
   * so a 32-bit value gives up to 2^33 - 1. The CLI truncates it to a process exit status
   * (code & 0xFF on POSIX) the way QEMU's exit() call does implicitly.
   */
  | { kind: 'exit'; code: number };

export interface DeviceHost {
  /** guest console output bytes from a named source ('e9' | 'com1') */
  output(source: OutputSource, bytes: Uint8Array | number[]): void;
  /** ask the machine to stop the run: Bochs "Shutdown" on 0x8900, or QEMU isa-debug-exit on 0xF4 with status (value<<1)|1 */
  requestStop(reason: StopRequest): void;
  /**
   * Optional: Bochs' debugger-build hook, byte 'D' (0x44) written to port 0x8900 breaks into the
   * debugger (bochs iodev/unmapped.cc, `#if BX_DEBUGGER`). Hosts without it ignore the byte.
   */
  debugBreak?(source: 'port8900'): void;
}
