/** Reports for patients: the list, one report, trends, the sensitive-report gate, 互认, and HIS answers checked at the boundary. */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { HttpHis } from '../../backend/adapters/cloud/http-his';
import type { HisIssueDoc } from '../../backend/domain/his/docs';
import type { ReportDetail, ReportSummary, TrendView } from '../../miniprogram/shared/dto/records';
import { hisWith } from '../support/his-stub';
import { startLocalSystem, type LocalSystem } from '../support/local-system';
import { finalPotassium, MOTHER, PatientRecorder, reportsOf, ZHANG } from '../support/records-fixtures';

let sys: LocalSystem;
let rec: PatientRecorder;
beforeEach(async () => {
  sys = await startLocalSystem({ history: true });
  rec = new PatientRecorder(sys);
});

/** 张建国's ID number ends 1031 (backend/dev-server/seed/schedule.ts). */
const ZHANG_LAST4 = (id: string): string => id.slice(-4);

describe('the reports list', () => {
  it('lists a family member newest first with status, visit and department; the demo HIS answers only valid reports', async () => {
    const list = await reportsOf(rec, ZHANG);
    expect(list.length).toBeGreaterThan(30);
    const dates = list.map((r) => r.visitDate);
    expect([...dates].sort().reverse()).toEqual(dates);
    expect(list[0]).toMatchObject({
      title: expect.any(String),
      status: 'final',
      statusText: '已出报告',
      departmentName: expect.any(String),
      hospitalName: expect.any(String),
    });
    expect(list.filter((r) => r.title === '糖化血红蛋白')).toHaveLength(8);
    expect(await sys.ports.db.count('hisIssues')).toBe(0);
  });

  it('another account’s family member, and their report: NOT_FOUND', async () => {
    const zhangReport = (await reportsOf(rec, ZHANG))[0];
    for (const event of [
      { action: 'reports', patientId: ZHANG },
      { action: 'report', reportId: zhangReport.id },
      { action: 'trend', patientId: ZHANG, code: 'HBA1C' },
      { action: 'prescriptions', patientId: ZHANG },
      { action: 'interactions', patientId: ZHANG },
    ]) {
      expect(await sys.call('records', 'demo-patient-2', event)).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    }
    expect(await sys.call('records', null, { action: 'reports', patientId: ZHANG })).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
  });

  it('marks results from another hospital of the platform 互认 when both take part', async () => {
    const atZz = await rec.ok<{ reports: ReportSummary[] }>({ action: 'reports', patientId: ZHANG, hospitalId: 'h-zzcentral' });
    const county = atZz.reports.filter((r) => r.hospitalName === '光山县康宁医院');
    expect(county.length).toBeGreaterThan(0);
    expect(county.every((r) => r.mutual)).toBe(true);
    expect(atZz.reports.filter((r) => r.hospitalName === '郑州康宁医院').every((r) => !r.mutual)).toBe(true);
    await sys.ports.db.update('hospitals', { _id: 'h-xinyang-county' }, { set: { mutualRecognition: false } });
    const after = await rec.ok<{ reports: ReportSummary[] }>({ action: 'reports', patientId: ZHANG, hospitalId: 'h-zzcentral' });
    expect(after.reports.some((r) => r.mutual)).toBe(false);
  });
});

