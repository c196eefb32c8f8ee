/**
 * Database operations per successful booking (goal: at most 2 writes and 2 reads), counted by an
 * instrumented Db around the real local store, over bookings of distinct patients at open slots.
 * The dispatcher's own guards (the requestId's key, the account's rate counter) are counted apart.
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
  const ports = createLocalPorts({ dbFile: ':memory:', filesDir: '/tmp/peizhen-bench', baseUrl: 'http://127.0.0.1', clock: { now: () => now }, logger: silentLogger });
  await seedIfEmpty(ports.db, now);
  const people = insertPeople(ports.db, 200, 'ops');
  const slots = await ports.db.find<SlotDoc>('slots', { where: { hospitalId: 'h-zzcentral', ownerType: 'doctor', date: '2026-11-27' }, limit: 100 });
  const counting = new CountingDb(ports.db, [REQUEST_KEYS, RATE_COUNTERS]);
  const counted = { ...ports, db: counting };
  let ok = 0;
  for (let i = 0; i < people.length; i++) {
    const slot = slots[i % slots.length];
    const before = { reads: counting.reads, writes: counting.writes, guardReads: counting.guardReads, guardWrites: counting.guardWrites };
    const res = await dispatch(bookingFunction, { action: 'book', slotId: slot._id, patientId: people[i].patientId, requestId: `bench-ops-${i}` }, { openid: people[i].openid, requestId: `b${i}` }, counted);
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
    `reads per booking:  ${reads.toFixed(2)}  (goal ≤ 2: ${reads <= 2 ? 'OK' : 'OVER'} — the patient and the slot)`,
    `writes per booking: ${writes.toFixed(2)}  (goal ≤ 2: ${writes <= 2 ? 'OK' : 'OVER'})`,
    `and the dispatcher's guards per booking (requestId key, rate counter; a first call in a window costs most): ${(counting.guardReads / ok).toFixed(2)} reads, ${(counting.guardWrites / ok).toFixed(2)} writes`,
  ];
}
