import { describe, it, expect } from 'vitest';
import { runFlow } from './flow-harness';
import { PRE64, idt64 } from './snippets';
import { nasmAvailable } from '../harness';

const d = nasmAvailable() ? describe : describe.skip;
const h = (v: bigint | number): string => v.toString(16);
const bytes = (m: { mem: { read8(a: number): number } }, a: number, n: number): number[] => Array.from({ length: n }, (_, i) => m.mem.read8(a + i));

d('REP MOVS / STOS (64-bit)', () => {
  it('rep movsb/movsd/movsq forward, large counts across pages, registers advanced', () => {
    const r = runFlow(`${PRE64}
start:
  ; fill 0x200000.. with a pattern (20000 bytes)
  mov rdi, 0x200000
  mov rcx, 20000
  xor eax, eax
fill: mov [rdi], al
  inc rdi
  add al, 7
  dec rcx
  jnz fill
  cld
  mov rsi, 0x200000
  mov rdi, 0x300003          ; unaligned destination
  mov rcx, 20000
  rep movsb
  mov r8, rsi
  mov r9, rdi
  mov r10, rcx
  mov rsi, 0x200000
  mov rdi, 0x340000
  mov rcx, 5000
  rep movsd
  mov rsi, 0x200000
  mov rdi, 0x380000
  mov ecx, 2500
  rep movsq
  hlt`);
    expect(r.stop.reason).toBe('halted');
    const m = r.m;
    const src = bytes(m, 0x200000, 20000);
    expect(bytes(m, 0x300003, 20000)).toEqual(src);
    expect(bytes(m, 0x340000, 20000)).toEqual(src);
    expect(bytes(m, 0x380000, 20000)).toEqual(src);
    expect(m.mem.read8(0x300002)).toBe(0);
    expect(m.mem.read8(0x300003 + 20000)).toBe(0);
    expect(h(r.reg('r8'))).toBe(h(0x200000 + 20000));
    expect(h(r.reg('r9'))).toBe(h(0x300003 + 20000));
    expect(r.reg('r10')).toBe(0n);
    expect(r.reg('rcx')).toBe(0n);
  });

  it('DF=1 copies downwards; overlapping copies behave element by element', () => {
    const r = runFlow(`${PRE64}
start:
  mov rdi, 0x200000
  mov ecx, 64
  mov al, 1
f: mov [rdi], al
  inc al
  inc rdi
  loop f
  std
  mov rsi, 0x200000 + 63
  mov rdi, 0x210000 + 63
  mov ecx, 64
  rep movsb
  mov r8, rsi
  mov r9, rdi
  mov rsi, 0x200000 + 60
  mov rdi, 0x220000 + 60
  mov ecx, 16
  rep movsd
  cld
  ; forward overlap dst = src + 1: replicates the first byte (like memset)
  mov byte [0x230000], 0x5a
  mov rsi, 0x230000
  mov rdi, 0x230001
  mov ecx, 100
  rep movsb
  ; forward overlap by 2 with dwords: each element read whole before it is written
  mov dword [0x240000], 0x44332211
  mov rsi, 0x240000
  mov rdi, 0x240002
  mov ecx, 3
  rep movsd
  ; backward overlap dst = src - 1 with DF=1: replicates the last byte downwards
  std
  mov byte [0x250040], 0x77
  mov rsi, 0x250040
  mov rdi, 0x25003f
  mov ecx, 0x40
  rep movsb
  cld
  hlt`);
    expect(r.stop.reason).toBe('halted');
    const m = r.m;
    expect(bytes(m, 0x210000, 64)).toEqual(bytes(m, 0x200000, 64));
    expect(h(r.reg('r8'))).toBe(h(0x200000 - 1));
    expect(h(r.reg('r9'))).toBe(h(0x210000 - 1));
    expect(bytes(m, 0x220000, 64)).toEqual(bytes(m, 0x200000, 64));
    expect(bytes(m, 0x230000, 101)).toEqual(new Array(101).fill(0x5a));
    expect(bytes(m, 0x240000, 14)).toEqual([0x11, 0x22, 0x11, 0x22, 0x33, 0x44, 0x33, 0x44, 0, 0, 0, 0, 0, 0]); // not memmove
    expect(bytes(m, 0x250000, 0x41)).toEqual(new Array(0x41).fill(0x77));
  });

  it('rep stosb/stosw/stosd/stosq both directions; count 0 does nothing', () => {
    const r = runFlow(`${PRE64}
start:
  mov rax, 0x1122334455667788
  mov rdi, 0x200001
  mov ecx, 9000
  rep stosb
  mov rdi, 0x210000
  mov ecx, 3000
  rep stosw
  mov rdi, 0x220000
  mov ecx, 3000
  rep stosd
  mov rdi, 0x230000
  mov ecx, 3000
  rep stosq
  std
  mov rdi, 0x240000 + 8 * 99
  mov ecx, 100
  rep stosq
  mov r8, rdi
  cld
  mov rdi, 0x250000
  xor ecx, ecx
  rep stosb
  mov r9, rdi
  hlt`);
    expect(r.stop.reason).toBe('halted');
    const m = r.m.mem;
    expect(m.read8(0x200000)).toBe(0);
    expect(m.read8(0x200001)).toBe(0x88);
    expect(m.read8(0x200001 + 8999)).toBe(0x88);
    expect(m.read8(0x200001 + 9000)).toBe(0);
    expect(m.read16(0x210000 + 2 * 2999)).toBe(0x7788);
    expect(m.read16(0x210000 + 2 * 3000)).toBe(0);
    expect(m.read32(0x220000 + 4 * 2999) >>> 0).toBe(0x55667788);
    expect(m.read32(0x230000 + 8 * 2999 + 4)).toBe(0x11223344);
    expect(m.read32(0x240000) >>> 0).toBe(0x55667788);
    expect(m.read32(0x240000 + 8 * 99 + 4)).toBe(0x11223344);
    expect(h(r.reg('r8'))).toBe(h(0x240000 - 8));
    expect(h(r.reg('r9'))).toBe('250000');
  });

  it('address-size override (67h): ESI/EDI/ECX, upper halves cleared', () => {
    const r = runFlow(`${PRE64}
start:
  mov dword [0x200000], 0xdeadbeef
  mov rsi, 0xffffffff00200000
  mov rdi, 0xffffffff00210000
  mov rcx, 0xffffffff00000004
  a32 rep movsb
  hlt`);
    expect(r.stop.reason).toBe('halted');
    expect(r.m.mem.read32(0x210000) >>> 0).toBe(0xdeadbeef);
    expect(h(r.reg('rsi'))).toBe('200004');
    expect(h(r.reg('rdi'))).toBe('210004');
    expect(r.reg('rcx')).toBe(0n);
  });

  it('self-modifying code through rep movsb invalidates decoded blocks', () => {
    const r = runFlow(`${PRE64}
start:
  xor ebx, ebx
  xor edx, edx
again:
  call patchme
  add bl, al
  cmp dl, 1
  je done
  mov dl, 1
  lea rsi, [rel newcode]
  lea rdi, [rel patchme]
  mov ecx, newcode_end - newcode
  rep movsb
  jmp again
done:
  hlt
patchme: mov al, 1
  ret
newcode: mov al, 0x40
  ret
newcode_end:`);
    expect(r.stop.reason).toBe('halted');
    expect(r.reg('rbx') & 0xffn).toBe(0x41n);
  });

  it('#PF in the middle of rep movsb: registers describe the completed bytes and the copy restarts', () => {
    const r = runFlow(`${PRE64}
start:
  lidt [rel idtr64]
  mov rdi, 0x500000 - 0x1000
  mov ecx, 0x2000
  mov al, 0
f: mov [rdi], al
  inc al
  inc rdi
  loop f
  mov rsi, 0x500000 - 0x1000
  mov rdi, 0x600000 - 100         ; 0x600000 (2 MiB page) is not present
  mov ecx, 300
  rep movsb
  mov r8, rcx
  mov r9, rdi
  hlt
pf_handler:
  inc r12
  mov r13, rcx                    ; count at the fault
  mov r14, rdi                    ; destination at the fault
  mov rax, [rel pde_addr]
  or dword [rax], 1               ; make the page present again
  add rsp, 8                      ; error code
  iretq
pde_addr: dq 0
${idt64({ 14: 'pf_handler' })}`, {
      setup: (m, sym) => {
        const pd = m.systemArea!.pml4 + 0x2000; // PD for 0..1 GiB
        const pde = pd + 3 * 8; // 0x600000
        m.mem.write32(pde, m.mem.read32(pde) & ~1);
        m.mem.write32(sym('pde_addr'), pde);
        m.cpu.flushTlb();
      },
    });
    expect(r.stop.reason).toBe('halted');
    expect(r.out).toBe('');
    expect(r.reg('r12')).toBe(1n);
    expect(r.reg('r13')).toBe(200n);
    expect(h(r.reg('r14'))).toBe('600000');
    expect(r.reg('r8')).toBe(0n);
    expect(h(r.reg('r9'))).toBe(h(0x600000 + 200));
    expect(bytes(r.m, 0x600000 - 100, 300)).toEqual(bytes(r.m, 0x500000 - 0x1000, 300));
  });

  it('#PF mid rep stosd with DF=1 (descending) restarts correctly', () => {
    const r = runFlow(`${PRE64}
start:
  lidt [rel idtr64]
  std
  mov eax, 0xcafef00d
  mov rdi, 0x600000 + 4 * 9       ; 10 dwords in the missing page, then 20 below it
  mov ecx, 30
  rep stosd
  cld
  mov r8, rcx
  mov r9, rdi
  hlt
pf_handler:
  inc r12
  mov r13, rcx
  push rax
  mov rax, [rel pde_addr]
  or dword [rax], 1
  pop rax
  add rsp, 8
  iretq
pde_addr: dq 0
${idt64({ 14: 'pf_handler' })}`, {
      setup: (m, sym) => {
        const pde = m.systemArea!.pml4 + 0x2000 + 3 * 8;
        m.mem.write32(pde, m.mem.read32(pde) & ~1);
        m.mem.write32(sym('pde_addr'), pde);
        m.cpu.flushTlb();
      },
    });
    expect(r.stop.reason).toBe('halted');
    expect(r.reg('r12')).toBe(1n);
    expect(r.reg('r13')).toBe(30n); // the first element faults
    expect(r.reg('r8')).toBe(0n);
    expect(h(r.reg('r9'))).toBe(h(0x600000 + 4 * 9 - 4 * 30));
    for (let i = 0; i < 30; i++) expect(r.m.mem.read32(0x600000 + 4 * 9 - 4 * i) >>> 0).toBe(0xcafef00d);
    expect(r.m.mem.read32(0x600000 + 4 * 10)).toBe(0);
  });

  it('a long REP is interruptible: it spans many executions and stops at the budget consistently', () => {
    const r = runFlow(`${PRE64}
start:
  mov rdi, 0x200000
  mov ecx, 1000000
  xor eax, eax
  rep stosb
  hlt`, { max: 10 });
    expect(r.stop.reason).toBe('budget');
    const done = 1000000 - Number(r.reg('rcx'));
    expect(done).toBeGreaterThan(0);
    expect(done).toBeLessThan(1000000);
    expect(Number(r.reg('rdi')) - 0x200000).toBe(done);
    expect(r.m.cpu.rip).toBe(r.sym('start') + 5 + 5 + 2); // still at the rep stosb
    const r2 = r.m.run(1000);
    expect(r2.reason).toBe('halted');
    expect(r.reg('rcx')).toBe(0n);
  });
});

