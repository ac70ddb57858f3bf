/**
 * Assembler benchmark: a generated 5,000-line hypervisor-style source
 * (64-bit code, macros, local labels, forward and backward branches, data,
 * structures). `benchAssembler()` returns the milliseconds of one assembly
 * (median of several runs after a warm-up that builds the iced form tables).
 */
import { assemble } from './index';

export function benchSource(lines = 5000): string {
  const out: string[] = [
    'bits 64', 'org 0x100000', 'default abs',
    '%define STACK_TOP 0x200000',
    '%macro save_regs 0', '  push rax', '  push rbx', '  push rcx', '  push rdx', '%endmacro',
    '%macro restore_regs 0', '  pop rdx', '  pop rcx', '  pop rbx', '  pop rax', '%endmacro',
    '%macro vmwrite_imm 2', '  mov rax, %2', '  mov rbx, %1', '  vmwrite rbx, rax', '%endmacro',
    'struc guest_regs', '  .rax: resq 1', '  .rbx: resq 1', '  .rcx: resq 1', '  .rdx: resq 1', 'endstruc',
    '_start:', '  mov rsp, STACK_TOP',
  ];
  let fn = 0;
  while (out.length < lines - 40) {
    const f = `func_${fn++}`;
    out.push(`${f}:`, '  save_regs', '  xor eax, eax', '  mov ecx, 16');
    out.push('.loop:', `  add rax, [rel data_${fn % 50}]`, '  lea rbx, [rax+rcx*8+0x40]', '  cmp rbx, 0x1000', '  jb .small');
    out.push('  sub rbx, 0x7f', '  shl rbx, 3', '  and ebx, 0xfff0', '.small:', '  mov [rdi+guest_regs.rbx], rbx', '  dec ecx', '  jnz .loop');
    out.push(`  vmwrite_imm 0x681e, ${f}`, '  test eax, 1', `  jz func_${fn + 1}_tail`, '  call near_helper');
    out.push(`func_${fn}_tail:`, '  restore_regs', '  ret', '');
  }
  out.push(`func_${fn + 1}_tail:`, '  ret');
  out.push('near_helper:', '  cpuid', '  rdtsc', '  ret');
  for (let i = 0; i <= 50; i++) out.push(`data_${i}: dq ${i * 0x1111}, data_${i}`);
  out.push('times 16 db 0xcc');
  return out.join('\n') + '\n';
}

export function benchAssembler(): number {
  const src = benchSource(5000);
  const warm = assemble(src, { file: 'bench.asm' });
  if (!warm.ok) throw new Error(`benchmark source does not assemble: ${warm.diagnostics[0]?.message}`);
  const times: number[] = [];
  for (let i = 0; i < 5; i++) {
    const t0 = performance.now();
    assemble(src, { file: 'bench.asm' });
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
}
