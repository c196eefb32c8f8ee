/**
 * The `reminders` timer (every 5 minutes): creates the reminders that fell due — the evening
 * before a visit, one hour before it, an unpaid hold about to run out — and sends every queued
 * message. Reminders are created once (the dedupe key kind:appointment) and sent once.
 */
import { AppointmentStatus } from '../../../miniprogram/shared/enums';

import { feeText } from '../../../miniprogram/shared/money';
import { outboxDoc, type OutboxDoc } from '../../domain/messages/outbox';
import type { AppointmentDoc } from '../../domain/booking/docs';
import { eveningReminderDate, holdWarningWindow, soonWindow } from '../../domain/messages/reminders';
import { wechatTime, wechatTimeRange } from '../../domain/messages/shape';
import { DuplicateKeyError, MAX_PAGE, type Notice, type Where } from '../../ports';
import type { Ctx } from '../framework/context';
import { sendClaimed, TemplateBook } from './dispatch';

/** A message claimed for sending longer ago than this is not resent (it may have gone): marked unknown. */
const STALE_SENDING_MS = 10 * 60_000;

type ReminderKind = 'visit_tomorrow' | 'visit_soon' | 'payment_expiring';

function reminderOf(kind: ReminderKind, a: AppointmentDoc): Notice {
  const base = {
    openid: a.openid,
    hospitalId: a.hospitalId,
    kind,
    key: `${kind}:${a._id}`,
    appointmentId: a._id,
    page: `booking/appointment/index?id=${a._id}`,
  };
  if (kind === 'payment_expiring') {
    return { ...base, data: { item: `挂号费 ${a.ownerName}`, amount: feeText(a.feeFen), deadline: wechatTime(a.holdUntil ?? a.start) } };
  }
  const tip = kind === 'visit_tomorrow' ? `明天就诊，请带好身份证件，提前到${a.location}签到` : `1小时后就诊，请到${a.location}签到`;
  return {
    ...base,
    data: { patient: a.patientName, doctor: `${a.departmentName} ${a.ownerName}`, time: wechatTimeRange(a.start, a.end), tip, location: a.location },
  };
}

/** Reads the due appointments 100 at a time, in _id order from the last one seen (no growing skip). */
async function remindAll(ctx: Ctx, kind: ReminderKind, where: Where, book: TemplateBook, counts: Record<string, number>): Promise<void> {
  for (let after = ''; ; ) {
    const page = await ctx.db.find<AppointmentDoc>('appointments', { where: { ...where, _id: { gt: after } }, orderBy: [['_id', 'asc']], limit: MAX_PAGE });
    if (page.length > 0) after = page[page.length - 1]._id;
    for (const a of page) {
      const doc = outboxDoc(reminderOf(kind, a), ctx.now, 'sending');
      try {
        await ctx.db.insert('outbox', doc);
      } catch (e) {
        if (e instanceof DuplicateKeyError) continue;
        throw e;
      }
      counts.created++;
      counts[await sendClaimed(ctx.ports, doc, book, ctx.now)]++;
    }
    if (page.length < MAX_PAGE) return;
  }
}

async function stillWanted(ctx: Ctx, doc: OutboxDoc): Promise<boolean> {
  if (!doc.appointmentId || !['visit_tomorrow', 'visit_soon', 'payment_expiring'].includes(doc.kind)) return true;
  const a = await ctx.db.get<AppointmentDoc>('appointments', doc.appointmentId);
  const wanted: AppointmentStatus[] =
    doc.kind === 'payment_expiring' ? [AppointmentStatus.pending_payment] : [AppointmentStatus.booked, AppointmentStatus.checked_in];
  return !!a && wanted.includes(a.status);
}

async function sendQueued(ctx: Ctx, book: TemplateBook, counts: Record<string, number>): Promise<void> {
  for (;;) {
    const due = await ctx.db.find<OutboxDoc>('outbox', { where: { status: 'queued', dueAt: { lte: ctx.now } }, orderBy: [['dueAt', 'asc']], limit: MAX_PAGE });
    let claimed = 0;
    for (const doc of due) {
      if ((await ctx.db.update('outbox', { _id: doc._id, status: 'queued' }, { set: { status: 'sending', dueAt: ctx.now } })) === 0) continue;
      claimed++;
      if (!(await stillWanted(ctx, doc))) {
        await ctx.db.update('outbox', { _id: doc._id, status: 'sending' }, { set: { status: 'skipped', errorMessage: '预约已取消或已变更，不再提醒' } });
        counts.skipped++;
        continue;
      }
      counts[await sendClaimed(ctx.ports, doc, book, ctx.now)]++;
    }
    if (due.length < MAX_PAGE || claimed === 0) return;
  }
}

export async function remindersTimer(ctx: Ctx): Promise<Record<string, number>> {
  const counts: Record<string, number> = { created: 0, sent: 0, skipped: 0, failed: 0, queued: 0, unknown: 0 };
  counts.unknown += await ctx.db.update(
    'outbox',
    { status: 'sending', dueAt: { lt: ctx.now - STALE_SENDING_MS } },
    { set: { status: 'unknown', errorMessage: '发送中断，未确认是否送达，不再重发' } },
  );
  const book = new TemplateBook(ctx.db);
  const evening = eveningReminderDate(ctx.now);
  if (evening) await remindAll(ctx, 'visit_tomorrow', { status: AppointmentStatus.booked, date: evening }, book, counts);
  const soon = soonWindow(ctx.now);
  await remindAll(
    ctx,
    'visit_soon',
    { status: { in: [AppointmentStatus.booked, AppointmentStatus.checked_in] }, start: { gt: soon.after, lte: soon.until } },
    book,
    counts,
  );
  const hold = holdWarningWindow(ctx.now);
  await remindAll(ctx, 'payment_expiring', { status: AppointmentStatus.pending_payment, holdUntil: { gt: hold.after, lte: hold.until } }, book, counts);
  await sendQueued(ctx, book, counts);
  return counts;
}
