import { defineConfig } from 'vitest/config';
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 120000,
    hookTimeout: 120000,
    pool: 'forks',
    // every VM exit that skips saving unchanged guest state checks it against a full save (emulator/vmx/vm-exit.ts)
    env: { VMXDBG_VERIFY_LAZY_SAVE: '1' },
    reporters: ['default', './test/summary-reporter.ts'],
  },
});
