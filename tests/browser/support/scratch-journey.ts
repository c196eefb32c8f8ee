import { launch, openPreview, shotPath, startEmulator } from './harness';
import { answerModal, answerSubscribe, route, see, tap, tapText, text, type, waitRoute } from './app';
import { residentIdCheckChar } from '../../../miniprogram/shared/validators';
void see;
async function main() {
  const emu = await startEmulator();
  const s = await launch();
  const p = s.page;
  try {
    await openPreview(p, emu.baseUrl, '/pages/home/index', 'demo-patient');
    await tapText(p, '切换医院 ›').catch(async () => tapText(p, '切换医院'));
    console.log('1', await route(p));
    await tap(p, p.locator('.pz-page-frame.pz-active').getByText('郑州康宁医院').first());
    console.log('2', await route(p), (await text(p)).slice(0, 80));
    await tapText(p, '医生简介');
    console.log('3', await route(p), (await text(p)).slice(0, 200));
    await p.screenshot({ path: shotPath('j-3') });
    await tap(p, '#doctor-doc-zz-001');
    console.log('4', await route(p));
    await tap(p, '#book-doctor');
    await waitRoute(p, 'booking/doctor');
    console.log('5', await route(p), (await text(p)).slice(0, 400));
    await p.screenshot({ path: shotPath('j-5') });
    await tap(p, '[role="button"][aria-disabled="false"]');
    await waitRoute(p, 'booking/confirm');
    console.log('6', await route(p), (await text(p)).slice(0, 300));
    await tap(p, '#add-patient');
    await waitRoute(p, 'booking/patient-edit');
    await type(p, 'name', '王小明');
    await tap(p, '#relation-child');
    const first17 = '41010520150315123';
    await type(p, 'id-number', first17 + residentIdCheckChar(first17));
    await type(p, 'phone', '13800138123');
    await p.screenshot({ path: shotPath('j-7') });
    await tap(p, '#save');
    console.log('7', await route(p), s.consoleErrors, (await text(p)).slice(0, 300));
    await waitRoute(p, 'booking/confirm');
    await p.screenshot({ path: shotPath('j-8') });
    console.log('8', await route(p), (await text(p)).slice(0, 400));
    await tapText(p, '王小明（子女）');
    await tap(p, '#confirm');
    console.log('subscribe:', await answerSubscribe(p));
    await waitRoute(p, 'booking/result');
    await p.screenshot({ path: shotPath('j-9') });
    console.log('9', await route(p), (await text(p)).slice(0, 300));
    if (process.env.PAY && await p.locator('.pz-page-frame.pz-active #pay').count()) {
      await tap(p, '#pay');
      await p.waitForTimeout(1500);
      console.log('after pay tap', await route(p), (await text(p)).slice(0, 300), s.consoleErrors, await p.locator('#pz-overlays').innerText());
      console.log('modal:', await answerModal(p, '确认支付'));
      await p.waitForTimeout(500);
      await p.screenshot({ path: shotPath('j-10') });
      console.log('10', await route(p), (await text(p)).slice(0, 300));
    }
    await tap(p, '#open-mine');
    await waitRoute(p, 'booking/appointments');
    await p.screenshot({ path: shotPath('j-11') });
    console.log('11', await route(p), (await text(p)).slice(0, 300));
    await tap(p, p.locator('.pz-page-frame.pz-active [id^="appointment-"]').filter({ hasText: '王小明' }).first());
    await waitRoute(p, 'booking/appointment/');
    console.log('12', await route(p), (await text(p)).slice(0, 300));
    await tap(p, '#cancel');
    console.log('modal:', await answerModal(p, 'confirm'));
    await p.waitForTimeout(300);
    await p.screenshot({ path: shotPath('j-13') });
    console.log('13', await route(p), (await text(p)).slice(0, 300));
    console.log(s.consoleErrors);
  } finally {
    await s.close();
    await emu.stop();
  }
}
main().catch((e) => { console.error(e); process.exit(1); });
