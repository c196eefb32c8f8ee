/**
 * The demo patients' history: past visits completed at 郑州康宁医院 and 光山县康宁医院 with the
 * orders the HIS answered, so reports (with trends across visits), prescriptions and one critical
 * value awaiting staff exist from the first start. The demo HIS (backend/adapters/local/demo-records.ts)
 * produces the results. Fictional visits written for this project.
 */
import { AppointmentStatus } from '../../../miniprogram/shared/enums';
import { shanghaiDate, shanghaiInstant } from '../../../miniprogram/shared/time';
import type { AppointmentDoc, PatientDoc } from '../../domain/booking/docs';
import type { HisOrder, HisOrderItem } from '../../domain/his/answer';
import type { HisAnswerDoc } from '../../domain/his/docs';
import { departments, doctors, hospitals } from './content';

const DAY = 86_400_000;

const lab = (code: string, name: string, unitFen: number): HisOrderItem => ({ code, name, category: 'lab', quantity: 1, unit: '次', unitFen });
const img = (code: string, name: string, unitFen: number): HisOrderItem => ({ code, name, category: 'imaging', quantity: 1, unit: '次', unitFen });
const drug = (code: string, name: string, unitFen: number, quantity = 1): HisOrderItem => ({ code, name, category: 'drug', quantity, unit: '盒', unitFen });

const HBA1C = lab('LAB-HBA1C', '糖化血红蛋白', 6000);
const GLU = lab('LAB-GLU', '空腹血糖', 500);
const RFT = lab('LAB-RFT', '肾功能+电解质', 4500);
const LFT = lab('LAB-LFT', '肝功能', 4000);
const LIPID = lab('LAB-LIPID', '血脂四项', 4000);
const CBC = lab('LAB-CBC', '血常规（五分类）', 2000);
const MET = drug('DRUG-MET', '盐酸二甲双胍片 0.5g×48片', 1320, 2);
const AML = drug('DRUG-AML', '苯磺酸氨氯地平片 5mg×28片', 1560);
const ATO = drug('DRUG-ATO', '阿托伐他汀钙片 20mg×28片', 3580);
const ENA = drug('DRUG-ENA', '马来酸依那普利片 10mg×16片', 860, 2);
const TIO = drug('DRUG-TIO', '噻托溴铵吸入粉雾剂 18μg×30粒', 9800);
const SPI = drug('DRUG-SPI', '螺内酯片 20mg×100片', 650);

export interface PastVisit {
  patient: PatientDoc;
  n: number;
  /** The visit is at 08:30 (Shanghai) on the day this many days before now. */
  daysAgo: number;
  doctorId: string;
  diagnosis: string;
  orders: HisOrder[];
}

export function visitDocs(v: PastVisit, now: number): { appointment: AppointmentDoc; answer: HisAnswerDoc } {
  const doctor = doctors.find((d) => d._id === v.doctorId);
  const dept = departments.find((d) => d._id === doctor?.departmentId);
  const hospital = hospitals.find((h) => h._id === doctor?.hospitalId);
  if (!doctor || !dept || !hospital) throw new Error(`seed history: unknown doctor ${v.doctorId}`);
  const start = shanghaiInstant(shanghaiDate(now - v.daysAgo * DAY), '08:30');
  const _id = `appt-history-${v.patient._id}-${v.n}`;
  const appointment: AppointmentDoc = {
    _id,
    hospitalId: hospital._id,
    openid: v.patient.openid,
    patientId: v.patient._id,
    patientName: v.patient.name,
    ownerType: 'doctor',
    ownerId: doctor._id,
    ownerName: doctor.name,
    departmentId: dept._id,
    departmentName: dept.name,
    hospitalName: hospital.name,
    location: dept.location,
    prepNotes: [],
    slotId: `slot-history-${v.n}`,
    date: shanghaiDate(start),
    session: 'am',
    start,
    end: start + 30 * 60_000,
    feeFen: 0,
    status: AppointmentStatus.completed,
    holdUntil: null,
    examOrderId: null,
    requestId: `seed-history-${v.n}`,
    cancelReason: '',
    refund: 'none',
    noticePending: false,
    noShowCounted: false,
    diagnosis: v.diagnosis,
    completedAt: start + 20 * 60_000,
    visitOrders: 'done',
    createdAt: start - DAY,
    updatedAt: start + 20 * 60_000,
  };
  const answer: HisAnswerDoc = {
    _id: `his-${_id}`,
    hospitalId: hospital._id,
    appointmentId: _id,
    diagnosis: v.diagnosis,
    orders: v.orders,
    answeredAt: appointment.completedAt ?? start,
  };
  return { appointment, answer };
}

