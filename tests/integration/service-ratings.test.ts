/**
 * Rating the online services on the real in-memory store: a closed consultation, a completed
 * follow-up and received medicines, by the owner only (another account NOT_FOUND), on each kind's
 * aspects, once and editable for 7 days, counted in the admin's month per department.
 */
import type { DepartmentSatisfaction } from '../../miniprogram/shared/dto/feedback';
import type { ConsultView } from '../../miniprogram/shared/dto/consult';
import type { RatingView } from '../../miniprogram/shared/dto/feedback';
import type { DeliveryView, FollowupView, RxView } from '../../miniprogram/shared/dto/online';
import { shanghaiDate } from '../../miniprogram/shared/time';
import { FROZEN_NOW, startLocalSystem, type LocalSystem } from '../support/local-system';
import { deliver, payInSandbox } from '../support/payment-fixtures';

const ZZ = 'h-zzcentral';
const PATIENT = 'demo-patient';
const OTHER = 'demo-patient-2';
const DOCTOR = 'demo-doctor-zz';
const PHARMACIST = 'demo-pharmacist-zz';
const ADDRESS = { name: '张建国', phone: '13800000000', province: '河南省', city: '郑州市', district: '金水区', detail: '花园路100号' };

let sys: LocalSystem;

beforeEach(async () => {
  sys = await startLocalSystem({ history: true });
});

async function pay(orderId: string): Promise<void> {
  const { payment } = await sys.ok<{ payment: { outTradeNo: string } }>('orders', PATIENT, { action: 'pay', orderId });
  await deliver(sys, await payInSandbox(sys, payment.outTradeNo));
}

/** A free department question answered by 陈立民 and ended by the patient (closed when `end`). */
async function consultation(end = true): Promise<string> {
  const { consultation: c } = await sys.ok<{ consultation: ConsultView }>('consult', PATIENT, {
    action: 'ask',
    hospitalId: ZZ,
    departmentId: 'd-zz-cardio',
    patientId: 'pat-demo-zhang',
    text: '血压早上偏高，需要调整用药吗？',
    requestId: 'req-rs-cs001',
  });
  await sys.ok('consult', DOCTOR, { action: 'accept', consultationId: c.id });
  await sys.ok('consult', DOCTOR, { action: 'reply', consultationId: c.id, text: '建议门诊复查', requestId: 'req-rs-ans01' });
  if (end) await sys.ok('consult', PATIENT, { action: 'end', consultationId: c.id });
  return c.id;
}

/** A paid follow-up accepted by 陈立民 (completed when `complete`). */
async function followup(complete = true): Promise<FollowupView> {
  const { followup: f } = await sys.ok<{ followup: FollowupView }>('followup', PATIENT, {
    action: 'start',
    patientId: 'pat-demo-zhang',
    departmentId: 'd-zz-cardio',
    changes: '血压平稳，药快吃完了',
    requestId: 'req-rs-fu001',
  });
  await pay(f.orderId ?? '');
  await sys.ok('followup', DOCTOR, { action: 'accept', followupId: f.id });
  if (complete) await sys.ok('followup', DOCTOR, { action: 'complete', followupId: f.id });
  return f;
}

/** Medicines of a renewed prescription, paid, mailed and shipped (received when `receive`). */
async function delivery(receive = true): Promise<string> {
  const f = await followup(false);
  const { prescription: rx } = await sys.ok<{ prescription: RxView }>('followup', DOCTOR, { action: 'renew', followupId: f.id, requestId: 'req-rs-rx001' });
  await sys.ok('followup', PHARMACIST, { action: 'review', prescriptionId: rx.id, decision: 'approve' });
  await pay(`rx-${rx.id}`);
  await sys.ok('delivery', PATIENT, { action: 'choose', prescriptionId: rx.id, mode: 'delivery', address: ADDRESS });
  await pay(`dlfee-${rx.id}`);
  await sys.ok('delivery', PHARMACIST, { action: 'pack', prescriptionId: rx.id });
  await sys.ok('delivery', PHARMACIST, { action: 'ship', prescriptionId: rx.id, carrier: '顺丰速运', trackingNo: 'SF1234567890' });
  if (receive) await sys.ok('delivery', PATIENT, { action: 'receive', prescriptionId: rx.id });
  return (await sys.ok<{ delivery: DeliveryView }>('delivery', PATIENT, { action: 'get', prescriptionId: rx.id })).delivery.id;
}

