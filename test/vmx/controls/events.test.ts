// Event-related controls (SDM Vol 3C 25.6.3, 26.2, 26.5, 26.7): exception bitmap with the #PF error-code
// mask/match, external-interrupt exiting with "acknowledge interrupt on exit" (source: the local APIC timer),
// interrupt-window and NMI-window exiting, the VMX-preemption timer (with save on exit), the monitor trap flag
// and a triple fault in the guest.
import { describe, it, expect } from 'vitest';
import { runHv, expectDone, reasons, GUEST_DATA } from './prelude';
import { F } from '../../../emulator/vmx/vmcs';

/** Handler fragment: after a hardware exception exit (length 0), skip the 3-byte faulting instruction. */
const SKIP3_ON_EXCEPTION = `        test    eax, eax
        jnz     hv_advance
        mov     ebx, GUEST_RIP
        vmread  rsi, rbx
        add     rsi, 3
        vmwrite rbx, rsi
        jmp     hv_resume`;

/** A guest #PF handler (vector 14): counts in GUEST_DATA, skips the 3-byte faulting instruction. */
const GUEST_PF = `guest_pf:
        add     rsp, 8                  ; error code
        add     qword [rsp], 3
        inc     qword [GUEST_DATA]
        iretq`;

const UNMAPPED = 0x100000000n; // beyond the 4 GiB identity map: not present

describe('exception bitmap', () => {
  it('INT3 with bit 3: reason 0, software exception, instruction length 1; #UD with bit 6: hardware exception', () => {
    const r = runHv({ guest: 'int3\nud2\nnop', setup: 'VMW EXCEPTION_BITMAP, (1 << 3) | (1 << 6)', handler: `        test    eax, eax
        jnz     hv_advance
        mov     ebx, VM_EXIT_INSTRUCTION_LEN
        vmread  rcx, rbx
        test    ecx, ecx
        jnz     hv_advance
        mov     ebx, GUEST_RIP
        vmread  rsi, rbx
        add     rsi, 2                  ; ud2
        vmwrite rbx, rsi
        jmp     hv_resume` });
    expectDone(r);
    expect(reasons(r)).toEqual([0, 0, 18]);
    expect(r.exits[0].intrInfo >>> 0).toBe(0x80000603); // valid, software exception (6), vector 3
    expect(r.exits[0].len).toBe(1);
    expect(r.exits[1].intrInfo >>> 0).toBe(0x80000306); // valid, hardware exception (3), vector 6, no error code
    expect(r.exits[1].rip).toBe(BigInt(r.label('guest_entry') + 1));
    expect(r.history[0].interruptionInfo >>> 0).toBe(0x80000603);
  });

  it('#PF with bit 14 and mask = match = 0: every page fault exits; qualification = CR2, error code reported', () => {
    const r = runHv({ guest: `mov rax, ${UNMAPPED}\nmov rbx, [rax]\nadd rax, 8\nmov [rax], rbx`, setup: 'VMW EXCEPTION_BITMAP, 1 << 14', handler: SKIP3_ON_EXCEPTION });
    expectDone(r);
    expect(reasons(r)).toEqual([0, 0, 18]);
    expect(r.exits.slice(0, 2).map((e) => e.intrInfo >>> 0)).toEqual([0x80000b0e, 0x80000b0e]); // hardware exception 14 with error code
    expect(r.exits.slice(0, 2).map((e) => e.intrError)).toEqual([0, 2]); // read / write, not present
    expect(r.exits.slice(0, 2).map((e) => e.qual)).toEqual([UNMAPPED, UNMAPPED + 8n]);
  });

  it('#PF error-code mask/match: bit 14 = 1 exits only on a match; bit 14 = 0 exits only on a mismatch; others go to the guest IDT', () => {
    const guest = `mov rax, ${UNMAPPED}\nmov rbx, [rax]\nmov [rax], rbx`;
    const common = `GATE 14, guest_pf\nUSE_GUEST_IDT\nVMW PAGE_FAULT_ERROR_CODE_MASK, 2\nVMW PAGE_FAULT_ERROR_CODE_MATCH, 2\n`;
    const a = runHv({ guest, setup: common + 'VMW EXCEPTION_BITMAP, 1 << 14', handler: SKIP3_ON_EXCEPTION, extra: GUEST_PF });
    expectDone(a);
    expect(reasons(a)).toEqual([0, 18]);
    expect(a.exits[0].intrError).toBe(2);   // the write fault matched and exited
    expect(a.q(GUEST_DATA)).toBe(1n);       // the read fault was delivered to the guest
    const b = runHv({ guest, setup: common + 'VMW EXCEPTION_BITMAP, 0', handler: SKIP3_ON_EXCEPTION, extra: GUEST_PF });
    expectDone(b);
    expect(reasons(b)).toEqual([0, 18]);
    expect(b.exits[0].intrError).toBe(0);   // the read fault mismatched and exited
    expect(b.q(GUEST_DATA)).toBe(1n);       // the write fault went to the guest
  });

  it('triple fault in the guest (no IDT): exit reason 2', () => {
    const r = runHv({ guest: 'ud2', handler: '        cmp eax, EXIT_REASON_TRIPLE_FAULT\n        je hv_done' });
    expectDone(r);
    expect(reasons(r)).toEqual([2]);
    expect(r.history[0]).toMatchObject({ reason: 2, name: 'TRIPLE_FAULT' });
    expect(r.stop.reason).toBe('halted'); // the machine did not reset: the hypervisor got the exit
  });
});

