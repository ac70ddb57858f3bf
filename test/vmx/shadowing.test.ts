// VMCS shadowing (SDM Vol 3C 25.10, 26.1.3, 31.3 VMREAD/VMWRITE): in non-root operation with "VMCS shadowing"
// VMREAD/VMWRITE of a field whose VMREAD/VMWRITE-bitmap bit is 0 access the shadow VMCS named by the VMCS link
// pointer without a VM exit, bit 1 (or an encoding with bits 63:15 set) exits; the link pointer is checked on
// VM entry; the shadow-VMCS indicator decides what VMPTRLD and VM entry accept.
import { describe, it, expect } from 'vitest';
import { runHv, expectDone, reasons, GUEST_DATA } from './controls/prelude';
import { Vmcs } from '../../emulator/vmx/vmcs';
import { lookupVmcsEncoding, lookupVmcsName } from '../../emulator/vmx/arch';

const SHADOW = 0x206000, VMREAD_BMP = 0x207000, VMWRITE_BMP = 0x208000, OTHER = 0x209000;
const enc = (name: string) => lookupVmcsName(name)!.field.encoding;
const CF = 1n, ZF = 0x40n;

/** Makes `region` a shadow VMCS (revision | bit 31), VMCLEARs it and, with `fields`, fills it by VMPTRLD + VMWRITE in root operation. */
const makeShadow = (region: number, fields: [string, string][] = []) => `
        mov     ecx, MSR_IA32_VMX_BASIC
        rdmsr
        or      eax, 0x80000000
        mov     [${region}], eax
        mov     qword [rel scratch_ptr], ${region}
        vmclear [rel scratch_ptr]
        jbe     hv_fail
${fields.length ? `        vmptrld [rel scratch_ptr]
        jbe     hv_fail
${fields.map(([f, v]) => `        VMW     ${f}, ${v}`).join('\n')}
        vmptrld [rel vmcs_ptr]
        jbe     hv_fail` : ''}`;
const bitmapBit = (bitmap: number, field: string) => `        bts     dword [${bitmap} + (${field} >> 3)], ${field} & 7`;
const EXTRA = 'align 8\nscratch_ptr: dq 0';

