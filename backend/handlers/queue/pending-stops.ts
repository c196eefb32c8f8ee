/**
 * A patient's stops today around one appointment, each pending or done, from the real state: the
 * visit itself (done once completed; 回诊 once it is completed and something will have results,
 * done when the doctor finished the return), the cashier for the visit's outpatient orders (done
 * when none is unpaid), the blood draw (done when the HIS has every lab test sampled), exams from
 * the orders (done when their report exists) and exams booked for today (done once completed), the
 * pharmacy (done when every prescription of the visit is dispensed). An exam room's hours are its
 * published slots of the day; other desks keep outpatient hours. Stops with a live queue name it.
 */
import type { AppointmentDoc } from '../../domain/booking/docs';
import type { OrderDoc, OrderItem } from '../../domain/billing/docs';
import type { NavMap, Point } from '../../domain/navigation/map';
import { examProfiles, examTypeOfItem, labNeedsFasting, stopProfiles, type StopProfile } from '../../domain/navigation/stop-profiles';
import type { QueueKey, WaitQuery } from '../../domain/navigation/wait';
import type { QueueSessionDoc } from '../../domain/queue/docs';
import type { PrescriptionDoc, ReportDoc } from '../../domain/records/docs';
import { sessionOf } from '../../domain/scheduling/calendar';
import type { ResourceDoc, SlotDoc } from '../../domain/scheduling/docs';
import { shanghaiDate, shanghaiInstant, shanghaiTime } from '../../../miniprogram/shared/time';
import type { Db } from '../../ports';
import { examPlace, findPlace, firstOfKind } from '../navigation/lookups';
import { sessionIdOf } from './session-store';

export interface StopSeed {
  key: string;
  profile: StopProfile;
  point: Point;
  examType?: string;
  /** What the live queues need to predict the wait here (backend/handlers/queue/live-wait.ts). */
  wait: Omit<WaitQuery, 'kind' | 'examType'>;
  opensAtMs?: number;
  closesAtMs?: number;
  isPayment?: boolean;
  needsPayment?: boolean;
  needsFasting?: boolean;
  needsResults?: boolean;
  notes: string[];
}

export interface DoneStop {
  key: string;
  profile: StopProfile;
  point: Point;
}

export interface DayStops {
  pending: StopSeed[];
  done: DoneStop[];
}

const WAITING = new Set(['booked', 'checked_in']);
const LIVE_ORDER = new Set(['unpaid', 'paid', 'partially_refunded']);

/** A room's hours today from its published slots: the first start and the last end; null when it has no slots today. */
async function roomHours(db: Db, roomIds: readonly string[], date: string): Promise<{ opensAtMs: number; closesAtMs: number } | null> {
  const starts: number[] = [];
  const ends: number[] = [];
  for (const ownerId of roomIds) {
    const [first] = await db.find<SlotDoc>('slots', { where: { ownerId, date }, orderBy: [['start', 'asc']], limit: 1 });
    const [last] = await db.find<SlotDoc>('slots', { where: { ownerId, date }, orderBy: [['start', 'desc']], limit: 1 });
    if (first && last) {
      starts.push(first.start);
      ends.push(last.end);
    }
  }
  return starts.length > 0 ? { opensAtMs: Math.min(...starts), closesAtMs: Math.max(...ends) } : null;
}

const ownWait = (a: AppointmentDoc, returning = false): StopSeed['wait'] => ({
  queues: [{ ownerId: a.ownerId, date: a.date, session: a.session }],
  appointment: { id: a._id, openid: a.openid, patientName: a.patientName, slotStart: a.start, slotEnd: a.end },
  returning,
});

/** What the HIS has already done for the visit today: the report codes sampled, and whether every prescription is dispensed. */
export async function hisProgress(
  db: Db,
  appointment: Pick<AppointmentDoc, '_id' | 'patientId'>,
  dayStart: number,
): Promise<{ sampled: Set<string>; dispensed: boolean }> {
  const reports = await db.find<ReportDoc>('reports', { where: { patientId: appointment.patientId, sortAt: { gte: dayStart } }, limit: 100 });
  const prescriptions = await db.find<PrescriptionDoc>('prescriptions', {
    where: { patientId: appointment.patientId, writtenAt: { gte: dayStart } },
    limit: 100,
  });
  const ours = prescriptions.filter((p) => p.visitId === appointment._id);
  return {
    sampled: new Set(reports.filter((r) => r.visitId === appointment._id).map((r) => r.code)),
    dispensed: ours.length > 0 && ours.every((p) => p.status === 'dispensed'),
  };
}

async function returnDone(db: Db, appointment: AppointmentDoc): Promise<boolean> {
  const s = await db.get<QueueSessionDoc>('queueSessions', sessionIdOf(appointment));
  const e = s ? s.entries.find((x) => x.appointmentId === appointment._id) : undefined;
  return !!e && e.returning && e.state === 'done';
}

