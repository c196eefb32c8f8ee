import { anyone, owner, signedIn, staff, row, type Rows } from './table';
import { ADDRESS, PNG, ZZ } from './world';

export const recordCopies: Rows = {
  attach: row((w) => ({ hospitalId: ZZ, image: PNG, requestId: w.rid() }), signedIn()),
  proofLink: row((w) => ({ proofId: w.a.proofId }), staff(['records'], 'FORBIDDEN', { patientA: 'allowed', patientB: 'NOT_FOUND' })),
  apply: row(
    (w) => ({
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
    }),
    owner(),
  ),
  mine: row(() => ({}), signedIn()),
  get: row((w) => ({ applicationId: w.a.applicationId }), staff(['records'], 'FORBIDDEN', { patientA: 'allowed', patientB: 'NOT_FOUND' })),
  resubmit: row((w) => ({ applicationId: w.a.applicationId, proofs: [{ kind: 'applicant_id', proofId: w.a.proofId }] }), owner()),
  cancel: row((w) => ({ applicationId: w.a.applicationId }), owner()),
  fees: row(() => ({ hospitalId: ZZ }), anyone()),
  saveFees: row(() => ({ hospitalId: ZZ, perPageFen: 50, postageFen: 1200 }), staff([])),
  worklist: row(() => ({ hospitalId: ZZ, status: 'submitted' }), staff(['records'])),
  requestMore: row(
    (w) => ({ applicationId: w.a.applicationId, reason: '照片不清晰' }),
    staff(['records'], 'FORBIDDEN', { patientA: 'NOT_FOUND', patientB: 'NOT_FOUND' }),
  ),
  refuse: row(
    (w) => ({ applicationId: w.a.applicationId, reason: '材料不全' }),
    staff(['records'], 'FORBIDDEN', { patientA: 'NOT_FOUND', patientB: 'NOT_FOUND' }),
  ),
  quote: row((w) => ({ applicationId: w.a.applicationId, pages: 12 }), staff(['records'], 'FORBIDDEN', { patientA: 'NOT_FOUND', patientB: 'NOT_FOUND' })),
  copied: row((w) => ({ applicationId: w.a.applicationId }), staff(['records'], 'FORBIDDEN', { patientA: 'NOT_FOUND', patientB: 'NOT_FOUND' })),
  ship: row(
    (w) => ({ applicationId: w.a.applicationId, carrier: 'EMS', trackingNo: 'EA123456789CN' }),
    staff(['records'], 'FORBIDDEN', { patientA: 'NOT_FOUND', patientB: 'NOT_FOUND' }),
  ),
};
