/**
 * The demo HIS's reports and prescriptions: it knows the visits it answered orders for (the
 * recorded HIS answers of completed appointments) and produces, for each lab or imaging item whose
 * order was paid, a report from the sample (ten minutes after the payment) that becomes final after
 * the test's turnaround on the clock — an order never paid was never done and has none; orders of
 * visits from before the platform (no order document, paid at the window) count as paid when the
 * visit ended — and for each drug order a
 * prescription whose status follows the outpatient order's payment (dispensed 15 minutes after).
 */
import { AppointmentStatus } from '../../../miniprogram/shared/enums';
import { ageAt } from '../../domain/booking/age';
import type { AppointmentDoc } from '../../domain/booking/docs';
import type { OrderDoc } from '../../domain/billing/docs';
import type { HisAnswerDoc } from '../../domain/his/docs';
import type { HisVisit } from '../../domain/his/visits';
import { MAX_DAYS, type PrescriptionType } from '../../domain/records/prescription-rules';
import { unitsPerDay } from '../../domain/records/frequency';
import type { HisPrescription } from '../../domain/records/his-prescription';
import type { HisReport } from '../../domain/records/his-report';
import { visitOrderId } from '../../handlers/orders/lookups';
import { MAX_PAGE, type Clock, type Db, type HisPatient } from '../../ports';
import { DEMO_DRUGS } from './demo-drugs';
import { IMAGING_EXAMS } from './demo-imaging';
import { LAB_PANELS } from './demo-lab-panels';
import { draw, imagingReading, labItems } from './demo-results';

const MINUTE = 60_000;
const DAY = 86_400_000;
/** The longest turnaround: a report cannot change later than this after its visit. */
const MAX_TURNAROUND = 2 * DAY;
/** Prescriptions change (paid, dispensed) within this after their visit. */
const PRESCRIPTION_WINDOW = 30 * DAY;
const LAB_REVIEWERS = ['检验科 李静', '检验科 赵文博', '检验科 孙丽'];
const IMAGING_REVIEWERS = ['影像科 王涛', '影像科 周敏', '心电图室 郑可'];

interface Visit {
  a: AppointmentDoc;
  answer: HisAnswerDoc;
}

