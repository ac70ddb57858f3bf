; Benchmark: VM exit + VMRESUME round trips on a guest CPUID loop (npm run bench).
; The guest executes CPUID ITERATIONS times; each exits, the handler advances GUEST_RIP and resumes.
; With USE_VPID defined the guest runs with "enable VPID" (VPID 1): its translations and the host's are
; tagged and survive the transitions; without it every VM entry and exit invalidates VPID 0000H's.
bits 64
org 0x100000

%include "vmx.inc"
%include "hvlib.inc"

%ifndef ITERATIONS
%define ITERATIONS 200000
%endif

VMXON_REGION    equ 0x200000
VMCS_REGION     equ 0x201000
GUEST_STACK_TOP equ 0x220000
HOST_STACK_TOP  equ 0x230000

_start:
        mov     rax, cr4
        or      eax, CR4_VMXE
        mov     cr4, rax
        mov     ecx, MSR_IA32_VMX_BASIC
        rdmsr
        mov     [VMXON_REGION], eax
        mov     [VMCS_REGION], eax
        vmxon   [rel vmxon_ptr]
        jbe     vmx_fail
        vmclear [rel vmcs_ptr]
        jbe     vmx_fail
        vmptrld [rel vmcs_ptr]
        jbe     vmx_fail
        call    setup_vmcs
        mov     rsp, HOST_STACK_TOP
        vmlaunch
        jmp     vmx_fail

guest_entry:
        mov     r12d, ITERATIONS
.loop:  xor     eax, eax
        cpuid
        dec     r12d
        jnz     .loop
        vmcall

vmexit_handler:
        mov     ebx, VM_EXIT_REASON
        vmread  rax, rbx
        cmp     ax, EXIT_REASON_VMCALL
        je      .done
        mov     ebx, GUEST_RIP
        vmread  rax, rbx
        mov     ebx, VM_EXIT_INSTRUCTION_LEN
        vmread  rcx, rbx
        add     rax, rcx
        mov     ebx, GUEST_RIP
        vmwrite rbx, rax
        vmresume
        jmp     vmx_fail
.done:  vmxoff
        PRINT   msg_done
        jmp     shutdown

vmx_fail:
        PRINT   msg_fail
        jmp     shutdown

no_vpid:
        PRINT   msg_no_vpid
        jmp     shutdown

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
        ; --- VM-execution, exit and entry controls (TRUE MSRs: IA32_VMX_BASIC bit 55 is 1 here)
        ADJUST_CONTROLS PIN_BASED_VM_EXEC_CONTROL, MSR_IA32_VMX_TRUE_PINBASED_CTLS, 0
%ifdef USE_VPID
        ADJUST_CONTROLS CPU_BASED_VM_EXEC_CONTROL, MSR_IA32_VMX_TRUE_PROCBASED_CTLS, CPU_ACTIVATE_SECONDARY_CONTROLS
        test    eax, CPU_ACTIVATE_SECONDARY_CONTROLS
        jz      no_vpid
        ADJUST_CONTROLS SECONDARY_VM_EXEC_CONTROL, MSR_IA32_VMX_PROCBASED_CTLS2, CPU2_ENABLE_VPID
        test    eax, CPU2_ENABLE_VPID
        jz      no_vpid
        VMWRITE_FIELD VIRTUAL_PROCESSOR_ID, 1
%else
        ADJUST_CONTROLS CPU_BASED_VM_EXEC_CONTROL, MSR_IA32_VMX_TRUE_PROCBASED_CTLS, 0
%endif
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

align 8
vmxon_ptr:  dq VMXON_REGION
vmcs_ptr:   dq VMCS_REGION
gdtr:       dw 0
            dq 0
idtr:       dw 0
            dq 0
tr_sel:     dd 0
tr_base:    dq 0
msg_done:   db "done", 10, 0
msg_fail:   db "VMX instruction failed", 10, 0
msg_no_vpid: db "the CPU profile does not allow enable VPID", 10, 0
