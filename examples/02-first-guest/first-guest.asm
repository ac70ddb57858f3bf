; 02-first-guest: a minimal VMX hypervisor and its 64-bit guest.
;
; The hypervisor (VMX root operation) checks the VMX prerequisites, enters VMX operation, builds a
; VMCS whose controls are adjusted to the capability MSRs (as real hypervisors must), and launches a
; guest that shares its page tables. The guest executes CPUID, an OUT to port 0xE9, RDMSR, HLT and
; finally VMCALL. Each of these causes a VM exit; the handler prints the exit, emulates the
; instruction, advances the guest RIP past it and resumes. VMCALL ends the demo.
;
; Run:  vmxdbg run examples/02-first-guest/first-guest.asm
; Debug: open this file in VS Code and press F5.
%ifndef BOOT_IMAGE                              ; the boot-sector variant sets its own origin and mode
bits 64
org 0x100000
%endif
%include "vmx.inc"
%include "../include/hvlib.inc"

VMXON_REGION    equ 0x200000          ; 4-KiB aligned regions for VMXON and the VMCS
VMCS_REGION     equ 0x201000
GUEST_STACK_TOP equ 0x220000
HOST_STACK_TOP  equ 0x230000

_start:
        PRINT   msg_hello
        ; --- VMX prerequisites (SDM Vol 3C 24.6, 24.7)
        mov     eax, 1
        cpuid
        bt      ecx, 5                          ; CPUID.1:ECX.VMX
        jnc     no_vmx
        mov     ecx, MSR_IA32_FEATURE_CONTROL
        rdmsr
        test    eax, FEATURE_CONTROL_LOCK
        jz      vmx_disabled
        test    eax, FEATURE_CONTROL_VMX_OUTSIDE_SMX
        jz      vmx_disabled
        mov     rax, cr4
        or      eax, CR4_VMXE
        mov     cr4, rax
        ; --- VMXON region and VMCS carry the revision identifier of IA32_VMX_BASIC[30:0]
        mov     ecx, MSR_IA32_VMX_BASIC
        rdmsr
        mov     [VMXON_REGION], eax
        mov     [VMCS_REGION], eax
        ; IA32_VMX_BASIC[55] = 1: the TRUE capability MSRs report the controls (SDM App. A.1, A.3.1);
        ; otherwise the plain MSRs 481H-484H, 12 below their TRUE counterparts, do.
        bt      edx, 55 - 32
        jc      .true_ctls
        mov     dword [rel ctl_msr_delta], MSR_IA32_VMX_TRUE_PINBASED_CTLS - MSR_IA32_VMX_PINBASED_CTLS
.true_ctls:
        vmxon   [rel vmxon_ptr]
        jbe     vmx_fail
        PRINT   msg_vmxon
        vmclear [rel vmcs_ptr]
        jbe     vmx_fail
        vmptrld [rel vmcs_ptr]
        jbe     vmx_fail
        call    setup_vmcs
        PRINT   msg_launch
        mov     rsp, HOST_STACK_TOP
guest_launch:
        vmlaunch                                ; continues at guest_entry in the guest
        jmp     vmx_fail                        ; only reached when VMLAUNCH fails

; ------------------------------------------------------------------------------------------------
; The guest: every instruction below except MOV/JMP causes a VM exit.
guest_entry:
        xor     eax, eax
        cpuid                                   ; exit 10: CPUID (unconditional)
        mov     dx, 0xE9
        mov     al, 'G'
        out     dx, al                          ; exit 30: I/O instruction (unconditional I/O exiting)
        mov     al, 10
        out     dx, al
        mov     ecx, 0xC0000080                 ; IA32_EFER
        rdmsr                                   ; exit 31: RDMSR (no MSR bitmaps: every RDMSR exits)
        hlt                                     ; exit 12: HLT (HLT exiting)
        vmcall                                  ; exit 18: VMCALL (unconditional)
        jmp     $

