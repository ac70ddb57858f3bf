// One case per check of SDM 27.2.1 (VM-execution, VM-exit and VM-entry control fields): VMfailValid 7.
import { describe, it } from 'vitest';
import { caseName, runCase } from './helpers';
import { CONTROL_CASES } from './controls-cases';

describe('VM-entry checks on the VMX controls (VMfailValid 7)', () => {
  for (const c of CONTROL_CASES) it(caseName(c), () => { runCase(c); });
});
