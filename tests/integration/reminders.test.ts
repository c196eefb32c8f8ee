/** Reminders: consented, deduplicated, on a timer — on the real store with the local sender. */
import { shanghaiInstant } from '../../miniprogram/shared/time';
import type { AppointmentDoc } from '../../backend/domain/booking/docs';
import type { OutboxDoc } from '../../backend/domain/messages/outbox';
import { startLocalSystem, type LocalSystem } from '../support/local-system';
import { requestIdOf } from '../support/booking-fixtures';

let sys: LocalSystem;
const ME = 'demo-patient';

beforeEach(async () => {
  sys = await startLocalSystem();
});

const consent = (templateId: string, times = 1, openid = ME) =>
  Promise.all(
    Array.from({ length: times }, () =>
      sys.ok('reminders', openid, { action: 'consent', hospitalId: 'h-zzcentral', results: [{ templateId, result: 'accept' }] }),
    ),
  );

/** A booked appointment at a chosen time (the timer only reads appointments). */
async function visitAt(date: string, time: string, id = 'appt-remind-1', status: AppointmentDoc['status'] = 'booked'): Promise<string> {
  const start = shanghaiInstant(date, time);
  const a: AppointmentDoc = {
    _id: id,
    hospitalId: 'h-zzcentral',
    hospitalName: '郑州康宁医院',
    openid: ME,
    patientId: 'pat-demo-zhang',
    patientName: '张建国',
    ownerType: 'doctor',
    ownerId: 'doc-zz-001',
    ownerName: '陈立民',
    departmentId: 'd-zz-cardio',
    departmentName: '心血管内科',
    location: '门诊楼2楼A区',
    prepNotes: [],
    slotId: 'slot-x',
    date,
    session: 'am',
    start,
    end: start + 30 * 60_000,
    feeFen: 0,
    status,
    holdUntil: null,
    examOrderId: null,
    requestId: id,
    cancelReason: '',
    refund: 'none',
    noticePending: false,
    noShowCounted: false,
    createdAt: 0,
    updatedAt: 0,
  };
  await sys.ports.db.insert('appointments', a);
  return id;
}

const messages = (kind?: string) => sys.ports.db.find<OutboxDoc>('outbox', { where: kind ? { kind } : {}, limit: 100 });

