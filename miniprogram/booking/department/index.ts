/**
 * 科室排班: a strip of the days of the booking window and the department's doctors who work on the
 * chosen day, each session with its status, places left and fee. A session opens the doctor's
 * schedule on that day.
 */
import { ComponentWithStore } from 'mobx-miniprogram-bindings';
import { go } from '../../api/platform';
import { loadPart, type PageHost, remotePage } from '../../behaviors/remote-page';
import type { DataEvent, ValueEvent } from '../../components/events';
import { fetchView, loadingView, mapEnvelope, recordView, type View } from '../../stores/remote';
import { session } from '../../stores/session';
import { fetchDay, loadDepartment, type DepartmentPage, type DoctorDay } from './load';

type Day = { departmentId: string; date: string };

ComponentWithStore({
  storeBindings: { store: session, fields: ['elderMode'], actions: [] },
  data: {
    departmentId: '',
    date: '',
    view: loadingView<DepartmentPage>(),
    doctorsView: loadingView<DoctorDay[]>(),
  },
  methods: {
    ...remotePage<DepartmentPage, Day>({
      fetch: ({ departmentId, date }) => recordView(departmentId, (id) => loadDepartment(id, date, Date.now())),
      shown: ({ data }, { date }) => ({ date: data ? data.date : date, doctorsView: data ? doctorsViewOf(data.doctors) : loadingView<DoctorDay[]>() }),
    }),
    onLoad(query: Record<string, string | undefined>) {
      this.setData({ departmentId: query.id || '', date: query.date || '' });
      return this.load();
    },
    /** The chosen day's doctors; also their 重试. */
    loadDoctors() {
      return loadDoctors(this);
    },
    onSelectDay(e: ValueEvent<{ date: string }>) {
      this.setData({ date: e.detail.date });
      return loadDoctors(this);
    },
    onOpenDoctor(e: DataEvent<{ id: string }>) {
      go(`/booking/doctor/index?id=${e.currentTarget.dataset.id}&date=${this.data.date}`);
    },
  },
});

function loadDoctors(page: PageHost<Day>): Promise<void> {
  const { departmentId, date } = page.data;
  return loadPart(page, 'doctorsView', () =>
    fetchView(
      async () => mapEnvelope(await fetchDay(departmentId, date), (d) => d.doctors),
      (doctors) => doctors.length === 0,
    ),
  );
}

function doctorsViewOf(doctors: DoctorDay[]): View<DoctorDay[]> {
  return { status: doctors.length === 0 ? 'empty' : 'ready', data: doctors, error: '' };
}