export class DemoRecords {
  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
  ) {}

  /** The patient's completed visits since `from` with their recorded HIS answers, newest first. */
  private async visits(patientId: string, from: number): Promise<Visit[]> {
    const out: Visit[] = [];
    for (let before = Number.MAX_SAFE_INTEGER; ; ) {
      const page = await this.db.find<AppointmentDoc>('appointments', {
        where: { patientId, status: AppointmentStatus.completed, completedAt: { gte: from, lt: before } },
        orderBy: [['completedAt', 'desc']],
        limit: MAX_PAGE,
      });
      for (const a of page) {
        const answer = await this.db.get<HisAnswerDoc>('hisAnswers', `his-${a._id}`);
        if (answer) out.push({ a, answer });
      }
      if (page.length < MAX_PAGE) return out;
      before = page[page.length - 1].completedAt ?? 0;
    }
  }

  /**
   * When the test of the visit's order `n` could be done: its payment; the end of the visit for an
   * order paid at the window before the platform (no order document once the visit's orders are
   * made); null when it was not paid (or was refunded), or its order is not made yet.
   */
  private async paidAt(a: AppointmentDoc, n: number): Promise<number | null> {
    const order = await this.db.get<OrderDoc>('orders', visitOrderId(a._id, n));
    if (!order) return a.visitOrders === 'done' ? (a.completedAt ?? a.end) : null;
    return order.status === 'refunded' ? null : order.paidAt;
  }

  /** The report of one test, from its sample taken ten minutes after `paidAt`; null before the sample. */
  private reportOf(v: Visit, code: string, paidAt: number, patient: HisPatient, now: number): HisReport | null {
    const { a } = v;
    const completedAt = a.completedAt ?? a.end;
    const panel = LAB_PANELS[code];
    const exam = IMAGING_EXAMS[code];
    if (!panel && !exam) return null;
    const seed = `${a._id}|${code}`;
    const sampledAt = paidAt + 10 * MINUTE;
    if (now < sampledAt) return null;
    const reportedAt = sampledAt + (panel ? panel.turnaroundMinutes : exam.turnaroundMinutes) * MINUTE;
    const final = now >= reportedAt;
    const reviewers = panel ? LAB_REVIEWERS : IMAGING_REVIEWERS;
    const base = {
      id: `${a._id}.${code}`,
      hospitalId: a.hospitalId,
      visitId: a._id,
      patientId: a.patientId,
      code,
      title: panel ? panel.title : exam.title,
      kind: panel ? ('lab' as const) : ('imaging' as const),
      departmentId: a.departmentId,
      departmentName: a.departmentName,
      sampleType: panel ? panel.sampleType : '',
      sampledAt,
      reviewer: reviewers[Math.floor(draw(seed, 9) * reviewers.length)],
    };
    if (!final) return { ...base, status: 'registered', reportedAt: null, items: [], findings: '', impression: '', critical: false };
    const diagnosis = v.answer.diagnosis;
    if (panel) {
      const items = labItems(panel, seed, patient.sex, ageAt(patient.birthDate, completedAt) ?? 40, diagnosis);
      const critical = items.some((i) => i.interpretation === 'HH' || i.interpretation === 'LL');
      return { ...base, status: 'final', reportedAt, items, findings: '', impression: '', critical };
    }
    const reading = imagingReading(exam, seed, diagnosis);
    return { ...base, status: 'final', reportedAt, items: [], ...reading };
  }

  /** The first order holding each test, and when it was paid. */
  private async paidTests(v: Visit): Promise<Map<string, number>> {
    const paid = new Map<string, number>();
    for (const [n, order] of v.answer.orders.entries()) {
      const codes = order.items.filter((i) => i.category === 'lab' || i.category === 'imaging').map((i) => i.code);
      if (codes.length === 0) continue;
      const at = await this.paidAt(v.a, n);
      if (at !== null) for (const c of codes) if (!paid.has(c)) paid.set(c, at);
    }
    return paid;
  }

  private async visitReports(v: Visit, patient: HisPatient, now: number): Promise<HisReport[]> {
    const out: HisReport[] = [];
    for (const [code, paidAt] of await this.paidTests(v)) {
      const r = this.reportOf(v, code, paidAt, patient, now);
      if (r) out.push(r);
    }
    return out;
  }

  async reports(patient: HisPatient, since: number): Promise<{ reports: HisReport[] }> {
    const now = this.clock.now();
    const visits = await this.visits(patient.patientId, since - MAX_TURNAROUND);
    const changedAt = (r: HisReport): number => r.reportedAt ?? r.sampledAt;
    const all: HisReport[] = [];
    for (const v of visits) all.push(...(await this.visitReports(v, patient, now)));
    return { reports: all.filter((r) => changedAt(r) >= since) };
  }

  async report(id: string, patient: HisPatient): Promise<{ reports: HisReport[] }> {
    const dot = id.indexOf('.');
    const a = dot > 0 ? await this.db.get<AppointmentDoc>('appointments', id.slice(0, dot)) : null;
    const answer = a && a.patientId === patient.patientId ? await this.db.get<HisAnswerDoc>('hisAnswers', `his-${a._id}`) : null;
    const code = id.slice(dot + 1);
    const paidAt = a && answer ? (await this.paidTests({ a, answer })).get(code) : undefined;
    const report = a && answer && paidAt !== undefined ? this.reportOf({ a, answer }, code, paidAt, patient, this.clock.now()) : null;
    return { reports: report ? [report] : [] };
  }

  private async statusOf(a: AppointmentDoc, n: number, now: number): Promise<Pick<HisPrescription, 'status' | 'dispensedAt'>> {
    const order = await this.db.get<OrderDoc>('orders', visitOrderId(a._id, n));
    const completedAt = a.completedAt ?? a.end;
    if (!order) return completedAt < now - DAY ? { status: 'dispensed', dispensedAt: completedAt + 30 * MINUTE } : { status: 'unpaid', dispensedAt: null };
    if (order.paidAt === null) return { status: 'unpaid', dispensedAt: null };
    const dispensedAt = order.paidAt + 15 * MINUTE;
    return now >= dispensedAt ? { status: 'dispensed', dispensedAt } : { status: 'paid', dispensedAt: null };
  }

  private async visitPrescriptions(v: Visit, now: number): Promise<HisPrescription[]> {
    const out: HisPrescription[] = [];
    for (const [n, order] of v.answer.orders.entries()) {
      const drugs = order.items.filter((i) => i.category === 'drug' && DEMO_DRUGS[i.code]);
      if (drugs.length === 0) continue;
      const kinds = drugs.map((i) => DEMO_DRUGS[i.code].type);
      const type: PrescriptionType = kinds.includes('chronic_stable') ? 'chronic_stable' : kinds.includes('long_term') ? 'long_term' : 'normal';
      const items = drugs.map((i) => {
        const { type: _type, ...drug } = DEMO_DRUGS[i.code];
        const daily = unitsPerDay(drug.unitsPerTake, drug.frequency) ?? 1;
        const days = Math.max(1, Math.min(MAX_DAYS[type], Math.floor((i.quantity * drug.unitsPerPack) / daily)));
        return { code: i.code, ...drug, days, quantity: i.quantity };
      });
      const { a } = v;
      out.push({
        id: `${a._id}.rx${n}`,
        hospitalId: a.hospitalId,
        visitId: a._id,
        patientId: a.patientId,
        orderIndex: n,
        departmentId: a.departmentId,
        departmentName: a.departmentName,
        doctorName: a.ownerName,
        writtenAt: a.completedAt ?? a.end,
        validDays: 1,
        validityNote: '',
        type,
        chronicNote: type === 'chronic_stable' ? '慢病稳定期，长期规律用药' : '',
        ...(await this.statusOf(a, n, now)),
        pharmacyWindow: `门诊西药房 ${1 + Math.floor(draw(a._id, 7) * 4)}号窗口`,
        items,
      });
    }
    return out;
  }

  /** The patient's in-person visits with their diagnoses (backend/domain/his/visits.ts). */
  async visitHistory(patient: HisPatient, since: number): Promise<{ visits: HisVisit[] }> {
    const visits = await this.visits(patient.patientId, since);
    return {
      visits: visits.map(({ a, answer }) => ({
        id: a._id,
        hospitalId: a.hospitalId,
        patientId: a.patientId,
        departmentId: a.departmentId,
        departmentName: a.departmentName,
        doctorName: a.ownerName,
        visitedAt: a.completedAt ?? a.end,
        diagnosis: answer.diagnosis,
        inPerson: true,
      })),
    };
  }

  async prescriptions(patient: HisPatient, since: number): Promise<{ prescriptions: HisPrescription[] }> {
    const now = this.clock.now();
    const visits = await this.visits(patient.patientId, since - PRESCRIPTION_WINDOW);
    const out: HisPrescription[] = [];
    for (const v of visits) out.push(...(await this.visitPrescriptions(v, now)));
    return { prescriptions: out };
  }
}
