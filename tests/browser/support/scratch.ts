import { launch, openPreview, shotPath, startEmulator } from './harness';
async function main() {
  const emu = await startEmulator();
  const s = await launch();
  try {
    const route = process.argv[2] ?? '/pages/home/index';
    await openPreview(s.page, emu.baseUrl, route, process.argv[3] ?? 'demo-patient');
    await s.page.waitForTimeout(300);
    await s.page.screenshot({ path: shotPath('scratch') });
    console.log('errors:', s.consoleErrors);
    console.log(await s.page.evaluate(() => document.querySelector('.pz-page-frame.pz-active')?.textContent?.replace(/\s+/g, ' ').slice(0, 600)));
  } finally {
    await s.close();
    await emu.stop();
  }
}
main().catch((e) => { console.error(e); process.exit(1); });
