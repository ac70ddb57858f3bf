; hello.asm -- smallest reference image: prints one line on port 0xE9 and
; ends the run with "Shutdown" on port 0x8900.
; Real mode boot sector (org 0x7c00, one sector, no BIOS calls): runs the
; same under Bochs (after its BIOS) and in vmxdbg (`--mode real --load 0x7c00`).
bits 16
org 0x7c00

start:
    cli
    cld
    xor ax, ax
    mov ds, ax
    mov ss, ax
    mov sp, 0x7c00
    mov si, msg
    call puts
    mov si, shutdown_msg
    mov dx, 0x8900
.s: lodsb
    test al, al
    jz .h
    out dx, al
    jmp .s
.h: hlt
    jmp .h

; print the NUL-terminated string at DS:SI on port 0xE9
puts:
    lodsb
    test al, al
    jz .r
    out 0xe9, al
    jmp puts
.r: ret

msg db "Hello from real mode", 10, 0
shutdown_msg db "Shutdown", 0

times 510-($-$$) db 0
dw 0xaa55
