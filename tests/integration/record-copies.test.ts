/**
 * 病历邮寄 on the real in-memory store: applying with the proofs each applicant needs, the records
 * office's review, the fee as a service order paid in the sandbox, copying and shipping; a cancel
 * after payment refunds exactly once; proofs are private and deleted 180 days after the end.
 */
import type { OrderDoc, RefundDoc } from '../../backend/domain/billing/docs';
import type { ApplicationView } from '../../miniprogram/shared/dto/record-copies';
import { shanghaiInstant } from '../../miniprogram/shared/time';
import { FROZEN_NOW, startLocalSystem, type LocalSystem } from '../support/local-system';
import { deliver, payInSandbox, startPaidBookingToday } from '../support/payment-fixtures';

const ZZ = 'h-zzcentral';
const XY = 'h-xinyang-county';
const PATIENT = 'demo-patient';
const REC = 'rec-zz-0001';
const REC_XY = 'rec-xy-0001';
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 7, 7]).toString('base64');
const ADDRESS = { name: '张建国', phone: '13800000000', province: '河南省', city: '郑州市', district: '金水区', detail: '花园路 100 号 3 号楼 2 单元 501' };

let sys: LocalSystem;
let visitId: string;

beforeEach(async () => {
  sys = await startLocalSystem({ adminOpenids: ['platform-admin'] });
  await sys.ok('staff', 'demo-admin-zz', { action: 'grant', hospitalId: ZZ, openid: REC, name: '病案室赵敏', role: 'records' });
  await sys.ok('staff', 'platform-admin', { action: 'grant', hospitalId: XY, openid: REC_XY, name: '病案室钱亮', role: 'records' });
  const b = await startPaidBookingToday(sys);
  await deliver(sys, await payInSandbox(sys, b.outTradeNo));
  await sys.ok('clinic', 'demo-doctor-zz', { action: 'completeVisit', appointmentId: b.appointmentId, diagnosis: '原发性高血压' });
  visitId = b.appointmentId;
});

async function proof(kind: string, n: number): Promise<{ kind: string; proofId: string }> {
  const { proofId } = await sys.ok<{ proofId: string }>('recordCopies', PATIENT, {
    action: 'attach',
    hospitalId: ZZ,
    image: PNG,
    requestId: `req-proof-${n}0000`,
  });
  return { kind, proofId };
}

const application = (extra: Record<string, unknown> = {}) => ({
  action: 'apply',
  hospitalId: ZZ,
  patientId: 'pat-demo-zhang',
  applicantType: 'self',
  applicantName: '张建国',
  visitIds: [visitId],
  parts: ['outpatient_record', 'exam_reports'],
  purpose: 'insurance',
  address: ADDRESS,
  requestId: 'req-apply-0001',
  ...extra,
});

async function applied(): Promise<ApplicationView> {
  return (await sys.ok<{ application: ApplicationView }>('recordCopies', PATIENT, application({ proofs: [await proof('applicant_id', 1)] }))).application;
}

const office = (action: string, params: Record<string, unknown>) => sys.ok<{ application: ApplicationView }>('recordCopies', REC, { action, ...params });

async function paid(a: ApplicationView): Promise<OrderDoc> {
  const { application } = await office('quote', { applicationId: a.id, pages: 36 });
  const orderId = application.orderId ?? '';
  const { payment } = await sys.ok<{ payment: { outTradeNo: string } }>('orders', PATIENT, { action: 'pay', orderId });
  await deliver(sys, await payInSandbox(sys, payment.outTradeNo));
  const order = await sys.ports.db.get<OrderDoc>('orders', orderId);
  if (!order) throw new Error('no order');
  return order;
}

