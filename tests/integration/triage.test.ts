/**
 * The `triage` cloud function on the seeded local system: top 3 real departments of the chosen
 * hospital with reasons, the county hospital's own departments, family members' age and sex,
 * bad input answered clearly, and `POST /fn/triage` on the emulator.
 */
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { createEmulator } from '../../backend/dev-server/server';
import { functions } from '../../backend/functions';
import type { TriageKnowledge, TriageResult } from '../../miniprogram/shared/dto/triage';
import { startLocalSystem, type LocalSystem } from '../support/local-system';

const ZZ = 'h-zzcentral';
const COUNTY = 'h-xinyang-county';
let sys: LocalSystem;

beforeAll(async () => {
  sys = await startLocalSystem();
});

const assessAt = (hospitalId: string, params: Record<string, unknown>, openid: string | null = null) =>
  sys.ok<TriageResult>('triage', openid, { action: 'assess', hospitalId, ...params });

async function departmentIds(hospitalId: string): Promise<Set<string>> {
  const { departments } = await sys.ok<{ departments: Array<{ id: string }> }>('content', null, { action: 'listDepartments', hospitalId });
  return new Set(departments.map((d) => d.id));
}

describe('triage.assess', () => {
  it('answers the top 3 of the hospital’s own departments, with reasons', async () => {
    const ids = await departmentIds(ZZ);
    const r = await assessAt(ZZ, { text: '最近一个月胃疼，饭后胀，反酸烧心，不发烧' });
    expect(r).toMatchObject({ status: 'ok', emergency: false });
    expect(r.departments).toHaveLength(3);
    expect(r.departments[0]).toMatchObject({ departmentId: 'd-zz-gastro', name: '消化内科', location: '门诊楼2楼C区' });
    for (const d of r.departments) {
      expect(ids.has(d.departmentId)).toBe(true);
      expect(d.reasons.length).toBeGreaterThan(0);
      expect(d.score).toBeGreaterThan(0);
    }
    expect(r.departments[0].reasons.join(' ')).toMatch(/胃疼|反酸|烧心/);
    expect(r.understood.denied).toContain('发烧');
  });

  it('sends a red flag to the emergency department with its location and phone', async () => {
    const r = await assessAt(ZZ, { text: '我爸胸口疼得厉害，满头大汗' });
    expect(r).toMatchObject({ status: 'emergency', emergency: true });
    expect(r.redFlags.map((f) => f.id)).toContain('chest_pain_sweating');
    expect(r.departments[0]).toMatchObject({ departmentId: 'd-zz-emerg', name: '急诊科' });
    expect(r.departments[1].name).toBe('心血管内科');
    expect(r.emergencyDepartment).toMatchObject({ departmentId: 'd-zz-emerg', location: '急诊楼1楼（医院东门）', phone: '0371-66128120' });
    expect(r.advice).toContain('120');
  });

  it('the county hospital maps to its own departments', async () => {
    const ids = await departmentIds(COUNTY);
    const cases: Array<[string, string]> = [
      ['乙肝大三阳，转氨酶高', '内科'],
      ['前列腺增生，尿不出来', '外科'],
      ['怀孕32周，脚肿', '妇产科'],
      ['耳鸣，听力下降', '眼耳鼻喉科'],
      ['孩子发烧咳嗽', '儿科'],
    ];
    for (const [text, name] of cases) {
      const r = await assessAt(COUNTY, { text });
      expect([text, r.departments[0].name]).toEqual([text, name]);
      for (const d of r.departments) expect(ids.has(d.departmentId)).toBe(true);
    }
  });

  it('reads age and sex from the caller’s family member', async () => {
    const child = await assessAt(ZZ, { text: '发烧咳嗽两天', patientId: 'pat-demo2-li-child' }, 'demo-patient-2');
    expect(child.departments[0].name).toBe('儿科');
    expect(child.understood.age).toBeGreaterThanOrEqual(6);
    expect(child.understood.age).toBeLessThan(14);
    const adult = await assessAt(ZZ, { text: '发烧咳嗽两天', patientId: 'pat-demo-zhang' }, 'demo-patient');
    expect(adult.departments[0].name).toBe('呼吸内科');
    expect(adult.understood).toMatchObject({ sex: 'male' });
    const mother = await assessAt(ZZ, { text: '下腹痛', patientId: 'pat-demo-zhang-mother' }, 'demo-patient');
    expect(mother.understood.sex).toBe('female');
    expect(mother.departments[0].name).toBe('妇科');
  });

  it('another account’s family member is NOT_FOUND; without sign-in UNAUTHENTICATED', async () => {
    expect(await sys.call('triage', 'demo-patient', { action: 'assess', hospitalId: ZZ, text: '头疼', patientId: 'pat-demo2-li-child' })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
    expect(await sys.call('triage', null, { action: 'assess', hospitalId: ZZ, text: '头疼', patientId: 'pat-demo-zhang' })).toMatchObject({
      ok: false,
      error: { code: 'UNAUTHENTICATED' },
    });
  });

  it('body-map picks work without text', async () => {
    const r = await assessAt(ZZ, {
      picks: {
        regionId: 'chest',
        symptomIds: ['palpitations'],
        answers: [
          { questionId: 'chest_pattern', optionId: 'exertion' },
          { questionId: 'chest_danger', optionId: 'none' },
        ],
      },
    });
    expect(r.departments[0].name).toBe('心血管内科');
    expect(r.departments[0].reasons.join(' ')).toMatch(/选择：心慌心悸/);
  });

  it('bad input gets a clear answer, never an error page', async () => {
    const empty = await assessAt(ZZ, { text: '' });
    expect(empty).toMatchObject({ status: 'need_symptoms', departments: [] });
    expect(empty.advice).toMatch(/哪里不舒服/);
    expect((await assessAt(ZZ, {})).status).toBe('need_symptoms');
    expect((await assessAt(ZZ, { text: '🤔🤔🤔' })).status).toBe('need_symptoms');
    const english = await assessAt(ZZ, { text: 'stomach ache and diarrhea since yesterday' });
    expect(english.status).toBe('best_effort');
    expect(english.departments[0].name).toBe('消化内科');
    const long = await assessAt(ZZ, { text: '头疼'.padEnd(10_000, '。') });
    expect(long.departments[0].name).toBe('神经内科');
    const lab = await assessAt(ZZ, { text: '检验项目 结果 单位 参考范围\n肌酐 180 μmol/L ↑ 57-111\n尿素 12.3 mmol/L ↑ 3.1-8.0\n尿酸 420 μmol/L 208-428' });
    expect(lab.departments[0].name).toBe('肾内科');
  });

  it('refuses what is not input at all: over 20,000 characters, unknown picks, unknown hospital', async () => {
    expect(await sys.call('triage', null, { action: 'assess', hospitalId: ZZ, text: '长'.repeat(20_001) })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION_FAILED', field: 'text' },
    });
    expect(await sys.call('triage', null, { action: 'assess', hospitalId: ZZ, picks: { symptomIds: ['no_such'], answers: [] } })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION_FAILED', message: '不是可选的症状', field: 'picks.symptomIds.0' },
    });
    expect(await sys.call('triage', null, { action: 'assess', hospitalId: ZZ, picks: { regionId: 'tail', symptomIds: [], answers: [] } })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION_FAILED', message: '不是可选的部位', field: 'picks.regionId' },
    });
    expect(
      await sys.call('triage', null, { action: 'assess', hospitalId: ZZ, picks: { symptomIds: [], answers: [{ questionId: 'chest_danger', optionId: 'x' }] } }),
    ).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION_FAILED', message: '不是可选的回答', field: 'picks.answers.0' },
    });
    expect(await sys.call('triage', null, { action: 'assess', hospitalId: ZZ, age: 300 })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION_FAILED', field: 'age' },
    });
    expect(await sys.call('triage', null, { action: 'assess', hospitalId: 'h-none', text: '头疼' })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });
});

