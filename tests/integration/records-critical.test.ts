/**
 * Critical values (危急值) are handed over by staff, never self-service: until a doctor or nurse of
 * the hospital records the contact, no answer of the records function to the patient carries the
 * value — not the list, the report, a trend, the prescriptions, nor the "report ready" message.
 * The report's own department takes it first; after 30 minutes, every doctor and nurse of the hospital.
 */
import type { OutboxDoc } from '../../backend/domain/messages/outbox';
import type { CriticalTask, ReportDetail } from '../../miniprogram/shared/dto/records';
import type { DoctorDoc } from '../../backend/domain/content/docs';
import type { ReportDoc } from '../../backend/domain/records/docs';
import { startLocalSystem, type LocalSystem } from '../support/local-system';
import { payVisitOrders } from '../support/care-day';
import { completedVisit, CRITICAL_K, MOTHER, PatientRecorder, reportsOf, ZHANG } from '../support/records-fixtures';

let sys: LocalSystem;
beforeEach(async () => {
  sys = await startLocalSystem({ adminOpenids: ['platform-admin'], history: true });
});

const NURSE = 'demo-nurse-zz';
const DOCTOR = 'demo-doctor-zz';

async function scanEverything(rec: PatientRecorder, reportId: string): Promise<void> {
  await rec.call({ action: 'reports', patientId: MOTHER });
  await rec.call({ action: 'reports', patientId: MOTHER, hospitalId: 'h-xinyang-county' });
  await rec.call({ action: 'report', reportId });
  await rec.call({ action: 'report', reportId, abnormalFirst: true });
  await rec.call({ action: 'report', reportId, idLast4: '2021' });
  for (const code of ['K', 'NA', 'CREA']) await rec.call({ action: 'trend', patientId: MOTHER, code });
  await rec.call({ action: 'prescriptions', patientId: MOTHER });
  await rec.call({ action: 'interactions', patientId: MOTHER });
}

