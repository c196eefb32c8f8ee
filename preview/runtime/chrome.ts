/**
 * The frame around the app: a 375 × 812 phone screen (status bar, navigation bar with the WeChat
 * capsule, the page area, the tab bar, overlays) and, beside it, a panel to switch the demo
 * identity, open any page, pull to refresh, and see errors and setData figures.
 * `?bare` (or a window narrower than 700 px) shows the phone screen alone, at the top left — what
 * the browser tests screenshot.
 */
import { manifest } from 'pz:app';
import { demoIdentityOptions } from '../../miniprogram/pages/me/demo-identities';
import type { AppManifest } from '../build';
import { SCREEN } from './env';
import { appBase } from './urls';

export interface Chrome {
  screen: HTMLElement;
  pages: HTMLElement;
  navbar: HTMLElement;
  navTitle: HTMLElement;
  navBack: HTMLElement;
  navHome: HTMLElement;
  navRefresh: HTMLElement;
  navLoading: HTMLElement;
  tabbar: HTMLElement;
  overlays: HTMLElement;
  panel: {
    route: HTMLElement;
    identity: HTMLSelectElement;
    open: HTMLFormElement;
    openInput: HTMLInputElement;
    errors: HTMLElement;
    figures: HTMLElement;
    refresh: HTMLButtonElement;
    back: HTMLButtonElement;
    restart: HTMLButtonElement;
  };
}

const app = (manifest as AppManifest).app;
export const IDENTITY_KEY = 'peizhen.demoOpenid';

function el<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Record<string, string> = {}, ...children: Array<Node | string>): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
  e.append(...children);
  return e;
}

export function currentIdentity(): string {
  const raw = localStorage.getItem(IDENTITY_KEY);
  if (raw === null) return 'demo-patient';
  try {
    return String(JSON.parse(raw));
  } catch {
    return raw;
  }
}

export function buildChrome(bare: boolean): Chrome {
  document.body.classList.add(bare ? 'pz-bare' : 'pz-framed');
  const navBack = el('button', { id: 'pz-nav-back', type: 'button', 'aria-label': '返回', title: '返回 (navigateBack)' }, '‹');
  const navHome = el('button', { id: 'pz-nav-home', type: 'button', 'aria-label': '回首页', title: '回首页 (reLaunch)' }, '⌂');
  const navRefresh = el('button', { id: 'pz-nav-refresh', type: 'button', 'aria-label': '下拉刷新', title: '下拉刷新 (onPullDownRefresh)' }, '↻');
  const navTitle = el('div', { id: 'pz-nav-title' });
  const navLoading = el('span', { id: 'pz-nav-loading', 'aria-hidden': 'true' });
  const capsule = el('div', { id: 'pz-capsule', 'aria-hidden': 'true' }, el('span', {}, '···'), el('i'), el('span', {}, '◎'));
  const navbar = el('div', { id: 'pz-navbar' }, el('div', { id: 'pz-nav-left' }, navBack, navHome, navRefresh), navLoading, navTitle, capsule);
  const status = el(
    'div',
    { id: 'pz-status', 'aria-hidden': 'true' },
    el('span', {}, '9:41'),
    el('span', { class: 'pz-sb-right' }, el('i', { class: 'pz-signal' }, el('b'), el('b'), el('b'), el('b')), '5G', el('i', { class: 'pz-battery' })),
  );
  const pages = el('div', { id: 'pz-pages' });
  const tabbar = el('div', { id: 'pz-tabbar', role: 'tablist' });
  for (const item of app.tabBar?.list ?? []) {
    // With icons, WeChat draws the icon (27 px) above a 10 px label; without, the label alone at 14 px.
    const icon = item.iconPath
      ? [
          el('img', {
            class: 'pz-tab-icon',
            alt: '',
            'data-icon': `${appBase()}/${item.iconPath}`,
            'data-selected-icon': `${appBase()}/${item.selectedIconPath ?? item.iconPath}`,
            src: `${appBase()}/${item.iconPath}`,
          }),
        ]
      : [];
    const tab = el(
      'button',
      { type: 'button', role: 'tab', 'data-tab': item.pagePath, class: icon.length ? 'pz-tab pz-tab-with-icon' : 'pz-tab' },
      ...icon,
      el('span', { class: 'pz-tab-text' }, item.text),
    );
    tabbar.appendChild(tab);
  }
  const overlays = el('div', { id: 'pz-overlays' });
  const screen = el('div', { id: 'pz-screen', style: `width:${SCREEN.width}px;height:${SCREEN.height}px` }, status, navbar, pages, tabbar, overlays);
  const phone = el('div', { id: 'pz-phone' }, screen);

  const identity = el('select', { id: 'pz-identity', 'aria-label': '演示身份' });
  for (const o of demoIdentityOptions) identity.appendChild(el('option', { value: o.openid }, `${o.description}（${o.openid}）`));
  identity.value = currentIdentity();
  const route = el('code', { id: 'pz-route' });
  const openInput = el('input', { id: 'pz-open-input', placeholder: '/previsit/doctor/index?id=doc-zz-001', 'aria-label': '打开页面', list: 'pz-page-list' });
  const datalist = el('datalist', { id: 'pz-page-list' });
  for (const p of app.pages) datalist.appendChild(el('option', { value: `/${p}` }));
  const open = el('form', { id: 'pz-open' }, openInput, el('button', { type: 'submit' }, '打开 (reLaunch)'), datalist);
  const back = el('button', { type: 'button', id: 'pz-panel-back' }, '返回');
  const refresh = el('button', { type: 'button', id: 'pz-panel-refresh' }, '下拉刷新');
  const restart = el('button', { type: 'button', id: 'pz-panel-restart' }, '重启小程序');
  const errors = el('ol', { id: 'pz-errors' });
  const figures = el('div', { id: 'pz-figures' });
  const panel = el(
    'aside',
    { id: 'pz-panel' },
    el('h1', {}, '智慧陪诊 · 浏览器预览'),
    el('p', { class: 'pz-hint' }, '页面、样式和脚本与发布到微信的相同（官方 WXML/WXSS 编译器），数据来自本地模拟器。'),
    el('label', { for: 'pz-identity' }, '演示身份（切换后重启小程序）'),
    identity,
    el('div', { class: 'pz-row' }, el('span', {}, '当前页面 '), route),
    el('div', { class: 'pz-row' }, back, refresh, restart),
    open,
    el('h2', {}, 'setData'),
    figures,
    el('h2', {}, '错误'),
    errors,
    el('p', { class: 'pz-hint' }, '与微信的差别见 README「Preview in a browser」。'),
  );
  const host = el('div', { id: 'pz-host' }, phone, bare ? '' : panel);
  document.body.appendChild(host);
  return {
    screen,
    pages,
    navbar,
    navTitle,
    navBack,
    navHome,
    navRefresh,
    navLoading,
    tabbar,
    overlays,
    panel: { route, identity, open, openInput, errors, figures, refresh, back, restart },
  };
}
