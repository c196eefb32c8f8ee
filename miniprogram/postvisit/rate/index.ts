/**
 * 评价就诊: stars for the doctor, nurses, waiting, environment and payment, and a comment. Once per
 * visit; the patient may change it for 7 days, after which it shows read-only.
 */
import { ComponentWithStore } from 'mobx-miniprogram-bindings';
import { rateVisit, visitRating, type VisitRating } from '../../api/feedback';
import { toast } from '../../api/platform';
import type { DataEvent, ValueEvent } from '../../components/events';
import { loadingView, recordView } from '../../stores/remote';
import { session } from '../../stores/session';
import { closedText, scoresOf, starRows, type StarRow } from './form';

ComponentWithStore({
  storeBindings: { store: session, fields: ['elderMode'], actions: [] },
  data: {
    appointmentId: '',
    view: loadingView<VisitRating>(),
    rows: [] as StarRow[],
    comment: '',
    closedText: '',
    submitting: false,
    message: '',
  },
  methods: {
    onLoad(query: Record<string, string | undefined>) {
      this.setData({ appointmentId: (query.appointmentId || '').trim() });
      return this.load();
    },
    async load() {
      this.setData({ view: loadingView<VisitRating>() });
      const view = await recordView(this.data.appointmentId, visitRating);
      const rating = view.data ? view.data.rating : null;
      this.setData({ view, rows: starRows(rating), comment: rating ? rating.comment : '', closedText: closedText(rating) });
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
      const res = await rateVisit(this.data.appointmentId, checked.scores, this.data.comment.trim());
      if (!res.ok) {
        this.setData({ submitting: false, message: res.error.message });
        return;
      }
      this.setData({ submitting: false, message: `评价已保存，${res.data.rating.editableUntilText} 前可修改` });
      toast('感谢您的评价');
    },
  },
});
