// EPT through real VM entries and exits, as the hypervisor sees them with VMREAD: EPT-pointer checks
// (VMfailValid 7, SDM 27.2.1.1), EPT violations and misconfigurations with their exit qualification and
// address fields (SDM 28.2.1 Table 28-7), a violation during the guest's own page walk with EPT A/D, and
// "NMI unblocking due to IRET" (qualification bit 12, blocking cleared before the exit, SDM 28.3.4).
import { describe, it, expect } from 'vitest';
import { runHv, expectDone, reasons, GUEST_DATA } from './controls/prelude';

const EPT = `
EPT_PML4 equ 0x300000
EPT_PDPT equ 0x301000
EPT_PD   equ 0x302000
EPT_PT   equ 0x303000                   ; 4-KiB pages for guest-physical 2..4 MiB
EPT_WB   equ 6 << 3
%define EPT_PTE(gpa) (EPT_PT + ((gpa) - 0x200000) / 4096 * 8)
`;
/** Identity EPT for the first GiB (2-MiB pages; 2..4 MiB in 4-KiB pages), EPTP in EPT_POINTER. */
const buildEpt = (eptp: string) => `
        mov     qword [EPT_PML4], EPT_PDPT | 7
        mov     qword [EPT_PDPT], EPT_PD | 7
        xor     ecx, ecx
ept_pd_loop:
        mov     rax, rcx
        shl     rax, 21
        or      rax, 7 | EPT_WB | 0x80
        mov     [EPT_PD + rcx*8], rax
        inc     ecx
        cmp     ecx, 512
        jb      ept_pd_loop
        mov     qword [EPT_PD + 8], EPT_PT | 7
        xor     ecx, ecx
ept_pt_loop:
        mov     rax, rcx
        shl     rax, 12
        add     rax, 0x200000 | 7 | EPT_WB
        mov     [EPT_PT + rcx*8], rax
        inc     ecx
        cmp     ecx, 512
        jb      ept_pt_loop
        VMW     EPT_POINTER, ${eptp}
`;

describe('EPT pointer checks on VM entry (SDM 27.2.1.1)', () => {
  it('memory type, walk length, reserved bits 11:8 and 7, bits beyond MAXPHYADDR: VMfailValid 7; a valid EPTP enters', () => {
    const bad = ['0x300019 ; WC', '0x30003e ; walk length 8', '0x300026 ; 5-level walk', '0x300016 ; walk length 3',
      '0x30011e ; bit 8', '0x30009e ; bit 7 (supervisor shadow stacks)', '0x300000 | (1 << 39) | 0x1e', '0x300000 | (1 << 63) | 0x1e', '0x30001f ; memory type 7'];
    const setup = `${buildEpt('0x30001e')}
        lea     rsi, [rel eptp_cases]
        mov     edi, GUEST_DATA
eptp_next:
        mov     rax, [rsi]
        test    rax, rax
        jz      eptp_done
        mov     ebx, EPT_POINTER
        vmwrite rbx, rax
        vmlaunch
        pushfq
        pop     qword [rdi]
        mov     ebx, VM_INSTRUCTION_ERROR
        vmread  [rdi + 8], rbx
        add     rsi, 8
        add     rdi, 16
        jmp     eptp_next
eptp_done:
        VMW     EPT_POINTER, 0x30005e           ; WB, 4 levels, A/D: valid`;
    const extra = `align 8\neptp_cases:\n${bad.map((b) => `        dq ${b.split(';')[0]}`).join('\n')}\n        dq 0`;
    const r = runHv({ guest: 'cpuid', proc2: 'CPU2_ENABLE_EPT', setup: EPT + setup, extra });
    expectDone(r);
    expect(reasons(r)).toEqual([10, 18]);
    for (let i = 0; i < bad.length; i++) {
      expect(Number(r.q(GUEST_DATA + 16 * i) & 0x41n), bad[i]).toBe(0x40);      // ZF = 1, CF = 0
      expect(r.q(GUEST_DATA + 16 * i + 8), bad[i]).toBe(7n);
    }
    expect(r.m.vmx!.counters.failures).toBe(bad.length);
  });

  it('EPTP bit 6 (A/D) when IA32_VMX_EPT_VPID_CAP[21] is 0: VMfailValid 7 with the capability named', () => {
    const r = runHv({ guest: 'cpuid', proc2: 'CPU2_ENABLE_EPT', setup: EPT + buildEpt('0x30005e'), machine: { cpuProfile: 'no-ept-ad' } });
    expect(r.reg('r15')).toBe(0xf00dn);
    expect(r.reg('r13')).toBe(7n);
    const f = r.m.vmx!.lastFailure!;
    expect(f).toMatchObject({ instruction: 'VMLAUNCH', kind: 'VMfailValid', error: 7 });
    expect(f.check?.id).toBe('controls.eptp');
    expect(f.check?.required).toMatch(/IA32_VMX_EPT_VPID_CAP\[21\]/);
  });
});

