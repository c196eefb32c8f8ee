/**
 * Messages after a call: "called" to the patient called, and "turn near" once per visit to each
 * waiting patient with 3 or fewer ahead. Queued in the outbox by dedupe key; the reminders timer
 * sends them only with the patient's consent (a subscribe credit).
 */
import { MessageKind } from '../../domain/messages/templates';
import type { QueueSessionDoc } from '../../domain/queue/docs';
import type { Ports } from '../../ports';

export const NEAR_AHEAD = 3;
const STATUS_PAGE = 'queue/status/index';

export async function queueNotices(ports: Ports, s: QueueSessionDoc, called: string | null): Promise<void> {
  const page = (id: string) => `${STATUS_PAGE}?id=${id}`;
  if (called) {
    const e = s.entries.find((x) => x.appointmentId === called);
    if (e && e.openid) {
      await ports.notifier.notify({
        openid: e.openid, hospitalId: s.hospitalId, kind: MessageKind.queue_called, key: `queue-called:${e.appointmentId}:${e.skips}`,
        page: page(e.appointmentId), appointmentId: e.appointmentId, data: { patient: e.patientName, room: s.room, tip: '请到诊室就诊' },
      });
    }
  }
  for (const [ahead, id] of s.order.slice(0, NEAR_AHEAD + 1).entries()) {
    const e = s.entries.find((x) => x.appointmentId === id);
    if (!e || !e.openid) continue;
    await ports.notifier.notify({
      openid: e.openid, hospitalId: s.hospitalId, kind: MessageKind.turn_near, key: `queue-near:${e.appointmentId}`,
      page: page(e.appointmentId), appointmentId: e.appointmentId, data: { department: s.departmentName, ahead: String(ahead), tip: `请到${s.room}附近候诊` },
    });
  }
}
