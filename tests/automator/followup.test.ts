/**
 * The online follow-up with delivery, with the automator API only: 赵桂芳 (demo-patient-3, COPD seen
 * in person in 呼吸内科 35 days ago) → 服务 → 在线复诊 → eligible, with the qualifying visit → the
 * request, paid in the sandbox → the 呼吸内科 doctor (郭文涛, granted with his years of practice through
 * the emulator's API) accepts and renews in 在线复诊 → the pharmacist returns it in 处方审核 → the
 * doctor fixes it (the hospital's own cough mixture added) → the pharmacist approves → the patient
 * pays the drugs → the delivery split (the mixture held for pickup, with the reason) → the address
 * from WeChat (`chooseAddress` mocked) and the fee paid → the pharmacy packs and ships in 药品配送 →
 * the patient sees the timeline with the tracking number and confirms receipt. Nothing here depends on
 * the time of day: no slot, no clinic hours, and the emulator's timers are off.
 */
import { call } from '../browser/support/emulator-api';
import {
  answerDialogsYes,
  becomeIdentity,
  currentPage,
  dialogsAsked,
  element,
  elementWithText,
  go,
  nodeShows,
  openWorkbenchEntry,
  payAndBack,
  restoreDialogs,
  see,
  tap,
  tapTarget,
  textOf,
  type,
  waitPath,
  waitUntil,
} from './support/app';
import { Journey } from './support/journey';
import { describeOnTarget } from './support/suite';
import type { Target } from './support/target';

const PATIENT = 'demo-patient-3';
const DOCTOR = 'automator-doctor-resp';
const PHARMACIST = 'demo-pharmacist-zz';
const RETURN_REASON = '夜间咳嗽，建议加用止咳化痰合剂';
const HELD_REASON = '医疗机构制剂只能在本院药房发放';
const ADDRESS = {
  userName: '赵桂芳',
  telNumber: '13703710003',
  provinceName: '河南省',
  cityName: '郑州市',
  countyName: '金水区',
  detailInfo: '花园路100号',
  postalCode: '450000',
  nationalCode: '410105',
  errMsg: 'chooseAddress:ok',
};

interface RxData {
  id: string;
  items: Array<{ code: string }>;
}

