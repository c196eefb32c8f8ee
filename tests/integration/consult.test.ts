/**
 * 在线咨询 on the real in-memory store: ask → pay in the sandbox → accept → structured answer → two
 * follow-ups (a third refused) → closed 48 hours after the last answer; refunds exactly once (refund
 * documents and the sandbox's own refunds) for a decline, a passed deadline and a withdrawal;
 * another account reads nothing, another hospital's staff is refused; content security refusals
 * are not stored; red flags mark the thread; pictures are private and WeChat's verdict removes one.
 */
import type { SandboxTrade } from '../../backend/adapters/local/sandbox-payments';
import type { OrderDoc, RefundDoc } from '../../backend/domain/billing/docs';
import type { ConsultDoc, ConsultMessageDoc, ConsultPhotoDoc } from '../../backend/domain/online/consult-docs';
import { handleMediaCheck } from '../../backend/handlers/consult/media-check';
import type { OutboxDoc } from '../../backend/domain/messages/outbox';
import type { ConsultOfferView, ConsultThreadView, ConsultView } from '../../miniprogram/shared/dto/consult';
import { startLocalSystem, FROZEN_NOW, type LocalSystem } from '../support/local-system';
import { deliver, payInSandbox } from '../support/payment-fixtures';

const ZZ = 'h-zzcentral';
const PATIENT = 'demo-patient';
const OTHER = 'demo-patient-2';
const DOCTOR = 'demo-doctor-zz';
const JUNIOR = 'cs-junior-doctor';
const CARDIO2 = 'cs-cardio-doctor-2';
const XY_DOCTOR = 'cs-xy-doctor';
const HOUR = 3_600_000;
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 7, 7]).toString('base64');

let sys: LocalSystem;

beforeEach(async () => {
  sys = await startLocalSystem({ adminOpenids: ['platform-admin'] });
  const grant = (openid: string, name: string, hospitalId: string, doctorId: string, practiceSinceYear: number) =>
    sys.ok('staff', 'platform-admin', { action: 'grant', hospitalId, openid, name, role: 'doctor', doctorId, practiceSinceYear });
  await grant(JUNIOR, '牛振华', ZZ, 'doc-zz-003', 2025);
  await grant(CARDIO2, '郜雅琴', ZZ, 'doc-zz-002', 2010);
  await grant(XY_DOCTOR, '县医院医生', 'h-xinyang-county', 'doc-xy-001', 2005);
});

const askEvent = (extra: Record<string, unknown> = {}) => ({
  action: 'ask',
  hospitalId: ZZ,
  doctorId: 'doc-zz-001',
  patientId: 'pat-demo-zhang-mother',
  text: '我母亲血压最近早上160/95，吃着氨氯地平，需要加药吗？',
  requestId: 'req-cs-000001',
  ...extra,
});
const ask = (extra: Record<string, unknown> = {}) => sys.call<{ consultation: ConsultView }>('consult', PATIENT, askEvent(extra));
const asked = async (extra: Record<string, unknown> = {}): Promise<ConsultView> => {
  const res = await ask(extra);
  if (!res.ok) throw new Error(`${res.error.code} ${res.error.message}`);
  return res.data.consultation;
};

async function pay(orderId: string): Promise<void> {
  const { payment } = await sys.ok<{ payment: { outTradeNo: string } }>('orders', PATIENT, { action: 'pay', orderId });
  await deliver(sys, await payInSandbox(sys, payment.outTradeNo));
}

