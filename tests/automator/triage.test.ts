/**
 * Smart triage with the automator API only: a complaint typed in → the result → 挂这个科 opens
 * that department's booking; a red-flag complaint → the emergency screen, whose 拨打120 dials 120.
 */
import { becomeIdentity, currentPage, element, go, see, tap, type, waitPath, waitUntil } from './support/app';
import { Journey } from './support/journey';
import { describeOnTarget } from './support/suite';

describeOnTarget('triage with automator', (target) => {
  test('triage by text → result → 挂这个科', async () => {
    const { mp } = target();
    const j = new Journey(mp, 'triage');
    await becomeIdentity(mp, 'demo-patient');

    await j.step('open 智能导诊 from 服务', async () => {
      await go(mp, 'reLaunch', '/pages/services/index');
      await tap(mp, '#fn-triage');
      await waitPath(mp, 'previsit/triage/index');
      await element(mp, '#analyze');
    });

    await j.step('describe the complaint', async () => {
      await type(mp, 'text', '咳嗽三天了，有黄痰，嗓子疼，低烧37.8度');
      expect(await (await currentPage(mp)).data('text')).toBe('咳嗽三天了，有黄痰，嗓子疼，低烧37.8度');
    });

    const first = await j.step('开始分析 → the recommended departments', async () => {
      await tap(mp, '#analyze');
      await waitPath(mp, 'previsit/triage-result/index');
      await see(mp, '推荐科室');
      const dept = await element(mp, '#dept-0');
      const text = (await dept.text()).replace(/\s+/g, ' ');
      expect(text).toContain('挂这个科');
      return text;
    });
    expect(first).toMatch(/呼吸|内科|耳鼻/);

    await j.step('挂这个科 → that department’s booking', async () => {
      const name = first.split(' ').find((w) => w.endsWith('科')) ?? '';
      await tap(mp, '#book-0');
      const page = await waitPath(mp, 'booking/department/index');
      expect(page.query.id).toBeTruthy();
      if (name) await see(mp, name);
    });
  }, 120_000);

  test('a red-flag complaint → the emergency screen → 拨打120', async () => {
    const { mp } = target();
    const j = new Journey(mp, 'emergency');
    await mp.mockWxMethod('makePhoneCall', function (o: { phoneNumber: string; success?(r: { errMsg: string }): void }) {
      getApp().globalData.automatorDialled = o.phoneNumber;
      if (o.success) o.success({ errMsg: 'makePhoneCall:ok' });
    });

    await j.step('describe chest pain with a cold sweat', async () => {
      await go(mp, 'reLaunch', '/previsit/triage/index');
      await element(mp, '#analyze');
      await type(mp, 'text', '突然胸口压榨样疼痛，出冷汗，喘不上气，已经半小时了');
    });

    await j.step('开始分析 → the emergency screen', async () => {
      await tap(mp, '#analyze');
      await waitPath(mp, 'previsit/emergency/index');
      const text = await see(mp, '拨打120');
      expect(text).toContain('急诊');
    });

    await j.step('拨打120 dials 120', async () => {
      await tap(mp, '#call-120');
      const dialled = await waitUntil('a phone call', () => mp.evaluate(() => getApp().globalData.automatorDialled as string | undefined));
      expect(dialled).toBe('120');
    });
    await mp.restoreWxMethod('makePhoneCall');
  }, 120_000);
});
