/** 处理上门护理 (staff/homecare-request): accept with an assessment, then assign a qualified nurse; an unqualified one cannot be chosen. */
import type { HomecareRequestDoc } from '../../../backend/domain/homecare/docs';
import { session } from '../../../miniprogram/stores/session';
import type { LocalSystem } from '../../support/local-system';
import { deliver, payInSandbox } from '../../support/payment-fixtures';
import { feedbackSystem, openPage, PATIENT, ZZ } from '../postvisit/feedback-fixtures';
import { COORD, homecareStaff, homeRequest, NURSE } from '../postvisit/homecare-fixtures';
import { loadPage, tap, textOf, waitFor, wxMock } from '../setup/page';

const JUNIOR = 'hc-nurse-zz2';
/** Flows of several calls through the real handlers: room for a busy machine. */
jest.setTimeout(20_000);

let system: LocalSystem;
let id: string;

beforeAll(() => {
  id = loadPage('staff/homecare-request/index');
});

beforeEach(async () => {
  system = await feedbackSystem();
  await homecareStaff(system);
  await system.ok('staff', 'demo-admin-zz', { action: 'grant', hospitalId: ZZ, openid: JUNIOR, name: '护士吴倩', role: 'nurse' });
  await system.ok('homecare', 'demo-admin-zz', { action: 'setNurse', hospitalId: ZZ, openid: JUNIOR, nurseTitle: 'nurse', practiceSinceYear: 2010 });
  wxMock.showModal.mockClear();
  session.setDemoOpenid(COORD);
});

afterEach(() => {
  session.setDemoOpenid(PATIENT);
});

const stored = (rid: string) => system.ports.db.get<HomecareRequestDoc>('homecareRequests', rid);

it('accepts with the assessment; after payment assigns the qualified nurse, not the junior', async () => {
  const r = await homeRequest(system);
  const page = await openPage(id, { id: r.id });
  tap(page, '#accept');
  await waitFor(() => expect(textOf(page.querySelector('#error')!)).toBe('请填写评估意见'));
  page.instance.onNote({ detail: '伤口无渗出，家属可配合' });
  tap(page, '#accept');
  await waitFor(() => expect(textOf(page.querySelector('#status')!)).toBe('待支付'));
  const orderId = (await stored(r.id))?.orderId ?? '';
  const { payment } = await system.ok<{ payment: { outTradeNo: string } }>('orders', PATIENT, { action: 'pay', orderId });
  await deliver(system, await payInSandbox(system, payment.outTradeNo));
  await page.instance.load();
  await waitFor(() => expect(page.querySelector(`#nurse-${JUNIOR}`)).toBeTruthy());
  expect(textOf(page.querySelector(`#nurse-${JUNIOR}`)!)).toContain('居家护理须由护师及以上职称的护士承担');
  tap(page, `#nurse-${JUNIOR}`);
  await waitFor(() => expect(textOf(page.querySelector('#error')!)).toBe('居家护理须由护师及以上职称的护士承担'));
  tap(page, `#nurse-${NURSE}`);
  await waitFor(() => expect(textOf(page.querySelector('#status')!)).toBe('已派护士'));
  expect(await stored(r.id)).toMatchObject({ status: 'assigned', nurseOpenid: NURSE, assessment: '伤口无渗出，家属可配合' });
});

it('declines with a reason after confirming', async () => {
  const r = await homeRequest(system);
  const page = await openPage(id, { id: r.id });
  page.instance.onNote({ detail: '地址超出服务范围' });
  tap(page, '#decline');
  await waitFor(() => expect(textOf(page.querySelector('#status')!)).toBe('未受理'));
  expect(wxMock.showModal.mock.calls[0][0]).toMatchObject({ title: '不受理' });
  expect(await stored(r.id)).toMatchObject({ status: 'declined', reason: '地址超出服务范围' });
});

it('moves the visit to another day and window before the nurse leaves', async () => {
  const r = await homeRequest(system);
  await system.ok('homecare', COORD, { action: 'accept', homecareId: r.id, assessment: '可上门' });
  const page = await openPage(id, { id: r.id });
  page.instance.onNewDate({ detail: '2026-11-29' });
  page.instance.onNewWindow({ detail: '14:00-16:00' });
  tap(page, '#reschedule');
  await waitFor(() => expect(textOf(page.querySelector('#window')!)).toBe('上门时间2026-11-29 14:00–16:00'));
  expect((await stored(r.id))?.steps.at(-1)?.note).toBe('改约至 2026-11-29 14:00');
});

it('coming back shows the payment made meanwhile with the nurses to choose, and keeps the note being typed', async () => {
  const r = await homeRequest(system);
  await system.ok('homecare', COORD, { action: 'accept', homecareId: r.id, assessment: '可上门' });
  const page = await openPage(id, { id: r.id });
  await page.instance.onShow();
  page.instance.onNote({ detail: '请带换药包' });
  const orderId = (await stored(r.id))?.orderId ?? '';
  const { payment } = await system.ok<{ payment: { outTradeNo: string } }>('orders', PATIENT, { action: 'pay', orderId });
  await deliver(system, await payInSandbox(system, payment.outTradeNo));
  await page.instance.onShow();
  expect(page.querySelector(`#nurse-${NURSE}`)).toBeTruthy();
  expect(page.data.note).toBe('请带换药包');
  wxMock.stopPullDownRefresh.mockClear();
  await page.instance.onPullDownRefresh();
  expect(wxMock.stopPullDownRefresh).toHaveBeenCalled();
});
