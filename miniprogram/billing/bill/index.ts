/**
 * 账单明细: one visit's bill — its orders with their items, the totals per category, and what was
 * paid, is still due and went back. An order opens its detail (to pay it, or for its refunds).
 */
import { ComponentWithStore } from 'mobx-miniprogram-bindings';
import { api } from '../../api/index';
import { go } from '../../api/platform';
import { remotePage } from '../../behaviors/remote-page';
import type { DataEvent } from '../../components/events';
import { loadingView } from '../../stores/remote';
import { session } from '../../stores/session';
import { billDetail, findBill, type BillDetail } from '../common/bills';
import { type View, viewOf } from '../../stores/remote';

const EMPTY: View<BillDetail> = { status: 'empty', data: null, error: '' };

/** The visit's bill, found among the account's bills; no visit, or one not among them, is the empty state. */
async function billView(visitId: string): Promise<View<BillDetail>> {
  if (!visitId) return EMPTY;
  const res = await api.orders.bills();
  if (!res.ok) return viewOf(res);
  const bill = findBill(res.data.bills, visitId);
  return bill ? { status: 'ready', data: billDetail(bill), error: '' } : EMPTY;
}

ComponentWithStore({
  storeBindings: { store: session, fields: ['elderMode'], actions: [] },
  data: {
    visitId: '',
    view: loadingView<BillDetail>(),
  },
  methods: {
    ...remotePage<BillDetail, { visitId: string }>({ fetch: ({ visitId }) => billView(visitId) }),
    onLoad(query: Record<string, string | undefined>) {
      this.setData({ visitId: query.visitId || '' });
      return this.load();
    },
    onOpenOrder(e: DataEvent<{ id: string }>) {
      go(`/billing/order/index?id=${e.currentTarget.dataset.id}`);
    },
  },
});
