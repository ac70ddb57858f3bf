; longmode.asm -- 64-bit long mode reference image (no BIOS needed).
;
; Direct real mode -> long mode switch, without passing through protected
; mode: build identity-mapped page tables with 2 MiB pages (PML4 0x1000,
; PDPT 0x2000, PD 0x3000, first 8 MiB), lgdt, CR4.PAE, CR3, EFER.LME via
; wrmsr, then CR0.PG|PE in one mov, and a far jmp to a 64-bit code segment.
; In 64-bit mode it exercises mul/imul/div/idiv (128-bit), shifts and
; shld/shrd, bsf/bsr, cmovcc, setcc, adc/sbb chains, bswap, movsxd,
; 32-bit writes zero-extending, RIP-relative addressing and r8-r15/REX byte
; registers, and prints each result as "tag=xxxxxxxxxxxxxxxx" on port 0xE9
; (flags only where architecturally defined; no CPUID values, which differ
; between CPUs by design). Ends with "Shutdown" on port 0x8900.
;
; Several sectors: the boot sector checks whether the rest of the image is
; already in memory (vmxdbg loads the whole file at 0x7c00); only if it is
; not -- under a PC BIOS that loaded just the boot sector, i.e. in Bochs --
; does it read the remaining sectors with int 13h.
bits 16
org 0x7c00

MAGIC equ 0x4c4f4144            ; 'DAOL': last dword of the image
SECTORS equ (image_end - $$ + 511) / 512
RES equ 0x0600                  ; results table, 8 bytes per entry
PML4 equ 0x1000
PDPT equ 0x2000
PD equ 0x3000

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
    ; page tables: clear 3 pages, link PML4[0] -> PDPT[0] -> PD, 4 x 2 MiB
    mov di, PML4
    xor eax, eax
    mov cx, 3 * 4096 / 4
    rep stosd
    mov dword [PML4], PDPT | 3          ; present, writable
    mov dword [PDPT], PD | 3
    mov di, PD
    mov eax, 0x83                       ; present, writable, 2 MiB page
    mov cx, 4
.pde:
    mov [di], eax
    add eax, 0x200000
    add di, 8
    loop .pde

    lgdt [gdtr]
    mov eax, cr4
    or eax, 1 << 5                      ; CR4.PAE
    mov cr4, eax
    mov eax, PML4
    mov cr3, eax
    mov ecx, 0xc0000080                 ; IA32_EFER
    rdmsr
    or eax, 1 << 8                      ; LME
    wrmsr
    mov eax, cr0
    or eax, 0x80000001                  ; PG | PE together: real -> long
    mov cr0, eax
    jmp 0x08:long64

