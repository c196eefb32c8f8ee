/**
 * Publishing: the slots of the window from the templates. Slots have deterministic ids, so
 * publishing twice creates nothing twice; a slot with bookings is never touched; a slot without
 * bookings follows its template (updated, or removed when the template no longer makes it).
 */
import type { PublishResult } from '../../../miniprogram/shared/dto/schedule';
import { doctorTitleLabels } from '../../../miniprogram/shared/enums';
import type { DepartmentDoc, DoctorDoc, HospitalDoc } from '../../domain/content/docs';
import type { ResourceDoc, SlotDoc, SlotLabels, TemplateDoc } from '../../domain/scheduling/docs';
import { withDefaults, type BookingSettings } from '../../domain/scheduling/settings';
import { differs, replaceable, slotsFromTemplate } from '../../domain/scheduling/slots';
import { publishDates } from '../../domain/scheduling/window';
import type { Db, Where } from '../../ports';
import { DuplicateKeyError } from '../../ports';
import { findAll } from '../framework/find-all';

async function labelsByOwner(db: Db, hospital: HospitalDoc, settings: BookingSettings): Promise<Map<string, SlotLabels>> {
  const where = { hospitalId: hospital._id };
  const [departments, doctors, resources] = await Promise.all([
    findAll<DepartmentDoc>(db, 'departments', where, [['sort', 'asc']]),
    findAll<DoctorDoc>(db, 'doctors', where, [['sort', 'asc']]),
    findAll<ResourceDoc>(db, 'resources', where, [['sort', 'asc']]),
  ]);
  const dept = new Map(departments.map((d) => [d._id, d]));
  const labels = new Map<string, SlotLabels>();
  for (const d of doctors) {
    const dep = dept.get(d.departmentId);
    labels.set(d._id, {
      hospitalName: hospital.name,
      ownerName: d.name,
      ownerTitle: doctorTitleLabels[d.title],
      departmentName: dep ? dep.name : '',
      location: dep ? dep.location : '',
      prepNotes: [],
      settings,
    });
  }
  for (const r of resources) {
    const dep = dept.get(r.departmentId);
    labels.set(r._id, {
      hospitalName: hospital.name,
      ownerName: r.name,
      ownerTitle: r.examType,
      departmentName: dep ? dep.name : '',
      location: r.location,
      prepNotes: r.prepNotes,
      settings,
    });
  }
  return labels;
}

function refreshed(stored: SlotDoc, made: SlotDoc): Record<string, unknown> {
  const { _id: _ignored, createdAt: _created, addOns: _addOns, ...fields } = made;
  return { ...fields, onlineRemaining: made.capacity - made.onsiteReserve, updatedAt: made.updatedAt, createdAt: stored.createdAt };
}

export async function publishHospital(db: Db, hospital: HospitalDoc, now: number, ownerId?: string): Promise<PublishResult> {
  const settings = withDefaults(hospital.booking);
  const dates = publishDates(now, settings);
  const where: Where = ownerId ? { hospitalId: hospital._id, ownerId } : { hospitalId: hospital._id };
  const templates = await findAll<TemplateDoc>(db, 'scheduleTemplates', where, [['ownerId', 'asc']]);
  const labels = await labelsByOwner(db, hospital, settings);
  const byOwner = new Map<string, TemplateDoc[]>();
  for (const t of templates) byOwner.set(t.ownerId, [...(byOwner.get(t.ownerId) ?? []), t]);
  const result: PublishResult = { created: 0, updated: 0, removed: 0, keptBooked: 0, keptStopped: 0, dates };
  const keep = (slot: SlotDoc): void => {
    if (slot.state === 'stopped') result.keptStopped++;
    else result.keptBooked++;
  };

  for (const [owner, list] of byOwner) {
    const label = labels.get(owner);
    if (!label) continue;
    for (const date of dates) {
      const made = list.flatMap((t) => slotsFromTemplate(t, label, date, now)).filter((s) => s.start > now);
      const existing = new Map((await db.find<SlotDoc>('slots', { where: { ownerId: owner, date }, limit: 100 })).map((s) => [s._id, s]));
      for (const slot of made) {
        const stored = existing.get(slot._id);
        existing.delete(slot._id);
        if (!stored) {
          try {
            await db.insert('slots', slot);
            result.created++;
          } catch (e) {
            if (!(e instanceof DuplicateKeyError)) throw e;
          }
        } else if (differs(stored, slot)) {
          const n = await db.update('slots', { _id: slot._id, booked: 0, state: 'open' }, { set: refreshed(stored, slot) });
          if (n === 1) result.updated++;
          else keep(stored);
        }
      }
      for (const stale of existing.values()) {
        if (stale.start <= now) continue;
        if (!replaceable(stale)) {
          keep(stale);
          continue;
        }
        result.removed += await db.remove('slots', { _id: stale._id, booked: 0, state: 'open' });
      }
    }
  }
  return result;
}
