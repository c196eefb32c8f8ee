/**
 * The admin's and the billing clerk's screens with the automator API only. The admin
 * (demo-admin-zz) switches off 医护到家 in 医院设置 after the confirmation and the patient's 服务 tab
 * no longer offers it, then switches it back on (the other journeys see the seeded hospital); on
 * 员工与角色 grants a role, sees it listed and revokes it after the confirmation. The billing clerk
 * (demo-billing-zz) finds a paid registration (set up through the emulator's API) by the patient's
 * name — no order number typed — refunds part of it after the confirmation and opens 当日发票.
 */
import { bookFirstOpen, call, payAppointmentViaApi, shanghaiDay } from '../browser/support/emulator-api';
import { answerDialogsYes, becomeIdentity, currentPage, dialogsAsked, element, go, restoreDialogs, see, tap, type, waitPath, waitUntil } from './support/app';
import { Journey } from './support/journey';
import { describeOnTarget } from './support/suite';
import type { MiniProgram } from './support/target';

/** Whether 医院设置 shows the function `key` switched on, and whether the saved settings offer it. */
async function homecare(mp: MiniProgram): Promise<{ shown: boolean | undefined; saved: boolean }> {
  const page = await currentPage(mp);
  const groups = (await page.data('groups')) as Array<{ rows: Array<{ key: string; on: boolean }> }>;
  const offers = ((await page.data('view.data.offers')) ?? []) as string[];
  return { shown: groups.flatMap((g) => g.rows).find((r) => r.key === 'homecare')?.on, saved: offers.includes('homecare') };
}

/** Whether the current page has a node matching `selector`. */
async function present(mp: MiniProgram, selector: string): Promise<boolean> {
  return (await (await currentPage(mp)).$(selector)) !== null;
}

/** The confirmation asked since the last look (answered yes by `answerDialogsYes`). */
function asked(mp: MiniProgram): Promise<string> {
  return waitUntil('a confirmation', async () => (await dialogsAsked(mp)).join(' '));
}

