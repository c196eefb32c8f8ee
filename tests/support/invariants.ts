/**
 * What must hold after any crash, once the sweeper, the reconciler and the timers have run:
 * place counts equal the appointments holding a place (under way, completed or missed), booking limits are held by exactly the active
 * appointments, money paid = money kept + money refunded (and WeChat Pay agrees), at most one
 * valid invoice per order and it matches the money, a cancelled paid service (home nursing, record
 * copies, a declined, expired or withdrawn consultation or follow-up, a cancelled online prescription
 * and its posting fee) refunded exactly what its cancel owes and nothing left owed, no message twice.
 */
import type { OrderDoc, RefundDoc } from '../../backend/domain/billing/docs';
import type { AppointmentDoc } from '../../backend/domain/booking/docs';
import { limitKeysOf, type LimitDoc } from '../../backend/domain/booking/limits';
import { ACTIVE, HOLDING } from '../../backend/domain/booking/transitions';
import type { SlotDoc } from '../../backend/domain/scheduling/docs';
import type { HomecareRequestDoc } from '../../backend/domain/homecare/docs';
import type { CopyApplicationDoc } from '../../backend/domain/record-copies/docs';
import type { ConsultDoc } from '../../backend/domain/online/consult-docs';
import type { DeliveryDoc, FollowupDoc, OnlineRxDoc } from '../../backend/domain/online/docs';
import type { SandboxTrade } from '../../backend/adapters/local/sandbox-payments';
import type { Db, Doc } from '../../backend/ports';
import { MAX_PAGE } from '../../backend/ports';

async function all<T extends Doc>(db: Db, collection: string, where = {}): Promise<T[]> {
  const out: T[] = [];
  for (;;) {
    const page = await db.find<T>(collection, { where, orderBy: [['_id', 'asc']], skip: out.length, limit: MAX_PAGE });
    out.push(...page);
    if (page.length < MAX_PAGE) return out;
  }
}

const sum = (xs: number[]) => xs.reduce((n, x) => n + x, 0);

