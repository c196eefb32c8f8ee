/** Typed calls of the `queue` cloud function: check-in, the patient's place and care path of the day; the nurse's and doctor's consoles. */
import type { CarePathView } from '../shared/dto/navigation';
import type { AreaCodeView, PriorityKind, QueueEntryView, QueueSettingsView, QueueStatus, SessionQueue, StaffSessionView } from '../shared/dto/queue';
import type { Session } from '../shared/enums';
import { callFunction } from './transport';

const call = <T>(action: string, params: object = {}) => callFunction<T>('queue', action, params);

export interface SessionRef {
  ownerId: string;
  date: string;
  session: Session;
}

export const checkIn = (appointmentId: string, place: { code: string } | { location: { latitude: number; longitude: number } }) =>
  call<{ entry: QueueEntryView }>('checkIn', { appointmentId, ...place });
export const queueStatus = (appointmentId: string) => call<QueueStatus>('status', { appointmentId });

export const mySessions = (hospitalId: string, as: 'nurse' | 'doctor') =>
  call<{ date: string; sessions: StaffSessionView[] }>('mySessions', { hospitalId, as });
export const sessionQueue = (ref: SessionRef) => call<{ queue: SessionQueue | null; entries: QueueEntryView[] }>('sessionQueue', { ...ref });
export const callNext = (ref: SessionRef, requestId: string) => call<{ called: string | null }>('callNext', { ...ref, requestId });
export const recall = (appointmentId: string, requestId: string) => call<{ recalled: string }>('recall', { appointmentId, requestId });
export const skip = (appointmentId: string, requestId: string) => call<{ skipped: string }>('skip', { appointmentId, requestId });
export const checkInFor = (appointmentId: string, requestId: string) => call<{ entry: QueueEntryView }>('checkInFor', { appointmentId, requestId });
export const setPriority = (appointmentId: string, priority: PriorityKind | null, reason: string) =>
  call<{ appointmentId: string }>('setPriority', { appointmentId, priority, reason });
export const markReturning = (appointmentId: string) => call<{ appointmentId: string }>('markReturning', { appointmentId });
export const pause = (ref: SessionRef, reason: string) => call<{ pausedReason: string }>('pause', { ...ref, reason });
export const resume = (ref: SessionRef) => call<{ pausedReason: string }>('resume', { ...ref });
export const setRoom = (ref: SessionRef, room: string) => call<{ room: string }>('setRoom', { ...ref, room });
export const startVisit = (appointmentId: string) => call<{ appointmentId: string }>('startVisit', { appointmentId });
export const finishReturn = (appointmentId: string) => call<{ appointmentId: string }>('finishReturn', { appointmentId });
export const areaCode = (departmentId: string) => call<AreaCodeView>('areaCode', { departmentId });
export const listAreas = (hospitalId: string) =>
  call<{ nurses: Array<{ openid: string; name: string; departmentIds: string[] }>; departments: Array<{ id: string; name: string; location: string }> }>(
    'listAreas',
    { hospitalId },
  );
export const assignAreas = (hospitalId: string, openid: string, departmentIds: string[]) =>
  call<{ openid: string; departmentIds: string[] }>('assignAreas', { hospitalId, openid, departmentIds });
export const addWalkIn = (slotId: string, patientName: string, requestId: string) =>
  call<{ appointmentId: string; entry: QueueEntryView }>('addWalkIn', { slotId, patientName, requestId });
export const carePath = (appointmentId: string, elder: boolean) => call<CarePathView>('carePath', { appointmentId, elder });
export const queueSettings = (hospitalId: string) => call<{ settings: QueueSettingsView }>('getSettings', { hospitalId });
export const saveQueueSettings = (hospitalId: string, settings: QueueSettingsView) =>
  call<{ settings: QueueSettingsView }>('saveSettings', { hospitalId, ...settings });
export const startExam = (appointmentId: string) => call<{ appointmentId: string }>('startExam', { appointmentId });
export const finishExam = (appointmentId: string) => call<{ appointmentId: string; status: string }>('finishExam', { appointmentId });
