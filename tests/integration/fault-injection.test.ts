/**
 * Crash at every write: each operation (book, cancel, a payment notice, a staff refund, an invoice
 * followed by a refund, stop-clinic) runs once cleanly to count its writes, then once for every
 * crash point N (the process dies at write N). After each crash the booking and orders timers run
 * past the sweeper's settling time, and the invariants (tests/support/invariants.ts) must hold;
 * then the client retries the same request, the timers run again, and they must hold again.
 */
import { OutboxNotifier } from '../../backend/adapters/outbox-notifier';
import { functions } from '../../backend/functions';
import { dispatch, runTimer } from '../../backend/handlers/framework/dispatch';
import { STALE_MS } from '../../backend/handlers/booking/reconcile-places';
import { STOP_RESUME_MS } from '../../backend/handlers/schedule/stop-clinic';
import { handlePayNotice } from '../../backend/handlers/billing/pay-notice';
import type { Ports } from '../../backend/ports';
import { startLocalSystem, type LocalSystem } from '../support/local-system';
import { FaultyDb } from '../support/faulty-db';
import { brokenInvariants } from '../support/invariants';
import { firstOpenSlot, makePeople, requestIdOf, slotDoc } from '../support/booking-fixtures';
import { payInSandbox, startPaidBooking, deliver } from '../support/payment-fixtures';

const SCHEDULER = 'demo-scheduler-zz';
const BILLING = 'demo-billing-zz';

interface Operation {
  name: string;
  /** Prepares the system (healthy); answers what the operation needs. */
  setup(sys: LocalSystem): Promise<Record<string, string>>;
  /** The operation itself, on the given ports (faulty or healthy). */
  run(ports: Ports, given: Record<string, string>): Promise<unknown>;
}

function call(ports: Ports, fn: string, openid: string, event: Record<string, unknown>) {
  return dispatch(functions[fn], event, { openid, requestId: 'fault' }, ports);
}

async function paid(sys: LocalSystem): Promise<Record<string, string>> {
  const b = await startPaidBooking(sys);
  await deliver(sys, await payInSandbox(sys, b.outTradeNo));
  return { appointmentId: b.appointmentId, orderId: b.orderId, slotId: b.slotId };
}

const operations: Operation[] = [
  {
    name: 'book',
    async setup(sys) {
      return { slotId: (await firstOpenSlot(sys, 'doc-zz-001', '2026-11-28')).id };
    },
    run: (ports, g) => call(ports, 'booking', 'demo-patient', { action: 'book', slotId: g.slotId, patientId: 'pat-demo-zhang', requestId: requestIdOf(1) }),
  },
  {
    name: 'cancel a paid appointment',
    setup: paid,
    run: (ports, g) => call(ports, 'booking', 'demo-patient', { action: 'cancel', appointmentId: g.appointmentId }),
  },
  {
    name: 'payment notice',
    async setup(sys) {
      const b = await startPaidBooking(sys);
      return { notice: JSON.stringify(await payInSandbox(sys, b.outTradeNo)) };
    },
    run: (ports, g) => handlePayNotice(ports, JSON.parse(g.notice) as Record<string, unknown>, ports.clock.now()),
  },
  {
    name: 'staff refund, then cancel',
    setup: paid,
    async run(ports, g) {
      const refund = await call(ports, 'orders', BILLING, { action: 'refund', orderId: g.orderId, amountFen: 1000, reason: '多收费用', requestId: 'req-fault-refund' });
      if (!refund.ok) return refund;
      return call(ports, 'booking', 'demo-patient', { action: 'cancel', appointmentId: g.appointmentId });
    },
  },
  {
    name: 'invoice, then a partial refund',
    setup: paid,
    async run(ports, g) {
      const invoice = await call(ports, 'invoices', 'demo-patient', { action: 'request', orderId: g.orderId, requestId: 'req-fault-invoice', titleType: 'personal', titleName: '张建国' });
      if (!invoice.ok) return invoice;
      return call(ports, 'orders', BILLING, { action: 'refund', orderId: g.orderId, amountFen: 1000, reason: '多收费用', requestId: 'req-fault-refund' });
    },
  },
  {
    name: 'stop-clinic',
    async setup(sys) {
      const first = await paid(sys);
      const slot = await slotDoc(sys, first.slotId);
      const people = await makePeople(sys, 2, 'fault');
      for (const [i, p] of people.entries()) await sys.ok('booking', p.openid, { action: 'book', slotId: slot._id, patientId: p.patientId, requestId: requestIdOf(10 + i) });
      return { ownerId: slot.ownerId, date: slot.date, session: slot.session };
    },
    run: (ports, g) => call(ports, 'schedule', SCHEDULER, { action: 'stopClinic', ownerId: g.ownerId, date: g.date, session: g.session, reason: '医生外出会诊' }),
  },
];

function withDb(sys: LocalSystem, db: FaultyDb): Ports {
  return { ...sys.ports, db, notifier: new OutboxNotifier(db, sys.ports.clock) };
}

/** Two rounds of the timers, each after the sweeper's settling time has passed. */
async function recover(sys: LocalSystem): Promise<void> {
  for (let round = 0; round < 2; round++) {
    sys.setNow(sys.ports.clock.now() + Math.max(STALE_MS, STOP_RESUME_MS) + 1_000);
    for (const fn of ['booking', 'orders']) {
      const res = await runTimer(functions[fn], 'recover', sys.ports);
      if (!res.ok) throw new Error(`${fn} timer failed`);
    }
  }
}

let crashPoints = 0;
let repairs = 0;

afterAll(() => {
  console.log(`fault injection: ${crashPoints} crash points tried over ${operations.length} operations; ${repairs} place counts repaired by the sweeper`);
});

describe.each(operations)('a crash at any write of "$name"', (op) => {
  it('leaves every invariant holding after the timers, and after a retry', async () => {
    const clean = await startLocalSystem();
    const given = await op.setup(clean);
    const counter = new FaultyDb(clean.ports.db, Infinity);
    const answer = await op.run(withDb(clean, counter), given);
    expect(answer).not.toMatchObject({ ok: false });
    expect(counter.writes).toBeGreaterThan(0);
    await recover(clean);
    expect(await brokenInvariants(clean.ports.db)).toEqual([]);

    for (let n = 1; n <= counter.writes; n++) {
      const sys = await startLocalSystem();
      const g = await op.setup(sys);
      await op.run(withDb(sys, new FaultyDb(sys.ports.db, n)), g).catch(() => undefined);
      crashPoints++;
      await recover(sys);
      expect({ crashAt: n, after: 'timers', problems: await brokenInvariants(sys.ports.db) }).toEqual({ crashAt: n, after: 'timers', problems: [] });
      await op.run(sys.ports, g);
      await recover(sys);
      expect({ crashAt: n, after: 'retry', problems: await brokenInvariants(sys.ports.db) }).toEqual({ crashAt: n, after: 'retry', problems: [] });
      repairs += await sys.ports.db.count('placeRepairs');
    }
  }, 60_000);
});
