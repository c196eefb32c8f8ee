import { signedIn, staff, row, type Rows } from './table';
import { ZZ } from './world';

export const staffActions: Rows = {
  me: row(() => ({}), signedIn()),
  list: row(() => ({ hospitalId: ZZ }), staff([])),
  grant: row(() => ({ hospitalId: ZZ, openid: 'acc-someone-01', name: '张三', role: 'editor' }), staff([])),
  revoke: row(() => ({ hospitalId: ZZ, openid: 'acc-someone-01', role: 'editor' }), staff([])),
};
