/**
 * The dispatcher's guards do not grow without end: the nightly `schedule` timer removes request
 * keys older than REQUEST_KEY_DAYS (a client retries a request within minutes; each action also
 * keys its own writes by the requestId) and rate counters whose window ended a day ago or more
 * (a counter whose window has passed counts nothing). Both are found by an index on their time.
 */
import type { Db } from '../../ports';
import { RATE_COUNTERS } from './rate-limits';
import { REQUEST_KEYS } from './request-keys';

export const REQUEST_KEY_DAYS = 7;
const DAY = 86_400_000;

export async function purgeExpiredGuards(db: Db, now: number): Promise<{ requestKeys: number; rateCounters: number }> {
  const requestKeys = await db.remove(REQUEST_KEYS, { createdAt: { lt: now - REQUEST_KEY_DAYS * DAY } });
  const rateCounters = await db.remove(RATE_COUNTERS, { windowStart: { lt: now - DAY } });
  return { requestKeys, rateCounters };
}
