/** DTOs of the `homecare` cloud function (医护到家): ready to show. */
import type { HomecareStatus, NurseTitle } from '../enums';

export interface CatalogItemView {
  code: HomecareServiceCode;
  name: string;
  feeText: string;
  serviceFen: number;
  travelFen: number;
  needsOrder: boolean;
}

/** A catalogue entry as the coordinators edit it: offered or not. */
export interface StaffCatalogItem extends CatalogItemView {
  active: boolean;
}

export interface HomecareView {
  id: string;
  hospitalId: string;
  status: HomecareStatus;
  statusLabel: string;
  patientName: string;
  groupLabel: string;
  serviceName: string;
  feeText: string;
  travelText: string;
  windowText: string;
  addressText: string;
  condition: string;
  reason: string;
  assessment: string;
  nurseName: string;
  orderId: string | null;
  payable: boolean;
  cancellable: boolean;
  /** What cancelling now would refund, for the confirmation. */
  cancelNote: string;
  refundText: string;
  serviceNote: string;
  vitalsText: string;
  /** The home marked on the map (for the nurse's route), or null. */
  homeLocation: { latitude: number; longitude: number } | null;
  /** The nurse's check-in at the start ('到达打卡：距患者家约100米'), '' before. */
  arrivalText: string;
  /** Finished: the patient may open 评价 (postvisit/rate). */
  rateable: boolean;
  photoIds: string[];
  doctorOrderPhotoId: string | null;
  steps: Array<{ statusLabel: string; byName: string; atText: string; note: string }>;
}

/** The codes of the low-risk services a hospital may offer (backend/domain/homecare/catalog.ts names and prices them). */
export const HOMECARE_SERVICE_CODES = ['injection', 'dressing', 'catheter', 'picc', 'pressure_ulcer', 'blood_draw', 'rehab_guidance'] as const;
export type HomecareServiceCode = (typeof HOMECARE_SERVICE_CODES)[number];

/** A nurse of the hospital as the coordinator and the admin see them. */
export interface HomeNurse {
  openid: string;
  name: string;
  /** Why the nurse may not visit homes, or ''. */
  problem: string;
  nurseTitle: NurseTitle | null;
  practiceSinceYear: number | null;
}

/** A nurse's safety button pressed on a visit. */
export interface SafetyAlertView {
  id: string;
  homecareId: string;
  nurseName: string;
  note: string;
  atText: string;
  location: { latitude: number; longitude: number } | null;
  place: string;
}
