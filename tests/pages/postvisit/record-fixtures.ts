/** Shared steps of the 病历邮寄 page tests: proofs, an application of demo-patient, and the office's moves. */
import type { ApplicationView } from '../../../miniprogram/shared/dto/record-copies';
import type { LocalSystem } from '../../support/local-system';
import { PATIENT, PNG, ZZ } from './feedback-fixtures';

export const RECORDS = 'rec-zz-0001';
export const ADDRESS = { name: '张建国', phone: '13800000000', province: '河南省', city: '郑州市', district: '金水区', detail: '花园路100号' };

export async function grantRecords(system: LocalSystem): Promise<void> {
  await system.ok('staff', 'demo-admin-zz', { action: 'grant', hospitalId: ZZ, openid: RECORDS, name: '病案室赵敏', role: 'records' });
}

/** demo-patient applies for copies of `visitId` as the patient. */
export async function applied(system: LocalSystem, visitId: string): Promise<ApplicationView> {
  const { proofId } = await system.ok<{ proofId: string }>('recordCopies', PATIENT, {
    action: 'attach',
    hospitalId: ZZ,
    image: PNG,
    requestId: 'req-page-proof-1',
  });
  const { application } = await system.ok<{ application: ApplicationView }>('recordCopies', PATIENT, {
    action: 'apply',
    hospitalId: ZZ,
    patientId: 'pat-demo-zhang',
    applicantType: 'self',
    applicantName: '张建国',
    proofs: [{ kind: 'applicant_id', proofId }],
    visitIds: [visitId],
    parts: ['discharge_summary'],
    purpose: 'insurance',
    address: ADDRESS,
    requestId: 'req-page-apply-1',
  });
  return application;
}
