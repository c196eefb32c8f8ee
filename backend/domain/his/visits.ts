/**
 * What the hospital information system may answer for a patient's visit history
 * (`His.visits(patient, since)` → `{ visits: [...] }`): the confirmed diagnosis of each visit, by
 * hospital and department, and whether it was in person. Checked like every HIS answer: a visit that
 * fails is left out (and recorded by the caller). Pure.
 */
import { z } from 'zod';
import { hisId, instant, optionalText, text } from '../records/his-fields';

export const hisVisitSchema = z
  .object({
    id: hisId('就诊'),
    hospitalId: text(64),
    patientId: text(64),
    departmentId: text(64),
    departmentName: text(40),
    doctorName: text(20),
    visitedAt: instant(),
    /** '' while no diagnosis was confirmed. */
    diagnosis: optionalText(100),
    /** False for an online visit: only in-person visits qualify for online follow-up. */
    inPerson: z.boolean(),
  })
  .strict();

export type HisVisit = z.infer<typeof hisVisitSchema>;