bits 64
long64:
    mov ax, 0x10
    mov ds, ax
    mov es, ax
    mov ss, ax
    mov rsp, 0x7c00
    mov edi, RES                        ; results pointer (stosq)

    ; mode check: EFER.LME|LMA and CR0.PG|PE
    mov ecx, 0xc0000080
    rdmsr
    and eax, 0x500
    mov rbx, cr0
    and ebx, 0x80000001
    shl rbx, 32
    or rax, rbx
    stosq                               ; md: 8000000100000500

    ; 64x64 -> 128 unsigned and signed multiply
    mov rax, 0x0123456789abcdef
    mov rbx, 0xfedcba9876543210
    mul rbx
    stosq                               ; ml
    mov rax, rdx
    stosq                               ; mh
    mov rax, 0x0123456789abcdef
    imul rbx                            ; rbx is negative as signed
    stosq                               ; il
    mov rax, rdx
    stosq                               ; ih
    imul rax, rbx, -1000                ; 3-operand, truncating
    stosq                               ; i3
    ; 128/64 unsigned divide (rdx < divisor) and signed divide
    mov rdx, 0x0000123456789abc
    mov rax, 0xdef0123456789abc
    mov rcx, 0x00fedcba98765432
    div rcx
    stosq                               ; dq
    mov rax, rdx
    stosq                               ; dr
    mov rax, -0x7123456789abcdef
    cqo
    mov rcx, 1000003
    idiv rcx
    stosq                               ; sq (negative)
    mov rax, rdx
    stosq                               ; sr (negative remainder)

    ; shifts by cl and double shifts
    mov rax, 0x8000000000000001
    mov cl, 63
    mov rdx, rax
    shl rdx, cl
    mov rbx, rax
    sar rbx, cl
    shr rax, cl
    lea rax, [rax + rdx]                ; 1 + 0x8000000000000000
    xor rax, rbx                        ; ^ 0xffffffffffffffff
    stosq                               ; sh
    mov rax, 0x0123456789abcdef
    mov rdx, 0xfedcba9876543210
    shld rax, rdx, 12
    stosq                               ; ld
    shrd rax, rdx, 40
    stosq                               ; rd

    ; bsf/bsr (non-zero sources only: zero leaves the destination undefined)
    mov rax, 0x0000100000000000
    bsf rbx, rax
    bsr rcx, rax
    mov rdx, 0x8000000000000000
    bsr rsi, rdx
    bsf rdx, rdx
    shl rbx, 48
    shl rcx, 32
    shl rsi, 16
    lea rax, [rbx + rcx]
    add rax, rsi
    add rax, rdx
    stosq                               ; bs: 002c002c003f003f
    ; ZF of bsf with a zero source (defined: ZF=1), packed with setcc below
    xor eax, eax
    mov rbx, 0x1234
    bsf rbx, rax
    setz r8b

    ; cmovcc: pick values by comparisons
    mov rax, -5
    mov rbx, 3
    xor rcx, rcx
    mov rdx, 0x1111
    cmp rax, rbx
    cmovl rcx, rdx                      ; taken (signed -5 < 3)
    mov rdx, 0x2200
    cmovb rcx, rdx                      ; not taken (unsigned huge > 3)
    mov rdx, 0x330000
    cmova rcx, rdx                      ; taken
    add rcx, 0                          ; ZF=0
    mov rdx, 0x44000000
    cmove rcx, rdx                      ; not taken
    mov rdx, 0x5500000066
    cmovne ecx, edx                     ; taken, 32-bit: rcx = 0x66
    mov rax, rcx
    stosq                               ; cm: 0000000000000066
    ; a 32-bit cmovcc zero-extends its destination even when not taken
    mov rcx, -1
    cmp rax, rax                        ; ZF=1
    cmovne ecx, edx                     ; not taken, still clears bits 63:32
    mov rax, rcx
    stosq                               ; cz: 00000000ffffffff

    ; setcc into REX byte registers
    mov rax, 0x7fffffffffffffff
    add rax, 1                          ; OF=1 SF=1 ZF=0 CF=0
    seto r9b
    sets r10b
    setc r11b
    setle r12b                          ; ZF=0, SF!=OF -> 0
    setg r13b                           ; ZF=0 and SF==OF -> 1
    setnp r14b                          ; low byte 0x00 has even parity: PF=1 -> 0
    movzx eax, r8b
    shl eax, 4
    or al, r9b
    shl eax, 4
    or al, r10b
    shl eax, 4
    or al, r11b
    shl eax, 4
    or al, r12b
    shl eax, 4
    or al, r13b
    shl eax, 4
    or al, r14b
    stosq                               ; sc: 0x1110010

    ; 128-bit add/sub with adc/sbb
    mov rax, 0xffffffffffffffff
    mov rdx, 0x7fffffffffffffff
    add rax, 2
    adc rdx, 0
    pushfq
    pop rbx
    and ebx, 0x8d5                      ; all six defined
    shl rbx, 48
    or rax, rbx
    stosq                               ; ad: flags << 48 | low (0x0894...01)
    mov rax, rdx
    stosq                               ; ah: 0x8000000000000000
    mov rax, 1
    sub rax, 2
    sbb rdx, 0
    mov rax, rdx
    stosq                               ; sb: 0x7fffffffffffffff

    ; misc: bswap, movsxd, 32-bit zero extension, RIP-relative, r8-r15, xchg
    mov rax, 0x0102030405060708
    bswap rax
    stosq                               ; bw
    mov rax, -1
    mov eax, 0x80000000                 ; zero-extends
    movsxd rbx, eax
    xor rax, rbx
    stosq                               ; zx: 0x80000000 ^ 0xffffffff80000000
    lea rax, [rel long64]
    stosq                               ; rp: address of long64
    mov rax, [rel qconst]
    mov r8, rax
    mov r15, 0x1000000000000001
    add r8, r15
    xchg r8, r15
    ror r15, 8
    mov rax, r15
    stosq                               ; r8
    push qword -2
    pop rax
    push rsp
    pop rbx
    sub rbx, rsp                        ; push rsp pushes the old value: 0
    add rax, rbx
    stosq                               ; st: fffffffffffffffe

    ; print the table: 2-char tag, '=', 16 hex digits, 4 per line
    mov esi, tags
    mov ebx, RES
.print:
    lodsb
    test al, al
    jz .shutdown
    out 0xe9, al
    lodsb
    out 0xe9, al
    mov al, '='
    out 0xe9, al
    mov rax, [rbx]
    call hex64
    add ebx, 8
    mov al, ' '
    test bl, 0x1f
    jnz .sep
    mov al, 10
.sep:
    out 0xe9, al
    jmp .print
.shutdown:
    cmp al, 10                          ; end the last line
    je .nl
    mov al, 10
    out 0xe9, al
.nl:
    mov esi, shutdown_msg
    mov dx, 0x8900
.s: lodsb
    out dx, al
    test al, al
    jnz .s
.h: hlt
    jmp .h

; print rax as 16 lowercase hex digits on port 0xE9 (clobbers rax, ecx)
hex64:
    mov ecx, 16
.d: rol rax, 4
    push rax
    and al, 0x0f
    add al, '0'
    cmp al, '9'
    jbe .o
    add al, 'a' - '9' - 1
.o: out 0xe9, al
    pop rax
    loop .d
    ret

align 8
qconst: dq 0x0fedcba987654321
gdt:
    dq 0                                ; 0x00 null
    dq 0x00209a0000000000               ; 0x08 code64 (L=1)
    dq 0x00cf92000000ffff               ; 0x10 data, flat
gdtr:
    dw $ - gdt - 1
    dd gdt

tags db "mdmlmhilihi3dqdrsqsrshldrdbscmczscadahsbbwzxrpr8st", 0

    times (512 - ($ - $$ + 4) % 512) % 512 db 0
    dd MAGIC
image_end:
