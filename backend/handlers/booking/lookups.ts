/** Reads the booking actions share. */
import type { HospitalDoc } from '../../domain/content/docs';
import type { SlotDoc } from '../../domain/scheduling/docs';
import { withDefaults, type BookingSettings } from '../../domain/scheduling/settings';
import type { Db, Where } from '../../ports';
import { notFound } from '../framework/app-error';
import { findAll } from '../framework/find-all';
import { hospitalOr404 } from '../framework/hospital';

export async function settingsOf(db: Db, hospitalId: string): Promise<BookingSettings> {
  const h = await db.get<HospitalDoc>('hospitals', hospitalId);
  if (!h) throw notFound('医院');
  return withDefaults(h.booking);
}

export async function hospitalSettings(db: Db, hospitalId: string): Promise<{ hospital: HospitalDoc; settings: BookingSettings }> {
  const hospital = await hospitalOr404(db, hospitalId);
  return { hospital, settings: withDefaults(hospital.booking) };
}

export async function slotOr404(db: Db, slotId: string): Promise<SlotDoc> {
  const s = await db.get<SlotDoc>('slots', slotId);
  if (!s) throw notFound('号源');
  return s;
}

/** Every matching slot in start order. */
export function findSlots(db: Db, where: Where): Promise<SlotDoc[]> {
  return findAll<SlotDoc>(db, 'slots', where, [
    ['start', 'asc'],
    ['_id', 'asc'],
  ]);
}
