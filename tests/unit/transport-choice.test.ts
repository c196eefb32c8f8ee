/**
 * The transport of each build (miniprogram/config.ts, miniprogram/api/environment.ts): `develop`
 * reaches the local emulator only when miniprogram/config.local.ts turns it on; `trial` and
 * `release` always call the cloud, and their payment path never loads the sandbox's sheet.
 */
import type { Envelope } from '../../miniprogram/shared/envelope';

type EnvVersion = 'develop' | 'trial' | 'release';

interface WxFake {
  getAccountInfoSync: jest.Mock;
  request: jest.Mock;
  requestPayment: jest.Mock;
  showModal: jest.Mock;
  getStorageSync: jest.Mock;
  cloud: { init: jest.Mock; callFunction: jest.Mock; DYNAMIC_CURRENT_ENV: string };
}

const g = globalThis as unknown as { wx?: WxFake; App?: (options: { onLaunch: () => void }) => void };

function fakeWx(envVersion: EnvVersion, cloudResult: unknown): WxFake {
  return {
    getAccountInfoSync: jest.fn(() => ({ miniProgram: { appId: 'wx1', envVersion, version: '' } })),
    request: jest.fn((o: { success?: (r: { statusCode: number; data: unknown }) => void }) =>
      o.success?.({ statusCode: 200, data: { ok: true, data: { via: 'local' } } }),
    ),
    requestPayment: jest.fn((o: { fail?: () => void }) => o.fail?.()),
    showModal: jest.fn(),
    getStorageSync: jest.fn(() => ''),
    cloud: { init: jest.fn(), callFunction: jest.fn(async () => ({ result: cloudResult })), DYNAMIC_CURRENT_ENV: 'dynamic' },
  };
}

interface Loaded {
  wx: WxFake;
  call: () => Promise<Envelope<unknown>>;
  launch: () => void;
}

function load(envVersion: EnvVersion, localEmulator: boolean): Loaded {
  const wx = fakeWx(envVersion, { ok: true, data: { via: 'cloud' } });
  g.wx = wx;
  let loaded: Loaded | null = null;
  jest.isolateModules(() => {
    jest.doMock('../../miniprogram/config.local', () => ({ localSettings: { localEmulator, localBaseUrl: 'http://127.0.0.1:3000' } }));
    const transport: typeof import('../../miniprogram/api/transport') = require('../../miniprogram/api/transport');
    let onLaunch = () => undefined as void;
    g.App = (options) => {
      onLaunch = options.onLaunch;
    };
    require('../../miniprogram/app');
    loaded = { wx, call: () => transport.callFunction('content', 'listHospitals'), launch: () => onLaunch() };
  });
  if (loaded === null) throw new Error('not loaded');
  return loaded;
}

afterEach(() => {
  delete g.wx;
  delete g.App;
  jest.dontMock('../../miniprogram/config.local');
  jest.dontMock('../../miniprogram/api/sandbox-pay');
});

describe('transport by envVersion', () => {
  it('develop with the local emulator turned on calls the emulator and does not start the cloud', async () => {
    const app = load('develop', true);
    expect(await app.call()).toEqual({ ok: true, data: { via: 'local' } });
    expect(app.wx.request.mock.calls[0][0].url).toBe('http://127.0.0.1:3000/fn/content');
    app.launch();
    expect(app.wx.cloud.init).not.toHaveBeenCalled();
  });

  it('develop without the local emulator calls the cloud environment', async () => {
    const app = load('develop', false);
    expect(await app.call()).toEqual({ ok: true, data: { via: 'cloud' } });
    expect(app.wx.request).not.toHaveBeenCalled();
  });

  it.each<EnvVersion>(['trial', 'release'])('%s always calls the cloud, even with the local emulator turned on', async (envVersion) => {
    const app = load(envVersion, true);
    app.launch();
    expect(app.wx.cloud.init).toHaveBeenCalledWith({ env: 'dynamic', traceUser: true });
    expect(await app.call()).toEqual({ ok: true, data: { via: 'cloud' } });
    expect(app.wx.cloud.callFunction).toHaveBeenCalledWith({ name: 'content', data: { action: 'listHospitals' } });
    expect(app.wx.request).not.toHaveBeenCalled();
  });

  it('an unknown or unreadable envVersion is treated as release', () => {
    const { chooseTransport } = require('../../miniprogram/config') as typeof import('../../miniprogram/config');
    expect(chooseTransport('', true)).toBe('cloud');
    expect(chooseTransport('develop', true)).toBe('local');
  });
});

describe('the release payment path', () => {
  const sandboxPayment = {
    outTradeNo: 'T1',
    sandbox: true,
    params: { timeStamp: '1', nonceStr: 'n', package: 'prepay_id=x', signType: 'RSA', paySign: 's', description: '挂号费' },
  };

  function payOn(envVersion: EnvVersion): { wx: WxFake; pay: () => Promise<unknown>; sandboxLoaded: () => boolean } {
    const wx = fakeWx(envVersion, null);
    wx.cloud.callFunction = jest.fn(async ({ data }: { data: { action: string } }) => ({
      result: data.action === 'pay' ? { ok: true, data: { payment: sandboxPayment } } : { ok: true, data: { order: { id: 'o1', status: 'unpaid' } } },
    }));
    g.wx = wx;
    let loadedSandbox = false;
    let pay: (() => Promise<unknown>) | null = null;
    jest.isolateModules(() => {
      jest.doMock('../../miniprogram/config.local', () => ({ localSettings: { localEmulator: true, localBaseUrl: 'http://127.0.0.1:3000' } }));
      jest.doMock('../../miniprogram/api/sandbox-pay', () => {
        loadedSandbox = true;
        return { sandboxSheet: async () => true };
      });
      const payment: typeof import('../../miniprogram/api/payment') = require('../../miniprogram/api/payment');
      pay = () => payment.payOrder('o1', 3500);
    });
    if (pay === null) throw new Error('not loaded');
    return { wx, pay, sandboxLoaded: () => loadedSandbox };
  }

  it.each<EnvVersion>(['trial', 'release'])('%s never loads the sandbox sheet, even when an answer claims a sandbox', async (envVersion) => {
    const run = payOn(envVersion);
    expect(await run.pay()).toEqual({ status: 'cancelled', order: { id: 'o1', status: 'unpaid' } });
    expect(run.sandboxLoaded()).toBe(false);
    expect(run.wx.requestPayment).toHaveBeenCalled();
  });

  it('payment.ts has no static import of the sandbox sheet', () => {
    const source: string = require('node:fs').readFileSync(require('node:path').join(__dirname, '../../miniprogram/api/payment.ts'), 'utf8');
    expect(source).not.toMatch(/^import[^;]*sandbox-pay/m);
  });
});
