/**
 * Content security of what users write outside the consultation (complaints, ratings, home-nursing
 * requests, 你说我改): the same ContentCheck port as backend/handlers/consult/content.ts — WeChat's
 * msgSecCheck in the cloud, the word list of backend/domain/online/content-words.ts locally. A
 * refused text is answered with the reason on its field and nothing is stored.
 */
import { ErrorCode } from '../../../miniprogram/shared/errors';
import { AppError } from './app-error';
import type { Ctx } from './context';

/** WeChat's scene for comments and feedback: 2 (评论). */
const COMMENT_SCENE = 2;

/** Checks each given text; the first refused one answers VALIDATION_FAILED on its field. */
export async function checkUserTexts(ctx: Ctx, texts: Record<string, string | undefined>): Promise<void> {
  for (const [field, text] of Object.entries(texts)) {
    if (!text) continue;
    const verdict = await ctx.ports.contentCheck.text({ openid: ctx.user(), scene: COMMENT_SCENE, content: text });
    if (!verdict.ok) throw new AppError(ErrorCode.VALIDATION_FAILED, verdict.reason, field);
  }
}
