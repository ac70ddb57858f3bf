; Multi-section flat binary (nasm -f bin section rules)
        bits 32
        org 0x10000

section .text
entry:
        mov esi, message
        mov edi, buffer
        mov ecx, message_len
        rep movsb
        mov eax, [counter]
        inc dword [counter]
        call helper
        jmp far [farptr]
helper:
        ret

section .data
message:    db "multi-section", 10
message_len equ $ - message
counter:    dd 0
farptr:     dd entry
            dw 0x08
data_start: dd $$

section .rodata align=16
table:      dd 1, 2, 3, 4
            dd table, $, $$

section .bss
buffer:     resb 256
bss_end:

section .text
        dd bss_end - buffer
        dd section_sizes
section_sizes:
        dd message, table, buffer, data_start

section .reloc vstart=0x90000 align=16
relocated:
        mov eax, relocated
        jmp relocated
        dd $, $$

section .data
        db 'after', 0
        align 8, db 0
        dq 0xfeedface