d('LODS / CMPS / SCAS', () => {
  it('64-bit: lods, repne scasb (strlen), repe cmpsb mismatch, cmpsq flags', () => {
    const r = runFlow(`${PRE64}
s1: db 'hello world', 0
s2: db 'hello wOrld', 0
q1: dq 5, 7
q2: dq 5, 9
start:
  xor ebx, ebx
  xor edx, edx
  xor ebp, ebp
  lea rsi, [rel s1]
  lodsb
  mov r8, rax
  lodsw
  mov r9, rax
  lea rsi, [rel q1]
  lodsq
  mov r10, rax
  ; strlen
  lea rdi, [rel s1]
  xor eax, eax
  mov rcx, -1
  repne scasb
  not rcx
  dec rcx
  mov r11, rcx
  ; compare strings
  lea rsi, [rel s1]
  lea rdi, [rel s2]
  mov ecx, 12
  repe cmpsb
  jbe .1            ; 'o' > 'O'
  mov bl, 1
.1:
  mov r12, rcx
  lea rax, [rel s1]
  sub rsi, rax
  mov r13, rsi
  ; cmpsq
  lea rsi, [rel q1]
  lea rdi, [rel q2]
  mov ecx, 2
  repe cmpsq
  jae .2            ; 7 < 9
  mov bpl, 1
.2:
  mov r14, rcx
  ; scasd with no match: count exhausted
  lea rdi, [rel q1]
  mov eax, 0x12345
  mov ecx, 4
  repne scasd
  jz .3
  mov dl, 1
.3:
  mov r15, rcx
  hlt`);
    expect(r.stop.reason).toBe('halted');
    expect(r.reg('r8') & 0xffn).toBe(BigInt('h'.charCodeAt(0)));
    expect(r.reg('r9') & 0xffffn).toBe(BigInt('e'.charCodeAt(0) | ('l'.charCodeAt(0) << 8)));
    expect(r.reg('r10')).toBe(5n);
    expect(r.reg('r11')).toBe(11n);
    expect(r.reg('rbx') & 0xffn).toBe(1n);
    expect(r.reg('r12')).toBe(4n);
    expect(r.reg('r13')).toBe(8n);
    expect(r.reg('rbp') & 0xffn).toBe(1n);
    expect(r.reg('r14')).toBe(0n);
    expect(r.reg('rdx') & 0xffn).toBe(1n);
    expect(r.reg('r15')).toBe(0n);
  });

  it('REP with count 0 leaves flags unchanged', () => {
    const r = runFlow(`${PRE64}
start:
  xor eax, eax         ; ZF=1
  xor ecx, ecx
  xor ebx, ebx
  mov rdi, 0x200000
  repne scasb
  jnz .1
  mov bl, 1
.1:
  hlt`);
    expect(r.reg('rbx') & 0xffn).toBe(1n);
  });
});

