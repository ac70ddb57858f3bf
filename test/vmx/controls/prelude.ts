// Shared prelude for the exiting-control tests: a minimal hypervisor with a valid 64-bit VMCS whose
// controls are adjusted to the capability MSRs, a guest snippet, and a VM-exit handler that logs every
// exit through VMREAD into memory (EXIT_LOG, one 256-byte record per exit) and then advances the guest
// RIP by the VM-exit instruction length and resumes. The run ends (HLT with IF=0 in the host) at the
// guest's VMCALL, a VM-entry failure or after `maxExits` exits.
//
// Assembled by the project's own assembler (the product path), with `vmx.inc` as the builtin include.
import { expect } from 'vitest';
import { assemble, formatDiagnostic } from '../../../emulator/asm';
import { Machine, MachineOptions } from '../../../emulator/machine';
import type { RunStop } from '../../../emulator/cpu/exec';
import { GPR_NAMES } from '../../../emulator/cpu/regs';
import type { VmExitRecord } from '../../../emulator/vmx/vmx-unit';

export interface HvOptions {
  /** guest code (64-bit, CPL 0, shares the host's paging and GDT); a VMCALL is appended */
  guest: string;
  /** wanted control bits (names from vmx.inc, OR-ed expressions); adjusted to the TRUE capability MSRs */
  pin?: string; proc?: string; proc2?: string; exit?: string; entry?: string;
  /** extra hypervisor code run after the VMCS is complete and before VMLAUNCH (use VMW field, value) */
  setup?: string;
  /** code run by the exit handler after logging, before the RIP advance; eax = basic exit reason, r12 = exit number (0-based). `jmp hv_resume` skips the advance. */
  handler?: string;
  /** extra code/data assembled after everything (labels for the guest or the handler) */
  extra?: string;
  maxExits?: number;
  machine?: MachineOptions;
  maxInstructions?: number;
}

export const EXIT_LOG = 0x210000;
export const GUEST_DATA = 0x240000; // scratch page the guest and the tests share
export const GUEST_IDT = 0x232000;
export const MSRBM_PAGE = 0x203000, IOBM_A_PAGE = 0x204000, IOBM_B_PAGE = 0x205000;

