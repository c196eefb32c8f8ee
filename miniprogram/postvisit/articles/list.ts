/** The 健康科普 list's tabs and page queries. */
import type { ArticleColumnView } from '../../shared/dto/content';

export const PAGE_SIZE = 10;

export interface ColumnTab {
  id: string;
  name: string;
}

/** 全部 first, then the hospital's columns in their order. */
export function columnTabs(columns: ArticleColumnView[]): ColumnTab[] {
  return [{ id: '', name: '全部' }, ...columns.map((c) => ({ id: c.id, name: c.name }))];
}

/** The tab of a column id; unknown ids fall back to 全部. */
export function tabIndexOf(tabs: ColumnTab[], columnId: string): number {
  const index = tabs.findIndex((t) => t.id === columnId);
  return index < 0 ? 0 : index;
}

export function articlesQuery(hospitalId: string, columnId: string, page: number) {
  return columnId ? { hospitalId, columnId, page, pageSize: PAGE_SIZE } : { hospitalId, page, pageSize: PAGE_SIZE };
}

export function emptyTextOf(tab: ColumnTab | undefined): string {
  return tab && tab.id ? `“${tab.name}”栏目暂无文章` : '暂无科普文章';
}
