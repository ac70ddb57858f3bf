; every iced-x86 form available in 16-bit mode that nasm 2.16 also accepts (generated, one line per form)
bits 16
add byte [bx+si+8], cl
add word [bx+si+8], dx
add dword [bx+si+8], esi
add cl, byte [bx+si+8]
add dx, word [bx+si+8]
add esi, dword [bx+si+8]
add al, 5
add ax, 0x1234
add eax, 0x12345
add byte [bx+si+8], 5
add word [bx+si+8], 0x1234
add dword [bx+si+8], 0x12345
add word [bx+si+8], 5
add dword [bx+si+8], 5
push es
push cs
push ss
push ds
push dx
push esi
push 0x1234
push 0x12345
push 5
push word [bx+si+8]
push dword [bx+si+8]
push fs
push gs
pop es
pop cs
pop ss
pop ds
pop dx
pop esi
pop word [bx+si+8]
pop dword [bx+si+8]
pop fs
pop gs
or byte [bx+si+8], cl
or word [bx+si+8], dx
or dword [bx+si+8], esi
or cl, byte [bx+si+8]
or dx, word [bx+si+8]
or esi, dword [bx+si+8]
or al, 5
or ax, 0x1234
or eax, 0x12345
or byte [bx+si+8], 5
or word [bx+si+8], 0x1234
or dword [bx+si+8], 0x12345
or word [bx+si+8], 5
or dword [bx+si+8], 5
adc byte [bx+si+8], cl
adc word [bx+si+8], dx
adc dword [bx+si+8], esi
adc cl, byte [bx+si+8]
adc dx, word [bx+si+8]
adc esi, dword [bx+si+8]
adc al, 5
adc ax, 0x1234
adc eax, 0x12345
adc byte [bx+si+8], 5
adc word [bx+si+8], 0x1234
adc dword [bx+si+8], 0x12345
adc word [bx+si+8], 5
adc dword [bx+si+8], 5
sbb byte [bx+si+8], cl
sbb word [bx+si+8], dx
sbb dword [bx+si+8], esi
sbb cl, byte [bx+si+8]
sbb dx, word [bx+si+8]
sbb esi, dword [bx+si+8]
sbb al, 5
sbb ax, 0x1234
sbb eax, 0x12345
sbb byte [bx+si+8], 5
sbb word [bx+si+8], 0x1234
sbb dword [bx+si+8], 0x12345
sbb word [bx+si+8], 5
sbb dword [bx+si+8], 5
and byte [bx+si+8], cl
and word [bx+si+8], dx
and dword [bx+si+8], esi
and cl, byte [bx+si+8]
and dx, word [bx+si+8]
and esi, dword [bx+si+8]
and al, 5
and ax, 0x1234
and eax, 0x12345
and byte [bx+si+8], 5
and word [bx+si+8], 0x1234
and dword [bx+si+8], 0x12345
and word [bx+si+8], 5
and dword [bx+si+8], 5
daa
sub byte [bx+si+8], cl
sub word [bx+si+8], dx
sub dword [bx+si+8], esi
sub cl, byte [bx+si+8]
sub dx, word [bx+si+8]
sub esi, dword [bx+si+8]
sub al, 5
sub ax, 0x1234
sub eax, 0x12345
sub byte [bx+si+8], 5
sub word [bx+si+8], 0x1234
sub dword [bx+si+8], 0x12345
sub word [bx+si+8], 5
sub dword [bx+si+8], 5
das
xor byte [bx+si+8], cl
xor word [bx+si+8], dx
xor dword [bx+si+8], esi
xor cl, byte [bx+si+8]
xor dx, word [bx+si+8]
xor esi, dword [bx+si+8]
xor al, 5
xor ax, 0x1234
xor eax, 0x12345
xor byte [bx+si+8], 5
xor word [bx+si+8], 0x1234
xor dword [bx+si+8], 0x12345
xor word [bx+si+8], 5
xor dword [bx+si+8], 5
aaa
cmp byte [bx+si+8], cl
cmp word [bx+si+8], dx
cmp dword [bx+si+8], esi
cmp cl, byte [bx+si+8]
cmp dx, word [bx+si+8]
cmp esi, dword [bx+si+8]
cmp al, 5
cmp ax, 0x1234
cmp eax, 0x12345
cmp byte [bx+si+8], 5
cmp word [bx+si+8], 0x1234
cmp dword [bx+si+8], 0x12345
cmp word [bx+si+8], 5
cmp dword [bx+si+8], 5
aas
inc dx
inc esi
inc byte [bx+si+8]
inc word [bx+si+8]
inc dword [bx+si+8]
dec dx
dec esi
dec byte [bx+si+8]
dec word [bx+si+8]
dec dword [bx+si+8]
pusha
pushad
popa
popad
arpl word [bx+si+8], dx
imul dx, word [bx+si+8], 0x1234
imul esi, dword [bx+si+8], 0x12345
imul dx, word [bx+si+8], 5
imul esi, dword [bx+si+8], 5
imul byte [bx+si+8]
imul word [bx+si+8]
imul dword [bx+si+8]
imul dx, word [bx+si+8]
imul esi, dword [bx+si+8]
jo short $
jo near $
jno short $
jno near $
jb short $
jb near $
jae short $
jae near $
je short $
je near $
jne short $
jne near $
jbe short $
jbe near $
ja short $
ja near $
js short $
js near $
jns short $
jns near $
jp short $
jp near $
jnp short $
jnp near $
jl short $
jl near $
jge short $
jge near $
jle short $
jle near $
jg short $
jg near $
test byte [bx+si+8], cl
test word [bx+si+8], dx
test dword [bx+si+8], esi
test al, 5
test ax, 0x1234
test eax, 0x12345
test byte [bx+si+8], 5
test word [bx+si+8], 0x1234
test dword [bx+si+8], 0x12345
xchg byte [bx+si+8], cl
xchg word [bx+si+8], dx
xchg dword [bx+si+8], esi
xchg dx, ax
xchg esi, eax
mov byte [bx+si+8], cl
mov word [bx+si+8], dx
mov dword [bx+si+8], esi
mov cl, byte [bx+si+8]
mov dx, word [bx+si+8]
mov esi, dword [bx+si+8]
mov word [bx+si+8], es
mov es, word [bx+si+8]
mov al, [0x1234]
mov ax, [0x1234]
mov eax, [0x1234]
mov [0x1234], al
mov [0x1234], ax
mov [0x1234], eax
mov cl, 5
mov dx, 0x1234
mov esi, 0x12345
mov byte [bx+si+8], 5
mov word [bx+si+8], 0x1234
mov dword [bx+si+8], 0x12345
mov esi, cr3
mov esi, dr1
mov cr3, esi
mov dr1, esi
lea dx, [bx+si+8]
lea esi, [bx+si+8]
nop
nop word [bx+si+8]
nop dword [bx+si+8]
pause
cbw
cwde
cwd
cdq
call word 0x10:0x1234
call dword 0x10:0x1234
call near $
call word [bx+si+8]
call dword [bx+si+8]
call [bx+si+8]
wait
pushf
pushfd
popf
popfd
sahf
lahf
movsd xmm1, qword [bx+si+8]
movsd qword [bx+si+8], xmm1
rol byte [bx+si+8], 5
rol word [bx+si+8], 5
rol dword [bx+si+8], 5
rol byte [bx+si+8], 1
rol word [bx+si+8], 1
rol dword [bx+si+8], 1
rol byte [bx+si+8], cl
rol word [bx+si+8], cl
rol dword [bx+si+8], cl
ror byte [bx+si+8], 5
ror word [bx+si+8], 5
ror dword [bx+si+8], 5
ror byte [bx+si+8], 1
ror word [bx+si+8], 1
ror dword [bx+si+8], 1
ror byte [bx+si+8], cl
ror word [bx+si+8], cl
ror dword [bx+si+8], cl
rcl byte [bx+si+8], 5
rcl word [bx+si+8], 5
rcl dword [bx+si+8], 5
rcl byte [bx+si+8], 1
rcl word [bx+si+8], 1
rcl dword [bx+si+8], 1
rcl byte [bx+si+8], cl
rcl word [bx+si+8], cl
rcl dword [bx+si+8], cl
rcr byte [bx+si+8], 5
rcr word [bx+si+8], 5
rcr dword [bx+si+8], 5
rcr byte [bx+si+8], 1
rcr word [bx+si+8], 1
rcr dword [bx+si+8], 1
rcr byte [bx+si+8], cl
rcr word [bx+si+8], cl
rcr dword [bx+si+8], cl
shl byte [bx+si+8], 5
shl word [bx+si+8], 5
shl dword [bx+si+8], 5
shl byte [bx+si+8], 1
shl word [bx+si+8], 1
shl dword [bx+si+8], 1
shl byte [bx+si+8], cl
shl word [bx+si+8], cl
shl dword [bx+si+8], cl
shr byte [bx+si+8], 5
shr word [bx+si+8], 5
shr dword [bx+si+8], 5
shr byte [bx+si+8], 1
shr word [bx+si+8], 1
shr dword [bx+si+8], 1
shr byte [bx+si+8], cl
shr word [bx+si+8], cl
shr dword [bx+si+8], cl
sal byte [bx+si+8], 5
sal word [bx+si+8], 5
sal dword [bx+si+8], 5
sal byte [bx+si+8], 1
sal word [bx+si+8], 1
sal dword [bx+si+8], 1
sal byte [bx+si+8], cl
sal word [bx+si+8], cl
sal dword [bx+si+8], cl
sar byte [bx+si+8], 5
sar word [bx+si+8], 5
sar dword [bx+si+8], 5
sar byte [bx+si+8], 1
sar word [bx+si+8], 1
sar dword [bx+si+8], 1
sar byte [bx+si+8], cl
sar word [bx+si+8], cl
sar dword [bx+si+8], cl
ret 0x1234
ret
les esi, [bx+si+8]
lds esi, [bx+si+8]
xabort 5
xbegin near $
enter 0x1234, 5
leave
retf 0x1234
retf
int3
int 5
into
iret
iretd
aam 5
aad 5
salc
fadd dword [bx+si+8]
fadd st0, st3
fadd qword [bx+si+8]
fadd st3, st0
fmul dword [bx+si+8]
fmul st0, st3
fmul qword [bx+si+8]
fmul st3, st0
fcom dword [bx+si+8]
fcom st0, st3
fcom qword [bx+si+8]
fcomp dword [bx+si+8]
fcomp st0, st3
fcomp qword [bx+si+8]
fsub dword [bx+si+8]
fsub st0, st3
fsub qword [bx+si+8]
fsub st3, st0
fsubr dword [bx+si+8]
fsubr st0, st3
fsubr qword [bx+si+8]
fsubr st3, st0
fdiv dword [bx+si+8]
fdiv st0, st3
fdiv qword [bx+si+8]
fdiv st3, st0
fdivr dword [bx+si+8]
fdivr st0, st3
fdivr qword [bx+si+8]
fdivr st3, st0
fld dword [bx+si+8]
fld st3
fld tword [bx+si+8]
fld qword [bx+si+8]
fst dword [bx+si+8]
fst qword [bx+si+8]
fst st3
fstp dword [bx+si+8]
fstp tword [bx+si+8]
fstp qword [bx+si+8]
fstp st3
fldenv [bx+si+8]
fldcw word [bx+si+8]
fnstenv [bx+si+8]
fstenv [bx+si+8]
fnstcw word [bx+si+8]
fstcw word [bx+si+8]
fxch st0, st3
fnop
fchs
fabs
ftst
fxam
fld1
fldl2t
fldl2e
fldpi
fldlg2
fldln2
fldz
f2xm1
fyl2x
fptan
fpatan
fxtract
fprem1
fdecstp
fincstp
fprem
fyl2xp1
fsqrt
fsincos
frndint
fscale
fsin
fcos
fiadd dword [bx+si+8]
fiadd word [bx+si+8]
fimul dword [bx+si+8]
fimul word [bx+si+8]
ficom dword [bx+si+8]
ficom word [bx+si+8]
ficomp dword [bx+si+8]
ficomp word [bx+si+8]
fisub dword [bx+si+8]
fisub word [bx+si+8]
fisubr dword [bx+si+8]
fisubr word [bx+si+8]
fidiv dword [bx+si+8]
fidiv word [bx+si+8]
fidivr dword [bx+si+8]
fidivr word [bx+si+8]
fcmovb st0, st3
fcmove st0, st3
fcmovbe st0, st3
fcmovu st0, st3
fucompp
fild dword [bx+si+8]
fild word [bx+si+8]
fild qword [bx+si+8]
fisttp dword [bx+si+8]
fisttp qword [bx+si+8]
fisttp word [bx+si+8]
fist dword [bx+si+8]
fist word [bx+si+8]
fistp dword [bx+si+8]
fistp word [bx+si+8]
fistp qword [bx+si+8]
fcmovnb st0, st3
fcmovne st0, st3
fcmovnbe st0, st3
fcmovnu st0, st3
fneni
feni
fndisi
fdisi
fnclex
fclex
fninit
finit
fucomi st0, st3
fcomi st0, st3
frstor [bx+si+8]
fnsave [bx+si+8]
fsave [bx+si+8]
fnstsw word [bx+si+8]
fnstsw ax
fstsw word [bx+si+8]
fstsw ax
ffree st3
fucom st0, st3
fucomp st0, st3
faddp st3, st0
fmulp st3, st0
fcompp
fsubrp st3, st0
fsubp st3, st0
fdivrp st3, st0
fdivp st3, st0
fbld tword [bx+si+8]
fbstp tword [bx+si+8]
ffreep st3
fucomip st0, st3
fcomip st0, st3
in al, 5
in ax, 5
in eax, 5
in al, dx
in ax, dx
in eax, dx
out 5, al
out 5, ax
out 5, eax
out dx, al
out dx, ax
out dx, eax
jmp near $
jmp word 0x10:0x1234
jmp dword 0x10:0x1234
jmp short $
jmp word [bx+si+8]
jmp dword [bx+si+8]
jmp [bx+si+8]
int1
hlt
cmc
not byte [bx+si+8]
not word [bx+si+8]
not dword [bx+si+8]
neg byte [bx+si+8]
neg word [bx+si+8]
neg dword [bx+si+8]
mul byte [bx+si+8]
mul word [bx+si+8]
mul dword [bx+si+8]
div byte [bx+si+8]
div word [bx+si+8]
div dword [bx+si+8]
idiv byte [bx+si+8]
idiv word [bx+si+8]
idiv dword [bx+si+8]
clc
stc
cli
sti
cld
std
sldt word [bx+si+8]
str word [bx+si+8]
lldt word [bx+si+8]
ltr word [bx+si+8]
verr word [bx+si+8]
verw word [bx+si+8]
sgdt [bx+si+8]
sidt [bx+si+8]
lgdt [bx+si+8]
lidt [bx+si+8]
smsw word [bx+si+8]
rstorssp qword [bx+si+8]
lmsw word [bx+si+8]
invlpg [bx+si+8]
enclv
vmcall
vmlaunch
vmresume
vmxoff
pconfig
monitor
mwait
clac
stac
encls
xgetbv
xsetbv
vmfunc
xend
xtest
enclu
vmrun
vmmcall
vmload
vmsave
stgi
clgi
invlpga
setssbsy
saveprevssp
rdtscp
monitorx
mwaitx
clzero
lar dx, word [bx+si+8]
lar esi, word [bx+si+8]
lsl dx, word [bx+si+8]
lsl esi, word [bx+si+8]
syscall
clts
sysret
invd
wbinvd
wbnoinvd
ud2
prefetchwt1 byte [bx+si+8]
femms
movups xmm1, oword [bx+si+8]
movups oword [bx+si+8], xmm1
vmovups xmm1, oword [bx+si+8]
vmovups ymm1, yword [bx+si+8]
vmovups zmm1, zword [bx+si+8]
vmovups oword [bx+si+8], xmm1
vmovups yword [bx+si+8], ymm1
vmovups zword [bx+si+8], zmm1
movupd xmm1, oword [bx+si+8]
movupd oword [bx+si+8], xmm1
vmovupd xmm1, oword [bx+si+8]
vmovupd ymm1, yword [bx+si+8]
vmovupd zmm1, zword [bx+si+8]
vmovupd oword [bx+si+8], xmm1
vmovupd yword [bx+si+8], ymm1
vmovupd zword [bx+si+8], zmm1
movss xmm1, dword [bx+si+8]
movss dword [bx+si+8], xmm1
vmovss xmm1, xmm4, xmm2
vmovss xmm1, dword [bx+si+8]
vmovss xmm2, xmm4, xmm1
vmovss dword [bx+si+8], xmm1
vmovsd xmm1, xmm4, xmm2
vmovsd xmm1, qword [bx+si+8]
vmovsd xmm2, xmm4, xmm1
vmovsd qword [bx+si+8], xmm1
movhlps xmm1, xmm2
movlps xmm1, qword [bx+si+8]
movlps qword [bx+si+8], xmm1
vmovhlps xmm1, xmm4, xmm2
vmovlps xmm1, xmm4, qword [bx+si+8]
vmovlps qword [bx+si+8], xmm1
movlpd xmm1, qword [bx+si+8]
movlpd qword [bx+si+8], xmm1
vmovlpd xmm1, xmm4, qword [bx+si+8]
vmovlpd qword [bx+si+8], xmm1
movsldup xmm1, oword [bx+si+8]
vmovsldup xmm1, oword [bx+si+8]
vmovsldup ymm1, yword [bx+si+8]
vmovsldup zmm1, zword [bx+si+8]
movddup xmm1, qword [bx+si+8]
vmovddup xmm1, qword [bx+si+8]
vmovddup ymm1, yword [bx+si+8]
vmovddup zmm1, zword [bx+si+8]
unpcklps xmm1, oword [bx+si+8]
vunpcklps xmm1, xmm4, oword [bx+si+8]
vunpcklps ymm1, ymm4, yword [bx+si+8]
vunpcklps zmm1, zmm4, zword [bx+si+8]
unpcklpd xmm1, oword [bx+si+8]
vunpcklpd xmm1, xmm4, oword [bx+si+8]
vunpcklpd ymm1, ymm4, yword [bx+si+8]
vunpcklpd zmm1, zmm4, zword [bx+si+8]
unpckhps xmm1, oword [bx+si+8]
vunpckhps xmm1, xmm4, oword [bx+si+8]
vunpckhps ymm1, ymm4, yword [bx+si+8]
vunpckhps zmm1, zmm4, zword [bx+si+8]
unpckhpd xmm1, oword [bx+si+8]
vunpckhpd xmm1, xmm4, oword [bx+si+8]
vunpckhpd ymm1, ymm4, yword [bx+si+8]
vunpckhpd zmm1, zmm4, zword [bx+si+8]
movlhps xmm1, xmm2
vmovlhps xmm1, xmm4, xmm2
movhps xmm1, qword [bx+si+8]
movhps qword [bx+si+8], xmm1
vmovhps xmm1, xmm4, qword [bx+si+8]
vmovhps qword [bx+si+8], xmm1
movhpd xmm1, qword [bx+si+8]
movhpd qword [bx+si+8], xmm1
vmovhpd xmm1, xmm4, qword [bx+si+8]
vmovhpd qword [bx+si+8], xmm1
movshdup xmm1, oword [bx+si+8]
vmovshdup xmm1, oword [bx+si+8]
vmovshdup ymm1, yword [bx+si+8]
vmovshdup zmm1, zword [bx+si+8]
prefetchnta byte [bx+si+8]
prefetcht0 byte [bx+si+8]
prefetcht1 byte [bx+si+8]
prefetcht2 byte [bx+si+8]
endbr64
endbr32
movaps xmm1, oword [bx+si+8]
movaps oword [bx+si+8], xmm1
vmovaps xmm1, oword [bx+si+8]
vmovaps ymm1, yword [bx+si+8]
vmovaps zmm1, zword [bx+si+8]
vmovaps oword [bx+si+8], xmm1
vmovaps yword [bx+si+8], ymm1
vmovaps zword [bx+si+8], zmm1
movapd xmm1, oword [bx+si+8]
movapd oword [bx+si+8], xmm1
vmovapd xmm1, oword [bx+si+8]
vmovapd ymm1, yword [bx+si+8]
vmovapd zmm1, zword [bx+si+8]
vmovapd oword [bx+si+8], xmm1
vmovapd yword [bx+si+8], ymm1
vmovapd zword [bx+si+8], zmm1
cvtpi2ps xmm1, qword [bx+si+8]
cvtpi2pd xmm1, qword [bx+si+8]
cvtsi2ss xmm1, dword [bx+si+8]
vcvtsi2ss xmm1, xmm4, dword [bx+si+8]
cvtsi2sd xmm1, dword [bx+si+8]
vcvtsi2sd xmm1, xmm4, dword [bx+si+8]
movntps oword [bx+si+8], xmm1
vmovntps oword [bx+si+8], xmm1
vmovntps yword [bx+si+8], ymm1
vmovntps zword [bx+si+8], zmm1
movntpd oword [bx+si+8], xmm1
vmovntpd oword [bx+si+8], xmm1
vmovntpd yword [bx+si+8], ymm1
vmovntpd zword [bx+si+8], zmm1
movntss dword [bx+si+8], xmm1
movntsd qword [bx+si+8], xmm1
cvttps2pi mm1, qword [bx+si+8]
cvttpd2pi mm1, oword [bx+si+8]
cvttss2si esi, dword [bx+si+8]
vcvttss2si esi, dword [bx+si+8]
cvttsd2si esi, qword [bx+si+8]
vcvttsd2si esi, qword [bx+si+8]
cvtps2pi mm1, qword [bx+si+8]
cvtpd2pi mm1, oword [bx+si+8]
cvtss2si esi, dword [bx+si+8]
vcvtss2si esi, dword [bx+si+8]
cvtsd2si esi, qword [bx+si+8]
vcvtsd2si esi, qword [bx+si+8]
ucomiss xmm1, dword [bx+si+8]
vucomiss xmm1, dword [bx+si+8]
ucomisd xmm1, qword [bx+si+8]
vucomisd xmm1, qword [bx+si+8]
comiss xmm1, dword [bx+si+8]
comisd xmm1, qword [bx+si+8]
vcomiss xmm1, dword [bx+si+8]
vcomisd xmm1, qword [bx+si+8]
wrmsr
rdtsc
rdmsr
rdpmc
sysenter
sysexit
getsec
cmovo dx, word [bx+si+8]
cmovo esi, dword [bx+si+8]
cmovno dx, word [bx+si+8]
cmovno esi, dword [bx+si+8]
cmovb dx, word [bx+si+8]
cmovb esi, dword [bx+si+8]
cmovae dx, word [bx+si+8]
cmovae esi, dword [bx+si+8]
cmove dx, word [bx+si+8]
cmove esi, dword [bx+si+8]
cmovne dx, word [bx+si+8]
cmovne esi, dword [bx+si+8]
cmovbe dx, word [bx+si+8]
cmovbe esi, dword [bx+si+8]
cmova dx, word [bx+si+8]
cmova esi, dword [bx+si+8]
cmovs dx, word [bx+si+8]
cmovs esi, dword [bx+si+8]
cmovns dx, word [bx+si+8]
cmovns esi, dword [bx+si+8]
cmovp dx, word [bx+si+8]
cmovp esi, dword [bx+si+8]
cmovnp dx, word [bx+si+8]
cmovnp esi, dword [bx+si+8]
cmovl dx, word [bx+si+8]
cmovl esi, dword [bx+si+8]
cmovge dx, word [bx+si+8]
cmovge esi, dword [bx+si+8]
cmovle dx, word [bx+si+8]
cmovle esi, dword [bx+si+8]
cmovg dx, word [bx+si+8]
cmovg esi, dword [bx+si+8]
kandw k2, k4, k3
kandq k2, k4, k3
kandb k2, k4, k3
kandd k2, k4, k3
kandnw k2, k4, k3
kandnq k2, k4, k3
kandnb k2, k4, k3
kandnd k2, k4, k3
knotw k2, k3
knotq k2, k3
knotb k2, k3
knotd k2, k3
korw k2, k4, k3
korq k2, k4, k3
korb k2, k4, k3
kord k2, k4, k3
kxnorw k2, k4, k3
kxnorq k2, k4, k3
kxnorb k2, k4, k3
kxnord k2, k4, k3
kxorw k2, k4, k3
kxorq k2, k4, k3
kxorb k2, k4, k3
kxord k2, k4, k3
kaddw k2, k4, k3
kaddq k2, k4, k3
kaddb k2, k4, k3
kaddd k2, k4, k3
kunpckwd k2, k4, k3
kunpckdq k2, k4, k3
kunpckbw k2, k4, k3
movmskps esi, xmm2
vmovmskps esi, xmm2
vmovmskps esi, ymm2
movmskpd esi, xmm2
vmovmskpd esi, xmm2
vmovmskpd esi, ymm2
sqrtps xmm1, oword [bx+si+8]
vsqrtps xmm1, oword [bx+si+8]
vsqrtps ymm1, yword [bx+si+8]
vsqrtps zmm1, zword [bx+si+8]
sqrtpd xmm1, oword [bx+si+8]
vsqrtpd xmm1, oword [bx+si+8]
vsqrtpd ymm1, yword [bx+si+8]
vsqrtpd zmm1, zword [bx+si+8]
sqrtss xmm1, dword [bx+si+8]
vsqrtss xmm1, xmm4, dword [bx+si+8]
sqrtsd xmm1, qword [bx+si+8]
vsqrtsd xmm1, xmm4, qword [bx+si+8]
rsqrtps xmm1, oword [bx+si+8]
vrsqrtps xmm1, oword [bx+si+8]
vrsqrtps ymm1, yword [bx+si+8]
rsqrtss xmm1, dword [bx+si+8]
vrsqrtss xmm1, xmm4, dword [bx+si+8]
rcpps xmm1, oword [bx+si+8]
vrcpps xmm1, oword [bx+si+8]
vrcpps ymm1, yword [bx+si+8]
rcpss xmm1, dword [bx+si+8]
vrcpss xmm1, xmm4, dword [bx+si+8]
andps xmm1, oword [bx+si+8]
vandps xmm1, xmm4, oword [bx+si+8]
vandps ymm1, ymm4, yword [bx+si+8]
vandps zmm1, zmm4, zword [bx+si+8]
andpd xmm1, oword [bx+si+8]
vandpd xmm1, xmm4, oword [bx+si+8]
vandpd ymm1, ymm4, yword [bx+si+8]
vandpd zmm1, zmm4, zword [bx+si+8]
andnps xmm1, oword [bx+si+8]
vandnps xmm1, xmm4, oword [bx+si+8]
vandnps ymm1, ymm4, yword [bx+si+8]
vandnps zmm1, zmm4, zword [bx+si+8]
andnpd xmm1, oword [bx+si+8]
vandnpd xmm1, xmm4, oword [bx+si+8]
vandnpd ymm1, ymm4, yword [bx+si+8]
vandnpd zmm1, zmm4, zword [bx+si+8]
orps xmm1, oword [bx+si+8]
vorps xmm1, xmm4, oword [bx+si+8]
vorps ymm1, ymm4, yword [bx+si+8]
vorps zmm1, zmm4, zword [bx+si+8]
orpd xmm1, oword [bx+si+8]
vorpd xmm1, xmm4, oword [bx+si+8]
vorpd ymm1, ymm4, yword [bx+si+8]
vorpd zmm1, zmm4, zword [bx+si+8]
xorps xmm1, oword [bx+si+8]
vxorps xmm1, xmm4, oword [bx+si+8]
vxorps ymm1, ymm4, yword [bx+si+8]
vxorps zmm1, zmm4, zword [bx+si+8]
xorpd xmm1, oword [bx+si+8]
vxorpd xmm1, xmm4, oword [bx+si+8]
vxorpd ymm1, ymm4, yword [bx+si+8]
vxorpd zmm1, zmm4, zword [bx+si+8]
addps xmm1, oword [bx+si+8]
vaddps xmm1, xmm4, oword [bx+si+8]
vaddps ymm1, ymm4, yword [bx+si+8]
vaddps zmm1, zmm4, zword [bx+si+8]
addpd xmm1, oword [bx+si+8]
vaddpd xmm1, xmm4, oword [bx+si+8]
vaddpd ymm1, ymm4, yword [bx+si+8]
vaddpd zmm1, zmm4, zword [bx+si+8]
addss xmm1, dword [bx+si+8]
vaddss xmm1, xmm4, dword [bx+si+8]
addsd xmm1, qword [bx+si+8]
vaddsd xmm1, xmm4, qword [bx+si+8]
mulps xmm1, oword [bx+si+8]
vmulps xmm1, xmm4, oword [bx+si+8]
vmulps ymm1, ymm4, yword [bx+si+8]
vmulps zmm1, zmm4, zword [bx+si+8]
mulpd xmm1, oword [bx+si+8]
vmulpd xmm1, xmm4, oword [bx+si+8]
vmulpd ymm1, ymm4, yword [bx+si+8]
vmulpd zmm1, zmm4, zword [bx+si+8]
mulss xmm1, dword [bx+si+8]
vmulss xmm1, xmm4, dword [bx+si+8]
mulsd xmm1, qword [bx+si+8]
vmulsd xmm1, xmm4, qword [bx+si+8]
cvtps2pd xmm1, qword [bx+si+8]
vcvtps2pd xmm1, qword [bx+si+8]
vcvtps2pd ymm1, oword [bx+si+8]
vcvtps2pd zmm1, yword [bx+si+8]
cvtpd2ps xmm1, oword [bx+si+8]
vcvtpd2ps xmm1, oword [bx+si+8]
vcvtpd2ps xmm1, yword [bx+si+8]
vcvtpd2ps ymm1, zword [bx+si+8]
cvtss2sd xmm1, dword [bx+si+8]
vcvtss2sd xmm1, xmm4, dword [bx+si+8]
cvtsd2ss xmm1, qword [bx+si+8]
vcvtsd2ss xmm1, xmm4, qword [bx+si+8]
cvtdq2ps xmm1, oword [bx+si+8]
vcvtdq2ps xmm1, oword [bx+si+8]
vcvtdq2ps ymm1, yword [bx+si+8]
vcvtdq2ps zmm1, zword [bx+si+8]
vcvtqq2ps xmm1, oword [bx+si+8]
vcvtqq2ps xmm1, yword [bx+si+8]
vcvtqq2ps ymm1, zword [bx+si+8]
cvtps2dq xmm1, oword [bx+si+8]
vcvtps2dq xmm1, oword [bx+si+8]
vcvtps2dq ymm1, yword [bx+si+8]
vcvtps2dq zmm1, zword [bx+si+8]
cvttps2dq xmm1, oword [bx+si+8]
vcvttps2dq xmm1, oword [bx+si+8]
vcvttps2dq ymm1, yword [bx+si+8]
vcvttps2dq zmm1, zword [bx+si+8]
subps xmm1, oword [bx+si+8]
vsubps xmm1, xmm4, oword [bx+si+8]
vsubps ymm1, ymm4, yword [bx+si+8]
vsubps zmm1, zmm4, zword [bx+si+8]
subpd xmm1, oword [bx+si+8]
vsubpd xmm1, xmm4, oword [bx+si+8]
vsubpd ymm1, ymm4, yword [bx+si+8]
vsubpd zmm1, zmm4, zword [bx+si+8]
subss xmm1, dword [bx+si+8]
vsubss xmm1, xmm4, dword [bx+si+8]
subsd xmm1, qword [bx+si+8]
vsubsd xmm1, xmm4, qword [bx+si+8]
minps xmm1, oword [bx+si+8]
vminps xmm1, xmm4, oword [bx+si+8]
vminps ymm1, ymm4, yword [bx+si+8]
vminps zmm1, zmm4, zword [bx+si+8]
minpd xmm1, oword [bx+si+8]
vminpd xmm1, xmm4, oword [bx+si+8]
vminpd ymm1, ymm4, yword [bx+si+8]
vminpd zmm1, zmm4, zword [bx+si+8]
minss xmm1, dword [bx+si+8]
vminss xmm1, xmm4, dword [bx+si+8]
minsd xmm1, qword [bx+si+8]
vminsd xmm1, xmm4, qword [bx+si+8]
divps xmm1, oword [bx+si+8]
vdivps xmm1, xmm4, oword [bx+si+8]
vdivps ymm1, ymm4, yword [bx+si+8]
vdivps zmm1, zmm4, zword [bx+si+8]
divpd xmm1, oword [bx+si+8]
vdivpd xmm1, xmm4, oword [bx+si+8]
vdivpd ymm1, ymm4, yword [bx+si+8]
vdivpd zmm1, zmm4, zword [bx+si+8]
divss xmm1, dword [bx+si+8]
vdivss xmm1, xmm4, dword [bx+si+8]
divsd xmm1, qword [bx+si+8]
vdivsd xmm1, xmm4, qword [bx+si+8]
maxps xmm1, oword [bx+si+8]
vmaxps xmm1, xmm4, oword [bx+si+8]
vmaxps ymm1, ymm4, yword [bx+si+8]
vmaxps zmm1, zmm4, zword [bx+si+8]
maxpd xmm1, oword [bx+si+8]
vmaxpd xmm1, xmm4, oword [bx+si+8]
vmaxpd ymm1, ymm4, yword [bx+si+8]
vmaxpd zmm1, zmm4, zword [bx+si+8]
maxss xmm1, dword [bx+si+8]
vmaxss xmm1, xmm4, dword [bx+si+8]
maxsd xmm1, qword [bx+si+8]
vmaxsd xmm1, xmm4, qword [bx+si+8]
punpcklbw xmm1, oword [bx+si+8]
vpunpcklbw xmm1, xmm4, oword [bx+si+8]
vpunpcklbw ymm1, ymm4, yword [bx+si+8]
vpunpcklbw zmm1, zmm4, zword [bx+si+8]
punpcklwd xmm1, oword [bx+si+8]
vpunpcklwd xmm1, xmm4, oword [bx+si+8]
vpunpcklwd ymm1, ymm4, yword [bx+si+8]
vpunpcklwd zmm1, zmm4, zword [bx+si+8]
punpckldq xmm1, oword [bx+si+8]
vpunpckldq xmm1, xmm4, oword [bx+si+8]
vpunpckldq ymm1, ymm4, yword [bx+si+8]
vpunpckldq zmm1, zmm4, zword [bx+si+8]
packsswb mm1, qword [bx+si+8]
packsswb xmm1, oword [bx+si+8]
vpacksswb xmm1, xmm4, oword [bx+si+8]
vpacksswb ymm1, ymm4, yword [bx+si+8]
vpacksswb zmm1, zmm4, zword [bx+si+8]
pcmpgtb mm1, qword [bx+si+8]
pcmpgtb xmm1, oword [bx+si+8]
vpcmpgtb xmm1, xmm4, oword [bx+si+8]
vpcmpgtb ymm1, ymm4, yword [bx+si+8]
vpcmpgtb k2, xmm4, oword [bx+si+8]
vpcmpgtb k2, ymm4, yword [bx+si+8]
vpcmpgtb k2, zmm4, zword [bx+si+8]
pcmpgtw mm1, qword [bx+si+8]
pcmpgtw xmm1, oword [bx+si+8]
vpcmpgtw xmm1, xmm4, oword [bx+si+8]
vpcmpgtw ymm1, ymm4, yword [bx+si+8]
vpcmpgtw k2, xmm4, oword [bx+si+8]
vpcmpgtw k2, ymm4, yword [bx+si+8]
vpcmpgtw k2, zmm4, zword [bx+si+8]
pcmpgtd mm1, qword [bx+si+8]
pcmpgtd xmm1, oword [bx+si+8]
vpcmpgtd xmm1, xmm4, oword [bx+si+8]
vpcmpgtd ymm1, ymm4, yword [bx+si+8]
vpcmpgtd k2, xmm4, oword [bx+si+8]
vpcmpgtd k2, ymm4, yword [bx+si+8]
vpcmpgtd k2, zmm4, zword [bx+si+8]
packuswb mm1, qword [bx+si+8]
packuswb xmm1, oword [bx+si+8]
vpackuswb xmm1, xmm4, oword [bx+si+8]
vpackuswb ymm1, ymm4, yword [bx+si+8]
vpackuswb zmm1, zmm4, zword [bx+si+8]
punpckhbw mm1, qword [bx+si+8]
punpckhbw xmm1, oword [bx+si+8]
vpunpckhbw xmm1, xmm4, oword [bx+si+8]
vpunpckhbw ymm1, ymm4, yword [bx+si+8]
vpunpckhbw zmm1, zmm4, zword [bx+si+8]
punpckhwd mm1, qword [bx+si+8]
punpckhwd xmm1, oword [bx+si+8]
vpunpckhwd xmm1, xmm4, oword [bx+si+8]
vpunpckhwd ymm1, ymm4, yword [bx+si+8]
vpunpckhwd zmm1, zmm4, zword [bx+si+8]
punpckhdq mm1, qword [bx+si+8]
punpckhdq xmm1, oword [bx+si+8]
vpunpckhdq xmm1, xmm4, oword [bx+si+8]
vpunpckhdq ymm1, ymm4, yword [bx+si+8]
vpunpckhdq zmm1, zmm4, zword [bx+si+8]
packssdw mm1, qword [bx+si+8]
packssdw xmm1, oword [bx+si+8]
vpackssdw xmm1, xmm4, oword [bx+si+8]
vpackssdw ymm1, ymm4, yword [bx+si+8]
vpackssdw zmm1, zmm4, zword [bx+si+8]
punpcklqdq xmm1, oword [bx+si+8]
vpunpcklqdq xmm1, xmm4, oword [bx+si+8]
vpunpcklqdq ymm1, ymm4, yword [bx+si+8]
vpunpcklqdq zmm1, zmm4, zword [bx+si+8]
punpckhqdq xmm1, oword [bx+si+8]
vpunpckhqdq xmm1, xmm4, oword [bx+si+8]
vpunpckhqdq ymm1, ymm4, yword [bx+si+8]
vpunpckhqdq zmm1, zmm4, zword [bx+si+8]
movd mm1, dword [bx+si+8]
movd xmm1, dword [bx+si+8]
movd dword [bx+si+8], mm1
movd dword [bx+si+8], xmm1
movq mm1, qword [bx+si+8]
movq xmm1, qword [bx+si+8]
movq qword [bx+si+8], mm1
movq qword [bx+si+8], xmm1
vmovd xmm1, dword [bx+si+8]
vmovd dword [bx+si+8], xmm1
vmovq xmm1, qword [bx+si+8]
vmovq qword [bx+si+8], xmm1
movdqa xmm1, oword [bx+si+8]
movdqa oword [bx+si+8], xmm1
vmovdqa xmm1, oword [bx+si+8]
vmovdqa ymm1, yword [bx+si+8]
vmovdqa oword [bx+si+8], xmm1
vmovdqa yword [bx+si+8], ymm1
vmovdqa32 xmm1, oword [bx+si+8]
vmovdqa32 ymm1, yword [bx+si+8]
vmovdqa32 zmm1, zword [bx+si+8]
vmovdqa32 oword [bx+si+8], xmm1
vmovdqa32 yword [bx+si+8], ymm1
vmovdqa32 zword [bx+si+8], zmm1
vmovdqa64 xmm1, oword [bx+si+8]
vmovdqa64 ymm1, yword [bx+si+8]
vmovdqa64 zmm1, zword [bx+si+8]
vmovdqa64 oword [bx+si+8], xmm1
vmovdqa64 yword [bx+si+8], ymm1
vmovdqa64 zword [bx+si+8], zmm1
movdqu xmm1, oword [bx+si+8]
movdqu oword [bx+si+8], xmm1
vmovdqu xmm1, oword [bx+si+8]
vmovdqu ymm1, yword [bx+si+8]
vmovdqu oword [bx+si+8], xmm1
vmovdqu yword [bx+si+8], ymm1
vmovdqu32 xmm1, oword [bx+si+8]
vmovdqu32 ymm1, yword [bx+si+8]
vmovdqu32 zmm1, zword [bx+si+8]
vmovdqu32 oword [bx+si+8], xmm1
vmovdqu32 yword [bx+si+8], ymm1
vmovdqu32 zword [bx+si+8], zmm1
vmovdqu64 xmm1, oword [bx+si+8]
vmovdqu64 ymm1, yword [bx+si+8]
vmovdqu64 zmm1, zword [bx+si+8]
vmovdqu64 oword [bx+si+8], xmm1
vmovdqu64 yword [bx+si+8], ymm1
vmovdqu64 zword [bx+si+8], zmm1
vmovdqu8 xmm1, oword [bx+si+8]
vmovdqu8 ymm1, yword [bx+si+8]
vmovdqu8 zmm1, zword [bx+si+8]
vmovdqu8 oword [bx+si+8], xmm1
vmovdqu8 yword [bx+si+8], ymm1
vmovdqu8 zword [bx+si+8], zmm1
vmovdqu16 xmm1, oword [bx+si+8]
vmovdqu16 ymm1, yword [bx+si+8]
vmovdqu16 zmm1, zword [bx+si+8]
vmovdqu16 oword [bx+si+8], xmm1
vmovdqu16 yword [bx+si+8], ymm1
vmovdqu16 zword [bx+si+8], zmm1
vpshufd xmm1, oword [bx+si+8], 5
vpshufd ymm1, yword [bx+si+8], 5
vpshufd zmm1, zword [bx+si+8], 5
vpshufhw xmm1, oword [bx+si+8], 5
vpshufhw ymm1, yword [bx+si+8], 5
vpshufhw zmm1, zword [bx+si+8], 5
vpshuflw xmm1, oword [bx+si+8], 5
vpshuflw ymm1, yword [bx+si+8], 5
vpshuflw zmm1, zword [bx+si+8], 5
psrlw mm2, 5
psrlw xmm2, 5
psrlw mm1, qword [bx+si+8]
psrlw xmm1, oword [bx+si+8]
vpsrlw xmm4, xmm2, 5
vpsrlw ymm4, ymm2, 5
vpsrlw xmm4, oword [bx+si+8], 5
vpsrlw ymm4, yword [bx+si+8], 5
vpsrlw zmm4, zword [bx+si+8], 5
vpsrlw xmm1, xmm4, oword [bx+si+8]
vpsrlw ymm1, ymm4, oword [bx+si+8]
vpsrlw zmm1, zmm4, oword [bx+si+8]
psraw mm2, 5
psraw xmm2, 5
psraw mm1, qword [bx+si+8]
psraw xmm1, oword [bx+si+8]
vpsraw xmm4, xmm2, 5
vpsraw ymm4, ymm2, 5
vpsraw xmm4, oword [bx+si+8], 5
vpsraw ymm4, yword [bx+si+8], 5
vpsraw zmm4, zword [bx+si+8], 5
vpsraw xmm1, xmm4, oword [bx+si+8]
vpsraw ymm1, ymm4, oword [bx+si+8]
vpsraw zmm1, zmm4, oword [bx+si+8]
psllw mm2, 5
psllw xmm2, 5
psllw mm1, qword [bx+si+8]
psllw xmm1, oword [bx+si+8]
vpsllw xmm4, xmm2, 5
vpsllw ymm4, ymm2, 5
vpsllw xmm4, oword [bx+si+8], 5
vpsllw ymm4, yword [bx+si+8], 5
vpsllw zmm4, zword [bx+si+8], 5
vpsllw xmm1, xmm4, oword [bx+si+8]
vpsllw ymm1, ymm4, oword [bx+si+8]
vpsllw zmm1, zmm4, oword [bx+si+8]
vprord xmm4, oword [bx+si+8], 5
vprord ymm4, yword [bx+si+8], 5
vprord zmm4, zword [bx+si+8], 5
vprorq xmm4, oword [bx+si+8], 5
vprorq ymm4, yword [bx+si+8], 5
vprorq zmm4, zword [bx+si+8], 5
vprold xmm4, oword [bx+si+8], 5
vprold ymm4, yword [bx+si+8], 5
vprold zmm4, zword [bx+si+8], 5
vprolq xmm4, oword [bx+si+8], 5
vprolq ymm4, yword [bx+si+8], 5
vprolq zmm4, zword [bx+si+8], 5
psrld mm2, 5
psrld xmm2, 5
psrld mm1, qword [bx+si+8]
psrld xmm1, oword [bx+si+8]
vpsrld xmm4, xmm2, 5
vpsrld ymm4, ymm2, 5
vpsrld xmm4, oword [bx+si+8], 5
vpsrld ymm4, yword [bx+si+8], 5
vpsrld zmm4, zword [bx+si+8], 5
vpsrld xmm1, xmm4, oword [bx+si+8]
vpsrld ymm1, ymm4, oword [bx+si+8]
vpsrld zmm1, zmm4, oword [bx+si+8]
psrad mm2, 5
psrad xmm2, 5
psrad mm1, qword [bx+si+8]
psrad xmm1, oword [bx+si+8]
vpsrad xmm4, xmm2, 5
vpsrad ymm4, ymm2, 5
vpsrad xmm4, oword [bx+si+8], 5
vpsrad ymm4, yword [bx+si+8], 5
vpsrad zmm4, zword [bx+si+8], 5
vpsrad xmm1, xmm4, oword [bx+si+8]
vpsrad ymm1, ymm4, oword [bx+si+8]
vpsrad zmm1, zmm4, oword [bx+si+8]
vpsraq xmm4, oword [bx+si+8], 5
vpsraq ymm4, yword [bx+si+8], 5
vpsraq zmm4, zword [bx+si+8], 5
vpsraq xmm1, xmm4, oword [bx+si+8]
vpsraq ymm1, ymm4, oword [bx+si+8]
vpsraq zmm1, zmm4, oword [bx+si+8]
pslld mm2, 5
pslld xmm2, 5
pslld mm1, qword [bx+si+8]
pslld xmm1, oword [bx+si+8]
vpslld xmm4, xmm2, 5
vpslld ymm4, ymm2, 5
vpslld xmm4, oword [bx+si+8], 5
vpslld ymm4, yword [bx+si+8], 5
vpslld zmm4, zword [bx+si+8], 5
vpslld xmm1, xmm4, oword [bx+si+8]
vpslld ymm1, ymm4, oword [bx+si+8]
vpslld zmm1, zmm4, oword [bx+si+8]
psrlq mm2, 5
psrlq xmm2, 5
psrlq mm1, qword [bx+si+8]
psrlq xmm1, oword [bx+si+8]
vpsrlq xmm4, xmm2, 5
vpsrlq ymm4, ymm2, 5
vpsrlq xmm4, oword [bx+si+8], 5
vpsrlq ymm4, yword [bx+si+8], 5
vpsrlq zmm4, zword [bx+si+8], 5
vpsrlq xmm1, xmm4, oword [bx+si+8]
vpsrlq ymm1, ymm4, oword [bx+si+8]
vpsrlq zmm1, zmm4, oword [bx+si+8]
psrldq xmm2, 5
vpsrldq xmm4, xmm2, 5
vpsrldq ymm4, ymm2, 5
vpsrldq xmm4, oword [bx+si+8], 5
vpsrldq ymm4, yword [bx+si+8], 5
vpsrldq zmm4, zword [bx+si+8], 5
psllq mm2, 5
psllq xmm2, 5
psllq mm1, qword [bx+si+8]
psllq xmm1, oword [bx+si+8]
vpsllq xmm4, xmm2, 5
vpsllq ymm4, ymm2, 5
vpsllq xmm4, oword [bx+si+8], 5
vpsllq ymm4, yword [bx+si+8], 5
vpsllq zmm4, zword [bx+si+8], 5
vpsllq xmm1, xmm4, oword [bx+si+8]
vpsllq ymm1, ymm4, oword [bx+si+8]
vpsllq zmm1, zmm4, oword [bx+si+8]
pslldq xmm2, 5
vpslldq xmm4, xmm2, 5
vpslldq ymm4, ymm2, 5
vpslldq xmm4, oword [bx+si+8], 5
vpslldq ymm4, yword [bx+si+8], 5
vpslldq zmm4, zword [bx+si+8], 5
pcmpeqb mm1, qword [bx+si+8]
pcmpeqb xmm1, oword [bx+si+8]
vpcmpeqb xmm1, xmm4, oword [bx+si+8]
vpcmpeqb ymm1, ymm4, yword [bx+si+8]
vpcmpeqb k2, xmm4, oword [bx+si+8]
vpcmpeqb k2, ymm4, yword [bx+si+8]
vpcmpeqb k2, zmm4, zword [bx+si+8]
pcmpeqw mm1, qword [bx+si+8]
pcmpeqw xmm1, oword [bx+si+8]
vpcmpeqw xmm1, xmm4, oword [bx+si+8]
vpcmpeqw ymm1, ymm4, yword [bx+si+8]
vpcmpeqw k2, xmm4, oword [bx+si+8]
vpcmpeqw k2, ymm4, yword [bx+si+8]
vpcmpeqw k2, zmm4, zword [bx+si+8]
pcmpeqd mm1, qword [bx+si+8]
pcmpeqd xmm1, oword [bx+si+8]
vpcmpeqd xmm1, xmm4, oword [bx+si+8]
vpcmpeqd ymm1, ymm4, yword [bx+si+8]
vpcmpeqd k2, xmm4, oword [bx+si+8]
vpcmpeqd k2, ymm4, yword [bx+si+8]
vpcmpeqd k2, zmm4, zword [bx+si+8]
emms
vzeroupper
vzeroall
vmread dword [bx+si+8], esi
vcvttps2udq xmm1, oword [bx+si+8]
vcvttps2udq ymm1, yword [bx+si+8]
vcvttps2udq zmm1, zword [bx+si+8]
vcvttpd2udq xmm1, oword [bx+si+8]
vcvttpd2udq xmm1, yword [bx+si+8]
vcvttpd2udq ymm1, zword [bx+si+8]
extrq xmm2, 5, 5
extrq xmm1, xmm2
vcvttps2uqq xmm1, qword [bx+si+8]
vcvttps2uqq ymm1, oword [bx+si+8]
vcvttps2uqq zmm1, yword [bx+si+8]
vcvttpd2uqq xmm1, oword [bx+si+8]
vcvttpd2uqq ymm1, yword [bx+si+8]
vcvttpd2uqq zmm1, zword [bx+si+8]
vcvttss2usi esi, dword [bx+si+8]
insertq xmm1, xmm2, 5, 5
insertq xmm1, xmm2
vcvttsd2usi esi, qword [bx+si+8]
vmwrite esi, dword [bx+si+8]
vcvtps2udq xmm1, oword [bx+si+8]
vcvtps2udq ymm1, yword [bx+si+8]
vcvtps2udq zmm1, zword [bx+si+8]
vcvtpd2udq xmm1, oword [bx+si+8]
vcvtpd2udq xmm1, yword [bx+si+8]
vcvtpd2udq ymm1, zword [bx+si+8]
vcvtps2uqq xmm1, qword [bx+si+8]
vcvtps2uqq ymm1, oword [bx+si+8]
vcvtps2uqq zmm1, yword [bx+si+8]
vcvtpd2uqq xmm1, oword [bx+si+8]
vcvtpd2uqq ymm1, yword [bx+si+8]
vcvtpd2uqq zmm1, zword [bx+si+8]
vcvtss2usi esi, dword [bx+si+8]
vcvtsd2usi esi, qword [bx+si+8]
vcvttps2qq xmm1, qword [bx+si+8]
vcvttps2qq ymm1, oword [bx+si+8]
vcvttps2qq zmm1, yword [bx+si+8]
vcvttpd2qq xmm1, oword [bx+si+8]
vcvttpd2qq ymm1, yword [bx+si+8]
vcvttpd2qq zmm1, zword [bx+si+8]
vcvtudq2pd xmm1, qword [bx+si+8]
vcvtudq2pd ymm1, oword [bx+si+8]
vcvtudq2pd zmm1, yword [bx+si+8]
vcvtuqq2pd xmm1, oword [bx+si+8]
vcvtuqq2pd ymm1, yword [bx+si+8]
vcvtuqq2pd zmm1, zword [bx+si+8]
vcvtudq2ps xmm1, oword [bx+si+8]
vcvtudq2ps ymm1, yword [bx+si+8]
vcvtudq2ps zmm1, zword [bx+si+8]
vcvtuqq2ps xmm1, oword [bx+si+8]
vcvtuqq2ps xmm1, yword [bx+si+8]
vcvtuqq2ps ymm1, zword [bx+si+8]
vcvtps2qq xmm1, qword [bx+si+8]
vcvtps2qq ymm1, oword [bx+si+8]
vcvtps2qq zmm1, yword [bx+si+8]
vcvtpd2qq xmm1, oword [bx+si+8]
vcvtpd2qq ymm1, yword [bx+si+8]
vcvtpd2qq zmm1, zword [bx+si+8]
vcvtusi2ss xmm1, xmm4, dword [bx+si+8]
vcvtusi2sd xmm1, xmm4, dword [bx+si+8]
haddpd xmm1, oword [bx+si+8]
vhaddpd xmm1, xmm4, oword [bx+si+8]
vhaddpd ymm1, ymm4, yword [bx+si+8]
haddps xmm1, oword [bx+si+8]
vhaddps xmm1, xmm4, oword [bx+si+8]
vhaddps ymm1, ymm4, yword [bx+si+8]
hsubpd xmm1, oword [bx+si+8]
vhsubpd xmm1, xmm4, oword [bx+si+8]
vhsubpd ymm1, ymm4, yword [bx+si+8]
hsubps xmm1, oword [bx+si+8]
vhsubps xmm1, xmm4, oword [bx+si+8]
vhsubps ymm1, ymm4, yword [bx+si+8]
seto byte [bx+si+8]
setno byte [bx+si+8]
setb byte [bx+si+8]
setae byte [bx+si+8]
sete byte [bx+si+8]
setne byte [bx+si+8]
setbe byte [bx+si+8]
seta byte [bx+si+8]
sets byte [bx+si+8]
setns byte [bx+si+8]
setp byte [bx+si+8]
setnp byte [bx+si+8]
setl byte [bx+si+8]
setge byte [bx+si+8]
setle byte [bx+si+8]
setg byte [bx+si+8]
kmovw k2, word [bx+si+8]
kmovw word [bx+si+8], k2
kmovw k2, esi
kmovw esi, k3
kmovq k2, qword [bx+si+8]
kmovq qword [bx+si+8], k2
kmovb k2, byte [bx+si+8]
kmovb byte [bx+si+8], k2
kmovb k2, esi
kmovb esi, k3
kmovd k2, dword [bx+si+8]
kmovd dword [bx+si+8], k2
kmovd k2, esi
kmovd esi, k3
kortestw k2, k3
kortestq k2, k3
kortestb k2, k3
kortestd k2, k3
ktestw k2, k3
ktestq k2, k3
ktestb k2, k3
ktestd k2, k3
cpuid
bt word [bx+si+8], dx
bt dword [bx+si+8], esi
bt word [bx+si+8], 5
bt dword [bx+si+8], 5
shld word [bx+si+8], dx, 5
shld dword [bx+si+8], esi, 5
shld word [bx+si+8], dx, cl
shld dword [bx+si+8], esi, cl
montmul
xsha1
xsha256
xstore
xcryptecb
xcryptcbc
xcryptctr
xcryptcfb
xcryptofb
rsm
bts word [bx+si+8], dx
bts dword [bx+si+8], esi
bts word [bx+si+8], 5
bts dword [bx+si+8], 5
shrd word [bx+si+8], dx, 5
shrd dword [bx+si+8], esi, 5
shrd word [bx+si+8], dx, cl
shrd dword [bx+si+8], esi, cl
fxsave [bx+si+8]
fxrstor [bx+si+8]
ldmxcsr dword [bx+si+8]
vldmxcsr dword [bx+si+8]
stmxcsr dword [bx+si+8]
vstmxcsr dword [bx+si+8]
xsave [bx+si+8]
xrstor [bx+si+8]
xsaveopt [bx+si+8]
tpause esi
clrssbsy qword [bx+si+8]
umonitor dx
umonitor esi
umwait esi
lfence
mfence
sfence
cmpxchg byte [bx+si+8], cl
cmpxchg word [bx+si+8], dx
cmpxchg dword [bx+si+8], esi
lss esi, [bx+si+8]
btr word [bx+si+8], dx
btr dword [bx+si+8], esi
btr word [bx+si+8], 5
btr dword [bx+si+8], 5
lfs esi, [bx+si+8]
lgs esi, [bx+si+8]
movzx dx, byte [bx+si+8]
movzx esi, byte [bx+si+8]
movzx esi, word [bx+si+8]
popcnt dx, word [bx+si+8]
popcnt esi, dword [bx+si+8]
ud1 dx, word [bx+si+8]
ud1 esi, dword [bx+si+8]
btc word [bx+si+8], 5
btc dword [bx+si+8], 5
btc word [bx+si+8], dx
btc dword [bx+si+8], esi
bsf dx, word [bx+si+8]
bsf esi, dword [bx+si+8]
tzcnt dx, word [bx+si+8]
tzcnt esi, dword [bx+si+8]
bsr dx, word [bx+si+8]
bsr esi, dword [bx+si+8]
lzcnt dx, word [bx+si+8]
lzcnt esi, dword [bx+si+8]
movsx dx, byte [bx+si+8]
movsx esi, byte [bx+si+8]
movsx esi, word [bx+si+8]
xadd byte [bx+si+8], cl
xadd word [bx+si+8], dx
xadd dword [bx+si+8], esi
cmpps xmm1, oword [bx+si+8], 5
vcmpps xmm1, xmm4, oword [bx+si+8], 5
vcmpps ymm1, ymm4, yword [bx+si+8], 5
vcmpps k2, xmm4, oword [bx+si+8], 5
vcmpps k2, ymm4, yword [bx+si+8], 5
vcmpps k2, zmm4, zword [bx+si+8], 5
cmppd xmm1, oword [bx+si+8], 5
vcmppd xmm1, xmm4, oword [bx+si+8], 5
vcmppd ymm1, ymm4, yword [bx+si+8], 5
vcmppd k2, xmm4, oword [bx+si+8], 5
vcmppd k2, ymm4, yword [bx+si+8], 5
vcmppd k2, zmm4, zword [bx+si+8], 5
cmpss xmm1, dword [bx+si+8], 5
vcmpss k2, xmm4, dword [bx+si+8], 5
vcmpsd xmm1, xmm4, qword [bx+si+8], 5
vcmpsd k2, xmm4, qword [bx+si+8], 5
movnti dword [bx+si+8], esi
pinsrw mm1, word [bx+si+8], 5
pinsrw xmm1, word [bx+si+8], 5
vpinsrw xmm1, xmm4, word [bx+si+8], 5
pextrw esi, mm2, 5
pextrw esi, xmm2, 5
pextrw word [bx+si+8], xmm1, 5
vpextrw esi, xmm2, 5
vpextrw word [bx+si+8], xmm1, 5
shufps xmm1, oword [bx+si+8], 5
vshufps xmm1, xmm4, oword [bx+si+8], 5
vshufps ymm1, ymm4, yword [bx+si+8], 5
vshufps zmm1, zmm4, zword [bx+si+8], 5
shufpd xmm1, oword [bx+si+8], 5
vshufpd xmm1, xmm4, oword [bx+si+8], 5
vshufpd ymm1, ymm4, yword [bx+si+8], 5
vshufpd zmm1, zmm4, zword [bx+si+8], 5
cmpxchg8b qword [bx+si+8]
xrstors [bx+si+8]
xsavec [bx+si+8]
xsaves [bx+si+8]
rdrand dx
rdrand esi
rdseed dx
rdseed esi
rdpid esi
bswap esi
addsubpd xmm1, oword [bx+si+8]
vaddsubpd xmm1, xmm4, oword [bx+si+8]
vaddsubpd ymm1, ymm4, yword [bx+si+8]
addsubps xmm1, oword [bx+si+8]
vaddsubps xmm1, xmm4, oword [bx+si+8]
vaddsubps ymm1, ymm4, yword [bx+si+8]
paddq mm1, qword [bx+si+8]
paddq xmm1, oword [bx+si+8]
vpaddq xmm1, xmm4, oword [bx+si+8]
vpaddq ymm1, ymm4, yword [bx+si+8]
vpaddq zmm1, zmm4, zword [bx+si+8]
pmullw mm1, qword [bx+si+8]
pmullw xmm1, oword [bx+si+8]
vpmullw xmm1, xmm4, oword [bx+si+8]
vpmullw ymm1, ymm4, yword [bx+si+8]
vpmullw zmm1, zmm4, zword [bx+si+8]
movq2dq xmm1, mm2
movdq2q mm1, xmm2
pmovmskb esi, mm2
pmovmskb esi, xmm2
vpmovmskb esi, xmm2
vpmovmskb esi, ymm2
psubusb mm1, qword [bx+si+8]
psubusb xmm1, oword [bx+si+8]
vpsubusb xmm1, xmm4, oword [bx+si+8]
vpsubusb ymm1, ymm4, yword [bx+si+8]
vpsubusb zmm1, zmm4, zword [bx+si+8]
psubusw mm1, qword [bx+si+8]
psubusw xmm1, oword [bx+si+8]
vpsubusw xmm1, xmm4, oword [bx+si+8]
vpsubusw ymm1, ymm4, yword [bx+si+8]
vpsubusw zmm1, zmm4, zword [bx+si+8]
pminub mm1, qword [bx+si+8]
pminub xmm1, oword [bx+si+8]
vpminub xmm1, xmm4, oword [bx+si+8]
vpminub ymm1, ymm4, yword [bx+si+8]
vpminub zmm1, zmm4, zword [bx+si+8]
pand mm1, qword [bx+si+8]
pand xmm1, oword [bx+si+8]
vpand xmm1, xmm4, oword [bx+si+8]
vpand ymm1, ymm4, yword [bx+si+8]
vpandd xmm1, xmm4, oword [bx+si+8]
vpandd ymm1, ymm4, yword [bx+si+8]
vpandd zmm1, zmm4, zword [bx+si+8]
vpandq xmm1, xmm4, oword [bx+si+8]
vpandq ymm1, ymm4, yword [bx+si+8]
vpandq zmm1, zmm4, zword [bx+si+8]
paddusb mm1, qword [bx+si+8]
paddusb xmm1, oword [bx+si+8]
vpaddusb xmm1, xmm4, oword [bx+si+8]
vpaddusb ymm1, ymm4, yword [bx+si+8]
vpaddusb zmm1, zmm4, zword [bx+si+8]
paddusw mm1, qword [bx+si+8]
paddusw xmm1, oword [bx+si+8]
vpaddusw xmm1, xmm4, oword [bx+si+8]
vpaddusw ymm1, ymm4, yword [bx+si+8]
vpaddusw zmm1, zmm4, zword [bx+si+8]
pmaxub mm1, qword [bx+si+8]
pmaxub xmm1, oword [bx+si+8]
vpmaxub xmm1, xmm4, oword [bx+si+8]
vpmaxub ymm1, ymm4, yword [bx+si+8]
vpmaxub zmm1, zmm4, zword [bx+si+8]
pandn mm1, qword [bx+si+8]
pandn xmm1, oword [bx+si+8]
vpandn xmm1, xmm4, oword [bx+si+8]
vpandn ymm1, ymm4, yword [bx+si+8]
vpandnd xmm1, xmm4, oword [bx+si+8]
vpandnd ymm1, ymm4, yword [bx+si+8]
vpandnd zmm1, zmm4, zword [bx+si+8]
vpandnq xmm1, xmm4, oword [bx+si+8]
vpandnq ymm1, ymm4, yword [bx+si+8]
vpandnq zmm1, zmm4, zword [bx+si+8]
pavgb mm1, qword [bx+si+8]
pavgb xmm1, oword [bx+si+8]
vpavgb xmm1, xmm4, oword [bx+si+8]
vpavgb ymm1, ymm4, yword [bx+si+8]
vpavgb zmm1, zmm4, zword [bx+si+8]
pavgw mm1, qword [bx+si+8]
pavgw xmm1, oword [bx+si+8]
vpavgw xmm1, xmm4, oword [bx+si+8]
vpavgw ymm1, ymm4, yword [bx+si+8]
vpavgw zmm1, zmm4, zword [bx+si+8]
pmulhuw mm1, qword [bx+si+8]
pmulhuw xmm1, oword [bx+si+8]
vpmulhuw xmm1, xmm4, oword [bx+si+8]
vpmulhuw ymm1, ymm4, yword [bx+si+8]
vpmulhuw zmm1, zmm4, zword [bx+si+8]
pmulhw mm1, qword [bx+si+8]
pmulhw xmm1, oword [bx+si+8]
vpmulhw xmm1, xmm4, oword [bx+si+8]
vpmulhw ymm1, ymm4, yword [bx+si+8]
vpmulhw zmm1, zmm4, zword [bx+si+8]
cvttpd2dq xmm1, oword [bx+si+8]
vcvttpd2dq xmm1, oword [bx+si+8]
vcvttpd2dq xmm1, yword [bx+si+8]
vcvttpd2dq ymm1, zword [bx+si+8]
cvtdq2pd xmm1, qword [bx+si+8]
vcvtdq2pd xmm1, qword [bx+si+8]
vcvtdq2pd ymm1, oword [bx+si+8]
vcvtdq2pd zmm1, yword [bx+si+8]
vcvtqq2pd xmm1, oword [bx+si+8]
vcvtqq2pd ymm1, yword [bx+si+8]
vcvtqq2pd zmm1, zword [bx+si+8]
cvtpd2dq xmm1, oword [bx+si+8]
vcvtpd2dq xmm1, oword [bx+si+8]
vcvtpd2dq xmm1, yword [bx+si+8]
vcvtpd2dq ymm1, zword [bx+si+8]
movntq qword [bx+si+8], mm1
movntdq oword [bx+si+8], xmm1
vmovntdq oword [bx+si+8], xmm1
vmovntdq yword [bx+si+8], ymm1
vmovntdq zword [bx+si+8], zmm1
psubsb mm1, qword [bx+si+8]
psubsb xmm1, oword [bx+si+8]
vpsubsb xmm1, xmm4, oword [bx+si+8]
vpsubsb ymm1, ymm4, yword [bx+si+8]
vpsubsb zmm1, zmm4, zword [bx+si+8]
psubsw mm1, qword [bx+si+8]
psubsw xmm1, oword [bx+si+8]
vpsubsw xmm1, xmm4, oword [bx+si+8]
vpsubsw ymm1, ymm4, yword [bx+si+8]
vpsubsw zmm1, zmm4, zword [bx+si+8]
pminsw mm1, qword [bx+si+8]
pminsw xmm1, oword [bx+si+8]
vpminsw xmm1, xmm4, oword [bx+si+8]
vpminsw ymm1, ymm4, yword [bx+si+8]
vpminsw zmm1, zmm4, zword [bx+si+8]
por mm1, qword [bx+si+8]
por xmm1, oword [bx+si+8]
vpor xmm1, xmm4, oword [bx+si+8]
vpor ymm1, ymm4, yword [bx+si+8]
vpord xmm1, xmm4, oword [bx+si+8]
vpord ymm1, ymm4, yword [bx+si+8]
vpord zmm1, zmm4, zword [bx+si+8]
vporq xmm1, xmm4, oword [bx+si+8]
vporq ymm1, ymm4, yword [bx+si+8]
vporq zmm1, zmm4, zword [bx+si+8]
paddsb mm1, qword [bx+si+8]
paddsb xmm1, oword [bx+si+8]
vpaddsb xmm1, xmm4, oword [bx+si+8]
vpaddsb ymm1, ymm4, yword [bx+si+8]
vpaddsb zmm1, zmm4, zword [bx+si+8]
paddsw mm1, qword [bx+si+8]
paddsw xmm1, oword [bx+si+8]
vpaddsw xmm1, xmm4, oword [bx+si+8]
vpaddsw ymm1, ymm4, yword [bx+si+8]
vpaddsw zmm1, zmm4, zword [bx+si+8]
pmaxsw mm1, qword [bx+si+8]
pmaxsw xmm1, oword [bx+si+8]
vpmaxsw xmm1, xmm4, oword [bx+si+8]
vpmaxsw ymm1, ymm4, yword [bx+si+8]
vpmaxsw zmm1, zmm4, zword [bx+si+8]
pxor mm1, qword [bx+si+8]
pxor xmm1, oword [bx+si+8]
vpxor xmm1, xmm4, oword [bx+si+8]
vpxor ymm1, ymm4, yword [bx+si+8]
vpxord xmm1, xmm4, oword [bx+si+8]
vpxord ymm1, ymm4, yword [bx+si+8]
vpxord zmm1, zmm4, zword [bx+si+8]
vpxorq xmm1, xmm4, oword [bx+si+8]
vpxorq ymm1, ymm4, yword [bx+si+8]
vpxorq zmm1, zmm4, zword [bx+si+8]
lddqu xmm1, oword [bx+si+8]
vlddqu xmm1, oword [bx+si+8]
vlddqu ymm1, yword [bx+si+8]
pmuludq xmm1, oword [bx+si+8]
vpmuludq xmm1, xmm4, oword [bx+si+8]
vpmuludq ymm1, ymm4, yword [bx+si+8]
vpmuludq zmm1, zmm4, zword [bx+si+8]
pmaddwd mm1, qword [bx+si+8]
pmaddwd xmm1, oword [bx+si+8]
vpmaddwd xmm1, xmm4, oword [bx+si+8]
vpmaddwd ymm1, ymm4, yword [bx+si+8]
vpmaddwd zmm1, zmm4, zword [bx+si+8]
psadbw mm1, qword [bx+si+8]
psadbw xmm1, oword [bx+si+8]
vpsadbw xmm1, xmm4, oword [bx+si+8]
vpsadbw ymm1, ymm4, yword [bx+si+8]
vpsadbw zmm1, zmm4, zword [bx+si+8]
psubb mm1, qword [bx+si+8]
psubb xmm1, oword [bx+si+8]
vpsubb xmm1, xmm4, oword [bx+si+8]
vpsubb ymm1, ymm4, yword [bx+si+8]
vpsubb zmm1, zmm4, zword [bx+si+8]
psubw mm1, qword [bx+si+8]
psubw xmm1, oword [bx+si+8]
vpsubw xmm1, xmm4, oword [bx+si+8]
vpsubw ymm1, ymm4, yword [bx+si+8]
vpsubw zmm1, zmm4, zword [bx+si+8]
psubd mm1, qword [bx+si+8]
psubd xmm1, oword [bx+si+8]
vpsubd xmm1, xmm4, oword [bx+si+8]
vpsubd ymm1, ymm4, yword [bx+si+8]
vpsubd zmm1, zmm4, zword [bx+si+8]
psubq xmm1, oword [bx+si+8]
vpsubq xmm1, xmm4, oword [bx+si+8]
vpsubq ymm1, ymm4, yword [bx+si+8]
vpsubq zmm1, zmm4, zword [bx+si+8]
paddb mm1, qword [bx+si+8]
paddb xmm1, oword [bx+si+8]
vpaddb xmm1, xmm4, oword [bx+si+8]
vpaddb ymm1, ymm4, yword [bx+si+8]
vpaddb zmm1, zmm4, zword [bx+si+8]
paddw mm1, qword [bx+si+8]
paddw xmm1, oword [bx+si+8]
vpaddw xmm1, xmm4, oword [bx+si+8]
vpaddw ymm1, ymm4, yword [bx+si+8]
vpaddw zmm1, zmm4, zword [bx+si+8]
paddd mm1, qword [bx+si+8]
paddd xmm1, oword [bx+si+8]
vpaddd xmm1, xmm4, oword [bx+si+8]
vpaddd ymm1, ymm4, yword [bx+si+8]
vpaddd zmm1, zmm4, zword [bx+si+8]
ud0 dx, word [bx+si+8]
ud0 esi, dword [bx+si+8]
ud0
pshufb mm1, qword [bx+si+8]
pshufb xmm1, oword [bx+si+8]
vpshufb xmm1, xmm4, oword [bx+si+8]
vpshufb ymm1, ymm4, yword [bx+si+8]
vpshufb zmm1, zmm4, zword [bx+si+8]
phaddw mm1, qword [bx+si+8]
phaddw xmm1, oword [bx+si+8]
vphaddw xmm1, xmm4, oword [bx+si+8]
vphaddw ymm1, ymm4, yword [bx+si+8]
phaddd mm1, qword [bx+si+8]
phaddd xmm1, oword [bx+si+8]
vphaddd xmm1, xmm4, oword [bx+si+8]
vphaddd ymm1, ymm4, yword [bx+si+8]
phaddsw mm1, qword [bx+si+8]
phaddsw xmm1, oword [bx+si+8]
vphaddsw xmm1, xmm4, oword [bx+si+8]
vphaddsw ymm1, ymm4, yword [bx+si+8]
pmaddubsw mm1, qword [bx+si+8]
pmaddubsw xmm1, oword [bx+si+8]
vpmaddubsw xmm1, xmm4, oword [bx+si+8]
vpmaddubsw ymm1, ymm4, yword [bx+si+8]
vpmaddubsw zmm1, zmm4, zword [bx+si+8]
phsubw mm1, qword [bx+si+8]
phsubw xmm1, oword [bx+si+8]
vphsubw xmm1, xmm4, oword [bx+si+8]
vphsubw ymm1, ymm4, yword [bx+si+8]
phsubd mm1, qword [bx+si+8]
phsubd xmm1, oword [bx+si+8]
vphsubd xmm1, xmm4, oword [bx+si+8]
vphsubd ymm1, ymm4, yword [bx+si+8]
phsubsw mm1, qword [bx+si+8]
phsubsw xmm1, oword [bx+si+8]
vphsubsw xmm1, xmm4, oword [bx+si+8]
vphsubsw ymm1, ymm4, yword [bx+si+8]
psignb mm1, qword [bx+si+8]
psignb xmm1, oword [bx+si+8]
vpsignb xmm1, xmm4, oword [bx+si+8]
vpsignb ymm1, ymm4, yword [bx+si+8]
psignw mm1, qword [bx+si+8]
psignw xmm1, oword [bx+si+8]
vpsignw xmm1, xmm4, oword [bx+si+8]
vpsignw ymm1, ymm4, yword [bx+si+8]
psignd mm1, qword [bx+si+8]
psignd xmm1, oword [bx+si+8]
vpsignd xmm1, xmm4, oword [bx+si+8]
vpsignd ymm1, ymm4, yword [bx+si+8]
pmulhrsw mm1, qword [bx+si+8]
pmulhrsw xmm1, oword [bx+si+8]
vpmulhrsw xmm1, xmm4, oword [bx+si+8]
vpmulhrsw ymm1, ymm4, yword [bx+si+8]
vpmulhrsw zmm1, zmm4, zword [bx+si+8]
vpermilps xmm1, xmm4, oword [bx+si+8]
vpermilps ymm1, ymm4, yword [bx+si+8]
vpermilps zmm1, zmm4, zword [bx+si+8]
vpermilps xmm1, oword [bx+si+8], 5
vpermilps ymm1, yword [bx+si+8], 5
vpermilps zmm1, zword [bx+si+8], 5
vpermilpd xmm1, xmm4, oword [bx+si+8]
vpermilpd ymm1, ymm4, yword [bx+si+8]
vpermilpd zmm1, zmm4, zword [bx+si+8]
vpermilpd xmm1, oword [bx+si+8], 5
vpermilpd ymm1, yword [bx+si+8], 5
vpermilpd zmm1, zword [bx+si+8], 5
vtestps xmm1, oword [bx+si+8]
vtestps ymm1, yword [bx+si+8]
vtestpd xmm1, oword [bx+si+8]
vtestpd ymm1, yword [bx+si+8]
pblendvb xmm1, oword [bx+si+8]
vpsrlvw xmm1, xmm4, oword [bx+si+8]
vpsrlvw ymm1, ymm4, yword [bx+si+8]
vpsrlvw zmm1, zmm4, zword [bx+si+8]
vpmovuswb qword [bx+si+8], xmm1
vpmovuswb oword [bx+si+8], ymm1
vpmovuswb yword [bx+si+8], zmm1
vpsravw xmm1, xmm4, oword [bx+si+8]
vpsravw ymm1, ymm4, yword [bx+si+8]
vpsravw zmm1, zmm4, zword [bx+si+8]
vpmovusdb dword [bx+si+8], xmm1
vpmovusdb qword [bx+si+8], ymm1
vpmovusdb oword [bx+si+8], zmm1
vpsllvw xmm1, xmm4, oword [bx+si+8]
vpsllvw ymm1, ymm4, yword [bx+si+8]
vpsllvw zmm1, zmm4, zword [bx+si+8]
vpmovusqb word [bx+si+8], xmm1
vpmovusqb dword [bx+si+8], ymm1
vpmovusqb qword [bx+si+8], zmm1
vcvtph2ps xmm1, qword [bx+si+8]
vcvtph2ps ymm1, oword [bx+si+8]
vcvtph2ps zmm1, yword [bx+si+8]
vpmovusdw qword [bx+si+8], xmm1
vpmovusdw oword [bx+si+8], ymm1
vpmovusdw yword [bx+si+8], zmm1
blendvps xmm1, oword [bx+si+8]
vprorvd xmm1, xmm4, oword [bx+si+8]
vprorvd ymm1, ymm4, yword [bx+si+8]
vprorvd zmm1, zmm4, zword [bx+si+8]
vprorvq xmm1, xmm4, oword [bx+si+8]
vprorvq ymm1, ymm4, yword [bx+si+8]
vprorvq zmm1, zmm4, zword [bx+si+8]
vpmovusqw dword [bx+si+8], xmm1
vpmovusqw qword [bx+si+8], ymm1
vpmovusqw oword [bx+si+8], zmm1
blendvpd xmm1, oword [bx+si+8]
vprolvd xmm1, xmm4, oword [bx+si+8]
vprolvd ymm1, ymm4, yword [bx+si+8]
vprolvd zmm1, zmm4, zword [bx+si+8]
vprolvq xmm1, xmm4, oword [bx+si+8]
vprolvq ymm1, ymm4, yword [bx+si+8]
vprolvq zmm1, zmm4, zword [bx+si+8]
vpmovusqd qword [bx+si+8], xmm1
vpmovusqd oword [bx+si+8], ymm1
vpmovusqd yword [bx+si+8], zmm1
vpermps ymm1, ymm4, yword [bx+si+8]
vpermps zmm1, zmm4, zword [bx+si+8]
vpermpd ymm1, ymm4, yword [bx+si+8]
vpermpd zmm1, zmm4, zword [bx+si+8]
vpermpd ymm1, yword [bx+si+8], 5
vpermpd zmm1, zword [bx+si+8], 5
ptest xmm1, oword [bx+si+8]
vptest xmm1, oword [bx+si+8]
vptest ymm1, yword [bx+si+8]
vbroadcastss xmm1, dword [bx+si+8]
vbroadcastss ymm1, dword [bx+si+8]
vbroadcastss zmm1, dword [bx+si+8]
vbroadcastss xmm1, xmm2
vbroadcastss ymm1, xmm2
vbroadcastsd ymm1, qword [bx+si+8]
vbroadcastsd zmm1, qword [bx+si+8]
vbroadcastsd ymm1, xmm2
vbroadcastf32x2 ymm1, qword [bx+si+8]
vbroadcastf32x2 zmm1, qword [bx+si+8]
vbroadcastf128 ymm1, oword [bx+si+8]
vbroadcastf32x4 ymm1, oword [bx+si+8]
vbroadcastf32x4 zmm1, oword [bx+si+8]
vbroadcastf64x2 ymm1, oword [bx+si+8]
vbroadcastf64x2 zmm1, oword [bx+si+8]
vbroadcastf32x8 zmm1, yword [bx+si+8]
vbroadcastf64x4 zmm1, yword [bx+si+8]
pabsb mm1, qword [bx+si+8]
pabsb xmm1, oword [bx+si+8]
vpabsb xmm1, oword [bx+si+8]
vpabsb ymm1, yword [bx+si+8]
vpabsb zmm1, zword [bx+si+8]
pabsw mm1, qword [bx+si+8]
pabsw xmm1, oword [bx+si+8]
vpabsw xmm1, oword [bx+si+8]
vpabsw ymm1, yword [bx+si+8]
vpabsw zmm1, zword [bx+si+8]
pabsd mm1, qword [bx+si+8]
pabsd xmm1, oword [bx+si+8]
vpabsd xmm1, oword [bx+si+8]
vpabsd ymm1, yword [bx+si+8]
vpabsd zmm1, zword [bx+si+8]
vpabsq xmm1, oword [bx+si+8]
vpabsq ymm1, yword [bx+si+8]
vpabsq zmm1, zword [bx+si+8]
pmovsxbw xmm1, qword [bx+si+8]
vpmovsxbw xmm1, qword [bx+si+8]
vpmovsxbw ymm1, oword [bx+si+8]
vpmovsxbw zmm1, yword [bx+si+8]
vpmovswb qword [bx+si+8], xmm1
vpmovswb oword [bx+si+8], ymm1
vpmovswb yword [bx+si+8], zmm1
pmovsxbd xmm1, dword [bx+si+8]
vpmovsxbd xmm1, dword [bx+si+8]
vpmovsxbd ymm1, qword [bx+si+8]
vpmovsxbd zmm1, oword [bx+si+8]
vpmovsdb dword [bx+si+8], xmm1
vpmovsdb qword [bx+si+8], ymm1
vpmovsdb oword [bx+si+8], zmm1
pmovsxbq xmm1, word [bx+si+8]
vpmovsxbq xmm1, word [bx+si+8]
vpmovsxbq ymm1, dword [bx+si+8]
vpmovsxbq zmm1, qword [bx+si+8]
vpmovsqb word [bx+si+8], xmm1
vpmovsqb dword [bx+si+8], ymm1
vpmovsqb qword [bx+si+8], zmm1
pmovsxwd xmm1, qword [bx+si+8]
vpmovsxwd xmm1, qword [bx+si+8]
vpmovsxwd ymm1, oword [bx+si+8]
vpmovsxwd zmm1, yword [bx+si+8]
vpmovsdw qword [bx+si+8], xmm1
vpmovsdw oword [bx+si+8], ymm1
vpmovsdw yword [bx+si+8], zmm1
pmovsxwq xmm1, dword [bx+si+8]
vpmovsxwq xmm1, dword [bx+si+8]
vpmovsxwq ymm1, qword [bx+si+8]
vpmovsxwq zmm1, oword [bx+si+8]
vpmovsqw dword [bx+si+8], xmm1
vpmovsqw qword [bx+si+8], ymm1
vpmovsqw oword [bx+si+8], zmm1
pmovsxdq xmm1, qword [bx+si+8]
vpmovsxdq xmm1, qword [bx+si+8]
vpmovsxdq ymm1, oword [bx+si+8]
vpmovsxdq zmm1, yword [bx+si+8]
vpmovsqd qword [bx+si+8], xmm1
vpmovsqd oword [bx+si+8], ymm1
vpmovsqd yword [bx+si+8], zmm1
vptestmb k2, xmm4, oword [bx+si+8]
vptestmb k2, ymm4, yword [bx+si+8]
vptestmb k2, zmm4, zword [bx+si+8]
vptestmw k2, xmm4, oword [bx+si+8]
vptestmw k2, ymm4, yword [bx+si+8]
vptestmw k2, zmm4, zword [bx+si+8]
vptestnmb k2, xmm4, oword [bx+si+8]
vptestnmb k2, ymm4, yword [bx+si+8]
vptestnmb k2, zmm4, zword [bx+si+8]
vptestnmw k2, xmm4, oword [bx+si+8]
vptestnmw k2, ymm4, yword [bx+si+8]
vptestnmw k2, zmm4, zword [bx+si+8]
vptestmd k2, xmm4, oword [bx+si+8]
vptestmd k2, ymm4, yword [bx+si+8]
vptestmd k2, zmm4, zword [bx+si+8]
vptestmq k2, xmm4, oword [bx+si+8]
vptestmq k2, ymm4, yword [bx+si+8]
vptestmq k2, zmm4, zword [bx+si+8]
vptestnmd k2, xmm4, oword [bx+si+8]
vptestnmd k2, ymm4, yword [bx+si+8]
vptestnmd k2, zmm4, zword [bx+si+8]
vptestnmq k2, xmm4, oword [bx+si+8]
vptestnmq k2, ymm4, yword [bx+si+8]
vptestnmq k2, zmm4, zword [bx+si+8]
pmuldq xmm1, oword [bx+si+8]
vpmuldq xmm1, xmm4, oword [bx+si+8]
vpmuldq ymm1, ymm4, yword [bx+si+8]
vpmuldq zmm1, zmm4, zword [bx+si+8]
vpmovm2b xmm1, k3
vpmovm2b ymm1, k3
vpmovm2b zmm1, k3
vpmovm2w xmm1, k3
vpmovm2w ymm1, k3
vpmovm2w zmm1, k3
pcmpeqq xmm1, oword [bx+si+8]
vpcmpeqq xmm1, xmm4, oword [bx+si+8]
vpcmpeqq ymm1, ymm4, yword [bx+si+8]
vpcmpeqq k2, xmm4, oword [bx+si+8]
vpcmpeqq k2, ymm4, yword [bx+si+8]
vpcmpeqq k2, zmm4, zword [bx+si+8]
vpmovb2m k2, xmm2
vpmovb2m k2, ymm2
vpmovb2m k2, zmm2
vpmovw2m k2, xmm2
vpmovw2m k2, ymm2
vpmovw2m k2, zmm2
movntdqa xmm1, oword [bx+si+8]
vmovntdqa xmm1, oword [bx+si+8]
vmovntdqa ymm1, yword [bx+si+8]
vmovntdqa zmm1, zword [bx+si+8]
vpbroadcastmb2q xmm1, k3
vpbroadcastmb2q ymm1, k3
vpbroadcastmb2q zmm1, k3
packusdw xmm1, oword [bx+si+8]
vpackusdw xmm1, xmm4, oword [bx+si+8]
vpackusdw ymm1, ymm4, yword [bx+si+8]
vpackusdw zmm1, zmm4, zword [bx+si+8]
vmaskmovps xmm1, xmm4, oword [bx+si+8]
vmaskmovps ymm1, ymm4, yword [bx+si+8]
vmaskmovps oword [bx+si+8], xmm4, xmm1
vmaskmovps yword [bx+si+8], ymm4, ymm1
vscalefps xmm1, xmm4, oword [bx+si+8]
vscalefps ymm1, ymm4, yword [bx+si+8]
vscalefps zmm1, zmm4, zword [bx+si+8]
vscalefpd xmm1, xmm4, oword [bx+si+8]
vscalefpd ymm1, ymm4, yword [bx+si+8]
vscalefpd zmm1, zmm4, zword [bx+si+8]
vmaskmovpd xmm1, xmm4, oword [bx+si+8]
vmaskmovpd ymm1, ymm4, yword [bx+si+8]
vmaskmovpd oword [bx+si+8], xmm4, xmm1
vmaskmovpd yword [bx+si+8], ymm4, ymm1
vscalefss xmm1, xmm4, dword [bx+si+8]
vscalefsd xmm1, xmm4, qword [bx+si+8]
pmovzxbw xmm1, qword [bx+si+8]
vpmovzxbw xmm1, qword [bx+si+8]
vpmovzxbw ymm1, oword [bx+si+8]
vpmovzxbw zmm1, yword [bx+si+8]
vpmovwb qword [bx+si+8], xmm1
vpmovwb oword [bx+si+8], ymm1
vpmovwb yword [bx+si+8], zmm1
pmovzxbd xmm1, dword [bx+si+8]
vpmovzxbd xmm1, dword [bx+si+8]
vpmovzxbd ymm1, qword [bx+si+8]
vpmovzxbd zmm1, oword [bx+si+8]
vpmovdb dword [bx+si+8], xmm1
vpmovdb qword [bx+si+8], ymm1
vpmovdb oword [bx+si+8], zmm1
pmovzxbq xmm1, word [bx+si+8]
vpmovzxbq xmm1, word [bx+si+8]
vpmovzxbq ymm1, dword [bx+si+8]
vpmovzxbq zmm1, qword [bx+si+8]
vpmovqb word [bx+si+8], xmm1
vpmovqb dword [bx+si+8], ymm1
vpmovqb qword [bx+si+8], zmm1
pmovzxwd xmm1, qword [bx+si+8]
vpmovzxwd xmm1, qword [bx+si+8]
vpmovzxwd ymm1, oword [bx+si+8]
vpmovzxwd zmm1, yword [bx+si+8]
vpmovdw qword [bx+si+8], xmm1
vpmovdw oword [bx+si+8], ymm1
vpmovdw yword [bx+si+8], zmm1
pmovzxwq xmm1, dword [bx+si+8]
vpmovzxwq xmm1, dword [bx+si+8]
vpmovzxwq ymm1, qword [bx+si+8]
vpmovzxwq zmm1, oword [bx+si+8]
vpmovqw dword [bx+si+8], xmm1
vpmovqw qword [bx+si+8], ymm1
vpmovqw oword [bx+si+8], zmm1
pmovzxdq xmm1, qword [bx+si+8]
vpmovzxdq xmm1, qword [bx+si+8]
vpmovzxdq ymm1, oword [bx+si+8]
vpmovzxdq zmm1, yword [bx+si+8]
vpmovqd qword [bx+si+8], xmm1
vpmovqd oword [bx+si+8], ymm1
vpmovqd yword [bx+si+8], zmm1
vpermd ymm1, ymm4, yword [bx+si+8]
vpermd zmm1, zmm4, zword [bx+si+8]
vpermq ymm1, ymm4, yword [bx+si+8]
vpermq zmm1, zmm4, zword [bx+si+8]
vpermq ymm1, yword [bx+si+8], 5
vpermq zmm1, zword [bx+si+8], 5
pcmpgtq xmm1, oword [bx+si+8]
vpcmpgtq xmm1, xmm4, oword [bx+si+8]
vpcmpgtq ymm1, ymm4, yword [bx+si+8]
vpcmpgtq k2, xmm4, oword [bx+si+8]
vpcmpgtq k2, ymm4, yword [bx+si+8]
vpcmpgtq k2, zmm4, zword [bx+si+8]
pminsb xmm1, oword [bx+si+8]
vpminsb xmm1, xmm4, oword [bx+si+8]
vpminsb ymm1, ymm4, yword [bx+si+8]
vpminsb zmm1, zmm4, zword [bx+si+8]
vpmovm2d xmm1, k3
vpmovm2d ymm1, k3
vpmovm2d zmm1, k3
vpmovm2q xmm1, k3
vpmovm2q ymm1, k3
vpmovm2q zmm1, k3
pminsd xmm1, oword [bx+si+8]
vpminsd xmm1, xmm4, oword [bx+si+8]
vpminsd ymm1, ymm4, yword [bx+si+8]
vpminsd zmm1, zmm4, zword [bx+si+8]
vpminsq xmm1, xmm4, oword [bx+si+8]
vpminsq ymm1, ymm4, yword [bx+si+8]
vpminsq zmm1, zmm4, zword [bx+si+8]
vpmovd2m k2, xmm2
vpmovd2m k2, ymm2
vpmovd2m k2, zmm2
vpmovq2m k2, xmm2
vpmovq2m k2, ymm2
vpmovq2m k2, zmm2
pminuw xmm1, oword [bx+si+8]
vpminuw xmm1, xmm4, oword [bx+si+8]
vpminuw ymm1, ymm4, yword [bx+si+8]
vpminuw zmm1, zmm4, zword [bx+si+8]
vpbroadcastmw2d xmm1, k3
vpbroadcastmw2d ymm1, k3
vpbroadcastmw2d zmm1, k3
pminud xmm1, oword [bx+si+8]
vpminud xmm1, xmm4, oword [bx+si+8]
vpminud ymm1, ymm4, yword [bx+si+8]
vpminud zmm1, zmm4, zword [bx+si+8]
vpminuq xmm1, xmm4, oword [bx+si+8]
vpminuq ymm1, ymm4, yword [bx+si+8]
vpminuq zmm1, zmm4, zword [bx+si+8]
pmaxsb xmm1, oword [bx+si+8]
vpmaxsb xmm1, xmm4, oword [bx+si+8]
vpmaxsb ymm1, ymm4, yword [bx+si+8]
vpmaxsb zmm1, zmm4, zword [bx+si+8]
pmaxsd xmm1, oword [bx+si+8]
vpmaxsd xmm1, xmm4, oword [bx+si+8]
vpmaxsd ymm1, ymm4, yword [bx+si+8]
vpmaxsd zmm1, zmm4, zword [bx+si+8]
vpmaxsq xmm1, xmm4, oword [bx+si+8]
vpmaxsq ymm1, ymm4, yword [bx+si+8]
vpmaxsq zmm1, zmm4, zword [bx+si+8]
pmaxuw xmm1, oword [bx+si+8]
vpmaxuw xmm1, xmm4, oword [bx+si+8]
vpmaxuw ymm1, ymm4, yword [bx+si+8]
vpmaxuw zmm1, zmm4, zword [bx+si+8]
pmaxud xmm1, oword [bx+si+8]
vpmaxud xmm1, xmm4, oword [bx+si+8]
vpmaxud ymm1, ymm4, yword [bx+si+8]
vpmaxud zmm1, zmm4, zword [bx+si+8]
vpmaxuq xmm1, xmm4, oword [bx+si+8]
vpmaxuq ymm1, ymm4, yword [bx+si+8]
vpmaxuq zmm1, zmm4, zword [bx+si+8]
pmulld xmm1, oword [bx+si+8]
vpmulld xmm1, xmm4, oword [bx+si+8]
vpmulld ymm1, ymm4, yword [bx+si+8]
vpmulld zmm1, zmm4, zword [bx+si+8]
vpmullq xmm1, xmm4, oword [bx+si+8]
vpmullq ymm1, ymm4, yword [bx+si+8]
vpmullq zmm1, zmm4, zword [bx+si+8]
phminposuw xmm1, oword [bx+si+8]
vphminposuw xmm1, oword [bx+si+8]
vgetexpps xmm1, oword [bx+si+8]
vgetexpps ymm1, yword [bx+si+8]
vgetexpps zmm1, zword [bx+si+8]
vgetexppd xmm1, oword [bx+si+8]
vgetexppd ymm1, yword [bx+si+8]
vgetexppd zmm1, zword [bx+si+8]
vgetexpss xmm1, xmm4, dword [bx+si+8]
vgetexpsd xmm1, xmm4, qword [bx+si+8]
vplzcntd xmm1, oword [bx+si+8]
vplzcntd ymm1, yword [bx+si+8]
vplzcntd zmm1, zword [bx+si+8]
vplzcntq xmm1, oword [bx+si+8]
vplzcntq ymm1, yword [bx+si+8]
vplzcntq zmm1, zword [bx+si+8]
vpsrlvd xmm1, xmm4, oword [bx+si+8]
vpsrlvd ymm1, ymm4, yword [bx+si+8]
vpsrlvd zmm1, zmm4, zword [bx+si+8]
vpsrlvq xmm1, xmm4, oword [bx+si+8]
vpsrlvq ymm1, ymm4, yword [bx+si+8]
vpsrlvq zmm1, zmm4, zword [bx+si+8]
vpsravd xmm1, xmm4, oword [bx+si+8]
vpsravd ymm1, ymm4, yword [bx+si+8]
vpsravd zmm1, zmm4, zword [bx+si+8]
vpsravq xmm1, xmm4, oword [bx+si+8]
vpsravq ymm1, ymm4, yword [bx+si+8]
vpsravq zmm1, zmm4, zword [bx+si+8]
vpsllvd xmm1, xmm4, oword [bx+si+8]
vpsllvd ymm1, ymm4, yword [bx+si+8]
vpsllvd zmm1, zmm4, zword [bx+si+8]
vpsllvq xmm1, xmm4, oword [bx+si+8]
vpsllvq ymm1, ymm4, yword [bx+si+8]
vpsllvq zmm1, zmm4, zword [bx+si+8]
vrcp14ps xmm1, oword [bx+si+8]
vrcp14ps ymm1, yword [bx+si+8]
vrcp14ps zmm1, zword [bx+si+8]
vrcp14pd xmm1, oword [bx+si+8]
vrcp14pd ymm1, yword [bx+si+8]
vrcp14pd zmm1, zword [bx+si+8]
vrcp14ss xmm1, xmm4, dword [bx+si+8]
vrcp14sd xmm1, xmm4, qword [bx+si+8]
vrsqrt14ps xmm1, oword [bx+si+8]
vrsqrt14ps ymm1, yword [bx+si+8]
vrsqrt14ps zmm1, zword [bx+si+8]
vrsqrt14pd xmm1, oword [bx+si+8]
vrsqrt14pd ymm1, yword [bx+si+8]
vrsqrt14pd zmm1, zword [bx+si+8]
vrsqrt14ss xmm1, xmm4, dword [bx+si+8]
vrsqrt14sd xmm1, xmm4, qword [bx+si+8]
vpdpbusd xmm1, xmm4, oword [bx+si+8]
vpdpbusd ymm1, ymm4, yword [bx+si+8]
vpdpbusd zmm1, zmm4, zword [bx+si+8]
vpdpbusds xmm1, xmm4, oword [bx+si+8]
vpdpbusds ymm1, ymm4, yword [bx+si+8]
vpdpbusds zmm1, zmm4, zword [bx+si+8]
vpdpwssd xmm1, xmm4, oword [bx+si+8]
vpdpwssd ymm1, ymm4, yword [bx+si+8]
vpdpwssd zmm1, zmm4, zword [bx+si+8]
vdpbf16ps xmm1, xmm4, oword [bx+si+8]
vpdpwssds xmm1, xmm4, oword [bx+si+8]
vpdpwssds ymm1, ymm4, yword [bx+si+8]
vpdpwssds zmm1, zmm4, zword [bx+si+8]
vpopcntb xmm1, oword [bx+si+8]
vpopcntb ymm1, yword [bx+si+8]
vpopcntb zmm1, zword [bx+si+8]
vpopcntw xmm1, oword [bx+si+8]
vpopcntw ymm1, yword [bx+si+8]
vpopcntw zmm1, zword [bx+si+8]
vpopcntd xmm1, oword [bx+si+8]
vpopcntd ymm1, yword [bx+si+8]
vpopcntd zmm1, zword [bx+si+8]
vpopcntq xmm1, oword [bx+si+8]
vpopcntq ymm1, yword [bx+si+8]
vpopcntq zmm1, zword [bx+si+8]
vpbroadcastd xmm1, dword [bx+si+8]
vpbroadcastd ymm1, dword [bx+si+8]
vpbroadcastd zmm1, dword [bx+si+8]
vpbroadcastd xmm1, esi
vpbroadcastd ymm1, esi
vpbroadcastd zmm1, esi
vpbroadcastq xmm1, qword [bx+si+8]
vpbroadcastq ymm1, qword [bx+si+8]
vpbroadcastq zmm1, qword [bx+si+8]
vbroadcasti32x2 xmm1, qword [bx+si+8]
vbroadcasti32x2 ymm1, qword [bx+si+8]
vbroadcasti32x2 zmm1, qword [bx+si+8]
vbroadcasti128 ymm1, oword [bx+si+8]
vbroadcasti32x4 ymm1, oword [bx+si+8]
vbroadcasti32x4 zmm1, oword [bx+si+8]
vbroadcasti64x2 ymm1, oword [bx+si+8]
vbroadcasti64x2 zmm1, oword [bx+si+8]
vbroadcasti32x8 zmm1, yword [bx+si+8]
vbroadcasti64x4 zmm1, yword [bx+si+8]
vpexpandb xmm1, oword [bx+si+8]
vpexpandb ymm1, yword [bx+si+8]
vpexpandb zmm1, zword [bx+si+8]
vpexpandw xmm1, oword [bx+si+8]
vpexpandw ymm1, yword [bx+si+8]
vpexpandw zmm1, zword [bx+si+8]
vpcompressb oword [bx+si+8], xmm1
vpcompressb yword [bx+si+8], ymm1
vpcompressb zword [bx+si+8], zmm1
vpcompressw oword [bx+si+8], xmm1
vpcompressw yword [bx+si+8], ymm1
vpcompressw zword [bx+si+8], zmm1
vpblendmd xmm1, xmm4, oword [bx+si+8]
vpblendmd ymm1, ymm4, yword [bx+si+8]
vpblendmd zmm1, zmm4, zword [bx+si+8]
vpblendmq xmm1, xmm4, oword [bx+si+8]
vpblendmq ymm1, ymm4, yword [bx+si+8]
vpblendmq zmm1, zmm4, zword [bx+si+8]
vblendmps xmm1, xmm4, oword [bx+si+8]
vblendmps ymm1, ymm4, yword [bx+si+8]
vblendmps zmm1, zmm4, zword [bx+si+8]
vblendmpd xmm1, xmm4, oword [bx+si+8]
vblendmpd ymm1, ymm4, yword [bx+si+8]
vblendmpd zmm1, zmm4, zword [bx+si+8]
vpblendmb xmm1, xmm4, oword [bx+si+8]
vpblendmb ymm1, ymm4, yword [bx+si+8]
vpblendmb zmm1, zmm4, zword [bx+si+8]
vpblendmw xmm1, xmm4, oword [bx+si+8]
vpblendmw ymm1, ymm4, yword [bx+si+8]
vpblendmw zmm1, zmm4, zword [bx+si+8]
vp2intersectd k2, xmm4, oword [bx+si+8]
vpshldvw xmm1, xmm4, oword [bx+si+8]
vpshldvw ymm1, ymm4, yword [bx+si+8]
vpshldvw zmm1, zmm4, zword [bx+si+8]
vpshldvd xmm1, xmm4, oword [bx+si+8]
vpshldvd ymm1, ymm4, yword [bx+si+8]
vpshldvd zmm1, zmm4, zword [bx+si+8]
vpshldvq xmm1, xmm4, oword [bx+si+8]
vpshldvq ymm1, ymm4, yword [bx+si+8]
vpshldvq zmm1, zmm4, zword [bx+si+8]
vpshrdvw xmm1, xmm4, oword [bx+si+8]
vpshrdvw ymm1, ymm4, yword [bx+si+8]
vpshrdvw zmm1, zmm4, zword [bx+si+8]
vcvtne2ps2bf16 xmm1, xmm4, oword [bx+si+8]
vcvtne2ps2bf16 ymm1, ymm4, yword [bx+si+8]
vcvtne2ps2bf16 zmm1, zmm4, zword [bx+si+8]
vpshrdvd xmm1, xmm4, oword [bx+si+8]
vpshrdvd ymm1, ymm4, yword [bx+si+8]
vpshrdvd zmm1, zmm4, zword [bx+si+8]
vpshrdvq xmm1, xmm4, oword [bx+si+8]
vpshrdvq ymm1, ymm4, yword [bx+si+8]
vpshrdvq zmm1, zmm4, zword [bx+si+8]
vpermi2b xmm1, xmm4, oword [bx+si+8]
vpermi2b ymm1, ymm4, yword [bx+si+8]
vpermi2b zmm1, zmm4, zword [bx+si+8]
vpermi2w xmm1, xmm4, oword [bx+si+8]
vpermi2w ymm1, ymm4, yword [bx+si+8]
vpermi2w zmm1, zmm4, zword [bx+si+8]
vpermi2d xmm1, xmm4, oword [bx+si+8]
vpermi2d ymm1, ymm4, yword [bx+si+8]
vpermi2d zmm1, zmm4, zword [bx+si+8]
vpermi2q xmm1, xmm4, oword [bx+si+8]
vpermi2q ymm1, ymm4, yword [bx+si+8]
vpermi2q zmm1, zmm4, zword [bx+si+8]
vpermi2ps xmm1, xmm4, oword [bx+si+8]
vpermi2ps ymm1, ymm4, yword [bx+si+8]
vpermi2ps zmm1, zmm4, zword [bx+si+8]
vpermi2pd xmm1, xmm4, oword [bx+si+8]
vpermi2pd ymm1, ymm4, yword [bx+si+8]
vpermi2pd zmm1, zmm4, zword [bx+si+8]
vpbroadcastb xmm1, byte [bx+si+8]
vpbroadcastb ymm1, byte [bx+si+8]
vpbroadcastb zmm1, byte [bx+si+8]
vpbroadcastb xmm1, esi
vpbroadcastb ymm1, esi
vpbroadcastb zmm1, esi
vpbroadcastw xmm1, word [bx+si+8]
vpbroadcastw ymm1, word [bx+si+8]
vpbroadcastw zmm1, word [bx+si+8]
vpbroadcastw xmm1, esi
vpbroadcastw ymm1, esi
vpbroadcastw zmm1, esi
vpermt2b xmm1, xmm4, oword [bx+si+8]
vpermt2b ymm1, ymm4, yword [bx+si+8]
vpermt2b zmm1, zmm4, zword [bx+si+8]
vpermt2w xmm1, xmm4, oword [bx+si+8]
vpermt2w ymm1, ymm4, yword [bx+si+8]
vpermt2w zmm1, zmm4, zword [bx+si+8]
vpermt2d xmm1, xmm4, oword [bx+si+8]
vpermt2d ymm1, ymm4, yword [bx+si+8]
vpermt2d zmm1, zmm4, zword [bx+si+8]
vpermt2q xmm1, xmm4, oword [bx+si+8]
vpermt2q ymm1, ymm4, yword [bx+si+8]
vpermt2q zmm1, zmm4, zword [bx+si+8]
vpermt2ps xmm1, xmm4, oword [bx+si+8]
vpermt2ps ymm1, ymm4, yword [bx+si+8]
vpermt2ps zmm1, zmm4, zword [bx+si+8]
vpermt2pd xmm1, xmm4, oword [bx+si+8]
vpermt2pd ymm1, ymm4, yword [bx+si+8]
vpermt2pd zmm1, zmm4, zword [bx+si+8]
invept esi, oword [bx+si+8]
invvpid esi, oword [bx+si+8]
invpcid esi, oword [bx+si+8]
vpmultishiftqb xmm1, xmm4, oword [bx+si+8]
vpmultishiftqb ymm1, ymm4, yword [bx+si+8]
vpmultishiftqb zmm1, zmm4, zword [bx+si+8]
vexpandps xmm1, oword [bx+si+8]
vexpandps ymm1, yword [bx+si+8]
vexpandps zmm1, zword [bx+si+8]
vexpandpd xmm1, oword [bx+si+8]
vexpandpd ymm1, yword [bx+si+8]
vexpandpd zmm1, zword [bx+si+8]
vpexpandd xmm1, oword [bx+si+8]
vpexpandd ymm1, yword [bx+si+8]
vpexpandd zmm1, zword [bx+si+8]
vpexpandq xmm1, oword [bx+si+8]
vpexpandq ymm1, yword [bx+si+8]
vpexpandq zmm1, zword [bx+si+8]
vcompressps oword [bx+si+8], xmm1
vcompressps yword [bx+si+8], ymm1
vcompressps zword [bx+si+8], zmm1
vcompresspd oword [bx+si+8], xmm1
vcompresspd yword [bx+si+8], ymm1
vcompresspd zword [bx+si+8], zmm1
vpcompressd oword [bx+si+8], xmm1
vpcompressd yword [bx+si+8], ymm1
vpcompressd zword [bx+si+8], zmm1
vpcompressq oword [bx+si+8], xmm1
vpcompressq yword [bx+si+8], ymm1
vpcompressq zword [bx+si+8], zmm1
vpmaskmovd xmm1, xmm4, oword [bx+si+8]
vpmaskmovd ymm1, ymm4, yword [bx+si+8]
vpmaskmovd oword [bx+si+8], xmm4, xmm1
vpmaskmovd yword [bx+si+8], ymm4, ymm1
vpmaskmovq xmm1, xmm4, oword [bx+si+8]
vpmaskmovq ymm1, ymm4, yword [bx+si+8]
vpmaskmovq oword [bx+si+8], xmm4, xmm1
vpmaskmovq yword [bx+si+8], ymm4, ymm1
vpermb xmm1, xmm4, oword [bx+si+8]
vpermb ymm1, ymm4, yword [bx+si+8]
vpermb zmm1, zmm4, zword [bx+si+8]
vpermw xmm1, xmm4, oword [bx+si+8]
vpermw ymm1, ymm4, yword [bx+si+8]
vpermw zmm1, zmm4, zword [bx+si+8]
vpshufbitqmb k2, xmm4, oword [bx+si+8]
vpshufbitqmb k2, ymm4, yword [bx+si+8]
vpshufbitqmb k2, zmm4, zword [bx+si+8]
vfmaddsub132ps xmm1, xmm4, oword [bx+si+8]
vfmaddsub132ps ymm1, ymm4, yword [bx+si+8]
vfmaddsub132ps zmm1, zmm4, zword [bx+si+8]
vfmaddsub132pd xmm1, xmm4, oword [bx+si+8]
vfmaddsub132pd ymm1, ymm4, yword [bx+si+8]
vfmaddsub132pd zmm1, zmm4, zword [bx+si+8]
vfmsubadd132ps xmm1, xmm4, oword [bx+si+8]
vfmsubadd132ps ymm1, ymm4, yword [bx+si+8]
vfmsubadd132ps zmm1, zmm4, zword [bx+si+8]
vfmsubadd132pd xmm1, xmm4, oword [bx+si+8]
vfmsubadd132pd ymm1, ymm4, yword [bx+si+8]
vfmsubadd132pd zmm1, zmm4, zword [bx+si+8]
vfmadd132ps xmm1, xmm4, oword [bx+si+8]
vfmadd132ps ymm1, ymm4, yword [bx+si+8]
vfmadd132ps zmm1, zmm4, zword [bx+si+8]
vfmadd132pd xmm1, xmm4, oword [bx+si+8]
vfmadd132pd ymm1, ymm4, yword [bx+si+8]
vfmadd132pd zmm1, zmm4, zword [bx+si+8]
vfmadd132ss xmm1, xmm4, dword [bx+si+8]
vfmadd132sd xmm1, xmm4, qword [bx+si+8]
vfmsub132ps xmm1, xmm4, oword [bx+si+8]
vfmsub132ps ymm1, ymm4, yword [bx+si+8]
vfmsub132ps zmm1, zmm4, zword [bx+si+8]
vfmsub132pd xmm1, xmm4, oword [bx+si+8]
vfmsub132pd ymm1, ymm4, yword [bx+si+8]
vfmsub132pd zmm1, zmm4, zword [bx+si+8]
v4fmaddps zmm1, zmm4, oword [bx+si+8]
vfmsub132ss xmm1, xmm4, dword [bx+si+8]
vfmsub132sd xmm1, xmm4, qword [bx+si+8]
vfnmadd132ps xmm1, xmm4, oword [bx+si+8]
vfnmadd132ps ymm1, ymm4, yword [bx+si+8]
vfnmadd132ps zmm1, zmm4, zword [bx+si+8]
vfnmadd132pd xmm1, xmm4, oword [bx+si+8]
vfnmadd132pd ymm1, ymm4, yword [bx+si+8]
vfnmadd132pd zmm1, zmm4, zword [bx+si+8]
vfnmadd132ss xmm1, xmm4, dword [bx+si+8]
vfnmadd132sd xmm1, xmm4, qword [bx+si+8]
vfnmsub132ps xmm1, xmm4, oword [bx+si+8]
vfnmsub132ps ymm1, ymm4, yword [bx+si+8]
vfnmsub132ps zmm1, zmm4, zword [bx+si+8]
vfnmsub132pd xmm1, xmm4, oword [bx+si+8]
vfnmsub132pd ymm1, ymm4, yword [bx+si+8]
vfnmsub132pd zmm1, zmm4, zword [bx+si+8]
vfnmsub132ss xmm1, xmm4, dword [bx+si+8]
vfnmsub132sd xmm1, xmm4, qword [bx+si+8]
vfmaddsub213ps xmm1, xmm4, oword [bx+si+8]
vfmaddsub213ps ymm1, ymm4, yword [bx+si+8]
vfmaddsub213ps zmm1, zmm4, zword [bx+si+8]
vfmaddsub213pd xmm1, xmm4, oword [bx+si+8]
vfmaddsub213pd ymm1, ymm4, yword [bx+si+8]
vfmaddsub213pd zmm1, zmm4, zword [bx+si+8]
vfmsubadd213ps xmm1, xmm4, oword [bx+si+8]
vfmsubadd213ps ymm1, ymm4, yword [bx+si+8]
vfmsubadd213ps zmm1, zmm4, zword [bx+si+8]
vfmsubadd213pd xmm1, xmm4, oword [bx+si+8]
vfmsubadd213pd ymm1, ymm4, yword [bx+si+8]
vfmsubadd213pd zmm1, zmm4, zword [bx+si+8]
vfmadd213ps xmm1, xmm4, oword [bx+si+8]
vfmadd213ps ymm1, ymm4, yword [bx+si+8]
vfmadd213ps zmm1, zmm4, zword [bx+si+8]
vfmadd213pd xmm1, xmm4, oword [bx+si+8]
vfmadd213pd ymm1, ymm4, yword [bx+si+8]
vfmadd213pd zmm1, zmm4, zword [bx+si+8]
vfmadd213ss xmm1, xmm4, dword [bx+si+8]
vfmadd213sd xmm1, xmm4, qword [bx+si+8]
vfmsub213ps xmm1, xmm4, oword [bx+si+8]
vfmsub213ps ymm1, ymm4, yword [bx+si+8]
vfmsub213ps zmm1, zmm4, zword [bx+si+8]
vfmsub213pd xmm1, xmm4, oword [bx+si+8]
vfmsub213pd ymm1, ymm4, yword [bx+si+8]
vfmsub213pd zmm1, zmm4, zword [bx+si+8]
v4fnmaddps zmm1, zmm4, oword [bx+si+8]
vfmsub213ss xmm1, xmm4, dword [bx+si+8]
vfmsub213sd xmm1, xmm4, qword [bx+si+8]
vfnmadd213ps xmm1, xmm4, oword [bx+si+8]
vfnmadd213ps ymm1, ymm4, yword [bx+si+8]
vfnmadd213ps zmm1, zmm4, zword [bx+si+8]
vfnmadd213pd xmm1, xmm4, oword [bx+si+8]
vfnmadd213pd ymm1, ymm4, yword [bx+si+8]
vfnmadd213pd zmm1, zmm4, zword [bx+si+8]
vfnmadd213ss xmm1, xmm4, dword [bx+si+8]
vfnmadd213sd xmm1, xmm4, qword [bx+si+8]
vfnmsub213ps xmm1, xmm4, oword [bx+si+8]
vfnmsub213ps ymm1, ymm4, yword [bx+si+8]
vfnmsub213ps zmm1, zmm4, zword [bx+si+8]
vfnmsub213pd xmm1, xmm4, oword [bx+si+8]
vfnmsub213pd ymm1, ymm4, yword [bx+si+8]
vfnmsub213pd zmm1, zmm4, zword [bx+si+8]
vfnmsub213ss xmm1, xmm4, dword [bx+si+8]
vfnmsub213sd xmm1, xmm4, qword [bx+si+8]
vpmadd52luq xmm1, xmm4, oword [bx+si+8]
vpmadd52luq ymm1, ymm4, yword [bx+si+8]
vpmadd52luq zmm1, zmm4, zword [bx+si+8]
vpmadd52huq xmm1, xmm4, oword [bx+si+8]
vpmadd52huq ymm1, ymm4, yword [bx+si+8]
vpmadd52huq zmm1, zmm4, zword [bx+si+8]
vfmaddsub231ps xmm1, xmm4, oword [bx+si+8]
vfmaddsub231ps ymm1, ymm4, yword [bx+si+8]
vfmaddsub231ps zmm1, zmm4, zword [bx+si+8]
vfmaddsub231pd xmm1, xmm4, oword [bx+si+8]
vfmaddsub231pd ymm1, ymm4, yword [bx+si+8]
vfmaddsub231pd zmm1, zmm4, zword [bx+si+8]
vfmsubadd231ps xmm1, xmm4, oword [bx+si+8]
vfmsubadd231ps ymm1, ymm4, yword [bx+si+8]
vfmsubadd231ps zmm1, zmm4, zword [bx+si+8]
vfmsubadd231pd xmm1, xmm4, oword [bx+si+8]
vfmsubadd231pd ymm1, ymm4, yword [bx+si+8]
vfmsubadd231pd zmm1, zmm4, zword [bx+si+8]
vfmadd231ps xmm1, xmm4, oword [bx+si+8]
vfmadd231ps ymm1, ymm4, yword [bx+si+8]
vfmadd231ps zmm1, zmm4, zword [bx+si+8]
vfmadd231pd xmm1, xmm4, oword [bx+si+8]
vfmadd231pd ymm1, ymm4, yword [bx+si+8]
vfmadd231pd zmm1, zmm4, zword [bx+si+8]
vfmadd231ss xmm1, xmm4, dword [bx+si+8]
vfmadd231sd xmm1, xmm4, qword [bx+si+8]
vfmsub231ps xmm1, xmm4, oword [bx+si+8]
vfmsub231ps ymm1, ymm4, yword [bx+si+8]
vfmsub231ps zmm1, zmm4, zword [bx+si+8]
vfmsub231pd xmm1, xmm4, oword [bx+si+8]
vfmsub231pd ymm1, ymm4, yword [bx+si+8]
vfmsub231pd zmm1, zmm4, zword [bx+si+8]
vfmsub231ss xmm1, xmm4, dword [bx+si+8]
vfmsub231sd xmm1, xmm4, qword [bx+si+8]
vfnmadd231ps xmm1, xmm4, oword [bx+si+8]
vfnmadd231ps ymm1, ymm4, yword [bx+si+8]
vfnmadd231ps zmm1, zmm4, zword [bx+si+8]
vfnmadd231pd xmm1, xmm4, oword [bx+si+8]
vfnmadd231pd ymm1, ymm4, yword [bx+si+8]
vfnmadd231pd zmm1, zmm4, zword [bx+si+8]
vfnmadd231ss xmm1, xmm4, dword [bx+si+8]
vfnmadd231sd xmm1, xmm4, qword [bx+si+8]
vfnmsub231ps xmm1, xmm4, oword [bx+si+8]
vfnmsub231ps ymm1, ymm4, yword [bx+si+8]
vfnmsub231ps zmm1, zmm4, zword [bx+si+8]
vfnmsub231pd xmm1, xmm4, oword [bx+si+8]
vfnmsub231pd ymm1, ymm4, yword [bx+si+8]
vfnmsub231pd zmm1, zmm4, zword [bx+si+8]
vfnmsub231ss xmm1, xmm4, dword [bx+si+8]
vfnmsub231sd xmm1, xmm4, qword [bx+si+8]
vpconflictd xmm1, oword [bx+si+8]
vpconflictd ymm1, yword [bx+si+8]
vpconflictd zmm1, zword [bx+si+8]
vpconflictq xmm1, oword [bx+si+8]
vpconflictq ymm1, yword [bx+si+8]
vpconflictq zmm1, zword [bx+si+8]
sha1nexte xmm1, oword [bx+si+8]
vexp2ps zmm1, zword [bx+si+8]
vexp2pd zmm1, zword [bx+si+8]
sha1msg1 xmm1, oword [bx+si+8]
sha1msg2 xmm1, oword [bx+si+8]
vrcp28ps zmm1, zword [bx+si+8]
vrcp28pd zmm1, zword [bx+si+8]
sha256rnds2 xmm1, oword [bx+si+8]
vrcp28ss xmm1, xmm4, dword [bx+si+8]
vrcp28sd xmm1, xmm4, qword [bx+si+8]
sha256msg1 xmm1, oword [bx+si+8]
vrsqrt28ps zmm1, zword [bx+si+8]
vrsqrt28pd zmm1, zword [bx+si+8]
sha256msg2 xmm1, oword [bx+si+8]
vrsqrt28ss xmm1, xmm4, dword [bx+si+8]
vrsqrt28sd xmm1, xmm4, qword [bx+si+8]
gf2p8mulb xmm1, oword [bx+si+8]
vgf2p8mulb xmm1, xmm4, oword [bx+si+8]
vgf2p8mulb ymm1, ymm4, yword [bx+si+8]
vgf2p8mulb zmm1, zmm4, zword [bx+si+8]
aesimc xmm1, oword [bx+si+8]
vaesimc xmm1, oword [bx+si+8]
aesenc xmm1, oword [bx+si+8]
vaesenc xmm1, xmm4, oword [bx+si+8]
vaesenc ymm1, ymm4, yword [bx+si+8]
vaesenc zmm1, zmm4, zword [bx+si+8]
aesenclast xmm1, oword [bx+si+8]
vaesenclast xmm1, xmm4, oword [bx+si+8]
vaesenclast ymm1, ymm4, yword [bx+si+8]
vaesenclast zmm1, zmm4, zword [bx+si+8]
aesdec xmm1, oword [bx+si+8]
vaesdec xmm1, xmm4, oword [bx+si+8]
vaesdec ymm1, ymm4, yword [bx+si+8]
vaesdec zmm1, zmm4, zword [bx+si+8]
aesdeclast xmm1, oword [bx+si+8]
vaesdeclast xmm1, xmm4, oword [bx+si+8]
vaesdeclast ymm1, ymm4, yword [bx+si+8]
vaesdeclast zmm1, zmm4, zword [bx+si+8]
movbe dx, word [bx+si+8]
movbe esi, dword [bx+si+8]
movbe word [bx+si+8], dx
movbe dword [bx+si+8], esi
crc32 esi, byte [bx+si+8]
crc32 esi, word [bx+si+8]
crc32 esi, dword [bx+si+8]
andn esi, edi, dword [bx+si+8]
blsr edi, dword [bx+si+8]
blsmsk edi, dword [bx+si+8]
blsi edi, dword [bx+si+8]
bzhi esi, dword [bx+si+8], edi
pext esi, edi, dword [bx+si+8]
pdep esi, edi, dword [bx+si+8]
adcx esi, dword [bx+si+8]
adox esi, dword [bx+si+8]
mulx esi, edi, dword [bx+si+8]
bextr esi, dword [bx+si+8], edi
bextr esi, dword [bx+si+8], 0x12345
shlx esi, dword [bx+si+8], edi
sarx esi, dword [bx+si+8], edi
shrx esi, dword [bx+si+8], edi
movdir64b dx, zword [bx+si+8]
enqcmds dx, zword [bx+si+8]
enqcmd dx, zword [bx+si+8]
movdiri dword [bx+si+8], esi
vpblendd xmm1, xmm4, oword [bx+si+8], 5
vpblendd ymm1, ymm4, yword [bx+si+8], 5
valignd xmm1, xmm4, oword [bx+si+8], 5
valignd ymm1, ymm4, yword [bx+si+8], 5
valignd zmm1, zmm4, zword [bx+si+8], 5
valignq xmm1, xmm4, oword [bx+si+8], 5
valignq ymm1, ymm4, yword [bx+si+8], 5
valignq zmm1, zmm4, zword [bx+si+8], 5
vperm2f128 ymm1, ymm4, yword [bx+si+8], 5
roundps xmm1, oword [bx+si+8], 5
vroundps xmm1, oword [bx+si+8], 5
vroundps ymm1, yword [bx+si+8], 5
vrndscaleps xmm1, oword [bx+si+8], 5
vrndscaleps ymm1, yword [bx+si+8], 5
vrndscaleps zmm1, zword [bx+si+8], 5
roundpd xmm1, oword [bx+si+8], 5
vroundpd xmm1, oword [bx+si+8], 5
vroundpd ymm1, yword [bx+si+8], 5
vrndscalepd xmm1, oword [bx+si+8], 5
vrndscalepd ymm1, yword [bx+si+8], 5
vrndscalepd zmm1, zword [bx+si+8], 5
roundss xmm1, dword [bx+si+8], 5
vroundss xmm1, xmm4, dword [bx+si+8], 5
vrndscaless xmm1, xmm4, dword [bx+si+8], 5
roundsd xmm1, qword [bx+si+8], 5
vroundsd xmm1, xmm4, qword [bx+si+8], 5
vrndscalesd xmm1, xmm4, qword [bx+si+8], 5
blendps xmm1, oword [bx+si+8], 5
vblendps xmm1, xmm4, oword [bx+si+8], 5
vblendps ymm1, ymm4, yword [bx+si+8], 5
blendpd xmm1, oword [bx+si+8], 5
vblendpd xmm1, xmm4, oword [bx+si+8], 5
vblendpd ymm1, ymm4, yword [bx+si+8], 5
pblendw xmm1, oword [bx+si+8], 5
vpblendw xmm1, xmm4, oword [bx+si+8], 5
vpblendw ymm1, ymm4, yword [bx+si+8], 5
palignr mm1, qword [bx+si+8], 5
vpalignr xmm1, xmm4, oword [bx+si+8], 5
vpalignr ymm1, ymm4, yword [bx+si+8], 5
vpalignr zmm1, zmm4, zword [bx+si+8], 5
pextrb byte [bx+si+8], xmm1, 5
vpextrb byte [bx+si+8], xmm1, 5
pextrd dword [bx+si+8], xmm1, 5
vpextrd dword [bx+si+8], xmm1, 5
extractps dword [bx+si+8], xmm1, 5
vextractps dword [bx+si+8], xmm1, 5
vinsertf128 ymm1, ymm4, oword [bx+si+8], 5
vinsertf32x4 ymm1, ymm4, oword [bx+si+8], 5
vinsertf32x4 zmm1, zmm4, oword [bx+si+8], 5
vinsertf64x2 ymm1, ymm4, oword [bx+si+8], 5
vinsertf64x2 zmm1, zmm4, oword [bx+si+8], 5
vextractf128 oword [bx+si+8], ymm1, 5
vextractf32x4 oword [bx+si+8], ymm1, 5
vextractf32x4 oword [bx+si+8], zmm1, 5
vextractf64x2 oword [bx+si+8], ymm1, 5
vextractf64x2 oword [bx+si+8], zmm1, 5
vinsertf32x8 zmm1, zmm4, yword [bx+si+8], 5
vinsertf64x4 zmm1, zmm4, yword [bx+si+8], 5
vextractf32x8 yword [bx+si+8], zmm1, 5
vextractf64x4 yword [bx+si+8], zmm1, 5
vcvtps2ph qword [bx+si+8], xmm1, 5
vcvtps2ph oword [bx+si+8], ymm1, 5
vcvtps2ph yword [bx+si+8], zmm1, 5
vpcmpud k2, xmm4, oword [bx+si+8], 5
vpcmpud k2, ymm4, yword [bx+si+8], 5
vpcmpud k2, zmm4, zword [bx+si+8], 5
vpcmpuq k2, xmm4, oword [bx+si+8], 5
vpcmpuq k2, ymm4, yword [bx+si+8], 5
vpcmpuq k2, zmm4, zword [bx+si+8], 5
vpcmpd k2, xmm4, oword [bx+si+8], 5
vpcmpd k2, ymm4, yword [bx+si+8], 5
vpcmpd k2, zmm4, zword [bx+si+8], 5
vpcmpq k2, xmm4, oword [bx+si+8], 5
vpcmpq k2, ymm4, yword [bx+si+8], 5
vpcmpq k2, zmm4, zword [bx+si+8], 5
pinsrb xmm1, byte [bx+si+8], 5
vpinsrb xmm1, xmm4, byte [bx+si+8], 5
insertps xmm1, dword [bx+si+8], 5
vinsertps xmm1, xmm4, dword [bx+si+8], 5
pinsrd xmm1, dword [bx+si+8], 5
vpinsrd xmm1, xmm4, dword [bx+si+8], 5
vshuff32x4 ymm1, ymm4, yword [bx+si+8], 5
vshuff32x4 zmm1, zmm4, zword [bx+si+8], 5
vshuff64x2 ymm1, ymm4, yword [bx+si+8], 5
vshuff64x2 zmm1, zmm4, zword [bx+si+8], 5
vpternlogd xmm1, xmm4, oword [bx+si+8], 5
vpternlogd ymm1, ymm4, yword [bx+si+8], 5
vpternlogd zmm1, zmm4, zword [bx+si+8], 5
vpternlogq xmm1, xmm4, oword [bx+si+8], 5
vpternlogq ymm1, ymm4, yword [bx+si+8], 5
vpternlogq zmm1, zmm4, zword [bx+si+8], 5
vgetmantps xmm1, oword [bx+si+8], 5
vgetmantps ymm1, yword [bx+si+8], 5
vgetmantps zmm1, zword [bx+si+8], 5
vgetmantpd xmm1, oword [bx+si+8], 5
vgetmantpd ymm1, yword [bx+si+8], 5
vgetmantpd zmm1, zword [bx+si+8], 5
vgetmantss xmm1, xmm4, dword [bx+si+8], 5
vgetmantsd xmm1, xmm4, qword [bx+si+8], 5
kshiftrb k2, k3, 5
kshiftrw k2, k3, 5
kshiftrd k2, k3, 5
kshiftrq k2, k3, 5
kshiftlb k2, k3, 5
kshiftlw k2, k3, 5
kshiftld k2, k3, 5
kshiftlq k2, k3, 5
vinserti128 ymm1, ymm4, oword [bx+si+8], 5
vinserti32x4 ymm1, ymm4, oword [bx+si+8], 5
vinserti32x4 zmm1, zmm4, oword [bx+si+8], 5
vinserti64x2 ymm1, ymm4, oword [bx+si+8], 5
vinserti64x2 zmm1, zmm4, oword [bx+si+8], 5
vextracti128 oword [bx+si+8], ymm1, 5
vextracti32x4 oword [bx+si+8], ymm1, 5
vextracti32x4 oword [bx+si+8], zmm1, 5
vextracti64x2 oword [bx+si+8], ymm1, 5
vextracti64x2 oword [bx+si+8], zmm1, 5
vinserti32x8 zmm1, zmm4, yword [bx+si+8], 5
vinserti64x4 zmm1, zmm4, yword [bx+si+8], 5
vextracti32x8 yword [bx+si+8], zmm1, 5
vextracti64x4 yword [bx+si+8], zmm1, 5
vpcmpub k2, xmm4, oword [bx+si+8], 5
vpcmpub k2, ymm4, yword [bx+si+8], 5
vpcmpub k2, zmm4, zword [bx+si+8], 5
vpcmpuw k2, xmm4, oword [bx+si+8], 5
vpcmpuw k2, ymm4, yword [bx+si+8], 5
vpcmpuw k2, zmm4, zword [bx+si+8], 5
vpcmpb k2, xmm4, oword [bx+si+8], 5
vpcmpb k2, ymm4, yword [bx+si+8], 5
vpcmpb k2, zmm4, zword [bx+si+8], 5
vpcmpw k2, xmm4, oword [bx+si+8], 5
vpcmpw k2, ymm4, yword [bx+si+8], 5
vpcmpw k2, zmm4, zword [bx+si+8], 5
dpps xmm1, oword [bx+si+8], 5
vdpps xmm1, xmm4, oword [bx+si+8], 5
vdpps ymm1, ymm4, yword [bx+si+8], 5
dppd xmm1, oword [bx+si+8], 5
vdppd xmm1, xmm4, oword [bx+si+8], 5
mpsadbw xmm1, oword [bx+si+8], 5
vmpsadbw xmm1, xmm4, oword [bx+si+8], 5
vmpsadbw ymm1, ymm4, yword [bx+si+8], 5
vdbpsadbw xmm1, xmm4, oword [bx+si+8], 5
vdbpsadbw ymm1, ymm4, yword [bx+si+8], 5
vdbpsadbw zmm1, zmm4, zword [bx+si+8], 5
vshufi32x4 ymm1, ymm4, yword [bx+si+8], 5
vshufi32x4 zmm1, zmm4, zword [bx+si+8], 5
vshufi64x2 ymm1, ymm4, yword [bx+si+8], 5
vshufi64x2 zmm1, zmm4, zword [bx+si+8], 5
pclmulqdq xmm1, oword [bx+si+8], 5
vpclmulqdq xmm1, xmm4, oword [bx+si+8], 5
vpclmulqdq ymm1, ymm4, yword [bx+si+8], 5
vpclmulqdq zmm1, zmm4, zword [bx+si+8], 5
vperm2i128 ymm1, ymm4, yword [bx+si+8], 5
vblendvps xmm1, xmm4, oword [bx+si+8], xmm5
vblendvps ymm1, ymm4, yword [bx+si+8], ymm5
vblendvpd xmm1, xmm4, oword [bx+si+8], xmm5
vblendvpd ymm1, ymm4, yword [bx+si+8], ymm5
vpblendvb xmm1, xmm4, oword [bx+si+8], xmm5
vpblendvb ymm1, ymm4, yword [bx+si+8], ymm5
vrangeps xmm1, xmm4, oword [bx+si+8], 5
vrangeps ymm1, ymm4, yword [bx+si+8], 5
vrangeps zmm1, zmm4, zword [bx+si+8], 5
vrangepd xmm1, xmm4, oword [bx+si+8], 5
vrangepd ymm1, ymm4, yword [bx+si+8], 5
vrangepd zmm1, zmm4, zword [bx+si+8], 5
vrangess xmm1, xmm4, dword [bx+si+8], 5
vrangesd xmm1, xmm4, qword [bx+si+8], 5
vfixupimmps xmm1, xmm4, oword [bx+si+8], 5
vfixupimmps ymm1, ymm4, yword [bx+si+8], 5
vfixupimmps zmm1, zmm4, zword [bx+si+8], 5
vfixupimmpd xmm1, xmm4, oword [bx+si+8], 5
vfixupimmpd ymm1, ymm4, yword [bx+si+8], 5
vfixupimmpd zmm1, zmm4, zword [bx+si+8], 5
vfixupimmss xmm1, xmm4, dword [bx+si+8], 5
vfixupimmsd xmm1, xmm4, qword [bx+si+8], 5
vreduceps xmm1, oword [bx+si+8], 5
vreduceps ymm1, yword [bx+si+8], 5
vreduceps zmm1, zword [bx+si+8], 5
vreducepd xmm1, oword [bx+si+8], 5
vreducepd ymm1, yword [bx+si+8], 5
vreducepd zmm1, zword [bx+si+8], 5
vreducess xmm1, xmm4, dword [bx+si+8], 5
vreducesd xmm1, xmm4, qword [bx+si+8], 5
vfmaddsubps xmm1, xmm4, oword [bx+si+8], xmm5
vfmaddsubps ymm1, ymm4, yword [bx+si+8], ymm5
vfmaddsubps xmm1, xmm4, xmm5, oword [bx+si+8]
vfmaddsubps ymm1, ymm4, ymm5, yword [bx+si+8]
vfmaddsubpd xmm1, xmm4, oword [bx+si+8], xmm5
vfmaddsubpd ymm1, ymm4, yword [bx+si+8], ymm5
vfmaddsubpd xmm1, xmm4, xmm5, oword [bx+si+8]
vfmaddsubpd ymm1, ymm4, ymm5, yword [bx+si+8]
vfmsubaddps xmm1, xmm4, oword [bx+si+8], xmm5
vfmsubaddps ymm1, ymm4, yword [bx+si+8], ymm5
vfmsubaddps xmm1, xmm4, xmm5, oword [bx+si+8]
vfmsubaddps ymm1, ymm4, ymm5, yword [bx+si+8]
vfmsubaddpd xmm1, xmm4, oword [bx+si+8], xmm5
vfmsubaddpd ymm1, ymm4, yword [bx+si+8], ymm5
vfmsubaddpd xmm1, xmm4, xmm5, oword [bx+si+8]
vfmsubaddpd ymm1, ymm4, ymm5, yword [bx+si+8]
pcmpestrm xmm1, oword [bx+si+8], 5
vpcmpestrm xmm1, oword [bx+si+8], 5
pcmpestri xmm1, oword [bx+si+8], 5
vpcmpestri xmm1, oword [bx+si+8], 5
pcmpistrm xmm1, oword [bx+si+8], 5
vpcmpistrm xmm1, oword [bx+si+8], 5
pcmpistri xmm1, oword [bx+si+8], 5
vpcmpistri xmm1, oword [bx+si+8], 5
vfpclassps k2, oword [bx+si+8], 5
vfpclassps k2, yword [bx+si+8], 5
vfpclassps k2, zword [bx+si+8], 5
vfpclasspd k2, oword [bx+si+8], 5
vfpclasspd k2, yword [bx+si+8], 5
vfpclasspd k2, zword [bx+si+8], 5
vfpclassss k2, dword [bx+si+8], 5
vfpclasssd k2, qword [bx+si+8], 5
vfmaddps xmm1, xmm4, oword [bx+si+8], xmm5
vfmaddps ymm1, ymm4, yword [bx+si+8], ymm5
vfmaddps xmm1, xmm4, xmm5, oword [bx+si+8]
vfmaddps ymm1, ymm4, ymm5, yword [bx+si+8]
vfmaddpd xmm1, xmm4, oword [bx+si+8], xmm5
vfmaddpd ymm1, ymm4, yword [bx+si+8], ymm5
vfmaddpd xmm1, xmm4, xmm5, oword [bx+si+8]
vfmaddpd ymm1, ymm4, ymm5, yword [bx+si+8]
vfmaddss xmm1, xmm4, dword [bx+si+8], xmm5
vfmaddss xmm1, xmm4, xmm5, dword [bx+si+8]
vfmaddsd xmm1, xmm4, qword [bx+si+8], xmm5
vfmaddsd xmm1, xmm4, xmm5, qword [bx+si+8]
vfmsubps xmm1, xmm4, oword [bx+si+8], xmm5
vfmsubps ymm1, ymm4, yword [bx+si+8], ymm5
vfmsubps xmm1, xmm4, xmm5, oword [bx+si+8]
vfmsubps ymm1, ymm4, ymm5, yword [bx+si+8]
vfmsubpd xmm1, xmm4, oword [bx+si+8], xmm5
vfmsubpd ymm1, ymm4, yword [bx+si+8], ymm5
vfmsubpd xmm1, xmm4, xmm5, oword [bx+si+8]
vfmsubpd ymm1, ymm4, ymm5, yword [bx+si+8]
vfmsubss xmm1, xmm4, dword [bx+si+8], xmm5
vfmsubss xmm1, xmm4, xmm5, dword [bx+si+8]
vfmsubsd xmm1, xmm4, qword [bx+si+8], xmm5
vfmsubsd xmm1, xmm4, xmm5, qword [bx+si+8]
vpshldw xmm1, xmm4, oword [bx+si+8], 5
vpshldw ymm1, ymm4, yword [bx+si+8], 5
vpshldw zmm1, zmm4, zword [bx+si+8], 5
vpshldd xmm1, xmm4, oword [bx+si+8], 5
vpshldd ymm1, ymm4, yword [bx+si+8], 5
vpshldd zmm1, zmm4, zword [bx+si+8], 5
vpshldq xmm1, xmm4, oword [bx+si+8], 5
vpshldq ymm1, ymm4, yword [bx+si+8], 5
vpshldq zmm1, zmm4, zword [bx+si+8], 5
vpshrdw xmm1, xmm4, oword [bx+si+8], 5
vpshrdw ymm1, ymm4, yword [bx+si+8], 5
vpshrdw zmm1, zmm4, zword [bx+si+8], 5
vpshrdd xmm1, xmm4, oword [bx+si+8], 5
vpshrdd ymm1, ymm4, yword [bx+si+8], 5
vpshrdd zmm1, zmm4, zword [bx+si+8], 5
vpshrdq xmm1, xmm4, oword [bx+si+8], 5
vpshrdq ymm1, ymm4, yword [bx+si+8], 5
vpshrdq zmm1, zmm4, zword [bx+si+8], 5
vfnmaddps xmm1, xmm4, oword [bx+si+8], xmm5
vfnmaddps ymm1, ymm4, yword [bx+si+8], ymm5
vfnmaddps xmm1, xmm4, xmm5, oword [bx+si+8]
vfnmaddps ymm1, ymm4, ymm5, yword [bx+si+8]
vfnmaddpd xmm1, xmm4, oword [bx+si+8], xmm5
vfnmaddpd ymm1, ymm4, yword [bx+si+8], ymm5
vfnmaddpd xmm1, xmm4, xmm5, oword [bx+si+8]
vfnmaddpd ymm1, ymm4, ymm5, yword [bx+si+8]
vfnmaddss xmm1, xmm4, dword [bx+si+8], xmm5
vfnmaddss xmm1, xmm4, xmm5, dword [bx+si+8]
vfnmaddsd xmm1, xmm4, qword [bx+si+8], xmm5
vfnmaddsd xmm1, xmm4, xmm5, qword [bx+si+8]
vfnmsubps xmm1, xmm4, oword [bx+si+8], xmm5
vfnmsubps ymm1, ymm4, yword [bx+si+8], ymm5
vfnmsubps xmm1, xmm4, xmm5, oword [bx+si+8]
vfnmsubps ymm1, ymm4, ymm5, yword [bx+si+8]
vfnmsubpd xmm1, xmm4, oword [bx+si+8], xmm5
vfnmsubpd ymm1, ymm4, yword [bx+si+8], ymm5
vfnmsubpd xmm1, xmm4, xmm5, oword [bx+si+8]
vfnmsubpd ymm1, ymm4, ymm5, yword [bx+si+8]
vfnmsubss xmm1, xmm4, dword [bx+si+8], xmm5
vfnmsubss xmm1, xmm4, xmm5, dword [bx+si+8]
vfnmsubsd xmm1, xmm4, qword [bx+si+8], xmm5
vfnmsubsd xmm1, xmm4, xmm5, qword [bx+si+8]
sha1rnds4 xmm1, oword [bx+si+8], 5
gf2p8affineqb xmm1, oword [bx+si+8], 5
vgf2p8affineqb xmm1, xmm4, oword [bx+si+8], 5
vgf2p8affineqb ymm1, ymm4, yword [bx+si+8], 5
vgf2p8affineqb zmm1, zmm4, zword [bx+si+8], 5
gf2p8affineinvqb xmm1, oword [bx+si+8], 5
vgf2p8affineinvqb xmm1, xmm4, oword [bx+si+8], 5
vgf2p8affineinvqb ymm1, ymm4, yword [bx+si+8], 5
vgf2p8affineinvqb zmm1, zmm4, zword [bx+si+8], 5
aeskeygenassist xmm1, oword [bx+si+8], 5
vaeskeygenassist xmm1, oword [bx+si+8], 5
rorx esi, dword [bx+si+8], 5
vpmacssww xmm1, xmm4, oword [bx+si+8], xmm5
vpmacsswd xmm1, xmm4, oword [bx+si+8], xmm5
vpmacssdql xmm1, xmm4, oword [bx+si+8], xmm5
vpmacssdd xmm1, xmm4, oword [bx+si+8], xmm5
vpmacssdqh xmm1, xmm4, oword [bx+si+8], xmm5
vpmacsww xmm1, xmm4, oword [bx+si+8], xmm5
vpmacswd xmm1, xmm4, oword [bx+si+8], xmm5
vpmacsdql xmm1, xmm4, oword [bx+si+8], xmm5
vpmacsdd xmm1, xmm4, oword [bx+si+8], xmm5
vpmacsdqh xmm1, xmm4, oword [bx+si+8], xmm5
vpcmov xmm1, xmm4, oword [bx+si+8], xmm5
vpcmov ymm1, ymm4, yword [bx+si+8], ymm5
vpcmov xmm1, xmm4, xmm5, oword [bx+si+8]
vpcmov ymm1, ymm4, ymm5, yword [bx+si+8]
vpperm xmm1, xmm4, oword [bx+si+8], xmm5
vpperm xmm1, xmm4, xmm5, oword [bx+si+8]
vpmadcsswd xmm1, xmm4, oword [bx+si+8], xmm5
vpmadcswd xmm1, xmm4, oword [bx+si+8], xmm5
vprotb xmm1, oword [bx+si+8], 5
vprotb xmm1, oword [bx+si+8], xmm4
vprotb xmm1, xmm4, oword [bx+si+8]
vprotw xmm1, oword [bx+si+8], 5
vprotw xmm1, oword [bx+si+8], xmm4
vprotw xmm1, xmm4, oword [bx+si+8]
vprotd xmm1, oword [bx+si+8], 5
vprotd xmm1, oword [bx+si+8], xmm4
vprotd xmm1, xmm4, oword [bx+si+8]
vprotq xmm1, oword [bx+si+8], 5
vprotq xmm1, oword [bx+si+8], xmm4
vprotq xmm1, xmm4, oword [bx+si+8]
vpcomb xmm1, xmm4, oword [bx+si+8], 5
vpcomw xmm1, xmm4, oword [bx+si+8], 5
vpcomd xmm1, xmm4, oword [bx+si+8], 5
vpcomq xmm1, xmm4, oword [bx+si+8], 5
vpcomub xmm1, xmm4, oword [bx+si+8], 5
vpcomuw xmm1, xmm4, oword [bx+si+8], 5
vpcomud xmm1, xmm4, oword [bx+si+8], 5
vpcomuq xmm1, xmm4, oword [bx+si+8], 5
blcfill edi, dword [bx+si+8]
blsfill edi, dword [bx+si+8]
blcs edi, dword [bx+si+8]
tzmsk edi, dword [bx+si+8]
blcic edi, dword [bx+si+8]
blsic edi, dword [bx+si+8]
t1mskc edi, dword [bx+si+8]
blcmsk edi, dword [bx+si+8]
blci edi, dword [bx+si+8]
llwpcb esi
slwpcb esi
vfrczps xmm1, oword [bx+si+8]
vfrczps ymm1, yword [bx+si+8]
vfrczpd xmm1, oword [bx+si+8]
vfrczpd ymm1, yword [bx+si+8]
vfrczss xmm1, dword [bx+si+8]
vfrczsd xmm1, qword [bx+si+8]
vpshlb xmm1, oword [bx+si+8], xmm4
vpshlb xmm1, xmm4, oword [bx+si+8]
vpshlw xmm1, oword [bx+si+8], xmm4
vpshlw xmm1, xmm4, oword [bx+si+8]
vpshld xmm1, oword [bx+si+8], xmm4
vpshld xmm1, xmm4, oword [bx+si+8]
vpshlq xmm1, oword [bx+si+8], xmm4
vpshlq xmm1, xmm4, oword [bx+si+8]
vpshab xmm1, oword [bx+si+8], xmm4
vpshab xmm1, xmm4, oword [bx+si+8]
vpshaw xmm1, oword [bx+si+8], xmm4
vpshaw xmm1, xmm4, oword [bx+si+8]
vpshad xmm1, oword [bx+si+8], xmm4
vpshad xmm1, xmm4, oword [bx+si+8]
vpshaq xmm1, oword [bx+si+8], xmm4
vpshaq xmm1, xmm4, oword [bx+si+8]
vphaddbw xmm1, oword [bx+si+8]
vphaddbd xmm1, oword [bx+si+8]
vphaddbq xmm1, oword [bx+si+8]
vphaddwd xmm1, oword [bx+si+8]
vphaddwq xmm1, oword [bx+si+8]
vphadddq xmm1, oword [bx+si+8]
vphaddubw xmm1, oword [bx+si+8]
vphaddubd xmm1, oword [bx+si+8]
vphaddubq xmm1, oword [bx+si+8]
vphadduwd xmm1, oword [bx+si+8]
vphadduwq xmm1, oword [bx+si+8]
vphaddudq xmm1, oword [bx+si+8]
vphsubbw xmm1, oword [bx+si+8]
vphsubwd xmm1, oword [bx+si+8]
vphsubdq xmm1, oword [bx+si+8]
lwpins edi, dword [bx+si+8], 0x12345
lwpval edi, dword [bx+si+8], 0x12345
pi2fw mm1, qword [bx+si+8]
pi2fd mm1, qword [bx+si+8]
pf2iw mm1, qword [bx+si+8]
pf2id mm1, qword [bx+si+8]
pfnacc mm1, qword [bx+si+8]
pfpnacc mm1, qword [bx+si+8]
pfcmpge mm1, qword [bx+si+8]
pfmin mm1, qword [bx+si+8]
pfrcp mm1, qword [bx+si+8]
pfrsqrt mm1, qword [bx+si+8]
pfsub mm1, qword [bx+si+8]
pfadd mm1, qword [bx+si+8]
pfcmpgt mm1, qword [bx+si+8]
pfmax mm1, qword [bx+si+8]
pfrcpit1 mm1, qword [bx+si+8]
pfrsqit1 mm1, qword [bx+si+8]
pfsubr mm1, qword [bx+si+8]
pfacc mm1, qword [bx+si+8]
pfcmpeq mm1, qword [bx+si+8]
pfmul mm1, qword [bx+si+8]
pfrcpit2 mm1, qword [bx+si+8]
pswapd mm1, qword [bx+si+8]
pavgusb mm1, qword [bx+si+8]
pvalidate
serialize
xsusldtrk
xresldtrk
hreset 5
vcvtdq2ph xmm1, oword [bx+si+8]
vcvtpd2ph xmm1, oword [bx+si+8]
vcvtph2dq xmm1, qword [bx+si+8]
vcvtph2dq ymm1, oword [bx+si+8]
vcvtph2dq zmm1, yword [bx+si+8]
vcvtph2pd xmm1, dword [bx+si+8]
vcvtph2pd ymm1, qword [bx+si+8]
vcvtph2pd zmm1, oword [bx+si+8]
vcvtph2psx xmm1, qword [bx+si+8]
vcvtph2psx ymm1, oword [bx+si+8]
vcvtph2psx zmm1, yword [bx+si+8]
vcvtph2qq xmm1, dword [bx+si+8]
vcvtph2qq ymm1, qword [bx+si+8]
vcvtph2qq zmm1, oword [bx+si+8]
vcvtph2uqq xmm1, dword [bx+si+8]
vcvtph2uqq ymm1, qword [bx+si+8]
vcvtph2uqq zmm1, oword [bx+si+8]
vcvtph2uw xmm1, oword [bx+si+8]
vcvtph2uw ymm1, yword [bx+si+8]
vcvtph2uw zmm1, zword [bx+si+8]
vcvtph2w xmm1, oword [bx+si+8]
vcvtph2w ymm1, yword [bx+si+8]
vcvtph2w zmm1, zword [bx+si+8]
vcvtqq2ph xmm1, oword [bx+si+8]
vcvtsd2sh xmm1, xmm4, qword [bx+si+8]
vcvtsi2sh xmm1, xmm4, dword [bx+si+8]
vcvtss2sh xmm1, xmm4, dword [bx+si+8]
vcvttph2dq xmm1, qword [bx+si+8]
vcvttph2dq ymm1, oword [bx+si+8]
vcvttph2dq zmm1, yword [bx+si+8]
vcvttph2qq xmm1, dword [bx+si+8]
vcvttph2udq xmm1, qword [bx+si+8]
vcvttph2udq ymm1, oword [bx+si+8]
vcvttph2udq zmm1, yword [bx+si+8]
vcvttph2uqq xmm1, dword [bx+si+8]
vcvttph2uw xmm1, oword [bx+si+8]
vcvttph2uw ymm1, yword [bx+si+8]
vcvttph2uw zmm1, zword [bx+si+8]
vcvttph2w xmm1, oword [bx+si+8]
vcvttph2w ymm1, yword [bx+si+8]
vcvttph2w zmm1, zword [bx+si+8]
vcvtudq2ph xmm1, oword [bx+si+8]
vcvtuqq2ph xmm1, oword [bx+si+8]
vcvtusi2sh xmm1, xmm4, dword [bx+si+8]
vcvtuw2ph xmm1, oword [bx+si+8]
vcvtuw2ph ymm1, yword [bx+si+8]
vcvtuw2ph zmm1, zword [bx+si+8]
vcvtw2ph xmm1, oword [bx+si+8]
vcvtw2ph ymm1, yword [bx+si+8]
vcvtw2ph zmm1, zword [bx+si+8]
vdivph xmm1, xmm4, oword [bx+si+8]
vdivph ymm1, ymm4, yword [bx+si+8]
vdivph zmm1, zmm4, zword [bx+si+8]
vfcmaddcph xmm1, xmm4, oword [bx+si+8]
vfcmaddcph ymm1, ymm4, yword [bx+si+8]
vfcmaddcph zmm1, zmm4, zword [bx+si+8]
vfmaddcph xmm1, xmm4, oword [bx+si+8]
vfmaddcph ymm1, ymm4, yword [bx+si+8]
vfmaddcph zmm1, zmm4, zword [bx+si+8]
vfcmaddcsh xmm1, xmm4, dword [bx+si+8]
vfmaddcsh xmm1, xmm4, dword [bx+si+8]
vfcmulcsh xmm1, xmm4, dword [bx+si+8]
vfmulcsh xmm1, xmm4, dword [bx+si+8]
vfmaddsub132ph xmm1, xmm4, oword [bx+si+8]
vfmaddsub132ph ymm1, ymm4, yword [bx+si+8]
vfmaddsub132ph zmm1, zmm4, zword [bx+si+8]
vfmaddsub213ph xmm1, xmm4, oword [bx+si+8]
vfmaddsub213ph ymm1, ymm4, yword [bx+si+8]
vfmaddsub213ph zmm1, zmm4, zword [bx+si+8]
vfmaddsub231ph xmm1, xmm4, oword [bx+si+8]
vfmaddsub231ph ymm1, ymm4, yword [bx+si+8]
vfmaddsub231ph zmm1, zmm4, zword [bx+si+8]
vfmsubadd132ph xmm1, xmm4, oword [bx+si+8]
vfmsubadd132ph ymm1, ymm4, yword [bx+si+8]
vfmsubadd132ph zmm1, zmm4, zword [bx+si+8]
vfmsubadd213ph xmm1, xmm4, oword [bx+si+8]
vfmsubadd213ph ymm1, ymm4, yword [bx+si+8]
vfmsubadd213ph zmm1, zmm4, zword [bx+si+8]
vfmsubadd231ph xmm1, xmm4, oword [bx+si+8]
vfmsubadd231ph ymm1, ymm4, yword [bx+si+8]
vfmsubadd231ph zmm1, zmm4, zword [bx+si+8]
vfpclassph k2, oword [bx+si+8], 5
vfpclassph k2, yword [bx+si+8], 5
vfpclassph k2, zword [bx+si+8], 5
vgetexpph xmm1, oword [bx+si+8]
vgetexpph ymm1, yword [bx+si+8]
vgetexpph zmm1, zword [bx+si+8]
vmovsh xmm1, xmm4, xmm2
vmovsh xmm2, xmm4, xmm1
vmulph xmm1, xmm4, oword [bx+si+8]
vmulph ymm1, ymm4, yword [bx+si+8]
vmulph zmm1, zmm4, zword [bx+si+8]
vreduceph xmm1, oword [bx+si+8], 5
vreduceph ymm1, yword [bx+si+8], 5
vreduceph zmm1, zword [bx+si+8], 5
vscalefph xmm1, xmm4, oword [bx+si+8]
vscalefph ymm1, ymm4, yword [bx+si+8]
vscalefph zmm1, zmm4, zword [bx+si+8]
vsqrtph xmm1, oword [bx+si+8]
vsqrtph ymm1, yword [bx+si+8]
vsqrtph zmm1, zword [bx+si+8]
vsubph xmm1, xmm4, oword [bx+si+8]
vsubph ymm1, ymm4, yword [bx+si+8]
vsubph zmm1, zmm4, zword [bx+si+8]
prefetchit1 byte [bx+si+8]
prefetchit0 byte [bx+si+8]
aadd dword [bx+si+8], esi
aand dword [bx+si+8], esi
axor dword [bx+si+8], esi
