/**
 * From a completed visit to the report and its trend, and from the prescription to the medication
 * guidance and plan, with the automator API only, on the emulator's moved clock. Set up through the
 * emulator's API: 张建国 books 陈立民 (心血管内科) and pays; at the visit the doctor completes it with
 * 原发性高血压 (the demo HIS orders an ECG, 血脂四项 and 苯磺酸氨氯地平片); the patient pays the orders;
 * the clock moves a day on, when every result is final. In the app: 服务 → 报告查询 → today's 血脂四项
 * → 总胆固醇's trend from his history to the visit → 处方与用药指导 → the prescription → 用药指导 (and its
 * 朗读 button) →
 * 用药计划: a time picked, saved, a due dose marked taken.
 */
import { randomUUID } from 'node:crypto';
import { call, firstOpenSlot, moveClock, payAppointmentViaApi } from '../browser/support/emulator-api';
import {
  answerDialogsYes,
  becomeIdentity,
  currentPage,
  element,
  elementWithText,
  go,
  nodeShows,
  restoreDialogs,
  see,
  tap,
  tapTarget,
  textOf,
  waitPath,
  waitUntil,
} from './support/app';
import { Journey } from './support/journey';
import { describeOnTarget } from './support/suite';
import type { Target } from './support/target';

const PATIENT = 'demo-patient';
const ZHANG = 'pat-demo-zhang';
const DAY = 86_400_000;

interface Summary {
  id: string;
  title: string;
  visitDate: string;
  statusText: string;
}
interface RxSummary {
  id: string;
  visitDate: string;
  items: Array<{ code: string }>;
}

