// Nesting levels (DESIGN.md section 4), reconstructed from architectural events only: VM exits (with
// the exiting guest's registers and memory still live), VM entries, and writes to the shadow VMCS.
// The emulated processor is the hardware; the hypervisor in VMX root operation is L0. Nothing here
// knows the hypervisors' data structures, so it works for any L0 that implements nested VMX.
//
//  - Every hardware VM exit comes from the level that was running (exitingLevel) and goes to L0.
//    VMX instructions of a level k >= 1 (they always exit in non-root operation unless the shadow VMCS
//    absorbs VMREAD/VMWRITE) are decoded at the exit from the VM-exit instruction information and the
//    guest's registers/memory, and committed to level k's reconstructed state when L0 resumes level k
//    right after the instruction with VMsucceed (CF = ZF = 0).
//  - Level k's VMLAUNCH/VMRESUME exit makes a launch request. A VM entry made by L0 while levels
//    1..t-1 all have launch requests runs level t (L0 emulating L1's entry, L1 emulating L2's ...);
//    a requesting level re-entered at its own VMCS right after (or at) its instruction gets its
//    VMfail/restart instead. Otherwise an entry runs the level that last ran in that hardware VMCS.
//  - An entry into level k at the HOST_RIP of its (reconstructed) current VMCS after a deeper level
//    exited since k last ran is a virtual (reflected) VM exit from that deeper level to k. Its reason
//    and qualification are those of the hardware exit that started it, replaced by what the shadow VMCS
//    shows at the entry, or by level k's first VMREADs of the exit-information fields.
import type { VmxUnit, VmExitRecord } from './vmx-unit';
import { INVALID_POINTER } from './vmx-unit';
import { Vmcs, F } from './vmcs';
import { EXIT_REASON, VMCS_FIELDS, lookupVmcsEncoding, vmcsFieldSupported, exitReasonName, controlMask32 } from './arch';
import { operandAddress, peekLinear, regValue } from './nesting/guest-memory';
import { decodeOne } from '../cpu/decode';
import { K_MEM } from '../cpu/insn';
import { CS, FS, GS } from '../cpu/regs';
import { describeExit, NestedExitRecord, VmxOperand } from './nesting/describe';
import { parseExitCondition, matchExitCondition, ExitCondition } from './nesting/conditions';

export { describeExit, exitDetails, fieldName } from './nesting/describe';
export type { NestedExitRecord, VmxOperand } from './nesting/describe';
export { parseExitCondition, matchExitCondition, ExitConditionError, CONDITION_VARIABLES } from './nesting/conditions';
export type { ExitCondition } from './nesting/conditions';

const enc = (name: string): number => VMCS_FIELDS.find((f) => f.name === name)!.encoding;
const E = {
  HOST_RIP: enc('HOST_RIP'), HOST_RSP: enc('HOST_RSP'), GUEST_RIP: enc('GUEST_RIP'), GUEST_RSP: enc('GUEST_RSP'),
  EXIT_REASON: enc('VM_EXIT_REASON'), QUAL: enc('EXIT_QUALIFICATION'), GPA: enc('GUEST_PHYSICAL_ADDRESS'), GLA: enc('GUEST_LINEAR_ADDRESS'),
  INSTR_LEN: enc('VM_EXIT_INSTRUCTION_LEN'), INTR_INFO: enc('VM_EXIT_INTR_INFO'),
};
const R = EXIT_REASON;
const SECONDARY = controlMask32('primary', 'ACTIVATE_SECONDARY_CONTROLS');
const SHADOWING = controlMask32('secondary', 'VMCS_SHADOWING');
const CF = 1, ZF = 0x40;
/** Exits whose instruction operands are decoded for the record (VMX instructions with operands). */
const OPERAND_REASONS = new Uint8Array(256);
for (const r of [R.VMON, R.VMPTRLD, R.VMCLEAR, R.VMPTRST, R.VMWRITE, R.VMREAD, R.INVEPT, R.INVVPID]) OPERAND_REASONS[r] = 1;
/**
 * A copy of the guest's general registers for an exit record. Records keep them, so each exit needs its own: they
 * go into chunks of 1024 copies, each written once, and the record names its chunk and offset (guestRegs,
 * guestRegsAt): no allocation per exit, and a chunk's fixed allocation cost spread over many.
 */
