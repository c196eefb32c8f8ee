/**
 * Content security in the cloud: the local word list first, then WeChat's checks through cloud
 * openapi (declared in cloudfunctions/consult/config.json permissions): security.msgSecCheck
 * (version 2: openid, scene, content; `result.suggest` risky is refused) and
 * security.mediaCheckAsync (version 2: openid, scene, mediaUrl, mediaType 2 for a picture), whose
 * verdict arrives later as the `wxa_media_check` event (backend/handlers/consult/media-check.ts).
 * When WeChat cannot be asked, text is refused (fail closed) with a message to try again.
 */
import { wordListVerdict, wechatVerdict } from '../../domain/online/content-words';
import type { ContentCheck, ContentVerdict, Logger } from '../../ports';
import type { CloudSdk } from './sdk-types';

export const CHECK_UNAVAILABLE = '内容安全检测暂时不可用，请稍后再试';

export class CloudContentCheck implements ContentCheck {
  constructor(
    private readonly sdk: CloudSdk,
    private readonly logger: Logger,
  ) {}

  async text(input: { openid: string; scene: 1 | 2 | 3 | 4; content: string }): Promise<ContentVerdict> {
    const local = wordListVerdict(input.content);
    if (!local.ok) return local;
    try {
      const res = await this.sdk.openapi.security.msgSecCheck({ version: 2, openid: input.openid, scene: input.scene, content: input.content });
      if ((res.errCode ?? 0) !== 0) throw new Error(`${res.errCode} ${res.errMsg}`);
      return wechatVerdict(res.result);
    } catch (e) {
      this.logger.error('msgSecCheck failed', { error: e instanceof Error ? e.message : String(e) });
      return { ok: false, label: 'unavailable', reason: CHECK_UNAVAILABLE };
    }
  }

  async media(input: { openid: string; scene: 1 | 2 | 3 | 4; url: string }): Promise<{ traceId: string; verdict: ContentVerdict | null }> {
    try {
      const res = await this.sdk.openapi.security.mediaCheckAsync({ version: 2, openid: input.openid, scene: input.scene, mediaUrl: input.url, mediaType: 2 });
      if ((res.errCode ?? 0) !== 0 || !res.traceId) throw new Error(`${res.errCode} ${res.errMsg}`);
      return { traceId: res.traceId, verdict: null };
    } catch (e) {
      this.logger.error('mediaCheckAsync failed', { error: e instanceof Error ? e.message : String(e) });
      return { traceId: '', verdict: { ok: false, label: 'unavailable', reason: CHECK_UNAVAILABLE } };
    }
  }
}
