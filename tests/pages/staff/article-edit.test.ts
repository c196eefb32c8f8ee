import { session } from '../../../miniprogram/stores/session';
import type { ArticleDetail, ArticleSummary, Page } from '../../../miniprogram/shared/dto/content';
import type { LocalSystem } from '../../support/local-system';
import { apiCalls, failRequests, loadPage, renderPage, routeRequests, startLocalSystem, tap, textOf, waitFor, wxMock } from '../setup/page';

const TITLE = '秋冬季节老年人如何预防流感';
const BODY = '## 为什么要打疫苗\n\n流感疫苗是预防流感最有效的手段，建议每年秋季接种。';

describe('staff article editor page', () => {
  let id: string;
  let listId: string;
  let system: LocalSystem;
  beforeAll(() => {
    id = loadPage('staff/article-edit/index');
    listId = loadPage('staff/articles/index');
  });
  beforeEach(async () => {
    wxMock.request.mockReset();
    wxMock.navigateBack.mockReset();
    wxMock.showModal.mockClear();
    wxMock.showToast.mockReset();
    session.setHospitalsStatus('idle', '');
    session.selectHospital('h-zzcentral');
    system = await startLocalSystem();
    routeRequests(system);
    session.setDemoOpenid('demo-editor-zz');
  });
  afterEach(() => {
    session.setDemoOpenid('demo-patient');
  });

  async function newForm(): Promise<ReturnType<typeof renderPage>> {
    const page = renderPage(id);
    await page.instance.onLoad({});
    await waitFor(() => expect(textOf(page)).toContain('急救常识'));
    return page;
  }

  function fill(page: ReturnType<typeof renderPage>, values: { title?: string; summary?: string; body?: string }): void {
    page.instance.onColumnChange({ detail: 'col-healthy-life' });
    page.instance.onTitle({ detail: values.title ?? TITLE });
    page.instance.onSummary({ detail: values.summary ?? '接种疫苗、勤洗手、少去人多的地方。' });
    page.instance.onAuthor({ detail: '呼吸内科 王医生' });
    page.instance.onBody({ detail: values.body ?? BODY });
  }

  async function drafts(): Promise<ArticleSummary[]> {
    const page = await system.ok<Page<ArticleSummary>>('content', 'demo-editor-zz', {
      action: 'listAllArticles',
      hospitalId: 'h-zzcentral',
      status: 'draft',
      pageSize: 50,
    });
    return page.items;
  }

  const creates = () => apiCalls().filter((c) => c.action === 'createArticle');

  it('creates a draft from the form; it appears under 未发布 and, once published there, patients can read it', async () => {
    const page = await newForm();
    expect(textOf(page)).toContain('新建文章');
    expect(textOf(page)).toContain('慢病管理');
    expect(textOf(page)).toContain('空一行分段');
    fill(page, {});
    tap(page, '#save-draft');
    await waitFor(() => expect(wxMock.navigateBack).toHaveBeenCalled());
    expect(wxMock.showToast).toHaveBeenCalledWith({ title: '已保存', icon: 'none' });
    expect(creates()[0].params).toMatchObject({ hospitalId: 'h-zzcentral', columnId: 'col-healthy-life', title: TITLE, author: '呼吸内科 王医生', body: BODY });
    const created = (await drafts()).find((a) => a.title === TITLE);
    expect(created).toBeDefined();
    const articleId = created!.id;

    const list = renderPage(listId);
    await list.instance.onShow();
    await list.instance.onTabChange({ detail: { name: 'draft' } });
    await waitFor(() => expect(textOf(list)).toContain(TITLE));
    // Vant components of the second page loaded in a file render without their inner nodes
    // under miniprogram-simulate, so the publish button is pressed through its handler.
    await list.instance.onPublish({ currentTarget: { dataset: { id: articleId } } });
    await waitFor(() => expect(wxMock.showToast).toHaveBeenCalledWith({ title: '已发布', icon: 'none' }));
    await list.instance.onTabChange({ detail: { name: 'published' } });
    await waitFor(() => expect(textOf(list)).toContain(TITLE));
    const seen = await system.ok<{ article: ArticleDetail }>('content', 'demo-patient', { action: 'getArticle', articleId });
    expect(seen.article.title).toBe(TITLE);
    expect(seen.article.blocks[0]).toEqual({ type: 'heading', text: '为什么要打疫苗' });
  });

  it('sends the same requestId on a double save and creates one article', async () => {
    const page = await newForm();
    fill(page, {});
    const first = page.instance.onSaveDraft();
    const second = page.instance.onSaveDraft();
    await Promise.all([first, second]);
    expect(creates()).toHaveLength(2);
    const requestId = creates()[0].params.requestId;
    expect(requestId).toMatch(/^[A-Za-z0-9_-]{8,64}$/);
    expect(creates()[1].params.requestId).toBe(requestId);
    expect((await drafts()).filter((a) => a.title === TITLE)).toHaveLength(1);
  });

  it('keeps the requestId when retrying after a network failure', async () => {
    const page = await newForm();
    fill(page, {});
    failRequests();
    await page.instance.onSaveDraft();
    await waitFor(() => expect(textOf(page)).toContain('网络不太好'));
    expect(wxMock.navigateBack).not.toHaveBeenCalled();
    routeRequests(system);
    await page.instance.onSaveDraft();
    await waitFor(() => expect(wxMock.navigateBack).toHaveBeenCalled());
    expect(creates()[1].params.requestId).toBe(creates()[0].params.requestId);
    expect((await drafts()).filter((a) => a.title === TITLE)).toHaveLength(1);
  });

  it('shows every problem beside its field and sends nothing', async () => {
    const page = await newForm();
    page.instance.onTitle({ detail: '   ' });
    page.instance.onSummary({ detail: '摘'.repeat(121) });
    page.instance.onAuthor({ detail: '作'.repeat(41) });
    page.instance.onBody({ detail: '文'.repeat(20001) });
    page.instance.onVideoUrl({ detail: 'http://example.com/a.mp4' });
    tap(page, '#save-draft');
    await waitFor(() => expect(textOf(page)).toContain('请填写标题'));
    const text = textOf(page);
    expect(text).toContain('请选择栏目');
    expect(text).toContain('最多120个字，当前121个字');
    expect(text).toContain('最多40个字，当前41个字');
    expect(text).toContain('最多20000个字，当前20001个字');
    expect(text).toContain('视频地址须以');
    expect(apiCalls().map((c) => c.action)).toEqual(['listHospitals', 'listColumns']);
    page.instance.onTitle({ detail: TITLE });
    await waitFor(() => expect(textOf(page)).not.toContain('请填写标题'));
  });

  it('asks for a summary and a paragraph before publishing, without a request', async () => {
    const page = await newForm();
    fill(page, { summary: '', body: '## 只有小标题' });
    tap(page, '#save-publish');
    await waitFor(() => expect(textOf(page)).toContain('发布前请填写摘要'));
    expect(textOf(page)).toContain('发布前正文至少需要一段文字');
    expect(wxMock.showModal).not.toHaveBeenCalled();
    expect(creates()).toHaveLength(0);
  });

  it('shows the server refusal on the field it names', async () => {
    const page = await newForm();
    fill(page, {});
    page.instance.onColumnChange({ detail: 'col-gone' });
    tap(page, '#save-draft');
    await waitFor(() => expect(textOf(page)).toContain('栏目不存在'));
    expect(page.data.errors.columnId).toBe('栏目不存在');
    expect(wxMock.navigateBack).not.toHaveBeenCalled();
  });

  it('saves and publishes a new article after confirming', async () => {
    const page = await newForm();
    fill(page, {});
    tap(page, '#save-publish');
    await waitFor(() => expect(wxMock.navigateBack).toHaveBeenCalled());
    expect(wxMock.showModal).toHaveBeenCalledWith(expect.objectContaining({ title: '保存并发布' }));
    expect(apiCalls().map((c) => c.action)).toEqual(['listHospitals', 'listColumns', 'createArticle', 'publishArticle']);
    const articleId = String((apiCalls()[3].params as { articleId: string }).articleId);
    const seen = await system.ok<{ article: ArticleDetail }>('content', 'demo-patient', { action: 'getArticle', articleId });
    expect(seen.article.title).toBe(TITLE);
  });

  it('edits an existing article and keeps its images and linked departments', async () => {
    const page = renderPage(id);
    await page.instance.onLoad({ id: 'art-013' });
    await waitFor(() => expect(page.data.form.title).toBe('气道异物梗阻：学会海姆立克急救法'));
    expect(textOf(page)).toContain('编辑文章');
    expect(textOf(page)).toContain('保存修改');
    expect(page.querySelector('#save-publish')).toBeFalsy();
    page.instance.onTitle({ detail: '气道异物梗阻：人人都该学的海姆立克急救法' });
    tap(page, '#save-draft');
    await waitFor(() => expect(wxMock.navigateBack).toHaveBeenCalled());
    const update = apiCalls().find((c) => c.action === 'updateArticle')!;
    expect(update.params).toMatchObject({ articleId: 'art-013', columnId: 'col-first-aid' });
    const seen = await system.ok<{ article: ArticleDetail }>('content', 'demo-patient', { action: 'getArticle', articleId: 'art-013' });
    expect(seen.article.title).toBe('气道异物梗阻：人人都该学的海姆立克急救法');
    expect(seen.article.departmentIds.length).toBeGreaterThan(0);
  });

  it('shows the server refusal to someone who is not an editor', async () => {
    session.setDemoOpenid('demo-patient');
    const page = renderPage(id);
    await page.instance.onLoad({ id: 'art-013' });
    await waitFor(() => expect(textOf(page)).toContain('没有权限进行此操作'));
    expect(page.querySelector('#save-draft')).toBeFalsy();
  });

  it('shows an error with a retry when the backend cannot be reached', async () => {
    failRequests();
    const page = renderPage(id);
    await page.instance.onLoad({});
    await waitFor(() => expect(textOf(page)).toContain('网络不太好'));
    expect(textOf(page)).toContain('重试');
  });
});
