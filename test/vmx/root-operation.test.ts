// VMX root operation: the restrictions of SDM Vol 3C 24.8 ("Restrictions on VMX Operation": CR0/CR4 fixed
// bits, CR4.VMXE stays set), the CPL check of the VMX instructions (#GP(0) at CPL > 0), and INVEPT/INVVPID
// in root operation: every type, descriptor checks, VMfailValid 28 (SDM Vol 3C 31.3 INVEPT, INVVPID); VMREAD and
// VMWRITE with 32-bit operands in a 32-bit (legacy protected mode) hypervisor.
import { describe, it, expect } from 'vitest';
import { nasmAvailable, RunOptions } from '../cpu/harness';
import { runVmx, CF, ZF } from './vmx-harness';
import { F } from '../../emulator/vmx/vmcs';

const ARITH = 0x8d5n;
const firstFault = (r: ReturnType<typeof runVmx>): string => (r.stop.reason === 'triple-fault' ? r.stop.detail : `no fault: ${JSON.stringify(r.stop)}`);

describe.skipIf(!nasmAvailable())('restrictions on VMX operation (SDM 24.8)', () => {
  it('CR4.VMXE cannot be cleared in VMX operation: MOV to CR4 is #GP(0); after VMXOFF it can', () => {
    const r = runVmx('VMXON_OK\nmov rax, cr4\nand eax, ~CR4_VMXE\nmov cr4, rax\nhlt');
    expect(firstFault(r)).toMatch(/#GP\(0x0\).*MOV CR4/);
    const ok = runVmx('VMXON_OK\nvmxoff\nmov rax, cr4\nand eax, ~CR4_VMXE\nmov cr4, rax\nmov r12, cr4\nhlt');
    expect(ok.stop.reason).toBe('halted');
    expect(ok.reg('r12') & 0x2000n).toBe(0n);
  });

  it('CR0 bits fixed to 1 in VMX operation (IA32_VMX_CR0_FIXED0: PE, NE, PG) cannot be cleared: #GP(0)', () => {
    const r = runVmx('VMXON_OK\nmov rax, cr0\nand eax, ~CR0_NE\nmov cr0, rax\nhlt');
    expect(firstFault(r)).toMatch(/#GP\(0x0\).*MOV CR0/);
    // outside VMX operation the same write is allowed
    const ok = runVmx('mov rax, cr0\nand eax, ~CR0_NE\nmov cr0, rax\nmov r12, cr0\nhlt');
    expect(ok.stop.reason).toBe('halted');
    expect(ok.reg('r12') & 0x20n).toBe(0n);
  });

  it('VMX instructions at CPL 3 in VMX root operation: #GP(0)', () => {
    // make the first 2 MiB user-accessible, then RETF to the 64-bit user code segment 0x2b
    const r = runVmx(`VMXON_OK
LOAD_VMCS VMCS_A
mov rax, cr3
and rax, ~0xfff
or qword [rax], 4
mov rbx, [rax]
and rbx, ~0xfff
or qword [rbx], 4
mov rbx, [rbx]
and rbx, ~0xfff
or qword [rbx], 4
mov cr3, rax
push 0x23
push 0x80000
push 0x2b
lea rax, [rel ring3]
push rax
o64 retf
ring3:
mov ebx, GUEST_RIP
vmread rax, rbx
hlt`);
    expect(firstFault(r)).toMatch(/#GP\(0x0\).*(VMREAD|CPL)/);
    expect(r.m.cpu.cpl).toBe(3);
  });
});

describe.skipIf(!nasmAvailable())('VMXON, VMCLEAR and VMPTRLD pointers beyond the physical-address width (MAXPHYADDR 39)', () => {
  it('VMXON: VMfailInvalid; VMCLEAR: VMfailValid 2; VMPTRLD: VMfailValid 9 (SDM 31.3)', () => {
    const r = runVmx(`ENABLE_VMXE
REVISION VMXON_REGION
mov rax, (1 << 39) | VMXON_REGION
mov [ptr_scratch], rax
vmxon [ptr_scratch]
SAVEFLAGS r8
VMXON_OK
LOAD_VMCS VMCS_A
mov rax, 1 << 39
mov [ptr_scratch], rax
vmclear [ptr_scratch]
SAVEFLAGS r9
mov ebx, VM_INSTRUCTION_ERROR
vmread r12, rbx
vmptrld [ptr_scratch]
SAVEFLAGS r10
vmread r13, rbx
hlt`);
    expect(r.stop.reason).toBe('halted');
    expect([r.reg('r8') & ARITH, r.reg('r9') & ARITH, r.reg('r10') & ARITH]).toEqual([CF, ZF, ZF]);
    expect([r.reg('r12'), r.reg('r13')]).toEqual([2n, 9n]);
  });
});

describe.skipIf(!nasmAvailable())('INVEPT and INVVPID in VMX root operation', () => {
  const run = (code: string, machine?: RunOptions['machine']) => runVmx(`VMXON_OK
LOAD_VMCS VMCS_A
jmp go_on
align 16
desc: dq 0, 0
go_on:
${code}
hlt`, { machine });
  // one INVEPT/INVVPID with the given type and descriptor: RFLAGS into flagsReg (ZF = VMfailValid), the VM-instruction error into errReg
  const check = (insn: string, type: number, d0: string, d1: string, flagsReg: string, errReg: string) => `
mov rcx, ${d0}
mov [rel desc], rcx
mov rcx, ${d1}
mov [rel desc + 8], rcx
mov eax, ${type}
${insn} rax, [rel desc]
SAVEFLAGS ${flagsReg}
mov ebx, VM_INSTRUCTION_ERROR
vmread ${errReg}, rbx`;

  it('INVEPT: type 0 and 3 are not supported (28); single-context needs a valid EPTP (28); valid single- and all-context succeed', () => {
    const r = run([
      check('invept', 0, '0', '0', 'r8', 'r12'),
      check('invept', 1, '0x3000 | 1 | (3 << 3)', '0', 'r9', 'r13'),   // memory type 1 (WC) is not allowed
      check('invept', 1, '0x3000 | 6 | (3 << 3)', '0', 'r10', 'r14'),
      check('invept', 2, '0', '0', 'r11', 'r15'),
    ].join('\n'));
    expect(r.stop.reason).toBe('halted');
    expect([r.reg('r8') & ARITH, r.reg('r9') & ARITH]).toEqual([ZF, ZF]);
    expect([r.reg('r12'), r.reg('r13')]).toEqual([28n, 28n]);
    expect([r.reg('r10') & ARITH, r.reg('r11') & ARITH]).toEqual([0n, 0n]);
    expect(r.m.vmx!.lastFailure?.message).toMatch(/invalid EPTP/);
  });

  it('INVEPT single-context checks the EPTP as VM entry does, on this CPU: A/D bit 6 without EPT A/D support, walk length 5, reserved bit 8 (28)', () => {
    const r = run([
      check('invept', 1, '0x3000 | 6 | (3 << 3) | (1 << 6)', '0', 'r8', 'r12'),   // A/D: fine by default
      check('invept', 1, '0x3000 | 6 | (4 << 3)', '0', 'r9', 'r13'),              // 5-level walk: not supported
      check('invept', 1, '0x3000 | 6 | (3 << 3) | (1 << 8)', '0', 'r10', 'r14'),  // reserved bit 8
    ].join('\n'));
    expect([r.reg('r8') & ARITH, r.reg('r9') & ARITH, r.reg('r10') & ARITH]).toEqual([0n, ZF, ZF]);
    expect([r.reg('r13'), r.reg('r14')]).toEqual([28n, 28n]);
    const noAd = run(check('invept', 1, '0x3000 | 6 | (3 << 3) | (1 << 6)', '0', 'r8', 'r12'), { cpuProfile: 'no-ept-ad' });
    expect(noAd.reg('r8') & ARITH).toBe(ZF);
    expect(noAd.reg('r12')).toBe(28n);
    expect(noAd.m.vmx!.lastFailure?.message).toMatch(/bit 6, accessed\/dirty flags, is 1.*IA32_VMX_EPT_VPID_CAP\[21\]/);
  });

  it('INVVPID: type 4 (28), VPID 0 for types 0/1/3 (28), descriptor bits 63:16 (28), non-canonical address (28); valid ones succeed', () => {
    const bad = run([
      check('invvpid', 4, '1', '0', 'r8', 'r12'),
      check('invvpid', 1, '0', '0', 'r9', 'r13'),
      check('invvpid', 1, '0x10001', '0', 'r10', 'r14'),
      check('invvpid', 0, '1', '0x0000800000000000', 'r11', 'r15'),
    ].join('\n'));
    expect(bad.stop.reason).toBe('halted');
    expect(['r8', 'r9', 'r10', 'r11'].map((g) => bad.reg(g) & ARITH)).toEqual([ZF, ZF, ZF, ZF]);
    expect(['r12', 'r13', 'r14', 'r15'].map((g) => bad.reg(g))).toEqual([28n, 28n, 28n, 28n]);
    const good = run([
      check('invvpid', 0, '5', '0x1000', 'r8', 'r12'),
      check('invvpid', 1, '5', '0', 'r9', 'r13'),
      check('invvpid', 2, '0', '0', 'r10', 'r14'),
      check('invvpid', 3, '5', '0', 'r11', 'r15'),
    ].join('\n'));
    expect(good.stop.reason).toBe('halted');
    expect(['r8', 'r9', 'r10', 'r11'].map((g) => good.reg(g) & ARITH)).toEqual([0n, 0n, 0n, 0n]);
  });

  it('without a current VMCS a failing INVEPT is VMfailInvalid (CF)', () => {
    const r = runVmx('VMXON_OK\njmp go_on\nalign 16\ndesc: dq 0, 0\ngo_on:\nxor eax, eax\ninvept rax, [rel desc]\nSAVEFLAGS r8\nhlt');
    expect(r.stop.reason).toBe('halted');
    expect(r.reg('r8') & ARITH).toBe(CF);
  });
});

describe.skipIf(!nasmAvailable())('VMX root operation in 32-bit protected mode (paging, no IA-32e)', () => {
  it('VMREAD/VMWRITE use 32-bit operands: a 64-bit field written by a full access gets bits 63:32 cleared, the high access sets them', () => {
    // real mode -> 32-bit protected mode with 4-MiB pages (CR4.PSE): VMX needs CR0.PG and CR0.PE (IA32_VMX_CR0_FIXED0)
    const r = runVmx(`
        cli
        xor ax, ax
        mov ds, ax
        mov es, ax
        mov edi, 0x9000                 ; page directory: 4 identity-mapped 4-MiB pages
        mov eax, 0x83 | 0x04            ; present, writable, PS
        mov cx, 4
.pde:   mov [di], eax
        add eax, 0x400000
        add di, 4
        loop .pde
        lgdt [gdtr32]
        mov eax, 0x10 | 0x2000          ; CR4.PSE | CR4.VMXE
        mov cr4, eax
        mov eax, 0x9000
        mov cr3, eax
        mov eax, 0x80000031             ; PG | NE | ET | PE
        mov cr0, eax
        jmp 0x08:pm32
align 8
gdt32:  dq 0, 0x00cf9a000000ffff, 0x00cf92000000ffff
gdtr32: dw 23
        dd gdt32
bits 32
pm32:   mov ax, 0x10
        mov ds, ax
        mov es, ax
        mov ss, ax
        mov esp, 0x7000
        mov ecx, MSR_IA32_VMX_BASIC
        rdmsr
        mov [VMXON_REGION], eax
        mov [VMCS_A], eax
        mov dword [ptr_scratch], VMXON_REGION
        mov dword [ptr_scratch + 4], 0
        vmxon [ptr_scratch]
        mov dword [ptr_scratch], VMCS_A
        vmclear [ptr_scratch]
        vmptrld [ptr_scratch]
        mov ebx, IO_BITMAP_A_HIGH
        mov eax, 5
        vmwrite ebx, eax
        mov ebx, IO_BITMAP_A
        mov eax, 0x1000
        vmwrite ebx, eax                ; full access: bits 63:32 cleared
        vmread esi, ebx                 ; 0x1000
        mov ebx, IO_BITMAP_A_HIGH
        vmread edi, ebx                 ; 0
        mov dword [0x8000], 7
        vmwrite ebx, [0x8000]           ; memory source, 32 bits
        mov ebx, GUEST_RIP
        mov eax, 0x89abcdef
        vmwrite ebx, eax
        vmread [0x8004], ebx            ; memory destination, 32 bits
        mov dword [0x8008], 0x11111111
        pushfd
        pop ebp
        hlt`, { mode: 'real' });
    expect(r.stop.reason).toBe('halted');
    expect(r.m.cpu.long64).toBe(false);
    expect(r.reg('rbp') & ARITH).toBe(0n);   // the last VMX instruction succeeded
    expect(r.reg('rsi')).toBe(0x1000n);
    expect(r.reg('rdi')).toBe(0n);
    const v = r.m.vmx!.current!;
    expect(v.getBig(F.IO_BITMAP_A)).toBe(0x700001000n);
    expect(v.getBig(F.GUEST_RIP)).toBe(0x89abcdefn);
    expect(r.m.mem.read32(0x8004) >>> 0).toBe(0x89abcdef);
    expect(r.m.mem.read32(0x8008) >>> 0).toBe(0x11111111);
  });
});
