/** The application form's choices and its check before sending. */
import type { MailAddress } from '../../shared/dto/record-copies';
import {
  ApplicantType,
  CopyPurpose,
  ProofKind,
  RecordPart,
  applicantTypeLabels,
  copyPurposeLabels,
  proofKindLabels,
  recordPartLabels,
} from '../../shared/enums';

/** The proofs each applicant uploads (the server checks the same, backend/domain/record-copies/applications.ts). */
export const proofsFor: Record<ApplicantType, ProofKind[]> = {
  self: [ProofKind.applicant_id],
  agent: [ProofKind.patient_id, ProofKind.applicant_id, ProofKind.authorization],
  heir: [ProofKind.death_certificate, ProofKind.applicant_id, ProofKind.relationship],
  heir_agent: [ProofKind.death_certificate, ProofKind.heir_id, ProofKind.relationship, ProofKind.applicant_id, ProofKind.authorization],
};

export const applicantOptions = Object.values(ApplicantType).map((value) => ({ value, label: applicantTypeLabels[value] }));
export const purposeOptions = Object.values(CopyPurpose).map((value) => ({ value, label: copyPurposeLabels[value] }));
export const partOptions = Object.values(RecordPart).map((value) => ({ value, label: recordPartLabels[value] }));

export interface ProofRow {
  kind: ProofKind;
  label: string;
  proofId: string;
}

/** The rows to upload for `type`, keeping what was already uploaded. */
export function proofRows(type: ApplicantType, uploaded: readonly ProofRow[]): ProofRow[] {
  return proofsFor[type].map((kind) => ({ kind, label: proofKindLabels[kind], proofId: uploaded.find((r) => r.kind === kind)?.proofId ?? '' }));
}

export interface Draft {
  patientId: string;
  applicantName: string;
  rows: ProofRow[];
  visitIds: string[];
  parts: string[];
  address: MailAddress | null;
}

/** The first thing still missing, or ''. */
export function draftProblem(d: Draft): string {
  if (!d.patientId) return '请选择就诊人';
  if (!d.applicantName.trim()) return '请填写申请人姓名';
  const missing = d.rows.find((r) => !r.proofId);
  if (missing) return `请上传${missing.label}`;
  if (d.visitIds.length === 0) return '请选择要复印的就诊记录';
  if (d.parts.length === 0) return '请选择要复印的内容';
  if (!d.address) return '请选择邮寄地址';
  return '';
}
