/**
 * The three post-visit services end to end with the automator API, one lean journey each:
 * - 就医反馈: demo-patient writes a complaint in 服务 → 就医反馈 → 我要投诉; the service desk
 *   (demo-service-zz) opens it in 投诉处理 and answers after confirming; the patient reads the answer.
 * - 病历邮寄: an application of demo-patient (made through the emulator's API: the proof photo needs
 *   the camera) is priced by the records office (demo-records-zz) in 病历复印, paid by the patient in
 *   the sandbox, copied and shipped with a tracking number; the patient sees it.
 * - 医护到家: a request of demo-patient (through the API, two days ahead) is accepted by the
 *   coordinator (demo-homecare-zz), paid, assigned to the qualified demo nurse, who leaves, starts
 *   and finishes with vitals in 上门护理任务; the patient opens 评价 and rates the nurse and
 *   punctuality on the rating page.
 * The rated visit counts in the admin's figures for its month. The emulator's timers are off and no
 * step depends on the time of day.
 */
import { call } from '../browser/support/emulator-api';
import { addDays, shanghaiDate } from '../../miniprogram/shared/time';
import {
  answerDialogsYes,
  becomeIdentity,
  currentPage,
  element,
  go,
  nodeShows,
  openWorkbenchEntry,
  payAndBack,
  restoreDialogs,
  tap,
  tapTarget,
  type,
  waitPath,
  waitUntil,
} from './support/app';
import { Journey } from './support/journey';
import { describeOnTarget } from './support/suite';
import type { MiniProgram, Target } from './support/target';

const PATIENT = 'demo-patient';
const ZZ = 'h-zzcentral';
const ADDRESS = { name: '张建国', phone: '13800000000', province: '河南省', city: '郑州市', district: '金水区', detail: '花园路100号' };
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 9, 9]).toString('base64');

async function typed(mp: MiniProgram, fieldId: string, key: string, value: string): Promise<void> {
  await type(mp, fieldId, value);
  await waitUntil(`${key} typed`, async () => (await (await currentPage(mp)).data(key)) === value);
}

async function complaintJourney(mp: MiniProgram): Promise<void> {
  const j = new Journey(mp, 'complaint');
  const text = '周三上午在门诊收费处排队四十分钟，窗口只开了一个';
  await becomeIdentity(mp, PATIENT);

  const id = await j.step('the patient complains from 就医反馈', async () => {
    await go(mp, 'reLaunch', '/pages/services/index');
    await tap(mp, '#fn-feedback');
    await waitPath(mp, 'postvisit/feedback/index');
    await tap(mp, '#complain');
    await waitPath(mp, 'postvisit/complain/index');
    await tap(mp, '#category-environment');
    await typed(mp, 'text', 'text', text);
    await tap(mp, '#submit');
    const page = await waitPath(mp, 'postvisit/complaint/index');
    await nodeShows(mp, '#status', '已受理');
    expect(await nodeShows(mp, '#deadline', '前答复（5个工作日')).toMatch(/^请在 \d{4}-\d{2}-\d{2} 23:59 前答复/);
    await nodeShows(mp, '#text', text);
    return page.query.id;
  });

  await j.step('the service desk answers it from 投诉处理', async () => {
    await openWorkbenchEntry(mp, 'demo-service-zz', 'complaints', 'staff/complaints/index');
    await tap(mp, `#open-${id}`);
    await waitPath(mp, 'staff/complaint/index');
    await typed(mp, 'answer', 'answer', '已核实，高峰时段增开两个收费窗口，并推广手机缴费');
    await tap(mp, '#send-answer');
    await nodeShows(mp, '#status', '已答复');
  });

  await j.step('the patient reads the answer', async () => {
    await becomeIdentity(mp, PATIENT);
    await go(mp, 'reLaunch', `/postvisit/complaint/index?id=${id}`);
    await nodeShows(mp, '#status', '已答复');
    await nodeShows(mp, '#answer', '增开两个收费窗口');
  });
}

