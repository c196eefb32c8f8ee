/**
 * Crash at every write: each operation (book, cancel, a payment notice, a staff refund, an invoice
 * followed by a refund, stop-clinic, a home-nursing cancel after the nurse left, a record-copy
 * cancel after payment, a paid consultation or follow-up declined, a paid delivery cancelled) runs once cleanly to count its writes, then once for every crash point N
 * (the process dies at write N). After each crash the booking, orders, homecare, recordCopies,
 * consult, followup and delivery timers run past the sweeper's settling time, and the invariants (tests/support/invariants.ts) must hold;
 * then the client retries the same request, the timers run again, and they must hold again.
 */
import { OutboxNotifier } from '../../backend/adapters/outbox-notifier';
import { functions } from '../../backend/functions';
import { dispatch, runTimer } from '../../backend/handlers/framework/dispatch';
import { STALE_MS } from '../../backend/handlers/booking/reconcile-places';
import { STOP_RESUME_MS } from '../../backend/handlers/schedule/stop-clinic';
import { handlePayNotice } from '../../backend/handlers/orders/pay-notice';
import type { Ports } from '../../backend/ports';
import { startLocalSystem, type LocalSystem } from '../support/local-system';
import { FaultyDb } from '../support/faulty-db';
import { brokenInvariants } from '../support/invariants';
import { HOME_ADDRESS, homecareRequest } from '../support/homecare-fixtures';
import { firstOpenSlot, makePeople, requestIdOf, slotDoc } from '../support/booking-fixtures';
import { payInSandbox, startPaidBooking, startPaidBookingToday, deliver } from '../support/payment-fixtures';

const SCHEDULER = 'demo-scheduler-zz';
const BILLING = 'demo-billing-zz';
const DOCTOR = 'demo-doctor-zz';
const ZZ = 'h-zzcentral';
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 7, 7]).toString('base64');

interface Operation {
  name: string;
  /** Needs the demo history (a chronic patient's earlier visits, for the online follow-up). */
  history?: boolean;
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
      const refund = await call(ports, 'orders', BILLING, {
        action: 'refund',
        orderId: g.orderId,
        amountFen: 1000,
        reason: '多收费用',
        requestId: 'req-fault-refund',
      });
      if (!refund.ok) return refund;
      return call(ports, 'booking', 'demo-patient', { action: 'cancel', appointmentId: g.appointmentId });
    },
  },
  {
    name: 'invoice, then a partial refund',
    setup: paid,
    async run(ports, g) {
      const invoice = await call(ports, 'invoices', 'demo-patient', {
        action: 'request',
        orderId: g.orderId,
        requestId: 'req-fault-invoice',
        titleType: 'personal',
        titleName: '张建国',
      });
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
      for (const [i, p] of people.entries())
        await sys.ok('booking', p.openid, { action: 'book', slotId: slot._id, patientId: p.patientId, requestId: requestIdOf(10 + i) });
      return { ownerId: slot.ownerId, date: slot.date, session: slot.session };
    },
    run: (ports, g) =>
      call(ports, 'schedule', SCHEDULER, { action: 'stopClinic', ownerId: g.ownerId, date: g.date, session: g.session, reason: '医生外出会诊' }),
  },
  {
    name: 'home-nursing cancel after the nurse left',
    setup: (sys) => nurseOnTheWay(sys),
    run: (ports, g) => call(ports, 'homecare', 'demo-patient', { action: 'cancel', homecareId: g.homecareId }),
  },
  {
    name: 'record-copy cancel after payment',
    setup: (sys) => copiesPaid(sys),
    run: (ports, g) => call(ports, 'recordCopies', 'demo-patient', { action: 'cancel', applicationId: g.applicationId }),
  },
  {
    name: 'consultation declined after payment',
    setup: (sys) => questionPaid(sys),
    run: (ports, g) => call(ports, 'consult', DOCTOR, { action: 'decline', consultationId: g.consultationId, reason: '需到院面诊' }),
  },
  {
    name: 'follow-up declined after payment',
    history: true,
    setup: (sys) => followupPaid(sys),
    run: (ports, g) => call(ports, 'followup', DOCTOR, { action: 'decline', followupId: g.followupId, reason: '病情变化，需到院面诊' }),
  },
  {
    name: 'delivery cancelled after the drugs and the fee were paid',
    history: true,
    setup: (sys) => deliveryPaid(sys),
    run: (ports, g) => call(ports, 'delivery', 'demo-patient', { action: 'cancel', prescriptionId: g.prescriptionId }),
  },
];

