// Emulator "debug" ports that guest test programs use to print and to end a run:
//
// - Port 0xE9, the Bochs "port E9 hack" (bochs iodev/unmapped.cc, option port_e9_hack): a write
//   emits the low byte of the value as console output; a read returns 0xE9 (so a guest can detect
//   the hack). Only port 0xE9 itself is claimed, as in Bochs.
// - Port 0x8900, the Bochs shutdown port (bochs iodev/unmapped.cc): the guest writes the characters
//   of "Shutdown" one at a time. Bochs' state machine, reproduced exactly:
//     * the expected next character advances the state;
//     * a character of "Shutdown" that is not the expected one ('S' in the middle, say) is ignored
//       and keeps the state (Bochs' `case 'h': if (state == 1) state = 2; break;`);
//     * any other value (not one of S,h,u,t,d,o,w,n) resets the state to 0;
//     * 'D' is Bochs' debugger-build "break into the debugger" byte: it calls host.debugBreak
//       when the host has one and leaves the state alone (as the BX_DEBUGGER build does).
//   The whole value is compared (a 16-bit write of 0x0053 counts as 'S'; 0x0153 resets), as Bochs
//   switches on the full value. After the 8th character the host gets requestStop({kind:
//   'shutdown'}) and the state returns to 0, so a guest that keeps running can shut down again.
//   Reads of 0x8900 return all ones of the size (the port is unmapped for reads in Bochs).
// - Ports 0xF4..0xF7, QEMU's isa-debug-exit device as configured by
//   `-device isa-debug-exit,iobase=0xf4,iosize=0x04` (qemu hw/misc/debugexit.c): a write of v (any
//   size, any port of the range) requests exit with code (v << 1) | 1. The code is computed in full
//   (up to 2^33 - 1 for a 32-bit v) and not truncated here; the CLI reduces it to an exit status
//   the way the host's exit() does. Reads return 0 (debug_exit_read).

import type { DeviceHost } from './device-host';
import { IoBus, IoSize, PortDevice, allOnes } from './io-bus';

export const PORT_E9 = 0xe9;
export const PORT_BOCHS_SHUTDOWN = 0x8900;
export const PORT_DEBUG_EXIT = 0xf4;
export const DEBUG_EXIT_PORTS = 4;

/** Bochs port 0xE9 console. */
export class PortE9 implements PortDevice {
  constructor(private readonly host: DeviceHost) {}
  read(_port: number, _size: IoSize): number {
    return 0xe9;
  }
  write(_port: number, _size: IoSize, value: number): void {
    this.host.output('e9', [value & 0xff]);
  }
}

const SHUTDOWN = 'Shutdown';

/** Bochs port 0x8900 "Shutdown" sequence. */
export class BochsShutdownPort implements PortDevice {
  /** Number of characters of "Shutdown" matched so far (0..7). */
  state = 0;
  constructor(private readonly host: DeviceHost) {}

  read(_port: number, size: IoSize): number {
    return allOnes(size);
  }

  write(_port: number, _size: IoSize, value: number): void {
    if (value === 0x44 /* 'D' */) {
      this.host.debugBreak?.('port8900');
      return;
    }
    const idx = value < 0x80 ? SHUTDOWN.indexOf(String.fromCharCode(value)) : -1;
    if (idx < 0) {
      this.state = 0;
      return;
    }
    if (idx === this.state) this.state++;
    if (this.state === SHUTDOWN.length) {
      this.state = 0;
      this.host.requestStop({ kind: 'shutdown' });
    }
  }
}

/** QEMU isa-debug-exit. */
export class DebugExitPort implements PortDevice {
  constructor(private readonly host: DeviceHost) {}
  read(_port: number, _size: IoSize): number {
    return 0;
  }
  write(_port: number, _size: IoSize, value: number): void {
    // (v << 1) | 1 without 32-bit wrap-around: v is an unsigned value of at most 32 bits.
    this.host.requestStop({ kind: 'exit', code: (value >>> 0) * 2 + 1 });
  }
}

export interface DebugPorts {
  e9: PortE9;
  shutdown: BochsShutdownPort;
  exit: DebugExitPort;
}

/** Registers 0xE9, 0x8900 and 0xF4..0xF7 on `bus`. */
export function attachDebugPorts(bus: IoBus, host: DeviceHost): DebugPorts {
  const ports: DebugPorts = { e9: new PortE9(host), shutdown: new BochsShutdownPort(host), exit: new DebugExitPort(host) };
  bus.register(PORT_E9, PORT_E9, ports.e9, 'bochs-e9');
  bus.register(PORT_BOCHS_SHUTDOWN, PORT_BOCHS_SHUTDOWN, ports.shutdown, 'bochs-shutdown');
  bus.register(PORT_DEBUG_EXIT, PORT_DEBUG_EXIT + DEBUG_EXIT_PORTS - 1, ports.exit, 'isa-debug-exit');
  return ports;
}
