/** Photos for complaints: private files reached only through `photoLink` by their uploader or the hospital's service staff. */
import { StaffRole } from '../../../miniprogram/shared/enums';
import { ErrorCode } from '../../../miniprogram/shared/errors';
import type { FeedbackPhotoDoc } from '../../domain/feedback/docs';
import { AppError, notFound } from '../framework/app-error';
import type { Ctx } from '../framework/context';
import { feedback } from '../../../miniprogram/shared/contract/feedback';
import { action } from '../framework/define';
import { attachPhoto, refuse } from '../framework/photo-upload';
import { either, owner, signedIn, staff } from '../framework/who';

const PHOTOS = { collection: 'feedbackPhotos', folder: 'complaints', prefix: 'fph' };

export const attach = action(feedback.attach, {
  who: signedIn(),
  offer: { key: 'feedback' },
  run: async (input, ctx) => ({ photoId: await attachPhoto(ctx, PHOTOS, input) }),
});

/** The caller's own photos of the hospital, or NOT_FOUND naming the first that is not. */
export async function ownPhotos(ctx: Ctx, hospitalId: string, photoIds: readonly string[]): Promise<string[]> {
  for (const id of photoIds) {
    const p = await ctx.db.get<FeedbackPhotoDoc>('feedbackPhotos', id);
    if (!p || p.openid !== ctx.user() || p.hospitalId !== hospitalId) throw new AppError(ErrorCode.NOT_FOUND, '图片不存在，请重新上传', 'photoIds');
  }
  return [...new Set(photoIds)];
}

export const photoLink = action(feedback.photoLink, {
  who: either(owner(), staff('service')),
  async run({ photoId }, ctx) {
    const p = await ctx.db.get<FeedbackPhotoDoc>('feedbackPhotos', photoId);
    if (!p) throw notFound('图片');
    if (p.openid !== ctx.user() && !(await ctx.rolesIn(p.hospitalId)).includes(StaffRole.service)) await refuse(ctx, '图片');
    return ctx.ports.files.link(p.filePath);
  },
});
