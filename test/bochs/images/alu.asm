; alu.asm -- integer ALU reference image (real mode, one sector, no BIOS calls).
;
; Runs a 1000-iteration loop of add/xor/rol/sub/adc/sbb/shl/shr/inc/neg/dec,
; folding the *architecturally defined* flags after every step into a flags
; checksum (undefined flags are masked out, so any SDM-conforming CPU gives
; the same numbers), then does fixed mul/imul/div/idiv/shift/adc/sbb
; computations on the loop results and prints every result as
; "tag=xxxxxxxx" on port 0xE9. Ends with "Shutdown" on port 0x8900.
;
; Defined-flags masks used (CF=01 PF=04 AF=10 ZF=40 SF=80 OF=800):
;   add/sub/adc/sbb/neg/cmp   0x8d5 (all six)
;   inc/dec                   0x8d5 (CF is preserved, so it is defined too)
;   and/or/xor/test           0x8c5 (AF undefined)
;   shl/shr by 1              0x8c5 (AF undefined)
;   shl/shr/sar by n > 1      0x0c5 (AF, OF undefined)
;   rol/ror by n > 1          0x001 (only CF)
;   mul/imul                  0x801 (only CF and OF)
;   div/idiv                  none
bits 16
org 0x7c00

RES equ 0x0600                  ; results table (free RAM below the image)

%macro FOLD 1                   ; fold (flags & %1) into esi
%if %1 == 0x8d5
    call fold_all
%elif %1 == 0x8c5
    call fold_log
%elif %1 == 0x0c5
    call fold_sh
%elif %1 == 0x801
    call fold_mul
%elif %1 == 0x001
    call fold_cf
%else
%error "no fold entry for this mask"
%endif
%endmacro

%macro SAVE 1                   ; append a 32-bit result to the table at es:di
%ifidni %1, eax
    stosd
%else
    mov [di], %1                ; (changes no flags; the add below does)
    add di, 4
%endif
%endmacro

start:
    cli
    cld
    xor ax, ax
    mov ds, ax
    mov es, ax
    mov ss, ax
    mov sp, 0x7c00
    mov di, RES

    mov eax, 0x12345678
    mov ebx, 0x9abcdef0
    mov edx, 0x0f1e2d3c
    mov edi, 0x55aa33cc
    xor esi, esi
    mov ecx, 1000
.loop:
    add eax, ebx
    FOLD 0x8d5
    xor ebx, eax
    FOLD 0x8c5
    rol eax, 5
    FOLD 0x001
    sub edx, eax
    FOLD 0x8d5
    adc edi, edx
    FOLD 0x8d5
    sbb ebx, edi
    FOLD 0x8d5
    shl edx, 1
    FOLD 0x8c5
    shr eax, 3
    FOLD 0x0c5
    inc edi
    FOLD 0x8d5
    neg ebx
    FOLD 0x8d5
    dec ecx
    jnz .loop

    push edi
    mov di, RES
    SAVE eax                    ; la: loop eax
    SAVE ebx                    ; lb: loop ebx
    SAVE edx                    ; ld: loop edx
    pop ecx
    SAVE ecx                    ; li: loop edi
    SAVE esi                    ; lf: flags checksum

    ; unsigned 32x32 -> 64 multiply
    push eax
    mul ebx
    FOLD 0x801
    SAVE edx                    ; mh
    SAVE eax                    ; ml
    ; signed one-operand multiply of the same values
    pop eax
    push eax
    imul ebx
    FOLD 0x801
    SAVE edx                    ; ih
    SAVE eax                    ; il
    ; three-operand imul (truncating, CF=OF=1 on overflow)
    imul ecx, ecx, -12345
    FOLD 0x801
    SAVE ecx                    ; i3
    ; unsigned 64/32 divide: edx:eax / ebx with edx < ebx
    pop eax
    mov edx, ebx
    shr edx, 1
    or ebx, 0x80000000
    div ebx
    SAVE eax                    ; dq
    SAVE edx                    ; dr
    ; signed divide: -(eax) / 1000 -> negative quotient, negative remainder
    neg eax
    cdq
    mov ecx, 1000
    idiv ecx
    SAVE eax                    ; sq
    SAVE edx                    ; sr
    ; shifts by cl, arithmetic right shift of a negative number
    mov cl, 13
    shl eax, cl
    FOLD 0x0c5
    SAVE eax                    ; sl (shl)
    sar eax, cl
    FOLD 0x0c5
    SAVE eax                    ; sa
    ; 64-bit add and subtract with adc/sbb
    mov eax, 0xffffffff
    mov edx, 0x7fffffff
    add eax, 1
    adc edx, 0
    FOLD 0x8d5
    SAVE edx                    ; ah (0x80000000, OF set)
    sub eax, 1
    sbb edx, 0
    FOLD 0x8d5
    SAVE edx                    ; sh (0x7fffffff)
    SAVE eax                    ; su (0xffffffff)
    SAVE esi                    ; ff: final flags checksum

    ; print the table: 2-char tag, '=', 8 hex digits, 4 per line
    mov si, tags
    mov bx, RES
.print:
    lodsb
    test al, al
    jz .shutdown
    out 0xe9, al
    lodsb
    out 0xe9, al
    mov al, '='
    out 0xe9, al
    mov eax, [bx]
    call hex32
    add bx, 4
    mov al, ' '
    test bl, 0x0f               ; every 4th entry (RES is 16-aligned)
    jnz .sep
    mov al, 10
.sep:
    out 0xe9, al
    jmp .print
.shutdown:
    mov si, shutdown_msg
    mov dx, 0x8900
.s: lodsb
    out dx, al
    test al, al
    jnz .s
.h: hlt
    jmp .h

; fold the flags, masked with the entry point's mask, into esi (the mov and
; jmp before `fold` change no flags); preserves the flags (so adc/sbb/inc
; see the CF of the instruction before the FOLD) and all registers but bp
fold_all:
    mov bp, 0x8d5
    jmp short fold
fold_log:
    mov bp, 0x8c5
    jmp short fold
fold_cf:
    mov bp, 0x001
    jmp short fold
fold_sh:
    mov bp, 0x0c5
    jmp short fold
fold_mul:
    mov bp, 0x801
fold:
    pushf
    push ecx
    pushf
    pop cx
    and cx, bp
    xor si, cx
    rol esi, 3
    pop ecx
    popf
    ret

; print eax as 8 lowercase hex digits on port 0xE9 (clobbers eax, cx)
hex32:
    mov cx, 8
.d: rol eax, 4
    push ax
    and al, 0x0f
    add al, '0'
    cmp al, '9'
    jbe .o
    add al, 'a' - '9' - 1
.o: out 0xe9, al
    pop ax
    loop .d
    ret

tags db "lalbldlilf", "mhmlihili3", "dqdrsqsrslsa", "ahshsuff", 0
shutdown_msg db "Shutdown"    ; followed by the 0 below: NUL resets the port

times 510-($-$$) db 0
dw 0xaa55
