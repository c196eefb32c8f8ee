/** Medication plans: times from a prescription, a taken / not-taken diary, a summary for the doctor, and reminders that each need consent. */
import type { OutboxDoc } from '../../backend/domain/messages/outbox';
import type { PrescriptionView } from '../../miniprogram/shared/dto/records';
import { addDays, daysBetween, shanghaiInstant } from '../../miniprogram/shared/time';
import { startLocalSystem, type LocalSystem } from '../support/local-system';
import { completedVisit, PatientRecorder, ZHANG } from '../support/records-fixtures';

let sys: LocalSystem;
let rec: PatientRecorder;
beforeEach(async () => {
  sys = await startLocalSystem({ history: true });
  rec = new PatientRecorder(sys);
});

interface PlanView {
  id: string;
  times: string[];
  startDate: string;
  endDate: string;
  days: Array<{ date: string; doses: Array<{ time: string; state: string }> }>;
  adherence: { due: number; taken: number; missed: number; unrecorded: number; percent: number | null };
  summary: string;
}

async function latestRx(): Promise<PrescriptionView> {
  return (await rec.ok<{ prescriptions: PrescriptionView[] }>({ action: 'prescriptions', patientId: ZHANG })).prescriptions[0];
}

describe('a medication plan', () => {
  it('from a dispensed prescription: chosen times, its dates, a diary and a summary for the doctor', async () => {
    const rx = await latestRx();
    const { plan } = await rec.ok<{ plan: PlanView }>({
      action: 'savePlan',
      prescriptionId: rx.id,
      times: ['20:00', '08:00'],
      remind: false,
      requestId: 'req-plan-00001',
    });
    expect(plan).toMatchObject({ times: ['08:00', '20:00'], startDate: '2026-11-05', endDate: '2026-12-02' });
    expect(plan.days[0]).toEqual({
      date: '2026-11-25',
      doses: [
        { time: '08:00', state: 'unrecorded' },
        { time: '20:00', state: 'upcoming' },
      ],
    });
    await rec.ok({ action: 'markDose', planId: plan.id, date: '2026-11-25', time: '08:00', taken: true });
    await rec.ok({ action: 'markDose', planId: plan.id, date: '2026-11-24', time: '20:00', taken: false });
    const after = await rec.ok<{ plan: PlanView }>({ action: 'markDose', planId: plan.id, date: '2026-11-24', time: '08:00', taken: true });
    expect(after.plan.adherence).toEqual({ due: 41, taken: 2, missed: 1, unrecorded: 38, percent: 5 });
    expect(after.plan.summary).toBe(
      '张建国：阿托伐他汀钙片 20mg（1片） 每晚1次；苯磺酸氨氯地平片 5mg（1片） 每日1次。2026-11-05至2026-11-25应服41次，已服2次，未服1次，未记录38次，按时服药率5%。',
    );
    expect(await rec.call({ action: 'markDose', planId: plan.id, date: '2026-11-26', time: '08:00', taken: true })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION_FAILED', field: 'date' },
    });
    expect(await rec.call({ action: 'markDose', planId: plan.id, date: '2026-11-25', time: '09:00', taken: true })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION_FAILED', field: 'time' },
    });
    expect(await rec.ok({ action: 'plan', prescriptionId: rx.id })).toMatchObject({ plan: { adherence: { taken: 2 } } });
  });

  it('counts every recorded dose of a long plan (more than one page of records)', async () => {
    const rx = (await rec.ok<{ prescriptions: PrescriptionView[] }>({ action: 'prescriptions', patientId: ZHANG })).prescriptions.find((p) =>
      p.items.some((i) => i.code === 'DRUG-MET'),
    )!;
    const { plan } = await rec.ok<{ plan: PlanView }>({
      action: 'savePlan',
      prescriptionId: rx.id,
      times: ['07:00', '12:00', '18:00', '21:00'],
      remind: false,
      requestId: 'req-plan-00007',
    });
    const base = sys.ports.clock.now();
    let last: PlanView = plan;
    for (let day = 0; day < 26; day++) {
      sys.setNow(base + (day + 1) * 61_000);
      for (const time of plan.times)
        last = (await rec.ok<{ plan: PlanView }>({ action: 'markDose', planId: plan.id, date: addDays(plan.startDate, day), time, taken: true })).plan;
    }
    const due = 4 * (daysBetween(plan.startDate, plan.endDate) + 1);
    expect(last.adherence).toMatchObject({ due, taken: 104, unrecorded: due - 104 });
  });

  it('no more times a day than the prescription has doses: 每晚1次 and 每日1次 take two, not three', async () => {
    const rx = await latestRx();
    expect(rx.items.map((i) => i.frequency).sort()).toEqual(['每日1次', '每晚1次']);
    expect(await rec.ok({ action: 'plan', prescriptionId: rx.id })).toMatchObject({ timesPerDay: 2 });
    const three = await rec.call({ action: 'savePlan', prescriptionId: rx.id, times: ['08:00', '12:00', '20:00'], remind: false, requestId: 'req-plan-00008' });
    expect(three).toMatchObject({ ok: false, error: { code: 'VALIDATION_FAILED', field: 'times', message: '这张处方每天共服药2次，最多选2个服药时间' } });
    expect(await sys.ports.db.count('medicationPlans', {})).toBe(0);
    const metformin = (await rec.ok<{ prescriptions: PrescriptionView[] }>({ action: 'prescriptions', patientId: ZHANG })).prescriptions.find((p) =>
      p.items.some((i) => i.code === 'DRUG-MET'),
    )!;
    expect(await rec.ok({ action: 'plan', prescriptionId: metformin.id })).toMatchObject({ timesPerDay: 4 });
  });

  it('not for an unpaid prescription, nor another account’s', async () => {
    await completedVisit(sys, '上呼吸道感染');
    const unpaid = await latestRx();
    expect(await rec.call({ action: 'savePlan', prescriptionId: unpaid.id, times: ['08:00'], remind: false, requestId: 'req-plan-00002' })).toMatchObject({
      ok: false,
      error: { code: 'STATE_CONFLICT' },
    });
    const rx = (await rec.ok<{ prescriptions: PrescriptionView[] }>({ action: 'prescriptions', patientId: ZHANG })).prescriptions[1];
    const { plan } = await rec.ok<{ plan: PlanView }>({
      action: 'savePlan',
      prescriptionId: rx.id,
      times: ['08:00'],
      remind: false,
      requestId: 'req-plan-00003',
    });
    for (const event of [
      { action: 'plan', prescriptionId: rx.id },
      { action: 'savePlan', prescriptionId: rx.id, times: ['08:00'], remind: false, requestId: 'req-plan-00004' },
      { action: 'markDose', planId: plan.id, date: '2026-11-25', time: '08:00', taken: true },
    ]) {
      expect(await sys.call('records', 'demo-patient-2', event)).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    }
    expect(await rec.call({ action: 'savePlan', prescriptionId: rx.id, times: ['08:00', '08:00'], remind: false, requestId: 'req-plan-00005' })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION_FAILED', field: 'times' },
    });
  });

  it('reminds at each time through the outbox once, and sends only with a consent credit for each message', async () => {
    const rx = await latestRx();
    await rec.ok({ action: 'savePlan', prescriptionId: rx.id, times: ['08:00', '20:00'], remind: true, requestId: 'req-plan-00006' });
    sys.setNow(shanghaiInstant('2026-11-25', '20:05'));
    await sys.runTimer('records');
    await sys.runTimer('records');
    const queued = await sys.ports.db.find<OutboxDoc>('outbox', { where: { kind: 'medication_time' } });
    expect(queued).toHaveLength(1);
    expect(queued[0].data).toEqual({ drug: '阿托伐他汀钙片、苯磺酸氨氯地平片', dose: '张建国 20mg（1片）、5mg（1片）', time: '2026年11月25日 20:00' });
    await sys.runTimer('reminders');
    expect((await sys.ports.db.get<OutboxDoc>('outbox', queued[0]._id))!.status).toBe('skipped');
    await sys.ok('reminders', 'demo-patient', {
      action: 'consent',
      hospitalId: 'h-zzcentral',
      results: [{ templateId: 'demo-medication-time', result: 'accept' }],
    });
    sys.setNow(shanghaiInstant('2026-11-26', '08:10'));
    await sys.runTimer('records');
    await sys.runTimer('reminders');
    const next = await sys.ports.db.find<OutboxDoc>('outbox', { where: { kind: 'medication_time', status: 'sent' } });
    expect(next.map((m) => m.data.time)).toEqual(['2026年11月26日 08:00']);
    sys.setNow(shanghaiInstant('2026-11-26', '20:01'));
    await sys.runTimer('records');
    await sys.runTimer('reminders');
    expect(await sys.ports.db.count('outbox', { kind: 'medication_time', status: 'skipped' })).toBe(2);
  });
});
