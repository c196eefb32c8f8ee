/** 投诉详情: the clock to the answer (postvisit/complaint). */
import type { ComplaintView } from '../../../miniprogram/shared/dto/feedback';
import type { LocalSystem } from '../../support/local-system';
import { loadPage, textOf } from '../setup/page';
import { feedbackSystem, openPage, PATIENT, SERVICE, ZZ } from './feedback-fixtures';

let system: LocalSystem;
let id: string;

beforeAll(() => {
  id = loadPage('postvisit/complaint/index');
});

beforeEach(async () => {
  system = await feedbackSystem();
});

describe('the complaint page', () => {
  it('shows the clock to the answer, the deadline, the answer and who did what', async () => {
    const { complaint } = await system.ok<{ complaint: ComplaintView }>('feedback', PATIENT, {
      action: 'complain',
      hospitalId: ZZ,
      category: 'service',
      text: '导诊台无人',
      requestId: 'req-page-cmp-2',
    });
    const before = await openPage(id, { id: complaint.id });
    expect(textOf(before.querySelector('#deadline')!)).toBe('请在 2026-12-02 23:59 前答复（5个工作日，还剩 5 个工作日）');
    expect(before.data.view.data.clockView.active).toBe(0);
    await system.ok('feedback', SERVICE, { action: 'assign', complaintId: complaint.id, handler: '门诊部', multiDepartment: false });
    await system.ok('feedback', SERVICE, { action: 'answer', complaintId: complaint.id, text: '已安排导诊人员全天值守' });
    const after = await openPage(id, { id: complaint.id });
    expect(after.data.view.data.clockView.active).toBe(2);
    expect(textOf(after.querySelector('#answer')!)).toBe('已安排导诊人员全天值守');
    expect(textOf(after)).toContain('处理中 · 客服李敏');
    expect(textOf(after.querySelector('#status')!)).toBe('已答复');
  });

  it('another account sees nothing', async () => {
    const { complaint } = await system.ok<{ complaint: ComplaintView }>('feedback', 'demo-patient-2', {
      action: 'complain',
      hospitalId: ZZ,
      category: 'other',
      text: '别人的投诉',
      requestId: 'req-page-cmp-3',
    });
    const page = await openPage(id, { id: complaint.id });
    expect(textOf(page)).toContain('没有找到这条投诉');
  });
});
