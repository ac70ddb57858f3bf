; 01-vmxon: entering and leaving VMX operation, with every prerequisite checked first.
;
; Before VMXON a hypervisor must check (SDM Vol 3C 24.6 "Discovering Support for VMX", 24.7 "Enabling and
; Entering VMX Operation", 24.8 "Restrictions on VMX Operation", 24.11.5 "VMXON Region"):
;   1. CPUID.1:ECX.VMX[bit 5] = 1                      - the processor has VMX
;   2. IA32_FEATURE_CONTROL (MSR 0x3A): lock bit 0 = 1 and "enable VMX outside SMX" bit 2 = 1
;      (bit 1 inside SMX). With the lock bit clear, software may set the bits and lock the MSR itself;
;      locked with bit 2 clear means the firmware (BIOS) disabled VMX: VMXON would raise #GP(0) and only a
;      reset can change that.
;   3. CR0 and CR4 obey IA32_VMX_CR0_FIXED0/FIXED1 and IA32_VMX_CR4_FIXED0/FIXED1: a bit that is 1 in FIXED0
;      must be 1, a bit that is 0 in FIXED1 must be 0 (else VMXON raises #GP(0)); CR4.VMXE (bit 13) is one of them.
;   4. The VMXON region: IA32_VMX_BASIC[30:0] (VMCS revision identifier) in its first dword with bit 31 clear,
;      IA32_VMX_BASIC[44:32] bytes long, 4-KiB aligned within the physical-address width (else VMfailInvalid).
; Then VMXON, VMXOFF, and CR4.VMXE may be cleared again.
;
; Run:  vmxdbg run examples/01-vmxon/vmxon.asm
; The "disabled in firmware" path runs with the machine option featureControl {locked: true, vmxOutsideSmx: false}
; (test/vmx/examples/examples.test.ts runs both).
; vmxon-boot.asm is the boot-sector variant: the same code after a boot sector that enters long mode, run in Bochs too.
%ifndef BOOT_IMAGE                              ; the boot-sector variant sets its own origin and mode
bits 64
org 0x100000
%endif
%include "vmx.inc"
%include "../include/hvlib.inc"

VMXON_REGION    equ 0x200000          ; 4-KiB aligned (bits 11:0 = 0)

; MODELHEX reg: prints a value that differs between processor models (VMCS revision identifier, fixed-bit MSRs).
; The boot-sector variant, whose output must be the same in Bochs and in vmxdbg, prints "(model)" instead.
%macro MODELHEX 1
%ifdef BOOT_IMAGE
        PRINT   msg_model
%else
        PRINTHEX %1
%endif
%endmacro

_start:
        PRINT   msg_hello
        ; ---- 1. CPUID.1:ECX.VMX
        mov     eax, 1
        cpuid
        bt      ecx, 5
        jnc     no_vmx
        PRINT   msg_cpuid
        bt      ecx, 6                          ; CPUID.1:ECX.SMX: could we be in SMX operation?
        setc    al
        movzx   eax, al
        PRINT   msg_smx
        PRINTHEX rax
        mov     rax, cr4
        bt      eax, 14                         ; CR4.SMXE = 0: not in SMX operation, bit 2 is the one that counts
        setc    al
        movzx   eax, al
        PRINT   msg_smxe
        PRINTHEX rax
        PRINT   msg_nl

        ; ---- 2. IA32_FEATURE_CONTROL
        mov     ecx, MSR_IA32_FEATURE_CONTROL
        rdmsr
        PRINT   msg_fc
        PRINTHEX rax
        PRINT   msg_nl
        test    eax, FEATURE_CONTROL_LOCK
        jnz     .locked
        ; Unlocked (no firmware set it up): enable VMX outside SMX and lock it, as firmware would.
        or      eax, FEATURE_CONTROL_LOCK | FEATURE_CONTROL_VMX_OUTSIDE_SMX
        wrmsr
        PRINT   msg_fc_locked_now
        jmp     .fc_ok
.locked:
        test    eax, FEATURE_CONTROL_VMX_OUTSIDE_SMX
        jz      vmx_disabled
        PRINT   msg_fc_ok
.fc_ok:

        ; ---- 3. CR0 and CR4 against the fixed-bit MSRs (CR4.VMXE is set first: FIXED0 requires it)
        mov     rax, cr4
        or      eax, CR4_VMXE
        mov     cr4, rax
        PRINT   msg_vmxe
        mov     rax, cr0
        mov     ecx, MSR_IA32_VMX_CR0_FIXED0
        mov     ebx, MSR_IA32_VMX_CR0_FIXED1
        lea     rsi, [rel msg_cr0]
        call    check_fixed
        jc      fixed_fail
        mov     rax, cr4
        mov     ecx, MSR_IA32_VMX_CR4_FIXED0
        mov     ebx, MSR_IA32_VMX_CR4_FIXED1
        lea     rsi, [rel msg_cr4]
        call    check_fixed
        jc      fixed_fail

        ; ---- 4. the VMXON region from IA32_VMX_BASIC
        mov     ecx, MSR_IA32_VMX_BASIC
        rdmsr
        mov     ebx, eax
        and     ebx, VMX_BASIC_REVISION_ID_MASK ; revision identifier, bit 31 clear
        PRINT   msg_rev
        MODELHEX rbx
        mov     ecx, edx
        and     ecx, VMX_BASIC_VMCS_SIZE_MASK >> 32
        PRINT   msg_size
        PRINTHEX rcx
        mov     ecx, edx
        shr     ecx, VMX_BASIC_MEMORY_TYPE_SHIFT - 32
        and     ecx, 0xf
        PRINT   msg_memtype
        PRINTHEX rcx
        PRINT   msg_nl
        mov     [VMXON_REGION], ebx
        mov     rax, [rel vmxon_ptr]
        test    eax, 0xfff
        jnz     misaligned
        PRINT   msg_region
        PRINTHEX rax
        PRINT   msg_aligned

        ; ---- VMXON: VMsucceed clears CF and ZF; CF = 1 is VMfailInvalid
        vmxon   [rel vmxon_ptr]
        jc      vmxon_failed
        PRINT   msg_vmxon
        ; A second VMXON in VMX root operation: VMfailInvalid here (no current VMCS; with one, VMfailValid 15).
        vmxon   [rel vmxon_ptr]
        jnc     .no_fail
        PRINT   msg_again
.no_fail:
        vmxoff
        jbe     vmxoff_failed
        PRINT   msg_vmxoff
        mov     rax, cr4                        ; outside VMX operation CR4.VMXE may be cleared again
        and     eax, ~CR4_VMXE
        mov     cr4, rax
        PRINT   msg_done
        jmp     shutdown

; check_fixed: rax = CR value, ecx = FIXED0 MSR, ebx = FIXED1 MSR, rsi = name. Prints the check; CF=1 if violated.
check_fixed:
        push    rax
        push    rdx
        push    rdi
        push    r8
        push    r9
        mov     r8, rax
        rdmsr
        mov     r9d, eax                        ; FIXED0: bits that must be 1
        mov     ecx, ebx
        rdmsr
        mov     edi, eax                        ; FIXED1: bits that may be 1
        call    print_str
        PRINTHEX r8
        PRINT   msg_fixed0
        MODELHEX r9
        PRINT   msg_fixed1
        MODELHEX rdi
        mov     eax, r9d
        not     eax
        or      eax, r8d                        ; a must-be-1 bit is 0 -> some bit of (CR | ~FIXED0) is 0
        not     eax                             ; (NOT leaves the flags alone)
        test    eax, eax
        jnz     .bad
        not     edi
        test    r8d, edi                        ; a must-be-0 bit is 1
        jnz     .bad
        PRINT   msg_ok
        clc
        jmp     .out
.bad:   PRINT   msg_bad
        stc
.out:   pop     r9
        pop     r8
        pop     rdi
        pop     rdx
        pop     rax
        ret

no_vmx:
        PRINT   msg_no_vmx
        jmp     shutdown
vmx_disabled:
        PRINT   msg_disabled
        jmp     shutdown
fixed_fail:
        PRINT   msg_fixed_fail
        jmp     shutdown
misaligned:
        PRINT   msg_misaligned
        jmp     shutdown
vmxon_failed:
        PRINT   msg_vmxon_fail
        jmp     shutdown
vmxoff_failed:
        PRINT   msg_vmxoff_fail
        jmp     shutdown

align 8
vmxon_ptr:      dq VMXON_REGION

msg_hello:      db "[vmxon] checking the VMX prerequisites", 10, 0
msg_cpuid:      db "[vmxon] CPUID.1:ECX.VMX = 1: the processor supports VMX", 10, 0
msg_smx:        db "[vmxon] CPUID.1:ECX.SMX = ", 0
msg_smxe:       db ", CR4.SMXE = ", 0
msg_fc:         db "[vmxon] IA32_FEATURE_CONTROL = ", 0
msg_fc_ok:      db "[vmxon] IA32_FEATURE_CONTROL: locked, VMX outside SMX enabled", 10, 0
msg_fc_locked_now: db "[vmxon] IA32_FEATURE_CONTROL was unlocked: set VMX outside SMX and the lock bit", 10, 0
msg_vmxe:       db "[vmxon] CR4.VMXE set", 10, 0
msg_cr0:        db "[vmxon] CR0 = ", 0
msg_cr4:        db "[vmxon] CR4 = ", 0
msg_fixed0:     db ", FIXED0 = ", 0
msg_fixed1:     db ", FIXED1 = ", 0
msg_ok:         db ": ok", 10, 0
msg_bad:        db ": violates the fixed bits", 10, 0
msg_rev:        db "[vmxon] IA32_VMX_BASIC: revision ", 0
msg_size:       db ", region size ", 0
msg_memtype:    db ", memory type ", 0
msg_region:     db "[vmxon] VMXON region at ", 0
msg_aligned:    db ": revision written, 4-KiB aligned", 10, 0
msg_vmxon:      db "[vmxon] VMXON ok: VMX root operation", 10, 0
msg_again:      db "[vmxon] VMXON again in VMX root operation: VMfailInvalid (CF = 1)", 10, 0
msg_vmxoff:     db "[vmxon] VMXOFF ok: left VMX operation", 10, 0
msg_done:       db "[vmxon] CR4.VMXE cleared, done", 10, 0
msg_nl:         db 10, 0
msg_model:      db "(model)", 0
msg_no_vmx:     db "[vmxon] CPUID.1:ECX.VMX = 0: no VMX on this processor", 10, 0
msg_disabled:   db "[vmxon] IA32_FEATURE_CONTROL is locked with VMX outside SMX disabled: VMX is disabled in firmware (VMXON would #GP)", 10, 0
msg_fixed_fail: db "[vmxon] a control register violates the VMX fixed bits (VMXON would #GP)", 10, 0
msg_misaligned: db "[vmxon] the VMXON region is not 4-KiB aligned", 10, 0
msg_vmxon_fail: db "[vmxon] VMXON failed: VMfailInvalid", 10, 0
msg_vmxoff_fail: db "[vmxon] VMXOFF failed", 10, 0
