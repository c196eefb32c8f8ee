/** Prescriptions (function 14) and medication guidance (15): per visit, with the prescription rules enforced at the HIS boundary. */
import type { HisIssueDoc } from '../../backend/domain/his/docs';
import type { DrugMonographView, InteractionView, PrescriptionView } from '../../miniprogram/shared/dto/records';
import { hisWith } from '../support/his-stub';
import { startLocalSystem, type LocalSystem } from '../support/local-system';
import { deliver, payInSandbox } from '../support/payment-fixtures';
import { completedVisit, MOTHER, PatientRecorder, ZHANG } from '../support/records-fixtures';

let sys: LocalSystem;
let rec: PatientRecorder;
beforeEach(async () => {
  sys = await startLocalSystem({ history: true });
  rec = new PatientRecorder(sys);
});

const prescriptionsOf = async (patientId: string): Promise<PrescriptionView[]> =>
  (await rec.ok<{ prescriptions: PrescriptionView[] }>({ action: 'prescriptions', patientId })).prescriptions;

describe('prescriptions', () => {
  it('per visit, newest first: drugs with dose, frequency, route, days and quantity; dispensed long-term medicines count down', async () => {
    const list = await prescriptionsOf(ZHANG);
    expect(list).toHaveLength(9);
    const latest = list[0];
    expect(latest).toMatchObject({
      departmentName: '心血管内科',
      doctorName: '陈立民',
      status: 'dispensed',
      statusText: '已取药',
      typeLabel: '长期处方（慢病稳定期）',
      pharmacyWindow: expect.stringMatching(/^门诊西药房 \d号窗口$/),
      orderId: '',
    });
    expect(latest.items.map((i) => i.drug)).toEqual(['阿托伐他汀钙片', '苯磺酸氨氯地平片']);
    expect(latest.items[1]).toMatchObject({
      spec: '5mg×28片',
      dose: '5mg（1片）',
      frequency: '每日1次',
      route: '口服',
      days: 28,
      quantity: 1,
      quantityText: '1盒',
      hasGuide: true,
    });
    expect(latest.items[1].supply).toMatchObject({ daysLeft: 8, nudge: false, text: expect.stringContaining('还剩约8天') });
    const older = list.find((rx) => rx.items.some((i) => i.drug === '盐酸二甲双胍片'))!;
    expect(older.items[0]).toMatchObject({ frequency: '每日3次', days: 28, quantity: 2 });
    expect(older.items[0].supply).toMatchObject({ daysLeft: 0, nudge: true, text: '药已用完，请尽快复诊' });
    expect(latest.rulesText).toContain('每种药最多84天用量');
  });

  it('a new visit’s prescription: unpaid with the order to pay, paid, then dispensed 15 minutes later; valid the day written', async () => {
    await completedVisit(sys, '上呼吸道感染');
    const [rx] = await prescriptionsOf(ZHANG);
    expect(rx).toMatchObject({
      status: 'unpaid',
      statusText: '未缴费',
      typeLabel: '普通处方',
      validText: '开具当日有效',
      orderId: expect.stringMatching(/^ord-opd-/),
    });
    expect(rx.items[0]).toMatchObject({ drug: '布洛芬缓释胶囊', frequency: '每日2次', days: 7, supply: null });
    const { payment } = await sys.ok<{ payment: { outTradeNo: string } }>('orders', 'demo-patient', { action: 'pay', orderId: rx.orderId });
    await deliver(sys, await payInSandbox(sys, payment.outTradeNo));
    sys.setNow(sys.ports.clock.now() + 61_000);
    expect((await prescriptionsOf(ZHANG))[0]).toMatchObject({ status: 'paid', statusText: '已缴费', orderId: '' });
    sys.setNow(sys.ports.clock.now() + 15 * 60_000);
    expect((await prescriptionsOf(ZHANG))[0]).toMatchObject({ status: 'dispensed', statusText: '已取药' });
  });

  it('an unpaid prescription past its day is shown expired, without a way to pay', async () => {
    await completedVisit(sys, '上呼吸道感染');
    sys.setNow(sys.ports.clock.now() + 86_400_000);
    expect((await prescriptionsOf(ZHANG))[0]).toMatchObject({ status: 'unpaid', expired: true, statusText: '已过期', orderId: '' });
  });
});

