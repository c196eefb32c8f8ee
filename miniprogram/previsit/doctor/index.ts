/**
 * 医生主页: a doctor's title, department, hospital, specialties and intro, with the department's
 * location and phone. Booking is a later feature; this page offers nothing that looks like it.
 */
import { withAvatar } from '../../api/media';
import { ComponentWithStore } from 'mobx-miniprogram-bindings';
import { api } from '../../api/index';
import { callPhone, go } from '../../api/platform';
import { loadingView } from '../../stores/remote';
import { session } from '../../stores/session';
import type { DoctorProfile } from '../../shared/dto/content';
import type { Envelope } from '../../shared/envelope';
import { fetchRecordView } from '../common/fetch';
import { paragraphsOf, surnameOf } from '../common/view';
import { remotePage } from '../../behaviors/remote-page';

interface DoctorPage {
  doctor: DoctorProfile;
  initial: string;
  paragraphs: string[];
  departmentPhone: string;
}

/** The doctor, and the phone of the department (empty when it cannot be read). */
async function loadDoctor(id: string): Promise<Envelope<DoctorPage>> {
  const res = await api.content.getDoctor({ doctorId: id });
  if (!res.ok) return res;
  const doctor = res.data.doctor;
  const dept = await api.content.getDepartment({ departmentId: doctor.departmentId });
  return {
    ok: true,
    data: {
      doctor: withAvatar(doctor),
      initial: surnameOf(doctor.name),
      paragraphs: paragraphsOf(doctor.intro),
      departmentPhone: dept.ok ? dept.data.department.phone : '',
    },
  };
}

ComponentWithStore({
  storeBindings: { store: session, fields: ['elderMode'], actions: [] },
  data: {
    doctorId: '',
    view: loadingView<DoctorPage>(),
  },
  methods: {
    ...remotePage<DoctorPage, { doctorId: string }>({ fetch: ({ doctorId }) => fetchRecordView(doctorId, loadDoctor) }),
    onLoad(query: Record<string, string | undefined>) {
      this.setData({ doctorId: query.id || '' });
      return this.load();
    },
    onBook() {
      const page = this.data.view.data;
      if (page) go(`/booking/doctor/index?id=${page.doctor.id}`);
    },
    onConsult() {
      const page = this.data.view.data;
      if (page) go(`/online/consult-ask/index?doctorId=${page.doctor.id}`);
    },
    onOpenDepartment() {
      const page = this.data.view.data;
      if (page) go(`/previsit/department/index?id=${page.doctor.departmentId}`);
    },
    onCall() {
      const page = this.data.view.data;
      if (page && page.departmentPhone) callPhone(page.departmentPhone);
    },
  },
});
