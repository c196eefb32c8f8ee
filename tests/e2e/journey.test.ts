/**
 * The first journey in WeChat DevTools with miniprogram-automator: home → hospital introduction
 * → department → doctor → the doctor's schedule. Runs where DevTools is installed: set
 * WECHAT_DEVTOOLS_CLI to its CLI (e.g. /Applications/wechatwebdevtools.app/Contents/MacOS/cli)
 * and start the local emulator (`npm start`) first. Elsewhere (Linux has no DevTools) it is skipped
 * with that reason.
 */
import { join } from 'node:path';
import automator from 'miniprogram-automator';

const cliPath = process.env.WECHAT_DEVTOOLS_CLI ?? '';
const reason = 'WeChat DevTools is not installed here: set WECHAT_DEVTOOLS_CLI to its CLI to run the automator journey';
const describeWithDevTools = cliPath ? describe : describe.skip;

if (!cliPath) console.info(`tests/e2e skipped: ${reason}`);

type MiniProgram = Awaited<ReturnType<typeof automator.launch>>;

async function waitForText(mp: MiniProgram, selector: string, text: string, ms = 10_000): Promise<void> {
  const deadline = Date.now() + ms;
  for (;;) {
    const page = await mp.currentPage();
    const node = page ? await page.$(selector) : null;
    if (node && (await node.text()).includes(text)) return;
    if (Date.now() > deadline) throw new Error(`"${text}" did not appear in ${selector}`);
    await new Promise((r) => setTimeout(r, 300));
  }
}

describeWithDevTools('journey in WeChat DevTools (automator)', () => {
  let mp: MiniProgram;
  jest.setTimeout(120_000);

  beforeAll(async () => {
    mp = await automator.launch({ cliPath, projectPath: join(__dirname, '..', '..'), trustProject: true });
  });

  afterAll(async () => {
    if (mp) await mp.close();
  });

  it('home → hospital → department → doctor → schedule', async () => {
    const home = await mp.reLaunch('/pages/home/index');
    expect(home).toBeDefined();
    await waitForText(mp, '.hospital-name', '郑州康宁医院');

    await mp.navigateTo('/previsit/hospital/index');
    await waitForText(mp, '.pz-hero', '郑州康宁医院');
    const hospital = await mp.currentPage();
    const departmentsButton = hospital ? await hospital.$('#open-departments') : null;
    expect(departmentsButton).not.toBeNull();
    await departmentsButton!.tap();

    await mp.navigateTo('/previsit/department/index?id=d-zz-cardio');
    await waitForText(mp, '.pz-page', '心血管内科');

    await mp.navigateTo('/previsit/doctor/index?id=doc-zz-001');
    await waitForText(mp, '.pz-page', '陈立民');
    const doctor = await mp.currentPage();
    const book = doctor ? await doctor.$('#book-doctor') : null;
    expect(book).not.toBeNull();
    await book!.tap();
    await waitForText(mp, '.pz-page', '陈立民');
    expect((await mp.currentPage())!.path).toBe('booking/doctor/index');
  });
});
