/**
 * What miniprogram-simulate lacks: `groupSetData` on every component, the page
 * globals, and a `wx` whose platform calls are jest mocks that tests can inspect.
 */
import { deserialize, serialize } from 'node:v8';
import simulate from 'miniprogram-simulate';

type Fn = jest.Mock;

function platformMock(): Record<string, Fn> {
  const storage = new Map<string, unknown>();
  return {
    navigateTo: jest.fn(),
    redirectTo: jest.fn(),
    switchTab: jest.fn(),
    navigateBack: jest.fn(),
    reLaunch: jest.fn(),
    showToast: jest.fn(),
    showLoading: jest.fn(),
    hideLoading: jest.fn(),
    showModal: jest.fn((opts: { success?: (r: { confirm: boolean; cancel: boolean }) => void }) => opts.success?.({ confirm: true, cancel: false })),
    stopPullDownRefresh: jest.fn(),
    makePhoneCall: jest.fn(),
    openLocation: jest.fn(),
    setNavigationBarTitle: jest.fn(),
    getStorageSync: jest.fn((key: string) => (storage.has(key) ? storage.get(key) : '')),
    setStorageSync: jest.fn((key: string, value: unknown) => void storage.set(key, value)),
    request: jest.fn(),
    getAccountInfoSync: jest.fn(() => ({ miniProgram: { appId: 'touristappid', envVersion: 'develop', version: '' } })),
    getLocation: jest.fn((opts: { success?: (r: { latitude: number; longitude: number }) => void }) =>
      opts.success?.({ latitude: 34.7925, longitude: 113.6654 }),
    ),
    chooseLocation: jest.fn((opts: { success?: (r: { latitude: number; longitude: number; name: string; address: string }) => void }) =>
      opts.success?.({ latitude: 34.7925, longitude: 113.6654, name: '花园路100号院', address: '河南省郑州市金水区花园路100号' }),
    ),
    requestSubscribeMessage: jest.fn((opts: { tmplIds: string[]; success?: (r: Record<string, string>) => void }) =>
      opts.success?.(Object.fromEntries(opts.tmplIds.map((id) => [id, 'accept']))),
    ),
  };
}

const g = globalThis as unknown as Record<string, unknown>;
const base = (g.wx ?? {}) as Record<string, unknown>;
g.wx = Object.assign(base, platformMock(), {
  cloud: { init: jest.fn(), callFunction: jest.fn(), DYNAMIC_CURRENT_ENV: 'dynamic' },
});
// jsdom lacks structuredClone, which the backend (run in-process by page tests) uses.
if (typeof g.structuredClone !== 'function') g.structuredClone = (value: unknown) => deserialize(serialize(value));
g.getCurrentPages = () => [];
g.getApp = () => ({ globalData: {} });

// Vant groups updates with groupSetData when the base library has it; run the group at once.
type Options = { methods?: Record<string, unknown> };
const register = g.Component as (options: Options) => unknown;
g.Component = (options: Options) => register({ ...options, methods: { groupSetData: (cb: () => void) => cb(), ...options.methods } });
void simulate;
