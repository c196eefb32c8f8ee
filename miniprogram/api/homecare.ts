/** Typed calls of the `homecare` cloud function (医护到家). */
import type { CatalogItemView, HomecareView, StaffCatalogItem } from '../shared/dto/homecare';
import type { Consciousness, HomecareGroup, NurseTitle } from '../shared/enums';
import type { MailAddress } from '../shared/dto/record-copies';
import { callFunction } from './transport';

const call = <T>(action: string, params: object = {}) => callFunction<T>('homecare', action, params);

export interface HomecareDraft {
  hospitalId: string;
  patientId: string;
  group: HomecareGroup;
  serviceCode: string;
  address: MailAddress;
  /** The home marked on the map, for the nurse's route. */
  location?: { latitude: number; longitude: number };
  date: string;
  startTime: string;
  endTime: string;
  condition: string;
  photoIds: string[];
  doctorOrderPhotoId?: string;
  risk: { drugAllergy: boolean; infectious: boolean; consciousness: Consciousness; aggression: boolean };
}

type One = { request: HomecareView };

export const homecareCatalog = (hospitalId: string) => call<{ services: CatalogItemView[] }>('catalog', { hospitalId });
export const attachHomecarePhoto = (hospitalId: string, image: string, requestId: string) =>
  call<{ photoId: string }>('attach', { hospitalId, image, requestId });
export const requestHomecare = (draft: HomecareDraft, requestId: string) => call<One>('request', { ...draft, requestId });
export const myHomecare = () => call<{ requests: HomecareView[] }>('mine');
export const getHomecare = (homecareId: string) => call<One>('get', { homecareId });
export const cancelHomecare = (homecareId: string) => call<One>('cancel', { homecareId });

export const homecareWorklist = (hospitalId: string) => call<{ requests: HomecareView[] }>('worklist', { hospitalId });
export const homecareAlerts = (hospitalId: string) => call<{ alerts: SafetyAlertView[] }>('alerts', { hospitalId });
export interface HomeNurse {
  openid: string;
  name: string;
  /** Why the nurse may not visit homes, or ''. */
  problem: string;
  nurseTitle: NurseTitle | null;
  practiceSinceYear: number | null;
}
export const homecareNurses = (hospitalId: string) => call<{ nurses: HomeNurse[] }>('nurses', { hospitalId });
export const setNurseProfile = (hospitalId: string, openid: string, nurseTitle: NurseTitle, practiceSinceYear: number) =>
  call<{ saved: boolean }>('setNurse', { hospitalId, openid, nurseTitle, practiceSinceYear });
export const catalogForStaff = (hospitalId: string) => call<{ services: StaffCatalogItem[] }>('services', { hospitalId });
export const saveHomecareService = (hospitalId: string, input: { code: string; serviceFen: number; travelFen: number; active: boolean }) =>
  call<{ services: StaffCatalogItem[] }>('saveService', { hospitalId, ...input });
export const acceptHomecare = (homecareId: string, assessment: string) => call<One>('accept', { homecareId, assessment });
export const declineHomecare = (homecareId: string, reason: string) => call<One>('decline', { homecareId, reason });
export const rescheduleHomecare = (homecareId: string, date: string, startTime: string, endTime: string) =>
  call<One>('reschedule', { homecareId, date, startTime, endTime });
export const assignNurse = (homecareId: string, nurseOpenid: string) => call<One>('assign', { homecareId, nurseOpenid });

export const nurseTasks = (hospitalId: string) => call<{ requests: HomecareView[] }>('tasks', { hospitalId });
export const departVisit = (homecareId: string) => call<One>('depart', { homecareId });
export const startVisit = (homecareId: string, location: { latitude: number; longitude: number } | null) =>
  call<One>('start', { homecareId, ...(location ? { location } : {}) });
export const finishVisit = (
  homecareId: string,
  note: string,
  vitals: { temperature: number; pulse: number; systolic: number; diastolic: number; spo2: number },
) => call<One>('finish', { homecareId, note, vitals });
export const safetyAlert = (homecareId: string, note: string, requestId: string, location: { latitude: number; longitude: number } | null) =>
  call<{ alerted: boolean }>('alert', { homecareId, note, requestId, ...(location ? { location } : {}) });
export interface SafetyAlertView {
  id: string;
  homecareId: string;
  nurseName: string;
  note: string;
  atText: string;
  location: { latitude: number; longitude: number } | null;
  place: string;
}
