import { session } from '../../../miniprogram/stores/session';
import { failRequests, loadPage, renderPage, routeRequests, startLocalSystem, textOf, waitFor, wxMock, type Rendered } from '../setup/page';

describe('records drug page (用药指导)', () => {
  let id: string;
  beforeAll(() => {
    id = loadPage('records/drug/index');
  });
  beforeEach(async () => {
    wxMock.request.mockReset();
    routeRequests(await startLocalSystem({ history: true }));
  });

  async function opened(code: string): Promise<Rendered> {
    const page = renderPage(id);
    await page.instance.onLoad({ code });
    await waitFor(() => expect(page.data.view.status).not.toBe('loading'));
    return page;
  }

  it('shows the monograph: uses, how to take, what to avoid, side effects, when to see a doctor at once, special groups, source', async () => {
    const page = await opened('DRUG-MET');
    const text = textOf(page);
    expect(text).toContain('盐酸二甲双胍片');
    expect(text).toContain('随餐或饭后服用');
    expect(text).toContain('造影剂');
    expect(textOf(page.querySelector('#urgent')!)).toContain('乳酸酸中毒');
    expect(text).toContain('老年人');
    expect(text).toContain('依据：国家基本药物目录');
    expect(text).toContain('不能代替医生和药师的建议');
  });

  it('large print in elder mode', async () => {
    session.setElderMode(true);
    const page = await opened('DRUG-WAR');
    expect(page.querySelector('.pz-page')!.dom!.className).toContain('elder');
    session.setElderMode(false);
  });

  it('an unknown drug is the empty state; offline an error with a retry', async () => {
    expect(textOf(await opened('DRUG-NOPE'))).toContain('暂无该药品的用药指导');
    failRequests();
    expect(textOf(await opened('DRUG-MET'))).toContain('重试');
  });
});
