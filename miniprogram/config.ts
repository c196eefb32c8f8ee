/**
 * How the app reaches its backend, by the build WeChat runs (`envVersion`): `trial` and `release`
 * always call the cloud environment below; `develop` calls the local emulator (`npm start`) only
 * when the developer turned it on in `miniprogram/config.local.ts` (git-ignored; copied from
 * `config.local.example.ts` by `npm install`), else the cloud too.
 */
import { localSettings } from './config.local';

export type TransportKind = 'local' | 'cloud';

export type EnvVersion = 'develop' | 'trial' | 'release';

export const appConfig = {
  /** Your cloud environment id (the one `npm run deploy -- --env <envId>` deployed to), or '' for the default environment. */
  cloudEnv: '',
  /** The emulator's address; DevTools needs "不校验合法域名" for it (set in project.config.json). */
  localBaseUrl: localSettings.localBaseUrl,
  /** The identity the local transport sends until one is chosen on 我的. */
  defaultDemoOpenid: 'demo-patient',
};

/** The transport of a build: the emulator only in development and only when turned on. */
export function chooseTransport(envVersion: string, localEmulator: boolean): TransportKind {
  return envVersion === 'develop' && localEmulator ? 'local' : 'cloud';
}
