// MOV CR/DR rules (SDM Vol 2 MOV CR/DR, Vol 3A 2.5, 4.4.1, 9.8.5), LMSW/SMSW/CLTS, CR8/TPR.
import { describe, it, expect } from 'vitest';
import { runSys, expectFirstFault, expectHalted, REAL_PRELUDE, USER_PAGES } from './helpers';
import { setTprAccessor } from '../../../emulator/cpu/ops/control-regs';
import { CR0_PE, CR0_PG, CR0_TS, CR0_MP, EFER_LMA } from '../../../emulator/cpu/cpu';

const real = (body: string, opts = {}) => runSys(REAL_PRELUDE + body, { mode: 'real', ...opts });

describe('CR0', () => {
  it('#GP when bits 63:32 are set (64-bit mode)', () => {
    const r = runSys(`mov rax, cr0\n mov rbx, 0x100000000\n or rax, rbx\n mov cr0, rax\n hlt`);
    expectFirstFault(r, /^#GP\(0x0\): MOV CR0: bits 63:32 must be 0/);
  });
  it('#GP for PG without PE; state unchanged, RIP at the MOV', () => {
    const r = real(`mov eax, 0x80000010\n lea si, [fault]\nfault: mov cr0, eax\n hlt`);
    expectFirstFault(r, /^#GP\(0x0\): CR0 0x80000010: PG=1 requires PE=1/);
    expect(r.m.cpu.cr0 & CR0_PG).toBe(0);
    expect(r.m.cpu.rip).toBe(Number(r.reg('rsi') & 0xffffn));
  });
  it('#GP for NW without CD', () => {
    const r = real(`mov eax, cr0\n and eax, 0xbfffffff\n mov cr0, eax\n hlt`);
    expectFirstFault(r, /NW=1 requires CD=1/);
  });
  it('ignores reserved bits of CR0[31:0] and keeps ET = 1', () => {
    const r = real(`mov eax, 0x00000f00\n mov cr0, eax\n mov ebx, cr0\n hlt`);
    expectHalted(r);
    expect(r.reg('rbx')).toBe(0x10n);
  });
  it('#GP enabling paging with EFER.LME=1 and CR4.PAE=0', () => {
    const r = real(`mov ecx, 0xC0000080\n rdmsr\n or eax, 0x100\n wrmsr\n mov eax, 0x1000\n mov cr3, eax\n mov eax, cr0\n or eax, 0x80000001\n mov cr0, eax\n hlt`);
    expectFirstFault(r, /enabling paging with EFER\.LME=1 requires CR4\.PAE=1/);
    expect(r.m.cpu.efer & EFER_LMA).toBe(0);
  });
  it('#GP clearing PG in 64-bit mode', () => {
    const r = runSys(`mov rax, cr0\n btr eax, 31\n mov cr0, rax\n hlt`);
    // BTR may not be implemented yet: fall back to AND
    if (r.stop.reason === 'not-implemented') {
      const r2 = runSys(`mov rax, cr0\n and eax, 0x7fffffff\n mov cr0, rax\n hlt`);
      expectFirstFault(r2, /clearing PG in 64-bit mode/);
    } else expectFirstFault(r, /clearing PG in 64-bit mode/);
  });
  it('changing CR0.WP flushes the TLB (a cached supervisor-writable entry must not survive WP=1)', () => {
    const r = runSys(`
        mov rbx, cr3
        and rbx, -4096
        mov rbx, [rbx]
        and rbx, -4096
        mov rbx, [rbx]
        and rbx, -4096                  ; PD
        mov qword [rbx + 16], 0x400081  ; 0x400000: present, 2 MiB, read-only
        invlpg [0x400000]
        mov rax, cr0
        and eax, ~0x10000
        mov cr0, rax                    ; WP=0: supervisor writes ignore R/W
        mov dword [0x400000], 1         ; TLB entry now allows supervisor writes
        or eax, 0x10000
        mov cr0, rax                    ; WP=1
        lea rsi, [rel fault]
fault:  mov dword [0x400000], 2
        hlt`);
    expectFirstFault(r, /^#PF\(0x3\): page fault at 0x400000 \(protection\)/);
    expect(r.m.cpu.rip).toBe(Number(r.reg('rsi')));
  });
  it('LMSW sets PE but cannot clear it; loads MP/EM/TS only; SMSW and CLTS', () => {
    const r = real(`
        mov ax, 0x000b          ; PE | MP | TS
        lmsw ax
        smsw bx
        mov ax, 0xfff0          ; tries to clear PE/MP/TS; upper bits ignored
        lmsw ax
        smsw cx
        mov eax, 0xb
        lmsw ax
        clts
        mov edx, cr0
        hlt`);
    expectHalted(r);
    expect(Number(r.reg('rbx')) & 0xf).toBe(0xb);
    expect(Number(r.reg('rcx')) & 0xf).toBe(CR0_PE);
    expect(Number(r.reg('rdx')) & (CR0_TS | CR0_MP | CR0_PE)).toBe(CR0_MP | CR0_PE);
    expect(r.m.cpu.modeName()).toBe('protected 16-bit');
  });
  it('SMSW r32 in 64-bit mode returns CR0[31:0], memory form 16 bits', () => {
    const r = runSys(`mov rax, -1\n smsw eax\n mov qword [0x200000], -1\n smsw [0x200000]\n hlt`);
    expectHalted(r);
    expect(r.reg('rax')).toBe(BigInt(r.m.cpu.cr0 >>> 0));
    expect(r.u64(0x200000)).toBe(0xffffffffffff0000n | BigInt(r.m.cpu.cr0 & 0xffff));
  });
  it('MOV CR0 / LMSW / CLTS at CPL 3 raise #GP(0)', () => {
    for (const insn of ['mov rax, cr0', 'mov cr0, rax', 'clts', 'lmsw ax', 'mov rax, cr4', 'mov cr3, rax']) {
      const r = runSys(`${USER_PAGES}\n USER_PAGES\n TO_RING3 user\nuser: ${insn}\n hlt`);
      expectFirstFault(r, /^#GP\(0x0\): .* at CPL 3/);
    }
  });
});

describe('CR3 / PAE PDPTEs', () => {
  it('#GP on bits above MAXPHYADDR and on bit 63 without PCIDE', () => {
    expectFirstFault(runSys(`mov rax, cr3\n bts rax, 40\n mov cr3, rax\n hlt`).stop.reason === 'not-implemented'
      ? runSys(`mov rax, cr3\n mov rbx, 0x10000000000\n or rax, rbx\n mov cr3, rax\n hlt`)
      : runSys(`mov rax, cr3\n bts rax, 40\n mov cr3, rax\n hlt`), /MOV CR3: bits 62:39 must be 0/);
    expectFirstFault(runSys(`mov rax, cr3\n mov rbx, 0x8000000000000000\n or rax, rbx\n mov cr3, rax\n hlt`), /bit 63 set with CR4\.PCIDE=0/);
  });
  it('PCIDE: #GP with CR3[11:0] != 0, then works; bit 63 of the source is not stored', () => {
    expectFirstFault(runSys(`mov rax, cr3\n or rax, 5\n mov cr3, rax\n mov rax, cr4\n or eax, 0x20000\n mov cr4, rax\n hlt`), /setting PCIDE with CR3\[11:0\] = 0x5/);
    const r = runSys(`mov rax, cr4\n or eax, 0x20000\n mov cr4, rax\n mov rax, cr3\n or rax, 7\n mov rbx, 0x8000000000000000\n or rax, rbx\n mov cr3, rax\n mov rcx, cr3\n mov dword [0x200000], 1\n hlt`);
    expectHalted(r);
    expect(r.reg('rcx')).toBe(BigInt(r.m.systemArea!.pml4) | 7n);
  });
  it('PCIDE outside IA-32e mode is #GP', () => {
    expectFirstFault(real(`mov eax, 0x20000\n mov cr4, eax\n hlt`), /setting PCIDE outside IA-32e mode/);
  });
  it('PAE paging in protected mode loads the PDPTEs; reserved PDPTE bits #GP', () => {
    const setup = `
        mov dword [0x1000], 0x2001      ; PDPTE0 -> PD at 0x2000
        mov dword [0x2000], 0x83        ; 2 MiB identity page
        mov dword [0x5000], 0x12345678
        mov eax, cr0
        or eax, 1
        mov cr0, eax                    ; 16-bit protected mode (CS/DS caches keep base 0)
        mov eax, 0x20
        mov cr4, eax
        mov eax, 0x1000
        mov cr3, eax
        mov eax, cr0
        or eax, 0x80000000
        mov cr0, eax
        mov ebx, [0x5000]`;
    const r = real(`${setup}\n hlt`);
    expectHalted(r);
    expect(r.reg('rbx')).toBe(0x12345678n);
    expect(r.m.cpu.pdpte[0]).toBe(0x2001);
    expect(r.m.cpu.modeName()).toBe('protected 16-bit');
    // RW (bit 1) is reserved in a PAE PDPTE: reloading CR3 faults and keeps the old PDPTEs/CR3.
    const bad = real(`${setup}\n mov dword [0x1008], 0x3003\n mov eax, 0x1000\n mov cr3, eax\n hlt`);
    expectFirstFault(bad, /PAE PDPTE1 has reserved bits set/);
    expect(bad.m.cpu.pdpte[1]).toBe(0);
  });
});

describe('CR4', () => {
  it('#GP on bits this CPU does not support (VME, LA57, SMAP, PKE) and on bits 63:32', () => {
    for (const bit of [0x1, 0x1000, 0x200000, 0x400000]) {
      expectFirstFault(runSys(`mov rax, cr4\n or eax, ${bit}\n mov cr4, rax\n hlt`), /reserved or not supported by this CPU/);
    }
    expectFirstFault(runSys(`mov rax, cr4\n mov rbx, 0x100000000\n or rax, rbx\n mov cr4, rax\n hlt`), /MOV CR4: bits 63:32 must be 0/);
  });
  it('#GP clearing PAE while IA-32e mode is active', () => {
    expectFirstFault(runSys(`mov rax, cr4\n and eax, ~0x20\n mov cr4, rax\n hlt`), /clearing PAE while IA-32e mode is active/);
  });
  it('accepts the supported bits; VMXE only when VMX is reported; OSXSAVE only with XSAVE', () => {
    const ok = runSys(`mov rax, cr4\n or eax, 0x130fbc | 0x2000\n mov cr4, rax\n mov rbx, cr4\n hlt`);
    expectHalted(ok);
    expect(Number(ok.reg('rbx'))).toBe(0x130fbc | 0x2000 | 0x20);
    expectFirstFault(runSys(`mov rax, cr4\n or eax, 0x2000\n mov cr4, rax\n hlt`, { cpuid: { vmx: false } }), /0x2000 reserved or not supported/);
    expectFirstFault(runSys(`mov rax, cr4\n or eax, 0x40000\n mov cr4, rax\n hlt`), /0x40000 reserved or not supported/);
    expectHalted(runSys(`mov rax, cr4\n or eax, 0x40000\n mov cr4, rax\n hlt`, { cpuid: { xsave: true } }));
  });
});

describe('CR8 / TPR', () => {
  it('reads and writes TPR[7:4] through the accessor; bits 63:4 reserved', () => {
    const r = runSys(`mov eax, 9\n mov cr8, rax\n mov rbx, cr8\n hlt`, { setup: (m) => setTprAccessor(() => m.apic.tpr, (v) => { m.apic.tpr = v; }, m.cpu) });
    expectHalted(r);
    expect(r.reg('rbx')).toBe(9n);
    expect(r.m.apic.tpr).toBe(0x90);
    expectFirstFault(runSys(`mov eax, 0x10\n mov cr8, rax\n hlt`), /MOV CR8.*bits 63:4 are reserved/);
  });
  it('without an accessor CR8 is kept per CPU', () => {
    const r = runSys(`mov eax, 3\n mov cr8, rax\n mov rbx, cr8\n hlt`);
    expect(r.reg('rbx')).toBe(3n);
  });
  it('CR1 and CR5..7 do not exist (#UD)', () => {
    const r = runSys(`db 0x0f, 0x20, 0xc8\n hlt`); // mov rax, cr1
    expectFirstFault(r, /^#UD/);
  });
});

describe('debug registers', () => {
  it('DR0-3 round trip 64-bit; DR6/DR7 fixed bits; DR4/DR5 alias DR6/DR7 with CR4.DE=0', () => {
    const r = runSys(`
        mov rax, 0xffff800012345678
        mov dr0, rax
        mov rbx, dr0
        xor eax, eax
        mov dr6, rax
        mov rcx, dr6
        mov eax, 0xffffdfff             ; everything but GD
        mov dr7, rax
        mov rdx, dr7
        db 0x0f, 0x21, 0xe6             ; mov rsi, dr4 (= DR6)
        db 0x0f, 0x21, 0xef             ; mov rdi, dr5 (= DR7)
        hlt`);
    expectHalted(r);
    expect(r.reg('rbx')).toBe(0xffff800012345678n);
    expect(r.reg('rcx')).toBe(0xffff0ff0n);
    expect(r.reg('rdx')).toBe(0xffff07ffn);           // bits 11, 12, 14, 15 read 0, bit 10 reads 1
    expect(r.reg('rsi')).toBe(0xffff0ff0n);
    expect(r.reg('rdi')).toBe(0xffff07ffn);
  });
  it('DR4 with CR4.DE=1 is #UD; high bits of DR7 #GP; CPL 3 #GP', () => {
    expectFirstFault(runSys(`mov rax, cr4\n or eax, 8\n mov cr4, rax\n db 0x0f, 0x21, 0xe0\n hlt`), /^#UD: MOV reg, DR4 with CR4\.DE=1/);
    expectFirstFault(runSys(`mov rax, 0x100000000\n mov dr7, rax\n hlt`), /MOV DR7: bits 63:32 must be 0/);
    expectFirstFault(runSys(`${USER_PAGES}\n USER_PAGES\n TO_RING3 user\nuser: mov rax, dr7\n hlt`), /MOV reg, DR7 at CPL 3/);
  });
  it('DR7.GD makes the next MOV DR raise #DB (DR6.BD set, GD cleared)', () => {
    const r = runSys(`mov eax, 0x2000\n mov dr7, rax\n mov rax, dr0\n hlt`);
    expectFirstFault(r, /^#DB: MOV reg, DR0 with DR7\.GD=1/);
    expect(r.m.cpu.dr[6] & 0x2000).toBe(0x2000);
    expect(r.m.cpu.dr[7] & 0x2000).toBe(0);
  });
});