async function followupJourney({ mp, baseUrl, kind }: Target): Promise<void> {
  const j = new Journey(mp, 'followup');
  // The hospital's admin grants 呼吸内科's 郭文涛 the doctor role with his years of practice (the online rule).
  await call(baseUrl, 'staff', 'demo-admin-zz', {
    action: 'grant',
    hospitalId: 'h-zzcentral',
    openid: DOCTOR,
    name: '郭文涛',
    role: 'doctor',
    doctorId: 'doc-zz-008',
    practiceSinceYear: 2000,
  });
  await becomeIdentity(mp, PATIENT);
  await answerDialogsYes(mp);
  if (kind === 'devtools') await mp.mockWxMethod('requestPayment', { errMsg: 'requestPayment:ok' });
  await mp.mockWxMethod('chooseAddress', ADDRESS);

  await j.step('在线复诊 from 服务', async () => {
    await go(mp, 'reLaunch', '/pages/services/index');
    await see(mp, '郑州康宁医院');
    await tap(mp, '#fn-followup');
    await waitPath(mp, 'online/followup-list/index');
    await see(mp, '还没有在线复诊记录');
  });

  await j.step('申请 → 呼吸内科: eligible, with the qualifying visit', async () => {
    await tap(mp, '#start');
    await waitPath(mp, 'online/followup-start/index');
    await see(mp, '为谁复诊');
    await tap(mp, '#dept-d-zz-resp');
    const qualifying = await nodeShows(mp, '#qualifying', '可以在线复诊');
    expect(qualifying).toMatch(/依据：\d{4}-\d{2}-\d{2} 呼吸内科 郭文涛/);
    expect(qualifying).toContain('诊断：慢性阻塞性肺疾病（稳定期）；高脂血症');
    expect(qualifying).toContain('复诊费 ¥10.00');
  });

  const followupId = await j.step('describe the changes and submit', async () => {
    await type(mp, 'changes', '气短较前无明显加重，吸入药快用完');
    await waitUntil('the changes typed', async () => (await (await currentPage(mp)).data('changes')) === '气短较前无明显加重，吸入药快用完');
    await dialogsAsked(mp);
    await tap(mp, '#submit');
    const page = await waitPath(mp, 'online/followup-detail/index');
    await nodeShows(mp, '#status', '待支付');
    expect((await dialogsAsked(mp)).join('\n')).toContain('提交在线复诊 复诊费¥10.00');
    return page.query.id;
  });
  expect(followupId).toBeTruthy();

  await j.step('pay the fee in the sandbox', async () => {
    await tap(mp, '#pay');
    await payAndBack(mp, 'online/followup-detail/index');
    await nodeShows(mp, '#status', '等待医生接诊');
  });

  await j.step('the 呼吸内科 doctor opens 在线复诊', async () => {
    await openWorkbenchEntry(mp, DOCTOR, 'followups', 'staff/followups/index');
    const card = await nodeShows(mp, `#followup-${followupId}`, '赵桂芳 · 等待医生接诊');
    expect(card).toContain('病情变化：气短较前无明显加重，吸入药快用完');
  });

  await j.step('accept', async () => {
    await tap(mp, `#accept-${followupId}`);
    await nodeShows(mp, `#followup-${followupId}`, '赵桂芳 · 医生已接诊');
    await element(mp, `#renew-${followupId}`);
  });

  const rxId = await j.step('renew the previous medicines', async () => {
    await tap(mp, `#renew-${followupId}`);
    const card = await nodeShows(mp, `#followup-${followupId}`, '续方 · 药师审核中');
    expect(card).toContain('噻托溴铵吸入粉雾剂');
    expect(card).toContain('乙酰半胱氨酸泡腾片');
    const list: Array<{ id: string; prescriptions: RxData[] }> = await (await currentPage(mp)).data('view.data');
    const rx = list.find((f) => f.id === followupId)?.prescriptions[0];
    expect(rx?.items.map((i) => i.code).sort()).toEqual(['DRUG-NAC', 'DRUG-TIO']);
    return rx?.id ?? '';
  });

  await j.step('the pharmacist returns it with the reason', async () => {
    await openWorkbenchEntry(mp, PHARMACIST, 'rx-review', 'staff/rx-review/index');
    const card = await nodeShows(mp, `#rx-${rxId}`, '赵桂芳 · 呼吸内科 郭文涛');
    expect(card).toContain('第1版');
    await type(mp, 'reason', RETURN_REASON);
    await waitUntil('the reason typed', async () => (await (await currentPage(mp)).data('reason')) === RETURN_REASON);
    await tap(mp, `#return-${rxId}`);
    await see(mp, '没有待审核的处方');
  });

  await j.step('the patient sees it returned', async () => {
    await becomeIdentity(mp, PATIENT);
    await go(mp, 'reLaunch', `/online/followup-detail/index?id=${followupId}`);
    const rx = await nodeShows(mp, `#rx-${rxId}`, '药师退回，医生修改中');
    expect(rx).toContain(`退回原因：${RETURN_REASON}`);
  });

  await j.step('the doctor opens the returned prescription', async () => {
    await openWorkbenchEntry(mp, DOCTOR, 'followups', 'staff/followups/index');
    await nodeShows(mp, `#followup-${followupId}`, `药师退回：${RETURN_REASON}`);
    await tap(mp, `#fix-${rxId}`);
    await nodeShows(mp, '#editor', '修改处方');
    expect((await (await currentPage(mp)).data('lines')).map((l: { code: string }) => l.code).sort()).toEqual(['DRUG-NAC', 'DRUG-TIO']);
  });

  await j.step('fix it: the cough mixture in place of the effervescent tablets', async () => {
    const line = await elementWithText(mp, '#editor .line', '乙酰半胱氨酸泡腾片');
    const remove = await line.$('van-button');
    if (!remove) throw new Error('the line has no 删除 button');
    await (await tapTarget(remove)).tap();
    await waitUntil('the tablets removed', async () => {
      const lines: Array<{ code: string }> = await (await currentPage(mp)).data('lines');
      return lines.length === 1 && lines[0].code === 'DRUG-TIO';
    });
    await tap(mp, '#drug-PREP-ZKHJ');
    await waitUntil('the mixture added', async () =>
      ((await (await currentPage(mp)).data('lines')) as Array<{ code: string }>).some((l) => l.code === 'PREP-ZKHJ'),
    );
    await type(mp, 'qty-1', '2');
    await type(mp, 'days-1', '10');
    await tap(mp, '#type-long_term');
    await waitUntil('the fixed lines', async () => {
      const page = await currentPage(mp);
      const lines: Array<{ code: string; quantity: number; days: number }> = await page.data('lines');
      return (await page.data('type')) === 'long_term' && lines[1].code === 'PREP-ZKHJ' && lines[1].quantity === 2 && lines[1].days === 10;
    });
  });

  await j.step('send it back to the pharmacist', async () => {
    await tap(mp, '#submit-rx');
    const card = await nodeShows(mp, `#followup-${followupId}`, '止咳化痰合剂（院内制剂） ×2瓶（10天）');
    expect(card).toContain('药师审核中');
    expect(card).not.toContain('乙酰半胱氨酸泡腾片');
    await waitUntil('the editor closed', async () => (await (await currentPage(mp)).$('#editor')) === null);
  });

  await j.step('the pharmacist approves the second version', async () => {
    await openWorkbenchEntry(mp, PHARMACIST, 'rx-review', 'staff/rx-review/index');
    const card = await nodeShows(mp, `#rx-${rxId}`, '第2版');
    expect(card).toContain('止咳化痰合剂（院内制剂）');
    await tap(mp, `#approve-${rxId}`);
    await see(mp, '没有待审核的处方');
  });

  await j.step('the patient sees it approved, with the Rx notice', async () => {
    await becomeIdentity(mp, PATIENT);
    await go(mp, 'reLaunch', '/pages/services/index');
    await tap(mp, '#fn-followup');
    await waitPath(mp, 'online/followup-list/index');
    await tap(mp, `#followup-${followupId}`);
    await waitPath(mp, 'online/followup-detail/index');
    const rx = await nodeShows(mp, `#rx-${rxId}`, '审核通过，待支付');
    expect(rx).toContain('审核药师：马晓燕');
    expect(await see(mp, '处方药须凭处方在药师指导下购买和使用')).toContain('支付药费 ¥122.00');
  });

  await j.step('pay the drugs', async () => {
    await tap(mp, `#pay-${rxId}`);
    await payAndBack(mp, 'online/followup-detail/index');
    await nodeShows(mp, `#rx-${rxId}`, '已支付');
    await element(mp, `#deliver-${rxId}`);
  });

  await j.step('快递到家: the split, the held drug with its reason', async () => {
    await tap(mp, `#deliver-${rxId}`);
    await waitPath(mp, 'online/delivery-choose/index');
    expect(await textOf(mp, '#deliverable-DRUG-TIO')).toContain('噻托溴铵吸入粉雾剂');
    const held = await textOf(mp, '#held-PREP-ZKHJ');
    expect(held).toContain('止咳化痰合剂（院内制剂）');
    expect(held).toContain(HELD_REASON);
    expect(await textOf(mp, '#rx-notice')).toBe('处方药须凭处方在药师指导下购买和使用');
    expect(await see(mp, '需到药房领取')).toContain('快递费 ¥8.00');
  });

  await j.step('the address from WeChat', async () => {
    await tap(mp, '#wechat-address');
    await nodeShows(mp, '#wechat-address', '赵桂芳 137****0003 河南省郑州市金水区花园路100号');
    expect(await (await currentPage(mp)).data('address')).toEqual({
      name: '赵桂芳',
      phone: '13703710003',
      province: '河南省',
      city: '郑州市',
      district: '金水区',
      detail: '花园路100号',
    });
  });

  await j.step('confirm with consent and pay the delivery fee', async () => {
    await dialogsAsked(mp);
    await tap(mp, '#submit');
    await waitPath(mp, 'billing/order/index');
    const asked = (await dialogsAsked(mp)).join('\n');
    expect(asked).toContain('requestSubscribeMessage demo-delivery-shipped');
    expect(asked).toContain('快递费¥8.00；部分药品需到药房领取');
    await see(mp, '¥8.00');
    // Back from the payment: the delivery's status, not the address form again.
    await payAndBack(mp, 'online/delivery-status/index');
    await nodeShows(mp, '#status', '待药房打包');
  });

  await j.step('the pharmacy packs', async () => {
    await openWorkbenchEntry(mp, PHARMACIST, 'pharmacy-shipping', 'staff/pharmacy-shipping/index');
    const card = await nodeShows(mp, `#delivery-${rxId}`, '赵桂芳 · 快递到家 · 待药房打包');
    expect(card).toContain('快递：噻托溴铵吸入粉雾剂');
    expect(card).toContain(`药房发放：止咳化痰合剂（院内制剂） ×2瓶（${HELD_REASON}）`);
    await tap(mp, `#pack-${rxId}`);
    await nodeShows(mp, `#delivery-${rxId}`, '已打包，待发货');
    await element(mp, `#ship-${rxId}`);
  });

  await j.step('ships with the carrier and tracking number', async () => {
    await type(mp, 'carrier', '顺丰速运');
    await type(mp, 'tracking', 'SF1234567890');
    await waitUntil('the parcel typed', async () => {
      const page = await currentPage(mp);
      return (await page.data('carrier')) === '顺丰速运' && (await page.data('trackingNo')) === 'SF1234567890';
    });
    await tap(mp, `#ship-${rxId}`);
    await nodeShows(mp, `#delivery-${rxId}`, '· 已发货');
    await waitUntil('the ship button gone', async () => (await (await currentPage(mp)).$(`#ship-${rxId}`)) === null);
  });

  await j.step('the patient sees the timeline with the tracking number', async () => {
    await becomeIdentity(mp, PATIENT);
    await go(mp, 'reLaunch', '/pages/services/index');
    await tap(mp, '#fn-followup');
    await waitPath(mp, 'online/followup-list/index');
    await tap(mp, `#rx-${rxId}`);
    await waitPath(mp, 'online/delivery-status/index');
    await nodeShows(mp, '#status', '已发货');
    expect(await textOf(mp, '#tracking')).toBe('顺丰速运 运单号 SF1234567890');
    expect(await textOf(mp, '#held-PREP-ZKHJ')).toContain(HELD_REASON);
    const text = await see(mp, '进度');
    expect(text).toMatch(/待支付快递费.*待药房打包.*已打包，待发货.*已发货/);
  });

  await j.step('confirm receipt', async () => {
    await dialogsAsked(mp);
    await tap(mp, '#receive');
    await nodeShows(mp, '#status', '已签收');
    expect((await dialogsAsked(mp)).join('\n')).toContain('确认收货 请确认已收到药品且包装完好。');
    await waitUntil('the receive button gone', async () => (await (await currentPage(mp)).$('#receive')) === null);
  });

  await mp.restoreWxMethod('chooseAddress');
  if (kind === 'devtools') await mp.restoreWxMethod('requestPayment');
  await restoreDialogs(mp);
}

describeOnTarget('online follow-up with delivery with automator', (target) => {
  test('eligible → request → pay → renew → returned → fixed → approved → pay → split delivery → packed → shipped → received', async () => {
    await followupJourney(target());
  }, 300_000);
});
