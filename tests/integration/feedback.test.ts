/**
 * 就医反馈 on the real in-memory store: rating a completed visit once (editable for 7 days),
 * complaints with their working-day deadline, the service desk's worklist, claims under retries
 * and races, private photos, the overdue timer, satisfaction figures and 你说我改, and who may see what.
 */
import type { ComplaintView, ImprovementView, RatingView } from '../../miniprogram/shared/dto/feedback';
import type { DepartmentSatisfaction } from '../../miniprogram/shared/dto/feedback';
import { shanghaiInstant } from '../../miniprogram/shared/time';
import type { OutboxDoc } from '../../backend/domain/messages/outbox';
import { startLocalSystem, type LocalSystem } from '../support/local-system';
import { deliver, payInSandbox, startPaidBookingToday, type PaidBooking } from '../support/payment-fixtures';

const ZZ = 'h-zzcentral';
const PATIENT = 'demo-patient';
const SERVICE = 'svc-zz-0001';
const SERVICE_XY = 'svc-xy-0001';
const SCORES = { doctor: 5, nurse: 4, waiting: 3, environment: 5, payment: 4 };
/** The smallest valid PNG header and a few bytes: enough for the type check. */
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3, 4]).toString('base64');

let sys: LocalSystem;

beforeEach(async () => {
  sys = await startLocalSystem({ adminOpenids: ['platform-admin'] });
  await sys.ok('staff', 'demo-admin-zz', { action: 'grant', hospitalId: ZZ, openid: SERVICE, name: '客服李敏', role: 'service' });
  await sys.ok('staff', 'platform-admin', { action: 'grant', hospitalId: 'h-xinyang-county', openid: SERVICE_XY, name: '客服王强', role: 'service' });
});

/** A visit of demo-patient completed by the doctor (started by `booked` when given). */
async function completedVisit(booked?: PaidBooking): Promise<string> {
  const b = booked ?? (await startPaidBookingToday(sys));
  await deliver(sys, await payInSandbox(sys, b.outTradeNo));
  await sys.ok('clinic', 'demo-doctor-zz', { action: 'completeVisit', appointmentId: b.appointmentId, diagnosis: '原发性高血压' });
  return b.appointmentId;
}

const complain = (extra: Record<string, unknown> = {}, requestId = 'req-cmp-0001') =>
  sys.ok<{ complaint: ComplaintView }>('feedback', PATIENT, {
    action: 'complain',
    hospitalId: ZZ,
    category: 'service',
    text: '挂号窗口排队太久，工作人员态度冷淡',
    requestId,
    ...extra,
  });

