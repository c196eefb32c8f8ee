/**
 * What the hospital information system may answer for a patient's reports, after FHIR's
 * DiagnosticReport and Observation in the project's own shape. Reports reach patients, so every
 * answer is checked as strictly as client input (backend/handlers/records/his-records.ts applies it);
 * a report that fails is refused whole and recorded, never shown in part.
 */
import { z } from 'zod';
import { code, hisId, instant, optionalText, text } from './his-fields';

export const REPORT_STATUSES = ['registered', 'partial', 'preliminary', 'final'] as const;
export type ReportStatus = (typeof REPORT_STATUSES)[number];

/** FHIR's interpretation codes: critically low, low, normal, high, critically high. */
export const INTERPRETATIONS = ['LL', 'L', 'N', 'H', 'HH'] as const;
export type Interpretation = (typeof INTERPRETATIONS)[number];

const observation = z
  .object({
    code: code(),
    name: text(40),
    /** The result as printed: a number ('6.87') or a qualitative result ('阴性'). */
    value: text(24),
    unit: optionalText(16),
    /** The reference range as printed, e.g. '3.5-5.3' or '阴性'. */
    range: optionalText(32),
    interpretation: z.enum(INTERPRETATIONS),
  })
  .strict();

const hisReport = z
  .object({
    id: hisId('报告'),
    hospitalId: text(64),
    visitId: text(64),
    patientId: text(64),
    code: code(),
    title: text(40),
    kind: z.enum(['lab', 'imaging']),
    status: z.enum(REPORT_STATUSES),
    departmentId: text(64),
    departmentName: text(40),
    sampleType: optionalText(16),
    sampledAt: instant(),
    reportedAt: instant().nullable(),
    reviewer: optionalText(20),
    items: z.array(observation).max(60),
    findings: optionalText(2000),
    impression: optionalText(500),
    /** The HIS's own 危急值 mark (imaging findings carry no interpretation code). */
    critical: z.boolean(),
  })
  .strict()
  .refine((r) => r.status === 'final' || (r.items.length === 0 && r.findings === '' && r.impression === '' && !r.critical), {
    message: '未出具的报告不能带结果',
    path: ['status'],
  })
  .refine((r) => r.status !== 'final' || r.reportedAt !== null, { message: '已出具的报告缺少报告时间', path: ['reportedAt'] })
  .refine((r) => r.critical || r.items.every((i) => i.interpretation !== 'HH' && i.interpretation !== 'LL'), {
    message: '含危急值（HH/LL）的报告未标记危急值',
    path: ['critical'],
  })
  .refine((r) => r.kind === 'imaging' || r.status !== 'final' || r.items.length > 0, { message: '检验报告没有项目', path: ['items'] });

export const hisReportSchema = hisReport;
export type HisReport = z.infer<typeof hisReport>;
export type HisObservation = z.infer<typeof observation>;