async function recordCopyJourney(mp: MiniProgram, baseUrl: string): Promise<void> {
  const j = new Journey(mp, 'record-copy');
  const { appointments } = await call<{ appointments: Array<{ id: string; status: string; hospitalId: string; patientId: string }> }>(
    baseUrl,
    'booking',
    PATIENT,
    { action: 'mine', status: 'past' },
  );
  const visit = appointments.find((a) => a.status === 'completed' && a.hospitalId === ZZ);
  if (!visit) throw new Error('the seed has no completed visit of demo-patient');
  const { proofId } = await call<{ proofId: string }>(baseUrl, 'recordCopies', PATIENT, {
    action: 'attach',
    hospitalId: ZZ,
    image: PNG,
    requestId: 'req-auto-proof1',
  });
  const { application } = await call<{ application: { id: string } }>(baseUrl, 'recordCopies', PATIENT, {
    action: 'apply',
    hospitalId: ZZ,
    patientId: visit.patientId,
    applicantType: 'self',
    applicantName: '张建国',
    proofs: [{ kind: 'applicant_id', proofId }],
    visitIds: [visit.id],
    parts: ['outpatient_record'],
    purpose: 'insurance',
    address: ADDRESS,
    requestId: 'req-auto-apply1',
  });
  const id = application.id;

  await j.step('the records office reviews and prices 12 pages', async () => {
    await openWorkbenchEntry(mp, 'demo-records-zz', 'record-copies', 'staff/record-copies/index');
    await tap(mp, `#application-${id}`);
    await waitPath(mp, 'staff/record-copy/index');
    await element(mp, '#proof-applicant_id');
    await typed(mp, 'pages', 'pages', '12');
    await tap(mp, '#quote');
    await nodeShows(mp, '#fee', '¥18.00');
  });

  await j.step('the patient pays in the sandbox', async () => {
    await becomeIdentity(mp, PATIENT);
    await go(mp, 'reLaunch', `/postvisit/record-copy/index?id=${id}`);
    await tap(mp, '#pay');
    await payAndBack(mp, 'postvisit/record-copy/index');
    await nodeShows(mp, '#status', '待复印');
  });

  await j.step('the office copies and ships with a tracking number', async () => {
    await openWorkbenchEntry(mp, 'demo-records-zz', 'record-copies', 'staff/record-copies/index');
    await tap(mp, `#application-${id}`);
    await waitPath(mp, 'staff/record-copy/index');
    await tap(mp, '#copied');
    await element(mp, '#ship');
    await typed(mp, 'carrier', 'carrier', 'EMS');
    await typed(mp, 'tracking-no', 'trackingNo', 'EA123456789CN');
    await tap(mp, '#ship');
    await nodeShows(mp, '#tracking', 'EA123456789CN');
  });

  await j.step('the patient sees it shipped', async () => {
    await becomeIdentity(mp, PATIENT);
    await go(mp, 'reLaunch', `/postvisit/record-copy/index?id=${id}`);
    await nodeShows(mp, '#status', '已寄出');
    await nodeShows(mp, '#tracking', 'EMS 运单号 EA123456789CN');
  });
}

