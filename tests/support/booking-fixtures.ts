/** Helpers for booking tests: find slots, make people, read places. */
import type { SlotView } from '../../miniprogram/shared/dto/booking';
import type { SlotDoc } from '../../backend/domain/scheduling/docs';
import { idNumberOf, insertPeople } from '../../backend/dev-server/seed/generated-people';
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

export { idNumberOf };

/** Inserts people straight into the store (fast, for load tests): one per account. */
export async function makePeople(sys: LocalSystem, count: number, prefix = 'load'): Promise<Array<{ openid: string; patientId: string }>> {
  return insertPeople(sys.ports.db, count, prefix);
}

export function requestIdOf(n: number | string): string {
  return `req-test-${String(n).padStart(6, '0')}`;
}
