// strictTlb for linear translations and VPIDs (SDM Vol 3C 29.4.3.1, Vol 3A 4.10.4.1): with "enable VPID" the
// guest's linear mappings survive VM exits and entries. The hypervisor changes the guest's page tables; each
// kind of invalidation (INVVPID individual-address, single-context, all-context, single-context-retaining-globals,
// the guest's own INVLPG and MOV to CR3) removes exactly what the SDM says, and an access through a mapping
// that was not invalidated uses it, as hardware would, and is reported at that access.
import { describe, it, expect, vi } from 'vitest';
import type { MachineOptions } from '../../emulator/machine';

const hooks = vi.hoisted(() => ({ reports: [] as { message: string; rip: number }[] }));
vi.mock('../../emulator/machine', async (importOriginal) => {
  const mod = await importOriginal<typeof import('../../emulator/machine')>();
  class Machine extends mod.Machine {
    constructor(o: MachineOptions = {}) {
      super(o);
      this.vmx!.onStaleTranslation = (message) => { hooks.reports.push({ message, rip: this.cpu.rip }); return false; };
    }
  }
  return { ...mod, Machine };
});
import { runHv, expectDone, reasons, GUEST_DATA, guestPaging4k, REMAP_MACRO } from './controls/prelude';

// The guest's own paging with 16 remappable pages (guestPaging4k in the prelude); pages 5 and 11 are global.
const setup = `
%define L(i) (0x600000 + (i) * 0x1000)
${guestPaging4k(16)}
        or      qword [0x293000 + 5 * 8], 0x100
        or      qword [0x293000 + 11 * 8], 0x100
        mov     rax, cr4
        or      eax, CR4_PGE
        VMW     GUEST_CR4, rax
        VMW     VIRTUAL_PROCESSOR_ID, 1`;

// CPUID exits carry the step number in EAX; the handler remaps pages and invalidates as the step says.
const handler = `${REMAP_MACRO}
%macro INVVPID_DO 3                            ; type, vpid, linear address
        mov     qword [rel vp_desc], %2
        mov     rax, %3
        mov     [rel vp_desc + 8], rax
        mov     ecx, %1
        invvpid rcx, [rel vp_desc]
        jbe     hv_fail
%endmacro
        cmp     eax, 10
        jne     hv_advance
        mov     rax, [rsp + 40]                 ; guest RAX = step
        cmp     eax, 1
        je      vs1
        cmp     eax, 2
        je      vs2
        cmp     eax, 3
        je      vs3
        cmp     eax, 4
        je      vs4
        cmp     eax, 5
        je      vs5
        cmp     eax, 6
        je      vs6
        cmp     eax, 7
        je      vs7
        cmp     eax, 8
        je      vs8
        cmp     eax, 9
        je      vs9
        cmp     eax, 10
        je      vs10
        jmp     hv_advance
vs1:    REMAP   1                               ; no INVVPID
        jmp     hv_advance
vs2:    REMAP   2
        INVVPID_DO 0, 1, L(2)                   ; individual-address
        jmp     hv_advance
vs3:    REMAP   3
        INVVPID_DO 0, 1, L(4)                   ; individual-address, another page
        jmp     hv_advance
vs4:    REMAP   4
        INVVPID_DO 1, 1, 0                      ; single-context
        jmp     hv_advance
vs5:    REMAP   5                               ; global
        REMAP   6
        INVVPID_DO 3, 1, 0                      ; single-context-retaining-globals
        jmp     hv_advance
vs6:    REMAP   7
        INVVPID_DO 2, 0, 0                      ; all-context
        jmp     hv_advance
vs7:    REMAP   8
        INVVPID_DO 1, 2, 0                      ; single-context, another VPID
        jmp     hv_advance
vs8:    REMAP   9                               ; the guest will INVLPG it
        jmp     hv_advance
vs9:    REMAP   10                              ; the guest will reload CR3
        REMAP   11                              ; global: kept by MOV to CR3
        jmp     hv_advance
vs10:   REMAP   12                              ; INVEPT also invalidates combined mappings
        mov     qword [rel vp_desc], 0x30001e
        mov     ecx, 1
        invept  rcx, [rel vp_desc]
        jbe     hv_fail
        jmp     hv_advance`;

