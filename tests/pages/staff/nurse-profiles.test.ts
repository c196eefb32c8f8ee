/** 护士资质 (staff/nurse-profiles): the admin records each nurse's title and year of practice; the coordinator may then send them. */
import { shanghaiYear } from '../../../miniprogram/shared/time';
import { session } from '../../../miniprogram/stores/session';
import { nurseRows, practiceYearOf } from '../../../miniprogram/staff/nurse-profiles/nurse-form';
import type { LocalSystem } from '../../support/local-system';
import { feedbackSystem, openPage, PATIENT, ZZ } from '../postvisit/feedback-fixtures';
import { COORD, homecareStaff, NURSE } from '../postvisit/homecare-fixtures';
import { apiCalls, failRequests, loadPage, tap, textOf, waitFor, wxMock } from '../setup/page';

const JUNIOR = 'hc-nurse-zz2';
let system: LocalSystem;
let id: string;

beforeAll(() => {
  id = loadPage('staff/nurse-profiles/index');
});

beforeEach(async () => {
  system = await feedbackSystem();
  await homecareStaff(system);
  await system.ok('staff', 'demo-admin-zz', { action: 'grant', hospitalId: ZZ, openid: JUNIOR, name: '护士吴倩', role: 'nurse' });
  session.setDemoOpenid('demo-admin-zz');
});

afterEach(() => {
  session.setDemoOpenid(PATIENT);
});

it('reads each nurse as title, year and whether they may visit homes; checks the year', () => {
  expect(nurseRows([{ openid: 'n1', name: '甲', problem: '', nurseTitle: 'supervisor', practiceSinceYear: 2015 }])).toEqual([
    { openid: 'n1', name: '甲', detail: '主管护师 · 2015年起执业', status: '可上门护理' },
  ]);
  expect(nurseRows([{ openid: 'n2', name: '乙', problem: '该护士未登记职称和执业年限', nurseTitle: null, practiceSinceYear: null }])[0].detail).toBe(
    '未登记职称和执业年份',
  );
  expect(practiceYearOf('2015', 2026)).toEqual({ ok: true, value: 2015 });
  expect(practiceYearOf('2030', 2026)).toEqual({ ok: false, error: '请填写1960到2026之间的年份' });
});

it('records a nurse’s title and year; the coordinator may then assign her', async () => {
  const page = await openPage(id);
  expect(textOf(page.querySelector(`#nurse-${NURSE}`)!)).toBe('护师周琳主管护师 · 2015年起执业可上门护理');
  expect(textOf(page.querySelector(`#nurse-${JUNIOR}`)!)).toBe('护士吴倩未登记职称和执业年份该护士未登记职称和执业年限');
  tap(page, `#nurse-${JUNIOR}`);
  await waitFor(() => expect(page.data.editing).toBe(JUNIOR));
  page.instance.onYear({ detail: '2090' });
  tap(page, '#save');
  await waitFor(() => expect(page.data.error).toBe(`请填写1960到${shanghaiYear(Date.now())}之间的年份`));
  expect(apiCalls().filter((c) => c.action === 'setNurse')).toHaveLength(0);
  tap(page, '#title-supervisor');
  await waitFor(() => expect(page.data.title).toBe('supervisor'));
  page.instance.onYear({ detail: '2012' });
  tap(page, '#save');
  await waitFor(() => expect(wxMock.showToast).toHaveBeenCalledWith({ title: '护士吴倩的资质已保存', icon: 'none' }));
  await waitFor(() => expect(textOf(page.querySelector(`#nurse-${JUNIOR}`)!)).toBe('护士吴倩主管护师 · 2012年起执业可上门护理'));
  const { nurses } = await system.ok<{ nurses: Array<{ openid: string; problem: string }> }>('homecare', COORD, { action: 'nurses', hospitalId: ZZ });
  expect(nurses.find((n) => n.openid === JUNIOR)?.problem).toBe('');
});

it('a coordinator sees the list but may not change it; offline an error with retry', async () => {
  session.setDemoOpenid(COORD);
  const page = await openPage(id);
  tap(page, `#nurse-${NURSE}`);
  await waitFor(() => expect(page.data.editing).toBe(NURSE));
  tap(page, '#save');
  await waitFor(() => expect(page.data.error).not.toBe(''));
  failRequests();
  expect(textOf(await openPage(id))).toContain('重试');
});

it('elder mode enlarges the page and names it', async () => {
  session.setElderMode(true);
  const page = await openPage(id);
  expect(page.querySelector('.pz-page')!.dom!.className).toContain('elder');
  expect(textOf(page)).toContain('护士资质');
  session.setElderMode(false);
});

it('coming back shows a change made meanwhile and keeps the year being typed; pull-down stops the spinner', async () => {
  const page = await openPage(id);
  await page.instance.onShow();
  tap(page, `#nurse-${JUNIOR}`);
  await waitFor(() => expect(page.data.editing).toBe(JUNIOR));
  page.instance.onYear({ detail: '2013' });
  await system.ok('homecare', 'demo-admin-zz', { action: 'setNurse', hospitalId: ZZ, openid: NURSE, nurseTitle: 'supervisor', practiceSinceYear: 2010 });
  await page.instance.onShow();
  expect(textOf(page.querySelector(`#nurse-${NURSE}`)!)).toContain('2010年起执业');
  expect(page.data.year).toBe('2013');
  wxMock.stopPullDownRefresh.mockClear();
  await page.instance.onPullDownRefresh();
  expect(wxMock.stopPullDownRefresh).toHaveBeenCalled();
});
