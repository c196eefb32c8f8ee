/** Many people made straight in the store, for load tests and benchmarks: one per account, valid resident IDs. */
import { createHash } from 'node:crypto';
import type { SqliteDb } from '../../adapters/local/sqlite-db';
import type { PatientDoc } from '../../domain/booking/docs';
import { residentIdCheckChar } from '../../../miniprogram/shared/validators';

/** A valid resident ID number made from a counter: region (410105) 1980 MM DD + sequence + check character. */
export function idNumberOf(n: number, region = '410105'): string {
  const first17 = `${region}1980${String(1 + (n % 12)).padStart(2, '0')}${String(1 + (Math.floor(n / 12) % 28)).padStart(2, '0')}${String(n % 1000).padStart(3, '0')}`;
  return first17 + residentIdCheckChar(first17);
}

/**
 * People of one prefix are distinct persons, and people of two prefixes almost surely too: the
 * region digits come from the prefix (limits and no-shows count the person, docs/booking.md).
 */
export function insertPeople(db: SqliteDb, count: number, prefix: string): Array<{ openid: string; patientId: string }> {
  const region = `41${String(parseInt(createHash('sha256').update(prefix).digest('hex').slice(0, 8), 16) % 10_000).padStart(4, '0')}`;
  const docs: PatientDoc[] = Array.from({ length: count }, (_, i) => {
    const idNumber = idNumberOf(i, region);
    const openid = `${prefix}-user-${i}`;
    return {
      _id: `pat-${prefix}-${i}`,
      openid,
      ownerSlot: `${openid}|1`,
      documentKey: `${openid}|resident_id|${idNumber}`,
      name: '压测患者',
      idType: 'resident_id',
      idNumber,
      phone: '13800000000',
      relation: 'self',
      birthDate: '1980-01-01',
      sex: 'male',
      noShows: [],
      requestId: `bench-${prefix}-${i}`,
      createdAt: 0,
      updatedAt: 0,
    };
  });
  db.insertMany('patients', docs);
  return docs.map((d) => ({ openid: d.openid, patientId: d._id }));
}
