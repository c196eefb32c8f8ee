/**
 * The `wx` object of the preview: what the app and Vant call (grep `wx\.` in miniprogram/), with
 * WeChat's calling conventions — success/fail/complete callbacks, or a Promise when none is given —
 * and its `errMsg` strings. Storage is localStorage (values as JSON under the same key), requests
 * go to the emulator, and what only a phone can do is shown as a notice in the phone frame.
 */
import { SCREEN, SDK_VERSION, STATUS_BAR, windowHeight } from './env';
import { createAnimation } from './animation';
import { metrics } from './metrics';
import { requestPayment, type PaymentParams } from './payment';
import { createInnerAudioContext } from './plugins';
import type { Router } from './router';
import { isTab, RouteError } from './router';
import { flash, hideLoading, hideToast, showActionSheet, showModal, showNotice, showToast } from './ui';
import { toEmulator } from './urls';

// biome-ignore lint/suspicious/noExplicitAny: exparser and j-component are untyped; their objects cross here
type AnyRecord = Record<string, any>;
type Callbacks = { success?: (r: AnyRecord) => void; fail?: (r: AnyRecord) => void; complete?: (r: AnyRecord) => void };

const SelectorQuery = require('j-component/src/tool/selectorquery') as new (comp?: unknown) => unknown;
const IntersectionObserver = require('j-component/src/tool/intersectionobserver') as new (comp: unknown, options?: unknown) => unknown;

export class ApiFail extends Error {}

/** WeChat's async API shape: callbacks when given, otherwise a Promise; errMsg `name:ok` / `name:fail …`. */
function api<O extends AnyRecord>(name: string, impl: (o: O) => AnyRecord | void | Promise<AnyRecord | void>) {
  return (options: O & Callbacks = {} as O & Callbacks): Promise<AnyRecord> | undefined => {
    const hasCallback = typeof options.success === 'function' || typeof options.fail === 'function' || typeof options.complete === 'function';
    const run = (async () => {
      try {
        const r = await impl(options);
        return { errMsg: `${name}:ok`, ...(r ?? {}) };
      } catch (e) {
        const msg = e instanceof ApiFail || e instanceof RouteError ? e.message : `${name}:fail ${e instanceof Error ? e.message : String(e)}`;
        throw { errMsg: msg.startsWith(`${name}:`) ? msg : `${name}:fail ${msg}` };
      }
    })();
    if (!hasCallback) return run;
    run.then(
      (r) => {
        options.success?.(r);
        options.complete?.(r);
      },
      (err: AnyRecord) => {
        options.fail?.(err);
        options.complete?.(err);
      },
    );
    return undefined;
  };
}

const fail = (name: string, reason: string) => new ApiFail(`${name}:fail ${reason}`);

// ---- storage ---------------------------------------------------------------------------------

function readStored(key: string): unknown {
  const raw = localStorage.getItem(key);
  if (raw === null) return '';
  try {
    return JSON.parse(raw);
  } catch {
    return raw;
  }
}

function writeStored(key: string, value: unknown): void {
  if (value === undefined) localStorage.removeItem(key);
  else localStorage.setItem(key, JSON.stringify(value));
}

// ---- files (blob URLs stand for WeChat's temp files) -----------------------------------------

const tempSources = new Map<string, string>();

function pickFiles(accept: string, multiple: boolean): Promise<File[]> {
  return new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = accept;
    input.multiple = multiple;
    input.style.display = 'none';
    document.body.appendChild(input);
    let settled = false;
    const done = (files: File[]) => {
      if (settled) return;
      settled = true;
      input.remove();
      resolve(files);
    };
    input.addEventListener('change', () => done(Array.from(input.files ?? [])));
    input.addEventListener('cancel', () => done([]));
    input.click();
  });
}

// ---- system info -----------------------------------------------------------------------------

