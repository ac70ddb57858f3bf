// Runs VMX snippets: vmx.inc (generated from the architectural table) is on the include path and a
// prelude provides regions and helpers.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateVmxInc } from '../../emulator/vmx/arch';
import { runAsm, RunOptions, RunResult } from '../cpu/harness';

let incDir: string | null = null;
export function vmxIncDir(): string {
  if (!incDir) { incDir = mkdtempSync(join(tmpdir(), 'vmxinc-')); writeFileSync(join(incDir, 'vmx.inc'), generateVmxInc()); }
  return incDir;
}

export const PRELUDE = `
%include "vmx.inc"
VMXON_REGION equ 0x200000
VMCS_A       equ 0x201000
VMCS_B       equ 0x202000
%macro ENABLE_VMXE 0
        mov     rax, cr4
        or      eax, CR4_VMXE
        mov     cr4, rax
%endmacro
; REVISION addr: writes IA32_VMX_BASIC[30:0] to the region at addr
%macro REVISION 1
        mov     ecx, MSR_IA32_VMX_BASIC
        rdmsr
        mov     [%1], eax
%endmacro
; SAVEFLAGS reg: RFLAGS into a register (CF = bit 0, ZF = bit 6)
%macro SAVEFLAGS 1
        pushfq
        pop     %1
%endmacro
%macro VMXON_OK 0
        ENABLE_VMXE
        REVISION VMXON_REGION
        mov     qword [ptr_scratch], VMXON_REGION
        vmxon   [ptr_scratch]
%endmacro
%macro LOAD_VMCS 1
        REVISION %1
        mov     qword [ptr_scratch], %1
        vmclear [ptr_scratch]
        vmptrld [ptr_scratch]
%endmacro
        jmp     _body
align 8
ptr_scratch: dq 0
_body:
`;

export function runVmx(body: string, opts: RunOptions = {}): RunResult {
  return runAsm(PRELUDE + body, { ...opts, includePaths: [vmxIncDir(), ...(opts.includePaths ?? [])] });
}

export const CF = 1n, ZF = 0x40n;
