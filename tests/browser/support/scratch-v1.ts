import { launch, startEmulator, shotPath, waitIdle } from './harness';
async function main() {
  const emu = await startEmulator(); const s = await launch();
  try {
    for (const [r, o] of [['/staff/schedule/index?ownerId=doc-zz-001', 'demo-scheduler-zz'], ['/staff/articles/index', 'demo-editor-zz'], ['/previsit/hospital/index', 'demo-patient'], ['/staff/template-edit/index?ownerType=doctor&ownerId=doc-zz-004&weekday=7&session=pm', 'demo-scheduler-zz']]) {
      await s.page.goto(`${emu.baseUrl}/preview/?bare&style=v1&openid=${o}#${r}`);
      await s.page.waitForFunction(() => document.documentElement.getAttribute('data-pz-ready') === 'true');
      await waitIdle(s.page); await s.page.waitForTimeout(300);
      await s.page.screenshot({ path: shotPath('v1/' + r.split('?')[0].replace(/\//g, '_')) });
    }
  } finally { await s.close(); await emu.stop(); }
}
main();
