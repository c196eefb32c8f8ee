/** 上门护理 (staff/home-visit): the nurse leaves, starts, records vitals and finishes; the safety button alerts after asking. */
import type { HomecareRequestDoc } from '../../../backend/domain/homecare/docs';
import { parseVitals } from '../../../miniprogram/staff/home-visit/vitals';
import { session } from '../../../miniprogram/stores/session';
import type { LocalSystem } from '../../support/local-system';
import { feedbackSystem, openPage, PATIENT } from '../postvisit/feedback-fixtures';
import { assignedRequest, homecareStaff, NURSE } from '../postvisit/homecare-fixtures';
import { loadPage, tap, textOf, waitFor, wxMock } from '../setup/page';

/** Flows of several calls through the real handlers: room for a busy machine. */
jest.setTimeout(20_000);

let system: LocalSystem;
let id: string;

beforeAll(() => {
  id = loadPage('staff/home-visit/index');
});

beforeEach(async () => {
  system = await feedbackSystem();
  await homecareStaff(system);
  wxMock.showModal.mockClear();
  session.setDemoOpenid(NURSE);
});

afterEach(() => {
  session.setDemoOpenid(PATIENT);
});

it('reads vitals within their ranges', () => {
  expect(parseVitals({ temperature: '36.55', pulse: '80', systolic: '120', diastolic: '80', spo2: '98' })).toEqual({
    vitals: { temperature: 36.6, pulse: 80, systolic: 120, diastolic: 80, spo2: 98 },
  });
  expect(parseVitals({ temperature: '45', pulse: '80', systolic: '120', diastolic: '80', spo2: '98' })).toEqual({ error: '请填写体温（34–43）' });
  expect(parseVitals({ temperature: '36.5', pulse: '', systolic: '120', diastolic: '80', spo2: '98' })).toEqual({ error: '请填写脉搏（20–250）' });
});

it('leaves, starts, alerts the coordinator after asking, and finishes with the record and vitals', async () => {
  const r = await assignedRequest(system);
  const page = await openPage(id, { id: r.id });
  tap(page, '#depart');
  await waitFor(() => expect(textOf(page.querySelector('#status')!)).toBe('护士已出发'));
  tap(page, '#start');
  await waitFor(() => expect(textOf(page.querySelector('#status')!)).toBe('服务中'));
  tap(page, '#alert');
  await waitFor(() => expect(wxMock.showToast).toHaveBeenCalledWith({ title: '已通知调度员', icon: 'none' }));
  expect(wxMock.showModal.mock.calls[0][0]).toMatchObject({ title: '安全求助' });
  expect(await system.ports.db.find('homecareAlerts', { where: { homecareId: r.id } })).toEqual([
    expect.objectContaining({ location: { latitude: 34.7925, longitude: 113.6654 } }),
  ]);
  page.instance.onNote({ detail: '伤口愈合良好，已更换敷料' });
  for (const [key, value] of [
    ['temperature', '36.7'],
    ['pulse', '82'],
    ['systolic', '130'],
    ['diastolic', '85'],
    ['spo2', '97'],
  ])
    page.instance.onVital({ currentTarget: { dataset: { key } }, detail: value });
  tap(page, '#finish');
  await waitFor(() => expect(textOf(page.querySelector('#status')!)).toBe('已完成'));
  expect(await system.ports.db.get<HomecareRequestDoc>('homecareRequests', r.id)).toMatchObject({
    status: 'finished',
    serviceNote: '伤口愈合良好，已更换敷料',
    vitals: { temperature: 36.7, pulse: 82, systolic: 130, diastolic: 85, spo2: 97 },
  });
});

it('another nurse is refused', async () => {
  const r = await assignedRequest(system);
  session.setDemoOpenid('demo-nurse-zz');
  const page = await openPage(id, { id: r.id });
  expect(page.data.view.status).toBe('error');
});

it('opens the route to the home marked on the map, and the start checks in where the nurse is', async () => {
  const r = await assignedRequest(system);
  await system.ports.db.update('homecareRequests', { _id: r.id }, { set: { homeLocation: { latitude: 34.7934, longitude: 113.6654 } } });
  const page = await openPage(id, { id: r.id });
  tap(page, '#route');
  await waitFor(() => expect(wxMock.openLocation).toHaveBeenCalledWith(expect.objectContaining({ latitude: 34.7934, longitude: 113.6654, name: '张建国家' })));
  tap(page, '#depart');
  await waitFor(() => expect(textOf(page.querySelector('#status')!)).toBe('护士已出发'));
  tap(page, '#start');
  await waitFor(() => expect(textOf(page.querySelector('#arrival')!)).toBe('到达打卡：距患者家约100米'));
  expect(await system.ports.db.get<HomecareRequestDoc>('homecareRequests', r.id)).toMatchObject({
    startLocation: { latitude: 34.7925, longitude: 113.6654 },
    startDistanceM: 100,
  });
});

it('pull-down refresh shows a change made meanwhile (the coordinator rescheduled) and stops the spinner', async () => {
  const r = await assignedRequest(system);
  const page = await openPage(id, { id: r.id });
  const before = page.data.view.data.windowText;
  const doc = (await system.ports.db.get<HomecareRequestDoc>('homecareRequests', r.id))!;
  await system.ports.db.update('homecareRequests', { _id: r.id }, { set: { windowStart: doc.windowStart + 3_600_000, windowEnd: doc.windowEnd + 3_600_000 } });
  wxMock.stopPullDownRefresh.mockClear();
  await page.instance.onPullDownRefresh();
  expect(wxMock.stopPullDownRefresh).toHaveBeenCalled();
  expect(page.data.view.data.windowText).not.toBe(before);
});
