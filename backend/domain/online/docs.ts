/**
 * Stored shapes of the online follow-up (在线复诊) and drug delivery (药品快递). The encounter is
 * kept whole and traceable: every message, picture, prescription version and review is an
 * append-only event (`followupEvents`) naming who and when; nothing here has a delete action.
 */
import type { MailAddress } from '../record-copies/docs';
import type { DeliveryStatus } from './delivery';
import type { QualifyingVisit } from './eligibility';
import type { FollowupStatus, RxStatus } from './followups';
import type { OnlineRxType, RxLine } from './prescribing';

export type MoneyState = 'none' | 'owed' | 'refunded' | 'failed';

export interface FollowupDoc {
  _id: string;
  hospitalId: string;
  hospitalName: string;
  openid: string;
  patientId: string;
  patientName: string;
  /** Age in years at the start, null when the ID does not tell. */
  patientAge: number | null;
  /** The account holder, recorded as the guardian of a child under 6 who was present. */
  guardian: { name: string; openid: string } | null;
  departmentId: string;
  departmentName: string;
  qualifyingVisit: QualifyingVisit;
  changes: string;
  reportIds: string[];
  photoIds: string[];
  feeFen: number;
  orderId: string | null;
  status: FollowupStatus;
  /** The treating doctor: whoever accepted. */
  doctorOpenid: string | null;
  doctorId: string | null;
  doctorName: string;
  /** The doctor's reason (decline) or advice (refer). */
  reason: string;
  refund: MoneyState;
  requestId: string;
  createdAt: number;
  updatedAt: number;
}

export type FollowupEventKind =
  | 'started'
  | 'paid'
  | 'message'
  | 'picture'
  | 'report'
  | 'accepted'
  | 'declined'
  | 'referred'
  | 'completed'
  | 'withdrawn'
  | 'prescribed'
  | 'revised'
  | 'reviewed'
  | 'refund';

/** One line of the encounter's record: inserted once, never changed or removed. */
export interface FollowupEventDoc {
  _id: string;
  followupId: string;
  hospitalId: string;
  kind: FollowupEventKind;
  by: string;
  byName: string;
  byRole: 'patient' | 'doctor' | 'pharmacist' | 'system';
  at: number;
  text: string;
  /** The prescription, picture or report the event is about. */
  ref: string;
}

export interface RxItem extends RxLine {
  name: string;
  spec: string;
  packUnit: string;
  dose: string;
  frequency: string;
  route: string;
  unitFen: number;
  amountFen: number;
}

export interface OnlineRxDoc {
  _id: string;
  followupId: string;
  hospitalId: string;
  hospitalName: string;
  openid: string;
  patientId: string;
  patientName: string;
  departmentName: string;
  doctorOpenid: string;
  doctorName: string;
  diagnosis: string;
  kind: 'renew' | 'adjust';
  type: OnlineRxType;
  chronicNote: string;
  items: RxItem[];
  totalFen: number;
  /** Each version the doctor wrote; the pharmacist reviews the last. */
  version: number;
  status: RxStatus;
  /** The pharmacist's reason for the last return. */
  returnReason: string;
  reviewerName: string;
  orderId: string | null;
  refund: MoneyState;
  createdAt: number;
  updatedAt: number;
}

export interface DeliveryStep {
  status: DeliveryStatus;
  byName: string;
  at: number;
  note: string;
}

export interface DeliveryItem {
  code: string;
  name: string;
  spec: string;
  quantity: number;
  packUnit: string;
}

export interface DeliveryDoc {
  /** `dl-<prescriptionId>`: one fulfilment per prescription. */
  _id: string;
  prescriptionId: string;
  hospitalId: string;
  openid: string;
  patientName: string;
  mode: 'delivery' | 'pickup';
  deliverable: DeliveryItem[];
  held: Array<DeliveryItem & { reason: string }>;
  address: MailAddress | null;
  feeFen: number;
  feeOrderId: string | null;
  status: DeliveryStatus;
  carrier: string;
  trackingNo: string;
  shippedAt: number | null;
  heldPickedUpAt: number | null;
  refund: MoneyState;
  steps: DeliveryStep[];
  createdAt: number;
  updatedAt: number;
}

/** A hospital's online settings (`followupSettings`, id the hospital). */
export interface FollowupSettingsDoc {
  _id: string;
  windowDays: number;
  feeFen: number;
  shipsCold: boolean;
  updatedAt: number;
}
