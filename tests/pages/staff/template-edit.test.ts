import { session } from '../../../miniprogram/stores/session';
import type { SlotView } from '../../../miniprogram/shared/dto/booking';
import type { Session } from '../../../miniprogram/shared/enums';
import { feeFenOf, normalizeTime, wholeOf, yuanOf } from '../../../miniprogram/staff/common/schedule-rules';
import {
  decodedQuery,
  newTemplateForm,
  templateFieldOf,
  templateInput,
  templatePreview,
  validateTemplate,
} from '../../../miniprogram/staff/template-edit/template-form';
import type { LocalSystem } from '../../support/local-system';
import { apiCalls, failRequests, loadPage, renderPage, routeRequests, startLocalSystem, tap, textOf, waitFor, wxMock } from '../setup/page';

const SCHEDULER = 'demo-scheduler-zz';
const DOCTOR = 'doc-zz-001';

describe('staff template editor page', () => {
  let id: string;
  let system: LocalSystem;
  beforeAll(() => {
    id = loadPage('staff/template-edit/index');
  });
  beforeEach(async () => {
    wxMock.request.mockReset();
    wxMock.navigateBack.mockReset();
    wxMock.showToast.mockReset();
    session.setHospitalsStatus('idle', '');
    session.selectHospital('h-zzcentral');
    system = await startLocalSystem();
    routeRequests(system);
    session.setDemoOpenid(SCHEDULER);
  });
  afterEach(() => {
    session.setDemoOpenid('demo-patient');
  });

  async function opened(weekday: number, s: Session, ownerId = DOCTOR): Promise<ReturnType<typeof renderPage>> {
    const page = renderPage(id);
    await page.instance.onLoad({ ownerType: 'doctor', ownerId, weekday: String(weekday), session: s, name: encodeURIComponent('陈立民') });
    await waitFor(() => expect(page.data.view.status).toBe('ready'));
    return page;
  }

  const savedParams = () => apiCalls().find((c) => c.action === 'saveTemplate')?.params;
  const slots = async (date: string): Promise<SlotView[]> =>
    (await system.ok<{ slots: SlotView[] }>('booking', null, { action: 'listSlots', doctorId: DOCTOR, date })).slots;
  const publish = () => system.ok('schedule', SCHEDULER, { action: 'publish', hospitalId: 'h-zzcentral', ownerId: DOCTOR });

  it('loads an existing template into the form, with weekday and session fixed', async () => {
    const page = await opened(1, 'am');
    expect(textOf(page)).toContain('陈立民 · 修改周一上午的排班');
    expect(page.data.form).toEqual({
      weekday: 1,
      session: 'am',
      startTime: '08:00',
      endTime: '12:00',
      slotMinutes: 30,
      capacity: '4',
      onsiteReserve: '1',
      fee: '35',
    });
    expect(page.querySelector('#weekday')).toBeFalsy();
    expect(textOf(page)).toContain('上午的出诊时间须在07:00至12:30之间');
    expect(textOf(page)).toContain('共8个时段，每半天32个号，其中网上可约24个');
  });

  it('saves a new template with the fee 12.5 as 1250 fen; publishing then makes its slots', async () => {
    const page = await opened(4, 'pm');
    expect(textOf(page)).toContain('新增排班');
    expect(page.querySelector('#weekday')).toBeTruthy();
    expect(page.querySelector('#session')).toBeTruthy();
    expect(page.data.form).toMatchObject({ weekday: 4, session: 'pm', startTime: '14:00', endTime: '18:00', fee: '' });
    page.instance.onFee({ detail: '12.5' });
    tap(page, '#save');
    await waitFor(() => expect(wxMock.navigateBack).toHaveBeenCalled());
    expect(savedParams()).toEqual({
      hospitalId: 'h-zzcentral',
      ownerType: 'doctor',
      ownerId: DOCTOR,
      weekday: 4,
      session: 'pm',
      startTime: '14:00',
      endTime: '18:00',
      slotMinutes: 30,
      capacity: 4,
      onsiteReserve: 1,
      feeFen: 1250,
    });
    expect(wxMock.showToast).toHaveBeenCalledWith({ title: '已保存周四下午的排班，请记得发布号源', icon: 'none' });
    expect(await slots('2026-11-26')).toHaveLength(0);
    await publish();
    const made = await slots('2026-11-26');
    expect(made).toHaveLength(8);
    expect(made.every((s) => s.feeFen === 1250 && s.feeText === '¥12.50')).toBe(true);
  });

  it('picks another weekday, session, hours and slot length for a new template', async () => {
    const page = await opened(2, 'am');
    page.instance.onWeekday({ detail: 5 });
    page.instance.onSession({ detail: 'evening' });
    expect(page.data.form).toMatchObject({ weekday: 5, session: 'evening', startTime: '18:30', endTime: '21:00' });
    page.instance.onStartTime({ detail: '18:00' });
    page.instance.onEndTime({ detail: '21：00' });
    page.instance.onSlotMinutes({ detail: 15 });
    page.instance.onCapacity({ detail: '2' });
    page.instance.onOnsiteReserve({ detail: '0' });
    page.instance.onFee({ detail: '0' });
    await waitFor(() => expect(textOf(page)).toContain('共12个时段，每半天24个号，其中网上可约24个'));
    tap(page, '#save');
    await waitFor(() => expect(wxMock.navigateBack).toHaveBeenCalled());
    expect(savedParams()).toMatchObject({
      weekday: 5,
      session: 'evening',
      startTime: '18:00',
      endTime: '21:00',
      slotMinutes: 15,
      capacity: 2,
      onsiteReserve: 0,
      feeFen: 0,
    });
  });

  it("changes an existing template's fee; publishing updates the unbooked slots only", async () => {
    const booked = 'slot-doc-zz-001-20261130-0800';
    await system.ok('booking', 'demo-patient', { action: 'book', slotId: booked, patientId: 'pat-demo-zhang', requestId: 'req-test-0001' });
    const page = await opened(1, 'am');
    page.instance.onFee({ detail: '40' });
    tap(page, '#save');
    await waitFor(() => expect(wxMock.navigateBack).toHaveBeenCalled());
    expect(savedParams()).toMatchObject({ weekday: 1, session: 'am', feeFen: 4000 });
    expect(await publish()).toMatchObject({ created: 0, updated: 7, removed: 0, keptBooked: 1 });
    const monday = await slots('2026-11-30');
    expect(monday.find((s) => s.id === booked)?.feeFen).toBe(3500);
    expect(monday.filter((s) => s.id !== booked).map((s) => s.feeFen)).toEqual([4000, 4000, 4000, 4000, 4000, 4000, 4000]);
  });

  it('refuses a fee that is not a number, or has more than 2 decimals, inline with no request', async () => {
    const page = await opened(1, 'am');
    page.instance.onFee({ detail: 'abc' });
    tap(page, '#save');
    await waitFor(() => expect(textOf(page)).toContain('请填写金额（元），如 35 或 12.5'));
    page.instance.onFee({ detail: '12.555' });
    tap(page, '#save');
    await waitFor(() => expect(textOf(page)).toContain('挂号费最多两位小数'));
    expect(apiCalls().map((c) => c.action)).toEqual(['listHospitals', 'listTemplates']);
    expect(wxMock.navigateBack).not.toHaveBeenCalled();
  });

  it('shows the server rules on their fields before sending: session hours, whole slots, on-site places', async () => {
    const page = await opened(1, 'am');
    page.instance.onStartTime({ detail: '06:30' });
    tap(page, '#save');
    await waitFor(() => expect(page.data.errors.startTime).toBe('该时段的出诊时间须在07:00至12:30之间'));
    page.instance.onStartTime({ detail: '8:00' });
    page.instance.onEndTime({ detail: '11:45' });
    tap(page, '#save');
    await waitFor(() => expect(page.data.errors.endTime).toBe('出诊时长须是号源时长的整数倍'));
    page.instance.onEndTime({ detail: '12:00' });
    page.instance.onOnsiteReserve({ detail: '5' });
    tap(page, '#save');
    await waitFor(() => expect(textOf(page)).toContain('现场预留号不能多于每个时段的号源数'));
    page.instance.onCapacity({ detail: '0' });
    page.instance.onEndTime({ detail: '25:00' });
    tap(page, '#save');
    await waitFor(() => expect(textOf(page)).toContain('请填写1到50之间的整数'));
    expect(textOf(page)).toContain('请按“08:00”的格式填写时间');
    expect(apiCalls().map((c) => c.action)).not.toContain('saveTemplate');
  });

  it('refuses a new template on a weekday and session that already has one', async () => {
    const page = await opened(2, 'am');
    page.instance.onWeekday({ detail: 1 });
    page.instance.onFee({ detail: '20' });
    tap(page, '#save');
    await waitFor(() => expect(textOf(page)).toContain('周一上午已有排班，请返回列表修改'));
    expect(apiCalls().map((c) => c.action)).not.toContain('saveTemplate');
  });

  it("shows the server's error when it refuses the template", async () => {
    const page = await opened(2, 'am', 'doc-not-here');
    page.instance.onFee({ detail: '20' });
    tap(page, '#save');
    await waitFor(() => expect(textOf(page)).toContain('医生不存在'));
    expect(page.querySelector('#form-error')).toBeTruthy();
    expect(wxMock.navigateBack).not.toHaveBeenCalled();
  });

  it("shows the server's refusal to a patient", async () => {
    session.setDemoOpenid('demo-patient');
    const page = renderPage(id);
    await page.instance.onLoad({ ownerType: 'doctor', ownerId: DOCTOR, weekday: '1', session: 'am' });
    await waitFor(() => expect(textOf(page)).toContain('没有权限进行此操作'));
    expect(page.querySelector('#save')).toBeFalsy();
  });

  it('shows an error with a retry when the backend cannot be reached', async () => {
    failRequests();
    const page = renderPage(id);
    await page.instance.onLoad({ ownerType: 'doctor', ownerId: DOCTOR, weekday: '1', session: 'am' });
    await waitFor(() => expect(textOf(page)).toContain('网络不太好'));
    expect(textOf(page)).toContain('重试');
  });
});