describe('rating a visit', () => {
  it('only a completed visit, once, editable for 7 days, then refused', async () => {
    const b = await startPaidBookingToday(sys);
    expect(await sys.call('feedback', PATIENT, { action: 'rate', appointmentId: b.appointmentId, scores: SCORES })).toMatchObject({
      ok: false,
      error: { code: 'STATE_CONFLICT', message: '就诊完成后才能评价' },
    });
    const id = await completedVisit(b);
    const { rating } = await sys.ok<{ rating: RatingView }>('feedback', PATIENT, {
      action: 'rate',
      appointmentId: id,
      scores: SCORES,
      comment: '陈医生讲解很细致',
    });
    expect(rating.scores.map((s) => `${s.label}${s.score}`)).toEqual(['医生诊疗5', '护理服务4', '候诊时间3', '就医环境5', '缴费便捷4']);
    expect(rating.editable).toBe(true);
    sys.setNow(shanghaiInstant('2026-12-02', '09:29'));
    await sys.ok('feedback', PATIENT, { action: 'rate', appointmentId: id, scores: { ...SCORES, waiting: 1 } });
    expect(await sys.ports.db.count('feedbackRatings')).toBe(1);
    expect(await sys.ports.db.get<{ _id: string; edits: number; scores: { waiting: number } }>('feedbackRatings', `rating-${id}`)).toMatchObject({
      edits: 1,
      scores: { waiting: 1 },
    });
    sys.setNow(shanghaiInstant('2026-12-02', '09:30'));
    expect(await sys.call('feedback', PATIENT, { action: 'rate', appointmentId: id, scores: SCORES })).toMatchObject({
      ok: false,
      error: { code: 'STATE_CONFLICT', message: '评价已超过7天，不能再修改' },
    });
  });

  it('another account cannot rate or read it; bad stars are refused', async () => {
    const id = await completedVisit();
    expect(await sys.call('feedback', 'demo-patient-2', { action: 'rate', appointmentId: id, scores: SCORES })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
    expect(await sys.call('feedback', 'demo-patient-2', { action: 'myRating', appointmentId: id })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(await sys.call('feedback', PATIENT, { action: 'rate', appointmentId: id, scores: { ...SCORES, doctor: 6 } })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION_FAILED', field: 'scores.doctor' },
    });
  });

  it('two ratings racing make one document', async () => {
    const id = await completedVisit();
    await Promise.all([1, 2, 3].map((n) => sys.call('feedback', PATIENT, { action: 'rate', appointmentId: id, scores: { ...SCORES, doctor: n } })));
    expect(await sys.ports.db.count('feedbackRatings')).toBe(1);
  });

  it("the visits to rate, and the admin's monthly figures per department", async () => {
    const id = await completedVisit();
    expect((await sys.ok<{ visits: Array<{ appointmentId: string; rated: boolean }> }>('feedback', PATIENT, { action: 'myVisits' })).visits).toEqual([
      expect.objectContaining({ appointmentId: id, rated: false }),
    ]);
    await sys.ok('feedback', PATIENT, { action: 'rate', appointmentId: id, scores: SCORES });
    const month = (await sys.ports.db.get<{ _id: string; month: string }>('feedbackRatings', `rating-${id}`))?.month;
    const stats = await sys.ok<{ total: number; departments: DepartmentSatisfaction[] }>('feedback', 'demo-admin-zz', {
      action: 'stats',
      hospitalId: ZZ,
      month,
    });
    expect(stats.total).toBe(1);
    expect(stats.departments[0]).toMatchObject({ departmentName: '心血管内科', count: 1, averages: SCORES, satisfiedPercent: 0 });
    expect(await sys.call('feedback', SERVICE, { action: 'stats', hospitalId: ZZ })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });
});

describe('complaints', () => {
  it('are received with a deadline of 5 working days; a retry answers the first', async () => {
    const { complaint } = await complain();
    expect(complaint).toMatchObject({
      status: 'received',
      statusLabel: '已受理',
      limitDays: 5,
      dueAt: shanghaiInstant('2026-12-03'),
      dueText: '2026-12-02 23:59',
      daysLeft: 5,
    });
    expect(complaint.clock.map((s) => `${s.label}${s.done ? '✓' : ''}`)).toEqual(['已受理✓', '处理中', '已答复']);
    const again = await complain();
    expect(again.complaint.id).toBe(complaint.id);
    expect(await sys.ports.db.count('complaints')).toBe(1);
  });

  it("about a visit take its department; another account's visit is NOT_FOUND", async () => {
    const id = await completedVisit();
    expect((await complain({ appointmentId: id })).complaint.departmentName).toBe('心血管内科');
    expect(
      await sys.call('feedback', 'demo-patient-2', {
        action: 'complain',
        hospitalId: ZZ,
        category: 'fees',
        text: '收费有误',
        appointmentId: id,
        requestId: 'req-cmp-0002',
      }),
    ).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });

  it('the service desk assigns (several departments: 10 working days), answers and closes; every step says who and when', async () => {
    const { complaint } = await complain();
    const assigned = await sys.ok<{ complaint: ComplaintView }>('feedback', SERVICE, {
      action: 'assign',
      complaintId: complaint.id,
      handler: '门诊部、收费处',
      multiDepartment: true,
    });
    expect(assigned.complaint).toMatchObject({ status: 'handling', limitDays: 10, dueAt: shanghaiInstant('2026-12-10') });
    const answered = await sys.ok<{ complaint: ComplaintView }>('feedback', SERVICE, {
      action: 'answer',
      complaintId: complaint.id,
      text: '已加开窗口并对相关人员批评教育',
    });
    expect(answered.complaint).toMatchObject({ status: 'answered', answer: '已加开窗口并对相关人员批评教育' });
    const mine = await sys.ok<{ complaints: ComplaintView[] }>('feedback', PATIENT, { action: 'myComplaints' });
    expect(mine.complaints[0].clock.every((s) => s.done)).toBe(true);
    expect(mine.complaints[0].steps.map((s) => `${s.statusLabel}:${s.byName}:${s.atText}`)).toEqual([
      '已受理:患者:2026-11-25 09:30',
      '处理中:客服李敏:2026-11-25 09:30',
      '已答复:客服李敏:2026-11-25 09:30',
    ]);
    await sys.ok('feedback', SERVICE, { action: 'close', complaintId: complaint.id });
    expect(await sys.call('feedback', SERVICE, { action: 'assign', complaintId: complaint.id, handler: '医务科', multiDepartment: false })).toMatchObject({
      ok: false,
      error: { code: 'STATE_CONFLICT' },
    });
  });

  it('an answer retried is the same answer; racing answers change it once', async () => {
    const { complaint } = await complain();
    const results = await Promise.all(
      ['答复甲', '答复乙', '答复甲'].map((text) => sys.call('feedback', SERVICE, { action: 'answer', complaintId: complaint.id, text })),
    );
    const c = (await sys.ok<{ complaint: ComplaintView }>('feedback', PATIENT, { action: 'complaint', complaintId: complaint.id })).complaint;
    expect(c.steps.filter((s) => s.statusLabel === '已答复')).toHaveLength(1);
    for (const r of results) if (r.ok) expect((r.data as { complaint: ComplaintView }).complaint.answer).toBe(c.answer);
    expect(await sys.call('feedback', SERVICE, { action: 'answer', complaintId: complaint.id, text: c.answer })).toMatchObject({ ok: true });
  });

  it('the worklist is sorted by deadline; answered ones wait to be closed', async () => {
    const first = (await complain({}, 'req-cmp-0001')).complaint;
    sys.setNow(shanghaiInstant('2026-11-23', '09:00'));
    const earlier = (await complain({}, 'req-cmp-0002')).complaint;
    sys.setNow(shanghaiInstant('2026-11-26', '09:00'));
    const third = (await complain({}, 'req-cmp-0003')).complaint;
    await sys.ok('feedback', SERVICE, { action: 'answer', complaintId: third.id, text: '已处理' });
    const list = await sys.ok<{ complaints: ComplaintView[]; answered: ComplaintView[] }>('feedback', SERVICE, { action: 'worklist', hospitalId: ZZ });
    expect(list.complaints.map((c) => c.id)).toEqual([earlier.id, first.id]);
    expect(list.answered.map((c) => c.id)).toEqual([third.id]);
  });

  it('overdue complaints are escalated once by the timer and listed for the admin', async () => {
    const { complaint } = await complain();
    await sys.runTimer('feedback');
    expect(await sys.ports.db.count('auditLog', { action: 'complaintOverdue' })).toBe(0);
    sys.setNow(shanghaiInstant('2026-12-03', '00:01'));
    expect(await sys.runTimer('feedback')).toEqual({ escalated: 1, failed: 0 });
    expect(await sys.runTimer('feedback')).toEqual({ escalated: 0, failed: 0 });
    const { complaints } = await sys.ok<{ complaints: ComplaintView[] }>('feedback', 'demo-admin-zz', { action: 'overdue', hospitalId: ZZ });
    expect(complaints).toEqual([expect.objectContaining({ id: complaint.id, overdue: true, escalated: true, daysLeft: -1 })]);
    expect(await sys.ports.db.count('auditLog', { action: 'complaintOverdue' })).toBe(1);
  });

  it('an escalation reaches the admin as a subscribe message when the admin consented, once', async () => {
    const { complaint } = await complain();
    await sys.ok('reminders', 'demo-admin-zz', { action: 'consent', hospitalId: ZZ, results: [{ templateId: 'demo-complaint-overdue', result: 'accept' }] });
    sys.setNow(shanghaiInstant('2026-12-03', '00:01'));
    await sys.runTimer('feedback');
    await sys.runTimer('feedback');
    const queued = await sys.ports.db.find<OutboxDoc>('outbox', { where: { kind: 'complaint_overdue' } });
    expect(queued.map((m) => [m.openid, m.page])).toEqual([['demo-admin-zz', `staff/complaint/index?id=${complaint.id}`]]);
    await sys.runTimer('reminders');
    expect(sys.ports.sender.delivered.filter((d) => d.templateId === 'demo-complaint-overdue')).toEqual([
      expect.objectContaining({
        touser: 'demo-admin-zz',
        data: expect.objectContaining({ thing1: { value: '服务态度' }, time2: { value: '2026年12月02日 23:59' } }),
      }),
    ]);
  });

  it('the hospital sets its limits', async () => {
    await sys.ok('feedback', 'demo-admin-zz', { action: 'saveRules', hospitalId: ZZ, singleDays: 3, multiDays: 8 });
    expect((await complain()).complaint).toMatchObject({ limitDays: 3, dueAt: shanghaiInstant('2026-12-01') });
    expect(await sys.call('feedback', 'demo-admin-zz', { action: 'saveRules', hospitalId: ZZ, singleDays: 9, multiDays: 8 })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION_FAILED', field: 'multiDays' },
    });
  });

  it('another account gets NOT_FOUND; staff of another hospital or without the role get FORBIDDEN', async () => {
    const { complaint } = await complain();
    expect(await sys.call('feedback', 'demo-patient-2', { action: 'complaint', complaintId: complaint.id })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
    expect(await sys.call('feedback', 'demo-patient-2', { action: 'answer', complaintId: complaint.id, text: '好' })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
    expect(await sys.call('feedback', 'demo-editor-xy', { action: 'answer', complaintId: complaint.id, text: '好' })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    expect(await sys.call('feedback', 'demo-billing-zz', { action: 'complaint', complaintId: complaint.id })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    expect(await sys.call('feedback', SERVICE_XY, { action: 'worklist', hospitalId: ZZ })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await sys.call('feedback', SERVICE_XY, { action: 'close', complaintId: complaint.id })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await sys.call('feedback', 'demo-admin-zz', { action: 'answer', complaintId: complaint.id, text: '管理员答复' })).toMatchObject({ ok: true });
  });
});

describe('photos', () => {
  it('are private: the uploader and the service desk get a signed link; others do not', async () => {
    const { photoId } = await sys.ok<{ photoId: string }>('feedback', PATIENT, { action: 'attach', hospitalId: ZZ, image: PNG, requestId: 'req-photo-001' });
    const { complaint } = await complain({ photoIds: [photoId] });
    expect(complaint.photoIds).toEqual([photoId]);
    const path = (await sys.ports.db.get<{ _id: string; filePath: string }>('feedbackPhotos', photoId))?.filePath ?? '';
    expect(path).toMatch(/\/private\/complaints\/h-zzcentral\/[0-9a-f]{32}\.png$/);
    for (const who of [PATIENT, SERVICE]) expect((await sys.ok<{ url: string }>('feedback', who, { action: 'photoLink', photoId })).url).toContain('sig=');
    expect(await sys.call('feedback', 'demo-patient-2', { action: 'photoLink', photoId })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(await sys.call('feedback', 'demo-editor-xy', { action: 'photoLink', photoId })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });

  it("only JPG or PNG; another account's photo cannot be attached", async () => {
    expect(
      await sys.call('feedback', PATIENT, {
        action: 'attach',
        hospitalId: ZZ,
        image: Buffer.from('<svg onload=alert(1)>').toString('base64'),
        requestId: 'req-photo-002',
      }),
    ).toMatchObject({ ok: false, error: { code: 'VALIDATION_FAILED', field: 'image' } });
    const { photoId } = await sys.ok<{ photoId: string }>('feedback', 'demo-patient-2', {
      action: 'attach',
      hospitalId: ZZ,
      image: PNG,
      requestId: 'req-photo-003',
    });
    expect(
      await sys.call('feedback', PATIENT, {
        action: 'complain',
        hospitalId: ZZ,
        category: 'other',
        text: '附图',
        photoIds: [photoId],
        requestId: 'req-cmp-0009',
      }),
    ).toMatchObject({ ok: false, error: { code: 'NOT_FOUND', field: 'photoIds' } });
  });
});

it('你说我改: service staff write the changes, anyone reads them', async () => {
  await sys.ok('feedback', SERVICE, {
    action: 'addChange',
    hospitalId: ZZ,
    title: '挂号窗口延长服务时间',
    text: '根据患者建议，自12月1日起挂号窗口提前至7:30开放。',
    departmentName: '门诊部',
    requestId: 'req-change-001',
  });
  await sys.ok('feedback', SERVICE, {
    action: 'addChange',
    hospitalId: ZZ,
    title: '挂号窗口延长服务时间',
    text: '根据患者建议，自12月1日起挂号窗口提前至7:30开放。',
    departmentName: '门诊部',
    requestId: 'req-change-001',
  });
  const { changes } = await sys.ok<{ changes: ImprovementView[] }>('feedback', null, { action: 'changes', hospitalId: ZZ });
  expect(changes).toEqual([expect.objectContaining({ title: '挂号窗口延长服务时间', departmentName: '门诊部', publishedText: '2026-11-25' })]);
  expect(await sys.call('feedback', PATIENT, { action: 'addChange', hospitalId: ZZ, title: 't', text: 'x', requestId: 'req-change-002' })).toMatchObject({
    ok: false,
    error: { code: 'FORBIDDEN' },
  });
  expect(await sys.call('feedback', SERVICE_XY, { action: 'addChange', hospitalId: ZZ, title: 't', text: 'x', requestId: 'req-change-003' })).toMatchObject({
    ok: false,
    error: { code: 'FORBIDDEN' },
  });
});

describe('content security (as in consultation: WeChat in the cloud, the word list here)', () => {
  it('a refused complaint, rating comment or published change is answered with the reason and not stored', async () => {
    expect(
      await sys.call('feedback', PATIENT, { action: 'complain', hospitalId: ZZ, category: 'other', text: '加微信返现了解一下', requestId: 'req-cs-cmp01' }),
    ).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION_FAILED', field: 'text', message: '内容含有广告信息，未能发送，请修改后再试' },
    });
    expect(await sys.ports.db.count('complaints')).toBe(0);
    const id = await completedVisit();
    expect(await sys.call('feedback', PATIENT, { action: 'rate', appointmentId: id, scores: SCORES, comment: '医生是个王八蛋' })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION_FAILED', field: 'comment' },
    });
    expect(await sys.ports.db.count('feedbackRatings')).toBe(0);
    expect(
      await sys.call('feedback', SERVICE, { action: 'addChange', hospitalId: ZZ, title: '加微信返现了解一下', text: '详情', requestId: 'req-cs-chg01' }),
    ).toMatchObject({ ok: false, error: { code: 'VALIDATION_FAILED', field: 'title' } });
    expect(await sys.ports.db.count('improvements')).toBe(0);
  });
});
