/**
 * wx.createAnimation: builds the `{ actions: [{ animates, option }] }` object WeChat's view layer
 * (and j-component's `animation` attribute) plays step by step. Steps advance on a timer (the
 * patched j-component calls `__pzNextAnimationStep`), since a step that changes nothing fires no
 * transitionend in a browser.
 */
type Animate = { type: string; args: unknown[] };
interface StepOptions {
  duration?: number;
  timingFunction?: string;
  delay?: number;
  transformOrigin?: string;
}

const px = (v: unknown) => (typeof v === 'number' ? `${v}px` : String(v));

export function createAnimation(defaults: StepOptions = {}): Record<string, unknown> {
  let current: Animate[] = [];
  let actions: Array<{ animates: Animate[]; option: Record<string, unknown> }> = [];
  const base = { duration: 400, timingFunction: 'linear', delay: 0, transformOrigin: '50% 50% 0', ...defaults };
  const api: Record<string, unknown> = {};
  const style = (name: string) => (value: unknown) => {
    current.push({ type: 'style', args: [name, px(value)] });
    return api;
  };
  const transform =
    (type: string) =>
    (...args: unknown[]) => {
      current.push({ type, args });
      return api;
    };
  for (const name of ['width', 'height', 'left', 'right', 'top', 'bottom']) api[name] = style(name);
  api.opacity = (v: unknown) => {
    current.push({ type: 'style', args: ['opacity', String(v)] });
    return api;
  };
  api.backgroundColor = (v: unknown) => {
    current.push({ type: 'style', args: ['background-color', String(v)] });
    return api;
  };
  for (const t of [
    'matrix',
    'matrix3d',
    'rotate',
    'rotate3d',
    'rotateX',
    'rotateY',
    'rotateZ',
    'scale',
    'scale3d',
    'scaleX',
    'scaleY',
    'scaleZ',
    'skew',
    'skewX',
    'skewY',
    'translate',
    'translate3d',
    'translateX',
    'translateY',
    'translateZ',
  ]) {
    api[t] = transform(t);
  }
  api.step = (o: StepOptions = {}) => {
    const opt = { ...base, ...o };
    actions.push({
      animates: current,
      option: { transformOrigin: opt.transformOrigin, transition: { duration: opt.duration, timingFunction: opt.timingFunction, delay: opt.delay } },
    });
    current = [];
    return api;
  };
  api.export = () => {
    const out = { actions };
    actions = [];
    return out;
  };
  return api;
}

/** Called by the patched j-component after applying one step: plays the next after its duration. */
export function installAnimationStepper(): void {
  (globalThis as Record<string, unknown>).__pzNextAnimationStep = (
    node: Record<string, unknown>,
    action: { option?: { transition?: { duration?: number; delay?: number } } },
    next: () => void,
  ) => {
    const token = ((node.__pzAnimToken as number | undefined) ?? 0) + 1;
    node.__pzAnimToken = token;
    const t = (action && action.option && action.option.transition) || {};
    setTimeout(
      () => {
        if (node.__pzAnimToken === token) next();
      },
      (Number(t.duration) || 0) + (Number(t.delay) || 0) + 16,
    );
  };
}
