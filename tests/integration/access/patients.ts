import { row, type Rows } from './table';
import { idNumberOf } from '../../support/booking-fixtures';
import type { World } from './world';

let n = 0;
let spare: string | null = null;
/** A family member of patient A for the cell, so removing it leaves the others (kept until A removes it). */
async function spareMember(w: World): Promise<string> {
  if (spare && (await w.sys.ports.db.get('patients', spare))) return spare;
  const res = await w.sys.ok<{ id: string }>('patients', 'demo-patient', {
    action: 'add',
    name: '张小明',
    idType: 'resident_id',
    idNumber: idNumberOf(7000 + ++n),
    phone: '13800000001',
    relation: 'child',
    requestId: w.rid(),
  });
  spare = res.id;
  return res.id;
}

export const patients: Rows = {
  list: row(() => ({})),
  add: row((w) => ({ name: '王芳', idType: 'resident_id', idNumber: idNumberOf(6000), phone: '13800000000', relation: 'spouse', requestId: w.rid() })),
  update: row(async (w) => ({
    patientId: w.a.patientId,
    name: '张建国',
    idType: 'resident_id',
    idNumber: (await w.sys.ports.db.get<{ _id: string; idNumber: string }>('patients', w.a.patientId))?.idNumber,
    phone: '13803710001',
    relation: 'self',
  })),
  remove: row(async (w) => ({ patientId: await spareMember(w) })),
};
