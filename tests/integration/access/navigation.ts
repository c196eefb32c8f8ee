import { row, type Rows } from './table';
import { ZZ } from './world';

export const navigation: Rows = {
  route: row(() => ({ hospitalId: ZZ, from: 'zz-cashier', to: 'd-zz-cardio', stepFree: true, elder: false })),
  places: row(() => ({ hospitalId: ZZ })),
  getMap: row(() => ({ hospitalId: ZZ })),
  replaceMap: row(async (w) => ({
    hospitalId: ZZ,
    ...(await w.sys.ok<Record<string, unknown>>('navigation', 'demo-admin-zz', { action: 'getMap', hospitalId: ZZ })),
  })),
};