describe('the HIS boundary for prescriptions', () => {
  const good = {
    id: 'V9.rx1',
    hospitalId: 'h-zzcentral',
    visitId: 'V9',
    patientId: MOTHER,
    orderIndex: 1,
    departmentId: 'd-zz-nephro',
    departmentName: '肾内科',
    doctorName: '贾永生',
    writtenAt: 1_795_570_000_000,
    validDays: 1,
    validityNote: '',
    type: 'normal',
    chronicNote: '',
    status: 'dispensed',
    dispensedAt: 1_795_570_600_000,
    pharmacyWindow: '门诊西药房 1号窗口',
    items: [
      {
        code: 'DRUG-IBU',
        drug: '布洛芬缓释胶囊',
        spec: '0.3g×20粒',
        dose: '0.3g（1粒）',
        unitsPerTake: 1,
        frequency: 'bid',
        route: 'po',
        days: 5,
        quantity: 1,
        packUnit: '盒',
        unitsPerPack: 20,
        notes: '',
      },
    ],
  };

  it.each([
    ['a normal prescription of 10 days', { items: [{ ...good.items[0], days: 10 }] }, '超过7天'],
    ['an emergency prescription of 5 days', { type: 'emergency', items: [{ ...good.items[0], days: 5 }] }, '超过3天'],
    ['a long-term one of 6 weeks', { type: 'long_term', items: [{ ...good.items[0], days: 42, quantity: 5 }] }, '超过28天'],
    ['12 weeks without the doctor’s note', { type: 'chronic_stable', items: [{ ...good.items[0], days: 84, quantity: 9 }] }, '缺少医生的说明'],
    ['valid 3 days without a reason', { validDays: 3 }, '缺少医生注明的理由'],
    ['more packs than the days need', { items: [{ ...good.items[0], quantity: 3 }] }, '超过5天用量'],
    ['an unknown frequency', { items: [{ ...good.items[0], frequency: 'sometimes' }] }, 'frequency'],
  ])('%s: refused and recorded, never shown', async (_what, change, problem) => {
    sys.ports.his = { ...hisWith(async () => ({ orders: [] })), prescriptions: async () => ({ prescriptions: [{ ...good, ...change, id: 'V9.rx2' }, good] }) };
    const list = await prescriptionsOf(MOTHER);
    expect(list).toHaveLength(1);
    expect(list[0].items[0].days).toBe(5);
    const issues = await sys.ports.db.find<HisIssueDoc>('hisIssues', {});
    expect(issues).toHaveLength(1);
    expect(issues[0].problem).toContain(problem);
    expect(issues[0].hospitalId).toBe('h-zzcentral');
    const staff = await sys.ok<{ issues: Array<{ problem: string }> }>('clinic', 'demo-admin-zz', { action: 'hisIssues', hospitalId: 'h-zzcentral' });
    expect(staff.issues[0].problem).toContain(problem);
  });
});

describe('medication guidance', () => {
  it('a monograph by code, marked as information with its source; an unknown code is NOT_FOUND', async () => {
    const { drug } = await sys.ok<{ drug: DrugMonographView }>('records', null, { action: 'drug', code: 'DRUG-WAR' });
    expect(drug).toMatchObject({ name: '华法林钠片', source: '依据：国家基本药物目录', disclaimer: expect.stringContaining('不能代替医生和药师的建议') });
    expect(drug.avoid.join('')).toContain('绿叶蔬菜');
    expect(drug.seeDoctorAtOnce.join('')).toContain('黑便');
    expect(drug).not.toHaveProperty('classes');
    expect(await sys.call('records', null, { action: 'drug', code: 'DRUG-NOPE' })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });

  it('interactions among a family member’s current prescriptions: enalapril + spironolactone', async () => {
    const { interactions } = await rec.ok<{ interactions: InteractionView[] }>({ action: 'interactions', patientId: MOTHER });
    expect(interactions).toEqual([
      expect.objectContaining({ drugs: ['螺内酯片', '马来酸依那普利片'], severity: 'major', severityText: '严重', effect: expect.stringContaining('血钾') }),
    ]);
    const none = await rec.ok<{ interactions: InteractionView[] }>({ action: 'interactions', patientId: ZHANG });
    expect(none.interactions).toEqual([]);
  });
});