let regChunk = new Int32Array(0), regNext = 0;
const REG_CHUNKS = new WeakSet<Int32Array>();
/** A register chunk: written once per slot and never again, so snapshots share it instead of copying it (snapshot.ts). */
export function isRegisterChunk(v: object): boolean { return REG_CHUNKS.has(v as Int32Array); }
function copyRegs(rec: NestedExitRecord, r: Int32Array): void {
  if (regNext + 32 > regChunk.length) { regChunk = new Int32Array(32 * 1024); regNext = 0; REG_CHUNKS.add(regChunk); }
  const chunk = regChunk, at = regNext;
  chunk.set(r, at);
  regNext += 32;
  rec.guestRegs = chunk; rec.guestRegsAt = at;
}

export type FieldSource = 'vmwrite' | 'shadow-vmwrite' | 'vmread' | 'shadow';

/** A guest hypervisor's VMCS as it sees it (vmcs12 for L1), rebuilt from its observed VMX traffic. */
export interface ReconstructedVmcs {
  /** the VMCS pointer the guest hypervisor uses (its guest-physical address); -1 when its VMPTRLD was not seen */
  address: number;
  /** full-field encoding -> value (only fields actually observed) */
  fields: Map<number, bigint>;
  /** how each field was observed */
  sources: Map<number, FieldSource>;
  /** launch state as the hypervisor's VMLAUNCH/VMCLEAR made it */
  launched: boolean;
}

export interface ResumePoint { rip: number; rsp?: number; from: string }

export interface LevelInfo {
  level: number;
  /** L0: VMX root operation; Lk: a guest, or a guest hypervisor (in VMX operation as emulated by its host) */
  mode: 'root' | 'guest' | 'guest-hypervisor';
  running: boolean;
  inVmx: boolean;
  vmxonPtr: number | null;
  currentVmcs: number | null;
  /** L0: null (its VMCS is the hardware one, VmxUnit.current); Lk: the reconstructed current VMCS */
  vmcs: ReconstructedVmcs | null;
  /** all VMCSs the level used, by pointer */
  vmcss: ReconstructedVmcs[];
  /** the hardware VMCS (of L0) that runs this level's code, when known */
  hardwareVmcs: number | null;
  /** where the level continues when it is not the one running */
  resumesAt: ResumePoint | null;
}

interface PendingOp { reason: number; nextRip: number; operand: VmxOperand }
interface LaunchRequest { rip: number; nextRip: number; launch: boolean; vmcs: number | null }

class LevelState {
  inVmx = false;
  vmxonPtr: number | null = null;
  current: number | null = null;
  readonly vmcss = new Map<number, ReconstructedVmcs>();
  /** hardware VMCS that last ran this level */
  ownVmcs: number | null = null;
  /** VMCS pointer (of the level above) that launched this level */
  launchedFrom: number | null = null;
  pending: PendingOp | null = null;
  launch: LaunchRequest | null = null;
  /** most recent hardware exit from a deeper level since this level last ran */
  startedBy: NestedExitRecord | null = null;
  /** last virtual exit delivered here and the exit-information fields this level has VMREAD since */
  lastVirtual: NestedExitRecord | null = null;
  readSinceVirtual = new Set<number>();

  vmcs(ptr: number | null): ReconstructedVmcs {
    const a = ptr ?? INVALID_POINTER;
    let v = this.vmcss.get(a);
    if (!v) this.vmcss.set(a, (v = { address: a, fields: new Map(), sources: new Map(), launched: false }));
    return v;
  }
}

export interface NestingOptions { maxHistory?: number }

