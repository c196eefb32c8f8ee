/** 申请病历复印 (postvisit/record-apply): the proofs an agent needs, photos and address from WeChat, one application in the store. */
import type { CopyApplicationDoc } from '../../../backend/domain/record-copies/docs';
import type { LocalSystem } from '../../support/local-system';
import { apiCalls, loadPage, tap, textOf, waitFor, wxMock } from '../setup/page';
import { completedVisit, feedbackSystem, openPage, PNG } from './feedback-fixtures';
import { ADDRESS } from './record-fixtures';

/** Three uploads and an application in a row: generous when the machine is busy. */
const SLOW_MS = 8000;
jest.setTimeout(20_000);

let system: LocalSystem;
let id: string;

beforeAll(() => {
  id = loadPage('postvisit/record-apply/index');
});

beforeEach(async () => {
  system = await feedbackSystem();
  const readFile = jest.fn((o: { success: (r: { data: string }) => void }) => o.success({ data: PNG }));
  Object.assign(wxMock, {
    chooseMedia: jest.fn((o: { success: (r: { tempFiles: Array<{ tempFilePath: string }> }) => void }) =>
      o.success({ tempFiles: [{ tempFilePath: 'wxfile://tmp/id.png' }] }),
    ),
    getFileSystemManager: () => ({ readFile }),
    chooseAddress: jest.fn((o: { success: (r: Record<string, string>) => void }) =>
      o.success({
        userName: ADDRESS.name,
        telNumber: ADDRESS.phone,
        provinceName: ADDRESS.province,
        cityName: ADDRESS.city,
        countyName: ADDRESS.district,
        detailInfo: ADDRESS.detail,
      }),
    ),
  });
});

it('is empty without a completed visit at this hospital', async () => {
  const page = await openPage(id);
  expect(textOf(page)).toContain('在本院没有已完成的就诊记录，暂不能申请');
});

it('an agent uploads three proofs, picks the visit, parts and address, and applies once', async () => {
  const visit = await completedVisit(system);
  const page = await openPage(id);
  expect(textOf(page)).toContain('复印费每页¥0.50，邮寄费¥12.00');
  page.instance.onApplicantType({ detail: 'agent' });
  await waitFor(() => expect(textOf(page)).toContain('授权委托书（签名）'), SLOW_MS);
  page.instance.onApplicantName({ detail: '李四' });
  tap(page, '#submit');
  await waitFor(() => expect(textOf(page.querySelector('#problem')!)).toBe('请上传患者有效身份证明'), SLOW_MS);
  for (const kind of ['patient_id', 'applicant_id', 'authorization']) {
    tap(page, `#proof-${kind}`);
    await waitFor(() => expect(textOf(page.querySelector(`#proof-${kind}`)!)).toContain('已上传'), SLOW_MS);
  }
  page.instance.onVisits({ detail: [visit] });
  page.instance.onParts({ detail: ['exam_reports', 'discharge_summary'] });
  tap(page, '#address');
  await waitFor(() => expect(textOf(page.querySelector('#address')!)).toContain('河南省郑州市金水区花园路100号'), SLOW_MS);
  tap(page, '#submit');
  await waitFor(() => expect(wxMock.redirectTo).toHaveBeenCalled(), SLOW_MS);
  const [stored] = await system.ports.db.find<CopyApplicationDoc>('copyApplications', {});
  expect(stored).toMatchObject({
    applicantType: 'agent',
    applicantName: '李四',
    visitIds: [visit],
    parts: ['exam_reports', 'discharge_summary'],
    address: ADDRESS,
    status: 'submitted',
  });
  expect(stored.proofs.map((p) => p.kind)).toEqual(['patient_id', 'applicant_id', 'authorization']);
  expect(wxMock.redirectTo).toHaveBeenCalledWith({ url: `/postvisit/record-copy/index?id=${stored._id}` });
  expect(apiCalls().filter((c) => c.action === 'apply')).toHaveLength(1);
});

it('keeps the ticked visits and the address when the page shows again after the address book', async () => {
  const visit = await completedVisit(system);
  const page = await openPage(id);
  expect(page.data.patientVisits.map((v: { id: string }) => v.id)).toEqual([visit]);
  page.instance.onVisits({ detail: [visit] });
  await page.instance.onShow();
  await page.instance.onAddress();
  await page.instance.onShow();
  expect(page.data.visitIds).toEqual([visit]);
  expect(page.data.addressText).not.toBe('');
});
