; struc / istruc / absolute / alignb
        bits 64
        org 0x200000

struc vcpu
  .id:        resd 1
  .flags:     resw 1
              alignb 8
  .vmcs_pa:   resq 1
  .regs:      resq 16
  .name:      resb 12
endstruc

struc point
  .x: resd 1
  .y: resd 1
endstruc

absolute 0x8000
scratch:    resb 64
counter:    resq 1
buffer:     resw 10

section .text
start:
        mov eax, [rdi + vcpu.id]
        mov rbx, [rdi + vcpu.vmcs_pa]
        lea rsi, [rdi + vcpu.regs + 8 * 3]
        mov ecx, vcpu_size
        mov edx, point_size
        mov rax, [abs counter]
        mov [abs scratch + 8], rax
        lea rdx, [rel vcpu0]
        ret

        align 16
vcpu0:
        istruc vcpu
            at vcpu.id,      dd 1
            at vcpu.flags,   dw 0x8001
            at vcpu.vmcs_pa, dq 0x123000
            at vcpu.name,    db 'vcpu0'
        iend

origin: istruc point
            at point.x, dd -1
            at point.y, dd 2
        iend

        dd buffer, counter - scratch
        dq vcpu_size, point.y
