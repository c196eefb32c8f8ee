/**
 * 医护到家 on the real in-memory store: the catalogue, a request with its risk screen, the
 * coordinator's assessment, a qualified nurse, payment in the sandbox, the nurse's visit with
 * vitals and the safety button; cancels free, travel fee kept, none after arrival — each refund once.
 */
import type { OrderDoc, RefundDoc } from '../../backend/domain/billing/docs';
import type { CatalogItemView, HomecareView } from '../../miniprogram/shared/dto/homecare';
import type { OutboxDoc } from '../../backend/domain/messages/outbox';
import { startLocalSystem, type LocalSystem } from '../support/local-system';
import { deliver, payInSandbox } from '../support/payment-fixtures';
import { CALM, homecareRequest } from '../support/homecare-fixtures';

const ZZ = 'h-zzcentral';
const PATIENT = 'demo-patient';
const COORD = 'hc-coord-zz1';
const NURSE = 'hc-nurse-zz1';
const JUNIOR = 'hc-nurse-zz2';
const COORD_XY = 'hc-coord-xy1';
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 5, 5]).toString('base64');
const VITALS = { temperature: 36.6, pulse: 78, systolic: 132, diastolic: 84, spo2: 97 };

let sys: LocalSystem;

beforeEach(async () => {
  sys = await startLocalSystem({ adminOpenids: ['platform-admin'] });
  const grant = (openid: string, name: string, role: string, hospitalId = ZZ) =>
    sys.ok('staff', 'platform-admin', { action: 'grant', hospitalId, openid, name, role });
  await grant(COORD, '调度刘芳', 'homecare');
  await grant(NURSE, '护师周琳', 'nurse');
  await grant(JUNIOR, '护士吴倩', 'nurse');
  await grant(COORD_XY, '调度孙伟', 'homecare', 'h-xinyang-county');
  await sys.ok('homecare', 'demo-admin-zz', { action: 'setNurse', hospitalId: ZZ, openid: NURSE, nurseTitle: 'supervisor', practiceSinceYear: 2015 });
  await sys.ok('homecare', 'demo-admin-zz', { action: 'setNurse', hospitalId: ZZ, openid: JUNIOR, nurseTitle: 'senior_nurse', practiceSinceYear: 2023 });
});

const ask = (extra: Record<string, unknown> = {}) => sys.call<{ request: HomecareView }>('homecare', PATIENT, homecareRequest(extra));

async function requested(): Promise<HomecareView> {
  const res = await ask();
  if (!res.ok) throw new Error(res.error.message);
  return res.data.request;
}

async function paidAndAssigned(): Promise<{ id: string; orderId: string }> {
  const r = await requested();
  const { request } = await sys.ok<{ request: HomecareView }>('homecare', COORD, {
    action: 'accept',
    homecareId: r.id,
    assessment: '伤口清洁，无感染征象，可上门',
  });
  const orderId = request.orderId ?? '';
  const { payment } = await sys.ok<{ payment: { outTradeNo: string } }>('orders', PATIENT, { action: 'pay', orderId });
  await deliver(sys, await payInSandbox(sys, payment.outTradeNo));
  await sys.ok('homecare', COORD, { action: 'assign', homecareId: r.id, nurseOpenid: NURSE });
  return { id: r.id, orderId };
}

const refundsOf = (orderId: string) => sys.ports.db.find<RefundDoc>('refunds', { where: { orderId } });
const statusOf = async (id: string) => (await sys.ok<{ request: HomecareView }>('homecare', PATIENT, { action: 'get', homecareId: id })).request;

it("the catalogue lists the services with fees, those needing a doctor's order marked", async () => {
  const { services } = await sys.ok<{ services: CatalogItemView[] }>('homecare', null, { action: 'catalog', hospitalId: ZZ });
  expect(services.map((s) => s.name)).toContain('PICC导管维护');
  expect(services.find((s) => s.code === 'dressing')).toMatchObject({ feeText: '服务费¥80.00 + 上门费¥30.00', needsOrder: false });
  expect(services.find((s) => s.code === 'injection')?.needsOrder).toBe(true);
});