describe('EPT violations and misconfigurations through VM exits', () => {
  // Pages (guest-physical = host-physical, 4-KiB EPT entries): 0x262000 read-only, 0x263000 RW- holding a RET,
  // 0x264000 write-only (misconfigured), 0x265000 and 0x266000 execute-only holding IRETQ frames.
  const setup = `${buildEpt('0x30005e')}
        mov     qword [EPT_PTE(0x262000)], 0x262000 | 1 | EPT_WB
        mov     byte [0x263000], 0xc3
        mov     qword [EPT_PTE(0x263000)], 0x263000 | 3 | EPT_WB
        mov     qword [EPT_PTE(0x264000)], 0x264000 | 2 | EPT_WB
%macro FRAME 2
        lea     rax, [rel %2]
        mov     [%1], rax
        mov     qword [%1 + 8], 0x08
        mov     qword [%1 + 16], 0x2
        mov     qword [%1 + 24], GUEST_STACK_TOP
        mov     qword [%1 + 32], 0x10
        mov     qword [EPT_PTE(%1)], %1 | 4 | EPT_WB
%endmacro
        FRAME   0x265000, after_iret1
        FRAME   0x266000, after_iret2`;
  const guest = `
        mov     qword [0x262008], 0x55          ; write to a read-only page
        call    0x263000                        ; fetch from a non-executable page
        mov     rax, [0x264000]                 ; misconfiguration
        mov     eax, 1
        cpuid                                   ; the hypervisor makes the guest's paging structures R-X
        nop                                     ; its fetch walks the guest page tables: violation (A/D: a write)
        mov     eax, 2
        cpuid                                   ; the hypervisor sets blocking by NMI
        mov     rsp, 0x265000
        iretq                                   ; reads an execute-only page while unblocking NMIs
after_iret1:
        mov     rsp, 0x266000
        iretq                                   ; the same without NMI blocking
after_iret2:
        mov     rsp, GUEST_STACK_TOP`;
  const handler = `
        cmp     eax, 48
        je      h_ept
        cmp     eax, 49
        je      h_ept
        cmp     eax, 10
        jne     hv_advance
        mov     rax, [rsp + 40]                 ; guest RAX
        cmp     eax, 1
        jne     h_cpuid2
        mov     rax, cr3                        ; the 2-MiB page holding the (shared) page tables becomes R-X
        shr     rax, 21
        and     qword [EPT_PD + rax*8], ~2
        call    h_invept
        jmp     hv_advance
h_cpuid2:
        VMW     GUEST_INTERRUPTIBILITY_INFO, 8
        jmp     hv_advance
h_ept:                                          ; grant RWX to the entry that maps the guest-physical address
        mov     ebx, GUEST_PHYSICAL_ADDRESS
        vmread  rax, rbx
        cmp     rax, 0x200000
        jb      h_pd
        cmp     rax, 0x400000
        jae     h_pd
        sub     rax, 0x200000
        shr     rax, 12
        lea     rbx, [EPT_PT + rax*8]
        jmp     h_fix
h_pd:   shr     rax, 21
        lea     rbx, [EPT_PD + rax*8]
h_fix:  or      qword [rbx], 7
        call    h_invept
        jmp     hv_resume
h_invept:
        mov     qword [rel invept_desc], 0x30005e
        mov     ecx, 1
        invept  rcx, [rel invept_desc]
        jbe     hv_fail
        ret`;

  it('qualification, guest-physical and guest-linear address as VMREAD shows them; the guest continues after each fix', () => {
    const r = runHv({ guest, proc2: 'CPU2_ENABLE_EPT', setup: EPT + setup, handler, extra: 'align 16\ninvept_desc: dq 0, 0', maxExits: 20 });
    expectDone(r);
    expect(r.q(0x262008)).toBe(0x55n);
    expect(reasons(r)).toEqual([48, 48, 49, 10, 48, 10, 48, 48, 18]);
    const e = r.exits;
    const pml4 = BigInt(Math.floor(r.m.cpu.cr3 / 4096) * 4096); // the guest uses the host's page tables
    // write to R--: access W (bit 1), allowed R (bit 3), linear address valid and translated (bits 7, 8)
    expect(e[0]).toMatchObject({ qual: 0x18an, physical: 0x262008n, linear: 0x262008n, len: expect.any(Number) });
    // fetch from RW-: access X (bit 2), allowed RW (bits 3-4)
    expect(e[1]).toMatchObject({ qual: 0x19cn, physical: 0x263000n, linear: 0x263000n });
    expect(e[2]).toMatchObject({ qual: 0n, physical: 0x264000n });
    // the walk of the guest page tables on an R-X page with EPT A/D: read and write (bits 0-1), allowed R-X, bit 7 without bit 8
    expect(e[4]).toMatchObject({ qual: 0xabn, physical: pml4, linear: e[3].rip + 2n });
    // IRETQ that unblocks NMIs reading an execute-only page: bit 12 set, blocking by NMI already cleared in the saved state
    expect(e[6]).toMatchObject({ qual: 0x11a1n, physical: 0x265000n, linear: 0x265000n, interruptibility: 0 });
    expect(e[7]).toMatchObject({ qual: 0x1a1n, physical: 0x266000n, interruptibility: 0 });
    // the emulator's records say the same, with the reason in words
    const h = r.history;
    expect(h[0].detail).toBe('EPT does not allow writes at guest-physical 0x262008');
    expect(h[2].detail).toBe('PTE at 0x303320 is write-only (W=1 with R=0)');
    expect(h[4].guestLinear).toBe(Number(e[4].linear));
  });
});
