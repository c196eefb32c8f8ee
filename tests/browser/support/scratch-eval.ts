import { launch, openPreview, startEmulator } from './harness';
async function main() {
  const emu = await startEmulator();
  const s = await launch();
  try {
    await openPreview(s.page, emu.baseUrl, process.argv[2] ?? '/pages/home/index', process.argv[3] ?? 'demo-patient');
    const code = process.argv[4] ?? '1';
    console.log(JSON.stringify(await s.page.evaluate(code), null, 1));
    console.log('errors:', s.consoleErrors);
  } finally {
    await s.close();
    await emu.stop();
  }
}
main().catch((e) => { console.error(e); process.exit(1); });
