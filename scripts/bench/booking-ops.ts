/**
 * Database operations per successful booking, counted by an instrumented Db around the real local
 * store (every document read and written, inside transactions too), over bookings of distinct
 * patients at open slots. What matters for bursts is that the one shared document, the slot, is
 * touched by one conditional update; the transaction reads and writes only the patient's own
 * documents (the appointment and its limits). The dispatcher's own guards (the requestId's key, the
 * account's rate counter) are counted apart.
 */
import { createLocalPorts } from '../../backend/adapters/local/ports';
import { silentLogger } from '../../backend/adapters/system';
import { seedIfEmpty } from '../../backend/dev-server/seed';
import { bookingFunction } from '../../backend/handlers/booking';
import { dispatch } from '../../backend/handlers/framework/dispatch';
import { RATE_COUNTERS } from '../../backend/handlers/framework/rate-limits';
import { REQUEST_KEYS } from '../../backend/handlers/framework/request-keys';
import { shanghaiInstant } from '../../miniprogram/shared/time';
import type { SlotDoc } from '../../backend/domain/scheduling/docs';
import { CountingDb } from './counting-db';
import { insertPeople } from '../../backend/dev-server/seed/generated-people';

export async function bookingOpsBench(): Promise<string[]> {
  const now = shanghaiInstant('2026-11-25', '09:30');
  const ports = createLocalPorts({
    dbFile: ':memory:',
    filesDir: '/tmp/peizhen-bench',
    baseUrl: 'http://127.0.0.1',
    clock: { now: () => now },
    logger: silentLogger,
  });
  await seedIfEmpty(ports.db, now);
  const people = insertPeople(ports.db, 200, 'ops');
  const slots = await ports.db.find<SlotDoc>('slots', { where: { hospitalId: 'h-zzcentral', ownerType: 'doctor', date: '2026-11-27' }, limit: 100 });
  const counting = new CountingDb(ports.db, [REQUEST_KEYS, RATE_COUNTERS]);
  const counted = { ...ports, db: counting };
  let ok = 0;
  for (let i = 0; i < people.length; i++) {
    const slot = slots[i % slots.length];
    const before = {
      reads: counting.reads,
      writes: counting.writes,
      guardReads: counting.guardReads,
      guardWrites: counting.guardWrites,
      transactions: counting.transactions,
    };
    const res = await dispatch(
      bookingFunction,
      { action: 'book', slotId: slot._id, patientId: people[i].patientId, requestId: `bench-ops-${i}` },
      { openid: people[i].openid, requestId: `b${i}` },
      counted,
    );
    if (res.ok) ok++;
    else {
      Object.assign(counting, before);
    }
  }
  ports.db.close();
  const reads = counting.reads / ok;
  const writes = counting.writes / ok;
  return [
    `successful bookings counted: ${ok}`,
    `document reads per booking:  ${reads.toFixed(2)}  (the patient, the slot and the person's no-shows; in the transaction the appointment id and each limit)`,
    `document writes per booking: ${writes.toFixed(2)}  (the slot's conditional update; in the transaction the appointment and each limit)`,
    `transactions per booking:    ${(counting.transactions / ok).toFixed(2)}  (over the patient's own documents only; none touches the slot)`,
    `and the dispatcher's guards per booking (requestId key, rate counter; a first call in a window costs most): ${(counting.guardReads / ok).toFixed(2)} reads, ${(counting.guardWrites / ok).toFixed(2)} writes`,
  ];
}
