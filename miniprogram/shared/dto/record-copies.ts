/** DTOs of the `recordCopies` cloud function (病历邮寄): ready to show. */
import type { ApplicantType, CopyStatus, ProofKind, RecordPart } from '../enums';

/** A mailing or visiting address, as WeChat's address book gives it. */
export interface MailAddress {
  name: string;
  phone: string;
  province: string;
  city: string;
  district: string;
  detail: string;
}

export interface CopyStepView {
  statusLabel: string;
  byName: string;
  atText: string;
  note: string;
}

export interface ApplicationView {
  id: string;
  hospitalId: string;
  hospitalName: string;
  status: CopyStatus;
  statusLabel: string;
  applicantType: ApplicantType;
  applicantTypeLabel: string;
  applicantName: string;
  patientName: string;
  visitTitles: string[];
  parts: RecordPart[];
  partLabels: string[];
  partsText: string;
  purposeLabel: string;
  addressText: string;
  /** Why more is needed or why refused. */
  reason: string;
  pages: number;
  feeText: string;
  /** The order to pay while `payable`. */
  orderId: string | null;
  payable: boolean;
  cancellable: boolean;
  carrier: string;
  trackingNo: string;
  refundText: string;
  /** The proofs while kept (empty once deleted). */
  proofs: Array<{ kind: ProofKind; label: string; proofId: string }>;
  proofsDeleted: boolean;
  submittedText: string;
  steps: CopyStepView[];
}

export interface CopyFees {
  perPageFen: number;
  postageFen: number;
  text: string;
}
