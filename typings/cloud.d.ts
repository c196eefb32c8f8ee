// miniprogram-api-typings 5.2.3 lacks wx.cloud.DYNAMIC_CURRENT_ENV (see PLATFORM.md).
declare namespace WxCloud {
  const DYNAMIC_CURRENT_ENV: string;
}
interface WxCloud {
  DYNAMIC_CURRENT_ENV: string;
}
