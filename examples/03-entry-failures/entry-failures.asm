; 03-entry-failures: what a hypervisor sees when VMLAUNCH/VMRESUME fail, one broken VMCS field at a time.
;
; The hypervisor builds a valid VMCS (controls adjusted to the capability MSRs, as in 02-first-guest) and
; launches its guest once to prove it. Then it breaks one thing at a time, tries VM entry, prints what the
; program can observe, restores the field and goes on (SDM Vol 3C ch. 27 "VM Entries", ch. 31 "VMLAUNCH/VMRESUME"):
;   - VMfailInvalid (CF = 1): no current VMCS                              (31.2)
;   - VMfailValid n (ZF = 1, VM_INSTRUCTION_ERROR = n): launch state wrong (4, 5), invalid control fields (7),
;     invalid host-state fields (8)                                        (27.1, 27.2)
;   - a VM-entry failure: the VM "exits" to HOST_RIP with bit 31 of the exit reason set, reason 33 (invalid guest
;     state) or 34 (MSR loading), and an exit qualification                (27.3, 27.4, 27.8)
; vmxdbg explains every failure on stderr: the SDM check, the fields involved, what they hold and what was required.
;
; Run:  vmxdbg run examples/03-entry-failures/entry-failures.asm
%ifndef BOOT_IMAGE                              ; the boot-sector variant sets its own origin and mode
bits 64
org 0x100000
%endif
%include "vmx.inc"
%include "../include/hvlib.inc"

VMXON_REGION    equ 0x200000
VMCS_REGION     equ 0x201000
MSR_LOAD_AREA   equ 0x202000             ; VM-entry MSR-load list (16-byte entries)
EMPTY_PAGE      equ 0x203000             ; a zeroed page: no VMCS revision identifier
GUEST_STACK_TOP equ 0x220000
HOST_STACK_TOP  equ 0x230000             ; the exit handler's stack (HOST_RSP)

; Entry 2 of the VM-entry MSR-load list: IA32_FS_BASE may not be loaded that way (the FS base comes from the
; guest-state area). -DBAD_MSR_LOAD=0x9e tries IA32_SMBASE instead (test/bochs documents how Bochs differs).
%ifndef BAD_MSR_LOAD
%define BAD_MSR_LOAD MSR_IA32_FS_BASE
%endif

; CASE_SET field, value, description: save the field, write the bad value, try VMLAUNCH, restore the field.
%macro CASE_SET 3
        PRINT   %3
        mov     ebx, %1
        vmread  rax, rbx
        mov     [rel saved_value], rax
        mov     rax, %2
        vmwrite rbx, rax
        jbe     vmx_fail
        call    try_launch
        mov     ebx, %1
        vmwrite rbx, [rel saved_value]
        jbe     vmx_fail
%endmacro
; CASE_OR / CASE_AND field, bits, description: the same with the field's value OR-ed / AND-ed.
%macro CASE_OR 3
        PRINT   %3
        mov     ebx, %1
        vmread  rax, rbx
        mov     [rel saved_value], rax
        mov     rcx, %2
        or      rax, rcx
        vmwrite rbx, rax
        call    try_launch
        mov     ebx, %1
        vmwrite rbx, [rel saved_value]
%endmacro
%macro CASE_AND 3
        PRINT   %3
        mov     ebx, %1
        vmread  rax, rbx
        mov     [rel saved_value], rax
        mov     rcx, %2
        and     rax, rcx
        vmwrite rbx, rax
        call    try_launch
        mov     ebx, %1
        vmwrite rbx, [rel saved_value]
%endmacro

