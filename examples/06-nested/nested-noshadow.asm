; 06-nested: nested VMX. L0 (VMX root) runs L1, a hypervisor, which runs L2.
;
; L0 (l0.inc) emulates VMX for L1 the way KVM does (vmcs01, vmcs12, vmcs02, reflection of the exits
; L1 asked for). In this variant L0 does not use VMCS shadowing: every VMREAD/VMWRITE of L1 exits
; and L0 emulates it from the VM-exit instruction information (nested.asm uses shadowing).
; L1 and L2 are in l1.inc.
;
; Run:  vmxdbg run examples/06-nested/nested-noshadow.asm --trace-exits
bits 64
org 0x100000

USE_SHADOWING equ 0

%include "vmx.inc"
%include "../include/hvlib.inc"
%include "l0.inc"
%include "l1.inc"
