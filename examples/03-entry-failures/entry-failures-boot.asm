; 03-entry-failures, boot-sector variant: a boot sector brings the PC from real-address mode to 64-bit mode
; (../include/boot64.inc), then the hypervisor of entry-failures.asm runs unchanged. The same image boots in Bochs
; (a PC BIOS loads the boot sector) and in vmxdbg, and prints the same on port 0xE9 in both
; (test/bochs/vmx-examples.test.ts compares them with expected-boot.txt).
;
; Run:  vmxdbg run examples/03-entry-failures/entry-failures-boot.asm
;       nasm -f bin -I examples/03-entry-failures/ -I <dir with vmx.inc> -o entry-failures-boot.img examples/03-entry-failures/entry-failures-boot.asm
;       node scripts/bochs.mjs entry-failures-boot.img
%define BOOT_IMAGE
%include "../include/boot64.inc"
%include "vmx.inc"
%include "../include/hvlib.inc"
%include "entry-failures.asm"
BOOT_IMAGE_END
