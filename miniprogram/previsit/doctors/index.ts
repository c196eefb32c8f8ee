/**
 * 医生简介: the doctors of the chosen hospital, or of one department (`?departmentId=`), with a
 * department filter and a search by name or specialty.
 */
import { ComponentWithStore } from 'mobx-miniprogram-bindings';
import { listDoctors } from '../../api/content';
import { go, stopPullDownRefresh } from '../../api/platform';
import type { DataEvent, ValueEvent } from '../../components/events';
import { loadingView, mapEnvelope } from '../../stores/remote';
import { session } from '../../stores/session';
import { fetchHospitalView } from '../common/fetch';
import { ALL_DEPARTMENTS, departmentOptions, doctorCards, filterDoctors, type DoctorCard, type Option } from '../common/view';

/** Each page's full list stays out of `data`: only the doctors shown are sent to the view (setData size). */
const allDoctors = new WeakMap<object, DoctorCard[]>();

ComponentWithStore({
  storeBindings: { store: session, fields: ['elderMode'], actions: [] },
  data: {
    departmentId: '',
    departmentName: '',
    view: loadingView<DoctorCard[]>(),
    options: [] as Option[],
    filter: ALL_DEPARTMENTS,
    query: '',
    shown: [] as DoctorCard[],
  },
  methods: {
    onLoad(query: Record<string, string | undefined>) {
      this.setData({ departmentId: query.departmentId || '' });
      return this.load();
    },
    async onPullDownRefresh() {
      await this.fetch();
      stopPullDownRefresh();
    },
    async load() {
      this.setData({ view: loadingView<DoctorCard[]>() });
      await this.fetch();
    },
    async fetch() {
      const departmentId = this.data.departmentId;
      const view = await fetchHospitalView(
        async (hospitalId) => mapEnvelope(await listDoctors(hospitalId, departmentId || undefined), (d) => doctorCards(d.doctors)),
        (doctors) => doctors.length === 0,
      );
      const doctors = view.data || [];
      allDoctors.set(this, doctors);
      const options = departmentOptions(doctors);
      const filter = options.some((o) => o.value === this.data.filter) ? this.data.filter : ALL_DEPARTMENTS;
      const departmentName = departmentId && options.length > 1 ? options[1].text : '';
      const shown = filterDoctors(doctors, filter, this.data.query);
      this.setData({ view: { status: view.status, data: null, error: view.error }, options, filter, departmentName, shown });
    },
    onFilter(e: ValueEvent<string>) {
      this.setData({ filter: e.detail, shown: filterDoctors(allDoctors.get(this) || [], e.detail, this.data.query) });
    },
    onSearch(e: ValueEvent<string>) {
      this.setData({ query: e.detail, shown: filterDoctors(allDoctors.get(this) || [], this.data.filter, e.detail) });
    },
    onOpenDoctor(e: DataEvent<{ id: string }>) {
      go(`/previsit/doctor/index?id=${e.currentTarget.dataset.id}`);
    },
  },
});
