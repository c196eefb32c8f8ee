/**
 * WeChat's verdict on a picture (the `wxa_media_check` event of security.mediaCheckAsync,
 * version 2), pushed to the `consult` function (云开发 → 设置 → 其他设置 → 消息推送: MsgType
 * `event`, Event `wxa_media_check`). A `risky` picture is deleted and marked refused with the
 * reason; the thread shows it as removed and a question may not use it. The trace id is known only
 * to the server, so an event that names no stored picture changes nothing.
 */
import { wechatVerdict } from '../../domain/online/content-words';
import type { ConsultPhotoDoc } from '../../domain/online/consult-docs';
import type { Ports } from '../../ports';

export interface MediaCheckEvent {
  MsgType: 'event';
  Event: 'wxa_media_check';
  trace_id: string;
  result?: { suggest?: string; label?: number | string };
}

export function isMediaCheckEvent(event: unknown): event is MediaCheckEvent {
  if (typeof event !== 'object' || event === null) return false;
  return Reflect.get(event, 'MsgType') === 'event' && Reflect.get(event, 'Event') === 'wxa_media_check' && typeof Reflect.get(event, 'trace_id') === 'string';
}

/** Records the verdict once; answers what it did. */
export async function handleMediaCheck(ports: Ports, event: MediaCheckEvent): Promise<{ photo: 'unknown' | 'pass' | 'rejected' }> {
  if (event.trace_id === '') return { photo: 'unknown' };
  const [p] = await ports.db.find<ConsultPhotoDoc>('consultPhotos', { where: { traceId: event.trace_id }, limit: 1 });
  if (!p) return { photo: 'unknown' };
  const verdict = wechatVerdict(event.result);
  if (verdict.ok) {
    await ports.db.update('consultPhotos', { _id: p._id, check: 'pending' }, { set: { check: 'pass' } });
    return { photo: 'pass' };
  }
  await ports.files.remove(p.filePath);
  await ports.db.update('consultPhotos', { _id: p._id }, { set: { check: 'rejected', reason: verdict.reason } });
  return { photo: 'rejected' };
}

/** The push the `consult` function takes besides its actions (cloudfunctions/consult/index.ts). */
export const mediaCheckPush = {
  accepts: isMediaCheckEvent,
  run: (ports: Ports, event: unknown): Promise<unknown> => (isMediaCheckEvent(event) ? handleMediaCheck(ports, event) : Promise.resolve(null)),
};
