/**
 * 医生简介: the doctors of the chosen hospital, or of one department (`?departmentId=`), with a
 * department filter and a search by name or specialty.
 */
import { withAvatar } from '../../api/media';
import { ComponentWithStore } from 'mobx-miniprogram-bindings';
import { api } from '../../api/index';
import { go } from '../../api/platform';
import { remotePage } from '../../behaviors/remote-page';
import type { DataEvent, ValueEvent } from '../../components/events';
import { loadingView, mapEnvelope } from '../../stores/remote';
import { session } from '../../stores/session';
import { fetchHospitalView } from '../common/fetch';
import { ALL_DEPARTMENTS, departmentOptions, doctorCards, filterDoctors, type DoctorCard, type Option } from '../common/view';

interface SearchSuggestion {
  id: string;
  name: string;
  /** The words that led there, e.g. “牙疼”（牙痛）. */
  reason: string;
}

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
    /** When a search finds no doctor: the departments smart triage suggests for the words (牙疼 → 口腔科). */
    suggestions: [] as SearchSuggestion[],
    urgent: false,
  },
  methods: {
    ...remotePage<DoctorCard[], { departmentId: string; filter: string; query: string }>({
      fetch: ({ departmentId }) =>
        fetchHospitalView(
          async (hospitalId) =>
            mapEnvelope(await api.content.listDoctors({ hospitalId, departmentId: departmentId || undefined }), (d) => doctorCards(d.doctors.map(withAvatar))),
          (doctors) => doctors.length === 0,
        ),
      shown: (view, { departmentId, filter: was, query }, page) => {
        const doctors = view.data || [];
        allDoctors.set(page, doctors);
        const options = departmentOptions(doctors);
        const filter = options.some((o) => o.value === was) ? was : ALL_DEPARTMENTS;
        const departmentName = departmentId && options.length > 1 ? options[1].text : '';
        return { view: { ...view, data: null }, options, filter, departmentName, shown: filterDoctors(doctors, filter, query) };
      },
    }),
    onLoad(query: Record<string, string | undefined>) {
      this.setData({ departmentId: query.departmentId || '' });
      return this.load();
    },
    onFilter(e: ValueEvent<string>) {
      this.setData({ filter: e.detail, shown: filterDoctors(allDoctors.get(this) || [], e.detail, this.data.query) });
    },
    async onSearch(e: ValueEvent<string>) {
      const query = e.detail;
      const shown = filterDoctors(allDoctors.get(this) || [], this.data.filter, query);
      this.setData({ query, shown, suggestions: [], urgent: false });
      const hospitalId = session.hospitalId;
      if (shown.length > 0 || query.trim() === '' || !hospitalId) return;
      const res = await api.triage.assess({ hospitalId, text: query.trim() });
      if (!res.ok || this.data.query !== query) return;
      this.setData({
        suggestions: res.data.departments.map((d) => ({ id: d.departmentId, name: d.name, reason: d.reasons.join('、') })),
        urgent: res.data.emergency,
      });
    },
    onSuggestion(e: DataEvent<{ id: string }>) {
      const id = e.currentTarget.dataset.id;
      if (!this.data.options.some((o) => o.value === id)) {
        go(`/previsit/doctors/index?departmentId=${id}`);
        return;
      }
      this.setData({ filter: id, query: '', suggestions: [], urgent: false, shown: filterDoctors(allDoctors.get(this) || [], id, '') });
    },
    onOpenTriage() {
      go('/previsit/triage/index');
    },
    onOpenDoctor(e: DataEvent<{ id: string }>) {
      go(`/previsit/doctor/index?id=${e.currentTarget.dataset.id}`);
    },
  },
});
