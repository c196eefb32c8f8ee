/**
 * When to ask WeChat Pay about an unpaid order whose payment sheet opened: 1, 3, 7, 15, 31 and 63
 * minutes after (the gap doubling: 1, 2, 4, 8 … minutes), and no more once two hours have passed.
 * A notice arriving later still settles the order (backend/handlers/orders/pay-notice.ts).
 */
export const FIRST_QUERY_MS = 60_000;
export const FOLLOW_UP_WINDOW_MS = 2 * 3_600_000;

/** The next time to ask after `now`, or null when it would fall outside the window. */
export function nextQueryAt(payStartedAt: number, now: number): number | null {
  let gap = FIRST_QUERY_MS;
  let due = payStartedAt + gap;
  while (due <= now) {
    gap *= 2;
    due += gap;
  }
  return due - payStartedAt <= FOLLOW_UP_WINDOW_MS ? due : null;
}