describe('one report', () => {
  it('a lab report: each item with value, unit, range and flag; abnormal first on request; sample and report times, reviewer', async () => {
    const hba1c = (await reportsOf(rec, ZHANG)).find((r) => r.title === '肝功能')!;
    const { report } = await rec.ok<{ report: ReportDetail }>({ action: 'report', reportId: hba1c.id });
    expect(report.items.map((i) => i.code)).toEqual(['ALT', 'AST', 'TBIL', 'ALB']);
    expect(report.items[0]).toMatchObject({ name: '丙氨酸氨基转移酶', unit: 'U/L', range: '9-50', value: expect.stringMatching(/^\d+$/) });
    expect(report).toMatchObject({
      sampleType: '静脉血',
      sampledText: expect.stringMatching(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/),
      reviewer: expect.stringContaining('检验科'),
      trends: [
        { code: 'ALT', name: '丙氨酸氨基转移酶' },
        { code: 'AST', name: '天门冬氨酸氨基转移酶' },
        { code: 'TBIL', name: '总胆红素' },
        { code: 'ALB', name: '白蛋白' },
      ],
    });
    const abnormal = (await reportsOf(rec, ZHANG)).filter((r) => r.kind === 'lab');
    for (const r of abnormal) {
      const { report: sorted } = await rec.ok<{ report: ReportDetail }>({ action: 'report', reportId: r.id, abnormalFirst: true });
      const firstNormal = sorted.items.findIndex((i) => !i.abnormal);
      if (firstNormal >= 0) expect(sorted.items.slice(firstNormal).every((i) => !i.abnormal)).toBe(true);
      for (const i of sorted.items) expect(['', 'H', 'L', '↑↑', '↓↓']).toContain(i.flag);
    }
  });

  it('an imaging report: findings and impression', async () => {
    const ecg = (await reportsOf(rec, ZHANG)).find((r) => r.kind === 'imaging')!;
    const { report } = await rec.ok<{ report: ReportDetail }>({ action: 'report', reportId: ecg.id });
    expect(report.title).toBe('常规心电图');
    expect(report.findings).toMatch(/心率/);
    expect(report.impression.length).toBeGreaterThan(2);
    expect(report.items).toEqual([]);
  });

  it('a trend: HbA1c across eight visits, oldest first, with its range', async () => {
    const { trend } = await rec.ok<{ trend: TrendView }>({ action: 'trend', patientId: ZHANG, code: 'HBA1C' });
    expect(trend).toMatchObject({ name: '糖化血红蛋白', unit: '%', range: '4.0-6.0', low: 4, high: 6 });
    expect(trend.points).toHaveLength(8);
    const dates = trend.points.map((p) => p.date);
    expect([...dates].sort()).toEqual(dates);
    expect(trend.points.every((p) => Number.isFinite(p.value))).toBe(true);
  });
});

