/**
 * Messages after a call: "called" to the patient called, and "turn near" once per visit to each
 * waiting patient with 3 or fewer ahead. Queued in the outbox by dedupe key and sent at once, only
 * with the patient's consent (a subscribe credit, backend/handlers/reminders/dispatch.ts); one that
 * fails to send now is retried by the reminders timer.
 */
import { outboxId } from '../../domain/messages/outbox';
import type { OutboxDoc } from '../../domain/messages/outbox';
import { MessageKind } from '../../domain/messages/templates';
import type { QueueSessionDoc } from '../../domain/queue/docs';
import type { Notice, Ports } from '../../ports';
import { sendClaimed, TemplateBook } from '../reminders/dispatch';

export const NEAR_AHEAD = 3;
const STATUS_PAGE = 'queue/status/index';

/** Queues the notice once per key and, when this call queued it, claims and sends it now. */
async function notifyNow(ports: Ports, book: TemplateBook, notice: Notice): Promise<void> {
  if (!(await ports.notifier.notify(notice))) return;
  const _id = outboxId(notice.key);
  const now = ports.clock.now();
  if ((await ports.db.update('outbox', { _id, status: 'queued' }, { set: { status: 'sending', dueAt: now } })) === 0) return;
  const doc = await ports.db.get<OutboxDoc>('outbox', _id);
  if (!doc) return;
  try {
    await sendClaimed(ports, doc, book, now);
  } catch (e) {
    await ports.db.update('outbox', { _id, status: 'sending' }, { set: { status: 'queued' } });
    ports.logger.error('queue notice not sent', { key: notice.key, error: e instanceof Error ? e.message : String(e) });
  }
}

export async function queueNotices(ports: Ports, s: QueueSessionDoc, called: string | null): Promise<void> {
  const book = new TemplateBook(ports.db);
  const page = (id: string) => `${STATUS_PAGE}?id=${id}`;
  if (called) {
    const e = s.entries.find((x) => x.appointmentId === called);
    if (e && e.openid) {
      await notifyNow(ports, book, {
        openid: e.openid,
        hospitalId: s.hospitalId,
        kind: MessageKind.queue_called,
        key: `queue-called:${e.appointmentId}:${e.skips}`,
        page: page(e.appointmentId),
        appointmentId: e.appointmentId,
        data: { patient: e.patientName, room: s.room, tip: '请到诊室就诊' },
      });
    }
  }
  for (const [ahead, id] of s.order.slice(0, NEAR_AHEAD + 1).entries()) {
    const e = s.entries.find((x) => x.appointmentId === id);
    if (!e || !e.openid) continue;
    await notifyNow(ports, book, {
      openid: e.openid,
      hospitalId: s.hospitalId,
      kind: MessageKind.turn_near,
      key: `queue-near:${e.appointmentId}`,
      page: page(e.appointmentId),
      appointmentId: e.appointmentId,
      data: { department: s.departmentName, ahead: String(ahead), tip: `请到${s.room}附近候诊` },
    });
  }
}
