/** 上门护理项目 (staff/homecare-catalog): the coordinator keeps the catalogue's fees and which services are offered. */
import { session } from '../../../miniprogram/stores/session';
import { serviceInput, type CatalogRow } from '../../../miniprogram/staff/homecare-catalog/catalog-form';
import type { CatalogItemView } from '../../../miniprogram/shared/dto/homecare';
import type { LocalSystem } from '../../support/local-system';
import { feedbackSystem, openPage, PATIENT, ZZ } from '../postvisit/feedback-fixtures';
import { COORD, homecareStaff, NURSE } from '../postvisit/homecare-fixtures';
import { apiCalls, failRequests, loadPage, tap, textOf, waitFor, wxMock } from '../setup/page';

let system: LocalSystem;
let id: string;

beforeAll(() => {
  id = loadPage('staff/homecare-catalog/index');
});

beforeEach(async () => {
  system = await feedbackSystem();
  await homecareStaff(system);
  session.setDemoOpenid(COORD);
});

afterEach(() => {
  session.setDemoOpenid(PATIENT);
});

const row = (over: Partial<CatalogRow>): CatalogRow => ({
  code: 'dressing',
  name: '伤口换药',
  feeText: '',
  orderText: '',
  service: '80',
  travel: '30',
  active: true,
  error: '',
  ...over,
});

it('reads a row as the fees in fen, or why not', () => {
  expect(serviceInput(row({ service: '95.5' }))).toEqual({ ok: true, value: { code: 'dressing', serviceFen: 9550, travelFen: 3000, active: true } });
  expect(serviceInput(row({ travel: '' }))).toEqual({ ok: false, error: '请填写上门费，免费请填0' });
  expect(serviceInput(row({ travel: '600' }))).toEqual({ ok: false, error: '上门费不能超过500元' });
});

it('lists the seven services, saves a fee and withdraws one: patients see the change', async () => {
  const page = await openPage(id);
  expect(Object.keys(page.data.rows)).toHaveLength(7);
  expect(textOf(page.querySelector('#service-picc')!)).toContain('服务费¥150.00 + 上门费¥30.00 · 需上传医嘱');
  const dressing = page.data.rows.findIndex((r: CatalogRow) => r.code === 'dressing');
  page.instance.onFee({ detail: 'abc', currentTarget: { dataset: { index: dressing, field: 'service' } } });
  tap(page, '#save-dressing');
  await waitFor(() => expect(page.data.rows[dressing].error).toBe('请填写金额（元），如 35 或 12.5'));
  expect(apiCalls().filter((c) => c.action === 'saveService')).toHaveLength(0);
  page.instance.onFee({ detail: '90', currentTarget: { dataset: { index: dressing, field: 'service' } } });
  page.instance.onFee({ detail: '20', currentTarget: { dataset: { index: dressing, field: 'travel' } } });
  tap(page, '#save-dressing');
  await waitFor(() => expect(wxMock.showToast).toHaveBeenCalledWith({ title: '伤口换药已保存', icon: 'none' }));
  expect(textOf(page.querySelector('#service-dressing')!)).toContain('服务费¥90.00 + 上门费¥20.00');
  const picc = page.data.rows.findIndex((r: CatalogRow) => r.code === 'picc');
  page.instance.onActive({ detail: false, currentTarget: { dataset: { index: picc, field: 'service' } } });
  tap(page, '#save-picc');
  await waitFor(() => expect(textOf(page.querySelector('#service-picc')!)).toContain('暂不提供'));
  const { services } = await system.ok<{ services: CatalogItemView[] }>('homecare', null, { action: 'catalog', hospitalId: ZZ });
  expect(services.map((s) => s.code)).not.toContain('picc');
  expect(services.find((s) => s.code === 'dressing')?.feeText).toBe('服务费¥90.00 + 上门费¥20.00');
});

it('a nurse may not open it; offline an error with retry', async () => {
  session.setDemoOpenid(NURSE);
  expect((await openPage(id)).data.view.status).toBe('error');
  session.setDemoOpenid(COORD);
  failRequests();
  expect(textOf(await openPage(id))).toContain('重试');
});

it('elder mode enlarges the page and names it', async () => {
  session.setElderMode(true);
  const page = await openPage(id);
  expect(page.querySelector('.pz-page')!.dom!.className).toContain('elder');
  expect(textOf(page)).toContain('上门护理项目');
  session.setElderMode(false);
});

it('a fee being typed survives coming back to the page; pull-down asks again and stops the spinner', async () => {
  const page = await openPage(id);
  const dressing = page.data.rows.findIndex((r: CatalogRow) => r.code === 'dressing');
  page.instance.onFee({ detail: '99', currentTarget: { dataset: { index: dressing, field: 'service' } } });
  await page.instance.onShow();
  await page.instance.onShow();
  expect(page.data.rows[dressing].service).toBe('99');
  wxMock.stopPullDownRefresh.mockClear();
  await page.instance.onPullDownRefresh();
  expect(page.data.rows[dressing].service).toBe('80');
  expect(wxMock.stopPullDownRefresh).toHaveBeenCalled();
});
