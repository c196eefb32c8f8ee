/**
 * Demo scheduling: exam and treatment rooms, weekly templates for most doctors (fees follow the
 * title, as Henan's 医事服务费 tiers do; 老年医学科 runs a free 便民门诊), demo family members and
 * exam orders. All fictional.
 */
import type { ExamOrderDoc, PatientDoc } from '../../domain/booking/docs';
import type { DoctorTitle, IdType, Relation, Session } from '../../../miniprogram/shared/enums';
import type { ResourceDoc, TemplateDoc } from '../../domain/scheduling/docs';
import { defaultSessionHours } from '../../../miniprogram/shared/schedule-rules';
import { parseResidentId, residentIdCheckChar } from '../../../miniprogram/shared/validators';
import { departments, doctors } from './content';

const ZZ = 'h-zzcentral';
const XY = 'h-xinyang-county';
const SEEDED_AT = 1764000000000;

export const resources: ResourceDoc[] = [
  {
    _id: 'res-zz-ct',
    hospitalId: ZZ,
    departmentId: 'd-zz-radio',
    name: 'CT检查',
    examType: 'ct',
    location: '医技楼1楼CT室',
    prepNotes: ['检查前去除项链、发卡等金属物品', '增强CT需空腹4小时，并携带近期肾功能结果'],
    sort: 1,
  },
  {
    _id: 'res-zz-mri',
    hospitalId: ZZ,
    departmentId: 'd-zz-radio',
    name: '磁共振（MRI）',
    examType: 'mri',
    location: '医技楼1楼磁共振室',
    prepNotes: ['体内有心脏起搏器、金属植入物请提前告知医生', '检查约20-40分钟，过程中请保持不动'],
    sort: 2,
  },
  {
    _id: 'res-zz-us-abd',
    hospitalId: ZZ,
    departmentId: 'd-zz-ultra',
    name: '腹部超声',
    examType: 'ultrasound_abdomen',
    location: '医技楼2楼超声科',
    prepNotes: ['检查前空腹8小时（可少量饮水）'],
    sort: 3,
  },
  {
    _id: 'res-zz-us-pelvic',
    hospitalId: ZZ,
    departmentId: 'd-zz-ultra',
    name: '泌尿系及妇科超声',
    examType: 'ultrasound_pelvic',
    location: '医技楼2楼超声科',
    prepNotes: ['需憋尿：检查前1小时喝水500-800毫升，有明显尿意时检查'],
    sort: 4,
  },
  {
    _id: 'res-zz-gastroscopy',
    hospitalId: ZZ,
    departmentId: 'd-zz-gastro',
    name: '胃镜',
    examType: 'gastroscopy',
    location: '门诊楼4楼内镜中心',
    prepNotes: ['检查前禁食8小时、禁水2小时', '无痛胃镜需家属陪同，当天不能驾车'],
    sort: 5,
  },
  {
    _id: 'res-zz-rehab',
    hospitalId: ZZ,
    departmentId: 'd-zz-rehab',
    name: '康复理疗',
    examType: 'rehab_physio',
    location: '康复楼1楼理疗区',
    prepNotes: ['请穿宽松衣物，携带既往检查资料'],
    sort: 6,
  },
];

const FEES: Record<DoctorTitle, number> = { chief: 3500, associate_chief: 2500, attending: 1500, resident: 1000 };
const NOT_CLINICS = new Set(['d-zz-radio', 'd-zz-ultra', 'd-zz-lab', 'd-zz-checkup', 'd-zz-emerg']);
const FREE_CLINICS = new Set(['d-zz-geri']);

function template(
  hospitalId: string,
  ownerType: TemplateDoc['ownerType'],
  ownerId: string,
  departmentId: string,
  weekday: number,
  session: Session,
  slotMinutes: number,
  capacity: number,
  onsiteReserve: number,
  feeFen: number,
): TemplateDoc {
  const hours = defaultSessionHours[session];
  return {
    _id: `tpl-${ownerId}-${weekday}-${session}`,
    hospitalId,
    ownerType,
    ownerId,
    departmentId,
    weekday,
    session,
    startTime: hours.start,
    endTime: hours.end,
    slotMinutes,
    capacity,
    onsiteReserve,
    feeFen,
    updatedAt: SEEDED_AT,
    updatedBy: 'seed',
  };
}

