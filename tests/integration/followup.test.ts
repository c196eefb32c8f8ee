/**
 * 在线复诊 and 药品快递 on the real in-memory store with the demo history: eligibility from the HIS's
 * visits, a full follow-up (eligible chronic patient → renew → pharmacist returns → doctor fixes →
 * approved → pay → delivery split → shipped → received), the refund paths (doctor declines, cancel
 * before shipping) each refunding exactly once in the ledger and in the sandbox, who reads what.
 */
import type { OrderDoc, RefundDoc } from '../../backend/domain/billing/docs';
import type { SandboxTrade } from '../../backend/adapters/local/sandbox-payments';
import type { FollowupEventDoc } from '../../backend/domain/online/docs';
import type { DeliveryView, EligibilityView, FollowupView, QuoteView, RxView } from '../../miniprogram/shared/dto/online';
import { shanghaiInstant } from '../../miniprogram/shared/time';
import { startLocalSystem, type LocalSystem } from '../support/local-system';
import { deliver, payInSandbox } from '../support/payment-fixtures';

const ZZ = 'h-zzcentral';
const PATIENT = 'demo-patient';
const ZHANG = 'pat-demo-zhang';
const DOCTOR = 'demo-doctor-zz';
const PHARMACIST = 'demo-pharmacist-zz';
const PHARMACIST_XY = 'rx-pharm-xy1';
const ZHAO = 'demo-patient-3';
const RESP_DOCTOR = 'rx-doc-resp1';
const ADDRESS = { name: '张建国', phone: '13800000000', province: '河南省', city: '郑州市', district: '金水区', detail: '花园路100号' };

let sys: LocalSystem;

beforeEach(async () => {
  sys = await startLocalSystem({ history: true, adminOpenids: ['platform-admin'] });
  await sys.ok('staff', 'platform-admin', { action: 'grant', hospitalId: 'h-xinyang-county', openid: PHARMACIST_XY, name: '药师孙丽', role: 'pharmacist' });
});

async function pay(orderId: string, openid = PATIENT): Promise<void> {
  const { payment } = await sys.ok<{ payment: { outTradeNo: string } }>('orders', openid, { action: 'pay', orderId });
  await deliver(sys, await payInSandbox(sys, payment.outTradeNo));
}

async function started(requestId = 'req-fu-00001'): Promise<FollowupView> {
  const { followup } = await sys.ok<{ followup: FollowupView }>('followup', PATIENT, {
    action: 'start',
    patientId: ZHANG,
    departmentId: 'd-zz-cardio',
    changes: '血压近两周在130/85左右，无胸闷，药快吃完了',
    requestId,
  });
  return followup;
}

async function accepted(): Promise<FollowupView> {
  const f = await started();
  await pay(f.orderId ?? '');
  return (await sys.ok<{ followup: FollowupView }>('followup', DOCTOR, { action: 'accept', followupId: f.id })).followup;
}

const refundsOf = (orderId: string) => sys.ports.db.find<RefundDoc>('refunds', { where: { orderId } });
const sandboxRefunds = async (orderId: string) => {
  const order = await sys.ports.db.get<OrderDoc>('orders', orderId);
  return (await sys.ports.db.get<SandboxTrade>('sandboxTrades', order?.outTradeNo ?? ''))?.refunds ?? [];
};

