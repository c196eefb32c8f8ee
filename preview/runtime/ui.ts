/**
 * The client's own overlays, drawn inside the phone screen as plain DOM (real <button>s, so a
 * mouse, a keyboard and Playwright's getByRole all work): toast and loading (one slot, as in
 * WeChat), modal, action sheet, and notices/sheets for what the browser stands in for (a phone
 * call, a map app, the payment sheet, the subscribe-message dialog).
 */

let root: HTMLElement;

export function mountOverlays(el: HTMLElement): void {
  root = el;
}

function h<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  el.className = className;
  if (text !== undefined) el.textContent = text;
  return el;
}

// ---- toast / loading ------------------------------------------------------------------------

let toastEl: HTMLElement | null = null;
let toastTimer: ReturnType<typeof setTimeout> | null = null;

function clearToast(): void {
  if (toastTimer) clearTimeout(toastTimer);
  toastTimer = null;
  toastEl?.remove();
  toastEl = null;
}

export function showToast(o: { title?: string; icon?: string; image?: string; duration?: number; mask?: boolean }, loading = false): void {
  clearToast();
  const icon = loading ? 'loading' : (o.icon ?? 'success');
  const wrap = h('div', `pz-toast-wrap${o.mask ? ' pz-mask-clear' : ''}`);
  const box = h('div', `pz-toast ${icon === 'none' && !o.image ? 'pz-toast-text' : 'pz-toast-icon'}`);
  box.setAttribute('role', loading ? 'progressbar' : 'status');
  box.setAttribute('aria-live', 'polite');
  box.setAttribute('data-kind', loading ? 'loading' : 'toast');
  if (o.image) {
    const img = h('img', 'pz-toast-image');
    img.src = o.image;
    box.appendChild(img);
  } else if (icon !== 'none') {
    box.appendChild(h('div', `pz-toast-glyph pz-glyph-${icon}`, icon === 'success' ? '✓' : icon === 'error' ? '✕' : ''));
  }
  box.appendChild(h('div', 'pz-toast-title', o.title ?? ''));
  wrap.appendChild(box);
  root.appendChild(wrap);
  toastEl = wrap;
  if (!loading) toastTimer = setTimeout(clearToast, o.duration ?? 1500);
}

export function hideToast(): void {
  if (toastEl && toastEl.querySelector('[data-kind="toast"]')) clearToast();
}

export function hideLoading(): void {
  if (toastEl && toastEl.querySelector('[data-kind="loading"]')) clearToast();
}

// ---- dialogs --------------------------------------------------------------------------------

interface DialogButton<T> {
  text: string;
  value: T;
  color?: string;
  primary?: boolean;
  className?: string;
}

/** A centred dialog; resolves with the value of the button pressed. */
function dialog<T>(o: {
  title?: string;
  content?: string | Node;
  kind: string;
  buttons: Array<DialogButton<T>>;
  input?: HTMLInputElement | HTMLTextAreaElement;
}): Promise<T> {
  return new Promise((resolve) => {
    const mask = h('div', `pz-mask pz-${o.kind}-mask`);
    const box = h('div', `pz-dialog pz-${o.kind}`);
    box.setAttribute('role', 'dialog');
    box.setAttribute('aria-modal', 'true');
    if (o.title) {
      const title = h('div', 'pz-dialog-title', o.title);
      title.id = `pz-dialog-title-${Date.now()}`;
      box.setAttribute('aria-labelledby', title.id);
      box.appendChild(title);
    }
    if (o.content !== undefined && o.content !== '') {
      const content = h('div', 'pz-dialog-content');
      if (typeof o.content === 'string') content.textContent = o.content;
      else content.appendChild(o.content);
      box.appendChild(content);
    }
    if (o.input) box.appendChild(o.input);
    const row = h('div', 'pz-dialog-buttons');
    for (const b of o.buttons) {
      const btn = h('button', `pz-dialog-button${b.primary ? ' pz-primary' : ''}${b.className ? ` ${b.className}` : ''}`, b.text);
      btn.type = 'button';
      if (b.color) btn.style.color = b.color;
      btn.addEventListener('click', () => {
        mask.remove();
        resolve(b.value);
      });
      row.appendChild(btn);
    }
    box.appendChild(row);
    mask.appendChild(box);
    root.appendChild(mask);
    (box.querySelector('.pz-primary') as HTMLButtonElement | null)?.focus({ preventScroll: true });
  });
}

