import { row, type Rows } from './table';
import { ZZ } from './world';

export const staffActions: Rows = {
  me: row(() => ({})),
  list: row(() => ({ hospitalId: ZZ })),
  grant: row(() => ({ hospitalId: ZZ, openid: 'acc-someone-01', name: '张三', role: 'editor' })),
  revoke: row(() => ({ hospitalId: ZZ, openid: 'acc-someone-01', role: 'editor' })),
};