; ------------------------------------------------------------------------------------------------
; VM-exit handler: HOST_RIP. Guest GPRs are still in the registers; save the ones we use.
; Stack offsets of the saved guest registers after the five pushes below:
SAVED_RSI equ 0
SAVED_RDX equ 8
SAVED_RCX equ 16
SAVED_RBX equ 24
SAVED_RAX equ 32
vmexit_handler:
        push    rax
        push    rbx
        push    rcx
        push    rdx
        push    rsi
        mov     ebx, VM_EXIT_REASON
        vmread  rax, rbx
        movzx   eax, ax                         ; basic exit reason
        mov     [exit_reason], eax
        mov     ebx, GUEST_RIP
        vmread  rsi, rbx
        mov     [exit_rip], rsi
        PRINT   msg_exit
        mov     eax, [exit_reason]
        PRINTHEX rax
        PRINT   msg_at
        PRINTHEX rsi
        PRINT   msg_nl
        mov     eax, [exit_reason]
        cmp     eax, EXIT_REASON_CPUID
        je      .cpuid
        cmp     eax, EXIT_REASON_IO_INSTRUCTION
        je      .io
        cmp     eax, EXIT_REASON_MSR_READ
        je      .rdmsr
        cmp     eax, EXIT_REASON_HLT
        je      .skip
        cmp     eax, EXIT_REASON_VMCALL
        je      .vmcall
        PRINT   msg_unexpected
        jmp     shutdown
.cpuid:                                         ; emulate: run CPUID on the guest's EAX/ECX
        mov     eax, [rsp + SAVED_RAX]
        mov     ecx, [rsp + SAVED_RCX]
        cpuid
        mov     [rsp + SAVED_RAX], rax
        mov     [rsp + SAVED_RBX], rbx
        mov     [rsp + SAVED_RCX], rcx
        mov     [rsp + SAVED_RDX], rdx
        jmp     .skip
.io:                                            ; emulate OUT to port 0xE9: print the guest's AL
        mov     ebx, EXIT_QUALIFICATION
        vmread  rax, rbx
        shr     rax, 16                         ; port number (bits 31:16)
        cmp     ax, 0xE9
        jne     .skip
        mov     al, [rsp + SAVED_RAX]           ; guest AL
        mov     dx, 0xE9
        out     dx, al
        jmp     .skip
.rdmsr:                                         ; emulate: read the MSR the guest asked for
        mov     ecx, [rsp + SAVED_RCX]
        rdmsr
        mov     [rsp + SAVED_RAX], rax
        mov     [rsp + SAVED_RDX], rdx
        jmp     .skip
.vmcall:
        PRINT   msg_vmcall
        vmxoff
        PRINT   msg_bye
        jmp     shutdown
.skip:                                          ; advance the guest RIP past the exiting instruction
        mov     ebx, VM_EXIT_INSTRUCTION_LEN
        vmread  rax, rbx
        add     rax, [exit_rip]
        mov     ebx, GUEST_RIP
        vmwrite rbx, rax
        pop     rsi
        pop     rdx
        pop     rcx
        pop     rbx
        pop     rax
        vmresume
        jmp     vmx_fail

; ------------------------------------------------------------------------------------------------
; VMWRITE helper: VMWRITE_FIELD field, value-expression (uses rax, rbx)
%macro VMWRITE_FIELD 2
        mov     ebx, %1
        mov     rax, %2
        vmwrite rbx, rax
        jbe     vmx_fail
%endmacro

; ADJUST_CONTROLS field, msr, wanted: sets the must-be-1 bits and clears the may-not-be-1 bits
; (SDM Vol 3D App. A.3: low dword = allowed 0-settings, high dword = allowed 1-settings).
%macro ADJUST_CONTROLS 3
        mov     ecx, %2
        sub     ecx, [rel ctl_msr_delta]        ; the non-TRUE MSR when IA32_VMX_BASIC[55] = 0
        rdmsr
        mov     ebx, %3
        or      ebx, eax
        and     ebx, edx
        mov     eax, ebx
        mov     ebx, %1
        vmwrite rbx, rax
        jbe     vmx_fail
%endmacro

; GUEST_DATA_SEGMENT SS|DS|ES|FS|GS: flat 4-GiB data segment in the guest-state area
%macro GUEST_DATA_SEGMENT 1
        VMWRITE_FIELD GUEST_%1_BASE, 0
        VMWRITE_FIELD GUEST_%1_LIMIT, 0xFFFFFFFF
        VMWRITE_FIELD GUEST_%1_AR_BYTES, 0xC093        ; present, DPL 0, data read/write accessed, D/B=1, G=1
%endmacro