describe('applying', () => {
  it('each applicant type needs its proofs', async () => {
    const id = await proof('applicant_id', 1);
    expect(await sys.call('recordCopies', PATIENT, application({ applicantType: 'agent', proofs: [id] }))).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION_FAILED', field: 'proofs', message: '请上传患者有效身份证明' },
    });
    expect(await sys.call('recordCopies', PATIENT, application({ applicantType: 'heir', proofs: [id] }))).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION_FAILED', message: '请上传患者死亡证明' },
    });
    const agent = [id, await proof('patient_id', 2), await proof('authorization', 3)];
    const { application: a } = await sys.ok<{ application: ApplicationView }>(
      'recordCopies',
      PATIENT,
      application({ applicantType: 'agent', applicantName: '李四', proofs: agent }),
    );
    expect(a).toMatchObject({
      status: 'submitted',
      statusLabel: '待审核',
      applicantTypeLabel: '患者委托的代理人',
      partLabels: ['门（急）诊病历', '检验报告等辅助检查报告单'],
      purposeLabel: '商业保险理赔',
    });
    expect(a.visitTitles).toEqual(['2026-11-25 心血管内科 陈立民']);
  });

  it("a retry answers the first application; another account's visit or proof is NOT_FOUND", async () => {
    const first = await applied();
    const again = await sys.ok<{ application: ApplicationView }>(
      'recordCopies',
      PATIENT,
      application({ proofs: [{ kind: 'applicant_id', proofId: (await sys.ports.db.find<{ _id: string }>('recordProofs', {}))[0]._id }] }),
    );
    expect(again.application.id).toBe(first.id);
    expect(await sys.ports.db.count('copyApplications')).toBe(1);
    const { proofId } = await sys.ok<{ proofId: string }>('recordCopies', 'demo-patient-2', {
      action: 'attach',
      hospitalId: ZZ,
      image: PNG,
      requestId: 'req-proof-other',
    });
    expect(await sys.call('recordCopies', PATIENT, application({ requestId: 'req-apply-0002', proofs: [{ kind: 'applicant_id', proofId }] }))).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND', field: 'proofs' },
    });
    expect(
      await sys.call(
        'recordCopies',
        'demo-patient-2',
        application({ requestId: 'req-apply-0003', patientId: 'pat-demo-zhang', proofs: [{ kind: 'applicant_id', proofId }] }),
      ),
    ).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });
});

