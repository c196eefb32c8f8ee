/**
 * An exam room's queue (CT) on the real store: the session queue with the room's resource id as its
 * owner, run by a nurse assigned to the room's area (放射科) — check-in by the area's code or by the
 * nurse, call, recall, skip, start and finish the exam (appointment completed, exam order done, the
 * minutes learnt by the room's ETA, which stays marked uncertain) — and who may not.
 */
import type { ExamOrderDoc } from '../../backend/domain/booking/docs';
import type { SlotDoc } from '../../backend/domain/scheduling/docs';
import type { QueueStatus, SessionQueue, StaffSessionView } from '../../miniprogram/shared/dto/queue';
import { shanghaiInstant } from '../../miniprogram/shared/time';
import { makePeople, requestIdOf } from '../support/booking-fixtures';
import { startLocalSystem, type LocalSystem } from '../support/local-system';
import { visitToday } from '../support/care-day';

const DAY = '2026-11-25';
const ROOM = 'res-zz-ct';
const NURSE = 'demo-nurse-zz';
const ADMIN = 'demo-admin-zz';
const KEY = { ownerId: ROOM, date: DAY, session: 'am' };
let sys: LocalSystem;
let seq = 0;
const rid = () => requestIdOf(`qx${++seq}`);

beforeEach(async () => {
  sys = await startLocalSystem();
  sys.setNow(shanghaiInstant(DAY, '09:25'));
  await sys.ok('queue', ADMIN, { action: 'assignAreas', hospitalId: 'h-zzcentral', openid: NURSE, departmentIds: ['d-zz-cardio', 'd-zz-radio'] });
});

interface Booked {
  openid: string;
  id: string;
  examOrderId: string;
}

/** `count` accounts, each with a CT order of their own, book this morning's CT places from 09:40, in slot order. */
async function bookCt(count: number): Promise<Booked[]> {
  const people = await makePeople(sys, count, 'exam');
  const slots = await sys.ports.db.find<SlotDoc>('slots', {
    where: { ownerId: ROOM, date: DAY, session: 'am', start: { gte: shanghaiInstant(DAY, '09:40') } },
    orderBy: [['start', 'asc']],
    limit: 20,
  });
  const places = slots.flatMap((s) => Array.from({ length: s.onlineRemaining }, () => s));
  const booked: Booked[] = [];
  for (const [n, p] of people.entries()) {
    const examOrderId = `exo-test-${n}`;
    await sys.ports.db.insert<ExamOrderDoc>('examOrders', {
      _id: examOrderId,
      hospitalId: 'h-zzcentral',
      openid: p.openid,
      patientId: p.patientId,
      examType: 'ct',
      itemName: '胸部CT平扫',
      departmentName: '呼吸内科',
      orderedBy: '郭文涛',
      orderedAt: sys.ports.clock.now(),
      status: 'open',
    });
    const { id } = await sys.ok<{ id: string }>('booking', p.openid, {
      action: 'bookExam',
      examOrderId,
      slotId: places[n]._id,
      requestId: requestIdOf(`exam${n}`),
    });
    booked.push({ openid: p.openid, id, examOrderId });
  }
  return booked;
}

const queueOf = async (openid = NURSE) => (await sys.ok<{ queue: SessionQueue }>('queue', openid, { action: 'sessionQueue', ...KEY })).queue;
const status = (b: Booked) => sys.ok<QueueStatus>('queue', b.openid, { action: 'status', appointmentId: b.id });
const callNext = () => sys.ok<{ called: string | null }>('queue', NURSE, { action: 'callNext', ...KEY, requestId: rid() });

