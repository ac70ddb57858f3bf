// The TLB and the compiled-block links across VM entries and exits (SDM Vol 3C 29.4.3.1): with "enable VPID"
// the guest's linear mappings and the host's (VPID 0000H) survive the transitions, so a page-table change
// without INVVPID leaves the old translation in use, as on hardware; without VPIDs every entry and exit
// invalidates VPID 0000H's mappings (translations whose paging entries are unchanged may be re-created at
// once, which the emulator does). Block links kept across transitions must never outlive the mappings they
// were made under, and guest blocks that run chained must leave at the same instruction as interpreted ones.
import { describe, it, expect, vi } from 'vitest';
import type { MachineOptions } from '../../emulator/machine';

const hooks = vi.hoisted(() => ({ jit: true }));
vi.mock('../../emulator/machine', async (importOriginal) => {
  const mod = await importOriginal<typeof import('../../emulator/machine')>();
  class Machine extends mod.Machine {
    constructor(o: MachineOptions = {}) { super(o); this.exec.jit = hooks.jit; }
  }
  return { ...mod, Machine };
});
import { runHv, expectDone, reasons, GUEST_DATA, guestPaging4k, REMAP_MACRO } from './controls/prelude';

// The guest's own paging with 4 pages the hypervisor remaps (guestPaging4k in the prelude).
const guestPaging = (vpid: boolean) => `${guestPaging4k(4)}
${vpid ? '        VMW     VIRTUAL_PROCESSOR_ID, 1' : ''}`;

// CPUID with EAX = step: step 1 remaps page 1 (no invalidation), step 2 remaps page 2 and executes INVVPID
// single-context (VPID 1) when VPIDs are on.
const remapHandler = (vpid: boolean) => `${REMAP_MACRO}
        cmp     eax, 10
        jne     hv_advance
        mov     rax, [rsp + 40]
        cmp     eax, 1
        je      rs1
        cmp     eax, 2
        je      rs2
        jmp     hv_advance
rs1:    REMAP   1
        jmp     hv_advance
rs2:    REMAP   2
${vpid ? `        mov     qword [rel vp_desc], 1
        mov     qword [rel vp_desc + 8], 0
        mov     ecx, 1
        invvpid rcx, [rel vp_desc]
        jbe     hv_fail` : ''}
        jmp     hv_advance`;

const remapGuest = `
        mov     rax, [0x601000]                 ; page 1 and 2 translations cached
        mov     rax, [0x602000]
        mov     eax, 1
        cpuid
        mov     rax, [0x601000]                 ; VPID: the cached translation; else the new one
        mov     [GUEST_DATA], rax
        mov     eax, 2
        cpuid
        mov     rax, [0x602000]                 ; invalidated either way
        mov     [GUEST_DATA + 8], rax
        mov     rax, [0x603000]                 ; never cached: the tables as they are
        mov     [GUEST_DATA + 16], rax`;

describe('linear translations across VM entries and exits', () => {
  it('with "enable VPID" the guest keeps its translations: a remap without INVVPID is not seen, INVVPID makes it visible', () => {
    const r = runHv({ guest: remapGuest, proc2: 'CPU2_ENABLE_VPID', setup: guestPaging(true), handler: remapHandler(true), extra: 'align 8\nvp_desc: dq 0, 0' });
    expectDone(r);
    expect(reasons(r)).toEqual([10, 10, 18]);
    expect(r.q(GUEST_DATA)).toBe(0x1001n);
    expect(r.q(GUEST_DATA + 8)).toBe(0x2002n);
    expect(r.q(GUEST_DATA + 16)).toBe(0x1003n);
  });
  it('without VPIDs every entry and exit invalidates them: the remap shows at once', () => {
    const r = runHv({ guest: remapGuest, setup: guestPaging(false), handler: remapHandler(false) });
    expectDone(r);
    expect(reasons(r)).toEqual([10, 10, 18]);
    expect(r.q(GUEST_DATA)).toBe(0x2001n);
    expect(r.q(GUEST_DATA + 8)).toBe(0x2002n);
  });

  it('without VPIDs, sharing the host paging structures: a PDE the handler changes shows at the next entry (a write to a paging page makes the translations be checked again)', () => {
    // The guest shares the host's CR3: VPID 0000H's translations are re-created at each transition from the paging
    // entries they were made from (cpu.ts refreshTlbContext), which are re-read only after a write to a page holding
    // one of them (PhysMemory.pagingWrites). The handler moves the 2-MiB page at 0x600000 to 0x800000 at the second exit.
    const handler = `        cmp     eax, 10
        jne     hv_advance
        cmp     r12, 2
        jne     hv_advance
        mov     rax, cr3
        mov     rax, [rax]                      ; PML4[0] -> PDPT
        and     rax, ~0xfff
        mov     rax, [rax]                      ; PDPT[0] -> PD for 0-1 GiB
        and     rax, ~0xfff
        mov     qword [rax + 3 * 8], 0x800000 | 0x83
        jmp     hv_advance`;
    const guest = `
        mov     rax, [0x600000]                 ; the translation is cached
        cpuid                                   ; exit 1: nothing written
        mov     rax, [0x600000]
        mov     [GUEST_DATA], rax
        cpuid                                   ; exit 2: the handler rewrites the PDE
        mov     rax, [0x600000]
        mov     [GUEST_DATA + 8], rax`;
    const setup = `        mov     qword [0x600000], 0x1111
        mov     qword [0x800000], 0x2222`;
    const r = runHv({ guest, setup, handler });
    expectDone(r);
    expect(reasons(r)).toEqual([10, 10, 18]);
    expect(r.q(GUEST_DATA)).toBe(0x1111n);
    expect(r.q(GUEST_DATA + 8)).toBe(0x2222n);
    expect(r.m.mem.pagingWrites).toBeGreaterThan(0);
  });
});