describe('triage.knowledge', () => {
  it('gives the body map its regions, chips and follow-up questions', async () => {
    const k = await sys.ok<TriageKnowledge>('triage', null, { action: 'knowledge' });
    expect(k.symptomCount).toBeGreaterThanOrEqual(200);
    const chest = k.regions.find((r) => r.id === 'chest');
    expect(chest).toMatchObject({ name: '胸部', views: ['front'] });
    expect(chest?.symptoms.map((s) => s.name)).toContain('胸痛');
    expect(chest?.questions.length).toBeGreaterThanOrEqual(2);
    const genital = k.regions.find((r) => r.id === 'genital');
    expect(genital?.symptoms.some((s) => s.sex === 'female')).toBe(true);
    expect(genital?.symptoms.some((s) => s.sex === 'male')).toBe(true);
  });
});

describe('POST /fn/triage on the emulator', () => {
  let server: Server;
  let base: string;

  beforeAll(async () => {
    server = createEmulator({ functions, ports: sys.ports, fileRoots: [] });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('answers {"action":"assess","text":"…","hospitalId":"…"}', async () => {
    const res = await fetch(`${base}/fn/triage`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ action: 'assess', text: '突然说话不清楚，右边手脚没劲', hospitalId: ZZ }),
    });
    expect(res.status).toBe(200);
    const body = (await res.json()) as { ok: boolean; data: TriageResult };
    expect(body.ok).toBe(true);
    expect(body.data.emergency).toBe(true);
    expect(body.data.departments[0].name).toBe('急诊科');
    expect(body.data.departments.map((d) => d.name)).toContain('神经内科');
  });
});