function prelude(o: HvOptions): string {
  const proc2 = o.proc2 ?? '0';
  return `bits 64
org 0x100000
%include "vmx.inc"
VMXON_REGION    equ 0x200000
VMCS_REGION     equ 0x201000
MSRBM_PAGE equ 0x${MSRBM_PAGE.toString(16)}
IOBM_A_PAGE equ 0x${IOBM_A_PAGE.toString(16)}
IOBM_B_PAGE equ 0x${IOBM_B_PAGE.toString(16)}
EXIT_LOG        equ 0x${EXIT_LOG.toString(16)}
GUEST_IDT       equ 0x${GUEST_IDT.toString(16)}
GUEST_DATA      equ 0x${GUEST_DATA.toString(16)}
GUEST_STACK_TOP equ 0x230000
HOST_STACK_TOP  equ 0x250000
MAX_EXITS       equ ${o.maxExits ?? 16}
WANT_PROC2      equ ${proc2}

; VMW field, value: VMWRITE (rax, rbx clobbered); a failure ends the run with r15 = 0xF00D
%macro VMW 2
        mov     ebx, %1
        mov     rax, %2
        vmwrite rbx, rax
        jbe     hv_fail
%endmacro
; ADJUST field, msr, wanted: must-be-1 bits set, may-not-be-1 bits cleared (SDM App. A.3)
%macro ADJUST 3
        mov     ecx, %2
        rdmsr
        mov     ebx, %3
        or      ebx, eax
        and     ebx, edx
        mov     eax, ebx
        mov     ebx, %1
        vmwrite rbx, rax
        jbe     hv_fail
%endmacro
; GATE vector, handler: 64-bit interrupt gate in the guest IDT (the guest IDTR is set by USE_GUEST_IDT)
%macro GATE 2
        lea     rax, [rel %2]
        mov     word [GUEST_IDT + %1*16], ax
        mov     word [GUEST_IDT + %1*16 + 2], 0x08
        mov     word [GUEST_IDT + %1*16 + 4], 0x8e00
        shr     rax, 16
        mov     word [GUEST_IDT + %1*16 + 6], ax
        shr     rax, 16
        mov     dword [GUEST_IDT + %1*16 + 8], eax
        mov     dword [GUEST_IDT + %1*16 + 12], 0
%endmacro
%macro USE_GUEST_IDT 0
        VMW     GUEST_IDTR_BASE, GUEST_IDT
        VMW     GUEST_IDTR_LIMIT, 0xfff
%endmacro

_start:
        mov     rax, cr4
        or      eax, CR4_VMXE
        mov     cr4, rax
        mov     ecx, MSR_IA32_VMX_BASIC
        rdmsr
        mov     [VMXON_REGION], eax
        mov     [VMCS_REGION], eax
        vmxon   [rel vmxon_ptr]
        jbe     hv_fail
        vmclear [rel vmcs_ptr]
        jbe     hv_fail
        vmptrld [rel vmcs_ptr]
        jbe     hv_fail
        ADJUST  PIN_BASED_VM_EXEC_CONTROL, MSR_IA32_VMX_TRUE_PINBASED_CTLS, ${o.pin ?? '0'}
%if WANT_PROC2
        ADJUST  CPU_BASED_VM_EXEC_CONTROL, MSR_IA32_VMX_TRUE_PROCBASED_CTLS, (${o.proc ?? '0'}) | CPU_ACTIVATE_SECONDARY_CONTROLS
        ADJUST  SECONDARY_VM_EXEC_CONTROL, MSR_IA32_VMX_PROCBASED_CTLS2, WANT_PROC2
%else
        ADJUST  CPU_BASED_VM_EXEC_CONTROL, MSR_IA32_VMX_TRUE_PROCBASED_CTLS, ${o.proc ?? '0'}
%endif
        ADJUST  VM_EXIT_CONTROLS, MSR_IA32_VMX_TRUE_EXIT_CTLS, EXIT_HOST_ADDRESS_SPACE_SIZE | (${o.exit ?? '0'})
        ADJUST  VM_ENTRY_CONTROLS, MSR_IA32_VMX_TRUE_ENTRY_CTLS, ENTRY_IA32E_MODE_GUEST | (${o.entry ?? '0'})
        VMW     EXCEPTION_BITMAP, 0
        VMW     VMCS_LINK_POINTER, -1
        VMW     MSR_BITMAP, MSRBM_PAGE
        VMW     IO_BITMAP_A, IOBM_A_PAGE
        VMW     IO_BITMAP_B, IOBM_B_PAGE
        ; host state = the current state
        mov     rax, cr0
        VMW     HOST_CR0, rax
        VMW     GUEST_CR0, rax
        mov     rax, cr3
        VMW     HOST_CR3, rax
        VMW     GUEST_CR3, rax
        mov     rax, cr4
        VMW     HOST_CR4, rax
        VMW     GUEST_CR4, rax
        VMW     HOST_CS_SELECTOR, 0x08
        VMW     HOST_SS_SELECTOR, 0x10
        VMW     HOST_DS_SELECTOR, 0x10
        VMW     HOST_ES_SELECTOR, 0x10
        VMW     HOST_FS_SELECTOR, 0x10
        VMW     HOST_GS_SELECTOR, 0x10
        VMW     HOST_TR_SELECTOR, 0x30
        sgdt    [rel gdtr]
        VMW     HOST_GDTR_BASE, [rel gdtr + 2]
        VMW     GUEST_GDTR_BASE, [rel gdtr + 2]
        movzx   eax, word [rel gdtr]
        VMW     GUEST_GDTR_LIMIT, rax
        mov     rbx, [rel gdtr + 2]             ; TSS base from the descriptor at 0x30
        movzx   eax, word [rbx + 0x32]
        movzx   ecx, byte [rbx + 0x34]
        shl     ecx, 16
        or      eax, ecx
        movzx   ecx, byte [rbx + 0x37]
        shl     ecx, 24
        or      eax, ecx
        mov     [rel tr_base], rax
        VMW     HOST_TR_BASE, [rel tr_base]
        VMW     GUEST_TR_BASE, [rel tr_base]
        VMW     HOST_IDTR_BASE, 0
        VMW     HOST_FS_BASE, 0
        VMW     HOST_GS_BASE, 0
        VMW     HOST_RSP, HOST_STACK_TOP
        lea     rax, [rel hv_exit]
        VMW     HOST_RIP, rax
        ; guest state: flat 64-bit, CPL 0
        VMW     GUEST_DR7, 0x400
        VMW     GUEST_CS_SELECTOR, 0x08
        VMW     GUEST_CS_BASE, 0
        VMW     GUEST_CS_LIMIT, 0xffffffff
        VMW     GUEST_CS_AR_BYTES, 0xa09b
%assign i 0
%rep 5
  %if i == 0
    %define SEG SS
  %elif i == 1
    %define SEG DS
  %elif i == 2
    %define SEG ES
  %elif i == 3
    %define SEG FS
  %else
    %define SEG GS
  %endif
        VMW     GUEST_ %+ SEG %+ _SELECTOR, 0x10
        VMW     GUEST_ %+ SEG %+ _BASE, 0
        VMW     GUEST_ %+ SEG %+ _LIMIT, 0xffffffff
        VMW     GUEST_ %+ SEG %+ _AR_BYTES, 0xc093
  %assign i i+1
%endrep
        VMW     GUEST_LDTR_SELECTOR, 0
        VMW     GUEST_LDTR_AR_BYTES, 0x10000
        VMW     GUEST_TR_SELECTOR, 0x30
        VMW     GUEST_TR_LIMIT, 0x67
        VMW     GUEST_TR_AR_BYTES, 0x8b
        VMW     GUEST_IDTR_BASE, 0
        VMW     GUEST_IDTR_LIMIT, 0
        VMW     GUEST_RSP, GUEST_STACK_TOP
        lea     rax, [rel guest_entry]
        VMW     GUEST_RIP, rax
        VMW     GUEST_RFLAGS, 0x2
        VMW     GUEST_ACTIVITY_STATE, 0
        VMW     GUEST_INTERRUPTIBILITY_INFO, 0
        VMW     GUEST_IA32_DEBUGCTL, 0
        ; ---- test-specific setup
${o.setup ?? ''}
        ; ----
        xor     r12d, r12d
        mov     rsp, HOST_STACK_TOP
        vmlaunch
hv_fail:                                        ; a VMX instruction failed: r15 = 0xF00D, r14 = RFLAGS, r13 = VM-instruction error
        pushfq
        pop     r14
        mov     r15d, 0xF00D
        mov     ebx, VM_INSTRUCTION_ERROR
        vmread  r13, rbx
        cli
        hlt

guest_entry:
${o.guest}
        vmcall
        jmp     $
bits 64                                         ; the guest may have been assembled as 32-bit code

; ---- VM-exit handler: log the exit information (VMREAD), then advance the guest RIP and resume.
hv_exit:
        push    rax
        push    rbx
        push    rcx
        push    rdx
        push    rsi
        push    rdi
        mov     rdi, r12
        shl     rdi, 8
        add     rdi, EXIT_LOG
%macro LOG 2
        mov     ebx, %1
        vmread  rax, rbx
        mov     [rdi + %2*8], rax
%endmacro
        LOG     VM_EXIT_REASON, 0
        LOG     EXIT_QUALIFICATION, 1
        LOG     VM_EXIT_INSTRUCTION_LEN, 2
        LOG     VMX_INSTRUCTION_INFO, 3
        LOG     VM_EXIT_INTR_INFO, 4
        LOG     VM_EXIT_INTR_ERROR_CODE, 5
        LOG     GUEST_LINEAR_ADDRESS, 6
        LOG     GUEST_PHYSICAL_ADDRESS, 7
        LOG     IDT_VECTORING_INFO_FIELD, 8
        LOG     GUEST_RIP, 9
        LOG     GUEST_RFLAGS, 10
        LOG     VMX_PREEMPTION_TIMER_VALUE, 11
        LOG     GUEST_INTERRUPTIBILITY_INFO, 12
        LOG     GUEST_CR0, 13
        LOG     GUEST_CR4, 14
        mov     rax, [rsp + 40]                 ; guest RAX, RCX, RDX
        mov     [rdi + 15*8], rax
        mov     rax, [rsp + 24]
        mov     [rdi + 16*8], rax
        mov     rax, [rsp + 16]
        mov     [rdi + 17*8], rax
        inc     r12
        mov     [rel exit_count], r12
        mov     ebx, VM_EXIT_REASON
        vmread  rax, rbx
        test    eax, eax
        js      hv_done                         ; VM-entry failure (bit 31)
        movzx   eax, ax
        cmp     eax, EXIT_REASON_VMCALL
        je      hv_done
        cmp     r12, MAX_EXITS
        jae     hv_done
${o.handler ?? ''}
hv_advance:
        mov     ebx, GUEST_RIP
        vmread  rsi, rbx
        mov     ebx, VM_EXIT_INSTRUCTION_LEN
        vmread  rax, rbx
        add     rax, rsi
        mov     ebx, GUEST_RIP
        vmwrite rbx, rax
hv_resume:
        pop     rdi
        pop     rsi
        pop     rdx
        pop     rcx
        pop     rbx
        pop     rax
        vmresume
        jmp     hv_fail
hv_done:
        mov     r15d, 0xD0E
        cli
        hlt

align 8
vmxon_ptr:  dq VMXON_REGION
vmcs_ptr:   dq VMCS_REGION
gdtr:       dw 0
            dq 0
tr_base:    dq 0
exit_count: dq 0
${o.extra ?? ''}
`;
}

