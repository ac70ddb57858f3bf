// strictTlb for EPT (SDM Vol 3C 29.4 "Caching Translation Information"): guest-physical mappings are cached per
// EPTP (EP4TA) across VM entries and exits as hardware may cache them. When the EPT paging structures change and
// the hypervisor resumes the guest without INVEPT, the guest's next access through the stale mapping uses it, as
// hardware would, and is reported at that access. INVEPT single-context (for that EPTP) and all-context remove
// the mappings; an EPT violation removes the one it used, so permissions raised by its handler need no INVEPT.
import { describe, it, expect, vi } from 'vitest';
import { join } from 'node:path';
import type { Machine as MachineT, MachineOptions } from '../../emulator/machine';

const hooks = vi.hoisted(() => ({ reports: [] as { message: string; rip: number }[], stop: false }));
vi.mock('../../emulator/machine', async (importOriginal) => {
  const mod = await importOriginal<typeof import('../../emulator/machine')>();
  class Machine extends mod.Machine {
    constructor(o: MachineOptions = {}) {
      super(o);
      const vmx = this.vmx!;
      vmx.onStaleTranslation = (message) => { hooks.reports.push({ message, rip: this.cpu.rip }); return hooks.stop; };
    }
  }
  return { ...mod, Machine };
});
import { runHv, expectDone, reasons, GUEST_DATA } from './controls/prelude';
import { Machine } from '../../emulator/machine';
import { loadProgram } from '../../emulator/loader/program';

const EPTP = 0x30001e;
// Identity EPT for the first GiB (2-MiB pages; 2..4 MiB in 4-KiB pages at 0x303000). Pages P1..P5 at
// 0x262000.. hold 0x1001..0x1005; their alternative host pages 0x272000.. hold 0x2001..0x2005.
const setup = `
EPT_WB equ 6 << 3
%define EPT_PTE(gpa) (0x303000 + ((gpa) - 0x200000) / 4096 * 8)
        mov     qword [0x300000], 0x301000 | 7
        mov     qword [0x301000], 0x302000 | 7
        xor     ecx, ecx
st_pd:  mov     rax, rcx
        shl     rax, 21
        or      rax, 7 | EPT_WB | 0x80
        mov     [0x302000 + rcx*8], rax
        inc     ecx
        cmp     ecx, 512
        jb      st_pd
        mov     qword [0x302000 + 8], 0x303000 | 7
        xor     ecx, ecx
st_pt:  mov     rax, rcx
        shl     rax, 12
        add     rax, 0x200000 | 7 | EPT_WB
        mov     [0x303000 + rcx*8], rax
        inc     ecx
        cmp     ecx, 512
        jb      st_pt
%assign i 1
%rep 5
        mov     qword [0x261000 + i * 0x1000], 0x1000 + i
        mov     qword [0x271000 + i * 0x1000], 0x2000 + i
%assign i i + 1
%endrep
        VMW     EPT_POINTER, ${EPTP}`;

// CPUID exits with the step number in EAX; the handler changes the EPT as the step says.
const handler = `
        cmp     eax, 48
        je      st_violation
        cmp     eax, 10
        jne     hv_advance
        mov     rax, [rsp + 40]                 ; guest RAX = step
        cmp     eax, 1
        je      hs1
        cmp     eax, 2
        je      hs2
        cmp     eax, 3
        je      hs3
        cmp     eax, 4
        je      hs4
        cmp     eax, 5
        je      hs5
        cmp     eax, 6
        je      hs6
        jmp     hv_advance
hs1:    mov     qword [EPT_PTE(0x262000)], 0x272000 | 7 | EPT_WB    ; remap P1, no INVEPT
        jmp     hv_advance
hs2:    mov     qword [EPT_PTE(0x263000)], 0x273000 | 7 | EPT_WB    ; remap P2, INVEPT for another EPTP
        mov     qword [rel st_desc], 0x31001e
        mov     ecx, 1
        invept  rcx, [rel st_desc]
        jbe     hv_fail
        jmp     hv_advance
hs3:    mov     qword [EPT_PTE(0x264000)], 0x274000 | 7 | EPT_WB    ; remap P3, INVEPT single-context
        mov     qword [rel st_desc], ${EPTP}
        mov     ecx, 1
        invept  rcx, [rel st_desc]
        jbe     hv_fail
        jmp     hv_advance
hs4:    mov     qword [EPT_PTE(0x265000)], 0x275000 | 7 | EPT_WB    ; remap P4, INVEPT all-context
        mov     ecx, 2
        invept  rcx, [rel st_desc]
        jbe     hv_fail
        jmp     hv_advance
hs5:    and     qword [EPT_PTE(0x266000)], ~2                       ; P5 read-only, no INVEPT
        jmp     hv_advance
hs6:    mov     ecx, 2                                              ; now INVEPT
        invept  rcx, [rel st_desc]
        jbe     hv_fail
        jmp     hv_advance
st_violation:                                   ; write to P5: make it writable again, no INVEPT (the violation invalidated it)
        or      qword [EPT_PTE(0x266000)], 2
        jmp     hv_resume`;