describe('sensitive reports', () => {
  async function hiv(): Promise<ReportSummary> {
    return (await reportsOf(rec, ZHANG)).find((r) => r.title === 'HIV抗体筛查')!;
  }

  it('need the ID number’s last 4 digits every time; a wrong answer is FORBIDDEN with a clear message', async () => {
    const r = await hiv();
    expect(r.sensitive).toBe(true);
    const locked = await rec.ok<{ report: ReportDetail }>({ action: 'report', reportId: r.id });
    expect(locked.report).toMatchObject({ locked: true, items: [], notice: expect.stringContaining('身份证号后4位') });
    expect(JSON.stringify(locked)).not.toContain('阴性');
    const zhang = (await sys.ports.db.get<{ _id: string; idNumber: string }>('patients', ZHANG))!;
    const open = await rec.ok<{ report: ReportDetail }>({ action: 'report', reportId: r.id, idLast4: ZHANG_LAST4(zhang.idNumber) });
    expect(open.report).toMatchObject({ locked: false, items: [expect.objectContaining({ name: 'HIV抗体（初筛）', value: '阴性' })] });
    expect((await rec.ok<{ report: ReportDetail }>({ action: 'report', reportId: r.id })).report.locked).toBe(true);
    const wrong = await rec.call({ action: 'report', reportId: r.id, idLast4: '0000' });
    expect(wrong).toMatchObject({ ok: false, error: { code: 'FORBIDDEN', field: 'idLast4', message: '身份证号后4位不正确，本小时内还可尝试4次' } });
  });

  it('five wrong answers an hour: even the right one is refused until the hour ends (counted in the store)', async () => {
    const r = await hiv();
    const zhang = (await sys.ports.db.get<{ _id: string; idNumber: string }>('patients', ZHANG))!;
    for (let n = 0; n < 5; n++)
      expect(await rec.call({ action: 'report', reportId: r.id, idLast4: '0000' })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    const right = await rec.call({ action: 'report', reportId: r.id, idLast4: ZHANG_LAST4(zhang.idNumber) });
    expect(right).toMatchObject({ ok: false, error: { code: 'FORBIDDEN', message: expect.stringContaining('错误次数过多') } });
    expect(await sys.ports.db.count('idTries')).toBe(1);
    sys.setNow(sys.ports.clock.now() + 3_600_000);
    expect(await rec.call({ action: 'report', reportId: r.id, idLast4: ZHANG_LAST4(zhang.idNumber) })).toMatchObject({
      ok: true,
      data: { report: { locked: false } },
    });
  });

  it('stay out of trends and of the report-ready message title', async () => {
    const r = await hiv();
    expect(r.sensitive).toBe(true);
    const { trend } = await rec.ok<{ trend: TrendView }>({ action: 'trend', patientId: ZHANG, code: 'HIV-AB' });
    expect(trend.points).toEqual([]);
  });
});

describe('the HIS boundary for reports', () => {
  const good = finalPotassium(MOTHER, 'V1');

  it.each([
    ['an unflagged critical value', { items: [{ ...good.items[0], value: '7.10', interpretation: 'HH' }] }, 'critical'],
    ['an unknown interpretation', { items: [{ ...good.items[0], interpretation: 'HIGH' }] }, 'items.0.interpretation'],
    ['results on a report not yet final', { status: 'registered', reportedAt: null }, 'status'],
    ['another patient’s report', { patientId: ZHANG }, '不属于所查询的患者'],
    ['a field too long', { title: '长'.repeat(41) }, 'title'],
  ])('%s: refused whole, recorded, the rest shown', async (_what, change, problem) => {
    sys.ports.his = { ...hisWith(async () => ({ orders: [] })), reports: async () => ({ reports: [{ ...good, ...change, id: 'V1.BAD' }, good] }) };
    const list = (await reportsOf(rec, MOTHER)).filter((r) => r.departmentName === '肾内科' && r.title === '血钾');
    expect(list).toHaveLength(1);
    const issues = await sys.ports.db.find<HisIssueDoc>('hisIssues', {});
    expect(issues).toHaveLength(1);
    expect(issues[0].problem).toContain(problem);
    expect(JSON.stringify(rec.answers)).not.toContain('7.10');
  });

  it('a report that turned final is announced once, a sensitive one without its title, never with a value', async () => {
    const now = sys.ports.clock.now();
    const hiv = {
      ...good,
      id: 'V2.LAB-HIV',
      code: 'LAB-HIV',
      title: 'HIV抗体筛查',
      sampledAt: now - 7_200_000,
      reportedAt: now - 600_000,
      items: [{ code: 'HIV-AB', name: 'HIV抗体（初筛）', value: '阴性', unit: '', range: '阴性', interpretation: 'N' }],
    };
    const k = { ...good, sampledAt: now - 7_200_000, reportedAt: now - 600_000 };
    sys.ports.his = { ...hisWith(async () => ({ orders: [] })), reports: async () => ({ reports: [hiv, k] }) };
    await reportsOf(rec, MOTHER);
    sys.setNow(now + 120_000);
    await reportsOf(rec, MOTHER);
    await sys.runTimer('records');
    const messages = await sys.ports.db.find<{ _id: string; data: Record<string, string> }>('outbox', { where: { kind: 'report_ready' } });
    const titles = messages.map((m) => m.data.report).sort();
    expect(titles).toEqual(['检验报告', '血钾']);
    expect(JSON.stringify(messages)).not.toContain('HIV');
    expect(JSON.stringify(messages)).not.toContain('4.20');
  });

  it('an answer that is not a list of reports: recorded, nothing changes', async () => {
    const first = await reportsOf(rec, MOTHER);
    const before = await sys.ports.db.count('reports');
    sys.ports.his = { ...hisWith(async () => ({ orders: [] })), reports: async () => '<html>502</html>' };
    sys.setNow(sys.ports.clock.now() + 120_000);
    expect(await reportsOf(rec, MOTHER)).toEqual(first);
    expect(await sys.ports.db.count('reports')).toBe(before);
    expect((await sys.ports.db.find<HisIssueDoc>('hisIssues', {}))[0].problem).toContain('答复格式不正确');
  });

  it('the HTTP HIS is asked with the query, the patient and since; its answer goes through the same checks', async () => {
    const asked: Array<Record<string, unknown>> = [];
    const server = createServer((req, res) => {
      let text = '';
      req.on('data', (chunk: Buffer) => (text += chunk.toString()));
      req.on('end', () => {
        asked.push(JSON.parse(text) as Record<string, unknown>);
        res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ reports: [{ ...good, id: 'V1.BAD', critical: 'yes' }, good] }));
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      sys.ports.his = new HttpHis(`http://127.0.0.1:${(server.address() as AddressInfo).port}/his`, 'token');
      const list = await reportsOf(rec, MOTHER);
      expect(list.map((r) => r.title)).toEqual(['血钾']);
      expect(asked[0]).toMatchObject({ query: 'reports', since: 0, patient: { patientId: MOTHER, name: '王秀兰', sex: 'female' } });
      expect((await sys.ports.db.find<HisIssueDoc>('hisIssues', {}))[0].problem).toContain('critical');
    } finally {
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  });
});
