/**
 * The admin's and the billing clerk's screens in Chromium, across pages: the admin (demo-admin-zz)
 * opens 工作台 → 医院设置, switches off 医护到家 and saves after the confirmation, and the 服务 tab no
 * longer lists it; then 工作台 → 员工与角色 lists the staff with who granted. The billing clerk
 * (demo-billing-zz) finds a paid registration by the patient's name — no order number typed — and
 * refunds part of it on the refund page after its confirmation.
 */
import { answerModal, screen, see, tabBar, tap, text, toast, type, waitRoute } from './support/app';
import { bookFirstOpen, call, payAppointmentViaApi } from './support/emulator-api';
import { chromiumMissing, type Emulator, ensurePreviewBuilt, openPreview, type Session, startEmulatorAndBrowser } from './support/harness';
import { Journey } from './support/journey';

const missingBrowser = chromiumMissing();
const suite = missingBrowser ? describe.skip : describe;

suite(`admin and billing screens in Chromium${missingBrowser ? ` (skipped: ${missingBrowser})` : ''}`, () => {
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

  test('admin switches off 医护到家 and the 服务 page follows; staff list shows who granted', async () => {
    const page = session.page;
    const j = new Journey(page, 'admin');

    await j.step('admin opens the workbench', async () => {
      await openPreview(page, emu.baseUrl, '/pages/me/index', 'demo-admin-zz');
      await tap(page, '#staff-entry');
      await waitRoute(page, 'staff/index/index');
      await see(page, '医院设置');
    });

    await j.step('医院设置: switch off 医护到家 and save', async () => {
      await tap(page, '#entry-hospital-settings');
      await waitRoute(page, 'staff/hospital-settings/index');
      await see(page, '郑州康宁医院提供的服务');
      await tap(page, '#switch-homecare');
      await tap(page, '#save');
      const asked = await answerModal(page, 'confirm', '保存医院设置');
      expect(asked).toContain('将关闭：医护到家');
      expect(await toast(page)).toBe('已保存医院设置');
    });

    await j.step('服务 no longer lists 医护到家', async () => {
      await openPreview(page, emu.baseUrl, '/pages/home/index', 'demo-admin-zz');
      await tabBar(page, '服务');
      await waitRoute(page, 'pages/services/index');
      await see(page, '健康科普');
      expect(await text(page)).not.toContain('医护到家');
      expect(await text(page)).toContain('病历邮寄');
    });

    await j.step('员工与角色 lists the staff with who granted', async () => {
      await openPreview(page, emu.baseUrl, '/staff/index/index', 'demo-admin-zz');
      await tap(page, '#entry-members');
      await waitRoute(page, 'staff/members/index');
      await see(page, '绑定医生：陈立民');
      expect(await text(page)).toContain('授权人：系统初始化');
    });
  });

  test('billing finds a paid registration by the patient’s name and refunds part of it', async () => {
    const page = session.page;
    const j = new Journey(page, 'billing-refund');
    const booked = await bookFirstOpen(emu.baseUrl, 'doc-zz-002', 'demo-patient');
    await payAppointmentViaApi(emu.baseUrl, 'demo-patient', booked.appointmentId);
    const { patients } = await call<{ patients: Array<{ id: string; name: string }> }>(emu.baseUrl, 'patients', 'demo-patient', { action: 'list' });
    const name = patients.find((p) => p.id === booked.patientId)?.name ?? '';

    await j.step('收费工作台 → 查找订单办理退款', async () => {
      await openPreview(page, emu.baseUrl, '/staff/billing/index', 'demo-billing-zz');
      await see(page, '收费汇总');
      await tap(page, '#find-refund');
      await waitRoute(page, 'staff/refund-search/index');
    });

    await j.step('search by the patient’s name', async () => {
      await type(page, 'name', name);
      await tap(page, '#search');
      await see(page, /找到 \d+ 个订单/);
      expect(await text(page)).toContain(booked.date);
    });

    await j.step('open the order and refund ¥5 after confirming', async () => {
      const cell = screen(page).locator('[id^="order-"]').filter({ hasText: booked.date }).first();
      await tap(page, cell);
      await waitRoute(page, 'staff/refund/index');
      await see(page, '可退金额');
      await type(page, 'amount', '5');
      await type(page, 'reason', '多收费用');
      await tap(page, '#submit');
      const asked = await answerModal(page, 'confirm', '确认退款');
      expect(asked).toContain(`向${name}退款 ¥5.00`);
      await see(page, '多收费用', 15_000);
      await screen(page).locator('#refund-result').waitFor({ state: 'visible', timeout: 15_000 });
    });
  });
});
