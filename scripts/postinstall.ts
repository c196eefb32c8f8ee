/**
 * `npm install` leaves the project ready to open in WeChat DevTools: this machine's
 * miniprogram/config.local.ts (from the example), the packed `miniprogram_npm` (Vant; the components
 * only subpackages use in their own `miniprogram_npm`, scripts/npm-placement.ts) and the
 * bundled cloud functions. In CI (`CI` set) only the local settings file: `npm test` packs npm
 * itself and the tests bundle what they load, so `npm ci` stays fast.
 */
import { ensureLocalConfig } from './local-config';

async function main(): Promise<void> {
  if (ensureLocalConfig()) console.log('postinstall: miniprogram/config.local.ts written from config.local.example.ts');
  if (process.env.CI) return;
  const { bundleFunctions, writeDatabaseFiles } = await import('./build');
  const { packNpm } = await import('./pack-npm');
  await packNpm();
  const sizes = await bundleFunctions();
  writeDatabaseFiles();
  console.log(`postinstall: miniprogram_npm packed, ${sizes.length} cloud functions bundled; open the folder in WeChat DevTools`);
}

main().catch((e: unknown) => {
  console.error('postinstall failed:', e instanceof Error ? e.message : e);
  process.exit(1);
});
