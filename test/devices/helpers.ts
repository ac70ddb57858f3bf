import type { DeviceHost, StopRequest, OutputSource } from '../../emulator/devices';

export class RecordingHost implements DeviceHost {
  out: { source: OutputSource; bytes: number[] }[] = [];
  stops: StopRequest[] = [];
  breaks = 0;
  output(source: OutputSource, bytes: Uint8Array | number[]): void {
    this.out.push({ source, bytes: Array.from(bytes) });
  }
  requestStop(reason: StopRequest): void {
    this.stops.push(reason);
  }
  debugBreak(): void {
    this.breaks++;
  }
  text(source: OutputSource): string {
    return String.fromCharCode(...this.out.filter((o) => o.source === source).flatMap((o) => o.bytes));
  }
}
