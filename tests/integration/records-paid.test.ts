/**
 * The demo HIS reports only tests that were done: a lab or imaging order is sampled once it is paid
 * (ten minutes after), and its report is final after the test's turnaround from then. A visit
 * whose orders were never paid has no results, however long one waits; history from before the
 * platform (no order documents, the orders paid at the window) keeps its reports.
 */
import type { ReportSummary } from '../../miniprogram/shared/dto/records';
import type { HisAnswerDoc } from '../../backend/domain/his/docs';
import { visitOrderId } from '../../backend/handlers/orders/lookups';
import { startLocalSystem, type LocalSystem } from '../support/local-system';
import { deliver, payInSandbox } from '../support/payment-fixtures';
import { completedVisit, PATIENT, PatientRecorder, reportsOf, ZHANG } from '../support/records-fixtures';

const MINUTE = 60_000;
let sys: LocalSystem;

beforeEach(async () => {
  sys = await startLocalSystem({ history: true });
});

/** 张建国's reports of today's visit (陈立民, 心血管内科: an ECG and 血脂四项); his history has none on this day. */
async function todays(rec: PatientRecorder): Promise<ReportSummary[]> {
  return (await reportsOf(rec, ZHANG)).filter((r) => r.visitDate === '2026-11-25');
}

/** Pays the visit's order holding this test (by its code in the HIS answer). */
async function payOrderOf(visitId: string, code: string): Promise<void> {
  const answer = await sys.ports.db.get<HisAnswerDoc>('hisAnswers', `his-${visitId}`);
  const n = answer ? answer.orders.findIndex((o) => o.items.some((i) => i.code === code)) : -1;
  const { payment } = await sys.ok<{ payment: { outTradeNo: string } }>('orders', PATIENT, { action: 'pay', orderId: visitOrderId(visitId, n) });
  await deliver(sys, await payInSandbox(sys, payment.outTradeNo));
}

it('a lab order never paid has no results, however long one waits', async () => {
  await completedVisit(sys, '原发性高血压');
  const rec = new PatientRecorder(sys);
  sys.setNow(sys.ports.clock.now() + 2 * 86_400_000);
  expect(await todays(rec)).toEqual([]);
});

it('paid: sampled ten minutes later (检查中), final after the turnaround from the sample; only what was paid', async () => {
  const visitId = await completedVisit(sys, '原发性高血压');
  const rec = new PatientRecorder(sys);
  sys.setNow(sys.ports.clock.now() + 60 * MINUTE);
  await payOrderOf(visitId, 'LAB-LIPID');
  const paidAt = sys.ports.clock.now();
  sys.setNow(paidAt + 5 * MINUTE);
  expect(await todays(rec)).toEqual([]);
  sys.setNow(paidAt + 11 * MINUTE);
  expect((await todays(rec)).map((r) => [r.title, r.status])).toEqual([['血脂四项', 'pending']]);
  sys.setNow(paidAt + 2 * 86_400_000);
  const later = await todays(rec);
  expect(later.map((r) => [r.title, r.status])).toEqual([['血脂四项', 'final']]);
  expect(later[0].reportedText > '2026-11-25 10:40').toBe(true);
});

it('history from before the platform keeps its reports', async () => {
  const rec = new PatientRecorder(sys);
  const list = await reportsOf(rec, ZHANG);
  expect(list.filter((r) => r.title === '糖化血红蛋白' && r.status === 'final').length).toBeGreaterThanOrEqual(8);
});
