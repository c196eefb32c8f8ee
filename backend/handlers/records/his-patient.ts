/**
 * Who the patient is to the hospital information system (docs/his-http.md, "Who the patient is").
 * The HIS finds its own patient by the real-name document — every outpatient registration in China
 * carries one (实名就诊) — so each request names the person by document type and number besides the
 * platform's id, which the answers carry back. Because a document is all it takes to match, an
 * account is answered a person's records only once it has brought that person to a visit booked
 * here that a doctor completed (the person was seen in the hospital): the account's completed
 * appointment of this family member, or of the same document under an earlier family-member record.
 */
import { AppointmentStatus } from '../../../miniprogram/shared/enums';
import type { AppointmentDoc, PatientDoc } from '../../domain/booking/docs';
import type { Db, HisPatient } from '../../ports';
import { personOf } from '../booking/person';

export const hisPatientOf = (p: PatientDoc): HisPatient => ({
  patientId: p._id,
  name: p.name,
  sex: p.sex,
  birthDate: p.birthDate,
  idType: p.idType,
  idNumber: p.idNumber,
});

/** Whether the account managing `p` has had a visit of this person completed here. */
async function seenHere(db: Db, p: PatientDoc, now: number): Promise<boolean> {
  const completed = AppointmentStatus.completed;
  const own = await db.find<AppointmentDoc>('appointments', { where: { patientId: p._id, status: completed }, limit: 1 });
  if (own.length > 0) return true;
  const person = await personOf(db, p, now);
  return (await db.find<AppointmentDoc>('appointments', { where: { openid: p.openid, person, status: completed }, limit: 1 })).length > 0;
}

/** The person as the HIS may be asked about their records, or null while the account has not brought them to a completed visit. */
export async function askableHisPatient(db: Db, p: PatientDoc, now: number): Promise<HisPatient | null> {
  return (await seenHere(db, p, now)) ? hisPatientOf(p) : null;
}