describe('template form rules', () => {
  it('turns yuan into integer fen without rounding errors', () => {
    expect(feeFenOf('35')).toEqual({ ok: true, value: 3500 });
    expect(feeFenOf('12.5')).toEqual({ ok: true, value: 1250 });
    expect(feeFenOf(' 0.07 ')).toEqual({ ok: true, value: 7 });
    expect(feeFenOf('19.99')).toEqual({ ok: true, value: 1999 });
    expect(feeFenOf('1000')).toEqual({ ok: true, value: 100000 });
    expect(feeFenOf('0')).toEqual({ ok: true, value: 0 });
    expect(feeFenOf('12.555')).toEqual({ ok: false, error: '挂号费最多两位小数' });
    expect(feeFenOf('1000.01')).toEqual({ ok: false, error: '挂号费不能超过1000元' });
    for (const bad of ['abc', '-5', '.5', '12.', '1e3', '12,5']) expect(feeFenOf(bad).ok).toBe(false);
    expect(feeFenOf('')).toEqual({ ok: false, error: '请填写挂号费，免费请填0' });
    expect([3500, 1250, 1205, 7, 0].map(yuanOf)).toEqual(['35', '12.5', '12.05', '0.07', '0']);
  });

  it('reads times and whole numbers as typed', () => {
    expect(normalizeTime(' 8：30 ')).toBe('08:30');
    expect(normalizeTime('12:00')).toBe('12:00');
    expect(wholeOf('4', 1, 50)).toEqual({ ok: true, value: 4 });
    expect(wholeOf('4.5', 1, 50).ok).toBe(false);
    expect(wholeOf('51', 1, 50)).toEqual({ ok: false, error: '请填写1到50之间的整数' });
  });

  it('validates the whole form and builds what the server takes', () => {
    const form = { ...newTemplateForm(3, 'pm'), fee: '25' };
    expect(Object.values(validateTemplate(form, [])).every((m) => m === '')).toBe(true);
    expect(validateTemplate(form, ['3-pm']).session).toBe('周三下午已有排班，请返回列表修改');
    expect(templateInput(form, 'resource', 'res-zz-ct')).toEqual({
      ownerType: 'resource',
      ownerId: 'res-zz-ct',
      weekday: 3,
      session: 'pm',
      startTime: '14:00',
      endTime: '18:00',
      slotMinutes: 30,
      capacity: 4,
      onsiteReserve: 1,
      feeFen: 2500,
    });
    expect(templatePreview({ ...form, capacity: 'x' })).toBe('');
    expect(templateFieldOf('feeFen')).toBe('fee');
    expect(templateFieldOf('startTime')).toBe('startTime');
    expect(templateFieldOf('ownerId')).toBe('');
    expect(templateFieldOf(undefined)).toBe('');
    expect(decodedQuery(encodeURIComponent('陈立民'))).toBe('陈立民');
    expect(decodedQuery('%E9%99')).toBe('%E9%99');
    expect(decodedQuery(undefined)).toBe('');
  });
});
