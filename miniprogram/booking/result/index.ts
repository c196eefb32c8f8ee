/**
 * 预约结果: what became of a booking. A free slot is booked at once (预约成功); a paid one waits for
 * payment (待支付): the page says by when, and 去支付 opens the order to pay it online.
 */
import { ComponentWithStore } from 'mobx-miniprogram-bindings';
import { api } from '../../api/index';
import { go, switchTab, toast } from '../../api/platform';
import type { AppointmentView } from '../../shared/dto/booking';
import { loadingView } from '../../stores/remote';
import { session } from '../../stores/session';
import { resultTitle } from '../common/appointment';
import { mapEnvelope, recordView } from '../../stores/remote';
import { openPayment, payHoldNotice } from './pay';
import { remotePage } from '../../behaviors/remote-page';

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
    holdText: payHoldNotice(a),
  };
}

ComponentWithStore({
  storeBindings: { store: session, fields: ['elderMode'], actions: [] },
  data: {
    appointmentId: '',
    view: loadingView<ResultData>(),
    opening: false,
    payError: '',
  },
  methods: {
    ...remotePage<ResultData, { appointmentId: string }>({
      fetch: ({ appointmentId }) =>
        recordView(appointmentId, async (id) => mapEnvelope(await api.booking.get({ appointmentId: id }), (d) => resultOf(d.appointment))),
    }),
    onLoad(query: Record<string, string | undefined>) {
      this.setData({ appointmentId: query.id || '' });
      return this.load();
    },
    async onPay() {
      if (this.data.opening || !this.data.appointmentId) return;
      this.setData({ opening: true, payError: '' });
      const payError = await openPayment(this.data.appointmentId);
      this.setData({ opening: false, payError });
      if (payError) toast(payError);
    },
    onOpenMine() {
      go('/booking/appointments/index');
    },
    onHome() {
      switchTab('/pages/home/index');
    },
  },
});
