; generated instruction corpus (NASM operand syntax, all forms checked against nasm)
bits 32
add al, al
add al, cl
add al, dl
add al, [ebp+esi]
add [ebp+esi], al
add al, [ebx+ebx]
add [ebx+ebx], al
add al, [esi+ebp]
add [esi+ebp], al
add al, [edx+0x80]
add [edx+0x80], al
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
add cl, [ebp+esi]
add [ebp+esi], cl
add cl, [esi+ebp]
add [esi+ebp], cl
add cl, [0x1234]
add [0x1234], cl
add cl, [eax*3]
add [eax*3], cl
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
add dl, [esi+ebp]
add [esi+ebp], dl
add dl, [edi*1]
add [edi*1], dl
add dl, [dword eax]
add [dword eax], dl
add dl, [eax]
add [eax], dl
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
add bl, [edi*1]
add [edi*1], bl
add bl, [esp+4]
add [esp+4], bl
add bl, [ebx+ecx*4]
add [ebx+ecx*4], bl
add bl, [esi+ebp]
add [esi+ebp], bl
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
add byte [esi+ebp], 5
add byte [esi+ebp], 0x7fffffff
add byte [esi+ebp], 127
add byte [esi+ebp], -129
add byte [byte eax+1], 0x7fffffff
add byte [byte eax+1], 0x8000
add byte [byte eax+1], 0xffffffff
add byte [byte eax+1], 0x80000000
add byte [nosplit eax*2], 0xffff
add byte [nosplit eax*2], 5
add byte [nosplit eax*2], 0x7fffffff
add byte [nosplit eax*2], 256
add ax, ax
add ax, cx
add ax, dx
add ax, [ebp]
add [ebp], ax
add ax, [ebx+ecx*4]
add [ebx+ecx*4], ax
add ax, [byte eax+1]
add [byte eax+1], ax
add ax, [edi*1]
add [edi*1], ax
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
add cx, [eax+esp]
add [eax+esp], cx
add cx, [nosplit eax*2]
add [nosplit eax*2], cx
add cx, [eax*3]
add [eax*3], cx
add cx, [eax*2]
add [eax*2], cx
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
add dx, [nosplit eax*2]
add [nosplit eax*2], dx
add dx, [esi+ebp]
add [esi+ebp], dx
add dx, [0x1234]
add [0x1234], dx
add dx, [byte eax+1]
add [byte eax+1], dx
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
add bx, [edx-0x80]
add [edx-0x80], bx
add bx, [ebp+esi]
add [ebp+esi], bx
add bx, [fs:eax]
add [fs:eax], bx
add bx, [esi+ebp]
add [esi+ebp], bx
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
add word [ebx+ebx], 0
add word [ebx+ebx], 127
add word [ebx+ebx], 0x80000000
add word [ebx+ebx], 0x7fff
add word [edi*1], -129
add word [edi*1], 127
add word [edi*1], 0x7fffffff
add word [edi*1], 1
add word [ebx+ecx*4+0x10], 128
add word [ebx+ecx*4+0x10], 0x12345
add word [ebx+ecx*4+0x10], 0x8000
add word [ebx+ecx*4+0x10], 256
add eax, eax
add eax, ecx
add eax, edx
add eax, [ebp]
add [ebp], eax
add eax, [esp+4]
add [esp+4], eax
add eax, [ebx+ebx]
add [ebx+ebx], eax
add eax, [eax*3]
add [eax*3], eax
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
add ecx, [esp+4]
add [esp+4], ecx
add ecx, [ecx*8]
add [ecx*8], ecx
add ecx, [eax*3]
add [eax*3], ecx
add ecx, [esp]
add [esp], ecx
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
add edx, [byte eax+1]
add [byte eax+1], edx
add edx, [nosplit eax*2]
add [nosplit eax*2], edx
add edx, [edi*1]
add [edi*1], edx
add edx, [esp]
add [esp], edx
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
add ebx, [esp]
add [esp], ebx
add ebx, [ecx*8]
add [ecx*8], ebx
add ebx, [ebx+ecx*4+0x10]
add [ebx+ecx*4+0x10], ebx
add ebx, [edi*1]
add [edi*1], ebx
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
add dword [edx+0x80], 0x8000
add dword [edx+0x80], 0x80000000
add dword [edx+0x80], 0xffffffff
add dword [edx+0x80], 0xffff
add dword [eax], 256
add dword [eax], -129
add dword [eax], 0x7fffffff
add dword [eax], -1
add dword [nosplit eax*2], 0x80000000
add dword [nosplit eax*2], -129
add dword [nosplit eax*2], -128
add dword [nosplit eax*2], 0xffffffff
or al, al
or al, cl
or al, dl
or al, [0x1234]
or [0x1234], al
or al, [ebx+ebx]
or [ebx+ebx], al
or al, [ecx*8]
or [ecx*8], al
or al, [eax+esp]
or [eax+esp], al
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
or cl, [esp]
or [esp], cl
or cl, [eax*3]
or [eax*3], cl
or cl, [edx+0x80]
or [edx+0x80], cl
or cl, [ecx*8]
or [ecx*8], cl
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
or dl, [eax]
or [eax], dl
or dl, [ebx+ebx]
or [ebx+ebx], dl
or dl, [edx-0x80]
or [edx-0x80], dl
or dl, [edi*1]
or [edi*1], dl
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
or bl, [eax+esp]
or [eax+esp], bl
or bl, [esp]
or [esp], bl
or bl, [edx-0x80]
or [edx-0x80], bl
or bl, [edi*1]
or [edi*1], bl
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
or byte [nosplit eax*2], 1
or byte [nosplit eax*2], 0x8000
or byte [nosplit eax*2], 0x12345
or byte [nosplit eax*2], -129
or byte [byte eax+1], 0
or byte [byte eax+1], -128
or byte [byte eax+1], 127
or byte [byte eax+1], 0x8000
or byte [edx+0x80], 0
or byte [edx+0x80], -1
or byte [edx+0x80], 0x12345
or byte [edx+0x80], 127
or ax, ax
or ax, cx
or ax, dx
or ax, [edi*1]
or [edi*1], ax
or ax, [esi+ebp]
or [esi+ebp], ax
or ax, [ebx+ebx]
or [ebx+ebx], ax
or ax, [nosplit eax*2]
or [nosplit eax*2], ax
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
or cx, [ebp+esi]
or [ebp+esi], cx
or cx, [edi*1]
or [edi*1], cx
or cx, [edx+0x80]
or [edx+0x80], cx
or cx, [ebx+ebx]
or [ebx+ebx], cx
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
or dx, [edi*1]
or [edi*1], dx
or dx, [edx+0x80]
or [edx+0x80], dx
or dx, [nosplit eax*2]
or [nosplit eax*2], dx
or dx, [ebp+esi]
or [ebp+esi], dx
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
or bx, [fs:eax]
or [fs:eax], bx
or bx, [ebp+esi]
or [ebp+esi], bx
or bx, [ebx+ecx*4]
or [ebx+ecx*4], bx
or bx, [edi*1]
or [edi*1], bx
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
or word [fs:eax], 128
or word [fs:eax], 255
or word [fs:eax], 0x7fff
or word [fs:eax], 0
or word [nosplit eax*2], 0x12345
or word [nosplit eax*2], 1
or word [nosplit eax*2], 128
or word [nosplit eax*2], -128
or word [ebx+ecx*4], 0xffff
or word [ebx+ecx*4], 256
or word [ebx+ecx*4], 0x7fffffff
or word [ebx+ecx*4], 0x7fff
or eax, eax
or eax, ecx
or eax, edx
or eax, [eax]
or [eax], eax
or eax, [esp]
or [esp], eax
or eax, [dword eax]
or [dword eax], eax
or eax, [byte eax+1]
or [byte eax+1], eax
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
or ecx, [edx-0x80]
or [edx-0x80], ecx
or ecx, [eax*3]
or [eax*3], ecx
or ecx, [fs:eax]
or [fs:eax], ecx
or ecx, [dword eax]
or [dword eax], ecx
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
or edx, [0x1234]
or [0x1234], edx
or edx, [eax+esp]
or [eax+esp], edx
or edx, [esi+ebp]
or [esi+ebp], edx
or edx, [edx-0x80]
or [edx-0x80], edx
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
or ebx, [fs:eax]
or [fs:eax], ebx
or ebx, [esp+4]
or [esp+4], ebx
or ebx, [eax+esp]
or [eax+esp], ebx
or ebx, [0x1234]
or [0x1234], ebx
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
or dword [ebx+ecx*4], 0
or dword [ebx+ecx*4], 128
or dword [ebx+ecx*4], 0x12345
or dword [ebx+ecx*4], 127
or dword [edx+0x80], 0x8000
or dword [edx+0x80], 127
or dword [edx+0x80], 256
or dword [edx+0x80], 0xffff
or dword [byte eax+1], 256
or dword [byte eax+1], 0x12345
or dword [byte eax+1], 127
or dword [byte eax+1], 255
adc al, al
adc al, cl
adc al, dl
adc al, [ebp+esi]
adc [ebp+esi], al
adc al, [edx+0x80]
adc [edx+0x80], al
adc al, [eax*3]
adc [eax*3], al
adc al, [dword eax]
adc [dword eax], al
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
adc cl, [esi+ebp]
adc [esi+ebp], cl
adc cl, [eax+esp]
adc [eax+esp], cl
adc cl, [ecx*8]
adc [ecx*8], cl
adc cl, [dword eax]
adc [dword eax], cl
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
adc dl, [edx-0x80]
adc [edx-0x80], dl
adc dl, [edx+0x80]
adc [edx+0x80], dl
adc dl, [esp]
adc [esp], dl
adc dl, [nosplit eax*2]
adc [nosplit eax*2], dl
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
adc bl, [ebx+ecx*4]
adc [ebx+ecx*4], bl
adc bl, [ecx*8]
adc [ecx*8], bl
adc bl, [byte eax+1]
adc [byte eax+1], bl
adc bl, [eax*2]
adc [eax*2], bl
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
adc byte [eax], 127
adc byte [eax], 0x80000000
adc byte [eax], 0xffff
adc byte [eax], 1
adc byte [esp+4], 0xffff
adc byte [esp+4], 128
adc byte [esp+4], 0x12345
adc byte [esp+4], 0
adc byte [eax*3], 5
adc byte [eax*3], 0x12345
adc byte [eax*3], 256
adc byte [eax*3], 0
adc ax, ax
adc ax, cx
adc ax, dx
adc ax, [ebx+ebx]
adc [ebx+ebx], ax
adc ax, [ecx*8]
adc [ecx*8], ax
adc ax, [byte eax+1]
adc [byte eax+1], ax
adc ax, [edx+0x80]
adc [edx+0x80], ax
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
adc cx, [0x1234]
adc [0x1234], cx
adc cx, [ebp]
adc [ebp], cx
adc cx, [esp+4]
adc [esp+4], cx
adc cx, [ebx+ebx]
adc [ebx+ebx], cx
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
adc dx, [edx+0x80]
adc [edx+0x80], dx
adc dx, [esp+4]
adc [esp+4], dx
adc dx, [eax*3]
adc [eax*3], dx
adc dx, [nosplit eax*2]
adc [nosplit eax*2], dx
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
adc bx, [ebx+ecx*4+0x10]
adc [ebx+ecx*4+0x10], bx
adc bx, [eax+esp]
adc [eax+esp], bx
adc bx, [ebp]
adc [ebp], bx
adc bx, [ecx*8]
adc [ecx*8], bx
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
adc word [byte eax+1], -1
adc word [byte eax+1], 0x7fffffff
adc word [byte eax+1], 127
adc word [byte eax+1], 0x7fff
adc word [esp], 0xffffffff
adc word [esp], 0x80000000
adc word [esp], 0x7fffffff
adc word [esp], -128
adc word [edx-0x80], -1
adc word [edx-0x80], 0x80000000
adc word [edx-0x80], 1
adc word [edx-0x80], 5
adc eax, eax
adc eax, ecx
adc eax, edx
adc eax, [edx-0x80]
adc [edx-0x80], eax
adc eax, [dword eax]
adc [dword eax], eax
adc eax, [ecx*8]
adc [ecx*8], eax
adc eax, [ebx+ecx*4+0x10]
adc [ebx+ecx*4+0x10], eax
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
adc ecx, [edi*1]
adc [edi*1], ecx
adc ecx, [eax*3]
adc [eax*3], ecx
adc ecx, [edx+0x80]
adc [edx+0x80], ecx
adc ecx, [ebx+ebx]
adc [ebx+ebx], ecx
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
adc edx, [ebp+esi]
adc [ebp+esi], edx
adc edx, [eax+esp]
adc [eax+esp], edx
adc edx, [ebx+ebx]
adc [ebx+ebx], edx
adc edx, [ecx*8]
adc [ecx*8], edx
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
adc ebx, [dword eax]
adc [dword eax], ebx
adc ebx, [esi+ebp]
adc [esi+ebp], ebx
adc ebx, [eax+esp]
adc [eax+esp], ebx
adc ebx, [esp+4]
adc [esp+4], ebx
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
adc dword [eax], 1
adc dword [eax], 0x7fffffff
adc dword [eax], 127
adc dword [eax], 0xffff
adc dword [0x1234], -1
adc dword [0x1234], -129
adc dword [0x1234], 255
adc dword [0x1234], 127
adc dword [eax*3], 255
adc dword [eax*3], -129
adc dword [eax*3], -128
adc dword [eax*3], 5
sbb al, al
sbb al, cl
sbb al, dl
sbb al, [ebx+ecx*4]
sbb [ebx+ecx*4], al
sbb al, [eax*3]
sbb [eax*3], al
sbb al, [ecx*8]
sbb [ecx*8], al
sbb al, [edx+0x80]
sbb [edx+0x80], al
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
sbb cl, [ebx+ebx]
sbb [ebx+ebx], cl
sbb cl, [dword eax]
sbb [dword eax], cl
sbb cl, [ebp]
sbb [ebp], cl
sbb cl, [byte eax+1]
sbb [byte eax+1], cl
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
sbb dl, [dword eax]
sbb [dword eax], dl
sbb dl, [edi*1]
sbb [edi*1], dl
sbb dl, [ebx+ecx*4]
sbb [ebx+ecx*4], dl
sbb dl, [edx+0x80]
sbb [edx+0x80], dl
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
sbb bl, [eax*3]
sbb [eax*3], bl
sbb bl, [byte eax+1]
sbb [byte eax+1], bl
sbb bl, [eax+esp]
sbb [eax+esp], bl
sbb bl, [ebp+esi]
sbb [ebp+esi], bl
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
sbb byte [eax*3], 0x80000000
sbb byte [eax*3], 0x8000
sbb byte [eax*3], 256
sbb byte [eax*3], -129
sbb byte [eax+esp], -129
sbb byte [eax+esp], 0x7fff
sbb byte [eax+esp], 5
sbb byte [eax+esp], 256
sbb byte [ecx*8], 128
sbb byte [ecx*8], 0x7fffffff
sbb byte [ecx*8], 255
sbb byte [ecx*8], 5
sbb ax, ax
sbb ax, cx
sbb ax, dx
sbb ax, [ebp]
sbb [ebp], ax
sbb ax, [edi*1]
sbb [edi*1], ax
sbb ax, [esi+ebp]
sbb [esi+ebp], ax
sbb ax, [dword eax]
sbb [dword eax], ax
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
sbb cx, [ebx+ecx*4]
sbb [ebx+ecx*4], cx
sbb cx, [ecx*8]
sbb [ecx*8], cx
sbb cx, [esi+ebp]
sbb [esi+ebp], cx
sbb cx, [eax+esp]
sbb [eax+esp], cx
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
sbb dx, [eax+esp]
sbb [eax+esp], dx
sbb dx, [esi+ebp]
sbb [esi+ebp], dx
sbb dx, [esp+4]
sbb [esp+4], dx
sbb dx, [ebx+ecx*4]
sbb [ebx+ecx*4], dx
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
sbb bx, [ebx+ecx*4]
sbb [ebx+ecx*4], bx
sbb bx, [eax*3]
sbb [eax*3], bx
sbb bx, [eax*2]
sbb [eax*2], bx
sbb bx, [esp]
sbb [esp], bx
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
sbb word [byte eax+1], 128
sbb word [byte eax+1], -1
sbb word [byte eax+1], 0x80000000
sbb word [byte eax+1], 256
sbb word [ebx+ebx], -128
sbb word [ebx+ebx], 256
sbb word [ebx+ebx], 0xffffffff
sbb word [ebx+ebx], 128
sbb word [ebp], 0
sbb word [ebp], 0xffffffff
sbb word [ebp], 0x12345
sbb word [ebp], 127
sbb eax, eax
sbb eax, ecx
sbb eax, edx
sbb eax, [dword eax]
sbb [dword eax], eax
sbb eax, [eax*2]
sbb [eax*2], eax
sbb eax, [esp]
sbb [esp], eax
sbb eax, [byte eax+1]
sbb [byte eax+1], eax
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
sbb ecx, [eax*3]
sbb [eax*3], ecx
sbb ecx, [esi+ebp]
sbb [esi+ebp], ecx
sbb ecx, [byte eax+1]
sbb [byte eax+1], ecx
sbb ecx, [edi*1]
sbb [edi*1], ecx
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
sbb edx, [edx-0x80]
sbb [edx-0x80], edx
sbb edx, [eax]
sbb [eax], edx
sbb edx, [esp+4]
sbb [esp+4], edx
sbb edx, [esi+ebp]
sbb [esi+ebp], edx
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
sbb ebx, [0x1234]
sbb [0x1234], ebx
sbb ebx, [ebx+ecx*4]
sbb [ebx+ecx*4], ebx
sbb ebx, [esp+4]
sbb [esp+4], ebx
sbb ebx, [eax*3]
sbb [eax*3], ebx
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
sbb dword [ebx+ecx*4], 0x8000
sbb dword [ebx+ecx*4], 5
sbb dword [ebx+ecx*4], 1
sbb dword [ebx+ecx*4], 0xffffffff
sbb dword [nosplit eax*2], -1
sbb dword [nosplit eax*2], 256
sbb dword [nosplit eax*2], 128
sbb dword [nosplit eax*2], 0xffffffff
sbb dword [ebp], 255
sbb dword [ebp], 1
sbb dword [ebp], 128
sbb dword [ebp], 0
and al, al
and al, cl
and al, dl
and al, [esp]
and [esp], al
and al, [ebx+ecx*4]
and [ebx+ecx*4], al
and al, [edx-0x80]
and [edx-0x80], al
and al, [0x1234]
and [0x1234], al
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
and cl, [byte eax+1]
and [byte eax+1], cl
and cl, [eax*2]
and [eax*2], cl
and cl, [esp+4]
and [esp+4], cl
and cl, [esi+ebp]
and [esi+ebp], cl
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
and dl, [eax*3]
and [eax*3], dl
and dl, [eax]
and [eax], dl
and dl, [edi*1]
and [edi*1], dl
and dl, [esi+ebp]
and [esi+ebp], dl
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
and bl, [esp+4]
and [esp+4], bl
and bl, [0x1234]
and [0x1234], bl
and bl, [ebx+ecx*4]
and [ebx+ecx*4], bl
and bl, [eax*3]
and [eax*3], bl
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
and byte [edx-0x80], 0xffffffff
and byte [edx-0x80], 0x80000000
and byte [edx-0x80], 256
and byte [edx-0x80], -128
and byte [esp], 0xffff
and byte [esp], 256
and byte [esp], 0x7fffffff
and byte [esp], -1
and byte [nosplit eax*2], 256
and byte [nosplit eax*2], 127
and byte [nosplit eax*2], 0
and byte [nosplit eax*2], 0xffffffff
and ax, ax
and ax, cx
and ax, dx
and ax, [edi*1]
and [edi*1], ax
and ax, [esp+4]
and [esp+4], ax
and ax, [ebx+ecx*4+0x10]
and [ebx+ecx*4+0x10], ax
and ax, [eax*2]
and [eax*2], ax
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
and cx, [ecx*8]
and [ecx*8], cx
and cx, [edx+0x80]
and [edx+0x80], cx
and cx, [eax*3]
and [eax*3], cx
and cx, [ebx+ebx]
and [ebx+ebx], cx
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
and dx, [eax]
and [eax], dx
and dx, [eax*3]
and [eax*3], dx
and dx, [ebx+ebx]
and [ebx+ebx], dx
and dx, [dword eax]
and [dword eax], dx
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
and bx, [edi*1]
and [edi*1], bx
and bx, [eax*3]
and [eax*3], bx
and bx, [eax+esp]
and [eax+esp], bx
and bx, [ebx+ecx*4]
and [ebx+ecx*4], bx
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
and word [edx-0x80], 5
and word [edx-0x80], 0x8000
and word [edx-0x80], 255
and word [edx-0x80], 0x7fffffff
and word [esp+4], 0xffffffff
and word [esp+4], 0
and word [esp+4], 256
and word [esp+4], 127
and word [0x1234], 0x7fffffff
and word [0x1234], 127
and word [0x1234], 5
and word [0x1234], 1
and eax, eax
and eax, ecx
and eax, edx
and eax, [nosplit eax*2]
and [nosplit eax*2], eax
and eax, [ebx+ecx*4]
and [ebx+ecx*4], eax
and eax, [ecx*8]
and [ecx*8], eax
and eax, [eax+esp]
and [eax+esp], eax
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
and ecx, [esi+ebp]
and [esi+ebp], ecx
and ecx, [0x1234]
and [0x1234], ecx
and ecx, [ebp+esi]
and [ebp+esi], ecx
and ecx, [ebx+ecx*4+0x10]
and [ebx+ecx*4+0x10], ecx
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
and edx, [ebx+ecx*4]
and [ebx+ecx*4], edx
and edx, [edx-0x80]
and [edx-0x80], edx
and edx, [fs:eax]
and [fs:eax], edx
and edx, [dword eax]
and [dword eax], edx
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
and ebx, [esp+4]
and [esp+4], ebx
and ebx, [dword eax]
and [dword eax], ebx
and ebx, [ebx+ecx*4]
and [ebx+ecx*4], ebx
and ebx, [eax*3]
and [eax*3], ebx
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
and dword [ebp+esi], 0
and dword [ebp+esi], 127
and dword [ebp+esi], -128
and dword [ebp+esi], 0x8000
and dword [dword eax], -1
and dword [dword eax], 0x7fffffff
and dword [dword eax], 0
and dword [dword eax], 0xffff
and dword [eax], 0x12345
and dword [eax], 0xffffffff
and dword [eax], 127
and dword [eax], 128
sub al, al
sub al, cl
sub al, dl
sub al, [edx+0x80]
sub [edx+0x80], al
sub al, [edx-0x80]
sub [edx-0x80], al
sub al, [fs:eax]
sub [fs:eax], al
sub al, [ebp]
sub [ebp], al
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
sub cl, [esp+4]
sub [esp+4], cl
sub cl, [eax+esp]
sub [eax+esp], cl
sub cl, [ebp]
sub [ebp], cl
sub cl, [eax]
sub [eax], cl
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
sub dl, [ebp]
sub [ebp], dl
sub dl, [esp+4]
sub [esp+4], dl
sub dl, [nosplit eax*2]
sub [nosplit eax*2], dl
sub dl, [ebx+ecx*4]
sub [ebx+ecx*4], dl
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
sub bl, [edi*1]
sub [edi*1], bl
sub bl, [byte eax+1]
sub [byte eax+1], bl
sub bl, [0x1234]
sub [0x1234], bl
sub bl, [ebx+ebx]
sub [ebx+ebx], bl
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
sub byte [eax*3], 0x80000000
sub byte [eax*3], -129
sub byte [eax*3], 0x7fffffff
sub byte [eax*3], 0xffff
sub byte [nosplit eax*2], -129
sub byte [nosplit eax*2], -1
sub byte [nosplit eax*2], 255
sub byte [nosplit eax*2], 128
sub byte [0x1234], 128
sub byte [0x1234], -1
sub byte [0x1234], 0xffff
sub byte [0x1234], 0
sub ax, ax
sub ax, cx
sub ax, dx
sub ax, [esi+ebp]
sub [esi+ebp], ax
sub ax, [edx+0x80]
sub [edx+0x80], ax
sub ax, [0x1234]
sub [0x1234], ax
sub ax, [eax*3]
sub [eax*3], ax
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
sub cx, [byte eax+1]
sub [byte eax+1], cx
sub cx, [ebp]
sub [ebp], cx
sub cx, [edx+0x80]
sub [edx+0x80], cx
sub cx, [nosplit eax*2]
sub [nosplit eax*2], cx
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
sub dx, [edx-0x80]
sub [edx-0x80], dx
sub dx, [0x1234]
sub [0x1234], dx
sub dx, [ebp+esi]
sub [ebp+esi], dx
sub dx, [esi+ebp]
sub [esi+ebp], dx
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
sub bx, [fs:eax]
sub [fs:eax], bx
sub bx, [eax*2]
sub [eax*2], bx
sub bx, [edi*1]
sub [edi*1], bx
sub bx, [ebx+ecx*4]
sub [ebx+ecx*4], bx
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
sub word [ebp], 0xffffffff
sub word [ebp], 128
sub word [ebp], 255
sub word [ebp], 0x7fff
sub word [esi+ebp], 0x80000000
sub word [esi+ebp], 0x7fff
sub word [esi+ebp], 0xffff
sub word [esi+ebp], 0x8000
sub word [esp+4], -1
sub word [esp+4], 0
sub word [esp+4], -129
sub word [esp+4], 0xffffffff
sub eax, eax
sub eax, ecx
sub eax, edx
sub eax, [edx-0x80]
sub [edx-0x80], eax
sub eax, [ebx+ecx*4+0x10]
sub [ebx+ecx*4+0x10], eax
sub eax, [byte eax+1]
sub [byte eax+1], eax
sub eax, [eax*2]
sub [eax*2], eax
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
sub ecx, [esp+4]
sub [esp+4], ecx
sub ecx, [eax*2]
sub [eax*2], ecx
sub ecx, [esi+ebp]
sub [esi+ebp], ecx
sub ecx, [nosplit eax*2]
sub [nosplit eax*2], ecx
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
sub edx, [eax*2]
sub [eax*2], edx
sub edx, [fs:eax]
sub [fs:eax], edx
sub edx, [eax+esp]
sub [eax+esp], edx
sub edx, [0x1234]
sub [0x1234], edx
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
sub ebx, [eax+esp]
sub [eax+esp], ebx
sub ebx, [ecx*8]
sub [ecx*8], ebx
sub ebx, [edx+0x80]
sub [edx+0x80], ebx
sub ebx, [fs:eax]
sub [fs:eax], ebx
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
sub dword [edx-0x80], 0x80000000
sub dword [edx-0x80], 255
sub dword [edx-0x80], 0x12345
sub dword [edx-0x80], 5
sub dword [ebx+ebx], 127
sub dword [ebx+ebx], 0
sub dword [ebx+ebx], -128
sub dword [ebx+ebx], 0x7fffffff
sub dword [esp+4], -1
sub dword [esp+4], 0
sub dword [esp+4], 0x7fff
sub dword [esp+4], 1
xor al, al
xor al, cl
xor al, dl
xor al, [ebx+ecx*4+0x10]
xor [ebx+ecx*4+0x10], al
xor al, [fs:eax]
xor [fs:eax], al
xor al, [edx-0x80]
xor [edx-0x80], al
xor al, [edi*1]
xor [edi*1], al
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
xor cl, [ebp+esi]
xor [ebp+esi], cl
xor cl, [ebx+ecx*4]
xor [ebx+ecx*4], cl
xor cl, [dword eax]
xor [dword eax], cl
xor cl, [edi*1]
xor [edi*1], cl
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
xor dl, [esp+4]
xor [esp+4], dl
xor dl, [eax*3]
xor [eax*3], dl
xor dl, [eax]
xor [eax], dl
xor dl, [fs:eax]
xor [fs:eax], dl
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
xor bl, [edx-0x80]
xor [edx-0x80], bl
xor bl, [eax*2]
xor [eax*2], bl
xor bl, [ebx+ebx]
xor [ebx+ebx], bl
xor bl, [byte eax+1]
xor [byte eax+1], bl
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
xor byte [eax], 0x12345
xor byte [eax], 128
xor byte [eax], 0x7fff
xor byte [eax], 5
xor byte [ebx+ebx], 0x7fff
xor byte [ebx+ebx], -129
xor byte [ebx+ebx], 1
xor byte [ebx+ebx], 0xffff
xor byte [eax*2], 128
xor byte [eax*2], 0xffffffff
xor byte [eax*2], -128
xor byte [eax*2], 256
xor ax, ax
xor ax, cx
xor ax, dx
xor ax, [eax]
xor [eax], ax
xor ax, [edi*1]
xor [edi*1], ax
xor ax, [ecx*8]
xor [ecx*8], ax
xor ax, [edx+0x80]
xor [edx+0x80], ax
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
xor cx, [eax*2]
xor [eax*2], cx
xor cx, [ebp]
xor [ebp], cx
xor cx, [edi*1]
xor [edi*1], cx
xor cx, [ecx*8]
xor [ecx*8], cx
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
xor dx, [edi*1]
xor [edi*1], dx
xor dx, [dword eax]
xor [dword eax], dx
xor dx, [ebx+ebx]
xor [ebx+ebx], dx
xor dx, [esp]
xor [esp], dx
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
xor bx, [eax*2]
xor [eax*2], bx
xor bx, [edx-0x80]
xor [edx-0x80], bx
xor bx, [fs:eax]
xor [fs:eax], bx
xor bx, [esp+4]
xor [esp+4], bx
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
xor word [nosplit eax*2], 5
xor word [nosplit eax*2], -1
xor word [nosplit eax*2], 0x7fff
xor word [nosplit eax*2], 0x12345
xor word [ebp], 0x80000000
xor word [ebp], 1
xor word [ebp], 255
xor word [ebp], -1
xor word [edx-0x80], 0
xor word [edx-0x80], 0xffffffff
xor word [edx-0x80], 0x12345
xor word [edx-0x80], 127
xor eax, eax
xor eax, ecx
xor eax, edx
xor eax, [fs:eax]
xor [fs:eax], eax
xor eax, [eax*3]
xor [eax*3], eax
xor eax, [edx+0x80]
xor [edx+0x80], eax
xor eax, [ebx+ecx*4+0x10]
xor [ebx+ecx*4+0x10], eax
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
xor ecx, [dword eax]
xor [dword eax], ecx
xor ecx, [ebx+ecx*4]
xor [ebx+ecx*4], ecx
xor ecx, [ebx+ebx]
xor [ebx+ebx], ecx
xor ecx, [esi+ebp]
xor [esi+ebp], ecx
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
xor edx, [ebx+ebx]
xor [ebx+ebx], edx
xor edx, [fs:eax]
xor [fs:eax], edx
xor edx, [edi*1]
xor [edi*1], edx
xor edx, [edx+0x80]
xor [edx+0x80], edx
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
xor ebx, [ebx+ebx]
xor [ebx+ebx], ebx
xor ebx, [ebx+ecx*4+0x10]
xor [ebx+ecx*4+0x10], ebx
xor ebx, [edx-0x80]
xor [edx-0x80], ebx
xor ebx, [nosplit eax*2]
xor [nosplit eax*2], ebx
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
xor dword [ecx*8], 0x8000
xor dword [ecx*8], 127
xor dword [ecx*8], 0x80000000
xor dword [ecx*8], 256
xor dword [eax+esp], 255
xor dword [eax+esp], 128
xor dword [eax+esp], 0xffff
xor dword [eax+esp], 0x8000
xor dword [eax*3], 5
xor dword [eax*3], 0x8000
xor dword [eax*3], 128
xor dword [eax*3], 0xffffffff
cmp al, al
cmp al, cl
cmp al, dl
cmp al, [eax*3]
cmp [eax*3], al
cmp al, [byte eax+1]
cmp [byte eax+1], al
cmp al, [dword eax]
cmp [dword eax], al
cmp al, [0x1234]
cmp [0x1234], al
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
cmp cl, [edx-0x80]
cmp [edx-0x80], cl
cmp cl, [eax*3]
cmp [eax*3], cl
cmp cl, [nosplit eax*2]
cmp [nosplit eax*2], cl
cmp cl, [fs:eax]
cmp [fs:eax], cl
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
cmp dl, [eax]
cmp [eax], dl
cmp dl, [ebx+ecx*4]
cmp [ebx+ecx*4], dl
cmp dl, [dword eax]
cmp [dword eax], dl
cmp dl, [eax*3]
cmp [eax*3], dl
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
cmp bl, [eax*2]
cmp [eax*2], bl
cmp bl, [ecx*8]
cmp [ecx*8], bl
cmp bl, [esp]
cmp [esp], bl
cmp bl, [ebx+ebx]
cmp [ebx+ebx], bl
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
cmp byte [dword eax], 0x12345
cmp byte [dword eax], -129
cmp byte [dword eax], 256
cmp byte [dword eax], 5
cmp byte [ecx*8], 0x7fffffff
cmp byte [ecx*8], 0xffff
cmp byte [ecx*8], 0x8000
cmp byte [ecx*8], -1
cmp byte [ebx+ebx], 5
cmp byte [ebx+ebx], 0xffffffff
cmp byte [ebx+ebx], 0x80000000
cmp byte [ebx+ebx], 0xffff
cmp ax, ax
cmp ax, cx
cmp ax, dx
cmp ax, [ebp]
cmp [ebp], ax
cmp ax, [eax]
cmp [eax], ax
cmp ax, [edx-0x80]
cmp [edx-0x80], ax
cmp ax, [nosplit eax*2]
cmp [nosplit eax*2], ax
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
cmp cx, [edx+0x80]
cmp [edx+0x80], cx
cmp cx, [ebx+ecx*4]
cmp [ebx+ecx*4], cx
cmp cx, [nosplit eax*2]
cmp [nosplit eax*2], cx
cmp cx, [dword eax]
cmp [dword eax], cx
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
cmp dx, [ebx+ebx]
cmp [ebx+ebx], dx
cmp dx, [byte eax+1]
cmp [byte eax+1], dx
cmp dx, [esp]
cmp [esp], dx
cmp dx, [eax*2]
cmp [eax*2], dx
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
cmp bx, [edx-0x80]
cmp [edx-0x80], bx
cmp bx, [ebx+ecx*4]
cmp [ebx+ecx*4], bx
cmp bx, [ebp+esi]
cmp [ebp+esi], bx
cmp bx, [ecx*8]
cmp [ecx*8], bx
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
cmp word [edx-0x80], -129
cmp word [edx-0x80], 256
cmp word [edx-0x80], 0x8000
cmp word [edx-0x80], 5
cmp word [0x1234], 0x8000
cmp word [0x1234], 0x80000000
cmp word [0x1234], 255
cmp word [0x1234], 127
cmp word [ebx+ecx*4+0x10], 5
cmp word [ebx+ecx*4+0x10], 256
cmp word [ebx+ecx*4+0x10], -1
cmp word [ebx+ecx*4+0x10], 0x8000
cmp eax, eax
cmp eax, ecx
cmp eax, edx
cmp eax, [fs:eax]
cmp [fs:eax], eax
cmp eax, [eax]
cmp [eax], eax
cmp eax, [ebp+esi]
cmp [ebp+esi], eax
cmp eax, [esp+4]
cmp [esp+4], eax
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
cmp ecx, [dword eax]
cmp [dword eax], ecx
cmp ecx, [0x1234]
cmp [0x1234], ecx
cmp ecx, [fs:eax]
cmp [fs:eax], ecx
cmp ecx, [eax*3]
cmp [eax*3], ecx
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
cmp edx, [dword eax]
cmp [dword eax], edx
cmp edx, [ebp]
cmp [ebp], edx
cmp edx, [byte eax+1]
cmp [byte eax+1], edx
cmp edx, [esi+ebp]
cmp [esi+ebp], edx
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
cmp ebx, [ebx+ecx*4+0x10]
cmp [ebx+ecx*4+0x10], ebx
cmp ebx, [ebx+ecx*4]
cmp [ebx+ecx*4], ebx
cmp ebx, [esp+4]
cmp [esp+4], ebx
cmp ebx, [nosplit eax*2]
cmp [nosplit eax*2], ebx
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
cmp dword [edx+0x80], -128
cmp dword [edx+0x80], 0xffff
cmp dword [edx+0x80], 1
cmp dword [edx+0x80], 0x8000
cmp dword [nosplit eax*2], -128
cmp dword [nosplit eax*2], 0xffff
cmp dword [nosplit eax*2], 0x7fff
cmp dword [nosplit eax*2], 255
cmp dword [eax*2], 127
cmp dword [eax*2], 255
cmp dword [eax*2], 0x8000
cmp dword [eax*2], 0
mov al, al
mov al, cl
mov al, dl
mov al, [esp+4]
mov [esp+4], al
mov al, [ecx*8]
mov [ecx*8], al
mov al, [nosplit eax*2]
mov [nosplit eax*2], al
mov al, [edx-0x80]
mov [edx-0x80], al
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
mov cl, [eax+esp]
mov [eax+esp], cl
mov cl, [ebx+ebx]
mov [ebx+ebx], cl
mov cl, [eax*2]
mov [eax*2], cl
mov cl, [eax*3]
mov [eax*3], cl
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
mov dl, [ebp]
mov [ebp], dl
mov dl, [ebx+ecx*4+0x10]
mov [ebx+ecx*4+0x10], dl
mov dl, [ebx+ebx]
mov [ebx+ebx], dl
mov dl, [edi*1]
mov [edi*1], dl
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
mov bl, [eax*2]
mov [eax*2], bl
mov bl, [edx+0x80]
mov [edx+0x80], bl
mov bl, [eax*3]
mov [eax*3], bl
mov bl, [dword eax]
mov [dword eax], bl
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
mov byte [edx-0x80], -1
mov byte [edx-0x80], 127
mov byte [edx-0x80], 5
mov byte [edx-0x80], 255
mov byte [eax*3], 0
mov byte [eax*3], 0x7fffffff
mov byte [eax*3], 0xffff
mov byte [eax*3], 0xffffffff
mov byte [eax+esp], 0x80000000
mov byte [eax+esp], -128
mov byte [eax+esp], 0xffffffff
mov byte [eax+esp], 0x12345
mov ax, ax
mov ax, cx
mov ax, dx
mov ax, [ebx+ebx]
mov [ebx+ebx], ax
mov ax, [esi+ebp]
mov [esi+ebp], ax
mov ax, [eax*2]
mov [eax*2], ax
mov ax, [esp+4]
mov [esp+4], ax
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
mov cx, [esp]
mov [esp], cx
mov cx, [ebp]
mov [ebp], cx
mov cx, [edx+0x80]
mov [edx+0x80], cx
mov cx, [fs:eax]
mov [fs:eax], cx
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
mov dx, [ecx*8]
mov [ecx*8], dx
mov dx, [ebx+ecx*4+0x10]
mov [ebx+ecx*4+0x10], dx
mov dx, [edi*1]
mov [edi*1], dx
mov dx, [byte eax+1]
mov [byte eax+1], dx
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
mov bx, [edi*1]
mov [edi*1], bx
mov bx, [edx-0x80]
mov [edx-0x80], bx
mov bx, [byte eax+1]
mov [byte eax+1], bx
mov bx, [0x1234]
mov [0x1234], bx
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
mov word [ecx*8], 5
mov word [ecx*8], 0x7fff
mov word [ecx*8], 0x7fffffff
mov word [ecx*8], 0
mov word [eax*2], 0x7fffffff
mov word [eax*2], 1
mov word [eax*2], 0x12345
mov word [eax*2], 256
mov word [0x1234], 128
mov word [0x1234], 127
mov word [0x1234], 0x12345
mov word [0x1234], 0x80000000
mov eax, eax
mov eax, ecx
mov eax, edx
mov eax, [eax+esp]
mov [eax+esp], eax
mov eax, [ebp]
mov [ebp], eax
mov eax, [nosplit eax*2]
mov [nosplit eax*2], eax
mov eax, [edi*1]
mov [edi*1], eax
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
mov ecx, [esp]
mov [esp], ecx
mov ecx, [nosplit eax*2]
mov [nosplit eax*2], ecx
mov ecx, [edx-0x80]
mov [edx-0x80], ecx
mov ecx, [byte eax+1]
mov [byte eax+1], ecx
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
mov edx, [edx-0x80]
mov [edx-0x80], edx
mov edx, [edi*1]
mov [edi*1], edx
mov edx, [nosplit eax*2]
mov [nosplit eax*2], edx
mov edx, [ebp+esi]
mov [ebp+esi], edx
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
mov ebx, [edx-0x80]
mov [edx-0x80], ebx
mov ebx, [eax*3]
mov [eax*3], ebx
mov ebx, [0x1234]
mov [0x1234], ebx
mov ebx, [eax+esp]
mov [eax+esp], ebx
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
mov dword [ebp], 0
mov dword [ebp], 0x12345
mov dword [ebp], 127
mov dword [ebp], 256
mov dword [ebx+ebx], 0x7fff
mov dword [ebx+ebx], 127
mov dword [ebx+ebx], 256
mov dword [ebx+ebx], 0x7fffffff
mov dword [eax+esp], 255
mov dword [eax+esp], 5
mov dword [eax+esp], 0x12345
mov dword [eax+esp], 256
test al, al
test al, cl
test al, dl
test al, [0x1234]
test [0x1234], al
test al, [edx+0x80]
test [edx+0x80], al
test al, [edx-0x80]
test [edx-0x80], al
test al, [edi*1]
test [edi*1], al
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
test cl, [eax]
test [eax], cl
test cl, [nosplit eax*2]
test [nosplit eax*2], cl
test cl, [dword eax]
test [dword eax], cl
test cl, [esp+4]
test [esp+4], cl
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
test dl, [ebp]
test [ebp], dl
test dl, [nosplit eax*2]
test [nosplit eax*2], dl
test dl, [edi*1]
test [edi*1], dl
test dl, [eax]
test [eax], dl
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
test bl, [esp+4]
test [esp+4], bl
test bl, [esi+ebp]
test [esi+ebp], bl
test bl, [dword eax]
test [dword eax], bl
test bl, [0x1234]
test [0x1234], bl
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
test byte [ebx+ebx], 5
test byte [ebx+ebx], 0x80000000
test byte [ebx+ebx], 0x7fffffff
test byte [ebx+ebx], 0x7fff
test byte [ebp], 5
test byte [ebp], 0x7fffffff
test byte [ebp], 128
test byte [ebp], 255
test byte [0x1234], 0
test byte [0x1234], 128
test byte [0x1234], 0x7fffffff
test byte [0x1234], 0x80000000
test ax, ax
test ax, cx
test ax, dx
test ax, [0x1234]
test [0x1234], ax
test ax, [ecx*8]
test [ecx*8], ax
test ax, [ebx+ecx*4]
test [ebx+ecx*4], ax
test ax, [nosplit eax*2]
test [nosplit eax*2], ax
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
test cx, [nosplit eax*2]
test [nosplit eax*2], cx
test cx, [esp+4]
test [esp+4], cx
test cx, [edx-0x80]
test [edx-0x80], cx
test cx, [esi+ebp]
test [esi+ebp], cx
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
test dx, [edi*1]
test [edi*1], dx
test dx, [edx+0x80]
test [edx+0x80], dx
test dx, [0x1234]
test [0x1234], dx
test dx, [esi+ebp]
test [esi+ebp], dx
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
test bx, [eax*3]
test [eax*3], bx
test bx, [dword eax]
test [dword eax], bx
test bx, [0x1234]
test [0x1234], bx
test bx, [ebp]
test [ebp], bx
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
test word [esp], 0xffff
test word [esp], 256
test word [esp], 0x80000000
test word [esp], 0xffffffff
test word [eax*2], 5
test word [eax*2], 0xffffffff
test word [eax*2], 0x8000
test word [eax*2], 0x80000000
test word [eax*3], 255
test word [eax*3], 0x12345
test word [eax*3], 1
test word [eax*3], 5
test eax, eax
test eax, ecx
test eax, edx
test eax, [ebp+esi]
test [ebp+esi], eax
test eax, [ebx+ebx]
test [ebx+ebx], eax
test eax, [eax*3]
test [eax*3], eax
test eax, [eax*2]
test [eax*2], eax
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
test ecx, [ecx*8]
test [ecx*8], ecx
test ecx, [esp+4]
test [esp+4], ecx
test ecx, [eax*3]
test [eax*3], ecx
test ecx, [eax+esp]
test [eax+esp], ecx
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
test edx, [ebp]
test [ebp], edx
test edx, [edi*1]
test [edi*1], edx
test edx, [ebp+esi]
test [ebp+esi], edx
test edx, [ecx*8]
test [ecx*8], edx
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
test ebx, [ebx+ebx]
test [ebx+ebx], ebx
test ebx, [esp]
test [esp], ebx
test ebx, [byte eax+1]
test [byte eax+1], ebx
test ebx, [esi+ebp]
test [esi+ebp], ebx
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
test dword [esi+ebp], 127
test dword [esi+ebp], 1
test dword [esi+ebp], -129
test dword [esi+ebp], 0x12345
test dword [ebp+esi], 0x8000
test dword [ebp+esi], 1
test dword [ebp+esi], 0
test dword [ebp+esi], 128
test dword [edi*1], 0x12345
test dword [edi*1], 128
test dword [edi*1], 0x7fffffff
test dword [edi*1], 255
inc al
inc cl
inc dl
inc bl
inc ah
inc byte [ebp]
inc byte [nosplit eax*2]
inc byte [edi*1]
inc ax
inc cx
inc dx
inc bx
inc sp
inc word [edx+0x80]
inc word [ebx+ecx*4+0x10]
inc word [ecx*8]
inc eax
inc ecx
inc edx
inc ebx
inc esp
inc dword [eax*2]
inc dword [esp+4]
inc dword [nosplit eax*2]
dec al
dec cl
dec dl
dec bl
dec ah
dec byte [ebx+ecx*4]
dec byte [nosplit eax*2]
dec byte [edi*1]
dec ax
dec cx
dec dx
dec bx
dec sp
dec word [esp+4]
dec word [eax*3]
dec word [fs:eax]
dec eax
dec ecx
dec edx
dec ebx
dec esp
dec dword [ecx*8]
dec dword [ebp]
dec dword [0x1234]
not al
not cl
not dl
not bl
not ah
not byte [fs:eax]
not byte [esi+ebp]
not byte [0x1234]
not ax
not cx
not dx
not bx
not sp
not word [eax*2]
not word [eax]
not word [dword eax]
not eax
not ecx
not edx
not ebx
not esp
not dword [eax+esp]
not dword [ebp]
not dword [ebx+ecx*4+0x10]
neg al
neg cl
neg dl
neg bl
neg ah
neg byte [eax*3]
neg byte [ebx+ebx]
neg byte [ebp]
neg ax
neg cx
neg dx
neg bx
neg sp
neg word [eax]
neg word [eax*2]
neg word [esp]
neg eax
neg ecx
neg edx
neg ebx
neg esp
neg dword [edi*1]
neg dword [ebx+ecx*4+0x10]
neg dword [ebp]
mul al
mul cl
mul dl
mul bl
mul ah
mul byte [edi*1]
mul byte [ecx*8]
mul byte [dword eax]
mul ax
mul cx
mul dx
mul bx
mul sp
mul word [fs:eax]
mul word [ebp+esi]
mul word [eax*2]
mul eax
mul ecx
mul edx
mul ebx
mul esp
mul dword [eax+esp]
mul dword [edi*1]
mul dword [0x1234]
imul al
imul cl
imul dl
imul bl
imul ah
imul byte [esi+ebp]
imul byte [edx-0x80]
imul byte [esp]
imul ax
imul cx
imul dx
imul bx
imul sp
imul word [ecx*8]
imul word [dword eax]
imul word [ebx+ecx*4+0x10]
imul eax
imul ecx
imul edx
imul ebx
imul esp
imul dword [ecx*8]
imul dword [dword eax]
imul dword [ebp+esi]
div al
div cl
div dl
div bl
div ah
div byte [nosplit eax*2]
div byte [edx+0x80]
div byte [eax+esp]
div ax
div cx
div dx
div bx
div sp
div word [0x1234]
div word [eax]
div word [eax+esp]
div eax
div ecx
div edx
div ebx
div esp
div dword [eax]
div dword [esp+4]
div dword [nosplit eax*2]
idiv al
idiv cl
idiv dl
idiv bl
idiv ah
idiv byte [dword eax]
idiv byte [edx+0x80]
idiv byte [nosplit eax*2]
idiv ax
idiv cx
idiv dx
idiv bx
idiv sp
idiv word [esi+ebp]
idiv word [byte eax+1]
idiv word [esp]
idiv eax
idiv ecx
idiv edx
idiv ebx
idiv esp
idiv dword [byte eax+1]
idiv dword [edx+0x80]
idiv dword [ecx*8]
push ax
push cx
push dx
push bx
push sp
push word [edi*1]
push word [eax+esp]
push word [nosplit eax*2]
push eax
push ecx
push edx
push ebx
push esp
push dword [ebx+ebx]
push dword [edi*1]
push dword [eax+esp]
pop ax
pop cx
pop dx
pop bx
pop sp
pop word [dword eax]
pop word [nosplit eax*2]
pop word [fs:eax]
pop eax
pop ecx
pop edx
pop ebx
pop esp
pop dword [dword eax]
pop dword [eax+esp]
pop dword [ebx+ecx*4+0x10]
shl al, 1
shl al, cl
shl al, 4
shl cl, 1
shl cl, cl
shl cl, 4
shl dl, 1
shl dl, cl
shl dl, 4
shl byte [eax], 3
shl ax, 1
shl ax, cl
shl ax, 4
shl cx, 1
shl cx, cl
shl cx, 4
shl dx, 1
shl dx, cl
shl dx, 4
shl word [eax], 3
shl eax, 1
shl eax, cl
shl eax, 4
shl ecx, 1
shl ecx, cl
shl ecx, 4
shl edx, 1
shl edx, cl
shl edx, 4
shl dword [eax], 3
shr al, 1
shr al, cl
shr al, 4
shr cl, 1
shr cl, cl
shr cl, 4
shr dl, 1
shr dl, cl
shr dl, 4
shr byte [eax], 3
shr ax, 1
shr ax, cl
shr ax, 4
shr cx, 1
shr cx, cl
shr cx, 4
shr dx, 1
shr dx, cl
shr dx, 4
shr word [eax], 3
shr eax, 1
shr eax, cl
shr eax, 4
shr ecx, 1
shr ecx, cl
shr ecx, 4
shr edx, 1
shr edx, cl
shr edx, 4
shr dword [eax], 3
sar al, 1
sar al, cl
sar al, 4
sar cl, 1
sar cl, cl
sar cl, 4
sar dl, 1
sar dl, cl
sar dl, 4
sar byte [eax], 3
sar ax, 1
sar ax, cl
sar ax, 4
sar cx, 1
sar cx, cl
sar cx, 4
sar dx, 1
sar dx, cl
sar dx, 4
sar word [eax], 3
sar eax, 1
sar eax, cl
sar eax, 4
sar ecx, 1
sar ecx, cl
sar ecx, 4
sar edx, 1
sar edx, cl
sar edx, 4
sar dword [eax], 3
rol al, 1
rol al, cl
rol al, 4
rol cl, 1
rol cl, cl
rol cl, 4
rol dl, 1
rol dl, cl
rol dl, 4
rol byte [eax], 3
rol ax, 1
rol ax, cl
rol ax, 4
rol cx, 1
rol cx, cl
rol cx, 4
rol dx, 1
rol dx, cl
rol dx, 4
rol word [eax], 3
rol eax, 1
rol eax, cl
rol eax, 4
rol ecx, 1
rol ecx, cl
rol ecx, 4
rol edx, 1
rol edx, cl
rol edx, 4
rol dword [eax], 3
ror al, 1
ror al, cl
ror al, 4
ror cl, 1
ror cl, cl
ror cl, 4
ror dl, 1
ror dl, cl
ror dl, 4
ror byte [eax], 3
ror ax, 1
ror ax, cl
ror ax, 4
ror cx, 1
ror cx, cl
ror cx, 4
ror dx, 1
ror dx, cl
ror dx, 4
ror word [eax], 3
ror eax, 1
ror eax, cl
ror eax, 4
ror ecx, 1
ror ecx, cl
ror ecx, 4
ror edx, 1
ror edx, cl
ror edx, 4
ror dword [eax], 3
rcl al, 1
rcl al, cl
rcl al, 4
rcl cl, 1
rcl cl, cl
rcl cl, 4
rcl dl, 1
rcl dl, cl
rcl dl, 4
rcl byte [eax], 3
rcl ax, 1
rcl ax, cl
rcl ax, 4
rcl cx, 1
rcl cx, cl
rcl cx, 4
rcl dx, 1
rcl dx, cl
rcl dx, 4
rcl word [eax], 3
rcl eax, 1
rcl eax, cl
rcl eax, 4
rcl ecx, 1
rcl ecx, cl
rcl ecx, 4
rcl edx, 1
rcl edx, cl
rcl edx, 4
rcl dword [eax], 3
rcr al, 1
rcr al, cl
rcr al, 4
rcr cl, 1
rcr cl, cl
rcr cl, 4
rcr dl, 1
rcr dl, cl
rcr dl, 4
rcr byte [eax], 3
rcr ax, 1
rcr ax, cl
rcr ax, 4
rcr cx, 1
rcr cx, cl
rcr cx, 4
rcr dx, 1
rcr dx, cl
rcr dx, 4
rcr word [eax], 3
rcr eax, 1
rcr eax, cl
rcr eax, 4
rcr ecx, 1
rcr ecx, cl
rcr ecx, 4
rcr edx, 1
rcr edx, cl
rcr edx, 4
rcr dword [eax], 3
sal al, 1
sal al, cl
sal al, 4
sal cl, 1
sal cl, cl
sal cl, 4
sal dl, 1
sal dl, cl
sal dl, 4
sal byte [eax], 3
sal ax, 1
sal ax, cl
sal ax, 4
sal cx, 1
sal cx, cl
sal cx, 4
sal dx, 1
sal dx, cl
sal dx, 4
sal word [eax], 3
sal eax, 1
sal eax, cl
sal eax, 4
sal ecx, 1
sal ecx, cl
sal ecx, 4
sal edx, 1
sal edx, cl
sal edx, 4
sal dword [eax], 3
imul ax, cx
imul ax, cx, 5
imul ax, cx, 500
imul dx, [ebp], 3
imul ax, 7
imul ax, [esp]
movzx ax, byte [eax]
movsx cx, cl
bsf ax, cx
bt ax, 3
bts ax, cx
lea ax, [ebx+ecx*4+0x10]
xchg ax, cx
xchg cx, ax
xchg dx, [esp+4]
cmovz ax, cx
cmovnae ax, [eax]
imul eax, ecx
imul eax, ecx, 5
imul eax, ecx, 500
imul edx, [ebp], 3
imul eax, 7
imul eax, [esp]
movzx eax, byte [eax]
movsx ecx, cl
bsf eax, ecx
bt eax, 3
bts eax, ecx
lea eax, [ebx+ecx*4+0x10]
xchg eax, ecx
xchg ecx, eax
xchg edx, [esp+4]
cmovz eax, ecx
cmovnae eax, [eax]
movzx eax, word [eax]
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
mov [ebx], ds
jmp 0x08:0x1234
call 0x10:lbl
jmp dword 0x08:lbl
jmp word 0x08:lbl
jmp far [ebx]
jmp [ebx]
call eax
aaa
daa
aam
aad
salc
arpl ax, bx
bound eax, [ebx]
les eax, [ebx]
lds esi, [ebx]
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
