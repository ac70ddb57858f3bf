; pmode.asm -- 32-bit protected mode reference image (no BIOS needed).
;
; Two sectors. The boot sector checks whether the rest of the image is
; already in memory (vmxdbg loads the whole file at 0x7c00); only if it is
; not -- under a PC BIOS that loaded just the boot sector, i.e. in Bochs --
; does it read the remaining sectors with int 13h.
;
; Real mode -> lgdt, CR0.PE=1, far jmp to a flat 32-bit code segment, then:
;   - rep stosd / rep movsb (overlapping-free, unaligned destination) /
;     repe cmpsb (finds a planted difference) / repne scasb / std+movsd,
;   - a bitwise CRC-32 (shr/xor/jnc) over the 256-byte buffer,
;   - 32-bit lea/imul/bswap/xadd/cmpxchg/movsx/movzx/setcc arithmetic,
;   - a read through a data segment with a non-zero base (selector 0x18),
; and prints every result as "tag=xxxxxxxx" on port 0xE9 (flags only
; where architecturally defined). Ends with "Shutdown" on port 0x8900.
; Memory used: 0x0600 results, 0x20000/0x21000 buffers (all below 1 MiB, so
; the A20 gate state does not matter).
bits 16
org 0x7c00

RES equ 0x0600
BUF1 equ 0x20000
BUF2 equ 0x21000

MAGIC equ 0x4c4f4144            ; 'DAOL': last dword of the image
SECTORS equ (image_end - $$ + 511) / 512

start:
    cli
    cld
    xor ax, ax
    mov ds, ax
    mov es, ax
    mov ss, ax
    mov sp, 0x7c00
    cmp dword [image_end - 4], MAGIC
    je main
    ; Only reached when just the boot sector was loaded (by a BIOS, whose
    ; dl = boot drive): read sectors 2..SECTORS of cylinder 0, head 0.
    mov ax, 0x0200 + SECTORS - 1
    mov cx, 0x0002
    xor dh, dh
    mov bx, 0x7e00
    int 0x13
    cmp dword [image_end - 4], MAGIC
    je main
    mov si, load_failed
    mov dx, 0xe9
.f: lodsb
    out dx, al
    test al, al
    jnz .f
    mov si, shutdown_msg
    mov dx, 0x8900
.fs: lodsb
    out dx, al
    test al, al
    jnz .fs
    hlt

load_failed db "int 13h could not load the image", 10, 0
shutdown_msg db "Shutdown", 0

times 510-($-$$) db 0
dw 0xaa55

main:
    lgdt [gdtr]
    mov eax, cr0
    or al, 1
    mov cr0, eax
    jmp 0x08:pm32

bits 32
pm32:
    mov ax, 0x10
    mov ds, ax
    mov es, ax
    mov ss, ax
    mov esp, 0x7c00
    mov ebx, RES                ; results pointer

    ; fill BUF1 with 64 dwords 0x03020100, 0x07060504 ... (i*0x04040404 + 0x03020100)
    mov edi, BUF1
    mov eax, 0x03020100
    mov ecx, 64
.fill:
    stosd
    add eax, 0x04040404
    loop .fill
    ; rep stosd: clear BUF2 (257 bytes worth) with a pattern
    mov edi, BUF2
    mov eax, 0xa5a5a5a5
    mov ecx, 65
    rep stosd
    ; rep movsb: copy BUF1 -> BUF2+3
    mov esi, BUF1
    mov edi, BUF2 + 3
    mov ecx, 256
    rep movsb
    mov [ebx], edi              ; md: edi after rep movsb
    mov eax, [BUF2]
    mov [ebx+4], eax            ; m0: a5 + first 3 copied bytes
    mov eax, [BUF2 + 256]
    mov [ebx+8], eax            ; m1: last copied byte + pattern
    ; plant a difference and find it with repe cmpsb
    mov byte [BUF2 + 3 + 77], 0xee
    mov esi, BUF1
    mov edi, BUF2 + 3
    mov ecx, 256
    repe cmpsb
    pushfd
    pop eax
    and eax, 0x8d5              ; cmp flags: all six defined
    mov [ebx+12], eax           ; cf: flags of the failing compare
    mov [ebx+16], ecx           ; cc: ecx left
    mov [ebx+20], esi           ; cs: esi after
    ; repne scasb: find the first 0x42 in BUF1
    mov edi, BUF1
    mov al, 0x42
    mov ecx, 256
    repne scasb
    mov [ebx+24], edi           ; sd
    mov [ebx+28], ecx           ; sc
    ; std + rep movsd backwards: move BUF1[0..15] up by 4 bytes in place
    std
    mov esi, BUF1 + 12
    mov edi, BUF1 + 16
    mov ecx, 4
    rep movsd
    cld
    mov [ebx+32], edi           ; bd
    mov eax, [BUF1 + 4]
    mov [ebx+36], eax           ; b4

    ; CRC-32 (reflected, poly 0xedb88320) over the 256 bytes of BUF2+3
    mov esi, BUF2 + 3
    mov ecx, 256
    or edx, -1
