/**
 * The thread: the consultation and its messages, oldest first, each picture as a 10-minute link
 * (docs/files.md) unless the content check refused it (then deleted and shown as removed). The
 * asker sees it; so does a doctor who may take the question, or took it.
 */
import { consult } from '../../../miniprogram/shared/contract/consult';
import type { ConsultImageView, ConsultThreadView } from '../../../miniprogram/shared/dto/consult';
import { replyRefusal } from '../../domain/online/consult';
import type { ConsultDoc, ConsultMessageDoc, ConsultPhotoDoc } from '../../domain/online/consult-docs';
import type { Ctx } from '../framework/context';
import { action } from '../framework/define';
import { doctorConsult } from './access';
import { syncPaid } from './money';
import { consultView, messageView } from './views';
import { either, itsDoctor, owner } from '../framework/who';

async function imagesOf(ctx: Ctx, ids: readonly string[]): Promise<ConsultImageView[]> {
  const out: ConsultImageView[] = [];
  for (const id of ids) {
    const p = await ctx.db.get<ConsultPhotoDoc>('consultPhotos', id);
    if (!p || p.check === 'rejected') out.push({ id, url: '', removed: true });
    else out.push({ id, url: (await ctx.ports.files.link(p.filePath)).url, removed: false });
  }
  return out;
}

export async function threadView(ctx: Ctx, c: ConsultDoc, asDoctor: boolean): Promise<ConsultThreadView> {
  const messages = await ctx.db.find<ConsultMessageDoc>('consultMessages', { where: { consultId: c._id }, orderBy: [['at', 'asc']], limit: 100 });
  const views = [];
  for (const m of messages) views.push(messageView(m, await imagesOf(ctx, m.photoIds)));
  return {
    consultation: consultView(c, ctx.now),
    messages: views,
    canAccept: asDoctor && c.status === 'waiting',
    canReply: asDoctor && c.acceptedBy === ctx.openid && replyRefusal(c, ctx.now) === null,
  };
}

export const thread = action(consult.thread, {
  who: either(owner(), itsDoctor()),
  async run({ consultationId }, ctx) {
    const own = await ctx.db.get<ConsultDoc>('consults', consultationId);
    if (own && own.openid === ctx.user()) return threadView(ctx, await syncPaid(ctx.ports, own, ctx.now), false);
    return threadView(ctx, await syncPaid(ctx.ports, await doctorConsult(ctx, consultationId), ctx.now), true);
  },
});
