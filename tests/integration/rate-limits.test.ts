/**
 * Calls per account and class of action in a fixed window, counted in the database
 * (backend/handlers/framework/rate-limits.ts): booking and payment tighter, reads looser.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createLocalPorts } from '../../backend/adapters/local/ports';
import { silentLogger } from '../../backend/adapters/system';
import { functions } from '../../backend/functions';
import { dispatch } from '../../backend/handlers/framework/dispatch';
import { classifiedActions, defaultRateLimits, rateLimitsFrom } from '../../backend/handlers/framework/rate-limits';
import { httpStatusOf } from '../../miniprogram/shared/errors';
import { requestIdOf } from '../support/booking-fixtures';
import { FROZEN_NOW, startLocalSystem, type LocalSystem } from '../support/local-system';

let sys: LocalSystem;

beforeEach(async () => {
  sys = await startLocalSystem();
});

const book = (openid: string, n: number) =>
  sys.call('booking', openid, { action: 'book', slotId: `slot-none-${n}`, patientId: 'pat-none', requestId: requestIdOf(n) });
const limited = { ok: false, error: { code: 'RATE_LIMITED', message: expect.stringMatching(/秒后/) } };

describe('rate limits', () => {
  it('a burst of bookings by one account is cut at the booking limit, until the window passes', async () => {
    const max = defaultRateLimits.booking.max;
    const answers = await Promise.all(Array.from({ length: max + 10 }, (_, i) => book('burst-1', i)));
    expect(answers.filter((a) => !a.ok && a.error.code === 'RATE_LIMITED')).toHaveLength(10);
    expect(answers.filter((a) => !a.ok && a.error.code === 'NOT_FOUND')).toHaveLength(max);
    expect(await book('burst-1', 999)).toMatchObject(limited);
    expect(await book('burst-2', 999)).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    sys.setNow(sys.ports.clock.now() + defaultRateLimits.booking.windowSeconds * 1000);
    expect(await book('burst-1', 1000)).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });

  it('reads are looser and counted apart from bookings', async () => {
    for (let i = 0; i < defaultRateLimits.booking.max + 1; i++) await book('burst-3', i);
    expect(defaultRateLimits.read.max).toBeGreaterThan(defaultRateLimits.booking.max);
    const reads = await Promise.all(Array.from({ length: defaultRateLimits.booking.max * 2 }, () => sys.call('patients', 'burst-3', { action: 'list' })));
    expect(reads.every((r) => r.ok)).toBe(true);
  });

  it('payments are limited too, and the limit says when to retry; locally it is HTTP 429', async () => {
    const { max, windowSeconds } = defaultRateLimits.payment;
    for (let i = 0; i < max; i++) await sys.call('orders', 'burst-4', { action: 'pay', orderId: `ord-none-${i}` });
    const res = await sys.call('orders', 'burst-4', { action: 'pay', orderId: 'ord-none-x' });
    expect(res).toMatchObject(limited);
    if (!res.ok) expect(Number(/(\d+)秒后/.exec(res.error.message)![1])).toBeLessThanOrEqual(windowSeconds);
    expect(httpStatusOf.RATE_LIMITED).toBe(429);
  });

  it('the counter lives in the database: two instances on one store share it', async () => {
    const dbFile = join(mkdtempSync(join(tmpdir(), 'pz-rate-')), 'shared.db');
    const instance = () =>
      createLocalPorts({ dbFile, filesDir: tmpdir(), baseUrl: 'http://127.0.0.1:0', clock: { now: () => FROZEN_NOW }, logger: silentLogger });
    const [a, b] = [instance(), instance()];
    const call = (ports: typeof a, n: number) =>
      dispatch(
        functions.booking,
        { action: 'book', slotId: 'slot-none', patientId: 'pat-none', requestId: requestIdOf(n) },
        { openid: 'burst-5', requestId: `r${n}` },
        ports,
      );
    const max = defaultRateLimits.booking.max;
    for (let i = 0; i < max; i++) expect(await call(i % 2 === 0 ? a : b, i)).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(await call(a, max)).toMatchObject(limited);
    expect(await call(b, max + 1)).toMatchObject(limited);
    a.db.close();
    b.db.close();
  });

  it('names only actions that exist; PEIZHEN_RATE_LIMITS turns limits off or changes a class’s maximum', () => {
    for (const name of classifiedActions()) {
      const [fn, action] = name.split('.');
      expect({ name, exists: Object.prototype.hasOwnProperty.call(functions[fn]?.actions ?? {}, action) }).toEqual({ name, exists: true });
    }
    expect(rateLimitsFrom(undefined)).toEqual(defaultRateLimits);
    expect(rateLimitsFrom('off')).toBeNull();
    expect(rateLimitsFrom('booking=5, read=1000')).toMatchObject({ booking: { max: 5 }, read: { max: 1000 }, payment: defaultRateLimits.payment });
    expect(() => rateLimitsFrom('booking=lots')).toThrow(/PEIZHEN_RATE_LIMITS/);
    expect(() => rateLimitsFrom('everything=5')).toThrow(/PEIZHEN_RATE_LIMITS/);
  });
});
