import { launch, openPreview, shotPath, startEmulator } from './harness';
async function main() {
  const emu = await startEmulator();
  const s = await launch();
  const routes = process.argv.slice(2);
  try {
    for (const r of routes) {
      const [route, openid] = r.split('@');
      const before = s.consoleErrors.length;
      await openPreview(s.page, emu.baseUrl, route, openid ?? 'demo-patient');
      await s.page.waitForTimeout(200);
      await s.page.screenshot({ path: shotPath(`tour-${route.replace(/\?.*/, '')}`) });
      const text = await s.page.evaluate(() => (document.querySelector('.pz-page-frame.pz-active .pz-page-scroll') as HTMLElement)?.innerText.replace(/\s+/g, ' ').slice(0, 160));
      console.log(route, '|', text, '|', s.consoleErrors.slice(before));
    }
  } finally {
    await s.close();
    await emu.stop();
  }
}
main().catch((e) => { console.error(e); process.exit(1); });