export function showModal(o: {
  title?: string;
  content?: string;
  showCancel?: boolean;
  cancelText?: string;
  cancelColor?: string;
  confirmText?: string;
  confirmColor?: string;
  editable?: boolean;
  placeholderText?: string;
}): Promise<{ confirm: boolean; cancel: boolean; content?: string }> {
  const input = o.editable ? h('textarea', 'pz-dialog-input') : undefined;
  if (input) {
    input.placeholder = o.placeholderText ?? '';
    input.value = o.content ?? '';
  }
  const buttons: Array<DialogButton<boolean>> = [];
  if (o.showCancel !== false) buttons.push({ text: o.cancelText || '取消', value: false, color: o.cancelColor || '#000000', className: 'pz-modal-cancel' });
  buttons.push({ text: o.confirmText || '确定', value: true, color: o.confirmColor || '#576B95', primary: true, className: 'pz-modal-confirm' });
  return dialog({ title: o.title, content: o.editable ? undefined : o.content, kind: 'modal', buttons, input }).then((confirm) =>
    input ? { confirm, cancel: !confirm, content: input.value } : { confirm, cancel: !confirm },
  );
}

/** A bottom sheet with choices; resolves with the index chosen, or -1 for cancel. */
export function showActionSheet(o: { itemList: string[]; itemColor?: string; alertText?: string }): Promise<number> {
  return new Promise((resolve) => {
    const mask = h('div', 'pz-mask pz-sheet-mask');
    const sheet = h('div', 'pz-sheet pz-action-sheet');
    sheet.setAttribute('role', 'dialog');
    sheet.setAttribute('aria-modal', 'true');
    if (o.alertText) sheet.appendChild(h('div', 'pz-sheet-alert', o.alertText));
    const done = (i: number) => {
      mask.remove();
      resolve(i);
    };
    o.itemList.forEach((text, i) => {
      const b = h('button', 'pz-sheet-item', text);
      b.type = 'button';
      if (o.itemColor) b.style.color = o.itemColor;
      b.addEventListener('click', () => done(i));
      sheet.appendChild(b);
    });
    const cancel = h('button', 'pz-sheet-item pz-sheet-cancel', '取消');
    cancel.type = 'button';
    cancel.addEventListener('click', () => done(-1));
    sheet.appendChild(cancel);
    mask.addEventListener('click', (e) => e.target === mask && done(-1));
    mask.appendChild(sheet);
    root.appendChild(mask);
  });
}

/**
 * A bottom sheet that explains what WeChat would do here and offers the choices it would offer
 * (for makePhoneCall, openLocation, the payment sheet …). Resolves with the value chosen.
 */
export function showNotice<T>(o: {
  kind: string;
  title: string;
  lines: string[];
  buttons: Array<DialogButton<T>>;
  link?: { href: string; text: string };
}): Promise<T> {
  return new Promise((resolve) => {
    const mask = h('div', `pz-mask pz-sheet-mask pz-${o.kind}-mask`);
    const sheet = h('div', `pz-sheet pz-notice pz-${o.kind}`);
    sheet.setAttribute('role', 'dialog');
    sheet.setAttribute('aria-modal', 'true');
    sheet.setAttribute('aria-label', o.title);
    sheet.appendChild(h('div', 'pz-notice-title', o.title));
    for (const line of o.lines) sheet.appendChild(h('div', 'pz-notice-line', line));
    if (o.link) {
      const a = h('a', 'pz-notice-link', o.link.text);
      a.href = o.link.href;
      a.target = '_blank';
      a.rel = 'noopener';
      sheet.appendChild(a);
    }
    const row = h('div', 'pz-notice-buttons');
    for (const b of o.buttons) {
      const btn = h('button', `pz-dialog-button${b.primary ? ' pz-primary' : ''}${b.className ? ` ${b.className}` : ''}`, b.text);
      btn.type = 'button';
      btn.addEventListener('click', () => {
        mask.remove();
        resolve(b.value);
      });
      row.appendChild(btn);
    }
    sheet.appendChild(row);
    mask.appendChild(sheet);
    root.appendChild(mask);
  });
}

/** A short line at the top of the screen that fades (e.g. "使用演示位置"). */
export function flash(text: string): void {
  const el = h('div', 'pz-flash', text);
  el.setAttribute('role', 'status');
  root.appendChild(el);
  setTimeout(() => el.remove(), 2500);
}