/** 王秀兰's question to 陈立民, paid, not yet taken. */
async function questionPaid(sys: LocalSystem): Promise<Record<string, string>> {
  const { consultation } = await sys.ok<{ consultation: { id: string; orderId: string | null } }>('consult', 'demo-patient', {
    action: 'ask',
    hospitalId: ZZ,
    doctorId: 'doc-zz-001',
    patientId: 'pat-demo-zhang-mother',
    text: '我母亲血压最近早上160/95，吃着氨氯地平，需要加药吗？',
    requestId: 'req-fault-ask01',
  });
  if (!consultation.orderId) throw new Error('the question has no fee to refund');
  await payOrder(sys, consultation.orderId);
  return { consultationId: consultation.id };
}

/** 张建国's online follow-up in 心血管内科, paid, not yet accepted. */
async function followupPaid(sys: LocalSystem): Promise<Record<string, string>> {
  const { followup } = await sys.ok<{ followup: { id: string; orderId: string | null } }>('followup', 'demo-patient', {
    action: 'start',
    patientId: 'pat-demo-zhang',
    departmentId: 'd-zz-cardio',
    changes: '血压近两周在130/85左右，药快吃完了',
    requestId: 'req-fault-fu001',
  });
  if (!followup.orderId) throw new Error('the follow-up has no fee to refund');
  await payOrder(sys, followup.orderId);
  return { followupId: followup.id };
}

/** A follow-up prescription approved, its drugs paid, posting chosen and its fee paid, not yet packed. */
async function deliveryPaid(sys: LocalSystem): Promise<Record<string, string>> {
  const { followupId } = await followupPaid(sys);
  await sys.ok('followup', DOCTOR, { action: 'accept', followupId });
  const { prescription } = await sys.ok<{ prescription: { id: string } }>('followup', DOCTOR, {
    action: 'prescribe',
    followupId,
    type: 'long_term',
    items: [{ code: 'DRUG-AML', quantity: 1, days: 28 }],
    requestId: 'req-fault-rx001',
  });
  await sys.ok('followup', 'demo-pharmacist-zz', { action: 'review', prescriptionId: prescription.id, decision: 'approve' });
  await payOrder(sys, `rx-${prescription.id}`);
  await sys.ok('delivery', 'demo-patient', { action: 'choose', prescriptionId: prescription.id, mode: 'delivery', address: HOME_ADDRESS });
  await payOrder(sys, `dlfee-${prescription.id}`);
  return { prescriptionId: prescription.id };
}

/** Pays a service order as the patient, in the sandbox. */
async function payOrder(sys: LocalSystem, orderId: string): Promise<void> {
  const { payment } = await sys.ok<{ payment: { outTradeNo: string } }>('orders', 'demo-patient', { action: 'pay', orderId });
  await deliver(sys, await payInSandbox(sys, payment.outTradeNo));
}

