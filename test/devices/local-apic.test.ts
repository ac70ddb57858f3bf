import { describe, expect, it } from 'vitest';
import { APIC_REG as R, LocalApic, MmioBus, apicDivideValue, attachLocalApic } from '../../emulator/devices';

const ENABLE = 0x1ff; // SVR: software enable, spurious vector 0xFF
const MASK = 1 << 16;
const PERIODIC = 1 << 17;
const SELF = 1 << 18; // ICR destination shorthand 01

function make(id = 0) {
  const apic = new LocalApic({ id });
  const wr = (reg: number, v: number) => apic.write(reg, 4, v);
  const rd = (reg: number) => apic.read(reg, 4);
  const irrHas = (v: number) => ((rd(R.IRR + (v >> 5) * 16) >>> (v & 31)) & 1) === 1;
  const isrHas = (v: number) => ((rd(R.ISR + (v >> 5) * 16) >>> (v & 31)) & 1) === 1;
  const selfIpi = (v: number) => wr(R.ICR_LO, SELF | v);
  return { apic, wr, rd, irrHas, isrHas, selfIpi };
}

describe('local APIC registers', () => {
  it('has the power-up state of the SDM', () => {
    const { apic, rd } = make(3);
    expect(rd(R.ID)).toBe(0x03000000);
    expect(rd(R.VERSION)).toBe(0x00060014);
    expect(rd(R.SVR)).toBe(0xff);
    expect(rd(R.DFR)).toBe(0xffffffff);
    expect(rd(R.TPR)).toBe(0);
    for (const l of [R.LVT_TIMER, R.LVT_THERMAL, R.LVT_PERF, R.LVT_LINT0, R.LVT_LINT1, R.LVT_ERROR, R.LVT_CMCI]) expect(rd(l)).toBe(MASK);
    expect(apic.softwareEnabled).toBe(false);
    expect(apic.nextDeadline()).toBe(Infinity);
  });

  it('keeps only the architectural bits of writable registers', () => {
    const { wr, rd } = make();
    wr(R.SVR, 0xffffffff);
    expect(rd(R.SVR)).toBe(0x1ff);
    wr(R.LDR, 0x12345678);
    expect(rd(R.LDR)).toBe(0x12000000);
    wr(R.DFR, 0x0);
    expect(rd(R.DFR)).toBe(0x0fffffff);
    wr(R.LVT_TIMER, 0xffffffff);
    expect(rd(R.LVT_TIMER)).toBe(0x000700ff);
    wr(R.LVT_LINT0, 0xffffffff);
    expect(rd(R.LVT_LINT0)).toBe(0x0001a7ff);
    wr(R.LVT_ERROR, 0xffffffff);
    expect(rd(R.LVT_ERROR)).toBe(0x000100ff);
    wr(R.TIMER_DIVIDE, 0xff);
    expect(rd(R.TIMER_DIVIDE)).toBe(0xb);
    wr(R.VERSION, 0);
    expect(rd(R.VERSION)).toBe(0x00060014);
    wr(R.ICR_HI, 0xffffffff);
    expect(rd(R.ICR_HI)).toBe(0xff000000);
  });

  it('serves narrow reads from the 32-bit registers and through the MMIO bus at 0xFEE00000', () => {
    const bus = new MmioBus();
    const apic = attachLocalApic(bus, new LocalApic({ id: 0x12 }));
    expect(bus.read(0xfee00030, 4)).toBe(0x00060014);
    expect(bus.read(0xfee00032, 1)).toBe(0x06);
    expect(bus.read(0xfee00023, 1)).toBe(0x12);
    expect(bus.read(0xfee00034, 4)).toBe(0); // bytes 4..15 of a slot
    expect(bus.read64(0xfee00030)).toEqual([0x00060014, 0]);
    bus.write(0xfee00080, 1, 0x50); // narrow writes are ignored
    expect(apic.tpr).toBe(0);
    bus.write(0xfee00080, 4, 0x50);
    expect(apic.tpr).toBe(0x50);
  });

  it('flags unimplemented registers in ESR bit 7, latched by an ESR write', () => {
    const { wr, rd } = make();
    expect(rd(0x3f0)).toBe(0);
    expect(rd(R.ESR)).toBe(0); // not latched yet
    wr(R.ESR, 0);
    expect(rd(R.ESR)).toBe(0x80);
    wr(R.ESR, 0);
    expect(rd(R.ESR)).toBe(0);
  });
});

