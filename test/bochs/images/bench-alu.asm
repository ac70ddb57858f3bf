; bench-alu.asm -- MIPS benchmark loop (real mode, no BIOS needed, one sector).
;
; The hot loop is 6 instructions per iteration:
;     add eax, ebx / xor ebx, eax / rol eax, 3 / sub edx, eax / dec ecx / jnz
; It runs INNER iterations per outer pass and OUTER passes, so the number
; of instructions this image executes from 0:7C00 until the write that
; completes "Shutdown" on port 0x8900 is exactly
;
;     total(INNER, OUTER) = 6*INNER*OUTER + 3*OUTER + 78
;
; counting every instruction up to and including the `out` that writes the
; final 'n' of "Shutdown":
;   8   set-up (cli .. mov esi)
;   3*OUTER + 6*INNER*OUTER   (per outer pass: mov ecx, dec esi, jnz)
;   1   mov si, done_msg
;   28  print "done\n": 5 per character (lodsb/test/jz/out/jmp) + 3 for the NUL
;   2   mov si / mov dx
;   39  "Shutdown": 7 characters * 5 + lodsb/test/jz/out for the final 'n'
; The defaults (INNER=1000000, OUTER=200) give 200,000,000 iterations:
;   1,200,000,000 + 600 + 78 = 1,200,000,678 instructions.
; Override with nasm -DINNER=... -DOUTER=... (both must be >= 1 and fit
; in 32 bits).
bits 16
org 0x7c00

%ifndef INNER
%define INNER 1000000
%endif
%ifndef OUTER
%define OUTER 200
%endif

start:
    cli                         ; 1
    cld                         ; 2
    xor ax, ax                  ; 3
    mov ds, ax                  ; 4
    mov eax, 0x12345678         ; 5
    mov ebx, 0x9abcdef0         ; 6
    mov edx, 0x0f1e2d3c         ; 7
    mov esi, OUTER              ; 8
outer:
    mov ecx, INNER              ; per outer pass: 1
inner:
    add eax, ebx                ; 6 per iteration
    xor ebx, eax                ; (no backslash at the end of a comment:
    rol eax, 3                  ;  NASM treats it as a line continuation)
    sub edx, eax
    dec ecx
    jnz inner
    dec esi                     ; per outer pass: 2
    jnz outer
    mov si, done_msg            ; 1
print:                          ; 5 per printed char, 3 for the NUL
    lodsb
    test al, al
    jz .end
    out 0xe9, al
    jmp print
.end:
    mov si, shutdown_msg        ; 2 (with the next)
    mov dx, 0x8900
shut:                           ; 5 per char; the 8th 'out' ends the run
    lodsb
    test al, al
    jz .halt
    out dx, al
    jmp shut
.halt:
    hlt
    jmp .halt

done_msg db "done", 10, 0
shutdown_msg db "Shutdown", 0

times 510-($-$$) db 0
dw 0xaa55
