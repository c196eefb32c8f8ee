/**
 * What the preview measures: every setData payload (bytes of its JSON, as WeChat counts what
 * crosses from the logic layer to the view) and when a navigation has finished rendering — no
 * request in flight and no setData for a quiet moment; the time is that of the last paint before.
 */
import type { ComponentMeta } from '../build';

export interface SetDataRecord {
  path: string;
  page: boolean;
  bytes: number;
  keys: string[];
  at: number;
}

export interface NavigationTiming {
  route: string;
  kind: string;
  startedAt: number;
  /** ms from the navigation call to the last paint before the page went idle. */
  completeMs: number | null;
}

const encoder = new TextEncoder();
const QUIET_MS = 120;

const KEPT = 'pz.preview.largestSetData';

/** The largest payloads survive a reload of the preview (sessionStorage), so a journey that restarts the app keeps them. */
function kept(): { any: SetDataRecord | null; page: SetDataRecord | null } {
  try {
    return { any: null, page: null, ...(JSON.parse(sessionStorage.getItem(KEPT) ?? '{}') as object) };
  } catch {
    return { any: null, page: null };
  }
}

class Metrics {
  largest: SetDataRecord | null = kept().any;
  largestPage: SetDataRecord | null = kept().page;
  count = 0;
  totalBytes = 0;
  requestsInFlight = 0;
  lastActivity = performance.now();
  lastPaint = performance.now();
  navigations: NavigationTiming[] = [];
  private current: NavigationTiming | null = null;
  private idleTimer: ReturnType<typeof setTimeout> | null = null;
  private idleWaiters: Array<() => void> = [];

  recordSetData(meta: ComponentMeta, data: Record<string, unknown>): void {
    let bytes = 0;
    try {
      bytes = encoder.encode(JSON.stringify(data) ?? '').length;
    } catch {
      bytes = -1;
    }
    const record: SetDataRecord = { path: meta.path, page: meta.page, bytes, keys: Object.keys(data ?? {}).slice(0, 8), at: performance.now() };
    this.count += 1;
    this.totalBytes += Math.max(0, bytes);
    let changed = false;
    if (!this.largest || bytes > this.largest.bytes) {
      this.largest = record;
      changed = true;
    }
    if (meta.page && (!this.largestPage || bytes > this.largestPage.bytes)) {
      this.largestPage = record;
      changed = true;
    }
    if (changed) {
      try {
        sessionStorage.setItem(KEPT, JSON.stringify({ any: this.largest, page: this.largestPage }));
      } catch {
        // storage unavailable: kept for this document only
      }
    }
    this.activity();
  }

  requestStarted(): void {
    this.requestsInFlight += 1;
    this.activity();
  }

  requestEnded(): void {
    this.requestsInFlight = Math.max(0, this.requestsInFlight - 1);
    this.activity();
  }

  navigationStarted(route: string, kind: string): void {
    this.current = { route, kind, startedAt: performance.now(), completeMs: null };
    this.navigations.push(this.current);
    if (this.navigations.length > 200) this.navigations.shift();
    this.activity();
  }

  /** Something changed: remember the next paint, and look for idleness after a quiet moment. */
  activity(): void {
    this.lastActivity = performance.now();
    requestAnimationFrame(() => {
      setTimeout(() => {
        this.lastPaint = performance.now();
      }, 0);
    });
    if (this.idleTimer) clearTimeout(this.idleTimer);
    this.idleTimer = setTimeout(() => this.checkIdle(), QUIET_MS);
  }

  private checkIdle(): void {
    this.idleTimer = null;
    if (this.requestsInFlight > 0 || performance.now() - this.lastActivity < QUIET_MS) {
      this.idleTimer = setTimeout(() => this.checkIdle(), QUIET_MS / 2);
      return;
    }
    if (this.current && this.current.completeMs === null) {
      this.current.completeMs = Math.round((this.lastPaint - this.current.startedAt) * 10) / 10;
    }
    const waiters = this.idleWaiters;
    this.idleWaiters = [];
    waiters.forEach((w) => w());
  }

  get idle(): boolean {
    return this.requestsInFlight === 0 && this.idleTimer === null;
  }

  /** Resolves once nothing has happened for a quiet moment (no request, no setData). */
  waitIdle(): Promise<void> {
    if (this.idle) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  snapshot(): Record<string, unknown> {
    return {
      largestSetData: this.largest,
      largestPageSetData: this.largestPage,
      setDataCount: this.count,
      setDataBytes: this.totalBytes,
      navigations: this.navigations.slice(),
    };
  }

  reset(): void {
    sessionStorage.removeItem(KEPT);
    this.largest = null;
    this.largestPage = null;
    this.count = 0;
    this.totalBytes = 0;
    this.navigations = [];
  }
}

export const metrics = new Metrics();