export class Nesting {
  /** lv[k] for k >= 1 (index 0 unused: L0's VMX state is the hardware's) */
  private lv: LevelState[] = [];
  private running = 0;
  private readonly vmcsOwner = new Map<number, number>();
  private readonly history: NestedExitRecord[] = [];
  private readonly maxHistory: number;
  /** Exits seen since the program was loaded (the history is bounded; these are not). */
  readonly counts = { hardware: 0, virtual: 0 };
  /** Every exit, hardware and virtual, with levels; return true to stop the run after the instruction. */
  readonly exitListeners: ((rec: NestedExitRecord) => boolean | void)[] = [];
  /** A virtual exit's reason turned out different from the hardware exit that started it. */
  readonly correctionListeners: ((rec: NestedExitRecord) => void)[] = [];

  constructor(readonly u: VmxUnit, opts: NestingOptions = {}) {
    this.maxHistory = opts.maxHistory ?? u.maxHistory;
    u.preExitListeners.push((rec) => this.onHardwareExit(rec as NestedExitRecord));
    u.exitListeners.push((rec) => this.emit(rec as NestedExitRecord));
    u.entryListeners.push((v) => this.onEntry(v));
    u.shadowWriteListeners.push((e) => this.onShadowWrite(e));
    u.resetListeners.push(() => this.reset());
  }

  reset(): void {
    this.lv = [];
    this.running = 0;
    this.vmcsOwner.clear();
    this.history.length = 0;
    this.counts.hardware = this.counts.virtual = 0;
  }

  // ------------------------------------------------------------------ API
  /** Level of the code the processor is executing: 0 in VMX root operation (or outside VMX). */
  levelOfCurrentCode(): number { return this.u.cpu.nonRoot ? Math.max(1, this.running) : 0; }

  /** Every exit (hardware and virtual) in order, oldest first (bounded like VmxUnit.history). */
  exitHistory(): readonly NestedExitRecord[] { return this.history; }

  describeExit(rec: NestedExitRecord): string { return describeExit(rec); }

  /** Levels 0..deepest known, with their VMX state and where each continues. */
  levels(): LevelInfo[] {
    const u = this.u;
    const cur = this.levelOfCurrentCode();
    const deepest = Math.max(cur, this.lv.length - 1, u.inVmx ? 1 : 0);
    const out: LevelInfo[] = [];
    const hw = u.current;
    out.push({
      level: 0, mode: 'root', running: cur === 0, inVmx: u.inVmx, vmxonPtr: u.inVmx ? u.vmxonPtr : null, currentVmcs: hw ? hw.address : null,
      vmcs: null, vmcss: [], hardwareVmcs: null,
      resumesAt: cur === 0 || !hw ? null : { rip: hw.snum(F.HOST_RIP), rsp: hw.snum(F.HOST_RSP), from: `host state of hardware VMCS 0x${hw.address.toString(16)}` },
    });
    for (let k = 1; k <= deepest; k++) {
      const s = this.lv[k] ?? new LevelState();
      const vm = s.current !== null ? s.vmcss.get(s.current) ?? null : null;
      let resumesAt: ResumePoint | null = null;
      if (k < cur) {
        const rip = vm?.fields.get(E.HOST_RIP), rsp = vm?.fields.get(E.HOST_RSP);
        if (rip !== undefined) resumesAt = { rip: Number(BigInt.asIntN(64, rip)), rsp: rsp !== undefined ? Number(BigInt.asIntN(64, rsp)) : undefined, from: `host state of its VMCS 0x${(s.current ?? -1).toString(16)} (reconstructed)` };
      } else if (k > cur && s.ownVmcs !== null) {
        const v = hw && hw.address === s.ownVmcs ? hw : this.loadVmcs(s.ownVmcs);
        if (v) resumesAt = { rip: v.snum(F.GUEST_RIP), rsp: v.snum(F.GUEST_RSP), from: `guest state of hardware VMCS 0x${s.ownVmcs.toString(16)}` };
      }
      out.push({
        level: k, mode: s.inVmx ? 'guest-hypervisor' : 'guest', running: k === cur, inVmx: s.inVmx, vmxonPtr: s.vmxonPtr, currentVmcs: s.current,
        vmcs: vm, vmcss: [...s.vmcss.values()], hardwareVmcs: s.ownVmcs, resumesAt,
      });
    }
    return out;
  }

  // ------------------------------------------------------------------ events
  private level(k: number): LevelState {
    while (this.lv.length <= k) this.lv.push(new LevelState());
    return this.lv[k];
  }