/** Each doctor sees patients two half-days a week on different weekdays; one in three also on Saturday morning; 儿科 adds an evening clinic. */
function doctorTemplates(): TemplateDoc[] {
  const list: TemplateDoc[] = [];
  const clinical = doctors.filter((d) => !NOT_CLINICS.has(d.departmentId) && !d.departmentId.startsWith('d-xy-'));
  clinical.forEach((d, i) => {
    const fee = FREE_CLINICS.has(d.departmentId) ? 0 : FEES[d.title];
    list.push(template(ZZ, 'doctor', d._id, d.departmentId, (i % 5) + 1, 'am', 30, 4, 1, fee));
    list.push(template(ZZ, 'doctor', d._id, d.departmentId, ((i + 2) % 5) + 1, 'pm', 30, 4, 1, fee));
    if (i % 3 === 0) list.push(template(ZZ, 'doctor', d._id, d.departmentId, 6, 'am', 30, 4, 1, fee));
    if (d.departmentId === 'd-zz-peds') list.push(template(ZZ, 'doctor', d._id, d.departmentId, ((i + 1) % 5) + 1, 'evening', 30, 3, 1, fee));
  });
  doctors
    .filter((d) => d.hospitalId === XY)
    .forEach((d, i) => list.push(template(XY, 'doctor', d._id, d.departmentId, (i % 6) + 1, 'am', 30, 5, 2, Math.round(FEES[d.title] * 0.6))));
  return list;
}

/** Rooms work every weekday; exam slots are free to book (the exam is paid with its order). */
function resourceTemplates(): TemplateDoc[] {
  const shape: Record<string, [number, number, Session[]]> = {
    'res-zz-ct': [20, 2, ['am', 'pm']],
    'res-zz-mri': [30, 1, ['am', 'pm']],
    'res-zz-us-abd': [15, 2, ['am']],
    'res-zz-us-pelvic': [15, 2, ['am', 'pm']],
    'res-zz-gastroscopy': [30, 2, ['am']],
    'res-zz-rehab': [30, 3, ['pm']],
  };
  return resources.flatMap((r) => {
    const [minutes, capacity, sessions] = shape[r._id];
    return [1, 2, 3, 4, 5].flatMap((weekday) => sessions.map((s) => template(ZZ, 'resource', r._id, r.departmentId, weekday, s, minutes, capacity, 0, 0)));
  });
}

export const templates: TemplateDoc[] = [...doctorTemplates(), ...resourceTemplates()];

function residentId(first17: string): string {
  return first17 + residentIdCheckChar(first17);
}

function person(id: string, openid: string, n: number, name: string, first17: string, phone: string, relation: Relation): PatientDoc {
  const idNumber = residentId(first17);
  const facts = parseResidentId(idNumber);
  const idType: IdType = 'resident_id';
  return {
    _id: id,
    openid,
    ownerSlot: `${openid}|${n}`,
    documentKey: `${openid}|${idType}|${idNumber}`,
    name,
    idType,
    idNumber,
    phone,
    relation,
    birthDate: facts ? facts.birthDate : '',
    sex: facts ? facts.sex : '',
    noShows: [],
    requestId: `seed-${id}`,
    createdAt: SEEDED_AT + n,
    updatedAt: SEEDED_AT + n,
  };
}

export const patients: PatientDoc[] = [
  person('pat-demo-zhang', 'demo-patient', 1, '张建国', '41010519680315103', '13803710001', 'self'),
  person('pat-demo-zhang-mother', 'demo-patient', 2, '王秀兰', '41010519420806202', '13803710001', 'parent'),
  person('pat-demo2-li', 'demo-patient-2', 1, '李明', '41152119880722401', '13903760002', 'self'),
  person('pat-demo2-li-child', 'demo-patient-2', 2, '李小雨', '41152120190412602', '13903760002', 'child'),
  person('pat-demo3-zhao', 'demo-patient-3', 1, '赵桂芳', '41010219560918204', '13703710003', 'self'),
];

/** An exam order of the demo hospital, made by a seeded doctor: the department and the name come from that doctor's record. */
function order(id: string, patient: PatientDoc, examType: string, itemName: string, doctorName: string): ExamOrderDoc {
  const doctor = doctors.find((d) => d.hospitalId === ZZ && d.name === doctorName);
  const department = departments.find((d) => d._id === doctor?.departmentId);
  if (!doctor || !department) throw new Error(`seed exam order ${id}: no doctor ${doctorName}`);
  return {
    _id: id,
    hospitalId: ZZ,
    openid: patient.openid,
    patientId: patient._id,
    examType,
    itemName,
    departmentName: department.name,
    orderedBy: doctor.name,
    orderedAt: SEEDED_AT,
    status: 'open',
  };
}

export const examOrders: ExamOrderDoc[] = [
  order('exo-demo-ct', patients[0], 'ct', '胸部CT平扫', '郭文涛'),
  order('exo-demo-us', patients[0], 'ultrasound_abdomen', '肝胆胰脾彩超', '吕晓燕'),
  order('exo-demo-gastro', patients[1], 'gastroscopy', '无痛胃镜检查', '范红梅'),
  order('exo-demo2-us', patients[3], 'ultrasound_pelvic', '泌尿系彩超', '朱建英'),
];
