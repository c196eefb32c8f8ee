/** Typed calls of the `followup` (在线复诊) and `delivery` (药品快递) cloud functions. */
import type { DeliveryView, EligibilityView, FollowupView, QuoteView, RxView } from '../shared/dto/online';
import type { MailAddress } from '../shared/dto/record-copies';
import { callFunction } from './transport';

const fu = <T>(action: string, params: object = {}) => callFunction<T>('followup', action, params);
const dl = <T>(action: string, params: object = {}) => callFunction<T>('delivery', action, params);

type OneFollowup = { followup: FollowupView };
type OneRx = { prescription: RxView };
type OneDelivery = { delivery: DeliveryView };

export interface FollowupDraft {
  patientId: string;
  departmentId: string;
  changes: string;
  reportIds: string[];
  photoIds: string[];
  guardianPresent: boolean;
}

export interface RxLineDraft {
  code: string;
  quantity: number;
  days: number;
}

export const followupEligibility = (patientId: string, departmentId: string) => fu<EligibilityView>('eligibility', { patientId, departmentId });
export const attachFollowupPhoto = (hospitalId: string, image: string, requestId: string) =>
  fu<{ photoId: string }>('attach', { hospitalId, image, requestId });
export const startFollowup = (draft: FollowupDraft, requestId: string) => fu<OneFollowup>('start', { ...draft, requestId });
export const myFollowups = () => fu<{ followups: FollowupView[] }>('mine');
export const getFollowup = (followupId: string) => fu<OneFollowup>('get', { followupId });
export const sendFollowupMessage = (followupId: string, text: string, requestId: string) => fu<OneFollowup>('message', { followupId, text, requestId });
export const withdrawFollowup = (followupId: string) => fu<OneFollowup>('withdraw', { followupId });

export const followupWorklist = (hospitalId: string) => fu<{ followups: FollowupView[] }>('worklist', { hospitalId });
export const acceptFollowup = (followupId: string) => fu<OneFollowup>('accept', { followupId });
export const declineFollowup = (followupId: string, reason: string) => fu<OneFollowup>('decline', { followupId, reason });
export const referFollowup = (followupId: string, reason: string) => fu<OneFollowup>('refer', { followupId, reason });
export const completeFollowup = (followupId: string) => fu<OneFollowup>('complete', { followupId });
export interface FormularyOption {
  code: string;
  name: string;
  spec: string;
  packUnit: string;
  dose: string;
  usage: string;
  priceText: string;
}

export const followupFormulary = (followupId: string) => fu<{ drugs: FormularyOption[] }>('formulary', { followupId });
export const renewPrescription = (followupId: string, requestId: string) => fu<OneRx & { notRenewed: string[] }>('renew', { followupId, requestId });
export const writePrescription = (followupId: string, type: string, items: RxLineDraft[], chronicNote: string, requestId: string) =>
  fu<OneRx>('prescribe', { followupId, type, items, chronicNote, requestId });
export const revisePrescription = (prescriptionId: string, type: string, items: RxLineDraft[], chronicNote: string) =>
  fu<OneRx>('revise', { prescriptionId, type, items, chronicNote });
export const reviewQueue = (hospitalId: string) => fu<{ prescriptions: RxView[] }>('reviewQueue', { hospitalId });
export const reviewPrescription = (prescriptionId: string, decision: 'approve' | 'return', reason: string) =>
  fu<OneRx>('review', reason ? { prescriptionId, decision, reason } : { prescriptionId, decision });

export const quoteDelivery = (prescriptionId: string, province: string) => dl<QuoteView>('quote', province ? { prescriptionId, province } : { prescriptionId });
export const chooseFulfilment = (prescriptionId: string, mode: 'delivery' | 'pickup', address: MailAddress | null) =>
  dl<OneDelivery>('choose', address ? { prescriptionId, mode, address } : { prescriptionId, mode });
export const getDelivery = (prescriptionId: string) => dl<OneDelivery>('get', { prescriptionId });
export const confirmReceipt = (prescriptionId: string) => dl<OneDelivery>('receive', { prescriptionId });
export const cancelDelivery = (prescriptionId: string) => dl<{ delivery: DeliveryView | null; refundText: string }>('cancel', { prescriptionId });
export const shippingWorklist = (hospitalId: string) => dl<{ deliveries: DeliveryView[] }>('worklist', { hospitalId });
export const packDelivery = (prescriptionId: string) => dl<OneDelivery>('pack', { prescriptionId });
export const shipDelivery = (prescriptionId: string, carrier: string, trackingNo: string) => dl<OneDelivery>('ship', { prescriptionId, carrier, trackingNo });
export const handOverDrugs = (prescriptionId: string) => dl<OneDelivery>('handOver', { prescriptionId });

/** A hospital's online follow-up settings: the eligibility window, the fee in fen, cold-chain shipping. */
export interface FollowupSettings {
  windowDays: number;
  feeFen: number;
  shipsCold: boolean;
}

export const followupSettings = (hospitalId: string) => fu<{ settings: FollowupSettings }>('settings', { hospitalId });
export const saveFollowupSettings = (hospitalId: string, settings: FollowupSettings) =>
  fu<{ settings: FollowupSettings }>('saveSettings', { hospitalId, ...settings });
