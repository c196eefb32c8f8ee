import { launch, openPreview, shotPath, startEmulator, waitIdle } from './harness';
async function main() {
  const emu = await startEmulator();
  const s = await launch();
  try {
    const route = process.argv[2] ?? '/pages/home/index';
    await openPreview(s.page, emu.baseUrl, route, process.argv[3] ?? 'demo-patient');
    await s.page.waitForTimeout(300);
    const n = Number(process.argv[4] ?? 2);
    for (let i = 0; i < n; i++) {
      await s.page.evaluate((y) => document.querySelector('.pz-page-frame.pz-active .pz-page-scroll')!.scrollTo(0, y), i * 600);
      await s.page.waitForTimeout(150);
      await s.page.screenshot({ path: shotPath(`scratch-${i}`) });
    }
    console.log('errors:', s.consoleErrors);
    void waitIdle;
  } finally {
    await s.close();
    await emu.stop();
  }
}
main().catch((e) => { console.error(e); process.exit(1); });
