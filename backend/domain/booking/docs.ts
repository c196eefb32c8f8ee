/** Stored shapes of booking: family members (就诊人), appointments, exam orders. */
import type { AppointmentStatus, IdType, Relation, Session } from '../../../miniprogram/shared/enums';
import type { OwnerType } from '../scheduling/docs';

export interface NoShowRecord {
  appointmentId: string;
  at: number;
}

/**
 * The no-shows of one person at one hospital, whatever account or family-member record booked
 * (`_id`: the person key, backend/ids.ts personKeyOf; `person`: the person hash, to find a
 * person's records at every hospital).
 */
export interface PersonRecordDoc {
  _id: string;
  person: string;
  hospitalId: string;
  noShows: NoShowRecord[];
}

/** A person an account books for. Not tied to a hospital: one profile serves every hospital. */
export interface PatientDoc {
  _id: string;
  /** The WeChat account that manages this person. */
  openid: string;
  /** `${openid}|${n}`, n = 1…5: the unique key that caps an account at five people. */
  ownerSlot: string;
  /** `${openid}|${idType}|${idNumber}`: the same document once per account. */
  documentKey: string;
  name: string;
  idType: IdType;
  idNumber: string;
  phone: string;
  relation: Relation;
  birthDate: string;
  sex: 'male' | 'female' | '';
  noShows: NoShowRecord[];
  requestId: string;
  createdAt: number;
  updatedAt: number;
}

/**
 * The outpatient orders of a completed visit: still to be made from the HIS answer (`pending`),
 * made (`done`), or refused because the HIS answer failed its checks (`his_rejected`; the doctor's
 * retry asks again).
 */
export type VisitOrdersState = 'pending' | 'done' | 'his_rejected';

/** The registration fee of an ended appointment: nothing to return, owed, returned, or refused by WeChat Pay (for the billing desk). */
export type RefundState = 'none' | 'owed' | 'refunded' | 'failed';

export interface AppointmentDoc {
  _id: string;
  hospitalId: string;
  openid: string;
  patientId: string;
  /**
   * The person hash of the patient's document (backend/ids.ts personHashOf): limits and no-shows
   * are counted by the person at this hospital. Absent on appointments booked before the limits
   * counted the person.
   */
  person?: string;
  patientName: string;
  ownerType: OwnerType;
  ownerId: string;
  ownerName: string;
  departmentId: string;
  departmentName: string;
  hospitalName: string;
  location: string;
  prepNotes: string[];
  slotId: string;
  date: string;
  session: Session;
  start: number;
  end: number;
  feeFen: number;
  status: AppointmentStatus;
  holdUntil: number | null;
  examOrderId: string | null;
  requestId: string;
  cancelReason: string;
  refund: RefundState;
  /** A notice about a change (stop-clinic) still to be sent. */
  noticePending: boolean;
  /** A no-show already counted on the person (or, before `personKey`, on the patient). */
  noShowCounted: boolean;
  /** Set once by the doctor completing the visit: the first diagnosis stands. */
  diagnosis?: string;
  completedAt?: number;
  visitOrders?: VisitOrdersState;
  createdAt: number;
  updatedAt: number;
}

export type ExamOrderStatus = 'open' | 'done' | 'void';

/** An exam or treatment ordered by a doctor (from the hospital information system). */
export interface ExamOrderDoc {
  _id: string;
  hospitalId: string;
  openid: string;
  patientId: string;
  examType: string;
  itemName: string;
  departmentName: string;
  /** The ordering doctor's name, from the doctor's record (the HIS sends the doctor, never a department). */
  orderedBy: string;
  orderedAt: number;
  status: ExamOrderStatus;
}
