import { row, type Rows } from './table';
import { ADDRESS, PNG, ZZ } from './world';

export const recordCopies: Rows = {
  attach: row((w) => ({ hospitalId: ZZ, image: PNG, requestId: w.rid() })),
  proofLink: row((w) => ({ proofId: w.a.proofId })),
  apply: row((w) => ({
    hospitalId: ZZ,
    patientId: w.a.patientId,
    applicantType: 'self',
    applicantName: '张建国',
    proofs: [{ kind: 'applicant_id', proofId: w.a.proofId }],
    visitIds: [w.a.visitId],
    parts: ['outpatient_record'],
    purpose: 'insurance',
    address: ADDRESS,
    requestId: w.rid(),
  })),
  mine: row(() => ({})),
  get: row((w) => ({ applicationId: w.a.applicationId })),
  resubmit: row((w) => ({ applicationId: w.a.applicationId, proofs: [{ kind: 'applicant_id', proofId: w.a.proofId }] })),
  cancel: row((w) => ({ applicationId: w.a.applicationId })),
  fees: row(() => ({ hospitalId: ZZ })),
  saveFees: row(() => ({ hospitalId: ZZ, perPageFen: 50, postageFen: 1200 })),
  worklist: row(() => ({ hospitalId: ZZ, status: 'submitted' })),
  requestMore: row((w) => ({ applicationId: w.a.applicationId, reason: '照片不清晰' })),
  refuse: row((w) => ({ applicationId: w.a.applicationId, reason: '材料不全' })),
  quote: row((w) => ({ applicationId: w.a.applicationId, pages: 12 })),
  copied: row((w) => ({ applicationId: w.a.applicationId })),
  ship: row((w) => ({ applicationId: w.a.applicationId, carrier: 'EMS', trackingNo: 'EA123456789CN' })),
};
