; 02-first-guest, boot-sector variant: a boot sector brings the PC from real-address mode to 64-bit mode
; (../include/boot64.inc), then the hypervisor of first-guest.asm runs unchanged. The same image boots in Bochs
; (a PC BIOS loads the boot sector) and in vmxdbg, and prints the same on port 0xE9 in both
; (test/bochs/vmx-examples.test.ts compares them with expected-boot.txt).
;
; Run:  vmxdbg run examples/02-first-guest/first-guest-boot.asm
;       nasm -f bin -I examples/02-first-guest/ -I <dir with vmx.inc> -o first-guest-boot.img examples/02-first-guest/first-guest-boot.asm
;       node scripts/bochs.mjs first-guest-boot.img
%define BOOT_IMAGE
%include "../include/boot64.inc"
%include "vmx.inc"
%include "../include/hvlib.inc"
%include "first-guest.asm"
BOOT_IMAGE_END
