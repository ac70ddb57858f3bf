// `disassemble`: NASM syntax (iced-x86's NASM formatter, as the emulator uses), linear addresses,
// source locations from the source map. Backwards offsets resynchronise on instruction starts known
// from the source map, else on the decode that lands exactly on the requested address.
import { Decoder, DecoderOptions, Instruction, Code } from 'iced-x86';
import { nasmFormatter } from '../emulator/cpu/decode';
import type { VmxRuntime } from './runtime';
import { hex } from './util';

export interface DisassembledInstruction {
  address: number;
  bytes: string;
  text: string;
  invalid: boolean;
  symbol?: string;
  file?: string;
  line?: number;
  endLine?: number;
}

interface Decoded { address: number; len: number; bytes: Uint8Array; text: string; invalid: boolean }

/** Decodes instructions from `start` while bytes are readable (at most `max`, not past `limit`). */
function decodeRun(rt: VmxRuntime, start: number, max: number, limit = Infinity): Decoded[] {
  const bits = rt.cpu.bits;
  const r = rt.mem.read(start, Math.min(max * 15, 64 * 1024));
  const out: Decoded[] = [];
  if (r.readable === 0) return out;
  const bytes = r.bytes.subarray(0, r.readable);
  const dec = new Decoder(bits, bytes, DecoderOptions.None);
  const ins = new Instruction();
  const fmt = nasmFormatter();
  try {
    dec.ip = BigInt.asUintN(64, BigInt(start));
    let off = 0;
    while (out.length < max && dec.canDecode && start + off < limit) {
      dec.decodeOut(ins);
      if (ins.code === Code.INVALID && dec.lastError === 1 /* NoMoreBytes */) break;
      const len = Math.max(1, ins.length);
      const invalid = ins.code === Code.INVALID;
      out.push({ address: start + off, len, bytes: bytes.subarray(off, off + len), text: invalid ? '(bad)' : fmt.format(ins), invalid });
      off += len;
      if (invalid) dec.position = off;
    }
  } finally { ins.free(); dec.free(); }
  return out;
}

/** Finds a start address from which decoding reaches `target` exactly, about `count` instructions before it. */
function syncBackwards(rt: VmxRuntime, target: number, count: number): Decoded[] {
  const window = Math.min(count * 15, 4096);
  // 1. instruction starts known from the source map
  const known = rt.sources.instructionStarts(target - window, target);
  if (known.length) {
    for (const s of known) {
      const run = decodeRun(rt, s, count * 2 + 16, target);
      const last = run[run.length - 1];
      if (last && last.address + last.len === target) return run.slice(-count);
    }
  }
  // 2. try every start in the window, prefer the longest run that lands exactly on target
  let best: Decoded[] = [];
  for (let s = target - window; s < target; s++) {
    const run = decodeRun(rt, s, window, target);
    const last = run[run.length - 1];
    if (last && last.address + last.len === target && run.length >= Math.min(count, best.length + 1)) { best = run; if (run.length >= count) break; }
  }
  return best.slice(-count);
}

export function disassemble(rt: VmxRuntime, address: number, instructionOffset: number, count: number, resolveSymbols: boolean): DisassembledInstruction[] {
  let list: Decoded[] = [];
  let before = 0;
  if (instructionOffset < 0) {
    const back = syncBackwards(rt, address, -instructionOffset);
    before = -instructionOffset - back.length;
    list = back;
    if (list.length > count) list = list.slice(0, count);
  }
  let start = address;
  if (instructionOffset > 0) {
    const skip = decodeRun(rt, address, instructionOffset);
    const last = skip[skip.length - 1];
    start = last ? last.address + last.len : address + instructionOffset;
  }
  const remaining = count - list.length - before;
  if (remaining > 0) {
    const fwd = decodeRun(rt, start, remaining);
    list = list.concat(fwd);
    // unreadable memory: one placeholder per byte after the last readable one
    let a = fwd.length ? fwd[fwd.length - 1].address + fwd[fwd.length - 1].len : start;
    while (list.length < count - before) { list.push({ address: a, len: 1, bytes: new Uint8Array(0), text: '??', invalid: true }); a++; }
  }
  const out: DisassembledInstruction[] = [];
  // pad the front when there was not enough before `address`
  const first = list.length ? list[0].address : address;
  for (let i = before; i > 0; i--) out.push({ address: first - i, bytes: '', text: '??', invalid: true });
  for (const d of list.slice(0, count - out.length)) {
    const e = rt.sources.entryAt(d.address);
    const mapped = e && e.addr === d.address;
    out.push({
      address: d.address,
      bytes: [...d.bytes].map((b) => b.toString(16).padStart(2, '0')).join(' '),
      text: d.text,
      invalid: d.invalid,
      symbol: resolveSymbols ? rt.sources.labelAt(d.address) : undefined,
      file: mapped ? e.loc.file : undefined,
      line: mapped ? e.loc.line : undefined,
    });
  }
  return out;
}
void hex;
