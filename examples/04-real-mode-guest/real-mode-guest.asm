; 04-real-mode-guest: an unrestricted guest that starts in real-address mode (SDM Vol 3C 26.6 "Unrestricted
; Guests", 27.3.1 "Checks on the Guest State Area" with "unrestricted guest" = 1).
;
; With the secondary control "unrestricted guest" a VM entry may load CR0.PE = 0 and CR0.PG = 0: the guest
; runs in real-address mode, exactly as a PC after reset. The control requires "enable EPT" (SDM 27.2.1.1):
; the guest's physical memory is 2 MiB of guest-physical space mapped by one 2-MiB EPT page onto host-physical
; 0x400000, so the guest's interrupt vector table at guest-physical 0 is not the host's low memory.
;
; The guest (16-bit code below) installs its own IVT entries and then does real-mode things:
;   - INT 21h through its own IVT (a software interrupt: never a VM exit) to print on port 0xE9, which the
;     I/O bitmaps let through;
;   - CPUID (exit 10: unconditional), whose vendor string the handler fills in;
;   - OUT 80h (a POST code) and IN 92h (system control port A: A20) - exits 30 through the I/O bitmaps;
;   - INT3: the exception bitmap makes #BP exit (reason 0); the handler re-injects it (software exception,
;     with the instruction length) and the guest's own IVT handler runs;
;   - STI; HLT: exit 12; the handler injects an external interrupt (vector 8, "IRQ 0") that wakes the guest;
;   - VMCALL: exit 18 (VMCALL exits in any guest mode, real-address mode included), and the hypervisor ends.
; The handler prints every exit with the guest's CS:IP.
;
; Run:  vmxdbg run examples/04-real-mode-guest/real-mode-guest.asm --trace-exits
%ifndef BOOT_IMAGE                              ; the boot-sector variant sets its own origin and mode
bits 64
org 0x100000
%endif
%include "vmx.inc"
%include "../include/hvlib.inc"

VMXON_REGION    equ 0x200000
VMCS_REGION     equ 0x201000
IO_BITMAP_A_PG  equ 0x202000             ; ports 0000-7FFF, one bit each: 1 = exit
IO_BITMAP_B_PG  equ 0x203000             ; ports 8000-FFFF
EPT_PML4        equ 0x210000
EPT_PDPT        equ 0x211000
EPT_PD          equ 0x212000
HOST_STACK_TOP  equ 0x230000
GUEST_RAM       equ 0x400000             ; host-physical backing of guest-physical 0..2 MiB (2-MiB aligned)
GUEST_SEG       equ 0x07c0               ; the guest's code and data segment: CS = DS = 07C0h, IP 0 = guest_start
GUEST_SP        equ 0x7000               ; the guest's stack: SS:SP = 0000:7000
; offset of a guest label within the guest segment (the guest code is copied to guest-physical 07C0h:0000)
%define G(x) ((x) - guest_start)

_start:
        PRINT   msg_hello
        mov     rax, cr4
        or      eax, CR4_VMXE
        mov     cr4, rax
        ; --- does this processor allow the unrestricted guest (and EPT, which it needs)? (SDM App. A.3.3)
        mov     ecx, MSR_IA32_VMX_PROCBASED_CTLS
        rdmsr
        test    edx, CPU_ACTIVATE_SECONDARY_CONTROLS
        jz      no_unrestricted
        mov     ecx, MSR_IA32_VMX_PROCBASED_CTLS2
        rdmsr
        and     edx, CPU2_ENABLE_EPT | CPU2_UNRESTRICTED_GUEST
        cmp     edx, CPU2_ENABLE_EPT | CPU2_UNRESTRICTED_GUEST
        jne     no_unrestricted
        mov     ecx, MSR_IA32_VMX_EPT_VPID_CAP
        rdmsr
        test    eax, VMX_EPT_VPID_CAP_PAGE_WALK4
        jz      no_unrestricted
        test    eax, VMX_EPT_VPID_CAP_PDE2_MB_PAGES
        jz      no_unrestricted
        test    eax, VMX_EPT_VPID_CAP_MEMORY_TYPE_WB
        jz      no_unrestricted
        ; --- IA32_VMX_BASIC: revision identifier; bit 55 says whether the TRUE control MSRs exist
        mov     ecx, MSR_IA32_VMX_BASIC
        rdmsr
        mov     [VMXON_REGION], eax
        mov     [VMCS_REGION], eax
        bt      edx, 55 - 32
        jc      .true_ctls
        mov     dword [rel ctl_msr_delta], MSR_IA32_VMX_TRUE_PINBASED_CTLS - MSR_IA32_VMX_PINBASED_CTLS