/** Host code that starts the local APIC timer: one-shot, vector 0x40, divide by 1, `count` ticks. */
const apicTimer = (count: number) => `mov rdx, 0xfee00000
mov dword [rdx + 0xf0], 0x1ff
mov dword [rdx + 0x3e0], 0xb
mov dword [rdx + 0x320], 0x40
mov dword [rdx + 0x380], ${count}`;
const SPIN = 'mov ecx, 1000000\n.spin: dec ecx\njnz .spin';

describe('interrupt and timer controls', () => {
  it('external-interrupt exiting with acknowledge-interrupt-on-exit: vector in the exit interruption information, APIC ISR set', () => {
    const r = runHv({ guest: SPIN, pin: 'PIN_EXTERNAL_INTERRUPT_EXITING', exit: 'EXIT_ACKNOWLEDGE_INTERRUPT_ON_EXIT', setup: apicTimer(2000), maxExits: 1 });
    expectDone(r);
    expect(reasons(r)).toEqual([1]);
    expect(r.exits[0].intrInfo >>> 0).toBe(0x80000040); // valid, external interrupt (type 0), vector 0x40
    expect(r.exits[0].rflags & 0x200n).toBe(0n);      // exits although the guest has IF = 0
    expect(r.m.apic.pendingVector()).toBe(-1);          // acknowledged: moved from IRR to ISR
    expect(r.m.apic.read(0x120, 4) & 1).toBe(1);        // ISR bit 0x40
  });

  it('a timer interrupt that falls due before VMLAUNCH exits before the first guest instruction, whatever block it expired in', () => {
    // The timer is armed last in the setup; counts 1-3 (the XOR, MOV RSP and VMLAUNCH that follow) expire in root
    // operation (IF = 0 there), so the VM exit comes at once with the guest RIP untouched.
    for (let count = 1; count <= 3; count++) {
      const r = runHv({ guest: SPIN, pin: 'PIN_EXTERNAL_INTERRUPT_EXITING', setup: apicTimer(count), maxExits: 1 });
      expectDone(r);
      expect(reasons(r), `count ${count}`).toEqual([1]);
      expect(r.exits[0].rip, `count ${count}`).toBe(BigInt(r.label('guest_entry')));
    }
  });

  it('external-interrupt exiting without acknowledge: interruption information invalid, the interrupt stays pending', () => {
    const r = runHv({ guest: SPIN, pin: 'PIN_EXTERNAL_INTERRUPT_EXITING', setup: apicTimer(2000), maxExits: 1 });
    expectDone(r);
    expect(reasons(r)).toEqual([1]);
    expect(r.exits[0].intrInfo).toBe(0);
    expect(r.m.apic.pendingVector()).toBe(0x40);
  });

  it('interrupt-window exiting: exit once RFLAGS.IF = 1 and the STI shadow has passed', () => {
    const guest = 'nop\nsti\nafter_sti: nop\nwindow: nop\ncli';
    const clearWindow = `        cmp     eax, EXIT_REASON_INTERRUPT_WINDOW
        jne     hv_advance
        mov     ebx, CPU_BASED_VM_EXEC_CONTROL
        vmread  rax, rbx
        and     eax, ~CPU_INTERRUPT_WINDOW_EXITING
        vmwrite rbx, rax
        jmp     hv_resume`;
    const r = runHv({ guest, proc: 'CPU_INTERRUPT_WINDOW_EXITING', handler: clearWindow });
    expectDone(r);
    expect(reasons(r)).toEqual([7, 18]);
    expect(r.exits[0].rip).toBe(BigInt(r.label('window')));
    expect(r.exits[0].len).toBe(0);
    expect(r.exits[0].interruptibility).toBe(0);
    // with IF = 1 at VM entry the exit comes before the first guest instruction
    const s = runHv({ guest: 'nop', proc: 'CPU_INTERRUPT_WINDOW_EXITING', setup: 'VMW GUEST_RFLAGS, 0x202', handler: clearWindow });
    expect(reasons(s)).toEqual([7, 18]);
    expect(s.exits[0].rip).toBe(BigInt(s.label('guest_entry')));
  });

  it('NMI-window exiting (virtual NMIs): exits at once without virtual-NMI blocking, never while blocked', () => {
    // The emulated machine has no NMI source (the local APIC does not deliver NMIs to the CPU), so only the
    // window itself can be tested, which the SDM defines by virtual-NMI blocking alone.
    const clearWindow = `        cmp     eax, EXIT_REASON_NMI_WINDOW
        jne     hv_advance
        mov     ebx, CPU_BASED_VM_EXEC_CONTROL
        vmread  rax, rbx
        and     eax, ~CPU_NMI_WINDOW_EXITING
        vmwrite rbx, rax
        jmp     hv_resume`;
    const o = { guest: 'nop\nnop', pin: 'PIN_NMI_EXITING | PIN_VIRTUAL_NMIS', proc: 'CPU_NMI_WINDOW_EXITING', handler: clearWindow };
    const open = runHv(o);
    expectDone(open);
    expect(reasons(open)).toEqual([8, 18]);
    expect(open.exits[0].rip).toBe(BigInt(open.label('guest_entry')));
    const blocked = runHv({ ...o, setup: 'VMW GUEST_INTERRUPTIBILITY_INFO, INTERRUPTIBILITY_NMI_BLOCKING' });
    expectDone(blocked);
    expect(reasons(blocked)).toEqual([18]);
    expect(blocked.exits[0].interruptibility & 8).toBe(8);
  });

  it('NMI-window exiting: IRET in the guest removes virtual-NMI blocking (SDM 26.3), the window opens after it', () => {
    const guest = `mov rax, rsp
push 0x10
push rax
pushfq
push 0x08
lea rax, [rel after_iret]
push rax
iretq
after_iret: nop`;
    const clearWindow = `        cmp     eax, EXIT_REASON_NMI_WINDOW
        jne     hv_advance
        mov     ebx, CPU_BASED_VM_EXEC_CONTROL
        vmread  rax, rbx
        and     eax, ~CPU_NMI_WINDOW_EXITING
        vmwrite rbx, rax
        jmp     hv_resume`;
    const r = runHv({ guest, pin: 'PIN_NMI_EXITING | PIN_VIRTUAL_NMIS', proc: 'CPU_NMI_WINDOW_EXITING', handler: clearWindow, setup: 'VMW GUEST_INTERRUPTIBILITY_INFO, INTERRUPTIBILITY_NMI_BLOCKING' });
    expectDone(r);
    expect(reasons(r)).toEqual([8, 18]);
    expect(r.exits[0].rip).toBe(BigInt(r.label('after_iret')));
  });

  it('VMX-preemption timer: exit 52 when it reaches 0; "save VMX-preemption timer value" stores 0', () => {
    const r = runHv({ guest: SPIN, pin: 'PIN_ACTIVATE_PREEMPTION_TIMER', exit: 'EXIT_SAVE_PREEMPTION_TIMER', setup: 'VMW VMX_PREEMPTION_TIMER_VALUE, 20', maxExits: 1 });
    expectDone(r);
    expect(reasons(r)).toEqual([52]);
    expect(r.exits[0].timer).toBe(0);
    expect(r.exits[0].len).toBe(0);
    // the timer counts down by 1 every 2^IA32_VMX_MISC[4:0] TSC ticks: 20 units take at least 20 << rate ticks
    const rate = Number(r.m.vmx!.caps[0x485]! & 0x1fn);
    expect(r.history[0].tsc).toBeGreaterThanOrEqual(20 << rate);
  });

  it('VMX-preemption timer with save on exit: an earlier exit stores the remaining value, the next entry continues from it', () => {
    const r = runHv({ guest: 'mov ecx, 1000\n.pre: dec ecx\njnz .pre\ncpuid\n' + SPIN, pin: 'PIN_ACTIVATE_PREEMPTION_TIMER', exit: 'EXIT_SAVE_PREEMPTION_TIMER', setup: 'VMW VMX_PREEMPTION_TIMER_VALUE, 1000', maxExits: 2 });
    expectDone(r);
    expect(reasons(r)).toEqual([10, 52]);
    expect(r.exits[0].timer).toBeGreaterThan(0);
    expect(r.exits[0].timer).toBeLessThan(1000);
    expect(r.exits[1].timer).toBe(0);
    // without "save", the field keeps the value the hypervisor wrote
    const n = runHv({ guest: 'cpuid', pin: 'PIN_ACTIVATE_PREEMPTION_TIMER', setup: 'VMW VMX_PREEMPTION_TIMER_VALUE, 1000' });
    expect(reasons(n)).toEqual([10, 18]);
    expect(n.exits[0].timer).toBe(1000);
  });

  it('monitor trap flag: an exit (37) after every guest instruction, RIP = the next instruction, length 0', () => {
    const r = runHv({ guest: 'nop\ng1: nop\ng2: mov eax, 1\ng3:', proc: 'CPU_MONITOR_TRAP_FLAG' });
    expectDone(r);
    expect(reasons(r)).toEqual([37, 37, 37, 18]);
    expect(r.exits.slice(0, 3).map((e) => e.rip)).toEqual(['g1', 'g2', 'g3'].map((l) => BigInt(r.label(l))));
    expect(r.exits.slice(0, 3).every((e) => e.len === 0)).toBe(true);
  });

  it('activity state shutdown (2): no guest instruction runs; the VMX-preemption timer ends it with exit 52, activity state 2 saved', () => {
    const setup = 'VMW GUEST_ACTIVITY_STATE, 2\nVMW VMX_PREEMPTION_TIMER_VALUE, 50';
    const r = runHv({ guest: 'mov qword [GUEST_DATA], 1', pin: 'PIN_ACTIVATE_PREEMPTION_TIMER', exit: 'EXIT_SAVE_PREEMPTION_TIMER', setup, maxExits: 1 });
    expectDone(r);
    expect(reasons(r)).toEqual([52]);
    expect(r.exits[0].rip).toBe(BigInt(r.label('guest_entry')));
    expect(r.q(GUEST_DATA)).toBe(0n);
    expect(r.m.vmx!.current!.u32(F.GUEST_ACTIVITY_STATE)).toBe(2);
    // time passed while the processor waited: at least 50 timer units of 2^IA32_VMX_MISC[4:0] TSC ticks
    const rate = Number(r.m.vmx!.caps[0x485]! & 0x1fn);
    expect(r.history[0].tsc).toBeGreaterThanOrEqual(50 << rate);
  });

  it('activity state shutdown: external interrupts cause no VM exit even with "external-interrupt exiting" (SDM 27.6.2); nothing wakes it', () => {
    // the APIC timer (1 tick) fires in the hypervisor, before VMLAUNCH: the interrupt is pending at VM entry
    const r = runHv({ guest: 'nop', pin: 'PIN_EXTERNAL_INTERRUPT_EXITING', setup: `${apicTimer(1)}\nVMW GUEST_ACTIVITY_STATE, 2` });
    expect(r.stop.reason).toBe('halted');
    expect(r.m.cpu.nonRoot).toBe(true);
    expect(r.exits).toEqual([]);
    expect(r.m.apic.pendingVector()).toBe(0x40);
    // the same pending interrupt makes an active guest exit
    const a = runHv({ guest: 'mov ecx, 10\n.l: dec ecx\njnz .l', pin: 'PIN_EXTERNAL_INTERRUPT_EXITING', setup: apicTimer(1), maxExits: 1 });
    expectDone(a);
    expect(reasons(a)).toEqual([1]);
  });

  it('activity state wait-for-SIPI (3): the VMX-preemption timer reaches 0 without a VM exit; only a SIPI would end it', () => {
    const setup = 'VMW GUEST_ACTIVITY_STATE, 3\nVMW VMX_PREEMPTION_TIMER_VALUE, 5';
    const r = runHv({ guest: 'nop', pin: 'PIN_ACTIVATE_PREEMPTION_TIMER', setup });
    expect(r.stop.reason).toBe('halted');
    expect(r.m.cpu.nonRoot).toBe(true);
    expect(r.exits).toEqual([]);
  });

  it('a VM entry that injects an event leaves the guest active whatever the activity state (NMI injected into shutdown)', () => {
    const setup = `GATE 2, guest_nmi
USE_GUEST_IDT
VMW GUEST_ACTIVITY_STATE, 2
VMW VM_ENTRY_INTR_INFO_FIELD, 0x80000202`;
    const extra = `guest_nmi:
        mov     qword [GUEST_DATA], 0x77
        iretq`;
    const r = runHv({ guest: 'mov qword [GUEST_DATA + 8], 1', setup, extra });
    expectDone(r);
    expect(reasons(r)).toEqual([18]);
    expect(r.q(GUEST_DATA)).toBe(0x77n);
    expect(r.q(GUEST_DATA + 8)).toBe(1n);
    expect(r.m.vmx!.current!.u32(F.GUEST_ACTIVITY_STATE)).toBe(0);
  });

  it('activity state HLT (1): an external interrupt with "external-interrupt exiting" ends it with exit 1, activity state 1 saved', () => {
    const r = runHv({ guest: 'mov qword [GUEST_DATA], 1', pin: 'PIN_EXTERNAL_INTERRUPT_EXITING', setup: `${apicTimer(100)}\nVMW GUEST_ACTIVITY_STATE, 1`, maxExits: 1 });
    expectDone(r);
    expect(reasons(r)).toEqual([1]);
    expect(r.exits[0].rip).toBe(BigInt(r.label('guest_entry')));
    expect(r.q(GUEST_DATA)).toBe(0n);
    expect(r.m.vmx!.current!.u32(F.GUEST_ACTIVITY_STATE)).toBe(1);
  });
});