/**
 * A guest's own 4-level paging at 0x290000 (GUEST_CR3 is set): identity 2-MiB pages for the first GiB except linear
 * 0x600000.. in 4-KiB pages: page i < `pages` (linear 0x600000 + i * 4 KiB) -> frame 0x2a0000 + i * 4 KiB holding
 * 0x1000 + i, with frame 0x2b0000 + i * 4 KiB holding 0x2000 + i ready for REMAP_MACRO.
 */
export function guestPaging4k(pages: number): string {
  return `
        mov     qword [0x290000], 0x291000 | 3
        mov     qword [0x291000], 0x292000 | 3
        xor     ecx, ecx
gp_pd:  mov     rax, rcx
        shl     rax, 21
        or      rax, 0x83
        mov     [0x292000 + rcx*8], rax
        inc     ecx
        cmp     ecx, 512
        jb      gp_pd
        mov     qword [0x292000 + 3 * 8], 0x293000 | 3
%assign i 0
%rep ${pages}
        mov     qword [0x293000 + i * 8], (0x2a0000 + i * 0x1000) | 3
        mov     qword [0x2a0000 + i * 0x1000], 0x1000 + i
        mov     qword [0x2b0000 + i * 0x1000], 0x2000 + i
%assign i i + 1
%endrep
        VMW     GUEST_CR3, 0x290000`;
}
/** REMAP i: the hypervisor points page i of guestPaging4k at frame 0x2b0000 + i * 4 KiB (flags kept, no invalidation). */
export const REMAP_MACRO = `
%macro REMAP 1
        mov     rax, [0x293000 + %1 * 8]
        and     eax, 0xfff
        or      rax, 0x2b0000 + %1 * 0x1000
        mov     [0x293000 + %1 * 8], rax
%endmacro`;

