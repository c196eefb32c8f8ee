/**
 * Content security locally: the word list of backend/domain/online/content-words.ts for text.
 * There is no image classifier locally: a picture's check stays pending (a trace id and no
 * verdict), as in the cloud until WeChat's event arrives; tests play that event into the handler.
 */
import { randomBytes } from 'node:crypto';
import { wordListVerdict } from '../../domain/online/content-words';
import type { ContentCheck, ContentVerdict } from '../../ports';

export class WordListCheck implements ContentCheck {
  async text(input: { content: string }): Promise<ContentVerdict> {
    return wordListVerdict(input.content);
  }

  async media(): Promise<{ traceId: string; verdict: ContentVerdict | null }> {
    return { traceId: `local-${randomBytes(12).toString('hex')}`, verdict: null };
  }
}