.crc_byte:
    lodsb
    xor dl, al
    push ecx
    mov ecx, 8
.crc_bit:
    shr edx, 1
    jnc .no_xor
    xor edx, 0xedb88320
.no_xor:
    loop .crc_bit
    pop ecx
    loop .crc_byte
    not edx
    mov [ebx+40], edx           ; cr

    ; assorted 32-bit arithmetic
    mov eax, 0x89abcdef
    lea ecx, [eax + eax*4 + 0x1234]
    mov [ebx+44], ecx           ; le
    imul ecx, eax, 0x3039
    pushfd
    pop edx
    and edx, 0x801              ; imul: only CF/OF defined
    mov [ebx+48], ecx           ; im
    mov [ebx+52], edx           ; if
    bswap eax
    mov [ebx+56], eax           ; bs
    mov ecx, 0x11111111
    xadd eax, ecx
    mov [ebx+60], eax           ; xa (sum)
    mov [ebx+64], ecx           ; xo: old eax; cmpxchg below replaces it (prints edx)
    mov eax, ecx
    mov edx, 0x12345678
    cmpxchg [ebx+64], edx       ; equal: ZF=1, memory = edx
    setz cl
    cmpxchg [ebx+64], edx       ; not equal: ZF=0, eax = memory
    setnz ch
    movzx ecx, cx
    mov [ebx+68], ecx           ; cz: setz/setnz results (0x0101)
    mov [ebx+72], eax           ; cx: eax loaded by the failing cmpxchg
    movsx eax, byte [BUF1 + 0xf3]
    mov [ebx+76], eax           ; sx: sign-extended byte
    movzx eax, word [BUF1 + 0xf2]
    mov [ebx+80], eax           ; zx: zero-extended word
    ; read through a data segment whose base is BUF1
    mov ax, 0x18
    mov fs, ax
    mov eax, [fs:0x40]
    mov [ebx+84], eax           ; fs: = [BUF1 + 0x40]
    ; rotate through carry, and sbb reg,reg to materialise CF
    mov eax, 0x80000001
    ror eax, 1                  ; 0xc0000000, CF=1
    rcl eax, 3
    mov [ebx+88], eax           ; rc
    cmp eax, 0x80000000         ; below? -> CF
    sbb eax, eax
    mov [ebx+92], eax           ; sb: 0 or -1

    ; print the table: 2-char tag, '=', 8 hex digits, 4 per line
    mov esi, tags
.print:
    lodsb
    test al, al
    jz .shutdown
    out 0xe9, al
    lodsb
    out 0xe9, al
    mov al, '='
    out 0xe9, al
    mov eax, [ebx]
    call hex32
    add ebx, 4
    mov al, ' '
    test bl, 0x0f
    jnz .sep
    mov al, 10
.sep:
    out 0xe9, al
    jmp .print
.shutdown:
    mov esi, shutdown_msg
    mov dx, 0x8900
.s: lodsb
    out dx, al
    test al, al
    jnz .s
.h: hlt
    jmp .h

; print eax as 8 lowercase hex digits on port 0xE9 (clobbers eax, ecx)
hex32:
    mov ecx, 8
.d: rol eax, 4
    push eax
    and al, 0x0f
    add al, '0'
    cmp al, '9'
    jbe .o
    add al, 'a' - '9' - 1
.o: out 0xe9, al
    pop eax
    loop .d
    ret

align 8
gdt:
    dq 0                        ; 0x00 null
    dq 0x00cf9a000000ffff       ; 0x08 code32, base 0, limit 4G
    dq 0x00cf92000000ffff       ; 0x10 data32, base 0, limit 4G
    dq 0x00409202_0000_0fff     ; 0x18 data32, base 0x20000 (BUF1), limit 0xfff (byte granular)
gdtr:
    dw $ - gdt - 1
    dd gdt

tags db "mdm0m1cfcccssdscbdb4crleimifbsxaxoczcxsxzxfsrcsb", 0

    times (512 - ($ - $$ + 4) % 512) % 512 db 0
    dd MAGIC
image_end:
