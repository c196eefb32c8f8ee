import { row, type Rows } from './table';
import { ZZ } from './world';

export const reminders: Rows = {
  templateIds: row(() => ({ hospitalId: ZZ, kinds: ['visit_tomorrow'] })),
  consent: row(() => ({ hospitalId: ZZ, results: [{ templateId: 'demo-visit-reminder', result: 'accept' }] })),
  failed: row(() => ({ hospitalId: ZZ })),
};