  private push(rec: NestedExitRecord): void {
    if (rec.virtual) this.counts.virtual++; else this.counts.hardware++;
    this.history.push(rec);
    if (this.history.length >= 2 * this.maxHistory) this.history.splice(0, this.history.length - this.maxHistory);
  }

  private emit(rec: NestedExitRecord): boolean {
    let stop = false;
    for (const l of this.exitListeners) if (l(rec)) stop = true;
    return stop;
  }

  private loadVmcs(address: number): Vmcs | null {
    const mem = this.u.cpu.mem;
    return address >= 0 && address + 4096 <= mem.size ? Vmcs.load(mem, address) : null;
  }

  /** VM exit, before host state is loaded (guest registers, paging and EPT are live). */
  private onHardwareExit(rec: NestedExitRecord): void {
    const u = this.u, c = u.cpu;
    rec.receivingLevel = 0;
    rec.virtual = false;
    if (rec.fullReason & 0x80000000) {
      // VM-entry failure: no guest code ran; it belongs to the level the entry was for.
      rec.exitingLevel = u.current ? this.entryTarget(u.current) : 1;
      this.push(rec);
      return;
    }
    const e = Math.max(1, this.running);
    rec.exitingLevel = e;
    copyRegs(rec, c.r);
    const s = this.level(e);
    const op = this.decodeOperand(rec);
    if (op) rec.operand = op;
    switch (rec.reason) {
      case R.VMLAUNCH: case R.VMRESUME:
        s.launch = { rip: rec.guestRip, nextRip: rec.guestRip + rec.instructionLength, launch: rec.reason === R.VMLAUNCH, vmcs: s.current };
        rec.operand = { vmcs: s.current ?? undefined };
        break;
      case R.VMON: case R.VMOFF: case R.VMPTRLD: case R.VMCLEAR: case R.VMWRITE: case R.VMREAD: case R.VMPTRST:
        s.pending = { reason: rec.reason, nextRip: rec.guestRip + rec.instructionLength, operand: op ?? {} };
        break;
    }
    for (let k = 1; k < e; k++) this.level(k).startedBy = rec;
    this.running = 0;
    this.push(rec);
  }

  /** Operands of an exiting VMX instruction from the exit information (SDM Vol 3C 28.2.1, 28.2.5) and guest state. */
  private decodeOperand(rec: NestedExitRecord): VmxOperand | null {
    const reason = rec.reason;
    if (reason > 255 || OPERAND_REASONS[reason] === 0) return null;
    const c = this.u.cpu;
    const regs = rec.guestRegs!, at = rec.guestRegsAt ?? 0;
    const info = this.u.current!.u32(F.VMX_INSTRUCTION_INFO);
    const regOperand = (info & (1 << 10)) !== 0;
    const la = () => this.memoryOperand(rec) ?? operandAddress(c, regs, info, rec.qualification, at);
    const size = c.long64 ? 8 : 4;
    const asNum = (v: bigint | undefined) => (v === undefined ? undefined : Number(BigInt.asUintN(64, v)));
    const reg1 = (info >>> 3) & 15, reg2 = (info >>> 28) & 15;
    switch (reason) {
      case R.VMON: case R.VMPTRLD: case R.VMCLEAR: return { pointer: asNum(peekLinear(c, la(), 8)) };
      case R.VMPTRST: return { destLinear: la() };
      case R.VMWRITE: {
        const value = regOperand ? regValue(regs, reg1, at) & (size === 8 ? 0xffffffffffffffffn : 0xffffffffn) : peekLinear(c, la(), size);
        return { field: Number(regValue(regs, reg2, at) & 0xffffffffn), value };
      }
      case R.VMREAD: return { field: Number(regValue(regs, reg2, at) & 0xffffffffn), ...(regOperand ? { destReg: reg1 } : { destLinear: la() }) };
      default: return { type: Number(regValue(regs, reg2, at) & 0xffffffffn), descriptor: reason === R.INVVPID ? (peekLinear(c, la(), 8) ?? 0n) & 0xffffn : peekLinear(c, la(), 8) };
    }
  }