function systemInfo(router: Router): AnyRecord {
  const current = router.current;
  const height = windowHeight(!!current && isTab(current.route));
  return {
    brand: 'devtools',
    model: 'iPhone X（浏览器预览）',
    pixelRatio: SCREEN.pixelRatio,
    screenWidth: SCREEN.width,
    screenHeight: SCREEN.height,
    windowWidth: SCREEN.width,
    windowHeight: height,
    statusBarHeight: STATUS_BAR,
    language: 'zh_CN',
    version: '8.0.50',
    system: 'iOS 16.0',
    platform: 'ios',
    fontSizeSetting: 16,
    SDKVersion: SDK_VERSION,
    benchmarkLevel: 1,
    theme: 'light',
    enableDebug: false,
    deviceOrientation: 'portrait',
    safeArea: { left: 0, right: SCREEN.width, top: STATUS_BAR, bottom: SCREEN.height - 34, width: SCREEN.width, height: SCREEN.height - STATUS_BAR - 34 },
    screenTop: 0,
  };
}

const DEMO_LOCATION = { latitude: 34.7466, longitude: 113.6253, speed: 0, accuracy: 65, altitude: 110, verticalAccuracy: 0, horizontalAccuracy: 65 };

export function createWx(router: Router): AnyRecord {
  const nav = (kind: 'navigateTo' | 'redirectTo' | 'reLaunch' | 'switchTab') =>
    api<{ url: string }>(kind, (o) => {
      if (!o.url) throw fail(kind, 'parameter.url should be String instead of Undefined;');
      return router[kind]({ url: o.url });
    });

  const wx: AnyRecord = {
    // routing
    navigateTo: nav('navigateTo'),
    redirectTo: nav('redirectTo'),
    reLaunch: nav('reLaunch'),
    switchTab: nav('switchTab'),
    navigateBack: api<{ delta?: number }>('navigateBack', (o) => router.navigateBack({ delta: o.delta })),

    // storage
    setStorageSync: (key: string, value: unknown) => writeStored(key, value),
    getStorageSync: (key: string) => readStored(key),
    removeStorageSync: (key: string) => localStorage.removeItem(key),
    clearStorageSync: () => localStorage.clear(),
    getStorageInfoSync: () => ({ keys: Object.keys(localStorage), currentSize: Math.ceil(JSON.stringify(localStorage).length / 1024), limitSize: 10240 }),
    setStorage: api<{ key: string; data: unknown }>('setStorage', (o) => void writeStored(o.key, o.data)),
    getStorage: api<{ key: string }>('getStorage', (o) => {
      if (localStorage.getItem(o.key) === null) throw fail('getStorage', 'data not found');
      return { data: readStored(o.key) };
    }),
    removeStorage: api<{ key: string }>('removeStorage', (o) => void localStorage.removeItem(o.key)),
    clearStorage: api('clearStorage', () => void localStorage.clear()),

    // media: what the WechatSI stand-in synthesises is spoken by the browser (preview/runtime/plugins.ts)
    createInnerAudioContext,
    setInnerAudioOption: api('setInnerAudioOption', () => undefined),

    // interface
    showToast: api<{ title?: string; icon?: string; image?: string; duration?: number; mask?: boolean }>('showToast', (o) => void showToast(o)),
    hideToast: api('hideToast', () => void hideToast()),
    showLoading: api<{ title?: string; mask?: boolean }>('showLoading', (o) => void showToast({ ...o, icon: 'loading' }, true)),
    hideLoading: api('hideLoading', () => void hideLoading()),
    showModal: api<Parameters<typeof showModal>[0]>('showModal', (o) => showModal(o)),
    showActionSheet: api<{ itemList: string[]; itemColor?: string; alertText?: string }>('showActionSheet', async (o) => {
      if (!Array.isArray(o.itemList) || o.itemList.length === 0 || o.itemList.length > 6)
        throw fail('showActionSheet', 'parameter.itemList should have 1 to 6 items');
      const tapIndex = await showActionSheet(o);
      if (tapIndex < 0) throw fail('showActionSheet', 'cancel');
      return { tapIndex };
    }),
    setNavigationBarTitle: api<{ title: string }>('setNavigationBarTitle', (o) => void router.setTitle(String(o.title ?? ''))),
    setNavigationBarColor: api<{ frontColor: string; backgroundColor: string }>(
      'setNavigationBarColor',
      (o) => void router.setNavColors(o.frontColor, o.backgroundColor),
    ),
    showNavigationBarLoading: api('showNavigationBarLoading', () => void document.body.classList.add('pz-nav-loading')),
    hideNavigationBarLoading: api('hideNavigationBarLoading', () => void document.body.classList.remove('pz-nav-loading')),
    startPullDownRefresh: api('startPullDownRefresh', () => void router.startPullDownRefresh()),
    stopPullDownRefresh: api('stopPullDownRefresh', () => void router.stopPullDownRefresh()),
    pageScrollTo: api<{ scrollTop?: number; selector?: string; duration?: number }>('pageScrollTo', (o) => {
      const entry = router.current;
      if (!entry) return;
      let top = Number(o.scrollTop ?? 0);
      if (o.selector) {
        const el = entry.scroller.querySelector(o.selector.startsWith('#') ? `[id="${o.selector.slice(1)}"]` : o.selector);
        if (el) top = el.getBoundingClientRect().top - entry.scroller.getBoundingClientRect().top + entry.scroller.scrollTop;
      }
      entry.scroller.scrollTo({ top, behavior: o.duration === 0 ? 'auto' : 'smooth' });
    }),
    setBackgroundColor: api('setBackgroundColor', () => undefined),
    setBackgroundTextStyle: api('setBackgroundTextStyle', () => undefined),
    showTabBar: api('showTabBar', () => undefined),
    hideTabBar: api('hideTabBar', () => undefined),
    setTabBarBadge: api('setTabBarBadge', () => undefined),
    removeTabBarBadge: api('removeTabBarBadge', () => undefined),
    showTabBarRedDot: api('showTabBarRedDot', () => undefined),
    hideTabBarRedDot: api('hideTabBarRedDot', () => undefined),
    nextTick: (cb: () => void) => void Promise.resolve().then(cb),
    createSelectorQuery: () => new SelectorQuery(),
    createIntersectionObserver: (component: unknown, options?: unknown) => new IntersectionObserver(component, options),
    createAnimation,
    getMenuButtonBoundingClientRect: () => ({
      width: 87,
      height: 32,
      top: STATUS_BAR + 6,
      right: SCREEN.width - 7,
      bottom: STATUS_BAR + 38,
      left: SCREEN.width - 94,
    }),

    // network
    request: (o: AnyRecord & Callbacks) => {
      const controller = new AbortController();
      const method = String(o.method ?? 'GET').toUpperCase();
      let url = toEmulator(String(o.url));
      const header: Record<string, string> = { ...(o.header ?? {}) };
      let body: string | undefined;
      if (method === 'GET' || method === 'HEAD') {
        if (o.data && typeof o.data === 'object') {
          const qs = new URLSearchParams(
            Object.entries(o.data as AnyRecord).map(([k, v]) => [k, typeof v === 'object' ? JSON.stringify(v) : String(v)]),
          ).toString();
          if (qs) url += (url.includes('?') ? '&' : '?') + qs;
        }
      } else if (o.data !== undefined) {
        const type = Object.entries(header).find(([k]) => k.toLowerCase() === 'content-type')?.[1] ?? 'application/json';
        if (typeof o.data === 'string') body = o.data;
        else if (/x-www-form-urlencoded/.test(type)) body = new URLSearchParams(o.data as Record<string, string>).toString();
        else {
          body = JSON.stringify(o.data);
          if (!Object.keys(header).some((k) => k.toLowerCase() === 'content-type')) header['content-type'] = 'application/json';
        }
      }
      metrics.requestStarted();
      const timeout = Number(o.timeout ?? 60000);
      const timer = setTimeout(() => controller.abort(), timeout);
      let settled = false;
      const finish = () => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        metrics.requestEnded();
      };
      fetch(url, { method, headers: header, body, signal: controller.signal })
        .then(async (res) => {
          const text = await res.text();
          let data: unknown = text;
          if ((o.dataType ?? 'json') === 'json') {
            try {
              data = JSON.parse(text);
            } catch {
              data = text;
            }
          }
          const headers: Record<string, string> = {};
          res.headers.forEach((v, k) => (headers[k] = v));
          const r = { errMsg: 'request:ok', data, statusCode: res.status, header: headers, cookies: [] };
          finish();
          o.success?.(r);
          o.complete?.(r);
        })
        .catch((e: unknown) => {
          const aborted = controller.signal.aborted;
          const r = { errMsg: `request:fail ${aborted ? 'timeout' : e instanceof Error ? e.message : String(e)}` };
          finish();
          o.fail?.(r);
          o.complete?.(r);
        });
      return { abort: () => controller.abort(), onHeadersReceived() {}, offHeadersReceived() {} };
    },
    downloadFile: (o: AnyRecord & Callbacks) => {
      metrics.requestStarted();
      const url = toEmulator(String(o.url));
      fetch(url, { headers: o.header ?? {} })
        .then(async (res) => {
          const blob = await res.blob();
          const tempFilePath = URL.createObjectURL(blob);
          tempSources.set(tempFilePath, url);
          metrics.requestEnded();
          const r = { errMsg: 'downloadFile:ok', tempFilePath, statusCode: res.status };
          o.success?.(r);
          o.complete?.(r);
        })
        .catch((e: unknown) => {
          metrics.requestEnded();
          const r = { errMsg: `downloadFile:fail ${e instanceof Error ? e.message : String(e)}` };
          o.fail?.(r);
          o.complete?.(r);
        });
      return { abort() {}, onProgressUpdate() {} };
    },
    uploadFile: api<{ url: string; filePath: string; name: string; formData?: Record<string, string>; header?: Record<string, string> }>(
      'uploadFile',
      async (o) => {
        const blob = await (await fetch(o.filePath)).blob();
        const form = new FormData();
        for (const [k, v] of Object.entries(o.formData ?? {})) form.append(k, v);
        form.append(o.name, blob, 'upload');
        metrics.requestStarted();
        try {
          const res = await fetch(toEmulator(o.url), { method: 'POST', body: form, headers: o.header ?? {} });
          return { data: await res.text(), statusCode: res.status };
        } finally {
          metrics.requestEnded();
        }
      },
    ),
    openDocument: api<{ filePath: string; fileType?: string }>('openDocument', async (o) => {
      const href = tempSources.get(o.filePath) ?? o.filePath;
      // With 'noopener' window.open answers null even when the tab opened; cut the opener by hand.
      const opened = window.open(href, '_blank');
      if (opened) opened.opener = null;
      if (!opened) {
        await showNotice({
          kind: 'document',
          title: '打开文档',
          lines: ['浏览器拦截了新标签页，请点下面的链接打开。'],
          link: { href, text: '打开文档' },
          buttons: [{ text: '关闭', value: undefined }],
        });
      } else flash('文档已在新标签页打开');
    }),
    saveFile: api<{ tempFilePath: string }>('saveFile', (o) => ({ savedFilePath: o.tempFilePath })),
    getFileSystemManager: () => ({
      readFile: (o: Callbacks) => o.fail?.({ errMsg: 'readFile:fail not supported in the preview' }),
      writeFile: (o: Callbacks) => o.fail?.({ errMsg: 'writeFile:fail not supported in the preview' }),
      access: (o: Callbacks) => o.fail?.({ errMsg: 'access:fail not supported in the preview' }),
    }),

    // payment and messages
    requestPayment: api<PaymentParams>('requestPayment', async (o) => {
      const { success: _s, fail: _f, complete: _c, ...params } = o as PaymentParams & Callbacks;
      void _s;
      void _f;
      void _c;
      const outcome = await requestPayment(params);
      if (!outcome.ok) throw new ApiFail(outcome.errMsg);
    }),
    requestSubscribeMessage: api<{ tmplIds: string[] }>('requestSubscribeMessage', async (o) => {
      const ids = Array.isArray(o.tmplIds) ? o.tmplIds : [];
      if (ids.length === 0) throw fail('requestSubscribeMessage', 'parameter.tmplIds should be a non-empty array');
      if (ids.length > 3) throw new ApiFail('requestSubscribeMessage:fail TmplIds can not be more than 3');
      const accept = await showNotice({
        kind: 'subscribe',
        title: '智慧陪诊 申请向你发送以下消息',
        lines: ids.map((id) => `· 订阅消息（模板 ${id}）`).concat('预览中：“允许”会记为 accept，消息见 /dev/outbox。'),
        buttons: [
          { text: '取消', value: false, className: 'pz-subscribe-reject' },
          { text: '允许', value: true, primary: true, className: 'pz-subscribe-accept' },
        ],
      });
      const result: AnyRecord = {};
      for (const id of ids) result[id] = accept ? 'accept' : 'reject';
      return result;
    }),

    // device
    makePhoneCall: api<{ phoneNumber: string }>('makePhoneCall', async (o) => {
      const call = await showNotice({
        kind: 'phone',
        title: `呼叫 ${o.phoneNumber}`,
        lines: ['手机上会在这里拨打电话；预览中不拨打。'],
        buttons: [
          { text: '取消', value: false, className: 'pz-phone-cancel' },
          { text: '呼叫', value: true, primary: true, className: 'pz-phone-call' },
        ],
      });
      if (!call) throw fail('makePhoneCall', 'cancel');
    }),
    scanCode: api<{ onlyFromCamera?: boolean }>('scanCode', async () => {
      const r = await showModal({
        title: '扫码（预览）',
        editable: true,
        placeholderText: '手机上这里打开相机；预览中请粘贴二维码的内容',
        confirmText: '确定',
      });
      if (!r.confirm || !r.content) throw fail('scanCode', 'cancel');
      return { result: r.content.trim(), scanType: 'QR_CODE', charSet: 'utf-8' };
    }),
    getLocation: api<{ type?: string }>('getLocation', () => {
      flash('使用演示位置（郑州市中心）');
      return { ...DEMO_LOCATION };
    }),
    getFuzzyLocation: api('getFuzzyLocation', () => ({ latitude: DEMO_LOCATION.latitude, longitude: DEMO_LOCATION.longitude })),
    openLocation: api<{ latitude: number; longitude: number; name?: string; address?: string; scale?: number }>('openLocation', async (o) => {
      await showNotice({
        kind: 'location',
        title: o.name || '位置',
        lines: [
          o.address ?? '',
          `纬度 ${Number(o.latitude).toFixed(5)}，经度 ${Number(o.longitude).toFixed(5)}`,
          '手机上会在这里打开地图并可选择导航；预览中只显示位置。',
        ].filter(Boolean),
        buttons: [{ text: '关闭', value: undefined, primary: true, className: 'pz-location-close' }],
      });
    }),
    chooseLocation: api('chooseLocation', () => {
      throw fail('chooseLocation', 'not supported in the preview');
    }),
    getSystemInfoSync: () => systemInfo(router),
    getSystemInfo: api('getSystemInfo', () => systemInfo(router)),
    getWindowInfo: () => {
      const s = systemInfo(router);
      return {
        pixelRatio: s.pixelRatio,
        screenWidth: s.screenWidth,
        screenHeight: s.screenHeight,
        windowWidth: s.windowWidth,
        windowHeight: s.windowHeight,
        statusBarHeight: s.statusBarHeight,
        safeArea: s.safeArea,
        screenTop: 0,
      };
    },
    getDeviceInfo: () => {
      const s = systemInfo(router);
      return {
        brand: s.brand,
        model: s.model,
        system: s.system,
        platform: s.platform,
        benchmarkLevel: 1,
        abi: '',
        deviceAbi: '',
        cpuType: '',
        memorySize: 4096,
      };
    },
    getAppBaseInfo: () => ({
      SDKVersion: SDK_VERSION,
      enableDebug: false,
      language: 'zh_CN',
      version: '8.0.50',
      theme: 'light',
      fontSizeSetting: 16,
      host: { env: 'WeChat' },
    }),
    getSystemSetting: () => ({ bluetoothEnabled: false, locationEnabled: true, wifiEnabled: true, deviceOrientation: 'portrait' }),
    getAppAuthorizeSetting: () => ({ locationAuthorized: 'authorized', cameraAuthorized: 'authorized', notificationAuthorized: 'authorized' }),
    getAccountInfoSync: () => ({ miniProgram: { appId: 'touristappid', envVersion: 'develop', version: '' } }),
    getLaunchOptionsSync: () => ({ path: router.current ? router.current.route : '', query: {}, scene: 1001, referrerInfo: {} }),
    getEnterOptionsSync: () => ({ path: router.current ? router.current.route : '', query: {}, scene: 1001, referrerInfo: {} }),
    canIUse: () => true,
    getNetworkType: api('getNetworkType', () => ({ networkType: 'wifi' })),
    onNetworkStatusChange: () => undefined,
    offNetworkStatusChange: () => undefined,
    onAppShow: () => undefined,
    onAppHide: () => undefined,
    offAppShow: () => undefined,
    offAppHide: () => undefined,
    onError: () => undefined,
    onUnhandledRejection: () => undefined,
    onMemoryWarning: () => undefined,
    getUpdateManager: () => ({ onCheckForUpdate() {}, onUpdateReady() {}, onUpdateFailed() {}, applyUpdate() {} }),
    getLogManager: () => ({ log: console.log, info: console.info, warn: console.warn, debug: console.debug }),
    getRealtimeLogManager: () => ({ info: console.info, warn: console.warn, error: console.error, setFilterMsg() {}, addFilterMsg() {} }),
    setClipboardData: api<{ data: string }>('setClipboardData', async (o) => {
      await navigator.clipboard?.writeText(String(o.data)).catch(() => undefined);
      showToast({ title: '内容已复制', icon: 'none' });
    }),
    getClipboardData: api('getClipboardData', async () => ({ data: (await navigator.clipboard?.readText().catch(() => '')) ?? '' })),
    vibrateShort: api('vibrateShort', () => undefined),
    vibrateLong: api('vibrateLong', () => undefined),
    setKeepScreenOn: api('setKeepScreenOn', () => undefined),
    hideKeyboard: api('hideKeyboard', () => void (document.activeElement as HTMLElement | null)?.blur()),
    reportAnalytics: () => undefined,
    reportEvent: () => undefined,
    login: api('login', () => ({ code: `preview-${Date.now()}` })),
    checkSession: api('checkSession', () => undefined),
    getSetting: api('getSetting', () => ({ authSetting: { 'scope.userLocation': true }, subscriptionsSetting: { mainSwitch: true } })),
    openSetting: api('openSetting', () => ({ authSetting: { 'scope.userLocation': true } })),
    authorize: api('authorize', () => undefined),
    getUserProfile: api('getUserProfile', () => ({
      userInfo: { nickName: '预览用户', avatarUrl: '', gender: 0, country: '', province: '', city: '', language: 'zh_CN' },
    })),

    // media
    chooseImage: api<{ count?: number }>('chooseImage', async (o) => {
      const files = await pickFiles('image/*', (o.count ?? 9) > 1);
      if (files.length === 0) throw fail('chooseImage', 'cancel');
      const picked = files.slice(0, o.count ?? 9);
      const tempFilePaths = picked.map((f) => URL.createObjectURL(f));
      return { tempFilePaths, tempFiles: picked.map((f, i) => ({ path: tempFilePaths[i], size: f.size })) };
    }),
    chooseMedia: api<{ count?: number; mediaType?: string[] }>('chooseMedia', async (o) => {
      const types = o.mediaType ?? ['image', 'video'];
      const accept = types.map((t) => (t === 'mix' ? 'image/*,video/*' : `${t}/*`)).join(',');
      const files = await pickFiles(accept, (o.count ?? 9) > 1);
      if (files.length === 0) throw fail('chooseMedia', 'cancel');
      const picked = files.slice(0, o.count ?? 9);
      return {
        type: picked.every((f) => f.type.startsWith('video/')) ? 'video' : picked.every((f) => f.type.startsWith('image/')) ? 'image' : 'mix',
        tempFiles: picked.map((f) => ({
          tempFilePath: URL.createObjectURL(f),
          size: f.size,
          fileType: f.type.startsWith('video/') ? 'video' : 'image',
          duration: 0,
          height: 0,
          width: 0,
          thumbTempFilePath: '',
        })),
      };
    }),
    chooseVideo: api('chooseVideo', async () => {
      const files = await pickFiles('video/*', false);
      if (files.length === 0) throw fail('chooseVideo', 'cancel');
      return { tempFilePath: URL.createObjectURL(files[0]), size: files[0].size, duration: 0, height: 0, width: 0 };
    }),
    chooseMessageFile: api<{ count?: number }>('chooseMessageFile', async (o) => {
      const files = await pickFiles('*/*', (o.count ?? 1) > 1);
      if (files.length === 0) throw fail('chooseMessageFile', 'cancel');
      return { tempFiles: files.map((f) => ({ path: URL.createObjectURL(f), size: f.size, name: f.name, type: 'file', time: Date.now() })) };
    }),
    previewImage: api<{ urls: string[]; current?: string }>('previewImage', (o) => {
      const url = o.current ?? (o.urls ?? [])[0];
      if (url) window.open(toEmulator(url), '_blank', 'noopener');
    }),
    previewMedia: api<{ sources: Array<{ url: string }> }>('previewMedia', (o) => {
      const url = (o.sources ?? [])[0]?.url;
      if (url) window.open(toEmulator(url), '_blank', 'noopener');
    }),
    getImageInfo: api<{ src: string }>(
      'getImageInfo',
      (o) =>
        new Promise((resolve, reject) => {
          const img = new Image();
          img.onload = () => resolve({ width: img.naturalWidth, height: img.naturalHeight, path: o.src, type: 'png', orientation: 'up' });
          img.onerror = () => reject(fail('getImageInfo', 'image not found'));
          img.src = toEmulator(o.src);
        }),
    ),
    saveImageToPhotosAlbum: api('saveImageToPhotosAlbum', () => void flash('预览中不保存到相册')),
    createVideoContext: () => ({ play() {}, pause() {}, stop() {}, seek() {}, requestFullScreen() {}, exitFullScreen() {} }),
    createMapContext: () => ({
      moveToLocation: (o: Callbacks = {}) => o.success?.({ errMsg: 'moveToLocation:ok' }),
      includePoints: (o: Callbacks = {}) => o.success?.({ errMsg: 'includePoints:ok' }),
      getCenterLocation: (o: Callbacks = {}) =>
        o.success?.({ errMsg: 'getCenterLocation:ok', latitude: DEMO_LOCATION.latitude, longitude: DEMO_LOCATION.longitude }),
    }),
    createCanvasContext: () => new Proxy({}, { get: () => () => undefined }),
    canvasToTempFilePath: api('canvasToTempFilePath', () => {
      throw fail('canvasToTempFilePath', 'canvas is not drawn in the preview');
    }),

    env: { USER_DATA_PATH: 'wxfile://usr' },
    cloud: {
      DYNAMIC_CURRENT_ENV: 'dynamic',
      init: () => undefined,
      callFunction: api('cloud.callFunction', () => {
        throw new ApiFail('cloud.callFunction:fail the preview runs the local transport only (miniprogram/config.ts transport: "local")');
      }),
    },
  };
  return wx;
}
