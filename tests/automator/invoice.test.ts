/**
 * Bill → invoice with the automator API only: a paid registration (set up through the emulator's
 * API) shows in 门诊账单; its order offers 申请电子发票; a personal invoice is issued and opened.
 */
import { bookFirstOpen, payAppointmentViaApi } from '../browser/support/emulator-api';
import { becomeIdentity, currentPage, element, go, see, tap, type, waitPath, waitUntil } from './support/app';
import { Journey } from './support/journey';
import { describeOnTarget } from './support/suite';

describeOnTarget('bill and invoice with automator', (target) => {
  test('门诊账单 → the paid order → 申请电子发票 → issued → opened', async () => {
    const { mp, baseUrl } = target();
    const j = new Journey(mp, 'invoice');
    const { appointmentId } = await bookFirstOpen(baseUrl, 'doc-zz-001');
    await payAppointmentViaApi(baseUrl, 'demo-patient', appointmentId);
    await becomeIdentity(mp, 'demo-patient');

    await j.step('门诊账单 from 服务', async () => {
      await go(mp, 'reLaunch', '/pages/services/index');
      await tap(mp, '#fn-bills');
      await waitPath(mp, 'billing/bills/index');
      await tap(mp, '.card');
      await waitPath(mp, 'billing/bill/index');
      await see(mp, '合计');
    });

    await j.step('the paid order', async () => {
      await tap(mp, '.order-head');
      await waitPath(mp, 'billing/order/index');
      await see(mp, '已支付');
    });

    await j.step('申请电子发票 for a person', async () => {
      await tap(mp, '#invoice');
      await waitPath(mp, 'billing/invoice/index');
      await tap(mp, '#title-type-company');
      await element(mp, '#tax-code');
      expect(await (await currentPage(mp)).data('form.titleType')).toBe('company');
      await tap(mp, '#title-type-personal');
      await waitUntil('the tax code field gone', async () => (await (await currentPage(mp)).$('#tax-code')) === null);
      expect(await (await currentPage(mp)).data('form.titleType')).toBe('personal');
      await type(mp, 'title-name', '张三');
      await tap(mp, '#submit');
      const number = await element(mp, '#invoice-number');
      expect(await number.text()).toMatch(/\d{8,}/);
      expect(await (await element(mp, '#invoice-title')).text()).toContain('张三');
    });

    await j.step('open the invoice', async () => {
      await mp.mockWxMethod('openDocument', function (this: { origin(o: unknown): unknown }, o: { filePath: string }) {
        getApp().globalData.automatorOpened = o.filePath;
        return this.origin(o);
      });
      await tap(mp, '#open');
      const opened = await waitUntil('the invoice opened', () => mp.evaluate(() => getApp().globalData.automatorOpened as string | undefined));
      expect(opened).toBeTruthy();
      await mp.restoreWxMethod('openDocument');
    });
  }, 120_000);
});