const thread = (id: string, who = PATIENT) => sys.ok<ConsultThreadView>('consult', who, { action: 'thread', consultationId: id });
const refundsOf = (orderId: string) => sys.ports.db.find<RefundDoc>('refunds', { where: { orderId } });
async function sandboxRefunds(orderId: string): Promise<number> {
  const order = await sys.ports.db.get<OrderDoc>('orders', orderId);
  const trade = order ? await sys.ports.db.get<SandboxTrade>('sandboxTrades', order.outTradeNo) : null;
  return trade ? trade.refunds.length : 0;
}
const answerOf = (id: string, requestId: string, extra: Record<string, unknown> = {}) =>
  sys.call<ConsultThreadView>('consult', DOCTOR, {
    action: 'reply',
    consultationId: id,
    text: '血压偏高，可以先调整用药时间',
    assessment: '晨起血压控制欠佳',
    actNow: '氨氯地平改为睡前服用，每天早晚各测一次血压并记录',
    warningSigns: '出现胸痛、剧烈头痛、说话不清时立即拨打120',
    visit: 'planned',
    visitWhen: '一周内',
    departmentId: 'd-zz-cardio',
    requestId,
    ...extra,
  });

it('offers: the demo doctor ¥30 and available; a department question free; a doctor without an online-qualified account unavailable with the reason', async () => {
  const doctor = (await sys.ok<{ offer: ConsultOfferView }>('consult', null, { action: 'offer', hospitalId: ZZ, doctorId: 'doc-zz-001' })).offer;
  expect(doctor).toMatchObject({ available: true, feeFen: 3000, feeText: '¥30.00', answerHours: 24, doctorName: '陈立民', departmentName: '心血管内科' });
  const dept = (await sys.ok<{ offer: ConsultOfferView }>('consult', null, { action: 'offer', hospitalId: ZZ, departmentId: 'd-zz-cardio' })).offer;
  expect(dept).toMatchObject({ available: true, feeFen: 0, feeText: '免费' });
  const junior = (await sys.ok<{ offer: ConsultOfferView }>('consult', null, { action: 'offer', hospitalId: ZZ, doctorId: 'doc-zz-003' })).offer;
  expect(junior).toMatchObject({ available: false, refusal: '独立执业满3年的医生方可提供线上诊疗' });
  const none = (await sys.ok<{ offer: ConsultOfferView }>('consult', null, { action: 'offer', hospitalId: ZZ, doctorId: 'doc-zz-010' })).offer;
  expect(none).toMatchObject({ available: false, refusal: '该医生暂未开通在线咨询' });
  const gastro = (await sys.ok<{ offer: ConsultOfferView }>('consult', null, { action: 'offer', hospitalId: ZZ, departmentId: 'd-zz-gastro' })).offer;
  expect(gastro).toMatchObject({ available: false, refusal: '该科室暂无可在线接诊的医生' });
  const refused = await ask({ doctorId: 'doc-zz-003', requestId: 'req-cs-junior1' });
  expect(refused).toMatchObject({ ok: false, error: { code: 'STATE_CONFLICT', message: '独立执业满3年的医生方可提供线上诊疗' } });
});

