/**
 * The device the preview pretends to be: a 375 × 812 phone (iPhone X geometry) running base library
 * 3.7.0, as in project.config.json. rpx follows WeChat's own rule (wcsc's transformRPX): 750 rpx =
 * the screen width, floored, and never less than 1 px for a non-zero value.
 */
export const SCREEN = { width: 375, height: 812, pixelRatio: 2 };
export const STATUS_BAR = 44;
export const NAV_BAR = 44;
export const TAB_BAR = 50;
export const SAFE_BOTTOM = 34;
export const SDK_VERSION = '3.7.0';

const BASE_DEVICE_WIDTH = 750;
const EPS = 1e-4;

/** One rpx value in px, as WeChat computes it on Android (no 0.5 px hairlines). */
export function rpxToPx(value: number): number {
  if (value === 0) return 0;
  let px = (value / BASE_DEVICE_WIDTH) * SCREEN.width;
  px = px < 0 ? Math.ceil(px - EPS) : Math.floor(px + EPS);
  if (px === 0) return value < 0 ? -1 : 1;
  return px;
}

/** rpx inside style attributes (`style="width: {{w}}rpx"`). */
export function rpxInStyle(style: string): string {
  return String(style).replace(/(-?\d*\.?\d+)rpx/gi, (_all, n: string) => `${rpxToPx(Number(n))}px`);
}

/** The page area of the current page (below the navigation bar, above the tab bar). */
export interface Viewport {
  width: number;
  height: number;
  scrollTop: number;
  top: number;
  left: number;
}

export function windowHeight(withTabBar: boolean): number {
  return SCREEN.height - STATUS_BAR - NAV_BAR - (withTabBar ? TAB_BAR + SAFE_BOTTOM : 0);
}
