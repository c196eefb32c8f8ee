/** 评价 (postvisit/rate): stars for every aspect of a visit, an online consultation or a home visit, saved on the real store. */
import type { LocalSystem } from '../../support/local-system';
import { loadPage, tap, textOf, waitFor } from '../setup/page';
import { answeredQuestion } from '../online/consult-fixtures';
import { completedVisit, feedbackSystem, openPage, paidRegistration, PATIENT } from './feedback-fixtures';
import { assignedRequest, homecareStaff, NURSE } from './homecare-fixtures';

/** Flows of several calls through the real handlers: room for a busy machine. */
jest.setTimeout(20_000);

let system: LocalSystem;
let id: string;

beforeAll(() => {
  id = loadPage('postvisit/rate/index');
});

beforeEach(async () => {
  system = await feedbackSystem();
});

describe('rating a visit', () => {
  it('asks for every aspect, then saves the stars and the comment in the store', async () => {
    const visit = await completedVisit(system);
    const page = await openPage(id, { appointmentId: visit });
    expect(textOf(page)).toContain('心血管内科 · 陈立民');
    tap(page, '#submit');
    await waitFor(() => expect(textOf(page.querySelector('#message')!)).toBe('请为“医生诊疗”打分'));
    ['doctor', 'nurse', 'waiting', 'environment', 'payment'].forEach((_, index) =>
      page.instance.onStar({ currentTarget: { dataset: { index } }, detail: 5 - (index % 2) }),
    );
    page.instance.onComment({ detail: '医生很耐心' });
    tap(page, '#submit');
    await waitFor(() => expect(textOf(page.querySelector('#message')!)).toContain('评价已保存，2026-12-02 09:30 前可修改'));
    expect(await system.ports.db.get('feedbackRatings', `rating-${visit}`)).toMatchObject({
      scores: { doctor: 5, nurse: 4, waiting: 5, environment: 4, payment: 5 },
      comment: '医生很耐心',
    });
  });

  it('shows a visit not yet completed as not rateable, and an unknown one as empty', async () => {
    const b = await paidRegistration(system);
    const page = await openPage(id, { appointmentId: b.appointmentId });
    expect(textOf(page.querySelector('#closed')!)).toBe('就诊完成后才能评价。');
    expect(page.querySelector('#submit')).toBeFalsy();
    const missing = await openPage(id, { appointmentId: 'appt-nope' });
    expect(textOf(missing)).toContain('没有找到这次就诊');
  });

  it('keeps the stars given when the page shows again', async () => {
    const visit = await completedVisit(system);
    const page = await openPage(id, { appointmentId: visit });
    page.instance.onStar({ currentTarget: { dataset: { index: 0 } }, detail: 3 });
    await page.instance.onShow();
    await page.instance.onShow();
    expect(page.data.rows[0].score).toBe(3);
    expect(page.data.view.status).toBe('ready');
  });
});

describe('rating an online consultation', () => {
  it("asks for the consultation's aspects only, then saves them in the store", async () => {
    const c = await answeredQuestion(system);
    await system.ok('consult', PATIENT, { action: 'end', consultationId: c.id });
    const page = await openPage(id, { kind: 'consult', id: c.id });
    expect(textOf(page)).toContain('在线咨询');
    expect(textOf(page)).toContain('为这项服务打分');
    expect(page.data.rows.map((r: { label: string }) => r.label)).toEqual(['医生诊疗', '回复及时']);
    tap(page, '#submit');
    await waitFor(() => expect(textOf(page.querySelector('#message')!)).toBe('请为“医生诊疗”打分'));
    [5, 4].forEach((detail, index) => page.instance.onStar({ currentTarget: { dataset: { index } }, detail }));
    page.instance.onComment({ detail: '回复很快' });
    tap(page, '#submit');
    await waitFor(() => expect(textOf(page.querySelector('#message')!)).toContain('评价已保存，2026-12-02 09:30 前可修改'));
    expect(await system.ports.db.get('feedbackRatings', `rating-consult-${c.id}`)).toMatchObject({
      scores: { doctor: 5, response: 4 },
      comment: '回复很快',
      departmentName: '心血管内科',
    });
  });

  it('an open consultation is not rateable yet; an unknown one is empty', async () => {
    const c = await answeredQuestion(system);
    const page = await openPage(id, { kind: 'consult', id: c.id });
    expect(textOf(page.querySelector('#closed')!)).toBe('服务完成后才能评价。');
    expect(page.querySelector('#submit')).toBeFalsy();
    const missing = await openPage(id, { kind: 'delivery', id: 'dl-nope' });
    expect(textOf(missing)).toContain('没有找到这项服务');
  });
});

it('rates a finished home visit on the nurse and punctuality', async () => {
  await homecareStaff(system);
  const r = await assignedRequest(system);
  for (const action of ['depart', 'start']) await system.ok('homecare', NURSE, { action, homecareId: r.id });
  await system.ok('homecare', NURSE, {
    action: 'finish',
    homecareId: r.id,
    note: '已换药',
    vitals: { temperature: 36.5, pulse: 76, systolic: 128, diastolic: 80, spo2: 98 },
  });
  const page = await openPage(id, { kind: 'homecare', id: r.id });
  expect(textOf(page)).toContain('上门护理');
  expect(page.data.rows.map((row: { label: string }) => row.label)).toEqual(['护理服务', '准时到达']);
  [5, 3].forEach((detail, index) => page.instance.onStar({ currentTarget: { dataset: { index } }, detail }));
  tap(page, '#submit');
  await waitFor(() => expect(textOf(page.querySelector('#message')!)).toContain('评价已保存'));
  expect(await system.ports.db.get('feedbackRatings', `rating-homecare-${r.id}`)).toMatchObject({
    scores: { nurse: 5, punctuality: 3 },
    departmentName: '上门护理',
  });
});