  /**
   * Linear address of the exiting instruction's memory operand, by decoding the instruction at the guest
   * RIP with the live registers (covers RIP-relative operands, which the instruction-information field
   * cannot express); undefined when the bytes cannot be read.
   */
  private memoryOperand(rec: NestedExitRecord): number | undefined {
    const c = this.u.cpu;
    const bytes = new Uint8Array(15);
    for (let k = 0; k < 15; k++) {
      const b = peekLinear(c, (c.long64 ? rec.guestRip : (c.sbase[CS] + rec.guestRip) % 4294967296) + k, 1);
      if (b === undefined) { if (k === 0) return undefined; break; }
      bytes[k] = Number(b);
    }
    const { insn: d } = decodeOne(bytes, c.bits, rec.guestRip);
    if (d.k0 !== K_MEM && d.k1 !== K_MEM) return undefined;
    const regs = rec.guestRegs!, at = rec.guestRegsAt ?? 0;
    const next = rec.guestRip + d.len;
    let ea = BigInt(d.mdisp) + (d.mrip ? BigInt(next) : 0n);
    if (d.mbase >= 0) ea += regValue(regs, d.mbase, at);
    if (d.midx >= 0) ea += regValue(regs, d.midx, at) << BigInt(d.mscale);
    const off = d.asz === 8 ? BigInt.asIntN(64, ea) : BigInt.asUintN(d.asz * 8, ea);
    const base = c.long64 ? (d.mseg === FS || d.mseg === GS ? c.sbase[d.mseg] : 0) : c.sbase[d.mseg];
    return Number(off) + base;
  }

  /** entryTarget's second result: how the entry reaches its level */
  private targetKind: 'return' | 'launch' | 'resume' = 'resume';
  /** Which level a VM entry into hardware VMCS `v` runs, with how in targetKind (no other state change). */
  private entryTarget(v: Vmcs): number {
    const rip = v.snum(F.GUEST_RIP);
    for (let j = this.lv.length - 1; j >= 1; j--) {
      const s = this.lv[j];
      if (s.launch && s.ownVmcs === v.address && (rip === s.launch.nextRip || rip === s.launch.rip)) { this.targetKind = 'return'; return j; }
    }
    let t = 1;
    while (this.lv[t]?.launch) t++;
    if (t > 1) { this.targetKind = 'launch'; return t; }
    this.targetKind = 'resume';
    return this.vmcsOwner.get(v.address) ?? 1;
  }

  /** Successful VM entry: guest state is loaded (registers are the guest's). */
  private onEntry(v: Vmcs): boolean {
    const t = this.entryTarget(v), kind = this.targetKind;
    const rip = v.snum(F.GUEST_RIP);
    if (kind === 'return') this.lv[t].launch = null;
    if (kind === 'launch') {
      // Levels 1..t-1 requested the entry chain that now runs level t.
      const requester = this.lv[t - 1];
      const req = requester.launch!;
      const from = req.vmcs;
      const target = this.level(t);
      if (req.launch && target.launchedFrom !== from) {
        // A newly launched guest at this level: forget what the previous one did.
        this.lv.length = t;
        this.level(t).launchedFrom = from;
      }
      for (let k = 1; k < t; k++) {
        const s = this.lv[k];
        if (s.launch?.launch && s.launch.vmcs !== null) s.vmcs(s.launch.vmcs).launched = true;
        s.launch = null;
      }
    }
    const s = this.level(t);
    s.ownVmcs = v.address;
    if (this.vmcsOwner.get(v.address) !== t) this.vmcsOwner.set(v.address, t);
    this.running = t;
    if (s.pending) {
      const p = s.pending;
      s.pending = null;
      if (rip === p.nextRip && (v.u32(F.GUEST_RFLAGS) & (CF | ZF)) === 0) this.commit(s, p);
    }
    this.syncShadow(s, v);
    let stop = false;
    const st = s.startedBy;
    s.startedBy = null;
    if (st) {
      const hostRip = s.current !== null ? s.vmcss.get(s.current)?.fields.get(E.HOST_RIP) : undefined;
      if (hostRip === undefined || Number(BigInt.asIntN(64, hostRip)) === rip) stop = this.virtualExit(t, s, st, v, rip);
    }
    return stop;
  }