const guest = `
%macro STEP 1
        mov     eax, %1
        cpuid
%endmacro
%macro KEEP 1                                   ; GUEST_DATA[i] = rax
        mov     [GUEST_DATA + %1 * 8], rax
%endmacro
        mov     rax, [L(1)]
        STEP    1
s1:     mov     rax, [L(1)]                     ; stale
        KEEP    1
        mov     rax, [L(2)]
        STEP    2
        mov     rax, [L(2)]
        KEEP    2
        mov     rax, [L(3)]
        mov     rax, [L(4)]
        STEP    3
s3:     mov     rax, [L(3)]                     ; stale: the INVVPID named page 4
        KEEP    3
        STEP    4
        mov     rax, [L(4)]
        KEEP    4
        mov     rax, [L(5)]
        mov     rax, [L(6)]
        STEP    5
s5:     mov     rax, [L(5)]                     ; stale: a global translation
        KEEP    5
        mov     rax, [L(6)]
        KEEP    6
        mov     rax, [L(7)]
        STEP    6
        mov     rax, [L(7)]
        KEEP    7
        mov     rax, [L(8)]
        STEP    7
s7:     mov     rax, [L(8)]                     ; stale: the INVVPID named VPID 2
        KEEP    8
        mov     rax, [L(9)]
        STEP    8
        invlpg  [L(9)]
        mov     rax, [L(9)]
        KEEP    9
        mov     rax, [L(10)]
        mov     rax, [L(11)]
        STEP    9
        mov     rax, cr3
        mov     cr3, rax
        mov     rax, [L(10)]
        KEEP    10
s9:     mov     rax, [L(11)]                    ; stale: a global translation survives MOV to CR3
        KEEP    11`;

const values = (r: ReturnType<typeof runHv>) => Array.from({ length: 11 }, (_, i) => Number(r.q(GUEST_DATA + (i + 1) * 8)));
const run = (proc2: string) => runHv({ guest, setup, handler, proc2, extra: 'align 16\nvp_desc: dq 0, 0', machine: { strictTlb: true }, maxExits: 20 });

// Identity EPT for the first GiB (2-MiB pages) at 0x300000, EPTP 0x30001e.
const ept = `
        mov     qword [0x300000], 0x301000 | 7
        mov     qword [0x301000], 0x302000 | 7
        xor     ecx, ecx
ept_pd: mov     rax, rcx
        shl     rax, 21
        or      rax, 7 | (6 << 3) | 0x80
        mov     [0x302000 + rcx*8], rax
        inc     ecx
        cmp     ecx, 512
        jb      ept_pd
        VMW     EPT_POINTER, 0x30001e`;

describe('strictTlb: stale linear translations with VPIDs (missing INVVPID)', () => {
  it('INVVPID types, the guest\'s INVLPG and MOV to CR3 invalidate what the SDM says; every other stale access is reported where it happens', () => {
    hooks.reports.length = 0;
    const r = run('CPU2_ENABLE_VPID');
    expectDone(r);
    expect(reasons(r)).toEqual([10, 10, 10, 10, 10, 10, 10, 10, 10, 18]);
    expect(values(r)).toEqual([0x1001, 0x2002, 0x1003, 0x2004, 0x1005, 0x2006, 0x2007, 0x1008, 0x2009, 0x200a, 0x100b]);
    expect(hooks.reports.map((x) => x.rip)).toEqual(['s1', 's3', 's5', 's7', 's9'].map(r.label));
    expect(hooks.reports[0].message).toBe(`stale linear translation at RIP 0x${r.label('s1').toString(16)} (VPID 1): linear 0x601000 is cached as physical 0x2a1000 RWXS but the paging structures now give physical 0x2b1000 RWXS; INVVPID (or INVLPG / MOV to CR3 in the guest) was not executed after the change`);
    expect(hooks.reports[2].message).toMatch(/linear 0x605000 is cached as physical 0x2a5000/);
    expect(hooks.reports[4].message).toMatch(/linear 0x60b000 is cached as physical 0x2ab000/);
  });

  it('with EPT the guest\'s combined mappings are tagged with VPID and EPTP; INVEPT invalidates them too', () => {
    hooks.reports.length = 0;
    const g = `
        mov     rax, [L(1)]
        STEP    1
e1:     mov     rax, [L(1)]                     ; stale combined mapping
        KEEP    1
        mov     rax, [L(12)]
        STEP    10
        mov     rax, [L(12)]                    ; INVEPT single-context removed it
        KEEP    12`;
    const r = runHv({ guest: guest.slice(0, guest.indexOf('        mov     rax, [L(1)]')) + g, setup: setup + ept, handler, proc2: 'CPU2_ENABLE_VPID | CPU2_ENABLE_EPT', extra: 'align 16\nvp_desc: dq 0, 0', machine: { strictTlb: true }, maxExits: 20 });
    expectDone(r);
    expect([r.q(GUEST_DATA + 8), r.q(GUEST_DATA + 12 * 8)]).toEqual([0x1001n, 0x200cn]);
    expect(hooks.reports.map((x) => x.rip)).toEqual([r.label('e1')]);
    expect(hooks.reports[0].message).toMatch(/^stale linear translation at RIP 0x[0-9a-f]+ \(VPID 1, EPTP 0x30001e\): linear 0x601000 is cached as physical 0x2a1000 RWXS but the paging structures now give physical 0x2b1000 RWXS/);
  });

  it('with "enable VPID" = 0 every VM entry and exit invalidates the guest\'s translations: nothing is stale', () => {
    hooks.reports.length = 0;
    const r = run('CPU2_ENABLE_RDTSCP');
    expectDone(r);
    expect(values(r)).toEqual([0x2001, 0x2002, 0x2003, 0x2004, 0x2005, 0x2006, 0x2007, 0x2008, 0x2009, 0x200a, 0x200b]);
    expect(hooks.reports).toEqual([]);
  });
});
