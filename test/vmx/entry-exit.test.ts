// VM entry and VM exit beyond the checks (SDM Vol 3C 27.4-27.6, 28.3-28.6): event injection of each interruption
// type through the guest IDT, the VM-entry MSR-load list, the VM-exit MSR-store and MSR-load lists, and the host
// state a VM exit loads (fixed segment attributes and limits, GDTR/IDTR limits, TR, LDTR, DR7).
import { describe, it, expect } from 'vitest';
import { runHv, expectDone, reasons, GUEST_DATA } from './controls/prelude';
import { F } from '../../emulator/vmx/vmcs';
import { CS, SS, DS, ES, FS, GS } from '../../emulator/cpu/regs';
import { AR_UNUSABLE } from '../../emulator/cpu/segments';

/** Guest IDT handler storing the pushed error code (if any) and the return RIP, then returning. */
const handler = (name: string, errorCode: boolean) => `${name}:
${errorCode ? '        pop     qword [GUEST_DATA]          ; error code' : ''}
        mov     rax, [rsp]
        mov     [GUEST_DATA + 8], rax       ; return RIP
        inc     qword [GUEST_DATA + 16]     ; deliveries
        iretq`;

describe('event injection (SDM 27.6): delivered through the guest IDT at VM entry', () => {
  it('hardware exception with error code (#GP, type 3): error code pushed, return RIP = GUEST_RIP', () => {
    const setup = `GATE 13, g_gp
USE_GUEST_IDT
VMW VM_ENTRY_INTR_INFO_FIELD, INTR_INFO_VALID | INTR_TYPE_HARDWARE_EXCEPTION | INTR_INFO_ERROR_CODE_VALID | 13
VMW VM_ENTRY_EXCEPTION_ERROR_CODE, 0x1234`;
    const r = runHv({ guest: 'mov qword [GUEST_DATA + 24], 1', setup, extra: handler('g_gp', true) });
    expectDone(r);
    expect(reasons(r)).toEqual([18]);
    expect(r.q(GUEST_DATA)).toBe(0x1234n);
    expect(r.q(GUEST_DATA + 8)).toBe(BigInt(r.label('guest_entry')));
    expect(r.q(GUEST_DATA + 16)).toBe(1n);
    expect(r.q(GUEST_DATA + 24)).toBe(1n);
    // the next VM exit clears the valid bit of the VM-entry interruption-information field (SDM 28.2.? / 27.6.1)
    expect(r.m.vmx!.current!.u32(F.VM_ENTRY_INTR_INFO_FIELD) >>> 31).toBe(0);
  });

  it('software interrupt (INT n, type 4): return RIP = GUEST_RIP + VM-entry instruction length', () => {
    const setup = `GATE 0x80, g_int
USE_GUEST_IDT
VMW VM_ENTRY_INTR_INFO_FIELD, INTR_INFO_VALID | INTR_TYPE_SOFTWARE_INTERRUPT | 0x80
VMW VM_ENTRY_INSTRUCTION_LEN, 2`;
    // the first two bytes (UD2) stand for the INT 80h being emulated: delivery returns past them
    const r = runHv({ guest: 'ud2\nafter: mov qword [GUEST_DATA + 24], 1', setup, extra: handler('g_int', false) });
    expectDone(r);
    expect(reasons(r)).toEqual([18]);
    expect(r.q(GUEST_DATA + 8)).toBe(BigInt(r.label('after')));
    expect(r.q(GUEST_DATA + 24)).toBe(1n);
  });

  it('external interrupt (type 0, needs RFLAGS.IF = 1) and NMI (type 2): no error code, return RIP = GUEST_RIP', () => {
    const ext = runHv({
      guest: 'mov qword [GUEST_DATA + 24], 1',
      setup: 'GATE 0x30, g_ext\nUSE_GUEST_IDT\nVMW GUEST_RFLAGS, 0x202\nVMW VM_ENTRY_INTR_INFO_FIELD, INTR_INFO_VALID | INTR_TYPE_EXTERNAL_INTERRUPT | 0x30',
      extra: handler('g_ext', false),
    });
    expectDone(ext);
    expect(reasons(ext)).toEqual([18]);
    expect(ext.q(GUEST_DATA + 8)).toBe(BigInt(ext.label('guest_entry')));
    expect(ext.q(GUEST_DATA + 16)).toBe(1n);
    const nmi = runHv({
      guest: 'mov qword [GUEST_DATA + 24], 1',
      setup: 'GATE 2, g_nmi\nUSE_GUEST_IDT\nVMW VM_ENTRY_INTR_INFO_FIELD, INTR_INFO_VALID | INTR_TYPE_NMI | 2',
      extra: handler('g_nmi', false),
    });
    expectDone(nmi);
    expect(nmi.q(GUEST_DATA + 16)).toBe(1n);
    expect(nmi.q(GUEST_DATA + 24)).toBe(1n);
  });

  it('an injected event the guest IDT cannot deliver (no gate): the resulting triple fault is a VM exit (reason 2)', () => {
    const r = runHv({ guest: 'nop', setup: 'VMW VM_ENTRY_INTR_INFO_FIELD, INTR_INFO_VALID | INTR_TYPE_HARDWARE_EXCEPTION | 6', maxExits: 1 });
    expectDone(r);
    expect(reasons(r)).toEqual([2]);
  });
});

