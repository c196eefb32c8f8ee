import { session } from '../../../miniprogram/stores/session';
import type { TriageAssessInput, TriageResult } from '../../../miniprogram/shared/dto/triage';
import { forgetResults, recallResult, rememberResult } from '../../../miniprogram/previsit/triage-common/cache';
import { decodeAssess, decodeParam, encodeAssess, resultUrl } from '../../../miniprogram/previsit/triage-common/query';
import { DISCLAIMER, reasonText, resultPage } from '../../../miniprogram/previsit/triage-common/result';
import type { LocalSystem } from '../../support/local-system';
import { apiCalls, failRequests, loadPage, renderPage, routeRequests, startLocalSystem, tap, textOf, waitFor, wxMock, type Rendered } from '../setup/page';

/** The query of a url as WeChat hands it to onLoad: values still URI-encoded. */
function rawQuery(url: string): Record<string, string> {
  const search = url.split('?')[1] ?? '';
  return Object.fromEntries(
    search
      .split('&')
      .filter((p) => p)
      .map((p) => [p.slice(0, p.indexOf('=')), p.slice(p.indexOf('=') + 1)]),
  );
}

const CHILD: TriageAssessInput = { hospitalId: 'h-zzcentral', text: '孩子发烧两天，咳嗽', patientId: 'pat-demo2-li-child' };
const assessCalls = () => apiCalls().filter((c) => c.fn === 'triage' && c.action === 'assess');

