/** Stored shapes of 病历邮寄: applications for copies of medical records, their proof photos, fees. */
import type { MailAddress } from '../../../miniprogram/shared/dto/record-copies';
import type { ApplicantType, CopyPurpose, CopyStatus, ProofKind, RecordPart } from '../../../miniprogram/shared/enums';

export type { MailAddress };

export interface CopyStep {
  status: CopyStatus;
  by: string;
  byName: string;
  at: number;
  note: string;
}

/** What a paid application still owes back after a cancel: nothing, owed, returned, or refused by WeChat Pay. */
export type CopyRefund = 'none' | 'owed' | 'refunded' | 'failed';

export interface CopyApplicationDoc {
  _id: string;
  hospitalId: string;
  hospitalName: string;
  openid: string;
  patientId: string;
  patientName: string;
  applicantType: ApplicantType;
  applicantName: string;
  /** Proof photo ids by kind. */
  proofs: Array<{ kind: ProofKind; proofId: string }>;
  visitIds: string[];
  visitTitles: string[];
  parts: RecordPart[];
  purpose: CopyPurpose;
  address: MailAddress;
  status: CopyStatus;
  /** Why more is needed or why refused; the last one. */
  reason: string;
  pages: number;
  feeFen: number;
  orderId: string | null;
  carrier: string;
  trackingNo: string;
  refund: CopyRefund;
  /** When the proofs are deleted (180 days after the application ended); null while it runs. */
  purgeAt: number | null;
  proofsPurged: boolean;
  steps: CopyStep[];
  createdAt: number;
  updatedAt: number;
}

/** A proof photo: visible to the applicant and the records staff of the hospital; deleted 180 days after the application ended. */
export type { PhotoDoc as ProofPhotoDoc } from '../photos';

export interface CopyFeesDoc {
  _id: string;
  perPageFen: number;
  postageFen: number;
  updatedAt: number;
}
