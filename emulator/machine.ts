// The machine: CPU + memory + devices, program loading, and run/step with stop reasons.
// Independent of DAP: the CLI, the debug adapter and tests drive it directly.
import { Cpu } from './cpu/cpu';
import { Executor, RunStop } from './cpu/exec';
import { NotImplemented } from './cpu/faults';
import { PhysMemory } from './memory/phys-memory';
import { IoBus } from './devices/io-bus';
import { MmioBus } from './devices/mmio-bus';
import { attachDebugPorts, DebugPorts } from './devices/debug-ports';
import { attachUart, Uart16550 } from './devices/uart16550';
import { LocalApic } from './devices/local-apic';
import type { DeviceHost, OutputSource, StopRequest } from './devices/device-host';
import { enterLong64, enterReal, StartMode, SystemArea } from './loader/start-state';
import { installPlatformMsrs, FeatureControlConfig } from './cpu/msr';
import { VmxUnit } from './vmx/vmx-unit';
import { signalBoundary } from './vmx/signals';
import { nonRootWrap, nonRootEvent, nonRootBoundary, mtfActive, nonRootChainLimit, EXIT_REASON_MTF, EXIT_REASON_TRIPLE_FAULT } from './vmx/nonroot';
import { vmExit } from './vmx/vm-exit';
import './vmx/vmx-instructions';
import { setTprAccessor } from './cpu/ops/control-regs';
import { seedRandom } from './cpu/ops/system';
import { configureCpuid, CpuidOptions } from './cpu/cpuid';
import { Nesting, ExitBreakpoints, describeExit, NestedExitRecord } from './vmx/nesting';
import { WriteWatch } from './write-watch';

export const APIC_BASE = 0xfee00000;

export interface MachineOptions {
  /** Guest RAM in MiB (default 256). */
  memoryMiB?: number;
  /** IA32_FEATURE_CONTROL as firmware leaves it (default: locked, VMX outside SMX enabled). */
  featureControl?: FeatureControlConfig;
  /** Guest console output (port 0xE9 and COM1). */
  onOutput?: (source: OutputSource, bytes: Uint8Array) => void;
  /** VMX support (CPUID.1:ECX.VMX); default true. */
  vmx?: boolean;
  /** VMX capability profile: 'default', 'icelake-sp', restrictions like 'no-true-controls' (comma-separated). */
  cpuProfile?: string;
  /** Explicit VMX capability MSR values (MSR index -> value), applied over the default profile. */
  capabilityMsrs?: Record<number, bigint>;
  /** CPUID model options (VMX reporting follows `vmx`). */
  cpuid?: CpuidOptions;
  /** Model hardware TLB caching of EPT translations and report stale ones (missing INVEPT detector). */
  strictTlb?: boolean;
}

export type MachineStop = RunStop;

export interface LoadedImage { bytes: Uint8Array; loadAddress: number; mode: StartMode; entry: number }

export class Machine {
  readonly mem: PhysMemory;
  readonly cpu: Cpu;
  readonly exec: Executor;
  readonly io = new IoBus();
  readonly mmio = new MmioBus();
  readonly apic: LocalApic;
  readonly uart: Uart16550;
  readonly debugPorts: DebugPorts;
  readonly vmx: VmxUnit | null;
  /** [nesting] Levels L0/L1/L2..., reconstructed VMCSs and every exit with levels (vmx/nesting.ts). */
  readonly nesting: Nesting | null;
  /** [nesting] Exit-reason breakpoints, e.g. `exit:EPT_VIOLATION from L2 to L1 virtual if qual & 2`. */
  readonly exitBreakpoints = new ExitBreakpoints();
  systemArea: SystemArea | null = null;
  image: LoadedImage | null = null;
  private onOutput: (source: OutputSource, bytes: Uint8Array) => void;

