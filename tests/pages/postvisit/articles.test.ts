import { session } from '../../../miniprogram/stores/session';
import { apiCalls, failRequests, loadPage, renderPage, routeRequests, startLocalSystem, tap, textOf, waitFor, wxMock } from '../setup/page';

const NEWEST = '气道异物梗阻：学会海姆立克急救法';
const OLDEST = '高血压患者如何在家正确测血压';

function articleCalls() {
  return apiCalls().filter((c) => c.action === 'listArticles');
}

describe('articles page', () => {
  let id: string;
  beforeAll(() => {
    id = loadPage('postvisit/articles/index');
  });
  beforeEach(async () => {
    wxMock.request.mockReset();
    wxMock.navigateTo.mockReset();
    wxMock.showToast.mockReset();
    wxMock.stopPullDownRefresh.mockReset();
    session.setHospitalsStatus('idle', '');
    session.selectHospital('h-zzcentral');
    routeRequests(await startLocalSystem());
  });
  afterAll(() => {
    session.selectHospital('h-zzcentral');
  });

  it('shows 全部 and the hospital columns, and the first page of published articles, newest first', async () => {
    const page = renderPage(id);
    await page.instance.onLoad({});
    await waitFor(() => expect(textOf(page)).toContain(NEWEST));
    const text = textOf(page);
    expect(apiCalls().map((c) => c.action)).toEqual(['listHospitals', 'listColumns', 'listArticles']);
    expect(apiCalls()[1].params).toEqual({ hospitalId: 'h-zzcentral' });
    expect(articleCalls()[0].params).toEqual({ hospitalId: 'h-zzcentral', page: 1, pageSize: 10 });
    const tabs = ['全部', '慢病管理', '母婴健康', '急救常识', '健康生活', '老年健康'];
    expect(Object.values(page.data.tabs).map((t) => (t as { name: string }).name)).toEqual(tabs);
    for (const name of tabs) expect(text).toContain(name);
    expect(Object.keys(page.data.items)).toHaveLength(10);
    const first = textOf(page.querySelector('#article-art-013')!);
    expect(first).toContain('急救常识');
    expect(first).toContain('2026-04-14');
    expect(first).toContain('视频');
    expect(first).toContain('海姆立克');
    expect(textOf(page.querySelector('#article-art-012')!)).not.toContain('视频');
    expect(page.querySelector('#article-art-013 .cover')!.toJSON().attrs).toContainEqual({
      name: 'src',
      value: 'http://127.0.0.1:3000/files/demo/articles/col-first-aid.png',
    });
    expect(text.indexOf(NEWEST)).toBeLessThan(text.indexOf('心肺复苏：关键时刻的救命四步'));
    expect(text).not.toContain(OLDEST);
    expect(text).not.toContain('高温天防中暑');
    expect(text).toContain('上拉加载更多');
  });

  it('loads the next page on reaching the bottom and appends it, until there is no more', async () => {
    const page = renderPage(id);
    await page.instance.onLoad({});
    await waitFor(() => expect(textOf(page)).toContain(NEWEST));
    await page.instance.onReachBottom();
    await waitFor(() => expect(textOf(page)).toContain(OLDEST));
    expect(articleCalls().map((c) => c.params)).toEqual([
      { hospitalId: 'h-zzcentral', page: 1, pageSize: 10 },
      { hospitalId: 'h-zzcentral', page: 2, pageSize: 10 },
    ]);
    expect(Object.keys(page.data.items)).toHaveLength(13);
    expect(textOf(page)).toContain(NEWEST);
    expect(textOf(page)).toContain('没有更多了');
    await page.instance.onReachBottom();
    expect(articleCalls()).toHaveLength(2);
  });

  it('lists one column after a tab change, and opens an article when its card is tapped', async () => {
    const page = renderPage(id);
    await page.instance.onLoad({});
    await waitFor(() => expect(textOf(page)).toContain(NEWEST));
    await page.instance.onTabChange({ detail: { index: 3 } });
    await waitFor(() => expect(textOf(page)).toContain('识别中风，记住BE FAST'));
    expect(articleCalls()[1].params).toEqual({ hospitalId: 'h-zzcentral', columnId: 'col-first-aid', page: 1, pageSize: 10 });
    expect(Object.keys(page.data.items)).toHaveLength(3);
    expect(textOf(page)).not.toContain('糖尿病饮食');
    expect(textOf(page)).toContain('没有更多了');
    tap(page, '#article-art-004');
    await waitFor(() => expect(wxMock.navigateTo).toHaveBeenCalledWith({ url: '/postvisit/article/index?id=art-004' }));
  });

  it('opens on the column given in the query', async () => {
    const page = renderPage(id);
    await page.instance.onLoad({ columnId: 'col-chronic' });
    await waitFor(() => expect(textOf(page)).toContain('糖尿病饮食：控糖不等于不吃主食'));
    expect(articleCalls()[0].params).toEqual({ hospitalId: 'h-zzcentral', columnId: 'col-chronic', page: 1, pageSize: 10 });
    expect(page.data.active).toBe(1);
    expect(Object.keys(page.data.items)).toHaveLength(3);
    expect(textOf(page)).toContain(OLDEST);
    expect(textOf(page)).not.toContain(NEWEST);
  });

  it('shows the empty state for a column without published articles', async () => {
    session.selectHospital('h-xinyang-county');
    const page = renderPage(id);
    await page.instance.onLoad({ columnId: 'col-xy-family' });
    await waitFor(() => expect(textOf(page)).toContain('“家庭健康”栏目暂无文章'));
    expect(articleCalls()[0].params).toEqual({ hospitalId: 'h-xinyang-county', columnId: 'col-xy-family', page: 1, pageSize: 10 });
    expect(textOf(page)).toContain('农时防病');
    expect(page.data.active).toBe(2);
    expect(textOf(page)).not.toContain('孩子得了手足口病');
    await page.instance.onTabChange({ detail: { index: 0 } });
    await waitFor(() => expect(textOf(page)).toContain('夏季野外劳作，被蛇咬伤怎么办'));
  });

  it('reloads the first page on pull-down refresh', async () => {
    const page = renderPage(id);
    await page.instance.onLoad({});
    await waitFor(() => expect(textOf(page)).toContain(NEWEST));
    await page.instance.onReachBottom();
    await waitFor(() => expect(Object.keys(page.data.items)).toHaveLength(13));
    await page.instance.onPullDownRefresh();
    expect(wxMock.stopPullDownRefresh).toHaveBeenCalled();
    expect(Object.keys(page.data.items)).toHaveLength(10);
    expect(
      apiCalls()
        .map((c) => c.action)
        .slice(-2),
    ).toEqual(['listColumns', 'listArticles']);
    expect(articleCalls()[2].params).toEqual({ hospitalId: 'h-zzcentral', page: 1, pageSize: 10 });
    expect(textOf(page)).not.toContain(OLDEST);
  });

  it('keeps the list and tells the user when the next page cannot be loaded', async () => {
    const page = renderPage(id);
    await page.instance.onLoad({});
    await waitFor(() => expect(textOf(page)).toContain(NEWEST));
    failRequests();
    await page.instance.onReachBottom();
    expect(wxMock.showToast).toHaveBeenCalledWith({ title: '网络不太好，请稍后重试', icon: 'none' });
    expect(Object.keys(page.data.items)).toHaveLength(10);
    expect(textOf(page)).toContain(NEWEST);
  });

  it('shows an error with a retry when the backend cannot be reached', async () => {
    failRequests();
    const page = renderPage(id);
    await page.instance.onLoad({});
    await waitFor(() => expect(textOf(page)).toContain('网络不太好'));
    expect(textOf(page)).toContain('重试');
    routeRequests(await startLocalSystem());
    page.querySelector('#state-head')!.dispatchEvent('retry');
    await waitFor(() => expect(textOf(page)).toContain(NEWEST));
  });

  it('keeps the pages scrolled through when it shows again (back from an article)', async () => {
    const page = renderPage(id);
    await page.instance.onLoad({});
    await waitFor(() => expect(textOf(page)).toContain(NEWEST));
    await page.instance.onReachBottom();
    await waitFor(() => expect(Object.keys(page.data.items)).toHaveLength(13));
    const asked = apiCalls().length;
    await page.instance.onShow();
    await page.instance.onShow();
    expect(apiCalls()).toHaveLength(asked);
    expect(Object.keys(page.data.items)).toHaveLength(13);
  });
});