it('the whole consultation: ask for a parent → pay → accept → structured answer → 2 follow-ups (3rd refused) → closed 48 h after the last answer', async () => {
  const c = await asked();
  expect(c).toMatchObject({
    status: 'unpaid',
    feeText: '¥30.00',
    orderId: `cs-${c.id}`,
    patientName: '王秀兰',
    whoseLabel: '父母',
    payable: true,
    redFlag: false,
  });
  const order = await sys.ports.db.get<OrderDoc>('orders', c.orderId);
  expect(order).toMatchObject({ kind: 'service', totalFen: 3000, status: 'unpaid', openid: PATIENT });
  expect((await asked()).id).toBe(c.id);
  expect(await sys.ports.db.count('consults')).toBe(1);

  // Unpaid: the doctor does not see it yet.
  expect((await sys.ok<{ consultations: ConsultView[] }>('consult', DOCTOR, { action: 'worklist', hospitalId: ZZ })).consultations).toHaveLength(0);
  await pay(c.orderId);
  // Paid: the doctor sees it at once, before the patient or the timer reads it again.
  const work = (await sys.ok<{ consultations: ConsultView[] }>('consult', DOCTOR, { action: 'worklist', hospitalId: ZZ })).consultations;
  expect(work.map((x) => x.id)).toEqual([c.id]);
  const paid = (await thread(c.id)).consultation;
  expect(paid).toMatchObject({ status: 'waiting', answerByText: '2026-11-26 09:30' });
  // Another cardiologist cannot take a question addressed to 陈立民.
  expect(await sys.call('consult', CARDIO2, { action: 'accept', consultationId: c.id })).toMatchObject({
    ok: false,
    error: { code: 'FORBIDDEN', message: '这是提给其他医生的咨询' },
  });
  expect(await answerOf(c.id, 'req-ans-early')).toMatchObject({ ok: false, error: { code: 'STATE_CONFLICT', message: '请先接诊再回复' } });

  sys.setNow(FROZEN_NOW + 2 * HOUR);
  const accepted = await sys.ok<ConsultThreadView>('consult', DOCTOR, { action: 'accept', consultationId: c.id });
  expect(accepted).toMatchObject({ consultation: { status: 'accepted', acceptedByName: '陈立民' }, canReply: true });
  expect(await sys.call('consult', PATIENT, { action: 'followUp', consultationId: c.id, text: '还有别的吗', requestId: 'req-fu-early' })).toMatchObject({
    ok: false,
    error: { code: 'STATE_CONFLICT', message: '医生回复后才能追问' },
  });

  const answered = await answerOf(c.id, 'req-ans-00001');
  if (!answered.ok) throw new Error(answered.error.message);
  expect((await answerOf(c.id, 'req-ans-00001')).ok).toBe(true);
  const t1 = await thread(c.id);
  expect(t1.messages.map((m) => m.kind)).toEqual(['question', 'answer']);
  expect(t1.messages[1]).toMatchObject({
    byName: '陈立民',
    answer: {
      assessment: '晨起血压控制欠佳',
      visit: 'planned',
      visitLabel: '建议择期来院就诊',
      visitWhen: '一周内',
      departmentId: 'd-zz-cardio',
      departmentName: '心血管内科',
    },
  });
  expect(t1.consultation).toMatchObject({ closesAtText: '2026-11-27 11:30', followUpsLeft: 2, canFollowUp: true });
  const notices = await sys.ports.db.find<OutboxDoc>('outbox', { where: { kind: 'consultation_answered' } });
  expect(notices).toHaveLength(1);
  expect(notices[0]).toMatchObject({ openid: PATIENT, page: `online/consult-thread/index?id=${c.id}` });

  for (const [i, at] of [
    [1, 3],
    [2, 5],
  ] as const) {
    sys.setNow(FROZEN_NOW + at * HOUR);
    await sys.ok('consult', PATIENT, { action: 'followUp', consultationId: c.id, text: `追问${i}：睡前吃会不会夜里血压太低？`, requestId: `req-fu-0000${i}` });
    await sys.ok('consult', PATIENT, { action: 'followUp', consultationId: c.id, text: `追问${i}：睡前吃会不会夜里血压太低？`, requestId: `req-fu-0000${i}` });
    await answerOf(c.id, `req-ans-1000${i}`, { text: `第${i}次回复` });
  }
  const third = await sys.call('consult', PATIENT, { action: 'followUp', consultationId: c.id, text: '第三次追问', requestId: 'req-fu-00003' });
  expect(third).toMatchObject({ ok: false, error: { code: 'STATE_CONFLICT', message: '每次咨询最多追问2次' } });
  const t2 = await thread(c.id);
  expect(t2.messages.map((m) => m.kind)).toEqual(['question', 'answer', 'followup', 'answer', 'followup', 'answer']);
  expect(t2.consultation).toMatchObject({ followUpsLeft: 0, canFollowUp: false, closesAtText: '2026-11-27 14:30' });

  sys.setNow(FROZEN_NOW + 5 * HOUR + 48 * HOUR - 60_000);
  await sys.runTimer('consult');
  expect((await thread(c.id)).consultation.status).toBe('accepted');
  sys.setNow(FROZEN_NOW + 5 * HOUR + 48 * HOUR);
  expect(await answerOf(c.id, 'req-ans-late1')).toMatchObject({ ok: false, error: { code: 'STATE_CONFLICT', message: '该咨询已结束' } });
  await sys.runTimer('consult');
  const closed = await thread(c.id);
  expect(closed.consultation).toMatchObject({ status: 'closed', statusLabel: '已结束', reason: '咨询已于医生最后一次回复48小时后结束' });
  // Paid and kept: no refund for an answered consultation.
  expect(await refundsOf(c.orderId)).toHaveLength(0);
  // Messages are kept with who and when.
  const stored = await sys.ports.db.find<ConsultMessageDoc>('consultMessages', { where: { consultId: c.id } });
  expect(stored.every((m) => m.by !== '' && m.at > 0)).toBe(true);
});

