/**
 * Canonical departments and the names Chinese hospitals give them.
 *
 * Source: written for this project from common Chinese hospital 导诊 practice and the department
 * list of the 国家卫健委《医疗机构诊疗科目名录》: a tier-3 hospital splits 内科 and 外科 into
 * subspecialties, a county hospital keeps combined 内科 / 外科 / 妇产科 / 眼耳鼻喉科. Fallbacks
 * follow where such patients are usually seen when the specialty is missing (肝病 → 感染科 肝病门诊
 * or 消化内科; 男科 → 泌尿外科; 小儿外科 → 儿科 or 普通外科). Reviewed for this project.
 */
import type { CanonicalDepartment } from '../types';

const INTERNAL = ['内科', '大内科', '综合内科'];
const SURGERY = ['外科', '大外科'];
const EENT = ['眼耳鼻喉科', '五官科'];

export const canonicalDepartments: CanonicalDepartment[] = [
  { key: 'emergency', label: '急诊科', names: ['急诊科', '急诊医学科', '急诊中心', '急诊内科', '急诊外科'], combined: ['急诊'], fallbacks: [] },
  {
    key: 'cardiology',
    label: '心血管内科',
    names: ['心血管内科', '心内科', '心脏内科', '心血管科', '心脏科'],
    combined: INTERNAL,
    fallbacks: ['general_practice'],
  },
  { key: 'respiratory', label: '呼吸内科', names: ['呼吸内科', '呼吸科', '呼吸与危重症医学科'], combined: INTERNAL, fallbacks: ['general_practice'] },
  { key: 'gastroenterology', label: '消化内科', names: ['消化内科', '消化科', '胃肠内科', '脾胃病科'], combined: INTERNAL, fallbacks: ['general_practice'] },
  { key: 'hepatology', label: '肝病科', names: ['肝病科', '肝病中心', '肝胆内科', '肝科'], combined: [], fallbacks: ['infectious', 'gastroenterology'] },
  { key: 'neurology', label: '神经内科', names: ['神经内科', '神经科', '脑病科'], combined: INTERNAL, fallbacks: ['general_practice'] },
  { key: 'endocrinology', label: '内分泌科', names: ['内分泌科', '内分泌代谢科', '糖尿病科'], combined: INTERNAL, fallbacks: ['general_practice'] },
  { key: 'nephrology', label: '肾内科', names: ['肾内科', '肾脏内科', '肾病科'], combined: INTERNAL, fallbacks: ['general_practice'] },
  { key: 'infectious', label: '感染科', names: ['感染科', '感染性疾病科', '传染科', '发热门诊'], combined: INTERNAL, fallbacks: ['general_practice'] },
  { key: 'hematology', label: '血液科', names: ['血液科', '血液内科'], combined: INTERNAL, fallbacks: ['general_practice'] },
  { key: 'rheumatology', label: '风湿免疫科', names: ['风湿免疫科', '风湿科', '免疫科', '风湿病科'], combined: INTERNAL, fallbacks: ['general_practice'] },
  {
    key: 'geriatrics',
    label: '老年医学科',
    names: ['老年医学科', '老年病科', '老年科', '干部保健科'],
    combined: [],
    fallbacks: ['general_practice', 'neurology'],
  },
  {
    key: 'general_practice',
    label: '全科医学科',
    names: ['全科医学科', '全科', '全科医疗科'],
    combined: INTERNAL,
    fallbacks: [],
    internal: true,
  },
  {
    key: 'general_surgery',
    label: '普通外科',
    names: ['普通外科', '普外科', '胃肠外科', '肝胆外科', '肝胆胰外科', '甲状腺乳腺外科'],
    combined: SURGERY,
    fallbacks: [],
  },
  {
    key: 'breast_surgery',
    label: '乳腺外科',
    names: ['乳腺外科', '甲乳外科', '甲状腺乳腺外科', '乳腺科'],
    combined: SURGERY,
    fallbacks: ['general_surgery', 'gynecology'],
  },
  { key: 'anorectal', label: '肛肠科', names: ['肛肠科', '肛肠外科', '结直肠肛门外科'], combined: SURGERY, fallbacks: ['general_surgery'] },
  { key: 'vascular_surgery', label: '血管外科', names: ['血管外科', '周围血管科'], combined: SURGERY, fallbacks: ['general_surgery'] },
  { key: 'orthopedics', label: '骨科', names: ['骨科', '骨伤科', '创伤骨科', '脊柱外科', '关节外科', '运动医学科'], combined: SURGERY, fallbacks: [] },
  { key: 'neurosurgery', label: '神经外科', names: ['神经外科', '脑外科'], combined: SURGERY, fallbacks: ['general_surgery'] },
  { key: 'urology', label: '泌尿外科', names: ['泌尿外科', '泌尿科'], combined: SURGERY, fallbacks: ['general_surgery'] },
  { key: 'andrology', label: '男科', names: ['男科', '男性科', '男性病科'], combined: [], fallbacks: ['urology'] },
  {
    key: 'thoracic_surgery',
    label: '心胸外科',
    names: ['心胸外科', '胸外科', '胸心外科', '心脏外科', '心脏大血管外科'],
    combined: SURGERY,
    fallbacks: ['general_surgery'],
  },
  { key: 'burns', label: '烧伤科', names: ['烧伤科', '烧伤整形科', '烧伤外科'], combined: [], fallbacks: ['general_surgery', 'emergency'] },
  { key: 'gynecology', label: '妇科', names: ['妇科'], combined: ['妇产科'], fallbacks: [] },
  { key: 'obstetrics', label: '产科', names: ['产科'], combined: ['妇产科'], fallbacks: ['gynecology'] },
  { key: 'pediatrics', label: '儿科', names: ['儿科', '小儿内科', '儿内科'], combined: [], fallbacks: ['general_practice'] },
  { key: 'neonatology', label: '新生儿科', names: ['新生儿科'], combined: ['儿科'], fallbacks: ['pediatrics'] },
  { key: 'pediatric_surgery', label: '小儿外科', names: ['小儿外科', '儿外科', '儿童外科'], combined: [], fallbacks: ['pediatrics', 'general_surgery'] },
  { key: 'ophthalmology', label: '眼科', names: ['眼科'], combined: EENT, fallbacks: [] },
  { key: 'ent', label: '耳鼻咽喉科', names: ['耳鼻咽喉科', '耳鼻喉科', '耳鼻咽喉头颈外科'], combined: EENT, fallbacks: [] },
  { key: 'stomatology', label: '口腔科', names: ['口腔科', '口腔医学中心', '牙科'], combined: ['五官科'], fallbacks: [] },
  { key: 'dermatology', label: '皮肤科', names: ['皮肤科', '皮肤性病科'], combined: [], fallbacks: ['general_practice', 'tcm'] },
  { key: 'tcm', label: '中医科', names: ['中医科', '中医内科', '中西医结合科', '针灸科', '推拿科', '针灸推拿科', '中医馆'], combined: [], fallbacks: [] },
  { key: 'rehabilitation', label: '康复医学科', names: ['康复医学科', '康复科'], combined: [], fallbacks: ['tcm'] },
  {
    key: 'psychology',
    label: '医学心理科',
    names: ['医学心理科', '心理科', '精神科', '心理卫生科', '精神心理科', '临床心理科'],
    combined: [],
    fallbacks: ['neurology', 'general_practice'],
  },
  { key: 'checkup', label: '体检中心', names: ['体检中心', '健康管理中心', '体检科', '健康管理科'], combined: [], fallbacks: ['general_practice'] },
];
