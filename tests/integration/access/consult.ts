import { row, type Rows } from './table';
import { PNG, ZZ } from './world';

const QUESTION = '我母亲血压最近早上160/95，吃着氨氯地平，需要加药吗？';

// The doctor's actions on 王秀兰's question to 陈立民 (asked by name): Z:doctor is its doctor.
export const consult: Rows = {
  offer: row(() => ({ hospitalId: ZZ, doctorId: 'doc-zz-001' })),
  attach: row((w) => ({ hospitalId: ZZ, image: PNG, requestId: w.rid() })),
  ask: row((w) => ({ hospitalId: ZZ, doctorId: 'doc-zz-001', patientId: 'pat-demo-zhang-mother', text: QUESTION, requestId: w.rid() })),
  mine: row(() => ({})),
  thread: row((w) => ({ consultationId: w.a.consultId })),
  followUp: row((w) => ({ consultationId: w.a.consultId, text: '今天早上又量了一次，155/92', requestId: w.rid() })),
  end: row((w) => ({ consultationId: w.a.consultId })),
  withdraw: row((w) => ({ consultationId: w.a.consultId })),
  worklist: row(() => ({ hospitalId: ZZ })),
  accept: row((w) => ({ consultationId: w.a.consultId })),
  decline: row((w) => ({ consultationId: w.a.consultId, reason: '需到院面诊' })),
  reply: row((w) => ({ consultationId: w.a.consultId, text: '血压偏高，可以先调整用药时间', visit: 'planned', visitWhen: '一周内', requestId: w.rid() })),
  getSettings: row(() => ({ hospitalId: ZZ })),
  saveSettings: row(() => ({ hospitalId: ZZ, answerHours: 24, defaultFen: 3000, departmentFen: 0, doctorFees: {} })),
};
