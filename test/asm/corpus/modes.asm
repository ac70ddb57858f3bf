; 16-bit real mode -> 32-bit protected mode -> 64-bit long mode, with page tables
        bits 16
        org 0x8000

PML4    equ 0x1000
PDPT    equ 0x2000
PD      equ 0x3000

real_start:
        cli
        xor     ax, ax
        mov     ds, ax
        mov     es, ax
        mov     di, PML4
        mov     cx, 0x3000 / 4
        xor     eax, eax
        rep     stosd
        mov     dword [PML4], PDPT | 3
        mov     dword [PDPT], PD | 3
        mov     di, PD
        mov     eax, 0x83
        mov     cx, 512
.fill:  mov     [di], eax
        add     eax, 0x200000
        add     di, 8
        loop    .fill
        lgdt    [gdtr]
        mov     eax, cr0
        or      al, 1
        mov     cr0, eax
        jmp     dword CODE32:pm_start

        bits 32
pm_start:
        mov     ax, DATA32
        mov     ds, ax
        mov     ss, ax
        mov     eax, cr4
        or      eax, 1 << 5             ; PAE
        mov     cr4, eax
        mov     eax, PML4
        mov     cr3, eax
        mov     ecx, 0xC0000080         ; EFER
        rdmsr
        or      eax, 1 << 8             ; LME
        wrmsr
        mov     eax, cr0
        or      eax, 1 << 31
        mov     cr0, eax
        jmp     CODE64:lm_start

        bits 64
lm_start:
        mov     ax, DATA32
        mov     ds, ax
        mov     es, ax
        mov     ss, ax
        mov     rsp, 0x90000
        lea     rsi, [rel banner]
        mov     dx, 0xe9
.print: lodsb
        test    al, al
        jz      .done
        out     dx, al
        jmp     .print
.done:  mov     rax, 0x0000123456789abc
        push    qword 0
        popfq
        iretq

        align 16
gdt:    dq 0
CODE32  equ $ - gdt
        dq 0x00cf9a000000ffff
DATA32  equ $ - gdt
        dq 0x00cf92000000ffff
CODE64  equ $ - gdt
        dq 0x00af9a000000ffff
gdt_end:
gdtr:   dw gdt_end - gdt - 1
        dd gdt
banner: db "long mode", 13, 10, 0
