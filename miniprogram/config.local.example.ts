/**
 * Settings of this machine, never committed: `npm install` copies this file to
 * `miniprogram/config.local.ts` when that is missing. They count in the `develop` build only
 * (miniprogram/config.ts); trial and release builds always use the cloud.
 */
export const localSettings = {
  /** true: the develop build calls the local emulator (`npm start`); false: your cloud environment. */
  localEmulator: true,
  localBaseUrl: 'http://127.0.0.1:3000',
};