it('the patient ends an answered thread; a department question (free) is taken by a doctor of that department', async () => {
  const c = await asked({ doctorId: undefined, departmentId: 'd-zz-cardio', patientId: 'pat-demo-zhang', requestId: 'req-cs-dept01' });
  expect(c).toMatchObject({ status: 'waiting', feeText: '免费', orderId: '', target: 'department' });
  expect((await sys.ok<{ consultations: ConsultView[] }>('consult', CARDIO2, { action: 'worklist', hospitalId: ZZ })).consultations.map((x) => x.id)).toEqual([
    c.id,
  ]);
  await sys.ok('consult', CARDIO2, { action: 'accept', consultationId: c.id });
  expect(await sys.call('consult', DOCTOR, { action: 'reply', consultationId: c.id, text: '我来答', requestId: 'req-ans-other' })).toMatchObject({
    ok: false,
    error: { code: 'FORBIDDEN' },
  });
  await sys.ok('consult', CARDIO2, { action: 'reply', consultationId: c.id, text: '建议门诊复查', requestId: 'req-ans-dept1' });
  const ended = await sys.ok<{ consultation: ConsultView }>('consult', PATIENT, { action: 'end', consultationId: c.id });
  expect(ended.consultation).toMatchObject({ status: 'closed', canFollowUp: false });
  expect(await sys.call('consult', PATIENT, { action: 'followUp', consultationId: c.id, text: '再问一句', requestId: 'req-fu-after' })).toMatchObject({
    ok: false,
    error: { code: 'STATE_CONFLICT', message: '该咨询已结束，不能再追问' },
  });
});

