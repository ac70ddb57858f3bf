; 05-ept: extended page tables (SDM Vol 3C 29.3).
;
; The hypervisor gives its 64-bit guest an identity EPT (guest-physical = host-physical) made of
; 2-MiB pages, except the 2..4 MiB region, which is mapped with 4-KiB pages so that single pages can
; have their own permissions:
;   0x300000  execute-only (X)   - the guest can call code there; a data read is an EPT violation
;   0x301000  read-only (R)      - a write is an EPT violation; the handler makes the page writable
;   0x302000  misconfigured      - W=1 with R=0 is an EPT misconfiguration (exit 49), not a violation
; Every fix of an EPT entry is followed by INVEPT (single-context) before the guest resumes, as the
; SDM requires for cached translations (29.4.3.1).
;
; Run:  vmxdbg run examples/05-ept/ept.asm --trace-exits
bits 64
org 0x100000

%include "vmx.inc"
%include "../include/hvlib.inc"

VMXON_REGION    equ 0x200000
VMCS_REGION     equ 0x201000
EPT_PML4        equ 0x210000             ; EPT paging structures (4 KiB each)
EPT_PDPT        equ 0x211000
EPT_PD          equ 0x212000             ; 512 x 2 MiB = the first GiB
EPT_PT          equ 0x213000             ; 512 x 4 KiB = 2..4 MiB
GUEST_STACK_TOP equ 0x220000
HOST_STACK_TOP  equ 0x230000

XONLY_PAGE      equ 0x300000
RONLY_PAGE      equ 0x301000
MISCONF_PAGE    equ 0x302000

EPT_MT_WB       equ EPT_MEMTYPE_WB       ; memory type write-back in leaf entries (bits 5:3)

_start:
        PRINT   msg_hello
        mov     rax, cr4
        or      eax, CR4_VMXE
        mov     cr4, rax
        ; --- what this processor's EPT supports (SDM Vol 3D App. A.10)
        mov     ecx, MSR_IA32_VMX_PROCBASED_CTLS2
        rdmsr
        test    edx, CPU2_ENABLE_EPT              ; allowed-1 settings are in the high dword
        jz      no_ept
        mov     ecx, MSR_IA32_VMX_EPT_VPID_CAP
        rdmsr
        mov     [ept_cap], eax
        test    eax, VMX_EPT_VPID_CAP_PAGE_WALK4
        jz      no_ept
        test    eax, VMX_EPT_VPID_CAP_INVEPT_SINGLE_CONTEXT
        jz      no_ept
        call    build_ept
        ; --- VMXON, VMCS
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
        PRINT   msg_launch
        mov     rsp, HOST_STACK_TOP
        vmlaunch
        jmp     vmx_fail

