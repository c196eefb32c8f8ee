import { transportKind } from './api/environment';
import { appConfig } from './config';

App({
  onLaunch() {
    if (transportKind() === 'cloud') {
      wx.cloud.init({ env: appConfig.cloudEnv || wx.cloud.DYNAMIC_CURRENT_ENV, traceUser: true });
    }
  },
});