describeOnTarget('admin and billing screens with automator', (target) => {
  test('医院设置: 医护到家 off and 服务 follows; 员工与角色: grant and revoke', async () => {
    const { mp } = target();
    const j = new Journey(mp, 'admin');
    const openid = `automator-staff-${Date.now()}`;
    await answerDialogsYes(mp);

    await j.step('the patient’s 服务 offers 医护到家', async () => {
      await becomeIdentity(mp, 'demo-patient');
      await go(mp, 'reLaunch', '/pages/services/index');
      await see(mp, '病历邮寄');
      await element(mp, '#fn-homecare');
    });

    await j.step('the admin opens 医院设置 from the workbench', async () => {
      await becomeIdentity(mp, 'demo-admin-zz');
      await go(mp, 'reLaunch', '/staff/index/index');
      await tap(mp, '#entry-hospital-settings');
      await waitPath(mp, 'staff/hospital-settings/index');
      await see(mp, '郑州康宁医院提供的服务');
      expect(await homecare(mp)).toEqual({ shown: true, saved: true });
    });

    await j.step('switch off 医护到家 and save after the confirmation', async () => {
      await dialogsAsked(mp);
      await tap(mp, '#switch-homecare');
      await waitUntil('医护到家 switched off', async () => (await homecare(mp)).shown === false);
      await tap(mp, '#save');
      const question = await asked(mp);
      expect(question).toContain('保存医院设置');
      expect(question).toContain('将关闭：医护到家');
      await waitUntil('the settings saved without 医护到家', async () => !(await homecare(mp)).saved);
    });

    await j.step('服务 no longer offers 医护到家', async () => {
      await becomeIdentity(mp, 'demo-patient');
      await go(mp, 'reLaunch', '/pages/services/index');
      const shown = await see(mp, '病历邮寄');
      expect(shown).not.toContain('医护到家');
      expect(await present(mp, '#fn-homecare')).toBe(false);
    });

    await j.step('the admin switches 医护到家 back on', async () => {
      await becomeIdentity(mp, 'demo-admin-zz');
      await go(mp, 'reLaunch', '/staff/hospital-settings/index');
      await see(mp, '郑州康宁医院提供的服务');
      expect(await homecare(mp)).toEqual({ shown: false, saved: false });
      await tap(mp, '#switch-homecare');
      await waitUntil('医护到家 switched on', async () => (await homecare(mp)).shown === true);
      await tap(mp, '#save');
      expect(await asked(mp)).toContain('将开通：医护到家');
      await waitUntil('the settings saved with 医护到家', async () => (await homecare(mp)).saved);
    });

    await j.step('员工与角色 lists the staff with who granted', async () => {
      await tap(mp, '#open-members');
      await waitPath(mp, 'staff/members/index');
      const shown = await see(mp, '绑定医生：陈立民');
      expect(shown).toContain('授权人：系统初始化');
    });

    await j.step('grant 收费员 to a new colleague', async () => {
      await type(mp, 'name', '周晓雯');
      await type(mp, 'openid', openid);
      await tap(mp, '#role-billing');
      await waitUntil('收费员 chosen', async () => (await (await currentPage(mp)).data('form.role')) === 'billing');
      await tap(mp, '#grant');
      const member = await element(mp, `#member-${openid}`);
      expect(await member.text()).toContain('周晓雯');
      await element(mp, `#revoke-${openid}-billing`);
    });

    await j.step('revoke it after the confirmation', async () => {
      await dialogsAsked(mp);
      await tap(mp, `#revoke-${openid}-billing`);
      expect(await asked(mp)).toContain('确定撤销周晓雯的“收费员”角色');
      await waitUntil('周晓雯 gone from the list', async () => !(await present(mp, `#member-${openid}`)));
    });
    await restoreDialogs(mp);
  }, 180_000);

  test('billing finds a paid registration by the patient’s name, refunds part of it, sees 当日发票', async () => {
    const { mp, baseUrl } = target();
    const j = new Journey(mp, 'billing-refund');
    const booked = await bookFirstOpen(baseUrl, 'doc-zz-002');
    const orderId = await payAppointmentViaApi(baseUrl, 'demo-patient', booked.appointmentId);
    const { patients } = await call<{ patients: Array<{ id: string; name: string }> }>(baseUrl, 'patients', 'demo-patient', { action: 'list' });
    const name = patients.find((p) => p.id === booked.patientId)?.name ?? '';
    expect(name).not.toBe('');
    await becomeIdentity(mp, 'demo-billing-zz');
    await answerDialogsYes(mp);

    await j.step('收费工作台 → 查找订单办理退款', async () => {
      await go(mp, 'reLaunch', '/staff/billing/index');
      await see(mp, '收费笔数');
      await tap(mp, '#find-refund');
      await waitPath(mp, 'staff/refund-search/index');
    });

    await j.step('search by the patient’s name', async () => {
      await type(mp, 'name', name);
      await tap(mp, '#search');
      await see(mp, /找到 \d+ 个订单/);
      expect(await (await element(mp, `#order-${orderId}`)).text()).toContain(booked.date);
    });

    await j.step('open the order', async () => {
      await tap(mp, `#order-${orderId}`);
      const page = await waitPath(mp, 'staff/refund/index');
      expect(Object.values(page.query)).toContain(orderId);
      await see(mp, '可退金额');
    });

    await j.step('refund ¥5 after the confirmation', async () => {
      await dialogsAsked(mp);
      await type(mp, 'amount', '5');
      await type(mp, 'reason', '多收费用');
      await tap(mp, '#submit');
      expect(await asked(mp)).toContain(`向${name}退款 ¥5.00`);
      await element(mp, '#refund-result');
      expect(await (await element(mp, '#refunded')).text()).toContain('5.00');
      await see(mp, '多收费用');
    });

    await j.step('当日发票 from the workbench', async () => {
      await go(mp, 'reLaunch', '/staff/billing/index');
      await see(mp, '收费笔数');
      const day = await (await currentPage(mp)).data('date');
      expect([shanghaiDay(0).date, shanghaiDay(-1).date]).toContain(day);
      await tap(mp, '#invoices-valid');
      const page = await waitPath(mp, 'staff/invoices/index');
      expect(page.query.date).toBe(day);
      await see(mp, `开票日期 ${day}`);
      const status = await waitUntil('the day’s invoices loaded', async () => {
        const got = await page.data('view.status');
        return got === 'ready' || got === 'empty' ? got : null;
      });
      if (status === 'empty') await see(mp, '当天没有开具发票');
      else await element(mp, '#valid');
    });
    await restoreDialogs(mp);
  }, 180_000);
});