  /** A reflected exit from the level that caused `st` into level t, delivered at its HOST_RIP. */
  private virtualExit(t: number, s: LevelState, st: NestedExitRecord, v: Vmcs, rip: number): boolean {
    const u = this.u;
    const rec: NestedExitRecord = {
      seq: ++u.exitSeq, reason: st.reason, fullReason: st.fullReason, name: st.name, qualification: st.qualification, guestRip: st.guestRip,
      guestLinear: st.guestLinear, guestPhysical: st.guestPhysical, interruptionInfo: st.interruptionInfo, instructionLength: st.instructionLength,
      vmcs: s.current ?? INVALID_POINTER, hostRip: rip, tsc: u.cpu.tsc, detail: st.detail, idtVectoringInfo: st.idtVectoringInfo,
      exitingLevel: st.exitingLevel, receivingLevel: t, virtual: true, guestRegs: st.guestRegs, guestRegsAt: st.guestRegsAt, operand: st.operand, startedBy: st.seq,
    };
    const shadow = this.shadowOf(v);
    if (shadow) {
      // What the receiving hypervisor will VMREAD: the exit information its host put in the shadow VMCS.
      const full = shadow.u32(F.VM_EXIT_REASON);
      this.setReason(rec, full);
      rec.qualification = shadow.getBig(F.EXIT_QUALIFICATION);
      if (rec.reason === R.EPT_VIOLATION || rec.reason === R.EPT_MISCONFIG) rec.guestPhysical = shadow.num(F.GUEST_PHYSICAL_ADDRESS);
      rec.instructionLength = shadow.u32(F.VM_EXIT_INSTRUCTION_LEN);
      rec.interruptionInfo = shadow.u32(F.VM_EXIT_INTR_INFO);
      rec.guestRip = shadow.snum(F.GUEST_RIP);
      rec.confirmedBy = 'shadow';
    }
    s.lastVirtual = rec;
    s.readSinceVirtual = new Set();
    this.push(rec);
    return this.emit(rec);
  }

  private setReason(rec: NestedExitRecord, full: number): void {
    const basic = full & 0xffff;
    if (basic !== rec.reason && rec.correctedFrom === undefined) rec.correctedFrom = { reason: rec.reason, name: rec.name };
    rec.reason = basic;
    rec.fullReason = full;
    rec.name = exitReasonName(basic);
  }

  /** The shadow VMCS of hardware VMCS `v` when VMCS shadowing is on (read from memory: it is flushed on VM exit). */
  private shadowOf(v: Vmcs): Vmcs | null {
    const proc2 = v.u32(F.CPU_BASED_VM_EXEC_CONTROL) & SECONDARY ? v.u32(F.SECONDARY_VM_EXEC_CONTROL) : 0;
    if (!(proc2 & SHADOWING) || (v.lo[F.VMCS_LINK_POINTER] === -1 && v.hi[F.VMCS_LINK_POINTER] === -1)) return null;
    return this.loadVmcs(v.num(F.VMCS_LINK_POINTER));
  }

  /** Fields the level can VMREAD through the shadow VMCS become part of its reconstructed VMCS. */
  private syncShadow(s: LevelState, v: Vmcs): void {
    const shadow = this.shadowOf(v);
    if (!shadow || s.current === null) return;
    const mem = this.u.cpu.mem;
    const bitmap = v.num(F.VMREAD_BITMAP);
    const vm = s.vmcs(s.current);
    shadow.fields().forEach(({ field, value }) => {
      const e = field.encoding;
      if (bitmap + (e >>> 3) >= mem.size || mem.read8(bitmap + (e >>> 3)) & (1 << (e & 7))) return;
      if (!vmcsFieldSupported(field, this.u.caps)) return;
      const old = vm.fields.get(e);
      if (old === value || (old === undefined && value === 0n && field.type !== 'exit-info')) return;
      vm.fields.set(e, value);
      vm.sources.set(e, 'shadow');
    });
  }