export async function dayStops(db: Db, map: NavMap, appointment: AppointmentDoc, payBeforeExam: boolean, now: number): Promise<DayStops> {
  const today = shanghaiDate(now);
  const dayStart = shanghaiInstant(today);
  const pending: StopSeed[] = [];
  const done: DoneStop[] = [];
  const mine = await db.find<AppointmentDoc>('appointments', {
    where: { openid: appointment.openid, start: { gte: dayStart, lt: dayStart + 86_400_000 } },
    limit: 100,
  });
  for (const a of mine.filter((x) => x.patientId === appointment.patientId && x.ownerType === 'resource')) {
    const resource = await db.get<ResourceDoc>('resources', a.ownerId);
    const examType = resource ? resource.examType : '';
    const point = findPlace(map, a.ownerId) ?? examPlace(map, examType);
    const base = examProfiles[examType] ?? { ...examProfiles.ecg, label: a.ownerName };
    const profile = { ...base, label: a.ownerName || base.label };
    if (!point) continue;
    if (a.status === 'completed') done.push({ key: `exam-${examType}`, profile, point });
    else if (WAITING.has(a.status))
      pending.push({
        key: `exam-${examType}`,
        profile,
        point,
        examType,
        wait: ownWait(a),
        opensAtMs: a.start,
        closesAtMs: a.end,
        notes: [`预约${shanghaiTime(a.start)}`],
      });
  }
  const isDoctorVisit = appointment.ownerType === 'doctor' && appointment.date === today;
  const department = findPlace(map, appointment.departmentId);
  if (isDoctorVisit && department && WAITING.has(appointment.status)) {
    pending.push({
      key: 'visit',
      profile: stopProfiles.visit,
      point: department,
      wait: ownWait(appointment),
      opensAtMs: appointment.start,
      notes: [`${appointment.ownerName} ${shanghaiTime(appointment.start)}`],
    });
  }
  if (isDoctorVisit && department && appointment.status === 'completed') done.push({ key: 'visit', profile: stopProfiles.visit, point: department });
  const orders = (await db.find<OrderDoc>('orders', { where: { visitId: appointment._id }, limit: 100 })).filter(
    (o) => o.kind === 'outpatient' && LIVE_ORDER.has(o.status),
  );
  const desk: StopSeed['wait'] = { queues: [], desk: { hospitalId: appointment.hospitalId, visitId: appointment._id } };
  const cashier = firstOfKind(map, 'cashier');
  if (cashier && orders.some((o) => o.status === 'unpaid'))
    pending.push({ key: 'cashier', profile: stopProfiles.cashier, point: cashier, wait: desk, isPayment: true, notes: ['门诊费用待缴'] });
  else if (cashier && orders.length > 0) done.push({ key: 'cashier', profile: stopProfiles.cashier, point: cashier });
  const progress = orders.length > 0 ? await hisProgress(db, appointment, dayStart) : { sampled: new Set<string>(), dispensed: false };
  const items = orders.flatMap((o) => o.items.map((item): [OrderItem, boolean] => [item, payBeforeExam && o.status === 'unpaid']));
  const labs = items.filter(([i]) => i.category === 'lab');
  const lab = firstOfKind(map, 'lab');
  if (lab && labs.length > 0) {
    if (labs.every(([i]) => progress.sampled.has(i.code))) done.push({ key: 'blood', profile: stopProfiles.blood, point: lab });
    else
      pending.push({
        key: 'blood',
        profile: stopProfiles.blood,
        point: lab,
        wait: desk,
        needsPayment: labs.some(([, pay]) => pay),
        needsFasting: labs.some(([i]) => labNeedsFasting(i.name)),
        notes: [],
      });
  }
  const seen = new Set([...pending, ...done].map((s) => s.key));
  for (const [item, needsPayment] of items) {
    if (item.category !== 'imaging' && item.category !== 'treatment') continue;
    const examType = examTypeOfItem(item.name);
    const point = examType ? examPlace(map, examType) : undefined;
    if (!examType || !point || seen.has(`exam-${examType}`)) continue;
    seen.add(`exam-${examType}`);
    if (progress.sampled.has(item.code)) {
      done.push({ key: `exam-${examType}`, profile: examProfiles[examType], point });
      continue;
    }
    const rooms = point.resourceIds ?? [];
    const hours = rooms.length > 0 ? await roomHours(db, rooms, today) : null;
    const closed = rooms.length > 0 && !hours;
    const times = hours ?? (closed ? { closesAtMs: now } : {});
    const queues: QueueKey[] = rooms.map((ownerId) => ({ ownerId, date: today, session: sessionOf(now) }));
    pending.push({
      key: `exam-${examType}`,
      profile: examProfiles[examType],
      point,
      examType,
      wait: { queues },
      needsPayment,
      ...times,
      notes: closed ? [item.name, '该检查室今日未开放'] : [item.name],
    });
  }
  const drugs = items.filter(([i]) => i.category === 'drug');
  const pharmacy = firstOfKind(map, 'pharmacy');
  if (pharmacy && drugs.length > 0) {
    if (progress.dispensed) done.push({ key: 'pharmacy', profile: stopProfiles.pharmacy, point: pharmacy });
    else pending.push({ key: 'pharmacy', profile: stopProfiles.pharmacy, point: pharmacy, wait: desk, needsPayment: drugs.some(([, pay]) => pay), notes: [] });
  }
  const withResults = [...pending, ...done].some((s) => s.profile.resultMinutes !== undefined);
  if (isDoctorVisit && department && appointment.status === 'completed') {
    if (await returnDone(db, appointment)) done.push({ key: 'revisit', profile: stopProfiles.revisit, point: department });
    else if (withResults)
      pending.push({
        key: 'revisit',
        profile: stopProfiles.revisit,
        point: department,
        wait: ownWait(appointment, true),
        needsResults: true,
        notes: [`带结果回${appointment.departmentName}找${appointment.ownerName}`],
      });
  }
  return { pending, done };
}
