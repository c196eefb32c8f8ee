/** Typed calls of the `schedule` cloud function: the scheduler's templates, settings, publishing, stop-clinic, add-on. */
import type {
  BookingSettingsView,
  PublishResult,
  ResourceView,
  StaffSlotView,
  StopClinicResult,
  TemplateInput,
  TemplateView,
} from '../shared/dto/schedule';
import type { Session } from '../shared/enums';
import { callFunction } from './transport';

const call = <T>(action: string, params: object = {}) => callFunction<T>('schedule', action, params);

export const listTemplates = (hospitalId: string, ownerId?: string) =>
  call<{ templates: TemplateView[] }>('listTemplates', ownerId ? { hospitalId, ownerId } : { hospitalId });
export const saveTemplate = (hospitalId: string, input: TemplateInput) => call<{ template: TemplateView }>('saveTemplate', { hospitalId, ...input });
export const removeTemplate = (templateId: string) => call<{ removed: boolean; removedSlots: number }>('removeTemplate', { templateId });
export const listResources = (hospitalId: string) => call<{ resources: ResourceView[] }>('listResources', { hospitalId });
export const getSettings = (hospitalId: string) => call<{ settings: BookingSettingsView }>('getSettings', { hospitalId });
export const saveSettings = (hospitalId: string, settings: BookingSettingsView) =>
  call<{ settings: BookingSettingsView }>('saveSettings', { hospitalId, ...settings });
export const publish = (hospitalId: string, ownerId?: string) =>
  call<PublishResult>('publish', ownerId ? { hospitalId, ownerId } : { hospitalId });
export const sessionSlots = (ownerId: string, date: string, session: Session) =>
  call<{ slots: StaffSlotView[] }>('sessionSlots', { ownerId, date, session });
export const stopClinic = (ownerId: string, date: string, session: Session, reason: string) =>
  call<StopClinicResult>('stopClinic', { ownerId, date, session, reason });
export const addOn = (slotId: string, count: number, reason: string) => call<{ slot: StaffSlotView }>('addOn', { slotId, count, reason });
