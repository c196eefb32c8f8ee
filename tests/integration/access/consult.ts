import { anyone, only, owner, row, signedIn, staff, type Rows } from './table';
import { PNG, ZZ } from './world';

const QUESTION = '我母亲血压最近早上160/95，吃着氨氯地平，需要加药吗？';
const theirs = { patientA: 'NOT_FOUND', patientB: 'NOT_FOUND' } as const;

// The doctor's actions: an online-qualified doctor who may take the question (陈立民, asked by name); admins are not doctors.
export const consult: Rows = {
  offer: row(() => ({ hospitalId: ZZ, doctorId: 'doc-zz-001' }), anyone()),
  attach: row((w) => ({ hospitalId: ZZ, image: PNG, requestId: w.rid() }), signedIn()),
  ask: row((w) => ({ hospitalId: ZZ, doctorId: 'doc-zz-001', patientId: 'pat-demo-zhang-mother', text: QUESTION, requestId: w.rid() }), owner()),
  mine: row(() => ({}), signedIn()),
  thread: row((w) => ({ consultationId: w.a.consultId }), only(['patientA', 'Z:doctor'], 'FORBIDDEN', { patientB: 'NOT_FOUND' })),
  followUp: row((w) => ({ consultationId: w.a.consultId, text: '今天早上又量了一次，155/92', requestId: w.rid() }), owner()),
  end: row((w) => ({ consultationId: w.a.consultId }), owner()),
  withdraw: row((w) => ({ consultationId: w.a.consultId }), owner()),
  worklist: row(() => ({ hospitalId: ZZ }), only(['Z:doctor', 'Z:doctor2'])),
  accept: row((w) => ({ consultationId: w.a.consultId }), only(['Z:doctor'], 'FORBIDDEN', theirs)),
  decline: row((w) => ({ consultationId: w.a.consultId, reason: '需到院面诊' }), only(['Z:doctor'], 'FORBIDDEN', theirs)),
  reply: row(
    (w) => ({ consultationId: w.a.consultId, text: '血压偏高，可以先调整用药时间', visit: 'planned', visitWhen: '一周内', requestId: w.rid() }),
    only(['Z:doctor'], 'FORBIDDEN', theirs),
  ),
  getSettings: row(() => ({ hospitalId: ZZ }), staff([])),
  saveSettings: row(() => ({ hospitalId: ZZ, answerHours: 24, defaultFen: 3000, departmentFen: 0, doctorFees: {} }), staff([])),
};