// Host paging A and B at 0x2c0000: identity 2-MiB pages except linear 0x600000..0x7fffff in 4-KiB pages,
// identity in A; in B linear 0x600000 -> frame 0x610000. Frame 0x600000 holds the code at `mark1`, frame
// 0x610000 the code at `mark2`: each counts its runs and jumps to the logging handler. The host's VM-exit
// entry point (HOST_RIP) jumps to linear 0x600000, so that block is reached through a block link. After the
// 12th exit the handler switches HOST_CR3 from A to B: from then on the exits must run `mark2`.
const hostPaging = (vpid: boolean) => `
%macro HOST_TABLES 3                            ; PML4, PDPT, PD address; PD entry 3 -> 0x2c3000 (A) / 0x2c4000 (B)
        mov     qword [%1], %2 | 3
        mov     qword [%2], %3 | 3
        xor     ecx, ecx
%%pd:   mov     rax, rcx
        shl     rax, 21
        or      rax, 0x83
        mov     [%3 + rcx*8], rax
        inc     ecx
        cmp     ecx, 512
        jb      %%pd
%endmacro
        HOST_TABLES 0x2c0000, 0x2c1000, 0x2c2000
        HOST_TABLES 0x2c5000, 0x2c6000, 0x2c7000
        mov     qword [0x2c2000 + 3 * 8], 0x2c3000 | 3
        mov     qword [0x2c7000 + 3 * 8], 0x2c4000 | 3
        xor     ecx, ecx
hp_pt:  mov     rax, rcx
        shl     rax, 12
        add     rax, 0x600000 | 3
        mov     [0x2c3000 + rcx*8], rax
        mov     [0x2c4000 + rcx*8], rax
        inc     ecx
        cmp     ecx, 512
        jb      hp_pt
        mov     qword [0x2c4000], 0x610000 | 3
        lea     rsi, [rel mark1]
        mov     edi, 0x600000
        mov     ecx, mark_len
        rep     movsb
        lea     rsi, [rel mark2]
        mov     edi, 0x610000
        mov     ecx, mark_len
        rep     movsb
        mov     eax, 0x2c0000
        mov     cr3, rax
        VMW     HOST_CR3, 0x2c0000
        lea     rax, [rel hv_stub]
        VMW     HOST_RIP, rax
${vpid ? '        VMW     VIRTUAL_PROCESSOR_ID, 1' : ''}`;

// In a page of its own: the prelude's handler writes data next to its code (each write invalidates that page's blocks).
const hostCode = `
align 4096
hv_stub:
        mov     rax, 0x600000
        jmp     rax
mark1:  inc     dword [GUEST_DATA + 0x80]
        mov     rax, hv_exit
        jmp     rax
mark_len equ $ - mark1
mark2:  inc     dword [GUEST_DATA + 0x88]
        mov     rax, hv_exit
        jmp     rax`;

const switchHandler = `
        cmp     r12, 12
        jne     hv_advance
        VMW     HOST_CR3, 0x2c5000`;

describe('compiled-block links across transitions', () => {
  for (const vpid of [true, false]) {
    it(`a link into code whose mapping changed with HOST_CR3 is not followed (${vpid ? 'VPID' : 'no VPID'})`, () => {
      const guest = 'mov r8d, 20\n.l:     cpuid\n        dec r8d\n        jnz .l';
      const r = runHv({ guest, proc2: vpid ? 'CPU2_ENABLE_VPID' : undefined, setup: hostPaging(vpid), handler: switchHandler, extra: hostCode, maxExits: 64 });
      expectDone(r);
      expect(reasons(r)).toEqual([...Array(20).fill(10), 18]);
      expect(r.m.mem.read32(GUEST_DATA + 0x80)).toBe(12);
      expect(r.m.mem.read32(GUEST_DATA + 0x88)).toBe(9);
    });
  }
});

describe('chained guest blocks', () => {
  // A hot guest loop runs as chained compiled blocks; the VMX-preemption timer and the instruction budget must
  // end it exactly where the instruction-by-instruction interpreter does.
  const run = (jit: boolean) => {
    hooks.jit = jit;
    try {
      return runHv({
        guest: 'xor ebx, ebx\n.l:     inc rbx\n        add rdx, rbx\n        dec rcx\n        jnz .l\n        jmp .l',
        pin: 'PIN_ACTIVATE_PREEMPTION_TIMER', exit: 'EXIT_SAVE_PREEMPTION_TIMER', setup: 'VMW VMX_PREEMPTION_TIMER_VALUE, 3000', maxExits: 1,
      });
    } finally { hooks.jit = true; }
  };
  it('the VMX-preemption timer exits at the same instruction with and without compiled blocks', () => {
    const a = run(true), b = run(false);
    expectDone(a);
    expect(reasons(a)).toEqual([52]);
    expect(a.exits[0].rax).toBe(b.exits[0].rax);
    expect(a.exits[0].rip).toBe(b.exits[0].rip);
    expect(a.exits[0].rcx).toBe(b.exits[0].rcx);
    expect(a.m.cpu.icount).toBe(b.m.cpu.icount);
    // the loop ran long enough to be compiled and chained
    expect(a.m.exec.stats.blocksJitted).toBeGreaterThan(0);
  });
});
