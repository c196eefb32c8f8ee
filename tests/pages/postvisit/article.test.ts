import type { ArticleDoc } from '../../../backend/domain/content/docs';
import { mediaUrl } from '../../../miniprogram/api/media';
import { apiCalls, failRequests, loadPage, renderPage, routeRequests, startLocalSystem, tap, textOf, waitFor, wxMock } from '../setup/page';
import type { LocalSystem } from '../../support/local-system';

describe('article page', () => {
  let id: string;
  let system: LocalSystem;
  beforeAll(() => {
    id = loadPage('postvisit/article/index');
  });
  beforeEach(async () => {
    wxMock.request.mockReset();
    wxMock.navigateTo.mockReset();
    system = await startLocalSystem();
    routeRequests(system);
  });

  it('shows the title, column, author, date and the body with its subheadings', async () => {
    const page = renderPage(id);
    await page.instance.onLoad({ id: 'art-001' });
    await waitFor(() => expect(textOf(page)).toContain('高血压患者如何在家正确测血压'));
    const text = textOf(page);
    expect(apiCalls()[0]).toMatchObject({ fn: 'content', action: 'getArticle', params: { articleId: 'art-001' } });
    expect(text).toContain('慢病管理');
    expect(text).toContain('心血管内科 郜雅琴');
    expect(text).toContain('2026-01-06');
    expect(text).toContain('推荐使用经过国际标准方案验证的上臂式全自动电子血压计');
    const headings = page.querySelectorAll('.block-heading').map((h) => textOf(h));
    expect(headings).toEqual(['选对血压计', '规范测量的要点', '读数怎么看']);
    expect(page.querySelector('#article-video')).toBeFalsy();
  });

  it('lists the related departments and opens one', async () => {
    const page = renderPage(id);
    await page.instance.onLoad({ id: 'art-001' });
    await waitFor(() => expect(textOf(page)).toContain('相关科室'));
    expect(apiCalls()[1]).toMatchObject({ action: 'listDepartments', params: { hospitalId: 'h-zzcentral' } });
    const text = textOf(page);
    expect(text.indexOf('心血管内科')).toBeLessThan(text.indexOf('老年医学科'));
    expect(textOf(page.querySelector('#dept-d-zz-cardio')!)).toContain('门诊楼2楼A区');
    tap(page, '#dept-d-zz-cardio');
    await waitFor(() => expect(wxMock.navigateTo).toHaveBeenCalledWith({ url: '/previsit/department/index?id=d-zz-cardio' }));
  });

  it('plays the video from the local emulator', async () => {
    const page = renderPage(id);
    await page.instance.onLoad({ id: 'art-004' });
    await waitFor(() => expect(textOf(page)).toContain('心肺复苏：关键时刻的救命四步'));
    expect(page.data.videoUrl).toBe('http://127.0.0.1:3000/files/demo/cpr.mp4');
    expect(page.querySelector('#article-video')).toBeTruthy();
  });

  it('shows the images of an article, local ones from the emulator', async () => {
    const doc = await system.ports.db.get<ArticleDoc>('articles', 'art-002');
    await system.ports.db.insert<ArticleDoc>('articles', {
      ...doc!,
      _id: 'art-images',
      requestId: 'page-test-images',
      images: ['/files/demo/plate.png', 'https://img.example.com/b.png'],
    });
    const page = renderPage(id);
    await page.instance.onLoad({ id: 'art-images' });
    await waitFor(() => expect(textOf(page)).toContain('糖尿病饮食'));
    expect(page.querySelectorAll('.article-image')).toHaveLength(2);
    expect(Object.values(page.data.images)).toEqual(['http://127.0.0.1:3000/files/demo/plate.png', 'https://img.example.com/b.png']);
  });

  it('keeps cloud file ids and full addresses, and prefixes only local relative ones', () => {
    expect(mediaUrl('/files/a.mp4', 'local', 'http://127.0.0.1:3000')).toBe('http://127.0.0.1:3000/files/a.mp4');
    expect(mediaUrl('/files/a.mp4', 'cloud', 'http://127.0.0.1:3000')).toBe('/files/a.mp4');
    expect(mediaUrl('cloud://env/a.mp4', 'local', 'http://127.0.0.1:3000')).toBe('cloud://env/a.mp4');
    expect(mediaUrl('', 'local', 'http://127.0.0.1:3000')).toBe('');
  });

  it('says the article does not exist for a draft, an unknown id or no id', async () => {
    for (const articleId of ['art-014', 'art-999']) {
      const page = renderPage(id);
      await page.instance.onLoad({ id: articleId });
      await waitFor(() => expect(textOf(page)).toContain('文章不存在或已下线'));
      expect(textOf(page)).not.toContain('重试');
      expect(textOf(page)).not.toContain('高温天防中暑');
    }
    const page = renderPage(id);
    wxMock.request.mockClear();
    await page.instance.onLoad({});
    await waitFor(() => expect(textOf(page)).toContain('文章不存在或已下线'));
    expect(apiCalls()).toHaveLength(0);
  });

  it('shows an error with a retry when the backend cannot be reached, and loads on retry', async () => {
    failRequests();
    const page = renderPage(id);
    await page.instance.onLoad({ id: 'art-001' });
    await waitFor(() => expect(textOf(page)).toContain('网络不太好'));
    expect(textOf(page)).toContain('重试');
    routeRequests(system);
    page.querySelector('#state')!.dispatchEvent('retry');
    await waitFor(() => expect(textOf(page)).toContain('高血压患者如何在家正确测血压'));
  });
});