it('the coordinators keep the catalogue: fees and whether offered; only the low-risk services; a request made before keeps its fees', async () => {
  const before = await requested();
  type Staffed = { services: Array<CatalogItemView & { active: boolean }> };
  const { services } = await sys.ok<Staffed>('homecare', COORD, { action: 'services', hospitalId: ZZ });
  expect(services).toHaveLength(7);
  expect(services.every((s) => s.active)).toBe(true);
  const saved = await sys.ok<Staffed>('homecare', COORD, {
    action: 'saveService',
    hospitalId: ZZ,
    code: 'dressing',
    serviceFen: 9000,
    travelFen: 2000,
    active: true,
  });
  expect(saved.services.find((s) => s.code === 'dressing')).toMatchObject({ name: '伤口换药', feeText: '服务费¥90.00 + 上门费¥20.00', active: true });
  await sys.ok('homecare', 'demo-admin-zz', { action: 'saveService', hospitalId: ZZ, code: 'picc', serviceFen: 15000, travelFen: 3000, active: false });
  const { services: offered } = await sys.ok<{ services: CatalogItemView[] }>('homecare', null, { action: 'catalog', hospitalId: ZZ });
  expect(offered.map((s) => s.code)).not.toContain('picc');
  expect(offered.find((s) => s.code === 'dressing')?.feeText).toBe('服务费¥90.00 + 上门费¥20.00');
  expect(await ask({ serviceCode: 'picc', requestId: 'req-hc-picc1' })).toMatchObject({
    ok: false,
    error: { code: 'VALIDATION_FAILED', field: 'serviceCode' },
  });
  expect((await statusOf(before.id)).feeText).toBe(before.feeText);
  expect(
    await sys.call('homecare', COORD, { action: 'saveService', hospitalId: ZZ, code: 'surgery', serviceFen: 1, travelFen: 1, active: true }),
  ).toMatchObject({ ok: false, error: { code: 'VALIDATION_FAILED', field: 'code' } });
  expect(
    await sys.call('homecare', NURSE, { action: 'saveService', hospitalId: ZZ, code: 'dressing', serviceFen: 1, travelFen: 1, active: true }),
  ).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  expect(await sys.call('homecare', COORD_XY, { action: 'services', hospitalId: ZZ })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
});

it('the nurses list shows each title and year of practice, and why one may not visit', async () => {
  const { nurses } = await sys.ok<{ nurses: Array<{ openid: string; problem: string; nurseTitle: string | null; practiceSinceYear: number | null }> }>(
    'homecare',
    'demo-admin-zz',
    { action: 'nurses', hospitalId: ZZ },
  );
  expect(nurses.find((n) => n.openid === NURSE)).toMatchObject({ nurseTitle: 'supervisor', practiceSinceYear: 2015, problem: '' });
  expect(nurses.find((n) => n.openid === JUNIOR)).toMatchObject({
    nurseTitle: 'senior_nurse',
    practiceSinceYear: 2023,
    problem: '居家护理须由执业5年以上的护士承担',
  });
});

describe('requesting', () => {
  it('the risk screen refuses with a reason, recorded', async () => {
    const res = await ask({ risk: { ...CALM, aggression: true } });
    expect(res).toMatchObject({ ok: true, data: { request: { status: 'declined', reason: '家中有人可能危及护士安全，无法上门服务' } } });
  });

  it("a service needing a doctor's order needs its photo; a retry answers the first", async () => {
    expect(await ask({ serviceCode: 'injection' })).toMatchObject({ ok: false, error: { code: 'VALIDATION_FAILED', field: 'doctorOrderPhotoId' } });
    const { photoId } = await sys.ok<{ photoId: string }>('homecare', PATIENT, { action: 'attach', hospitalId: ZZ, image: PNG, requestId: 'req-hc-photo1' });
    const first = await ask({ serviceCode: 'injection', doctorOrderPhotoId: photoId, requestId: 'req-hc-00002' });
    const again = await ask({ serviceCode: 'injection', doctorOrderPhotoId: photoId, requestId: 'req-hc-00002' });
    expect(first).toMatchObject({ ok: true, data: { request: { status: 'requested', statusLabel: '待评估', feeText: '¥80.00' } } });
    expect(again.ok && first.ok && again.data.request.id).toBe(first.ok && first.data.request.id);
    expect(await sys.ports.db.count('homecareRequests')).toBe(1);
  });

  it('the window must be 12 hours to 14 days ahead, 1–4 hours, by day', async () => {
    expect(await ask({ date: '2026-11-25', startTime: '14:00', endTime: '16:00' })).toMatchObject({ ok: false, error: { field: 'date' } });
    expect(await ask({ startTime: '09:00', endTime: '09:30' })).toMatchObject({ ok: false, error: { field: 'endTime' } });
    expect(await ask({ startTime: '06:00', endTime: '08:00' })).toMatchObject({ ok: false, error: { field: 'startTime' } });
  });
});

describe('the visit', () => {
  it('accepted, paid, a qualified nurse assigned (a junior refused), left, started, finished with vitals, rated once', async () => {
    const r = await requested();
    const { request } = await sys.ok<{ request: HomecareView }>('homecare', COORD, { action: 'accept', homecareId: r.id, assessment: '可上门' });
    expect(request).toMatchObject({ status: 'accepted', payable: true });
    const order = await sys.ports.db.get<OrderDoc>('orders', request.orderId ?? '');
    expect(order).toMatchObject({
      kind: 'service',
      totalFen: 11000,
      items: [expect.objectContaining({ amountFen: 8000 }), expect.objectContaining({ name: '上门费', amountFen: 3000 })],
    });
    expect(await sys.call('homecare', COORD, { action: 'assign', homecareId: r.id, nurseOpenid: NURSE })).toMatchObject({
      ok: false,
      error: { code: 'STATE_CONFLICT', message: '支付后才能派护士，护士出发后不能改派' },
    });
    const { payment } = await sys.ok<{ payment: { outTradeNo: string } }>('orders', PATIENT, { action: 'pay', orderId: request.orderId });
    await deliver(sys, await payInSandbox(sys, payment.outTradeNo));
    expect(await sys.call('homecare', COORD, { action: 'assign', homecareId: r.id, nurseOpenid: JUNIOR })).toMatchObject({
      ok: false,
      error: { code: 'STATE_CONFLICT', message: '居家护理须由执业5年以上的护士承担' },
    });
    await sys.ok('homecare', COORD, { action: 'assign', homecareId: r.id, nurseOpenid: NURSE });
    await sys.ok('homecare', COORD, { action: 'reschedule', homecareId: r.id, date: '2026-11-28', startTime: '14:00', endTime: '16:00' });
    expect((await sys.ok<{ requests: HomecareView[] }>('homecare', NURSE, { action: 'tasks', hospitalId: ZZ })).requests.map((x) => x.windowText)).toEqual([
      '2026-11-28 14:00–16:00',
    ]);
    expect(await sys.call('homecare', JUNIOR, { action: 'depart', homecareId: r.id })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    await sys.ok('homecare', NURSE, { action: 'depart', homecareId: r.id });
    await sys.ok('homecare', NURSE, { action: 'start', homecareId: r.id });
    await sys.ok('homecare', NURSE, { action: 'alert', homecareId: r.id, note: '家属情绪激动', requestId: 'req-hc-alert1' });
    expect((await sys.ok<{ alerts: Array<{ nurseName: string; note: string }> }>('homecare', COORD, { action: 'alerts', hospitalId: ZZ })).alerts).toEqual([
      expect.objectContaining({ nurseName: '护师周琳', note: '家属情绪激动' }),
    ]);
    const done = (
      await sys.ok<{ request: HomecareView }>('homecare', NURSE, { action: 'finish', homecareId: r.id, note: '伤口愈合良好，已换药', vitals: VITALS })
    ).request;
    expect(done).toMatchObject({ status: 'finished', vitalsText: '体温36.6℃ 脉搏78次/分 血压132/84mmHg 血氧97%' });
    expect(done.steps.map((s) => `${s.statusLabel}:${s.byName}`)).toEqual([
      '待评估:申请人',
      '待支付:调度刘芳',
      '待派护士:微信支付',
      '已派护士:调度刘芳',
      '已派护士:调度刘芳',
      '护士已出发:护师周琳',
      '服务中:护师周琳',
      '已完成:护师周琳',
    ]);
    const rate = (openid: string, scores: Record<string, number>, comment?: string) =>
      sys.call('feedback', openid, { action: 'rateService', kind: 'homecare', itemId: r.id, scores, ...(comment ? { comment } : {}) });
    expect(await rate('demo-patient-2', { nurse: 5, punctuality: 5 })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(await rate(PATIENT, { nurse: 5 })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION_FAILED', field: 'scores.punctuality', message: '请为“准时到达”打分' },
    });
    expect(await rate(PATIENT, { nurse: 5, punctuality: 4 }, '很专业')).toMatchObject({
      ok: true,
      data: {
        rating: {
          scores: [
            { label: '护理服务', score: 5 },
            { label: '准时到达', score: 4 },
          ],
          comment: '很专业',
        },
      },
    });
    expect(await rate(PATIENT, { nurse: 5, punctuality: 5 })).toMatchObject({ ok: true });
    const stored = await sys.ports.db.get<{ _id: string; createdAt: number }>('feedbackRatings', `rating-homecare-${r.id}`);
    expect(stored).toMatchObject({ kind: 'homecare', departmentName: '上门护理', edits: 1, scores: { nurse: 5, punctuality: 5 } });
    expect((await sys.ok<{ request: HomecareView }>('homecare', PATIENT, { action: 'get', homecareId: r.id })).request.rateable).toBe(true);
    sys.setNow((stored?.createdAt ?? 0) + 7 * 86_400_000);
    expect(await rate(PATIENT, { nurse: 1, punctuality: 1 })).toMatchObject({
      ok: false,
      error: { code: 'STATE_CONFLICT', message: '评价已超过7天，不能再修改' },
    });
  });

  it('another account: NOT_FOUND; a coordinator of another hospital: FORBIDDEN', async () => {
    const r = await requested();
    expect(await sys.call('homecare', 'demo-patient-2', { action: 'get', homecareId: r.id })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(await sys.call('homecare', 'demo-patient-2', { action: 'cancel', homecareId: r.id })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(await sys.call('homecare', COORD_XY, { action: 'accept', homecareId: r.id, assessment: '可' })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    expect(await sys.call('homecare', COORD_XY, { action: 'worklist', hospitalId: ZZ })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });
});

describe('cancelling', () => {
  it('before the nurse leaves: everything back, once, however often it is sent', async () => {
    const { id, orderId } = await paidAndAssigned();
    await Promise.all([1, 2, 3].map(() => sys.call('homecare', PATIENT, { action: 'cancel', homecareId: id })));
    await sys.runTimer('homecare');
    expect((await refundsOf(orderId)).map((r) => [r.amountFen, r.status])).toEqual([[11000, 'succeeded']]);
    expect(await statusOf(id)).toMatchObject({ status: 'cancelled', refundText: '费用已原路退回' });
  });

  it('after the nurse left: the travel fee is kept, the service fee refunded once', async () => {
    const { id, orderId } = await paidAndAssigned();
    await sys.ok('homecare', NURSE, { action: 'depart', homecareId: id });
    expect((await statusOf(id)).cancelNote).toBe('护士已出发，取消后退回服务费¥80.00，上门费¥30.00不退');
    await sys.ok('homecare', PATIENT, { action: 'cancel', homecareId: id });
    await sys.ok('homecare', PATIENT, { action: 'cancel', homecareId: id });
    await sys.runTimer('homecare');
    expect((await refundsOf(orderId)).map((r) => r.amountFen)).toEqual([8000]);
    expect(await sys.ports.db.get<OrderDoc>('orders', orderId)).toMatchObject({ status: 'partially_refunded', refundedFen: 8000 });
  });

  it('after arrival: no cancel; unpaid: the order is closed, nothing refunded', async () => {
    const { id } = await paidAndAssigned();
    await sys.ok('homecare', NURSE, { action: 'depart', homecareId: id });
    await sys.ok('homecare', NURSE, { action: 'start', homecareId: id });
    expect(await sys.call('homecare', PATIENT, { action: 'cancel', homecareId: id })).toMatchObject({
      ok: false,
      error: { code: 'STATE_CONFLICT', message: '护士已到达，不能取消' },
    });
    const second = await ask({ requestId: 'req-hc-00009' });
    if (!second.ok) throw new Error(second.error.message);
    const other = second.data.request;
    const { request } = await sys.ok<{ request: HomecareView }>('homecare', COORD, { action: 'accept', homecareId: other.id, assessment: '可' });
    await sys.ok('homecare', PATIENT, { action: 'cancel', homecareId: other.id });
    expect((await sys.ports.db.get<OrderDoc>('orders', request.orderId ?? ''))?.status).toBe('closed');
    expect(await refundsOf(request.orderId ?? '')).toEqual([]);
  });
});

describe('where: the home on the map, the arrival by location', () => {
  it('the home marked on the map reaches the nurse; the start records where the nurse checked in and how far from the home', async () => {
    const home = { latitude: 34.7925, longitude: 113.6654 };
    const res = await ask({ location: home, requestId: 'req-hc-loc001' });
    if (!res.ok) throw new Error(res.error.message);
    const id = res.data.request.id;
    await sys.ok('homecare', COORD, { action: 'accept', homecareId: id, assessment: '可上门' });
    const { request } = await sys.ok<{ request: HomecareView }>('homecare', PATIENT, { action: 'get', homecareId: id });
    const { payment } = await sys.ok<{ payment: { outTradeNo: string } }>('orders', PATIENT, { action: 'pay', orderId: request.orderId });
    await deliver(sys, await payInSandbox(sys, payment.outTradeNo));
    await sys.ok('homecare', COORD, { action: 'assign', homecareId: id, nurseOpenid: NURSE });
    const task = (await sys.ok<{ requests: HomecareView[] }>('homecare', NURSE, { action: 'tasks', hospitalId: ZZ })).requests[0];
    expect(task.homeLocation).toEqual(home);
    await sys.ok('homecare', NURSE, { action: 'depart', homecareId: id });
    const started = (
      await sys.ok<{ request: HomecareView }>('homecare', NURSE, { action: 'start', homecareId: id, location: { latitude: 34.7934, longitude: 113.6654 } })
    ).request;
    expect(started.arrivalText).toBe('到达打卡：距患者家约100米');
    expect((await sys.ok<{ request: HomecareView }>('homecare', COORD, { action: 'get', homecareId: id })).request.arrivalText).toBe(
      '到达打卡：距患者家约100米',
    );
  });

  it('without a position the start still goes, recorded as such', async () => {
    const { id } = await paidAndAssigned();
    expect((await statusOf(id)).homeLocation).toBeNull();
    await sys.ok('homecare', NURSE, { action: 'depart', homecareId: id });
    const started = (await sys.ok<{ request: HomecareView }>('homecare', NURSE, { action: 'start', homecareId: id })).request;
    expect(started.arrivalText).toBe('到达打卡：未取得位置');
  });
});

describe('content security (as in consultation)', () => {
  it('a refused condition or rating comment is answered with the reason and not stored', async () => {
    expect(await ask({ condition: '加微信返现了解一下', requestId: 'req-hc-cs001' })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION_FAILED', field: 'condition', message: '内容含有广告信息，未能发送，请修改后再试' },
    });
    expect(await sys.ports.db.count('homecareRequests')).toBe(0);
    const { id } = await paidAndAssigned();
    await sys.ok('homecare', NURSE, { action: 'depart', homecareId: id });
    await sys.ok('homecare', NURSE, { action: 'start', homecareId: id });
    await sys.ok('homecare', NURSE, { action: 'finish', homecareId: id, note: '已换药', vitals: VITALS });
    expect(
      await sys.call('feedback', PATIENT, {
        action: 'rateService',
        kind: 'homecare',
        itemId: id,
        scores: { nurse: 1, punctuality: 1 },
        comment: '护士是个王八蛋',
      }),
    ).toMatchObject({ ok: false, error: { code: 'VALIDATION_FAILED', field: 'comment' } });
    expect(await sys.ports.db.count('feedbackRatings')).toBe(0);
  });
});

describe('the safety button', () => {
  it('reaches the coordinators with where the nurse is: listed on the board, and a subscribe message to each who consented', async () => {
    const { id } = await paidAndAssigned();
    await sys.ok('reminders', COORD, { action: 'consent', hospitalId: ZZ, results: [{ templateId: 'demo-homecare-alert', result: 'accept' }] });
    await sys.ok('homecare', NURSE, { action: 'depart', homecareId: id });
    const at = { latitude: 34.7925, longitude: 113.6654 };
    await sys.ok('homecare', NURSE, { action: 'alert', homecareId: id, note: '家属情绪激动', location: at, requestId: 'req-hc-alert9' });
    await sys.ok('homecare', NURSE, { action: 'alert', homecareId: id, note: '家属情绪激动', location: at, requestId: 'req-hc-alert9' });
    const { alerts } = await sys.ok<{ alerts: Array<{ nurseName: string; location: typeof at | null; place: string }> }>('homecare', COORD, {
      action: 'alerts',
      hospitalId: ZZ,
    });
    expect(alerts).toEqual([expect.objectContaining({ nurseName: '护师周琳', location: at, place: '河南省郑州市金水区花园路100号' })]);
    const queued = await sys.ports.db.find<OutboxDoc>('outbox', { where: { kind: 'homecare_alert' } });
    expect(queued.map((m) => m.openid).sort()).toEqual([COORD, 'demo-admin-zz', 'demo-homecare-zz'].sort());
    expect(queued.every((m) => m.page === `staff/homecare-request/index?id=${id}`)).toBe(true);
    await sys.runTimer('reminders');
    expect(sys.ports.sender.delivered.filter((d) => d.templateId === 'demo-homecare-alert')).toEqual([
      expect.objectContaining({ touser: COORD, data: expect.objectContaining({ name1: { value: '护师周琳' }, thing2: { value: '家属情绪激动' } }) }),
    ]);
  });
});

describe('satisfaction', () => {
  it("a rated home visit counts in the admin's month as 上门护理, by the visit's month, on 护理服务 and 准时到达", async () => {
    const { id } = await paidAndAssigned();
    await sys.ok('homecare', NURSE, { action: 'depart', homecareId: id });
    await sys.ok('homecare', NURSE, { action: 'start', homecareId: id });
    await sys.ok('homecare', NURSE, { action: 'finish', homecareId: id, note: '已换药', vitals: VITALS });
    type Stats = {
      total: number;
      departments: Array<{ departmentId: string; departmentName: string; count: number; averages: Record<string, number | null>; satisfiedPercent: number }>;
    };
    const before = await sys.ok<Stats>('feedback', 'demo-admin-zz', { action: 'stats', hospitalId: ZZ, month: '2026-11' });
    expect(before.departments.find((d) => d.departmentId === 'homecare')).toBeUndefined();
    await sys.ok('feedback', PATIENT, { action: 'rateService', kind: 'homecare', itemId: id, scores: { nurse: 4, punctuality: 5 }, comment: '准时' });
    const after = await sys.ok<Stats>('feedback', 'demo-admin-zz', { action: 'stats', hospitalId: ZZ, month: '2026-11' });
    expect(after.total).toBe(before.total + 1);
    expect(after.departments.find((d) => d.departmentId === 'homecare')).toEqual({
      departmentId: 'homecare',
      departmentName: '上门护理',
      count: 1,
      averages: { doctor: null, nurse: 4, waiting: null, environment: null, payment: null, response: null, speed: null, packaging: null, punctuality: 5 },
      satisfiedPercent: 100,
    });
    expect((await sys.ok<Stats>('feedback', 'demo-admin-zz', { action: 'stats', hospitalId: ZZ, month: '2026-12' })).departments).toEqual([]);
  });
});
