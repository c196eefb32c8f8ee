/** 投诉与建议: the form with a photo picked through wx.chooseMedia (postvisit/complain). */
import type { LocalSystem } from '../../support/local-system';
import { apiCalls, loadPage, renderPage, tap, textOf, waitFor, wxMock } from '../setup/page';
import { feedbackSystem, PNG } from './feedback-fixtures';

/** Flows of several calls through the real handlers: room for a busy machine. */
jest.setTimeout(20_000);

let system: LocalSystem;
let id: string;

beforeAll(() => {
  id = loadPage('postvisit/complain/index');
});

beforeEach(async () => {
  system = await feedbackSystem();
});

describe('the complaint form', () => {
  it('uploads a photo, sends the complaint once and opens its clock', async () => {
    const chooseMedia = jest.fn((o: { success: (r: { tempFiles: Array<{ tempFilePath: string }> }) => void }) =>
      o.success({ tempFiles: [{ tempFilePath: 'wxfile://tmp/1.png' }] }),
    );
    const readFile = jest.fn((o: { success: (r: { data: string }) => void }) => o.success({ data: PNG }));
    Object.assign(wxMock, { chooseMedia, getFileSystemManager: () => ({ readFile }) });
    const page = renderPage(id);
    page.instance.onLoad({});
    tap(page, '#submit');
    await waitFor(() => expect(textOf(page)).toContain('请写下您遇到的问题或建议'));
    page.instance.onCategoryCell({ currentTarget: { dataset: { name: 'environment' } } });
    page.instance.onText({ detail: '门诊三楼卫生间无障碍扶手损坏' });
    tap(page, '#add-photo');
    await waitFor(() => expect(page.querySelector('#photo-0')).toBeTruthy());
    tap(page, '#submit');
    await waitFor(() => expect(wxMock.redirectTo).toHaveBeenCalled());
    const [stored] = await system.ports.db.find<{ _id: string; category: string; text: string; photoIds: string[] }>('complaints', {});
    expect(stored).toMatchObject({ category: 'environment', text: '门诊三楼卫生间无障碍扶手损坏', photoIds: [expect.stringMatching(/^fph-/)] });
    expect(wxMock.redirectTo).toHaveBeenCalledWith({ url: `/postvisit/complaint/index?id=${stored._id}` });
    expect(apiCalls().map((c) => c.action)).toEqual(['attach', 'complain']);
  });
});
