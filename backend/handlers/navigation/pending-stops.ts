/**
 * A patient's pending stops today around one appointment: the visit itself (or 回诊 once it is
 * completed and something will have results), the cashier for unpaid outpatient orders, the blood
 * draw, exams and the pharmacy from the visit's orders, and exam appointments booked for today.
 * An exam room's hours are its published slots of the day; other desks keep outpatient hours.
 */
import type { AppointmentDoc } from '../../domain/booking/docs';
import type { OrderDoc } from '../../domain/billing/docs';
import type { NavMap, Point } from '../../domain/navigation/map';
import { examProfiles, examTypeOfItem, labNeedsFasting, stopProfiles, type StopProfile } from '../../domain/navigation/stop-profiles';
import type { ResourceDoc, SlotDoc } from '../../domain/scheduling/docs';
import { shanghaiDate, shanghaiInstant, shanghaiTime } from '../../../miniprogram/shared/time';
import type { Db } from '../../ports';
import { examPlace, findPlace, firstOfKind } from './lookups';

export interface StopSeed {
  key: string;
  profile: StopProfile;
  point: Point;
  examType?: string;
  ownerId?: string;
  appointmentId?: string;
  opensAtMs?: number;
  closesAtMs?: number;
  isPayment?: boolean;
  needsPayment?: boolean;
  needsFasting?: boolean;
  needsResults?: boolean;
  notes: string[];
}

const WAITING = new Set(['booked', 'checked_in']);

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
const LIVE_ORDER = new Set(['unpaid', 'paid', 'partially_refunded']);

async function examAppointmentsToday(db: Db, appointment: AppointmentDoc, now: number): Promise<AppointmentDoc[]> {
  const date = shanghaiDate(now);
  const start = shanghaiInstant(date);
  const mine = await db.find<AppointmentDoc>('appointments', { where: { openid: appointment.openid, start: { gte: start, lt: start + 86_400_000 } }, limit: 100 });
  return mine.filter((a) => a.patientId === appointment.patientId && a.ownerType === 'resource' && WAITING.has(a.status));
}

export async function pendingStops(db: Db, map: NavMap, appointment: AppointmentDoc, payBeforeExam: boolean, now: number): Promise<StopSeed[]> {
  const today = shanghaiDate(now);
  const seeds: StopSeed[] = [];
  const add = (seed: StopSeed | null): void => {
    if (seed) seeds.push(seed);
  };
  for (const a of await examAppointmentsToday(db, appointment, now)) {
    const resource = await db.get<ResourceDoc>('resources', a.ownerId);
    const examType = resource ? resource.examType : '';
    const point = findPlace(map, a.ownerId) ?? examPlace(map, examType);
    const profile = examProfiles[examType] ?? { ...examProfiles.ecg, label: a.ownerName };
    if (point) add({ key: `exam-${examType}`, profile: { ...profile, label: a.ownerName || profile.label }, point, examType, ownerId: a.ownerId, appointmentId: a._id, opensAtMs: a.start, closesAtMs: a.end, notes: [`预约${shanghaiTime(a.start)}`] });
  }
  const isDoctorVisit = appointment.ownerType === 'doctor' && appointment.date === today;
  const department = findPlace(map, appointment.departmentId);
  if (isDoctorVisit && department && WAITING.has(appointment.status)) {
    add({ key: 'visit', profile: stopProfiles.visit, point: department, ownerId: appointment.ownerId, appointmentId: appointment._id, opensAtMs: appointment.start, notes: [`${appointment.ownerName} ${shanghaiTime(appointment.start)}`] });
  }
  const orders = (await db.find<OrderDoc>('orders', { where: { visitId: appointment._id }, limit: 100 })).filter((o) => o.kind === 'outpatient' && LIVE_ORDER.has(o.status));
  const unpaid = orders.some((o) => o.status === 'unpaid');
  const cashier = firstOfKind(map, 'cashier');
  if (unpaid && cashier) add({ key: 'cashier', profile: stopProfiles.cashier, point: cashier, isPayment: true, notes: ['门诊费用待缴'] });
  const mustPay = (o: OrderDoc): boolean => payBeforeExam && o.status === 'unpaid';
  const seen = new Set(seeds.map((s) => s.key));
  for (const o of orders) {
    for (const item of o.items) {
      const needsPayment = mustPay(o);
      if (item.category === 'lab') {
        const lab = firstOfKind(map, 'lab');
        const existing = seeds.find((s) => s.key === 'blood');
        if (existing) {
          existing.needsFasting = existing.needsFasting || labNeedsFasting(item.name);
          existing.needsPayment = existing.needsPayment || needsPayment;
        } else if (lab) add({ key: 'blood', profile: stopProfiles.blood, point: lab, needsPayment, needsFasting: labNeedsFasting(item.name), notes: [] });
      } else if (item.category === 'drug') {
        const pharmacy = firstOfKind(map, 'pharmacy');
        if (pharmacy && !seeds.some((s) => s.key === 'pharmacy')) add({ key: 'pharmacy', profile: stopProfiles.pharmacy, point: pharmacy, needsPayment, notes: [] });
      } else if (item.category === 'imaging' || item.category === 'treatment') {
        const examType = examTypeOfItem(item.name);
        const point = examType ? examPlace(map, examType) : undefined;
        if (examType && point && !seen.has(`exam-${examType}`)) {
          seen.add(`exam-${examType}`);
          const rooms = point.resourceIds ?? [];
          const hours = rooms.length > 0 ? await roomHours(db, rooms, today) : null;
          const closed = rooms.length > 0 && !hours;
          const times = hours ?? (closed ? { closesAtMs: now } : {});
          add({ key: `exam-${examType}`, profile: examProfiles[examType], point, examType, needsPayment, ...times, notes: closed ? [item.name, '该检查室今日未开放'] : [item.name] });
        }
      }
    }
  }
  const withResults = seeds.some((s) => s.profile.resultMinutes !== undefined);
  if (isDoctorVisit && department && appointment.status === 'completed' && withResults) {
    add({ key: 'revisit', profile: stopProfiles.revisit, point: department, ownerId: appointment.ownerId, needsResults: true, notes: [`带结果回${appointment.departmentName}找${appointment.ownerName}`] });
  }
  return seeds;
}
