// One case per check of SDM 27.2.2-27.2.4 (host-state area): VMfailValid 8.
import { describe, it } from 'vitest';
import { caseName, runCase } from './helpers';
import { HOST_CASES } from './host-cases';

describe('VM-entry checks on the host-state area (VMfailValid 8)', () => {
  for (const c of HOST_CASES) it(caseName(c), () => { runCase(c); });
});
