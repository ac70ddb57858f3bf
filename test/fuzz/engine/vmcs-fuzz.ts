// Random and mutated VMCS contents through VM entry.
// A base is a working example stopped at its n-th VMLAUNCH/VMRESUME (the VMCS there is valid: the example
// runs); an input changes some fields (or all of them) in the current VMCS and runs on. Reachable by a real
// hypervisor: any field value can be written to the VMCS region before VMPTRLD. Expected outcomes are
// architectural: VMfailValid/VMfailInvalid, VM-entry failure exits (reasons 33, 34), VM exits, guest
// exceptions, triple faults, or a "not implemented" stop.
import { join } from 'node:path';
import { Machine } from '../../../emulator/machine';
import { loadProgram, Program } from '../../../emulator/loader/program';
import { VMCS_FIELDS, exitReasonName } from '../../../emulator/vmx/arch';
import { F } from '../../../emulator/vmx/vmcs';
import type { RunStop } from '../../../emulator/cpu/exec';
import type { Rng } from './rng';
import { RunResult, checkStop, escaped } from './outcome';
import { randomCode } from './cpu-fuzz';
import { toHex, fromHex } from './rng';
import { repoRoot } from './paths';

export interface VmcsBase { name: string; file: string; /** smallest RAM the example runs in (machines are built per input) */ memoryMiB: number; /** 0F 01 C2 (VMLAUNCH) or 0F 01 C3 (VMRESUME) */ insn: 'vmlaunch' | 'vmresume'; nth: number }

export const VMCS_BASES: VmcsBase[] = [
  { name: 'first-guest-launch', file: 'examples/02-first-guest/first-guest.asm', memoryMiB: 4, insn: 'vmlaunch', nth: 1 },
  { name: 'first-guest-resume', file: 'examples/02-first-guest/first-guest.asm', memoryMiB: 4, insn: 'vmresume', nth: 2 },
  { name: 'ept-launch', file: 'examples/05-ept/ept.asm', memoryMiB: 4, insn: 'vmlaunch', nth: 1 },
  { name: 'nested-l0-launch', file: 'examples/06-nested/nested.asm', memoryMiB: 8, insn: 'vmlaunch', nth: 1 },
  // L0 launching vmcs02 (L2 on behalf of L1), and resuming L1 after emulating its VMX instructions
  { name: 'nested-l0-launch-vmcs02', file: 'examples/06-nested/nested.asm', memoryMiB: 8, insn: 'vmlaunch', nth: 2 },
  { name: 'nested-l0-resume-7', file: 'examples/06-nested/nested.asm', memoryMiB: 8, insn: 'vmresume', nth: 7 },
  { name: 'nested-noshadow-resume-4', file: 'examples/06-nested/nested-noshadow.asm', memoryMiB: 8, insn: 'vmresume', nth: 4 },
];

export interface VmcsMutation { field: string; /** hex */ value: string }
export interface VmcsInput {
  base: string; mutations: VmcsMutation[]; budget: number;
  /** random guest code (hex) placed at GUEST_CODE and entered there (GUEST_RIP is set before the mutations) */
  guestCode?: string;
}

/** Free in every base example's memory map, identity-mapped for the guests. */
const GUEST_CODE = 0x3c0000;

const programs = new Map<string, Program>();
function program(file: string): Program {
  let p = programs.get(file);
  if (!p) { p = loadProgram(join(repoRoot(), file)); programs.set(file, p); }
  return p;
}

const OPCODE = { vmlaunch: 0xc2, vmresume: 0xc3 };

/** A fresh machine running `base` up to (not including) its n-th VMLAUNCH/VMRESUME in VMX root operation. */
export function machineAtEntry(base: VmcsBase, onConsole: (s: string) => void = () => {}): Machine {
  const p = program(base.file);
  const m = new Machine({ memoryMiB: base.memoryMiB, onOutput: (_s, b) => onConsole(Buffer.from(b).toString('latin1')) });
  m.load(p.image);
  const bytes = p.image.bytes, at: number[] = [];
  for (let i = 0; i + 2 < bytes.length; i++) if (bytes[i] === 0x0f && bytes[i + 1] === 0x01 && bytes[i + 2] === OPCODE[base.insn]) at.push(p.image.loadAddress + i);
  m.setBreakpoints(at);
  let hits = 0;
  for (let guard = 0; guard < 1000; guard++) {
    const s = m.run(1_000_000);
    if (s.reason !== 'breakpoint') throw new Error(`base ${base.name}: expected ${base.insn} #${base.nth}, run stopped: ${JSON.stringify(s)}`);
    if (!m.cpu.nonRoot && m.vmx?.current && ++hits === base.nth) break;
    m.step();
  }
  m.setBreakpoints([]);
  return m;
}

const WRITABLE = VMCS_FIELDS.filter((f) => !f.readOnly);

function widthBits(w: string): number { return w === '16' ? 16 : w === '32' ? 32 : 64; }

