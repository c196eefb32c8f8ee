/**
 * 评价: stars for each aspect of the item and a comment. A visit (`appointmentId`) is scored on the
 * doctor, nurses, waiting, environment and payment; an online service (`kind` + `id`: consult,
 * followup, delivery) on its own aspects. Once per item; the patient may change it for 7 days, after
 * which it shows read-only. Load and 重试 by behaviors/remote-page.ts.
 */
import { ComponentWithStore } from 'mobx-miniprogram-bindings';
import { api } from '../../api/index';
import { toast } from '../../api/platform';
import type { VisitScores } from '../../shared/contract/feedback';
import type { VisitRating } from '../../shared/dto/feedback';
import { remotePage } from '../../behaviors/remote-page';
import type { DataEvent, ValueEvent } from '../../components/events';
import { loadingView, recordView } from '../../stores/remote';
import { session } from '../../stores/session';
import { closedText, scoresOf, serviceOf, starRows, type StarRow } from './form';

ComponentWithStore({
  storeBindings: { store: session, fields: ['elderMode'], actions: [] },
  data: {
    appointmentId: '',
    service: null as ReturnType<typeof serviceOf>,
    view: loadingView<VisitRating>(),
    rows: [] as StarRow[],
    comment: '',
    closedText: '',
    submitting: false,
    message: '',
  },
  methods: {
    ...remotePage<VisitRating, { appointmentId: string; service: ReturnType<typeof serviceOf> }>({
      fetch: ({ service, appointmentId }) =>
        service
          ? recordView(service.itemId, (itemId) => api.feedback.serviceRating({ kind: service.kind, itemId }))
          : recordView(appointmentId, (id) => api.feedback.myRating({ appointmentId: id })),
      shown: (view, { service }) => {
        const rating = view.data ? view.data.rating : null;
        return {
          rows: starRows(view.data ? view.data.aspects : [], rating),
          comment: rating ? rating.comment : '',
          closedText: closedText(rating, service !== null),
        };
      },
      // Stars being given are never reset by coming back to the page.
      reloadOnShow: false,
    }),
    onLoad(query: Record<string, string | undefined>) {
      this.setData({ appointmentId: (query.appointmentId || '').trim(), service: serviceOf(query) });
      return this.load();
    },
    onStar(e: DataEvent<{ index: number }> & ValueEvent<number>) {
      this.setData({ [`rows[${e.currentTarget.dataset.index}].score`]: e.detail, message: '' });
    },
    onComment(e: ValueEvent<string>) {
      this.setData({ comment: e.detail });
    },
    async onSubmit() {
      if (this.data.submitting) return;
      const checked = scoresOf(this.data.rows);
      if ('missing' in checked) {
        this.setData({ message: `请为“${checked.missing}”打分` });
        return;
      }
      this.setData({ submitting: true, message: '' });
      const service = this.data.service;
      const comment = this.data.comment.trim();
      const res = service
        ? await api.feedback.rateService({ kind: service.kind, itemId: service.itemId, scores: checked.scores, ...(comment ? { comment } : {}) })
        : await api.feedback.rate({ appointmentId: this.data.appointmentId, scores: checked.scores as VisitScores, ...(comment ? { comment } : {}) });
      if (!res.ok) {
        this.setData({ submitting: false, message: res.error.message });
        return;
      }
      this.setData({ submitting: false, message: `评价已保存，${res.data.rating.editableUntilText} 前可修改` });
      toast('感谢您的评价');
    },
  },
});
