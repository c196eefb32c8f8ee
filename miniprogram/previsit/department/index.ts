/** 科室详情: a department's category, location, phone, intro, conditions treated and doctors. */
import { withAvatar } from '../../api/media';
import { ComponentWithStore } from 'mobx-miniprogram-bindings';
import { api } from '../../api/index';
import { callPhone, go } from '../../api/platform';
import type { DataEvent } from '../../components/events';
import { loadingView, mapEnvelope } from '../../stores/remote';
import { session } from '../../stores/session';
import type { DepartmentDetail } from '../../shared/dto/content';
import { fetchRecordView } from '../common/fetch';
import { doctorCards, paragraphsOf, type DoctorCard } from '../common/view';
import { routeUrl } from '../../shared/navigation-urls';
import { remotePage } from '../../behaviors/remote-page';

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
    ...remotePage<DepartmentPage, { departmentId: string }>({
      // The hospital's published content: not changed by anything the patient does meanwhile.
      reloadOnShow: false,
      fetch: ({ departmentId }) =>
        fetchRecordView(departmentId, async (id) =>
          mapEnvelope(await api.content.getDepartment({ departmentId: id }), (d) => ({
            department: d.department,
            paragraphs: paragraphsOf(d.department.intro),
            doctors: doctorCards(d.doctors.map(withAvatar)),
          })),
        ),
    }),
    onLoad(query: Record<string, string | undefined>) {
      this.setData({ departmentId: query.id || '' });
      return this.load();
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
