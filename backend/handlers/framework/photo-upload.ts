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
import { hospitalOr404 } from './hospital';
import { AppError } from './app-error';
import type { Ctx } from './context';
import { action } from './define';
import { signedIn } from './who';

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

/** The body of an `attach` action: the hospital checked, the photo stored; answers its id. */
export async function attachPhoto(
  ctx: Ctx,
  where: { collection: string; folder: string; prefix: string },
  input: { hospitalId: string; image: string; requestId: string },
): Promise<string> {
  await hospitalOr404(ctx.db, input.hospitalId);
  return storePhoto(ctx, where, input.hospitalId, input.image, input.requestId);
}

/** The upload action of a function on a contract (miniprogram/shared/contract/photos.ts): the photo stored in `where`, its id answered. */
export function attachPhotoAction(contract: AttachPhoto, where: { collection: string; folder: string; prefix: string }, offer: FunctionKey) {
  return action(contract, {
    who: signedIn(),
    offer: { key: offer },
    run: async (input, ctx) => ({ photoId: await attachPhoto(ctx, where, input) }),
  });
}

/** NOT_FOUND for a caller who is no staff member anywhere (nothing is revealed), FORBIDDEN for staff without the role here. */
export async function refuse(ctx: Ctx, what: string): Promise<never> {
  if ((await ctx.staffGrants()).length > 0 || ctx.platformAdmin) throw new AppError(ErrorCode.FORBIDDEN);
  throw new AppError(ErrorCode.NOT_FOUND, `${what}不存在`);
}
