/** 评价就诊: stars for every aspect, saved on the real store (postvisit/rate). */
import type { LocalSystem } from '../../support/local-system';
import { loadPage, tap, textOf, waitFor } from '../setup/page';
import { completedVisit, feedbackSystem, openPage, paidRegistration } from './feedback-fixtures';

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
    ['doctor', 'nurse', 'waiting', 'environment', 'payment'].forEach((_, index) => page.instance.onStar({ currentTarget: { dataset: { index } }, detail: 5 - (index % 2) }));
    page.instance.onComment({ detail: '医生很耐心' });
    tap(page, '#submit');
    await waitFor(() => expect(textOf(page.querySelector('#message')!)).toContain('评价已保存，2026-12-02 09:30 前可修改'));
    expect(await system.ports.db.get('feedbackRatings', `rating-${visit}`)).toMatchObject({ scores: { doctor: 5, nurse: 4, waiting: 5, environment: 4, payment: 5 }, comment: '医生很耐心' });
  });

  it('shows a visit not yet completed as not rateable, and an unknown one as empty', async () => {
    const b = await paidRegistration(system);
    const page = await openPage(id, { appointmentId: b.appointmentId });
    expect(textOf(page.querySelector('#closed')!)).toBe('就诊完成后才能评价。');
    expect(page.querySelector('#submit')).toBeFalsy();
    const missing = await openPage(id, { appointmentId: 'appt-nope' });
    expect(textOf(missing)).toContain('没有找到这次就诊');
  });
});
