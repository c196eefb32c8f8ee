/**
 * Online consultation (在线咨询), with the automator API only: demo-patient asks 陈立民 (¥30, found
 * from 服务 → 在线咨询 → 找医生咨询) for his mother 王秀兰, with the subscribe prompt and the
 * confirmation answered yes, and pays in the sandbox (in DevTools requestPayment is mocked too) →
 * 陈立民 (demo-doctor-zz) finds it in 在线咨询 on the workbench, accepts and answers in the structure
 * with 心血管内科 to book → the patient sees the structured answer and books 心血管内科 in one tap.
 * And a red-flag question to 心血管内科 shows the emergency screen before anything is sent. Nothing
 * here depends on the time of day: no slot is booked and the answer deadline is 24 hours.
 */
import {
  answerDialogsYes,
  becomeIdentity,
  currentPage,
  dialogsAsked,
  element,
  go,
  nodeShows,
  openWorkbenchEntry,
  restoreDialogs,
  see,
  tap,
  textOf,
  type,
  waitPath,
  waitUntil,
} from './support/app';
import { Journey } from './support/journey';
import { describeOnTarget } from './support/suite';
import type { MiniProgram } from './support/target';

const PATIENT = 'demo-patient';
const MOTHER = 'pat-demo-zhang-mother';
const QUESTION = '母亲最近爬楼梯心慌，需要做哪些检查？';
const RED_FLAG = '突然胸口压榨样疼痛，出冷汗，喘不上气，已经半小时了';

/** 服务 → 在线咨询: the patient's consultations. */
async function openMyConsults(mp: MiniProgram): Promise<void> {
  await go(mp, 'reLaunch', '/pages/services/index');
  await see(mp, '郑州康宁医院');
  await tap(mp, '#fn-consult');
  await waitPath(mp, 'online/consult-list/index');
  await element(mp, '#ask-doctor');
}

