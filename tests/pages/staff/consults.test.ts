/** 在线咨询 (staff/consults): the doctor's worklist, red flags first; an unqualified doctor is told why. */
import { session } from '../../../miniprogram/stores/session';
import type { LocalSystem } from '../../support/local-system';
import { feedbackSystem, openPage, PATIENT, ZZ } from '../postvisit/feedback-fixtures';
import { DOCTOR, paidQuestion, question } from '../online/consult-fixtures';
import { loadPage, tap, textOf, waitFor, wxMock } from '../setup/page';

jest.setTimeout(20_000);

let system: LocalSystem;
let id: string;

beforeAll(() => {
  id = loadPage('staff/consults/index');
});

beforeEach(async () => {
  system = await feedbackSystem();
  session.setDemoOpenid(DOCTOR);
});

afterEach(() => {
  session.setDemoOpenid(PATIENT);
});

it('empty, then the red-flag question above the calm one; tapping opens it', async () => {
  const empty = await openPage(id, {}, 'onShow');
  expect(textOf(empty)).toContain('没有待处理的在线咨询');
  const calm = await paidQuestion(system);
  const urgent = await question(system, { doctorId: undefined, departmentId: 'd-zz-cardio', text: '父亲胸口疼，出了一身冷汗', requestId: 'req-page-cs-red' });
  const page = await openPage(id, {}, 'onShow');
  const text = textOf(page);
  expect(text.indexOf('父亲胸口疼')).toBeLessThan(text.indexOf('母亲早上血压'));
  expect(textOf(page.querySelector(`#consult-${urgent.id}`)!)).toContain('【危急】王秀兰（父母）· 心血管内科');
  tap(page, `#consult-${calm.id}`);
  await waitFor(() => expect(wxMock.navigateTo).toHaveBeenCalledWith({ url: `/staff/consult/index?id=${calm.id}` }));
});

it('a doctor under three years of independent practice is told why', async () => {
  await system.ok('staff', 'demo-admin-zz', {
    action: 'grant',
    hospitalId: ZZ,
    openid: 'cs-junior',
    name: '牛振华',
    role: 'doctor',
    doctorId: 'doc-zz-003',
    practiceSinceYear: 2025,
  });
  session.setDemoOpenid('cs-junior');
  const page = await openPage(id, {}, 'onShow');
  expect(page.data.view.status).toBe('error');
  expect(textOf(page)).toContain('独立执业满3年的医生方可提供线上诊疗');
});