setup_vmcs:
        ; --- VM-execution, exit and entry controls, adjusted to the capability MSRs
        ADJUST_CONTROLS PIN_BASED_VM_EXEC_CONTROL, MSR_IA32_VMX_TRUE_PINBASED_CTLS, 0
        ADJUST_CONTROLS CPU_BASED_VM_EXEC_CONTROL, MSR_IA32_VMX_TRUE_PROCBASED_CTLS, CPU_HLT_EXITING | CPU_UNCONDITIONAL_IO_EXITING
        ADJUST_CONTROLS VM_EXIT_CONTROLS, MSR_IA32_VMX_TRUE_EXIT_CTLS, EXIT_HOST_ADDRESS_SPACE_SIZE
        ADJUST_CONTROLS VM_ENTRY_CONTROLS, MSR_IA32_VMX_TRUE_ENTRY_CTLS, ENTRY_IA32E_MODE_GUEST
        VMWRITE_FIELD EXCEPTION_BITMAP, 0
        VMWRITE_FIELD VMCS_LINK_POINTER, -1

        ; --- host state: the current processor state
        mov     rax, cr0
        VMWRITE_FIELD HOST_CR0, rax
        mov     rax, cr3
        VMWRITE_FIELD HOST_CR3, rax
        mov     rax, cr4
        VMWRITE_FIELD HOST_CR4, rax
        mov     ax, cs
        VMWRITE_FIELD HOST_CS_SELECTOR, rax
        mov     ax, ss
        VMWRITE_FIELD HOST_SS_SELECTOR, rax
        mov     ax, ds
        VMWRITE_FIELD HOST_DS_SELECTOR, rax
        VMWRITE_FIELD HOST_ES_SELECTOR, rax
        VMWRITE_FIELD HOST_FS_SELECTOR, rax
        VMWRITE_FIELD HOST_GS_SELECTOR, rax
        str     ax
        movzx   eax, ax
        mov     [tr_sel], eax
        VMWRITE_FIELD HOST_TR_SELECTOR, rax
        sgdt    [rel gdtr]
        sidt    [rel idtr]
        VMWRITE_FIELD HOST_GDTR_BASE, [rel gdtr + 2]
        VMWRITE_FIELD HOST_IDTR_BASE, [rel idtr + 2]
        call    tss_base                        ; rax = base of the TSS named by TR
        mov     [tr_base], rax
        VMWRITE_FIELD HOST_TR_BASE, rax
        VMWRITE_FIELD HOST_FS_BASE, 0
        VMWRITE_FIELD HOST_GS_BASE, 0
        VMWRITE_FIELD HOST_RSP, HOST_STACK_TOP
        lea     rax, [rel vmexit_handler]
        VMWRITE_FIELD HOST_RIP, rax

        ; --- guest state: a 64-bit guest sharing the host's paging structures and GDT
        mov     rax, cr0
        VMWRITE_FIELD GUEST_CR0, rax
        mov     rax, cr3
        VMWRITE_FIELD GUEST_CR3, rax
        mov     rax, cr4
        VMWRITE_FIELD GUEST_CR4, rax
        VMWRITE_FIELD GUEST_DR7, 0x400
        mov     ax, cs
        VMWRITE_FIELD GUEST_CS_SELECTOR, rax
        VMWRITE_FIELD GUEST_CS_BASE, 0
        VMWRITE_FIELD GUEST_CS_LIMIT, 0xFFFFFFFF
        VMWRITE_FIELD GUEST_CS_AR_BYTES, 0xA09B   ; present, DPL 0, code exec/read accessed, L=1, G=1
        mov     ax, ds
        VMWRITE_FIELD GUEST_SS_SELECTOR, rax
        VMWRITE_FIELD GUEST_DS_SELECTOR, rax
        VMWRITE_FIELD GUEST_ES_SELECTOR, rax
        VMWRITE_FIELD GUEST_FS_SELECTOR, rax
        VMWRITE_FIELD GUEST_GS_SELECTOR, rax
        GUEST_DATA_SEGMENT SS
        GUEST_DATA_SEGMENT DS
        GUEST_DATA_SEGMENT ES
        GUEST_DATA_SEGMENT FS
        GUEST_DATA_SEGMENT GS
        VMWRITE_FIELD GUEST_LDTR_SELECTOR, 0
        VMWRITE_FIELD GUEST_LDTR_AR_BYTES, 0x10000    ; unusable
        mov     eax, [tr_sel]
        VMWRITE_FIELD GUEST_TR_SELECTOR, rax
        VMWRITE_FIELD GUEST_TR_BASE, [tr_base]
        VMWRITE_FIELD GUEST_TR_LIMIT, 0x67
        VMWRITE_FIELD GUEST_TR_AR_BYTES, 0x8B         ; present, 64-bit TSS (busy)
        movzx   eax, word [rel gdtr]
        VMWRITE_FIELD GUEST_GDTR_LIMIT, rax
        VMWRITE_FIELD GUEST_GDTR_BASE, [rel gdtr + 2]
        movzx   eax, word [rel idtr]
        VMWRITE_FIELD GUEST_IDTR_LIMIT, rax
        VMWRITE_FIELD GUEST_IDTR_BASE, [rel idtr + 2]
        VMWRITE_FIELD GUEST_RSP, GUEST_STACK_TOP
        lea     rax, [rel guest_entry]
        VMWRITE_FIELD GUEST_RIP, rax
        VMWRITE_FIELD GUEST_RFLAGS, 0x2
        VMWRITE_FIELD GUEST_ACTIVITY_STATE, 0
        VMWRITE_FIELD GUEST_INTERRUPTIBILITY_INFO, 0
        VMWRITE_FIELD GUEST_IA32_DEBUGCTL, 0
        ret

