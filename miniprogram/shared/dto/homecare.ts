/** DTOs of the `homecare` cloud function (医护到家): ready to show. */
import type { HomecareStatus } from '../enums';

export interface CatalogItemView {
  code: string;
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
