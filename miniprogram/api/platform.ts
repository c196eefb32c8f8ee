/**
 * The wx.* calls pages need besides the backend: navigation, storage, phone, map and feedback.
 * Pages call these instead of wx.* so the platform is in one place (and easy to fake in tests).
 */
import type { MailAddress } from '../shared/dto/record-copies';

export function go(url: string): void {
  wx.navigateTo({ url });
}

/** Replaces the current page (a finished form should not be returned to). */
export function redirect(url: string): void {
  wx.redirectTo({ url });
}

export function switchTab(url: string): void {
  wx.switchTab({ url });
}

export function back(): void {
  wx.navigateBack({ delta: 1 });
}

export function readStorage<T>(key: string, fallback: T): T {
  try {
    const value = wx.getStorageSync(key) as T | '';
    return value === '' || value === undefined || value === null ? fallback : value;
  } catch {
    return fallback;
  }
}

export function writeStorage(key: string, value: unknown): void {
  try {
    wx.setStorageSync(key, value);
  } catch {
    // Storage full or unavailable: the setting lasts for this run only.
  }
}

export function callPhone(phoneNumber: string): void {
  wx.makePhoneCall({ phoneNumber: phoneNumber.replace(/[^0-9+]/g, ''), fail: () => undefined });
}

export function openMap(place: { latitude: number; longitude: number; name: string; address: string }): void {
  wx.openLocation({ ...place, scale: 16, fail: () => undefined });
}

export function toast(title: string): void {
  wx.showToast({ title, icon: 'none' });
}

export function stopPullDownRefresh(): void {
  wx.stopPullDownRefresh();
}

/** Asks for a yes or no; resolves true on confirm. */
export function confirm(title: string, content: string, confirmText = '确定'): Promise<boolean> {
  return new Promise((resolve) => {
    wx.showModal({ title, content, confirmText, success: (r) => resolve(r.confirm), fail: () => resolve(false) });
  });
}

/** Scans a code with the camera (not from the album); resolves its text, or null when cancelled. */
export function scanCode(): Promise<string | null> {
  return new Promise((resolve) => {
    wx.scanCode({ onlyFromCamera: true, scanType: ['qrCode'], success: (r) => resolve(r.result), fail: () => resolve(null) });
  });
}

/** The phone's location (GCJ-02, as WeChat maps use), or null when refused or unavailable. */
export function locate(): Promise<{ latitude: number; longitude: number } | null> {
  return new Promise((resolve) => {
    wx.getLocation({ type: 'gcj02', success: (r) => resolve({ latitude: r.latitude, longitude: r.longitude }), fail: () => resolve(null) });
  });
}

/** Lets the user take or pick one photo and answers its bytes as base64; null when cancelled or unreadable. */
export function choosePhoto(): Promise<string | null> {
  return new Promise((resolve) => {
    wx.chooseMedia({
      count: 1,
      mediaType: ['image'],
      sizeType: ['compressed'],
      success: (res) => {
        const file = res.tempFiles[0];
        if (!file) {
          resolve(null);
          return;
        }
        wx.getFileSystemManager().readFile({
          filePath: file.tempFilePath,
          encoding: 'base64',
          success: (r) => resolve(typeof r.data === 'string' ? r.data : null),
          fail: () => resolve(null),
        });
      },
      fail: () => resolve(null),
    });
  });
}

/** Shows a photo full screen (a short-lived link from `photoLink`). */
export function showPhoto(url: string): void {
  wx.previewImage({ urls: [url], current: url });
}

/** The address the user picks in WeChat's address book (declared in app.json requiredPrivateInfos); null when cancelled or not allowed. */
export function chooseAddress(): Promise<MailAddress | null> {
  return new Promise((resolve) => {
    wx.chooseAddress({
      success: (r) =>
        resolve({ name: r.userName, phone: r.telNumber, province: r.provinceName, city: r.cityName, district: r.countyName, detail: r.detailInfo }),
      fail: () => resolve(null),
    });
  });
}

/** A place the user marks on WeChat's map (wx.chooseLocation, GCJ-02); null when cancelled or not allowed. */
export function pickLocation(): Promise<{ latitude: number; longitude: number; name: string } | null> {
  return new Promise((resolve) => {
    wx.chooseLocation({ success: (r) => resolve({ latitude: r.latitude, longitude: r.longitude, name: r.name || r.address }), fail: () => resolve(null) });
  });
}
