/**
 * Photos patients upload (complaint pictures, proofs for record copies): one JPEG or PNG sent as
 * base64 (at most 1 MB), checked by its first bytes, stored as a private file (docs/files.md) and
 * recorded with its uploader. The record's id comes from the caller and the requestId, so a retry
 * stores nothing twice. Paths are never logged.
 */
import { ErrorCode } from '../../../miniprogram/shared/errors';
import type { AttachPhoto } from '../../../miniprogram/shared/contract/photos';
import type { FunctionKey } from '../../../miniprogram/shared/offers';
import type { PhotoDoc } from '../../domain/photos';
import { hashId } from '../../ids';
import { privatePath } from '../../private-files';
import { hospitalOr404 } from '../content/lookups';
import { AppError } from './app-error';
import type { Ctx } from './context';
import { action } from './define';
import { fields, z } from './validation';

const kinds = [
  { ext: 'jpg', type: 'image/jpeg', magic: [0xff, 0xd8, 0xff] },
  { ext: 'png', type: 'image/png', magic: [0x89, 0x50, 0x4e, 0x47] },
];

/** Stores the photo in `collection` under `private/<folder>/<hospitalId>/`; answers its id. */
export async function storePhoto(
  ctx: Ctx,
  where: { collection: string; folder: string; prefix: string },
  hospitalId: string,
  image: string,
  requestId: string,
): Promise<string> {
  const openid = ctx.user();
  const _id = hashId(where.prefix, openid, requestId);
  if (await ctx.db.get<PhotoDoc>(where.collection, _id)) return _id;
  const bytes = Buffer.from(image, 'base64');
  const kind = kinds.find((k) => k.magic.every((b, i) => bytes[i] === b));
  if (!kind) throw new AppError(ErrorCode.VALIDATION_FAILED, '只能上传JPG或PNG图片', 'image');
  const stored = await ctx.ports.files.put(privatePath(`${where.folder}/${hospitalId}`, kind.ext), bytes, kind.type);
  await ctx.db.insert<PhotoDoc>(where.collection, { _id, hospitalId, openid, filePath: stored.fileId, size: stored.size, createdAt: ctx.now });
  return _id;
}

/** The upload action of a kind of photo: `{ hospitalId, image, requestId }` → `{ [answerKey]: id }`. */
export function attachAction(where: { collection: string; folder: string; prefix: string }, answerKey: 'photoId' | 'proofId', offer: FunctionKey) {
  return action({
    access: 'user',
    offer: { key: offer },
    input: z.object({ hospitalId: fields.id(), image: fields.image(), requestId: fields.requestId() }),
    async run({ hospitalId, image, requestId }, ctx): Promise<Record<string, string>> {
      await hospitalOr404(ctx.db, hospitalId);
      return { [answerKey]: await storePhoto(ctx, where, hospitalId, image, requestId) };
    },
  });
}

/** The upload action of a function on a contract (miniprogram/shared/contract/photos.ts): the photo stored in `where`, its id answered. */
export function attachPhotoAction(contract: AttachPhoto, where: { collection: string; folder: string; prefix: string }, offer: FunctionKey) {
  return action(contract, {
    access: 'user',
    offer: { key: offer },
    async run({ hospitalId, image, requestId }, ctx) {
      await hospitalOr404(ctx.db, hospitalId);
      return { photoId: await storePhoto(ctx, where, hospitalId, image, requestId) };
    },
  });
}

/** NOT_FOUND for a caller who is no staff member anywhere (nothing is revealed), FORBIDDEN for staff without the role here. */
export async function refuse(ctx: Ctx, what: string): Promise<never> {
  if ((await ctx.staffGrants()).length > 0 || ctx.platformAdmin) throw new AppError(ErrorCode.FORBIDDEN);
  throw new AppError(ErrorCode.NOT_FOUND, `${what}不存在`);
}
