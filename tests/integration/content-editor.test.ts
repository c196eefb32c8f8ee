import { startLocalSystem, type LocalSystem } from '../support/local-system';

const ZZ = 'h-zzcentral';
const EDITOR = 'demo-editor-zz';
const PATIENT = 'demo-patient';
let sys: LocalSystem;
let countyId: string;
let column: string;

const draft = (over: Record<string, unknown> = {}) => ({
  columnId: column,
  title: '冬季如何预防流感',
  summary: '接种疫苗、勤洗手、戴口罩是预防流感的三件事。',
  body: '## 为什么要接种\n\n流感疫苗可以降低重症风险。\n\n每年秋季接种一次。',
  author: '感染科',
  ...over,
});

async function countOf(collection: string): Promise<number> {
  return sys.ports.db.count(collection);
}

beforeAll(async () => {
  sys = await startLocalSystem({ adminOpenids: ['platform-admin'] });
  const { hospitals } = await sys.ok<{ hospitals: Array<{ id: string }> }>('content', null, { action: 'listHospitals' });
  countyId = hospitals[1].id;
  const { columns } = await sys.ok<{ columns: Array<{ id: string }> }>('content', null, { action: 'listColumns', hospitalId: ZZ });
  column = columns[0].id;
});

describe('editor: write, publish, unpublish', () => {
  it('a new article is a draft patients cannot see until it is published, then it is listed', async () => {
    const { article } = await sys.ok<{ article: { id: string; status: string } }>('content', EDITOR, {
      action: 'createArticle',
      hospitalId: ZZ,
      requestId: 'req-flu-0001',
      ...draft(),
    });
    expect(article.status).toBe('draft');
    expect(await sys.call('content', PATIENT, { action: 'getArticle', articleId: article.id })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });

    const published = await sys.ok<{ article: { status: string } }>('content', EDITOR, { action: 'publishArticle', articleId: article.id });
    expect(published.article.status).toBe('published');
    const seen = await sys.ok<{ article: { title: string; publishedDate: string } }>('content', PATIENT, { action: 'getArticle', articleId: article.id });
    expect(seen.article).toMatchObject({ title: '冬季如何预防流感', publishedDate: '2026-11-25' });
    const list = await sys.ok<{ items: Array<{ id: string }> }>('content', PATIENT, { action: 'listArticles', hospitalId: ZZ });
    expect(list.items[0].id).toBe(article.id);

    await sys.ok('content', EDITOR, { action: 'unpublishArticle', articleId: article.id });
    expect(await sys.call('content', PATIENT, { action: 'getArticle', articleId: article.id })).toMatchObject({ ok: false });
  });

  it('the same requestId twice creates one article and answers the first; with other content it is refused', async () => {
    const before = await countOf('articles');
    const a = await sys.ok<{ article: { id: string } }>('content', EDITOR, { action: 'createArticle', hospitalId: ZZ, requestId: 'req-same-0001', ...draft() });
    const b = await sys.ok<{ article: { id: string } }>('content', EDITOR, { action: 'createArticle', hospitalId: ZZ, requestId: 'req-same-0001', ...draft() });
    expect(b.article.id).toBe(a.article.id);
    expect(
      await sys.call('content', EDITOR, { action: 'createArticle', hospitalId: ZZ, requestId: 'req-same-0001', ...draft({ title: '重试' }) }),
    ).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION_FAILED', field: 'requestId' },
    });
    expect(await countOf('articles')).toBe(before + 1);
  });

  it('racing creates with one requestId still make one article', async () => {
    const before = await countOf('articles');
    const results = await Promise.all(
      Array.from({ length: 10 }, () =>
        sys.ok<{ article: { id: string } }>('content', EDITOR, { action: 'createArticle', hospitalId: ZZ, requestId: 'req-race-0001', ...draft() }),
      ),
    );
    expect(new Set(results.map((r) => r.article.id)).size).toBe(1);
    expect(await countOf('articles')).toBe(before + 1);
  });

  it('publishing twice is harmless and keeps the first publication time', async () => {
    const { article } = await sys.ok<{ article: { id: string } }>('content', EDITOR, {
      action: 'createArticle',
      hospitalId: ZZ,
      requestId: 'req-twice-001',
      ...draft(),
    });
    await sys.ok('content', EDITOR, { action: 'publishArticle', articleId: article.id });
    const first = (await sys.ports.db.get<{ _id: string; publishedAt: number }>('articles', article.id))!.publishedAt;
    sys.setNow(first + 60_000);
    await sys.ok('content', EDITOR, { action: 'publishArticle', articleId: article.id });
    await sys.ok('content', EDITOR, { action: 'unpublishArticle', articleId: article.id });
    await sys.ok('content', EDITOR, { action: 'publishArticle', articleId: article.id });
    expect((await sys.ports.db.get<{ _id: string; publishedAt: number }>('articles', article.id))!.publishedAt).toBe(first);
  });

  it('an article with no body cannot be published', async () => {
    const { article } = await sys.ok<{ article: { id: string } }>('content', EDITOR, {
      action: 'createArticle',
      hospitalId: ZZ,
      requestId: 'req-empty-001',
      ...draft({ body: '' }),
    });
    expect(await sys.call('content', EDITOR, { action: 'publishArticle', articleId: article.id })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION_FAILED' },
    });
  });

  it('editors update the hospital and department introductions', async () => {
    await sys.ok('content', EDITOR, { action: 'updateHospitalIntro', hospitalId: ZZ, intro: '新的医院简介。', specialties: ['心血管内科'], photos: [] });
    const { hospital } = await sys.ok<{ hospital: { intro: string } }>('content', null, { action: 'getHospital', hospitalId: ZZ });
    expect(hospital.intro).toBe('新的医院简介。');
    const { departments } = await sys.ok<{ departments: Array<{ id: string }> }>('content', EDITOR, { action: 'listAllDepartmentsForEdit', hospitalId: ZZ });
    await sys.ok('content', EDITOR, {
      action: 'updateDepartmentIntro',
      departmentId: departments[0].id,
      intro: '科室新简介',
      location: '门诊楼1楼',
      phone: '0371-66660000',
      conditions: ['高血压'],
    });
    const { department } = await sys.ok<{ department: { intro: string; location: string } }>('content', null, {
      action: 'getDepartment',
      departmentId: departments[0].id,
    });
    expect(department).toMatchObject({ intro: '科室新简介', location: '门诊楼1楼' });
  });

  it('every change is in the audit log', async () => {
    const rows = await sys.ports.db.find<{ _id: string; action: string; openid: string }>('auditLog', { where: { openid: EDITOR }, limit: 100 });
    expect(rows.map((r) => r.action)).toEqual(
      expect.arrayContaining(['createArticle', 'publishArticle', 'unpublishArticle', 'updateHospitalIntro', 'updateDepartmentIntro']),
    );
  });
});