export interface ExitLog {
  reason: number; qual: bigint; len: number; info: number; intrInfo: number; intrError: number;
  linear: bigint; physical: bigint; idtVectoring: number; rip: bigint; rflags: bigint; timer: number; interruptibility: number;
  cr0: bigint; cr4: bigint; rax: bigint; rcx: bigint; rdx: bigint;
}

export interface HvResult {
  m: Machine; stop: RunStop; out: string; source: string;
  /** exits logged by the hypervisor (VMREAD values) */
  exits: ExitLog[];
  /** the emulator's own exit records */
  history: VmExitRecord[];
  reg(name: string): bigint;
  q(addr: number): bigint;
  label(name: string): number;
}

export function runHv(o: HvOptions): HvResult {
  const source = prelude(o);
  const asm = assemble(source, { file: 'hv-test.asm', bits: 16 });
  if (!asm.ok) throw new Error(`assembly failed:\n${asm.diagnostics.map(formatDiagnostic).join('\n')}\n`);
  let out = '';
  const m = new Machine({ memoryMiB: 16, ...o.machine, onOutput: (_s, b) => { out += Buffer.from(b).toString('latin1'); } });
  m.load({ bytes: asm.bytes, loadAddress: 0x100000, mode: 'long64', entry: asm.entry ?? 0x100000 });
  const stop = m.run(o.maxInstructions ?? 2_000_000);
  const q = (a: number): bigint => BigInt(m.mem.read32(a) >>> 0) | (BigInt(m.mem.read32(a + 4) >>> 0) << 32n);
  const reg = (name: string): bigint => m.cpu.getBig(GPR_NAMES.indexOf(name));
  const count = Math.min(Number(reg('r12')), 64);
  const exits: ExitLog[] = [];
  for (let i = 0; i < count; i++) {
    const b = EXIT_LOG + i * 256, f = (k: number) => q(b + k * 8);
    exits.push({
      reason: Number(f(0)), qual: f(1), len: Number(f(2)), info: Number(f(3)), intrInfo: Number(f(4)), intrError: Number(f(5)), linear: f(6), physical: f(7),
      idtVectoring: Number(f(8)), rip: f(9), rflags: f(10), timer: Number(f(11)), interruptibility: Number(f(12)), cr0: f(13), cr4: f(14), rax: f(15), rcx: f(16), rdx: f(17),
    });
  }
  const symbols = new Map(asm.symbols.map((s) => [s.name, s.value]));
  return {
    m, stop, out, source, exits, history: [...(m.vmx?.history ?? [])], reg, q,
    label: (name) => { const v = symbols.get(name); if (v === undefined) throw new Error(`no label ${name}`); return Number(v); },
  };
}

/** The run ended in the handler's normal way (VMCALL, entry failure or the exit limit), not in hv_fail. */
export function expectDone(r: HvResult): void {
  expect(r.reg('r15'), `hv_fail: RFLAGS 0x${r.reg('r14').toString(16)}, VM-instruction error ${r.reg('r13')}; last failure ${r.m.vmx?.lastFailure?.message}; stop ${JSON.stringify(r.stop)}`).toBe(0xd0en);
  expect(r.stop.reason).toBe('halted');
}

/** Basic exit reasons in order. */
export const reasons = (r: HvResult): number[] => r.exits.map((e) => e.reason & 0xffff);