describeOnTarget('online consultation with automator', (target) => {
  test('a red-flag question → the emergency screen before anything is sent', async () => {
    const { mp } = target();
    const j = new Journey(mp, 'consult/red-flag');
    await becomeIdentity(mp, PATIENT);
    await answerDialogsYes(mp);

    await j.step('在线咨询 from 服务 → 向科室提问', async () => {
      await openMyConsults(mp);
      await see(mp, '还没有咨询记录');
      await tap(mp, '#ask-department');
      await waitPath(mp, 'online/consult-ask/index');
      await see(mp, '向哪个科室提问');
    });

    await j.step('心血管内科, free', async () => {
      await tap(mp, '#department-d-zz-cardio');
      expect(await nodeShows(mp, '#to', '心血管内科')).not.toContain('·');
      await nodeShows(mp, '#fee', '咨询费 免费');
    });

    await j.step('the question with red flags', async () => {
      await type(mp, 'text', RED_FLAG);
      await waitUntil('the question typed', async () => (await (await currentPage(mp)).data('text')) === RED_FLAG);
    });

    await j.step('提交咨询 → the emergency screen, nothing sent', async () => {
      await dialogsAsked(mp);
      await tap(mp, '#submit');
      await waitPath(mp, 'previsit/emergency/index');
      const text = await see(mp, '拨打120');
      expect(text).toContain('请立即就医');
      expect(await textOf(mp, '#flags')).toContain('压榨样胸痛');
      expect((await dialogsAsked(mp)).join('\n')).not.toContain('确认提交咨询');
    });

    await j.step('back on the question: told why, still unsent', async () => {
      await mp.callWxMethod('navigateBack', { delta: 1 });
      await waitPath(mp, 'online/consult-ask/index');
      await nodeShows(mp, '#problem', '您描述的情况可能有危险，请先看急诊提示');
      await openMyConsults(mp);
      await see(mp, '还没有咨询记录');
    });
    await restoreDialogs(mp);
  }, 120_000);

  test('ask 陈立民 for the mother, pay → the doctor accepts and answers in the structure → the patient books 心血管内科 in one tap', async () => {
    const { mp, kind } = target();
    const j = new Journey(mp, 'consult/ask');
    await becomeIdentity(mp, PATIENT);
    await answerDialogsYes(mp);
    if (kind === 'devtools') await mp.mockWxMethod('requestPayment', { errMsg: 'requestPayment:ok' });

    await j.step('在线咨询 → 找医生咨询 → 陈立民', async () => {
      await openMyConsults(mp);
      await tap(mp, '#ask-doctor');
      await waitPath(mp, 'previsit/doctors/index');
      await tap(mp, '#doctor-doc-zz-001');
      const page = await waitPath(mp, 'previsit/doctor/index');
      expect(page.query.id).toBe('doc-zz-001');
      await see(mp, '陈立民');
    });

    await j.step('在线咨询: ¥30, answered within 24 hours', async () => {
      await tap(mp, '#consult-doctor');
      await waitPath(mp, 'online/consult-ask/index');
      expect(await nodeShows(mp, '#to', '陈立民')).toContain('心血管内科');
      expect(await nodeShows(mp, '#fee', '咨询费 ¥30.00')).toContain('医生24小时内接诊，否则自动退款');
    });

    await j.step('for his mother 王秀兰', async () => {
      const radio = await element(mp, `#patient-${MOTHER} van-radio`);
      const icon = await radio.$('.van-radio__icon-wrap');
      if (!icon) throw new Error('the radio has no icon to tap');
      await icon.tap();
      await waitUntil('the mother chosen', async () => (await (await currentPage(mp)).data('patientId')) === MOTHER);
    });

    await j.step('the question', async () => {
      await type(mp, 'text', QUESTION);
      await waitUntil('the question typed', async () => (await (await currentPage(mp)).data('text')) === QUESTION);
    });

    await j.step('提交咨询 with consent → the order', async () => {
      await dialogsAsked(mp);
      await tap(mp, '#submit');
      await waitPath(mp, 'billing/order/index');
      const asked = (await dialogsAsked(mp)).join('\n');
      expect(asked).toContain('requestSubscribeMessage');
      expect(asked).toContain('确认提交咨询 咨询费¥30.00，提交后去支付。');
      await see(mp, '¥30.00');
    });

    await j.step('pay in the sandbox', async () => {
      await tap(mp, '#pay');
      await waitPath(mp, 'billing/result/index');
      await see(mp, /支付成功|已支付/);
    });

    const consultId = await j.step('the consultation waits for the doctor', async () => {
      await openMyConsults(mp);
      const listed: Array<{ id: string }> = await waitUntil('the consultation listed', async () => {
        const page = await currentPage(mp);
        return (await page.data('view.status')) === 'ready' ? page.data('view.data.consultations') : null;
      });
      expect(listed).toHaveLength(1);
      const id = listed[0].id;
      const text = await nodeShows(mp, `#consult-${id}`, '陈立民 · 王秀兰（父母）');
      expect(text).toContain('等待医生接诊');
      return id;
    });

    await j.step('陈立民 opens 在线咨询 on the workbench', async () => {
      await openWorkbenchEntry(mp, 'demo-doctor-zz', 'consults', 'staff/consults/index');
      const card = await nodeShows(mp, `#consult-${consultId}`, '王秀兰（父母）· 陈立民');
      expect(card).toContain('前接诊');
      expect(card).not.toContain('【危急】');
    });

    await j.step('the question', async () => {
      await tap(mp, `#consult-${consultId}`);
      const page = await waitPath(mp, 'staff/consult/index');
      expect(page.query.id).toBe(consultId);
      await nodeShows(mp, '#message-0', QUESTION);
      await element(mp, '#accept');
    });

    await j.step('接诊', async () => {
      await tap(mp, '#accept');
      await element(mp, '#reply-text');
      await waitUntil('the accept button gone', async () => (await (await currentPage(mp)).$('#accept')) === null);
    });

    await j.step('the answer in the structure, 心血管内科 to book', async () => {
      await type(mp, 'reply-text', '需要排查心律失常，建议来院做动态心电图');
      await type(mp, 'reply-assessment', '活动后心悸，需排除心律失常');
      await type(mp, 'reply-act-now', '避免剧烈活动，记录心慌发作的时间');
      await type(mp, 'reply-warning', '胸痛、晕厥时立即拨打120');
      await tap(mp, '#visit-planned');
      await waitUntil('来院 planned', async () => (await (await currentPage(mp)).data('draft.visit')) === 'planned');
      await type(mp, 'reply-when', '一周内');
      await tap(mp, '#dept-d-zz-cardio');
      await nodeShows(mp, '#dept-d-zz-cardio', '已选');
      await waitUntil('the draft filled', async () => {
        const page = await currentPage(mp);
        return (
          (await page.data('draft.text')) === '需要排查心律失常，建议来院做动态心电图' &&
          (await page.data('draft.warningSigns')) === '胸痛、晕厥时立即拨打120' &&
          (await page.data('draft.visit')) === 'planned' &&
          (await page.data('draft.visitWhen')) === '一周内' &&
          (await page.data('draft.departmentId')) === 'd-zz-cardio'
        );
      });
    });

    await j.step('发送回复', async () => {
      await tap(mp, '#reply');
      const answer = await nodeShows(mp, '#message-1', '需要排查心律失常，建议来院做动态心电图');
      expect(answer).toContain('活动后心悸，需排除心律失常 建议择期来院就诊 心血管内科');
    });

    await j.step('the patient sees the structured answer', async () => {
      await becomeIdentity(mp, PATIENT);
      await openMyConsults(mp);
      await nodeShows(mp, `#consult-${consultId}`, '咨询中');
      await tap(mp, `#consult-${consultId}`);
      const page = await waitPath(mp, 'online/consult-thread/index');
      expect(page.query.id).toBe(consultId);
      await nodeShows(mp, '#status', '咨询中');
      expect(await textOf(mp, '#doctor')).toBe('接诊医生：陈立民');
      const answer = await nodeShows(mp, '#message-1', '医生回复');
      expect(answer).toContain('病情评估 活动后心悸，需排除心律失常');
      expect(answer).toContain('现在怎么做 避免剧烈活动，记录心慌发作的时间');
      expect(answer).toContain('出现这些情况请立即就医 胸痛、晕厥时立即拨打120');
      expect(answer).toContain('是否来院 建议择期来院就诊（一周内）');
      expect(await textOf(mp, '#book-1')).toBe('预约心血管内科');
    });

    await j.step('预约心血管内科 in one tap', async () => {
      await tap(mp, '#book-1');
      const page = await waitPath(mp, 'booking/department/index');
      expect(page.query.id).toBe('d-zz-cardio');
      await see(mp, '心血管内科');
    });

    if (kind === 'devtools') await mp.restoreWxMethod('requestPayment');
    await restoreDialogs(mp);
  }, 300_000);
});