describe('MSR lists (SDM 27.4, 28.4, 28.6)', () => {
  const STORE = 0x260000, EXIT_LOAD = 0x261000, ENTRY_LOAD = 0x262000;
  it('VM-entry MSR-load, VM-exit MSR-store and VM-exit MSR-load lists', () => {
    const setup = `mov dword [${ENTRY_LOAD}], 0xc0000084          ; IA32_FMASK for the guest
mov qword [${ENTRY_LOAD} + 8], 0x4700
mov dword [${STORE}], 0x174                       ; IA32_SYSENTER_CS and IA32_STAR as the guest leaves them
mov dword [${STORE} + 16], 0xc0000081
mov dword [${EXIT_LOAD}], 0xc0000081               ; IA32_STAR for the host
mov rax, 0x0023001000000000
mov [${EXIT_LOAD} + 8], rax
VMW VM_ENTRY_MSR_LOAD_ADDR, ${ENTRY_LOAD}
VMW VM_ENTRY_MSR_LOAD_COUNT, 1
VMW VM_EXIT_MSR_STORE_ADDR, ${STORE}
VMW VM_EXIT_MSR_STORE_COUNT, 2
VMW VM_EXIT_MSR_LOAD_ADDR, ${EXIT_LOAD}
VMW VM_EXIT_MSR_LOAD_COUNT, 1`;
    const guest = `mov ecx, 0xc0000084
rdmsr
mov [GUEST_DATA], eax                     ; the entry list loaded IA32_FMASK
mov ecx, 0x174
mov eax, 0x55
xor edx, edx
wrmsr
mov ecx, 0xc0000081
mov eax, 0x11223344
mov edx, 0x00080008
wrmsr`;
    const r = runHv({ guest, proc: 'CPU_USE_MSR_BITMAPS', setup });
    expectDone(r);
    expect(reasons(r)).toEqual([18]);
    expect(r.q(GUEST_DATA) & 0xffffffffn).toBe(0x4700n);
    expect(r.q(STORE + 8)).toBe(0x55n);                      // stored before the host's SYSENTER_CS (0) was loaded
    expect(r.q(STORE + 24)).toBe(0x0008000811223344n);
    const star = r.m.cpu.readMsr(0xc0000081)!;               // the host got the exit list's IA32_STAR
    expect((BigInt(star[1] >>> 0) << 32n) | BigInt(star[0] >>> 0)).toBe(0x0023001000000000n);
    expect(r.m.cpu.readMsr(0x174)![0]).toBe(0);              // HOST_IA32_SYSENTER_CS
  });
});

describe('host state loaded by a VM exit (SDM 28.5)', () => {
  it('selectors from the host-state area with fixed attributes: limits 4 GiB, 64-bit CS, TR limit 67H, GDTR/IDTR limits FFFFH, LDTR unusable, DR7 400H', () => {
    // the guest changes what the exit must overwrite
    const guest = `mov rax, 0x455
mov dr7, rax
sub rsp, 16
sgdt [rsp]
mov word [rsp], 0x37
lgdt [rsp]
mov word [rsp], 0x7f
lidt [rsp]
add rsp, 16`;
    const r = runHv({ guest, setup: 'VMW HOST_IDTR_BASE, 0x1000' });
    expectDone(r);
    const c = r.m.cpu;
    expect(c.long64).toBe(true);
    expect([c.sel[CS], c.sel[SS], c.sel[DS]]).toEqual([0x08, 0x10, 0x10]);
    for (const s of [CS, SS, DS, ES, FS, GS]) expect(c.slimit[s] >>> 0, `segment ${s}`).toBe(0xffffffff);
    expect(c.sar[CS] & 0xf0ff).toBe(0xa09b);                 // L = 1 with "host address-space size" = 1
    expect([c.trSel, c.trLimit, c.trAr & 0xff]).toEqual([0x30, 0x67, 0x8b]);
    expect([c.gdtrLimit, c.idtrLimit]).toEqual([0xffff, 0xffff]);
    expect(c.idtrBase).toBe(0x1000);
    expect(c.ldtrAr & AR_UNUSABLE).toBe(AR_UNUSABLE);
    expect(c.dr[7]).toBe(0x400);
    expect(c.cpl).toBe(0);
    // while the guest's values were saved in the guest-state area
    const v = r.m.vmx!.current!;
    expect([v.u32(F.GUEST_GDTR_LIMIT), v.u32(F.GUEST_IDTR_LIMIT)]).toEqual([0x37, 0x7f]);
  });
});
