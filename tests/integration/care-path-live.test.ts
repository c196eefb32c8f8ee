/**
 * `queue.carePath` on the seeded store: the stops of a real visit day (booked, completed with HIS
 * orders, an exam booked) in the best order, the waits of the live queues — the same numbers the
 * queue status page shows — re-planned as patients check in and are called, and the stops done
 * within the day from the real state (paid, sampled, dispensed).
 */
import type { CarePathView, CareStopKind } from '../../miniprogram/shared/dto/navigation';
import type { QueueStatus } from '../../miniprogram/shared/dto/queue';
import { DEFAULT_STATS, etaForSession, etaText } from '../../backend/domain/queue/eta';
import { makePeople, requestIdOf } from '../support/booking-fixtures';
import { afterTheVisit, completeAsItsDoctor, payVisitOrders, slotToday, visitToday } from '../support/care-day';
import { startLocalSystem, FROZEN_NOW, type LocalSystem } from '../support/local-system';

const ME = 'demo-patient';
const TODAY = '2026-11-25';
const NURSE = 'demo-nurse-zz';
let sys: LocalSystem;

const carePath = (appointmentId: string, openid = ME) => sys.call<CarePathView>('queue', openid, { action: 'carePath', appointmentId });
const planned = (appointmentId: string) => sys.ok<CarePathView>('queue', ME, { action: 'carePath', appointmentId });
const stopOf = (p: CarePathView, kind: CareStopKind) => p.stops.find((s) => s.kind === kind);

describe('the care path of a visit day', () => {
  let examStart = 0;
  let visitId = '';

  beforeAll(async () => {
    sys = await startLocalSystem();
    visitId = await visitToday(sys);
  });

  it('before the visit: the visit itself, at its department, no earlier than its time, nobody queuing', async () => {
    const res = await carePath(visitId);
    if (!res.ok) throw new Error(res.error.message);
    expect(res.data.stops).toHaveLength(1);
    expect(res.data.stops[0]).toMatchObject({ kind: 'visit', place: '门诊楼4楼C区', pointId: 'zz-op-4c', queueText: '无需排队' });
    expect(res.data.done).toEqual([]);
    expect(res.data.exact).toBe(true);
  });

  it('another account’s appointment is NOT_FOUND; without an openid UNAUTHENTICATED; the navigation function no longer plans it', async () => {
    expect(await carePath(visitId, 'demo-patient-2')).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(await carePath('appt-nowhere')).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(await sys.call('queue', ME, { action: 'carePath', appointmentId: visitId, from: 'x-nowhere' })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND', field: 'from' },
    });
    expect(await carePath(visitId, null as unknown as string)).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
    expect(await sys.call('navigation', ME, { action: 'carePath', appointmentId: visitId })).toMatchObject({ ok: false });
  });

  it('after the visit: pay first, fasting tests before the pharmacy, 回诊 once the results are out', async () => {
    examStart = (await slotToday(sys, { ownerId: 'res-zz-us-abd' })).start;
    await afterTheVisit(sys, visitId);
    const res = await planned(visitId);
    const kinds = res.stops.map((s) => s.kind);
    expect([...kinds].sort()).toEqual(['blood', 'cashier', 'pharmacy', 'revisit', 'ultrasound']);
    const at = (k: CareStopKind) => kinds.indexOf(k);
    expect(at('cashier')).toBeLessThan(at('blood'));
    expect(at('cashier')).toBeLessThan(at('pharmacy'));
    expect(at('blood')).toBeLessThan(at('pharmacy'));
    expect(at('ultrasound')).toBeLessThan(at('pharmacy'));
    expect(at('revisit')).toBeGreaterThan(Math.max(at('blood'), at('ultrasound')));
    const ultrasound = res.stops[at('ultrasound')];
    expect(ultrasound.place).toBe('医技楼2楼超声科');
    expect(ultrasound.etaMinutes).toBeGreaterThanOrEqual(Math.floor((examStart - FROZEN_NOW) / 60_000));
    expect(res.stops[at('blood')].notes).toContain('需空腹，先做');
    expect(res.stops.map((s) => s.fromPointId)).toEqual(['zz-gate-main', ...res.stops.slice(0, -1).map((s) => s.pointId)]);
    expect(res.totalMinutes).toBeGreaterThanOrEqual(res.stops[res.stops.length - 1].etaMinutes);
    expect(res.done).toEqual([{ kind: 'visit', label: '就诊', place: '门诊楼4楼C区' }]);
  });

  it('an exam from an order keeps its room’s hours today: the CT room closes at its last slot', async () => {
    const other = await visitToday(sys, 2, 'pat-demo-zhang-mother');
    await completeAsItsDoctor(sys, other, '咳嗽两周');
    const ctSlots = await sys.ports.db.find<{ _id: string; end: number }>('slots', {
      where: { ownerId: 'res-zz-ct', date: TODAY },
      orderBy: [['start', 'desc']],
      limit: 1,
    });
    const ct = (p: CarePathView) => stopOf(p, 'ct')!;
    const morning = await planned(other);
    expect(ct(morning)).toMatchObject({ place: '医技楼1楼CT室', late: false, notes: ['胸部CT平扫', '缴费后'], queueText: '无需排队' });
    sys.setNow(ctSlots[0].end + 60_000);
    const evening = await planned(other);
    sys.setNow(FROZEN_NOW);
    expect(ct(evening).late).toBe(true);
  });

  it('marks stops done within the day from the real state: paid, sampled, dispensed', async () => {
    await payVisitOrders(sys, visitId);
    const paid = await planned(visitId);
    expect(paid.done.map((d) => d.kind)).toEqual(['visit', 'cashier']);
    expect(paid.stops.map((s) => s.kind)).not.toContain('cashier');
    expect(paid.stops.map((s) => s.kind)).toContain('blood');
    sys.setNow(FROZEN_NOW + 20 * 60_000);
    await sys.ok('records', ME, { action: 'reports', patientId: 'pat-demo-zhang' });
    await sys.ok('records', ME, { action: 'prescriptions', patientId: 'pat-demo-zhang' });
    const later = await planned(visitId);
    sys.setNow(FROZEN_NOW);
    expect(later.done.map((d) => d.kind).sort()).toEqual(['blood', 'cashier', 'pharmacy', 'visit']);
    expect(later.stops.map((s) => s.kind).sort()).toEqual(['revisit', 'ultrasound']);
  });
});

