/** What the article form needs before it shows: the columns of the hospital and, to edit, the draft. */
import { api } from '../../api/index';
import type { ArticleColumnView, ArticleDraft } from '../../shared/dto/content';
import type { Envelope } from '../../shared/envelope';
import { withHospital } from '../common/hospital';

export interface ArticleEditData {
  hospitalId: string;
  columns: ArticleColumnView[];
  draft: ArticleDraft | null;
}

async function withColumns(hospitalId: string, draft: ArticleDraft | null): Promise<Envelope<ArticleEditData>> {
  const res = await api.content.listColumns({ hospitalId });
  return res.ok ? { ok: true, data: { hospitalId, columns: res.data.columns, draft } } : res;
}

/** The form of a new article of the current hospital (no id), or of the article `articleId`. */
export async function loadArticleEdit(articleId: string): Promise<Envelope<ArticleEditData>> {
  if (!articleId) return withHospital((hospitalId) => withColumns(hospitalId, null));
  const res = await api.content.getArticleDraft({ articleId });
  return res.ok ? withColumns(res.data.article.hospitalId, res.data.article) : res;
}
