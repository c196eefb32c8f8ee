/** The `patients` cloud function (backend/handlers/patients.ts): the account's family members (就诊人). */
import { z } from 'zod';
import type { PatientView } from '../dto/booking';
import { IdType, Relation, enumValues } from '../enums';
import { act } from './define';
import { fields } from './fields';

/** What a family member is described by; the real-name, document and mobile rules are the handler's (shared/validators.ts). */
export const patientInput = {
  name: fields.requiredText(30).min(2),
  idType: z.enum(enumValues(IdType)),
  idNumber: z.string().trim().toUpperCase().min(5).max(20),
  phone: z.string().trim().max(11),
  relation: z.enum(enumValues(Relation)),
};

export const patients = {
  list: act<{ patients: PatientView[]; max: number }>()(z.object({})),
  add: act<{ id: string; patient: PatientView }>()(z.object({ ...patientInput, requestId: fields.requestId() })),
  update: act<{ patient: PatientView }>()(z.object({ patientId: fields.id(), ...patientInput })),
  remove: act<{ removed: boolean }>()(z.object({ patientId: fields.id() })),
};
