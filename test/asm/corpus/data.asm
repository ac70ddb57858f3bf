; Data declarations, expressions, strings, floats, TIMES, INCBIN, EQU
        org 0x500
val1    equ 5
val2    equ val1 * 3 + (val1 << 2)
neg1    equ -1
str_len equ msg_end - msg

        db 1, 2, 3, 0xff, -1, 'A', 'ab', "cd", `e\tf\n\x41\101\0`
        dw 0x1234, 'ab', 'abc', -2, val2
        dd 0x12345678, 'abcd', 1.5, -0.25, 3.14159265358979, 1e10
        dq 0x123456789abcdef0, 1.5, -1.0e-3, 'longer', neg1
        dt 1.5, 3.0
        dw 0.5, -2.0
        db val1 + val2, val2 - val1, val2 / val1, val2 % 7, -val1 // 2, -val1 %% 3
        db (1 << 4) | 3, 0xf0 & 0x3c, 0xf0 ^ 0xff, ~0x0f & 0xff, !0, !7
        db 5 == 5, 5 != 5, 3 < 4, 4 <= 4, 5 > 6, 6 >= 7, 3 <> 4
        db 1 && 0, 1 || 0, 1 ^^ 1
        dd (-1 >> 28), (-16 >>> 2), 1 <<< 3
        dd $, $$, $ - $$
msg:    db "Hello, world", 0
msg_end:
        db str_len
        times 5 db 0x90
        times 3 dw 0xabcd
        times 2 dd $
        times (16 - ($ - $$) % 16) % 16 db 0
        dq msg, msg_end, msg_end - msg
        db 0x12, \
           0x34
        incbin "data.bin"
        incbin "data.bin", 4
        incbin "data.bin", 2, 3
        align 4, db 0xee
        dd 0d100, 100d, 0x64, 64h, 0h64, 144q, 144o, 0o144, 0q144, 1100100b, 0b1100100, 0y1100100, 1100100y, 1_000_000, $64