describe('an exam room queue', () => {
  it("is run by the nurse of the room's area: check-in by code or nurse, call, recall, skip, start and finish; the order is done and the room's ETA learns", async () => {
    const booked = await bookCt(4);
    const mine = await sys.ok<{ sessions: StaffSessionView[] }>('queue', NURSE, { action: 'mySessions', hospitalId: 'h-zzcentral', as: 'nurse' });
    expect(mine.sessions.find((s) => s.ownerId === ROOM && s.session === 'am')).toMatchObject({ ownerName: 'CT检查', exam: true, booked: 4, checkedIn: 0 });
    expect(mine.sessions.filter((s) => s.departmentId === 'd-zz-cardio').every((s) => !s.exam)).toBe(true);
    expect(await queueOf()).toMatchObject({
      exam: true,
      room: '医技楼1楼CT室',
      entries: [],
      notArrived: booked.map((b) => expect.objectContaining({ appointmentId: b.id })),
    });

    const { code } = await sys.ok<{ code: string }>('queue', NURSE, { action: 'areaCode', departmentId: 'd-zz-radio' });
    const cardio = (await sys.ok<{ code: string }>('queue', NURSE, { action: 'areaCode', departmentId: 'd-zz-cardio' })).code;
    expect(await sys.call('queue', booked[0].openid, { action: 'checkIn', appointmentId: booked[0].id, code: cardio })).toMatchObject({
      ok: false,
      error: { code: 'STATE_CONFLICT', message: expect.stringContaining('医技楼1楼CT室') },
    });
    for (const b of booked.slice(0, 3)) await sys.ok('queue', b.openid, { action: 'checkIn', appointmentId: b.id, code });
    await sys.ok('queue', NURSE, { action: 'checkInFor', appointmentId: booked[3].id, requestId: rid() });
    expect((await queueOf()).entries.map((e) => e.appointmentId)).toEqual(booked.map((b) => b.id));

    const waiting = await status(booked[2]);
    expect(waiting).toMatchObject({ state: 'waiting', ahead: 2, placeId: ROOM, etaMinutes: { uncertain: true } });
    expect(waiting.etaText).toContain('检查用时因人而异，仅供参考');

    sys.setNow(shanghaiInstant(DAY, '09:40'));
    expect(await callNext()).toEqual({ called: booked[0].id });
    expect(await status(booked[0])).toMatchObject({ state: 'called', stateLabel: '请检查', room: '医技楼1楼CT室', exam: true });
    expect(await sys.ok('queue', NURSE, { action: 'recall', appointmentId: booked[0].id, requestId: rid() })).toEqual({ recalled: booked[0].id });
    await sys.ok('queue', NURSE, { action: 'skip', appointmentId: booked[0].id, requestId: rid() });
    expect(await status(booked[0])).toMatchObject({ state: 'skipped', ahead: 3 });
    expect(await callNext()).toEqual({ called: booked[1].id });
    expect(await sys.call('queue', NURSE, { action: 'finishExam', appointmentId: booked[2].id })).toMatchObject({
      ok: false,
      error: { code: 'STATE_CONFLICT', message: expect.stringContaining('请先签到并叫号') },
    });

    await sys.ok('queue', NURSE, { action: 'startExam', appointmentId: booked[1].id });
    expect((await queueOf()).entries[0]).toMatchObject({ appointmentId: booked[1].id, state: 'in_consultation', stateLabel: '检查中' });
    sys.setNow(shanghaiInstant(DAY, '09:52'));
    expect(await sys.ok('queue', NURSE, { action: 'finishExam', appointmentId: booked[1].id })).toEqual({ appointmentId: booked[1].id, status: 'completed' });
    expect(await sys.ok('queue', NURSE, { action: 'finishExam', appointmentId: booked[1].id })).toEqual({ appointmentId: booked[1].id, status: 'completed' });
    expect(await sys.ports.db.get('appointments', booked[1].id)).toMatchObject({ status: 'completed', completedAt: shanghaiInstant(DAY, '09:52') });
    expect(await sys.ports.db.get('examOrders', booked[1].examOrderId)).toMatchObject({ status: 'done' });
    expect(await sys.ports.db.find('consultations', { where: { ownerId: ROOM }, limit: 10 })).toEqual([
      expect.objectContaining({ _id: `cons-${booked[1].id}`, minutes: 12, departmentId: 'd-zz-radio' }),
    ]);
    expect(await sys.ports.db.count('auditLog', { action: 'finishExam', target: booked[1].id })).toBe(1);
    expect(await status(booked[1])).toMatchObject({ state: 'done' });
    const path = await sys.ok<{ stops: Array<{ kind: string }>; done: Array<{ kind: string; place: string }> }>('queue', booked[1].openid, {
      action: 'carePath',
      appointmentId: booked[1].id,
    });
    expect(path.done).toEqual([expect.objectContaining({ kind: 'ct' })]);
    expect(path.stops.map((x) => x.kind)).not.toContain('ct');
    const next = await sys.ok<{ stops: Array<{ kind: string; queueText: string }> }>('queue', booked[3].openid, {
      action: 'carePath',
      appointmentId: booked[3].id,
    });
    expect(next.stops.find((x) => x.kind === 'ct')?.queueText).toMatch(/^前面1人，约 .*（检查用时因人而异，仅供参考）$/);
    const { orders } = await sys.ok<{ orders: Array<{ id: string; status: string; statusLabel: string }> }>('booking', booked[1].openid, {
      action: 'examOrders',
    });
    expect(orders.find((o) => o.id === booked[1].examOrderId)).toMatchObject({ status: 'done', statusLabel: '已完成' });
    expect(await sys.call('queue', NURSE, { action: 'markReturning', appointmentId: booked[1].id })).toMatchObject({
      ok: false,
      error: { code: 'STATE_CONFLICT', message: expect.stringContaining('检查室没有回诊') },
    });

    expect(await callNext()).toEqual({ called: booked[2].id });
    sys.setNow(shanghaiInstant(DAY, '10:01'));
    expect(await sys.ok('queue', NURSE, { action: 'finishExam', appointmentId: booked[2].id })).toMatchObject({ status: 'completed' });
    expect(await sys.ports.db.count('consultations', { ownerId: ROOM })).toBe(2);
  });

  it("a doctor's visit is not finished here: the doctor completes it", async () => {
    await sys.ok('queue', ADMIN, { action: 'assignAreas', hospitalId: 'h-zzcentral', openid: NURSE, departmentIds: ['d-zz-geri'] });
    const visit = await visitToday(sys);
    for (const act of ['startExam', 'finishExam']) {
      expect(await sys.call('queue', NURSE, { action: act, appointmentId: visit })).toMatchObject({
        ok: false,
        error: { code: 'STATE_CONFLICT', message: expect.stringContaining('由医生接诊和完成') },
      });
    }
  });
});