describe('VMREAD and VMWRITE in VMX non-root operation with VMCS shadowing', () => {
  it('bitmap bit 0: the shadow VMCS is read and written without a VM exit; bit 1 and encodings above 7FFFH exit', () => {
    const setup = `${makeShadow(SHADOW, [['GUEST_RIP', '0x1111'], ['GUEST_RSP', '0x2222'], ['EXIT_QUALIFICATION', '0x5555']])}
${bitmapBit(VMREAD_BMP, 'GUEST_RSP')}
${bitmapBit(VMWRITE_BMP, 'GUEST_RIP')}
        VMW     VMCS_LINK_POINTER, ${SHADOW}
        VMW     VMREAD_BITMAP, ${VMREAD_BMP}
        VMW     VMWRITE_BITMAP, ${VMWRITE_BMP}`;
    const guest = `
        mov     ebx, GUEST_RIP
        vmread  rax, rbx                        ; bit 0: from the shadow VMCS
        mov     [GUEST_DATA], rax
        pushfq
        pop     qword [GUEST_DATA + 8]
        mov     ebx, EXIT_QUALIFICATION
        vmread  [GUEST_DATA + 16], rbx          ; memory destination, an exit-information field
        mov     ebx, GUEST_RSP
        vmread  rcx, rbx                        ; bit 1: VM exit 23
        mov     rax, 0x3333
        vmwrite rbx, rax                        ; VMWRITE bit 0: into the shadow VMCS
        mov     ebx, EXIT_QUALIFICATION
        mov     rax, 0x6666
        vmwrite rbx, rax                        ; read-only field: allowed (IA32_VMX_MISC[29] = 1)
        mov     ebx, GUEST_RIP
        mov     rax, 0x4444
        vmwrite rbx, rax                        ; bit 1: VM exit 25
        mov     rbx, 0x8000 | GUEST_RIP
        vmread  rax, rbx                        ; encoding bit 15 set: VM exit 23 whatever the bitmap says
        mov     ebx, 0x7fff
        vmread  rax, rbx                        ; no such field, bitmap bit 0: VMfailValid(12), no exit
        pushfq
        pop     qword [GUEST_DATA + 24]
        mov     ebx, GUEST_RIP
        mov     qword [GUEST_DATA + 32], 0x7777
        vmwrite rbx, [GUEST_DATA + 32]          ; still exits (memory source)`;
    expect(lookupVmcsEncoding(0x7fff)).toBeUndefined();
    const r = runHv({ guest, proc2: 'CPU2_VMCS_SHADOWING', setup, extra: EXTRA });
    expectDone(r);
    expect(reasons(r)).toEqual([23, 25, 23, 25, 18]);
    expect(r.q(GUEST_DATA)).toBe(0x1111n);
    expect(r.q(GUEST_DATA + 8) & (CF | ZF)).toBe(0n);
    expect(r.q(GUEST_DATA + 16)).toBe(0x5555n);
    expect(r.q(GUEST_DATA + 24) & (CF | ZF)).toBe(ZF);
    // the exits name the instruction's operands (SDM 28.2.5): VMREAD rcx, rbx -> reg1 = rcx (1), reg2 = rbx (3)
    expect(r.exits[0].info & 0x400).toBe(0x400);
    expect((r.exits[0].info >> 3) & 15).toBe(1);
    expect((r.exits[0].info >>> 28) & 15).toBe(3);
    // the shadow VMCS is written back to its region on VM exit
    const sh = Vmcs.load(r.m.mem, SHADOW);
    expect(sh.shadow).toBe(true);
    expect(sh.readEncoding(enc('GUEST_RSP'))).toBe(0x3333n);
    expect(sh.readEncoding(enc('EXIT_QUALIFICATION'))).toBe(0x6666n);
    expect(sh.readEncoding(enc('GUEST_RIP'))).toBe(0x1111n);          // the exiting VMWRITEs did not reach it
    // the ordinary VMCS was not touched by the shadowed accesses
    expect(r.m.vmx!.current!.readEncoding(enc('GUEST_RSP'))).not.toBe(0x3333n);
    // the nesting model saw L1's shadowed VMWRITEs
    const l1 = r.m.nesting!.levels()[1];
    expect(l1.vmcss.some((v) => v.fields.get(enc('GUEST_RSP')) === 0x3333n && v.sources.get(enc('GUEST_RSP')) === 'shadow-vmwrite')).toBe(true);
  });

  it('the #UD of compatibility mode comes before the shadow VMCS (no shadowed access, #UD through the exception bitmap)', () => {
    const guest = `
        push    0x18                            ; 32-bit code segment of the start-state GDT
        lea     rax, [rel compat]
        push    rax
        retfq
bits 32
compat:
        mov     ebx, GUEST_RIP
        vmread  eax, ebx
bits 64`;
    const r = runHv({ guest, proc2: 'CPU2_VMCS_SHADOWING', setup: `${makeShadow(SHADOW)}\nVMW VMCS_LINK_POINTER, ${SHADOW}\nVMW VMREAD_BITMAP, ${VMREAD_BMP}\nVMW VMWRITE_BITMAP, ${VMWRITE_BMP}\nVMW EXCEPTION_BITMAP, 1 << 6`, extra: EXTRA, maxExits: 1 });
    expectDone(r);
    expect(reasons(r)).toEqual([0]);
    expect((r.exits[0].intrInfo & 0x80000fff) >>> 0).toBe(0x80000306);       // valid, hardware exception, #UD
  });

  it('"VMCS shadowing" = 0: every VMREAD/VMWRITE exits, the bitmaps are not consulted', () => {
    const r = runHv({ guest: 'mov ebx, GUEST_RIP\nvmread rax, rbx\nvmwrite rbx, rax', proc2: 'CPU2_ENABLE_RDTSCP' });
    expectDone(r);
    expect(reasons(r)).toEqual([23, 25, 18]);
  });

  it('VMCS link pointer FFFFFFFF_FFFFFFFFH with shadowing on: shadowed VMREAD/VMWRITE fail with VMfailInvalid', () => {
    const setup = `VMW VMREAD_BITMAP, ${VMREAD_BMP}\nVMW VMWRITE_BITMAP, ${VMWRITE_BMP}`;
    const guest = `
        mov     ebx, GUEST_RIP
        mov     rax, 0x1234
        vmread  rax, rbx
        pushfq
        pop     qword [GUEST_DATA]
        mov     [GUEST_DATA + 8], rax
        vmwrite rbx, rax
        pushfq
        pop     qword [GUEST_DATA + 16]`;
    const r = runHv({ guest, proc2: 'CPU2_VMCS_SHADOWING', setup });
    expectDone(r);
    expect(reasons(r)).toEqual([18]);
    expect(r.q(GUEST_DATA) & (CF | ZF)).toBe(CF);
    expect(r.q(GUEST_DATA + 8)).toBe(0x1234n);
    expect(r.q(GUEST_DATA + 16) & (CF | ZF)).toBe(CF);
    expect(r.m.vmx!.lastFailure?.message).toMatch(/no shadow VMCS/);
  });
});

