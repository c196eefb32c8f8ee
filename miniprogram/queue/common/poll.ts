/**
 * Polling with backoff while a page is shown: the next refresh comes after `delay`, which starts at
 * MIN and grows ×1.5 up to MAX while nothing changes, and returns to MIN when something does.
 */
export const MIN_POLL_MS = 5_000;
export const MAX_POLL_MS = 60_000;

export function nextDelay(current: number, changed: boolean): number {
  return changed ? MIN_POLL_MS : Math.min(MAX_POLL_MS, Math.round(current * 1.5));
}
