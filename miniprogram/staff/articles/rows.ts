/** The article list of the editor: tabs by status and the rows to show. */
import type { ArticleSummary } from '../../shared/dto/content';
import { ArticleStatus } from '../../shared/enums';
import { shanghaiDate } from '../../shared/time';

export type ArticleTab = 'all' | ArticleStatus;

export const articleTabs: Array<{ name: ArticleTab; title: string; emptyText: string }> = [
  { name: 'all', title: '全部', emptyText: '还没有文章，点“新建文章”写第一篇' },
  { name: ArticleStatus.draft, title: '未发布', emptyText: '没有未发布的文章' },
  { name: ArticleStatus.published, title: '已发布', emptyText: '没有已发布的文章' },
];

export function isArticleTab(name: string): name is ArticleTab {
  return articleTabs.some((t) => t.name === name);
}

/** The status filter of a tab: none for 全部. */
export function statusOfTab(tab: ArticleTab): ArticleStatus | undefined {
  return tab === 'all' ? undefined : tab;
}

export function emptyTextOf(tab: ArticleTab): string {
  const found = articleTabs.find((t) => t.name === tab);
  return found ? found.emptyText : '';
}

export interface ArticleRow {
  id: string;
  title: string;
  columnName: string;
  statusLabel: string;
  tagType: 'success' | 'warning';
  published: boolean;
  updatedText: string;
}

export function articleRow(a: ArticleSummary): ArticleRow {
  const published = a.status === ArticleStatus.published;
  return {
    id: a.id,
    title: a.title,
    columnName: a.columnName,
    statusLabel: a.statusLabel,
    tagType: published ? 'success' : 'warning',
    published,
    updatedText: `更新于 ${shanghaiDate(a.updatedAt)}`,
  };
}
