/**
 * What the hospital information system may answer for a patient's prescriptions, after FHIR's
 * MedicationRequest (dosage instruction, dispense request) in the project's own shape. Each
 * prescription is checked on its own — shape, bounds and the prescription rules
 * (backend/domain/records/prescription-rules.ts); one that fails is refused whole and recorded.
 */
import { z } from 'zod';
import { code, hisId, instant, optionalText, text } from './his-fields';
import { FREQUENCY_CODES, ROUTE_CODES } from './frequency';
import { MAX_VALID_DAYS, PRESCRIPTION_TYPES, regulationProblem } from './prescription-rules';

const medication = z
  .object({
    /** The drug's code: the same codes as the monographs (backend/domain/records/drugs). */
    code: code(),
    drug: text(40),
    spec: text(40),
    /** The dose as written, e.g. '0.5g（1片）'. */
    dose: text(24),
    unitsPerTake: z.number().positive().max(20),
    frequency: z.enum(FREQUENCY_CODES),
    route: z.enum(ROUTE_CODES),
    days: z.number().int().min(1).max(366),
    /** Packs dispensed. */
    quantity: z.number().int().min(1).max(99),
    packUnit: text(4),
    unitsPerPack: z.number().int().min(1).max(1000),
    notes: optionalText(60),
  })
  .strict();

export const PRESCRIPTION_STATUSES = ['unpaid', 'paid', 'dispensed'] as const;

export const hisPrescriptionSchema = z
  .object({
    id: hisId('处方'),
    hospitalId: text(64),
    visitId: text(64),
    patientId: text(64),
    /** The place of the prescription's order in the visit's HIS answer: the outpatient order to pay. */
    orderIndex: z.number().int().min(0).max(19),
    departmentId: text(64),
    departmentName: text(40),
    doctorName: text(20),
    writtenAt: instant(),
    validDays: z.number().int().min(1).max(MAX_VALID_DAYS),
    validityNote: optionalText(60),
    type: z.enum(PRESCRIPTION_TYPES),
    chronicNote: optionalText(60),
    status: z.enum(PRESCRIPTION_STATUSES),
    dispensedAt: instant().nullable(),
    pharmacyWindow: optionalText(30),
    items: z.array(medication).min(1).max(5),
  })
  .strict()
  .refine((p) => p.status !== 'dispensed' || p.dispensedAt !== null, { message: '已取药的处方缺少取药时间', path: ['dispensedAt'] })
  .superRefine((p, ctx) => {
    const problem = regulationProblem(p);
    if (problem) ctx.addIssue({ code: 'custom', message: problem, path: ['items'] });
  });

export type HisPrescription = z.infer<typeof hisPrescriptionSchema>;