; tss_base: rax = base address of the TSS descriptor selected by [tr_sel] in the GDT (16-byte descriptor)
tss_base:
        push    rbx
        push    rcx
        mov     rbx, [rel gdtr + 2]
        mov     ecx, [tr_sel]
        and     ecx, ~7
        add     rbx, rcx
        movzx   eax, word [rbx + 2]             ; base 15:0
        movzx   ecx, byte [rbx + 4]             ; base 23:16
        shl     ecx, 16
        or      eax, ecx
        movzx   ecx, byte [rbx + 7]             ; base 31:24
        shl     ecx, 24
        or      eax, ecx
        mov     ecx, [rbx + 8]                  ; base 63:32
        shl     rcx, 32
        or      rax, rcx
        pop     rcx
        pop     rbx
        ret

; ------------------------------------------------------------------------------------------------
no_vmx:
        PRINT   msg_no_vmx
        jmp     shutdown
vmx_disabled:
        PRINT   msg_disabled
        jmp     shutdown
vmx_fail:                                       ; CF=1: VMfailInvalid; ZF=1: VMfailValid (error in the VMCS)
        jc      .invalid
        PRINT   msg_fail_valid
        mov     ebx, VM_INSTRUCTION_ERROR
        vmread  rax, rbx
        PRINTHEX rax
        PRINT   msg_nl
        jmp     shutdown
.invalid:
        PRINT   msg_fail_invalid
        jmp     shutdown

align 8
ctl_msr_delta:  dd 0
vmxon_ptr:  dq VMXON_REGION
vmcs_ptr:   dq VMCS_REGION
gdtr:       dw 0
            dq 0
idtr:       dw 0
            dq 0
tr_sel:     dd 0
tr_base:    dq 0
exit_reason: dd 0
exit_rip:   dq 0

msg_hello:      db "[hv] checking VMX support", 10, 0
msg_vmxon:      db "[hv] VMXON ok", 10, 0
msg_launch:     db "[hv] VMCS ready, VMLAUNCH", 10, 0
msg_exit:       db "[hv] VM exit, reason ", 0
msg_at:         db " at guest rip ", 0
msg_nl:         db 10, 0
msg_vmcall:     db "[hv] guest VMCALL: leaving VMX operation", 10, 0
msg_bye:        db "[hv] VMXOFF done", 10, 0
msg_unexpected: db "[hv] unexpected exit reason", 10, 0
msg_no_vmx:     db "[hv] CPUID.1:ECX.VMX = 0: no VMX", 10, 0
msg_disabled:   db "[hv] VMX disabled in IA32_FEATURE_CONTROL", 10, 0
msg_fail_valid: db "[hv] VMX instruction failed: VMfailValid, error ", 0
msg_fail_invalid: db "[hv] VMX instruction failed: VMfailInvalid", 10, 0
