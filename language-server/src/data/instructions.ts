/**
 * Instruction summaries for hovers. VMX instructions carry their operation and failure conditions
 * (SDM Vol 3C chapter 32 "VMX Instruction Reference" / 31.x); other instructions a one-line summary.
 * Mnemonics without an entry still get a generic hover (they are real: the assembler knows them).
 */
export interface InstructionDoc {
  summary: string;
  /** Operands as the SDM writes them. */
  forms?: string[];
  operation?: string[];
  /** VMfailInvalid / VMfailValid(n) / faults. */
  failures?: string[];
  vmx?: boolean;
  sdm?: string;
}

const VMX_COMMON_FAULTS = [
  '#UD outside VMX operation (except VMXON), in real/virtual-8086 mode, or in compatibility mode',
  '#GP(0) if CPL > 0',
  'In VMX non-root operation: VM exit (the guest hypervisor\'s VMX instructions exit to its host)',
];

export const VMX_INSTRUCTIONS: Record<string, InstructionDoc> = {
  vmxon: {
    vmx: true, summary: 'Enter VMX root operation', forms: ['VMXON m64'], sdm: 'SDM Vol 3C 32 VMXON',
    operation: ['m64 holds the physical address of the 4-KiB-aligned VMXON region, whose first dword must hold the VMCS revision identifier (IA32_VMX_BASIC[30:0])', 'Sets the processor in VMX root operation; blocks INIT; current-VMCS pointer = FFFFFFFF_FFFFFFFFH'],
    failures: ['#UD if CR4.VMXE = 0, in real/v8086 or compatibility mode', '#GP(0) if CPL > 0, CR0/CR4 bits violate IA32_VMX_CR0/CR4_FIXED0/1, IA32_FEATURE_CONTROL lock bit = 0 or VMX-outside-SMX = 0, A20M', 'VMfailInvalid if the address is not 4-KiB aligned, exceeds the physical-address width, or the revision identifier is wrong', 'VMfailValid(15) "VMXON executed in VMX root operation"', 'VM exit (reason 27) in VMX non-root operation'],
  },
  vmxoff: {
    vmx: true, summary: 'Leave VMX operation', forms: ['VMXOFF'], sdm: 'SDM Vol 3C 32 VMXOFF',
    operation: ['Leaves VMX operation; unblocks INIT; VMsucceed'],
    failures: [...VMX_COMMON_FAULTS, 'VMfailValid(23) "VMXOFF under dual-monitor treatment of SMIs and SMM"'],
  },
  vmclear: {
    vmx: true, summary: 'Clear a VMCS: flush it to memory and set its launch state to "clear"', forms: ['VMCLEAR m64'], sdm: 'SDM Vol 3C 32 VMCLEAR',
    operation: ['m64 holds the physical address of a VMCS', 'Writes cached VMCS data to the VMCS region, sets launch state = clear; if it was the current VMCS, current-VMCS pointer = FFFFFFFF_FFFFFFFFH'],
    failures: [...VMX_COMMON_FAULTS, 'VMfailValid(2) "VMCLEAR with invalid physical address" (not 4-KiB aligned or beyond physical-address width)', 'VMfailValid(3) "VMCLEAR with VMXON pointer"'],
  },
  vmptrld: {
    vmx: true, summary: 'Load a VMCS pointer: make the VMCS current (and active)', forms: ['VMPTRLD m64'], sdm: 'SDM Vol 3C 32 VMPTRLD',
    operation: ['current-VMCS pointer = the physical address in m64; later VMREAD/VMWRITE/VMLAUNCH/VMRESUME use that VMCS'],
    failures: [...VMX_COMMON_FAULTS, 'VMfailValid(9) "VMPTRLD with invalid physical address"', 'VMfailValid(10) "VMPTRLD with VMXON pointer"', 'VMfailValid(11) "VMPTRLD with incorrect VMCS revision identifier" (or a shadow VMCS without VMCS shadowing support)'],
  },
  vmptrst: {
    vmx: true, summary: 'Store the current-VMCS pointer to memory', forms: ['VMPTRST m64'], sdm: 'SDM Vol 3C 32 VMPTRST',
    operation: ['m64 = current-VMCS pointer (FFFFFFFF_FFFFFFFFH if none)'],
    failures: [...VMX_COMMON_FAULTS, '#PF/#GP/#SS for the memory operand'],
  },
  vmread: {
    vmx: true, summary: 'Read a field of the current VMCS', forms: ['VMREAD r/m64, r64 (64-bit mode)', 'VMREAD r/m32, r32'], sdm: 'SDM Vol 3C 32 VMREAD',
    operation: ['The second operand holds the field encoding; the field value (zero-extended) goes to the first operand', 'In VMX non-root operation with VMCS shadowing and the VMREAD-bitmap bit clear, reads the shadow VMCS instead of exiting'],
    failures: [...VMX_COMMON_FAULTS, 'VMfailInvalid if there is no current VMCS (or, in non-root operation, the VMCS link pointer is invalid)', 'VMfailValid(12) "VMREAD/VMWRITE from/to unsupported VMCS component"'],
  },
  vmwrite: {
    vmx: true, summary: 'Write a field of the current VMCS', forms: ['VMWRITE r64, r/m64 (64-bit mode)', 'VMWRITE r32, r/m32'], sdm: 'SDM Vol 3C 32 VMWRITE',
    operation: ['The first operand holds the field encoding, the second the value', 'In VMX non-root operation with VMCS shadowing and the VMWRITE-bitmap bit clear, writes the shadow VMCS instead of exiting'],
    failures: [...VMX_COMMON_FAULTS, 'VMfailInvalid if there is no current VMCS', 'VMfailValid(12) "VMREAD/VMWRITE from/to unsupported VMCS component"', 'VMfailValid(13) "VMWRITE to read-only VMCS component" (exit-information fields, unless IA32_VMX_MISC[29])'],
  },
  vmlaunch: {
    vmx: true, summary: 'Launch the guest of the current VMCS (its launch state must be "clear")', forms: ['VMLAUNCH'], sdm: 'SDM Vol 3C 32 VMLAUNCH/VMRESUME, 27 VM Entries',
    operation: ['Checks the VM-execution/exit/entry controls and the host-state area (failures: VMfailValid), then loads the guest state (failures: VM-entry failure exits 33/34/41); launch state = launched; continues at GUEST_RIP in VMX non-root operation'],
    failures: [...VMX_COMMON_FAULTS, 'VMfailInvalid if there is no current VMCS', 'VMfailValid(4) "VMLAUNCH with non-clear VMCS"', 'VMfailValid(7) "VM entry with invalid control field(s)"', 'VMfailValid(8) "VM entry with invalid host-state field(s)"', 'VMfailValid(26) "VM entry with events blocked by MOV SS"', 'VM-entry failure: exit reason 33 (invalid guest state), 34 (MSR loading), 41 (machine-check event)'],
  },
  vmresume: {
    vmx: true, summary: 'Resume the guest of the current VMCS (its launch state must be "launched")', forms: ['VMRESUME'], sdm: 'SDM Vol 3C 32 VMLAUNCH/VMRESUME, 27 VM Entries',
    operation: ['As VMLAUNCH, for a VMCS that has been launched: checks controls and host state, loads the guest state and continues at GUEST_RIP'],
    failures: [...VMX_COMMON_FAULTS, 'VMfailInvalid if there is no current VMCS', 'VMfailValid(5) "VMRESUME with non-launched VMCS"', 'VMfailValid(6) "VMRESUME after VMXOFF"', 'VMfailValid(7) / (8) invalid control / host-state fields', 'VM-entry failure: exit reason 33, 34 or 41'],
  },
  vmcall: {
    vmx: true, summary: 'Call the VM monitor (hypercall): causes a VM exit in VMX non-root operation', forms: ['VMCALL'], sdm: 'SDM Vol 3C 32 VMCALL',
    operation: ['In VMX non-root operation: VM exit with reason 18 (unconditional)', 'In VMX root operation: activates the dual-monitor treatment of SMIs and SMM (not emulated here: VMfail)'],
    failures: ['#UD outside VMX operation', 'VMfailValid(1) "VMCALL executed in VMX root operation"'],
  },
  vmfunc: {
    vmx: true, summary: 'Invoke a VM function (EAX = function, e.g. 0 = EPTP switching with ECX = index)', forms: ['VMFUNC'], sdm: 'SDM Vol 3C 26.5.6, 32 VMFUNC',
    operation: ['Only in VMX non-root operation with "enable VM functions"; function 0 loads EPTP-list[ECX] as the new EPTP without a VM exit'],
    failures: ['#UD outside VMX non-root operation or without "enable VM functions"', 'VM exit (reason 59) if the function is not enabled or its checks fail (e.g. ECX >= 512, invalid EPTP)'],
  },
  invept: {
    vmx: true, summary: 'Invalidate EPT-derived translations (TLBs and paging-structure caches)', forms: ['INVEPT r64, m128'], sdm: 'SDM Vol 3C 32 INVEPT',
    operation: ['r64 = type: 1 single-context (the EPTP in the descriptor), 2 all-context; m128 = descriptor { EPTP, reserved }'],
    failures: [...VMX_COMMON_FAULTS, '#UD if "enable EPT" is not supported', 'VMfailValid(28) "Invalid operand to INVEPT/INVVPID" (unsupported type, or an invalid EPTP for single-context)'],
  },
  invvpid: {
    vmx: true, summary: 'Invalidate translations tagged with a VPID', forms: ['INVVPID r64, m128'], sdm: 'SDM Vol 3C 32 INVVPID',
    operation: ['r64 = type: 0 individual address, 1 single context, 2 all contexts, 3 single context retaining globals; m128 = { VPID (bits 15:0), linear address }'],
    failures: [...VMX_COMMON_FAULTS, 'VMfailValid(28) "Invalid operand to INVEPT/INVVPID" (unsupported type, VPID 0 for types 0/1/3, non-canonical address for type 0)'],
  },
};