describe('a report with a critical value', () => {
  it('shows the patient nothing of its values in any answer until staff record the handover; then shows them', async () => {
    const rec = new PatientRecorder(sys);
    const critical = (await reportsOf(rec, MOTHER)).filter((r) => r.critical);
    expect(critical).toHaveLength(1);
    const id = critical[0].id;
    await scanEverything(rec, id);
    expect(rec.answers.every((a) => a.ok)).toBe(true);
    expect(rec.text()).not.toContain(CRITICAL_K);
    const { report } = await rec.ok<{ report: ReportDetail }>({ action: 'report', reportId: id });
    expect(report).toMatchObject({ awaitingContact: true, items: [], findings: '', impression: '', departmentPhone: expect.stringMatching(/^0371-/) });
    expect(report.notice).toContain('医院将立即与您联系');
    const messages = await sys.ports.db.find<OutboxDoc>('outbox', { where: { openid: 'demo-patient' } });
    expect(JSON.stringify(messages)).not.toContain(CRITICAL_K);
    expect(rec.text()).not.toContain(CRITICAL_K);

    const { tasks } = await sys.ok<{ tasks: CriticalTask[] }>('records', NURSE, { action: 'criticalList', hospitalId: 'h-zzcentral' });
    const task = tasks.find((t) => t.reportId === id);
    expect(task).toMatchObject({
      patientName: '王秀兰',
      phone: '13803710001',
      waitingText: '20小时',
      items: expect.arrayContaining([expect.objectContaining({ code: 'K', value: CRITICAL_K, flag: '↑↑' })]),
    });

    const done = await sys.ok('records', NURSE, {
      action: 'recordContact',
      reportId: id,
      contactedPerson: '王秀兰之子张建国',
      method: 'phone',
      note: '已告知立即到急诊复查血钾',
      requestId: 'req-contact-0001',
    });
    expect(done).toMatchObject({ contactedBy: expect.any(String), method: 'phone' });
    const after = await rec.ok<{ report: ReportDetail }>({ action: 'report', reportId: id, abnormalFirst: true });
    expect(after.report.awaitingContact).toBe(false);
    expect(after.report.items[0]).toMatchObject({ code: 'K', value: CRITICAL_K, flag: '↑↑', unit: 'mmol/L', range: '3.50-5.30' });
    expect(after.report.contactText).toMatch(/危急值已由.+电话告知王秀兰之子张建国/);
    const left = await sys.ok<{ tasks: CriticalTask[] }>('records', DOCTOR, { action: 'criticalList', hospitalId: 'h-zzcentral' });
    expect(left.tasks.find((t) => t.reportId === id)).toBeUndefined();
  });

  it('a report that turns critical after a live visit: announced without values, held until the handover', async () => {
    const visitId = await completedVisit(sys, '高钾血症');
    await payVisitOrders(sys, visitId);
    sys.setNow(sys.ports.clock.now() + 11 * 60_000);
    const rec = new PatientRecorder(sys);
    const pending = (await reportsOf(rec, ZHANG)).filter((r) => r.status === 'pending');
    expect(pending.map((r) => r.title)).toEqual(expect.arrayContaining(['肾功能+电解质', '血常规（五分类）']));
    expect(pending.every((r) => r.statusText === '检查中')).toBe(true);
    sys.setNow(sys.ports.clock.now() + 5 * 3_600_000);
    await sys.runTimer('records');
    await sys.runTimer('records');
    const list = await reportsOf(rec, ZHANG);
    const rft = list.find((r) => r.title === '肾功能+电解质' && r.status === 'final' && r.critical);
    expect(rft).toBeDefined();
    const ready = await sys.ports.db.find<OutboxDoc>('outbox', { where: { kind: 'report_ready', openid: 'demo-patient' } });
    expect(ready.filter((m) => m.key === `report:${rft!.id}`)).toHaveLength(1);
    expect(ready.map((m) => m.data.report).sort()).toEqual(['肾功能+电解质', '肾功能+电解质', '血常规（五分类）']);
    expect(JSON.stringify(ready)).not.toContain(CRITICAL_K);
    await rec.call({ action: 'report', reportId: rft!.id });
    await rec.call({ action: 'trend', patientId: ZHANG, code: 'K' });
    expect(rec.text()).not.toContain(CRITICAL_K);
    expect(visitId).toMatch(/^appt-/);
  });

  it('only doctors and nurses of the report’s hospital see the worklist and record a handover; once', async () => {
    const rec = new PatientRecorder(sys);
    const id = (await reportsOf(rec, MOTHER)).find((r) => r.critical)!.id;
    for (const openid of ['demo-patient', 'demo-billing-zz', 'demo-editor-xy', 'demo-scheduler-zz']) {
      expect(await sys.call('records', openid, { action: 'criticalList', hospitalId: 'h-zzcentral' })).toMatchObject({
        ok: false,
        error: { code: 'FORBIDDEN' },
      });
      expect(
        await sys.call('records', openid, {
          action: 'recordContact',
          reportId: id,
          contactedPerson: '王秀兰',
          method: 'phone',
          requestId: `req-contact-${openid}`,
        }),
      ).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    }
    const first = await sys.ok<{ at: number }>('records', DOCTOR, {
      action: 'recordContact',
      reportId: id,
      contactedPerson: '王秀兰',
      method: 'phone',
      requestId: 'req-contact-0002',
    });
    const second = await sys.ok<{ at: number; contactedPerson: string }>('records', NURSE, {
      action: 'recordContact',
      reportId: id,
      contactedPerson: '另一个人',
      method: 'in_person',
      requestId: 'req-contact-0003',
    });
    expect(second).toMatchObject({ at: first.at, contactedPerson: '王秀兰' });
    expect(await sys.ports.db.count('auditLog', { action: 'recordCriticalContact' })).toBe(1);
    await sys.ok('staff', 'platform-admin', {
      action: 'grant',
      hospitalId: 'h-xinyang-county',
      openid: 'doctor-xy',
      name: '县医院医生',
      role: 'doctor',
      doctorId: 'doc-xy-001',
    });
    expect(await sys.call('records', 'doctor-xy', { action: 'criticalList', hospitalId: 'h-zzcentral' })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    expect(await sys.call('records', 'doctor-xy', { action: 'criticalList', hospitalId: 'h-xinyang-county' })).toMatchObject({ ok: true, data: { tasks: [] } });
    expect(
      await sys.call('records', 'doctor-xy', {
        action: 'recordContact',
        reportId: id,
        contactedPerson: '王秀兰',
        method: 'phone',
        requestId: 'req-contact-xy01',
      }),
    ).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    const normal = (await reportsOf(rec, MOTHER)).find((r) => !r.critical && r.status === 'final')!;
    expect(
      await sys.call('records', DOCTOR, {
        action: 'recordContact',
        reportId: normal.id,
        contactedPerson: '王秀兰',
        method: 'phone',
        requestId: 'req-contact-0004',
      }),
    ).toMatchObject({ ok: false, error: { code: 'STATE_CONFLICT' } });
  });

  it('a fresh critical value goes to its own department first; after 30 minutes unhandled, to every doctor and nurse of the hospital', async () => {
    const ZZ = 'h-zzcentral';
    const rec = new PatientRecorder(sys);
    const held = (await reportsOf(rec, MOTHER)).find((r) => r.critical)!;
    const source = (await sys.ports.db.get<ReportDoc>('reports', held.id))!;
    expect(source.departmentId).not.toBe('d-zz-cardio');
    await sys.ports.db.insert<ReportDoc>('reports', {
      ...source,
      _id: 'rep-fresh-critical',
      hisId: 'his-fresh-critical',
      reportedAt: sys.ports.clock.now() - 5 * 60_000,
      sortAt: sys.ports.clock.now() - 5 * 60_000,
      criticalState: 'open',
      contact: null,
    });
    const [own] = await sys.ports.db.find<DoctorDoc>('doctors', { where: { hospitalId: ZZ, departmentId: source.departmentId }, limit: 1 });
    await sys.ok('staff', 'platform-admin', {
      action: 'grant',
      hospitalId: ZZ,
      openid: 'crit-own-doctor',
      name: '本科医生',
      role: 'doctor',
      doctorId: own._id,
      practiceSinceYear: 2010,
    });
    await sys.ok('staff', 'platform-admin', { action: 'grant', hospitalId: ZZ, openid: 'crit-own-nurse', name: '本科护士', role: 'nurse' });
    await sys.ok('queue', 'demo-admin-zz', { action: 'assignAreas', hospitalId: ZZ, openid: 'crit-own-nurse', departmentIds: [source.departmentId] });
    const listed = async (openid: string) =>
      (await sys.ok<{ tasks: CriticalTask[] }>('records', openid, { action: 'criticalList', hospitalId: ZZ })).tasks.some(
        (t) => t.reportId === 'rep-fresh-critical',
      );
    const contact = (openid: string, n: string) =>
      sys.call('records', openid, {
        action: 'recordContact',
        reportId: 'rep-fresh-critical',
        contactedPerson: '王秀兰',
        method: 'phone',
        requestId: `req-fresh-${n}`,
      });

    expect({
      ownDoctor: await listed('crit-own-doctor'),
      ownNurse: await listed('crit-own-nurse'),
      admin: await listed('demo-admin-zz'),
      cardioNurse: await listed(NURSE),
      cardioDoctor: await listed(DOCTOR),
    }).toEqual({
      ownDoctor: true,
      ownNurse: true,
      admin: true,
      cardioNurse: false,
      cardioDoctor: false,
    });
    expect(await contact(NURSE, '0001')).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN', message: expect.stringContaining('30分钟未处理后全院医护均可处理') },
    });
    expect(await contact(DOCTOR, '0002')).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await listed(NURSE)).toBe(false);

    sys.setNow(sys.ports.clock.now() + 25 * 60_000);
    expect({ cardioNurse: await listed(NURSE), cardioDoctor: await listed(DOCTOR) }).toEqual({ cardioNurse: true, cardioDoctor: true });
    expect(await contact(NURSE, '0003')).toMatchObject({ ok: true });
  });
});
