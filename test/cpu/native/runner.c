/* Native reference for the differential test (test/cpu/differential.test.ts).
 * stdin: 16 u64 initial GPRs (rax..r15 in encoding order; rsp ignored), u64 initial RFLAGS,
 *        u32 code length, code bytes, u32 scratch length, scratch bytes.
 * The code is mapped at 0x10000000 and must end by jumping to 0x10001000 (the test appends
 * `push 0x10001000` / `ret`). stdout: 16 u64 final GPRs (rsp slot 0), u64 RFLAGS, scratch bytes.
 * Built by the test with the machine's gcc; never committed as a binary. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>

#define BASE 0x10000000UL
#define CODE (BASE + 0x0000)
#define EXIT (BASE + 0x1000)
#define IN_REGS (BASE + 0x2000)   /* 16 x u64, then flags at +0x80 */
#define OUT_REGS (BASE + 0x2100)  /* 16 x u64, then flags at +0x80 */
#define HOST_RSP (BASE + 0x2200)
#define SCRATCH (BASE + 0x3000)

void enter_guest(void);
void exit_guest(void);
__asm__(
    ".text\n"
    ".globl enter_guest\n"
    "enter_guest:\n"
    "  push %rbx\n push %rbp\n push %r12\n push %r13\n push %r14\n push %r15\n"
    "  mov %rsp, 0x10002200\n"
    "  mov 0x10002008, %rcx\n mov 0x10002010, %rdx\n mov 0x10002018, %rbx\n"
    "  mov 0x10002028, %rbp\n mov 0x10002030, %rsi\n mov 0x10002038, %rdi\n"
    "  mov 0x10002040, %r8\n mov 0x10002048, %r9\n mov 0x10002050, %r10\n mov 0x10002058, %r11\n"
    "  mov 0x10002060, %r12\n mov 0x10002068, %r13\n mov 0x10002070, %r14\n mov 0x10002078, %r15\n"
    "  pushq 0x10002080\n popfq\n"
    "  mov 0x10002000, %rax\n"
    "  pushq $0x10000000\n ret\n"
    ".globl exit_guest\n"
    "exit_guest:\n"
    "  mov %rax, 0x10002100\n mov %rcx, 0x10002108\n mov %rdx, 0x10002110\n mov %rbx, 0x10002118\n"
    "  mov %rbp, 0x10002128\n mov %rsi, 0x10002130\n mov %rdi, 0x10002138\n"
    "  mov %r8, 0x10002140\n mov %r9, 0x10002148\n mov %r10, 0x10002150\n mov %r11, 0x10002158\n"
    "  mov %r12, 0x10002160\n mov %r13, 0x10002168\n mov %r14, 0x10002170\n mov %r15, 0x10002178\n"
    "  pushfq\n pop %rax\n mov %rax, 0x10002180\n"
    "  mov 0x10002200, %rsp\n"
    "  pop %r15\n pop %r14\n pop %r13\n pop %r12\n pop %rbp\n pop %rbx\n"
    "  ret\n");

static int readn(void *p, size_t n) { return fread(p, 1, n, stdin) == n; }

int main(void) {
  uint8_t *mem = mmap((void *)BASE, 0x4000 + 0x1000, PROT_READ | PROT_WRITE | PROT_EXEC, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0);
  if (mem == MAP_FAILED) { perror("mmap"); return 2; }
  uint32_t n;
  if (!readn((void *)IN_REGS, 16 * 8) || !readn((void *)(IN_REGS + 0x80), 8) || !readn(&n, 4) || n > 0x1000 || !readn((void *)CODE, n)) { fprintf(stderr, "bad input\n"); return 2; }
  uint32_t s;
  if (!readn(&s, 4) || s > 0x1000 || !readn((void *)SCRATCH, s)) { fprintf(stderr, "bad scratch\n"); return 2; }
  /* jmp qword [rip+0] ; dq exit_guest */
  uint8_t *e = (uint8_t *)EXIT;
  e[0] = 0xff; e[1] = 0x25; memset(e + 2, 0, 4);
  uint64_t target = (uint64_t)(uintptr_t)exit_guest;
  memcpy(e + 6, &target, 8);
  enter_guest();
  fwrite((void *)OUT_REGS, 1, 16 * 8 + 8, stdout);
  fwrite((void *)SCRATCH, 1, s, stdout);
  return 0;
}