describe('refunds exactly once', () => {
  async function paidQuestion(requestId: string): Promise<ConsultView> {
    const c = await asked({ requestId });
    await pay(c.orderId);
    return c;
  }

  it('the doctor declines: refunded in full at once, the patient told; a second decline changes nothing', async () => {
    const c = await paidQuestion('req-cs-decl01');
    const declined = await sys.ok<{ consultation: ConsultView }>('consult', DOCTOR, {
      action: 'decline',
      consultationId: c.id,
      reason: '病情需要面诊，请到门诊就诊',
    });
    expect(declined.consultation).toMatchObject({ status: 'declined', reason: '病情需要面诊，请到门诊就诊', refundText: '咨询费已原路退回' });
    expect(await sys.call('consult', DOCTOR, { action: 'decline', consultationId: c.id, reason: '病情需要面诊，请到门诊就诊' })).toMatchObject({ ok: true });
    await sys.runTimer('consult');
    const refunds = await refundsOf(c.orderId);
    expect(refunds).toHaveLength(1);
    expect(refunds[0]).toMatchObject({ amountFen: 3000, status: 'succeeded' });
    expect(await sandboxRefunds(c.orderId)).toBe(1);
    expect(await sys.ports.db.get<OrderDoc>('orders', c.orderId)).toMatchObject({ status: 'refunded', refundedFen: 3000 });
    const kinds = (await sys.ports.db.find<OutboxDoc>('outbox', { where: { openid: PATIENT } })).map((o) => o.kind);
    expect(kinds).toEqual(expect.arrayContaining(['consultation_answered', 'refund_done']));
  });

  it('the deadline passes (24 h): the timer refunds once and tells the patient; accepting late is refused', async () => {
    const c = await paidQuestion('req-cs-late01');
    sys.setNow(FROZEN_NOW + 24 * HOUR - 60_000);
    await sys.runTimer('consult');
    expect((await thread(c.id)).consultation.status).toBe('waiting');
    sys.setNow(FROZEN_NOW + 24 * HOUR);
    expect(await sys.call('consult', DOCTOR, { action: 'accept', consultationId: c.id })).toMatchObject({
      ok: false,
      error: { code: 'STATE_CONFLICT', message: '已超过接诊时限，咨询已关闭并退款' },
    });
    await sys.runTimer('consult');
    await sys.runTimer('consult');
    expect((await thread(c.id)).consultation).toMatchObject({ status: 'expired', statusLabel: '超时未接诊', refundText: '咨询费已原路退回' });
    expect(await refundsOf(c.orderId)).toHaveLength(1);
    expect(await sandboxRefunds(c.orderId)).toBe(1);
    const told = await sys.ports.db.find<OutboxDoc>('outbox', { where: { openid: PATIENT, kind: 'consultation_answered' } });
    expect(told).toHaveLength(1);
    expect(told[0].data.summary).toContain('医生未在时限内接诊');
  });

  it('the hospital sets a shorter deadline (admin)', async () => {
    await sys.ok('consult', 'demo-admin-zz', {
      action: 'saveSettings',
      hospitalId: ZZ,
      answerHours: 6,
      defaultFen: 2000,
      departmentFen: 0,
      doctorFees: { 'doc-zz-001': 3000 },
    });
    expect(
      await sys.call('consult', DOCTOR, { action: 'saveSettings', hospitalId: ZZ, answerHours: 6, defaultFen: 0, departmentFen: 0, doctorFees: {} }),
    ).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    const c = await paidQuestion('req-cs-short1');
    expect((await thread(c.id)).consultation.answerByText).toBe('2026-11-25 15:30');
    sys.setNow(FROZEN_NOW + 6 * HOUR);
    await sys.runTimer('consult');
    expect((await thread(c.id)).consultation.status).toBe('expired');
  });

  it('the patient withdraws before acceptance: refunded once; after acceptance withdrawing is refused', async () => {
    const c = await paidQuestion('req-cs-wd0001');
    const w = await sys.ok<{ consultation: ConsultView }>('consult', PATIENT, { action: 'withdraw', consultationId: c.id });
    expect(w.consultation).toMatchObject({ status: 'withdrawn', refundText: '咨询费已原路退回' });
    await sys.ok('consult', PATIENT, { action: 'withdraw', consultationId: c.id });
    await sys.runTimer('consult');
    expect(await refundsOf(c.orderId)).toHaveLength(1);
    expect(await sandboxRefunds(c.orderId)).toBe(1);

    const d = await paidQuestion('req-cs-wd0002');
    await sys.ok('consult', DOCTOR, { action: 'accept', consultationId: d.id });
    expect(await sys.call('consult', PATIENT, { action: 'withdraw', consultationId: d.id })).toMatchObject({
      ok: false,
      error: { code: 'STATE_CONFLICT', message: '医生已接诊，不能撤回；如不再需要，可结束咨询' },
    });
    expect(await refundsOf(d.orderId)).toHaveLength(0);
  });

  it('an unpaid question withdrawn: the order is closed, nothing refunded; one left unpaid is withdrawn by the timer after 30 minutes', async () => {
    const c = await asked({ requestId: 'req-cs-unpd01' });
    const w = await sys.ok<{ consultation: ConsultView }>('consult', PATIENT, { action: 'withdraw', consultationId: c.id });
    expect(w.consultation).toMatchObject({ status: 'withdrawn', refundText: '订单已关闭，未收取费用' });
    expect(await sys.ports.db.get<OrderDoc>('orders', c.orderId)).toMatchObject({ status: 'closed' });
    const d = await asked({ requestId: 'req-cs-unpd02' });
    sys.setNow(FROZEN_NOW + 30 * 60_000);
    await sys.runTimer('consult');
    expect((await thread(d.id)).consultation).toMatchObject({ status: 'withdrawn', reason: '超时未支付，已自动取消' });
    expect(await refundsOf(d.orderId)).toHaveLength(0);
  });
});

