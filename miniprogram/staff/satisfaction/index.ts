/**
 * 满意度与督办 (admin): a month's satisfaction per department (average stars per aspect, the share
 * of all-4-or-5 ratings, home visits as 上门护理), and the complaints escalated for passing their
 * deadline unanswered; the admin may also take each escalation as a WeChat message.
 */
import { ComponentWithStore } from 'mobx-miniprogram-bindings';
import type { TemplateRef } from '../../shared/dto/reminders';
import { go, toast } from '../../api/platform';
import { remotePage } from '../../behaviors/remote-page';
import type { DataEvent } from '../../components/events';
import { shanghaiDate } from '../../shared/time';
import { fetchView, loadingView } from '../../stores/remote';
import { session } from '../../stores/session';
import { withHospital } from '../common/hospital';
import { alertTemplates, subscribeAlerts } from '../common/staff-alerts';
import { addMonths } from '../../shared/time';
import { loadReport, type Report } from './report';

ComponentWithStore({
  storeBindings: { store: session, fields: ['elderMode', 'hospitalName'], actions: [] },
  data: { month: '', view: loadingView<Report>(), templates: [] as TemplateRef[] },
  methods: {
    async onLoad() {
      this.setData({ month: shanghaiDate(Date.now()).slice(0, 7) });
      await this.load();
      this.setData({ templates: await alertTemplates(session.hospitalId, 'complaint_overdue') });
    },
    ...remotePage<Report, { month: string }>({
      fetch: ({ month }) => fetchView(() => withHospital((hospitalId) => loadReport(hospitalId, month))),
    }),
    onPrev() {
      this.setData({ month: addMonths(this.data.month, -1) });
      return this.load();
    },
    onNext() {
      this.setData({ month: addMonths(this.data.month, 1) });
      return this.load();
    },
    async onSubscribe() {
      toast(await subscribeAlerts(session.hospitalId, this.data.templates));
    },
    onOpen(e: DataEvent<{ id: string }>) {
      go(`/staff/complaint/index?id=${e.currentTarget.dataset.id}`);
    },
  },
});
