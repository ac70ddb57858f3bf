// One case per check of SDM 27.2.2-27.2.4 (host-state area): VMfailValid 8.
import { Case, caseName, clr, cpuEfer, exit, noEntry, noExit, or, runCase, seq, set } from './helpers';

/** A 32-bit host: processor outside IA-32e mode, "host address-space size" = 0, no IA-32e guest. */
const host32 = seq(cpuEfer(0n), noExit('HOST_ADDRESS_SPACE_SIZE'), noEntry('IA32E_MODE_GUEST'), set('HOST_IA32_EFER', 0));
const nonCanonical = 0x0000800000000000n;

export const HOST_CASES: Case[] = [
  // ---- 27.2.2 control registers and MSRs
  { id: 'host.cr0.fixed0', mutate: clr('HOST_CR0', 1), shows: 'bit 0 clear', needs: 'IA32_VMX_CR0_FIXED0 = 0x0000000080000021' },
  { id: 'host.cr0.fixed1', mutate: or('HOST_CR0', 1n << 32n), shows: 'bit 32 set', needs: 'IA32_VMX_CR0_FIXED1' },
  { id: 'host.cr4.fixed0', mutate: clr('HOST_CR4', 0x2000), shows: 'bit 13 clear', needs: 'IA32_VMX_CR4_FIXED0' },
  { id: 'host.cr4.fixed1', mutate: or('HOST_CR4', 1 << 12), shows: 'bit 12 set', needs: 'IA32_VMX_CR4_FIXED1 = 0x0000000000ff6fff' },
  { id: 'host.cr4.fixed1', name: 'Ice Lake CR4 bit 23', profile: 'icelake', mutate: or('HOST_CR4', 1 << 23), shows: 'bit 23 set', needs: 'IA32_VMX_CR4_FIXED1 = 0x0000000000777fff' },
  { id: 'host.cr3.maxphyaddr', mutate: set('HOST_CR3', 1n << 40n), shows: 'HOST_CR3 = 0x0000010000000000', needs: 'bits 63:39 = 0' },
  { id: 'host.cr4.cet-needs-wp', mutate: seq(or('HOST_CR4', 1 << 23), clr('HOST_CR0', 1 << 16)), shows: 'WP = 0' },
  { id: 'host.sysenter-esp.canonical', mutate: set('HOST_IA32_SYSENTER_ESP', nonCanonical), shows: '0x0000800000000000 (not canonical)', needs: 'bits 63:47' },
  { id: 'host.sysenter-eip.canonical', mutate: set('HOST_IA32_SYSENTER_EIP', 0x8000000000000000n), shows: '0x8000000000000000' },
  { id: 'host.s-cet.valid', mutate: seq(exit('LOAD_CET_STATE'), set('HOST_S_CET', 0x40)), shows: 'HOST_S_CET = 0x0000000000000040', needs: 'bits 9:6 = 0' },
  { id: 'host.ssp.valid', mutate: seq(exit('LOAD_CET_STATE'), set('HOST_SSP', 0x1001)), shows: 'HOST_SSP = 0x0000000000001001', needs: 'bits 1:0 = 0' },
  { id: 'host.intr-ssp-table.canonical', mutate: seq(exit('LOAD_CET_STATE'), set('HOST_INTR_SSP_TABLE', nonCanonical)), shows: 'not canonical' },
  { id: 'host.perf-global-ctrl.reserved', mutate: seq(exit('LOAD_IA32_PERF_GLOBAL_CTRL'), set('HOST_IA32_PERF_GLOBAL_CTRL', 1n << 40n)), shows: 'bit 40 set' },
  { id: 'host.pat.valid', mutate: set('HOST_IA32_PAT', 0x0007040600070402n), shows: 'PA0 = 0x02', needs: '0, 1, 4, 5, 6, 7' },
  { id: 'host.pat.valid', name: 'Ice Lake, PA7 = 8', profile: 'icelake', mutate: set('HOST_IA32_PAT', 0x0807040600070406n), shows: 'PA7 = 0x08' },
  { id: 'host.efer.reserved', mutate: set('HOST_IA32_EFER', 0xd03), shows: 'bit 1 set', needs: 'LME (8), LMA (10)' },
  { id: 'host.efer.lma-lme', mutate: set('HOST_IA32_EFER', 0x101), shows: 'LMA = 0, LME = 1', needs: 'LMA = LME = 1' },
  { id: 'host.pkrs.reserved', mutate: seq(exit('LOAD_PKRS'), set('HOST_IA32_PKRS', 1n << 32n)), shows: 'HOST_IA32_PKRS = 0x0000000100000000' },
  // ---- 27.2.3 segment and descriptor-table registers
  ...(['CS', 'SS', 'DS', 'ES', 'FS', 'GS', 'TR'] as const).map((s, i): Case => ({
    id: `host.${s.toLowerCase()}.selector-rpl-ti`, mutate: or(`HOST_${s}_SELECTOR`, i % 2 ? 4 : 3),
    shows: i % 2 ? 'TI = 1' : 'RPL = 3', needs: 'RPL = 0 and TI = 0',
  })),
  { id: 'host.cs.selector-nonzero', mutate: set('HOST_CS_SELECTOR', 0), shows: 'HOST_CS_SELECTOR = 0x0000' },
  { id: 'host.tr.selector-nonzero', mutate: set('HOST_TR_SELECTOR', 0), shows: 'HOST_TR_SELECTOR = 0x0000' },
  { id: 'host.ss.selector-nonzero', mutate: seq(host32, set('HOST_SS_SELECTOR', 0)), shows: '"host address-space size" = 0' },
  { id: 'host.fs-base.canonical', mutate: set('HOST_FS_BASE', nonCanonical), shows: 'HOST_FS_BASE = 0x0000800000000000' },
  { id: 'host.gs-base.canonical', mutate: set('HOST_GS_BASE', 0xffff000000000000n), shows: 'HOST_GS_BASE = 0xffff000000000000' },
  { id: 'host.gdtr-base.canonical', mutate: set('HOST_GDTR_BASE', nonCanonical), shows: 'HOST_GDTR_BASE' },
  { id: 'host.idtr-base.canonical', mutate: set('HOST_IDTR_BASE', nonCanonical), shows: 'HOST_IDTR_BASE' },
  { id: 'host.tr-base.canonical', mutate: set('HOST_TR_BASE', nonCanonical), shows: 'HOST_TR_BASE' },
  // ---- 27.2.4 address-space size
  { id: 'host.as.long-mode-needs-host64', mutate: seq(noExit('HOST_ADDRESS_SPACE_SIZE'), set('HOST_IA32_EFER', 0)), field: 'VM_EXIT_CONTROLS', shows: 'IA32_EFER.LMA = 1' },
  { id: 'host.as.ia32e-guest-outside-long-mode', mutate: cpuEfer(0n), field: 'VM_ENTRY_CONTROLS', shows: 'IA32_EFER.LMA = 0' },
  { id: 'host.as.host64-outside-long-mode', mutate: seq(cpuEfer(0n), noEntry('IA32E_MODE_GUEST')), field: 'VM_EXIT_CONTROLS', shows: '"host address-space size" = 1' },
  { id: 'host.as.ia32e-guest-needs-host64', all: true, mutate: seq(host32, (c) => { c.vmcs.set('VM_ENTRY_CONTROLS', c.vmcs.get('VM_ENTRY_CONTROLS') | 0x200n); }), field: 'VM_ENTRY_CONTROLS', shows: '"IA-32e mode guest" = 1' },
  { id: 'host.as.pcide-needs-host64', mutate: seq(host32, or('HOST_CR4', 1 << 17)), field: 'HOST_CR4', shows: 'PCIDE = 1' },
  { id: 'host.as.rip-high', mutate: seq(host32, set('HOST_RIP', 1n << 32n)), field: 'HOST_RIP', shows: 'HOST_RIP = 0x0000000100000000' },
  { id: 'host.as.cet-high', mutate: seq(host32, exit('LOAD_CET_STATE'), set('HOST_S_CET', 1n << 32n)), field: 'HOST_S_CET', shows: 'HOST_S_CET = 0x0000000100000000' },
  { id: 'host.as.pae-needs-host64', mutate: clr('HOST_CR4', 0x20), field: 'HOST_CR4', shows: 'PAE = 0' },
  { id: 'host.as.rip-canonical', mutate: set('HOST_RIP', nonCanonical), field: 'HOST_RIP', shows: '0x0000800000000000 (not canonical)' },
];