.true_ctls:
        call    build_guest
        vmxon   [rel vmxon_ptr]
        jbe     vmx_fail
        vmclear [rel vmcs_ptr]
        jbe     vmx_fail
        vmptrld [rel vmcs_ptr]
        jbe     vmx_fail
        call    setup_vmcs
        PRINT   msg_launch
        mov     rsp, HOST_STACK_TOP
        vmlaunch
        jmp     vmx_fail

; ------------------------------------------------------------------------------------------------
; The guest: real-address mode, CS = DS = 07C0h, SS = ES = 0. Copied to guest-physical 07C00h.
bits 16
guest_start:
        mov     ax, cs
        mov     ds, ax
        xor     ax, ax
        mov     es, ax
        mov     ss, ax
        mov     sp, GUEST_SP
        ; its own interrupt vector table at 0000:0000 (4 bytes per vector: offset, segment)
        mov     word [es:0x21 * 4], G(g_int21)
        mov     word [es:0x21 * 4 + 2], cs
        mov     word [es:3 * 4], G(g_int3)
        mov     word [es:3 * 4 + 2], cs
        mov     word [es:8 * 4], G(g_irq0)
        mov     word [es:8 * 4 + 2], cs
        mov     si, G(g_hello)
        int     0x21                            ; software interrupt through the guest's IVT: no VM exit
        mov     eax, cr0
        and     eax, 0x80000001
        mov     si, G(g_realmode)
        jz      .real
        mov     si, G(g_notreal)
.real:  int     0x21
        xor     eax, eax
        cpuid                                   ; exit 10
        mov     [G(g_vendor)], ebx
        mov     [G(g_vendor) + 4], edx
        mov     [G(g_vendor) + 8], ecx
        mov     si, G(g_cpuid)
        int     0x21
        mov     al, 0x42
        out     0x80, al                        ; exit 30: POST code port (bitmap A bit 80h)
        in      al, 0x92                        ; exit 30: system control port A (bitmap A bit 92h)
        mov     si, G(g_a20_on)
        test    al, 2
        jnz     .a20
        mov     si, G(g_a20_off)
