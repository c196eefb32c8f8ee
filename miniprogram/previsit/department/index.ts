/** 科室详情: a department's category, location, phone, intro, conditions treated and doctors. */
import { withAvatar } from '../../api/media';
import { ComponentWithStore } from 'mobx-miniprogram-bindings';
import { api } from '../../api/index';
import { callPhone, go, stopPullDownRefresh } from '../../api/platform';
import type { DataEvent } from '../../components/events';
import { loadingView, mapEnvelope } from '../../stores/remote';
import { session } from '../../stores/session';
import type { DepartmentDetail } from '../../shared/dto/content';
import { fetchRecordView } from '../common/fetch';
import { doctorCards, paragraphsOf, type DoctorCard } from '../common/view';
import { routeUrl } from '../../shared/navigation-urls';

interface DepartmentPage {
  department: DepartmentDetail;
  paragraphs: string[];
  doctors: DoctorCard[];
}

ComponentWithStore({
  storeBindings: { store: session, fields: ['elderMode'], actions: [] },
  data: {
    departmentId: '',
    view: loadingView<DepartmentPage>(),
  },
  methods: {
    onLoad(query: Record<string, string | undefined>) {
      this.setData({ departmentId: query.id || '' });
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
      const view = await fetchRecordView(this.data.departmentId, async (id) =>
        mapEnvelope(await api.content.getDepartment({ departmentId: id }), (d) => ({
          department: d.department,
          paragraphs: paragraphsOf(d.department.intro),
          doctors: doctorCards(d.doctors.map(withAvatar)),
        })),
      );
      this.setData({ view });
    },
    onCall() {
      const department = this.data.view.data ? this.data.view.data.department : null;
      if (department && department.phone) callPhone(department.phone);
    },
    onGuide() {
      const page = this.data.view.data;
      if (page) go(routeUrl(page.department.hospitalId, page.department.id));
    },
    onBook() {
      const page = this.data.view.data;
      if (page) go(`/booking/department/index?id=${page.department.id}`);
    },
    onOpenDoctor(e: DataEvent<{ id: string }>) {
      go(`/previsit/doctor/index?id=${e.currentTarget.dataset.id}`);
    },
  },
});