d('string instructions in real mode (16-bit addressing)', () => {
  it('rep movsb with DS override, SI wrap at 64 KiB, DF=1, movsw, a32 rep stosd, fs: lodsb', () => {
    const r = runFlow(`
  mov ax, 0x1000
  mov ds, ax
  mov ax, 0x2000
  mov es, ax
  mov byte [0xfffe], 0xa1
  mov byte [0xffff], 0xa2
  mov byte [0x0000], 0xa3
  mov byte [0x0001], 0xa4
  cld
  mov si, 0xfffe
  mov di, 0x100
  mov cx, 4
  rep movsb
  mov [es:0x200], si
  ; DF=1 words
  mov word [0x300], 0x1111
  mov word [0x302], 0x2222
  std
  mov si, 0x302
  mov di, 0x402
  mov cx, 2
  rep movsw
  cld
  mov [es:0x204], di
  ; 32-bit addressing in real mode
  mov eax, 0x01020304
  mov edi, 0x500
  mov ecx, 3
  a32 rep stosd
  mov [es:0x208], edi
  ; segment override on the source
  mov ax, 0x3000
  mov fs, ax
  mov byte [fs:0x10], 0x5c
  mov si, 0x10
  fs lodsb
  mov [es:0x20c], al
  ; es: override on movs source
  mov byte [es:0x600], 0x6d
  mov si, 0x600
  mov di, 0x700
  es movsb
  hlt`, { mode: 'real' });
    expect(r.stop.reason).toBe('halted');
    const m = r.m.mem;
    expect(bytes(r.m, 0x20100, 4)).toEqual([0xa1, 0xa2, 0xa3, 0xa4]);
    expect(m.read16(0x20200)).toBe(0x0002);
    expect(m.read16(0x20400)).toBe(0x1111);
    expect(m.read16(0x20402)).toBe(0x2222);
    expect(m.read16(0x20204)).toBe(0x3fe);
    expect(m.read32(0x20500)).toBe(0x01020304);
    expect(m.read32(0x20508)).toBe(0x01020304);
    expect(m.read32(0x20208)).toBe(0x50c);
    expect(m.read8(0x2020c)).toBe(0x5c);
    expect(m.read8(0x20700)).toBe(0x6d);
  });
});
