; Preprocessor coverage: single-line and multi-line macros, conditionals, %rep
        bits 32
        org 0x1000

%define ONE 1
%define TWO (ONE + ONE)
%define SQR(x) ((x) * (x))
%define CAT(a, b) a %+ b
%xdefine BASE 0x100
%xdefine NEXT BASE + 4
%undef BASE
%assign counter 0
%idefine Lower 7

%macro prologue 0-1 16
        push ebp
        mov ebp, esp
        sub esp, %1
%endmacro

%macro epilogue 0
        leave
        ret
%endmacro

%macro multipush 1-*
%rep %0
        push %1
%rotate 1
%endrep
%endmacro

%macro multipop 1-*
%rep %0
%rotate -1
        pop %1
%endrep
%endmacro

%macro load 2+
        mov %1, %2
%endmacro

%macro retry 1
%%again:
        dec %1
        jnz %%again
%endmacro

%macro outer 1
        inner %1, %1 + 1
%endmacro
%macro inner 2
        mov eax, %1
        mov ebx, %2
%endmacro

%macro str_table 1-*
%assign i 0
%rep %0
        db %1, 0
%assign i i + 1
%rotate 1
%endrep
        dd i
%endmacro

%macro count_args 0-*
        db %0
%endmacro

start:
        prologue
        prologue 32
        multipush eax, ebx, ecx, edx
        multipop eax, ebx, ecx, edx
        load eax, [ebx + 4 * ecx + 8]
        retry ecx
        retry edx
        outer 10
        mov eax, SQR(3 + 1)
        mov ecx, TWO
        mov edx, NEXT
        mov eax, Lower + LOWER
CAT(lab, el1):
        jmp label1
        epilogue

%rep 4
        db counter
%assign counter counter + 1
%endrep

%assign n 5
%rep 100
%if n > 8
        %exitrep
%endif
        dw n * n
%assign n n + 1
%endrep

%if TWO = 2
        db 'two'
%elif TWO = 3
        db 'three'
%else
        db 'other'
%endif

%ifdef ONE
        db 'one defined'
%endif
%ifndef THREE
        db 'three undefined'
%endif
%ifidn ONE, 1
        db 'idn'
%endif
%ifidni foo, FOO
        db 'idni'
%endif
%ifnum 42
        db 'num'
%endif
%ifstr 'x'
        db 'str'
%endif
%ifmacro prologue
        db 'macro'
%endif
%if 0
        this line would be an error
%elif 1
        db 'elif'
%endif
%if 1
  %if 0
        db 'no'
  %else
        db 'nested else'
  %endif
%endif

%strlen slen 'hello'
        db slen
%substr sub1 'hello', 2, 3
        db sub1
%defstr dstr some tokens
        db dstr

        str_table 'alpha', 'beta', 'gamma'
        count_args
        count_args a, b, c
        count_args {a, b}, c
        db __LINE__ & 0xff
