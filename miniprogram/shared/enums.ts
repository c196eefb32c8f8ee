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
  homecare: 'homecare',
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
  homecare: '居家护理调度',
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
export const RatingAspect = {
  doctor: 'doctor',
  nurse: 'nurse',
  waiting: 'waiting',
  environment: 'environment',
  payment: 'payment',
  response: 'response',
  speed: 'speed',
  packaging: 'packaging',
  punctuality: 'punctuality',
} as const;
export type RatingAspect = (typeof RatingAspect)[keyof typeof RatingAspect];
export const ratingAspectLabels: Record<RatingAspect, string> = {
  doctor: '医生诊疗',
  nurse: '护理服务',
  waiting: '候诊时间',
  environment: '就医环境',
  payment: '缴费便捷',
  response: '回复及时',
  speed: '配送速度',
  packaging: '包装完好',
  punctuality: '准时到达',
};

/** The services rated like a visit (feedback.rateService): 在线咨询, 在线复诊, 药品配送, 上门护理. */
export const RatedService = { consult: 'consult', followup: 'followup', delivery: 'delivery', homecare: 'homecare' } as const;
export type RatedService = (typeof RatedService)[keyof typeof RatedService];

export const ComplaintCategory = {
  service: 'service',
  treatment: 'treatment',
  fees: 'fees',
  environment: 'environment',
  suggestion: 'suggestion',
  other: 'other',
} as const;
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

/** Who applies for copies of a medical record (医疗机构病历管理规定, 2013). */
export const ApplicantType = { self: 'self', agent: 'agent', heir: 'heir', heir_agent: 'heir_agent' } as const;
export type ApplicantType = (typeof ApplicantType)[keyof typeof ApplicantType];
export const applicantTypeLabels: Record<ApplicantType, string> = {
  self: '患者本人',
  agent: '患者委托的代理人',
  heir: '已故患者的法定继承人',
  heir_agent: '法定继承人委托的代理人',
};

/** The proofs an applicant uploads as photos. */
export const ProofKind = {
  applicant_id: 'applicant_id',
  patient_id: 'patient_id',
  authorization: 'authorization',
  death_certificate: 'death_certificate',
  relationship: 'relationship',
  heir_id: 'heir_id',
} as const;
export type ProofKind = (typeof ProofKind)[keyof typeof ProofKind];
export const proofKindLabels: Record<ProofKind, string> = {
  applicant_id: '申请人有效身份证明',
  patient_id: '患者有效身份证明',
  authorization: '授权委托书（签名）',
  death_certificate: '患者死亡证明',
  relationship: '与患者关系的法定证明材料',
  heir_id: '法定继承人有效身份证明',
};

/** The parts of a record the rules allow to copy (objective parts; not the progress notes). */
export const RecordPart = {
  outpatient_record: 'outpatient_record',
  admission_record: 'admission_record',
  temperature_chart: 'temperature_chart',
  medical_orders: 'medical_orders',
  exam_reports: 'exam_reports',
  imaging: 'imaging',
  pathology: 'pathology',
  consent_forms: 'consent_forms',
  anaesthesia_record: 'anaesthesia_record',
  surgery_record: 'surgery_record',
  nursing_record: 'nursing_record',
  discharge_summary: 'discharge_summary',
} as const;
export type RecordPart = (typeof RecordPart)[keyof typeof RecordPart];
export const recordPartLabels: Record<RecordPart, string> = {
  outpatient_record: '门（急）诊病历',
  admission_record: '住院志（入院记录）',
  temperature_chart: '体温单',
  medical_orders: '医嘱单',
  exam_reports: '检验报告等辅助检查报告单',
  imaging: '医学影像检查资料',
  pathology: '病理报告',
  consent_forms: '手术、麻醉、输血及特殊检查（治疗）同意书',
  anaesthesia_record: '麻醉记录',
  surgery_record: '手术记录',
  nursing_record: '病重（病危）患者护理记录',
  discharge_summary: '出院记录',
};

export const CopyPurpose = { insurance: 'insurance', treatment: 'treatment', legal: 'legal', personal: 'personal', other: 'other' } as const;
export type CopyPurpose = (typeof CopyPurpose)[keyof typeof CopyPurpose];
export const copyPurposeLabels: Record<CopyPurpose, string> = {
  insurance: '商业保险理赔',
  treatment: '转院或继续治疗',
  legal: '司法鉴定或诉讼',
  personal: '个人保存',
  other: '其他',
};

/** submitted → quoted → paid → copied → shipped (backend/domain/record-copies/applications.ts). */
export const CopyStatus = {
  submitted: 'submitted',
  more_needed: 'more_needed',
  refused: 'refused',
  quoted: 'quoted',
  paid: 'paid',
  copied: 'copied',
  shipped: 'shipped',
  cancelled: 'cancelled',
} as const;
export type CopyStatus = (typeof CopyStatus)[keyof typeof CopyStatus];
export const copyStatusLabels: Record<CopyStatus, string> = {
  submitted: '待审核',
  more_needed: '需补充材料',
  refused: '未通过',
  quoted: '待支付',
  paid: '待复印',
  copied: '已复印待寄出',
  shipped: '已寄出',
  cancelled: '已取消',
};

/** Nursing titles, lowest first (护士 → 主任护师). */
export const NurseTitle = {
  nurse: 'nurse',
  senior_nurse: 'senior_nurse',
  supervisor: 'supervisor',
  associate_chief: 'associate_chief',
  chief: 'chief',
} as const;
export type NurseTitle = (typeof NurseTitle)[keyof typeof NurseTitle];
export const nurseTitleLabels: Record<NurseTitle, string> = {
  nurse: '护士',
  senior_nurse: '护师',
  supervisor: '主管护师',
  associate_chief: '副主任护师',
  chief: '主任护师',
};

/** Who home nursing is for (互联网+护理服务试点): people who cannot easily come. */
export const HomecareGroup = { elderly: 'elderly', disabled: 'disabled', rehabilitation: 'rehabilitation', end_of_life: 'end_of_life' } as const;
export type HomecareGroup = (typeof HomecareGroup)[keyof typeof HomecareGroup];
export const homecareGroupLabels: Record<HomecareGroup, string> = {
  elderly: '高龄或失能老人',
  disabled: '残疾人',
  rehabilitation: '康复期患者',
  end_of_life: '终末期患者',
};

export const Consciousness = { clear: 'clear', drowsy: 'drowsy', unconscious: 'unconscious' } as const;
export type Consciousness = (typeof Consciousness)[keyof typeof Consciousness];

/** requested → accepted → paid → assigned → departed → started → finished (backend/domain/homecare/requests.ts). */
export const HomecareStatus = {
  requested: 'requested',
  declined: 'declined',
  accepted: 'accepted',
  paid: 'paid',
  assigned: 'assigned',
  departed: 'departed',
  started: 'started',
  finished: 'finished',
  cancelled: 'cancelled',
} as const;
export type HomecareStatus = (typeof HomecareStatus)[keyof typeof HomecareStatus];
export const homecareStatusLabels: Record<HomecareStatus, string> = {
  requested: '待评估',
  declined: '未受理',
  accepted: '待支付',
  paid: '待派护士',
  assigned: '已派护士',
  departed: '护士已出发',
  started: '服务中',
  finished: '已完成',
  cancelled: '已取消',
};

export const enumValues = values;