.a20:   int     0x21
        int3                                    ; exit 0 (#BP in the exception bitmap), re-injected
        mov     si, G(g_after_bp)
        int     0x21
        sti
        hlt                                     ; exit 12; the hypervisor injects vector 8
        mov     si, G(g_after_hlt)
        int     0x21
        vmcall                                  ; exit 18: done
        jmp     $

; INT 21h: print the zero-terminated string at DS:SI on port 0xE9 (passed through: its bitmap bit is 0)
g_int21:
        push    ax
        push    dx
        push    si
        mov     dx, 0xe9
.next:  lodsb
        test    al, al
        jz      .done
        out     dx, al
        jmp     .next
.done:  pop     si
        pop     dx
        pop     ax
        iret
g_int3:
        push    si
        mov     si, G(g_bp)
        int     0x21
        pop     si
        iret
g_irq0:
        push    si
        mov     si, G(g_irq)
        int     0x21
        pop     si
        iret

g_hello:     db "[guest] real-address mode at 07C0:0000, printing through my own INT 21h", 10, 0
g_realmode:  db "[guest] CR0.PE = 0, CR0.PG = 0", 10, 0
g_notreal:   db "[guest] CR0.PE or CR0.PG is set?", 10, 0
g_cpuid:     db "[guest] CPUID vendor: "
g_vendor:    db "????????????", 10, 0
g_a20_on:    db "[guest] port 92h says A20 is enabled", 10, 0
g_a20_off:   db "[guest] port 92h says A20 is disabled", 10, 0
g_bp:        db "[guest] #BP handler (my IVT vector 3)", 10, 0
g_after_bp:  db "[guest] back after INT3", 10, 0
g_irq:       db "[guest] IRQ 0 handler (my IVT vector 8)", 10, 0
g_after_hlt: db "[guest] woke up after HLT", 10, 0
guest_end:
bits 64

; ------------------------------------------------------------------------------------------------
; VM-exit handler: prints the exit and the guest's CS:IP, then handles it.
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
        movzx   eax, ax
        mov     [rel exit_reason], eax
        PRINT   msg_exit
        PRINTHEX rax
        PRINT   msg_at
        mov     ebx, GUEST_CS_SELECTOR
        vmread  rax, rbx
        PRINTHEX rax
        PRINT   msg_colon
        mov     ebx, GUEST_RIP
        vmread  rax, rbx
        mov     [rel exit_rip], rax
        PRINTHEX rax
        mov     eax, [rel exit_reason]
        cmp     eax, EXIT_REASON_CPUID
        je      .cpuid
        cmp     eax, EXIT_REASON_IO_INSTRUCTION
        je      .io
        cmp     eax, EXIT_REASON_EXCEPTION_NMI
        je      .exception
        cmp     eax, EXIT_REASON_HLT
        je      .hlt
        cmp     eax, EXIT_REASON_VMCALL
        je      .vmcall
        PRINT   msg_unexpected
        jmp     shutdown
.cpuid:                                         ; run CPUID for the guest
        PRINT   msg_cpuid
        mov     eax, [rsp + SAVED_RAX]
        mov     ecx, [rsp + SAVED_RCX]
        cpuid
        mov     [rsp + SAVED_RAX], rax
        mov     [rsp + SAVED_RBX], rbx
        mov     [rsp + SAVED_RCX], rcx
        mov     [rsp + SAVED_RDX], rdx
        jmp     .skip
.io:                                            ; qualification: bits 31:16 port, bit 3 direction (1 = IN)
        mov     ebx, EXIT_QUALIFICATION
        vmread  rcx, rbx
        mov     rax, rcx
        shr     eax, 16
        test    ecx, 8
        jnz     .in
        PRINT   msg_out
        PRINTHEX rax
        PRINT   msg_value
        movzx   eax, byte [rsp + SAVED_RAX]
        PRINTHEX rax
        PRINT   msg_post
        jmp     .skip
.in:    PRINT   msg_in
        PRINTHEX rax
        PRINT   msg_a20
        mov     byte [rsp + SAVED_RAX], 2       ; port 92h bit 1: A20 gate enabled
        jmp     .skip
.exception:                                     ; re-inject the event into the guest (SDM 27.6.1)
        mov     ebx, VM_EXIT_INTR_INFO
        vmread  rax, rbx
        mov     ecx, eax
        and     ecx, INTR_INFO_VECTOR_MASK
        PRINT   msg_vector
        PRINTHEX rcx
        PRINT   msg_reinject
        and     eax, INTR_INFO_VALID | INTR_INFO_TYPE_MASK | INTR_INFO_VECTOR_MASK | INTR_INFO_ERROR_CODE_VALID
        mov     ebx, VM_ENTRY_INTR_INFO_FIELD
        vmwrite rbx, rax
        mov     ebx, VM_EXIT_INSTRUCTION_LEN    ; a software exception is delivered with its instruction length
        vmread  rax, rbx
        mov     ebx, VM_ENTRY_INSTRUCTION_LEN
        vmwrite rbx, rax
        jmp     .resume                         ; RIP stays at INT3: delivery pushes RIP + length
.hlt:                                           ; wake the guest with an external interrupt, vector 8
        PRINT   msg_hlt
        mov     ebx, GUEST_INTERRUPTIBILITY_INFO
        xor     eax, eax                        ; HLT is skipped: the STI shadow it executed in has ended
        vmwrite rbx, rax
        mov     ebx, VM_ENTRY_INTR_INFO_FIELD
        mov     eax, INTR_INFO_VALID | INTR_TYPE_EXTERNAL_INTERRUPT | 8
        vmwrite rbx, rax
        jmp     .skip
.vmcall:
        PRINT   msg_vmcall
        vmxoff
        PRINT   msg_bye
        jmp     shutdown
.skip:                                          ; advance the guest IP past the exiting instruction
        mov     ebx, VM_EXIT_INSTRUCTION_LEN
        vmread  rax, rbx
        add     rax, [rel exit_rip]
        mov     ebx, GUEST_RIP
        vmwrite rbx, rax
.resume:
        pop     rsi
        pop     rdx
        pop     rcx
        pop     rbx
        pop     rax
        vmresume
        jmp     vmx_fail

; ------------------------------------------------------------------------------------------------
; Guest memory, EPT and I/O bitmaps.
build_guest:
        mov     rsi, guest_start                ; the guest code at guest-physical 07C00h
        mov     rdi, GUEST_RAM + GUEST_SEG * 16
        mov     ecx, guest_end - guest_start
        rep     movsb
        ; EPT: PML4[0] -> PDPT[0] -> PD[0] = one 2-MiB page, guest-physical 0 -> host-physical GUEST_RAM.
        ; Every other guest-physical address is unmapped (an access would be an EPT violation).
        mov     qword [EPT_PML4], EPT_PDPT | EPT_RWX
        mov     qword [EPT_PDPT], EPT_PD | EPT_RWX
        mov     qword [EPT_PD], GUEST_RAM | EPT_RWX | EPT_LARGE_PAGE | EPT_MEMTYPE_WB
        ; I/O bitmaps: port 80h and 92h exit, every other port (0xE9 included) goes straight to the device
        or      byte [IO_BITMAP_A_PG + 0x80 / 8], 1 << (0x80 % 8)
        or      byte [IO_BITMAP_A_PG + 0x92 / 8], 1 << (0x92 % 8)
        ret

; ------------------------------------------------------------------------------------------------
%macro VMWRITE_FIELD 2
        mov     ebx, %1
        mov     rax, %2
        vmwrite rbx, rax
        jbe     vmx_fail
%endmacro
; ADJUST_CONTROLS field, msr, wanted: must-be-1 bits set, may-not-be-1 bits cleared (SDM App. A.3)
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
%macro GUEST_REAL_SEGMENT 2                      ; segment, selector: base = selector * 16, 64-KiB limit
        VMWRITE_FIELD GUEST_%1_SELECTOR, %2
        VMWRITE_FIELD GUEST_%1_BASE, %2 * 16
        VMWRITE_FIELD GUEST_%1_LIMIT, 0xffff
        VMWRITE_FIELD GUEST_%1_AR_BYTES, 0x93   ; present, DPL 0, read/write data, accessed
%endmacro

setup_vmcs:
        ; the TRUE control MSRs, or the plain ones 12 below them when IA32_VMX_BASIC[55] = 0 (App. A.3.1)
        mov     ecx, MSR_IA32_VMX_TRUE_PINBASED_CTLS
        sub     ecx, [rel ctl_msr_delta]
        mov     [rel pin_msr], ecx
        ADJUST_CONTROLS PIN_BASED_VM_EXEC_CONTROL, [rel pin_msr], 0
        mov     ecx, MSR_IA32_VMX_TRUE_PROCBASED_CTLS
        sub     ecx, [rel ctl_msr_delta]
        mov     [rel proc_msr], ecx
        ADJUST_CONTROLS CPU_BASED_VM_EXEC_CONTROL, [rel proc_msr], CPU_HLT_EXITING | CPU_USE_IO_BITMAPS | CPU_ACTIVATE_SECONDARY_CONTROLS
        ADJUST_CONTROLS SECONDARY_VM_EXEC_CONTROL, MSR_IA32_VMX_PROCBASED_CTLS2, CPU2_ENABLE_EPT | CPU2_UNRESTRICTED_GUEST
        mov     ecx, MSR_IA32_VMX_TRUE_EXIT_CTLS
        sub     ecx, [rel ctl_msr_delta]
        mov     [rel exit_msr], ecx
        ADJUST_CONTROLS VM_EXIT_CONTROLS, [rel exit_msr], EXIT_HOST_ADDRESS_SPACE_SIZE
        mov     ecx, MSR_IA32_VMX_TRUE_ENTRY_CTLS
        sub     ecx, [rel ctl_msr_delta]
        mov     [rel entry_msr], ecx
        ADJUST_CONTROLS VM_ENTRY_CONTROLS, [rel entry_msr], 0   ; "IA-32e mode guest" = 0
        VMWRITE_FIELD EPT_POINTER, EPT_PML4 | EPTP_MEMTYPE_WB | EPTP_WALK_LENGTH_4
        VMWRITE_FIELD IO_BITMAP_A, IO_BITMAP_A_PG
        VMWRITE_FIELD IO_BITMAP_B, IO_BITMAP_B_PG
        VMWRITE_FIELD EXCEPTION_BITMAP, 1 << 3  ; #BP
        VMWRITE_FIELD VMCS_LINK_POINTER, -1
        ; CR0/CR4: bits fixed for VMX (CR0.NE, CR4.VMXE) stay set in the real registers but are owned by the
        ; host, so the guest reads the shadow values (0) - as on a PC after reset.
        VMWRITE_FIELD CR0_GUEST_HOST_MASK, CR0_NE
        VMWRITE_FIELD CR0_READ_SHADOW, 0
        VMWRITE_FIELD CR4_GUEST_HOST_MASK, CR4_VMXE
        VMWRITE_FIELD CR4_READ_SHADOW, 0

        ; --- host state: the current processor state
        mov     rax, cr0
        VMWRITE_FIELD HOST_CR0, rax
        mov     rax, cr3
        VMWRITE_FIELD HOST_CR3, rax
        mov     rax, cr4
        VMWRITE_FIELD HOST_CR4, rax
        mov     ax, cs
        VMWRITE_FIELD HOST_CS_SELECTOR, rax
        mov     ax, ds
        VMWRITE_FIELD HOST_SS_SELECTOR, rax
        VMWRITE_FIELD HOST_DS_SELECTOR, rax
        VMWRITE_FIELD HOST_ES_SELECTOR, rax
        VMWRITE_FIELD HOST_FS_SELECTOR, rax
        VMWRITE_FIELD HOST_GS_SELECTOR, rax
        str     ax
        movzx   eax, ax
        mov     [rel tr_sel], eax
        VMWRITE_FIELD HOST_TR_SELECTOR, rax
        sgdt    [rel gdtr]
        sidt    [rel idtr]
        VMWRITE_FIELD HOST_GDTR_BASE, [rel gdtr + 2]
        VMWRITE_FIELD HOST_IDTR_BASE, [rel idtr + 2]
        call    tss_base
        VMWRITE_FIELD HOST_TR_BASE, rax
        VMWRITE_FIELD HOST_FS_BASE, 0
        VMWRITE_FIELD HOST_GS_BASE, 0
        VMWRITE_FIELD HOST_RSP, HOST_STACK_TOP
        lea     rax, [rel vmexit_handler]
        VMWRITE_FIELD HOST_RIP, rax

        ; --- guest state: real-address mode as after reset, but at 07C0:0000 (SDM 27.3.1 with "unrestricted guest")
        VMWRITE_FIELD GUEST_CR0, CR0_NE | CR0_ET        ; PE = 0, PG = 0: allowed by "unrestricted guest"
        VMWRITE_FIELD GUEST_CR3, 0
        VMWRITE_FIELD GUEST_CR4, CR4_VMXE               ; IA32_VMX_CR4_FIXED0
        VMWRITE_FIELD GUEST_DR7, 0x400
        VMWRITE_FIELD GUEST_CS_SELECTOR, GUEST_SEG
        VMWRITE_FIELD GUEST_CS_BASE, GUEST_SEG * 16
        VMWRITE_FIELD GUEST_CS_LIMIT, 0xffff
        VMWRITE_FIELD GUEST_CS_AR_BYTES, 0x9b           ; present, DPL 0, execute/read code, accessed, 16-bit
        GUEST_REAL_SEGMENT SS, 0
        GUEST_REAL_SEGMENT DS, 0
        GUEST_REAL_SEGMENT ES, 0
        GUEST_REAL_SEGMENT FS, 0
        GUEST_REAL_SEGMENT GS, 0
        VMWRITE_FIELD GUEST_LDTR_SELECTOR, 0
        VMWRITE_FIELD GUEST_LDTR_AR_BYTES, 0x10000      ; unusable
        VMWRITE_FIELD GUEST_TR_SELECTOR, 0
        VMWRITE_FIELD GUEST_TR_BASE, 0
        VMWRITE_FIELD GUEST_TR_LIMIT, 0xffff
        VMWRITE_FIELD GUEST_TR_AR_BYTES, 0x8b           ; TR must be usable: a busy 32-bit TSS
        VMWRITE_FIELD GUEST_GDTR_BASE, 0
        VMWRITE_FIELD GUEST_GDTR_LIMIT, 0xffff
        VMWRITE_FIELD GUEST_IDTR_BASE, 0                ; the real-mode IVT: 256 vectors x 4 bytes
        VMWRITE_FIELD GUEST_IDTR_LIMIT, 0x3ff
        VMWRITE_FIELD GUEST_RSP, GUEST_SP
        VMWRITE_FIELD GUEST_RIP, 0
        VMWRITE_FIELD GUEST_RFLAGS, 0x2
        VMWRITE_FIELD GUEST_ACTIVITY_STATE, 0
        VMWRITE_FIELD GUEST_INTERRUPTIBILITY_INFO, 0
        VMWRITE_FIELD GUEST_IA32_DEBUGCTL, 0
        ret

; tss_base: rax = base of the 16-byte TSS descriptor selected by [tr_sel]
tss_base:
        push    rbx
        push    rcx
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
        pop     rcx
        pop     rbx
        ret

no_unrestricted:
        PRINT   msg_no_ug
        jmp     shutdown
vmx_fail:
        PRINT   msg_fail
        jmp     shutdown

align 8
vmxon_ptr:      dq VMXON_REGION
vmcs_ptr:       dq VMCS_REGION
gdtr:           dw 0
                dq 0
idtr:           dw 0
                dq 0
tr_sel:         dd 0
ctl_msr_delta:  dd 0
pin_msr:        dd 0
proc_msr:       dd 0
exit_msr:       dd 0
entry_msr:      dd 0
exit_reason:    dd 0
exit_rip:       dq 0

msg_hello:      db "[hv] unrestricted guest in real-address mode", 10, 0
msg_launch:     db "[hv] EPT maps guest-physical 0-2 MiB to 0x400000; VMLAUNCH at 07C0:0000", 10, 0
msg_exit:       db "[hv] VM exit ", 0
msg_at:         db " at ", 0
msg_colon:      db ":", 0
msg_cpuid:      db ": CPUID, emulated", 10, 0
msg_out:        db ": OUT port ", 0
msg_value:      db ", value ", 0
msg_post:       db " (POST code)", 10, 0
msg_in:         db ": IN port ", 0
msg_a20:        db ", returning 0x2 (A20 on)", 10, 0
msg_vector:     db ": exception, vector ", 0
msg_reinject:   db ", re-injected into the guest", 10, 0
msg_hlt:        db ": HLT, injecting an external interrupt, vector 8", 10, 0
msg_vmcall:     db ": VMCALL, done", 10, 0
msg_bye:        db "[hv] VMXOFF", 10, 0
msg_unexpected: db ": unexpected", 10, 0
msg_no_ug:      db "[hv] this processor has no unrestricted guest (or no EPT it could use)", 10, 0
msg_fail:       db "[hv] VMX instruction failed", 10, 0