describe('who may run it', () => {
  it("the patient, another hospital's nurse, a nurse of other areas and a doctor are refused; another day is refused", async () => {
    const [b] = await bookCt(1);
    const { code } = await sys.ok<{ code: string }>('queue', NURSE, { action: 'areaCode', departmentId: 'd-zz-radio' });
    await sys.ok('queue', b.openid, { action: 'checkIn', appointmentId: b.id, code });
    await sys.ports.db.insert('staff', {
      _id: 'staff-xy-nurse-h-xinyang-county',
      openid: 'xy-nurse',
      hospitalId: 'h-xinyang-county',
      name: '外院护士',
      roles: ['nurse'],
      grantedBy: 'test',
      updatedAt: 0,
    });
    await sys.ports.db.insert('nurseAreas', {
      _id: 'na-xy-nurse-h-xinyang-county',
      hospitalId: 'h-xinyang-county',
      openid: 'xy-nurse',
      departmentIds: ['d-zz-radio'],
      updatedAt: 0,
    });
    await sys.ok('staff', ADMIN, { action: 'grant', hospitalId: 'h-zzcentral', openid: 'demo-nurse-2', name: '李护士', role: 'nurse' });
    await sys.ok('queue', ADMIN, { action: 'assignAreas', hospitalId: 'h-zzcentral', openid: 'demo-nurse-2', departmentIds: ['d-zz-cardio'] });
    for (const openid of [b.openid, 'xy-nurse', 'demo-nurse-2', 'demo-doctor-zz']) {
      expect(await sys.call('queue', openid, { action: 'sessionQueue', ...KEY })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
      expect(await sys.call('queue', openid, { action: 'callNext', ...KEY, requestId: rid() })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
      for (const act of ['recall', 'skip', 'checkInFor']) {
        expect(await sys.call('queue', openid, { action: act, appointmentId: b.id, requestId: rid() })).toMatchObject({
          ok: false,
          error: { code: 'FORBIDDEN' },
        });
      }
      for (const act of ['startExam', 'finishExam']) {
        expect(await sys.call('queue', openid, { action: act, appointmentId: b.id })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
      }
    }
    expect((await queueOf()).entries).toEqual([expect.objectContaining({ appointmentId: b.id, state: 'waiting' })]);
    sys.setNow(shanghaiInstant('2026-11-26', '09:00'));
    expect(await sys.call('queue', NURSE, { action: 'startExam', appointmentId: b.id })).toMatchObject({ ok: false, error: { code: 'STATE_CONFLICT' } });
  });
});

describe('the demo exam rooms and walk-ins', () => {
  it('the demo exam-room nurse runs the CT and ultrasound queues out of the box, with no assignment by the admin', async () => {
    const [b] = await bookCt(1);
    const exam = 'demo-nurse-exam-zz';
    const mine = await sys.ok<{ sessions: StaffSessionView[] }>('queue', exam, { action: 'mySessions', hospitalId: 'h-zzcentral', as: 'nurse' });
    expect(mine.sessions.length).toBeGreaterThan(0);
    expect(mine.sessions.every((s) => s.exam)).toBe(true);
    expect(new Set(mine.sessions.map((s) => s.ownerId))).toEqual(new Set(['res-zz-ct', 'res-zz-mri', 'res-zz-us-abd', 'res-zz-us-pelvic']));
    await sys.ok('queue', exam, { action: 'checkInFor', appointmentId: b.id, requestId: rid() });
    sys.setNow(shanghaiInstant(DAY, '09:40'));
    expect(await sys.ok('queue', exam, { action: 'callNext', ...KEY, requestId: rid() })).toEqual({ called: b.id });
    await sys.ok('queue', exam, { action: 'startExam', appointmentId: b.id });
    expect(await sys.ok('queue', exam, { action: 'finishExam', appointmentId: b.id })).toEqual({ appointmentId: b.id, status: 'completed' });
    expect(await sys.ports.db.get('examOrders', b.examOrderId)).toMatchObject({ status: 'done' });
  });

  it('an exam room takes no walk-in: an exam needs a doctor’s order, so the nurse is told so in Chinese and no place is taken', async () => {
    await bookCt(1);
    const [slot] = await sys.ports.db.find<SlotDoc>('slots', { where: { ownerId: ROOM, date: DAY, session: 'am' }, orderBy: [['start', 'desc']], limit: 1 });
    expect((await queueOf()).walkInSlots).toEqual([]);
    const before = await sys.ports.db.get<SlotDoc>('slots', slot._id);
    expect(await sys.call('queue', NURSE, { action: 'addWalkIn', slotId: slot._id, patientName: '张三', requestId: rid() })).toMatchObject({
      ok: false,
      error: { code: 'STATE_CONFLICT', message: expect.stringContaining('检查室不能现场加号') },
    });
    expect(await sys.ports.db.get<SlotDoc>('slots', slot._id)).toEqual(before);
    expect(await sys.ports.db.count('appointments', { ownerId: ROOM, openid: '' })).toBe(0);
  });
});
