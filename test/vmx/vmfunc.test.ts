// VMFUNC (SDM Vol 3C 26.5.6 "VM Functions", 26.5.6.3 "EPTP Switching"): function 0 loads the EPTP selected by
// ECX from the EPTP list without a VM exit; an index >= 512, an invalid EPTP in the list, a function that is not
// enabled or EAX >= 64 cause VM exit 59; with "enable VM functions" = 0 VMFUNC is #UD.
import { describe, it, expect } from 'vitest';
import { runHv, expectDone, reasons, GUEST_DATA, EXIT_LOG } from './controls/prelude';

// Two EPTs: A (0x300000..) identity for the first GiB, B (0x310000..) a copy of A except that guest-physical
// 0x262000 maps to host-physical 0x272000. The EPTP list at 0x320000 holds A, B, an EPTP with memory type WC.
const EPTP_A = 0x30001e, EPTP_B = 0x31001e;
const setup = `
EPT_WB equ 6 << 3
        mov     qword [0x300000], 0x301000 | 7
        mov     qword [0x301000], 0x302000 | 7
        xor     ecx, ecx
vf_pd:  mov     rax, rcx
        shl     rax, 21
        or      rax, 7 | EPT_WB | 0x80
        mov     [0x302000 + rcx*8], rax
        inc     ecx
        cmp     ecx, 512
        jb      vf_pd
        mov     qword [0x302000 + 8], 0x303000 | 7
        xor     ecx, ecx
vf_pt:  mov     rax, rcx
        shl     rax, 12
        add     rax, 0x200000 | 7 | EPT_WB
        mov     [0x303000 + rcx*8], rax
        inc     ecx
        cmp     ecx, 512
        jb      vf_pt
        mov     esi, 0x300000                   ; B = copy of A with its own tables
        mov     edi, 0x310000
        mov     ecx, 4 * 512
        rep     movsq
        mov     qword [0x310000], 0x311000 | 7
        mov     qword [0x311000], 0x312000 | 7
        mov     qword [0x312000 + 8], 0x313000 | 7
        mov     qword [0x313000 + 0x62 * 8], 0x272000 | 7 | EPT_WB
        mov     qword [0x262000], 0xaaaa
        mov     qword [0x272000], 0xbbbb
        mov     qword [0x320000], ${EPTP_A}
        mov     qword [0x320008], ${EPTP_B}
        mov     qword [0x320010], 0x300019      ; memory type 1 (WC): not a valid EPTP
        VMW     EPT_POINTER, ${EPTP_A}
        VMW     VM_FUNCTION_CONTROL, 1          ; EPTP switching
        VMW     EPTP_LIST_ADDRESS, 0x320000`;
// Each exit but the final VMCALL also records EPT_POINTER (word 18 of its log record).
const handler = `
        mov     ebx, EPT_POINTER
        vmread  [rdi + 18 * 8], rbx`;

describe('VMFUNC EPTP switching (function 0)', () => {
  it('a valid index switches EPTs without a VM exit; invalid index, invalid list entry, disabled function and EAX >= 64 exit with reason 59', () => {
    const guest = `
        mov     rax, [0x262000]
        mov     [GUEST_DATA], rax               ; through A: 0xaaaa
        xor     eax, eax
        mov     ecx, 1
        vmfunc                                  ; -> B, no exit
        mov     rax, [0x262000]
        mov     [GUEST_DATA + 8], rax           ; through B: 0xbbbb
        xor     eax, eax
        mov     ecx, 2
        vmfunc                                  ; invalid EPTP in the list: exit 59
        xor     eax, eax
        mov     ecx, 512
        vmfunc                                  ; index >= 512: exit 59
        mov     eax, 1
        xor     ecx, ecx
        vmfunc                                  ; function 1 not enabled: exit 59
        mov     eax, 64
        vmfunc                                  ; EAX >= 64: exit 59
        xor     eax, eax
        xor     ecx, ecx
        vmfunc                                  ; -> A
        mov     rax, [0x262000]
        mov     [GUEST_DATA + 16], rax`;
    const r = runHv({ guest, proc2: 'CPU2_ENABLE_EPT | CPU2_ENABLE_VM_FUNCTIONS', setup, handler });
    expectDone(r);
    expect([r.q(GUEST_DATA), r.q(GUEST_DATA + 8), r.q(GUEST_DATA + 16)]).toEqual([0xaaaan, 0xbbbbn, 0xaaaan]);
    expect(reasons(r)).toEqual([59, 59, 59, 59, 18]);
    const vf = r.exits.slice(0, 4);
    // VMFUNC is 3 bytes; the exit leaves RIP at the VMFUNC, EAX/ECX as the guest had them, no qualification
    expect(vf.map((e) => e.len)).toEqual([3, 3, 3, 3]);
    expect(vf.map((e) => [e.rax & 0xffffffffn, e.rcx & 0xffffffffn])).toEqual([[0n, 2n], [0n, 512n], [1n, 0n], [64n, 0n]]);
    expect(vf.map((e) => e.qual)).toEqual([0n, 0n, 0n, 0n]);
    expect([0, 1, 2].map((k) => r.m.mem.read8(Number(vf[0].rip) + k))).toEqual([0x0f, 0x01, 0xd4]);
    // the EPTP field follows the switches: B while the failing VMFUNCs exit, A at the end
    const eptpAt = (i: number) => r.q(EXIT_LOG + i * 256 + 18 * 8);
    expect([0, 1, 2, 3].map(eptpAt)).toEqual([BigInt(EPTP_B), BigInt(EPTP_B), BigInt(EPTP_B), BigInt(EPTP_B)]);
    expect(r.m.vmx!.current!.readEncoding(0x201a)).toBe(BigInt(EPTP_A));     // EPT_POINTER after the last switch
  });

  it('with "enable VM functions" = 0, VMFUNC is #UD (delivered through the exception bitmap here)', () => {
    const r = runHv({ guest: 'xor eax, eax\nxor ecx, ecx\nvmfunc', proc2: 'CPU2_ENABLE_EPT', setup: `${setup}\nVMW EXCEPTION_BITMAP, 1 << 6`, maxExits: 1 });
    expectDone(r);
    expect(reasons(r)).toEqual([0]);
    expect((r.exits[0].intrInfo & 0x80000fff) >>> 0).toBe(0x80000306);
  });
});
