/**
 * 上门护理项目 (role homecare; an admin holds every role): the hospital's home-nursing catalogue —
 * the service and travel fee of each low-risk service and whether it is offered. A change applies to
 * requests made after it.
 */
import { ComponentWithStore } from 'mobx-miniprogram-bindings';
import { api } from '../../api/index';
import { toast } from '../../api/platform';
import { remotePage } from '../../behaviors/remote-page';
import type { ValueEvent } from '../../components/events';
import type { StaffCatalogItem } from '../../shared/dto/homecare';
import { fetchView, loadingView } from '../../stores/remote';
import { session } from '../../stores/session';
import { withHospital } from '../common/hospital';
import { catalogRows, serviceInput, type CatalogRow } from './catalog-form';

type Loaded = { services: StaffCatalogItem[] };
type RowEvent<T> = ValueEvent<T> & { currentTarget: { dataset: { index: number; field: 'service' | 'travel' } } };

ComponentWithStore({
  storeBindings: { store: session, fields: ['elderMode'], actions: [] },
  data: { view: loadingView<Loaded>(), rows: [] as CatalogRow[], saving: '' },
  methods: {
    ...remotePage<Loaded>({
      fetch: () =>
        fetchView(
          () => withHospital((hospitalId) => api.homecare.services({ hospitalId })),
          (d) => d.services.length === 0,
        ),
      shown: ({ data }) => ({ rows: data ? catalogRows(data.services) : [] }),
      reloadOnShow: false,
    }),
    onLoad() {
      return this.load();
    },
    onFee(e: RowEvent<string>) {
      const { index, field } = e.currentTarget.dataset;
      this.setData({ [`rows[${index}].${field}`]: e.detail, [`rows[${index}].error`]: '' });
    },
    onActive(e: RowEvent<boolean>) {
      this.setData({ [`rows[${e.currentTarget.dataset.index}].active`]: e.detail });
    },
    async onSave(e: { currentTarget: { dataset: { index: number } } }) {
      const index = e.currentTarget.dataset.index;
      const row = this.data.rows[index];
      const input = serviceInput(row);
      if (!input.ok) {
        this.setData({ [`rows[${index}].error`]: input.error });
        return;
      }
      if (this.data.saving) return;
      this.setData({ saving: row.code });
      const res = await withHospital((hospitalId) => api.homecare.saveService({ hospitalId, ...input.value }));
      this.setData({ saving: '' });
      if (!res.ok) {
        this.setData({ [`rows[${index}].error`]: res.error.message });
        toast(res.error.message);
        return;
      }
      this.setData({ rows: catalogRows(res.data.services) });
      toast(`${row.name}已保存`);
    },
  },
});
