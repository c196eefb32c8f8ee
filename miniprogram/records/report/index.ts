/**
 * One report. Lab: each item with value, unit, range and flag (H / L / ↑↑ / ↓↓), abnormal first on
 * request, sample and report times, the reviewer, and a trend chart for a repeated item. Imaging:
 * findings and impression. A critical report shows only that the hospital will call, with the
 * department's phone; a sensitive one asks for the ID number's last 4 digits every time.
 */
import { ComponentWithStore } from 'mobx-miniprogram-bindings';
import { callPhone } from '../../api/platform';
import { api } from '../../api/index';
import { remotePage } from '../../behaviors/remote-page';
import type { DataEvent, ValueEvent } from '../../components/events';
import type { ReportDetail } from '../../shared/dto/records';
import { loadingView, recordView } from '../../stores/remote';
import { session } from '../../stores/session';
import { trendChart, type TrendChart } from '../common/trend-chart';

type Detail = { report: ReportDetail };

ComponentWithStore({
  storeBindings: { store: session, fields: ['elderMode'], actions: [] },
  data: {
    reportId: '',
    view: loadingView<Detail>(),
    abnormalFirst: false,
    last4: '',
    last4Error: '',
    checking: false,
    chart: null as TrendChart | null,
    chartCode: '',
    chartError: '',
  },
  methods: {
    ...remotePage<Detail, { reportId: string; abnormalFirst: boolean }>({
      fetch: ({ reportId, abnormalFirst }) => recordView(reportId, (id) => api.records.report({ reportId: id, abnormalFirst })),
      shown: () => ({ chart: null, chartCode: '' }),
      // Not on show: back from calling the department, a sensitive report stays open after its ID check.
      reloadOnShow: false,
    }),
    onLoad(query: Record<string, string | undefined>) {
      this.setData({ reportId: query.id || '' });
      return this.load();
    },
    onAbnormalFirst(e: ValueEvent<boolean>) {
      this.setData({ abnormalFirst: e.detail });
      return this.load();
    },
    onLast4(e: ValueEvent<string>) {
      this.setData({ last4: e.detail, last4Error: '' });
    },
    async onUnlock() {
      if (!/^\d{3}[\dXx]$/.test(this.data.last4)) {
        this.setData({ last4Error: '请输入身份证号后4位' });
        return;
      }
      this.setData({ checking: true });
      const res = await api.records.report({ reportId: this.data.reportId, ...{ idLast4: this.data.last4, abnormalFirst: this.data.abnormalFirst } });
      if (res.ok) this.setData({ view: { status: 'ready', data: res.data, error: '' }, last4: '', checking: false });
      else this.setData({ last4Error: res.error.message, checking: false });
    },
    onCall() {
      const detail = this.data.view.data;
      if (detail && detail.report.departmentPhone) callPhone(detail.report.departmentPhone);
    },
    async onTrend(e: DataEvent<{ code: string }>) {
      const detail = this.data.view.data;
      if (!detail) return;
      const code = e.currentTarget.dataset.code;
      const res = await api.records.trend({ patientId: detail.report.patientId, code });
      if (!res.ok) this.setData({ chartError: res.error.message, chart: null, chartCode: code });
      else
        this.setData({
          chart: res.data.trend.points.length > 1 ? trendChart(res.data.trend) : null,
          chartCode: code,
          chartError: res.data.trend.points.length > 1 ? '' : '该项目暂无多次结果',
        });
    },
  },
});
