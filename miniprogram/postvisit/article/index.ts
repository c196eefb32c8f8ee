import { ComponentWithStore } from 'mobx-miniprogram-bindings';
import { api } from '../../api/index';
import { go } from '../../api/platform';
import { remotePage } from '../../behaviors/remote-page';
import type { DataEvent } from '../../components/events';
import { loadingView, recordView } from '../../stores/remote';
import { session } from '../../stores/session';
import type { ArticleDetail } from '../../shared/dto/content';
import { mediaUrl } from '../../api/media';
import { relatedDepartments, type RelatedDepartment } from './related';

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
    ...remotePage<{ article: ArticleDetail }, { articleId: string }>({
      fetch: ({ articleId }) => recordView(articleId, (id) => api.content.getArticle({ articleId: id })),
      shown: ({ data }) => ({
        departments: [],
        ...(data ? { images: data.article.images.map((u) => mediaUrl(u)), videoUrl: mediaUrl(data.article.videoUrl) } : {}),
      }),
      // The related departments are extra: when they cannot be loaded the section is left out.
      then: async (page, { data }) => {
        if (!data || data.article.departmentIds.length === 0) return;
        const res = await api.content.listDepartments({ hospitalId: data.article.hospitalId });
        if (res.ok) page.setData({ departments: relatedDepartments(data.article.departmentIds, res.data.departments) });
      },
      // Published content nothing the patient does can change.
      reloadOnShow: false,
    }),
    onLoad(query: { id?: string }) {
      this.setData({ articleId: query.id || '' });
      return this.load();
    },
    onOpenDepartment(e: DataEvent<{ id: string }>) {
      go(`/previsit/department/index?id=${e.currentTarget.dataset.id}`);
    },
  },
});