; ------------------------------------------------------------------------------------------------
; The guest (shares the host's page tables: its linear addresses are identity-mapped guest-physical).
guest_entry:
        PRINT   g_hello
        xor     eax, eax
        cpuid                                   ; exit 10: CPUID
        call    XONLY_PAGE                      ; instruction fetches from the execute-only page are allowed
        cmp     eax, 42
        jne     .bad
        PRINT   g_xonly_ok
        mov     rax, [XONLY_PAGE]               ; a data read: EPT violation (exit 48), qualification R, page --X
        PRINT   g_xonly_read
        mov     qword [RONLY_PAGE], 0x1234      ; EPT violation: write to a read-only page
        mov     rax, [RONLY_PAGE]
        cmp     rax, 0x1234
        jne     .bad
        PRINT   g_ronly_ok
        mov     rax, [MISCONF_PAGE]             ; EPT misconfiguration (exit 49): W=1 with R=0
        PRINT   g_misconf_ok
        vmcall                                  ; done
.bad:   PRINT   g_bad
        vmcall

; The code copied into the execute-only page: returns 42.
xonly_code:
        mov     eax, 42
        ret
xonly_code_end:

; ------------------------------------------------------------------------------------------------
; VM-exit handler.
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
        cmp     eax, EXIT_REASON_CPUID
        je      .cpuid
        cmp     eax, EXIT_REASON_EPT_VIOLATION
        je      .violation
        cmp     eax, EXIT_REASON_EPT_MISCONFIG
        je      .misconfig
        cmp     eax, EXIT_REASON_VMCALL
        je      .vmcall
        PRINT   msg_unexpected
        PRINTHEX rax
        PRINT   msg_nl
        jmp     shutdown
.cpuid:
        mov     eax, [rsp + SAVED_RAX]
        mov     ecx, [rsp + SAVED_RCX]
        cpuid
        mov     [rsp + SAVED_RAX], rax
        mov     [rsp + SAVED_RBX], rbx
        mov     [rsp + SAVED_RCX], rcx
        mov     [rsp + SAVED_RDX], rdx
        jmp     .skip
.violation:                                     ; SDM Table 28-7: bits 0-2 access, bits 3-5 what the EPT allowed
        mov     ebx, GUEST_PHYSICAL_ADDRESS
        vmread  rsi, rbx
        mov     ebx, EXIT_QUALIFICATION
        vmread  rcx, rbx
        PRINT   msg_violation
        PRINTHEX rsi
        test    ecx, QUAL_EPT_WRITE
        jnz     .write
        PRINT   msg_read
        mov     rax, rsi
        call    ept_pte                         ; rbx = address of the EPT PTE for gpa rax
        or      qword [rbx], EPT_READ           ; grant read
        jmp     .invept
.write:
        PRINT   msg_write
        mov     rax, rsi
        call    ept_pte
        or      qword [rbx], EPT_WRITE          ; grant write
        jmp     .invept
.misconfig:
        mov     ebx, GUEST_PHYSICAL_ADDRESS
        vmread  rsi, rbx
        PRINT   msg_misconfig
        PRINTHEX rsi
        PRINT   msg_fixed
        mov     rax, rsi
        call    ept_pte
        mov     rax, rsi
        and     rax, ~0xfff
        or      rax, EPT_RWX | EPT_MT_WB
        mov     [rbx], rax
.invept:                                        ; the entry changed: invalidate cached translations for this EPTP
        mov     rax, [rel eptp]
        mov     [rel invept_desc], rax
        mov     ecx, 1                          ; single-context
        invept  rcx, [rel invept_desc]
        jbe     vmx_fail
        pop     rsi                             ; resume at the same instruction: it is retried
        pop     rdx
        pop     rcx
        pop     rbx
        pop     rax
        vmresume
        jmp     vmx_fail
.vmcall:
        PRINT   msg_vmcall
        vmxoff
        jmp     shutdown
.skip:
        mov     ebx, GUEST_RIP
        vmread  rsi, rbx
        mov     ebx, VM_EXIT_INSTRUCTION_LEN
        vmread  rax, rbx
        add     rax, rsi
        mov     ebx, GUEST_RIP
        vmwrite rbx, rax
        pop     rsi
        pop     rdx
        pop     rcx
        pop     rbx
        pop     rax
        vmresume
        jmp     vmx_fail

; ept_pte: rax = guest-physical address in 2..4 MiB -> rbx = address of its EPT PTE
ept_pte:
        mov     rbx, rax
        sub     rbx, 0x200000
        shr     rbx, 12
        shl     rbx, 3
        add     rbx, EPT_PT
        ret

; ------------------------------------------------------------------------------------------------
; Identity EPT for the first GiB: PML4[0] -> PDPT[0] -> PD of 2-MiB pages; PD[1] -> PT of 4-KiB pages.
build_ept:
        mov     qword [EPT_PML4], EPT_PDPT | EPT_RWX
        mov     qword [EPT_PDPT], EPT_PD | EPT_RWX
        xor     ecx, ecx
.pd:    mov     rax, rcx
        shl     rax, 21
        or      rax, EPT_RWX | EPT_MT_WB | EPT_LARGE_PAGE
        mov     [EPT_PD + rcx*8], rax
        inc     ecx
        cmp     ecx, 512
        jb      .pd
        mov     qword [EPT_PD + 8], EPT_PT | EPT_RWX
        xor     ecx, ecx
.pt:    mov     rax, rcx
        shl     rax, 12
        add     rax, 0x200000
        or      rax, EPT_RWX | EPT_MT_WB
        mov     [EPT_PT + rcx*8], rax
        inc     ecx
        cmp     ecx, 512
        jb      .pt
        ; the special pages
        mov     rsi, xonly_code                 ; copy the stub into the execute-only page
        mov     rdi, XONLY_PAGE
        mov     ecx, xonly_code_end - xonly_code
        rep     movsb
        mov     rax, XONLY_PAGE
        call    ept_pte
        mov     qword [rbx], XONLY_PAGE | EPT_EXECUTE | EPT_MT_WB
        test    dword [ept_cap], VMX_EPT_VPID_CAP_EXECUTE_ONLY
        jnz     .xo
        or      qword [rbx], EPT_READ           ; no execute-only support: R+X instead
.xo:    mov     rax, RONLY_PAGE
        call    ept_pte
        mov     qword [rbx], RONLY_PAGE | EPT_READ | EPT_MT_WB
        mov     rax, MISCONF_PAGE
        call    ept_pte
        mov     qword [rbx], MISCONF_PAGE | EPT_WRITE | EPT_MT_WB   ; write without read: misconfigured
        ; EPTP: write-back paging structures, 4-level walk (SDM 25.6.11)
        mov     qword [rel eptp], EPT_PML4 | EPTP_MEMTYPE_WB | EPTP_WALK_LENGTH_4
        ret

; ------------------------------------------------------------------------------------------------
%macro VMWRITE_FIELD 2
        mov     ebx, %1
        mov     rax, %2
        vmwrite rbx, rax
        jbe     vmx_fail
%endmacro
; ADJUST_CONTROLS field, msr, wanted (SDM Vol 3D App. A.3)
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
%macro GUEST_DATA_SEGMENT 1
        VMWRITE_FIELD GUEST_%1_BASE, 0
        VMWRITE_FIELD GUEST_%1_LIMIT, 0xFFFFFFFF
        VMWRITE_FIELD GUEST_%1_AR_BYTES, 0xC093
%endmacro

setup_vmcs:
        ADJUST_CONTROLS PIN_BASED_VM_EXEC_CONTROL, MSR_IA32_VMX_TRUE_PINBASED_CTLS, 0
        ADJUST_CONTROLS CPU_BASED_VM_EXEC_CONTROL, MSR_IA32_VMX_TRUE_PROCBASED_CTLS, CPU_ACTIVATE_SECONDARY_CONTROLS
        ADJUST_CONTROLS SECONDARY_VM_EXEC_CONTROL, MSR_IA32_VMX_PROCBASED_CTLS2, CPU2_ENABLE_EPT
        ADJUST_CONTROLS VM_EXIT_CONTROLS, MSR_IA32_VMX_TRUE_EXIT_CTLS, EXIT_HOST_ADDRESS_SPACE_SIZE
        ADJUST_CONTROLS VM_ENTRY_CONTROLS, MSR_IA32_VMX_TRUE_ENTRY_CTLS, ENTRY_IA32E_MODE_GUEST
        VMWRITE_FIELD EPT_POINTER, [rel eptp]
        VMWRITE_FIELD EXCEPTION_BITMAP, 0
        VMWRITE_FIELD VMCS_LINK_POINTER, -1
        ; host state
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
        mov     [tr_sel], eax
        VMWRITE_FIELD HOST_TR_SELECTOR, rax
        sgdt    [rel gdtr]
        sidt    [rel idtr]
        VMWRITE_FIELD HOST_GDTR_BASE, [rel gdtr + 2]
        VMWRITE_FIELD HOST_IDTR_BASE, [rel idtr + 2]
        call    tss_base
        mov     [tr_base], rax
        VMWRITE_FIELD HOST_TR_BASE, rax
        VMWRITE_FIELD HOST_FS_BASE, 0
        VMWRITE_FIELD HOST_GS_BASE, 0
        VMWRITE_FIELD HOST_RSP, HOST_STACK_TOP
        lea     rax, [rel vmexit_handler]
        VMWRITE_FIELD HOST_RIP, rax
        ; guest state: 64-bit, the host's paging structures (their addresses are guest-physical = host-physical)
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
        VMWRITE_FIELD GUEST_CS_AR_BYTES, 0xA09B
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
        VMWRITE_FIELD GUEST_LDTR_AR_BYTES, 0x10000
        mov     eax, [tr_sel]
        VMWRITE_FIELD GUEST_TR_SELECTOR, rax
        VMWRITE_FIELD GUEST_TR_BASE, [tr_base]
        VMWRITE_FIELD GUEST_TR_LIMIT, 0x67
        VMWRITE_FIELD GUEST_TR_AR_BYTES, 0x8B
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

tss_base:
        push    rbx
        push    rcx
        mov     rbx, [rel gdtr + 2]
        mov     ecx, [tr_sel]
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

no_ept:
        PRINT   msg_no_ept
        jmp     shutdown
vmx_fail:
        PRINT   msg_fail
        jmp     shutdown

align 8
vmxon_ptr:   dq VMXON_REGION
vmcs_ptr:    dq VMCS_REGION
eptp:        dq 0
invept_desc: dq 0, 0                            ; INVEPT descriptor: EPTP, reserved
ept_cap:     dd 0
gdtr:        dw 0
             dq 0
idtr:        dw 0
             dq 0
tr_sel:      dd 0
tr_base:     dq 0

msg_hello:      db "[hv] EPT example", 10, 0
msg_launch:     db "[hv] identity EPT ready (execute-only 0x300000, read-only 0x301000, misconfigured 0x302000), VMLAUNCH", 10, 0
msg_violation:  db "[hv] EPT violation at guest-physical ", 0
msg_read:       db ": data read of an execute-only page, granting read", 10, 0
msg_write:      db ": write to a read-only page, granting write", 10, 0
msg_misconfig:  db "[hv] EPT misconfiguration at guest-physical ", 0
msg_fixed:      db ": entry rewritten as RWX", 10, 0
msg_vmcall:     db "[hv] guest VMCALL: done", 10, 0
msg_unexpected: db "[hv] unexpected exit reason ", 0
msg_nl:         db 10, 0
msg_no_ept:     db "[hv] this processor has no usable EPT", 10, 0
msg_fail:       db "[hv] VMX instruction failed", 10, 0
g_hello:        db "[guest] hello from the guest", 10, 0
g_xonly_ok:     db "[guest] called code in the execute-only page: 42", 10, 0
g_xonly_read:   db "[guest] read the execute-only page after the hypervisor granted read", 10, 0
g_ronly_ok:     db "[guest] wrote 0x1234 to the read-only page after the hypervisor granted write", 10, 0
g_misconf_ok:   db "[guest] read the misconfigured page after the hypervisor fixed it", 10, 0
g_bad:          db "[guest] unexpected value", 10, 0
