/**
 * The `queue` cloud function (backend/handlers/queue/, docs/queue.md): check-in and the patient's
 * place; the nurse's console; the doctor's own sessions; an exam room's start and finish; the
 * admin's nurse areas and queue settings; the patient's care path of the day.
 */
import { z } from 'zod';
import type { CarePathView } from '../dto/navigation';
import type {
  AreaCodeView,
  AreaDepartmentView,
  NurseAreasView,
  PriorityKind,
  QueueEntryView,
  QueueSettingsView,
  QueueStatus,
  SessionQueue,
  StaffSessionView,
} from '../dto/queue';
import { type AppointmentStatus, Session, enumValues } from '../enums';
import { act } from './define';
import { fields } from './fields';

/** One doctor's (or exam room's) session on a day. */
const sessionKey = { ownerId: fields.id(), date: fields.date(), session: z.enum(enumValues(Session)) };
const byAppointment = z.object({ appointmentId: fields.id() });
const byRequest = z.object({ appointmentId: fields.id(), requestId: fields.requestId() });
const location = z.object({ latitude: z.number().min(-90).max(90), longitude: z.number().min(-180).max(180) });
const PRIORITIES: [PriorityKind, ...PriorityKind[]] = ['elderly80', 'disability', 'military'];

type ByAppointment = { appointmentId: string };
type Entry = { entry: QueueEntryView };
type Paused = { pausedReason: string };
type Settings = { settings: QueueSettingsView };

export const queue = {
  checkIn: act<Entry>()(z.object({ appointmentId: fields.id(), code: z.string().min(1).max(200).optional(), location: location.optional() })),
  status: act<QueueStatus>()(byAppointment),
  callNext: act<{ called: string | null }>()(z.object({ ...sessionKey, requestId: fields.requestId() })),
  recall: act<{ recalled: string }>()(byRequest),
  skip: act<{ skipped: string; entry: QueueEntryView | null }>()(byRequest),
  checkInFor: act<Entry>()(byRequest),
  addWalkIn: act<ByAppointment & Entry>()(z.object({ slotId: fields.id(), patientName: fields.requiredText(20), requestId: fields.requestId() })),
  setPriority: act<ByAppointment>()(z.object({ appointmentId: fields.id(), priority: z.enum(PRIORITIES).nullable(), reason: fields.text(40) })),
  markReturning: act<ByAppointment>()(byAppointment),
  pause: act<Paused>()(z.object({ ...sessionKey, reason: fields.requiredText(40) })),
  resume: act<Paused>()(z.object(sessionKey)),
  setRoom: act<{ room: string }>()(z.object({ ...sessionKey, room: fields.requiredText(20) })),
  areaCode: act<AreaCodeView>()(z.object({ departmentId: fields.id() })),
  sessionQueue: act<{ queue: SessionQueue | null; entries: QueueEntryView[] }>()(z.object(sessionKey)),
  mySessions: act<{ date: string; sessions: StaffSessionView[] }>()(z.object({ hospitalId: fields.id(), as: z.enum(['nurse', 'doctor']) })),
  startVisit: act<ByAppointment>()(byAppointment),
  finishReturn: act<ByAppointment>()(byAppointment),
  assignAreas: act<{ openid: string; departmentIds: string[] }>()(
    z.object({ hospitalId: fields.id(), openid: fields.id(), departmentIds: z.array(fields.id()).max(30) }),
  ),
  listAreas: act<{ nurses: NurseAreasView[]; departments: AreaDepartmentView[] }>()(z.object({ hospitalId: fields.id() })),
  getSettings: act<Settings>()(z.object({ hospitalId: fields.id() })),
  saveSettings: act<Settings>()(
    z.object({
      hospitalId: fields.id(),
      checkInOpensMinutes: z.number().int().min(0).max(720),
      checkInClosesMinutes: z.number().int().min(0).max(240),
      skipPlaces: z.number().int().min(1).max(20),
      locationRadiusMeters: z.number().int().min(0).max(5000),
    }),
  ),
  carePath: act<CarePathView>()(z.object({ appointmentId: fields.id(), from: fields.id().optional(), elder: z.boolean().optional() })),
  startExam: act<ByAppointment>()(byAppointment),
  finishExam: act<ByAppointment & { status: AppointmentStatus }>()(byAppointment),
};
