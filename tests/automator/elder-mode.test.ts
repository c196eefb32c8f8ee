/**
 * Elder mode (适老化) with the automator API only: switched on in 我的, every page's root carries
 * the `elder` class and reads larger; a page opened afterwards is read in it.
 */
import { becomeIdentity, element, go, see, tapTarget } from './support/app';
import { Journey } from './support/journey';
import { describeOnTarget } from './support/suite';

async function fontPx(el: { style(name: string): Promise<string> }): Promise<number> {
  return Number.parseFloat(await el.style('font-size'));
}

describeOnTarget('elder mode with automator', (target) => {
  test('elder mode on in 我的 → a page read in it', async () => {
    const { mp } = target();
    const j = new Journey(mp, 'elder-mode');
    await becomeIdentity(mp, 'demo-patient');

    const before = await j.step('the hospital page as usual', async () => {
      await go(mp, 'reLaunch', '/previsit/hospital/index');
      await see(mp, '郑州康宁医院');
      expect(await (await element(mp, '.pz-page')).attribute('class')).not.toContain('elder');
      return fontPx(await element(mp, '.pz-page'));
    });

    await j.step('switch elder mode on in 我的', async () => {
      await go(mp, 'reLaunch', '/pages/me/index');
      const toggle = await element(mp, '#elder-switch');
      expect(await toggle.property('checked')).toBe(false);
      await (await tapTarget(toggle)).tap();
      expect(await toggle.property('checked')).toBe(true);
      expect(await (await element(mp, '.pz-page')).attribute('class')).toContain('elder');
    });

    await j.step('the hospital page read in elder mode', async () => {
      await go(mp, 'navigateTo', '/previsit/hospital/index');
      await see(mp, '郑州康宁医院');
      const root = await element(mp, '.pz-page');
      expect(await root.attribute('class')).toContain('elder');
      expect(await fontPx(root)).toBeGreaterThan(before);
    });

    await j.step('switch it off again', async () => {
      await mp.callWxMethod('navigateBack', {});
      const toggle = await element(mp, '#elder-switch');
      await (await tapTarget(toggle)).tap();
      expect(await toggle.property('checked')).toBe(false);
    });
  }, 120_000);
});