const guest = `
        mov     rax, [0x262000]                 ; cache P1..P4
        mov     rax, [0x263000]
        mov     rax, [0x264000]
        mov     rax, [0x265000]
%macro STEP 1
        mov     eax, %1
        cpuid
%endmacro
        STEP    1
s1:     mov     rax, [0x262000]                 ; stale: the old host page
        mov     [GUEST_DATA], rax
        STEP    2
s2:     mov     rax, [0x263000]                 ; stale: INVEPT named another EPTP
        mov     [GUEST_DATA + 8], rax
        STEP    3
        mov     rax, [0x264000]                 ; fresh
        mov     [GUEST_DATA + 16], rax
        STEP    4
        mov     rax, [0x265000]                 ; fresh
        mov     [GUEST_DATA + 24], rax
        mov     qword [0x266000], 0x1005        ; cache P5 (writable) after the all-context INVEPT
        STEP    5
s5:     mov     qword [0x266000], 0x55          ; stale: still writable through the cached mapping
        STEP    6
s6:     mov     qword [0x266000], 0x66          ; EPT violation, fixed without INVEPT, retried: no report`;

describe('strictTlb: stale guest-physical mappings (missing INVEPT)', () => {
  it('reports each access through a stale mapping with EPTP, guest-physical address and old vs new translation; INVEPT single/all-context prevent it; the fix after a violation needs none', () => {
    hooks.reports.length = 0; hooks.stop = false;
    const r = runHv({ guest, proc2: 'CPU2_ENABLE_EPT', setup, handler, extra: 'align 16\nst_desc: dq 0, 0', machine: { strictTlb: true }, maxExits: 20 });
    expectDone(r);
    expect(reasons(r)).toEqual([10, 10, 10, 10, 10, 10, 48, 18]);
    // what the guest saw: P1 and P2 through the stale mappings (old host pages), P3 and P4 fresh
    expect([0, 8, 16, 24].map((o) => r.q(GUEST_DATA + o))).toEqual([0x1001n, 0x1002n, 0x2003n, 0x2004n]);
    expect(r.q(0x266000)).toBe(0x66n);
    expect(hooks.reports.map((x) => x.rip)).toEqual([r.label('s1'), r.label('s2'), r.label('s5')]);
    const [m1, m2, m5] = hooks.reports.map((x) => x.message);
    expect(m1).toBe(`stale EPT translation at RIP 0x${r.label('s1').toString(16)} (EPTP 0x30001e): guest-physical 0x262000 is cached as HPA 0x262000 RWX but the EPT paging structures now give HPA 0x272000 RWX; INVEPT was not executed after the change`);
    expect(m2).toMatch(/guest-physical 0x263000 is cached as HPA 0x263000 RWX but the EPT paging structures now give HPA 0x273000 RWX/);
    expect(m5).toMatch(/guest-physical 0x266000 is cached as HPA 0x266000 RWX but the EPT paging structures now give HPA 0x266000 R-X/);
    expect(r.m.vmx!.staleTranslations).toEqual(hooks.reports.map((x) => x.message));
  });

  it('a report can stop the run (at the end of the running block; the debugger shows it as an exception stop) and the run continues', () => {
    hooks.reports.length = 0; hooks.stop = true;
    const r = runHv({ guest, proc2: 'CPU2_ENABLE_EPT', setup, handler, extra: 'align 16\nst_desc: dq 0, 0', machine: { strictTlb: true }, maxExits: 20 });
    hooks.stop = false;
    expect(r.stop.reason).toBe('event');
    expect(r.stop.reason === 'event' && r.stop.detail).toMatch(/^stale EPT translation at RIP 0x[0-9a-f]+ \(EPTP 0x30001e\): guest-physical 0x262000/);
    expect(hooks.reports.length).toBe(1);
    let s = r.m.run(2_000_000);
    while (s.reason === 'event') s = r.m.run(2_000_000);
    expect(s.reason).toBe('halted');
    expect(hooks.reports.length).toBe(3);
    expect([0, 8, 16, 24].map((o) => r.q(GUEST_DATA + o))).toEqual([0x1001n, 0x1002n, 0x2003n, 0x2004n]);
  });

  it('without strictTlb the same program sees every change at once (the emulator walks the tables)', () => {
    hooks.reports.length = 0;
    const r = runHv({ guest, proc2: 'CPU2_ENABLE_EPT', setup, handler, extra: 'align 16\nst_desc: dq 0, 0', maxExits: 20 });
    expectDone(r);
    expect([0, 8, 16, 24].map((o) => r.q(GUEST_DATA + o))).toEqual([0x2001n, 0x2002n, 0x2003n, 0x2004n]);
    expect(hooks.reports).toEqual([]);
  });

  it('examples/05-ept (INVEPT after every EPT change) runs clean under strictTlb', () => {
    hooks.reports.length = 0;
    const program = loadProgram(join(__dirname, '..', '..', 'examples', '05-ept', 'ept.asm'));
    let out = '';
    const m: MachineT = new Machine({ strictTlb: true, onOutput: (_s, b) => { out += Buffer.from(b).toString('latin1'); } });
    m.load(program.image);
    let s = m.run(20_000_000);
    while (s.reason === 'budget') s = m.run(20_000_000);
    expect(s.reason).toBe('shutdown');
    expect(out).toContain('[hv] guest VMCALL: done');
    expect(hooks.reports).toEqual([]);
  });
});
