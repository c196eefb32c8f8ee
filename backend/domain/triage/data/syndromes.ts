/**
 * Symptoms that together point where their parts alone do not. Each rule adds weight with a
 * reason the patient can read (口渴多饮 + 尿多 → 血糖问题 → 内分泌科).
 *
 * Source: written for this project from general clinical knowledge (classic symptom clusters
 * taught in Chinese 诊断学: 三多一少 of diabetes, 甲亢的高代谢症状, 晨僵 of rheumatoid
 * arthritis, 蝶形红斑 + 关节痛 of lupus, 转移性右下腹痛 of appendicitis, 水肿 + 泡沫尿 of
 * nephrotic syndrome, 劳力性胸痛 of angina …). Reviewed for medical soundness by the author.
 */
import type { Cond, SyndromeRule } from '../types';

const has = (...ids: string[]): Cond => ({ has: ids });
const all = (...conds: Cond[]): Cond => ({ all: conds });
const none = (cond: Cond): Cond => ({ none: cond });
const some = (...conds: Cond[]): Cond => ({ some: conds });
const child: Cond = { ctx: 'child' };
const notChild: Cond = { none: child };
const pregnant: Cond = { ctx: 'pregnant' };
const chronic: Cond = { none: { ctx: 'not_chronic' } };

const BELLY = ['abdominal_pain', 'epigastric_pain', 'ruq_pain', 'rlq_pain', 'lower_abdominal_pain'];
const CHEST = ['chest_pain', 'chest_tightness'];