/** Every broken invariant, as readable lines; empty when all hold. */
export async function brokenInvariants(db: Db): Promise<string[]> {
  const problems: string[] = [];
  const appointments = await all<AppointmentDoc>(db, 'appointments');
  const active = appointments.filter((a) => ACTIVE.includes(a.status));

  for (const slot of await all<SlotDoc>(db, 'slots', { touchedAt: { gt: 0 } })) {
    const holding = appointments.filter((a) => a.slotId === slot._id && HOLDING.includes(a.status)).length;
    if (slot.booked !== holding) problems.push(`slot ${slot._id}: booked ${slot.booked}, appointments holding a place ${holding}`);
    const online = Math.max(0, slot.capacity - slot.onsiteReserve - holding);
    if (slot.onlineRemaining !== online) problems.push(`slot ${slot._id}: onlineRemaining ${slot.onlineRemaining}, expected ${online}`);
  }

  const limits = await all<LimitDoc>(db, 'bookingLimits');
  const ended = new Set(appointments.filter((a) => a.status === 'cancelled' || a.status === 'expired').map((a) => a._id));
  const known = new Set(appointments.map((a) => a._id));
  for (const l of limits)
    for (const h of l.holders) if (ended.has(h) || !known.has(h)) problems.push(`limit ${l._id} held by ${known.has(h) ? 'ended' : 'missing'} ${h}`);
  for (const a of active)
    for (const key of limitKeysOf(a, 1))
      if (!limits.some((l) => l._id === key.id && l.holders.includes(a._id))) problems.push(`appointment ${a._id} not in its ${key.kind} limit`);

  const refunds = await all<RefundDoc>(db, 'refunds');
  for (const o of await all<OrderDoc>(db, 'orders')) {
    const mine = refunds.filter((r) => r.orderId === o._id);
    const succeeded = sum(mine.filter((r) => r.status === 'succeeded').map((r) => r.amountFen));
    const pending = sum(mine.filter((r) => r.status === 'pending').map((r) => r.amountFen));
    if (o.refundedFen !== succeeded) problems.push(`order ${o._id}: refundedFen ${o.refundedFen}, succeeded refunds ${succeeded}`);
    if (o.refundableFen !== o.paidFen - succeeded - pending)
      problems.push(`order ${o._id}: refundableFen ${o.refundableFen} ≠ paid ${o.paidFen} − refunded ${succeeded} − pending ${pending}`);
    if (pending > 0) problems.push(`order ${o._id}: ${pending} fen still pending after the timers`);
    const trade = await db.get<SandboxTrade>('sandboxTrades', o.outTradeNo);
    const returned = trade ? sum(trade.refunds.map((r) => r.refundFen)) : 0;
    if (returned !== o.refundedFen) problems.push(`order ${o._id}: WeChat Pay returned ${returned}, recorded ${o.refundedFen}`);
    if (trade?.state === 'paid' && o.paidFen !== trade.totalFen)
      problems.push(`order ${o._id}: WeChat Pay holds ${trade.totalFen}, recorded paid ${o.paidFen}`);
    const visit = appointments.find((a) => a._id === o.visitId);
    const kept = o.paidFen - o.refundedFen;
    if (o.kind === 'registration' && visit && !ACTIVE.includes(visit.status) && visit.status !== 'completed' && visit.status !== 'no_show' && kept !== 0) {
      problems.push(`order ${o._id}: keeps ${kept} fen for a ${visit.status} visit`);
    }
    const valid = await all<{ _id: string; orderId: string; status: string; totalFen: number }>(db, 'invoices', { orderId: o._id, status: 'valid' });
    if (valid.length > 1) problems.push(`order ${o._id}: ${valid.length} valid invoices`);
    if (valid.length === 1 && valid[0].totalFen !== kept) problems.push(`order ${o._id}: valid invoice of ${valid[0].totalFen} for ${kept} kept`);
  }

  const orderOf = async (id: string | null) => (id ? db.get<OrderDoc>('orders', id) : null);
  for (const r of await all<HomecareRequestDoc>(db, 'homecareRequests', { status: 'cancelled' })) {
    const o = await orderOf(r.orderId);
    if (r.refund === 'owed') problems.push(`home nursing ${r._id}: refund still owed after the timers`);
    if (o && o.paidFen > 0 && o.refundedFen !== r.refundFen) problems.push(`home nursing ${r._id}: refunded ${o.refundedFen}, its cancel owes ${r.refundFen}`);
  }
  for (const a of await all<CopyApplicationDoc>(db, 'copyApplications', { status: 'cancelled' })) {
    const o = await orderOf(a.orderId);
    if (a.refund === 'owed') problems.push(`record copy ${a._id}: refund still owed after the timers`);
    if (o && o.refundedFen !== o.paidFen) problems.push(`record copy ${a._id}: paid ${o.paidFen}, refunded ${o.refundedFen}`);
  }
  /** An online service ended without its service: nothing owed after the timers, everything paid returned. */
  const refundedInFull = async (what: string, refund: string, orderId: string | null) => {
    if (refund === 'owed') problems.push(`${what}: refund still owed after the timers`);
    const o = await orderOf(orderId);
    if (o && o.refundedFen !== o.paidFen) problems.push(`${what}: paid ${o.paidFen}, refunded ${o.refundedFen}`);
  };
  for (const c of await all<ConsultDoc>(db, 'consults', { status: { in: ['declined', 'expired', 'withdrawn'] } }))
    await refundedInFull(`consultation ${c._id}`, c.refund, c.orderId);
  for (const f of await all<FollowupDoc>(db, 'followups', { status: { in: ['declined', 'withdrawn'] } }))
    await refundedInFull(`follow-up ${f._id}`, f.refund, f.orderId);
  for (const rx of await all<OnlineRxDoc>(db, 'onlinePrescriptions', { status: 'cancelled' }))
    await refundedInFull(`online prescription ${rx._id}`, rx.refund, rx.orderId);
  for (const d of await all<DeliveryDoc>(db, 'deliveries', { status: 'cancelled' })) await refundedInFull(`delivery ${d._id}`, d.refund, d.feeOrderId);

  const seen = new Map<string, number>();
  for (const m of await all<{ _id: string; key: string; kind: string; openid: string; page: string }>(db, 'outbox')) {
    // An order may see several refunds, each with its own notice; any other event is one message.
    const key = m.kind === 'refund_done' ? m.key : `${m.kind}|${m.openid}|${m.page}`;
    seen.set(key, (seen.get(key) ?? 0) + 1);
  }
  for (const [key, n] of seen) if (n > 1) problems.push(`message ${key} queued ${n} times`);
  return problems;
}
