/**
 * Demo identities and staff role grants for the local dev server.
 *
 * Fictional demo data written for this project: the openids are fixed demo values (not real
 * WeChat openids) and the staff names are invented.
 */
import type { StaffDoc } from '../../../domain/content/docs';
import { StaffRole } from '../../../../miniprogram/shared/enums';

const UPDATED_AT = 1764000000000;
const ZZ = 'h-zzcentral';
const XY = 'h-xinyang-county';

/**
 * The demo openids the dev server accepts for signing in as someone. Patients have no staff
 * record; every other identity has exactly one StaffDoc below.
 */
export const demoIdentities = {
  /** 演示患者（本人就诊）/ Demo patient, books visits for themself. */
  patient: 'demo-patient',
  /** 第二位演示患者（为家人代约）/ Second demo patient, books for family members. */
  patient2: 'demo-patient-2',
  /** 郑州康宁医院 内容编辑 / Content editor at 郑州康宁医院: articles, guide and columns. */
  editorZz: 'demo-editor-zz',
  /** 郑州康宁医院 排班员 / Scheduler at 郑州康宁医院: doctor rosters and appointment slots. */
  schedulerZz: 'demo-scheduler-zz',
  /** 郑州康宁医院 门诊护士 / Outpatient nurse at 郑州康宁医院: check-in and queue calling. */
  nurseZz: 'demo-nurse-zz',
  /** 郑州康宁医院 医生（心血管内科 陈立民，doc-zz-001）/ Doctor at 郑州康宁医院, the demo cardiologist. */
  doctorZz: 'demo-doctor-zz',
  /** 郑州康宁医院 收费员 / Billing clerk at 郑州康宁医院: payments and refunds. */
  billingZz: 'demo-billing-zz',
  /** 郑州康宁医院 管理员 / Administrator at 郑州康宁医院: staff roles and hospital settings. */
  adminZz: 'demo-admin-zz',
  /** 光山县康宁医院 内容编辑 / Content editor at 光山县康宁医院 (the county hospital). */
  editorXy: 'demo-editor-xy',
  /** 郑州康宁医院 患者服务中心 / Patient service desk at 郑州康宁医院: complaints and 你说我改. */
  serviceZz: 'demo-service-zz',
  /** 郑州康宁医院 病案室 / Records office at 郑州康宁医院: copies of medical records. */
  recordsZz: 'demo-records-zz',
  /** 郑州康宁医院 居家护理调度 / Home-nursing coordinator at 郑州康宁医院. */
  homecareZz: 'demo-homecare-zz',
  /** 慢病患者（在线复诊演示：慢阻肺）/ A chronic patient (COPD) for the online follow-up. */
  patient3: 'demo-patient-3',
  /** 郑州康宁医院 药师 / Pharmacist at 郑州康宁医院: reviews online prescriptions, packs and ships drugs. */
  pharmacistZz: 'demo-pharmacist-zz',
  /** 郑州康宁医院 医技护士（CT、磁共振、超声登记台）/ Exam-room nurse at 郑州康宁医院: the imaging rooms' queues. */
  nurseExamZz: 'demo-nurse-exam-zz',
} as const;

export type DemoIdentity = keyof typeof demoIdentities;

/** Human-readable descriptions of the demo identities, for a dev-server sign-in picker. */
export const demoIdentityDescriptions: Record<DemoIdentity, string> = {
  patient: '演示患者 / Demo patient',
  patient2: '演示患者（为家人代约）/ Demo patient booking for family',
  editorZz: '郑州康宁医院 内容编辑 / Content editor, 郑州康宁医院',
  schedulerZz: '郑州康宁医院 排班员 / Scheduler, 郑州康宁医院',
  nurseZz: '郑州康宁医院 门诊护士 / Outpatient nurse, 郑州康宁医院',
  doctorZz: '郑州康宁医院 心血管内科医生 陈立民 / Cardiologist 陈立民, 郑州康宁医院',
  billingZz: '郑州康宁医院 收费员 / Billing clerk, 郑州康宁医院',
  adminZz: '郑州康宁医院 管理员 / Administrator, 郑州康宁医院',
  editorXy: '光山县康宁医院 内容编辑 / Content editor, 光山县康宁医院',
  serviceZz: '郑州康宁医院 患者服务中心 / Patient service desk, 郑州康宁医院',
  recordsZz: '郑州康宁医院 病案室 / Records office, 郑州康宁医院',
  homecareZz: '郑州康宁医院 居家护理调度 / Home-nursing coordinator, 郑州康宁医院',
  patient3: '慢病患者（在线复诊）/ Chronic patient for online follow-up',
  pharmacistZz: '郑州康宁医院 药师 / Pharmacist, 郑州康宁医院',
  nurseExamZz: '郑州康宁医院 医技护士（CT、磁共振、超声）/ Exam-room nurse (CT, MRI, ultrasound), 郑州康宁医院',
};

function grant(openid: string, hospitalId: string, name: string, roles: StaffRole[], doctorId?: string): StaffDoc {
  return {
    _id: `staff-${openid}-${hospitalId}`,
    openid,
    hospitalId,
    name,
    roles,
    ...(doctorId ? { doctorId } : {}),
    grantedBy: 'seed',
    updatedAt: UPDATED_AT,
  };
}

export const staff: StaffDoc[] = [
  grant(demoIdentities.editorZz, ZZ, '刘雨萌', [StaffRole.editor]),
  grant(demoIdentities.schedulerZz, ZZ, '孙海燕', [StaffRole.scheduler]),
  { ...grant(demoIdentities.nurseZz, ZZ, '赵静', [StaffRole.nurse]), nurseTitle: 'supervisor', practiceSinceYear: 2012 },
  { ...grant(demoIdentities.doctorZz, ZZ, '陈立民', [StaffRole.doctor], 'doc-zz-001'), practiceSinceYear: 2009 },
  grant(demoIdentities.billingZz, ZZ, '韩梅', [StaffRole.billing]),
  grant(demoIdentities.adminZz, ZZ, '郑磊', [StaffRole.admin]),
  grant(demoIdentities.editorXy, XY, '胡玥', [StaffRole.editor]),
  grant(demoIdentities.serviceZz, ZZ, '李敏', [StaffRole.service]),
  grant(demoIdentities.recordsZz, ZZ, '赵欣', [StaffRole.records]),
  grant(demoIdentities.homecareZz, ZZ, '刘芳', [StaffRole.homecare]),
  grant(demoIdentities.pharmacistZz, ZZ, '马晓燕', [StaffRole.pharmacist]),
  grant(demoIdentities.nurseExamZz, ZZ, '王蕾', [StaffRole.nurse]),
];

/** The clinic areas (departments) the demo nurses work in, as the admin assigned them: the outpatient nurse's clinics, the exam-room nurse's 放射科 and 超声科. */
export const nurseAreas = [
  {
    _id: `na-${demoIdentities.nurseZz}-${ZZ}`,
    hospitalId: ZZ,
    openid: demoIdentities.nurseZz,
    departmentIds: ['d-zz-cardio', 'd-zz-resp'],
    updatedAt: UPDATED_AT,
  },
  {
    _id: `na-${demoIdentities.nurseExamZz}-${ZZ}`,
    hospitalId: ZZ,
    openid: demoIdentities.nurseExamZz,
    departmentIds: ['d-zz-radio', 'd-zz-ultra'],
    updatedAt: UPDATED_AT,
  },
];