describe('who reads what', () => {
  it("another account reads nothing (NOT_FOUND); another hospital's doctor and other staff are FORBIDDEN; an unqualified doctor cannot take it", async () => {
    const c = await asked();
    await pay(c.orderId);
    for (const action of ['thread', 'withdraw', 'end']) {
      expect(await sys.call('consult', OTHER, { action, consultationId: c.id })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    }
    expect(await sys.call('consult', OTHER, { action: 'followUp', consultationId: c.id, text: '你好', requestId: 'req-fu-other' })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
    expect((await sys.ok<{ consultations: ConsultView[] }>('consult', OTHER, { action: 'mine' })).consultations).toHaveLength(0);
    expect(await sys.call('consult', XY_DOCTOR, { action: 'thread', consultationId: c.id })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await sys.call('consult', XY_DOCTOR, { action: 'accept', consultationId: c.id })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await sys.call('consult', 'demo-billing-zz', { action: 'thread', consultationId: c.id })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await sys.call('consult', JUNIOR, { action: 'worklist', hospitalId: ZZ })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN', message: '独立执业满3年的医生方可提供线上诊疗' },
    });
    expect(await sys.call('consult', 'demo-admin-zz', { action: 'accept', consultationId: c.id })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await sys.call('consult', OTHER, askEvent({ requestId: 'req-cs-other1' }))).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND', message: '就诊人不存在' },
    });
  });
});

