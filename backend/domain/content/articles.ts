/**
 * Health-education articles: what patients may see, how a body of text becomes blocks, and
 * the rules of publishing.
 */
import type { ArticleBlock } from '../../../miniprogram/shared/dto/content';
import { ArticleStatus } from '../../../miniprogram/shared/enums';
import type { ArticleDoc } from './docs';

/** Patients see only published articles. */
export function visibleToPatients(article: Pick<ArticleDoc, 'status'>): boolean {
  return article.status === ArticleStatus.published;
}

/**
 * Splits a body into blocks: paragraphs are separated by blank lines; a paragraph starting with
 * "## " is a heading. "## 症状\n\n发热、咳嗽" → [heading 症状, paragraph 发热、咳嗽].
 */
export function toBlocks(body: string): ArticleBlock[] {
  return body
    .replace(/\r\n?/g, '\n')
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter((p) => p.length > 0)
    .map((p) => (p.startsWith('## ') ? { type: 'heading', text: p.slice(3).trim() } : { type: 'paragraph', text: p }));
}

export type PublishChange = Pick<ArticleDoc, 'status' | 'publishedAt' | 'updatedAt'>;

/**
 * Publishing keeps the first publication time when an article is published again after a
 * correction, so lists do not jump; unpublishing keeps it too.
 */
export function publish(article: Pick<ArticleDoc, 'publishedAt'>, now: number): PublishChange {
  return { status: ArticleStatus.published, publishedAt: article.publishedAt ?? now, updatedAt: now };
}

export function unpublish(article: Pick<ArticleDoc, 'publishedAt'>, now: number): PublishChange {
  return { status: ArticleStatus.draft, publishedAt: article.publishedAt, updatedAt: now };
}

/** An article needs a title, a summary and a body of at least one paragraph before it is published. */
export function publishProblem(article: Pick<ArticleDoc, 'title' | 'summary' | 'body'>): string | null {
  if (article.title.trim().length === 0) return '请填写标题';
  if (article.summary.trim().length === 0) return '请填写摘要';
  if (toBlocks(article.body).filter((b) => b.type === 'paragraph').length === 0) return '正文至少需要一段文字';
  return null;
}
