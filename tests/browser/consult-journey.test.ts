/**
 * The consultation journey in Chromium: the patient asks 心血管内科 a free question on the ask page
 * (the subscribe prompt, the confirmation), lands on the thread waiting for a doctor; 陈立民 takes it
 * in the console, accepts and answers in the structure with 心血管内科 to book; the patient sees the
 * answer and books the suggested department in one tap.
 */
import { answerModal, answerSubscribe, previewErrors, screen, see, tap, type, waitRoute } from './support/app';
import { chromiumMissing, type Emulator, ensurePreviewBuilt, openPreview, type Session, startEmulatorAndBrowser } from './support/harness';
import { Journey } from './support/journey';

const JOURNEY = 'consult';
const missingBrowser = chromiumMissing();
const suite = missingBrowser ? describe.skip : describe;

suite(`consultation journey in Chromium${missingBrowser ? ` (skipped: ${missingBrowser})` : ''}`, () => {
  let emu: Emulator;
  let session: Session;

  beforeAll(async () => {
    await ensurePreviewBuilt();
    ({ emu, session } = await startEmulatorAndBrowser());
  }, 120_000);

  afterAll(async () => {
    await session?.close();
    await emu?.stop();
  });

  test('ask a department → the doctor accepts and answers → the patient books the suggested department', async () => {
    const page = session.page;
    const j = new Journey(page, JOURNEY);
    const base = emu.baseUrl;

    await j.step('the patient asks 心血管内科, free', async () => {
      await openPreview(page, base, '/online/consult-ask/index?departmentId=d-zz-cardio', 'demo-patient');
      await see(page, '咨询费 免费');
      await type(page, 'text', '最近爬楼梯心慌，需要做哪些检查？');
      await tap(page, '#submit');
      await answerSubscribe(page, true);
      await answerModal(page, 'confirm', '确认提交咨询');
      await waitRoute(page, 'online/consult-thread/index');
      await see(page, '等待医生接诊');
    });

    await j.step('陈立民 accepts and answers in the structure', async () => {
      await openPreview(page, base, '/staff/consults/index', 'demo-doctor-zz');
      await see(page, '最近爬楼梯心慌');
      await tap(page, screen(page).getByText('最近爬楼梯心慌').first());
      await waitRoute(page, 'staff/consult/index');
      await tap(page, '#accept');
      await see(page, '发送回复');
      await type(page, 'reply-text', '需要排查心律失常');
      await type(page, 'reply-assessment', '活动后心悸，需排除心律失常');
      await type(page, 'reply-warning', '胸痛、晕厥时立即拨打120');
      await tap(page, '#visit-planned');
      await tap(page, '#dept-d-zz-cardio');
      await tap(page, '#reply');
      await see(page, '需要排查心律失常');
    });

    await j.step('the patient sees the answer and books 心血管内科 in one tap', async () => {
      await openPreview(page, base, '/online/consult-list/index', 'demo-patient');
      await tap(page, screen(page).getByText('最近爬楼梯心慌').first());
      await waitRoute(page, 'online/consult-thread/index');
      await see(page, '活动后心悸，需排除心律失常');
      await see(page, '建议择期来院就诊');
      await tap(page, '#book-1');
      await waitRoute(page, 'booking/department/index');
      expect(await previewErrors(page)).toEqual([]);
    });
  }, 240_000);
});
