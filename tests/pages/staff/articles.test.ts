import { session } from '../../../miniprogram/stores/session';
import type { ArticleDetail } from '../../../miniprogram/shared/dto/content';
import type { LocalSystem } from '../../support/local-system';
import { apiCalls, failRequests, loadPage, renderPage, routeRequests, startLocalSystem, tap, textOf, waitFor, wxMock } from '../setup/page';

const DRAFT_ID = 'art-014';
const DRAFT_TITLE = '高温天防中暑，警惕最凶险的热射病';
const PUBLISHED_ID = 'art-013';
const PUBLISHED_TITLE = '气道异物梗阻：学会海姆立克急救法';

describe('staff articles page', () => {
  let id: string;
  let system: LocalSystem;
  beforeAll(() => {
    id = loadPage('staff/articles/index');
  });
  beforeEach(async () => {
    wxMock.request.mockReset();
    wxMock.navigateTo.mockReset();
    wxMock.showModal.mockClear();
    wxMock.showToast.mockReset();
    wxMock.stopPullDownRefresh.mockReset();
    session.setHospitalsStatus('idle', '');
    session.selectHospital('h-zzcentral');
    system = await startLocalSystem();
    routeRequests(system);
    session.setDemoOpenid('demo-editor-zz');
  });
  afterEach(() => {
    session.setDemoOpenid('demo-patient');
  });

  async function shown(): Promise<ReturnType<typeof renderPage>> {
    const page = renderPage(id);
    await page.instance.onShow();
    await waitFor(() => expect(page.data.view.status).toBe('ready'));
    return page;
  }

  it('lists every article of the hospital, drafts included, with column, status and date, and loads more at the bottom', async () => {
    const page = await shown();
    const text = textOf(page);
    expect(text).toContain(PUBLISHED_TITLE);
    expect(text).toContain(DRAFT_TITLE);
    expect(text).toContain('急救常识');
    expect(text).toContain('已发布');
    expect(text).toContain('未发布');
    expect(text).toContain('更新于 2026-');
    expect(apiCalls().filter((c) => c.action === 'listAllArticles')[0].params).toMatchObject({ hospitalId: 'h-zzcentral', page: 1, pageSize: 10 });
    expect(Object.keys(page.data.rows)).toHaveLength(10);
    await page.instance.onReachBottom();
    await waitFor(() => expect(Object.keys(page.data.rows)).toHaveLength(14));
    expect(apiCalls().filter((c) => c.action === 'listAllArticles')[1].params).toMatchObject({ page: 2 });
  });

  it('filters by tab: 未发布 shows only the drafts', async () => {
    const page = await shown();
    await page.instance.onTabChange({ detail: { name: 'draft' } });
    await waitFor(() => expect(page.data.view.status).toBe('ready'));
    expect(apiCalls().at(-1)!.params).toMatchObject({ status: 'draft' });
    expect(textOf(page)).toContain(DRAFT_TITLE);
    expect(textOf(page)).not.toContain(PUBLISHED_TITLE);
  });

  it('publishes a draft after confirming: it moves to 已发布 and patients can read it', async () => {
    expect((await system.call('content', 'demo-patient', { action: 'getArticle', articleId: DRAFT_ID })).ok).toBe(false);
    const page = await shown();
    await page.instance.onTabChange({ detail: { name: 'draft' } });
    await waitFor(() => expect(textOf(page)).toContain(DRAFT_TITLE));
    tap(page, `#publish-${DRAFT_ID}`);
    await waitFor(() => expect(wxMock.showToast).toHaveBeenCalledWith({ title: '已发布', icon: 'none' }));
    expect(wxMock.showModal).toHaveBeenCalledWith(expect.objectContaining({ title: '发布文章' }));
    expect(apiCalls().map((c) => c.action)).toContain('publishArticle');
    await waitFor(() => expect(textOf(page)).toContain('没有未发布的文章'));
    await page.instance.onTabChange({ detail: { name: 'published' } });
    await waitFor(() => expect(textOf(page)).toContain(DRAFT_TITLE));
    const seen = await system.ok<{ article: ArticleDetail }>('content', 'demo-patient', { action: 'getArticle', articleId: DRAFT_ID });
    expect(seen.article.title).toBe(DRAFT_TITLE);
    expect(seen.article.status).toBe('published');
  });

  it('takes a published article offline after confirming, hiding it from patients', async () => {
    const page = await shown();
    tap(page, `#unpublish-${PUBLISHED_ID}`);
    await waitFor(() => expect(wxMock.showToast).toHaveBeenCalledWith({ title: '已下线', icon: 'none' }));
    expect(apiCalls().map((c) => c.action)).toContain('unpublishArticle');
    expect((await system.call('content', 'demo-patient', { action: 'getArticle', articleId: PUBLISHED_ID })).ok).toBe(false);
    await waitFor(() => expect(page.querySelector(`#publish-${PUBLISHED_ID}`)).toBeTruthy());
  });

  it('does nothing when the confirmation is cancelled', async () => {
    wxMock.showModal.mockImplementationOnce((opts: { success?: (r: { confirm: boolean; cancel: boolean }) => void }) =>
      opts.success?.({ confirm: false, cancel: true }),
    );
    const page = await shown();
    tap(page, `#publish-${DRAFT_ID}`);
    await waitFor(() => expect(wxMock.showModal).toHaveBeenCalled());
    await new Promise((r) => setTimeout(r, 30));
    expect(apiCalls().map((c) => c.action)).not.toContain('publishArticle');
    expect((await system.call('content', 'demo-patient', { action: 'getArticle', articleId: DRAFT_ID })).ok).toBe(false);
  });

  it('opens the editor for a new article and for an existing one', async () => {
    const page = await shown();
    tap(page, '#create-article');
    await waitFor(() => expect(wxMock.navigateTo).toHaveBeenCalledWith({ url: '/staff/article-edit/index' }));
    tap(page, `#edit-${PUBLISHED_ID}`);
    await waitFor(() => expect(wxMock.navigateTo).toHaveBeenCalledWith({ url: `/staff/article-edit/index?id=${PUBLISHED_ID}` }));
  });

  it('reloads on pull-down and stops the spinner', async () => {
    const page = await shown();
    await page.instance.onPullDownRefresh();
    expect(wxMock.stopPullDownRefresh).toHaveBeenCalled();
    expect(apiCalls().filter((c) => c.action === 'listAllArticles')).toHaveLength(2);
    expect(textOf(page)).toContain(PUBLISHED_TITLE);
  });

  it('shows the server refusal to someone who is not an editor here', async () => {
    session.setDemoOpenid('demo-patient');
    const page = renderPage(id);
    await page.instance.onShow();
    await waitFor(() => expect(textOf(page)).toContain('没有权限进行此操作'));
    expect(textOf(page)).not.toContain(PUBLISHED_TITLE);
  });

  it('shows an error with a retry when the backend cannot be reached', async () => {
    failRequests();
    const page = renderPage(id);
    await page.instance.onShow();
    await waitFor(() => expect(textOf(page)).toContain('网络不太好'));
    expect(textOf(page)).toContain('重试');
  });
});
