/**
 * 员工与角色 (admin): each member of staff as the page shows them, the roles an admin may grant with
 * what each does, and the checks of the grant form before it is sent.
 */
import type { DoctorSummary } from '../../shared/dto/content';
import type { StaffMember } from '../../shared/dto/staff';
import { StaffRole, staffRoleLabels } from '../../shared/enums';

export interface MemberRow {
  openid: string;
  name: string;
  roleText: string;
  /** Doctor binding, practice year, online practice, who granted. */
  lines: string[];
  roles: Array<{ role: StaffRole; label: string }>;
}

export interface RoleOption {
  role: StaffRole;
  label: string;
  desc: string;
}

export interface DoctorOption {
  id: string;
  name: string;
  desc: string;
}

export interface MembersDesk {
  members: MemberRow[];
  doctors: DoctorOption[];
}

export interface GrantForm {
  openid: string;
  name: string;
  role: StaffRole | '';
  doctorId: string;
  year: string;
}

export type GrantErrors = Record<keyof GrantForm, string>;

const roleDescs: Record<StaffRole, string> = {
  admin: '本院全部权限，管理员工角色和医院设置',
  scheduler: '排班模板、号源发布、停诊加号、预约规则',
  nurse: '叫号台、代为签到、危急值处置、上门护理任务',
  doctor: '医生工作台：接诊、完成就诊、回诊；须绑定本院医生',
  pharmacist: '处方审核与发药',
  billing: '收费工作台、当日发票、订单退款',
  records: '病历复印申请的审核、计费和邮寄',
  editor: '科普文章、医院介绍、科室介绍',
  service: '投诉处理与“你说我改”',
  homecare: '上门护理申请的评估与派单',
};

export const roleOptions: RoleOption[] = (Object.keys(staffRoleLabels) as StaffRole[]).map((role) => ({
  role,
  label: staffRoleLabels[role],
  desc: roleDescs[role],
}));

export function memberRow(m: StaffMember): MemberRow {
  const lines: string[] = [];
  if (m.doctorName) lines.push(`绑定医生：${m.doctorName}`);
  if (m.practiceSinceYear > 0) lines.push(`${m.practiceSinceYear}年起独立执业`);
  if (m.roles.includes(StaffRole.doctor)) lines.push(m.onlineRefusal ? `不能开展线上诊疗：${m.onlineRefusal}` : '可开展线上诊疗');
  lines.push(`授权人：${m.grantedByText}`);
  return { openid: m.openid, name: m.name, roleText: m.roleLabels.join('、'), lines, roles: m.roles.map((role, i) => ({ role, label: m.roleLabels[i] })) };
}

export function doctorOption(d: DoctorSummary): DoctorOption {
  return { id: d.id, name: d.name, desc: `${d.departmentName} · ${d.titleLabel}` };
}

export const emptyForm = (): GrantForm => ({ openid: '', name: '', role: '', doctorId: '', year: '' });
export const noErrors = (): GrantErrors => ({ openid: '', name: '', role: '', doctorId: '', year: '' });

/** Whether the form asks for the year independent practice began. */
export const asksYear = (role: StaffRole | ''): boolean => role === StaffRole.doctor || role === StaffRole.nurse;

/** The message for each field ('' when fine); `thisYear` bounds the practice year. */
export function grantErrors(f: GrantForm, thisYear: number): GrantErrors {
  const e = noErrors();
  const openid = f.openid.trim();
  if (!openid) e.openid = '请填写员工的微信标识';
  else if (!/^[A-Za-z0-9_-]{6,64}$/.test(openid)) e.openid = '微信标识为6-64位字母、数字、“_”或“-”';
  const name = f.name.trim();
  if (!name) e.name = '请填写姓名';
  else if (name.length > 30) e.name = '姓名最多30个字';
  if (!f.role) e.role = '请选择角色';
  if (f.role === StaffRole.doctor && !f.doctorId) e.doctorId = '授予医生角色时请选择这位医生';
  const year = f.year.trim();
  if (asksYear(f.role) && year) {
    const n = Number(year);
    if (!/^\d{4}$/.test(year) || n < 1960 || n > thisYear) e.year = `请填写1960至${thisYear}之间的年份`;
  }
  return e;
}

export const hasErrors = (e: GrantErrors): boolean => Object.values(e).some((m) => m !== '');
