/** 在线咨询 (online consultation): what the `consult` function answers, ready to show. */

/** unpaid → waiting → accepted → closed, or declined / expired / withdrawn (each refunded once when paid). */
export type ConsultStatus = 'unpaid' | 'waiting' | 'accepted' | 'closed' | 'declined' | 'expired' | 'withdrawn';

/** Whether and when to come to the hospital, as the doctor advises. */
export type VisitAdvice = 'none' | 'planned' | 'soon' | 'now';

export interface ConsultAnswerView {
  assessment: string;
  actNow: string;
  warningSigns: string;
  visit: VisitAdvice;
  visitLabel: string;
  visitWhen: string;
  /** The suggested department (one-tap booking), '' when none. */
  departmentId: string;
  departmentName: string;
}

export interface ConsultImageView {
  id: string;
  /** A 10-minute link, '' when the picture failed the content check (it is deleted). */
  url: string;
  removed: boolean;
}

export interface ConsultMessageView {
  id: string;
  kind: 'question' | 'followup' | 'answer' | 'system';
  byName: string;
  atText: string;
  text: string;
  images: ConsultImageView[];
  answer: ConsultAnswerView | null;
}

export interface ConsultView {
  id: string;
  hospitalId: string;
  hospitalName: string;
  status: ConsultStatus;
  statusLabel: string;
  /** Closed: the patient may open 评价 (postvisit/rate). */
  rateable: boolean;
  patientId: string;
  patientName: string;
  /** Whose question: 本人, 父母, 子女 … */
  whoseLabel: string;
  target: 'doctor' | 'department';
  doctorId: string;
  doctorName: string;
  departmentId: string;
  departmentName: string;
  /** The doctor who accepted, '' before. */
  acceptedByName: string;
  feeFen: number;
  feeText: string;
  orderId: string;
  redFlag: boolean;
  redFlagLabels: string[];
  /** The labels joined for display, '' when none. */
  redFlagText: string;
  summary: string;
  createdAtText: string;
  answerByText: string;
  closesAtText: string;
  followUpsLeft: number;
  reason: string;
  refundText: string;
  /** What the patient may do now. */
  payable: boolean;
  withdrawable: boolean;
  canFollowUp: boolean;
  endable: boolean;
}

export interface ConsultThreadView {
  consultation: ConsultView;
  messages: ConsultMessageView[];
  /** For a doctor: may accept / decline / reply now. */
  canAccept: boolean;
  canReply: boolean;
}

export interface ConsultOfferView {
  hospitalId: string;
  target: 'doctor' | 'department';
  doctorId: string;
  doctorName: string;
  departmentId: string;
  departmentName: string;
  available: boolean;
  /** Why not, when unavailable. */
  refusal: string;
  feeFen: number;
  feeText: string;
  answerHours: number;
}

/** A hospital's consultation settings (fees in fen; a doctor without an own fee pays the default). */
export interface ConsultSettings {
  answerHours: number;
  defaultFen: number;
  departmentFen: number;
  doctorFees: Record<string, number>;
}

/** Whom a question goes to: one doctor, or a department. */
export type ConsultTarget = { doctorId: string } | { departmentId: string };

/** A doctor's structured answer as the console fills it ('' where not given). */
export type ConsultAnswerDraft = Omit<ConsultAnswerView, 'visitLabel' | 'departmentName'> & { text: string };

/** At most this many pictures with a question or follow-up, and this many characters of text. */
export const CONSULT_MAX_IMAGES = 9;
export const CONSULT_MAX_TEXT = 1000;