describe('software enable (SVR bit 8)', () => {
  it('holds IRR while disabled, forces LVT masks, and dispenses once enabled', () => {
    const { apic, wr, rd, selfIpi, irrHas } = make();
    selfIpi(0x40);
    expect(irrHas(0x40)).toBe(true);
    expect(apic.pendingVector()).toBe(-1);
    expect(apic.acknowledge()).toBe(-1);
    wr(R.LVT_TIMER, 0x20); // unmasking is ignored while disabled
    expect(rd(R.LVT_TIMER)).toBe(MASK | 0x20);
    wr(R.SVR, ENABLE);
    expect(apic.pendingVector()).toBe(0x40);
    wr(R.LVT_TIMER, 0x20);
    expect(rd(R.LVT_TIMER)).toBe(0x20);
    wr(R.SVR, 0xff); // disabling masks every LVT entry
    expect(rd(R.LVT_TIMER)).toBe(MASK | 0x20);
    expect(apic.pendingVector()).toBe(-1);
  });
});

describe('APIC timer', () => {
  it('maps the divide configuration encodings of the SDM', () => {
    const table: [number, number][] = [
      [0b0000, 2], [0b0001, 4], [0b0010, 8], [0b0011, 16],
      [0b1000, 32], [0b1001, 64], [0b1010, 128], [0b1011, 1],
    ];
    for (const [cfg, div] of table) expect(apicDivideValue(cfg)).toBe(div);
  });

  it('one-shot, divide by 1: counts down every tick, fires at t0+N, stays at 0', () => {
    const { apic, wr, rd, irrHas } = make();
    wr(R.SVR, ENABLE);
    wr(R.TIMER_DIVIDE, 0xb);
    wr(R.LVT_TIMER, 0x30);
    apic.setNow(100);
    wr(R.TIMER_INITIAL, 10);
    expect(apic.nextDeadline()).toBe(110);
    const at = (t: number) => (apic.setNow(t), rd(R.TIMER_CURRENT));
    expect(at(100)).toBe(10);
    expect(at(105)).toBe(5);
    expect(at(109)).toBe(1);
    expect(irrHas(0x30)).toBe(false);
    apic.advance(110);
    expect(irrHas(0x30)).toBe(true);
    expect(at(110)).toBe(0);
    expect(at(500)).toBe(0);
    expect(apic.nextDeadline()).toBe(Infinity);
    expect(rd(R.TIMER_INITIAL)).toBe(10);
    expect(apic.pendingVector()).toBe(0x30);
  });

  it('one-shot, divide by 4: one count per 4 ticks', () => {
    const { apic, wr, rd } = make();
    wr(R.SVR, ENABLE);
    wr(R.TIMER_DIVIDE, 0x1);
    wr(R.LVT_TIMER, 0x30);
    apic.setNow(7);
    wr(R.TIMER_INITIAL, 3);
    const at = (t: number) => (apic.setNow(t), rd(R.TIMER_CURRENT));
    expect([at(7), at(10), at(11), at(14), at(15), at(18)]).toEqual([3, 3, 2, 2, 1, 1]);
    expect(apic.nextDeadline()).toBe(19);
    expect(apic.pendingVector()).toBe(-1);
    expect(at(19)).toBe(0); // the access itself catches up with the expiry
    expect(apic.pendingVector()).toBe(0x30);
  });

  it('periodic, divide by 2 (reset encoding): exact reload sequence and deadlines', () => {
    const { apic, wr, rd, irrHas } = make();
    wr(R.SVR, ENABLE);
    wr(R.LVT_TIMER, PERIODIC | 0x41);
    apic.setNow(1000);
    wr(R.TIMER_INITIAL, 5); // period 10 ticks
    const at = (t: number) => (apic.setNow(t), rd(R.TIMER_CURRENT));
    expect([at(1000), at(1001), at(1002), at(1009), at(1010), at(1011), at(1012)]).toEqual([5, 5, 4, 1, 5, 5, 4]);
    expect(irrHas(0x41)).toBe(true); // setNow(1010) fired it
    expect(apic.nextDeadline()).toBe(1020);
    expect(apic.acknowledge()).toBe(0x41);
    wr(R.EOI, 0);
    const deadlines: number[] = [];
    for (let t = 1012; t < 1050; t++) {
      if (t >= apic.nextDeadline()) {
        deadlines.push(t);
        apic.advance(t);
        expect(apic.acknowledge()).toBe(0x41);
        wr(R.EOI, 0);
      }
    }
    expect(deadlines).toEqual([1020, 1030, 1040]);
    // a long gap: missed periods coalesce into one IRR bit, the phase is kept
    apic.advance(1095);
    expect(apic.nextDeadline()).toBe(1100);
    expect(apic.acknowledge()).toBe(0x41);
    expect(apic.acknowledge()).toBe(-1);
    expect(at(1095)).toBe(3);
  });

  it('masking suppresses the interrupt but not the counting; nothing is delivered retroactively', () => {
    const { apic, wr, rd, irrHas } = make();
    wr(R.SVR, ENABLE);
    wr(R.TIMER_DIVIDE, 0xb);
    wr(R.LVT_TIMER, MASK | PERIODIC | 0x50);
    apic.setNow(0);
    wr(R.TIMER_INITIAL, 4);
    apic.setNow(6);
    expect(rd(R.TIMER_CURRENT)).toBe(2);
    expect(irrHas(0x50)).toBe(false);
    wr(R.LVT_TIMER, PERIODIC | 0x50); // unmask at 6: the expiry at 4 is lost
    expect(irrHas(0x50)).toBe(false);
    apic.advance(8);
    expect(irrHas(0x50)).toBe(true);
  });

  it('writing 0 stops the timer; rewriting the initial count restarts it', () => {
    const { apic, wr, rd } = make();
    wr(R.SVR, ENABLE);
    wr(R.LVT_TIMER, 0x30);
    apic.setNow(0);
    wr(R.TIMER_INITIAL, 100);
    apic.setNow(50);
    expect(rd(R.TIMER_CURRENT)).toBe(75);
    wr(R.TIMER_INITIAL, 100); // restart from 50
    expect(apic.nextDeadline()).toBe(250);
    wr(R.TIMER_INITIAL, 0);
    expect(apic.nextDeadline()).toBe(Infinity);
    expect(rd(R.TIMER_CURRENT)).toBe(0);
  });

  it('a divide change keeps the current count and continues at the new rate', () => {
    const { apic, wr, rd } = make();
    wr(R.SVR, ENABLE);
    wr(R.TIMER_DIVIDE, 0xb); // 1
    wr(R.LVT_TIMER, PERIODIC | 0x30);
    apic.setNow(0);
    wr(R.TIMER_INITIAL, 10);
    apic.setNow(4);
    wr(R.TIMER_DIVIDE, 0x3); // 16
    expect(rd(R.TIMER_CURRENT)).toBe(6);
    expect(apic.nextDeadline()).toBe(4 + 6 * 16);
    apic.setNow(4 + 16);
    expect(rd(R.TIMER_CURRENT)).toBe(5);
    apic.setNow(100);
    expect(rd(R.TIMER_CURRENT)).toBe(10);
    expect(apic.nextDeadline()).toBe(100 + 160);
  });

  it('switching periodic -> one-shot lets the current count run out, then stops', () => {
    const { apic, wr, rd } = make();
    wr(R.SVR, ENABLE);
    wr(R.TIMER_DIVIDE, 0xb);
    wr(R.LVT_TIMER, PERIODIC | 0x30);
    apic.setNow(0);
    wr(R.TIMER_INITIAL, 10);
    apic.setNow(23);
    wr(R.LVT_TIMER, 0x30);
    expect(rd(R.TIMER_CURRENT)).toBe(7);
    expect(apic.nextDeadline()).toBe(30);
    apic.setNow(30);
    expect(apic.acknowledge()).toBe(0x30);
    expect(apic.nextDeadline()).toBe(Infinity);
    expect(rd(R.TIMER_CURRENT)).toBe(0);
    wr(R.LVT_TIMER, PERIODIC | 0x30); // mode change does not restart
    expect(apic.nextDeadline()).toBe(Infinity);
  });

  it('TSC-deadline mode (unsupported) disarms the timer and ignores initial-count writes', () => {
    const { apic, wr, rd } = make();
    wr(R.SVR, ENABLE);
    wr(R.LVT_TIMER, 0x30);
    apic.setNow(0);
    wr(R.TIMER_INITIAL, 10);
    wr(R.LVT_TIMER, (2 << 17) | 0x30);
    expect(rd(R.LVT_TIMER)).toBe((2 << 17) | 0x30);
    expect(apic.nextDeadline()).toBe(Infinity);
    wr(R.TIMER_INITIAL, 99);
    expect(rd(R.TIMER_INITIAL)).toBe(10);
    expect(rd(R.TIMER_CURRENT)).toBe(0);
    apic.advance(1000);
    expect(apic.pendingVector()).toBe(-1);
  });
});

