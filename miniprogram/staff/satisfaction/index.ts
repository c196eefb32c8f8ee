/**
 * 满意度与督办 (admin): a month's satisfaction per department (average stars per aspect, the share
 * of all-4-or-5 ratings), and the complaints escalated for passing their deadline unanswered.
 */
import { ComponentWithStore } from 'mobx-miniprogram-bindings';
import { go, stopPullDownRefresh } from '../../api/platform';
import type { DataEvent } from '../../components/events';
import { shanghaiDate } from '../../shared/time';
import { fetchView, loadingView } from '../../stores/remote';
import { session } from '../../stores/session';
import { withHospital } from '../common/hospital';
import { loadReport, shiftMonth, type Report } from './report';

ComponentWithStore({
  storeBindings: { store: session, fields: ['elderMode', 'hospitalName'], actions: [] },
  data: { month: '', view: loadingView<Report>() },
  methods: {
    onLoad() {
      this.setData({ month: shanghaiDate(Date.now()).slice(0, 7) });
      return this.load();
    },
    async onPullDownRefresh() {
      await this.load();
      stopPullDownRefresh();
    },
    async load() {
      this.setData({ view: loadingView<Report>() });
      const month = this.data.month;
      this.setData({ view: await fetchView(() => withHospital((hospitalId) => loadReport(hospitalId, month))) });
    },
    onPrev() {
      this.setData({ month: shiftMonth(this.data.month, -1) });
      return this.load();
    },
    onNext() {
      this.setData({ month: shiftMonth(this.data.month, 1) });
      return this.load();
    },
    onOpen(e: DataEvent<{ id: string }>) {
      go(`/staff/complaint/index?id=${e.currentTarget.dataset.id}`);
    },
  },
});
