/**
 * Fingers from a mouse: pointer events on the phone screen become the touch events exparser
 * understands (touchstart, touchmove, touchend, touchcancel) and, as in WeChat, `tap` when the
 * finger lifts within 10 px of where it went down, `longpress` after 350 ms held still.
 * A real touch screen sends pointer events too, so taps are never doubled.
 */
import exparser from 'miniprogram-exparser';

// biome-ignore lint/suspicious/noExplicitAny: exparser and j-component are untyped; their objects cross here
type AnyRecord = Record<string, any>;

const MOVE_DELTA = 10;
const LONGPRESS_MS = 350;

interface TouchPoint {
  identifier: number;
  pageX: number;
  pageY: number;
  clientX: number;
  clientY: number;
  force: number;
}

/** The nearest node exparser knows (a native <input> inside wx-input → the wx-input). */
function exparserTarget(node: EventTarget | null): AnyRecord | null {
  let n = node as (Node & { __wxElement?: AnyRecord }) | null;
  while (n) {
    if (n.__wxElement) return n.__wxElement;
    n = n.parentNode as (Node & { __wxElement?: AnyRecord }) | null;
  }
  return null;
}

function dispatch(target: AnyRecord, name: string, original: Event, detail: AnyRecord, touches: TouchPoint[], changed: TouchPoint[]): void {
  exparser.Event.dispatchEvent(
    target,
    exparser.Event.create(name, detail, {
      originalEvent: original,
      bubbles: true,
      capturePhase: true,
      composed: true,
      extraFields: { touches, changedTouches: changed },
    }),
  );
}

/**
 * Bridges pointer events inside `screen`. `origin()` answers the page viewport's top-left so
 * touch coordinates are page coordinates, as WeChat reports them.
 */
export function bridgePointerEvents(screen: HTMLElement, origin: () => { left: number; top: number; scrollTop: number }): void {
  let start: { id: number; x: number; y: number; target: AnyRecord; cancelled: boolean; timer: ReturnType<typeof setTimeout> | null } | null = null;

  const point = (e: PointerEvent): TouchPoint => {
    const o = origin();
    const clientX = e.clientX - o.left;
    const clientY = e.clientY - o.top;
    return { identifier: e.pointerId, pageX: clientX, pageY: clientY + o.scrollTop, clientX, clientY, force: e.pressure };
  };

  screen.addEventListener(
    'pointerdown',
    (e) => {
      if (e.button !== 0) return;
      const target = exparserTarget(e.target);
      if (!target) return;
      const p = point(e);
      start = { id: e.pointerId, x: e.clientX, y: e.clientY, target, cancelled: false, timer: null };
      const s = start;
      s.timer = setTimeout(() => {
        if (start === s && !s.cancelled) dispatch(s.target, 'longpress', e, { x: p.pageX, y: p.pageY }, [p], [p]);
      }, LONGPRESS_MS);
      dispatch(target, 'touchstart', e, {}, [p], [p]);
    },
    true,
  );

  screen.addEventListener(
    'pointermove',
    (e) => {
      if (!start || e.pointerId !== start.id) return;
      const p = point(e);
      if (Math.abs(e.clientX - start.x) >= MOVE_DELTA || Math.abs(e.clientY - start.y) >= MOVE_DELTA) {
        start.cancelled = true;
        if (start.timer) clearTimeout(start.timer);
      }
      dispatch(start.target, 'touchmove', e, {}, [p], [p]);
    },
    true,
  );

  const end = (e: PointerEvent, cancel: boolean) => {
    if (!start || e.pointerId !== start.id) return;
    const s = start;
    start = null;
    if (s.timer) clearTimeout(s.timer);
    const p = point(e);
    dispatch(s.target, cancel ? 'touchcancel' : 'touchend', e, {}, [], [p]);
    if (!cancel && !s.cancelled) dispatch(s.target, 'tap', e, { x: p.pageX, y: p.pageY }, [], [p]);
  };
  screen.addEventListener('pointerup', (e) => end(e, false), true);
  screen.addEventListener('pointercancel', (e) => end(e, true), true);
}
