/** The stored shapes of 在线咨询 (backend/handlers/consult). Messages are append-only: no action updates or deletes one. */
import type { ConsultStatus, VisitAdvice } from '../../../miniprogram/shared/dto/consult';
import type { Relation } from '../../../miniprogram/shared/enums';

export interface ConsultDoc {
  _id: string;
  hospitalId: string;
  hospitalName: string;
  openid: string;
  patientId: string;
  patientName: string;
  relation: Relation;
  target: 'doctor' | 'department';
  /** The doctor asked ('' for a department question). */
  doctorId: string;
  doctorName: string;
  departmentId: string;
  departmentName: string;
  status: ConsultStatus;
  feeFen: number;
  orderId: string | null;
  /** When the question reached the doctors (paid, or at once when free); null while unpaid. */
  waitingSince: number | null;
  /** The hospital's answer hours when the question was asked. */
  answerHours: number;
  /** The answer deadline: waitingSince + answerHours. */
  answerBy: number | null;
  acceptedBy: string;
  acceptedByName: string;
  acceptedAt: number | null;
  lastAnswerAt: number | null;
  /** 48 hours after the doctor's last answer. */
  closesAt: number | null;
  followUps: number;
  redFlag: boolean;
  redFlagLabels: string[];
  summary: string;
  reason: string;
  refund: 'none' | 'owed' | 'refunded' | 'failed';
  steps: Array<{ status: ConsultStatus; by: string; byName: string; at: number; note: string }>;
  requestId: string;
  createdAt: number;
  updatedAt: number;
}

export interface ConsultAnswer {
  assessment: string;
  actNow: string;
  warningSigns: string;
  visit: VisitAdvice;
  visitWhen: string;
  departmentId: string;
  departmentName: string;
}

export interface ConsultMessageDoc {
  _id: string;
  consultId: string;
  kind: 'question' | 'followup' | 'answer' | 'system';
  /** Who wrote it (openid, or 'system') and when. */
  by: string;
  byName: string;
  at: number;
  text: string;
  photoIds: string[];
  answer: ConsultAnswer | null;
}

/** A picture a patient attached: a private file (docs/files.md) with WeChat's asynchronous check. */
export interface ConsultPhotoDoc {
  _id: string;
  hospitalId: string;
  openid: string;
  filePath: string;
  size: number;
  createdAt: number;
  /** pending until WeChat's `wxa_media_check` event; `rejected` pictures are deleted. */
  check: 'pending' | 'pass' | 'rejected';
  traceId: string;
  reason: string;
}

/** Per hospital (`_id` the hospital id): the answer deadline and the fees. */
export interface ConsultSettingsDoc {
  _id: string;
  answerHours: number;
  /** A doctor's fee when the doctor has none of their own. */
  defaultFen: number;
  /** A question to a department. */
  departmentFen: number;
  /** Fees by doctor id; 0 is free. */
  doctorFees: Record<string, number>;
  updatedBy: string;
  updatedAt: number;
}
