import { session } from '../../../miniprogram/stores/session';
import { privacySections } from '../../../miniprogram/pages/privacy/sections';
import { loadPage, renderPage, textOf, waitFor } from '../setup/page';

describe('privacy page (隐私说明)', () => {
  let id: string;
  beforeAll(() => {
    id = loadPage('pages/privacy/index');
  });
  afterEach(() => {
    session.setElderMode(false);
  });

  it('says what the app stores: account, family members, visits, money, files, messages, staff access, device settings', async () => {
    const page = renderPage(id);
    await page.instance.onLoad?.();
    const text = textOf(page);
    expect(privacySections.map((s) => s.id)).toEqual(['account', 'patients', 'visits', 'money', 'files', 'messages', 'staff', 'device']);
    for (const s of privacySections) expect(textOf(page.querySelector(`#privacy-${s.id}`)!)).toContain(s.title);
    expect(text).toContain('最多登记5位就诊人');
    expect(text).toContain('不保存位置');
    expect(text).toContain('10分钟内有效的链接');
    expect(text).toContain('申请结束180天后自动删除');
  });

  it('follows elder mode', async () => {
    const page = renderPage(id);
    const root = page.querySelector('.pz-page')!;
    session.setElderMode(true);
    await waitFor(() => expect(root.dom!.className).toContain('elder'));
  });
});