describe('priorities, acknowledge and EOI', () => {
  it('gates delivery on PPR: the vector class must exceed PPR[7:4]', () => {
    const { apic, wr, rd, selfIpi, isrHas } = make();
    wr(R.SVR, ENABLE);
    selfIpi(0x31);
    selfIpi(0x45);
    wr(R.TPR, 0x40);
    expect(rd(R.PPR)).toBe(0x40);
    expect(apic.pendingVector()).toBe(-1); // class 4 is not above 4
    apic.tpr = 0x3f;
    expect(apic.pendingVector()).toBe(0x45);
    apic.tpr = 0;
    expect(apic.acknowledge()).toBe(0x45);
    expect(isrHas(0x45)).toBe(true);
    expect(rd(R.PPR)).toBe(0x40); // ISRV class
    expect(apic.pendingVector()).toBe(-1); // 0x31 is below
    selfIpi(0x4f);
    expect(apic.pendingVector()).toBe(-1); // same class as the one in service
    selfIpi(0x51);
    expect(apic.acknowledge()).toBe(0x51); // nests
    expect(rd(R.PPR)).toBe(0x50);
    wr(R.EOI, 0); // clears the highest ISR bit: 0x51
    expect(isrHas(0x51)).toBe(false);
    expect(isrHas(0x45)).toBe(true);
    expect(apic.pendingVector()).toBe(-1);
    wr(R.EOI, 0);
    expect(apic.acknowledge()).toBe(0x4f);
    wr(R.EOI, 0);
    expect(apic.acknowledge()).toBe(0x31);
    wr(R.EOI, 0);
    expect(apic.acknowledge()).toBe(-1);
    expect(rd(R.PPR)).toBe(0);
  });

  it('computes PPR from TPR and ISR and exposes TPR as CR8', () => {
    const { apic, wr, rd, selfIpi } = make();
    wr(R.SVR, ENABLE);
    selfIpi(0x45);
    apic.acknowledge();
    wr(R.TPR, 0x47);
    expect(rd(R.PPR)).toBe(0x47);
    wr(R.TPR, 0x2f);
    expect(rd(R.PPR)).toBe(0x40);
    expect(apic.cr8).toBe(2);
    apic.cr8 = 0x1a;
    expect(apic.tpr).toBe(0xa0);
    expect(rd(R.TPR)).toBe(0xa0);
  });

  it('computes APR per the SDM formula', () => {
    const { apic, wr, rd, selfIpi } = make();
    wr(R.SVR, ENABLE);
    wr(R.TPR, 0x35);
    expect(rd(R.APR)).toBe(0x35);
    selfIpi(0x61);
    expect(rd(R.APR)).toBe(0x60);
    apic.acknowledge();
    expect(rd(R.APR)).toBe(0x20); // max(3 & 6, 0) << 4
  });
});