describe('triage result page', () => {
  let id: string;
  let system: LocalSystem;
  beforeAll(() => {
    id = loadPage('previsit/triage-result/index');
  });
  beforeEach(async () => {
    wxMock.request.mockReset();
    wxMock.navigateTo.mockReset();
    wxMock.navigateBack.mockReset();
    wxMock.redirectTo.mockReset();
    session.setHospitalsStatus('idle', '');
    session.selectHospital('h-zzcentral');
    session.setDemoOpenid('demo-patient-2');
    forgetResults();
    system = await startLocalSystem();
    routeRequests(system);
  });

  const assess = (input: TriageAssessInput) => system.ok<TriageResult>('triage', 'demo-patient-2', { action: 'assess', ...input });

  async function shown(input: TriageAssessInput): Promise<Rendered> {
    const page = renderPage(id);
    await page.instance.onLoad(rawQuery(resultUrl(input)));
    await waitFor(() => expect(page.data.view.status).toBe('ready'));
    return page;
  }

  it('shows the form’s answer from the cache without asking again: 儿科 first, its reasons, place and score bar', async () => {
    const result = await assess(CHILD);
    rememberResult(CHILD, result);
    const page = await shown(CHILD);
    expect(assessCalls()).toHaveLength(0);
    const first = page.querySelector('#dept-0')!.dom!.textContent!;
    expect(first).toContain('儿科');
    expect(first).toMatch(/因为您提到：.*(发烧|发热)/);
    expect(first).toContain('妇儿楼1楼A区');
    expect(first).toContain(`匹配度 ${result.departments[0].score}%`);
    expect(page.querySelector('#dept-0 .bar-fill')!.dom!.getAttribute('style')).toContain(`width:${result.departments[0].score}%`);
    expect(page.querySelector('#dept-2')).toBeTruthy();
    expect(page.querySelector('#dept-3')).toBeFalsy();
    const text = textOf(page);
    expect(text).toContain('建议挂儿科');
    expect(text).toContain(DISCLAIMER);
    const understood = page.querySelector('#understood')!.dom!.textContent!;
    expect(understood).toContain('发烧');
    expect(understood).toContain('咳嗽');
    expect(understood).toContain('持续时间：1–2天内');
    expect(understood).toMatch(/就诊人：\d岁 · 女/);
  });

  it('asks the engine again from its query when opened without the form (restored by WeChat)', async () => {
    const page = await shown(CHILD);
    expect(assessCalls()).toHaveLength(1);
    expect(assessCalls()[0].params).toEqual({ ...CHILD });
    expect(page.querySelector('#dept-0')!.dom!.textContent).toContain('儿科');
    expect(recallResult(CHILD)!.departments[0].name).toBe('儿科');
  });

  it('opens the booking list of a department from 挂这个科', async () => {
    const result = await assess({ hospitalId: 'h-zzcentral', text: '肚子疼两天，不发烧，不拉肚子' });
    const page = await shown({ hospitalId: 'h-zzcentral', text: '肚子疼两天，不发烧，不拉肚子' });
    expect(page.querySelector('#understood')!.dom!.textContent).toContain('没有：发烧、拉肚子');
    tap(page, '#book-0');
    await waitFor(() => expect(wxMock.navigateTo).toHaveBeenCalledWith({ url: `/booking/department/index?id=${result.departments[0].departmentId}` }));
    tap(page, '#book-1');
    await waitFor(() => expect(wxMock.navigateTo).toHaveBeenCalledWith({ url: `/booking/department/index?id=${result.departments[1].departmentId}` }));
  });

  it('shows 急诊科 without 挂这个科: no booking needed, its place, phone and the way there', async () => {
    const input = { hospitalId: 'h-zzcentral', text: '手腕摔了一下，变形了' };
    const result = await assess(input);
    const index = result.departments.findIndex((d) => d.departmentId === 'd-zz-emerg');
    expect(result.emergency).toBe(false);
    expect(index).toBeGreaterThan(0);
    const page = await shown(input);
    const card = () => page.querySelector(`#dept-${index}`)!.dom!.textContent!;
    await waitFor(() => expect(page.querySelector('#er-address')).toBeTruthy());
    expect(card()).toContain('急诊不用预约挂号');
    expect(card()).toContain('急诊楼1楼（医院东门）');
    expect(card()).toContain('0371-66128120');
    expect(card()).toContain('郑州康宁医院');
    expect(card()).not.toContain('挂这个科');
    expect(page.querySelector(`#book-${index}`)).toBeFalsy();
    expect(page.querySelector('#book-0')).toBeTruthy();
    wxMock.makePhoneCall.mockReset();
    tap(page, '#er-call');
    await waitFor(() => expect(wxMock.makePhoneCall).toHaveBeenCalledWith(expect.objectContaining({ phoneNumber: '037166128120' })));
    wxMock.openLocation.mockReset();
    tap(page, '#er-route');
    await waitFor(() => expect(wxMock.openLocation).toHaveBeenCalledWith(expect.objectContaining({ name: '郑州康宁医院' })));
  });

  it('shows the engine’s notices, e.g. for English', async () => {
    const english = { hospitalId: 'h-zzcentral', text: 'I have a headache' };
    const result = await assess(english);
    const page = await shown(english);
    expect(page.querySelector('#notices')!.dom!.textContent).toContain('用中文描述会更准确');
    expect(page.querySelector('#dept-0')!.dom!.textContent).toContain(result.departments[0].name);
    expect(textOf(page)).toContain('信息较少');
  });

  it('asks kindly for symptoms when there were none, with a way back to the form', async () => {
    const page = await shown({ hospitalId: 'h-zzcentral', text: '😀😀' });
    expect(page.querySelector('#need-symptoms')!.dom!.textContent).toContain('从表情里看不出具体症状');
    expect(page.querySelector('#dept-0')).toBeFalsy();
    expect(textOf(page)).toContain(DISCLAIMER);
    tap(page, '#back-to-form');
    await waitFor(() => expect(wxMock.navigateBack).toHaveBeenCalled());
  });

  it('sends a restored emergency on to the emergency screen', async () => {
    const page = renderPage(id);
    await page.instance.onLoad(rawQuery(resultUrl({ hospitalId: 'h-zzcentral', text: '胸口像压了块石头，一直冒冷汗' })));
    await waitFor(() => expect(wxMock.redirectTo).toHaveBeenCalled());
    expect((wxMock.redirectTo.mock.calls[0][0] as { url: string }).url).toMatch(/^\/previsit\/emergency\/index\?h=h-zzcentral&d=d-zz-emerg&/);
  });

  it('shows the empty state without an input, and the error state with a retry offline', async () => {
    const empty = renderPage(id);
    await empty.instance.onLoad({});
    await waitFor(() => expect(textOf(empty)).toContain('没有找到导诊信息'));
    expect(assessCalls()).toHaveLength(0);
    failRequests();
    const page = renderPage(id);
    await page.instance.onLoad(rawQuery(resultUrl(CHILD)));
    await waitFor(() => expect(textOf(page)).toContain('网络不太好'));
    expect(textOf(page)).toContain('重试');
    routeRequests(system);
    page.querySelector('#state')!.dispatchEvent('retry');
    await waitFor(() => expect(textOf(page)).toContain('儿科'));
  });

  it('offline, pull-down refresh (the page behaviour) asks again and keeps the answer; showing again asks nothing, refreshing a kept answer does not assess again', async () => {
    failRequests();
    const page = renderPage(id);
    await page.instance.onLoad(rawQuery(resultUrl(CHILD)));
    await waitFor(() => expect(textOf(page)).toContain('网络不太好'));
    routeRequests(system);
    await page.instance.onPullDownRefresh();
    await waitFor(() => expect(textOf(page)).toContain('儿科'));
    expect(wxMock.stopPullDownRefresh).toHaveBeenCalled();
    expect(recallResult(CHILD)).not.toBeNull();
    const asked = apiCalls().length;
    await page.instance.onShow();
    await page.instance.onShow();
    expect(apiCalls()).toHaveLength(asked);
    await page.instance.onPullDownRefresh();
    expect(assessCalls()).toHaveLength(2);
  });
});

