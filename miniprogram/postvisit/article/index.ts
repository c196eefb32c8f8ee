import { ComponentWithStore } from 'mobx-miniprogram-bindings';
import { api } from '../../api/index';
import { go } from '../../api/platform';
import type { DataEvent } from '../../components/events';
import { fetchView, loadingView, type View } from '../../stores/remote';
import { session } from '../../stores/session';
import type { ArticleDetail } from '../../shared/dto/content';
import { ErrorCode } from '../../shared/errors';
import { mediaUrl } from '../../api/media';
import { relatedDepartments, type RelatedDepartment } from './related';

const notFoundView: View<{ article: ArticleDetail }> = { status: 'empty', data: null, error: '' };

ComponentWithStore({
  storeBindings: { store: session, fields: ['elderMode'], actions: [] },
  data: {
    articleId: '',
    view: loadingView<{ article: ArticleDetail }>(),
    images: [] as string[],
    videoUrl: '',
    departments: [] as RelatedDepartment[],
  },
  methods: {
    async onLoad(query: { id?: string }) {
      this.setData({ articleId: query.id || '' });
      await this.load();
    },
    async load() {
      const articleId = this.data.articleId;
      if (!articleId) {
        this.setData({ view: notFoundView });
        return;
      }
      this.setData({ view: loadingView(), departments: [] });
      const res = await api.content.getArticle({ articleId });
      if (!res.ok && res.error.code === ErrorCode.NOT_FOUND) {
        this.setData({ view: notFoundView });
        return;
      }
      const view = await fetchView(() => Promise.resolve(res));
      if (!view.data) {
        this.setData({ view });
        return;
      }
      const article = view.data.article;
      this.setData({ view, images: article.images.map((u) => mediaUrl(u)), videoUrl: mediaUrl(article.videoUrl) });
      await this.loadDepartments(article);
    },
    /** The related departments are extra: when they cannot be loaded the section is left out. */
    async loadDepartments(article: ArticleDetail) {
      if (article.departmentIds.length === 0) return;
      const res = await api.content.listDepartments({ hospitalId: article.hospitalId });
      if (res.ok) this.setData({ departments: relatedDepartments(article.departmentIds, res.data.departments) });
    },
    onOpenDepartment(e: DataEvent<{ id: string }>) {
      go(`/previsit/department/index?id=${e.currentTarget.dataset.id}`);
    },
  },
});
