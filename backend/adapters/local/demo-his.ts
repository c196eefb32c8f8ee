/**
 * The demo hospital information system: when a doctor completes a visit it answers realistic
 * orders for the department and the diagnosis (prices in fen, in the range of Henan's public
 * hospital price lists); the visits' reports and prescriptions come from
 * backend/adapters/local/demo-records.ts. Fictional catalogue written for this project.
 */
import type { HisAnswer, HisOrder, HisOrderItem } from '../../domain/his/answer';
import type { Clock, Db, His, HisPatient, VisitSummary } from '../../ports';
import { DemoRecords } from './demo-records';

const item = (code: string, name: string, category: HisOrderItem['category'], unitFen: number, unit = '次', quantity = 1): HisOrderItem => ({
  code,
  name,
  category,
  quantity,
  unit,
  unitFen,
});

const CBC = item('LAB-CBC', '血常规（五分类）', 'lab', 2000);
const CRP = item('LAB-CRP', 'C反应蛋白', 'lab', 3000);
const URINE = item('LAB-UA', '尿常规', 'lab', 1500);
const ECG = item('IMG-ECG', '常规心电图', 'imaging', 1500);
const LIPIDS = item('LAB-LIPID', '血脂四项', 'lab', 4000);

interface Rule {
  /** Words in the diagnosis or department that select this set. */
  words: string[];
  orders: HisOrder[];
}

/** The first rule whose words the diagnosis or department holds; a diagnosis naming the kidneys comes before the department's. */
const RULES: Rule[] = [
  {
    words: ['高钾', '肾'],
    orders: [
      { title: '检验：肾功能+电解质', items: [item('LAB-RFT', '肾功能+电解质', 'lab', 4500)] },
      { title: '检验：血常规', items: [CBC] },
    ],
  },
  {
    words: ['发热', '发烧', '感冒', '上呼吸道感染', '咽炎', '扁桃体'],
    orders: [
      { title: '检验：血常规+C反应蛋白', items: [CBC, CRP] },
      { title: '处方：退热', items: [item('DRUG-IBU', '布洛芬缓释胶囊 0.3g×20粒', 'drug', 1280, '盒')] },
    ],
  },
  {
    words: ['高血压', '胸闷', '心悸', '冠心病', '心血管'],
    orders: [
      { title: '检查：心电图', items: [ECG] },
      { title: '检验：血脂四项', items: [LIPIDS] },
      { title: '处方：降压', items: [item('DRUG-AML', '苯磺酸氨氯地平片 5mg×28片', 'drug', 1560, '盒')] },
    ],
  },
  {
    words: ['胃', '消化', '腹痛', '反酸', '幽门'],
    orders: [
      { title: '检验：碳13呼气试验', items: [item('LAB-UBT', '碳13尿素呼气试验', 'lab', 8000)] },
      { title: '处方：护胃', items: [item('DRUG-OME', '奥美拉唑肠溶胶囊 20mg×14粒', 'drug', 980, '盒', 2)] },
    ],
  },
  {
    words: ['咳嗽', '肺', '呼吸', '支气管'],
    orders: [
      { title: '检查：胸部CT平扫', items: [item('IMG-CT-CHEST', '胸部CT平扫', 'imaging', 15000)] },
      { title: '检验：血常规', items: [CBC] },
      { title: '处方：止咳化痰', items: [item('DRUG-AMB', '盐酸氨溴索口服溶液 100ml', 'drug', 1850, '瓶')] },
    ],
  },
  {
    words: ['糖尿病', '血糖', '内分泌', '甲状腺'],
    orders: [
      { title: '检验：糖化血红蛋白+空腹血糖', items: [item('LAB-HBA1C', '糖化血红蛋白', 'lab', 6000), item('LAB-GLU', '空腹血糖', 'lab', 500)] },
      { title: '处方：降糖', items: [item('DRUG-MET', '盐酸二甲双胍片 0.5g×48片', 'drug', 1320, '盒')] },
    ],
  },
  {
    words: ['骨', '关节', '腰', '颈椎', '扭伤'],
    orders: [
      { title: '检查：X线摄片', items: [item('IMG-DR', 'DR摄片（单部位）', 'imaging', 7000)] },
      { title: '治疗：理疗', items: [item('TRT-PHYSIO', '中频电治疗', 'treatment', 2500, '次', 3)] },
    ],
  },
  {
    words: ['肝'],
    orders: [
      { title: '检验：肝功能', items: [item('LAB-LFT', '肝功能', 'lab', 4000)] },
      { title: '检查：腹部超声', items: [item('IMG-US-ABD', '腹部超声（肝胆胰脾）', 'imaging', 12000)] },
    ],
  },
];

const DEFAULT: HisOrder[] = [{ title: '检验：血常规+尿常规', items: [CBC, URINE] }];

export class DemoHis implements His {
  private readonly records: DemoRecords;

  constructor(db: Db, clock: Clock) {
    this.records = new DemoRecords(db, clock);
  }

  async ordersForVisit(visit: VisitSummary): Promise<HisAnswer> {
    const text = `${visit.diagnosis} ${visit.departmentName}`;
    const rule = RULES.find((r) => r.words.some((w) => text.includes(w)));
    const orders = rule ? rule.orders : DEFAULT;
    return { orders: [{ title: '诊查费', items: [item('CON-FEE', `门诊诊查费（${visit.departmentName}）`, 'consultation', 1000)] }, ...orders] };
  }

  reports(patient: HisPatient, since: number): Promise<unknown> {
    return this.records.reports(patient, since);
  }

  report(id: string, patient: HisPatient): Promise<unknown> {
    return this.records.report(id, patient);
  }

  prescriptions(patient: HisPatient, since: number): Promise<unknown> {
    return this.records.prescriptions(patient, since);
  }

  visits(patient: HisPatient, since: number): Promise<unknown> {
    return this.records.visitHistory(patient, since);
  }
}
