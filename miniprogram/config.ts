/**
 * How the app reaches its backend. `local`: `wx.request` to the local emulator (`npm start`),
 * sending the chosen demo identity as `x-openid`; `cloud`: `wx.cloud.callFunction` in your
 * WeChat cloud environment. Switch by editing this file (see the README).
 */
export type TransportKind = 'local' | 'cloud';

export const appConfig = {
  transport: 'local' as TransportKind,
  /** The emulator's address; DevTools needs "不校验合法域名" for it (set in project.config.json). */
  localBaseUrl: 'http://127.0.0.1:3000',
  /** Your cloud environment id, or '' for the default environment. */
  cloudEnv: '',
  /** The identity the local transport sends until one is chosen on 我的. */
  defaultDemoOpenid: 'demo-patient',
};
