import { staff, row, type Rows } from './table';

export const selftest: Rows = {
  run: row(() => ({}), staff([], 'FORBIDDEN', { anonymous: 'allowed', system: 'allowed', 'Z:admin': 'FORBIDDEN' })),
};
