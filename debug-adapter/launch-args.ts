// The `launch`/`restart` arguments (protocol.ts VmxLaunchArguments) checked and turned into a
// RuntimeConfig; every problem names the argument and what it expects.
import type { RuntimeConfig } from './runtime';
import { UserError, argsObject, check, parseNumber } from './util';

/** Validates `launch`/`restart` arguments; throws a UserError naming the offending argument. */
export function validateLaunchArguments(raw: unknown): RuntimeConfig {
  const a = argsObject(raw, 'launch');
  check(a.program, 'string', 'program', true);
  if ((a.program as string).trim() === '') throw new UserError(`argument 'program' must not be empty`);
  check(a.format, 'string', 'format');
  if (a.format !== undefined && a.format !== 'asm' && a.format !== 'bin') throw new UserError(`argument 'format' must be "asm" or "bin" (got ${JSON.stringify(a.format)})`);
  check(a.startState, 'string', 'startState');
  if (a.startState !== undefined && a.startState !== 'long64' && a.startState !== 'real') throw new UserError(`argument 'startState' must be "long64" or "real" (got ${JSON.stringify(a.startState)})`);
  let loadAddress: number | undefined;
  if (a.loadAddress !== undefined) {
    if (typeof a.loadAddress !== 'number' && typeof a.loadAddress !== 'string') throw new UserError(`argument 'loadAddress' must be a number or a string like "0x7c00"`);
    const v = parseNumber(a.loadAddress);
    if (v === undefined || v < 0n || v >= 1n << 52n) throw new UserError(`argument 'loadAddress' is not a valid address (${JSON.stringify(a.loadAddress)})`);
    loadAddress = Number(v);
  }
  check(a.stopOnEntry, 'boolean', 'stopOnEntry');
  check(a.noDebug, 'boolean', 'noDebug');
  check(a.cpuProfile, 'string', 'cpuProfile');
  check(a.capabilityMsrs, 'object', 'capabilityMsrs');
  if (a.cpuProfile !== undefined && a.capabilityMsrs !== undefined) throw new UserError(`arguments 'cpuProfile' and 'capabilityMsrs' are exclusive: give one of them`);
  let capabilityMsrs: Record<number, bigint> | undefined;
  if (a.capabilityMsrs !== undefined) {
    capabilityMsrs = {};
    for (const [k, v] of Object.entries(a.capabilityMsrs as Record<string, unknown>)) {
      const idx = parseNumber(k);
      if (idx === undefined || idx < 0x480n || idx > 0x493n) throw new UserError(`argument 'capabilityMsrs': key ${JSON.stringify(k)} is not a VMX capability MSR index (0x480..0x493)`);
      if (typeof v !== 'string') throw new UserError(`argument 'capabilityMsrs': value of ${k} must be a hex string like "0x00ff00ff00000016" (got ${v === null ? 'null' : typeof v})`);
      const val = parseNumber(v);
      if (val === undefined || val < 0n || val >= 1n << 64n) throw new UserError(`argument 'capabilityMsrs': value of ${k} (${JSON.stringify(v)}) is not a 64-bit number`);
      capabilityMsrs[Number(idx)] = val;
    }
  }
  check(a.memoryMiB, 'integer', 'memoryMiB');
  if (a.memoryMiB !== undefined && ((a.memoryMiB as number) < 2 || (a.memoryMiB as number) > 3072)) throw new UserError(`argument 'memoryMiB' must be between 2 and 3072 (got ${a.memoryMiB})`);
  check(a.featureControl, 'object', 'featureControl');
  let featureControl: RuntimeConfig['machine']['featureControl'];
  if (a.featureControl !== undefined) {
    const fc = a.featureControl as Record<string, unknown>;
    for (const k of Object.keys(fc)) {
      if (!['locked', 'vmxOutsideSmx', 'vmxInsideSmx'].includes(k)) throw new UserError(`argument 'featureControl.${k}' is unknown (locked, vmxOutsideSmx, vmxInsideSmx)`);
      check(fc[k], 'boolean', `featureControl.${k}`);
    }
    featureControl = { locked: fc.locked as boolean | undefined, vmxOutsideSmx: fc.vmxOutsideSmx as boolean | undefined, vmxInsideSmx: fc.vmxInsideSmx as boolean | undefined };
  }
  check(a.includePaths, 'array', 'includePaths');
  const includePaths = (a.includePaths as unknown[] | undefined) ?? [];
  includePaths.forEach((p, i) => check(p, 'string', `includePaths[${i}]`, true));
  check(a.strictTlb, 'boolean', 'strictTlb');
  check(a.traceExits, 'boolean', 'traceExits');
  check(a.maxInstructions, 'integer', 'maxInstructions');
  if (a.maxInstructions !== undefined && (a.maxInstructions as number) <= 0) throw new UserError(`argument 'maxInstructions' must be positive`);
  return {
    program: a.program as string,
    format: a.format as RuntimeConfig['format'],
    mode: a.startState as RuntimeConfig['mode'],
    loadAddress,
    stopOnEntry: (a.stopOnEntry as boolean | undefined) ?? false,
    machine: { memoryMiB: a.memoryMiB as number | undefined, featureControl, cpuProfile: a.cpuProfile as string | undefined, capabilityMsrs, strictTlb: a.strictTlb as boolean | undefined },
    traceExits: (a.traceExits as boolean | undefined) ?? false,
    includePaths: includePaths as string[],
    maxInstructions: a.maxInstructions as number | undefined,
    noDebug: (a.noDebug as boolean | undefined) ?? false,
  };
}
