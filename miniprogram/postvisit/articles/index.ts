import { ComponentWithStore } from 'mobx-miniprogram-bindings';
import { mediaUrl } from '../../api/media';
import { api } from '../../api/index';
import { go, stopPullDownRefresh, toast } from '../../api/platform';
import type { DataEvent, ValueEvent } from '../../components/events';
import { fetchView, loadingView } from '../../stores/remote';
import { session } from '../../stores/session';
import type { ArticleColumnView, ArticleSummary, Page } from '../../shared/dto/content';
import { articlesQuery, columnTabs, emptyTextOf, tabIndexOf, type ColumnTab } from './list';

/** An article with its cover's address ready for `<image>`. */
const withCover = (a: ArticleSummary): ArticleSummary => ({ ...a, cover: mediaUrl(a.cover) });

ComponentWithStore({
  storeBindings: { store: session, fields: ['elderMode'], actions: [] },
  data: {
    head: loadingView<{ columns: ArticleColumnView[] }>(),
    tabs: [] as ColumnTab[],
    active: 0,
    columnId: '',
    emptyText: '',
    view: loadingView<Page<ArticleSummary>>(),
    items: [] as ArticleSummary[],
    page: 1,
    hasMore: false,
    loadingMore: false,
    /** Bumped on every first-page load, so an answer for an earlier list is dropped. */
    seq: 0,
  },
  methods: {
    async onLoad(query: { columnId?: string }) {
      this.setData({ columnId: query.columnId || '' });
      await this.load();
    },
    async onPullDownRefresh() {
      await this.load();
      stopPullDownRefresh();
    },
    async onReachBottom() {
      const { view, hasMore, loadingMore, columnId, page, seq } = this.data;
      if (view.status !== 'ready' || !hasMore || loadingMore) return;
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
    /** Columns of the current hospital, then the first page of the chosen column. */
    async load() {
      this.setData({ head: loadingView() });
      if (session.hospitalsStatus !== 'ready') await session.loadHospitals();
      if (session.hospitalsStatus !== 'ready') {
        this.setData({ head: { status: 'error', data: null, error: session.hospitalsError } });
        return;
      }
      const head = await fetchView(() => api.content.listColumns({ hospitalId: session.hospitalId }));
      const tabs = head.data ? columnTabs(head.data.columns) : [];
      const active = tabIndexOf(tabs, this.data.columnId);
      this.setData({ head, tabs, active, columnId: tabs.length > 0 ? tabs[active].id : '' });
      if (head.status === 'ready') await this.loadFirstPage();
    },
    async loadFirstPage() {
      const { columnId, tabs, active } = this.data;
      const seq = this.data.seq + 1;
      this.setData({ seq, view: loadingView(), items: [], page: 1, hasMore: false, loadingMore: false, emptyText: emptyTextOf(tabs[active]) });
      const view = await fetchView(
        () => api.content.listArticles(articlesQuery(session.hospitalId, columnId, 1)),
        (d) => d.items.length === 0,
      );
      if (seq !== this.data.seq) return;
      const data = view.data;
      this.setData({ view, items: data ? data.items.map(withCover) : [], page: 1, hasMore: data ? data.hasMore : false });
    },
    async onTabChange(e: ValueEvent<{ index: number }>) {
      const tab = this.data.tabs[e.detail.index];
      if (!tab || tab.id === this.data.columnId) return;
      this.setData({ active: e.detail.index, columnId: tab.id });
      await this.loadFirstPage();
    },
    onOpenArticle(e: DataEvent<{ id: string }>) {
      go(`/postvisit/article/index?id=${e.currentTarget.dataset.id}`);
    },
  },
});
