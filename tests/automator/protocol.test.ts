/**
 * The automator protocol itself, on the target of tests/automator/support/target.ts: a tap on a
 * disabled button does nothing; mockWxMethod replaces a wx method until restoreWxMethod; pages,
 * elements and data answer as the client expects; an error the app throws arrives as an event; an
 * unsupported method answers an error; the response scanner (support/scan.ts) sees a leak planted in
 * an answer to a patient page.
 */
import { firstOpenSlot } from '../browser/support/emulator-api';
import { becomeIdentity, currentPage, element, go, see, tapTarget, waitUntil } from './support/app';
import { answerLeaks, textLeaks } from './support/scan';
import { describeOnTarget } from './support/suite';

describeOnTarget('automator protocol', (target) => {
  test('a tap on a disabled button does nothing', async () => {
    const { mp, baseUrl } = target();
    const slot = await firstOpenSlot(baseUrl, 'doc-zz-001');
    // An account without family members: nobody to book for, so 确认预约 is disabled.
    await becomeIdentity(mp, 'automator-nobody');
    await go(mp, 'reLaunch', `/booking/confirm/index?slotId=${slot.slotId}&doctorId=doc-zz-001&date=${slot.date}`);
    await see(mp, '确认预约');
    const confirm = await element(mp, '#confirm');
    const inner = await tapTarget(confirm);
    expect(await confirm.property('disabled')).toBe(true);
    await inner.tap();
    const page = await currentPage(mp);
    expect(page.path).toBe('booking/confirm/index');
    expect(await page.data('sending')).toBe(false);
    expect(await page.data('bookedId')).toBe('');
    expect(await page.data('bookError')).toBe('');
    expect((await mp.pageStack()).length).toBe(1);
  }, 60_000);

  test('mockWxMethod replaces a wx method until restoreWxMethod', async () => {
    const { mp } = target();
    const real = (await mp.callWxMethod('getSystemInfoSync')) as { windowWidth: number };
    await mp.mockWxMethod('getSystemInfoSync', { windowWidth: 1234 });
    expect(((await mp.callWxMethod('getSystemInfoSync')) as { windowWidth: number }).windowWidth).toBe(1234);
    await mp.mockWxMethod('getStorageSync', function (this: { origin(key: string): unknown }, key: string) {
      return key === 'automator-probe' ? 'mocked' : this.origin(key);
    });
    expect(await mp.callWxMethod('getStorageSync', 'automator-probe')).toBe('mocked');
    expect(await mp.callWxMethod('getStorageSync', 'peizhen.demoOpenid')).toBe('automator-nobody');
    await mp.mockWxMethod('showModal', { confirm: true, cancel: false });
    expect(await mp.callWxMethod('showModal', { title: 'x', content: 'y' })).toEqual({ confirm: true, cancel: false });
    await mp.restoreWxMethod('getSystemInfoSync');
    await mp.restoreWxMethod('getStorageSync');
    await mp.restoreWxMethod('showModal');
    expect(((await mp.callWxMethod('getSystemInfoSync')) as { windowWidth: number }).windowWidth).toBe(real.windowWidth);
    expect(await mp.callWxMethod('getStorageSync', 'automator-probe')).toBe('');
  }, 60_000);

  test('pages, elements and data', async () => {
    const { mp } = target();
    await becomeIdentity(mp, 'demo-patient');
    await go(mp, 'reLaunch', '/previsit/doctor/index?id=doc-zz-001');
    await see(mp, '陈立民');
    const page = await currentPage(mp);
    expect(page.query).toEqual({ id: 'doc-zz-001' });
    const stack = await mp.pageStack();
    expect(stack.map((p) => p.path)).toEqual(['previsit/doctor/index']);
    const book = await element(mp, '#book-doctor');
    expect(book.tagName).toBe('van-button');
    expect(await book.attribute('id')).toBe('book-doctor');
    expect(await (await tapTarget(book)).attribute('class')).toContain('van-button--primary');
    expect(await book.outerWxml()).toMatch(/^<van-button id="book-doctor">/);
    expect(await book.wxml()).toContain('van-button');
    expect(await book.text()).toContain('预约');
    expect(await mp.evaluate(() => getCurrentPages().length)).toBe(1);
    await page.setData({ automatorProbe: 'set' });
    expect(await page.data('automatorProbe')).toBe('set');
    await expect(mp.testAccounts()).rejects.toThrow(/unimplemented/);
    await mp.evaluate(() => {
      setTimeout(() => {
        throw new Error('automator probe');
      }, 0);
    });
    await waitUntil('the exception event', async () => target().exceptions.length > 0);
    expect(JSON.stringify(target().exceptions.splice(0))).toContain('automator probe');
    await expect(page.$('#no-such-node')).resolves.toBeNull();
    await (await tapTarget(book)).tap();
    await see(mp, '选择就诊时段');
    expect((await currentPage(mp)).path).toBe('booking/doctor/index');
    expect((await mp.pageStack()).length).toBe(2);
  }, 60_000);

  test('the response scanner sees a full mobile number answered to a patient page', async () => {
    const { mp, baseUrl } = target();
    await go(mp, 'reLaunch', '/pages/home/index');
    // The critical-value worklist carries the patient's full number (staff dial it); asked from a patient page, it is a leak.
    const ask = (openid: string, data: Record<string, string>) =>
      mp.callWxMethod('request', { url: `${baseUrl}/fn/records`, method: 'POST', data, header: { 'content-type': 'application/json', 'x-openid': openid } });
    await ask('demo-patient', { action: 'reports', patientId: 'pat-demo-zhang-mother' });
    await ask('demo-nurse-zz', { action: 'criticalList', hospitalId: 'h-zzcentral' });
    const hits = await answerLeaks(mp);
    expect(hits).toEqual([expect.objectContaining({ page: 'pages/home/index', where: 'answer', rule: 'a full mobile number' })]);
    expect(await textLeaks(mp)).toEqual([]);
  }, 60_000);
});
