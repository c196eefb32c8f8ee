/**
 * Request keys and rate counters expire: the nightly `schedule` timer removes keys older than
 * REQUEST_KEY_DAYS and counters whose window ended a day ago (backend/handlers/framework/guard-expiry.ts).
 */
import { REQUEST_KEY_DAYS } from '../../backend/handlers/framework/guard-expiry';
import { requestIdOf } from '../support/booking-fixtures';
import { FROZEN_NOW, startLocalSystem, type LocalSystem } from '../support/local-system';

const DAY = 86_400_000;
let sys: LocalSystem;

beforeEach(async () => {
  sys = await startLocalSystem();
});

const counts = async () => ({ requestKeys: await sys.ports.db.count('requestKeys'), rateCounters: await sys.ports.db.count('rateCounters') });
const book = (openid: string, n: number, slotId = 'slot-none') =>
  sys.call('booking', openid, { action: 'book', slotId, patientId: 'pat-demo-zhang', requestId: requestIdOf(n) });

describe('guard expiry', () => {
  it('keeps what is recent, removes what has expired, and a purged key and counter start afresh', async () => {
    // A refused call frees its key: make keys that stay by adding family members.
    const add = (openid: string, n: number, idNumber: string) =>
      sys.ok('patients', openid, {
        action: 'add',
        name: '钱多多',
        idType: 'passport',
        idNumber,
        phone: '13800001111',
        relation: 'other',
        requestId: requestIdOf(n),
      });
    await add('expiry-old', 1, 'E1000001');
    await book('expiry-old', 2);
    expect(await counts()).toEqual({ requestKeys: 1, rateCounters: 2 });

    sys.setNow(FROZEN_NOW + (REQUEST_KEY_DAYS - 1) * DAY);
    await add('expiry-new', 3, 'E1000002');
    await sys.runTimer('schedule');
    // The old counters' windows ended days ago; the old key is younger than REQUEST_KEY_DAYS.
    expect(await counts()).toEqual({ requestKeys: 2, rateCounters: 1 });

    sys.setNow(FROZEN_NOW + (REQUEST_KEY_DAYS + 1) * DAY);
    const purged = (await sys.runTimer('schedule')) as { purged: { requestKeys: number; rateCounters: number } };
    expect(purged.purged).toEqual({ requestKeys: 1, rateCounters: 1 });
    expect(await counts()).toEqual({ requestKeys: 1, rateCounters: 0 });

    // After expiry the account is counted from zero and its old key binds anew.
    expect(await book('expiry-old', 2, 'slot-other')).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(await sys.ports.db.count('rateCounters')).toBe(1);
  });
});
