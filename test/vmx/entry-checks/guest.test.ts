// One case per check of SDM 27.3.1 (guest-state area) and 27.4 (MSR-load list): VM-entry failure exits
import { describe, it } from 'vitest';
import { caseName, runCase } from './helpers';
import { GUEST_CASES } from './guest-cases';

describe('VM-entry checks on the guest-state area (exit reason 33) and the MSR-load list (exit reason 34)', () => {
  for (const c of GUEST_CASES) it(caseName(c), () => { runCase(c); });
});
