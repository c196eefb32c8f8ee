/** The `schedule` cloud function (backend/handlers/schedule/): schedulers' templates, settings, publishing, stop-clinic and add-on; the admin's place reconciler. */
import { z } from 'zod';
import type { BookingSettingsView, PublishResult, ResourceView, StaffSlotView, StopClinicResult, TemplateView } from '../dto/schedule';
import { Session, enumValues } from '../enums';
import { act } from './define';
import { fields } from './fields';

const time = () => z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, { message: '时间格式应为HH:mm' });
const hospitalOnly = z.object({ hospitalId: fields.id() });
const sessionInput = { ownerId: fields.id(), date: fields.date(), session: z.enum(enumValues(Session)) };

/** A slot's counts before and after the reconciler repaired them. */
type PlaceCounts = { booked: number; onlineRemaining: number };

export const schedule = {
  listTemplates: act<{ templates: TemplateView[] }>()(z.object({ hospitalId: fields.id(), ownerId: fields.id().optional() })),
  saveTemplate: act<{ template: TemplateView }>()(
    z.object({
      hospitalId: fields.id(),
      ownerType: z.enum(['doctor', 'resource']),
      ownerId: fields.id(),
      weekday: z.number().int().min(1).max(7),
      session: z.enum(enumValues(Session)),
      startTime: time(),
      endTime: time(),
      slotMinutes: z.number().int(),
      capacity: z.number().int().min(1).max(50),
      onsiteReserve: z.number().int().min(0).max(50),
      feeFen: z.number().int().min(0).max(100_000),
    }),
  ),
  removeTemplate: act<{ removed: boolean; removedSlots: number }>()(z.object({ templateId: fields.id().max(120) })),
  listResources: act<{ resources: ResourceView[] }>()(hospitalOnly),
  getSettings: act<{ settings: BookingSettingsView }>()(hospitalOnly),
  saveSettings: act<{ settings: BookingSettingsView }>()(
    z.object({
      hospitalId: fields.id(),
      windowDays: z.number().int().min(1).max(14),
      releaseTime: time(),
      cancelDeadlineMinutes: z.number().int().min(0).max(2880),
      holdMinutes: z.number().int().min(5).max(60),
      dailyCap: z.number().int().min(1).max(10),
      noShowCount: z.number().int().min(1).max(10),
      noShowWithinDays: z.number().int().min(7).max(365),
      noShowRestrictDays: z.number().int().min(1).max(365),
    }),
  ),
  publish: act<PublishResult>()(z.object({ hospitalId: fields.id(), ownerId: fields.id().optional() })),
  sessionSlots: act<{ slots: StaffSlotView[] }>()(z.object(sessionInput)),
  stopClinic: act<StopClinicResult>()(z.object({ ...sessionInput, reason: fields.requiredText(60) })),
  addOn: act<{ slot: StaffSlotView }>()(z.object({ slotId: fields.id().max(120), count: z.number().int().min(1).max(5), reason: fields.requiredText(60) })),
  reconcilePlaces: act<{ tally: { checked: number; repaired: number; busy: number; failed: number } }>()(hospitalOnly),
  placeRepairs: act<{ repairs: Array<{ id: string; slotId: string; before: PlaceCounts; after: PlaceCounts; by: string; at: number }> }>()(hospitalOnly),
};
