/**
 * 预约详情: the whole appointment — time, place, fee, preparation notes of an exam, the refund and
 * the reason it ended. An unpaid booking offers 去支付 (the order page pays it). 取消预约 shows only
 * while the server says it may be cancelled, and asks first.
 */
import { ComponentWithStore } from 'mobx-miniprogram-bindings';
import { api } from '../../api/index';
import { confirm, go, toast } from '../../api/platform';
import type { AppointmentView } from '../../shared/dto/booking';
import { loadingView } from '../../stores/remote';
import { session } from '../../stores/session';
import { statusTagType, type TagType } from '../common/appointment';
import { mapEnvelope, recordView, viewOf } from '../../stores/remote';
import { openPayment, payHoldNotice } from '../result/pay';
import { carePathUrl, routeUrl } from '../../shared/navigation-urls';
import { visitsChanged } from '../../stores/journey-store';
import { remotePage } from '../../behaviors/remote-page';

interface Detail {
  appointment: AppointmentView;
  tagType: TagType;
  holdText: string;
  /** Still to go to (or just seen): 带我去 and 今日就诊路径 are offered. */
  goable: boolean;
}

const GOABLE = new Set<AppointmentView['status']>(['pending_payment', 'booked', 'checked_in', 'completed']);

function detailOf(a: AppointmentView): Detail {
  return { appointment: a, tagType: statusTagType(a.status), holdText: payHoldNotice(a), goable: GOABLE.has(a.status) };
}

ComponentWithStore({
  storeBindings: { store: session, fields: ['elderMode'], actions: [] },
  data: {
    appointmentId: '',
    view: loadingView<Detail>(),
    cancelling: false,
    cancelError: '',
    opening: false,
    payError: '',
  },
  methods: {
    ...remotePage<Detail, { appointmentId: string }>({
      fetch: ({ appointmentId }) =>
        recordView(appointmentId, async (id) => mapEnvelope(await api.booking.get({ appointmentId: id }), (d) => detailOf(d.appointment))),
    }),
    onLoad(query: Record<string, string | undefined>) {
      this.setData({ appointmentId: query.id || '' });
      return this.load();
    },
    async onPay() {
      const detail = this.data.view.data;
      if (!detail || detail.appointment.status !== 'pending_payment' || this.data.opening) return;
      this.setData({ opening: true, payError: '' });
      const payError = await openPayment(detail.appointment.id);
      this.setData({ opening: false, payError });
      if (payError) toast(payError);
    },
    onGuide() {
      const detail = this.data.view.data;
      if (detail) go(routeUrl(detail.appointment.hospitalId, detail.appointment.placeId));
    },
    onCarePath() {
      const detail = this.data.view.data;
      if (detail) go(carePathUrl(detail.appointment.id));
    },
    onQueue() {
      go(`/queue/status/index?id=${this.data.appointmentId}`);
    },
    async onCancel() {
      const detail = this.data.view.data;
      if (!detail || this.data.cancelling) return;
      const a = detail.appointment;
      const ok = await confirm('取消预约', `确定取消 ${a.timeText} ${a.ownerName} 的预约吗？取消后号源将释放给其他患者。`, '取消预约');
      if (!ok) return;
      this.setData({ cancelling: true, cancelError: '' });
      const res = await api.booking.cancel({ appointmentId: a.id });
      if (!res.ok) {
        this.setData({ cancelling: false, cancelError: res.error.message });
        toast(res.error.message);
        return;
      }
      this.setData({ cancelling: false, view: viewOf(mapEnvelope(res, (d) => detailOf(d.appointment))) });
      void visitsChanged();
      toast('已取消预约');
    },
  },
});
