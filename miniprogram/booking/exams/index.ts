/**
 * 检查预约: the exam and treatment orders the doctors wrote for this account's family members, with
 * their status (待预约, 已预约 …). An order opens its booking page.
 */
import { ComponentWithStore } from 'mobx-miniprogram-bindings';
import { api } from '../../api/index';
import { go } from '../../api/platform';
import { remotePage } from '../../behaviors/remote-page';
import type { DataEvent } from '../../components/events';
import type { ExamOrderView } from '../../shared/dto/booking';
import { loadingView } from '../../stores/remote';
import { session } from '../../stores/session';
import { fetchView, mapEnvelope } from '../../stores/remote';

type OrderCard = Pick<ExamOrderView, 'id' | 'itemName' | 'patientName' | 'departmentName' | 'orderedBy' | 'statusLabel'> & {
  tagType: 'warning' | 'success' | 'default';
};

function orderCard(o: ExamOrderView): OrderCard {
  const tagType = o.status === 'open' ? 'warning' : o.status === 'scheduled' ? 'success' : 'default';
  return {
    id: o.id,
    itemName: o.itemName,
    patientName: o.patientName,
    departmentName: o.departmentName,
    orderedBy: o.orderedBy,
    statusLabel: o.statusLabel,
    tagType,
  };
}

ComponentWithStore({
  storeBindings: { store: session, fields: ['elderMode'], actions: [] },
  data: {
    view: loadingView<OrderCard[]>(),
  },
  methods: {
    ...remotePage<OrderCard[]>({
      fetch: () =>
        fetchView(
          async () => mapEnvelope(await api.booking.examOrders(), (d) => d.orders.map(orderCard)),
          (cards) => cards.length === 0,
        ),
    }),
    onOpen(e: DataEvent<{ id: string }>) {
      go(`/booking/exam/index?id=${e.currentTarget.dataset.id}`);
    },
  },
});
