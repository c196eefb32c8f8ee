/**
 * 科室排班: a strip of the days of the booking window and the department's doctors who work on the
 * chosen day, each session with its status, places left and fee. A session opens the doctor's
 * schedule on that day.
 */
import { ComponentWithStore } from 'mobx-miniprogram-bindings';
import { go, stopPullDownRefresh } from '../../api/platform';
import type { DataEvent, ValueEvent } from '../../components/events';
import { loadingView, type View } from '../../stores/remote';
import { session } from '../../stores/session';
import { recordView, viewOf } from '../../stores/remote';
import { fetchDay, loadDepartment, type DepartmentPage, type DoctorDay } from './load';

ComponentWithStore({
  storeBindings: { store: session, fields: ['elderMode'], actions: [] },
  data: {
    departmentId: '',
    date: '',
    view: loadingView<DepartmentPage>(),
    doctorsView: loadingView<DoctorDay[]>(),
  },
  methods: {
    onLoad(query: Record<string, string | undefined>) {
      this.setData({ departmentId: query.id || '', date: query.date || '' });
      return this.load();
    },
    async onPullDownRefresh() {
      await this.fetch();
      stopPullDownRefresh();
    },
    async load() {
      this.setData({ view: loadingView<DepartmentPage>() });
      await this.fetch();
    },
    async fetch() {
      const view = await recordView(this.data.departmentId, (id) => loadDepartment(id, this.data.date, Date.now()));
      const page = view.data;
      this.setData({
        view,
        date: page ? page.date : this.data.date,
        doctorsView: page ? doctorsViewOf(page.doctors) : loadingView<DoctorDay[]>(),
      });
    },
    async loadDoctors() {
      const { departmentId, date } = this.data;
      this.setData({ doctorsView: loadingView<DoctorDay[]>() });
      const res = await fetchDay(departmentId, date);
      if (date !== this.data.date) return;
      this.setData({ doctorsView: res.ok ? doctorsViewOf(res.data.doctors) : viewOf(res) });
    },
    onSelectDay(e: ValueEvent<{ date: string }>) {
      this.setData({ date: e.detail.date });
      return this.loadDoctors();
    },
    onOpenDoctor(e: DataEvent<{ id: string }>) {
      go(`/booking/doctor/index?id=${e.currentTarget.dataset.id}&date=${this.data.date}`);
    },
  },
});

function doctorsViewOf(doctors: DoctorDay[]): View<DoctorDay[]> {
  return { status: doctors.length === 0 ? 'empty' : 'ready', data: doctors, error: '' };
}