/** One-line summaries of common x86 instructions (hover text; the full list of mnemonics comes from the assembler). */
export const X86_SUMMARIES: Record<string, string> = {
  mov: 'Move data', movzx: 'Move with zero-extension', movsx: 'Move with sign-extension', movsxd: 'Move doubleword with sign-extension', lea: 'Load effective address',
  add: 'Add', adc: 'Add with carry', sub: 'Subtract', sbb: 'Subtract with borrow', inc: 'Increment by 1', dec: 'Decrement by 1', neg: 'Two\'s-complement negation',
  mul: 'Unsigned multiply (RDX:RAX = RAX * r/m)', imul: 'Signed multiply', div: 'Unsigned divide', idiv: 'Signed divide', cmp: 'Compare (subtract, set flags)', test: 'Logical compare (AND, set flags)',
  and: 'Logical AND', or: 'Logical OR', xor: 'Logical exclusive OR', not: 'One\'s-complement negation', shl: 'Shift left', sal: 'Shift arithmetic left', shr: 'Shift logical right', sar: 'Shift arithmetic right',
  rol: 'Rotate left', ror: 'Rotate right', rcl: 'Rotate left through carry', rcr: 'Rotate right through carry', bt: 'Bit test (CF = bit)', bts: 'Bit test and set', btr: 'Bit test and reset', btc: 'Bit test and complement',
  bsf: 'Bit scan forward', bsr: 'Bit scan reverse', push: 'Push onto the stack', pop: 'Pop from the stack', call: 'Call procedure', ret: 'Return from procedure', jmp: 'Jump',
  je: 'Jump if equal (ZF = 1)', jne: 'Jump if not equal (ZF = 0)', jz: 'Jump if zero (ZF = 1)', jnz: 'Jump if not zero (ZF = 0)', jc: 'Jump if carry (CF = 1)', jnc: 'Jump if not carry (CF = 0)',
  jb: 'Jump if below (CF = 1)', jae: 'Jump if above or equal (CF = 0)', ja: 'Jump if above (CF = 0 and ZF = 0)', jbe: 'Jump if below or equal (CF = 1 or ZF = 1) — after a VMX instruction: VMfail', jl: 'Jump if less (SF ≠ OF)', jge: 'Jump if greater or equal', jg: 'Jump if greater', jle: 'Jump if less or equal',
  js: 'Jump if sign', jns: 'Jump if not sign', jo: 'Jump if overflow', jno: 'Jump if not overflow', loop: 'Decrement RCX; jump if not zero',
  cpuid: 'CPU identification (EAX leaf, ECX subleaf) — unconditional VM exit (reason 10) in VMX non-root operation', rdmsr: 'Read MSR[ECX] into EDX:EAX — VM exit (31) per the MSR bitmaps', wrmsr: 'Write EDX:EAX to MSR[ECX] — VM exit (32) per the MSR bitmaps',
  rdtsc: 'Read time-stamp counter into EDX:EAX', rdtscp: 'Read TSC and IA32_TSC_AUX', hlt: 'Halt until an interrupt — VM exit (12) with "HLT exiting"', nop: 'No operation', pause: 'Spin-loop hint — VM exit (40) with PAUSE exiting',
  in: 'Input from port — VM exit (30) per the I/O controls', out: 'Output to port — VM exit (30) per the I/O controls', ins: 'Input string from port', outs: 'Output string to port', lodsb: 'Load byte at [RSI] into AL', stosb: 'Store AL at [RDI]', movsb: 'Move byte [RSI] to [RDI]',
  cli: 'Clear interrupt flag', sti: 'Set interrupt flag', cld: 'Clear direction flag', std: 'Set direction flag', clc: 'Clear carry flag', stc: 'Set carry flag', cmc: 'Complement carry flag',
  int: 'Software interrupt', int3: 'Breakpoint trap', iretq: 'Interrupt return (64-bit)', iret: 'Interrupt return', syscall: 'Fast system call', sysret: 'Return from fast system call',
  lgdt: 'Load GDTR', lidt: 'Load IDTR', sgdt: 'Store GDTR', sidt: 'Store IDTR', lldt: 'Load LDTR', ltr: 'Load task register', str: 'Store task register', invlpg: 'Invalidate TLB entry',
  invd: 'Invalidate caches (VM exit 13, unconditional)', wbinvd: 'Write back and invalidate caches', xsetbv: 'Set extended control register (VM exit 55)', swapgs: 'Swap GS base with IA32_KERNEL_GS_BASE',
  xchg: 'Exchange', cmpxchg: 'Compare and exchange', xadd: 'Exchange and add', cbw: 'Sign-extend AL into AX', cwde: 'Sign-extend AX into EAX', cdqe: 'Sign-extend EAX into RAX', cqo: 'Sign-extend RAX into RDX:RAX', cdq: 'Sign-extend EAX into EDX:EAX',
  setc: 'Set byte if carry', sete: 'Set byte if equal', setz: 'Set byte if zero', setnz: 'Set byte if not zero', cmove: 'Move if equal', cmovne: 'Move if not equal', pushfq: 'Push RFLAGS', popfq: 'Pop RFLAGS', pushf: 'Push FLAGS', popf: 'Pop FLAGS',
  rdrand: 'Read random number', rdseed: 'Read random seed', rdpmc: 'Read performance-monitoring counter', ud2: 'Undefined instruction (#UD)', leave: 'High-level procedure exit', enter: 'Make stack frame',
  retf: 'Far return', lret: 'Far return', rep: 'Repeat string operation RCX times', mfence: 'Memory fence', lfence: 'Load fence', sfence: 'Store fence', clts: 'Clear CR0.TS',
};