  constructor(readonly options: MachineOptions = {}) {
    const mib = options.memoryMiB ?? 256;
    if (!Number.isInteger(mib) || mib < 1) throw new Error(`memoryMiB must be a positive integer (got ${mib})`);
    this.mem = new PhysMemory(mib * 1024 * 1024);
    this.cpu = new Cpu(this.mem);
    this.exec = new Executor(this.cpu);
    this.onOutput = options.onOutput ?? (() => {});
    const host: DeviceHost = {
      output: (source, bytes) => this.onOutput(source, bytes instanceof Uint8Array ? bytes : Uint8Array.from(bytes)),
      requestStop: (r: StopRequest) => {
        this.cpu.pendingStop = r.kind === 'shutdown' ? { reason: 'shutdown' } : { reason: 'exit', code: r.code };
      },
    };
    this.debugPorts = attachDebugPorts(this.io, host);
    this.uart = attachUart(this.io, host);
    this.apic = new LocalApic({ id: 0 });
    this.mmio.register(APIC_BASE, 0x1000, this.apic, 'local APIC');
    const apic = this.apic;
    const cpu = this.cpu;
    this.mem.mmio = {
      read: (a, size) => { apic.setNow(cpu.tsc); return this.mmio.read(a, size); },
      write: (a, size, v) => { apic.setNow(cpu.tsc); this.mmio.write(a, size, v); },
    };
    this.cpu.io = this.io;
    this.exec.interrupts = apic;
    installPlatformMsrs(this.cpu, { featureControl: options.featureControl, apicBase: APIC_BASE });
    this.vmx = options.vmx === false ? null : new VmxUnit(this.cpu, { profile: options.cpuProfile, capabilityMsrs: options.capabilityMsrs, strictTlb: options.strictTlb });
    configureCpuid(this.cpu, { ...options.cpuid, vmx: options.vmx !== false && (options.cpuid?.vmx ?? true) });
    setTprAccessor(() => this.apic.tpr, (v) => { this.apic.tpr = v; }, this.cpu);
    const vmx = this.vmx;
    if (vmx) {
      const ex = this.exec;
      ex.nonRootWrap = nonRootWrap;
      cpu.eventIntercept = (vector, type, ec) => nonRootEvent(vmx, vector, type, ec);
      const pendingVector = () => apic.pendingVector(), acknowledge = () => apic.acknowledge();
      ex.nonRootBoundary = () => nonRootBoundary(vmx, pendingVector, acknowledge);
      ex.mtfActive = () => mtfActive(vmx);
      ex.nonRootChainLimit = () => nonRootChainLimit(vmx);
      ex.mtfExit = () => { vmExit(vmx, { reason: EXIT_REASON_MTF, guestRip: cpu.rip }); };
      ex.onTripleFault = () => { vmExit(vmx, { reason: EXIT_REASON_TRIPLE_FAULT }); return true; };
    }
    this.exec.signalBoundary = () => signalBoundary(cpu, vmx);
    this.apic.onSignal = (kind, vector) => this.sendSignal(kind, vector);
    // [nesting] an exit matching an exit breakpoint stops the run after the instruction that caused it.
    this.nesting = vmx ? new Nesting(vmx) : null;
    this.nesting?.exitListeners.push((rec: NestedExitRecord) => {
      const hit = this.exitBreakpoints.match(rec);
      if (hit) this.cpu.pendingStop = { reason: 'event', detail: `exit breakpoint '${hit.text}': ${describeExit(rec)}` };
    });
  }

  setOutput(fn: (source: OutputSource, bytes: Uint8Array) => void): void { this.onOutput = fn; }

  /** Loads a flat image and sets the start state. */
  load(image: LoadedImage): void {
    this.exec.flushBlocks();
    // A fresh machine's RAM is already zero; clearing it would commit every page of the sparse buffer.
    if (this.image) this.mem.u8.fill(0);
    this.watch?.reset();
    this.apic.reset();
    this.mem.load(image.loadAddress, image.bytes);
    if (image.mode === 'long64') {
      const end = image.loadAddress + image.bytes.length;
      const sys = this.mem.size - 0x10000;
      if (end > sys) throw new Error(`image ends at 0x${end.toString(16)}, inside the long64 start state's system area at 0x${sys.toString(16)} (top 64 KiB of RAM); increase memoryMiB`);
      this.systemArea = enterLong64(this.cpu, image.entry);
    } else {
      if (image.loadAddress + image.bytes.length > 0x100000 && image.loadAddress < 0x100000) throw new Error('a real-mode image must fit below 1 MiB');
      enterReal(this.cpu, image.entry);
      this.systemArea = null;
    }
    installPlatformMsrs(this.cpu, { featureControl: this.options.featureControl, apicBase: APIC_BASE });
    if (this.vmx) this.vmx.reset();
    seedRandom(this.cpu);
    this.image = image;
  }

