import { describe, expect, it } from 'vitest';
import { IoBus, attachDebugPorts } from '../../emulator/devices';
import { RecordingHost } from './helpers';

function setup() {
  const bus = new IoBus();
  const host = new RecordingHost();
  const ports = attachDebugPorts(bus, host);
  const say = (s: string) => {
    for (const c of s) bus.write(0x8900, 1, c.charCodeAt(0));
  };
  return { bus, host, ports, say };
}

describe('Bochs port 0xE9', () => {
  it('writes one byte of console output and reads back 0xE9', () => {
    const { bus, host } = setup();
    for (const c of 'hi\n') bus.write(0xe9, 1, c.charCodeAt(0));
    bus.write(0xe9, 2, 0x4121); // only the low byte, as Bochs' putchar
    expect(host.text('e9')).toBe('hi\n!');
    expect(bus.read(0xe9, 1)).toBe(0xe9);
    expect(bus.read(0xea, 1)).toBe(0xff);
  });
});

describe('Bochs shutdown port 0x8900', () => {
  it('stops on the full word "Shutdown"', () => {
    const { host, say } = setup();
    say('Shutdow');
    expect(host.stops).toEqual([]);
    say('n');
    expect(host.stops).toEqual([{ kind: 'shutdown' }]);
  });

  it('resets on a character outside the word and ignores out-of-order word characters (as Bochs)', () => {
    const { host, ports, say } = setup();
    say('Shut');
    expect(ports.shutdown.state).toBe(4);
    say('X'); // not in "Shutdown": reset
    expect(ports.shutdown.state).toBe(0);
    say('down');
    expect(host.stops).toEqual([]);
    say('ShuSStdown'); // extra 'S' in the middle are ignored, state kept
    expect(host.stops).toEqual([{ kind: 'shutdown' }]);
    say('Shutdown'); // after a shutdown the machine starts over
    expect(host.stops.length).toBe(2);
    say('shutdown'); // lowercase s is not a word character -> reset, no stop
    expect(host.stops.length).toBe(2);
  });

  it('compares the whole value; "D" asks the host to break without disturbing the state', () => {
    const { bus, host, ports, say } = setup();
    say('Shu');
    bus.write(0x8900, 1, 0x44);
    expect(host.breaks).toBe(1);
    expect(ports.shutdown.state).toBe(3);
    bus.write(0x8900, 2, 0x0174); // 't' with a high byte: resets
    expect(ports.shutdown.state).toBe(0);
    say('Shu');
    bus.write(0x8900, 2, 0x0074); // word write of 't'
    say('down');
    expect(host.stops).toEqual([{ kind: 'shutdown' }]);
    expect(bus.read(0x8900, 2)).toBe(0xffff);
  });
});

describe('QEMU isa-debug-exit 0xF4', () => {
  it('requests exit with (value << 1) | 1 for every size, without truncation', () => {
    const { bus, host } = setup();
    bus.write(0xf4, 1, 0);
    bus.write(0xf4, 1, 0x10);
    bus.write(0xf4, 2, 0x1234);
    bus.write(0xf4, 4, 0xffffffff);
    bus.write(0xf5, 1, 1);
    expect(host.stops).toEqual([
      { kind: 'exit', code: 1 },
      { kind: 'exit', code: 0x21 },
      { kind: 'exit', code: 0x2469 },
      { kind: 'exit', code: 0x1ffffffff },
      { kind: 'exit', code: 3 },
    ]);
    expect(bus.read(0xf4, 4)).toBe(0);
    expect(bus.read(0xf8, 1)).toBe(0xff);
  });

  it('registers all three devices', () => {
    const { bus } = setup();
    expect(bus.describe()).toEqual([
      { first: 0xe9, last: 0xe9, name: 'bochs-e9' },
      { first: 0xf4, last: 0xf7, name: 'isa-debug-exit' },
      { first: 0x8900, last: 0x8900, name: 'bochs-shutdown' },
    ]);
  });
});
