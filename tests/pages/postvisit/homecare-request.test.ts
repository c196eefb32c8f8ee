/** 预约上门护理 (postvisit/homecare-request): the form, a doctor's order where needed, and the risk screen's refusal. */
import type { HomecareRequestDoc } from '../../../backend/domain/homecare/docs';
import type { LocalSystem } from '../../support/local-system';
import { loadPage, tap, textOf, waitFor, wxMock } from '../setup/page';
import { feedbackSystem, openPage, PNG } from './feedback-fixtures';
import { ADDRESS } from './record-fixtures';

/** Flows of several calls through the real handlers: room for a busy machine. */
jest.setTimeout(20_000);

let system: LocalSystem;
let id: string;

beforeAll(() => {
  id = loadPage('postvisit/homecare-request/index');
});

beforeEach(async () => {
  system = await feedbackSystem();
  const readFile = jest.fn((o: { success: (r: { data: string }) => void }) => o.success({ data: PNG }));
  Object.assign(wxMock, {
    chooseMedia: jest.fn((o: { success: (r: { tempFiles: Array<{ tempFilePath: string }> }) => void }) =>
      o.success({ tempFiles: [{ tempFilePath: 'wxfile://tmp/order.png' }] }),
    ),
    getFileSystemManager: () => ({ readFile }),
    chooseAddress: jest.fn((o: { success: (r: Record<string, string>) => void }) =>
      o.success({
        userName: ADDRESS.name,
        telNumber: ADDRESS.phone,
        provinceName: ADDRESS.province,
        cityName: ADDRESS.city,
        countyName: ADDRESS.district,
        detailInfo: ADDRESS.detail,
      }),
    ),
  });
});

it("a PICC maintenance needs the doctor's order; with it the request is stored and opened", async () => {
  const page = await openPage(id, { service: 'picc' });
  expect(textOf(page)).toContain('PICC导管维护');
  page.setData({ date: '2026-11-27' });
  tap(page, '#address');
  await waitFor(() => expect(textOf(page.querySelector('#address')!)).toContain('花园路100号'));
  page.instance.onCondition({ detail: '乳腺癌化疗期间，PICC每周维护' });
  tap(page, '#submit');
  await waitFor(() => expect(textOf(page.querySelector('#problem')!)).toBe('该项目须上传医生开具的医嘱'));
  tap(page, '#order-photo');
  await waitFor(() => expect(textOf(page.querySelector('#order-photo')!)).toContain('已上传'));
  tap(page, '#submit');
  await waitFor(() => expect(wxMock.redirectTo).toHaveBeenCalled());
  const [stored] = await system.ports.db.find<HomecareRequestDoc>('homecareRequests', {});
  expect(stored).toMatchObject({ serviceCode: 'picc', status: 'requested', doctorOrderPhotoId: expect.stringMatching(/^hph-/), address: ADDRESS });
  expect(wxMock.redirectTo).toHaveBeenCalledWith({ url: `/postvisit/homecare-detail/index?id=${stored._id}` });
});

it('the risk screen refuses an infectious patient, with the reason stored', async () => {
  const page = await openPage(id, { service: 'dressing' });
  page.setData({ date: '2026-11-27' });
  tap(page, '#address');
  await waitFor(() => expect(page.data.address).toBeTruthy());
  page.instance.onCondition({ detail: '换药' });
  page.instance.onInfectious({ detail: true });
  tap(page, '#submit');
  await waitFor(() => expect(wxMock.redirectTo).toHaveBeenCalled());
  const [stored] = await system.ports.db.find<HomecareRequestDoc>('homecareRequests', {});
  expect(stored).toMatchObject({ status: 'declined', reason: '处于传染期的传染病患者不宜上门护理，请到医院就诊' });
});

it('an unknown service is the empty state', async () => {
  const page = await openPage(id, { service: 'surgery' });
  expect(textOf(page)).toContain('本院没有该上门服务项目');
});

it('the home marked on the map goes with the request, for the nurse’s route', async () => {
  const page = await openPage(id, { service: 'dressing' });
  page.setData({ date: '2026-11-27' });
  tap(page, '#address');
  await waitFor(() => expect(page.data.address).toBeTruthy());
  tap(page, '#home-location');
  await waitFor(() => expect(textOf(page.querySelector('#home-location')!)).toBe('已标出：花园路100号院'));
  page.instance.onCondition({ detail: '术后伤口换药' });
  tap(page, '#submit');
  await waitFor(() => expect(wxMock.redirectTo).toHaveBeenCalled());
  const [stored] = await system.ports.db.find<HomecareRequestDoc>('homecareRequests', {});
  expect(stored.homeLocation).toEqual({ latitude: 34.7925, longitude: 113.6654 });
});

it('keeps what was filled in when the page shows again after the address book', async () => {
  const page = await openPage(id, { service: 'dressing' });
  page.instance.onCondition({ detail: '术后伤口换药' });
  await page.instance.onShow();
  tap(page, '#address');
  await waitFor(() => expect(page.data.address).toBeTruthy());
  await page.instance.onShow();
  expect(page.data).toMatchObject({ condition: '术后伤口换药', view: { status: 'ready' } });
  expect(page.data.addressText).not.toBe('');
});
