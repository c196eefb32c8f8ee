/**
 * Enumerations of the API contract. Wire values are the English codes; the client shows the
 * Chinese labels from the one label map beside each enumeration.
 */
function values<T extends Record<string, string>>(e: T): [T[keyof T], ...T[keyof T][]] {
  return Object.values(e) as [T[keyof T], ...T[keyof T][]];
}

export const Relation = { self: 'self', parent: 'parent', child: 'child', spouse: 'spouse', other: 'other' } as const;
export type Relation = (typeof Relation)[keyof typeof Relation];
export const relationLabels: Record<Relation, string> = {
  self: '本人',
  parent: '父母',
  child: '子女',
  spouse: '配偶',
  other: '其他',
};

export const IdType = {
  resident_id: 'resident_id',
  passport: 'passport',
  hk_macau_permit: 'hk_macau_permit',
  taiwan_permit: 'taiwan_permit',
} as const;
export type IdType = (typeof IdType)[keyof typeof IdType];
export const idTypeLabels: Record<IdType, string> = {
  resident_id: '居民身份证',
  passport: '护照',
  hk_macau_permit: '港澳居民来往内地通行证',
  taiwan_permit: '台湾居民来往大陆通行证',
};

export const AppointmentStatus = {
  pending_payment: 'pending_payment',
  booked: 'booked',
  checked_in: 'checked_in',
  completed: 'completed',
  cancelled: 'cancelled',
  expired: 'expired',
  no_show: 'no_show',
} as const;
export type AppointmentStatus = (typeof AppointmentStatus)[keyof typeof AppointmentStatus];
export const appointmentStatusLabels: Record<AppointmentStatus, string> = {
  pending_payment: '待支付',
  booked: '已预约',
  checked_in: '已签到',
  completed: '已就诊',
  cancelled: '已取消',
  expired: '已过期',
  no_show: '爽约',
};

export const Session = { am: 'am', pm: 'pm', evening: 'evening' } as const;
export type Session = (typeof Session)[keyof typeof Session];
export const sessionLabels: Record<Session, string> = { am: '上午', pm: '下午', evening: '夜诊' };

export const HospitalLevel = {
  grade3a: 'grade3a',
  grade3b: 'grade3b',
  grade2a: 'grade2a',
  grade2b: 'grade2b',
} as const;
export type HospitalLevel = (typeof HospitalLevel)[keyof typeof HospitalLevel];
export const hospitalLevelLabels: Record<HospitalLevel, string> = {
  grade3a: '三级甲等',
  grade3b: '三级乙等',
  grade2a: '二级甲等',
  grade2b: '二级乙等',
};

export const StaffRole = {
  admin: 'admin',
  scheduler: 'scheduler',
  nurse: 'nurse',
  doctor: 'doctor',
  pharmacist: 'pharmacist',
  billing: 'billing',
  records: 'records',
  editor: 'editor',
  service: 'service',
} as const;
export type StaffRole = (typeof StaffRole)[keyof typeof StaffRole];
export const staffRoleLabels: Record<StaffRole, string> = {
  admin: '管理员',
  scheduler: '排班员',
  nurse: '护士',
  doctor: '医生',
  pharmacist: '药师',
  billing: '收费员',
  records: '病案室',
  editor: '内容编辑',
  service: '患者服务',
};

export const ArticleStatus = { draft: 'draft', published: 'published' } as const;
export type ArticleStatus = (typeof ArticleStatus)[keyof typeof ArticleStatus];
export const articleStatusLabels: Record<ArticleStatus, string> = { draft: '未发布', published: '已发布' };

export const DepartmentCategory = {
  internal: 'internal',
  surgery: 'surgery',
  obgyn: 'obgyn',
  pediatrics: 'pediatrics',
  ent: 'ent',
  dermatology: 'dermatology',
  tcm: 'tcm',
  emergency: 'emergency',
  medtech: 'medtech',
  other: 'other',
} as const;
export type DepartmentCategory = (typeof DepartmentCategory)[keyof typeof DepartmentCategory];
export const departmentCategoryLabels: Record<DepartmentCategory, string> = {
  internal: '内科',
  surgery: '外科',
  obgyn: '妇产科',
  pediatrics: '儿科',
  ent: '五官科',
  dermatology: '皮肤科',
  tcm: '中医科',
  emergency: '急诊科',
  medtech: '医技科室',
  other: '其他科室',
};

export const DoctorTitle = {
  chief: 'chief',
  associate_chief: 'associate_chief',
  attending: 'attending',
  resident: 'resident',
} as const;
export type DoctorTitle = (typeof DoctorTitle)[keyof typeof DoctorTitle];
export const doctorTitleLabels: Record<DoctorTitle, string> = {
  chief: '主任医师',
  associate_chief: '副主任医师',
  attending: '主治医师',
  resident: '住院医师',
};

/** The aspects of a visit a patient rates with 1–5 stars (就医反馈). */
export const RatingAspect = { doctor: 'doctor', nurse: 'nurse', waiting: 'waiting', environment: 'environment', payment: 'payment' } as const;
export type RatingAspect = (typeof RatingAspect)[keyof typeof RatingAspect];
export const ratingAspectLabels: Record<RatingAspect, string> = {
  doctor: '医生诊疗',
  nurse: '护理服务',
  waiting: '候诊时间',
  environment: '就医环境',
  payment: '缴费便捷',
};

export const ComplaintCategory = { service: 'service', treatment: 'treatment', fees: 'fees', environment: 'environment', suggestion: 'suggestion', other: 'other' } as const;
export type ComplaintCategory = (typeof ComplaintCategory)[keyof typeof ComplaintCategory];
export const complaintCategoryLabels: Record<ComplaintCategory, string> = {
  service: '服务态度',
  treatment: '诊疗过程',
  fees: '收费问题',
  environment: '环境设施',
  suggestion: '意见建议',
  other: '其他',
};

/** received → handling → answered → closed (backend/domain/feedback/complaints.ts). */
export const ComplaintStatus = { received: 'received', handling: 'handling', answered: 'answered', closed: 'closed' } as const;
export type ComplaintStatus = (typeof ComplaintStatus)[keyof typeof ComplaintStatus];
export const complaintStatusLabels: Record<ComplaintStatus, string> = {
  received: '已受理',
  handling: '处理中',
  answered: '已答复',
  closed: '已办结',
};

export const enumValues = values;
