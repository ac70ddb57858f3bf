// CPUID, MSRs, TSC, RDRAND/RDSEED, XGETBV/XSETBV, RDPMC, cache/TLB maintenance (SDM Vol 2).
import { describe, it, expect } from 'vitest';
import { runSys, expectFirstFault, expectHalted, USER_PAGES } from './helpers';
import { cpuid, configureCpuid, cr4Supported } from '../../../emulator/cpu/cpuid';
import { Machine } from '../../../emulator/machine';
import { MAXPHYADDR } from '../../../emulator/cpu/cpu';

function str(...regs: number[]): string {
  return regs.map((v) => String.fromCharCode(v & 0xff, (v >>> 8) & 0xff, (v >>> 16) & 0xff, (v >>> 24) & 0xff)).join('');
}

describe('CPUID', () => {
  it('vendor string, max basic/extended leaves and the brand string (executed)', () => {
    const r = runSys(`
        xor eax, eax
        cpuid
        mov [0x200000], eax
        mov [0x200004], ebx
        mov [0x200008], edx
        mov [0x20000c], ecx
        mov eax, 0x80000000
        cpuid
        mov [0x200010], eax
        mov edi, 0x200020
        mov esi, 0x80000002
.next:  mov eax, esi
        cpuid
        mov [rdi], eax
        mov [rdi + 4], ebx
        mov [rdi + 8], ecx
        mov [rdi + 12], edx
        add rdi, 16
        add esi, 1
        cmp esi, 0x80000005
        jne .next
        hlt`);
    expectHalted(r);
    expect(r.u32(0x200000)).toBe(0xd);
    expect(str(r.u32(0x200004), r.u32(0x200008), r.u32(0x20000c))).toBe('GenuineIntel');
    expect(r.u32(0x200010)).toBe(0x80000008);
    const brand = Buffer.from(r.m.mem.readBytes(0x200020, 48)).toString('latin1');
    expect(brand.replace(/\0+$/, '')).toBe('VMX Debugger virtual CPU');
    expect(brand.length).toBe(48);
  });
  it('feature bits: honest leaf 1 / 7 / 8000_0001, VMX configurable, OSXSAVE mirrors CR4', () => {
    const m = new Machine({ memoryMiB: 4 });
    const c = m.cpu;
    const [sig, ebx, ecx, edx] = cpuid(c, 1, 0);
    expect(sig).toBe(0x000606a6);
    expect((ebx >>> 8) & 0xff).toBe(8);                   // CLFLUSH line size 64
    expect(ecx & (1 << 5)).toBe(1 << 5);                  // VMX
    expect(ecx & (1 << 30)).toBe(1 << 30);                // RDRAND
    expect(ecx & ((1 << 0) | (1 << 9) | (1 << 19) | (1 << 20) | (1 << 21) | (1 << 26) | (1 << 28) | (1 << 31))).toBe(0); // SSE3, SSSE3, SSE4, x2APIC, XSAVE, AVX, hypervisor
    expect(edx & ((1 << 0) | (1 << 23) | (1 << 25) | (1 << 26))).toBe(0); // FPU, MMX, SSE, SSE2
    const want = [2, 3, 4, 5, 6, 9, 11, 13, 16, 19];        // DE PSE TSC MSR PAE APIC SEP PGE PAT CLFSH
    for (const b of want) expect((edx >>> b) & 1, `leaf 1 EDX bit ${b}`).toBe(1);
    const l7 = cpuid(c, 7, 0);
    expect(l7[1] & 1).toBe(1);                            // FSGSBASE
    expect((l7[1] >>> 7) & 1).toBe(1);                    // SMEP
    expect((l7[1] >>> 18) & 1).toBe(1);                   // RDSEED
    expect((l7[1] >>> 20) & 1).toBe(0);                   // no SMAP
    const e1 = cpuid(c, 0x80000001, 0);
    for (const b of [11, 20, 26, 27, 29]) expect((e1[3] >>> b) & 1, `8000_0001 EDX bit ${b}`).toBe(1);
    expect(cpuid(c, 0x80000008, 0)[0]).toBe((48 << 8) | MAXPHYADDR);
    expect(cpuid(c, 0x80000007, 0)[3] & 0x100).toBe(0x100);
    configureCpuid(c, { vmx: false, xsave: true });
    expect(cpuid(c, 1, 0)[2] & (1 << 5)).toBe(0);
    expect(cpuid(c, 1, 0)[2] & (1 << 27)).toBe(0);
    c.cr4 |= 0x40000;
    expect(cpuid(c, 1, 0)[2] & ((1 << 26) | (1 << 27))).toBe((1 << 26) | (1 << 27));
    expect(cpuid(c, 0xd, 0)).toEqual([1, 576, 576, 0]);
    expect(cr4Supported(c) & 0x2000).toBe(0);
    const noVmx = new Machine({ memoryMiB: 4, vmx: false });
    expect(cpuid(noVmx.cpu, 1, 0)[2] & (1 << 5)).toBe(0);
  });
  it('out-of-range leaves return the highest basic leaf; topology and caches', () => {
    const c = new Machine({ memoryMiB: 4 }).cpu;
    const top = cpuid(c, 0xd, 0);
    expect(cpuid(c, 0x20, 0)).toEqual(top);
    expect(cpuid(c, 0x40000000, 0)).toEqual(top);
    expect(cpuid(c, 0x80000009, 0)).toEqual(top);
    expect(cpuid(c, 0xb, 0)[1]).toBe(1);
    expect((cpuid(c, 0xb, 1)[2] >>> 8) & 0xff).toBe(2);
    expect(cpuid(c, 0xb, 2)[1]).toBe(0);
    expect(cpuid(c, 4, 0)[0] & 0x1f).toBe(1);            // L1 data
    expect(cpuid(c, 4, 4)[0] & 0x1f).toBe(0);            // no more caches
  });
});