describe('eligibility', () => {
  it('a chronic patient seen in person 20 days ago in 心血管内科 is eligible, with the visit', async () => {
    const e = await sys.ok<EligibilityView>('followup', PATIENT, { action: 'eligibility', patientId: ZHANG, departmentId: 'd-zz-cardio' });
    expect(e).toMatchObject({
      eligible: true,
      reason: '',
      qualifyingVisit: { departmentName: '心血管内科', diagnosis: '原发性高血压；血脂异常' },
      feeText: '¥10.00',
      windowDays: 180,
    });
    expect(e.qualifyingVisit?.conditions.map((c) => c.code)).toEqual(['hypertension', 'hyperlipidaemia']);
  });

  it('no qualifying visit: eligible false with the reason, start STATE_CONFLICT, nothing stored', async () => {
    const e = await sys.ok<EligibilityView>('followup', 'demo-patient-2', { action: 'eligibility', patientId: 'pat-demo2-li', departmentId: 'd-zz-cardio' });
    expect(e).toMatchObject({ eligible: false, qualifyingVisit: null });
    expect(e.reason).toContain('首次就诊不能在线进行');
    const res = await sys.call('followup', 'demo-patient-2', {
      action: 'start',
      patientId: 'pat-demo2-li',
      departmentId: 'd-zz-cardio',
      changes: '想开药',
      requestId: 'req-fu-li0001',
    });
    expect(res).toMatchObject({ ok: false, error: { code: 'STATE_CONFLICT', message: e.reason } });
    expect(await sys.ports.db.count('followups')).toBe(0);
  });

  it('a visit older than the hospital window is refused with that reason; the COPD patient qualifies in 呼吸内科', async () => {
    await sys.ok('followup', 'demo-admin-zz', { action: 'saveSettings', hospitalId: ZZ, windowDays: 30, feeFen: 1000, shipsCold: false });
    const zhao = await sys.ok<EligibilityView>('followup', 'demo-patient-3', { action: 'eligibility', patientId: 'pat-demo3-zhao', departmentId: 'd-zz-resp' });
    expect(zhao.reason).toContain('超过30天');
    await sys.ok('followup', 'demo-admin-zz', { action: 'saveSettings', hospitalId: ZZ, windowDays: 180, feeFen: 1000, shipsCold: false });
    const again = await sys.ok<EligibilityView>('followup', 'demo-patient-3', {
      action: 'eligibility',
      patientId: 'pat-demo3-zhao',
      departmentId: 'd-zz-resp',
    });
    expect(again).toMatchObject({
      eligible: true,
      qualifyingVisit: { conditions: [expect.objectContaining({ code: 'copd' }), expect.objectContaining({ code: 'hyperlipidaemia' })] },
    });
  });
});