async function homecareJourney(mp: MiniProgram, baseUrl: string): Promise<void> {
  const j = new Journey(mp, 'homecare');
  const date = addDays(shanghaiDate(Date.now()), 2);
  const { request } = await call<{ request: { id: string } }>(baseUrl, 'homecare', PATIENT, {
    action: 'request',
    hospitalId: ZZ,
    patientId: 'pat-demo-zhang',
    group: 'elderly',
    serviceCode: 'dressing',
    address: ADDRESS,
    date,
    startTime: '09:00',
    endTime: '11:00',
    condition: '右小腿术后伤口，需换药',
    risk: { drugAllergy: false, infectious: false, consciousness: 'clear', aggression: false },
    requestId: 'req-auto-hc001',
  });
  const id = request.id;

  await j.step('the coordinator accepts after the assessment', async () => {
    await openWorkbenchEntry(mp, 'demo-homecare-zz', 'homecare', 'staff/homecare/index');
    await tap(mp, `#request-${id}`);
    await waitPath(mp, 'staff/homecare-request/index');
    await typed(mp, 'note', 'note', '伤口清洁，无感染征象，可上门');
    await tap(mp, '#accept');
    await nodeShows(mp, '#status', '待支付');
  });

  await j.step('the patient pays in the sandbox', async () => {
    await becomeIdentity(mp, PATIENT);
    await go(mp, 'reLaunch', `/postvisit/homecare-detail/index?id=${id}`);
    await tap(mp, '#pay');
    await payAndBack(mp, 'postvisit/homecare-detail/index');
    await nodeShows(mp, '#status', '待派护士');
  });

  await j.step('the coordinator assigns the qualified nurse', async () => {
    await openWorkbenchEntry(mp, 'demo-homecare-zz', 'homecare', 'staff/homecare/index');
    await tap(mp, `#request-${id}`);
    await waitPath(mp, 'staff/homecare-request/index');
    await tap(mp, '#nurse-demo-nurse-zz');
    await nodeShows(mp, '#status', '已派护士');
  });

  await j.step('the nurse leaves, starts and finishes with vitals', async () => {
    await openWorkbenchEntry(mp, 'demo-nurse-zz', 'home-visits', 'staff/home-visits/index');
    await tap(mp, `#task-${id}`);
    await waitPath(mp, 'staff/home-visit/index');
    await tap(mp, '#depart');
    await nodeShows(mp, '#status', '护士已出发');
    await tap(mp, '#start');
    await nodeShows(mp, '#status', '服务中');
    await typed(mp, 'note', 'note', '伤口愈合良好，已换药');
    for (const [field, value] of [
      ['temperature', '36.6'],
      ['pulse', '78'],
      ['systolic', '132'],
      ['diastolic', '84'],
      ['spo2', '97'],
    ])
      await typed(mp, field, `vitals.${field}`, value);
    await tap(mp, '#finish');
    await nodeShows(mp, '#status', '已完成');
  });

  await j.step('the patient reads the record and rates the visit', async () => {
    await becomeIdentity(mp, PATIENT);
    await go(mp, 'reLaunch', `/postvisit/homecare-detail/index?id=${id}`);
    await nodeShows(mp, '#record', '伤口愈合良好，已换药');
    await tap(mp, '#rate');
    await waitPath(mp, 'postvisit/rate/index');
    for (const aspect of ['nurse', 'punctuality']) {
      const icons = await (await element(mp, `#rate-${aspect}`)).$$('.van-rate__icon');
      await (await tapTarget(icons[4])).tap();
    }
    await waitUntil('five stars on both', async () => ((await (await currentPage(mp)).data('rows')) as Array<{ score: number }>).every((r) => r.score === 5));
    await tap(mp, '#submit');
    await nodeShows(mp, '#message', '评价已保存');
  });
  const { departments } = await call<{ departments: Array<{ departmentId: string; count: number }> }>(baseUrl, 'feedback', 'demo-admin-zz', {
    action: 'stats',
    hospitalId: ZZ,
    month: date.slice(0, 7),
  });
  expect(departments.find((d) => d.departmentId === 'homecare')?.count).toBe(1);
}

/** Runs a journey with every confirmation answered yes (and in DevTools the payment sheet mocked), then restores them. */
async function withDialogsYes({ mp, kind }: Target, run: () => Promise<void>): Promise<void> {
  await answerDialogsYes(mp);
  if (kind === 'devtools') await mp.mockWxMethod('requestPayment', { errMsg: 'requestPayment:ok' });
  await run();
  if (kind === 'devtools') await mp.restoreWxMethod('requestPayment');
  await restoreDialogs(mp);
}

describeOnTarget('post-visit services with automator', (target) => {
  test('a complaint answered by the service desk', async () => {
    await withDialogsYes(target(), () => complaintJourney(target().mp));
  }, 60_000);

  test('record copies reviewed, priced, paid, copied and shipped', async () => {
    await withDialogsYes(target(), () => recordCopyJourney(target().mp, target().baseUrl));
  }, 60_000);

  test('home nursing accepted, paid, assigned, done and rated', async () => {
    await withDialogsYes(target(), () => homecareJourney(target().mp, target().baseUrl));
  }, 60_000);
});
