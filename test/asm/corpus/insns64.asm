; generated instruction corpus (NASM operand syntax, all forms checked against nasm)
bits 64
add al, al
add al, cl
add al, dl
add al, [rax*3]
add [rax*3], al
add al, [rsp+r9*2]
add [rsp+r9*2], al
add al, [rdi*1]
add [rdi*1], al
add al, 0
add al, 1
add al, 5
add al, -1
add al, 127
add al, 128
add al, -128
add al, -129
add al, 255
add al, 256
add al, 0x7fff
add al, 0x8000
add al, 0xffff
add al, 0x12345
add al, 0x7fffffff
add al, 0x80000000
add al, 0xffffffff
add cl, al
add cl, cl
add cl, dl
add cl, [r12]
add [r12], cl
add cl, [rel lbl]
add [rel lbl], cl
add cl, [lbl]
add [lbl], cl
add cl, 0
add cl, 1
add cl, 5
add cl, -1
add cl, 127
add cl, 128
add cl, -128
add cl, -129
add cl, 255
add cl, 256
add cl, 0x7fff
add cl, 0x8000
add cl, 0xffff
add cl, 0x12345
add cl, 0x7fffffff
add cl, 0x80000000
add cl, 0xffffffff
add dl, al
add dl, cl
add dl, dl
add dl, [rdx-0x80]
add [rdx-0x80], dl
add dl, [r13]
add [r13], dl
add dl, [rax*3]
add [rax*3], dl
add dl, 0
add dl, 1
add dl, 5
add dl, -1
add dl, 127
add dl, 128
add dl, -128
add dl, -129
add dl, 255
add dl, 256
add dl, 0x7fff
add dl, 0x8000
add dl, 0xffff
add dl, 0x12345
add dl, 0x7fffffff
add dl, 0x80000000
add dl, 0xffffffff
add bl, al
add bl, cl
add bl, dl
add bl, [rax*3]
add [rax*3], bl
add bl, [rax]
add [rax], bl
add bl, [r13]
add [r13], bl
add bl, 0
add bl, 1
add bl, 5
add bl, -1
add bl, 127
add bl, 128
add bl, -128
add bl, -129
add bl, 255
add bl, 256
add bl, 0x7fff
add bl, 0x8000
add bl, 0xffff
add bl, 0x12345
add bl, 0x7fffffff
add bl, 0x80000000
add bl, 0xffffffff
add byte [rel lbl], 0x7fffffff
add byte [rel lbl], 0xffffffff
add byte [rel lbl], 0x80000000
add byte [rel lbl], 128
add byte [rbp], -129
add byte [rbp], 0x7fffffff
add byte [rbp], -1
add byte [rbp], 0x8000
add byte [lbl], 0x80000000
add byte [lbl], 0x7fff
add byte [lbl], 0x8000
add byte [lbl], 0xffffffff
add ax, ax
add ax, cx
add ax, dx
add ax, [rdx-0x80]
add [rdx-0x80], ax
add ax, [gs:0x30]
add [gs:0x30], ax
add ax, [rdx+0x80]
add [rdx+0x80], ax
add ax, 0
add ax, 1
add ax, 5
add ax, -1
add ax, 127
add ax, 128
add ax, -128
add ax, -129
add ax, 255
add ax, 256
add ax, 0x7fff
add ax, 0x8000
add ax, 0xffff
add ax, 0x12345
add ax, 0x7fffffff
add ax, 0x80000000
add ax, 0xffffffff
add cx, ax
add cx, cx
add cx, dx
add cx, [rbp]
add [rbp], cx
add cx, [r13+8]
add [r13+8], cx
add cx, [rsp+4]
add [rsp+4], cx
add cx, [0x1234]
add [0x1234], cx
add cx, 0
add cx, 1
add cx, 5
add cx, -1
add cx, 127
add cx, 128
add cx, -128
add cx, -129
add cx, 255
add cx, 256
add cx, 0x7fff
add cx, 0x8000
add cx, 0xffff
add cx, 0x12345
add cx, 0x7fffffff
add cx, 0x80000000
add cx, 0xffffffff
add dx, ax
add dx, cx
add dx, dx
add dx, [gs:0x30]
add [gs:0x30], dx
add dx, [lbl]
add [lbl], dx
add dx, [rax]
add [rax], dx
add dx, [rax*3]
add [rax*3], dx
add dx, 0
add dx, 1
add dx, 5
add dx, -1
add dx, 127
add dx, 128
add dx, -128
add dx, -129
add dx, 255
add dx, 256
add dx, 0x7fff
add dx, 0x8000
add dx, 0xffff
add dx, 0x12345
add dx, 0x7fffffff
add dx, 0x80000000
add dx, 0xffffffff
add bx, ax
add bx, cx
add bx, dx
add bx, [rel lbl]
add [rel lbl], bx
add bx, [eax]
add [eax], bx
add bx, [rbp]
add [rbp], bx
add bx, 0
add bx, 1
add bx, 5
add bx, -1
add bx, 127
add bx, 128
add bx, -128
add bx, -129
add bx, 255
add bx, 256
add bx, 0x7fff
add bx, 0x8000
add bx, 0xffff
add bx, 0x12345
add bx, 0x7fffffff
add bx, 0x80000000
add bx, 0xffffffff
add word [rdx-0x80], 1
add word [rdx-0x80], -128
add word [rdx-0x80], 0x8000
add word [rdx-0x80], 0xffffffff
add word [rax], 0x7fff
add word [rax], -1
add word [rax], 0xffffffff
add word [rax], 0x12345
add eax, eax
add eax, ecx
add eax, edx
add eax, [r13+8]
add eax, [rsp]
add eax, [rel lbl]
add eax, 0
add eax, 1
add eax, 5
add eax, -1
add eax, 127
add eax, 128
add eax, -128
add eax, -129
add eax, 255
add eax, 256
add eax, 0x7fff
add eax, 0x8000
add eax, 0xffff
add eax, 0x12345
add eax, 0x7fffffff
add eax, 0x80000000
add eax, 0xffffffff
add ecx, eax
add ecx, ecx
add ecx, edx
add ecx, [r8+r15*8-0x20]
add ecx, [rdx+0x80]
add ecx, [r13]
add ecx, 0
add ecx, 1
add ecx, 5
add ecx, -1
add ecx, 127
add ecx, 128
add ecx, -128
add ecx, -129
add ecx, 255
add ecx, 256
add ecx, 0x7fff
add ecx, 0x8000
add ecx, 0xffff
add ecx, 0x12345
add ecx, 0x7fffffff
add ecx, 0x80000000
add ecx, 0xffffffff
add edx, eax
add edx, ecx
add edx, edx
add edx, [rax*2]
add edx, [rax]
add edx, [r13+8]
add edx, 0
add edx, 1
add edx, 5
add edx, -1
add edx, 127
add edx, 128
add edx, -128
add edx, -129
add edx, 255
add edx, 256
add edx, 0x7fff
add edx, 0x8000
add edx, 0xffff
add edx, 0x12345
add edx, 0x7fffffff
add edx, 0x80000000
add edx, 0xffffffff
add ebx, eax
add ebx, ecx
add ebx, edx
add ebx, [r8+r15*8-0x20]
add ebx, [rel lbl]
add ebx, [rdi*1]
add ebx, 0
add ebx, 1
add ebx, 5
add ebx, -1
add ebx, 127
add ebx, 128
add ebx, -128
add ebx, -129
add ebx, 255
add ebx, 256
add ebx, 0x7fff
add ebx, 0x8000
add ebx, 0xffff
add ebx, 0x12345
add ebx, 0x7fffffff
add ebx, 0x80000000
add ebx, 0xffffffff
add dword [eax], 0x8000
add dword [eax], 256
add dword [eax], 127
add dword [eax], -128
add dword [r12], 0x12345
add dword [r12], 0x7fffffff
add dword [r12], 0xffff
add dword [r12], 0xffffffff
add dword [r13+8], 5
add dword [r13+8], -128
add dword [r13+8], 0x80000000
add dword [r13+8], -1
add rax, rax
add rax, rcx
add rax, rbx
add rax, [r13]
add [r13], rax
add rax, [rbp]
add [rbp], rax
add rax, [rax*2]
add [rax*2], rax
add rax, [r13+8]
add [r13+8], rax
add rax, 0
add rax, 1
add rax, 5
add rax, -1
add rax, 127
add rax, 128
add rax, -128
add rax, -129
add rax, 255
add rax, 256
add rax, 0x7fff
add rax, 0x8000
add rax, 0xffff
add rax, 0x12345
add rax, 0x7fffffff
add rax, 0x80000000
add rax, 0xffffffff
add rcx, rax
add rcx, rcx
add rcx, rbx
add rcx, [rax*2]
add [rax*2], rcx
add rcx, [r8+r15*8-0x20]
add [r8+r15*8-0x20], rcx
add rcx, [rdx-0x80]
add [rdx-0x80], rcx
add rcx, [rcx*8]
add [rcx*8], rcx
add rcx, 0
add rcx, 1
add rcx, 5
add rcx, -1
add rcx, 127
add rcx, 128
add rcx, -128
add rcx, -129
add rcx, 255
add rcx, 256
add rcx, 0x7fff
add rcx, 0x8000
add rcx, 0xffff
add rcx, 0x12345
add rcx, 0x7fffffff
add rcx, 0x80000000
add rcx, 0xffffffff
add rbx, rax
add rbx, rcx
add rbx, rbx
add rbx, [r13]
add [r13], rbx
add rbx, [eax]
add rbx, 0
add rbx, 1
add rbx, 5
add rbx, -1
add rbx, 127
add rbx, 128
add rbx, -128
add rbx, -129
add rbx, 255
add rbx, 256
add rbx, 0x7fff
add rbx, 0x8000
add rbx, 0xffff
add rbx, 0x12345
add rbx, 0x7fffffff
add rbx, 0x80000000
add rbx, 0xffffffff
add rsp, rax
add rsp, rcx
add rsp, rbx
add rsp, [eax]
add rsp, [rax+rbp]
add [rax+rbp], rsp
add rsp, [0x1234]
add [0x1234], rsp
add rsp, [rax]
add [rax], rsp
add rsp, 0
add rsp, 1
add rsp, 5
add rsp, -1
add rsp, 127
add rsp, 128
add rsp, -128
add rsp, -129
add rsp, 255
add rsp, 256
add rsp, 0x7fff
add rsp, 0x8000
add rsp, 0xffff
add rsp, 0x12345
add rsp, 0x7fffffff
add rsp, 0x80000000
add rsp, 0xffffffff
add qword [r8+r15*8-0x20], 0x7fffffff
add qword [r8+r15*8-0x20], 0x80000000
add qword [r8+r15*8-0x20], 5
add qword [r8+r15*8-0x20], 0x7fff
add qword [rsp+r9*2], 127
add qword [rsp+r9*2], 0
add qword [rsp+r9*2], 128
add qword [rsp+r9*2], -128
or al, al
or al, cl
or al, dl
or al, [rsp+4]
or [rsp+4], al
or al, [r12]
or [r12], al
or al, [r13+8]
or [r13+8], al
or al, 0
or al, 1
or al, 5
or al, -1
or al, 127
or al, 128
or al, -128
or al, -129
or al, 255
or al, 256
or al, 0x7fff
or al, 0x8000
or al, 0xffff
or al, 0x12345
or al, 0x7fffffff
or al, 0x80000000
or al, 0xffffffff
or cl, al
or cl, cl
or cl, dl
or cl, [lbl]
or [lbl], cl
or cl, [rsp+r9*2]
or [rsp+r9*2], cl
or cl, [rax*3]
or [rax*3], cl
or cl, 0
or cl, 1
or cl, 5
or cl, -1
or cl, 127
or cl, 128
or cl, -128
or cl, -129
or cl, 255
or cl, 256
or cl, 0x7fff
or cl, 0x8000
or cl, 0xffff
or cl, 0x12345
or cl, 0x7fffffff
or cl, 0x80000000
or cl, 0xffffffff
or dl, al
or dl, cl
or dl, dl
or dl, [rdx+0x80]
or [rdx+0x80], dl
or dl, [rax]
or [rax], dl
or dl, 0
or dl, 1
or dl, 5
or dl, -1
or dl, 127
or dl, 128
or dl, -128
or dl, -129
or dl, 255
or dl, 256
or dl, 0x7fff
or dl, 0x8000
or dl, 0xffff
or dl, 0x12345
or dl, 0x7fffffff
or dl, 0x80000000
or dl, 0xffffffff
or bl, al
or bl, cl
or bl, dl
or bl, [rel lbl]
or [rel lbl], bl
or bl, [rsp]
or [rsp], bl
or bl, [r13+8]
or [r13+8], bl
or bl, 0
or bl, 1
or bl, 5
or bl, -1
or bl, 127
or bl, 128
or bl, -128
or bl, -129
or bl, 255
or bl, 256
or bl, 0x7fff
or bl, 0x8000
or bl, 0xffff
or bl, 0x12345
or bl, 0x7fffffff
or bl, 0x80000000
or bl, 0xffffffff
or byte [rsp+4], 255
or byte [rsp+4], 0x12345
or byte [rsp+4], 128
or byte [rsp+4], 0xffff
or byte [rdi*1], -129
or byte [rdi*1], 1
or byte [rdi*1], 0x80000000
or byte [rdi*1], 256
or byte [rax*2], 0xffffffff
or byte [rax*2], 128
or byte [rax*2], 5
or byte [rax*2], 127
or ax, ax
or ax, cx
or ax, dx
or ax, [rbp]
or [rbp], ax
or ax, [rax+rbp]
or [rax+rbp], ax
or ax, [rsp]
or [rsp], ax
or ax, [rcx*8]
or [rcx*8], ax
or ax, 0
or ax, 1
or ax, 5
or ax, -1
or ax, 127
or ax, 128
or ax, -128
or ax, -129
or ax, 255
or ax, 256
or ax, 0x7fff
or ax, 0x8000
or ax, 0xffff
or ax, 0x12345
or ax, 0x7fffffff
or ax, 0x80000000
or ax, 0xffffffff
or cx, ax
or cx, cx
or cx, dx
or cx, [rax]
or [rax], cx
or cx, [rsp+r9*2]
or [rsp+r9*2], cx
or cx, [rbp]
or [rbp], cx
or cx, [rdx+0x80]
or [rdx+0x80], cx
or cx, 0
or cx, 1
or cx, 5
or cx, -1
or cx, 127
or cx, 128
or cx, -128
or cx, -129
or cx, 255
or cx, 256
or cx, 0x7fff
or cx, 0x8000
or cx, 0xffff
or cx, 0x12345
or cx, 0x7fffffff
or cx, 0x80000000
or cx, 0xffffffff
or dx, ax
or dx, cx
or dx, dx
or dx, [eax]
or [eax], dx
or dx, [r8+r15*8-0x20]
or [r8+r15*8-0x20], dx
or dx, [gs:0x30]
or [gs:0x30], dx
or dx, [rax]
or [rax], dx
or dx, 0
or dx, 1
or dx, 5
or dx, -1
or dx, 127
or dx, 128
or dx, -128
or dx, -129
or dx, 255
or dx, 256
or dx, 0x7fff
or dx, 0x8000
or dx, 0xffff
or dx, 0x12345
or dx, 0x7fffffff
or dx, 0x80000000
or dx, 0xffffffff
or bx, ax
or bx, cx
or bx, dx
or bx, [rsp]
or [rsp], bx
or bx, [rbp]
or [rbp], bx
or bx, [rax]
or [rax], bx
or bx, 0
or bx, 1
or bx, 5
or bx, -1
or bx, 127
or bx, 128
or bx, -128
or bx, -129
or bx, 255
or bx, 256
or bx, 0x7fff
or bx, 0x8000
or bx, 0xffff
or bx, 0x12345
or bx, 0x7fffffff
or bx, 0x80000000
or bx, 0xffffffff
or word [lbl], 255
or word [lbl], 256
or word [lbl], 0x80000000
or word [lbl], 0xffffffff
or word [rax], 0xffffffff
or word [rax], 255
or word [rax], 0x7fffffff
or word [rax], -1
or eax, eax
or eax, ecx
or eax, edx
or eax, [rcx*8]
or eax, [rdx-0x80]
or eax, [rax+rbp]
or eax, 0
or eax, 1
or eax, 5
or eax, -1
or eax, 127
or eax, 128
or eax, -128
or eax, -129
or eax, 255
or eax, 256
or eax, 0x7fff
or eax, 0x8000
or eax, 0xffff
or eax, 0x12345
or eax, 0x7fffffff
or eax, 0x80000000
or eax, 0xffffffff
or ecx, eax
or ecx, ecx
or ecx, edx
or ecx, [rbp]
or ecx, [rax*2]
or ecx, [r8+r15*8-0x20]
or ecx, 0
or ecx, 1
or ecx, 5
or ecx, -1
or ecx, 127
or ecx, 128
or ecx, -128
or ecx, -129
or ecx, 255
or ecx, 256
or ecx, 0x7fff
or ecx, 0x8000
or ecx, 0xffff
or ecx, 0x12345
or ecx, 0x7fffffff
or ecx, 0x80000000
or ecx, 0xffffffff
or edx, eax
or edx, ecx
or edx, edx
or edx, [fs:eax]
or [fs:eax], edx
or edx, [rbp]
or edx, [rdx+0x80]
or edx, 0
or edx, 1
or edx, 5
or edx, -1
or edx, 127
or edx, 128
or edx, -128
or edx, -129
or edx, 255
or edx, 256
or edx, 0x7fff
or edx, 0x8000
or edx, 0xffff
or edx, 0x12345
or edx, 0x7fffffff
or edx, 0x80000000
or edx, 0xffffffff
or ebx, eax
or ebx, ecx
or ebx, edx
or ebx, [rsp+4]
or ebx, [rax]
or ebx, [r12]
or ebx, 0
or ebx, 1
or ebx, 5
or ebx, -1
or ebx, 127
or ebx, 128
or ebx, -128
or ebx, -129
or ebx, 255
or ebx, 256
or ebx, 0x7fff
or ebx, 0x8000
or ebx, 0xffff
or ebx, 0x12345
or ebx, 0x7fffffff
or ebx, 0x80000000
or ebx, 0xffffffff
or dword [rdi*1], 128
or dword [rdi*1], -128
or dword [rdi*1], -1
or dword [rdi*1], 5
or dword [r13+8], 256
or dword [r13+8], -1
or dword [r13+8], 0
or dword [r13+8], 0xffff
or dword [rsp], 0x7fff
or dword [rsp], 127
or dword [rsp], 1
or dword [rsp], 0x12345
or rax, rax
or rax, rcx
or rax, rbx
or rax, [fs:eax]
or [fs:eax], rax
or rax, [rax*2]
or [rax*2], rax
or rax, [rbp]
or [rbp], rax
or rax, 0
or rax, 1
or rax, 5
or rax, -1
or rax, 127
or rax, 128
or rax, -128
or rax, -129
or rax, 255
or rax, 256
or rax, 0x7fff
or rax, 0x8000
or rax, 0xffff
or rax, 0x12345
or rax, 0x7fffffff
or rax, 0x80000000
or rax, 0xffffffff
or rcx, rax
or rcx, rcx
or rcx, rbx
or rcx, [eax]
or rcx, [0x1234]
or [0x1234], rcx
or rcx, [rbp]
or [rbp], rcx
or rcx, 0
or rcx, 1
or rcx, 5
or rcx, -1
or rcx, 127
or rcx, 128
or rcx, -128
or rcx, -129
or rcx, 255
or rcx, 256
or rcx, 0x7fff
or rcx, 0x8000
or rcx, 0xffff
or rcx, 0x12345
or rcx, 0x7fffffff
or rcx, 0x80000000
or rcx, 0xffffffff
or rbx, rax
or rbx, rcx
or rbx, rbx
or rbx, [r12]
or [r12], rbx
or rbx, [rsp]
or [rsp], rbx
or rbx, [fs:eax]
or [fs:eax], rbx
or rbx, [rcx*8]
or [rcx*8], rbx
or rbx, 0
or rbx, 1
or rbx, 5
or rbx, -1
or rbx, 127
or rbx, 128
or rbx, -128
or rbx, -129
or rbx, 255
or rbx, 256
or rbx, 0x7fff
or rbx, 0x8000
or rbx, 0xffff
or rbx, 0x12345
or rbx, 0x7fffffff
or rbx, 0x80000000
or rbx, 0xffffffff
or rsp, rax
or rsp, rcx
or rsp, rbx
or rsp, [lbl]
or [lbl], rsp
or rsp, [rax*2]
or [rax*2], rsp
or rsp, [rsp+r9*2]
or [rsp+r9*2], rsp
or rsp, 0
or rsp, 1
or rsp, 5
or rsp, -1
or rsp, 127
or rsp, 128
or rsp, -128
or rsp, -129
or rsp, 255
or rsp, 256
or rsp, 0x7fff
or rsp, 0x8000
or rsp, 0xffff
or rsp, 0x12345
or rsp, 0x7fffffff
or rsp, 0x80000000
or rsp, 0xffffffff
or qword [rsp+4], 1
or qword [rsp+4], -1
or qword [rsp+4], 0xffffffff
or qword [rsp+4], 0xffff
or qword [rbp], -129
or qword [rbp], 256
or qword [rbp], 0x8000
or qword [rbp], 127
or qword [rcx*8], 0xffffffff
or qword [rcx*8], 0x12345
or qword [rcx*8], 0x80000000
or qword [rcx*8], -1
adc al, al
adc al, cl
adc al, dl
adc al, [eax]
adc [eax], al
adc al, [rbp]
adc [rbp], al
adc al, [rax*3]
adc [rax*3], al
adc al, [rel lbl]
adc [rel lbl], al
adc al, 0
adc al, 1
adc al, 5
adc al, -1
adc al, 127
adc al, 128
adc al, -128
adc al, -129
adc al, 255
adc al, 256
adc al, 0x7fff
adc al, 0x8000
adc al, 0xffff
adc al, 0x12345
adc al, 0x7fffffff
adc al, 0x80000000
adc al, 0xffffffff
adc cl, al
adc cl, cl
adc cl, dl
adc cl, [rcx*8]
adc [rcx*8], cl
adc cl, [0x1234]
adc [0x1234], cl
adc cl, [fs:eax]
adc [fs:eax], cl
adc cl, 0
adc cl, 1
adc cl, 5
adc cl, -1
adc cl, 127
adc cl, 128
adc cl, -128
adc cl, -129
adc cl, 255
adc cl, 256
adc cl, 0x7fff
adc cl, 0x8000
adc cl, 0xffff
adc cl, 0x12345
adc cl, 0x7fffffff
adc cl, 0x80000000
adc cl, 0xffffffff
adc dl, al
adc dl, cl
adc dl, dl
adc dl, [rel lbl]
adc [rel lbl], dl
adc dl, [gs:0x30]
adc [gs:0x30], dl
adc dl, [rsp+r9*2]
adc [rsp+r9*2], dl
adc dl, [r13]
adc [r13], dl
adc dl, 0
adc dl, 1
adc dl, 5
adc dl, -1
adc dl, 127
adc dl, 128
adc dl, -128
adc dl, -129
adc dl, 255
adc dl, 256
adc dl, 0x7fff
adc dl, 0x8000
adc dl, 0xffff
adc dl, 0x12345
adc dl, 0x7fffffff
adc dl, 0x80000000
adc dl, 0xffffffff
adc bl, al
adc bl, cl
adc bl, dl
adc bl, [rdx-0x80]
adc [rdx-0x80], bl
adc bl, [gs:0x30]
adc [gs:0x30], bl
adc bl, [rsp+r9*2]
adc [rsp+r9*2], bl
adc bl, [rsp]
adc [rsp], bl
adc bl, 0
adc bl, 1
adc bl, 5
adc bl, -1
adc bl, 127
adc bl, 128
adc bl, -128
adc bl, -129
adc bl, 255
adc bl, 256
adc bl, 0x7fff
adc bl, 0x8000
adc bl, 0xffff
adc bl, 0x12345
adc bl, 0x7fffffff
adc bl, 0x80000000
adc bl, 0xffffffff
adc byte [rdx+0x80], 0x80000000
adc byte [rdx+0x80], 0x7fff
adc byte [rdx+0x80], 0x7fffffff
adc byte [rdx+0x80], 5
adc byte [rax*2], -1
adc byte [rax*2], -129
adc byte [rax*2], 1
adc byte [rax*2], 0xffff
adc ax, ax
adc ax, cx
adc ax, dx
adc ax, [rel lbl]
adc [rel lbl], ax
adc ax, [0x1234]
adc [0x1234], ax
adc ax, 0
adc ax, 1
adc ax, 5
adc ax, -1
adc ax, 127
adc ax, 128
adc ax, -128
adc ax, -129
adc ax, 255
adc ax, 256
adc ax, 0x7fff
adc ax, 0x8000
adc ax, 0xffff
adc ax, 0x12345
adc ax, 0x7fffffff
adc ax, 0x80000000
adc ax, 0xffffffff
adc cx, ax
adc cx, cx
adc cx, dx
adc cx, [rdx+0x80]
adc [rdx+0x80], cx
adc cx, [fs:eax]
adc [fs:eax], cx
adc cx, [0x1234]
adc [0x1234], cx
adc cx, 0
adc cx, 1
adc cx, 5
adc cx, -1
adc cx, 127
adc cx, 128
adc cx, -128
adc cx, -129
adc cx, 255
adc cx, 256
adc cx, 0x7fff
adc cx, 0x8000
adc cx, 0xffff
adc cx, 0x12345
adc cx, 0x7fffffff
adc cx, 0x80000000
adc cx, 0xffffffff
adc dx, ax
adc dx, cx
adc dx, dx
adc dx, [rdx-0x80]
adc [rdx-0x80], dx
adc dx, [rdi*1]
adc [rdi*1], dx
adc dx, [rax]
adc [rax], dx
adc dx, 0
adc dx, 1
adc dx, 5
adc dx, -1
adc dx, 127
adc dx, 128
adc dx, -128
adc dx, -129
adc dx, 255
adc dx, 256
adc dx, 0x7fff
adc dx, 0x8000
adc dx, 0xffff
adc dx, 0x12345
adc dx, 0x7fffffff
adc dx, 0x80000000
adc dx, 0xffffffff
adc bx, ax
adc bx, cx
adc bx, dx
adc bx, [0x1234]
adc [0x1234], bx
adc bx, 0
adc bx, 1
adc bx, 5
adc bx, -1
adc bx, 127
adc bx, 128
adc bx, -128
adc bx, -129
adc bx, 255
adc bx, 256
adc bx, 0x7fff
adc bx, 0x8000
adc bx, 0xffff
adc bx, 0x12345
adc bx, 0x7fffffff
adc bx, 0x80000000
adc bx, 0xffffffff
adc word [r12], 127
adc word [r12], 0xffffffff
adc word [r12], 5
adc word [r12], 1
adc eax, eax
adc eax, ecx
adc eax, edx
adc eax, [rax*3]
adc eax, [gs:0x30]
adc [gs:0x30], eax
adc eax, 0
adc eax, 1
adc eax, 5
adc eax, -1
adc eax, 127
adc eax, 128
adc eax, -128
adc eax, -129
adc eax, 255
adc eax, 256
adc eax, 0x7fff
adc eax, 0x8000
adc eax, 0xffff
adc eax, 0x12345
adc eax, 0x7fffffff
adc eax, 0x80000000
adc eax, 0xffffffff
adc ecx, eax
adc ecx, ecx
adc ecx, edx
adc ecx, [rsp]
adc ecx, [rdx+0x80]
adc ecx, 0
adc ecx, 1
adc ecx, 5
adc ecx, -1
adc ecx, 127
adc ecx, 128
adc ecx, -128
adc ecx, -129
adc ecx, 255
adc ecx, 256
adc ecx, 0x7fff
adc ecx, 0x8000
adc ecx, 0xffff
adc ecx, 0x12345
adc ecx, 0x7fffffff
adc ecx, 0x80000000
adc ecx, 0xffffffff
adc edx, eax
adc edx, ecx
adc edx, edx
adc edx, [0x1234]
adc [0x1234], edx
adc edx, [rax+rbp]
adc edx, 0
adc edx, 1
adc edx, 5
adc edx, -1
adc edx, 127
adc edx, 128
adc edx, -128
adc edx, -129
adc edx, 255
adc edx, 256
adc edx, 0x7fff
adc edx, 0x8000
adc edx, 0xffff
adc edx, 0x12345
adc edx, 0x7fffffff
adc edx, 0x80000000
adc edx, 0xffffffff
adc ebx, eax
adc ebx, ecx
adc ebx, edx
adc ebx, [fs:eax]
adc [fs:eax], ebx
adc ebx, [rsp+4]
adc ebx, [gs:0x30]
adc [gs:0x30], ebx
adc ebx, 0
adc ebx, 1
adc ebx, 5
adc ebx, -1
adc ebx, 127
adc ebx, 128
adc ebx, -128
adc ebx, -129
adc ebx, 255
adc ebx, 256
adc ebx, 0x7fff
adc ebx, 0x8000
adc ebx, 0xffff
adc ebx, 0x12345
adc ebx, 0x7fffffff
adc ebx, 0x80000000
adc ebx, 0xffffffff
adc dword [rsp+r9*2], 128
adc dword [rsp+r9*2], 0x80000000
adc dword [rsp+r9*2], 255
adc dword [rsp+r9*2], 0
adc dword [rsp], 0x8000
adc dword [rsp], 0xffffffff
adc dword [rsp], 0x12345
adc dword [rsp], 0x7fffffff
adc rax, rax
adc rax, rcx
adc rax, rbx
adc rax, [lbl]
adc [lbl], rax
adc rax, [rdi*1]
adc [rdi*1], rax
adc rax, [r13+8]
adc [r13+8], rax
adc rax, [rsp+r9*2]
adc [rsp+r9*2], rax
adc rax, 0
adc rax, 1
adc rax, 5
adc rax, -1
adc rax, 127
adc rax, 128
adc rax, -128
adc rax, -129
adc rax, 255
adc rax, 256
adc rax, 0x7fff
adc rax, 0x8000
adc rax, 0xffff
adc rax, 0x12345
adc rax, 0x7fffffff
adc rax, 0x80000000
adc rax, 0xffffffff
adc rcx, rax
adc rcx, rcx
adc rcx, rbx
adc rcx, [0x1234]
adc [0x1234], rcx
adc rcx, [r13+8]
adc [r13+8], rcx
adc rcx, [rsp+4]
adc [rsp+4], rcx
adc rcx, 0
adc rcx, 1
adc rcx, 5
adc rcx, -1
adc rcx, 127
adc rcx, 128
adc rcx, -128
adc rcx, -129
adc rcx, 255
adc rcx, 256
adc rcx, 0x7fff
adc rcx, 0x8000
adc rcx, 0xffff
adc rcx, 0x12345
adc rcx, 0x7fffffff
adc rcx, 0x80000000
adc rcx, 0xffffffff
adc rbx, rax
adc rbx, rcx
adc rbx, rbx
adc rbx, [rdx-0x80]
adc [rdx-0x80], rbx
adc rbx, [rbp]
adc [rbp], rbx
adc rbx, [rax*3]
adc [rax*3], rbx
adc rbx, 0
adc rbx, 1
adc rbx, 5
adc rbx, -1
adc rbx, 127
adc rbx, 128
adc rbx, -128
adc rbx, -129
adc rbx, 255
adc rbx, 256
adc rbx, 0x7fff
adc rbx, 0x8000
adc rbx, 0xffff
adc rbx, 0x12345
adc rbx, 0x7fffffff
adc rbx, 0x80000000
adc rbx, 0xffffffff
adc rsp, rax
adc rsp, rcx
adc rsp, rbx
adc rsp, [rax+rbp]
adc [rax+rbp], rsp
adc rsp, [r13]
adc [r13], rsp
adc rsp, [r8+r15*8-0x20]
adc [r8+r15*8-0x20], rsp
adc rsp, [lbl]
adc [lbl], rsp
adc rsp, 0
adc rsp, 1
adc rsp, 5
adc rsp, -1
adc rsp, 127
adc rsp, 128
adc rsp, -128
adc rsp, -129
adc rsp, 255
adc rsp, 256
adc rsp, 0x7fff
adc rsp, 0x8000
adc rsp, 0xffff
adc rsp, 0x12345
adc rsp, 0x7fffffff
adc rsp, 0x80000000
adc rsp, 0xffffffff
adc qword [rcx*8], 256
adc qword [rcx*8], 0x7fff
adc qword [rcx*8], 0xffffffff
adc qword [rcx*8], -128
adc qword [rbp], -129
adc qword [rbp], 0x8000
adc qword [rbp], 0xffff
adc qword [rbp], 0
adc qword [rax*2], -129
adc qword [rax*2], 256
adc qword [rax*2], 0x8000
adc qword [rax*2], 0x80000000
sbb al, al
sbb al, cl
sbb al, dl
sbb al, [rax]
sbb [rax], al
sbb al, [rcx*8]
sbb [rcx*8], al
sbb al, [rsp+4]
sbb [rsp+4], al
sbb al, 0
sbb al, 1
sbb al, 5
sbb al, -1
sbb al, 127
sbb al, 128
sbb al, -128
sbb al, -129
sbb al, 255
sbb al, 256
sbb al, 0x7fff
sbb al, 0x8000
sbb al, 0xffff
sbb al, 0x12345
sbb al, 0x7fffffff
sbb al, 0x80000000
sbb al, 0xffffffff
sbb cl, al
sbb cl, cl
sbb cl, dl
sbb cl, [rax*2]
sbb [rax*2], cl
sbb cl, [0x1234]
sbb [0x1234], cl
sbb cl, [rdi*1]
sbb [rdi*1], cl
sbb cl, [rax+rbp]
sbb [rax+rbp], cl
sbb cl, 0
sbb cl, 1
sbb cl, 5
sbb cl, -1
sbb cl, 127
sbb cl, 128
sbb cl, -128
sbb cl, -129
sbb cl, 255
sbb cl, 256
sbb cl, 0x7fff
sbb cl, 0x8000
sbb cl, 0xffff
sbb cl, 0x12345
sbb cl, 0x7fffffff
sbb cl, 0x80000000
sbb cl, 0xffffffff
sbb dl, al
sbb dl, cl
sbb dl, dl
sbb dl, [rax*3]
sbb [rax*3], dl
sbb dl, [rax*2]
sbb [rax*2], dl
sbb dl, 0
sbb dl, 1
sbb dl, 5
sbb dl, -1
sbb dl, 127
sbb dl, 128
sbb dl, -128
sbb dl, -129
sbb dl, 255
sbb dl, 256
sbb dl, 0x7fff
sbb dl, 0x8000
sbb dl, 0xffff
sbb dl, 0x12345
sbb dl, 0x7fffffff
sbb dl, 0x80000000
sbb dl, 0xffffffff
sbb bl, al
sbb bl, cl
sbb bl, dl
sbb bl, [rsp]
sbb [rsp], bl
sbb bl, [r12]
sbb [r12], bl
sbb bl, [rdi*1]
sbb [rdi*1], bl
sbb bl, 0
sbb bl, 1
sbb bl, 5
sbb bl, -1
sbb bl, 127
sbb bl, 128
sbb bl, -128
sbb bl, -129
sbb bl, 255
sbb bl, 256
sbb bl, 0x7fff
sbb bl, 0x8000
sbb bl, 0xffff
sbb bl, 0x12345
sbb bl, 0x7fffffff
sbb bl, 0x80000000
sbb bl, 0xffffffff
sbb byte [rdi*1], 0x12345
sbb byte [rdi*1], 0x7fffffff
sbb byte [rdi*1], 256
sbb byte [rdi*1], 255
sbb byte [rax+rbp], 0x80000000
sbb byte [rax+rbp], 128
sbb byte [rax+rbp], 255
sbb byte [rax+rbp], 0x12345
sbb ax, ax
sbb ax, cx
sbb ax, dx
sbb ax, [rsp]
sbb [rsp], ax
sbb ax, [rax*3]
sbb [rax*3], ax
sbb ax, [rcx*8]
sbb [rcx*8], ax
sbb ax, [rax*2]
sbb [rax*2], ax
sbb ax, 0
sbb ax, 1
sbb ax, 5
sbb ax, -1
sbb ax, 127
sbb ax, 128
sbb ax, -128
sbb ax, -129
sbb ax, 255
sbb ax, 256
sbb ax, 0x7fff
sbb ax, 0x8000
sbb ax, 0xffff
sbb ax, 0x12345
sbb ax, 0x7fffffff
sbb ax, 0x80000000
sbb ax, 0xffffffff
sbb cx, ax
sbb cx, cx
sbb cx, dx
sbb cx, [rel lbl]
sbb [rel lbl], cx
sbb cx, [rcx*8]
sbb [rcx*8], cx
sbb cx, [rax]
sbb [rax], cx
sbb cx, 0
sbb cx, 1
sbb cx, 5
sbb cx, -1
sbb cx, 127
sbb cx, 128
sbb cx, -128
sbb cx, -129
sbb cx, 255
sbb cx, 256
sbb cx, 0x7fff
sbb cx, 0x8000
sbb cx, 0xffff
sbb cx, 0x12345
sbb cx, 0x7fffffff
sbb cx, 0x80000000
sbb cx, 0xffffffff
sbb dx, ax
sbb dx, cx
sbb dx, dx
sbb dx, [0x1234]
sbb [0x1234], dx
sbb dx, [rbp]
sbb [rbp], dx
sbb dx, 0
sbb dx, 1
sbb dx, 5
sbb dx, -1
sbb dx, 127
sbb dx, 128
sbb dx, -128
sbb dx, -129
sbb dx, 255
sbb dx, 256
sbb dx, 0x7fff
sbb dx, 0x8000
sbb dx, 0xffff
sbb dx, 0x12345
sbb dx, 0x7fffffff
sbb dx, 0x80000000
sbb dx, 0xffffffff
sbb bx, ax
sbb bx, cx
sbb bx, dx
sbb bx, [lbl]
sbb [lbl], bx
sbb bx, [0x1234]
sbb [0x1234], bx
sbb bx, [rsp]
sbb [rsp], bx
sbb bx, [r13]
sbb [r13], bx
sbb bx, 0
sbb bx, 1
sbb bx, 5
sbb bx, -1
sbb bx, 127
sbb bx, 128
sbb bx, -128
sbb bx, -129
sbb bx, 255
sbb bx, 256
sbb bx, 0x7fff
sbb bx, 0x8000
sbb bx, 0xffff
sbb bx, 0x12345
sbb bx, 0x7fffffff
sbb bx, 0x80000000
sbb bx, 0xffffffff
sbb word [rax*2], -128
sbb word [rax*2], 5
sbb word [rax*2], -129
sbb word [rax*2], 0x7fff
sbb word [rsp+r9*2], -128
sbb word [rsp+r9*2], 0x7fff
sbb word [rsp+r9*2], 5
sbb word [rsp+r9*2], 256
sbb word [r8+r15*8-0x20], 0
sbb word [r8+r15*8-0x20], -128
sbb word [r8+r15*8-0x20], 128
sbb word [r8+r15*8-0x20], -129
sbb eax, eax
sbb eax, ecx
sbb eax, edx
sbb eax, [rbp]
sbb eax, [rax+rbp]
sbb eax, [gs:0x30]
sbb [gs:0x30], eax
sbb eax, 0
sbb eax, 1
sbb eax, 5
sbb eax, -1
sbb eax, 127
sbb eax, 128
sbb eax, -128
sbb eax, -129
sbb eax, 255
sbb eax, 256
sbb eax, 0x7fff
sbb eax, 0x8000
sbb eax, 0xffff
sbb eax, 0x12345
sbb eax, 0x7fffffff
sbb eax, 0x80000000
sbb eax, 0xffffffff
sbb ecx, eax
sbb ecx, ecx
sbb ecx, edx
sbb ecx, [0x1234]
sbb [0x1234], ecx
sbb ecx, 0
sbb ecx, 1
sbb ecx, 5
sbb ecx, -1
sbb ecx, 127
sbb ecx, 128
sbb ecx, -128
sbb ecx, -129
sbb ecx, 255
sbb ecx, 256
sbb ecx, 0x7fff
sbb ecx, 0x8000
sbb ecx, 0xffff
sbb ecx, 0x12345
sbb ecx, 0x7fffffff
sbb ecx, 0x80000000
sbb ecx, 0xffffffff
sbb edx, eax
sbb edx, ecx
sbb edx, edx
sbb edx, [rsp]
sbb edx, [rdi*1]
sbb edx, 0
sbb edx, 1
sbb edx, 5
sbb edx, -1
sbb edx, 127
sbb edx, 128
sbb edx, -128
sbb edx, -129
sbb edx, 255
sbb edx, 256
sbb edx, 0x7fff
sbb edx, 0x8000
sbb edx, 0xffff
sbb edx, 0x12345
sbb edx, 0x7fffffff
sbb edx, 0x80000000
sbb edx, 0xffffffff
sbb ebx, eax
sbb ebx, ecx
sbb ebx, edx
sbb ebx, [rsp+r9*2]
sbb ebx, [eax]
sbb [eax], ebx
sbb ebx, [r12]
sbb ebx, 0
sbb ebx, 1
sbb ebx, 5
sbb ebx, -1
sbb ebx, 127
sbb ebx, 128
sbb ebx, -128
sbb ebx, -129
sbb ebx, 255
sbb ebx, 256
sbb ebx, 0x7fff
sbb ebx, 0x8000
sbb ebx, 0xffff
sbb ebx, 0x12345
sbb ebx, 0x7fffffff
sbb ebx, 0x80000000
sbb ebx, 0xffffffff
sbb dword [r13], 5
sbb dword [r13], 0x80000000
sbb dword [r13], 128
sbb dword [r13], -128
sbb dword [rax+rbp], 0x7fff
sbb dword [rax+rbp], 0
sbb dword [rax+rbp], 5
sbb dword [rax+rbp], 128
sbb rax, rax
sbb rax, rcx
sbb rax, rbx
sbb rax, [rax*2]
sbb [rax*2], rax
sbb rax, [rax*3]
sbb [rax*3], rax
sbb rax, 0
sbb rax, 1
sbb rax, 5
sbb rax, -1
sbb rax, 127
sbb rax, 128
sbb rax, -128
sbb rax, -129
sbb rax, 255
sbb rax, 256
sbb rax, 0x7fff
sbb rax, 0x8000
sbb rax, 0xffff
sbb rax, 0x12345
sbb rax, 0x7fffffff
sbb rax, 0x80000000
sbb rax, 0xffffffff
sbb rcx, rax
sbb rcx, rcx
sbb rcx, rbx
sbb rcx, [rax*3]
sbb [rax*3], rcx
sbb rcx, [gs:0x30]
sbb [gs:0x30], rcx
sbb rcx, 0
sbb rcx, 1
sbb rcx, 5
sbb rcx, -1
sbb rcx, 127
sbb rcx, 128
sbb rcx, -128
sbb rcx, -129
sbb rcx, 255
sbb rcx, 256
sbb rcx, 0x7fff
sbb rcx, 0x8000
sbb rcx, 0xffff
sbb rcx, 0x12345
sbb rcx, 0x7fffffff
sbb rcx, 0x80000000
sbb rcx, 0xffffffff
sbb rbx, rax
sbb rbx, rcx
sbb rbx, rbx
sbb rbx, [rdx+0x80]
sbb [rdx+0x80], rbx
sbb rbx, [rax]
sbb [rax], rbx
sbb rbx, 0
sbb rbx, 1
sbb rbx, 5
sbb rbx, -1
sbb rbx, 127
sbb rbx, 128
sbb rbx, -128
sbb rbx, -129
sbb rbx, 255
sbb rbx, 256
sbb rbx, 0x7fff
sbb rbx, 0x8000
sbb rbx, 0xffff
sbb rbx, 0x12345
sbb rbx, 0x7fffffff
sbb rbx, 0x80000000
sbb rbx, 0xffffffff
sbb rsp, rax
sbb rsp, rcx
sbb rsp, rbx
sbb rsp, [r13+8]
sbb [r13+8], rsp
sbb rsp, [rbp]
sbb [rbp], rsp
sbb rsp, 0
sbb rsp, 1
sbb rsp, 5
sbb rsp, -1
sbb rsp, 127
sbb rsp, 128
sbb rsp, -128
sbb rsp, -129
sbb rsp, 255
sbb rsp, 256
sbb rsp, 0x7fff
sbb rsp, 0x8000
sbb rsp, 0xffff
sbb rsp, 0x12345
sbb rsp, 0x7fffffff
sbb rsp, 0x80000000
sbb rsp, 0xffffffff
sbb qword [rsp+4], -128
sbb qword [rsp+4], 255
sbb qword [rsp+4], 128
sbb qword [rsp+4], 0xffff
sbb qword [rdx+0x80], 0x80000000
sbb qword [rdx+0x80], 256
sbb qword [rdx+0x80], 0xffffffff
sbb qword [rdx+0x80], 127
sbb qword [r13], 128
sbb qword [r13], 0x7fff
sbb qword [r13], 5
sbb qword [r13], 0xffffffff
and al, al
and al, cl
and al, dl
and al, [rsp+4]
and [rsp+4], al
and al, [rdx-0x80]
and [rdx-0x80], al
and al, [0x1234]
and [0x1234], al
and al, [rdi*1]
and [rdi*1], al
and al, 0
and al, 1
and al, 5
and al, -1
and al, 127
and al, 128
and al, -128
and al, -129
and al, 255
and al, 256
and al, 0x7fff
and al, 0x8000
and al, 0xffff
and al, 0x12345
and al, 0x7fffffff
and al, 0x80000000
and al, 0xffffffff
and cl, al
and cl, cl
and cl, dl
and cl, [eax]
and [eax], cl
and cl, [r12]
and [r12], cl
and cl, [r8+r15*8-0x20]
and [r8+r15*8-0x20], cl
and cl, [gs:0x30]
and [gs:0x30], cl
and cl, 0
and cl, 1
and cl, 5
and cl, -1
and cl, 127
and cl, 128
and cl, -128
and cl, -129
and cl, 255
and cl, 256
and cl, 0x7fff
and cl, 0x8000
and cl, 0xffff
and cl, 0x12345
and cl, 0x7fffffff
and cl, 0x80000000
and cl, 0xffffffff
and dl, al
and dl, cl
and dl, dl
and dl, [rcx*8]
and [rcx*8], dl
and dl, [rdx-0x80]
and [rdx-0x80], dl
and dl, [fs:eax]
and [fs:eax], dl
and dl, 0
and dl, 1
and dl, 5
and dl, -1
and dl, 127
and dl, 128
and dl, -128
and dl, -129
and dl, 255
and dl, 256
and dl, 0x7fff
and dl, 0x8000
and dl, 0xffff
and dl, 0x12345
and dl, 0x7fffffff
and dl, 0x80000000
and dl, 0xffffffff
and bl, al
and bl, cl
and bl, dl
and bl, [r8+r15*8-0x20]
and [r8+r15*8-0x20], bl
and bl, [rax*2]
and [rax*2], bl
and bl, 0
and bl, 1
and bl, 5
and bl, -1
and bl, 127
and bl, 128
and bl, -128
and bl, -129
and bl, 255
and bl, 256
and bl, 0x7fff
and bl, 0x8000
and bl, 0xffff
and bl, 0x12345
and bl, 0x7fffffff
and bl, 0x80000000
and bl, 0xffffffff
and byte [rbp], -129
and byte [rbp], 5
and byte [rbp], 0x8000
and byte [rbp], 1
and byte [eax], 1
and byte [eax], 0x80000000
and byte [eax], 256
and byte [eax], -129
and byte [r13+8], 0x7fff
and byte [r13+8], 128
and byte [r13+8], 256
and byte [r13+8], 0x8000
and ax, ax
and ax, cx
and ax, dx
and ax, [rdx-0x80]
and [rdx-0x80], ax
and ax, [rax]
and [rax], ax
and ax, 0
and ax, 1
and ax, 5
and ax, -1
and ax, 127
and ax, 128
and ax, -128
and ax, -129
and ax, 255
and ax, 256
and ax, 0x7fff
and ax, 0x8000
and ax, 0xffff
and ax, 0x12345
and ax, 0x7fffffff
and ax, 0x80000000
and ax, 0xffffffff
and cx, ax
and cx, cx
and cx, dx
and cx, [eax]
and [eax], cx
and cx, [fs:eax]
and [fs:eax], cx
and cx, 0
and cx, 1
and cx, 5
and cx, -1
and cx, 127
and cx, 128
and cx, -128
and cx, -129
and cx, 255
and cx, 256
and cx, 0x7fff
and cx, 0x8000
and cx, 0xffff
and cx, 0x12345
and cx, 0x7fffffff
and cx, 0x80000000
and cx, 0xffffffff
and dx, ax
and dx, cx
and dx, dx
and dx, [r12]
and [r12], dx
and dx, [0x1234]
and [0x1234], dx
and dx, [rbp]
and [rbp], dx
and dx, 0
and dx, 1
and dx, 5
and dx, -1
and dx, 127
and dx, 128
and dx, -128
and dx, -129
and dx, 255
and dx, 256
and dx, 0x7fff
and dx, 0x8000
and dx, 0xffff
and dx, 0x12345
and dx, 0x7fffffff
and dx, 0x80000000
and dx, 0xffffffff
and bx, ax
and bx, cx
and bx, dx
and bx, [eax]
and [eax], bx
and bx, [0x1234]
and [0x1234], bx
and bx, [fs:eax]
and [fs:eax], bx
and bx, 0
and bx, 1
and bx, 5
and bx, -1
and bx, 127
and bx, 128
and bx, -128
and bx, -129
and bx, 255
and bx, 256
and bx, 0x7fff
and bx, 0x8000
and bx, 0xffff
and bx, 0x12345
and bx, 0x7fffffff
and bx, 0x80000000
and bx, 0xffffffff
and word [rax*2], 256
and word [rax*2], 5
and word [rax*2], -129
and word [rax*2], 0xffff
and word [r8+r15*8-0x20], 0x8000
and word [r8+r15*8-0x20], -128
and word [r8+r15*8-0x20], 5
and word [r8+r15*8-0x20], 0x7fffffff
and word [r13+8], 0x7fffffff
and word [r13+8], 1
and word [r13+8], 128
and word [r13+8], 256
and eax, eax
and eax, ecx
and eax, edx
and eax, [lbl]
and [lbl], eax
and eax, [r12]
and eax, 0
and eax, 1
and eax, 5
and eax, -1
and eax, 127
and eax, 128
and eax, -128
and eax, -129
and eax, 255
and eax, 256
and eax, 0x7fff
and eax, 0x8000
and eax, 0xffff
and eax, 0x12345
and eax, 0x7fffffff
and eax, 0x80000000
and eax, 0xffffffff
and ecx, eax
and ecx, ecx
and ecx, edx
and ecx, [rax]
and ecx, [r12]
and ecx, [rax*2]
and ecx, 0
and ecx, 1
and ecx, 5
and ecx, -1
and ecx, 127
and ecx, 128
and ecx, -128
and ecx, -129
and ecx, 255
and ecx, 256
and ecx, 0x7fff
and ecx, 0x8000
and ecx, 0xffff
and ecx, 0x12345
and ecx, 0x7fffffff
and ecx, 0x80000000
and ecx, 0xffffffff
and edx, eax
and edx, ecx
and edx, edx
and edx, [rax+rbp]
and edx, [r13]
and edx, [rbp]
and edx, [fs:eax]
and [fs:eax], edx
and edx, 0
and edx, 1
and edx, 5
and edx, -1
and edx, 127
and edx, 128
and edx, -128
and edx, -129
and edx, 255
and edx, 256
and edx, 0x7fff
and edx, 0x8000
and edx, 0xffff
and edx, 0x12345
and edx, 0x7fffffff
and edx, 0x80000000
and edx, 0xffffffff
and ebx, eax
and ebx, ecx
and ebx, edx
and ebx, [r13+8]
and ebx, [rdi*1]
and ebx, [rcx*8]
and ebx, 0
and ebx, 1
and ebx, 5
and ebx, -1
and ebx, 127
and ebx, 128
and ebx, -128
and ebx, -129
and ebx, 255
and ebx, 256
and ebx, 0x7fff
and ebx, 0x8000
and ebx, 0xffff
and ebx, 0x12345
and ebx, 0x7fffffff
and ebx, 0x80000000
and ebx, 0xffffffff
and dword [rdx-0x80], 0x7fff
and dword [rdx-0x80], 255
and dword [rdx-0x80], 5
and dword [rdx-0x80], 0x7fffffff
and dword [fs:eax], 0x7fff
and dword [fs:eax], 127
and dword [fs:eax], 5
and dword [fs:eax], 0xffff
and dword [rsp+4], 0xffffffff
and dword [rsp+4], 256
and dword [rsp+4], -1
and dword [rsp+4], 255
and rax, rax
and rax, rcx
and rax, rbx
and rax, [r8+r15*8-0x20]
and [r8+r15*8-0x20], rax
and rax, [rdx+0x80]
and [rdx+0x80], rax
and rax, [fs:eax]
and [fs:eax], rax
and rax, [rdi*1]
and [rdi*1], rax
and rax, 0
and rax, 1
and rax, 5
and rax, -1
and rax, 127
and rax, 128
and rax, -128
and rax, -129
and rax, 255
and rax, 256
and rax, 0x7fff
and rax, 0x8000
and rax, 0xffff
and rax, 0x12345
and rax, 0x7fffffff
and rax, 0x80000000
and rax, 0xffffffff
and rcx, rax
and rcx, rcx
and rcx, rbx
and rcx, [rdi*1]
and [rdi*1], rcx
and rcx, 0
and rcx, 1
and rcx, 5
and rcx, -1
and rcx, 127
and rcx, 128
and rcx, -128
and rcx, -129
and rcx, 255
and rcx, 256
and rcx, 0x7fff
and rcx, 0x8000
and rcx, 0xffff
and rcx, 0x12345
and rcx, 0x7fffffff
and rcx, 0x80000000
and rcx, 0xffffffff
and rbx, rax
and rbx, rcx
and rbx, rbx
and rbx, [r13]
and [r13], rbx
and rbx, [rdi*1]
and [rdi*1], rbx
and rbx, [r12]
and [r12], rbx
and rbx, 0
and rbx, 1
and rbx, 5
and rbx, -1
and rbx, 127
and rbx, 128
and rbx, -128
and rbx, -129
and rbx, 255
and rbx, 256
and rbx, 0x7fff
and rbx, 0x8000
and rbx, 0xffff
and rbx, 0x12345
and rbx, 0x7fffffff
and rbx, 0x80000000
and rbx, 0xffffffff
and rsp, rax
and rsp, rcx
and rsp, rbx
and rsp, [lbl]
and [lbl], rsp
and rsp, [rcx*8]
and [rcx*8], rsp
and rsp, 0
and rsp, 1
and rsp, 5
and rsp, -1
and rsp, 127
and rsp, 128
and rsp, -128
and rsp, -129
and rsp, 255
and rsp, 256
and rsp, 0x7fff
and rsp, 0x8000
and rsp, 0xffff
and rsp, 0x12345
and rsp, 0x7fffffff
and rsp, 0x80000000
and rsp, 0xffffffff
and qword [rsp+r9*2], 0x7fff
and qword [rsp+r9*2], -1
and qword [rsp+r9*2], -128
and qword [rsp+r9*2], 0x7fffffff
and qword [rax], 0x7fffffff
and qword [rax], 0xffffffff
and qword [rax], 128
and qword [rax], 0x12345
sub al, al
sub al, cl
sub al, dl
sub al, [rcx*8]
sub [rcx*8], al
sub al, [rbp]
sub [rbp], al
sub al, [rsp]
sub [rsp], al
sub al, [eax]
sub [eax], al
sub al, 0
sub al, 1
sub al, 5
sub al, -1
sub al, 127
sub al, 128
sub al, -128
sub al, -129
sub al, 255
sub al, 256
sub al, 0x7fff
sub al, 0x8000
sub al, 0xffff
sub al, 0x12345
sub al, 0x7fffffff
sub al, 0x80000000
sub al, 0xffffffff
sub cl, al
sub cl, cl
sub cl, dl
sub cl, [rsp+4]
sub [rsp+4], cl
sub cl, [rdx-0x80]
sub [rdx-0x80], cl
sub cl, 0
sub cl, 1
sub cl, 5
sub cl, -1
sub cl, 127
sub cl, 128
sub cl, -128
sub cl, -129
sub cl, 255
sub cl, 256
sub cl, 0x7fff
sub cl, 0x8000
sub cl, 0xffff
sub cl, 0x12345
sub cl, 0x7fffffff
sub cl, 0x80000000
sub cl, 0xffffffff
sub dl, al
sub dl, cl
sub dl, dl
sub dl, [fs:eax]
sub [fs:eax], dl
sub dl, [rdx-0x80]
sub [rdx-0x80], dl
sub dl, 0
sub dl, 1
sub dl, 5
sub dl, -1
sub dl, 127
sub dl, 128
sub dl, -128
sub dl, -129
sub dl, 255
sub dl, 256
sub dl, 0x7fff
sub dl, 0x8000
sub dl, 0xffff
sub dl, 0x12345
sub dl, 0x7fffffff
sub dl, 0x80000000
sub dl, 0xffffffff
sub bl, al
sub bl, cl
sub bl, dl
sub bl, [fs:eax]
sub [fs:eax], bl
sub bl, [rdi*1]
sub [rdi*1], bl
sub bl, [gs:0x30]
sub [gs:0x30], bl
sub bl, [r12]
sub [r12], bl
sub bl, 0
sub bl, 1
sub bl, 5
sub bl, -1
sub bl, 127
sub bl, 128
sub bl, -128
sub bl, -129
sub bl, 255
sub bl, 256
sub bl, 0x7fff
sub bl, 0x8000
sub bl, 0xffff
sub bl, 0x12345
sub bl, 0x7fffffff
sub bl, 0x80000000
sub bl, 0xffffffff
sub byte [rbp], 0x7fffffff
sub byte [rbp], 0x80000000
sub byte [rbp], -128
sub byte [rbp], 127
sub byte [r12], 0x8000
sub byte [r12], 128
sub byte [r12], 0x12345
sub byte [r12], 256
sub byte [rcx*8], 255
sub byte [rcx*8], 128
sub byte [rcx*8], 0x7fffffff
sub byte [rcx*8], 0xffff
sub ax, ax
sub ax, cx
sub ax, dx
sub ax, [rax]
sub [rax], ax
sub ax, [rbp]
sub [rbp], ax
sub ax, [lbl]
sub [lbl], ax
sub ax, 0
sub ax, 1
sub ax, 5
sub ax, -1
sub ax, 127
sub ax, 128
sub ax, -128
sub ax, -129
sub ax, 255
sub ax, 256
sub ax, 0x7fff
sub ax, 0x8000
sub ax, 0xffff
sub ax, 0x12345
sub ax, 0x7fffffff
sub ax, 0x80000000
sub ax, 0xffffffff
sub cx, ax
sub cx, cx
sub cx, dx
sub cx, [rsp+r9*2]
sub [rsp+r9*2], cx
sub cx, [rsp]
sub [rsp], cx
sub cx, [rax*2]
sub [rax*2], cx
sub cx, 0
sub cx, 1
sub cx, 5
sub cx, -1
sub cx, 127
sub cx, 128
sub cx, -128
sub cx, -129
sub cx, 255
sub cx, 256
sub cx, 0x7fff
sub cx, 0x8000
sub cx, 0xffff
sub cx, 0x12345
sub cx, 0x7fffffff
sub cx, 0x80000000
sub cx, 0xffffffff
sub dx, ax
sub dx, cx
sub dx, dx
sub dx, [fs:eax]
sub [fs:eax], dx
sub dx, [gs:0x30]
sub [gs:0x30], dx
sub dx, [rax+rbp]
sub [rax+rbp], dx
sub dx, 0
sub dx, 1
sub dx, 5
sub dx, -1
sub dx, 127
sub dx, 128
sub dx, -128
sub dx, -129
sub dx, 255
sub dx, 256
sub dx, 0x7fff
sub dx, 0x8000
sub dx, 0xffff
sub dx, 0x12345
sub dx, 0x7fffffff
sub dx, 0x80000000
sub dx, 0xffffffff
sub bx, ax
sub bx, cx
sub bx, dx
sub bx, [eax]
sub [eax], bx
sub bx, [rsp+4]
sub [rsp+4], bx
sub bx, [rdx-0x80]
sub [rdx-0x80], bx
sub bx, [rbp]
sub [rbp], bx
sub bx, 0
sub bx, 1
sub bx, 5
sub bx, -1
sub bx, 127
sub bx, 128
sub bx, -128
sub bx, -129
sub bx, 255
sub bx, 256
sub bx, 0x7fff
sub bx, 0x8000
sub bx, 0xffff
sub bx, 0x12345
sub bx, 0x7fffffff
sub bx, 0x80000000
sub bx, 0xffffffff
sub word [eax], 0x12345
sub word [eax], 0x7fffffff
sub word [eax], 128
sub word [eax], 255
sub word [fs:eax], -1
sub word [fs:eax], 128
sub word [fs:eax], -128
sub word [fs:eax], 255
sub word [rax*3], 0x12345
sub word [rax*3], 0x80000000
sub word [rax*3], 255
sub word [rax*3], 5
sub eax, eax
sub eax, ecx
sub eax, edx
sub eax, [0x1234]
sub [0x1234], eax
sub eax, [r13]
sub eax, 0
sub eax, 1
sub eax, 5
sub eax, -1
sub eax, 127
sub eax, 128
sub eax, -128
sub eax, -129
sub eax, 255
sub eax, 256
sub eax, 0x7fff
sub eax, 0x8000
sub eax, 0xffff
sub eax, 0x12345
sub eax, 0x7fffffff
sub eax, 0x80000000
sub eax, 0xffffffff
sub ecx, eax
sub ecx, ecx
sub ecx, edx
sub ecx, [rcx*8]
sub ecx, [rax*2]
sub ecx, [lbl]
sub [lbl], ecx
sub ecx, [rax+rbp]
sub ecx, 0
sub ecx, 1
sub ecx, 5
sub ecx, -1
sub ecx, 127
sub ecx, 128
sub ecx, -128
sub ecx, -129
sub ecx, 255
sub ecx, 256
sub ecx, 0x7fff
sub ecx, 0x8000
sub ecx, 0xffff
sub ecx, 0x12345
sub ecx, 0x7fffffff
sub ecx, 0x80000000
sub ecx, 0xffffffff
sub edx, eax
sub edx, ecx
sub edx, edx
sub edx, [fs:eax]
sub [fs:eax], edx
sub edx, [r13+8]
sub edx, [rax+rbp]
sub edx, 0
sub edx, 1
sub edx, 5
sub edx, -1
sub edx, 127
sub edx, 128
sub edx, -128
sub edx, -129
sub edx, 255
sub edx, 256
sub edx, 0x7fff
sub edx, 0x8000
sub edx, 0xffff
sub edx, 0x12345
sub edx, 0x7fffffff
sub edx, 0x80000000
sub edx, 0xffffffff
sub ebx, eax
sub ebx, ecx
sub ebx, edx
sub ebx, [rsp+4]
sub ebx, [r8+r15*8-0x20]
sub ebx, [rdx+0x80]
sub ebx, [rbp]
sub ebx, 0
sub ebx, 1
sub ebx, 5
sub ebx, -1
sub ebx, 127
sub ebx, 128
sub ebx, -128
sub ebx, -129
sub ebx, 255
sub ebx, 256
sub ebx, 0x7fff
sub ebx, 0x8000
sub ebx, 0xffff
sub ebx, 0x12345
sub ebx, 0x7fffffff
sub ebx, 0x80000000
sub ebx, 0xffffffff
sub dword [fs:eax], 0x7fff
sub dword [fs:eax], 255
sub dword [fs:eax], -128
sub dword [fs:eax], 0
sub dword [0x1234], 256
sub dword [0x1234], 0xffffffff
sub dword [0x1234], 0x7fff
sub dword [0x1234], 0x80000000
sub rax, rax
sub rax, rcx
sub rax, rbx
sub rax, [rdx-0x80]
sub [rdx-0x80], rax
sub rax, [gs:0x30]
sub [gs:0x30], rax
sub rax, [rel lbl]
sub [rel lbl], rax
sub rax, 0
sub rax, 1
sub rax, 5
sub rax, -1
sub rax, 127
sub rax, 128
sub rax, -128
sub rax, -129
sub rax, 255
sub rax, 256
sub rax, 0x7fff
sub rax, 0x8000
sub rax, 0xffff
sub rax, 0x12345
sub rax, 0x7fffffff
sub rax, 0x80000000
sub rax, 0xffffffff
sub rcx, rax
sub rcx, rcx
sub rcx, rbx
sub rcx, [rsp+4]
sub [rsp+4], rcx
sub rcx, 0
sub rcx, 1
sub rcx, 5
sub rcx, -1
sub rcx, 127
sub rcx, 128
sub rcx, -128
sub rcx, -129
sub rcx, 255
sub rcx, 256
sub rcx, 0x7fff
sub rcx, 0x8000
sub rcx, 0xffff
sub rcx, 0x12345
sub rcx, 0x7fffffff
sub rcx, 0x80000000
sub rcx, 0xffffffff
sub rbx, rax
sub rbx, rcx
sub rbx, rbx
sub rbx, [fs:eax]
sub [fs:eax], rbx
sub rbx, [rsp+4]
sub [rsp+4], rbx
sub rbx, 0
sub rbx, 1
sub rbx, 5
sub rbx, -1
sub rbx, 127
sub rbx, 128
sub rbx, -128
sub rbx, -129
sub rbx, 255
sub rbx, 256
sub rbx, 0x7fff
sub rbx, 0x8000
sub rbx, 0xffff
sub rbx, 0x12345
sub rbx, 0x7fffffff
sub rbx, 0x80000000
sub rbx, 0xffffffff
sub rsp, rax
sub rsp, rcx
sub rsp, rbx
sub rsp, [rsp+4]
sub [rsp+4], rsp
sub rsp, 0
sub rsp, 1
sub rsp, 5
sub rsp, -1
sub rsp, 127
sub rsp, 128
sub rsp, -128
sub rsp, -129
sub rsp, 255
sub rsp, 256
sub rsp, 0x7fff
sub rsp, 0x8000
sub rsp, 0xffff
sub rsp, 0x12345
sub rsp, 0x7fffffff
sub rsp, 0x80000000
sub rsp, 0xffffffff
sub qword [rsp+r9*2], 0x7fffffff
sub qword [rsp+r9*2], 0x7fff
sub qword [rsp+r9*2], -129
sub qword [rsp+r9*2], 0x8000
xor al, al
xor al, cl
xor al, dl
xor al, [rcx*8]
xor [rcx*8], al
xor al, [gs:0x30]
xor [gs:0x30], al
xor al, [r13]
xor [r13], al
xor al, 0
xor al, 1
xor al, 5
xor al, -1
xor al, 127
xor al, 128
xor al, -128
xor al, -129
xor al, 255
xor al, 256
xor al, 0x7fff
xor al, 0x8000
xor al, 0xffff
xor al, 0x12345
xor al, 0x7fffffff
xor al, 0x80000000
xor al, 0xffffffff
xor cl, al
xor cl, cl
xor cl, dl
xor cl, [rax*2]
xor [rax*2], cl
xor cl, [rbp]
xor [rbp], cl
xor cl, [rel lbl]
xor [rel lbl], cl
xor cl, 0
xor cl, 1
xor cl, 5
xor cl, -1
xor cl, 127
xor cl, 128
xor cl, -128
xor cl, -129
xor cl, 255
xor cl, 256
xor cl, 0x7fff
xor cl, 0x8000
xor cl, 0xffff
xor cl, 0x12345
xor cl, 0x7fffffff
xor cl, 0x80000000
xor cl, 0xffffffff
xor dl, al
xor dl, cl
xor dl, dl
xor dl, [rax+rbp]
xor [rax+rbp], dl
xor dl, [r13]
xor [r13], dl
xor dl, [rel lbl]
xor [rel lbl], dl
xor dl, [rbp]
xor [rbp], dl
xor dl, 0
xor dl, 1
xor dl, 5
xor dl, -1
xor dl, 127
xor dl, 128
xor dl, -128
xor dl, -129
xor dl, 255
xor dl, 256
xor dl, 0x7fff
xor dl, 0x8000
xor dl, 0xffff
xor dl, 0x12345
xor dl, 0x7fffffff
xor dl, 0x80000000
xor dl, 0xffffffff
xor bl, al
xor bl, cl
xor bl, dl
xor bl, [rdx+0x80]
xor [rdx+0x80], bl
xor bl, [rax]
xor [rax], bl
xor bl, [0x1234]
xor [0x1234], bl
xor bl, 0
xor bl, 1
xor bl, 5
xor bl, -1
xor bl, 127
xor bl, 128
xor bl, -128
xor bl, -129
xor bl, 255
xor bl, 256
xor bl, 0x7fff
xor bl, 0x8000
xor bl, 0xffff
xor bl, 0x12345
xor bl, 0x7fffffff
xor bl, 0x80000000
xor bl, 0xffffffff
xor byte [0x1234], 0x12345
xor byte [0x1234], -128
xor byte [0x1234], 0xffff
xor byte [0x1234], 0xffffffff
xor byte [r13], 256
xor byte [r13], -129
xor byte [r13], 128
xor byte [r13], -128
xor byte [rax+rbp], 0xffff
xor byte [rax+rbp], 128
xor byte [rax+rbp], 0
xor byte [rax+rbp], -128
xor ax, ax
xor ax, cx
xor ax, dx
xor ax, [r13+8]
xor [r13+8], ax
xor ax, [rax+rbp]
xor [rax+rbp], ax
xor ax, [0x1234]
xor [0x1234], ax
xor ax, [r13]
xor [r13], ax
xor ax, 0
xor ax, 1
xor ax, 5
xor ax, -1
xor ax, 127
xor ax, 128
xor ax, -128
xor ax, -129
xor ax, 255
xor ax, 256
xor ax, 0x7fff
xor ax, 0x8000
xor ax, 0xffff
xor ax, 0x12345
xor ax, 0x7fffffff
xor ax, 0x80000000
xor ax, 0xffffffff
xor cx, ax
xor cx, cx
xor cx, dx
xor cx, [lbl]
xor [lbl], cx
xor cx, [rel lbl]
xor [rel lbl], cx
xor cx, [r13]
xor [r13], cx
xor cx, 0
xor cx, 1
xor cx, 5
xor cx, -1
xor cx, 127
xor cx, 128
xor cx, -128
xor cx, -129
xor cx, 255
xor cx, 256
xor cx, 0x7fff
xor cx, 0x8000
xor cx, 0xffff
xor cx, 0x12345
xor cx, 0x7fffffff
xor cx, 0x80000000
xor cx, 0xffffffff
xor dx, ax
xor dx, cx
xor dx, dx
xor dx, [rax+rbp]
xor [rax+rbp], dx
xor dx, [rax*2]
xor [rax*2], dx
xor dx, [rsp]
xor [rsp], dx
xor dx, 0
xor dx, 1
xor dx, 5
xor dx, -1
xor dx, 127
xor dx, 128
xor dx, -128
xor dx, -129
xor dx, 255
xor dx, 256
xor dx, 0x7fff
xor dx, 0x8000
xor dx, 0xffff
xor dx, 0x12345
xor dx, 0x7fffffff
xor dx, 0x80000000
xor dx, 0xffffffff
xor bx, ax
xor bx, cx
xor bx, dx
xor bx, [r13]
xor [r13], bx
xor bx, [rdx-0x80]
xor [rdx-0x80], bx
xor bx, [rcx*8]
xor [rcx*8], bx
xor bx, 0
xor bx, 1
xor bx, 5
xor bx, -1
xor bx, 127
xor bx, 128
xor bx, -128
xor bx, -129
xor bx, 255
xor bx, 256
xor bx, 0x7fff
xor bx, 0x8000
xor bx, 0xffff
xor bx, 0x12345
xor bx, 0x7fffffff
xor bx, 0x80000000
xor bx, 0xffffffff
xor word [r8+r15*8-0x20], -1
xor word [r8+r15*8-0x20], 0x12345
xor word [r8+r15*8-0x20], 0
xor word [r8+r15*8-0x20], 0xffff
xor word [gs:0x30], 0x8000
xor word [gs:0x30], 5
xor word [gs:0x30], 0xffff
xor word [gs:0x30], -128
xor eax, eax
xor eax, ecx
xor eax, edx
xor eax, [eax]
xor [eax], eax
xor eax, [rel lbl]
xor eax, 0
xor eax, 1
xor eax, 5
xor eax, -1
xor eax, 127
xor eax, 128
xor eax, -128
xor eax, -129
xor eax, 255
xor eax, 256
xor eax, 0x7fff
xor eax, 0x8000
xor eax, 0xffff
xor eax, 0x12345
xor eax, 0x7fffffff
xor eax, 0x80000000
xor eax, 0xffffffff
xor ecx, eax
xor ecx, ecx
xor ecx, edx
xor ecx, [rdx-0x80]
xor ecx, [rdx+0x80]
xor ecx, 0
xor ecx, 1
xor ecx, 5
xor ecx, -1
xor ecx, 127
xor ecx, 128
xor ecx, -128
xor ecx, -129
xor ecx, 255
xor ecx, 256
xor ecx, 0x7fff
xor ecx, 0x8000
xor ecx, 0xffff
xor ecx, 0x12345
xor ecx, 0x7fffffff
xor ecx, 0x80000000
xor ecx, 0xffffffff
xor edx, eax
xor edx, ecx
xor edx, edx
xor edx, [gs:0x30]
xor [gs:0x30], edx
xor edx, [r13+8]
xor edx, 0
xor edx, 1
xor edx, 5
xor edx, -1
xor edx, 127
xor edx, 128
xor edx, -128
xor edx, -129
xor edx, 255
xor edx, 256
xor edx, 0x7fff
xor edx, 0x8000
xor edx, 0xffff
xor edx, 0x12345
xor edx, 0x7fffffff
xor edx, 0x80000000
xor edx, 0xffffffff
xor ebx, eax
xor ebx, ecx
xor ebx, edx
xor ebx, [r8+r15*8-0x20]
xor ebx, [rdi*1]
xor ebx, [rax*3]
xor ebx, [rcx*8]
xor ebx, 0
xor ebx, 1
xor ebx, 5
xor ebx, -1
xor ebx, 127
xor ebx, 128
xor ebx, -128
xor ebx, -129
xor ebx, 255
xor ebx, 256
xor ebx, 0x7fff
xor ebx, 0x8000
xor ebx, 0xffff
xor ebx, 0x12345
xor ebx, 0x7fffffff
xor ebx, 0x80000000
xor ebx, 0xffffffff
xor dword [rcx*8], 128
xor dword [rcx*8], 127
xor dword [rcx*8], 1
xor dword [rcx*8], -129
xor rax, rax
xor rax, rcx
xor rax, rbx
xor rax, [rax]
xor [rax], rax
xor rax, [0x1234]
xor [0x1234], rax
xor rax, [rel lbl]
xor [rel lbl], rax
xor rax, 0
xor rax, 1
xor rax, 5
xor rax, -1
xor rax, 127
xor rax, 128
xor rax, -128
xor rax, -129
xor rax, 255
xor rax, 256
xor rax, 0x7fff
xor rax, 0x8000
xor rax, 0xffff
xor rax, 0x12345
xor rax, 0x7fffffff
xor rax, 0x80000000
xor rax, 0xffffffff
xor rcx, rax
xor rcx, rcx
xor rcx, rbx
xor rcx, [rax*2]
xor [rax*2], rcx
xor rcx, [r8+r15*8-0x20]
xor [r8+r15*8-0x20], rcx
xor rcx, [r12]
xor [r12], rcx
xor rcx, 0
xor rcx, 1
xor rcx, 5
xor rcx, -1
xor rcx, 127
xor rcx, 128
xor rcx, -128
xor rcx, -129
xor rcx, 255
xor rcx, 256
xor rcx, 0x7fff
xor rcx, 0x8000
xor rcx, 0xffff
xor rcx, 0x12345
xor rcx, 0x7fffffff
xor rcx, 0x80000000
xor rcx, 0xffffffff
xor rbx, rax
xor rbx, rcx
xor rbx, rbx
xor rbx, [rbp]
xor [rbp], rbx
xor rbx, [r13+8]
xor [r13+8], rbx
xor rbx, [rsp]
xor [rsp], rbx
xor rbx, 0
xor rbx, 1
xor rbx, 5
xor rbx, -1
xor rbx, 127
xor rbx, 128
xor rbx, -128
xor rbx, -129
xor rbx, 255
xor rbx, 256
xor rbx, 0x7fff
xor rbx, 0x8000
xor rbx, 0xffff
xor rbx, 0x12345
xor rbx, 0x7fffffff
xor rbx, 0x80000000
xor rbx, 0xffffffff
xor rsp, rax
xor rsp, rcx
xor rsp, rbx
xor rsp, [r12]
xor [r12], rsp
xor rsp, 0
xor rsp, 1
xor rsp, 5
xor rsp, -1
xor rsp, 127
xor rsp, 128
xor rsp, -128
xor rsp, -129
xor rsp, 255
xor rsp, 256
xor rsp, 0x7fff
xor rsp, 0x8000
xor rsp, 0xffff
xor rsp, 0x12345
xor rsp, 0x7fffffff
xor rsp, 0x80000000
xor rsp, 0xffffffff
xor qword [rcx*8], 0x8000
xor qword [rcx*8], 5
xor qword [rcx*8], -128
xor qword [rcx*8], -129
xor qword [0x1234], 0
xor qword [0x1234], 0x7fffffff
xor qword [0x1234], 0x80000000
xor qword [0x1234], -1
cmp al, al
cmp al, cl
cmp al, dl
cmp al, [eax]
cmp [eax], al
cmp al, [rax*2]
cmp [rax*2], al
cmp al, [rcx*8]
cmp [rcx*8], al
cmp al, [r8+r15*8-0x20]
cmp [r8+r15*8-0x20], al
cmp al, 0
cmp al, 1
cmp al, 5
cmp al, -1
cmp al, 127
cmp al, 128
cmp al, -128
cmp al, -129
cmp al, 255
cmp al, 256
cmp al, 0x7fff
cmp al, 0x8000
cmp al, 0xffff
cmp al, 0x12345
cmp al, 0x7fffffff
cmp al, 0x80000000
cmp al, 0xffffffff
cmp cl, al
cmp cl, cl
cmp cl, dl
cmp cl, [lbl]
cmp [lbl], cl
cmp cl, [rax]
cmp [rax], cl
cmp cl, [eax]
cmp [eax], cl
cmp cl, [r8+r15*8-0x20]
cmp [r8+r15*8-0x20], cl
cmp cl, 0
cmp cl, 1
cmp cl, 5
cmp cl, -1
cmp cl, 127
cmp cl, 128
cmp cl, -128
cmp cl, -129
cmp cl, 255
cmp cl, 256
cmp cl, 0x7fff
cmp cl, 0x8000
cmp cl, 0xffff
cmp cl, 0x12345
cmp cl, 0x7fffffff
cmp cl, 0x80000000
cmp cl, 0xffffffff
cmp dl, al
cmp dl, cl
cmp dl, dl
cmp dl, [rbp]
cmp [rbp], dl
cmp dl, [rax*3]
cmp [rax*3], dl
cmp dl, 0
cmp dl, 1
cmp dl, 5
cmp dl, -1
cmp dl, 127
cmp dl, 128
cmp dl, -128
cmp dl, -129
cmp dl, 255
cmp dl, 256
cmp dl, 0x7fff
cmp dl, 0x8000
cmp dl, 0xffff
cmp dl, 0x12345
cmp dl, 0x7fffffff
cmp dl, 0x80000000
cmp dl, 0xffffffff
cmp bl, al
cmp bl, cl
cmp bl, dl
cmp bl, [rdi*1]
cmp [rdi*1], bl
cmp bl, [rcx*8]
cmp [rcx*8], bl
cmp bl, [rsp]
cmp [rsp], bl
cmp bl, [lbl]
cmp [lbl], bl
cmp bl, 0
cmp bl, 1
cmp bl, 5
cmp bl, -1
cmp bl, 127
cmp bl, 128
cmp bl, -128
cmp bl, -129
cmp bl, 255
cmp bl, 256
cmp bl, 0x7fff
cmp bl, 0x8000
cmp bl, 0xffff
cmp bl, 0x12345
cmp bl, 0x7fffffff
cmp bl, 0x80000000
cmp bl, 0xffffffff
cmp byte [rsp+4], -1
cmp byte [rsp+4], 0xffff
cmp byte [rsp+4], 128
cmp byte [rsp+4], 1
cmp byte [lbl], 127
cmp byte [lbl], 0x12345
cmp byte [lbl], 128
cmp byte [lbl], 0x7fff
cmp ax, ax
cmp ax, cx
cmp ax, dx
cmp ax, [0x1234]
cmp [0x1234], ax
cmp ax, [rel lbl]
cmp [rel lbl], ax
cmp ax, [rdx-0x80]
cmp [rdx-0x80], ax
cmp ax, [rdx+0x80]
cmp [rdx+0x80], ax
cmp ax, 0
cmp ax, 1
cmp ax, 5
cmp ax, -1
cmp ax, 127
cmp ax, 128
cmp ax, -128
cmp ax, -129
cmp ax, 255
cmp ax, 256
cmp ax, 0x7fff
cmp ax, 0x8000
cmp ax, 0xffff
cmp ax, 0x12345
cmp ax, 0x7fffffff
cmp ax, 0x80000000
cmp ax, 0xffffffff
cmp cx, ax
cmp cx, cx
cmp cx, dx
cmp cx, [rdx+0x80]
cmp [rdx+0x80], cx
cmp cx, [0x1234]
cmp [0x1234], cx
cmp cx, [rcx*8]
cmp [rcx*8], cx
cmp cx, 0
cmp cx, 1
cmp cx, 5
cmp cx, -1
cmp cx, 127
cmp cx, 128
cmp cx, -128
cmp cx, -129
cmp cx, 255
cmp cx, 256
cmp cx, 0x7fff
cmp cx, 0x8000
cmp cx, 0xffff
cmp cx, 0x12345
cmp cx, 0x7fffffff
cmp cx, 0x80000000
cmp cx, 0xffffffff
cmp dx, ax
cmp dx, cx
cmp dx, dx
cmp dx, [rcx*8]
cmp [rcx*8], dx
cmp dx, [rsp]
cmp [rsp], dx
cmp dx, [rax*2]
cmp [rax*2], dx
cmp dx, 0
cmp dx, 1
cmp dx, 5
cmp dx, -1
cmp dx, 127
cmp dx, 128
cmp dx, -128
cmp dx, -129
cmp dx, 255
cmp dx, 256
cmp dx, 0x7fff
cmp dx, 0x8000
cmp dx, 0xffff
cmp dx, 0x12345
cmp dx, 0x7fffffff
cmp dx, 0x80000000
cmp dx, 0xffffffff
cmp bx, ax
cmp bx, cx
cmp bx, dx
cmp bx, [rax*2]
cmp [rax*2], bx
cmp bx, [rax]
cmp [rax], bx
cmp bx, [rsp+r9*2]
cmp [rsp+r9*2], bx
cmp bx, [rdx-0x80]
cmp [rdx-0x80], bx
cmp bx, 0
cmp bx, 1
cmp bx, 5
cmp bx, -1
cmp bx, 127
cmp bx, 128
cmp bx, -128
cmp bx, -129
cmp bx, 255
cmp bx, 256
cmp bx, 0x7fff
cmp bx, 0x8000
cmp bx, 0xffff
cmp bx, 0x12345
cmp bx, 0x7fffffff
cmp bx, 0x80000000
cmp bx, 0xffffffff
cmp word [fs:eax], 0x7fffffff
cmp word [fs:eax], -1
cmp word [fs:eax], 0
cmp word [fs:eax], 5
cmp word [lbl], 0xffffffff
cmp word [lbl], 0
cmp word [lbl], 0x80000000
cmp word [lbl], -128
cmp word [r13], 255
cmp word [r13], 0x12345
cmp word [r13], 5
cmp word [r13], 0x80000000
cmp eax, eax
cmp eax, ecx
cmp eax, edx
cmp eax, [rax*2]
cmp eax, [r8+r15*8-0x20]
cmp eax, [rel lbl]
cmp eax, [rsp+r9*2]
cmp eax, 0
cmp eax, 1
cmp eax, 5
cmp eax, -1
cmp eax, 127
cmp eax, 128
cmp eax, -128
cmp eax, -129
cmp eax, 255
cmp eax, 256
cmp eax, 0x7fff
cmp eax, 0x8000
cmp eax, 0xffff
cmp eax, 0x12345
cmp eax, 0x7fffffff
cmp eax, 0x80000000
cmp eax, 0xffffffff
cmp ecx, eax
cmp ecx, ecx
cmp ecx, edx
cmp ecx, [0x1234]
cmp [0x1234], ecx
cmp ecx, [rax+rbp]
cmp ecx, [rdx+0x80]
cmp ecx, [rel lbl]
cmp ecx, 0
cmp ecx, 1
cmp ecx, 5
cmp ecx, -1
cmp ecx, 127
cmp ecx, 128
cmp ecx, -128
cmp ecx, -129
cmp ecx, 255
cmp ecx, 256
cmp ecx, 0x7fff
cmp ecx, 0x8000
cmp ecx, 0xffff
cmp ecx, 0x12345
cmp ecx, 0x7fffffff
cmp ecx, 0x80000000
cmp ecx, 0xffffffff
cmp edx, eax
cmp edx, ecx
cmp edx, edx
cmp edx, [r12]
cmp edx, [eax]
cmp [eax], edx
cmp edx, [rbp]
cmp edx, 0
cmp edx, 1
cmp edx, 5
cmp edx, -1
cmp edx, 127
cmp edx, 128
cmp edx, -128
cmp edx, -129
cmp edx, 255
cmp edx, 256
cmp edx, 0x7fff
cmp edx, 0x8000
cmp edx, 0xffff
cmp edx, 0x12345
cmp edx, 0x7fffffff
cmp edx, 0x80000000
cmp edx, 0xffffffff
cmp ebx, eax
cmp ebx, ecx
cmp ebx, edx
cmp ebx, [rdi*1]
cmp ebx, [fs:eax]
cmp [fs:eax], ebx
cmp ebx, [r8+r15*8-0x20]
cmp ebx, 0
cmp ebx, 1
cmp ebx, 5
cmp ebx, -1
cmp ebx, 127
cmp ebx, 128
cmp ebx, -128
cmp ebx, -129
cmp ebx, 255
cmp ebx, 256
cmp ebx, 0x7fff
cmp ebx, 0x8000
cmp ebx, 0xffff
cmp ebx, 0x12345
cmp ebx, 0x7fffffff
cmp ebx, 0x80000000
cmp ebx, 0xffffffff
cmp dword [rdi*1], 1
cmp dword [rdi*1], 0x8000
cmp dword [rdi*1], 0xffffffff
cmp dword [rdi*1], 0x12345
cmp dword [0x1234], -129
cmp dword [0x1234], -1
cmp dword [0x1234], -128
cmp dword [0x1234], 5
cmp dword [r12], 0
cmp dword [r12], 0x8000
cmp dword [r12], 5
cmp dword [r12], 0x7fffffff
cmp rax, rax
cmp rax, rcx
cmp rax, rbx
cmp rax, [rax]
cmp [rax], rax
cmp rax, [r13+8]
cmp [r13+8], rax
cmp rax, 0
cmp rax, 1
cmp rax, 5
cmp rax, -1
cmp rax, 127
cmp rax, 128
cmp rax, -128
cmp rax, -129
cmp rax, 255
cmp rax, 256
cmp rax, 0x7fff
cmp rax, 0x8000
cmp rax, 0xffff
cmp rax, 0x12345
cmp rax, 0x7fffffff
cmp rax, 0x80000000
cmp rax, 0xffffffff
cmp rcx, rax
cmp rcx, rcx
cmp rcx, rbx
cmp rcx, [rax]
cmp [rax], rcx
cmp rcx, [rsp]
cmp [rsp], rcx
cmp rcx, [rel lbl]
cmp [rel lbl], rcx
cmp rcx, 0
cmp rcx, 1
cmp rcx, 5
cmp rcx, -1
cmp rcx, 127
cmp rcx, 128
cmp rcx, -128
cmp rcx, -129
cmp rcx, 255
cmp rcx, 256
cmp rcx, 0x7fff
cmp rcx, 0x8000
cmp rcx, 0xffff
cmp rcx, 0x12345
cmp rcx, 0x7fffffff
cmp rcx, 0x80000000
cmp rcx, 0xffffffff
cmp rbx, rax
cmp rbx, rcx
cmp rbx, rbx
cmp rbx, [lbl]
cmp [lbl], rbx
cmp rbx, [r12]
cmp [r12], rbx
cmp rbx, [rdx+0x80]
cmp [rdx+0x80], rbx
cmp rbx, [rsp]
cmp [rsp], rbx
cmp rbx, 0
cmp rbx, 1
cmp rbx, 5
cmp rbx, -1
cmp rbx, 127
cmp rbx, 128
cmp rbx, -128
cmp rbx, -129
cmp rbx, 255
cmp rbx, 256
cmp rbx, 0x7fff
cmp rbx, 0x8000
cmp rbx, 0xffff
cmp rbx, 0x12345
cmp rbx, 0x7fffffff
cmp rbx, 0x80000000
cmp rbx, 0xffffffff
cmp rsp, rax
cmp rsp, rcx
cmp rsp, rbx
cmp rsp, [r13]
cmp [r13], rsp
cmp rsp, [rdi*1]
cmp [rdi*1], rsp
cmp rsp, 0
cmp rsp, 1
cmp rsp, 5
cmp rsp, -1
cmp rsp, 127
cmp rsp, 128
cmp rsp, -128
cmp rsp, -129
cmp rsp, 255
cmp rsp, 256
cmp rsp, 0x7fff
cmp rsp, 0x8000
cmp rsp, 0xffff
cmp rsp, 0x12345
cmp rsp, 0x7fffffff
cmp rsp, 0x80000000
cmp rsp, 0xffffffff
cmp qword [rsp+4], 0xffff
cmp qword [rsp+4], 0x12345
cmp qword [rsp+4], -1
cmp qword [rsp+4], 255
mov al, al
mov al, cl
mov al, dl
mov al, [rcx*8]
mov [rcx*8], al
mov al, [r12]
mov [r12], al
mov al, [r13]
mov [r13], al
mov al, [gs:0x30]
mov [gs:0x30], al
mov al, 0
mov al, 1
mov al, 5
mov al, -1
mov al, 127
mov al, 128
mov al, -128
mov al, -129
mov al, 255
mov al, 256
mov al, 0x7fff
mov al, 0x8000
mov al, 0xffff
mov al, 0x12345
mov al, 0x7fffffff
mov al, 0x80000000
mov al, 0xffffffff
mov cl, al
mov cl, cl
mov cl, dl
mov cl, [r8+r15*8-0x20]
mov [r8+r15*8-0x20], cl
mov cl, [0x1234]
mov [0x1234], cl
mov cl, [rsp+4]
mov [rsp+4], cl
mov cl, [rax+rbp]
mov [rax+rbp], cl
mov cl, 0
mov cl, 1
mov cl, 5
mov cl, -1
mov cl, 127
mov cl, 128
mov cl, -128
mov cl, -129
mov cl, 255
mov cl, 256
mov cl, 0x7fff
mov cl, 0x8000
mov cl, 0xffff
mov cl, 0x12345
mov cl, 0x7fffffff
mov cl, 0x80000000
mov cl, 0xffffffff
mov dl, al
mov dl, cl
mov dl, dl
mov dl, [rcx*8]
mov [rcx*8], dl
mov dl, [rsp+4]
mov [rsp+4], dl
mov dl, [r8+r15*8-0x20]
mov [r8+r15*8-0x20], dl
mov dl, [r13+8]
mov [r13+8], dl
mov dl, 0
mov dl, 1
mov dl, 5
mov dl, -1
mov dl, 127
mov dl, 128
mov dl, -128
mov dl, -129
mov dl, 255
mov dl, 256
mov dl, 0x7fff
mov dl, 0x8000
mov dl, 0xffff
mov dl, 0x12345
mov dl, 0x7fffffff
mov dl, 0x80000000
mov dl, 0xffffffff
mov bl, al
mov bl, cl
mov bl, dl
mov bl, [r12]
mov [r12], bl
mov bl, [rsp]
mov [rsp], bl
mov bl, [rax]
mov [rax], bl
mov bl, [rdi*1]
mov [rdi*1], bl
mov bl, 0
mov bl, 1
mov bl, 5
mov bl, -1
mov bl, 127
mov bl, 128
mov bl, -128
mov bl, -129
mov bl, 255
mov bl, 256
mov bl, 0x7fff
mov bl, 0x8000
mov bl, 0xffff
mov bl, 0x12345
mov bl, 0x7fffffff
mov bl, 0x80000000
mov bl, 0xffffffff
mov byte [rdx+0x80], 256
mov byte [rdx+0x80], 0x80000000
mov byte [rdx+0x80], 0xffffffff
mov byte [rdx+0x80], 0
mov byte [rax*2], 0x12345
mov byte [rax*2], 256
mov byte [rax*2], -128
mov byte [rax*2], 0x7fff
mov byte [rsp], 1
mov byte [rsp], 0
mov byte [rsp], 127
mov byte [rsp], 256
mov ax, ax
mov ax, cx
mov ax, dx
mov ax, [fs:eax]
mov [fs:eax], ax
mov ax, [rax*2]
mov [rax*2], ax
mov ax, [rax*3]
mov [rax*3], ax
mov ax, 0
mov ax, 1
mov ax, 5
mov ax, -1
mov ax, 127
mov ax, 128
mov ax, -128
mov ax, -129
mov ax, 255
mov ax, 256
mov ax, 0x7fff
mov ax, 0x8000
mov ax, 0xffff
mov ax, 0x12345
mov ax, 0x7fffffff
mov ax, 0x80000000
mov ax, 0xffffffff
mov cx, ax
mov cx, cx
mov cx, dx
mov cx, [gs:0x30]
mov [gs:0x30], cx
mov cx, [rel lbl]
mov [rel lbl], cx
mov cx, 0
mov cx, 1
mov cx, 5
mov cx, -1
mov cx, 127
mov cx, 128
mov cx, -128
mov cx, -129
mov cx, 255
mov cx, 256
mov cx, 0x7fff
mov cx, 0x8000
mov cx, 0xffff
mov cx, 0x12345
mov cx, 0x7fffffff
mov cx, 0x80000000
mov cx, 0xffffffff
mov dx, ax
mov dx, cx
mov dx, dx
mov dx, [fs:eax]
mov [fs:eax], dx
mov dx, [rbp]
mov [rbp], dx
mov dx, [rax*3]
mov [rax*3], dx
mov dx, 0
mov dx, 1
mov dx, 5
mov dx, -1
mov dx, 127
mov dx, 128
mov dx, -128
mov dx, -129
mov dx, 255
mov dx, 256
mov dx, 0x7fff
mov dx, 0x8000
mov dx, 0xffff
mov dx, 0x12345
mov dx, 0x7fffffff
mov dx, 0x80000000
mov dx, 0xffffffff
mov bx, ax
mov bx, cx
mov bx, dx
mov bx, [rdi*1]
mov [rdi*1], bx
mov bx, [eax]
mov [eax], bx
mov bx, [r8+r15*8-0x20]
mov [r8+r15*8-0x20], bx
mov bx, 0
mov bx, 1
mov bx, 5
mov bx, -1
mov bx, 127
mov bx, 128
mov bx, -128
mov bx, -129
mov bx, 255
mov bx, 256
mov bx, 0x7fff
mov bx, 0x8000
mov bx, 0xffff
mov bx, 0x12345
mov bx, 0x7fffffff
mov bx, 0x80000000
mov bx, 0xffffffff
mov word [fs:eax], 128
mov word [fs:eax], 0x7fff
mov word [fs:eax], 255
mov word [fs:eax], 0x80000000
mov word [r12], 0xffff
mov word [r12], 0x80000000
mov word [r12], 0xffffffff
mov word [r12], 0x7fff
mov eax, eax
mov eax, ecx
mov eax, edx
mov eax, [rax*2]
mov eax, [rax]
mov eax, [rsp]
mov eax, 0
mov eax, 1
mov eax, 5
mov eax, -1
mov eax, 127
mov eax, 128
mov eax, -128
mov eax, -129
mov eax, 255
mov eax, 256
mov eax, 0x7fff
mov eax, 0x8000
mov eax, 0xffff
mov eax, 0x12345
mov eax, 0x7fffffff
mov eax, 0x80000000
mov eax, 0xffffffff
mov ecx, eax
mov ecx, ecx
mov ecx, edx
mov ecx, [rax+rbp]
mov ecx, 0
mov ecx, 1
mov ecx, 5
mov ecx, -1
mov ecx, 127
mov ecx, 128
mov ecx, -128
mov ecx, -129
mov ecx, 255
mov ecx, 256
mov ecx, 0x7fff
mov ecx, 0x8000
mov ecx, 0xffff
mov ecx, 0x12345
mov ecx, 0x7fffffff
mov ecx, 0x80000000
mov ecx, 0xffffffff
mov edx, eax
mov edx, ecx
mov edx, edx
mov edx, [rsp+4]
mov edx, [0x1234]
mov [0x1234], edx
mov edx, [rax*3]
mov edx, 0
mov edx, 1
mov edx, 5
mov edx, -1
mov edx, 127
mov edx, 128
mov edx, -128
mov edx, -129
mov edx, 255
mov edx, 256
mov edx, 0x7fff
mov edx, 0x8000
mov edx, 0xffff
mov edx, 0x12345
mov edx, 0x7fffffff
mov edx, 0x80000000
mov edx, 0xffffffff
mov ebx, eax
mov ebx, ecx
mov ebx, edx
mov ebx, [gs:0x30]
mov [gs:0x30], ebx
mov ebx, [lbl]
mov [lbl], ebx
mov ebx, 0
mov ebx, 1
mov ebx, 5
mov ebx, -1
mov ebx, 127
mov ebx, 128
mov ebx, -128
mov ebx, -129
mov ebx, 255
mov ebx, 256
mov ebx, 0x7fff
mov ebx, 0x8000
mov ebx, 0xffff
mov ebx, 0x12345
mov ebx, 0x7fffffff
mov ebx, 0x80000000
mov ebx, 0xffffffff
mov dword [rax+rbp], 0x7fffffff
mov dword [rax+rbp], 1
mov dword [rax+rbp], -129
mov dword [rax+rbp], 0xffffffff
mov rax, rax
mov rax, rcx
mov rax, rbx
mov rax, [rax]
mov [rax], rax
mov rax, [rcx*8]
mov [rcx*8], rax
mov rax, [rel lbl]
mov [rel lbl], rax
mov rax, 0
mov rax, 1
mov rax, 5
mov rax, -1
mov rax, 127
mov rax, 128
mov rax, -128
mov rax, -129
mov rax, 255
mov rax, 256
mov rax, 0x7fff
mov rax, 0x8000
mov rax, 0xffff
mov rax, 0x12345
mov rax, 0x7fffffff
mov rax, 0x80000000
mov rax, 0xffffffff
mov rcx, rax
mov rcx, rcx
mov rcx, rbx
mov rcx, [rax*3]
mov [rax*3], rcx
mov rcx, [r13]
mov [r13], rcx
mov rcx, [lbl]
mov [lbl], rcx
mov rcx, [rsp]
mov [rsp], rcx
mov rcx, 0
mov rcx, 1
mov rcx, 5
mov rcx, -1
mov rcx, 127
mov rcx, 128
mov rcx, -128
mov rcx, -129
mov rcx, 255
mov rcx, 256
mov rcx, 0x7fff
mov rcx, 0x8000
mov rcx, 0xffff
mov rcx, 0x12345
mov rcx, 0x7fffffff
mov rcx, 0x80000000
mov rcx, 0xffffffff
mov rbx, rax
mov rbx, rcx
mov rbx, rbx
mov rbx, [lbl]
mov [lbl], rbx
mov rbx, [fs:eax]
mov [fs:eax], rbx
mov rbx, [rax]
mov [rax], rbx
mov rbx, 0
mov rbx, 1
mov rbx, 5
mov rbx, -1
mov rbx, 127
mov rbx, 128
mov rbx, -128
mov rbx, -129
mov rbx, 255
mov rbx, 256
mov rbx, 0x7fff
mov rbx, 0x8000
mov rbx, 0xffff
mov rbx, 0x12345
mov rbx, 0x7fffffff
mov rbx, 0x80000000
mov rbx, 0xffffffff
mov rsp, rax
mov rsp, rcx
mov rsp, rbx
mov rsp, [r13+8]
mov [r13+8], rsp
mov rsp, [rax*3]
mov [rax*3], rsp
mov rsp, [eax]
mov rsp, [rdi*1]
mov [rdi*1], rsp
mov rsp, 0
mov rsp, 1
mov rsp, 5
mov rsp, -1
mov rsp, 127
mov rsp, 128
mov rsp, -128
mov rsp, -129
mov rsp, 255
mov rsp, 256
mov rsp, 0x7fff
mov rsp, 0x8000
mov rsp, 0xffff
mov rsp, 0x12345
mov rsp, 0x7fffffff
mov rsp, 0x80000000
mov rsp, 0xffffffff
mov qword [r8+r15*8-0x20], 0xffff
mov qword [r8+r15*8-0x20], -1
mov qword [r8+r15*8-0x20], 1
mov qword [r8+r15*8-0x20], 0x7fff
mov qword [rax], 0x7fff
mov qword [rax], 0x7fffffff
mov qword [rax], 1
mov qword [rax], 256
mov qword [r12], 0x80000000
mov qword [r12], 0x7fff
mov qword [r12], 256
mov qword [r12], 0x12345
test al, al
test al, cl
test al, dl
test al, [rsp+r9*2]
test [rsp+r9*2], al
test al, [rbp]
test [rbp], al
test al, [rcx*8]
test [rcx*8], al
test al, 0
test al, 1
test al, 5
test al, -1
test al, 127
test al, 128
test al, -128
test al, -129
test al, 255
test al, 256
test al, 0x7fff
test al, 0x8000
test al, 0xffff
test al, 0x12345
test al, 0x7fffffff
test al, 0x80000000
test al, 0xffffffff
test cl, al
test cl, cl
test cl, dl
test cl, [rbp]
test [rbp], cl
test cl, [r13]
test [r13], cl
test cl, [rsp+4]
test [rsp+4], cl
test cl, [lbl]
test [lbl], cl
test cl, 0
test cl, 1
test cl, 5
test cl, -1
test cl, 127
test cl, 128
test cl, -128
test cl, -129
test cl, 255
test cl, 256
test cl, 0x7fff
test cl, 0x8000
test cl, 0xffff
test cl, 0x12345
test cl, 0x7fffffff
test cl, 0x80000000
test cl, 0xffffffff
test dl, al
test dl, cl
test dl, dl
test dl, [rbp]
test [rbp], dl
test dl, [rsp+4]
test [rsp+4], dl
test dl, [rdi*1]
test [rdi*1], dl
test dl, 0
test dl, 1
test dl, 5
test dl, -1
test dl, 127
test dl, 128
test dl, -128
test dl, -129
test dl, 255
test dl, 256
test dl, 0x7fff
test dl, 0x8000
test dl, 0xffff
test dl, 0x12345
test dl, 0x7fffffff
test dl, 0x80000000
test dl, 0xffffffff
test bl, al
test bl, cl
test bl, dl
test bl, [rel lbl]
test [rel lbl], bl
test bl, [lbl]
test [lbl], bl
test bl, [rcx*8]
test [rcx*8], bl
test bl, 0
test bl, 1
test bl, 5
test bl, -1
test bl, 127
test bl, 128
test bl, -128
test bl, -129
test bl, 255
test bl, 256
test bl, 0x7fff
test bl, 0x8000
test bl, 0xffff
test bl, 0x12345
test bl, 0x7fffffff
test bl, 0x80000000
test bl, 0xffffffff
test ax, ax
test ax, cx
test ax, dx
test ax, [rax*2]
test [rax*2], ax
test ax, [rsp]
test [rsp], ax
test ax, [gs:0x30]
test [gs:0x30], ax
test ax, [r13]
test [r13], ax
test ax, 0
test ax, 1
test ax, 5
test ax, -1
test ax, 127
test ax, 128
test ax, -128
test ax, -129
test ax, 255
test ax, 256
test ax, 0x7fff
test ax, 0x8000
test ax, 0xffff
test ax, 0x12345
test ax, 0x7fffffff
test ax, 0x80000000
test ax, 0xffffffff
test cx, ax
test cx, cx
test cx, dx
test cx, [rax*3]
test [rax*3], cx
test cx, [rbp]
test [rbp], cx
test cx, [rax]
test [rax], cx
test cx, [rdx+0x80]
test [rdx+0x80], cx
test cx, 0
test cx, 1
test cx, 5
test cx, -1
test cx, 127
test cx, 128
test cx, -128
test cx, -129
test cx, 255
test cx, 256
test cx, 0x7fff
test cx, 0x8000
test cx, 0xffff
test cx, 0x12345
test cx, 0x7fffffff
test cx, 0x80000000
test cx, 0xffffffff
test dx, ax
test dx, cx
test dx, dx
test dx, [r13]
test [r13], dx
test dx, 0
test dx, 1
test dx, 5
test dx, -1
test dx, 127
test dx, 128
test dx, -128
test dx, -129
test dx, 255
test dx, 256
test dx, 0x7fff
test dx, 0x8000
test dx, 0xffff
test dx, 0x12345
test dx, 0x7fffffff
test dx, 0x80000000
test dx, 0xffffffff
test bx, ax
test bx, cx
test bx, dx
test bx, [rdx+0x80]
test [rdx+0x80], bx
test bx, [lbl]
test [lbl], bx
test bx, [rsp]
test [rsp], bx
test bx, 0
test bx, 1
test bx, 5
test bx, -1
test bx, 127
test bx, 128
test bx, -128
test bx, -129
test bx, 255
test bx, 256
test bx, 0x7fff
test bx, 0x8000
test bx, 0xffff
test bx, 0x12345
test bx, 0x7fffffff
test bx, 0x80000000
test bx, 0xffffffff
test word [rcx*8], 0x8000
test word [rcx*8], 0xffffffff
test word [rcx*8], 255
test word [rcx*8], 5
test word [rel lbl], 128
test word [rel lbl], -129
test word [rel lbl], -1
test word [rel lbl], 0xffff
test eax, eax
test eax, ecx
test eax, edx
test eax, [rbp]
test eax, [0x1234]
test [0x1234], eax
test eax, [rsp]
test eax, [gs:0x30]
test [gs:0x30], eax
test eax, 0
test eax, 1
test eax, 5
test eax, -1
test eax, 127
test eax, 128
test eax, -128
test eax, -129
test eax, 255
test eax, 256
test eax, 0x7fff
test eax, 0x8000
test eax, 0xffff
test eax, 0x12345
test eax, 0x7fffffff
test eax, 0x80000000
test eax, 0xffffffff
test ecx, eax
test ecx, ecx
test ecx, edx
test ecx, [fs:eax]
test [fs:eax], ecx
test ecx, [rcx*8]
test ecx, 0
test ecx, 1
test ecx, 5
test ecx, -1
test ecx, 127
test ecx, 128
test ecx, -128
test ecx, -129
test ecx, 255
test ecx, 256
test ecx, 0x7fff
test ecx, 0x8000
test ecx, 0xffff
test ecx, 0x12345
test ecx, 0x7fffffff
test ecx, 0x80000000
test ecx, 0xffffffff
test edx, eax
test edx, ecx
test edx, edx
test edx, [rax*2]
test edx, [rax*3]
test edx, [r8+r15*8-0x20]
test edx, 0
test edx, 1
test edx, 5
test edx, -1
test edx, 127
test edx, 128
test edx, -128
test edx, -129
test edx, 255
test edx, 256
test edx, 0x7fff
test edx, 0x8000
test edx, 0xffff
test edx, 0x12345
test edx, 0x7fffffff
test edx, 0x80000000
test edx, 0xffffffff
test ebx, eax
test ebx, ecx
test ebx, edx
test ebx, [rax+rbp]
test ebx, [r8+r15*8-0x20]
test ebx, [rdi*1]
test ebx, [rdx-0x80]
test ebx, 0
test ebx, 1
test ebx, 5
test ebx, -1
test ebx, 127
test ebx, 128
test ebx, -128
test ebx, -129
test ebx, 255
test ebx, 256
test ebx, 0x7fff
test ebx, 0x8000
test ebx, 0xffff
test ebx, 0x12345
test ebx, 0x7fffffff
test ebx, 0x80000000
test ebx, 0xffffffff
test dword [rsp+4], 0
test dword [rsp+4], 0x80000000
test dword [rsp+4], 127
test dword [rsp+4], 0x7fffffff
test dword [rsp+r9*2], 0xffff
test dword [rsp+r9*2], 1
test dword [rsp+r9*2], 0xffffffff
test dword [rsp+r9*2], 0x7fffffff
test rax, rax
test rax, rcx
test rax, rbx
test rax, [rdx-0x80]
test [rdx-0x80], rax
test rax, [fs:eax]
test [fs:eax], rax
test rax, [gs:0x30]
test [gs:0x30], rax
test rax, 0
test rax, 1
test rax, 5
test rax, -1
test rax, 127
test rax, 128
test rax, -128
test rax, -129
test rax, 255
test rax, 256
test rax, 0x7fff
test rax, 0x8000
test rax, 0xffff
test rax, 0x12345
test rax, 0x7fffffff
test rax, 0x80000000
test rax, 0xffffffff
test rcx, rax
test rcx, rcx
test rcx, rbx
test rcx, [rax]
test [rax], rcx
test rcx, [rax*2]
test [rax*2], rcx
test rcx, [gs:0x30]
test [gs:0x30], rcx
test rcx, 0
test rcx, 1
test rcx, 5
test rcx, -1
test rcx, 127
test rcx, 128
test rcx, -128
test rcx, -129
test rcx, 255
test rcx, 256
test rcx, 0x7fff
test rcx, 0x8000
test rcx, 0xffff
test rcx, 0x12345
test rcx, 0x7fffffff
test rcx, 0x80000000
test rcx, 0xffffffff
test rbx, rax
test rbx, rcx
test rbx, rbx
test rbx, [r13+8]
test [r13+8], rbx
test rbx, [rsp+4]
test [rsp+4], rbx
test rbx, [rax+rbp]
test [rax+rbp], rbx
test rbx, 0
test rbx, 1
test rbx, 5
test rbx, -1
test rbx, 127
test rbx, 128
test rbx, -128
test rbx, -129
test rbx, 255
test rbx, 256
test rbx, 0x7fff
test rbx, 0x8000
test rbx, 0xffff
test rbx, 0x12345
test rbx, 0x7fffffff
test rbx, 0x80000000
test rbx, 0xffffffff
test rsp, rax
test rsp, rcx
test rsp, rbx
test rsp, [r8+r15*8-0x20]
test [r8+r15*8-0x20], rsp
test rsp, [r13]
test [r13], rsp
test rsp, [rdx+0x80]
test [rdx+0x80], rsp
test rsp, 0
test rsp, 1
test rsp, 5
test rsp, -1
test rsp, 127
test rsp, 128
test rsp, -128
test rsp, -129
test rsp, 255
test rsp, 256
test rsp, 0x7fff
test rsp, 0x8000
test rsp, 0xffff
test rsp, 0x12345
test rsp, 0x7fffffff
test rsp, 0x80000000
test rsp, 0xffffffff
test qword [rcx*8], -1
test qword [rcx*8], -129
test qword [rcx*8], 0xffffffff
test qword [rcx*8], 0x80000000
test qword [rdi*1], -1
test qword [rdi*1], 128
test qword [rdi*1], -129
test qword [rdi*1], 0x80000000
inc al
inc cl
inc dl
inc bl
inc sil
inc byte [rel lbl]
inc byte [rax]
inc ax
inc cx
inc dx
inc bx
inc sp
inc word [r13+8]
inc word [rdx-0x80]
inc word [gs:0x30]
inc eax
inc ecx
inc edx
inc ebx
inc esp
inc dword [rdx+0x80]
inc dword [rbp]
inc rax
inc rcx
inc rbx
inc rsp
inc rbp
inc qword [rdx-0x80]
inc qword [r13]
dec al
dec cl
dec dl
dec bl
dec sil
dec byte [rdx+0x80]
dec byte [r13+8]
dec byte [rsp+4]
dec ax
dec cx
dec dx
dec bx
dec sp
dec word [rcx*8]
dec word [r13]
dec word [rax*3]
dec eax
dec ecx
dec edx
dec ebx
dec esp
dec dword [r13]
dec dword [rdx+0x80]
dec rax
dec rcx
dec rbx
dec rsp
dec rbp
dec qword [rax*3]
dec qword [rdi*1]
not al
not cl
not dl
not bl
not sil
not byte [rel lbl]
not byte [rsp+4]
not ax
not cx
not dx
not bx
not sp
not word [lbl]
not eax
not ecx
not edx
not ebx
not esp
not dword [r8+r15*8-0x20]
not dword [lbl]
not rax
not rcx
not rbx
not rsp
not rbp
not qword [rax*3]
not qword [rsp+r9*2]
not qword [rax+rbp]
neg al
neg cl
neg dl
neg bl
neg sil
neg byte [rsp+r9*2]
neg byte [rax]
neg ax
neg cx
neg dx
neg bx
neg sp
neg word [rsp+r9*2]
neg word [eax]
neg word [rsp+4]
neg eax
neg ecx
neg edx
neg ebx
neg esp
neg dword [rel lbl]
neg dword [0x1234]
neg dword [fs:eax]
neg rax
neg rcx
neg rbx
neg rsp
neg rbp
neg qword [rax*3]
neg qword [rel lbl]
neg qword [rsp+4]
mul al
mul cl
mul dl
mul bl
mul sil
mul byte [lbl]
mul ax
mul cx
mul dx
mul bx
mul sp
mul word [rsp]
mul word [rdx+0x80]
mul word [r8+r15*8-0x20]
mul eax
mul ecx
mul edx
mul ebx
mul esp
mul dword [rdx-0x80]
mul dword [rax]
mul rax
mul rcx
mul rbx
mul rsp
mul rbp
mul qword [r12]
mul qword [eax]
imul al
imul cl
imul dl
imul bl
imul sil
imul byte [rel lbl]
imul byte [rdx-0x80]
imul ax
imul cx
imul dx
imul bx
imul sp
imul word [lbl]
imul eax
imul ecx
imul edx
imul ebx
imul esp
imul dword [rel lbl]
imul dword [rax*2]
imul dword [rdi*1]
imul rax
imul rcx
imul rbx
imul rsp
imul rbp
imul qword [rax]
imul qword [rdx-0x80]
imul qword [lbl]
div al
div cl
div dl
div bl
div sil
div byte [rbp]
div byte [rdx+0x80]
div byte [r13]
div ax
div cx
div dx
div bx
div sp
div word [rsp]
div word [rax*2]
div word [rsp+r9*2]
div eax
div ecx
div edx
div ebx
div esp
div dword [rbp]
div dword [rax+rbp]
div dword [fs:eax]
div rax
div rcx
div rbx
div rsp
div rbp
div qword [rsp]
div qword [r13]
idiv al
idiv cl
idiv dl
idiv bl
idiv sil
idiv byte [rbp]
idiv byte [0x1234]
idiv byte [rel lbl]
idiv ax
idiv cx
idiv dx
idiv bx
idiv sp
idiv word [rbp]
idiv word [rsp]
idiv eax
idiv ecx
idiv edx
idiv ebx
idiv esp
idiv dword [rbp]
idiv dword [r12]
idiv rax
idiv rcx
idiv rbx
idiv rsp
idiv rbp
idiv qword [0x1234]
idiv qword [rsp]
push ax
push cx
push dx
push bx
push sp
push word [r13]
push rax
push rcx
push rbx
push rsp
push rbp
push qword [0x1234]
push qword [gs:0x30]
pop ax
pop cx
pop dx
pop bx
pop sp
pop word [gs:0x30]
pop word [rel lbl]
pop rax
pop rcx
pop rbx
pop rsp
pop rbp
pop qword [rax+rbp]
pop qword [r13+8]
pop qword [0x1234]
shl al, 1
shl al, cl
shl al, 4
shl cl, 1
shl cl, cl
shl cl, 4
shl dl, 1
shl dl, cl
shl dl, 4
shl byte [rax], 3
shl ax, 1
shl ax, cl
shl ax, 4
shl cx, 1
shl cx, cl
shl cx, 4
shl dx, 1
shl dx, cl
shl dx, 4
shl word [rax], 3
shl eax, 1
shl eax, cl
shl eax, 4
shl ecx, 1
shl ecx, cl
shl ecx, 4
shl edx, 1
shl edx, cl
shl edx, 4
shl dword [rax], 3
shl rax, 1
shl rax, cl
shl rax, 4
shl rcx, 1
shl rcx, cl
shl rcx, 4
shl rbx, 1
shl rbx, cl
shl rbx, 4
shl qword [rax], 3
shr al, 1
shr al, cl
shr al, 4
shr cl, 1
shr cl, cl
shr cl, 4
shr dl, 1
shr dl, cl
shr dl, 4
shr byte [rax], 3
shr ax, 1
shr ax, cl
shr ax, 4
shr cx, 1
shr cx, cl
shr cx, 4
shr dx, 1
shr dx, cl
shr dx, 4
shr word [rax], 3
shr eax, 1
shr eax, cl
shr eax, 4
shr ecx, 1
shr ecx, cl
shr ecx, 4
shr edx, 1
shr edx, cl
shr edx, 4
shr dword [rax], 3
shr rax, 1
shr rax, cl
shr rax, 4
shr rcx, 1
shr rcx, cl
shr rcx, 4
shr rbx, 1
shr rbx, cl
shr rbx, 4
shr qword [rax], 3
sar al, 1
sar al, cl
sar al, 4
sar cl, 1
sar cl, cl
sar cl, 4
sar dl, 1
sar dl, cl
sar dl, 4
sar byte [rax], 3
sar ax, 1
sar ax, cl
sar ax, 4
sar cx, 1
sar cx, cl
sar cx, 4
sar dx, 1
sar dx, cl
sar dx, 4
sar word [rax], 3
sar eax, 1
sar eax, cl
sar eax, 4
sar ecx, 1
sar ecx, cl
sar ecx, 4
sar edx, 1
sar edx, cl
sar edx, 4
sar dword [rax], 3
sar rax, 1
sar rax, cl
sar rax, 4
sar rcx, 1
sar rcx, cl
sar rcx, 4
sar rbx, 1
sar rbx, cl
sar rbx, 4
sar qword [rax], 3
rol al, 1
rol al, cl
rol al, 4
rol cl, 1
rol cl, cl
rol cl, 4
rol dl, 1
rol dl, cl
rol dl, 4
rol byte [rax], 3
rol ax, 1
rol ax, cl
rol ax, 4
rol cx, 1
rol cx, cl
rol cx, 4
rol dx, 1
rol dx, cl
rol dx, 4
rol word [rax], 3
rol eax, 1
rol eax, cl
rol eax, 4
rol ecx, 1
rol ecx, cl
rol ecx, 4
rol edx, 1
rol edx, cl
rol edx, 4
rol dword [rax], 3
rol rax, 1
rol rax, cl
rol rax, 4
rol rcx, 1
rol rcx, cl
rol rcx, 4
rol rbx, 1
rol rbx, cl
rol rbx, 4
rol qword [rax], 3
ror al, 1
ror al, cl
ror al, 4
ror cl, 1
ror cl, cl
ror cl, 4
ror dl, 1
ror dl, cl
ror dl, 4
ror byte [rax], 3
ror ax, 1
ror ax, cl
ror ax, 4
ror cx, 1
ror cx, cl
ror cx, 4
ror dx, 1
ror dx, cl
ror dx, 4
ror word [rax], 3
ror eax, 1
ror eax, cl
ror eax, 4
ror ecx, 1
ror ecx, cl
ror ecx, 4
ror edx, 1
ror edx, cl
ror edx, 4
ror dword [rax], 3
ror rax, 1
ror rax, cl
ror rax, 4
ror rcx, 1
ror rcx, cl
ror rcx, 4
ror rbx, 1
ror rbx, cl
ror rbx, 4
ror qword [rax], 3
rcl al, 1
rcl al, cl
rcl al, 4
rcl cl, 1
rcl cl, cl
rcl cl, 4
rcl dl, 1
rcl dl, cl
rcl dl, 4
rcl byte [rax], 3
rcl ax, 1
rcl ax, cl
rcl ax, 4
rcl cx, 1
rcl cx, cl
rcl cx, 4
rcl dx, 1
rcl dx, cl
rcl dx, 4
rcl word [rax], 3
rcl eax, 1
rcl eax, cl
rcl eax, 4
rcl ecx, 1
rcl ecx, cl
rcl ecx, 4
rcl edx, 1
rcl edx, cl
rcl edx, 4
rcl dword [rax], 3
rcl rax, 1
rcl rax, cl
rcl rax, 4
rcl rcx, 1
rcl rcx, cl
rcl rcx, 4
rcl rbx, 1
rcl rbx, cl
rcl rbx, 4
rcl qword [rax], 3
rcr al, 1
rcr al, cl
rcr al, 4
rcr cl, 1
rcr cl, cl
rcr cl, 4
rcr dl, 1
rcr dl, cl
rcr dl, 4
rcr byte [rax], 3
rcr ax, 1
rcr ax, cl
rcr ax, 4
rcr cx, 1
rcr cx, cl
rcr cx, 4
rcr dx, 1
rcr dx, cl
rcr dx, 4
rcr word [rax], 3
rcr eax, 1
rcr eax, cl
rcr eax, 4
rcr ecx, 1
rcr ecx, cl
rcr ecx, 4
rcr edx, 1
rcr edx, cl
rcr edx, 4
rcr dword [rax], 3
rcr rax, 1
rcr rax, cl
rcr rax, 4
rcr rcx, 1
rcr rcx, cl
rcr rcx, 4
rcr rbx, 1
rcr rbx, cl
rcr rbx, 4
rcr qword [rax], 3
sal al, 1
sal al, cl
sal al, 4
sal cl, 1
sal cl, cl
sal cl, 4
sal dl, 1
sal dl, cl
sal dl, 4
sal byte [rax], 3
sal ax, 1
sal ax, cl
sal ax, 4
sal cx, 1
sal cx, cl
sal cx, 4
sal dx, 1
sal dx, cl
sal dx, 4
sal word [rax], 3
sal eax, 1
sal eax, cl
sal eax, 4
sal ecx, 1
sal ecx, cl
sal ecx, 4
sal edx, 1
sal edx, cl
sal edx, 4
sal dword [rax], 3
sal rax, 1
sal rax, cl
sal rax, 4
sal rcx, 1
sal rcx, cl
sal rcx, 4
sal rbx, 1
sal rbx, cl
sal rbx, 4
sal qword [rax], 3
imul ax, cx
imul ax, cx, 5
imul ax, cx, 500
imul dx, [rbp], 3
imul ax, 7
imul ax, [rsp]
movzx ax, byte [rax]
movsx cx, cl
bsf ax, cx
bt ax, 3
bts ax, cx
xchg ax, cx
xchg cx, ax
xchg dx, [rsp+4]
cmovz ax, cx
cmovnae ax, [rax]
imul eax, ecx
imul eax, ecx, 5
imul eax, ecx, 500
imul edx, [rbp], 3
imul eax, 7
imul eax, [rsp]
movzx eax, byte [rax]
movsx ecx, cl
bsf eax, ecx
bt eax, 3
bts eax, ecx
xchg eax, ecx
xchg ecx, eax
xchg edx, [rsp+4]
cmovz eax, ecx
cmovnae eax, [rax]
movzx eax, word [rax]
bswap eax
imul rax, rcx
imul rax, rcx, 5
imul rax, rcx, 500
imul rbx, [rbp], 3
imul rax, 7
imul rax, [rsp]
movzx rax, byte [rax]
movsx rcx, cl
bsf rax, rcx
bt rax, 3
bts rax, rcx
xchg rax, rcx
xchg rcx, rax
xchg rbx, [rsp+4]
cmovz rax, rcx
cmovnae rax, [rax]
movzx rax, word [rax]
bswap rax
push 5
push -1
push 0x80
push 0x1234
push word 5
push lbl
ret
ret 8
retf
retf 4
iret
leave
enter 16, 0
int 0x10
int 3
int3
nop
hlt
cli
sti
cld
std
clc
stc
cmc
cpuid
rdtsc
rdmsr
wrmsr
rdtscp
pause
lfence
mfence
sfence
wbinvd
invd
clts
ud2
nop
xlatb
cbw
cwde
cwd
cdq
lahf
sahf
pushf
popf
in al, dx
in ax, dx
in eax, dx
in al, 0x60
out dx, al
out 0x80, al
out dx, eax
in ax, 0x71
movsb
movsw
movsd
stosb
stosd
lodsb
lodsw
scasb
cmpsb
rep movsb
rep stosd
repne scasb
repe cmpsw
insb
outsb
rep insw
movsq
stosq
rep stosq
lodsq
cdqe
cqo
iretq
sysret
syscall
swapgs
pushfq
popfq
rdfsbase rax
wrgsbase rbx
mov rax, cr0
mov cr3, rax
mov cr4, rbx
mov cr8, rax
mov rax, dr7
mov dr0, rcx
movsxd rax, ecx
mov rax, 0x123456789
mov rax, -5
mov r10, 0xffffffff
mov qword [rax], -1
mov qword [rax], 0x7fffffff
mov rax, lbl
mov eax, lbl
lea rax, [lbl]
lea rax, [rel lbl]
jmp far [rax]
call far [rax]
jmp [rax]
call rax
call [rbx+8]
push fs
pop gs
mov ds, ax
mov ax, ds
mov eax, ds
mov rax, ds
mov [rax], ds
mov ds, [rax]
mov fs, eax
lgdt [lbl]
lidt [lbl]
sgdt [lbl]
sidt [lbl]
ltr ax
str ax
lldt ax
sldt ax
lmsw ax
smsw ax
invlpg [lbl]
verr ax
verw ax
lar eax, ax
lsl eax, ax
vmxon [lbl]
vmxoff
vmclear [lbl]
vmptrld [lbl]
vmptrst [lbl]
vmlaunch
vmresume
vmcall
vmfunc
xsetbv
xgetbv
monitor
mwait
rdrand eax
rdseed eax
clflush [lbl]
prefetcht0 [lbl]
fxsave [lbl]
fxrstor [lbl]
xsave [lbl]
xrstor [lbl]
ldmxcsr [lbl]
stmxcsr [lbl]
vmread rax, rbx
vmread [rax], rbx
vmwrite rbx, rax
vmwrite rbx, [rax+8]
invept rax, [rbx]
invvpid rcx, [rdx]
invpcid rax, [rbx]
fld dword [lbl]
fld qword [lbl]
fld tword [lbl]
fld st1
fstp st1
fstp qword [lbl]
fild word [lbl]
fild dword [lbl]
fild qword [lbl]
fistp dword [lbl]
fadd st0, st1
fadd st1, st0
fadd st1
fadd to st2
faddp
faddp st2
fmulp
fsubp
fdivrp st3
fxch
fxch st3
fcomp
fucomi st0, st1
fcomi st1
fldz
fld1
fninit
finit
fwait
fnstsw ax
fstsw ax
fnstcw [lbl]
fldcw [lbl]
fsqrt
fchs
fabs
frndint
movaps xmm0, xmm1
movaps xmm0, [lbl]
movups [lbl], xmm2
addps xmm1, xmm2
addss xmm0, dword [lbl]
movd xmm0, eax
movd eax, xmm1
movq xmm0, xmm1
movdqa xmm0, [lbl]
pxor xmm0, xmm0
pshufd xmm0, xmm1, 0x1b
cvtsi2ss xmm0, eax
cvtsi2sd xmm1, dword [lbl]
cvttss2si eax, xmm0
movss xmm0, [lbl]
movsd xmm0, [lbl]
movsd xmm0, xmm1
cmpsd xmm0, xmm1, 1
punpcklbw mm0, mm1
paddd mm0, [lbl]
emms
pinsrw xmm0, eax, 3
pextrw eax, xmm0, 1
shufps xmm0, xmm1, 0x44
ptest xmm0, xmm1
pinsrd xmm0, eax, 1
aesenc xmm0, xmm1
pclmulqdq xmm0, xmm1, 0x11
crc32 eax, byte [lbl]
popcnt eax, ecx
lzcnt eax, ecx
tzcnt eax, [lbl]
movbe eax, [lbl]
vaddps xmm0, xmm1, xmm2
vaddps ymm0, ymm1, [lbl]
vmovdqu ymm0, [lbl]
vpxor xmm0, xmm1, xmm2
vpbroadcastd ymm0, xmm1
vfmadd231ps xmm0, xmm1, xmm2
vzeroupper
vpermq ymm0, ymm1, 0x4e
vextracti128 xmm0, ymm1, 1
vinsertf128 ymm0, ymm1, xmm2, 1
andn eax, ebx, ecx
bextr eax, ebx, ecx
shlx eax, ebx, ecx
rorx eax, ebx, 3
pdep eax, ebx, ecx
vaddps zmm0, zmm1, zmm2
vaddps zmm0{k1}{z}, zmm1, [rax+64]{1to16}
vaddps zmm0, zmm1, zmm2, {rn-sae}
vaddps xmm16, xmm1, [rax+64]
vmovdqu64 zmm0, [rax+128]
vpaddd zmm3{k2}, zmm4, zmm5
kmovw k1, eax
kandw k1, k2, k3
vpcmpeqd k1, zmm0, zmm1
vcvtps2pd zmm0, ymm1, {sae}
vgatherdps ymm0, [rax+ymm1*4], ymm2
vpgatherdd zmm0{k1}, [rax+zmm1*4]
movq xmm0, rax
movq rax, xmm0
movq xmm0, [rax]
movq [rax], xmm0
cvtsi2ss xmm0, rax
cvtsi2ss xmm0, [rax]
cvtsi2ss xmm0, qword [rax]
jmp lbl
jmp short lbl
jmp near lbl
jz lbl
jnz near lbl
je lbl
jc lbl
jnae lbl
jpe lbl
jg lbl
call lbl
jmp $
jmp $+2
jmp back
jz back
setz al
setnbe [lbl]
seto bl
lock add [lbl], eax
lock cmpxchg [lbl], ecx
xadd [lbl], eax
lock inc dword [lbl]
cmpxchg8b [lbl]
back:
loop lbl
loopz lbl
jecxz lbl
lbl: dd 0
