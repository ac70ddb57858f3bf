; exceptions.asm -- exception delivery through a 64-bit IDT (no BIOS needed).
;
; Switches real mode -> long mode directly (as longmode.asm) with CR0.WP=1
; and 2 MiB pages: 0-2 MiB present+writable, 2-4 MiB present read-only,
; nothing above. Installs 64-bit interrupt gates for vectors 0-19 and
; triggers, one after the other:
;   #DE  div by zero                      (fault: RIP = the div)
;   #BP  int3                             (trap:  RIP = after int3)
;   #UD  ud2                              (fault)
;   #GP  mov ds, 0x50 (beyond GDT limit)  error code = selector 0x50
;   #GP  load from a non-canonical addr.  error code 0
;   #PF  read of not-present 0x400123     error 0, CR2 = 0x400123
;   #PF  write of not-present 0x600008    error 2 (W)
;   #PF  write to read-only 0x200010      error 3 (P|W, because CR0.WP=1)
; Each handler prints the vector, error code and saved RIP (low 32 bits;
; CR2 too for #PF) and resumes at the address the test stored in `resume`.
; Ends with "Shutdown" on port 0x8900.
;
; Several sectors: the boot sector checks whether the rest of the image is
; already in memory (vmxdbg loads the whole file at 0x7c00); only if it is
; not -- under a PC BIOS that loaded just the boot sector, i.e. in Bochs --
; does it read the remaining sectors with int 13h.
bits 16
org 0x7c00

MAGIC equ 0x4c4f4144            ; 'DAOL': last dword of the image
SECTORS equ (image_end - $$ + 511) / 512
PML4 equ 0x1000
PDPT equ 0x2000
PD equ 0x3000
IDT equ 0x4000                  ; 20 gates x 16 bytes
NVEC equ 20

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
    ; page tables: clear 3 pages; PML4[0] -> PDPT[0] -> PD
    mov di, PML4
    xor eax, eax
    mov cx, 3 * 4096 / 4
    rep stosd
    mov dword [PML4], PDPT | 3
    mov dword [PDPT], PD | 3
    mov dword [PD], 0x000000 | 0x83     ; 0-2 MiB: present, writable, large
    mov dword [PD + 8], 0x200000 | 0x81 ; 2-4 MiB: present, read-only, large

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
    or eax, 0x80010001                  ; PG | WP | PE: real -> long directly
    mov cr0, eax
    jmp 0x08:long64

bits 64
long64:
    mov ax, 0x10
    mov ds, ax
    mov es, ax
    mov ss, ax
    mov rsp, 0x7c00

    ; IDT: 64-bit interrupt gates (type 0xE, present, DPL 0) to isr0..isr19
    mov edi, IDT
    mov esi, isr_table
    mov ecx, NVEC
.gate:
    lodsq                               ; handler address
    mov edx, eax
    mov [rdi], ax                       ; offset 15:0
    mov word [rdi + 2], 0x08            ; selector
    mov word [rdi + 4], 0x8e00          ; IST 0, type/attributes
    shr edx, 16
    mov [rdi + 6], dx                   ; offset 31:16
    shr rax, 32
    mov [rdi + 8], rax                  ; offset 63:32 + reserved
    add edi, 16
    loop .gate
    lidt [idtr]

    ; #DE
    mov esi, m_de
    call puts
    lea rax, [rel .after_de]
    mov [rel resume], rax
    mov eax, 1
    xor edx, edx
    xor ecx, ecx
    div ecx
.after_de:
    ; #BP
    mov esi, m_bp
    call puts
    lea rax, [rel .after_bp]
    mov [rel resume], rax
    int3
    nop
.after_bp:
    ; #UD
    mov esi, m_ud
    call puts
    lea rax, [rel .after_ud]
    mov [rel resume], rax
    ud2
.after_ud:
    ; #GP: selector beyond the GDT limit
    mov esi, m_gp
    call puts
    lea rax, [rel .after_gp]
    mov [rel resume], rax
    mov ax, 0x50
    mov ds, ax
.after_gp:
    ; #GP(0): non-canonical address
    mov esi, m_nc
    call puts
    lea rax, [rel .after_nc]
    mov [rel resume], rax
    mov rax, 0x8000000000000000
    mov rbx, [rax]
.after_nc:
    ; #PF: read, not present
    mov esi, m_pr
    call puts
    lea rax, [rel .after_pr]
    mov [rel resume], rax
    mov eax, [0x400123]
.after_pr:
    ; #PF: write, not present
    mov esi, m_pw
    call puts
    lea rax, [rel .after_pw]
    mov [rel resume], rax
    mov dword [0x600008], 1
.after_pw:
    ; reading the read-only page works, writing it faults (CR0.WP=1)
    mov esi, m_ro
    call puts
    lea rax, [rel .after_ro]
    mov [rel resume], rax
    mov eax, [0x200010]
    mov dword [0x200010], eax
.after_ro:
    mov esi, m_done
    call puts
    mov esi, shutdown_msg
    mov dx, 0x8900
.s: lodsb
    out dx, al
    test al, al
    jnz .s
.h: hlt
    jmp .h

; stubs: push a dummy error code where the CPU pushes none, then the vector
%macro ISR 1
isr%1:
%if %1 != 8 && %1 != 10 && %1 != 11 && %1 != 12 && %1 != 13 && %1 != 14 && %1 != 17
    push 0
%endif
    push %1
    jmp isr_common
%endmacro
%assign v 0
%rep NVEC
ISR v
%assign v v+1
%endrep

; stack: vector, error code, RIP, CS, RFLAGS, RSP, SS
isr_common:
    mov esi, m_vec
    call puts
    mov al, [rsp]
    call hex8
    mov esi, m_err
    call puts
    mov eax, [rsp + 8]
    call hex32
    mov esi, m_rip
    call puts
    mov eax, [rsp + 16]
    call hex32
    cmp byte [rsp], 14
    jne .eol
    mov esi, m_cr2
    call puts
    mov rax, cr2
    call hex32
.eol:
    mov al, 10
    out 0xe9, al
    mov rax, [rel resume]
    mov [rsp + 16], rax                 ; continue after the faulting code
    add rsp, 16                         ; drop vector and error code
    iretq

; print the NUL-terminated string at rsi
puts:
    lodsb
    test al, al
    jz .r
    out 0xe9, al
    jmp puts
.r: ret

; print eax as 8 (hex32) or al as 2 (hex8) lowercase hex digits
hex32:
    mov ecx, 8
    jmp hexn
hex8:
    mov ecx, 2
    ror eax, 8
hexn:
.d: rol eax, 4
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

m_de db "#DE div 0:     ", 0
m_bp db "#BP int3:      ", 0
m_ud db "#UD ud2:       ", 0
m_gp db "#GP selector:  ", 0
m_nc db "#GP canonical: ", 0
m_pr db "#PF read  NP:  ", 0
m_pw db "#PF write NP:  ", 0
m_ro db "#PF write RO:  ", 0
m_vec db "vec=", 0
m_err db " err=", 0
m_rip db " rip=", 0
m_cr2 db " cr2=", 0
m_done db "done", 10, 0

align 8
resume: dq 0
isr_table:
%assign v 0
%rep NVEC
    dq isr %+ v
%assign v v+1
%endrep
gdt:
    dq 0                                ; 0x00 null
    dq 0x00209a0000000000               ; 0x08 code64 (L=1)
    dq 0x00cf92000000ffff               ; 0x10 data, flat
gdtr:
    dw $ - gdt - 1
    dd gdt
idtr:
    dw NVEC * 16 - 1
    dq IDT

    times (512 - ($ - $$ + 4) % 512) % 512 db 0
    dd MAGIC
image_end:
