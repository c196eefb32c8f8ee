/**
 * No-shows by the person (docs/booking.md, "Limits by the person"): the person hash of a family
 * member's document, and the no-shows recorded for that person at a hospital, whatever account or
 * member record booked. No-shows recorded on a patient document before this (its `noShows`) still
 * count, so nothing needs migrating.
 */
import type { NoShowRecord, PatientDoc, PersonRecordDoc } from '../../domain/booking/docs';
import { personHashOf, personKeyOf } from '../../ids';
import type { Db } from '../../ports';
import { personSecret } from '../framework/stored-secret';

export const PERSON_RECORDS = 'personRecords';

export async function personOf(db: Db, patient: Pick<PatientDoc, 'idType' | 'idNumber'>, now: number): Promise<string> {
  return personHashOf(await personSecret(db, now), patient.idType, patient.idNumber);
}

function union(a: readonly NoShowRecord[], b: readonly NoShowRecord[]): NoShowRecord[] {
  return [...a, ...b.filter((n) => !a.some((m) => m.appointmentId === n.appointmentId))];
}

/** The no-shows that restrict the patient's person at the hospital. */
export async function noShowsAt(db: Db, patient: PatientDoc, person: string, hospitalId: string): Promise<NoShowRecord[]> {
  const record = await db.get<PersonRecordDoc>(PERSON_RECORDS, personKeyOf(person, hospitalId));
  return union(patient.noShows, record?.noShows ?? []);
}

/** Each patient's no-shows at every hospital, for the family-member list. */
export async function noShowsOfPatients(db: Db, patients: readonly PatientDoc[], now: number): Promise<Map<string, NoShowRecord[]>> {
  const persons = new Map<string, string>();
  for (const p of patients) persons.set(p._id, await personOf(db, p, now));
  const records = patients.length === 0 ? [] : await db.find<PersonRecordDoc>(PERSON_RECORDS, { where: { person: { in: [...new Set(persons.values())] } } });
  return new Map(patients.map((p) => [p._id, records.filter((r) => r.person === persons.get(p._id)).reduce((all, r) => union(all, r.noShows), p.noShows)]));
}
