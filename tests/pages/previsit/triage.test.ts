import { session } from '../../../miniprogram/stores/session';
import type { TriageResult } from '../../../miniprogram/shared/dto/triage';
import type { PatientView } from '../../../miniprogram/shared/dto/booking';
import { findZone, hotspots, regionForZone, sideLabels, zoneOfRegion, zonesBySide } from '../../../miniprogram/previsit/triage-common/body-map';
import { base64Ascii, bodyMapSrc, bodySvg } from '../../../miniprogram/previsit/triage-common/body-svg';
import { forgetResults, recallResult } from '../../../miniprogram/previsit/triage-common/cache';
import { assessInput, canBePregnant, checkAge, defaultWho, EMPTY_PROMPT, MANUAL, personOf, whoOptions } from '../../../miniprogram/previsit/triage-common/form';
import {
  allowedSymptoms,
  bodyMapView,
  emptyPicks,
  parseAnswerName,
  picksOf,
  setAnswer,
  toggleSymptom,
} from '../../../miniprogram/previsit/triage-common/picks';
import { decodeAssess } from '../../../miniprogram/previsit/triage-common/query';
import type { LocalSystem } from '../../support/local-system';
import { apiCalls, failRequests, loadPage, renderPage, routeRequests, startLocalSystem, tap, textOf, waitFor, wxMock, type Rendered } from '../setup/page';

/** The query as WeChat hands it to onLoad: values still URI-encoded. */
function rawQuery(url: string): Record<string, string> {
  const search = url.split('?')[1] ?? '';
  return Object.fromEntries(
    search
      .split('&')
      .filter((p) => p)
      .map((p) => [p.slice(0, p.indexOf('=')), p.slice(p.indexOf('=') + 1)]),
  );
}

const urlOf = (mock: jest.Mock): string => (mock.mock.calls[0][0] as { url: string }).url;
const assessCalls = () => apiCalls().filter((c) => c.fn === 'triage' && c.action === 'assess');

