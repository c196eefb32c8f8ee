/**
 * Photos for complaints: a JPEG or PNG sent as base64 (at most 1 MB), stored as a private file
 * (docs/files.md) and reached only through `photoLink` by its uploader or the hospital's service staff.
 */
import { StaffRole } from '../../../miniprogram/shared/enums';
import { ErrorCode } from '../../../miniprogram/shared/errors';
import type { FeedbackPhotoDoc } from '../../domain/feedback/docs';
import { hashId } from '../../ids';
import { privatePath } from '../../private-files';
import { hospitalOr404 } from '../content/lookups';
import { AppError, notFound } from '../framework/app-error';
import type { Ctx } from '../framework/context';
import { action } from '../framework/define';
import { fields, z } from '../framework/validation';
import { refuse } from './access';

const MAX_BYTES = 1024 * 1024;

const kinds = [
  { ext: 'jpg', type: 'image/jpeg', magic: [0xff, 0xd8, 0xff] },
  { ext: 'png', type: 'image/png', magic: [0x89, 0x50, 0x4e, 0x47] },
];

/** base64 of at most MAX_BYTES bytes. */
export const imageField = () =>
  z
    .string()
    .min(8)
    .max(Math.ceil(MAX_BYTES / 3) * 4)
    .regex(/^[A-Za-z0-9+/]+={0,2}$/, { message: '图片内容格式不正确' });

export const attach = action({
  access: 'user',
  input: z.object({ hospitalId: fields.id(), image: imageField(), requestId: fields.requestId() }),
  async run({ hospitalId, image, requestId }, ctx) {
    const openid = ctx.user();
    await hospitalOr404(ctx.db, hospitalId);
    const _id = hashId('fph', openid, requestId);
    const done = await ctx.db.get<FeedbackPhotoDoc>('feedbackPhotos', _id);
    if (done) return { photoId: done._id };
    const bytes = Buffer.from(image, 'base64');
    const kind = kinds.find((k) => k.magic.every((b, i) => bytes[i] === b));
    if (!kind) throw new AppError(ErrorCode.VALIDATION_FAILED, '只能上传JPG或PNG图片', 'image');
    const stored = await ctx.ports.files.put(privatePath(`complaints/${hospitalId}`, kind.ext), bytes, kind.type);
    await ctx.db.insert<FeedbackPhotoDoc>('feedbackPhotos', { _id, hospitalId, openid, filePath: stored.fileId, size: stored.size, createdAt: ctx.now });
    return { photoId: _id };
  },
});

/** The caller's own photos of the hospital, or NOT_FOUND naming the first that is not. */
export async function ownPhotos(ctx: Ctx, hospitalId: string, photoIds: readonly string[]): Promise<string[]> {
  for (const id of photoIds) {
    const p = await ctx.db.get<FeedbackPhotoDoc>('feedbackPhotos', id);
    if (!p || p.openid !== ctx.user() || p.hospitalId !== hospitalId) throw new AppError(ErrorCode.NOT_FOUND, '图片不存在，请重新上传', 'photoIds');
  }
  return [...new Set(photoIds)];
}

export const photoLink = action({
  access: 'user',
  input: z.object({ photoId: fields.id() }),
  async run({ photoId }, ctx) {
    const p = await ctx.db.get<FeedbackPhotoDoc>('feedbackPhotos', photoId);
    if (!p) throw notFound('图片');
    if (p.openid !== ctx.user() && !(await ctx.rolesIn(p.hospitalId)).includes(StaffRole.service)) await refuse(ctx, '图片');
    return ctx.ports.files.link(p.filePath);
  },
});