describe('reminders', () => {
  it('a visit at 00:30 is reminded the evening before from 20:00 and one hour before, each once', async () => {
    await visitAt('2026-11-26', '00:30');
    await consent('demo-visit-reminder', 2);
    sys.setNow(shanghaiInstant('2026-11-25', '19:55'));
    await sys.runTimer('reminders');
    expect(await messages()).toHaveLength(0);
    sys.setNow(shanghaiInstant('2026-11-25', '20:00'));
    await Promise.all([sys.runTimer('reminders'), sys.runTimer('reminders')]);
    await sys.runTimer('reminders');
    expect((await messages('visit_tomorrow')).map((m) => m.status)).toEqual(['sent']);
    sys.setNow(shanghaiInstant('2026-11-25', '23:25'));
    await sys.runTimer('reminders');
    expect(await messages('visit_soon')).toHaveLength(0);
    sys.setNow(shanghaiInstant('2026-11-25', '23:30'));
    await sys.runTimer('reminders');
    await sys.runTimer('reminders');
    expect((await messages('visit_soon')).map((m) => m.status)).toEqual(['sent']);
    expect(sys.ports.sender.delivered).toHaveLength(2);
    const sent = sys.ports.sender.delivered[0];
    expect(sent).toMatchObject({
      touser: ME,
      templateId: 'demo-visit-reminder',
      data: { name1: { value: '张建国' }, time3: { value: '2026年11月26日 00:30~01:00' } },
    });
    for (const [key, v] of Object.entries(sent.data)) if (key.startsWith('thing')) expect(Array.from(v.value).length).toBeLessThanOrEqual(20);
  });

  it('without consent nothing is sent and the reason is recorded', async () => {
    await visitAt('2026-11-26', '09:00');
    sys.setNow(shanghaiInstant('2026-11-25', '20:05'));
    await sys.runTimer('reminders');
    expect(sys.ports.sender.delivered).toHaveLength(0);
    expect(await messages('visit_tomorrow')).toEqual([expect.objectContaining({ status: 'skipped', errorMessage: expect.stringContaining('未订阅') })]);
  });

  it('one acceptance is one message', async () => {
    await visitAt('2026-11-26', '09:00', 'appt-a');
    await visitAt('2026-11-26', '10:00', 'appt-b');
    await consent('demo-visit-reminder', 1);
    sys.setNow(shanghaiInstant('2026-11-25', '20:05'));
    await sys.runTimer('reminders');
    expect((await messages('visit_tomorrow')).map((m) => m.status).sort()).toEqual(['sent', 'skipped']);
  });

  it('43101 takes the credit away; a transient error retries later and returns the credit', async () => {
    await visitAt('2026-11-26', '09:00', 'appt-a');
    await consent('demo-visit-reminder', 3);
    sys.ports.sender.answer = () => ({ errCode: 43101, errMsg: 'user refuse to accept the msg' });
    sys.setNow(shanghaiInstant('2026-11-25', '20:05'));
    await sys.runTimer('reminders');
    expect(await messages('visit_tomorrow')).toEqual([expect.objectContaining({ status: 'failed', errorCode: 43101 })]);
    const sub = await sys.ports.db.find<{ _id: string; credits: number }>('subscriptions', { where: { openid: ME }, limit: 1 });
    expect(sub[0].credits).toBe(0);

    await consent('demo-visit-reminder', 1);
    await visitAt('2026-11-26', '10:00', 'appt-b');
    let calls = 0;
    sys.ports.sender.answer = () => (++calls === 1 ? { errCode: -1, errMsg: 'system busy' } : { errCode: 0, errMsg: 'ok' });
    sys.setNow(shanghaiInstant('2026-11-25', '20:10'));
    await sys.runTimer('reminders');
    expect((await messages('visit_tomorrow')).find((m) => m.appointmentId === 'appt-b')).toMatchObject({ status: 'queued', attempts: 1 });
    sys.setNow(shanghaiInstant('2026-11-25', '20:12'));
    await sys.runTimer('reminders');
    expect((await messages('visit_tomorrow')).find((m) => m.appointmentId === 'appt-b')).toMatchObject({ status: 'sent', attempts: 2 });
  });

  it('a patient who cancels gets no reminder, even one already queued', async () => {
    await visitAt('2026-11-26', '09:00', 'appt-a', 'cancelled');
    await visitAt('2026-11-26', '10:00', 'appt-b');
    await consent('demo-visit-reminder', 2);
    sys.ports.sender.answer = () => ({ errCode: -1, errMsg: 'busy' });
    sys.setNow(shanghaiInstant('2026-11-25', '20:05'));
    await sys.runTimer('reminders');
    await sys.ports.db.update('appointments', { _id: 'appt-b' }, { set: { status: 'cancelled' } });
    sys.ports.sender.answer = () => ({ errCode: 0, errMsg: 'ok' });
    sys.setNow(shanghaiInstant('2026-11-25', '20:10'));
    await sys.runTimer('reminders');
    expect(sys.ports.sender.delivered).toHaveLength(0);
    expect((await messages()).map((m) => [m.appointmentId, m.status])).toEqual([['appt-b', 'skipped']]);
  });

  it('event messages (stop-clinic) go through the same outbox and are sent once with consent', async () => {
    const slot = (
      await sys.ok<{ slots: Array<{ id: string; status: string }> }>('booking', null, { action: 'listSlots', doctorId: 'doc-zz-001', date: '2026-11-28' })
    ).slots.find((s) => s.status === 'open')!;
    await sys.ok('booking', ME, { action: 'book', slotId: slot.id, patientId: 'pat-demo-zhang', requestId: requestIdOf(1) });
    await consent('demo-stop-clinic', 1);
    await sys.ok('schedule', 'demo-scheduler-zz', {
      action: 'stopClinic',
      ownerId: 'doc-zz-001',
      date: '2026-11-28',
      session: 'am',
      reason: '医生外出参加抗疫医疗队支援任务',
    });
    await Promise.all([sys.runTimer('reminders'), sys.runTimer('reminders')]);
    expect(sys.ports.sender.delivered.map((m) => m.templateId)).toEqual(['demo-stop-clinic']);
    expect(sys.ports.sender.delivered[0].data.thing3.value).toBe('医生外出参加抗疫医疗队支援任务');
  });

  it('consent is reported only for oneself and only for this hospital’s templates', async () => {
    expect(
      await sys.call('reminders', null, { action: 'consent', hospitalId: 'h-zzcentral', results: [{ templateId: 'demo-visit-reminder', result: 'accept' }] }),
    ).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
    expect(
      await sys.call('reminders', ME, { action: 'consent', hospitalId: 'h-zzcentral', results: [{ templateId: 'someone-elses-template', result: 'accept' }] }),
    ).toMatchObject({ ok: false, error: { code: 'VALIDATION_FAILED' } });
    await consent('demo-visit-reminder', 2, 'demo-patient-2');
    const subs = await sys.ports.db.find<{ _id: string; openid: string; credits: number }>('subscriptions', { limit: 10 });
    expect(subs).toEqual([expect.objectContaining({ openid: 'demo-patient-2', credits: 2 })]);
    const ids = await sys.ok<{ templates: Array<{ templateId: string }> }>('reminders', ME, {
      action: 'templateIds',
      hospitalId: 'h-zzcentral',
      kinds: ['visit_tomorrow', 'payment_done', 'stop_clinic'],
    });
    expect(ids.templates.map((t) => t.templateId)).toEqual(['demo-visit-reminder', 'demo-payment-done', 'demo-stop-clinic']);
  });

  it('admins see a hospital’s failed messages; others cannot', async () => {
    await visitAt('2026-11-26', '09:00');
    sys.setNow(shanghaiInstant('2026-11-25', '20:05'));
    await sys.runTimer('reminders');
    const { messages: failed } = await sys.ok<{ messages: Array<{ status: string }> }>('reminders', 'demo-admin-zz', {
      action: 'failed',
      hospitalId: 'h-zzcentral',
    });
    expect(failed).toEqual([expect.objectContaining({ status: 'skipped' })]);
    expect(await sys.call('reminders', 'demo-nurse-zz', { action: 'failed', hospitalId: 'h-zzcentral' })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
  });
});
