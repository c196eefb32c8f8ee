/**
 * Typed calls of the `recordCopies` cloud function (病历邮寄), and the mailing address from WeChat's
 * address book (wx.chooseAddress).
 */
import type { ApplicationView, CopyFees, MailAddress } from '../shared/dto/record-copies';
import type { ApplicantType, CopyPurpose, CopyStatus, ProofKind, RecordPart } from '../shared/enums';
import { callFunction } from './transport';

const call = <T>(action: string, params: object = {}) => callFunction<T>('recordCopies', action, params);

export type { MailAddress };

export interface CopyDraft {
  hospitalId: string;
  patientId: string;
  applicantType: ApplicantType;
  applicantName: string;
  proofs: Array<{ kind: ProofKind; proofId: string }>;
  visitIds: string[];
  parts: RecordPart[];
  purpose: CopyPurpose;
  address: MailAddress;
}

type One = { application: ApplicationView };

export const copyFees = (hospitalId: string) => call<{ fees: CopyFees }>('fees', { hospitalId });
export const saveCopyFees = (hospitalId: string, perPageFen: number, postageFen: number) =>
  call<{ fees: CopyFees }>('saveFees', { hospitalId, perPageFen, postageFen });
export const attachProof = (hospitalId: string, image: string, requestId: string) => call<{ proofId: string }>('attach', { hospitalId, image, requestId });
export const proofLink = (proofId: string) => call<{ url: string }>('proofLink', { proofId });
export const applyForCopies = (draft: CopyDraft, requestId: string) => call<One>('apply', { ...draft, requestId });
export const myApplications = () => call<{ applications: ApplicationView[] }>('mine');
export const getApplication = (applicationId: string) => call<One>('get', { applicationId });
export const cancelApplication = (applicationId: string) => call<One>('cancel', { applicationId });
export const resubmitProofs = (applicationId: string, proofs: CopyDraft['proofs']) => call<One>('resubmit', { applicationId, proofs });

export const copyWorklist = (hospitalId: string, status?: CopyStatus) =>
  call<{ applications: ApplicationView[] }>('worklist', status ? { hospitalId, status } : { hospitalId });
export const requestMore = (applicationId: string, reason: string) => call<One>('requestMore', { applicationId, reason });
export const refuseApplication = (applicationId: string, reason: string) => call<One>('refuse', { applicationId, reason });
export const quoteApplication = (applicationId: string, pages: number) => call<One>('quote', { applicationId, pages });
export const markCopied = (applicationId: string) => call<One>('copied', { applicationId });
export const shipApplication = (applicationId: string, carrier: string, trackingNo: string) => call<One>('ship', { applicationId, carrier, trackingNo });

export { chooseAddress } from './platform';
