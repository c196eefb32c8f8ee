import { ComponentWithStore } from 'mobx-miniprogram-bindings';
import { api } from '../../api/index';
import { confirm, go, toast } from '../../api/platform';
import { remotePage } from '../../behaviors/remote-page';
import type { DataEvent, ValueEvent } from '../../components/events';
import type { ArticleSummary, Page } from '../../shared/dto/content';
import { fetchView, loadingView } from '../../stores/remote';
import { session } from '../../stores/session';
import { withHospital } from '../common/hospital';
import { articleRow, articleTabs, emptyTextOf, isArticleTab, statusOfTab, type ArticleRow, type ArticleTab } from './rows';

const PAGE_SIZE = 10;

ComponentWithStore({
  storeBindings: {
    store: session,
    fields: ['elderMode'],
    actions: [],
  },
  data: {
    tabs: articleTabs,
    tab: 'all' as ArticleTab,
    emptyText: emptyTextOf('all'),
    view: loadingView<Page<ArticleSummary>>(),
    rows: [] as ArticleRow[],
    busyId: '',
  },
  methods: {
    ...remotePage<Page<ArticleSummary>, { tab: ArticleTab }>({
      fetch: ({ tab }) =>
        fetchView(
          () => withHospital((hospitalId) => api.content.listAllArticles({ hospitalId, status: statusOfTab(tab), page: 1, pageSize: PAGE_SIZE })),
          (page) => page.items.length === 0,
        ),
      shown: ({ data }) => ({ rows: data ? data.items.map(articleRow) : [] }),
    }),
    async onReachBottom() {
      const view = this.data.view;
      if (view.status !== 'ready' || !view.data || !view.data.hasMore) return;
      const tab = this.data.tab;
      const next = view.data.page + 1;
      const res = await withHospital((hospitalId) => api.content.listAllArticles({ hospitalId, status: statusOfTab(tab), page: next, pageSize: PAGE_SIZE }));
      if (!res.ok || tab !== this.data.tab) return;
      this.setData({
        view: { ...view, data: res.data },
        rows: [...this.data.rows, ...res.data.items.map(articleRow)],
      });
    },
    onTabChange(e: ValueEvent<{ name: string }>) {
      const name = e.detail.name;
      if (!isArticleTab(name) || name === this.data.tab) return;
      this.setData({ tab: name, emptyText: emptyTextOf(name) });
      return this.load();
    },
    onCreate() {
      go('/staff/article-edit/index');
    },
    onEdit(e: DataEvent<{ id: string }>) {
      go(`/staff/article-edit/index?id=${e.currentTarget.dataset.id}`);
    },
    async onPublish(e: DataEvent<{ id: string }>) {
      const id = e.currentTarget.dataset.id;
      if (!(await confirm('发布文章', '发布后患者即可在健康科普中看到这篇文章，确定发布吗？', '发布'))) return;
      this.setData({ busyId: id });
      const res = await api.content.publishArticle({ articleId: id });
      this.setData({ busyId: '' });
      toast(res.ok ? '已发布' : res.error.message);
      await this.load();
    },
    async onUnpublish(e: DataEvent<{ id: string }>) {
      const id = e.currentTarget.dataset.id;
      if (!(await confirm('下线文章', '下线后患者将看不到这篇文章，可以随时重新发布。确定下线吗？', '下线'))) return;
      this.setData({ busyId: id });
      const res = await api.content.unpublishArticle({ articleId: id });
      this.setData({ busyId: '' });
      toast(res.ok ? '已下线' : res.error.message);
      await this.load();
    },
  },
});