describe('IPIs through the ICR', () => {
  it('delivers self-IPIs by shorthand, by own physical ID, by broadcast and by logical match', () => {
    const { apic, wr, irrHas } = make(3);
    wr(R.SVR, ENABLE);
    wr(R.ICR_LO, SELF | 0x80);
    expect(irrHas(0x80)).toBe(true);
    wr(R.ICR_HI, 3 << 24);
    wr(R.ICR_LO, 0x81); // fixed, physical, no shorthand
    expect(irrHas(0x81)).toBe(true);
    wr(R.ICR_HI, 0xff << 24);
    wr(R.ICR_LO, 0x82);
    expect(irrHas(0x82)).toBe(true);
    wr(R.ICR_LO, (2 << 18) | 0x83); // all including self
    expect(irrHas(0x83)).toBe(true);
    wr(R.LDR, 0x04 << 24);
    wr(R.ICR_HI, 0x06 << 24);
    wr(R.ICR_LO, (1 << 11) | 0x84); // logical, flat model
    expect(irrHas(0x84)).toBe(true);
    expect(apic.ipiLog().every((r) => r.delivered)).toBe(true);
  });

  it('records but does not deliver IPIs to other destinations, by the self shorthand other than fixed, or with no CPU attached', () => {
    const { apic, wr, rd, irrHas } = make(3);
    wr(R.SVR, ENABLE);
    wr(R.ICR_HI, 4 << 24);
    wr(R.ICR_LO, 0x90);
    wr(R.ICR_LO, (3 << 18) | 0x91); // all excluding self
    wr(R.ICR_LO, SELF | (4 << 8) | 0x92); // NMI
    wr(R.ICR_HI, 3 << 24);
    wr(R.ICR_LO, (5 << 8) | (1 << 14)); // INIT assert to self
    for (const v of [0x90, 0x91, 0x92]) expect(irrHas(v)).toBe(false);
    const log = apic.ipiLog();
    expect(log.map((r) => r.delivered)).toEqual([false, false, false, false]);
    expect(log[0].note).toMatch(/fixed vector 0x90 to physical 0x4 \(not delivered/);
    expect(log[2].note).toMatch(/NMI.*the self shorthand allows only fixed delivery/);
    expect(log[3].note).toMatch(/INIT.*no processor attached/); // a bare APIC: no CPU to take it
    expect(rd(R.ICR_LO) & (1 << 12)).toBe(0); // delivery status idle
  });

  it('refuses vectors 0-15 with ESR send/receive illegal vector and raises the LVT error interrupt', () => {
    const { apic, wr, rd, irrHas } = make();
    wr(R.SVR, ENABLE);
    wr(R.ICR_LO, SELF | 0x05);
    for (let v = 0; v < 16; v++) expect(irrHas(v)).toBe(false);
    expect(apic.pendingVector()).toBe(-1); // LVT error masked: no interrupt
    wr(R.ESR, 0);
    expect(rd(R.ESR)).toBe(0x60);
    wr(R.LVT_ERROR, 0xee);
    wr(R.LVT_TIMER, 0x0f); // locally generated illegal vector
    wr(R.TIMER_DIVIDE, 0xb);
    wr(R.TIMER_INITIAL, 1);
    apic.advance(1);
    expect(apic.pendingVector()).toBe(0xee);
    wr(R.ESR, 0);
    expect(rd(R.ESR)).toBe(0x40);
  });
});

describe('snapshot / restore', () => {
  it('round-trips through JSON and reproduces the future exactly', () => {
    const { apic, wr, selfIpi } = make(2);
    wr(R.SVR, ENABLE);
    wr(R.TPR, 0x20);
    wr(R.TIMER_DIVIDE, 0x0);
    wr(R.LVT_TIMER, PERIODIC | 0x60);
    apic.setNow(10);
    wr(R.TIMER_INITIAL, 7);
    selfIpi(0x70);
    apic.acknowledge();
    selfIpi(0x33);
    apic.setNow(33);
    const json = JSON.stringify(apic.snapshot());
    const trace = (a: LocalApic) => {
      const out: number[] = [];
      for (let t = 33; t < 80; t++) {
        a.setNow(t);
        out.push(a.read(R.TIMER_CURRENT, 4), a.pendingVector(), a.read(R.PPR, 4));
        if (t % 9 === 0) a.write(R.EOI, 4, 0);
        if (t % 5 === 0) out.push(a.acknowledge());
      }
      return out;
    };
    const expected = trace(apic);
    const other = new LocalApic();
    other.restore(JSON.parse(json));
    expect(other.read(R.ID, 4)).toBe(0x02000000);
    expect(trace(other)).toEqual(expected);
    // restoring into the original rewinds it
    apic.restore(JSON.parse(json));
    expect(trace(apic)).toEqual(expected);
    expect(JSON.parse(JSON.stringify(apic.snapshot()))).toEqual(apic.snapshot());
  });

  it('rejects something that is not a snapshot, and reset() returns to power-up state', () => {
    const { apic, wr, rd } = make(5);
    expect(() => apic.restore({})).toThrow(/not a LocalApic snapshot/);
    wr(R.SVR, ENABLE);
    wr(R.ID, 9 << 24);
    apic.reset();
    expect(rd(R.SVR)).toBe(0xff);
    expect(rd(R.ID)).toBe(5 << 24);
  });
});
