; 00-hello: the smallest program for vmxdbg.
; Starts in the long64 start state (64-bit mode, identity-mapped paging, flat GDT, stack set),
; prints a line on the Bochs/QEMU debug console port 0xE9 and powers off through Bochs' port 0x8900.
bits 64
org 0x100000

_start:
        lea     rsi, [rel message]
        mov     ecx, message.len
        mov     dx, 0xE9
.print:
        mov     al, [rsi]
        out     dx, al
        inc     rsi
        dec     ecx
        jnz     .print

        ; Bochs "Shutdown": write the word to port 0x8900 one character at a time.
        lea     rsi, [rel shutdown]
        mov     ecx, shutdown.len
        mov     dx, 0x8900
.off:
        mov     al, [rsi]
        out     dx, al
        inc     rsi
        dec     ecx
        jnz     .off
        hlt

message:  db "Hello from 64-bit mode!", 10
.len      equ $ - message
shutdown: db "Shutdown"
.len      equ $ - shutdown
