; Hypervisor-style 64-bit code: VMX instructions with vmx.inc constants
        bits 64
        default rel
        org 0x100000
%include "vmx.inc"

%macro VMWRITE_IMM 2
        mov     rax, %2
        mov     rbx, %1
        vmwrite rbx, rax
        jbe     %%fail
        jmp     %%ok
%%fail:
        call    vmx_error
%%ok:
%endmacro

_start:
        mov     rax, cr4
        or      eax, CR4_VMXE
        mov     cr4, rax
        mov     ecx, MSR_IA32_VMX_BASIC
        rdmsr
        mov     [vmxon_region], eax
        mov     [vmcs_region], eax
        vmxon   [vmxon_ptr]
        jc      vmx_error
        vmclear [vmcs_ptr]
        vmptrld [vmcs_ptr]
        jbe     vmx_error
        vmptrst [tmp_ptr]
.setup:
        VMWRITE_IMM GUEST_RIP, guest_entry
        VMWRITE_IMM HOST_RIP, exit_handler
        VMWRITE_IMM GUEST_CR0, 0x80000031
        VMWRITE_IMM VMCS_LINK_POINTER, -1
        mov     rbx, GUEST_RSP
        vmwrite rbx, [guest_stack_top]
        mov     rbx, VM_EXIT_REASON
        vmread  rax, rbx
        vmread  [exit_reason], rbx
        invept  rax, [ept_desc]
        invvpid rcx, [vpid_desc]
        vmlaunch
        jmp     vmx_error

exit_handler:
        mov     rbx, VM_EXIT_REASON
        vmread  rax, rbx
        cmp     eax, EXIT_REASON_CPUID
        jne     .other
        mov     rbx, GUEST_RIP
        vmread  rcx, rbx
        mov     rbx, VM_EXIT_INSTRUCTION_LEN
        vmread  rdx, rbx
        add     rcx, rdx
        mov     rbx, GUEST_RIP
        vmwrite rbx, rcx
        vmresume
.other:
        vmxoff
        hlt

vmx_error:
        mov     rbx, VM_INSTRUCTION_ERROR
        vmread  rax, rbx
        mov     dx, 0xe9
        out     dx, al
        cli
        hlt
        jmp     vmx_error

guest_entry:
        xor     eax, eax
        cpuid
        vmcall
        vmfunc
        jmp     guest_entry

        align 8
vmxon_ptr:      dq vmxon_region - 0x100000 + 0x100000
vmcs_ptr:       dq vmcs_region
tmp_ptr:        dq 0
exit_reason:    dq 0
guest_stack_top: dq 0x80000
ept_desc:       dq 0, 0
vpid_desc:      dq 1, 0
        align 4096, db 0
vmxon_region:   times 4096 db 0
vmcs_region:    times 4096 db 0