const INTERESTING = [0n, 1n, 0x80000000n, 0xffffffffn, 0x7fffffffffffn, 0x800000000000n, 0xffff800000000000n, 0xfffffffffffff000n, 0x1000n, 0x201000n, 0x3fff000n, 0x4000000n, 0xfee00000n, 0x100000000n];

function mutateValue(r: Rng, v: bigint, bits: number): bigint {
  const mask = (1n << BigInt(bits)) - 1n;
  switch (r.int(8)) {
    case 0: case 1: return (v ^ (1n << BigInt(r.int(bits)))) & mask;
    case 2: { let x = v; for (let n = 2 + r.int(3); n > 0; n--) x ^= 1n << BigInt(r.int(bits)); return x & mask; }
    case 3: return ((BigInt(r.u32()) << 32n) | BigInt(r.u32())) & mask;
    case 4: return r.chance(0.5) ? 0n : mask;
    case 5: return (v + BigInt(r.int(33) - 16)) & mask;
    case 6: return r.pick(INTERESTING) & mask;
    default: return (v & ~0xfffn) ^ (BigInt(r.int(16)) << BigInt(12 + r.int(Math.max(1, bits - 12)))) & mask;
  }
}

export function generateVmcs(r: Rng): VmcsInput {
  const base = r.pick(VMCS_BASES);
  const m = baseValues(base);
  const mutations: VmcsMutation[] = [];
  if (r.chance(0.05)) {
    // every writable field random (mostly VMfailValid on the first control check)
    for (const f of WRITABLE) mutations.push({ field: f.name, value: mutateValue(r, 0n, widthBits(f.width)).toString(16) });
  } else {
    for (let n = 1 + (r.chance(0.6) ? 0 : r.int(6)); n > 0; n--) {
      const f = r.chance(0.97) ? r.pick(WRITABLE) : r.pick(VMCS_FIELDS);
      mutations.push({ field: f.name, value: mutateValue(r, m.get(f.name) ?? 0n, widthBits(f.width)).toString(16) });
    }
  }
  const guest = r.chance(0.5) ? { guestCode: toHex(Uint8Array.from([...randomCode(r, true, 1 + r.int(6)), 0x0f, 0x01, 0xc1])) } : {};
  return { base: base.name, mutations, budget: 20_000, ...guest };
}

const baseCache = new Map<string, Map<string, bigint>>();
/** Field values of the VMCS at the base's entry point. */
export function baseValues(base: VmcsBase): Map<string, bigint> {
  let v = baseCache.get(base.name);
  if (!v) {
    const m = machineAtEntry(base);
    v = new Map(m.vmx!.current!.fields().map(({ field, value }) => [field.name, value]));
    baseCache.set(base.name, v);
  }
  return v;
}

export function runVmcs(inp: VmcsInput): RunResult {
  const base = VMCS_BASES.find((b) => b.name === inp.base);
  if (!base) return { ok: false, failure: `unknown VMCS base '${inp.base}'` };
  let m: Machine;
  let out = '';
  try { m = machineAtEntry(base, (s) => { out += s; if (out.length > 4096) out = out.slice(-1024); }); } catch (e) { return escaped(`while running base ${base.name}`, e); }
  const vmcs = m.vmx!.current!;
  if (inp.guestCode !== undefined) {
    m.mem.load(GUEST_CODE, fromHex(inp.guestCode));
    vmcs.setNum(F.GUEST_RIP, GUEST_CODE);
  }
  for (const mu of inp.mutations) {
    const f = VMCS_FIELDS.find((x) => x.name === mu.field);
    if (!f) return { ok: false, failure: `unknown field ${mu.field}` };
    vmcs.writeEncoding(f.encoding, BigInt('0x' + mu.value));
  }
  const exitsBefore = m.vmx!.counters.exits, failsBefore = m.vmx!.counters.failures;
  let stop: RunStop;
  try {
    stop = m.step(); // the VM entry itself
    if (stop.reason === 'budget') stop = m.run(inp.budget);
  } catch (e) { return escaped('Machine.run (VM entry with mutated VMCS)', e); }
  const bad = checkStop(m, stop);
  try { m.exec.peekInsn(); m.nestingReport(); } catch (e) { bad.push(`inspecting the machine after the stop threw: ${String(e)}`); }
  if (bad.length) return { ok: false, failure: `${bad.join('; ')} (stop ${JSON.stringify(stop)})` };
  // The first VMX result after the mutation: VMfail, or the first VM exit (entry failures are exits 33/34).
  const vmx = m.vmx!;
  let first = 'entered';
  const firstExit = vmx.history.find((h) => h.seq > exitsBefore);
  if (vmx.counters.failures > failsBefore && vmx.lastFailure) first = vmx.lastFailure.kind + (vmx.lastFailure.error !== undefined ? ` ${vmx.lastFailure.error}` : '');
  else if (firstExit) first = `exit ${firstExit.reason} ${exitReasonName(firstExit.reason) ?? ''}`.trim();
  const s = stop.reason === 'not-implemented' ? `not-implemented: ${stop.message.replace(/^not implemented: /, '').slice(0, 40)}` : stop.reason;
  return { ok: true, outcome: `${base.name}: ${first} -> ${s}` };
}
