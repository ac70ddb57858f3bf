// INIT, start-up IPIs and NMIs with VMX (SDM Vol 3C 24.8, 26.2, 27.3.2.5, 27.6.2): INIT is blocked in VMX root
// operation and causes VM exit 3 in non-root operation (blocked in wait-for-SIPI); a SIPI causes VM exit 4 (vector
// in the qualification) in wait-for-SIPI and is discarded otherwise; an NMI is delivered through the IDT or, with
// "NMI exiting", causes VM exit 0. Sources: the local APIC's ICR and Machine.sendSignal (the debugger's "send signal").
import { describe, it, expect } from 'vitest';
import { runHv, expectDone, reasons, GUEST_DATA } from './prelude';
import { F } from '../../../emulator/vmx/vmcs';
import { runAsm } from '../../cpu/harness';

/** INIT IPI to this processor through the local APIC ICR (physical destination 0 = our APIC ID, assert, edge). */
const SEND_INIT = `        mov     eax, 0xfee00300
        mov     dword [rax + 0x10], 0
        mov     dword [rax], 0x4500`;

describe('INIT and SIPI with VMX', () => {
  it('INIT sent in VMX root operation is blocked (the host runs on), then exits the guest at its first boundary: reason 3, no instruction length', () => {
    const r = runHv({ guest: 'cpuid', setup: `${SEND_INIT}\n        mov     r11d, 0x1234        ; the host still runs after the INIT` });
    expectDone(r);
    expect(r.reg('r11')).toBe(0x1234n);
    expect(reasons(r)).toEqual([3, 10, 18]);
    expect(r.exits[0].rip).toBe(BigInt(r.label('guest_entry'))); // no guest instruction ran, no state changed
    expect(r.exits[0].len).toBe(0);
    expect(Number(r.exits[0].qual)).toBe(0);
    expect(r.m.apic.ipiLog().at(-1)?.delivered).toBe(true);
  });

  it('INIT sent by the guest itself through the APIC: exit 3 at the end of the block that wrote the ICR', () => {
    // Delivery is asynchronous: the INIT is taken when the decoded block with the ICR write ends (at the JMP).
    const r = runHv({ guest: `${SEND_INIT}\njmp after_icr\nafter_icr: nop\nnop` });
    expectDone(r);
    expect(reasons(r)).toEqual([3, 18]);
    expect(r.exits[0].rip).toBe(BigInt(r.label('after_icr')));
  });

  it('wait-for-SIPI: INIT stays blocked, a SIPI exits with its vector (reason 4); the pending INIT exits once the guest is active', () => {
    const handler = `        cmp     eax, 4
        jne     hv_advance
        VMW     GUEST_ACTIVITY_STATE, 0          ; start the "AP" at guest_entry
        jmp     hv_resume`;
    const r0 = runHv({ guest: 'nop', setup: 'VMW GUEST_ACTIVITY_STATE, 3', handler });
    expect(r0.stop.reason).toBe('halted');                  // waits; nothing but a SIPI ends it
    expect(r0.m.vmx!.counters.exits).toBe(0);
    r0.m.sendSignal('init');
    expect(r0.m.run(100_000).reason).toBe('halted');        // INIT is blocked in wait-for-SIPI
    expect(r0.m.vmx!.counters.exits).toBe(0);
    r0.m.sendSignal('sipi', 0x9a);
    const stop = r0.m.run(100_000);
    expect(stop.reason).toBe('halted');
    const hist = r0.m.vmx!.history;
    expect(hist.map((e) => e.reason)).toEqual([4, 3, 18]);
    expect(hist[0].qualification).toBe(0x9an);
    expect(r0.m.cpu.getBig(15)).toBe(0xd0en);              // hv_done
    expect(r0.m.vmx!.current!.u32(F.GUEST_ACTIVITY_STATE)).toBe(0);
  });

  it('a SIPI outside wait-for-SIPI is discarded; SIPI vectors are checked', () => {
    const r = runHv({ guest: 'nop' });
    expectDone(r);
    r.m.sendSignal('sipi', 1);
    expect(r.m.run(1000).reason).toBe('halted');
    expect(r.m.cpu.pendingSipi).toBe(-1);
    expect(() => r.m.sendSignal('sipi', 256)).toThrow(/0\.\.255/);
  });

  it('outside VMX operation an INIT says the processor INIT is not implemented; a self-shorthand INIT is not delivered', () => {
    const self = runAsm(`bits 64
org 0x100000
        mov     eax, 0xfee00300
        mov     dword [rax], 0x44500          ; INIT, self shorthand: invalid
        hlt`);
    expect(self.stop.reason).toBe('halted');
    const r = runAsm(`bits 64
org 0x100000
${SEND_INIT}
        hlt`);
    expect(r.stop).toEqual({ reason: 'not-implemented', message: expect.stringMatching(/INIT signal outside VMX operation/) });
  });
});

/** NMI to this processor through the local APIC ICR (physical destination 0, delivery mode NMI). */
const SEND_NMI = `        mov     eax, 0xfee00300
        mov     dword [rax + 0x10], 0
        mov     dword [rax], 0x400`;

describe('NMIs with VMX', () => {
  it('"NMI exiting": an NMI the guest sends itself exits with reason 0 and an NMI in the interruption information', () => {
    const r = runHv({ guest: `${SEND_NMI}\njmp .sent\n.sent: nop`, pin: 'PIN_NMI_EXITING' });
    expectDone(r);
    expect(reasons(r)).toEqual([0, 18]);
    expect(r.exits[0].intrInfo >>> 0).toBe(0x80000202); // valid, NMI (type 2), vector 2
    expect(r.exits[0].len).toBe(0);
    expect(r.m.cpu.pendingNmi).toBe(false);
  });

  it('without "NMI exiting" the NMI goes through the guest IDT (vector 2) and blocks NMIs until its IRET', () => {
    const r = runHv({
      guest: `${SEND_NMI}\njmp .sent\n.sent: nop\nnop`, setup: 'GATE 2, guest_nmi\nUSE_GUEST_IDT',
      extra: `guest_nmi:\n        inc     qword [${GUEST_DATA}]\n        mov     rax, [${GUEST_DATA}]\n        iretq`,
    });
    expectDone(r);
    expect(reasons(r)).toEqual([18]);
    expect(r.q(GUEST_DATA)).toBe(1n);
    expect(r.exits[0].interruptibility & 8).toBe(0); // the handler's IRET ended NMI blocking
  });

  it('"virtual NMIs": the guest\'s virtual-NMI blocking holds back no NMI; without them its NMI blocking holds the NMI', () => {
    const blocked = 'VMW GUEST_INTERRUPTIBILITY_INFO, INTERRUPTIBILITY_NMI_BLOCKING';
    const virt = runHv({ guest: `${SEND_NMI}\njmp .sent\n.sent: nop`, pin: 'PIN_NMI_EXITING | PIN_VIRTUAL_NMIS', setup: blocked });
    expectDone(virt);
    expect(reasons(virt)).toEqual([0, 18]);
    const held = runHv({ guest: `${SEND_NMI}\njmp .sent\n.sent: nop`, pin: 'PIN_NMI_EXITING', setup: blocked });
    expectDone(held);
    expect(reasons(held)).toEqual([18]);
    expect(held.m.cpu.pendingNmi).toBe(true); // still blocked: the host has not executed IRET
  });
});