export const syndromes: SyndromeRule[] = [
  { id: 'fever_cough', label: '发热伴咳嗽咳痰', when: all(has('fever', 'chills'), has('cough', 'sputum', 'breathing_pain')), weights: { respiratory: 3 } },
  { id: 'fever_throat', label: '发热伴嗓子疼', when: all(has('fever'), has('sore_throat', 'tonsil')), weights: { ent: 1, respiratory: 1, infectious: 0.5 } },
  {
    id: 'fever_diarrhea',
    label: '发热伴腹泻呕吐',
    when: all(has('fever'), has('diarrhea', 'vomit_diarrhea', 'vomiting')),
    weights: { infectious: 2, gastroenterology: 0.5 },
  },
  { id: 'fever_rash', label: '发热伴皮疹', when: all(has('fever'), has('rash', 'blisters', 'hives')), weights: { infectious: 2, dermatology: 0.5 } },
  {
    id: 'fever_urinary',
    label: '发热伴尿频尿痛或腰痛',
    when: all(has('fever', 'chills'), has('dysuria', 'frequent_urination', 'flank_colic', 'hematuria')),
    weights: { urology: 2, nephrology: 1.5 },
  },
  {
    id: 'fever_jaundice',
    label: '发热伴黄疸、右上腹痛',
    when: all(has('fever', 'chills'), has('jaundice'), has('ruq_pain', 'abdominal_pain')),
    weights: { general_surgery: 2.5, emergency: 1.5 },
  },
  {
    id: 'fever_joints',
    label: '发热伴关节痛、皮疹',
    when: all(has('fever'), has('joint_pain', 'morning_stiffness'), has('rash', 'mouth_ulcer', 'hair_loss')),
    weights: { rheumatology: 4 },
  },
  {
    id: 'tb_pattern',
    label: '咳嗽伴低热、盗汗、消瘦',
    when: all(has('cough', 'hemoptysis'), has('night_sweats', 'weight_loss')),
    weights: { infectious: 3, respiratory: 1 },
  },
  {
    id: 'lymphoma_pattern',
    label: '淋巴结肿大伴发热、盗汗、消瘦',
    when: all(has('lymph_nodes', 'neck_lump', 'armpit_lump'), has('fever', 'night_sweats', 'weight_loss')),
    weights: { hematology: 4 },
  },
  {
    id: 'diabetes_triad',
    label: '多饮多尿伴消瘦或乏力',
    when: all(has('polyuria_thirst'), has('weight_loss', 'fatigue', 'dry_mouth', 'blurred_vision', 'nocturia')),
    weights: { endocrinology: 4 },
  },
  {
    id: 'hyperthyroid_pattern',
    label: '心慌手抖、怕热多汗、消瘦',
    when: all(
      has('palpitations', 'tremor', 'heat_intolerance', 'hyperhidrosis', 'weight_loss', 'goiter', 'protruding_eyes', 'anxiety'),
      has('heat_intolerance', 'weight_loss', 'goiter', 'protruding_eyes', 'hyperhidrosis'),
      has('palpitations', 'tremor', 'goiter', 'protruding_eyes', 'heat_intolerance'),
    ),
    weights: { endocrinology: 5 },
  },
  {
    id: 'hypothyroid_pattern',
    label: '怕冷、乏力、发胖、浮肿',
    when: all(
      has('cold_intolerance', 'weight_gain', 'edema', 'constipation', 'hair_loss'),
      has('fatigue', 'drowsiness', 'memory_loss', 'weight_gain', 'cold_intolerance'),
    ),
    weights: { endocrinology: 3 },
  },
  {
    id: 'anemia_pattern',
    label: '乏力伴面色苍白、头晕',
    when: all(has('pallor'), has('fatigue', 'dizziness', 'palpitations', 'presyncope', 'heavy_menses', 'exertional_dyspnea')),
    weights: { hematology: 3 },
  },
  {
    id: 'bleeding_tendency',
    label: '容易出血、淤青',
    when: all(has('bruising'), has('gum_bleeding', 'nosebleed', 'heavy_menses', 'fatigue', 'fever', 'pallor')),
    weights: { hematology: 4 },
  },
  {
    id: 'ra_pattern',
    label: '关节痛伴晨僵',
    when: all(has('joint_pain', 'hand_swelling', 'wrist_pain', 'knee_pain'), has('morning_stiffness')),
    weights: { rheumatology: 3 },
  },
  {
    id: 'lupus_pattern',
    label: '关节痛伴皮疹、脱发、口腔溃疡',
    when: all(has('joint_pain', 'hand_swelling', 'morning_stiffness'), has('rash', 'hair_loss', 'mouth_ulcer', 'edema', 'foamy_urine')),
    weights: { rheumatology: 4 },
  },
  { id: 'sicca_pattern', label: '口干伴眼干', when: all(has('dry_mouth'), has('dry_eye')), weights: { rheumatology: 5 } },
  {
    id: 'behcet_pattern',
    label: '反复口腔溃疡伴外阴溃疡或眼红',
    when: all(has('mouth_ulcer'), has('genital_ulcer', 'std_concern', 'red_eye', 'vulvar_pain', 'joint_pain', 'rash')),
    weights: { rheumatology: 5 },
  },
  {
    id: 'back_stiffness',
    label: '年轻人腰背痛伴晨僵',
    when: all(has('low_back_pain', 'back_pain', 'hip_pain'), has('morning_stiffness')),
    weights: { rheumatology: 4 },
  },
  {
    id: 'gout_pattern',
    label: '脚趾关节红肿',
    when: all(has('toe_gout', 'joint_pain', 'foot_pain'), has('trigger_alcohol', 'trigger_seafood', 'gout')),
    weights: { rheumatology: 2, endocrinology: 1 },
  },
  {
    id: 'nephrotic_pattern',
    label: '浮肿伴泡沫尿',
    when: all(has('edema', 'leg_edema', 'eyelid_lump', 'facial_swelling'), has('foamy_urine', 'oliguria', 'hematuria', 'kidney_disease')),
    weights: { nephrology: 4 },
  },
  {
    id: 'heart_failure_pattern',
    label: '腿肿伴气短、夜里憋醒',
    when: all(has('leg_edema', 'edema'), has('exertional_dyspnea', 'orthopnea', 'dyspnea', 'palpitations', 'heart_failure', 'coronary')),
    weights: { cardiology: 3.5 },
  },
  {
    id: 'dvt_pattern',
    label: '久坐后单侧腿肿',
    when: all(has('unilateral_leg_swelling', 'leg_edema', 'leg_pain'), has('trigger_immobile')),
    weights: { vascular_surgery: 4, emergency: 1 },
  },
  {
    id: 'hypertension_dizzy',
    label: '头晕头痛伴血压高',
    when: all(has('dizziness', 'headache', 'neck_pain', 'presyncope'), has('hypertension')),
    weights: { cardiology: 2.5 },
  },
  {
    id: 'angina_pattern',
    label: '活动后胸痛胸闷，休息缓解',
    when: all(
      has(...CHEST, 'back_pain', 'shoulder_pain', 'toothache', 'jaw_pain', 'epigastric_pain', 'dyspepsia', 'throat_tightness', 'globus'),
      has('trigger_exertion', 'exertional_dyspnea', 'trigger_rest_relief'),
      none(has('tenderness')),
    ),
    weights: { cardiology: 5, ent: -2, gastroenterology: -1.5 },
  },
  {
    id: 'chest_wall',
    label: '胸痛按压加重、与用力有关（胸壁肌肉骨骼痛）',
    when: all(has('chest_pain', 'rib_pain', 'breathing_pain'), has('tenderness', 'trigger_strain', 'trigger_trauma')),
    weights: { orthopedics: 5, cardiology: -2 },
  },
  {
    id: 'post_infectious_nephritis',
    label: '感冒或嗓子疼后出现血尿、浮肿',
    when: all(has('common_cold', 'sore_throat', 'tonsil', 'fever'), has('hematuria', 'foamy_urine', 'edema')),
    weights: { nephrology: 4 },
  },
  {
    id: 'subdural_pattern',
    label: '头部外伤几周后头痛加重、反应变慢',
    when: all(has('head_trauma'), has('headache', 'memory_loss', 'confusion', 'leg_weakness', 'drowsiness'), { ctx: 'not_chronic' }),
    weights: { neurosurgery: 4 },
  },
  {
    id: 'nph_pattern',
    label: '老人小碎步、尿失禁、反应变慢',
    when: all(has('slowness', 'leg_weakness'), has('incontinence'), has('memory_loss', 'confusion')),
    weights: { neurosurgery: 3, neurology: 2 },
  },
  {
    id: 'pituitary_pattern',
    label: '非孕期溢乳、停经或视野缺损',
    when: all(has('nipple_discharge'), has('amenorrhea', 'menstrual_irregular', 'blurred_vision', 'headache')),
    weights: { endocrinology: 4, neurosurgery: 4, ophthalmology: -3 },
  },
  {
    id: 'pcos_pattern',
    label: '月经稀发伴痤疮、多毛、肥胖',
    when: all(has('menstrual_irregular', 'amenorrhea'), has('acne', 'hirsutism', 'weight_gain')),
    weights: { gynecology: 3, endocrinology: 2 },
  },
  {
    id: 'panic_recurrent',
    label: '反复发作心慌气促、检查正常',
    when: all(has('palpitations', 'dyspnea', 'chest_tightness'), has('normal_workup'), has('chronic_known', 'anxiety')),
    weights: { psychology: 5 },
  },
  {
    id: 'stroke_sequela',
    label: '中风后的吞咽、说话或肢体问题',
    when: all(
      has('stroke', 'brain_hemorrhage', 'rehab_request'),
      has('dysphagia', 'slurred_speech', 'hemiparesis', 'leg_weakness', 'arm_weakness', 'facial_droop'),
      none({ ctx: 'sudden' }),
    ),
    weights: { rehabilitation: 6 },
  },
  {
    id: 'rehab_after_illness',
    label: '中风、骨折、外伤或手术后想做康复',
    when: all(has('stroke', 'brain_hemorrhage', 'fracture', 'lumbar_disc', 'after_surgery', 'major_trauma', 'neuralgia'), has('rehab_request')),
    weights: { rehabilitation: 4 },
  },
  {
    id: 'elderly_vague',
    label: '高龄老人说不清的不适、消瘦乏力',
    when: all(
      { ctx: 'elderly_75' },
      has('fatigue', 'general_malaise', 'weight_loss', 'appetite_loss', 'frailty', 'fall_elderly', 'leg_weakness', 'memory_loss'),
    ),
    weights: { geriatrics: 5 },
  },
  {
    id: 'thyroiditis_pattern',
    label: '脖子前面疼伴发热、心慌',
    when: all(has('neck_pain', 'goiter', 'neck_lump', 'sore_throat'), has('fever'), has('palpitations', 'heat_intolerance', 'tremor')),
    weights: { endocrinology: 4 },
  },
  {
    id: 'raised_pressure',
    label: '头痛越来越重伴视物模糊或呕吐',
    when: all(has('headache'), some({ has: ['headache'], severity: 1 }, has('chronic_known')), has('blurred_vision', 'diplopia', 'vomiting')),
    weights: { neurosurgery: 3.5, neurology: 1 },
  },
  {
    id: 'pregnancy_itch',
    label: '孕期皮肤瘙痒',
    when: all(pregnant, has('itching', 'hand_skin', 'fungal', 'rash', 'vulvar_itch')),
    weights: { obstetrics: 4 },
  },
  { id: 'bleeding_diathesis', label: '出血不止伴容易淤青', when: all(has('oozing', 'gum_bleeding', 'nosebleed'), has('bruising')), weights: { hematology: 4 } },
  {
    id: 'cardiac_referred',
    label: '牙痛、肩痛伴胸闷出汗',
    when: all(has('toothache', 'jaw_pain', 'shoulder_pain', 'arm_pain', 'epigastric_pain'), has('chest_tightness', 'chest_pain', 'cold_sweat', 'palpitations')),
    weights: { cardiology: 4 },
  },
  { id: 'pleuritic', label: '胸痛伴咳嗽发热', when: all(has(...CHEST, 'breathing_pain'), has('cough', 'fever', 'sputum')), weights: { respiratory: 3 } },
  { id: 'reflux_chest', label: '胸口烧灼伴反酸', when: all(has(...CHEST), has('heartburn', 'belching')), weights: { gastroenterology: 3.5 } },
  {
    id: 'biliary_pattern',
    label: '右上腹痛与油腻饮食有关',
    when: all(has('ruq_pain', 'epigastric_pain', 'abdominal_pain', 'back_pain'), has('trigger_fatty_meal', 'gallstone')),
    weights: { general_surgery: 3.5 },
  },
  {
    id: 'appendicitis_pattern',
    label: '腹痛转移到右下腹',
    when: all(has('rlq_pain'), has('abdominal_pain', 'epigastric_pain', 'fever', 'nausea', 'vomiting')),
    weights: { general_surgery: 3 },
  },
  {
    id: 'pancreatitis_pattern',
    label: '饮酒或饱餐后上腹剧痛向背部',
    when: all(has('epigastric_pain', 'abdominal_pain'), has('trigger_alcohol', 'trigger_fatty_meal'), has('back_pain', 'vomiting')),
    weights: { gastroenterology: 2, emergency: 2 },
  },
  {
    id: 'peptic_pattern',
    label: '胃痛与进食有关',
    when: all(has('epigastric_pain', 'dyspepsia'), has('trigger_meal', 'heartburn', 'belching')),
    weights: { gastroenterology: 2 },
  },
  {
    id: 'gi_bleed_pattern',
    label: '黑便伴头晕乏力',
    when: all(has('black_stool'), has('dizziness', 'fatigue', 'pallor', 'epigastric_pain')),
    weights: { gastroenterology: 2, emergency: 1 },
  },
  {
    id: 'colorectal_pattern',
    label: '便血伴大便习惯改变、消瘦',
    when: all(has('hematochezia', 'stool_change'), has('weight_loss', 'stool_change', 'abdominal_mass')),
    weights: { gastroenterology: 2.5, general_surgery: 1.5 },
  },
  {
    id: 'hemorrhoid_pattern',
    label: '便后滴血伴肛门肿物或疼痛',
    when: all(has('hematochezia'), has('anal_lump', 'anal_pain', 'constipation', 'anal_itch')),
    weights: { anorectal: 3 },
  },
  {
    id: 'jaundice_pattern',
    label: '皮肤眼睛发黄伴乏力、食欲差',
    when: all(has('jaundice'), has('fatigue', 'appetite_loss', 'nausea', 'urine_change', 'viral_hepatitis', 'liver_function')),
    weights: { hepatology: 2.5, infectious: 1.5 },
  },
  {
    id: 'painless_jaundice',
    label: '无痛性黄疸伴消瘦、皮肤瘙痒',
    when: all(has('jaundice'), has('weight_loss', 'itching'), none(has('fever'))),
    weights: { general_surgery: 3, gastroenterology: 1 },
  },
  {
    id: 'dysphagia_weight',
    label: '吞咽困难伴消瘦',
    when: all(has('dysphagia'), has('weight_loss', 'vomiting')),
    weights: { gastroenterology: 2, thoracic_surgery: 2 },
  },
  {
    id: 'renal_colic_pattern',
    label: '腰腹绞痛伴血尿',
    when: all(has('flank_colic', 'low_back_pain', 'abdominal_pain', 'lower_abdominal_pain'), has('hematuria', 'kidney_stone')),
    weights: { urology: 4 },
  },
  {
    id: 'prostate_pattern',
    label: '排尿不畅伴夜尿多',
    when: all(has('voiding_difficulty', 'nocturia', 'frequent_urination'), has('nocturia', 'voiding_difficulty')),
    weights: { urology: 3 },
  },
  {
    id: 'uti_pattern',
    label: '尿频尿急尿痛',
    when: all(has('dysuria'), has('frequent_urination', 'urine_change', 'lower_abdominal_pain')),
    weights: { urology: 1.5, nephrology: 1 },
  },
  {
    id: 'vertigo_ear',
    label: '天旋地转伴耳鸣、听力下降',
    when: all(has('vertigo', 'dizziness'), has('tinnitus', 'hearing_loss', 'ear_fullness')),
    weights: { ent: 4 },
  },
  { id: 'positional_vertigo', label: '翻身、起床时头晕', when: all(has('vertigo', 'dizziness'), has('trigger_posture')), weights: { ent: 3 } },
  {
    id: 'sinusitis_pattern',
    label: '鼻塞、脓鼻涕伴头痛',
    when: all(has('nasal_congestion', 'runny_nose', 'smell_loss'), has('headache', 'facial_sinus_pain')),
    weights: { ent: 3 },
  },
  {
    id: 'allergic_rhinitis',
    label: '打喷嚏、流清涕、鼻痒',
    when: all(has('sneezing'), has('runny_nose', 'nasal_itch', 'nasal_congestion', 'itchy_eye')),
    weights: { ent: 2.5 },
  },
  {
    id: 'cold_pattern',
    label: '鼻塞流涕伴嗓子疼、咳嗽',
    when: all(has('runny_nose', 'nasal_congestion', 'sneezing'), has('sore_throat', 'cough', 'fever')),
    weights: { respiratory: 1.5 },
  },
  {
    id: 'glaucoma_pattern',
    label: '眼胀痛伴头痛、呕吐、视物模糊',
    when: all(has('eye_pain', 'red_eye'), has('headache', 'vomiting', 'nausea', 'blurred_vision')),
    weights: { ophthalmology: 5, emergency: 1.5 },
  },
  { id: 'diabetic_eye', label: '糖尿病人视物模糊', when: all(has('blurred_vision', 'floaters'), has('diabetes')), weights: { ophthalmology: 3 } },
  {
    id: 'diabetic_feet',
    label: '糖尿病人手脚麻木或足部溃烂',
    when: all(has('leg_numbness', 'hand_numbness', 'foot_ulcer', 'claudication'), has('diabetes', 'history_diabetes')),
    weights: { endocrinology: 3.5 },
  },
  {
    id: 'cervical_radiculopathy',
    label: '脖子疼伴手麻',
    when: all(has('neck_pain', 'shoulder_pain', 'cervical_spondylosis'), has('hand_numbness', 'arm_pain', 'dizziness')),
    weights: { orthopedics: 3 },
  },
  {
    id: 'lumbar_radiculopathy',
    label: '腰疼伴腿麻',
    when: all(has('low_back_pain', 'lumbar_disc'), has('leg_numbness', 'leg_pain', 'sciatica')),
    weights: { orthopedics: 3 },
  },
  { id: 'parkinson_pattern', label: '手抖伴动作变慢', when: all(has('tremor'), has('slowness', 'leg_weakness', 'memory_loss')), weights: { neurology: 4 } },
  {
    id: 'dementia_pattern',
    label: '老人记性变差、迷路',
    when: all(has('memory_loss', 'confusion'), { ctx: 'adult_40_plus' }, chronic),
    weights: { neurology: 1.5, geriatrics: 1.5 },
  },
  {
    id: 'elderly_falls',
    label: '老人反复跌倒、多病用药',
    when: all(has('fall_elderly', 'multimorbidity', 'frailty', 'memory_loss', 'leg_weakness'), has('multimorbidity', 'frailty', 'fall_elderly')),
    weights: { geriatrics: 2.5 },
  },
  { id: 'mood_sleep', label: '失眠伴情绪低落或焦虑', when: all(has('insomnia'), has('depression', 'anxiety', 'somatic')), weights: { psychology: 3 } },
  {
    id: 'panic_pattern',
    label: '心慌胸闷伴紧张焦虑',
    when: all(has('palpitations', 'chest_tightness', 'dyspnea'), has('anxiety', 'depression', 'somatic', 'trigger_stress')),
    weights: { psychology: 3 },
  },
  {
    id: 'menstrual_pain_pattern',
    label: '小腹痛与月经有关',
    when: all(has('lower_abdominal_pain', 'abdominal_pain', 'low_back_pain'), has('trigger_menses', 'dysmenorrhea', 'heavy_menses', 'menstrual_irregular')),
    weights: { gynecology: 3 },
  },
  {
    id: 'pelvic_infection',
    label: '小腹痛伴白带异常或阴道出血',
    when: all(has('lower_abdominal_pain', 'abdominal_pain'), has('vaginal_discharge', 'vaginal_bleeding', 'trigger_sexual')),
    weights: { gynecology: 3 },
  },
  {
    id: 'early_pregnancy',
    label: '停经伴恶心、乳房胀（可能怀孕）',
    when: all(has('amenorrhea'), has('nausea', 'vomiting', 'breast_pain', 'fatigue')),
    weights: { obstetrics: 6, gynecology: 4 },
  },
  {
    id: 'anemia_menses',
    label: '月经量多伴乏力、头晕',
    when: all(has('heavy_menses'), has('fatigue', 'dizziness', 'pallor', 'palpitations')),
    weights: { gynecology: 1.5, hematology: 1.5 },
  },
  {
    id: 'pregnancy_symptoms',
    label: '孕期出现腹痛、出血、浮肿、血压血糖问题',
    when: all(
      pregnant,
      has(
        ...BELLY,
        'vaginal_bleeding',
        'vaginal_discharge',
        'nausea',
        'vomiting',
        'edema',
        'leg_edema',
        'headache',
        'dizziness',
        'hypertension',
        'diabetes',
        'low_back_pain',
        'cramp',
        'frequent_urination',
        'palpitations',
        'itching',
      ),
    ),
    weights: { obstetrics: 3.5 },
  },
  {
    id: 'child_fever_rash',
    label: '孩子发热伴手足口疱疹',
    when: all(child, has('fever', 'rash', 'blisters'), has('mouth_ulcer', 'blisters', 'hand_skin', 'child_rash_fever')),
    weights: { pediatrics: 3, infectious: 1 },
  },
  {
    id: 'dental_swelling',
    label: '牙痛伴脸肿',
    when: all(has('toothache', 'gum_swelling', 'wisdom_tooth', 'cavity'), has('facial_swelling', 'cheek_swelling', 'edema')),
    weights: { stomatology: 4 },
  },
  { id: 'child_snoring', label: '孩子打鼾张口呼吸', when: all(child, has('snoring')), weights: { ent: 2 } },
  {
    id: 'adult_fever_only',
    label: '成人发热',
    when: all(
      notChild,
      has('fever'),
      none(has('cough', 'sputum', 'sore_throat', 'diarrhea', 'dysuria', 'rash', 'runny_nose', 'breathing_pain', 'abdominal_pain', 'vomiting')),
    ),
    weights: { infectious: 1.5 },
  },
  {
    id: 'weight_loss_appetite',
    label: '消瘦伴食欲差、腹部不适',
    when: all(has('weight_loss'), has('appetite_loss', 'dyspepsia', 'epigastric_pain', 'abdominal_pain', 'stool_change', 'black_stool')),
    weights: { gastroenterology: 2.5 },
  },
  {
    id: 'palpitation_ecg',
    label: '心慌伴胸闷气短',
    when: all(has('palpitations'), has('chest_tightness', 'exertional_dyspnea', 'presyncope', 'arrhythmia')),
    weights: { cardiology: 2 },
  },
  {
    id: 'breast_feeding',
    label: '哺乳期乳房红肿胀痛',
    when: all(has('breast_pain', 'breast_lump'), has('postpartum', 'fever')),
    weights: { breast_surgery: 3 },
  },
];
