/** Helpers for booking tests: find slots, make people, read places. */
import type { SlotView } from '../../miniprogram/shared/dto/booking';
import { residentIdCheckChar } from '../../miniprogram/shared/validators';
import type { SlotDoc } from '../../backend/domain/scheduling/docs';
import type { PatientDoc } from '../../backend/domain/booking/docs';
import type { LocalSystem } from './local-system';

export async function slotsOf(sys: LocalSystem, doctorId: string, date: string): Promise<SlotView[]> {
  return (await sys.ok<{ slots: SlotView[] }>('booking', null, { action: 'listSlots', doctorId, date })).slots;
}

export async function firstOpenSlot(sys: LocalSystem, doctorId: string, date: string): Promise<SlotView> {
  const open = (await slotsOf(sys, doctorId, date)).find((s) => s.status === 'open');
  if (!open) throw new Error(`no open slot for ${doctorId} on ${date}`);
  return open;
}

export async function slotDoc(sys: LocalSystem, id: string): Promise<SlotDoc> {
  const s = await sys.ports.db.get<SlotDoc>('slots', id);
  if (!s) throw new Error(`no slot ${id}`);
  return s;
}

/** A valid resident ID number made from a counter: 410105 1980 01 01 + 3-digit sequence. */
export function idNumberOf(n: number): string {
  const first17 = `4101051980${String(1 + (n % 12)).padStart(2, '0')}${String(1 + (Math.floor(n / 12) % 28)).padStart(2, '0')}${String(n % 1000).padStart(3, '0')}`;
  return first17 + residentIdCheckChar(first17);
}

/** Inserts people straight into the store (fast, for load tests): one per account. */
export async function makePeople(sys: LocalSystem, count: number, prefix = 'load'): Promise<Array<{ openid: string; patientId: string }>> {
  const docs: PatientDoc[] = Array.from({ length: count }, (_, i) => {
    const openid = `${prefix}-user-${i}`;
    const idNumber = idNumberOf(i);
    return {
      _id: `pat-${prefix}-${i}`,
      openid,
      ownerSlot: `${openid}|1`,
      documentKey: `${openid}|resident_id|${idNumber}`,
      name: '测试患者',
      idType: 'resident_id',
      idNumber,
      phone: '13800000000',
      relation: 'self',
      birthDate: '1980-01-01',
      sex: 'male',
      noShows: [],
      requestId: `seed-${prefix}-${i}`,
      createdAt: 0,
      updatedAt: 0,
    };
  });
  sys.ports.db.insertMany('patients', docs);
  return docs.map((d) => ({ openid: d.openid, patientId: d._id }));
}

export function requestIdOf(n: number | string): string {
  return `req-test-${String(n).padStart(6, '0')}`;
}
