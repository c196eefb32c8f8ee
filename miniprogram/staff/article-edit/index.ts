import { ComponentWithStore } from 'mobx-miniprogram-bindings';
import { api } from '../../api/index';
import { back, confirm, toast } from '../../api/platform';
import { remotePage } from '../../behaviors/remote-page';
import type { ValueEvent } from '../../components/events';
import type { ArticleColumnView } from '../../shared/dto/content';
import type { ApiError } from '../../shared/envelope';
import { ArticleStatus } from '../../shared/enums';
import { fetchView, loadingView } from '../../stores/remote';
import { session } from '../../stores/session';
import { formFieldOf, isValid } from '../common/form';
import { articleFields, articleInput, articleLimits, emptyArticleForm, formOfDraft, noArticleErrors, validateArticle, type ArticleField } from './article-form';
import { makeRequestId } from '../../shared/request-id';
import { loadArticleEdit, type ArticleEditData } from './load';

ComponentWithStore({
  storeBindings: {
    store: session,
    fields: ['elderMode'],
    actions: [],
  },
  data: {
    limits: articleLimits,
    autosize: { minHeight: 240 },
    articleId: '',
    requestId: '',
    hospitalId: '',
    published: false,
    view: loadingView<ArticleEditData>(),
    columns: [] as ArticleColumnView[],
    form: emptyArticleForm(),
    errors: noArticleErrors(),
    kept: { images: [] as string[], departmentIds: [] as string[] },
    formError: '',
    saving: '',
  },
  methods: {
    ...remotePage<ArticleEditData, { articleId: string }>({
      fetch: ({ articleId }) => fetchView(() => loadArticleEdit(articleId)),
      shown: ({ data }) => {
        if (!data) return {};
        const draft = data.draft;
        return {
          hospitalId: data.hospitalId,
          columns: data.columns,
          form: draft ? formOfDraft(draft) : emptyArticleForm(),
          kept: draft ? { images: draft.images, departmentIds: draft.departmentIds } : { images: [], departmentIds: [] },
          published: draft ? draft.status === ArticleStatus.published : false,
          errors: noArticleErrors(),
          formError: '',
        };
      },
      reloadOnShow: false,
    }),
    onLoad(query: Record<string, string | undefined>) {
      const id = query.id || '';
      this.setData({ articleId: id, requestId: id ? '' : makeRequestId(Date.now(), Math.random) });
      return this.load();
    },
    setField(field: ArticleField, value: string) {
      this.setData({ [`form.${field}`]: value, [`errors.${field}`]: '' });
    },
    onTitle(e: ValueEvent<string>) {
      this.setField('title', e.detail);
    },
    onSummary(e: ValueEvent<string>) {
      this.setField('summary', e.detail);
    },
    onAuthor(e: ValueEvent<string>) {
      this.setField('author', e.detail);
    },
    onBody(e: ValueEvent<string>) {
      this.setField('body', e.detail);
    },
    onVideoUrl(e: ValueEvent<string>) {
      this.setField('videoUrl', e.detail);
    },
    onColumnChange(e: ValueEvent<string>) {
      this.setField('columnId', e.detail);
    },
    onSaveDraft() {
      return this.save(false);
    },
    onSavePublish() {
      return this.save(true);
    },
    /** Saves the form (creating the article the first time), then publishes it when asked. */
    async save(publish: boolean) {
      const errors = validateArticle(this.data.form, publish || this.data.published);
      this.setData({ errors, formError: '' });
      if (!isValid(errors)) return;
      if (publish && !(await confirm('保存并发布', '发布后患者即可在健康科普中看到这篇文章，确定发布吗？', '发布'))) return;
      this.setData({ saving: publish ? 'publish' : 'draft' });
      const input = articleInput(this.data.form, this.data.kept);
      const articleId = this.data.articleId;
      const saved = articleId
        ? await api.content.updateArticle({ articleId, ...input })
        : await api.content.createArticle({ hospitalId: this.data.hospitalId, requestId: this.data.requestId, ...input });
      if (!saved.ok) {
        this.showError(saved.error, '');
        return;
      }
      const article = saved.data.article;
      this.setData({ articleId: article.id, published: article.status === ArticleStatus.published });
      if (publish && !this.data.published) {
        const res = await api.content.publishArticle({ articleId: article.id });
        if (!res.ok) {
          this.showError(res.error, '文章已保存为草稿，但未能发布：');
          return;
        }
      }
      this.setData({ saving: '' });
      toast(publish ? '已保存并发布' : '已保存');
      back();
    },
    showError(error: ApiError, prefix: string) {
      const field = formFieldOf(error.field, articleFields);
      this.setData({ saving: '' });
      if (field) this.setData({ [`errors.${field}`]: error.message });
      else this.setData({ formError: prefix + error.message });
      toast(error.message);
    },
  },
});
