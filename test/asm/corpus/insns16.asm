; generated instruction corpus (NASM operand syntax, all forms checked against nasm)
bits 16
add al, al
add al, cl
add al, dl
add al, [si]
add [si], al
add al, [bp-129]
add [bp-129], al
add al, [bp]
add [bp], al
add al, [bx+si]
add [bx+si], al
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
add cl, [bp]
add [bp], cl
add cl, [bx+si-1]
add [bx+si-1], cl
add cl, [es:bx]
add [es:bx], cl
add cl, [bp-129]
add [bp-129], cl
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
add dl, [es:bx]
add [es:bx], dl
add dl, [0x1234]
add [0x1234], dl
add dl, [di+4]
add [di+4], dl
add dl, [bp]
add [bp], dl
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
add bl, [bx+si-1]
add [bx+si-1], bl
add bl, [bx]
add [bx], bl
add bl, [0x1234]
add [0x1234], bl
add bl, [bp-129]
add [bp-129], bl
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
add byte [bp-129], 255
add byte [bp-129], -129
add byte [bp-129], 256
add byte [bp-129], 1
add byte [bx], 0x7fff
add byte [bx], 0
add byte [bx], 0x80000000
add byte [bx], 0x7fffffff
add byte [bx+si-1], 0
add byte [bx+si-1], 0xffff
add byte [bx+si-1], 0x7fff
add byte [bx+si-1], -1
add ax, ax
add ax, cx
add ax, dx
add ax, [0x1234]
add [0x1234], ax
add ax, [bx]
add [bx], ax
add ax, [bp-128]
add [bp-128], ax
add ax, [di+4]
add [di+4], ax
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
add cx, [bx+si-1]
add [bx+si-1], cx
add cx, [ss:bp+2]
add [ss:bp+2], cx
add cx, [bp-128]
add [bp-128], cx
add cx, [di+4]
add [di+4], cx
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
add dx, [bp+di+0x100]
add [bp+di+0x100], dx
add dx, [di+4]
add [di+4], dx
add dx, [es:bx]
add [es:bx], dx
add dx, [bx+si-1]
add [bx+si-1], dx
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
add bx, [bx+si]
add [bx+si], bx
add bx, [bx]
add [bx], bx
add bx, [0x1234]
add [0x1234], bx
add bx, [bp-128]
add [bp-128], bx
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
add word [es:bx], 256
add word [es:bx], -1
add word [es:bx], 0x8000
add word [es:bx], 128
add word [bp], 0xffffffff
add word [bp], 0x12345
add word [bp], 255
add word [bp], 0x80000000
add word [si], -128
add word [si], 256
add word [si], 127
add word [si], 0x80000000
add eax, eax
add eax, ecx
add eax, edx
add eax, [bx+si-1]
add [bx+si-1], eax
add eax, [bp-128]
add [bp-128], eax
add eax, [0x1234]
add [0x1234], eax
add eax, [bx]
add [bx], eax
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
add ecx, [bx+si-1]
add [bx+si-1], ecx
add ecx, [di+4]
add [di+4], ecx
add ecx, [0x1234]
add [0x1234], ecx
add ecx, [bp-129]
add [bp-129], ecx
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
add edx, [es:bx]
add [es:bx], edx
add edx, [si]
add [si], edx
add edx, [bp+di+0x100]
add [bp+di+0x100], edx
add edx, [bp-128]
add [bp-128], edx
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
add ebx, [ss:bp+2]
add [ss:bp+2], ebx
add ebx, [es:bx]
add [es:bx], ebx
add ebx, [bp+di+0x100]
add [bp+di+0x100], ebx
add ebx, [bp]
add [bp], ebx
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
add dword [bx+si-1], -1
add dword [bx+si-1], 128
add dword [bx+si-1], 255
add dword [bx+si-1], 0x12345
add dword [es:bx], 0xffff
add dword [es:bx], 0x8000
add dword [es:bx], -129
add dword [es:bx], 0x80000000
add dword [bp-128], 0
add dword [bp-128], 0x80000000
add dword [bp-128], 0xffffffff
add dword [bp-128], 127
or al, al
or al, cl
or al, dl
or al, [ss:bp+2]
or [ss:bp+2], al
or al, [bp-129]
or [bp-129], al
or al, [es:bx]
or [es:bx], al
or al, [0x1234]
or [0x1234], al
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
or cl, [es:bx]
or [es:bx], cl
or cl, [si]
or [si], cl
or cl, [ss:bp+2]
or [ss:bp+2], cl
or cl, [bp-128]
or [bp-128], cl
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
or dl, [di+4]
or [di+4], dl
or dl, [bx]
or [bx], dl
or dl, [ss:bp+2]
or [ss:bp+2], dl
or dl, [bp-128]
or [bp-128], dl
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
or bl, [bp-128]
or [bp-128], bl
or bl, [di+4]
or [di+4], bl
or bl, [0x1234]
or [0x1234], bl
or bl, [ss:bp+2]
or [ss:bp+2], bl
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
or byte [bp+di+0x100], 0x7fffffff
or byte [bp+di+0x100], 255
or byte [bp+di+0x100], 0x7fff
or byte [bp+di+0x100], 0x80000000
or byte [bp-129], 0
or byte [bp-129], 0xffff
or byte [bp-129], 0x80000000
or byte [bp-129], 0x12345
or byte [ss:bp+2], 0xffffffff
or byte [ss:bp+2], 127
or byte [ss:bp+2], 255
or byte [ss:bp+2], 0xffff
or ax, ax
or ax, cx
or ax, dx
or ax, [bp-128]
or [bp-128], ax
or ax, [di+4]
or [di+4], ax
or ax, [0x1234]
or [0x1234], ax
or ax, [bx]
or [bx], ax
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
or cx, [bx+si-1]
or [bx+si-1], cx
or cx, [bp+di+0x100]
or [bp+di+0x100], cx
or cx, [bp-129]
or [bp-129], cx
or cx, [bp-128]
or [bp-128], cx
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
or dx, [di+4]
or [di+4], dx
or dx, [bp-128]
or [bp-128], dx
or dx, [0x1234]
or [0x1234], dx
or dx, [bx+si-1]
or [bx+si-1], dx
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
or bx, [bp+di+0x100]
or [bp+di+0x100], bx
or bx, [0x1234]
or [0x1234], bx
or bx, [ss:bp+2]
or [ss:bp+2], bx
or bx, [bx]
or [bx], bx
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
or word [bp-128], 0x7fff
or word [bp-128], 0x7fffffff
or word [bp-128], 256
or word [bp-128], 0
or word [ss:bp+2], -129
or word [ss:bp+2], 128
or word [ss:bp+2], 255
or word [ss:bp+2], 256
or word [bp-129], 128
or word [bp-129], 5
or word [bp-129], 0xffff
or word [bp-129], 255
or eax, eax
or eax, ecx
or eax, edx
or eax, [bx+si]
or [bx+si], eax
or eax, [bx]
or [bx], eax
or eax, [bp]
or [bp], eax
or eax, [bp-129]
or [bp-129], eax
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
or ecx, [bx]
or [bx], ecx
or ecx, [bx+si-1]
or [bx+si-1], ecx
or ecx, [ss:bp+2]
or [ss:bp+2], ecx
or ecx, [bx+si]
or [bx+si], ecx
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
or edx, [di+4]
or [di+4], edx
or edx, [bx+si]
or [bx+si], edx
or edx, [bp]
or [bp], edx
or edx, [si]
or [si], edx
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
or ebx, [bp+di+0x100]
or [bp+di+0x100], ebx
or ebx, [bx+si]
or [bx+si], ebx
or ebx, [bp]
or [bp], ebx
or ebx, [si]
or [si], ebx
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
or dword [si], 128
or dword [si], 255
or dword [si], 0x7fff
or dword [si], 0x8000
or dword [bx+si], 256
or dword [bx+si], 0x7fffffff
or dword [bx+si], 0x8000
or dword [bx+si], 128
or dword [bp-128], 0x80000000
or dword [bp-128], 0xffffffff
or dword [bp-128], 1
or dword [bp-128], 0
adc al, al
adc al, cl
adc al, dl
adc al, [bx+si]
adc [bx+si], al
adc al, [0x1234]
adc [0x1234], al
adc al, [bp+di+0x100]
adc [bp+di+0x100], al
adc al, [es:bx]
adc [es:bx], al
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
adc cl, [di+4]
adc [di+4], cl
adc cl, [bx+si]
adc [bx+si], cl
adc cl, [bp]
adc [bp], cl
adc cl, [es:bx]
adc [es:bx], cl
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
adc dl, [ss:bp+2]
adc [ss:bp+2], dl
adc dl, [bp-128]
adc [bp-128], dl
adc dl, [di+4]
adc [di+4], dl
adc dl, [0x1234]
adc [0x1234], dl
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
adc bl, [bx]
adc [bx], bl
adc bl, [di+4]
adc [di+4], bl
adc bl, [ss:bp+2]
adc [ss:bp+2], bl
adc bl, [0x1234]
adc [0x1234], bl
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
adc byte [si], 0x7fffffff
adc byte [si], 0x12345
adc byte [si], 255
adc byte [si], 0x80000000
adc byte [bx], -129
adc byte [bx], 0x7fffffff
adc byte [bx], -1
adc byte [bx], 255
adc byte [ss:bp+2], 0
adc byte [ss:bp+2], 0xffff
adc byte [ss:bp+2], 0x7fff
adc byte [ss:bp+2], 256
adc ax, ax
adc ax, cx
adc ax, dx
adc ax, [bp+di+0x100]
adc [bp+di+0x100], ax
adc ax, [es:bx]
adc [es:bx], ax
adc ax, [0x1234]
adc [0x1234], ax
adc ax, [bx]
adc [bx], ax
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
adc cx, [ss:bp+2]
adc [ss:bp+2], cx
adc cx, [bx+si]
adc [bx+si], cx
adc cx, [si]
adc [si], cx
adc cx, [di+4]
adc [di+4], cx
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
adc dx, [bx]
adc [bx], dx
adc dx, [bx+si]
adc [bx+si], dx
adc dx, [bp]
adc [bp], dx
adc dx, [bp-129]
adc [bp-129], dx
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
adc bx, [bx+si]
adc [bx+si], bx
adc bx, [ss:bp+2]
adc [ss:bp+2], bx
adc bx, [si]
adc [si], bx
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
adc word [bp-129], 0
adc word [bp-129], 1
adc word [bp-129], 256
adc word [bp-129], 0x12345
adc word [bx+si], -128
adc word [bx+si], 0x7fffffff
adc word [bx+si], 5
adc word [bx+si], 0x12345
adc word [si], 0xffffffff
adc word [si], 1
adc word [si], -128
adc word [si], -1
adc eax, eax
adc eax, ecx
adc eax, edx
adc eax, [bp+di+0x100]
adc [bp+di+0x100], eax
adc eax, [bp]
adc [bp], eax
adc eax, [di+4]
adc [di+4], eax
adc eax, [0x1234]
adc [0x1234], eax
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
adc ecx, [bp-129]
adc [bp-129], ecx
adc ecx, [di+4]
adc [di+4], ecx
adc ecx, [bx+si-1]
adc [bx+si-1], ecx
adc ecx, [bp]
adc [bp], ecx
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
adc edx, [es:bx]
adc [es:bx], edx
adc edx, [0x1234]
adc [0x1234], edx
adc edx, [bx+si]
adc [bx+si], edx
adc edx, [bp-128]
adc [bp-128], edx
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
adc ebx, [bx+si-1]
adc [bx+si-1], ebx
adc ebx, [bx]
adc [bx], ebx
adc ebx, [bp+di+0x100]
adc [bp+di+0x100], ebx
adc ebx, [0x1234]
adc [0x1234], ebx
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
adc dword [bx+si], -128
adc dword [bx+si], 0x7fff
adc dword [bx+si], 0xffff
adc dword [bx+si], 256
adc dword [bx], 127
adc dword [bx], 0x7fff
adc dword [bx], -128
adc dword [bx], -1
adc dword [si], 255
adc dword [si], -1
adc dword [si], 0x12345
adc dword [si], -128
sbb al, al
sbb al, cl
sbb al, dl
sbb al, [bp-128]
sbb [bp-128], al
sbb al, [bp+di+0x100]
sbb [bp+di+0x100], al
sbb al, [ss:bp+2]
sbb [ss:bp+2], al
sbb al, [bx+si-1]
sbb [bx+si-1], al
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
sbb cl, [bp-128]
sbb [bp-128], cl
sbb cl, [di+4]
sbb [di+4], cl
sbb cl, [bp]
sbb [bp], cl
sbb cl, [bx]
sbb [bx], cl
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
sbb dl, [bp]
sbb [bp], dl
sbb dl, [si]
sbb [si], dl
sbb dl, [es:bx]
sbb [es:bx], dl
sbb dl, [bp-129]
sbb [bp-129], dl
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
sbb bl, [bp-128]
sbb [bp-128], bl
sbb bl, [di+4]
sbb [di+4], bl
sbb bl, [bx+si]
sbb [bx+si], bl
sbb bl, [bp+di+0x100]
sbb [bp+di+0x100], bl
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
sbb byte [bp-129], 0x8000
sbb byte [bp-129], 0x7fff
sbb byte [bp-129], 128
sbb byte [bp-129], 1
sbb byte [bp-128], 256
sbb byte [bp-128], -129
sbb byte [bp-128], 0x12345
sbb byte [bp-128], 0xffffffff
sbb byte [bx+si], 0x80000000
sbb byte [bx+si], 127
sbb byte [bx+si], 256
sbb byte [bx+si], 255
sbb ax, ax
sbb ax, cx
sbb ax, dx
sbb ax, [bp]
sbb [bp], ax
sbb ax, [bp+di+0x100]
sbb [bp+di+0x100], ax
sbb ax, [bx]
sbb [bx], ax
sbb ax, [0x1234]
sbb [0x1234], ax
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
sbb cx, [bp]
sbb [bp], cx
sbb cx, [0x1234]
sbb [0x1234], cx
sbb cx, [si]
sbb [si], cx
sbb cx, [bp-129]
sbb [bp-129], cx
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
sbb dx, [bp+di+0x100]
sbb [bp+di+0x100], dx
sbb dx, [bp]
sbb [bp], dx
sbb dx, [bp-129]
sbb [bp-129], dx
sbb dx, [0x1234]
sbb [0x1234], dx
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
sbb bx, [bp]
sbb [bp], bx
sbb bx, [bp-129]
sbb [bp-129], bx
sbb bx, [bp-128]
sbb [bp-128], bx
sbb bx, [di+4]
sbb [di+4], bx
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
sbb word [bp-129], 0x8000
sbb word [bp-129], 256
sbb word [bp-129], 0x80000000
sbb word [bp-129], 255
sbb word [bp], -1
sbb word [bp], 0x7fffffff
sbb word [bp], 0x80000000
sbb word [bp], 127
sbb word [bx+si], -1
sbb word [bx+si], 1
sbb word [bx+si], 0x12345
sbb word [bx+si], 127
sbb eax, eax
sbb eax, ecx
sbb eax, edx
sbb eax, [bx]
sbb [bx], eax
sbb eax, [bp-129]
sbb [bp-129], eax
sbb eax, [ss:bp+2]
sbb [ss:bp+2], eax
sbb eax, [bp]
sbb [bp], eax
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
sbb ecx, [bp]
sbb [bp], ecx
sbb ecx, [bx]
sbb [bx], ecx
sbb ecx, [di+4]
sbb [di+4], ecx
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
sbb edx, [di+4]
sbb [di+4], edx
sbb edx, [bp-129]
sbb [bp-129], edx
sbb edx, [0x1234]
sbb [0x1234], edx
sbb edx, [si]
sbb [si], edx
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
sbb ebx, [bp]
sbb [bp], ebx
sbb ebx, [bx+si-1]
sbb [bx+si-1], ebx
sbb ebx, [si]
sbb [si], ebx
sbb ebx, [di+4]
sbb [di+4], ebx
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
sbb dword [si], 0xffff
sbb dword [si], 256
sbb dword [si], 255
sbb dword [si], 127
sbb dword [bp], 0x80000000
sbb dword [bp], 0x7fff
sbb dword [bp], 1
sbb dword [bp], -1
sbb dword [0x1234], 0x7fff
sbb dword [0x1234], 1
sbb dword [0x1234], 0
sbb dword [0x1234], 0x7fffffff
and al, al
and al, cl
and al, dl
and al, [bx+si]
and [bx+si], al
and al, [bp-129]
and [bp-129], al
and al, [bp+di+0x100]
and [bp+di+0x100], al
and al, [bx+si-1]
and [bx+si-1], al
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
and cl, [0x1234]
and [0x1234], cl
and cl, [bp+di+0x100]
and [bp+di+0x100], cl
and cl, [ss:bp+2]
and [ss:bp+2], cl
and cl, [bp]
and [bp], cl
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
and dl, [bp]
and [bp], dl
and dl, [bp+di+0x100]
and [bp+di+0x100], dl
and dl, [bp-129]
and [bp-129], dl
and dl, [bx+si-1]
and [bx+si-1], dl
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
and bl, [bp]
and [bp], bl
and bl, [bx+si]
and [bx+si], bl
and bl, [di+4]
and [di+4], bl
and bl, [bp-128]
and [bp-128], bl
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
and byte [ss:bp+2], 255
and byte [ss:bp+2], 128
and byte [ss:bp+2], 0xffffffff
and byte [ss:bp+2], -1
and byte [bx+si-1], 256
and byte [bx+si-1], -128
and byte [bx+si-1], -1
and byte [bx+si-1], 128
and byte [bp+di+0x100], 5
and byte [bp+di+0x100], 255
and byte [bp+di+0x100], 1
and byte [bp+di+0x100], 0xffff
and ax, ax
and ax, cx
and ax, dx
and ax, [bx+si-1]
and [bx+si-1], ax
and ax, [bp]
and [bp], ax
and ax, [bp-129]
and [bp-129], ax
and ax, [bp+di+0x100]
and [bp+di+0x100], ax
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
and cx, [di+4]
and [di+4], cx
and cx, [0x1234]
and [0x1234], cx
and cx, [bx+si]
and [bx+si], cx
and cx, [bx]
and [bx], cx
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
and dx, [bp+di+0x100]
and [bp+di+0x100], dx
and dx, [si]
and [si], dx
and dx, [ss:bp+2]
and [ss:bp+2], dx
and dx, [bx+si]
and [bx+si], dx
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
and bx, [di+4]
and [di+4], bx
and bx, [bp+di+0x100]
and [bp+di+0x100], bx
and bx, [bp]
and [bp], bx
and bx, [bp-128]
and [bp-128], bx
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
and word [bp-129], 5
and word [bp-129], -129
and word [bp-129], -1
and word [bp-129], 0
and word [ss:bp+2], -129
and word [ss:bp+2], 0xffff
and word [ss:bp+2], 1
and word [ss:bp+2], 127
and word [es:bx], 5
and word [es:bx], 0xffffffff
and word [es:bx], 0
and word [es:bx], 0x7fff
and eax, eax
and eax, ecx
and eax, edx
and eax, [bx]
and [bx], eax
and eax, [bx+si]
and [bx+si], eax
and eax, [bp+di+0x100]
and [bp+di+0x100], eax
and eax, [bx+si-1]
and [bx+si-1], eax
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
and ecx, [bx+si-1]
and [bx+si-1], ecx
and ecx, [si]
and [si], ecx
and ecx, [bp]
and [bp], ecx
and ecx, [bp-128]
and [bp-128], ecx
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
and edx, [bp+di+0x100]
and [bp+di+0x100], edx
and edx, [bp]
and [bp], edx
and edx, [bp-128]
and [bp-128], edx
and edx, [si]
and [si], edx
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
and ebx, [si]
and [si], ebx
and ebx, [ss:bp+2]
and [ss:bp+2], ebx
and ebx, [es:bx]
and [es:bx], ebx
and ebx, [bp+di+0x100]
and [bp+di+0x100], ebx
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
and dword [bx+si], 256
and dword [bx+si], 127
and dword [bx+si], 0x7fffffff
and dword [bx+si], -1
and dword [bp], 127
and dword [bp], 1
and dword [bp], 0xffff
and dword [bp], 128
and dword [bp-128], -128
and dword [bp-128], 128
and dword [bp-128], 127
and dword [bp-128], 0xffffffff
sub al, al
sub al, cl
sub al, dl
sub al, [bp-128]
sub [bp-128], al
sub al, [si]
sub [si], al
sub al, [bx]
sub [bx], al
sub al, [di+4]
sub [di+4], al
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
sub cl, [bx+si]
sub [bx+si], cl
sub cl, [bp]
sub [bp], cl
sub cl, [bx+si-1]
sub [bx+si-1], cl
sub cl, [0x1234]
sub [0x1234], cl
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
sub dl, [bp-128]
sub [bp-128], dl
sub dl, [bx+si]
sub [bx+si], dl
sub dl, [ss:bp+2]
sub [ss:bp+2], dl
sub dl, [bx+si-1]
sub [bx+si-1], dl
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
sub bl, [bp-128]
sub [bp-128], bl
sub bl, [bx+si-1]
sub [bx+si-1], bl
sub bl, [bx]
sub [bx], bl
sub bl, [0x1234]
sub [0x1234], bl
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
sub byte [bp+di+0x100], 0x80000000
sub byte [bp+di+0x100], 0
sub byte [bp+di+0x100], 0xffff
sub byte [bp+di+0x100], 0x7fff
sub byte [si], 0x12345
sub byte [si], 0
sub byte [si], 0x80000000
sub byte [si], 0x8000
sub byte [bx+si], 0x8000
sub byte [bx+si], 127
sub byte [bx+si], 256
sub byte [bx+si], 5
sub ax, ax
sub ax, cx
sub ax, dx
sub ax, [si]
sub [si], ax
sub ax, [bx+si]
sub [bx+si], ax
sub ax, [es:bx]
sub [es:bx], ax
sub ax, [0x1234]
sub [0x1234], ax
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
sub cx, [bp-129]
sub [bp-129], cx
sub cx, [0x1234]
sub [0x1234], cx
sub cx, [si]
sub [si], cx
sub cx, [bp]
sub [bp], cx
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
sub dx, [di+4]
sub [di+4], dx
sub dx, [bx+si-1]
sub [bx+si-1], dx
sub dx, [bx]
sub [bx], dx
sub dx, [si]
sub [si], dx
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
sub bx, [bp-128]
sub [bp-128], bx
sub bx, [bp+di+0x100]
sub [bp+di+0x100], bx
sub bx, [ss:bp+2]
sub [ss:bp+2], bx
sub bx, [bx+si-1]
sub [bx+si-1], bx
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
sub word [es:bx], -129
sub word [es:bx], 0x7fff
sub word [es:bx], 0xffffffff
sub word [es:bx], 0x80000000
sub word [ss:bp+2], 0x80000000
sub word [ss:bp+2], -129
sub word [ss:bp+2], 0x8000
sub word [ss:bp+2], -128
sub word [di+4], 0x7fff
sub word [di+4], 255
sub word [di+4], 0xffffffff
sub word [di+4], -1
sub eax, eax
sub eax, ecx
sub eax, edx
sub eax, [bx]
sub [bx], eax
sub eax, [bp]
sub [bp], eax
sub eax, [bp-128]
sub [bp-128], eax
sub eax, [bp+di+0x100]
sub [bp+di+0x100], eax
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
sub ecx, [si]
sub [si], ecx
sub ecx, [bp-128]
sub [bp-128], ecx
sub ecx, [di+4]
sub [di+4], ecx
sub ecx, [bx+si]
sub [bx+si], ecx
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
sub edx, [bx+si]
sub [bx+si], edx
sub edx, [ss:bp+2]
sub [ss:bp+2], edx
sub edx, [bp-128]
sub [bp-128], edx
sub edx, [bp+di+0x100]
sub [bp+di+0x100], edx
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
sub ebx, [si]
sub [si], ebx
sub ebx, [bx+si-1]
sub [bx+si-1], ebx
sub ebx, [bp-129]
sub [bp-129], ebx
sub ebx, [bp]
sub [bp], ebx
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
sub dword [bp], 0xffff
sub dword [bp], 128
sub dword [bp], 5
sub dword [bp], 127
sub dword [bp-129], 0x12345
sub dword [bp-129], -128
sub dword [bp-129], 256
sub dword [bp-129], 0x8000
sub dword [bp-128], 1
sub dword [bp-128], 0x80000000
sub dword [bp-128], 0x7fff
sub dword [bp-128], -128
xor al, al
xor al, cl
xor al, dl
xor al, [ss:bp+2]
xor [ss:bp+2], al
xor al, [es:bx]
xor [es:bx], al
xor al, [bp+di+0x100]
xor [bp+di+0x100], al
xor al, [0x1234]
xor [0x1234], al
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
xor cl, [bp-128]
xor [bp-128], cl
xor cl, [si]
xor [si], cl
xor cl, [ss:bp+2]
xor [ss:bp+2], cl
xor cl, [bx]
xor [bx], cl
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
xor dl, [bp-128]
xor [bp-128], dl
xor dl, [bp]
xor [bp], dl
xor dl, [bx+si]
xor [bx+si], dl
xor dl, [es:bx]
xor [es:bx], dl
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
xor bl, [bx+si]
xor [bx+si], bl
xor bl, [bp]
xor [bp], bl
xor bl, [si]
xor [si], bl
xor bl, [es:bx]
xor [es:bx], bl
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
xor byte [bx+si-1], 0x12345
xor byte [bx+si-1], 0xffff
xor byte [bx+si-1], 5
xor byte [bx+si-1], 128
xor byte [di+4], 0x7fffffff
xor byte [di+4], 127
xor byte [di+4], 256
xor byte [di+4], -129
xor byte [0x1234], -128
xor byte [0x1234], -1
xor byte [0x1234], 0xffffffff
xor byte [0x1234], 256
xor ax, ax
xor ax, cx
xor ax, dx
xor ax, [bp-128]
xor [bp-128], ax
xor ax, [0x1234]
xor [0x1234], ax
xor ax, [bp]
xor [bp], ax
xor ax, [bx+si]
xor [bx+si], ax
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
xor cx, [bx+si]
xor [bx+si], cx
xor cx, [di+4]
xor [di+4], cx
xor cx, [0x1234]
xor [0x1234], cx
xor cx, [bp-128]
xor [bp-128], cx
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
xor dx, [bx]
xor [bx], dx
xor dx, [di+4]
xor [di+4], dx
xor dx, [bp-128]
xor [bp-128], dx
xor dx, [bx+si-1]
xor [bx+si-1], dx
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
xor bx, [bp-129]
xor [bp-129], bx
xor bx, [bx]
xor [bx], bx
xor bx, [es:bx]
xor [es:bx], bx
xor bx, [di+4]
xor [di+4], bx
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
xor word [bx+si], 256
xor word [bx+si], 127
xor word [bx+si], 255
xor word [bx+si], -1
xor word [di+4], 255
xor word [di+4], 256
xor word [di+4], 0x80000000
xor word [di+4], 0xffff
xor word [si], 255
xor word [si], 0x7fffffff
xor word [si], 0xffff
xor word [si], 0x12345
xor eax, eax
xor eax, ecx
xor eax, edx
xor eax, [si]
xor [si], eax
xor eax, [bp-128]
xor [bp-128], eax
xor eax, [bp+di+0x100]
xor [bp+di+0x100], eax
xor eax, [bx+si-1]
xor [bx+si-1], eax
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
xor ecx, [0x1234]
xor [0x1234], ecx
xor ecx, [bp]
xor [bp], ecx
xor ecx, [di+4]
xor [di+4], ecx
xor ecx, [ss:bp+2]
xor [ss:bp+2], ecx
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
xor edx, [di+4]
xor [di+4], edx
xor edx, [bx+si]
xor [bx+si], edx
xor edx, [bp]
xor [bp], edx
xor edx, [bx]
xor [bx], edx
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
xor ebx, [bp]
xor [bp], ebx
xor ebx, [bp-129]
xor [bp-129], ebx
xor ebx, [bx]
xor [bx], ebx
xor ebx, [bp-128]
xor [bp-128], ebx
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
xor dword [bx+si], 5
xor dword [bx+si], 0x8000
xor dword [bx+si], 256
xor dword [bx+si], 0xffff
xor dword [es:bx], 256
xor dword [es:bx], 0x12345
xor dword [es:bx], 255
xor dword [es:bx], 0x7fff
xor dword [si], 0x8000
xor dword [si], 0x7fff
xor dword [si], 0
xor dword [si], 1
cmp al, al
cmp al, cl
cmp al, dl
cmp al, [bx+si-1]
cmp [bx+si-1], al
cmp al, [ss:bp+2]
cmp [ss:bp+2], al
cmp al, [bp+di+0x100]
cmp [bp+di+0x100], al
cmp al, [bx+si]
cmp [bx+si], al
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
cmp cl, [bp-128]
cmp [bp-128], cl
cmp cl, [0x1234]
cmp [0x1234], cl
cmp cl, [bp+di+0x100]
cmp [bp+di+0x100], cl
cmp cl, [bx+si-1]
cmp [bx+si-1], cl
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
cmp dl, [bp]
cmp [bp], dl
cmp dl, [es:bx]
cmp [es:bx], dl
cmp dl, [0x1234]
cmp [0x1234], dl
cmp dl, [bp-129]
cmp [bp-129], dl
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
cmp bl, [di+4]
cmp [di+4], bl
cmp bl, [bp-128]
cmp [bp-128], bl
cmp bl, [bx]
cmp [bx], bl
cmp bl, [bx+si]
cmp [bx+si], bl
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
cmp byte [es:bx], -128
cmp byte [es:bx], 0x7fffffff
cmp byte [es:bx], 256
cmp byte [es:bx], 0x12345
cmp byte [bp-129], 0xffffffff
cmp byte [bp-129], 0x12345
cmp byte [bp-129], 0x7fffffff
cmp byte [bp-129], 0x8000
cmp byte [bp-128], 256
cmp byte [bp-128], 128
cmp byte [bp-128], -129
cmp byte [bp-128], 0xffffffff
cmp ax, ax
cmp ax, cx
cmp ax, dx
cmp ax, [es:bx]
cmp [es:bx], ax
cmp ax, [bp-128]
cmp [bp-128], ax
cmp ax, [di+4]
cmp [di+4], ax
cmp ax, [bp+di+0x100]
cmp [bp+di+0x100], ax
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
cmp cx, [bp-128]
cmp [bp-128], cx
cmp cx, [bx]
cmp [bx], cx
cmp cx, [0x1234]
cmp [0x1234], cx
cmp cx, [bp-129]
cmp [bp-129], cx
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
cmp dx, [0x1234]
cmp [0x1234], dx
cmp dx, [bp+di+0x100]
cmp [bp+di+0x100], dx
cmp dx, [bp-129]
cmp [bp-129], dx
cmp dx, [bp]
cmp [bp], dx
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
cmp bx, [bx+si-1]
cmp [bx+si-1], bx
cmp bx, [di+4]
cmp [di+4], bx
cmp bx, [bx+si]
cmp [bx+si], bx
cmp bx, [bx]
cmp [bx], bx
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
cmp word [0x1234], 0xffff
cmp word [0x1234], 255
cmp word [0x1234], 0x12345
cmp word [0x1234], 5
cmp word [es:bx], 5
cmp word [es:bx], 0
cmp word [es:bx], 128
cmp word [es:bx], 127
cmp word [si], 0x12345
cmp word [si], 256
cmp word [si], 5
cmp word [si], -129
cmp eax, eax
cmp eax, ecx
cmp eax, edx
cmp eax, [bx+si]
cmp [bx+si], eax
cmp eax, [bx+si-1]
cmp [bx+si-1], eax
cmp eax, [si]
cmp [si], eax
cmp eax, [es:bx]
cmp [es:bx], eax
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
cmp ecx, [bp-128]
cmp [bp-128], ecx
cmp ecx, [bx]
cmp [bx], ecx
cmp ecx, [bx+si]
cmp [bx+si], ecx
cmp ecx, [ss:bp+2]
cmp [ss:bp+2], ecx
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
cmp edx, [bp]
cmp [bp], edx
cmp edx, [bp-129]
cmp [bp-129], edx
cmp edx, [0x1234]
cmp [0x1234], edx
cmp edx, [ss:bp+2]
cmp [ss:bp+2], edx
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
cmp ebx, [bp+di+0x100]
cmp [bp+di+0x100], ebx
cmp ebx, [bp]
cmp [bp], ebx
cmp ebx, [bx+si-1]
cmp [bx+si-1], ebx
cmp ebx, [bx]
cmp [bx], ebx
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
cmp dword [si], 5
cmp dword [si], 0xffff
cmp dword [si], 0x7fff
cmp dword [si], 0x8000
cmp dword [bp-128], 255
cmp dword [bp-128], 256
cmp dword [bp-128], -1
cmp dword [bp-128], 0xffffffff
cmp dword [ss:bp+2], -128
cmp dword [ss:bp+2], -129
cmp dword [ss:bp+2], 0x7fffffff
cmp dword [ss:bp+2], 128
mov al, al
mov al, cl
mov al, dl
mov al, [bx+si]
mov [bx+si], al
mov al, [bp]
mov [bp], al
mov al, [es:bx]
mov [es:bx], al
mov al, [bp-128]
mov [bp-128], al
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
mov cl, [es:bx]
mov [es:bx], cl
mov cl, [bp+di+0x100]
mov [bp+di+0x100], cl
mov cl, [bx+si-1]
mov [bx+si-1], cl
mov cl, [bp-128]
mov [bp-128], cl
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
mov dl, [bp-128]
mov [bp-128], dl
mov dl, [bx]
mov [bx], dl
mov dl, [si]
mov [si], dl
mov dl, [bx+si]
mov [bx+si], dl
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
mov bl, [es:bx]
mov [es:bx], bl
mov bl, [bp-128]
mov [bp-128], bl
mov bl, [bx+si]
mov [bx+si], bl
mov bl, [bp+di+0x100]
mov [bp+di+0x100], bl
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
mov byte [bp-129], 0xffff
mov byte [bp-129], 128
mov byte [bp-129], -129
mov byte [bp-129], 0xffffffff
mov byte [di+4], 255
mov byte [di+4], 0x7fff
mov byte [di+4], 0x8000
mov byte [di+4], -1
mov byte [0x1234], 255
mov byte [0x1234], -129
mov byte [0x1234], 0x12345
mov byte [0x1234], 0x7fff
mov ax, ax
mov ax, cx
mov ax, dx
mov ax, [bx]
mov [bx], ax
mov ax, [bp-129]
mov [bp-129], ax
mov ax, [0x1234]
mov [0x1234], ax
mov ax, [bp+di+0x100]
mov [bp+di+0x100], ax
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
mov cx, [0x1234]
mov [0x1234], cx
mov cx, [di+4]
mov [di+4], cx
mov cx, [bx+si]
mov [bx+si], cx
mov cx, [es:bx]
mov [es:bx], cx
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
mov dx, [bp]
mov [bp], dx
mov dx, [es:bx]
mov [es:bx], dx
mov dx, [si]
mov [si], dx
mov dx, [bx+si-1]
mov [bx+si-1], dx
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
mov bx, [bp-129]
mov [bp-129], bx
mov bx, [si]
mov [si], bx
mov bx, [ss:bp+2]
mov [ss:bp+2], bx
mov bx, [bx+si]
mov [bx+si], bx
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
mov word [bx+si-1], 127
mov word [bx+si-1], 0xffffffff
mov word [bx+si-1], 0x7fffffff
mov word [bx+si-1], 0x8000
mov word [bp-128], 0x7fffffff
mov word [bp-128], 0x8000
mov word [bp-128], 127
mov word [bp-128], 0xffff
mov word [si], 0xffff
mov word [si], -129
mov word [si], 1
mov word [si], 0x8000
mov eax, eax
mov eax, ecx
mov eax, edx
mov eax, [di+4]
mov [di+4], eax
mov eax, [es:bx]
mov [es:bx], eax
mov eax, [bx+si]
mov [bx+si], eax
mov eax, [bp]
mov [bp], eax
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
mov ecx, [bp]
mov [bp], ecx
mov ecx, [di+4]
mov [di+4], ecx
mov ecx, [0x1234]
mov [0x1234], ecx
mov ecx, [bp+di+0x100]
mov [bp+di+0x100], ecx
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
mov edx, [bx+si-1]
mov [bx+si-1], edx
mov edx, [bp]
mov [bp], edx
mov edx, [si]
mov [si], edx
mov edx, [bx]
mov [bx], edx
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
mov ebx, [bx]
mov [bx], ebx
mov ebx, [bp-129]
mov [bp-129], ebx
mov ebx, [ss:bp+2]
mov [ss:bp+2], ebx
mov ebx, [di+4]
mov [di+4], ebx
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
mov dword [es:bx], 0xffffffff
mov dword [es:bx], 0x7fffffff
mov dword [es:bx], 128
mov dword [es:bx], 0x7fff
mov dword [bx], 255
mov dword [bx], -1
mov dword [bx], 256
mov dword [bx], 0x8000
mov dword [bx+si-1], 128
mov dword [bx+si-1], -1
mov dword [bx+si-1], 0x80000000
mov dword [bx+si-1], -128
test al, al
test al, cl
test al, dl
test al, [di+4]
test [di+4], al
test al, [bx+si-1]
test [bx+si-1], al
test al, [es:bx]
test [es:bx], al
test al, [0x1234]
test [0x1234], al
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
test cl, [si]
test [si], cl
test cl, [di+4]
test [di+4], cl
test cl, [es:bx]
test [es:bx], cl
test cl, [bx+si]
test [bx+si], cl
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
test dl, [bx+si-1]
test [bx+si-1], dl
test dl, [bp-128]
test [bp-128], dl
test dl, [bp-129]
test [bp-129], dl
test dl, [0x1234]
test [0x1234], dl
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
test bl, [di+4]
test [di+4], bl
test bl, [bx+si-1]
test [bx+si-1], bl
test bl, [bx+si]
test [bx+si], bl
test bl, [bp+di+0x100]
test [bp+di+0x100], bl
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
test byte [bx+si-1], -128
test byte [bx+si-1], 5
test byte [bx+si-1], 0
test byte [bx+si-1], 0x7fffffff
test byte [bp-129], 0
test byte [bp-129], 0x80000000
test byte [bp-129], 128
test byte [bp-129], -128
test byte [bp], 256
test byte [bp], -128
test byte [bp], 0x80000000
test byte [bp], 5
test ax, ax
test ax, cx
test ax, dx
test ax, [es:bx]
test [es:bx], ax
test ax, [si]
test [si], ax
test ax, [bx]
test [bx], ax
test ax, [bp-129]
test [bp-129], ax
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
test cx, [0x1234]
test [0x1234], cx
test cx, [si]
test [si], cx
test cx, [bp-128]
test [bp-128], cx
test cx, [bx]
test [bx], cx
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
test dx, [bp-129]
test [bp-129], dx
test dx, [0x1234]
test [0x1234], dx
test dx, [bx+si]
test [bx+si], dx
test dx, [si]
test [si], dx
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
test bx, [bp]
test [bp], bx
test bx, [bx+si-1]
test [bx+si-1], bx
test bx, [bx+si]
test [bx+si], bx
test bx, [bx]
test [bx], bx
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
test word [bx], 0xffffffff
test word [bx], 127
test word [bx], 0
test word [bx], 0x80000000
test word [bp-128], -1
test word [bp-128], 0x12345
test word [bp-128], 1
test word [bp-128], 0xffffffff
test word [ss:bp+2], 0
test word [ss:bp+2], 0x80000000
test word [ss:bp+2], 0x7fff
test word [ss:bp+2], 5
test eax, eax
test eax, ecx
test eax, edx
test eax, [ss:bp+2]
test [ss:bp+2], eax
test eax, [bx+si]
test [bx+si], eax
test eax, [di+4]
test [di+4], eax
test eax, [bx+si-1]
test [bx+si-1], eax
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
test ecx, [0x1234]
test [0x1234], ecx
test ecx, [bp+di+0x100]
test [bp+di+0x100], ecx
test ecx, [bx+si]
test [bx+si], ecx
test ecx, [bp-129]
test [bp-129], ecx
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
test edx, [es:bx]
test [es:bx], edx
test edx, [ss:bp+2]
test [ss:bp+2], edx
test edx, [di+4]
test [di+4], edx
test edx, [bp-129]
test [bp-129], edx
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
test ebx, [bx]
test [bx], ebx
test ebx, [bp-129]
test [bp-129], ebx
test ebx, [es:bx]
test [es:bx], ebx
test ebx, [si]
test [si], ebx
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
test dword [bp+di+0x100], 0xffffffff
test dword [bp+di+0x100], 1
test dword [bp+di+0x100], 0x7fffffff
test dword [bp+di+0x100], 128
test dword [0x1234], 0x12345
test dword [0x1234], -128
test dword [0x1234], 0x8000
test dword [0x1234], 255
test dword [bp-129], 0x12345
test dword [bp-129], 5
test dword [bp-129], 0x8000
test dword [bp-129], 127
inc al
inc cl
inc dl
inc bl
inc ah
inc byte [ss:bp+2]
inc byte [bp-129]
inc byte [bp]
inc ax
inc cx
inc dx
inc bx
inc sp
inc word [bx+si]
inc word [si]
inc word [bp]
inc eax
inc ecx
inc edx
inc ebx
inc esp
inc dword [si]
inc dword [bx]
inc dword [di+4]
dec al
dec cl
dec dl
dec bl
dec ah
dec byte [0x1234]
dec byte [bx]
dec byte [es:bx]
dec ax
dec cx
dec dx
dec bx
dec sp
dec word [es:bx]
dec word [bp]
dec word [bp-128]
dec eax
dec ecx
dec edx
dec ebx
dec esp
dec dword [bx+si-1]
dec dword [bp-128]
dec dword [bp+di+0x100]
not al
not cl
not dl
not bl
not ah
not byte [bp]
not byte [bp+di+0x100]
not byte [bx]
not ax
not cx
not dx
not bx
not sp
not word [si]
not word [bp-128]
not word [bx]
not eax
not ecx
not edx
not ebx
not esp
not dword [bx+si-1]
not dword [es:bx]
not dword [si]
neg al
neg cl
neg dl
neg bl
neg ah
neg byte [0x1234]
neg byte [bx+si-1]
neg byte [bx]
neg ax
neg cx
neg dx
neg bx
neg sp
neg word [ss:bp+2]
neg word [bp-128]
neg word [bx+si]
neg eax
neg ecx
neg edx
neg ebx
neg esp
neg dword [bp]
neg dword [bx+si]
neg dword [bp+di+0x100]
mul al
mul cl
mul dl
mul bl
mul ah
mul byte [bp]
mul byte [bx+si]
mul byte [bx]
mul ax
mul cx
mul dx
mul bx
mul sp
mul word [0x1234]
mul word [bx]
mul word [bx+si]
mul eax
mul ecx
mul edx
mul ebx
mul esp
mul dword [bp+di+0x100]
mul dword [si]
mul dword [bx+si]
imul al
imul cl
imul dl
imul bl
imul ah
imul byte [0x1234]
imul byte [bp]
imul byte [bx+si]
imul ax
imul cx
imul dx
imul bx
imul sp
imul word [bp]
imul word [0x1234]
imul word [di+4]
imul eax
imul ecx
imul edx
imul ebx
imul esp
imul dword [bp-128]
imul dword [ss:bp+2]
imul dword [di+4]
div al
div cl
div dl
div bl
div ah
div byte [bp+di+0x100]
div byte [ss:bp+2]
div byte [bp-128]
div ax
div cx
div dx
div bx
div sp
div word [0x1234]
div word [bp-129]
div word [bx+si-1]
div eax
div ecx
div edx
div ebx
div esp
div dword [bp]
div dword [si]
div dword [bx+si-1]
idiv al
idiv cl
idiv dl
idiv bl
idiv ah
idiv byte [bp-128]
idiv byte [ss:bp+2]
idiv byte [bp-129]
idiv ax
idiv cx
idiv dx
idiv bx
idiv sp
idiv word [ss:bp+2]
idiv word [bp-128]
idiv word [es:bx]
idiv eax
idiv ecx
idiv edx
idiv ebx
idiv esp
idiv dword [bx]
idiv dword [bx+si]
idiv dword [si]
push ax
push cx
push dx
push bx
push sp
push word [di+4]
push word [bp+di+0x100]
push word [0x1234]
push eax
push ecx
push edx
push ebx
push esp
push dword [bp-128]
push dword [bp+di+0x100]
push dword [bp]
pop ax
pop cx
pop dx
pop bx
pop sp
pop word [0x1234]
pop word [bp+di+0x100]
pop word [si]
pop eax
pop ecx
pop edx
pop ebx
pop esp
pop dword [bp-129]
pop dword [bp]
pop dword [bx]
shl al, 1
shl al, cl
shl al, 4
shl cl, 1
shl cl, cl
shl cl, 4
shl dl, 1
shl dl, cl
shl dl, 4
shl byte [bx], 3
shl ax, 1
shl ax, cl
shl ax, 4
shl cx, 1
shl cx, cl
shl cx, 4
shl dx, 1
shl dx, cl
shl dx, 4
shl word [bx], 3
shl eax, 1
shl eax, cl
shl eax, 4
shl ecx, 1
shl ecx, cl
shl ecx, 4
shl edx, 1
shl edx, cl
shl edx, 4
shl dword [bx], 3
shr al, 1
shr al, cl
shr al, 4
shr cl, 1
shr cl, cl
shr cl, 4
shr dl, 1
shr dl, cl
shr dl, 4
shr byte [bx], 3
shr ax, 1
shr ax, cl
shr ax, 4
shr cx, 1
shr cx, cl
shr cx, 4
shr dx, 1
shr dx, cl
shr dx, 4
shr word [bx], 3
shr eax, 1
shr eax, cl
shr eax, 4
shr ecx, 1
shr ecx, cl
shr ecx, 4
shr edx, 1
shr edx, cl
shr edx, 4
shr dword [bx], 3
sar al, 1
sar al, cl
sar al, 4
sar cl, 1
sar cl, cl
sar cl, 4
sar dl, 1
sar dl, cl
sar dl, 4
sar byte [bx], 3
sar ax, 1
sar ax, cl
sar ax, 4
sar cx, 1
sar cx, cl
sar cx, 4
sar dx, 1
sar dx, cl
sar dx, 4
sar word [bx], 3
sar eax, 1
sar eax, cl
sar eax, 4
sar ecx, 1
sar ecx, cl
sar ecx, 4
sar edx, 1
sar edx, cl
sar edx, 4
sar dword [bx], 3
rol al, 1
rol al, cl
rol al, 4
rol cl, 1
rol cl, cl
rol cl, 4
rol dl, 1
rol dl, cl
rol dl, 4
rol byte [bx], 3
rol ax, 1
rol ax, cl
rol ax, 4
rol cx, 1
rol cx, cl
rol cx, 4
rol dx, 1
rol dx, cl
rol dx, 4
rol word [bx], 3
rol eax, 1
rol eax, cl
rol eax, 4
rol ecx, 1
rol ecx, cl
rol ecx, 4
rol edx, 1
rol edx, cl
rol edx, 4
rol dword [bx], 3
ror al, 1
ror al, cl
ror al, 4
ror cl, 1
ror cl, cl
ror cl, 4
ror dl, 1
ror dl, cl
ror dl, 4
ror byte [bx], 3
ror ax, 1
ror ax, cl
ror ax, 4
ror cx, 1
ror cx, cl
ror cx, 4
ror dx, 1
ror dx, cl
ror dx, 4
ror word [bx], 3
ror eax, 1
ror eax, cl
ror eax, 4
ror ecx, 1
ror ecx, cl
ror ecx, 4
ror edx, 1
ror edx, cl
ror edx, 4
ror dword [bx], 3
rcl al, 1
rcl al, cl
rcl al, 4
rcl cl, 1
rcl cl, cl
rcl cl, 4
rcl dl, 1
rcl dl, cl
rcl dl, 4
rcl byte [bx], 3
rcl ax, 1
rcl ax, cl
rcl ax, 4
rcl cx, 1
rcl cx, cl
rcl cx, 4
rcl dx, 1
rcl dx, cl
rcl dx, 4
rcl word [bx], 3
rcl eax, 1
rcl eax, cl
rcl eax, 4
rcl ecx, 1
rcl ecx, cl
rcl ecx, 4
rcl edx, 1
rcl edx, cl
rcl edx, 4
rcl dword [bx], 3
rcr al, 1
rcr al, cl
rcr al, 4
rcr cl, 1
rcr cl, cl
rcr cl, 4
rcr dl, 1
rcr dl, cl
rcr dl, 4
rcr byte [bx], 3
rcr ax, 1
rcr ax, cl
rcr ax, 4
rcr cx, 1
rcr cx, cl
rcr cx, 4
rcr dx, 1
rcr dx, cl
rcr dx, 4
rcr word [bx], 3
rcr eax, 1
rcr eax, cl
rcr eax, 4
rcr ecx, 1
rcr ecx, cl
rcr ecx, 4
rcr edx, 1
rcr edx, cl
rcr edx, 4
rcr dword [bx], 3
sal al, 1
sal al, cl
sal al, 4
sal cl, 1
sal cl, cl
sal cl, 4
sal dl, 1
sal dl, cl
sal dl, 4
sal byte [bx], 3
sal ax, 1
sal ax, cl
sal ax, 4
sal cx, 1
sal cx, cl
sal cx, 4
sal dx, 1
sal dx, cl
sal dx, 4
sal word [bx], 3
sal eax, 1
sal eax, cl
sal eax, 4
sal ecx, 1
sal ecx, cl
sal ecx, 4
sal edx, 1
sal edx, cl
sal edx, 4
sal dword [bx], 3
imul ax, cx
imul ax, cx, 5
imul ax, cx, 500
imul dx, [bp], 3
imul ax, 7
imul ax, [si]
movzx ax, byte [bx]
movsx cx, cl
bsf ax, cx
bt ax, 3
bts ax, cx
lea ax, [bp+di+0x100]
xchg ax, cx
xchg cx, ax
xchg dx, [di+4]
cmovz ax, cx
cmovnae ax, [bx]
imul eax, ecx
imul eax, ecx, 5
imul eax, ecx, 500
imul edx, [bp], 3
imul eax, 7
imul eax, [si]
movzx eax, byte [bx]
movsx ecx, cl
bsf eax, ecx
bt eax, 3
bts eax, ecx
lea eax, [bp+di+0x100]
xchg eax, ecx
xchg ecx, eax
xchg edx, [di+4]
cmovz eax, ecx
cmovnae eax, [bx]
movzx eax, word [bx]
bswap eax
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
into
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
pusha
popa
pushad
popad
push es
push cs
pop ds
push ss
pop es
push fs
mov eax, cr0
mov cr0, eax
mov cr3, ebx
mov eax, dr6
mov dr7, eax
mov ds, ax
mov ax, ds
mov es, eax
mov eax, es
mov [bx], ds
jmp 0x08:0x1234
call 0x10:lbl
jmp dword 0x08:lbl
jmp word 0x08:lbl
jmp far [bx]
jmp [bx]
call ax
aaa
daa
aam
aad
salc
arpl ax, bx
bound ax, [bx]
les ax, [bx]
lds si, [bx]
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
vmread eax, ebx
vmread [eax], ebx
vmwrite ebx, eax
invept eax, [ebx]
invvpid ecx, [edx]
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
lock add [lbl], ax
lock cmpxchg [lbl], ecx
xadd [lbl], eax
lock inc dword [lbl]
cmpxchg8b [lbl]
back:
loop lbl
loopz lbl
jcxz lbl
lbl: dd 0