/** A home-nursing visit paid, assigned, and the nurse on the way: a cancel refunds the service fee and keeps the travel fee. */
async function nurseOnTheWay(sys: LocalSystem): Promise<Record<string, string>> {
  await sys.ok('staff', 'demo-admin-zz', { action: 'grant', hospitalId: ZZ, openid: 'hc-coord-f', name: '调度刘芳', role: 'homecare' });
  await sys.ok('staff', 'demo-admin-zz', { action: 'grant', hospitalId: ZZ, openid: 'hc-nurse-f', name: '护师周琳', role: 'nurse' });
  await sys.ok('homecare', 'demo-admin-zz', { action: 'setNurse', hospitalId: ZZ, openid: 'hc-nurse-f', nurseTitle: 'supervisor', practiceSinceYear: 2015 });
  const { request } = await sys.ok<{ request: { id: string } }>('homecare', 'demo-patient', homecareRequest({ requestId: 'req-fault-hc01' }));
  const accepted = await sys.ok<{ request: { orderId: string } }>('homecare', 'hc-coord-f', {
    action: 'accept',
    homecareId: request.id,
    assessment: '伤口清洁，可上门',
  });
  await payOrder(sys, accepted.request.orderId);
  await sys.ok('homecare', 'hc-coord-f', { action: 'assign', homecareId: request.id, nurseOpenid: 'hc-nurse-f' });
  await sys.ok('homecare', 'hc-nurse-f', { action: 'depart', homecareId: request.id });
  return { homecareId: request.id };
}

/** A record-copy application for a completed visit, quoted and paid. */
async function copiesPaid(sys: LocalSystem): Promise<Record<string, string>> {
  await sys.ok('staff', 'demo-admin-zz', { action: 'grant', hospitalId: ZZ, openid: 'rec-fault-01', name: '病案室赵敏', role: 'records' });
  const visit = await startPaidBookingToday(sys);
  await deliver(sys, await payInSandbox(sys, visit.outTradeNo));
  await sys.ok('clinic', 'demo-doctor-zz', { action: 'completeVisit', appointmentId: visit.appointmentId, diagnosis: '原发性高血压' });
  const { proofId } = await sys.ok<{ proofId: string }>('recordCopies', 'demo-patient', {
    action: 'attach',
    hospitalId: ZZ,
    image: PNG,
    requestId: 'req-fault-proof1',
  });
  const { application } = await sys.ok<{ application: { id: string } }>('recordCopies', 'demo-patient', {
    action: 'apply',
    hospitalId: ZZ,
    patientId: 'pat-demo-zhang',
    applicantType: 'self',
    applicantName: '张建国',
    visitIds: [visit.appointmentId],
    parts: ['outpatient_record'],
    purpose: 'insurance',
    address: HOME_ADDRESS,
    proofs: [{ kind: 'applicant_id', proofId }],
    requestId: 'req-fault-apply1',
  });
  const quoted = await sys.ok<{ application: { orderId: string } }>('recordCopies', 'rec-fault-01', {
    action: 'quote',
    applicationId: application.id,
    pages: 12,
  });
  await payOrder(sys, quoted.application.orderId);
  return { applicationId: application.id };
}

function withDb(sys: LocalSystem, db: FaultyDb): Ports {
  return { ...sys.ports, db, notifier: new OutboxNotifier(db, sys.ports.clock) };
}

/** Two rounds of the timers, each after the sweeper's settling time has passed. */
async function recover(sys: LocalSystem): Promise<void> {
  for (let round = 0; round < 2; round++) {
    sys.setNow(sys.ports.clock.now() + Math.max(STALE_MS, STOP_RESUME_MS) + 1_000);
    for (const fn of ['booking', 'orders', 'homecare', 'recordCopies', 'consult', 'followup', 'delivery']) {
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
    const clean = await startLocalSystem({ history: op.history === true });
    const given = await op.setup(clean);
    const counter = new FaultyDb(clean.ports.db, Infinity);
    const answer = await op.run(withDb(clean, counter), given);
    expect(answer).not.toMatchObject({ ok: false });
    expect(counter.writes).toBeGreaterThan(0);
    await recover(clean);
    expect(await brokenInvariants(clean.ports.db)).toEqual([]);

    for (let n = 1; n <= counter.writes; n++) {
      const sys = await startLocalSystem({ history: op.history === true });
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