describe('VMCS link pointer and shadow-VMCS indicator on VM entry (SDM 27.3.1.5)', () => {
  it('"VMCS shadowing" = 1 with a link pointer to an ordinary VMCS: VM-entry failure, reason 33, qualification 4', () => {
    const setup = `
        mov     ecx, MSR_IA32_VMX_BASIC
        rdmsr
        mov     [${OTHER}], eax                ; an ordinary VMCS (bit 31 clear)
        VMW     VMCS_LINK_POINTER, ${OTHER}
        VMW     VMREAD_BITMAP, ${VMREAD_BMP}
        VMW     VMWRITE_BITMAP, ${VMWRITE_BMP}`;
    const r = runHv({ guest: 'nop', proc2: 'CPU2_VMCS_SHADOWING', setup });
    expectDone(r);
    expect(r.exits.map((e) => e.reason >>> 0)).toEqual([0x80000021]);
    expect(r.exits[0].qual).toBe(4n);
    expect(r.m.vmx!.lastEntryFailure).toMatchObject({ id: 'guest.vmcs-link.shadow-indicator' });
  });

  it('"VMCS shadowing" = 1 with a shadow VMCS enters; an unaligned link pointer fails the entry (qualification 4)', () => {
    const r = runHv({ guest: 'nop', proc2: 'CPU2_VMCS_SHADOWING', setup: `${makeShadow(SHADOW)}\nVMW VMCS_LINK_POINTER, ${SHADOW}\nVMW VMREAD_BITMAP, ${VMREAD_BMP}\nVMW VMWRITE_BITMAP, ${VMWRITE_BMP}`, extra: EXTRA });
    expectDone(r);
    expect(reasons(r)).toEqual([18]);
    const bad = runHv({ guest: 'nop', proc2: 'CPU2_VMCS_SHADOWING', setup: `VMW VMCS_LINK_POINTER, ${SHADOW + 0x10}\nVMW VMREAD_BITMAP, ${VMREAD_BMP}\nVMW VMWRITE_BITMAP, ${VMWRITE_BMP}` });
    expect(bad.exits.map((e) => [e.reason >>> 0, e.qual])).toEqual([[0x80000021, 4n]]);
    expect(bad.m.vmx!.lastEntryFailure).toMatchObject({ id: 'guest.vmcs-link.addr' });
  });
});

describe('shadow-VMCS indicator and VMPTRLD / VMLAUNCH (SDM 25.10, 31.3)', () => {
  // After the prelude's VMPTRLD of its ordinary VMCS: VMPTRLD a shadow VMCS and VMPTRST (load), VMLAUNCH it and
  // VMWRITE/VMREAD it in root operation (use), then back to the ordinary VMCS. Flags and values land in GUEST_DATA.
  const load = `${makeShadow(SHADOW)}
        mov     qword [rel scratch_ptr], ${SHADOW}
        vmptrld [rel scratch_ptr]
        pushfq
        pop     qword [GUEST_DATA]
        mov     ebx, VM_INSTRUCTION_ERROR
        vmread  [GUEST_DATA + 8], rbx
        vmptrst [GUEST_DATA + 40]`;
  const use = `
        vmlaunch
        pushfq
        pop     qword [GUEST_DATA + 16]
        mov     ebx, GUEST_RIP
        mov     rax, 0xabcd
        vmwrite rbx, rax
        pushfq
        pop     qword [GUEST_DATA + 24]
        vmread  [GUEST_DATA + 32], rbx`;
  const back = `
        vmptrld [rel vmcs_ptr]
        jbe     hv_fail`;

  it('with VMCS shadowing supported, VMPTRLD accepts a shadow VMCS; VMLAUNCH with it fails with VMfailInvalid; root VMREAD/VMWRITE work', () => {
    const r = runHv({ guest: 'nop', setup: load + use + back, extra: EXTRA });
    expectDone(r);
    expect(r.q(GUEST_DATA) & (CF | ZF)).toBe(0n);
    expect(r.q(GUEST_DATA + 16) & (CF | ZF)).toBe(CF);
    expect(r.q(GUEST_DATA + 24) & (CF | ZF)).toBe(0n);
    expect(r.q(GUEST_DATA + 32)).toBe(0xabcdn);
    expect(r.q(GUEST_DATA + 40)).toBe(BigInt(SHADOW));
    expect(Vmcs.load(r.m.mem, SHADOW).readEncoding(enc('GUEST_RIP'))).toBe(0xabcdn);
    expect(reasons(r)).toEqual([18]);
  });

  it('without VMCS shadowing (profile no-vmcs-shadowing), VMPTRLD of a region with the indicator set is VMfailValid 11 and the current VMCS stays', () => {
    const r = runHv({ guest: 'nop', setup: load + back, extra: EXTRA, machine: { cpuProfile: 'no-vmcs-shadowing' } });
    expectDone(r);
    expect(r.q(GUEST_DATA) & (CF | ZF)).toBe(ZF);
    expect(r.q(GUEST_DATA + 8)).toBe(11n);
    expect(r.q(GUEST_DATA + 40)).toBe(0x201000n);                    // VMPTRST: still the ordinary VMCS
    expect(r.m.vmx!.lastFailure?.message).toMatch(/shadow-VMCS indicator set/);
  });
});
