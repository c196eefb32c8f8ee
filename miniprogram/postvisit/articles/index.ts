import { ComponentWithStore } from 'mobx-miniprogram-bindings';
import { mediaUrl } from '../../api/media';
import { api } from '../../api/index';
import { go, toast } from '../../api/platform';
import { loadPart, type PageHost, remotePage } from '../../behaviors/remote-page';
import type { DataEvent, ValueEvent } from '../../components/events';
import { fetchView, loadingView } from '../../stores/remote';
import { session } from '../../stores/session';
import type { ArticleColumnView, ArticleSummary, Page } from '../../shared/dto/content';
import { articlesQuery, columnTabs, emptyTextOf, tabIndexOf, type ColumnTab } from './list';

/** An article with its cover's address ready for `<image>`. */
const withCover = (a: ArticleSummary): ArticleSummary => ({ ...a, cover: mediaUrl(a.cover) });

type Columns = { columns: ArticleColumnView[] };
type Chosen = { columnId: string; tabs: ColumnTab[]; active: number; seq: number };

ComponentWithStore({
  storeBindings: { store: session, fields: ['elderMode'], actions: [] },
  data: {
    view: loadingView<Columns>(),
    tabs: [] as ColumnTab[],
    active: 0,
    columnId: '',
    emptyText: '',
    list: loadingView<Page<ArticleSummary>>(),
    items: [] as ArticleSummary[],
    page: 1,
    hasMore: false,
    loadingMore: false,
    /** Bumped on every first-page load, so a next page asked for an earlier list is dropped. */
    seq: 0,
  },
  methods: {
    /** Columns of the current hospital, then the first page of the chosen column. */
    ...remotePage<Columns, Chosen>({
      fetch: async () => {
        if (session.hospitalsStatus !== 'ready') await session.loadHospitals();
        if (session.hospitalsStatus !== 'ready') return { status: 'error', data: null, error: session.hospitalsError };
        return fetchView(() => api.content.listColumns({ hospitalId: session.hospitalId }));
      },
      shown: ({ data }, { columnId }) => {
        const tabs = data ? columnTabs(data.columns) : [];
        const active = tabIndexOf(tabs, columnId);
        return { tabs, active, columnId: tabs.length > 0 ? tabs[active].id : '' };
      },
      then: (page, view) => (view.status === 'ready' ? loadFirstPage(page) : undefined),
      // Coming back from an article keeps the pages already scrolled through.
      reloadOnShow: false,
    }),
    async onLoad(query: { columnId?: string }) {
      this.setData({ columnId: query.columnId || '' });
      await this.load();
    },
    async onReachBottom() {
      const { list, hasMore, loadingMore, columnId, page, seq } = this.data;
      if (list.status !== 'ready' || !hasMore || loadingMore) return;
      this.setData({ loadingMore: true });
      const res = await api.content.listArticles(articlesQuery(session.hospitalId, columnId, page + 1));
      if (seq !== this.data.seq) return;
      if (!res.ok) {
        this.setData({ loadingMore: false });
        toast(res.error.message);
        return;
      }
      this.setData({ items: this.data.items.concat(res.data.items.map(withCover)), page: res.data.page, hasMore: res.data.hasMore, loadingMore: false });
    },
    /** 重试 of the chosen column's list. */
    loadFirstPage() {
      return loadFirstPage(this);
    },
    async onTabChange(e: ValueEvent<{ index: number }>) {
      const tab = this.data.tabs[e.detail.index];
      if (!tab || tab.id === this.data.columnId) return;
      this.setData({ active: e.detail.index, columnId: tab.id });
      await loadFirstPage(this);
    },
    onOpenArticle(e: DataEvent<{ id: string }>) {
      go(`/postvisit/article/index?id=${e.currentTarget.dataset.id}`);
    },
  },
});

/** The first page of the chosen column, replacing the pages shown (only the last list asked for is shown). */
function loadFirstPage(page: PageHost<Chosen>): Promise<void> {
  const { columnId, tabs, active } = page.data;
  page.setData({ seq: page.data.seq + 1, items: [], page: 1, hasMore: false, loadingMore: false, emptyText: emptyTextOf(tabs[active]) });
  return loadPart(
    page,
    'list',
    () =>
      fetchView(
        () => api.content.listArticles(articlesQuery(session.hospitalId, columnId, 1)),
        (d) => d.items.length === 0,
      ),
    ({ data }) => ({ items: data ? data.items.map(withCover) : [], page: 1, hasMore: data ? data.hasMore : false }),
  );
}
