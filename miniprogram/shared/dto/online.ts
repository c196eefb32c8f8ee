/** What the `followup` and `delivery` functions answer (在线复诊, 药品快递): ready to show. */

export interface QualifyingVisitView {
  visitId: string;
  date: string;
  departmentId: string;
  departmentName: string;
  doctorName: string;
  diagnosis: string;
  conditions: Array<{ code: string; label: string; chronic: boolean }>;
}

export interface EligibilityView {
  eligible: boolean;
  reason: string;
  qualifyingVisit: QualifyingVisitView | null;
  hospitalId: string;
  departmentId: string;
  departmentName: string;
  feeText: string;
  windowDays: number;
}

export interface EncounterEventView {
  kind: string;
  byName: string;
  byRole: string;
  atText: string;
  text: string;
  ref: string;
}

export interface RxItemView {
  code: string;
  name: string;
  spec: string;
  dose: string;
  usage: string;
  days: number;
  quantity: number;
  packUnit: string;
  amountText: string;
}

export interface RxView {
  id: string;
  followupId: string;
  hospitalId: string;
  patientName: string;
  departmentName: string;
  doctorName: string;
  diagnosis: string;
  kindLabel: string;
  typeLabel: string;
  chronicNote: string;
  status: string;
  statusLabel: string;
  version: number;
  returnReason: string;
  reviewerName: string;
  items: RxItemView[];
  totalText: string;
  orderId: string | null;
  payable: boolean;
  rxNotice: string;
}

export interface FollowupView {
  id: string;
  hospitalId: string;
  status: string;
  statusLabel: string;
  /** Finished: the patient may open 评价 (postvisit/rate). */
  rateable: boolean;
  patientName: string;
  guardianText: string;
  departmentName: string;
  doctorName: string;
  qualifyingVisit: QualifyingVisitView;
  changes: string;
  feeText: string;
  orderId: string | null;
  payable: boolean;
  withdrawable: boolean;
  reason: string;
  refundText: string;
  createdText: string;
  reportIds: string[];
  photoIds: string[];
  prescriptions: RxView[];
  events: EncounterEventView[];
}

export interface DeliveryLineView {
  code: string;
  name: string;
  spec: string;
  quantity: number;
  packUnit: string;
  reason: string;
}

export interface QuoteView {
  deliverable: DeliveryLineView[];
  held: DeliveryLineView[];
  feeFen: number;
  feeText: string;
  deliverableAt: boolean;
  note: string;
  rxNotice: string;
}

export interface DeliveryView {
  id: string;
  prescriptionId: string;
  hospitalId: string;
  patientName: string;
  mode: 'delivery' | 'pickup';
  modeLabel: string;
  status: string;
  statusLabel: string;
  /** Received or picked up: the patient may open 评价 (postvisit/rate). */
  rateable: boolean;
  deliverable: DeliveryLineView[];
  held: DeliveryLineView[];
  addressText: string;
  feeText: string;
  feeOrderId: string | null;
  payable: boolean;
  carrier: string;
  trackingNo: string;
  cancellable: boolean;
  receivable: boolean;
  refundText: string;
  heldPickedUp: boolean;
  steps: Array<{ statusLabel: string; byName: string; atText: string; note: string }>;
  rxNotice: string;
}

/** The prescription types an online follow-up may write (no emergency prescriptions online). */
export const ONLINE_RX_TYPES = ['normal', 'long_term', 'chronic_stable'] as const;
export type OnlineRxType = (typeof ONLINE_RX_TYPES)[number];

/** One line of a prescription as the doctor writes it. */
export interface RxLineDraft {
  code: string;
  quantity: number;
  days: number;
}

/** A medicine of the qualifying visit as the HIS answered it. */
export interface PreviousItemView {
  code: string;
  drug: string;
  quantity: number;
  days: number;
}

/** A drug of the online formulary the doctor may prescribe in this follow-up. */
export interface FormularyOption {
  code: string;
  name: string;
  spec: string;
  packUnit: string;
  dose: string;
  usage: string;
  priceText: string;
}

/** A hospital's online follow-up settings: the eligibility window, the fee in fen, cold-chain shipping. */
export interface FollowupSettings {
  windowDays: number;
  feeFen: number;
  shipsCold: boolean;
}