/** 张建国's visit with 陈立民, completed and its orders paid; the clock a day later. Answers the visit's date. */
async function visitCompletedAndPaid(baseUrl: string): Promise<string> {
  const slot = await firstOpenSlot(baseUrl, 'doc-zz-001', PATIENT);
  const { id } = await call<{ id: string }>(baseUrl, 'booking', PATIENT, { action: 'book', slotId: slot.slotId, patientId: ZHANG, requestId: randomUUID() });
  await payAppointmentViaApi(baseUrl, PATIENT, id);
  const { appointment } = await call<{ appointment: { start: number } }>(baseUrl, 'booking', PATIENT, { action: 'get', appointmentId: id });
  await moveClock(baseUrl, appointment.start + 5 * 60_000);
  await call(baseUrl, 'clinic', 'demo-doctor-zz', { action: 'completeVisit', appointmentId: id, diagnosis: '原发性高血压' });
  const { orders } = await call<{ orders: Array<{ id: string; visitId: string | null }> }>(baseUrl, 'orders', PATIENT, { action: 'mine', status: 'unpaid' });
  const visitOrders = orders.filter((o) => o.visitId === id);
  expect(visitOrders.length).toBeGreaterThanOrEqual(3);
  for (const o of visitOrders) {
    const { payment } = await call<{ payment: { outTradeNo: string } }>(baseUrl, 'orders', PATIENT, { action: 'pay', orderId: o.id });
    const res = await fetch(`${baseUrl}/dev/pay/${encodeURIComponent(payment.outTradeNo)}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{}',
    });
    expect(res.ok).toBe(true);
    await call(baseUrl, 'orders', PATIENT, { action: 'settle', orderId: o.id });
  }
  await moveClock(baseUrl, appointment.start + DAY);
  return slot.date;
}

async function recordsJourney({ mp, baseUrl }: Target): Promise<void> {
  const j = new Journey(mp, 'records');
  const visitDate = await visitCompletedAndPaid(baseUrl);
  await becomeIdentity(mp, PATIENT);
  await answerDialogsYes(mp);

  const reportId = await j.step('报告查询 from 服务: the visit’s 血脂四项 is ready', async () => {
    await go(mp, 'reLaunch', '/pages/services/index');
    await see(mp, '郑州康宁医院');
    await tap(mp, '#fn-reports');
    await waitPath(mp, 'records/reports/index');
    await see(mp, '血脂四项');
    const reports = await waitUntil('the reports of the visit', async () => {
      const list: Summary[] | undefined = await (await currentPage(mp)).data('view.data.reports');
      const today = (list ?? []).filter((r) => r.visitDate === visitDate);
      return today.length >= 2 ? today : null;
    });
    expect(reports.map((r) => [r.title, r.statusText]).sort()).toEqual([
      ['常规心电图', '已出报告'],
      ['血脂四项', '已出报告'],
    ]);
    const lipids = reports.find((r) => r.title === '血脂四项');
    await nodeShows(mp, `#report-${lipids?.id}`, `${visitDate} · 郑州康宁医院 · 心血管内科`);
    return lipids?.id ?? '';
  });

  await j.step('open the report: each item with its range and flag', async () => {
    await tap(mp, `#report-${reportId}`);
    await waitPath(mp, 'records/report/index');
    const text = await see(mp, '总胆固醇');
    expect(text).toContain('mmol/L');
    expect(text).toContain('低密度脂蛋白胆固醇');
  });

  await j.step('总胆固醇’s trend across his visits', async () => {
    await tap(mp, '#trend-TC');
    const chart = await nodeShows(mp, '#trend-chart', `${visitDate}：`);
    expect(chart).toContain('总胆固醇（mmol/L） 参考范围');
    const points: Array<{ date: string }> = await (await currentPage(mp)).data('chart.points');
    expect(points.length).toBeGreaterThanOrEqual(3);
    expect(points.map((p) => p.date)).toEqual([...points.map((p) => p.date)].sort());
    expect(points[points.length - 1].date).toBe(visitDate);
    await element(mp, '#trend-chart image');
  });

  const rxId = await j.step('处方与用药指导: the visit’s prescription, dispensed', async () => {
    await mp.callWxMethod('navigateBack', { delta: 1 });
    await waitPath(mp, 'records/reports/index');
    await tap(mp, '#to-prescriptions');
    await waitPath(mp, 'records/prescriptions/index');
    await see(mp, '苯磺酸氨氯地平片');
    const rx = await waitUntil('the visit’s prescription', async () => {
      const list: RxSummary[] | undefined = await (await currentPage(mp)).data('view.data.prescriptions');
      return (list ?? []).find((p) => p.visitDate === visitDate && p.items.some((i) => i.code === 'DRUG-AML'));
    });
    await nodeShows(mp, `#rx-${rx.id}`, '已取药');
    return rx.id;
  });

  await j.step('用药指导 of 苯磺酸氨氯地平片', async () => {
    await tap(mp, `#guide-${rxId}-DRUG-AML`);
    await waitPath(mp, 'records/drug/index');
    expect(await textOf(mp, '#uses')).toContain('高血压');
    await element(mp, '#urgent');
    await see(mp, '仅供参考，不能代替医生和药师的建议');
    // 朗读 (WechatSI in WeChat, speechSynthesis in the preview): the button leaves its idle state —
    // reading (then stopped by a second tap) or, where no speech is available, saying so.
    const speech = await element(mp, '#speech');
    const button = await waitUntil('the 朗读 button', () => speech.$('#read-aloud'));
    expect(await button.text()).toContain('朗读');
    await (await tapTarget(button)).tap();
    const state = await waitUntil('朗读 to start or to say it is unavailable', async () => {
      const t = await speech.text();
      return /停止|暂不可用/.test(t) && t;
    });
    if (state.includes('停止')) await (await tapTarget(button)).tap();
    await mp.callWxMethod('navigateBack', { delta: 1 });
    await waitPath(mp, 'records/prescriptions/index');
  });

  await j.step('用药计划: once a day, at 07:00 rather than 08:00, saved', async () => {
    await tap(mp, `#plan-${rxId}`);
    await waitPath(mp, 'records/plan/index');
    await see(mp, '每天服药时间');
    await (await tapTarget(await elementWithText(mp, '.time', '08:00'))).tap();
    await (await tapTarget(await elementWithText(mp, '.time', '07:00'))).tap();
    await waitUntil('07:00 picked', async () => ((await (await currentPage(mp)).data('times')) as string[]).join() === '07:00');
    await tap(mp, '#save-plan');
    await nodeShows(mp, '#summary', '苯磺酸氨氯地平片');
  });

  await j.step('a dose that is due marked taken, counted in the summary for the doctor', async () => {
    const mark = await elementWithText(mp, '.mark', '已服');
    expect(await mark.attribute('id')).toMatch(/^dose-\d{4}-\d{2}-\d{2}-\d{2}:\d{2}-yes$/);
    await mark.tap();
    await nodeShows(mp, '#summary', '已服1次');
  });

  await restoreDialogs(mp);
}

describeOnTarget('records with automator', (target) => {
  test('completed visit → paid → report → trend → prescription → 用药指导 → 用药计划 and a dose', async () => {
    try {
      await recordsJourney(target());
    } finally {
      await moveClock(target().baseUrl, null);
    }
  }, 120_000);
});