describe('triage result helpers', () => {
  it('encodes the input in short keys and decodes it from a raw or already decoded query', () => {
    const input: TriageAssessInput = {
      hospitalId: 'h-zzcentral',
      text: '肚子疼&恶心=50%？',
      age: 6,
      sex: 'female',
      pregnant: true,
      picks: { regionId: 'abdomen', symptomIds: ['nausea', 'heartburn'], answers: [{ questionId: 'abdomen_where', optionId: 'upper' }] },
    };
    const query = encodeAssess(input);
    expect(query).toContain('&r=abdomen&s=nausea%2Cheartburn&a=abdomen_where.upper');
    expect(decodeAssess(rawQuery(`/x?${query}`))).toEqual(input);
    expect(decodeAssess({ h: 'h-zzcentral', t: '肚子疼50%' })).toEqual({ hospitalId: 'h-zzcentral', text: '肚子疼50%' });
    expect(decodeAssess({ h: 'h-1', p: 'pat-1', s: 'ok,<bad>', a: 'q.o,broken' })).toEqual({
      hospitalId: 'h-1',
      patientId: 'pat-1',
      picks: { symptomIds: ['ok'], answers: [{ questionId: 'q', optionId: 'o' }] },
    });
    expect(decodeAssess({ t: '头疼' })).toBeNull();
    expect(decodeParam('%E5%A4%B4')).toBe('头');
    expect(decodeParam('100%')).toBe('100%');
    expect(decodeParam(undefined)).toBe('');
  });

  it('keeps the last three answers in the cache', () => {
    forgetResults();
    const result: TriageResult = {
      status: 'ok',
      emergency: false,
      advice: '',
      departments: [],
      redFlags: [],
      notices: [],
      emergencyDepartment: null,
      understood: { symptoms: [], denied: [], duration: null, age: null, sex: null, pregnant: false },
    };
    for (const text of ['一', '二', '三', '四']) rememberResult({ hospitalId: 'h', text }, result);
    expect(recallResult({ hospitalId: 'h', text: '一' })).toBeNull();
    expect(recallResult({ hospitalId: 'h', text: '四' })).toBe(result);
    expect(recallResult({ hospitalId: 'h', text: '四', age: 3 })).toBeNull();
  });

  it('turns the engine’s answer into the page’s lines', () => {
    expect(reasonText(['“发烧”', '“发烧”', '发热伴咳嗽咳痰'])).toBe('因为您提到：“发烧”、发热伴咳嗽咳痰');
    expect(reasonText([])).toBe('');
    const page = resultPage({
      status: 'ok',
      emergency: false,
      advice: '建议挂儿科。',
      departments: [
        { departmentId: 'a', name: '儿科', score: 95, reasons: ['“发烧”'], location: '一楼' },
        { departmentId: 'b', name: '急诊科', score: 1, reasons: [], location: '急诊楼' },
      ],
      redFlags: [],
      understood: { symptoms: ['发烧'], denied: ['咳嗽'], duration: '1–2天内', age: 7.6, sex: 'female', pregnant: false },
      notices: [],
      emergencyDepartment: null,
    });
    expect(page.departments.map((d) => [d.rank, d.barStyle, d.reasonText])).toEqual([
      [1, 'width:95%', '因为您提到：“发烧”'],
      [2, 'width:4%', ''],
    ]);
    expect([page.needSymptoms, page.deniedText, page.durationText, page.personText]).toEqual([false, '没有：咳嗽', '持续时间：1–2天内', '就诊人：7岁 · 女']);
  });
});