/** 张建国: type 2 diabetes and hypertension, seen every quarter for two years, once at the county hospital; 王秀兰: chronic kidney disease, a critical potassium this morning. */
export function historyOf(patients: readonly PatientDoc[], now: number): { appointments: AppointmentDoc[]; answers: HisAnswerDoc[] } {
  const zhang = patients.find((p) => p._id === 'pat-demo-zhang');
  const mother = patients.find((p) => p._id === 'pat-demo-zhang-mother');
  const zhao = patients.find((p) => p._id === 'pat-demo3-zhao');
  if (!zhang || !mother || !zhao) return { appointments: [], answers: [] };
  const visits: PastVisit[] = [
    ...[720, 630, 540, 450, 360, 270, 180, 90].map((daysAgo, i) => ({
      patient: zhang,
      n: i + 1,
      daysAgo,
      doctorId: i === 4 ? 'doc-xy-001' : 'doc-zz-014',
      diagnosis: '2型糖尿病；原发性高血压',
      orders: [
        { title: '检验：糖化血红蛋白+空腹血糖', items: [HBA1C, GLU] },
        { title: '检验：肝肾功能', items: [LFT, RFT] },
        ...(i % 2 === 0 ? [{ title: '检验：血脂四项', items: [LIPID] }] : []),
        { title: '处方：降糖降压', items: [MET, AML] },
      ],
    })),
    {
      patient: zhang,
      n: 9,
      daysAgo: 20,
      doctorId: 'doc-zz-001',
      diagnosis: '原发性高血压；血脂异常',
      orders: [
        { title: '检查：心电图', items: [img('IMG-ECG', '常规心电图', 1500)] },
        { title: '处方：调脂', items: [ATO, AML] },
      ],
    },
    {
      patient: zhang,
      n: 10,
      daysAgo: 14,
      doctorId: 'doc-zz-001',
      diagnosis: '术前检查',
      orders: [{ title: '检验：术前筛查', items: [lab('LAB-HIV', 'HIV抗体筛查', 3000), lab('LAB-TP', '梅毒螺旋体抗体', 2500), CBC] }],
    },
    {
      patient: mother,
      n: 1,
      daysAgo: 60,
      doctorId: 'doc-zz-017',
      diagnosis: '慢性肾脏病3期',
      orders: [
        { title: '检验：肾功能+血常规', items: [RFT, CBC] },
        { title: '处方：降压护肾', items: [ENA] },
      ],
    },
    {
      patient: zhao,
      n: 1,
      daysAgo: 35,
      doctorId: 'doc-zz-008',
      diagnosis: '慢性阻塞性肺疾病（稳定期）；高脂血症',
      orders: [
        { title: '检查：胸部CT平扫', items: [img('IMG-CT-CHEST', '胸部CT平扫', 15000)] },
        { title: '处方：慢阻肺维持', items: [TIO, drug('DRUG-NAC', '乙酰半胱氨酸泡腾片 0.6g×10片', 3200, 3)] },
      ],
    },
    {
      patient: mother,
      n: 2,
      daysAgo: 0.8,
      doctorId: 'doc-zz-017',
      diagnosis: '慢性肾脏病3期；高钾血症待查',
      orders: [
        { title: '检验：肾功能+电解质', items: [RFT] },
        { title: '处方：利尿', items: [SPI] },
      ],
    },
  ];
  const docs = visits.map((v) => visitDocs(v, now));
  return { appointments: docs.map((d) => d.appointment), answers: docs.map((d) => d.answer) };
}