it('a full follow-up: renew → returned → fixed → approved → paid → split delivery → shipped → received', async () => {
  await sys.ok('staff', 'demo-admin-zz', {
    action: 'grant',
    hospitalId: ZZ,
    openid: RESP_DOCTOR,
    name: '郭文涛',
    role: 'doctor',
    doctorId: 'doc-zz-008',
    practiceSinceYear: 2000,
  });
  const start = await sys.ok<{ followup: FollowupView }>('followup', ZHAO, {
    action: 'start',
    patientId: 'pat-demo3-zhao',
    departmentId: 'd-zz-resp',
    changes: '气短较前无明显加重，吸入药快用完',
    requestId: 'req-fu-zhao01',
  });
  await pay(start.followup.orderId ?? '', ZHAO);
  expect(await sys.call('followup', DOCTOR, { action: 'accept', followupId: start.followup.id })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  const f = (await sys.ok<{ followup: FollowupView }>('followup', RESP_DOCTOR, { action: 'accept', followupId: start.followup.id })).followup;
  expect(f).toMatchObject({ status: 'accepted', doctorName: '郭文涛' });
  await sys.ok('followup', ZHAO, { action: 'message', followupId: f.id, text: '最近晚上偶尔咳嗽', requestId: 'req-msg-00001' });
  const renewed = await sys.ok<{ prescription: RxView; notRenewed: string[] }>('followup', RESP_DOCTOR, {
    action: 'renew',
    followupId: f.id,
    requestId: 'req-rx-00001',
  });
  expect(renewed.prescription).toMatchObject({ status: 'pending_review', kindLabel: '续方', rxNotice: '处方药须凭处方在药师指导下购买和使用' });
  expect(renewed.prescription.items.map((i) => i.code).sort()).toEqual(['DRUG-NAC', 'DRUG-TIO']);
  const rxId = renewed.prescription.id;
  const queue = await sys.ok<{ prescriptions: RxView[] }>('followup', PHARMACIST, { action: 'reviewQueue', hospitalId: ZZ });
  expect(queue.prescriptions.map((p) => p.id)).toEqual([rxId]);
  expect(await sys.call('followup', PHARMACIST, { action: 'review', prescriptionId: rxId, decision: 'return' })).toMatchObject({
    ok: false,
    error: { code: 'VALIDATION_FAILED', field: 'reason' },
  });
  const returned = await sys.ok<{ prescription: RxView }>('followup', PHARMACIST, {
    action: 'review',
    prescriptionId: rxId,
    decision: 'return',
    reason: '夜间咳嗽，建议加用止咳化痰合剂',
  });
  expect(returned.prescription).toMatchObject({ status: 'returned', statusLabel: '药师退回，医生修改中', returnReason: '夜间咳嗽，建议加用止咳化痰合剂' });
  expect((await sys.ok<{ prescription: RxView }>('followup', ZHAO, { action: 'prescription', prescriptionId: rxId })).prescription.statusLabel).toBe(
    '药师退回，医生修改中',
  );
  // The doctor fixes it: the hospital's own cough mixture cannot be posted.
  const fixed = await sys.ok<{ prescription: RxView }>('followup', RESP_DOCTOR, {
    action: 'revise',
    prescriptionId: rxId,
    type: 'long_term',
    items: [
      { code: 'DRUG-TIO', quantity: 1, days: 28 },
      { code: 'PREP-ZKHJ', quantity: 2, days: 10 },
    ],
  });
  expect(fixed.prescription).toMatchObject({ status: 'pending_review', version: 2 });
  const approved = await sys.ok<{ prescription: RxView }>('followup', PHARMACIST, { action: 'review', prescriptionId: rxId, decision: 'approve' });
  expect(approved.prescription).toMatchObject({ status: 'approved', payable: true, orderId: `rx-${rxId}`, totalText: '¥122.00' });
  expect(await sys.ports.db.get<OrderDoc>('orders', `rx-${rxId}`)).toMatchObject({ kind: 'service', totalFen: 12200, status: 'unpaid' });
  expect(await sys.call('delivery', ZHAO, { action: 'choose', prescriptionId: rxId, mode: 'delivery', address: ADDRESS })).toMatchObject({
    ok: false,
    error: { code: 'STATE_CONFLICT' },
  });
  await pay(`rx-${rxId}`, ZHAO);
  const quote = await sys.ok<QuoteView>('delivery', ZHAO, { action: 'quote', prescriptionId: rxId });
  expect(quote.deliverable.map((x) => x.code)).toEqual(['DRUG-TIO']);
  expect(quote.held).toEqual([expect.objectContaining({ code: 'PREP-ZKHJ', reason: '医疗机构制剂只能在本院药房发放' })]);
  expect(quote).toMatchObject({ feeFen: 800, feeText: '¥8.00', rxNotice: '处方药须凭处方在药师指导下购买和使用' });
  const chosen = await sys.ok<{ delivery: DeliveryView }>('delivery', ZHAO, { action: 'choose', prescriptionId: rxId, mode: 'delivery', address: ADDRESS });
  expect(chosen.delivery).toMatchObject({ status: 'fee_unpaid', feeOrderId: `dlfee-${rxId}`, held: [expect.objectContaining({ code: 'PREP-ZKHJ' })] });
  await pay(`dlfee-${rxId}`, ZHAO);
  expect(await sys.call('delivery', PHARMACIST, { action: 'ship', prescriptionId: rxId, carrier: '顺丰速运', trackingNo: 'SF1234567890' })).toMatchObject({
    ok: false,
    error: { code: 'STATE_CONFLICT', message: '打包后才能发货' },
  });
  await sys.ok('delivery', PHARMACIST, { action: 'pack', prescriptionId: rxId });
  await sys.ok('delivery', PHARMACIST, { action: 'ship', prescriptionId: rxId, carrier: '顺丰速运', trackingNo: 'SF1234567890' });
  await sys.ok('delivery', PHARMACIST, { action: 'handOver', prescriptionId: rxId });
  expect(await sys.ports.db.count('outbox', { kind: 'delivery_shipped' })).toBe(1);
  expect(await sys.call('delivery', ZHAO, { action: 'cancel', prescriptionId: rxId })).toMatchObject({ ok: false, error: { code: 'STATE_CONFLICT' } });
  const received = await sys.ok<{ delivery: DeliveryView }>('delivery', ZHAO, { action: 'receive', prescriptionId: rxId });
  expect(received.delivery).toMatchObject({ heldPickedUp: true, carrier: '顺丰速运', trackingNo: 'SF1234567890' });
  expect(received.delivery.steps.map((s) => s.statusLabel)).toEqual(['待支付快递费', '待药房打包', '已打包，待发货', '已发货', '已发货', '已签收']);
  const events = await sys.ports.db.find<FollowupEventDoc>('followupEvents', { where: { followupId: f.id }, orderBy: [['at', 'asc']] });
  expect(events.map((e) => e.kind)).toEqual(expect.arrayContaining(['started', 'paid', 'accepted', 'message', 'prescribed', 'reviewed', 'revised']));
  expect(events.filter((e) => e.kind === 'reviewed').map((e) => e.byName)).toEqual(['马晓燕', '马晓燕']);
  expect(events.every((e) => e.by !== '' && e.at > 0)).toBe(true);
});

it('a parcel shipped 7 days ago is received on the timer', async () => {
  const f = await accepted();
  const { prescription } = await sys.ok<{ prescription: RxView }>('followup', DOCTOR, {
    action: 'prescribe',
    followupId: f.id,
    type: 'long_term',
    items: [{ code: 'DRUG-AML', quantity: 1, days: 28 }],
    requestId: 'req-rx-00002',
  });
  await sys.ok('followup', PHARMACIST, { action: 'review', prescriptionId: prescription.id, decision: 'approve' });
  await pay(`rx-${prescription.id}`);
  await sys.ok('delivery', PATIENT, { action: 'choose', prescriptionId: prescription.id, mode: 'delivery', address: ADDRESS });
  await pay(`dlfee-${prescription.id}`);
  await sys.ok('delivery', PHARMACIST, { action: 'pack', prescriptionId: prescription.id });
  await sys.ok('delivery', PHARMACIST, { action: 'ship', prescriptionId: prescription.id, carrier: '中国邮政', trackingNo: 'EMS98765432' });
  sys.setNow(shanghaiInstant('2026-12-02', '09:29'));
  await sys.runTimer('delivery');
  expect((await sys.ok<{ delivery: DeliveryView }>('delivery', PATIENT, { action: 'get', prescriptionId: prescription.id })).delivery.status).toBe('shipped');
  sys.setNow(shanghaiInstant('2026-12-02', '09:31'));
  await sys.runTimer('delivery');
  expect((await sys.ok<{ delivery: DeliveryView }>('delivery', PATIENT, { action: 'get', prescriptionId: prescription.id })).delivery).toMatchObject({
    status: 'received',
    steps: expect.arrayContaining([expect.objectContaining({ note: '发货满7天，自动确认收货' })]),
  });
});

describe('refunds, each exactly once', () => {
  it('the doctor declines: the fee back in full at once, however often it is sent', async () => {
    const f = await started();
    await pay(f.orderId ?? '');
    await Promise.all([1, 2, 3].map(() => sys.call('followup', DOCTOR, { action: 'decline', followupId: f.id, reason: '病情变化，需到院面诊' })));
    await sys.runTimer('followup');
    const view = (await sys.ok<{ followup: FollowupView }>('followup', PATIENT, { action: 'get', followupId: f.id })).followup;
    expect(view).toMatchObject({ status: 'declined', refundText: '费用已原路退回', reason: '病情变化，需到院面诊' });
    expect(await refundsOf(f.orderId ?? '')).toEqual([expect.objectContaining({ amountFen: 1000 })]);
    expect(await sandboxRefunds(f.orderId ?? '')).toHaveLength(1);
  });

  it('cancel before shipping: the drugs and the fee back, once each', async () => {
    const f = await accepted();
    const { prescription } = await sys.ok<{ prescription: RxView }>('followup', DOCTOR, {
      action: 'prescribe',
      followupId: f.id,
      type: 'long_term',
      items: [{ code: 'DRUG-AML', quantity: 1, days: 28 }],
      requestId: 'req-rx-00003',
    });
    await sys.ok('followup', PHARMACIST, { action: 'review', prescriptionId: prescription.id, decision: 'approve' });
    await pay(`rx-${prescription.id}`);
    await sys.ok('delivery', PATIENT, { action: 'choose', prescriptionId: prescription.id, mode: 'delivery', address: ADDRESS });
    await pay(`dlfee-${prescription.id}`);
    await sys.ok('delivery', PHARMACIST, { action: 'pack', prescriptionId: prescription.id });
    await Promise.all([1, 2].map(() => sys.call('delivery', PATIENT, { action: 'cancel', prescriptionId: prescription.id })));
    await sys.runTimer('delivery');
    await sys.runTimer('orders');
    expect(await refundsOf(`rx-${prescription.id}`)).toEqual([expect.objectContaining({ amountFen: 1560 })]);
    expect(await refundsOf(`dlfee-${prescription.id}`)).toEqual([expect.objectContaining({ amountFen: 800 })]);
    expect(await sandboxRefunds(`rx-${prescription.id}`)).toHaveLength(1);
    expect(await sandboxRefunds(`dlfee-${prescription.id}`)).toHaveLength(1);
    expect((await sys.ok<{ delivery: DeliveryView }>('delivery', PATIENT, { action: 'get', prescriptionId: prescription.id })).delivery).toMatchObject({
      status: 'cancelled',
      refundText: '药费和快递费已原路退回',
    });
  });
});

it('a retry of start after a crash before the order and record: both made, once', async () => {
  const f = await started();
  await sys.ports.db.remove('orders', { _id: f.orderId ?? '' });
  await sys.ports.db.remove('followupEvents', { followupId: f.id });
  const again = await started();
  expect(again.id).toBe(f.id);
  expect(await sys.ports.db.get<OrderDoc>('orders', f.orderId ?? '')).toMatchObject({ totalFen: 1000, status: 'unpaid' });
  await started();
  expect(await sys.ports.db.count('followupEvents', { followupId: f.id, kind: 'started' })).toBe(1);
  expect(await sys.ports.db.count('orders', { _id: f.orderId ?? '' })).toBe(1);
});

describe('more refund paths', () => {
  it('withdrawn before a doctor accepts: the fee back once', async () => {
    const f = await started();
    await pay(f.orderId ?? '');
    await Promise.all([1, 2].map(() => sys.call('followup', PATIENT, { action: 'withdraw', followupId: f.id })));
    await sys.runTimer('followup');
    expect(await refundsOf(f.orderId ?? '')).toEqual([expect.objectContaining({ amountFen: 1000 })]);
    expect(await sandboxRefunds(f.orderId ?? '')).toHaveLength(1);
    expect(await sys.call('followup', DOCTOR, { action: 'accept', followupId: f.id })).toMatchObject({ ok: false, error: { code: 'STATE_CONFLICT' } });
  });

  it('an approved prescription cancelled before paying: the order closed, nothing refunded, settled by the timer', async () => {
    const f = await accepted();
    const { prescription } = await sys.ok<{ prescription: RxView }>('followup', DOCTOR, {
      action: 'prescribe',
      followupId: f.id,
      type: 'long_term',
      items: [{ code: 'DRUG-AML', quantity: 1, days: 28 }],
      requestId: 'req-rx-00005',
    });
    await sys.ok('followup', PHARMACIST, { action: 'review', prescriptionId: prescription.id, decision: 'approve' });
    await sys.ok('delivery', PATIENT, { action: 'cancel', prescriptionId: prescription.id });
    expect(await sys.ports.db.get<OrderDoc>('orders', `rx-${prescription.id}`)).toMatchObject({ status: 'closed' });
    sys.setNow(shanghaiInstant('2026-11-25', '12:00'));
    await sys.runTimer('delivery');
    expect(
      (await sys.ok<{ prescription: RxView }>('followup', PATIENT, { action: 'prescription', prescriptionId: prescription.id })).prescription.statusLabel,
    ).toBe('已取消');
    expect(await refundsOf(`rx-${prescription.id}`)).toEqual([]);
    expect((await sys.ports.db.get<{ _id: string; refund: string }>('onlinePrescriptions', prescription.id))?.refund).toBe('none');
  });
});

describe('the rules on the server', () => {
  it('only the treating doctor prescribes; no 麻精 online; adjustments stay within the diagnosis; ≤ 4 weeks long-term', async () => {
    const f = await accepted();
    await sys.ok('staff', 'demo-admin-zz', {
      action: 'grant',
      hospitalId: ZZ,
      openid: 'rx-doc-zz2',
      name: '郜雅琴',
      role: 'doctor',
      doctorId: 'doc-zz-002',
      practiceSinceYear: 2012,
    });
    const by = (openid: string, items: unknown[], type = 'long_term') =>
      sys.call('followup', openid, { action: 'prescribe', followupId: f.id, type, items, requestId: `req-rx-${openid.length}${JSON.stringify(items).length}` });
    expect(await by('rx-doc-zz2', [{ code: 'DRUG-AML', quantity: 1, days: 28 }])).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN', message: '只有接诊医生可以开具处方' },
    });
    expect(await by(DOCTOR, [{ code: 'DRUG-EST', quantity: 1, days: 7 }], 'normal')).toMatchObject({
      ok: false,
      error: { message: '艾司唑仑片属于麻醉药品或精神药品，不能在线开具，请到医院面诊' },
    });
    expect(await by(DOCTOR, [{ code: 'DRUG-MET', quantity: 1, days: 7 }], 'normal')).toMatchObject({ ok: false, error: { code: 'VALIDATION_FAILED' } });
    expect(await by(DOCTOR, [{ code: 'DRUG-AML', quantity: 2, days: 56 }])).toMatchObject({
      ok: false,
      error: { message: '苯磺酸氨氯地平片：长期处方用量56天，超过28天' },
    });
    expect(await by(DOCTOR, [{ code: 'DRUG-AML', quantity: 3, days: 84 }], 'chronic_stable')).toMatchObject({
      ok: false,
      error: { message: '慢病稳定期长期处方缺少医生的说明' },
    });
  });

  it('a child under 6 only with the guardian present; the account holder recorded as the guardian', async () => {
    const { id } = await sys.ok<{ id: string }>('patients', PATIENT, {
      action: 'add',
      name: '张小宝',
      idType: 'resident_id',
      idNumber: '410105202203150025',
      phone: '13803710001',
      relation: 'child',
      requestId: 'req-pt-baby01',
    });
    const history = await sys.ports.db.get<{ _id: string; patientId: string; patientName: string }>('appointments', 'appt-history-pat-demo-zhang-9');
    await sys.ports.db.insert('appointments', { ...history, _id: 'appt-history-baby-1', patientId: id, patientName: '张小宝' });
    const answer = await sys.ports.db.get<{ _id: string; diagnosis: string }>('hisAnswers', 'his-appt-history-pat-demo-zhang-9');
    await sys.ports.db.insert('hisAnswers', { ...answer, _id: 'his-appt-history-baby-1', appointmentId: 'appt-history-baby-1', diagnosis: '支气管哮喘' });
    const ask = (guardianPresent: boolean) =>
      sys.call<{ followup: FollowupView }>('followup', PATIENT, {
        action: 'start',
        patientId: id,
        departmentId: 'd-zz-cardio',
        changes: '哮喘控制可',
        guardianPresent,
        requestId: `req-fu-baby-${String(guardianPresent)}`,
      });
    expect(await ask(false)).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION_FAILED', field: 'guardianPresent', message: '6岁以下儿童在线复诊须由监护人全程陪同，请确认监护人在场' },
    });
    expect(await ask(true)).toMatchObject({ ok: true, data: { followup: { guardianText: '监护人 张建国 陪同', patientName: '张小宝' } } });
  });

  it('another account reads nothing; a pharmacist of another hospital is FORBIDDEN', async () => {
    const f = await accepted();
    const { prescription } = await sys.ok<{ prescription: RxView }>('followup', DOCTOR, { action: 'renew', followupId: f.id, requestId: 'req-rx-00004' });
    expect(await sys.call('followup', 'demo-patient-2', { action: 'get', followupId: f.id })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(await sys.call('followup', 'demo-patient-2', { action: 'prescription', prescriptionId: prescription.id })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
    expect(await sys.call('delivery', 'demo-patient-2', { action: 'quote', prescriptionId: prescription.id })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
    expect(await sys.call('followup', PHARMACIST_XY, { action: 'review', prescriptionId: prescription.id, decision: 'approve' })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    expect(await sys.call('followup', PHARMACIST_XY, { action: 'reviewQueue', hospitalId: ZZ })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await sys.call('delivery', PHARMACIST_XY, { action: 'worklist', hospitalId: ZZ })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect((await sys.ok<{ followups: FollowupView[] }>('followup', 'demo-patient-2', { action: 'mine' })).followups).toEqual([]);
  });
});
