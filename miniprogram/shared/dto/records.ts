/** What the `records` function answers: reports, prescriptions, drug monographs (functions 12, 14, 15). */

export interface ReportSummary {
  id: string;
  title: string;
  kind: 'lab' | 'imaging';
  /** 'final' (已出报告) or 'pending' (检查中). */
  status: 'final' | 'pending';
  statusText: string;
  /** Holds a critical value (危急值): the hospital hands it over by phone. */
  critical: boolean;
  /** Shown only after the family member's ID last 4 digits. */
  sensitive: boolean;
  visitDate: string;
  departmentName: string;
  hospitalName: string;
  /** From another hospital of the platform, both taking part in mutual recognition (互认). */
  mutual: boolean;
  reportedText: string;
}

export interface ReportItemView {
  code: string;
  name: string;
  value: string;
  unit: string;
  range: string;
  /** '', 'H', 'L', '↑↑', '↓↓'. */
  flag: string;
  abnormal: boolean;
}

export interface ReportDetail extends ReportSummary {
  patientId: string;
  patientName: string;
  sampleType: string;
  sampledText: string;
  reviewer: string;
  /** A sensitive report asked without (or before) the ID check: nothing of the results. */
  locked: boolean;
  /** A critical value still awaiting the staff's handover: nothing of the results. */
  awaitingContact: boolean;
  notice: string;
  departmentPhone: string;
  items: ReportItemView[];
  findings: string;
  impression: string;
  /** The handover of a critical value, once recorded: '已由…于…电话告知'. */
  contactText: string;
  /** Items that have a trend (the patient has this test in 2 or more reports). */
  trends: Array<{ code: string; name: string }>;
}

export interface TrendPoint {
  date: string;
  value: number;
  flag: string;
}

export interface TrendView {
  code: string;
  name: string;
  unit: string;
  range: string;
  low: number | null;
  high: number | null;
  points: TrendPoint[];
}

export interface SupplyView {
  daysLeft: number;
  runsOutOn: string;
  nudge: boolean;
  text: string;
}

export interface PrescriptionItemView {
  code: string;
  drug: string;
  spec: string;
  dose: string;
  frequency: string;
  route: string;
  days: number;
  quantity: number;
  quantityText: string;
  notes: string;
  hasGuide: boolean;
  supply: SupplyView | null;
}

export interface PrescriptionView {
  id: string;
  visitDate: string;
  hospitalName: string;
  departmentId: string;
  departmentName: string;
  doctorName: string;
  typeLabel: string;
  status: 'unpaid' | 'paid' | 'dispensed';
  statusText: string;
  validText: string;
  expired: boolean;
  pharmacyWindow: string;
  /** The outpatient order to pay while unpaid, else ''. */
  orderId: string;
  rulesText: string;
  items: PrescriptionItemView[];
}

export interface DrugMonographView {
  code: string;
  name: string;
  category: string;
  uses: string;
  howToTake: string;
  avoid: string[];
  sideEffects: string[];
  seeDoctorAtOnce: string[];
  storage: string;
  pregnancy: string;
  breastfeeding: string;
  children: string;
  elderly: string;
  source: string;
  disclaimer: string;
}

export interface InteractionView {
  drugs: [string, string];
  severity: 'major' | 'moderate';
  severityText: string;
  effect: string;
  advice: string;
}

export interface CriticalTask {
  reportId: string;
  title: string;
  patientName: string;
  phone: string;
  departmentName: string;
  reportedText: string;
  /** How long it has waited: '25分钟', '3小时', '2天'. */
  waitingText: string;
  items: ReportItemView[];
  impression: string;
}

export type DoseState = 'taken' | 'missed' | 'unrecorded' | 'upcoming';

export interface MedicationPlanView {
  id: string;
  prescriptionId: string;
  patientName: string;
  items: Array<{ code: string; drug: string; dose: string; frequency: string }>;
  times: string[];
  startDate: string;
  endDate: string;
  remind: boolean;
  /** The last 14 days of the plan up to today, newest first. */
  days: Array<{ date: string; doses: Array<{ time: string; state: DoseState }> }>;
  adherence: { due: number; taken: number; missed: number; unrecorded: number; percent: number | null };
  /** For the doctor: what was due, taken, missed and not recorded. */
  summary: string;
}

/** `records.plan`: the prescription's plan (null before one is saved) and what a plan may hold. */
export interface PlanAnswer {
  plan: MedicationPlanView | null;
  hospitalId: string;
  /** The medicines with their dose and frequency, e.g. '苯磺酸氨氯地平片 5mg（1片） 每日1次'. */
  drugs: string;
  /** Dispensed (or paid): a plan can be made. */
  plannable: boolean;
  /** Doses a day of all the medicines together. */
  dosesPerDay: number;
  /** The most times a day the plan may have: one per daily dose, at most 4. */
  timesPerDay: number;
}