describe('RDMSR / WRMSR / TSC', () => {
  it('RDMSR of an unknown MSR is #GP(0) naming the index (triple fault without an IDT)', () => {
    const r = runSys(`mov ecx, 0x12345\n rdmsr\n hlt`);
    expectFirstFault(r, /^#GP\(0x0\): RDMSR 0x12345: unknown MSR/);
    expectFirstFault(runSys(`mov ecx, 0x12345\n wrmsr\n hlt`), /^#GP\(0x0\): WRMSR 0x12345: unknown MSR/);
  });
  it('RDMSR/WRMSR at CPL 3 are #GP(0); MTRRs and PRED_CMD exist', () => {
    expectFirstFault(runSys(`${USER_PAGES}\n USER_PAGES\n TO_RING3 user\nuser: mov ecx, 0x10\n rdmsr`), /^#GP\(0x0\): RDMSR at CPL 3/);
    const r = runSys(`
        mov ecx, 0x200
        mov eax, 0x100006
        xor edx, edx
        wrmsr
        rdmsr
        mov ebx, eax
        mov ecx, 0x49
        mov eax, 1
        wrmsr
        hlt`);
    expectHalted(r);
    expect(r.reg('rbx')).toBe(0x100006n);
    expectFirstFault(runSys(`mov ecx, 0x200\n mov eax, 2\n xor edx, edx\n wrmsr`), /invalid memory type 2/);
  });
  it('RDTSC increases; RDTSCP returns TSC_AUX; RDPID; CR4.TSD makes RDTSC #GP at CPL 3', () => {
    const r = runSys(`
        mov ecx, 0xC0000103
        mov eax, 0x42
        xor edx, edx
        wrmsr
        rdtsc
        mov r8d, eax
        rdtscp
        mov r9d, eax
        mov r10d, ecx
        rdpid r11
        hlt`);
    expectHalted(r);
    expect(r.reg('r9')).toBeGreaterThan(r.reg('r8'));
    expect(r.reg('r10')).toBe(0x42n);
    expect(r.reg('r11')).toBe(0x42n);
    expectFirstFault(runSys(`${USER_PAGES}\n USER_PAGES\n mov rax, cr4\n or eax, 4\n mov cr4, rax\n TO_RING3 user\nuser: rdtsc`), /^#GP\(0x0\): RDTSC at CPL 3 with CR4\.TSD=1/);
  });
  it('RDPMC: #GP at CPL 3 without CR4.PCE; no counters exist', () => {
    expectFirstFault(runSys(`xor ecx, ecx\n rdpmc`), /RDPMC: counter 0x0 does not exist/);
    expectFirstFault(runSys(`${USER_PAGES}\n USER_PAGES\n TO_RING3 user\nuser: rdpmc`), /RDPMC at CPL 3 with CR4\.PCE=0/);
  });
});

describe('RDRAND / RDSEED', () => {
  const prog = `
        rdrand rax
        mov r8d, 0
        adc r8d, 0
        rdrand rbx
        rdrand ecx
        rdrand dx
        rdseed rsi
        hlt`;
  it('deterministic across runs, CF=1 and the other arithmetic flags 0', () => {
    const a = runSys(prog), b = runSys(prog);
    expectHalted(a);
    const names = ['rax', 'rbx', 'rcx', 'rdx', 'rsi'];
    expect(names.map((n) => b.reg(n))).toEqual(names.map((n) => a.reg(n)));
    expect(a.reg('r8')).toBe(1n);
    expect(a.m.cpu.getFlags() & 0x8d5).toBe(1);
    expect(a.reg('rax')).not.toBe(a.reg('rbx'));
    expect(a.reg('rcx') >> 32n).toBe(0n);
    expect(a.reg('rdx') >> 16n).toBe(0n);
    expect(a.reg('rsi')).not.toBe(a.reg('rax'));
  });
  it('a reloaded machine replays the same sequence', () => {
    const a = runSys(prog);
    const first = a.reg('rax');
    a.m.load(a.m.image!);
    a.m.run(1000);
    expect(a.reg('rax')).toBe(first);
  });
});

describe('XGETBV / XSETBV', () => {
  it('#UD while CR4.OSXSAVE=0 (XSAVE not reported by default)', () => {
    expectFirstFault(runSys(`xor ecx, ecx\n xgetbv`), /^#UD: XGETBV with CR4\.OSXSAVE=0/);
    expectFirstFault(runSys(`xor ecx, ecx\n xsetbv`), /^#UD: XSETBV with CR4\.OSXSAVE=0/);
  });
  it('with the xsave model option: XCR0 = x87 only', () => {
    const pre = `mov rax, cr4\n or eax, 0x40000\n mov cr4, rax\n xor ecx, ecx\n`;
    const r = runSys(`${pre} mov eax, 1\n xor edx, edx\n xsetbv\n xgetbv\n hlt`, { cpuid: { xsave: true } });
    expectHalted(r);
    expect(r.reg('rax')).toBe(1n);
    expectFirstFault(runSys(`${pre} mov eax, 3\n xor edx, edx\n xsetbv`, { cpuid: { xsave: true } }), /unsupported state components/);
    expectFirstFault(runSys(`${pre} xor eax, eax\n xor edx, edx\n xsetbv`, { cpuid: { xsave: true } }), /bit 0 \(x87\) must be 1/);
    expectFirstFault(runSys(`${pre} mov ecx, 1\n xgetbv`, { cpuid: { xsave: true } }), /XGETBV: XCR1 is not supported/);
  });
});

describe('cache and TLB maintenance', () => {
  it('INVLPG makes a changed mapping visible; CLFLUSH/CLWB check the address', () => {
    const r = runSys(`
        mov rax, [0x400000]             ; fill the TLB for 0x400000 (2 MiB page 2)
        mov rbx, cr3
        and rbx, -4096
        mov rbx, [rbx]
        and rbx, -4096
        mov rbx, [rbx]
        and rbx, -4096                  ; PD
        mov qword [rbx + 16], 0x600083  ; 0x400000 -> 0x600000
        mov dword [0x600000], 0xfeed
        invlpg [0x400000]
        mov ecx, [0x400000]
        clflush [0x400000]
        clflushopt [0x400000]
        clwb [0x400000]
        wbinvd
        hlt`);
    expectHalted(r);
    expect(r.reg('rcx')).toBe(0xfeedn);
    expectFirstFault(runSys(`mov rax, 0x0000800000000000\n clflush [rax]`), /non-canonical/);
    expectFirstFault(runSys(`${USER_PAGES}\n USER_PAGES\n TO_RING3 user\nuser: invlpg [0]`), /^#GP\(0x0\): INVLPG at CPL 3/);
  });
});
