/**
 * Content security of what patients send: text through the ContentCheck port (WeChat's
 * msgSecCheck in the cloud, the word list locally), pictures checked when attached (WeChat's
 * mediaCheckAsync, answered later by its event). A refused text or picture is answered with the
 * reason and not stored.
 */
import { ErrorCode } from '../../../miniprogram/shared/errors';
import type { ConsultPhotoDoc } from '../../domain/online/consult-docs';
import type { ContentVerdict } from '../../ports';
import { AppError } from '../framework/app-error';
import type { Ctx } from '../framework/context';

/** WeChat's scene for the messages of a consultation: 2 (评论). */
export const SCENE = 2;

function refused(verdict: ContentVerdict, field: string): void {
  if (!verdict.ok) throw new AppError(ErrorCode.VALIDATION_FAILED, verdict.reason, field);
}

export async function checkText(ctx: Ctx, text: string): Promise<void> {
  refused(await ctx.ports.contentCheck.text({ openid: ctx.user(), scene: SCENE, content: text }), 'text');
}

/** The caller's own pictures of this hospital, none refused by the content check. */
export async function ownPhotos(ctx: Ctx, hospitalId: string, ids: readonly string[]): Promise<string[]> {
  const unique = [...new Set(ids)];
  for (const id of unique) {
    const p = await ctx.db.get<ConsultPhotoDoc>('consultPhotos', id);
    if (!p || p.openid !== ctx.user() || p.hospitalId !== hospitalId) throw new AppError(ErrorCode.NOT_FOUND, '图片不存在，请重新上传', 'images');
    if (p.check === 'rejected') throw new AppError(ErrorCode.VALIDATION_FAILED, p.reason, 'images');
  }
  return unique;
}
