import { signedIn, staff, row, type Rows } from './table';
import { ZZ } from './world';

export const reminders: Rows = {
  templateIds: row(() => ({ hospitalId: ZZ, kinds: ['visit_tomorrow'] }), signedIn()),
  consent: row(() => ({ hospitalId: ZZ, results: [{ templateId: 'demo-visit-reminder', result: 'accept' }] }), signedIn()),
  failed: row(() => ({ hospitalId: ZZ }), staff([])),
};
