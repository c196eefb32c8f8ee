/**
 * 药品配送 (role pharmacist): fulfilments waiting, oldest first — pack, record the carrier and
 * tracking number and mark shipped (the patient gets a subscribe message when they consented),
 * hand drugs over at the window (pickup, or the drugs held back from a parcel).
 */
import { ComponentWithStore } from 'mobx-miniprogram-bindings';
import { api } from '../../api/index';
import { toast } from '../../api/platform';
import type { DataEvent, ValueEvent } from '../../components/events';
import type { Envelope } from '../../shared/envelope';
import type { DeliveryView } from '../../shared/dto/online';
import { fetchView, loadingView, mapEnvelope } from '../../stores/remote';
import { session } from '../../stores/session';
import { remotePage } from '../../behaviors/remote-page';
import { withHospital } from '../common/hospital';

ComponentWithStore({
  storeBindings: { store: session, fields: ['elderMode'], actions: [] },
  data: { view: loadingView<DeliveryView[]>(), carrier: '', trackingNo: '', error: '', busy: false },
  methods: {
    ...remotePage<DeliveryView[]>({
      fetch: () =>
        fetchView(
          () => withHospital(async (h) => mapEnvelope(await api.delivery.worklist({ hospitalId: h }), (d) => d.deliveries)),
          (list) => list.length === 0,
        ),
    }),
    onCarrier(e: ValueEvent<string>) {
      this.setData({ carrier: e.detail, error: '' });
    },
    onTracking(e: ValueEvent<string>) {
      this.setData({ trackingNo: e.detail, error: '' });
    },
    async act(run: () => Promise<Envelope<unknown>>, done: string) {
      if (this.data.busy) return;
      this.setData({ busy: true, error: '' });
      const res = await run();
      this.setData({ busy: false });
      if (!res.ok) {
        this.setData({ error: res.error.message });
        return;
      }
      toast(done);
      await this.load();
    },
    onPack(e: DataEvent<{ id: string }>) {
      return this.act(() => api.delivery.pack({ prescriptionId: e.currentTarget.dataset.id }), '已打包');
    },
    onShip(e: DataEvent<{ id: string }>) {
      if (!this.data.carrier.trim() || !this.data.trackingNo.trim()) {
        this.setData({ error: '请填写快递公司和运单号' });
        return undefined;
      }
      return this.act(
        () => api.delivery.ship({ prescriptionId: e.currentTarget.dataset.id, carrier: this.data.carrier.trim(), trackingNo: this.data.trackingNo.trim() }),
        '已发货',
      );
    },
    onHandOver(e: DataEvent<{ id: string }>) {
      return this.act(() => api.delivery.handOver({ prescriptionId: e.currentTarget.dataset.id }), '已发放');
    },
  },
});