  /** Runs until a stop or `maxInstructions` retire. */
  run(maxInstructions: number): MachineStop {
    return this.runGuarded(maxInstructions);
  }

  /** Executes one instruction (or delivers one event). */
  step(): MachineStop {
    this.exec.skipBreakpointOnce = true;
    return this.runGuarded(1);
  }

  /**
   * An unimplemented feature met outside an instruction (a VM exit from event delivery, a triple fault
   * or a VMX-preemption timer that needs a VMX abort, say) is a stop like one met inside an instruction.
   */
  private runGuarded(budget: number): MachineStop {
    try {
      return this.exec.run(budget);
    } catch (e) {
      if (e instanceof NotImplemented) { this.cpu.bk = 0; return { reason: 'not-implemented', message: e.message }; }
      throw e;
    }
  }

  /**
   * Signals this processor receives as from another processor or the platform (vmx/signals.ts says what each does at
   * the next instruction boundary): an NMI, an INIT, or a start-up IPI with its vector (0..255). The local APIC's ICR sends
   * them here too; the debugger sends them on request.
   */
  sendSignal(kind: 'init' | 'sipi' | 'nmi', vector = 0): void {
    if (kind === 'init') this.cpu.pendingInit = true;
    else if (kind === 'nmi') this.cpu.pendingNmi = true;
    else {
      if (!Number.isInteger(vector) || vector < 0 || vector > 255) throw new RangeError(`SIPI vector ${vector} is not 0..255`);
      this.cpu.pendingSipi = vector;
    }
  }

  /** Replaces the instruction breakpoints (linear addresses); decoded blocks are rebuilt so each breakpoint starts a block. */
  setBreakpoints(addresses: Iterable<number>): void {
    const bp = this.exec.breakpoints;
    bp.clear();
    for (const a of addresses) bp.add(a);
    this.flushCode();
  }

  /** Drops every decoded block (code or breakpoints changed behind the executor's back). */
  flushCode(): void {
    this.exec.flushBlocks();
    this.watch?.rearm();
  }

  /** [debugger] Write notifications for RAM pages (snapshots, data breakpoints); created on first use. */
  writeWatch(): WriteWatch {
    return (this.watch ??= new WriteWatch(this.mem));
  }
  private watch: WriteWatch | null = null;

  /**
   * [debugger] Called after every VMX instruction that ends with VMsucceed (VMWRITE, VMPTRLD, VMCLEAR...,
   * SDM Vol 3C 31.2 "Conventions"); null removes it. Used for VMCS-field watchpoints.
   */
  setVmxSuccessObserver(fn: (() => void) | null): void {
    const u = this.vmx;
    if (!u) return;
    if (fn && !Object.prototype.hasOwnProperty.call(u, 'succeed')) {
      const succeed = VmxUnit.prototype.succeed;
      u.succeed = () => { succeed.call(u); this.vmxSuccess?.(); };
    }
    this.vmxSuccess = fn;
  }
  private vmxSuccess: (() => void) | null = null;

  /** [nesting] What every stop reports: the level of the code at the stop, the levels and the last exit. */
  nestingReport(): { level: number; levels: ReturnType<Nesting['levels']>; lastExit: NestedExitRecord | null } | null {
    const n = this.nesting;
    if (!n) return null;
    const h = n.exitHistory();
    return { level: n.levelOfCurrentCode(), levels: n.levels(), lastExit: h.length ? h[h.length - 1] : null };
  }

  /** Asks a running machine to stop at the next instruction boundary (safe from another callback). */
  pause(): void { this.cpu.stopRequest = true; }
}
