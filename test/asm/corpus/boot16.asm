; Classic boot sector: real mode, BIOS-free output through port 0xE9
        bits 16
        org 0x7c00

%define COM1 0x3f8
%macro outchar 1
        mov al, %1
        out 0xe9, al
%endmacro

start:
        cli
        xor ax, ax
        mov ds, ax
        mov es, ax
        mov ss, ax
        mov sp, 0x7c00
        sti
        cld
        mov si, msg
.print:
        lodsb
        test al, al
        jz .done
        out 0xe9, al
        jmp .print
.done:
        outchar 13
        outchar 10
        lgdt [gdt_desc]
        mov eax, cr0
        or eax, 1
        mov cr0, eax
        jmp 0x08:pmode

        bits 32
pmode:
        mov ax, 0x10
        mov ds, ax
        mov es, ax
        mov ss, ax
        mov esp, 0x90000
        mov dx, 0x8900
        mov esi, shutdown
        mov ecx, shutdown_len
        rep outsb
.hang:  hlt
        jmp .hang

msg:    db "Hello from the boot sector", 0
shutdown: db "Shutdown"
shutdown_len equ $ - shutdown

        align 8
gdt:    dq 0
        dq 0x00cf9a000000ffff   ; code
        dq 0x00cf92000000ffff   ; data
gdt_end:
gdt_desc:
        dw gdt_end - gdt - 1
        dd gdt

        times 510 - ($ - $$) db 0
        dw 0xaa55
