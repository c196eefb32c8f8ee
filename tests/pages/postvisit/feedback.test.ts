/** 就医反馈 hub: visits to rate and complaints with their deadlines (postvisit/feedback). */
import type { ComplaintView } from '../../../miniprogram/shared/dto/feedback';
import type { LocalSystem } from '../../support/local-system';
import { failRequests, loadPage, tap, textOf, waitFor, wxMock } from '../setup/page';
import { completedVisit, feedbackSystem, openPage, PATIENT, ZZ } from './feedback-fixtures';

let system: LocalSystem;
let id: string;

beforeAll(() => {
  id = loadPage('postvisit/feedback/index');
});

beforeEach(async () => {
  system = await feedbackSystem();
});

describe('就医反馈 hub', () => {
  it('lists the completed visit to rate and the complaints with their deadline; taps open them', async () => {
    const visit = await completedVisit(system);
    const { complaint } = await system.ok<{ complaint: ComplaintView }>('feedback', PATIENT, {
      action: 'complain',
      hospitalId: ZZ,
      category: 'fees',
      text: '检验费重复收取',
      requestId: 'req-page-cmp-1',
    });
    const page = await openPage(id, {}, 'onShow');
    expect(textOf(page.querySelector(`#visit-${visit}`)!)).toBe('心血管内科 · 陈立民2026-11-25去评价');
    expect(textOf(page.querySelector(`#complaint-${complaint.id}`)!)).toBe('收费问题 · 已受理答复期限 2026-12-02 23:59，还剩 5 个工作日');
    tap(page, `#visit-${visit}`);
    await waitFor(() => expect(wxMock.navigateTo).toHaveBeenCalledWith({ url: `/postvisit/rate/index?appointmentId=${visit}` }));
    tap(page, `#complaint-${complaint.id}`);
    await waitFor(() => expect(wxMock.navigateTo).toHaveBeenCalledWith({ url: `/postvisit/complaint/index?id=${complaint.id}` }));
    tap(page, '#complain');
    await waitFor(() => expect(wxMock.navigateTo).toHaveBeenCalledWith({ url: '/postvisit/complain/index' }));
  });

  it('says when there is nothing yet, and shows the error state when the network fails', async () => {
    const empty = await openPage(id, {}, 'onShow');
    expect(textOf(empty)).toContain('近期没有已完成的就诊');
    expect(textOf(empty)).toContain('还没有投诉或建议');
    failRequests();
    const failed = await openPage(id, {}, 'onShow');
    expect(failed.data.view.status).toBe('error');
  });
});