describe('waits from the live queue', () => {
  let mine = '';
  let others: Array<{ openid: string; id: string }> = [];
  let ownerId = '';

  beforeAll(async () => {
    sys = await startLocalSystem();
    const slot = await slotToday(sys, { departmentId: 'd-zz-geri' });
    ownerId = slot.ownerId;
    const people = await makePeople(sys, 3, 'care-live');
    others = [];
    for (const [n, p] of people.entries()) {
      const { id } = await sys.ok<{ id: string }>('booking', p.openid, {
        action: 'book',
        slotId: slot._id,
        patientId: p.patientId,
        requestId: requestIdOf(`care-live-${n}`),
      });
      others.push({ openid: p.openid, id });
    }
    mine = await visitToday(sys);
    await sys.ports.db.update('nurseAreas', { _id: `na-${NURSE}-h-zzcentral` }, { set: { departmentIds: ['d-zz-cardio', 'd-zz-resp', 'd-zz-geri'] } });
  });

  it('places the patient by the queue’s rules before check-in and predicts the session’s ETA', async () => {
    for (const o of others) await sys.ok('clinic', NURSE, { action: 'checkIn', appointmentId: o.id });
    const visit = stopOf(await planned(mine), 'visit')!;
    const eta = etaForSession(3, DEFAULT_STATS);
    expect(visit.queueText).toBe(`前面3人，${etaText(eta)}`);
    expect(visit.uncertain).toBe(eta.uncertain);
    expect(visit.waitMinutes).toBeGreaterThanOrEqual(eta.p50 - 1);
  });

  it('once checked in, says what the queue status page says, and follows every call', async () => {
    await sys.ok('clinic', NURSE, { action: 'checkIn', appointmentId: mine });
    const agree = async (ahead: number, inRoom: number) => {
      const status = await sys.ok<QueueStatus>('queue', ME, { action: 'status', appointmentId: mine });
      expect(status.ahead).toBe(ahead);
      const visit = stopOf(await planned(mine), 'visit')!;
      expect(visit.queueText).toBe(`前面${ahead + inRoom}人，${status.etaText}`);
    };
    await agree(3, 0);
    const a = await sys.ports.db.get<{ _id: string; date: string; session: string }>('appointments', mine);
    const key = { ownerId, date: a!.date, session: a!.session };
    await sys.ok('queue', NURSE, { action: 'callNext', ...key, requestId: requestIdOf('care-call-1') });
    await agree(2, 1);
    await sys.ok('queue', NURSE, { action: 'callNext', ...key, requestId: requestIdOf('care-call-2') });
    await agree(1, 1);
  });
});

describe('waits at the desks from the store (cashier, blood draw, pharmacy)', () => {
  let mine = '';
  let other = '';

  beforeAll(async () => {
    sys = await startLocalSystem();
    mine = await visitToday(sys);
    other = await visitToday(sys, 2, 'pat-demo-zhang-mother');
    await completeAsItsDoctor(sys, other, '2型糖尿病复查');
    await afterTheVisit(sys, mine);
  });

  const desk = async (kind: CareStopKind) => stopOf(await planned(mine), kind)!.queueText;

  it('counts the other visits on their way to each desk, never the patient’s own, and re-plans as the counts move', async () => {
    expect(await desk('cashier')).toBe('约1人在等，约 1–3 分钟（按待缴费人数估算，仅供参考）');
    expect((await planned(mine)).stops.filter((s) => ['cashier', 'blood', 'pharmacy'].includes(s.kind)).every((s) => s.uncertain)).toBe(true);
    expect(await desk('blood')).toMatch(/^暂无他人排队，约 0–\d+ 分钟（按已缴费未采血人数估算，仅供参考）$/);
    await payVisitOrders(sys, other);
    expect(await desk('cashier')).toMatch(/^暂无他人排队/);
    expect(await desk('blood')).toMatch(/^约1人在等，约 1–\d+ 分钟（按已缴费未采血人数估算，仅供参考）$/);
    expect(await desk('pharmacy')).toMatch(/^约1人在等，约 \d+–\d+ 分钟（按已缴费未取药人数估算，仅供参考）$/);
    sys.setNow(FROZEN_NOW + 20 * 60_000);
    await sys.ok('records', ME, { action: 'reports', patientId: 'pat-demo-zhang-mother' });
    await sys.ok('records', ME, { action: 'prescriptions', patientId: 'pat-demo-zhang-mother' });
    expect(await desk('blood')).toMatch(/^暂无他人排队/);
    expect(await desk('pharmacy')).toMatch(/^暂无他人排队/);
    sys.setNow(FROZEN_NOW);
  });
});
