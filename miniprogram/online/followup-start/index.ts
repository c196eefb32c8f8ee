/**
 * 申请在线复诊: the family member and the department; eligibility from the hospital's visit history
 * before anything is paid (the qualifying visit, or the reason with in-person booking instead);
 * what changed, results picked from 报告查询 or photos, the guardian of a child under 6; then the
 * request (paid on the billing page).
 */
import { ComponentWithStore } from 'mobx-miniprogram-bindings';
import { api } from '../../api/index';
import { choosePhoto, confirm, go, redirect, toast } from '../../api/platform';
import { remotePage, type RemoteHost } from '../../behaviors/remote-page';
import type { DataEvent, ValueEvent } from '../../components/events';
import type { EligibilityView } from '../../shared/dto/online';
import { makeRequestId } from '../../shared/request-id';
import { loadingView, type View } from '../../stores/remote';
import { session } from '../../stores/session';
import { family } from '../../stores/family';

interface Setup {
  patients: Array<{ id: string; name: string; child: boolean }>;
  departments: Array<{ id: string; name: string }>;
}

const newRequestId = () => makeRequestId(Date.now(), Math.random);

/** The family members (empty without any) and the hospital's departments. */
async function loadSetup(): Promise<View<Setup>> {
  const [patients, departments] = await Promise.all([family.members.get(), api.content.listDepartments({ hospitalId: session.hospitalId })]);
  if (!patients.ok) return { status: 'error', data: null, error: patients.error.message };
  if (!departments.ok) return { status: 'error', data: null, error: departments.error.message };
  if (patients.data.patients.length === 0) return { status: 'empty', data: null, error: '' };
  const people = patients.data.patients.map((p) => ({ id: p.id, name: p.name, child: p.age !== null && p.age < 6 }));
  return { status: 'ready', data: { patients: people, departments: departments.data.departments.map((d) => ({ id: d.id, name: d.name })) }, error: '' };
}

type Chosen = { patientId: string; departmentId: string };

/** Eligibility and the reports to pick for the member and department chosen (nothing until both are). */
async function checkEligibility(page: RemoteHost<Setup, Chosen>): Promise<void> {
  const { patientId, departmentId } = page.data;
  const setup = page.data.view.data;
  if (!setup || !patientId || !departmentId) return;
  const person = setup.patients.find((p) => p.id === patientId);
  page.setData({ checking: true, eligibility: null, child: person ? person.child : false, problem: '' });
  const [e, r] = await Promise.all([
    api.followup.eligibility({ patientId, departmentId }),
    api.records.reports({ patientId, hospitalId: session.hospitalId || undefined }),
  ]);
  const reportOptions = r.ok
    ? r.data.reports
        .filter((x) => x.status === 'final' && !x.critical)
        .slice(0, 20)
        .map((x) => ({ id: x.id, title: x.title, label: `${x.visitDate} ${x.departmentName}`, picked: false }))
    : [];
  page.setData({ checking: false, eligibility: e.ok ? e.data : null, reportOptions, problem: e.ok ? '' : e.error.message });
}

ComponentWithStore({
  storeBindings: { store: session, fields: ['elderMode'], actions: [] },
  data: {
    view: loadingView<Setup>(),
    patientId: '',
    departmentId: '',
    eligibility: null as EligibilityView | null,
    checking: false,
    reportOptions: [] as Array<{ id: string; title: string; label: string; picked: boolean }>,
    changes: '',
    photoIds: [] as string[],
    guardianPresent: false,
    child: false,
    pickDept: true,
    departmentName: '',
    problem: '',
    busy: false,
    requestId: '',
  },
  methods: {
    ...remotePage<Setup, Chosen>({
      fetch: loadSetup,
      shown: ({ data: setup }, { patientId, departmentId }) => {
        const first = setup ? setup.patients[0] : null;
        const dept = setup ? setup.departments.find((d) => d.id === departmentId) : undefined;
        return { patientId: patientId || (first ? first.id : ''), pickDept: !dept, departmentName: dept ? dept.name : '' };
      },
      then: checkEligibility,
      // Back from the photo picker or a report: what was filled in stays.
      reloadOnShow: false,
    }),
    onLoad(query: Record<string, string | undefined>) {
      this.setData({ patientId: query.patientId || '', departmentId: query.departmentId || '', requestId: newRequestId() });
      return this.load();
    },
    check() {
      return checkEligibility(this);
    },
    onPatient(e: ValueEvent<string>) {
      this.setData({ patientId: e.detail });
      return this.check();
    },
    onDepartment(e: ValueEvent<string>) {
      const setup = this.data.view.data;
      const dept = setup ? setup.departments.find((d) => d.id === e.detail) : undefined;
      this.setData({ departmentId: e.detail, pickDept: false, departmentName: dept ? dept.name : '' });
      return this.check();
    },
    onPatientCell(e: DataEvent<{ id: string }>) {
      return this.onPatient({ detail: e.currentTarget.dataset.id });
    },
    onDepartmentCell(e: DataEvent<{ id: string }>) {
      return this.onDepartment({ detail: e.currentTarget.dataset.id });
    },
    onPickDept() {
      this.setData({ pickDept: true });
    },
    onBook() {
      go(`/booking/department/index?id=${this.data.departmentId}`);
    },
    onChanges(e: ValueEvent<string>) {
      this.setData({ changes: e.detail, problem: '' });
    },
    onGuardian(e: ValueEvent<boolean>) {
      this.setData({ guardianPresent: e.detail });
    },
    onReport(e: DataEvent<{ index: number }>) {
      const i = Number(e.currentTarget.dataset.index);
      this.setData({ [`reportOptions[${i}].picked`]: !this.data.reportOptions[i].picked });
    },
    async onPhoto() {
      if (this.data.photoIds.length >= 9 || this.data.busy) return;
      const image = await choosePhoto();
      if (!image) return;
      this.setData({ busy: true });
      const res = await api.followup.attach({ hospitalId: session.hospitalId, image, requestId: newRequestId() });
      this.setData({ busy: false });
      if (!res.ok) toast(res.error.message);
      else this.setData({ photoIds: [...this.data.photoIds, res.data.photoId] });
    },
    async onSubmit() {
      const e = this.data.eligibility;
      if (!e || !e.eligible || this.data.busy) return;
      if (this.data.changes.trim() === '') {
        this.setData({ problem: '请描述上次就诊以来的病情变化和用药情况' });
        return;
      }
      if (this.data.child && !this.data.guardianPresent) {
        this.setData({ problem: '6岁以下儿童在线复诊须由监护人全程陪同，请确认监护人在场' });
        return;
      }
      if (!(await confirm('提交在线复诊', `复诊费${e.feeText}，提交后请支付。医生未接诊将全额退款。`, '提交'))) return;
      this.setData({ busy: true });
      const res = await api.followup.start({
        patientId: this.data.patientId,
        departmentId: this.data.departmentId,
        changes: this.data.changes.trim(),
        reportIds: this.data.reportOptions.filter((r) => r.picked).map((r) => r.id),
        photoIds: this.data.photoIds,
        guardianPresent: this.data.guardianPresent,
        requestId: this.data.requestId,
      });
      this.setData({ busy: false });
      if (!res.ok) {
        this.setData({ problem: res.error.message });
        return;
      }
      redirect(`/online/followup-detail/index?id=${res.data.followup.id}`);
    },
  },
});