describe('the records office', () => {
  it('asks for more, the applicant resubmits; the office sets 36 pages → ¥30.00; paid, copied, shipped; each step recorded', async () => {
    const a = await applied();
    await office('requestMore', { applicationId: a.id, reason: '身份证照片不清晰' });
    expect((await sys.ok<{ application: ApplicationView }>('recordCopies', PATIENT, { action: 'get', applicationId: a.id })).application).toMatchObject({
      status: 'more_needed',
      reason: '身份证照片不清晰',
    });
    await sys.ok('recordCopies', PATIENT, { action: 'resubmit', applicationId: a.id, proofs: [await proof('applicant_id', 5)] });
    const order = await paid(a);
    expect(order).toMatchObject({
      kind: 'service',
      totalFen: 3000,
      status: 'paid',
      items: [expect.objectContaining({ name: '病历复印', quantity: 36, unitFen: 50 }), expect.objectContaining({ name: '邮寄费', amountFen: 1200 })],
    });
    expect((await sys.ok<{ application: ApplicationView }>('recordCopies', PATIENT, { action: 'get', applicationId: a.id })).application).toMatchObject({
      status: 'paid',
      feeText: '¥30.00',
    });
    await office('copied', { applicationId: a.id });
    const shipped = (await office('ship', { applicationId: a.id, carrier: '中国邮政EMS', trackingNo: 'EA123456789CN' })).application;
    expect(shipped).toMatchObject({ status: 'shipped', trackingNo: 'EA123456789CN', cancellable: false });
    expect(shipped.steps.map((s) => `${s.statusLabel}:${s.byName}`)).toEqual([
      '待审核:申请人',
      '需补充材料:病案室赵敏',
      '待审核:申请人',
      '待支付:病案室赵敏',
      '待复印:微信支付',
      '已复印待寄出:病案室赵敏',
      '已寄出:病案室赵敏',
    ]);
  });

  it('refuses moves out of order and racing quotes set the fee once', async () => {
    const a = await applied();
    expect(await sys.call('recordCopies', REC, { action: 'copied', applicationId: a.id })).toMatchObject({
      ok: false,
      error: { code: 'STATE_CONFLICT', message: '支付完成后才能复印' },
    });
    await Promise.all([36, 36, 40].map((pages) => sys.call('recordCopies', REC, { action: 'quote', applicationId: a.id, pages })));
    expect(await sys.ports.db.count('orders', { kind: 'service' })).toBe(1);
    const stored = await sys.ports.db.get<{ _id: string; pages: number; feeFen: number }>('copyApplications', a.id);
    const order = await sys.ports.db.get<OrderDoc>('orders', `rc-${a.id}`);
    expect(order?.totalFen).toBe(stored?.feeFen);
    expect(await sys.call('recordCopies', REC, { action: 'refuse', applicationId: a.id, reason: '材料不全' })).toMatchObject({
      ok: false,
      error: { code: 'STATE_CONFLICT' },
    });
  });

  it('another account: NOT_FOUND; records staff of another hospital or other roles: FORBIDDEN', async () => {
    const a = await applied();
    expect(await sys.call('recordCopies', 'demo-patient-2', { action: 'get', applicationId: a.id })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(await sys.call('recordCopies', 'demo-patient-2', { action: 'cancel', applicationId: a.id })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
    expect(await sys.call('recordCopies', REC_XY, { action: 'quote', applicationId: a.id, pages: 3 })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    expect(await sys.call('recordCopies', REC_XY, { action: 'worklist', hospitalId: ZZ })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await sys.call('recordCopies', 'demo-billing-zz', { action: 'get', applicationId: a.id })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    const proofId = a.proofs[0].proofId;
    expect(await sys.call('recordCopies', 'demo-patient-2', { action: 'proofLink', proofId })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(await sys.call('recordCopies', REC_XY, { action: 'proofLink', proofId })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect((await sys.ok<{ url: string }>('recordCopies', REC, { action: 'proofLink', proofId })).url).toContain('sig=');
    expect(
      (await sys.ok<{ applications: ApplicationView[] }>('recordCopies', REC, { action: 'worklist', hospitalId: ZZ })).applications.map((x) => x.id),
    ).toEqual([a.id]);
  });
});

describe('the mailing address', () => {
  it('its owner reads the phone masked, the records office in full to ship', async () => {
    const a = await applied();
    expect(a.addressText).toBe('张建国 138****0000 河南省郑州市金水区花园路 100 号 3 号楼 2 单元 501');
    const [row] = (await sys.ok<{ applications: ApplicationView[] }>('recordCopies', REC, { action: 'worklist', hospitalId: ZZ })).applications.filter(
      (x) => x.id === a.id,
    );
    expect(row.addressText).toContain('13800000000');
  });
});

describe('cancelling', () => {
  it('before payment closes the order; a cancel after payment refunds the fee exactly once, however often it is sent', async () => {
    const unpaid = await applied();
    await office('quote', { applicationId: unpaid.id, pages: 10 });
    await sys.ok('recordCopies', PATIENT, { action: 'cancel', applicationId: unpaid.id });
    expect((await sys.ports.db.get<OrderDoc>('orders', `rc-${unpaid.id}`))?.status).toBe('closed');

    const a = (
      await sys.ok<{ application: ApplicationView }>(
        'recordCopies',
        PATIENT,
        application({ requestId: 'req-apply-0009', proofs: [await proof('applicant_id', 8)] }),
      )
    ).application;
    const order = await paid(a);
    const results = await Promise.all(
      [1, 2, 3].map(() => sys.call<{ application: ApplicationView }>('recordCopies', PATIENT, { action: 'cancel', applicationId: a.id })),
    );
    expect(results.filter((r) => r.ok).length).toBeGreaterThan(0);
    await sys.runTimer('recordCopies');
    const refunds = await sys.ports.db.find<RefundDoc>('refunds', { where: { orderId: order._id } });
    expect(refunds.map((r) => [r.amountFen, r.status])).toEqual([[3000, 'succeeded']]);
    expect(await sys.ports.db.get<OrderDoc>('orders', order._id)).toMatchObject({ status: 'refunded', refundedFen: 3000, refundableFen: 0 });
    expect((await sys.ok<{ application: ApplicationView }>('recordCopies', PATIENT, { action: 'get', applicationId: a.id })).application).toMatchObject({
      status: 'cancelled',
      refundText: '费用已原路退回',
    });
  });

  it('after copying, no cancel', async () => {
    const a = await applied();
    await paid(a);
    await office('copied', { applicationId: a.id });
    expect(await sys.call('recordCopies', PATIENT, { action: 'cancel', applicationId: a.id })).toMatchObject({
      ok: false,
      error: { code: 'STATE_CONFLICT', message: '病历已复印，不能取消' },
    });
  });
});

it('the timer deletes the proofs 180 days after the application ended, once', async () => {
  const a = await applied();
  await office('refuse', { applicationId: a.id, reason: '非本院就诊记录' });
  const removed = jest.spyOn(sys.ports.files, 'remove');
  sys.setNow(FROZEN_NOW + 179 * 86_400_000);
  await sys.runTimer('recordCopies');
  expect(removed).not.toHaveBeenCalled();
  sys.setNow(shanghaiInstant('2027-05-25', '09:30'));
  expect(await sys.runTimer('recordCopies')).toMatchObject({ proofsPurged: 1 });
  expect(removed).toHaveBeenCalledTimes(1);
  expect(await sys.ports.db.count('recordProofs')).toBe(0);
  expect(await sys.runTimer('recordCopies')).toMatchObject({ proofsPurged: 0 });
  expect((await sys.ok<{ application: ApplicationView }>('recordCopies', PATIENT, { action: 'get', applicationId: a.id })).application).toMatchObject({
    proofs: [],
    proofsDeleted: true,
  });
});
