import { appConfig } from './config';

App({
  onLaunch() {
    if (appConfig.transport === 'cloud') {
      wx.cloud.init({ env: appConfig.cloudEnv || wx.cloud.DYNAMIC_CURRENT_ENV, traceUser: true });
    }
  },
});
