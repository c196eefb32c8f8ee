/**
 * The article form: its fields, the checks the server makes (run before sending, so the editor
 * sees every problem at once beside its field), and the request id of a new article.
 */
import type { ArticleInput } from '../../shared/contract/content';
import type { ArticleDraft } from '../../shared/dto/content';
import { MEDIA_URL, tooLong } from '../common/form';

export const articleLimits = { title: 60, summary: 120, body: 20000, author: 40, videoUrl: 500 } as const;

export interface ArticleForm {
  columnId: string;
  title: string;
  summary: string;
  author: string;
  body: string;
  videoUrl: string;
}

export type ArticleField = keyof ArticleForm;
export type ArticleErrors = Record<ArticleField, string>;

export const articleFields: readonly ArticleField[] = ['columnId', 'title', 'summary', 'author', 'body', 'videoUrl'];

export function emptyArticleForm(): ArticleForm {
  return { columnId: '', title: '', summary: '', author: '', body: '', videoUrl: '' };
}

export function noArticleErrors(): ArticleErrors {
  return { columnId: '', title: '', summary: '', author: '', body: '', videoUrl: '' };
}

export function formOfDraft(d: ArticleDraft): ArticleForm {
  return { columnId: d.columnId, title: d.title, summary: d.summary, author: d.author, body: d.body, videoUrl: d.videoUrl };
}

/** True when the body has a paragraph that is not a "## " heading, as publishing requires. */
export function hasParagraph(body: string): boolean {
  return body
    .replace(/\r\n?/g, '\n')
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .some((p) => p.length > 0 && !p.startsWith('## '));
}

/**
 * Every problem of the form, by field ('' when fine). A published article (or one about to be)
 * also needs a summary and a body with at least one paragraph.
 */
export function validateArticle(form: ArticleForm, forPublish: boolean): ArticleErrors {
  const errors = noArticleErrors();
  if (!form.columnId) errors.columnId = '请选择栏目';
  errors.title = form.title.trim() === '' ? '请填写标题' : tooLong(form.title, articleLimits.title);
  errors.summary = tooLong(form.summary, articleLimits.summary);
  if (!errors.summary && forPublish && form.summary.trim() === '') errors.summary = '发布前请填写摘要';
  errors.author = tooLong(form.author, articleLimits.author);
  errors.body = tooLong(form.body, articleLimits.body);
  if (!errors.body && forPublish && !hasParagraph(form.body)) errors.body = '发布前正文至少需要一段文字';
  const video = form.videoUrl.trim();
  if (video.length > articleLimits.videoUrl) errors.videoUrl = `最多${articleLimits.videoUrl}个字符`;
  else if (video && !MEDIA_URL.test(video)) errors.videoUrl = '视频地址须以 https://、cloud:// 或 /files/ 开头';
  return errors;
}

/** What the server takes; images and linked departments are kept as they were. */
export function articleInput(form: ArticleForm, kept: { images: string[]; departmentIds: string[] }): ArticleInput {
  return {
    columnId: form.columnId,
    title: form.title.trim(),
    summary: form.summary.trim(),
    author: form.author.trim(),
    body: form.body.trim(),
    videoUrl: form.videoUrl.trim(),
    images: kept.images,
    departmentIds: kept.departmentIds,
  };
}