_start:
        PRINT   msg_hello
        mov     rax, cr4
        or      eax, CR4_VMXE
        mov     cr4, rax
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
        vmclear [rel vmcs_ptr]
        jbe     vmx_fail
        vmptrld [rel vmcs_ptr]
        jbe     vmx_fail
        call    setup_vmcs

        PRINT   msg_valid
        call    try_launch                      ; the valid VMCS: the guest runs and VMCALLs

        ; ---- the VMCS itself (SDM 27.1 and the instruction's checks)
        PRINT   msg_twice
        call    try_launch                      ; VMfailValid 4: VMLAUNCH with a launched VMCS
        vmclear [rel vmcs_ptr]                  ; launch state "clear", and no current VMCS any more
        jbe     vmx_fail
        PRINT   msg_nocurrent
        call    try_launch                      ; VMfailInvalid
        vmptrld [rel vmcs_ptr]
        jbe     vmx_fail
        PRINT   msg_resume
        mov     byte [rel use_resume], 1
        call    try_launch                      ; VMfailValid 5: VMRESUME with a clear VMCS
        mov     byte [rel use_resume], 0

        ; ---- VM-execution, exit and entry control fields (27.2.1): VMfailValid 7
        CASE_OR  PIN_BASED_VM_EXEC_CONTROL, 0x80000000, msg_pin
        CASE_SET CR3_TARGET_COUNT, 5, msg_cr3count
        CASE_SET VM_ENTRY_INTR_INFO_FIELD, 0x80000203, msg_nmivector   ; valid, type 2 (NMI), vector 3
        ; ---- host-state area (27.2.2-27.2.4): VMfailValid 8
        CASE_AND VM_EXIT_CONTROLS, ~EXIT_HOST_ADDRESS_SPACE_SIZE, msg_host64
        CASE_AND HOST_CR0, ~CR0_PE, msg_hostcr0
        CASE_SET HOST_RIP, 0x0000800000000000, msg_hostrip
        CASE_SET HOST_SS_SELECTOR, 0x13, msg_hostss
        CASE_SET HOST_TR_SELECTOR, 0, msg_hosttr
        ; ---- guest-state area (27.3.1): VM-entry failure, exit reason 33
        CASE_AND GUEST_CR0, ~CR0_PE, msg_cr0pe
        CASE_OR  GUEST_CS_AR_BYTES, AR_DB, msg_csld
        CASE_SET GUEST_SS_SELECTOR, 0x13, msg_ssrpl
        CASE_AND GUEST_DS_AR_BYTES, ~AR_P, msg_dsp
        CASE_SET GUEST_TR_AR_BYTES, 0x83, msg_trtype
        CASE_AND GUEST_RFLAGS, ~RFLAGS_FIXED1, msg_rflags
        CASE_SET GUEST_INTERRUPTIBILITY_INFO, 1, msg_sti
        CASE_SET GUEST_ACTIVITY_STATE, 5, msg_activity
        CASE_SET VMCS_LINK_POINTER, EMPTY_PAGE, msg_link
        ; ---- VM-entry MSR-load list (27.4): VM-entry failure, exit reason 34, qualification = entry number
        mov     dword [MSR_LOAD_AREA], MSR_IA32_SYSENTER_CS     ; entry 1: fine
        mov     dword [MSR_LOAD_AREA + 16], BAD_MSR_LOAD        ; entry 2: an MSR the list may not load
        mov     ebx, VM_ENTRY_MSR_LOAD_ADDR
        mov     eax, MSR_LOAD_AREA
        vmwrite rbx, rax
        PRINT   msg_msrload
        PRINTHEX BAD_MSR_LOAD
        CASE_SET VM_ENTRY_MSR_LOAD_COUNT, 2, msg_msrload2

        PRINT   msg_restored
        call    try_launch                      ; every field restored: the guest runs again
        vmxoff
        PRINT   msg_bye
        jmp     shutdown

; try_launch: VMLAUNCH (VMRESUME if [use_resume]), then prints the outcome.
; A VMfail continues right after the instruction; a VM exit (guest VMCALL or VM-entry failure) comes back
; through exit_handler, which returns to our caller with the stack saved here.
try_launch:
        mov     [rel launch_rsp], rsp
        cmp     byte [rel use_resume], 0
        jne     .resume
        vmlaunch
        jmp     .failed
.resume:
        vmresume
.failed:
        jc      .invalid                        ; CF = 1: VMfailInvalid
        PRINT   msg_failvalid                   ; ZF = 1: VMfailValid, the error number is in the current VMCS
        mov     ebx, VM_INSTRUCTION_ERROR
        vmread  rax, rbx
        PRINTHEX rax
        PRINT   msg_nl
        ret
.invalid:
        PRINT   msg_failinvalid
        ret

; VM exits (HOST_RIP): a guest VMCALL, or a VM-entry failure (exit reason bit 31).
exit_handler:
        mov     ebx, VM_EXIT_REASON
        vmread  rsi, rbx
        test    esi, esi
        jns     .guest_exit
        PRINT   msg_entryfail
        movzx   eax, si
        PRINTHEX rax
        PRINT   msg_qual
        mov     ebx, EXIT_QUALIFICATION
        vmread  rax, rbx
        PRINTHEX rax
        PRINT   msg_nl
        jmp     .back
.guest_exit:
        PRINT   msg_entered
        movzx   eax, si
        PRINTHEX rax
        PRINT   msg_nl
        mov     ebx, GUEST_RIP                  ; the next entry starts the guest from the beginning again
        lea     rax, [rel guest_entry]
        vmwrite rbx, rax
.back:
        mov     rsp, [rel launch_rsp]
        ret

guest_entry:
        mov     dx, 0xE9
        lea     rsi, [rel msg_guest]
.next:  lodsb
        test    al, al
        jz      .done
        out     dx, al
        jmp     .next
.done:  vmcall
        jmp     $

; ------------------------------------------------------------------------------------------------
%macro VMWRITE_FIELD 2
        mov     ebx, %1
        mov     rax, %2
        vmwrite rbx, rax
        jbe     vmx_fail
%endmacro
; ADJUST_CONTROLS field, msr, wanted (SDM App. A.3: low dword allowed 0-settings, high dword allowed 1-settings)
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
%macro GUEST_DATA_SEGMENT 1
        VMWRITE_FIELD GUEST_%1_SELECTOR, 0x10
        VMWRITE_FIELD GUEST_%1_BASE, 0
        VMWRITE_FIELD GUEST_%1_LIMIT, 0xFFFFFFFF
        VMWRITE_FIELD GUEST_%1_AR_BYTES, 0xC093
%endmacro

; A valid VMCS for a 64-bit guest that shares the host's paging structures, GDT and TSS.
setup_vmcs:
        ADJUST_CONTROLS PIN_BASED_VM_EXEC_CONTROL, MSR_IA32_VMX_TRUE_PINBASED_CTLS, 0
        ADJUST_CONTROLS CPU_BASED_VM_EXEC_CONTROL, MSR_IA32_VMX_TRUE_PROCBASED_CTLS, 0
        ADJUST_CONTROLS VM_EXIT_CONTROLS, MSR_IA32_VMX_TRUE_EXIT_CTLS, EXIT_HOST_ADDRESS_SPACE_SIZE
        ADJUST_CONTROLS VM_ENTRY_CONTROLS, MSR_IA32_VMX_TRUE_ENTRY_CTLS, ENTRY_IA32E_MODE_GUEST
        VMWRITE_FIELD EXCEPTION_BITMAP, 0
        VMWRITE_FIELD VMCS_LINK_POINTER, -1
        mov     rax, cr0
        VMWRITE_FIELD HOST_CR0, rax
        VMWRITE_FIELD GUEST_CR0, rax
        mov     rax, cr3
        VMWRITE_FIELD HOST_CR3, rax
        VMWRITE_FIELD GUEST_CR3, rax
        mov     rax, cr4
        VMWRITE_FIELD HOST_CR4, rax
        VMWRITE_FIELD GUEST_CR4, rax
        VMWRITE_FIELD HOST_CS_SELECTOR, 0x08
        VMWRITE_FIELD HOST_SS_SELECTOR, 0x10
        VMWRITE_FIELD HOST_DS_SELECTOR, 0x10
        VMWRITE_FIELD HOST_ES_SELECTOR, 0x10
        VMWRITE_FIELD HOST_FS_SELECTOR, 0x10
        VMWRITE_FIELD HOST_GS_SELECTOR, 0x10
        str     ax
        movzx   eax, ax
        mov     [rel tr_sel], eax
        VMWRITE_FIELD HOST_TR_SELECTOR, rax
        VMWRITE_FIELD GUEST_TR_SELECTOR, rax
        sgdt    [rel gdtr]
        sidt    [rel idtr]
        VMWRITE_FIELD HOST_GDTR_BASE, [rel gdtr + 2]
        VMWRITE_FIELD GUEST_GDTR_BASE, [rel gdtr + 2]
        movzx   eax, word [rel gdtr]
        VMWRITE_FIELD GUEST_GDTR_LIMIT, rax
        VMWRITE_FIELD HOST_IDTR_BASE, [rel idtr + 2]
        VMWRITE_FIELD GUEST_IDTR_BASE, [rel idtr + 2]
        movzx   eax, word [rel idtr]
        VMWRITE_FIELD GUEST_IDTR_LIMIT, rax
        call    tss_base
        VMWRITE_FIELD HOST_TR_BASE, rax
        VMWRITE_FIELD GUEST_TR_BASE, rax
        VMWRITE_FIELD GUEST_TR_LIMIT, 0x67
        VMWRITE_FIELD GUEST_TR_AR_BYTES, 0x8B          ; present, busy 64-bit TSS
        VMWRITE_FIELD HOST_FS_BASE, 0
        VMWRITE_FIELD HOST_GS_BASE, 0
        VMWRITE_FIELD HOST_RSP, HOST_STACK_TOP
        lea     rax, [rel exit_handler]
        VMWRITE_FIELD HOST_RIP, rax
        VMWRITE_FIELD GUEST_DR7, 0x400
        VMWRITE_FIELD GUEST_CS_SELECTOR, 0x08
        VMWRITE_FIELD GUEST_CS_BASE, 0
        VMWRITE_FIELD GUEST_CS_LIMIT, 0xFFFFFFFF
        VMWRITE_FIELD GUEST_CS_AR_BYTES, 0xA09B         ; present, DPL 0, execute/read accessed, L=1, D=0, G=1
        GUEST_DATA_SEGMENT SS
        GUEST_DATA_SEGMENT DS
        GUEST_DATA_SEGMENT ES
        GUEST_DATA_SEGMENT FS
        GUEST_DATA_SEGMENT GS
        VMWRITE_FIELD GUEST_LDTR_SELECTOR, 0
        VMWRITE_FIELD GUEST_LDTR_AR_BYTES, 0x10000      ; unusable
        VMWRITE_FIELD GUEST_RSP, GUEST_STACK_TOP
        lea     rax, [rel guest_entry]
        VMWRITE_FIELD GUEST_RIP, rax
        VMWRITE_FIELD GUEST_RFLAGS, 0x2
        VMWRITE_FIELD GUEST_ACTIVITY_STATE, 0
        VMWRITE_FIELD GUEST_INTERRUPTIBILITY_INFO, 0
        VMWRITE_FIELD GUEST_IA32_DEBUGCTL, 0
        ret

; tss_base: rax = base of the 16-byte TSS descriptor selected by [tr_sel]
tss_base:
        mov     rbx, [rel gdtr + 2]
        mov     ecx, [rel tr_sel]
        and     ecx, ~7
        add     rbx, rcx
        movzx   eax, word [rbx + 2]
        movzx   ecx, byte [rbx + 4]
        shl     ecx, 16
        or      eax, ecx
        movzx   ecx, byte [rbx + 7]
        shl     ecx, 24
        or      eax, ecx
        mov     ecx, [rbx + 8]
        shl     rcx, 32
        or      rax, rcx
        ret

vmx_fail:
        PRINT   msg_unexpected
        jmp     shutdown

align 8
ctl_msr_delta:  dd 0
vmxon_ptr:      dq VMXON_REGION
vmcs_ptr:       dq VMCS_REGION
gdtr:           dw 0
                dq 0
idtr:           dw 0
                dq 0
tr_sel:         dd 0
saved_value:    dq 0
launch_rsp:     dq 0
use_resume:     db 0

msg_hello:      db "[hv] VM-entry failures: one broken field at a time", 10, 0
msg_valid:      db "[hv] valid VMCS, VMLAUNCH: ", 0
msg_guest:      db "[guest] running; ", 0
msg_entered:    db "VM entry ok, guest exit reason ", 0
msg_twice:      db "[hv] VMLAUNCH again (the VMCS is launched): ", 0
msg_nocurrent:  db "[hv] VMCLEAR, then VMLAUNCH without a current VMCS: ", 0
msg_resume:     db "[hv] VMPTRLD, then VMRESUME before VMLAUNCH: ", 0
msg_pin:        db "[hv] pin-based controls with reserved bit 31 set: ", 0
msg_cr3count:   db "[hv] CR3-target count 5 (the CPU supports 4): ", 0
msg_nmivector:  db "[hv] event injection: an NMI with vector 3: ", 0
msg_host64:     db "[hv] exit control 'host address-space size' = 0 in a 64-bit host: ", 0
msg_hostcr0:    db "[hv] HOST_CR0 without PE: ", 0
msg_hostrip:    db "[hv] HOST_RIP 0x0000800000000000 (not canonical): ", 0
msg_hostss:     db "[hv] HOST_SS_SELECTOR = 0x13 (RPL 3): ", 0
msg_hosttr:     db "[hv] HOST_TR_SELECTOR = 0: ", 0
msg_cr0pe:      db "[hv] GUEST_CR0 without PE (no unrestricted guest): ", 0
msg_csld:       db "[hv] GUEST_CS_AR_BYTES with L = 1 and D = 1: ", 0
msg_ssrpl:      db "[hv] GUEST_SS_SELECTOR = 0x13 (RPL 3, CS.RPL 0): ", 0
msg_dsp:        db "[hv] GUEST_DS_AR_BYTES usable but not present: ", 0
msg_trtype:     db "[hv] GUEST_TR_AR_BYTES type 3 (16-bit busy TSS) in IA-32e mode: ", 0
msg_rflags:     db "[hv] GUEST_RFLAGS with bit 1 clear: ", 0
msg_sti:        db "[hv] blocking by STI with RFLAGS.IF = 0: ", 0
msg_activity:   db "[hv] GUEST_ACTIVITY_STATE = 5 (undefined): ", 0
msg_link:       db "[hv] VMCS link pointer = a page without a VMCS (not FFFFFFFF_FFFFFFFF): ", 0
msg_msrload:    db "[hv] VM-entry MSR-load list: entry 2 loads MSR ", 0
msg_msrload2:   db ": ", 0
msg_restored:   db "[hv] every field restored, VMLAUNCH: ", 0
msg_failvalid:  db "VMfailValid, VM-instruction error ", 0
msg_failinvalid: db "VMfailInvalid", 10, 0
msg_entryfail:  db "VM-entry failure, exit reason ", 0
msg_qual:       db ", qualification ", 0
msg_nl:         db 10, 0
msg_bye:        db "[hv] VMXOFF, done", 10, 0
msg_unexpected: db "[hv] unexpected VMX instruction failure", 10, 0
