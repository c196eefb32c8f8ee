/** Many people made straight in the store, for load tests and benchmarks: one per account, valid resident IDs. */
import type { SqliteDb } from '../../adapters/local/sqlite-db';
import type { PatientDoc } from '../../domain/booking/docs';
import { residentIdCheckChar } from '../../../miniprogram/shared/validators';

/** A valid resident ID number made from a counter: 410105 1980 MM DD + sequence + check character. */
export function idNumberOf(n: number): string {
  const first17 = `4101051980${String(1 + (n % 12)).padStart(2, '0')}${String(1 + (Math.floor(n / 12) % 28)).padStart(2, '0')}${String(n % 1000).padStart(3, '0')}`;
  return first17 + residentIdCheckChar(first17);
}

export function insertPeople(db: SqliteDb, count: number, prefix: string): Array<{ openid: string; patientId: string }> {
  const docs: PatientDoc[] = Array.from({ length: count }, (_, i) => {
    const idNumber = idNumberOf(i);
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
