/**
 * Live waits at the desks that keep no bookable queue — the cashier, the blood draw, the pharmacy —
 * counted from what the store truly holds about today's outpatient orders of the hospital:
 * - cashier: visits with an unpaid outpatient order whose hold has not ended (some will pay in the
 *   app instead, so the count is an upper bound);
 * - blood draw: visits that paid for lab tests within the last 3 hours and whose tests the HIS has
 *   not all sampled yet;
 * - pharmacy: visits that paid for drugs within the last 2 hours and whose prescriptions are not all
 *   dispensed.
 * Someone counted may be elsewhere in the hospital (another queue, gone home), and the desks'
 * windows are assumed, not known: every desk estimate is marked uncertain. The patient's own visit
 * is never counted.
 */
import type { OrderItem, OrderStatus } from '../billing/docs';
import { stopProfiles } from './stop-profiles';

export type DeskKind = 'cashier' | 'blood' | 'pharmacy';

/** What the count needs of one outpatient order of the day. */
export interface DeskOrder {
  visitId: string;
  status: OrderStatus;
  holdUntil: number | null;
  paidAt: number | null;
  items: ReadonlyArray<Pick<OrderItem, 'code' | 'category'>>;
}

/** What the HIS has done for a visit: the item codes sampled (lab) and whether every prescription is dispensed. */
export interface VisitProgress {
  sampled: ReadonlySet<string>;
  dispensed: boolean;
}

/** How long after paying someone is still counted as on the way to the desk. */
export const RECENT_PAYMENT_MINUTES: Record<Exclude<DeskKind, 'cashier'>, number> = { blood: 180, pharmacy: 120 };
/** Windows open at each desk: an assumption (the hospital does not record it), one reason the estimate is uncertain. */
export const DESK_WINDOWS: Record<DeskKind, number> = { cashier: 4, blood: 3, pharmacy: 3 };

const PAID = new Set<OrderStatus>(['paid', 'partially_refunded']);

/** Which visits are waiting at each desk now, the patient's own (`exceptVisitId`) left out. */
export function deskVisits(
  orders: readonly DeskOrder[],
  progress: ReadonlyMap<string, VisitProgress>,
  now: number,
  exceptVisitId: string,
): Record<DeskKind, Set<string>> {
  const out: Record<DeskKind, Set<string>> = { cashier: new Set(), blood: new Set(), pharmacy: new Set() };
  for (const o of orders) {
    if (o.visitId === exceptVisitId) continue;
    if (o.status === 'unpaid' && (o.holdUntil === null || o.holdUntil > now)) out.cashier.add(o.visitId);
    if (!PAID.has(o.status) || o.paidAt === null || o.paidAt > now) continue;
    const sincePaid = (now - o.paidAt) / 60_000;
    const done = progress.get(o.visitId);
    const labs = o.items.filter((i) => i.category === 'lab');
    if (labs.length > 0 && sincePaid <= RECENT_PAYMENT_MINUTES.blood && !labs.every((i) => done?.sampled.has(i.code))) out.blood.add(o.visitId);
    if (o.items.some((i) => i.category === 'drug') && sincePaid <= RECENT_PAYMENT_MINUTES.pharmacy && !done?.dispensed) out.pharmacy.add(o.visitId);
  }
  return out;
}

export interface DeskWait {
  /** People counted ahead. */
  waiting: number;
  /** Median and a high guess in minutes. */
  p50: number;
  p90: number;
  text: string;
}

const BASIS: Record<DeskKind, string> = {
  cashier: '按待缴费人数估算',
  blood: '按已缴费未采血人数估算',
  pharmacy: '按已缴费未取药人数估算',
};

/** The wait for `waiting` people ahead at a desk: each takes the desk's service minutes, shared among its windows. */
export function deskWait(kind: DeskKind, waiting: number): DeskWait {
  const per = stopProfiles[kind].serviceMinutes / DESK_WINDOWS[kind];
  const p50 = Math.round(waiting * per);
  const p90 = Math.max(p50 + 1, Math.ceil((waiting + 1) * per * 1.5));
  const text =
    waiting === 0 ? `暂无他人排队，约 0–${p90} 分钟（${BASIS[kind]}，仅供参考）` : `约${waiting}人在等，约 ${p50}–${p90} 分钟（${BASIS[kind]}，仅供参考）`;
  return { waiting, p50, p90, text };
}
