/**
 * What the staff workbench shows for the current hospital: the roles held there and the entries
 * those roles may open. An entry is listed only for a role the server checks for it.
 */
import type { StaffHospitalRoles } from '../../shared/dto/staff';
import { StaffRole, staffRoleLabels } from '../../shared/enums';

export interface StaffEntry {
  key: string;
  title: string;
  desc: string;
  icon: string;
  url: string;
}

export interface OtherHospital {
  hospitalId: string;
  hospitalName: string;
  roleText: string;
}

export interface StaffPanel {
  roleLabels: string[];
  entries: StaffEntry[];
  otherHospitals: OtherHospital[];
}

/** The entries of each role; the server requires exactly that role (or admin) for their actions. */
const entriesByRole: Partial<Record<StaffRole, StaffEntry[]>> = {
  scheduler: [
    { key: 'schedule', title: '排班模板', desc: '医生和检查项目的每周排班，发布号源', icon: 'calendar-o', url: '/staff/schedule/index' },
    { key: 'booking-rules', title: '预约规则', desc: '预约天数、放号时间、取消与爽约规则', icon: 'setting-o', url: '/staff/settings/index' },
    { key: 'clinic', title: '出诊管理', desc: '停诊、加号，查看每个时段的预约', icon: 'clock-o', url: '/staff/clinic/index' },
  ],
  nurse: [
    { key: 'queue', title: '叫号台', desc: '今日候诊队列：叫号、重呼、过号、优先、代为签到', icon: 'volume-o', url: '/staff/queue/index' },
    { key: 'critical', title: '危急值处置', desc: '本院待告知的危急值报告，电话告知后登记', icon: 'warning-o', url: '/staff/critical/index' },
    { key: 'home-visits', title: '上门护理任务', desc: '派给我的上门护理：出发、服务记录、安全求助', icon: 'guide-o', url: '/staff/home-visits/index' },
  ],
  doctor: [
    { key: 'doctor', title: '医生工作台', desc: '本人今日的当前与下一位患者，接诊、完成就诊、回诊', icon: 'manager-o', url: '/staff/doctor/index' },
    { key: 'critical', title: '危急值处置', desc: '本院待告知的危急值报告，电话告知后登记', icon: 'warning-o', url: '/staff/critical/index' },
    {
      key: 'followups',
      title: '在线复诊',
      desc: '接诊或拒绝（退款）、续方、调整用药、建议到院；修改药师退回的处方',
      icon: 'chat-o',
      url: '/staff/followups/index',
    },
    { key: 'consults', title: '在线咨询', desc: '待接诊与进行中的咨询，危急优先：接诊、拒绝、按结构回复', icon: 'chat-o', url: '/staff/consults/index' },
  ],
  pharmacist: [
    { key: 'rx-review', title: '处方审核', desc: '在线复诊处方：审核通过或退回医生', icon: 'passed', url: '/staff/rx-review/index' },
    { key: 'pharmacy-shipping', title: '药品配送', desc: '核对打包、填写运单号发货、窗口发放', icon: 'logistics', url: '/staff/pharmacy-shipping/index' },
  ],
  admin: [
    { key: 'nurse-areas', title: '护士诊区', desc: '为护士分配负责的诊区', icon: 'friends-o', url: '/staff/nurse-areas/index' },
    { key: 'satisfaction', title: '满意度与督办', desc: '各科室每月满意度，逾期未答复的投诉', icon: 'chart-trending-o', url: '/staff/satisfaction/index' },
    { key: 'members', title: '员工与角色', desc: '授予和撤销角色、绑定医生，查看授权人', icon: 'manager-o', url: '/staff/members/index' },
    { key: 'hospital-settings', title: '医院设置', desc: '本院提供哪些服务功能、预约规则、医院介绍', icon: 'setting-o', url: '/staff/hospital-settings/index' },
    {
      key: 'online-settings',
      title: '线上诊疗设置',
      desc: '在线咨询与复诊的费用、接诊时限、复诊期限、冷链配送，医生在线接诊资格',
      icon: 'setting-o',
      url: '/staff/online-settings/index',
    },
    {
      key: 'service-rules',
      title: '投诉时限与复印收费',
      desc: '投诉答复的工作日时限，病历复印每页费用和邮寄费',
      icon: 'clock-o',
      url: '/staff/service-rules/index',
    },
    { key: 'nurse-profiles', title: '护士资质', desc: '护士的职称和执业年份，决定谁可上门护理', icon: 'medal-o', url: '/staff/nurse-profiles/index' },
    { key: 'homecare-catalog', title: '上门护理项目', desc: '本院提供的上门护理项目、服务费和上门费', icon: 'orders-o', url: '/staff/homecare-catalog/index' },
  ],
  billing: [{ key: 'billing', title: '收费工作台', desc: '当日收费与退款汇总、支付异常核对、订单退款', icon: 'balance-o', url: '/staff/billing/index' }],
  service: [
    { key: 'complaints', title: '投诉处理', desc: '按答复期限处理患者的投诉与建议：分派、答复、办结', icon: 'comment-o', url: '/staff/complaints/index' },
    { key: 'changes', title: '发布改进', desc: '在“你说我改”中公布医院根据反馈所做的改进', icon: 'bullhorn-o', url: '/staff/change-edit/index' },
  ],
  records: [
    { key: 'record-copies', title: '病历复印', desc: '审核申请材料，核定页数和费用，复印并邮寄', icon: 'description', url: '/staff/record-copies/index' },
  ],
  homecare: [
    { key: 'homecare', title: '上门护理调度', desc: '评估受理申请，派符合资质的护士，处理安全求助', icon: 'home-o', url: '/staff/homecare/index' },
    { key: 'homecare-catalog', title: '上门护理项目', desc: '本院提供的上门护理项目、服务费和上门费', icon: 'orders-o', url: '/staff/homecare-catalog/index' },
  ],
  editor: [
    { key: 'articles', title: '科普文章', desc: '撰写、发布和下线健康科普文章', icon: 'notes-o', url: '/staff/articles/index' },
    { key: 'hospital', title: '医院介绍', desc: '编辑医院简介和特色专科', icon: 'hotel-o', url: '/staff/hospital-edit/index' },
    { key: 'departments', title: '科室介绍', desc: '编辑科室简介、位置、电话和诊治病种', icon: 'cluster-o', url: '/staff/departments/index' },
  ],
};

/** Role labels to show: an admin holds every role, so it reads as 管理员 alone. */
export function roleLabelsOf(roles: readonly StaffRole[]): string[] {
  if (roles.includes(StaffRole.admin)) return [staffRoleLabels.admin];
  return roles.map((r) => staffRoleLabels[r]);
}

export function entriesOf(roles: readonly StaffRole[]): StaffEntry[] {
  const entries: StaffEntry[] = [];
  for (const entry of roles.flatMap((r) => entriesByRole[r] ?? [])) {
    if (!entries.some((e) => e.key === entry.key)) entries.push(entry);
  }
  return entries;
}

export function staffPanel(staffHospitals: readonly StaffHospitalRoles[], hospitalId: string): StaffPanel {
  const here = staffHospitals.find((h) => h.hospitalId === hospitalId);
  const roles = here ? here.roles : [];
  return {
    roleLabels: roleLabelsOf(roles),
    entries: entriesOf(roles),
    otherHospitals: staffHospitals
      .filter((h) => h.hospitalId !== hospitalId)
      .map((h) => ({ hospitalId: h.hospitalId, hospitalName: h.hospitalName, roleText: roleLabelsOf(h.roles).join('、') })),
  };
}
