import { spawnSync } from 'child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { afterAll, describe, expect, it } from 'vitest';
import { CONTROL_BITS, EXIT_REASONS, MSRS, VMCS_FIELDS, VM_INSTRUCTION_ERRORS, generateVmxInc, vmxIncSymbols } from '../../emulator/vmx/arch';

const hasNasm = spawnSync('nasm', ['-v'], { encoding: 'utf8' }).status === 0;
if (!hasNasm) console.warn('[vmx-arch] nasm not found: skipping the vmx.inc assembly tests (apt-get install -y nasm)');

const text = generateVmxInc();
const dir = mkdtempSync(join(tmpdir(), 'vmx-inc-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function assemble(source: string): Buffer {
  writeFileSync(join(dir, 'vmx.inc'), text);
  writeFileSync(join(dir, 't.asm'), source);
  const r = spawnSync('nasm', ['-f', 'bin', '-I', dir + '/', join(dir, 't.asm'), '-o', join(dir, 't.bin')], { encoding: 'utf8' });
  expect(r.stderr, 'nasm diagnostics').toBe('');
  expect(r.status).toBe(0);
  return readFileSync(join(dir, 't.bin'));
}

describe('vmx.inc', () => {
  it('has an include guard and every table entry', () => {
    expect(text).toMatch(/^; vmx\.inc/);
    expect(text).toContain('%ifndef VMX_INC\n%define VMX_INC\n');
    expect(text.trimEnd().endsWith('%endif ; VMX_INC')).toBe(true);
    const syms = new Set(vmxIncSymbols(text));
    expect(syms.size).toBe(vmxIncSymbols(text).length); // no duplicates
    for (const f of VMCS_FIELDS) {
      for (const n of [f.name, ...f.aliases]) expect(syms.has(n), n).toBe(true);
      if (f.width === '64') expect(syms.has(`${f.name}_HIGH`)).toBe(true);
    }
    for (const r of EXIT_REASONS) if (!r.reserved) expect(syms.has(`EXIT_REASON_${r.name}`), r.name).toBe(true);
    for (const e of VM_INSTRUCTION_ERRORS) if (!e.reserved) expect(syms.has(`VMX_ERROR_${e.name}`), e.name).toBe(true);
    for (const m of MSRS) expect(syms.has(`MSR_${m.name}`), m.name).toBe(true);
    expect(CONTROL_BITS.length).toBeGreaterThan(90);
    for (const s of ['PIN_NMI_EXITING', 'CPU_HLT_EXITING', 'CPU2_ENABLE_EPT', 'CPU3_IPI_VIRTUALIZATION', 'EXIT_HOST_ADDRESS_SPACE_SIZE', 'EXIT2_LOAD_IA32_FRED',
      'ENTRY_IA32E_MODE_GUEST', 'EPT_READ', 'EPT_WRITE', 'EPT_EXECUTE', 'EPT_MEMTYPE_WB', 'EPTP_WALK_LENGTH_4', 'CR0_PE', 'CR4_VMXE', 'EFER_LME', 'RFLAGS_IF',
      'MSR_IA32_VMX_BASIC', 'MSR_IA32_FEATURE_CONTROL', 'INTR_INFO_VALID', 'INTR_TYPE_HARDWARE_EXCEPTION', 'AR_UNUSABLE', 'CPU_DEFAULT1']) {
      expect(syms.has(s), s).toBe(true);
    }
    expect(text).toMatch(/^GUEST_RIP\s+equ 0x681e /m);
    expect(text).toMatch(/^EXIT_REASON_CPUID\s+equ 10 /m);
    expect(text).toMatch(/^MSR_IA32_VMX_BASIC\s+equ 0x480 /m);
    expect(text).toMatch(/^CPU2_ENABLE_EPT\s+equ \(1<<1\) /m);
  });

  it.skipIf(!hasNasm)('assembles with nasm and every VMCS field has its encoding', () => {
    const names = VMCS_FIELDS.flatMap((f) => [f.name, ...f.aliases, ...(f.width === '64' ? [`${f.name}_HIGH`] : [])]);
    const expected = VMCS_FIELDS.flatMap((f) => [f.encoding, ...f.aliases.map(() => f.encoding), ...(f.width === '64' ? [f.encoding | 1] : [])]);
    const bin = assemble(`%include "vmx.inc"\n%include "vmx.inc"\nbits 64\n${names.map((n) => `dd ${n}`).join('\n')}\n`);
    expect(bin.length).toBe(4 * names.length);
    names.forEach((n, i) => expect(bin.readUInt32LE(4 * i), n).toBe(expected[i]));
  });

  it.skipIf(!hasNasm)('every symbol assembles to the value the table gives', () => {
    const syms = vmxIncSymbols(text);
    const bin = assemble(`%include "vmx.inc"\nbits 64\n${syms.map((s) => `dq ${s}`).join('\n')}\nmov rax, GUEST_RIP\nvmread rbx, rax\n`);
    expect(bin.length).toBeGreaterThan(8 * syms.length);
    const at = (s: string) => bin.readBigUInt64LE(8 * syms.indexOf(s));
    expect(at('GUEST_RIP')).toBe(0x681en);
    expect(at('EXIT_REASON_EPT_VIOLATION')).toBe(48n);
    expect(at('VMX_ERROR_VMLAUNCH_NONCLEAR_VMCS')).toBe(4n);
    expect(at('MSR_IA32_EFER')).toBe(0xc0000080n);
    expect(at('CPU_ACTIVATE_SECONDARY_CONTROLS')).toBe(0x80000000n);
    expect(at('EPT_SUPPRESS_VE')).toBe(1n << 63n);
    expect(at('EPTP_MEMTYPE_WB')).toBe(6n);
    expect(at('EPT_MEMTYPE_WB')).toBe(0x30n);
    expect(at('ENTRY_DEFAULT1')).toBe(0x11ffn);
    expect(at('EXIT_REASON_FLAG_ENTRY_FAILURE')).toBe(0x80000000n);
    expect(at('CR4_FRED')).toBe(1n << 32n);
    expect(at('QUAL_IO_PORT_SHIFT')).toBe(16n);
    expect(at('INTR_INFO_TYPE_MASK')).toBe(0x700n);
  });
});