describe('triage form page', () => {
  let id: string;
  let system: LocalSystem;
  beforeAll(() => {
    id = loadPage('previsit/triage/index');
  });
  beforeEach(async () => {
    wxMock.request.mockReset();
    wxMock.navigateTo.mockReset();
    wxMock.redirectTo.mockReset();
    session.setHospitalsStatus('idle', '');
    session.selectHospital('h-zzcentral');
    session.setDemoOpenid('demo-patient');
    forgetResults();
    system = await startLocalSystem();
    routeRequests(system);
  });

  async function form(): Promise<Rendered> {
    const page = renderPage(id);
    await page.instance.onLoad({});
    await waitFor(() => expect(page.data.view.status).toBe('ready'));
    return page;
  }

  it('loads the family members, the body map and its regions from the knowledge', async () => {
    const page = await form();
    const text = textOf(page);
    expect(text).toContain('张建国（本人）');
    expect(text).toContain('王秀兰（父母）');
    expect(text).toContain('其他人');
    expect(page.data.who).toBe('pat-demo-zhang');
    for (const name of ['头部', '眼睛', '胸部', '腹部', '生殖器官', '上肢', '下肢', '皮肤', '全身']) expect(text).toContain(name);
    expect(text).not.toContain('腰部');
    expect(
      apiCalls()
        .map((c) => `${c.fn}.${c.action}`)
        .sort(),
    ).toEqual(['content.listHospitals', 'patients.list', 'triage.knowledge']);
    const src = String(
      page
        .querySelector('.map-image')!
        .toJSON()
        .attrs.find((a) => a.name === 'src')!.value,
    );
    expect(src.startsWith('data:image/svg+xml;base64,')).toBe(true);
    expect(Buffer.from(src.split(',')[1], 'base64').toString()).toContain('<svg');
    for (const key of ['head', 'neck', 'chest', 'abdomen', 'pelvis', 'arm-1', 'arm-2', 'leg-1', 'leg-2'])
      expect(page.querySelector(`#hit-${key}`)).toBeTruthy();
    expect(page.querySelector('#region-panel')).toBeFalsy();
    const root = page.querySelector('.pz-page')!;
    expect(root.dom!.className).not.toContain('elder');
    session.setElderMode(true);
    await waitFor(() => expect(root.dom!.className).toContain('elder'));
    session.setElderMode(false);
  });

  it('replaces the form with the self-harm screen, not the emergency one, when self-harm is said', async () => {
    const page = await form();
    page.instance.onText({ detail: '活着太累了，不想活了' });
    tap(page, '#analyze');
    await waitFor(() => expect(wxMock.redirectTo).toHaveBeenCalled());
    expect(urlOf(wxMock.redirectTo)).toBe('/previsit/crisis/index?h=h-zzcentral');
  });

  it('sends an emergency complaint and replaces the form with the emergency screen', async () => {
    const page = await form();
    page.instance.onText({ detail: '胸口像压了块石头，一直冒冷汗' });
    tap(page, '#analyze');
    await waitFor(() => expect(wxMock.redirectTo).toHaveBeenCalled());
    expect(assessCalls()[0].params).toEqual({ hospitalId: 'h-zzcentral', text: '胸口像压了块石头，一直冒冷汗', patientId: 'pat-demo-zhang' });
    const url = urlOf(wxMock.redirectTo);
    expect(url.startsWith('/previsit/emergency/index?')).toBe(true);
    const q = rawQuery(url);
    expect(decodeURIComponent(q.e)).toBe('急诊科');
    expect(decodeURIComponent(q.l)).toBe('急诊楼1楼（医院东门）');
    expect(decodeURIComponent(q.ph)).toBe('0371-66128120');
    expect(decodeURIComponent(q.f)).toContain('胸痛伴大汗');
    expect(url.length).toBeLessThan(2000);
    expect(wxMock.navigateTo).not.toHaveBeenCalled();
  });

  it('sends a child family member and opens the result, 儿科 first because of the fever', async () => {
    session.setDemoOpenid('demo-patient-2');
    const page = await form();
    expect(textOf(page)).toContain('李小雨（子女）');
    page.instance.onWho({ detail: 'pat-demo2-li-child' });
    page.instance.onText({ detail: '孩子发烧两天，咳嗽' });
    tap(page, '#analyze');
    await waitFor(() => expect(wxMock.navigateTo).toHaveBeenCalled());
    expect(assessCalls()[0].params).toEqual({ hospitalId: 'h-zzcentral', text: '孩子发烧两天，咳嗽', patientId: 'pat-demo2-li-child' });
    const url = urlOf(wxMock.navigateTo);
    expect(url.startsWith('/previsit/triage-result/index?')).toBe(true);
    const input = decodeAssess(rawQuery(url))!;
    expect(input).toEqual({ hospitalId: 'h-zzcentral', text: '孩子发烧两天，咳嗽', patientId: 'pat-demo2-li-child' });
    const result = recallResult(input)!;
    expect(result.departments[0].name).toBe('儿科');
    expect(result.departments[0].reasons.join('')).toMatch(/发烧|发热/);
  });

  it('sends the typed age and sex of someone not in the list', async () => {
    const page = await form();
    page.instance.onWho({ detail: MANUAL });
    await waitFor(() => expect(page.querySelector('#manual')).toBeTruthy());
    page.instance.onAge({ detail: '200' });
    page.instance.onText({ detail: '发烧两天，咳嗽' });
    tap(page, '#analyze');
    await waitFor(() => expect(textOf(page)).toContain('请填写0到120之间的整数年龄'));
    expect(assessCalls()).toHaveLength(0);
    page.instance.onAge({ detail: '6' });
    page.instance.onSex({ detail: 'male' });
    tap(page, '#analyze');
    await waitFor(() => expect(wxMock.navigateTo).toHaveBeenCalled());
    expect(assessCalls()[0].params).toEqual({ hospitalId: 'h-zzcentral', text: '发烧两天，咳嗽', age: 6, sex: 'male' });
    expect(recallResult(decodeAssess(rawQuery(urlOf(wxMock.navigateTo)))!)!.departments[0].name).toBe('儿科');
  });

  it('sends the body-map picks: a tapped region, a symptom chip and a follow-up answer', async () => {
    const page = await form();
    tap(page, '#hit-abdomen');
    await waitFor(() => expect(page.querySelector('#region-panel')).toBeTruthy());
    const panel = page.querySelector('#region-panel')!.dom!.textContent!;
    expect(panel).toContain('腹部有哪些不舒服');
    for (const name of ['肚子疼', '烧心反酸', '拉肚子', '主要在哪个位置？', '有多严重？', '上腹部、胃']) expect(panel).toContain(name);
    expect(Buffer.from(String(page.data.map.mapSrc).split(',')[1], 'base64').toString()).toContain('#7fb3e6');
    tap(page, '#sym-heartburn');
    await waitFor(() => expect(page.data.picks.symptomIds).toEqual(['heartburn']));
    page.querySelector('#ans-abdomen_where-upper')!.querySelector('.van-radio__label')!.dispatchEvent('tap');
    await waitFor(() => expect(page.data.picks.answers).toEqual([{ questionId: 'abdomen_where', optionId: 'upper' }]));
    expect(textOf(page)).toContain('人体图上已选 2 项');
    tap(page, '#analyze');
    await waitFor(() => expect(wxMock.navigateTo).toHaveBeenCalled());
    expect(assessCalls()[0].params).toEqual({
      hospitalId: 'h-zzcentral',
      patientId: 'pat-demo-zhang',
      picks: { regionId: 'abdomen', symptomIds: ['heartburn'], answers: [{ questionId: 'abdomen_where', optionId: 'upper' }] },
    });
    const input = decodeAssess(rawQuery(urlOf(wxMock.navigateTo)))!;
    expect(input.picks).toEqual({ regionId: 'abdomen', symptomIds: ['heartburn'], answers: [{ questionId: 'abdomen_where', optionId: 'upper' }] });
    const engine = await system.ok<TriageResult>('triage', 'demo-patient', { action: 'assess', ...input });
    expect(engine.emergency).toBe(false);
    expect(recallResult(input)).toEqual(engine);
    expect(engine.departments[0].reasons.join('')).toContain('烧心反酸');
  });

  it('turns the body over, opens face parts from the region chips and clears the picks', async () => {
    const page = await form();
    tap(page, '#side-back');
    await waitFor(() => expect(textOf(page)).toContain('腰部'));
    expect(textOf(page)).not.toContain('眼睛');
    tap(page, '#hit-waist');
    await waitFor(() => expect(page.data.picks.regionId).toBe('waist'));
    tap(page, '#side-front');
    await waitFor(() => expect(page.querySelector('#hit-abdomen')).toBeTruthy());
    tap(page, '#hit-head');
    await waitFor(() => expect(page.data.picks.regionId).toBe('head'));
    tap(page, '#region-eye');
    await waitFor(() => expect(page.querySelector('#region-panel')!.dom!.textContent).toContain('眼睛有哪些不舒服'));
    tap(page, '#sym-eye_pain');
    await waitFor(() => expect(textOf(page)).toContain('人体图上已选 1 项'));
    tap(page, '#clear-picks');
    await waitFor(() => expect(page.data.picks).toMatchObject({ regionId: '', symptomIds: [], answers: [] }));
    expect(page.querySelector('#region-panel')).toBeFalsy();
  });

  it('chooses a follow-up answer from a tap anywhere on its row', async () => {
    const page = await form();
    tap(page, '#hit-abdomen');
    await waitFor(() => expect(page.querySelector('#row-abdomen_where-upper')).toBeTruthy());
    page.querySelector('#row-abdomen_where-upper')!.dispatchEvent('tap');
    await waitFor(() => expect(page.data.picks.answers).toEqual([{ questionId: 'abdomen_where', optionId: 'upper' }]));
    page.querySelector('#row-abdomen_where-lower')!.dispatchEvent('tap');
    await waitFor(() => expect(page.data.picks.answers).toEqual([{ questionId: 'abdomen_where', optionId: 'lower' }]));
  });

  it('offers the chips of the chosen person’s sex and asks a woman about pregnancy', async () => {
    const page = await form();
    tap(page, '#region-genital');
    await waitFor(() => expect(page.querySelector('#region-panel')).toBeTruthy());
    expect(textOf(page)).toContain('睾丸、阴囊疼');
    expect(textOf(page)).not.toContain('痛经');
    expect(page.querySelector('#pregnant')).toBeFalsy();
    tap(page, '#sym-scrotal_pain');
    await waitFor(() => expect(page.data.picks.symptomIds).toEqual(['scrotal_pain']));
    page.instance.onWho({ detail: MANUAL });
    page.instance.onSex({ detail: 'female' });
    page.instance.onAge({ detail: '30' });
    await waitFor(() => expect(textOf(page)).toContain('痛经'));
    expect(textOf(page)).not.toContain('睾丸、阴囊疼');
    expect(page.data.picks.symptomIds).toEqual([]);
    await waitFor(() => expect(page.querySelector('#pregnant')).toBeTruthy());
    expect(page.querySelector('#pregnant')!.dom!.textContent).toContain('她目前是否怀孕？');
    page.instance.onPregnancy({ detail: 'yes' });
    page.instance.onText({ detail: '头疼' });
    tap(page, '#analyze');
    await waitFor(() => expect(wxMock.navigateTo).toHaveBeenCalled());
    expect(assessCalls()[0].params).toMatchObject({ age: 30, sex: 'female', pregnant: true, picks: { regionId: 'genital', symptomIds: [] } });
  });

  it('asks about someone else’s pregnancy with 是 / 否 / 不确定; 否 is sent, 不确定 suggests a test and sends nothing', async () => {
    const page = await form();
    page.instance.onWho({ detail: MANUAL });
    page.instance.onSex({ detail: 'female' });
    await waitFor(() => expect(page.querySelector('#pregnant')).toBeTruthy());
    const question = page.querySelector('#pregnant')!.dom!.textContent!;
    for (const word of ['她目前是否怀孕？', '是', '否', '不确定']) expect(question).toContain(word);
    page.instance.onPregnancy({ detail: 'unsure' });
    await waitFor(() => expect(page.querySelector('#pregnancy-hint')).toBeTruthy());
    expect(page.querySelector('#pregnancy-hint')!.dom!.textContent).toContain('验孕棒');
    page.instance.onText({ detail: '月经推迟了十天，早上恶心' });
    tap(page, '#analyze');
    await waitFor(() => expect(assessCalls()).toHaveLength(1));
    expect(assessCalls()[0].params).not.toHaveProperty('pregnant');
    page.instance.onPregnancy({ detail: 'no' });
    await waitFor(() => expect(page.querySelector('#pregnancy-hint')).toBeFalsy());
    page.instance.onAge({ detail: '70' });
    await waitFor(() => expect(page.querySelector('#pregnant')).toBeFalsy());
    expect(page.data.pregnancy).toBe('');
  });

  it('asks for symptoms inline without a request when nothing was said or picked', async () => {
    const page = await form();
    page.instance.onText({ detail: '   ' });
    tap(page, '#analyze');
    await waitFor(() => expect(page.querySelector('#form-error')).toBeTruthy());
    expect(page.querySelector('#form-error')!.dom!.textContent).toContain(EMPTY_PROMPT);
    expect(assessCalls()).toHaveLength(0);
    expect(wxMock.navigateTo).not.toHaveBeenCalled();
    page.instance.onText({ detail: '头疼' });
    await waitFor(() => expect(page.querySelector('#form-error')).toBeFalsy());
  });

  it('shows the engine’s request for symptoms here when it understands nothing', async () => {
    const page = await form();
    page.instance.onText({ detail: '😀😀😀' });
    tap(page, '#analyze');
    await waitFor(() => expect(page.querySelector('#hint')).toBeTruthy());
    expect(textOf(page)).toContain('从表情里看不出具体症状');
    expect(assessCalls()).toHaveLength(1);
    expect(wxMock.navigateTo).not.toHaveBeenCalled();
    expect(wxMock.redirectTo).not.toHaveBeenCalled();
  });

  it('shows the error state with a retry when the backend cannot be reached, and loads on retry', async () => {
    failRequests();
    const page = renderPage(id);
    await page.instance.onLoad({});
    await waitFor(() => expect(textOf(page)).toContain('网络不太好'));
    expect(textOf(page)).toContain('重试');
    expect(textOf(page)).not.toContain('开始分析');
    routeRequests(system);
    page.querySelector('#state')!.dispatchEvent('retry');
    await waitFor(() => expect(textOf(page)).toContain('开始分析'));
    expect(textOf(page)).toContain('张建国（本人）');
  });

  it('keeps the form and says so when the analysis cannot reach the backend; a second tap sends it', async () => {
    const page = await form();
    page.instance.onText({ detail: '肚子疼两天，不发烧' });
    failRequests();
    tap(page, '#analyze');
    await waitFor(() => expect(page.querySelector('#form-error')).toBeTruthy());
    expect(page.querySelector('#form-error')!.dom!.textContent).toContain('网络不太好');
    expect(page.data.text).toBe('肚子疼两天，不发烧');
    routeRequests(system);
    tap(page, '#analyze');
    await waitFor(() => expect(wxMock.navigateTo).toHaveBeenCalled());
    const input = decodeAssess(rawQuery(urlOf(wxMock.navigateTo)))!;
    expect(input).toEqual({ hospitalId: 'h-zzcentral', text: '肚子疼两天，不发烧', patientId: 'pat-demo-zhang' });
    expect(recallResult(input)).toEqual(await system.ok<TriageResult>('triage', 'demo-patient', { action: 'assess', ...input }));
  });
});