const rate = (kind: string, itemId: string, scores: Record<string, number>, openid = PATIENT, comment?: string) =>
  sys.call<{ rating: RatingView }>('feedback', openid, { action: 'rateService', kind, itemId, scores, ...(comment ? { comment } : {}) });

type Stats = { total: number; departments: DepartmentSatisfaction[] };

describe.each([
  ['consult', () => consultation(false), () => consultation(), { doctor: 5, response: 4 }, '咨询结束后才能评价', ['医生诊疗5', '回复及时4']],
  [
    'followup',
    async () => (await followup(false)).id,
    async () => (await followup()).id,
    { doctor: 4, response: 5 },
    '复诊完成后才能评价',
    ['医生诊疗4', '回复及时5'],
  ],
  ['delivery', () => delivery(false), () => delivery(), { speed: 5, packaging: 3 }, '收到药品后才能评价', ['配送速度5', '包装完好3']],
] as const)('rating a %s', (kind, unfinished, finished, scores, notYet, labels) => {
  it('only when finished and by the owner; once, editable for 7 days', async () => {
    const early = await unfinished();
    expect(await rate(kind, early, scores)).toMatchObject({ ok: false, error: { code: 'STATE_CONFLICT', message: notYet } });
    sys = await startLocalSystem({ history: true });
    const id = await finished();
    expect(await rate(kind, id, scores, OTHER)).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(await sys.call('feedback', OTHER, { action: 'serviceRating', kind, itemId: id })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    const [firstAspect, ...rest] = Object.keys(scores);
    expect(await rate(kind, id, Object.fromEntries(rest.map((a) => [a, 5])))).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION_FAILED', field: `scores.${firstAspect}` },
    });
    expect(await rate(kind, id, { ...scores, payment: 5 })).toMatchObject({ ok: false, error: { code: 'VALIDATION_FAILED', field: 'scores' } });
    const first = await rate(kind, id, scores, PATIENT, '很满意');
    expect(first.ok && first.data.rating.scores.map((s) => `${s.label}${s.score}`)).toEqual(labels);
    expect(await sys.ok('feedback', PATIENT, { action: 'serviceRating', kind, itemId: id })).toMatchObject({ canRate: true, rating: { comment: '很满意' } });
    sys.setNow(FROZEN_NOW + 7 * 86_400_000 - 60_000);
    expect(await rate(kind, id, scores)).toMatchObject({ ok: true });
    expect(await sys.ports.db.get('feedbackRatings', `rating-${kind}-${id}`)).toMatchObject({ edits: 1, comment: '' });
    sys.setNow(FROZEN_NOW + 7 * 86_400_000);
    expect(await rate(kind, id, scores)).toMatchObject({ ok: false, error: { code: 'STATE_CONFLICT', message: '评价已超过7天，不能再修改' } });
    expect(await sys.ok('feedback', PATIENT, { action: 'serviceRating', kind, itemId: id })).toMatchObject({ canRate: false });
  });
});

it("the admin's month counts each service under its department, medicines under 药品配送", async () => {
  const month = shanghaiDate(FROZEN_NOW).slice(0, 7);
  const before = await sys.ok<Stats>('feedback', 'demo-admin-zz', { action: 'stats', hospitalId: ZZ, month });
  expect(before.total).toBe(0);
  await rate('consult', await consultation(), { doctor: 5, response: 3 });
  const dl = await delivery();
  await rate('delivery', dl, { speed: 4, packaging: 5 });
  const after = await sys.ok<Stats>('feedback', 'demo-admin-zz', { action: 'stats', hospitalId: ZZ, month });
  expect(after.total).toBe(2);
  expect(after.departments).toEqual(
    expect.arrayContaining([
      expect.objectContaining({
        departmentName: '心血管内科',
        count: 1,
        averages: expect.objectContaining({ doctor: 5, response: 3, nurse: null }),
        satisfiedPercent: 0,
      }),
      expect.objectContaining({
        departmentId: 'delivery',
        departmentName: '药品配送',
        count: 1,
        averages: expect.objectContaining({ speed: 4, packaging: 5 }),
        satisfiedPercent: 100,
      }),
    ]),
  );
});