describe('content security', () => {
  it('a refused question is answered with the reason and not stored (no consultation, no order, no message)', async () => {
    const res = await ask({ text: '医生你是个傻逼', requestId: 'req-cs-bad001' });
    expect(res).toMatchObject({ ok: false, error: { code: 'VALIDATION_FAILED', field: 'text', message: '内容含有辱骂信息，未能发送，请修改后再试' } });
    expect(await sys.ports.db.count('consults')).toBe(0);
    expect(await sys.ports.db.count('consultMessages')).toBe(0);
    expect(await sys.ports.db.count('orders', { kind: 'service' })).toBe(0);
  });

  it('a refused follow-up is not stored and does not use up a follow-up', async () => {
    const c = await asked({ doctorId: undefined, departmentId: 'd-zz-cardio', requestId: 'req-cs-bad002' });
    await sys.ok('consult', CARDIO2, { action: 'accept', consultationId: c.id });
    await sys.ok('consult', CARDIO2, { action: 'reply', consultationId: c.id, text: '建议复查', requestId: 'req-ans-bad02' });
    const res = await sys.call('consult', PATIENT, { action: 'followUp', consultationId: c.id, text: '加微信返现了解一下', requestId: 'req-fu-bad002' });
    expect(res).toMatchObject({ ok: false, error: { code: 'VALIDATION_FAILED', field: 'text', message: '内容含有广告信息，未能发送，请修改后再试' } });
    expect(await sys.ports.db.count('consultMessages', { consultId: c.id })).toBe(2);
    expect((await thread(c.id)).consultation.followUpsLeft).toBe(2);
  });

  it("pictures: private, up to 9; WeChat's wxa_media_check verdict removes a risky one, which a question then refuses", async () => {
    const ids: string[] = [];
    for (let i = 0; i < 2; i++)
      ids.push((await sys.ok<{ photoId: string }>('consult', PATIENT, { action: 'attach', hospitalId: ZZ, image: PNG, requestId: `req-ph-0000${i}` })).photoId);
    const photos = await Promise.all(ids.map((id) => sys.ports.db.get<ConsultPhotoDoc>('consultPhotos', id)));
    expect(photos.map((p) => [p?.check, /private\/consult\/h-zzcentral\/[0-9a-f]{32}\.png$/.test(p?.filePath ?? ''), (p?.traceId ?? '').length > 0])).toEqual([
      ['pending', true, true],
      ['pending', true, true],
    ]);
    expect(await ask({ images: Array.from({ length: 10 }, () => ids[0]), requestId: 'req-cs-ten001' })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION_FAILED', field: 'images' },
    });

    const pass = await handleMediaCheck(sys.ports, {
      MsgType: 'event',
      Event: 'wxa_media_check',
      trace_id: photos[0]?.traceId ?? '',
      result: { suggest: 'pass', label: 100 },
    });
    const risky = await handleMediaCheck(sys.ports, {
      MsgType: 'event',
      Event: 'wxa_media_check',
      trace_id: photos[1]?.traceId ?? '',
      result: { suggest: 'risky', label: 20002 },
    });
    expect([pass.photo, risky.photo]).toEqual(['pass', 'rejected']);
    expect((await handleMediaCheck(sys.ports, { MsgType: 'event', Event: 'wxa_media_check', trace_id: 'made-up', result: { suggest: 'risky' } })).photo).toBe(
      'unknown',
    );
    expect(await ask({ images: ids, requestId: 'req-cs-img001' })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION_FAILED', field: 'images', message: '内容含有色情信息，未能发送，请修改后再试' },
    });
    const c = await asked({ images: [ids[0]], requestId: 'req-cs-img002' });
    const t = await thread(c.id);
    expect(t.messages[0].images).toHaveLength(1);
    expect(t.messages[0].images[0].url).toMatch(/\/files\/private\/consult\/.*\?exp=\d+&sig=/);
    expect(await sys.call('consult', OTHER, askEvent({ patientId: 'pat-demo2-li', images: [ids[0]], requestId: 'req-cs-img003' }))).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND', field: 'images' },
    });
  });
});

it('red flags: the question is marked for the doctor, and comes first in the worklist; a follow-up can mark it too', async () => {
  const calm = await asked({ doctorId: undefined, departmentId: 'd-zz-cardio', requestId: 'req-cs-calm01' });
  const urgent = await asked({
    doctorId: undefined,
    departmentId: 'd-zz-cardio',
    text: '我父亲胸口疼了半小时，出了一身冷汗，要紧吗',
    requestId: 'req-cs-red001',
  });
  expect(calm.redFlag).toBe(false);
  expect(urgent.redFlag).toBe(true);
  expect(urgent.redFlagLabels.length).toBeGreaterThan(0);
  const work = (await sys.ok<{ consultations: ConsultView[] }>('consult', CARDIO2, { action: 'worklist', hospitalId: ZZ })).consultations;
  expect(work.map((c) => c.id)).toEqual([urgent.id, calm.id]);
  await sys.ok('consult', CARDIO2, { action: 'accept', consultationId: calm.id });
  await sys.ok('consult', CARDIO2, { action: 'reply', consultationId: calm.id, text: '先观察', requestId: 'req-ans-calm1' });
  await sys.ok('consult', PATIENT, { action: 'followUp', consultationId: calm.id, text: '刚才突然说话不清楚，一侧手脚没力气', requestId: 'req-fu-red001' });
  const marked = await sys.ports.db.get<ConsultDoc>('consults', calm.id);
  expect(marked?.redFlag).toBe(true);
});
