/**
 * 员工与角色 (admin): the hospital's staff with their roles, bound doctor, practice year, whether a
 * doctor may practise online and who granted; revoking a role asks first. The grant form takes the
 * staff member's WeChat identifier (openid), a role picked by its label and — for a doctor — the
 * doctor picked from the hospital's list. Links to 护士诊区 (nurse clinic areas).
 */
import { ComponentWithStore } from 'mobx-miniprogram-bindings';
import { api } from '../../api/index';
import { confirm, go, toast } from '../../api/platform';
import { remotePage } from '../../behaviors/remote-page';
import type { GrantInput } from '../../shared/contract/staff';
import type { DataEvent, ValueEvent } from '../../components/events';
import type { Envelope } from '../../shared/envelope';
import { StaffRole, staffRoleLabels } from '../../shared/enums';
import { shanghaiYear } from '../../shared/time';
import { fetchView, loadingView } from '../../stores/remote';
import { session } from '../../stores/session';
import { withHospital } from '../common/hospital';
import { asksYear, doctorOption, emptyForm, grantErrors, hasErrors, memberRow, noErrors, roleOptions, type GrantForm, type MembersDesk } from './members';

async function loadDesk(hospitalId: string): Promise<Envelope<MembersDesk>> {
  const [staff, doctors] = await Promise.all([api.staff.list({ hospitalId }), api.content.listDoctors({ hospitalId })]);
  if (!staff.ok) return staff;
  if (!doctors.ok) return doctors;
  return { ok: true, data: { members: staff.data.staff.map(memberRow), doctors: doctors.data.doctors.map(doctorOption) } };
}

ComponentWithStore({
  storeBindings: { store: session, fields: ['elderMode', 'hospitalName'], actions: [] },
  data: {
    view: loadingView<MembersDesk>(),
    roleOptions,
    form: emptyForm(),
    errors: noErrors(),
    showYear: false,
    refusal: '',
    submitting: false,
  },
  methods: {
    ...remotePage<MembersDesk>({ fetch: () => fetchView(() => withHospital(loadDesk)) }),
    onLoad() {
      return this.load();
    },
    onOpenNurseAreas() {
      go('/staff/nurse-areas/index');
    },
    onOpenSettings() {
      go('/staff/hospital-settings/index');
    },
    onName(e: ValueEvent<string>) {
      this.setData({ 'form.name': e.detail, 'errors.name': '', refusal: '' });
    },
    onOpenid(e: ValueEvent<string>) {
      this.setData({ 'form.openid': e.detail, 'errors.openid': '', refusal: '' });
    },
    onYear(e: ValueEvent<string>) {
      this.setData({ 'form.year': e.detail, 'errors.year': '', refusal: '' });
    },
    onPickRole(e: DataEvent<{ role: string }>) {
      const role = roleOptions.find((o) => o.role === e.currentTarget.dataset.role);
      if (!role) return;
      this.setData({ 'form.role': role.role, 'errors.role': '', showYear: asksYear(role.role), refusal: '' });
    },
    onPickDoctor(e: DataEvent<{ id: string }>) {
      this.setData({ 'form.doctorId': e.currentTarget.dataset.id, 'errors.doctorId': '', refusal: '' });
    },
    async onGrant() {
      if (this.data.submitting) return;
      const form: GrantForm = this.data.form;
      const errors = grantErrors(form, shanghaiYear(Date.now()));
      this.setData({ errors });
      if (hasErrors(errors) || !form.role) return;
      const input: GrantInput = { openid: form.openid.trim(), name: form.name.trim(), role: form.role };
      if (form.role === StaffRole.doctor) input.doctorId = form.doctorId;
      if (asksYear(form.role) && form.year.trim()) input.practiceSinceYear = Number(form.year.trim());
      this.setData({ submitting: true, refusal: '' });
      const res = await withHospital((hospitalId) => api.staff.grant({ hospitalId, ...input }));
      this.setData({ submitting: false });
      if (!res.ok) {
        this.setData({ refusal: res.error.message });
        return;
      }
      toast(`已授予${input.name}${staffRoleLabels[form.role]}角色`);
      this.setData({ form: emptyForm(), errors: noErrors(), showYear: false });
      await this.reload();
    },
    async onRevoke(e: DataEvent<{ openid: string; role: string }>) {
      const { openid, role } = e.currentTarget.dataset;
      const desk = this.data.view.data;
      const member = desk ? desk.members.find((m) => m.openid === openid) : undefined;
      const held = member ? member.roles.find((r) => r.role === role) : undefined;
      if (!member || !held) return;
      const sure = await confirm('撤销角色', `确定撤销${member.name}的“${held.label}”角色？撤销后立即失去相应权限。`, '撤销');
      if (!sure) return;
      const res = await withHospital((hospitalId) => api.staff.revoke({ hospitalId, openid, role: held.role }));
      toast(res.ok ? `已撤销${member.name}的${held.label}角色` : res.error.message);
      if (res.ok) await this.reload();
    },
  },
});