describe('triage form helpers', () => {
  const patient = (p: Partial<PatientView>): PatientView => ({
    id: 'p1',
    name: '张三',
    relation: 'self',
    relationLabel: '本人',
    idType: 'resident_id',
    idTypeLabel: '居民身份证',
    idNumberMasked: '',
    phoneMasked: '',
    age: 46,
    sex: 'male',
    restrictedUntil: null,
    ...p,
  });

  it('checks typed ages and reads the chosen person', () => {
    expect(checkAge('')).toEqual({ ok: true, age: null });
    expect(checkAge(' 0 ')).toEqual({ ok: true, age: 0 });
    expect(checkAge('120')).toEqual({ ok: true, age: 120 });
    for (const bad of ['121', '-1', '3.5', '三岁']) expect(checkAge(bad).ok).toBe(false);
    const family = [patient({ id: 'mum', relation: 'parent', relationLabel: '父母', sex: 'female', age: 76 }), patient({})];
    expect(defaultWho(family)).toBe('p1');
    expect(defaultWho([family[0]])).toBe('mum');
    expect(defaultWho([])).toBe(MANUAL);
    expect(whoOptions(family).map((o) => `${o.label} ${o.detail}`)).toEqual(['张三（父母） 76岁 · 女', '张三（本人） 46岁 · 男', '其他人 填写年龄和性别']);
    expect(personOf('mum', family, { age: '', sex: '' })).toEqual({ age: 76, sex: 'female' });
    expect(personOf(MANUAL, family, { age: '8', sex: 'male' })).toEqual({ age: 8, sex: 'male' });
    expect(canBePregnant({ age: 30, sex: 'female' })).toBe(true);
    expect(canBePregnant({ age: null, sex: 'female' })).toBe(true);
    expect(canBePregnant({ age: 70, sex: 'female' })).toBe(false);
    expect(canBePregnant({ age: 30, sex: 'male' })).toBe(false);
  });

  it('builds the assess input: a member by id, or the typed age and sex; trimmed text', () => {
    const base = { hospitalId: 'h', text: '  头疼 ', who: 'p1', manual: { age: '', sex: '' as const }, pregnancy: 'yes' as const, picks: undefined };
    expect(assessInput(base, { age: 46, sex: 'male' })).toEqual({ hospitalId: 'h', text: '头疼', patientId: 'p1' });
    const typed = { ...base, who: MANUAL, text: '', picks: { symptomIds: ['fever'], answers: [] } };
    expect(assessInput(typed, { age: 30, sex: 'female' })).toEqual({
      hospitalId: 'h',
      age: 30,
      sex: 'female',
      pregnant: true,
      picks: { symptomIds: ['fever'], answers: [] },
    });
    expect(assessInput({ ...typed, text: 'x'.repeat(600) }, { age: null, sex: null }).text).toHaveLength(500);
    expect(assessInput({ ...typed, pregnancy: 'no' }, { age: 30, sex: 'female' }).pregnant).toBe(false);
    expect(assessInput({ ...typed, pregnancy: 'unsure' }, { age: 30, sex: 'female' })).not.toHaveProperty('pregnant');
  });

  it('lays out the body map: zones, tap areas in percent, regions per zone', () => {
    expect(hotspots('front').find((h) => h.key === 'abdomen')!.style).toBe('left:29%;top:40.25%;width:42%;height:13.5%');
    expect(hotspots('back').map((h) => h.zoneId)).toEqual(['head', 'neck', 'back', 'waist', 'buttocks', 'arm', 'arm', 'leg', 'leg']);
    expect(new Set(hotspots('front').map((h) => h.key)).size).toBe(hotspots('front').length);
    expect(zoneOfRegion('front', 'eye')).toBe('head');
    expect(zoneOfRegion('back', 'eye')).toBeNull();
    expect(zoneOfRegion('back', 'anus')).toBe('buttocks');
    expect(regionForZone('front', 'head', ['head', 'eye'], 'eye')).toBe('eye');
    expect(regionForZone('front', 'head', ['head', 'eye'], 'chest')).toBe('head');
    expect(regionForZone('front', 'pelvis', ['genital'], '')).toBe('genital');
    expect(regionForZone('front', 'nowhere', ['head'], '')).toBeNull();
    expect(findZone('back', 'waist')!.label).toBe('腰部');
    expect(sideLabels('front')).toEqual({ left: '右', right: '左' });
    for (const side of ['front', 'back'] as const) {
      for (const zone of zonesBySide[side]) for (const r of zone.hits) expect(r.x >= 0 && r.y >= 0 && r.x + r.w <= 200 && r.y + r.h <= 400).toBe(true);
    }
  });

  it('draws the body as an ASCII SVG in a base64 data URI, the chosen zone filled', () => {
    for (const s of ['', 'a', 'ab', 'abc', 'abcd', bodySvg('front', null)]) expect(base64Ascii(s)).toBe(Buffer.from(s).toString('base64'));
    expect(() => base64Ascii('头')).toThrow();
    const plain = bodySvg('front', null);
    expect(plain).toMatch(/^<svg [^>]*viewBox="0 0 200 400"/);
    expect(plain).not.toContain('#7fb3e6');
    expect(plain).not.toContain('<style');
    expect(bodySvg('front', 'chest').match(/#7fb3e6/g)).toHaveLength(1);
    expect(bodySvg('back', 'leg').match(/#7fb3e6/g)).toHaveLength(2);
    expect(bodyMapSrc('back', 'waist')).toBe(`data:image/svg+xml;base64,${Buffer.from(bodySvg('back', 'waist')).toString('base64')}`);
  });

  it('selects chips and answers, and turns them into picks', () => {
    expect(toggleSymptom(['a'], 'b')).toEqual(['a', 'b']);
    expect(toggleSymptom(['a', 'b'], 'a')).toEqual(['b']);
    expect(setAnswer([{ questionId: 'q', optionId: 'x' }], { questionId: 'q', optionId: 'y' })).toEqual([{ questionId: 'q', optionId: 'y' }]);
    expect(parseAnswerName('abdomen_where:upper')).toEqual({ questionId: 'abdomen_where', optionId: 'upper' });
    expect(parseAnswerName('nothing')).toBeNull();
    expect(picksOf(emptyPicks())).toBeUndefined();
    expect(picksOf({ side: 'front', regionId: 'chest', symptomIds: [], answers: [] })).toEqual({ regionId: 'chest', symptomIds: [], answers: [] });
    const regions = [
      {
        id: 'genital',
        name: '生殖器官',
        views: ['front' as const],
        symptoms: [
          { id: 'm', name: '男', sex: 'male' as const },
          { id: 'f', name: '女', sex: 'female' as const },
          { id: 'n', name: '都有', sex: null },
        ],
        questions: [{ id: 'q', text: '？', options: [{ id: 'o', label: '是' }] }],
      },
      { id: 'skin', name: '皮肤', views: [], symptoms: [], questions: [] },
      { id: 'waist', name: '腰部', views: ['back' as const], symptoms: [], questions: [] },
    ];
    expect(allowedSymptoms(regions, ['m', 'f', 'n'], 'female')).toEqual(['f', 'n']);
    const view = bodyMapView(regions, { side: 'front', regionId: 'genital', symptomIds: ['n'], answers: [{ questionId: 'q', optionId: 'o' }] }, 'male');
    expect(view.regionChips).toEqual([
      { id: 'genital', name: '生殖器官', selected: true, count: 2 },
      { id: 'skin', name: '皮肤', selected: false, count: 0 },
    ]);
    expect(view.symptomChips).toEqual([
      { id: 'm', name: '男', selected: false },
      { id: 'n', name: '都有', selected: true },
    ]);
    expect(view.questions[0]).toMatchObject({ id: 'q', value: 'q:o', options: [{ id: 'o', name: 'q:o', label: '是' }] });
    expect(view.mapSrc).toBe(bodyMapSrc('front', 'pelvis'));
    expect(view.pickCount).toBe(2);
  });
});
