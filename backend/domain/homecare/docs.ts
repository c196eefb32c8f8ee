/** Stored shapes of 医护到家: requests, the hospital's catalogue entries, safety alerts. */
import type { Consciousness, HomecareGroup, HomecareStatus } from '../../../miniprogram/shared/enums';
import type { MailAddress } from '../record-copies/docs';
import type { CatalogEntry } from './catalog';
import type { RiskAnswers } from './risk';

export interface HomecareStep {
  status: HomecareStatus;
  by: string;
  byName: string;
  at: number;
  note: string;
}

export interface Vitals {
  temperature: number;
  pulse: number;
  systolic: number;
  diastolic: number;
  spo2: number;
}

export type HomecareRefund = 'none' | 'owed' | 'refunded' | 'failed';

export interface HomecareRequestDoc {
  _id: string;
  hospitalId: string;
  hospitalName: string;
  openid: string;
  patientId: string;
  patientName: string;
  group: HomecareGroup;
  serviceCode: string;
  serviceName: string;
  serviceFen: number;
  travelFen: number;
  doctorOrderPhotoId: string | null;
  photoIds: string[];
  address: MailAddress;
  /** The home marked on the map by the requester, for the nurse's route; null when not marked. */
  homeLocation: { latitude: number; longitude: number } | null;
  windowStart: number;
  windowEnd: number;
  condition: string;
  risk: RiskAnswers & { consciousness: Consciousness };
  status: HomecareStatus;
  reason: string;
  assessment: string;
  nurseOpenid: string | null;
  nurseName: string;
  orderId: string | null;
  refund: HomecareRefund;
  /** What a cancel gives back of what was paid (backend/domain/homecare/requests.ts). */
  refundFen: number;
  serviceNote: string;
  vitals: Vitals | null;
  /** Where the nurse checked in at the start, and how far that was from the marked home (metres). */
  startLocation: { latitude: number; longitude: number } | null;
  startDistanceM: number | null;
  steps: HomecareStep[];
  createdAt: number;
  updatedAt: number;
}

export interface HomecareServiceDoc extends CatalogEntry {
  _id: string;
  hospitalId: string;
}

export interface HomecareAlertDoc {
  _id: string;
  hospitalId: string;
  homecareId: string;
  nurseOpenid: string;
  nurseName: string;
  note: string;
  /** Where the nurse was when pressing the button, when the phone gave it. */
  location: { latitude: number; longitude: number } | null;
  /** The visit's address (province to street), where the nurse was sent. */
  place: string;
  at: number;
}