  /** Level t was resumed right after its VMX instruction with VMsucceed: apply it. */
  private commit(s: LevelState, p: PendingOp): void {
    const c = this.u.cpu;
    const op = p.operand;
    switch (p.reason) {
      case R.VMON: s.inVmx = true; s.vmxonPtr = op.pointer ?? null; s.current = null; break;
      case R.VMOFF: s.inVmx = false; s.vmxonPtr = null; s.current = null; break;
      case R.VMPTRLD: if (op.pointer !== undefined) { s.current = op.pointer; s.vmcs(op.pointer); } break;
      case R.VMCLEAR:
        if (op.pointer !== undefined) {
          s.vmcs(op.pointer).launched = false;
          if (s.current === op.pointer) s.current = null;
        }
        break;
      case R.VMWRITE: if (op.field !== undefined && op.value !== undefined) this.store(s.vmcs(s.current), op.field, op.value, 'vmwrite'); break;
      case R.VMREAD: {
        if (op.field === undefined) break;
        const size = c.long64 ? 8 : 4;
        const value = op.destReg !== undefined ? regValue(c.r, op.destReg) & (size === 8 ? 0xffffffffffffffffn : 0xffffffffn) : op.destLinear !== undefined ? peekLinear(c, op.destLinear, size) : undefined;
        if (value === undefined) break;
        this.store(s.vmcs(s.current), op.field, value, 'vmread');
        this.deliveredInfo(s, op.field, value);
        break;
      }
    }
  }

  /** The first VMREADs of exit-information fields after a virtual exit show what was delivered. */
  private deliveredInfo(s: LevelState, field: number, value: bigint): void {
    const rec = s.lastVirtual;
    if (!rec || rec.confirmedBy === 'shadow' || s.readSinceVirtual.has(field)) return;
    s.readSinceVirtual.add(field);
    if (field === E.EXIT_REASON) {
      const before = rec.reason;
      this.setReason(rec, Number(value & 0xffffffffn));
      rec.confirmedBy = 'vmread';
      if (rec.reason !== before) for (const l of this.correctionListeners) l(rec);
    } else if (field === E.QUAL) rec.qualification = value;
    else if (field === E.GPA) rec.guestPhysical = Number(value);
    else if (field === E.GLA) rec.guestLinear = Number(value);
    else if (field === E.INSTR_LEN) rec.instructionLength = Number(value);
    else if (field === E.INTR_INFO) rec.interruptionInfo = Number(value);
  }

  private store(vm: ReconstructedVmcs, encoding: number, value: bigint, source: FieldSource): void {
    const ref = lookupVmcsEncoding(encoding);
    if (!ref) return;
    const f = ref.field;
    const width = f.width === '16' ? 16 : f.width === '32' ? 32 : 64;
    let v = BigInt.asUintN(width, value);
    if (ref.high) v = ((vm.fields.get(f.encoding) ?? 0n) & 0xffffffffn) | (BigInt.asUintN(32, value) << 32n);
    vm.fields.set(f.encoding, v);
    vm.sources.set(f.encoding, source);
  }

  /** VMWRITE absorbed by the shadow VMCS (no exit): the running level wrote its current VMCS. */
  private onShadowWrite(encoding: number): void {
    const sh = this.u.shadowVmcs();
    const value = sh?.readEncoding(encoding);
    if (value === undefined) return;
    const s = this.level(Math.max(1, this.running));
    this.store(s.vmcs(s.current), encoding, value, 'shadow-vmwrite');
  }
}

// ---------------------------------------------------------------------------------------------
// Exit-reason breakpoints for the Machine, CLI and adapter.

/** A set of parsed exit conditions; `match` returns the first condition an exit satisfies. */
export class ExitBreakpoints {
  private conds: ExitCondition[] = [];
  /** Replaces the conditions; throws ExitConditionError with a clear message for a bad one. */
  set(texts: readonly string[]): ExitCondition[] { this.conds = texts.map(parseExitCondition); return this.conds; }
  get conditions(): readonly ExitCondition[] { return this.conds; }
  match(rec: NestedExitRecord): ExitCondition | null {
    for (const c of this.conds) if (matchExitCondition(c, rec)) return c;
    return null;
  }
}
export type { VmExitRecord };
