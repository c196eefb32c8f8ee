/**
 * 预约结果: what became of a booking. A free slot is booked at once (预约成功); a paid one waits for
 * payment (待支付). Online payment is not built yet, so the page says plainly to pay at the window
 * before the hold runs out.
 */
import { ComponentWithStore } from 'mobx-miniprogram-bindings';
import { getAppointment } from '../../api/booking';
import { go, stopPullDownRefresh, switchTab } from '../../api/platform';
import type { AppointmentView } from '../../shared/dto/booking';
import { loadingView } from '../../stores/remote';
import { session } from '../../stores/session';
import { holdNotice, resultTitle } from '../common/appointment';
import { mapEnvelope, recordView } from '../common/load';

interface ResultData {
  appointment: AppointmentView;
  title: string;
  success: boolean;
  pending: boolean;
  holdText: string;
}

function resultOf(a: AppointmentView): ResultData {
  return {
    appointment: a,
    title: resultTitle(a),
    success: a.status === 'booked' || a.status === 'checked_in',
    pending: a.status === 'pending_payment',
    holdText: holdNotice(a),
  };
}

ComponentWithStore({
  storeBindings: { store: session, fields: ['elderMode'], actions: [] },
  data: {
    appointmentId: '',
    view: loadingView<ResultData>(),
  },
  methods: {
    onLoad(query: Record<string, string | undefined>) {
      this.setData({ appointmentId: query.id || '' });
      return this.load();
    },
    async onPullDownRefresh() {
      await this.fetch();
      stopPullDownRefresh();
    },
    async load() {
      this.setData({ view: loadingView<ResultData>() });
      await this.fetch();
    },
    async fetch() {
      const view = await recordView(this.data.appointmentId, async (id) => mapEnvelope(await getAppointment(id), (d) => resultOf(d.appointment)));
      this.setData({ view });
    },
    onOpenMine() {
      go('/booking/appointments/index');
    },
    onHome() {
      switchTab('/pages/home/index');
    },
  },
});
