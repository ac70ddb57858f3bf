; 64-bit hypervisor idioms: RIP-relative data, IDT construction, MSRs, segment bases, tables
        bits 64
        default rel
        org 0x100000

PAGE_SIZE   equ 4096
IDT_ENTRIES equ 32
%define KERNEL_CS 0x08

%macro IDT_GATE 1
        dw  ((isr_%1 - $$ + 0x100000) & 0xffff)
        dw  KERNEL_CS
        db  0, 0x8e
        dw  (((isr_%1 - $$ + 0x100000) >> 16) & 0xffff)
        dd  (((isr_%1 - $$ + 0x100000) >> 32) & 0xffffffff)
        dd  0
%endmacro

%macro ISR 1
isr_%1:
        push    qword %1
        jmp     isr_common
%endmacro

entry:
        lea     rax, [idt]
        mov     [idtr + 2], rax
        lidt    [idtr]
        lgdt    [gdtr]
        mov     ax, 0x28
        ltr     ax
        mov     ecx, 0xc0000101         ; IA32_GS_BASE
        lea     rax, [percpu]
        mov     rdx, rax
        shr     rdx, 32
        wrmsr
        swapgs
        mov     rax, [gs:0x28]
        mov     [rel percpu + 8], rax
        call    [rel handlers + 8]
        mov     rbx, handlers
        call    [rbx + rcx*8]
        cmpxchg16b [rdi]
        lock xadd [counter], eax
        xgetbv
        or      eax, 7
        xsetbv
        rdtscp
        mov     cr8, rax
        mov     rax, cr2
        invlpg  [rax]
        wbinvd
        pause
        sti
        hlt
        jmp     entry

isr_common:
        push    rax
        push    rcx
        mov     rcx, [rsp + 16]
        pop     rcx
        pop     rax
        add     rsp, 8
        iretq

%assign i 0
%rep IDT_ENTRIES
        ISR i
%assign i i + 1
%endrep

        align 16
idt:
%assign i 0
%rep IDT_ENTRIES
        IDT_GATE i
%assign i i + 1
%endrep
idt_end:
idtr:   dw idt_end - idt - 1
        dq 0

        align 8
gdt:    dq 0
        dq 0x00af9a000000ffff
        dq 0x00cf92000000ffff
gdt_end:
gdtr:   dw gdt_end - gdt - 1
        dq gdt

handlers: dq isr_0, isr_1, isr_common
counter:  dd 0
        align PAGE_SIZE
percpu: times 512 dq 0
pml4:   dq pdpt + 3
        times 511 dq 0
pdpt:   dq 0x83, 0x40000083, (2 << 30) | 0x83
        times 509 dq 0