describe('editor: authorization', () => {
  let zzArticle: string;
  beforeAll(async () => {
    zzArticle = (
      await sys.ok<{ article: { id: string } }>('content', EDITOR, { action: 'createArticle', hospitalId: ZZ, requestId: 'req-auth-0001', ...draft() })
    ).article.id;
  });

  it('a patient cannot call editor actions, and nothing is written', async () => {
    const before = await countOf('auditLog');
    for (const event of [
      { action: 'createArticle', hospitalId: ZZ, requestId: 'req-patient-01', ...draft() },
      { action: 'publishArticle', articleId: zzArticle },
      { action: 'updateArticle', articleId: zzArticle, ...draft() },
      { action: 'listAllArticles', hospitalId: ZZ },
      { action: 'getArticleDraft', articleId: zzArticle },
      { action: 'updateHospitalIntro', hospitalId: ZZ, intro: 'x', specialties: [], photos: [] },
    ]) {
      expect(await sys.call('content', PATIENT, event)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    }
    expect(await countOf('auditLog')).toBe(before);
  });

  it('without an identity, editor actions answer UNAUTHENTICATED', async () => {
    expect(await sys.call('content', null, { action: 'publishArticle', articleId: zzArticle })).toMatchObject({
      ok: false,
      error: { code: 'UNAUTHENTICATED' },
    });
  });

  it("an editor of hospital A cannot edit hospital B's content", async () => {
    const countyEditor = 'demo-editor-xy';
    expect(await sys.call('content', countyEditor, { action: 'publishArticle', articleId: zzArticle })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    expect(await sys.call('content', EDITOR, { action: 'updateHospitalIntro', hospitalId: countyId, intro: 'x', specialties: [], photos: [] })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    expect(await sys.call('content', EDITOR, { action: 'createArticle', hospitalId: countyId, requestId: 'req-cross-001', ...draft() })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
  });

  it('a platform admin may edit any hospital', async () => {
    const res = await sys.call('content', 'platform-admin', { action: 'publishArticle', articleId: zzArticle });
    expect(res.ok).toBe(true);
  });
});
