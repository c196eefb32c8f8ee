// miniprogram-api-typings 5.2.3 lacks wx.cloud.DYNAMIC_CURRENT_ENV (wx-server-sdk and wx.cloud accept it at run time).
declare namespace WxCloud {
  const DYNAMIC_CURRENT_ENV: string;
}
interface WxCloud {
  DYNAMIC_CURRENT_ENV: string;
}
